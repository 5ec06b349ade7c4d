// The command line with languages: a mixed-language dump is checked and fixed without touching the
// German words; `languages` in the config and the `language` rule (off by default).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), 'utf8');
const dump = () => ({
  'de.txt': fixture('german.txt'),
  'pt.txt': fixture('portuguese.txt'),
  'en.txt': fixture('english-with-french-quote.txt'),
});

describe('copydesk on a mixed-language dump', () => {
  it('check reports the English slips only, and the language rule stays off unless asked for', () => {
    const run = runCli(['--format', 'json', '.'], { cwd: makeTree(dump()) });
    expect(run.status).toBe(1);
    const messages = JSON.parse(run.stdout).flatMap((r: { filePath: string; messages: { ruleId: string }[] }) =>
      r.messages.map((m) => `${path.basename(r.filePath)} ${m.ruleId}`),
    );
    expect(messages.sort()).toEqual(['en.txt doubled-word', 'en.txt typo']);
  });

  it('fix rewrites the English story and leaves the German and Portuguese files byte for byte', () => {
    const dir = makeTree(dump());
    const run = runCli(['fix', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'de.txt'), 'utf8')).toBe(fixture('german.txt'));
    expect(readFileSync(path.join(dir, 'pt.txt'), 'utf8')).toBe(fixture('portuguese.txt'));
    expect(readFileSync(path.join(dir, 'en.txt'), 'utf8')).toContain('The government said it would meet the bakers');
  });

  it('--rule language=warn reports the documents not in English; `languages` in the config expects others', () => {
    const run = runCli(['--format', 'compact', '--rule', 'language=warn', '.'], { cwd: makeTree(dump()) });
    expect(run.stdout).toMatch(/de\.txt:1:1: warning The document reads as German \(de\).*\[language\]/);
    expect(run.stdout).toMatch(/pt\.txt:1:1: warning The document reads as Portuguese \(pt\)/);
    const expected = runCli(['--format', 'compact', '--rule', 'language=warn', '.'], {
      cwd: makeTree({ ...dump(), 'copydesk.config.json': JSON.stringify({ languages: ['en', 'de'] }) }),
    });
    expect(expected.stdout).not.toContain('de.txt:1:1');
    expect(expected.stdout).toMatch(
      /pt\.txt:1:1: warning The document reads as Portuguese \(pt\); the corpus is expected to hold English \(en\), German \(de\)/,
    );
  });

  it('a `languages` entry that is not a two-letter code stops the run with exit 2 and names the key', () => {
    const run = runCli(['.'], { cwd: makeTree({ 'a.txt': 'Fine.', 'copydesk.config.json': JSON.stringify({ languages: ['English'] }) }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('languages.0');
  });

  it("--cache checks again when `languages` changes (the language rule's findings depend on it)", () => {
    const config = (languages: string[]) => JSON.stringify({ languages, rules: { language: 'warn' } });
    const dir = makeTree({ 'de.txt': fixture('german.txt'), 'copydesk.config.json': config(['en']) });
    const ids = () =>
      JSON.parse(runCli(['--cache', '--format', 'json', '.'], { cwd: dir }).stdout).flatMap((r: { messages: { ruleId: string }[] }) =>
        r.messages.map((m) => m.ruleId),
      );
    expect(ids()).toEqual(['language']);
    writeFileSync(path.join(dir, 'copydesk.config.json'), config(['en', 'de']));
    expect(ids()).toEqual([]);
  });

  it('copydesk rules lists the language rule as off', () => {
    expect(runCli(['rules']).stdout).toMatch(/^language\s+off\s+no\s+\S/m);
  });
});
