// --jobs: a run spread over worker threads gives exactly the output of a one-process run, corpus
// rules included, in the same order; fixing in parallel writes the same files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

const SENTENCES = [
  'The harbour authority said the new berth would open in the spring.',
  'Officials were simultanously told of a new revealtion in the case.',
  'The committee said the the first funds would reach the provinces in May./.',
  'Mayor Alberto Gutiérrez thanked the volunteers who cleaned the beach.',
  'Grain prices rose for a third week as dry weather hurt the crop',
  'A zero\u200bwidth space hides in this sentence.',
  'The council met on Monday and agreed on a budget for next year.',
];

/** Forty articles drawn deterministically from the sentences, one misspelling the mayor's name. */
function corpusTree(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const lines = [0, 1, 2, 3].map((k) => SENTENCES[(i * 3 + k * 5) % SENTENCES.length]);
    if (i === 17) lines.push('Mayor Alberto Guitiérrez spoke last.');
    files[`d${i % 4}/article-${String(i).padStart(2, '0')}.txt`] = `${lines.join('\n')}\n`;
  }
  files['d0/records.jsonl'] = SENTENCES.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
  return files;
}

describe('a run over worker threads', () => {
  it('reports exactly what one process reports, in the same order', () => {
    const dir = makeTree(corpusTree());
    const one = runCli(['check', '--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    const two = runCli(['check', '--format', 'json', '--jobs', '2', '.'], { cwd: dir });
    const three = runCli(['check', '--format', 'json', '--jobs', '3', '.'], { cwd: dir });
    expect(one.status).toBe(1);
    const results = JSON.parse(one.stdout);
    expect(results.length).toBe(41);
    // The corpus rule saw every file: the rare spelling is reported in the one article that has it.
    const variants = results.flatMap((r: any) =>
      r.messages.filter((m: any) => m.ruleId === 'name-variant').map(() => path.basename(r.filePath)),
    );
    expect(variants).toEqual(['article-17.txt']);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect([two.status, three.status]).toEqual([1, 1]);
  });

  it('prints the same compact lines for files named in any order', () => {
    const dir = makeTree(corpusTree());
    const names = Object.keys(corpusTree()).sort();
    const one = runCli(['check', '--jobs', '1', ...names], { cwd: dir });
    const two = runCli(['check', '--jobs', '2', ...[...names].reverse()], { cwd: dir });
    // Files are reported in the order named; each file's lines are the same.
    const byFile = (out: string) => out.split('\n').filter(Boolean).sort();
    expect(byFile(two.stdout)).toEqual(byFile(one.stdout));
    expect(one.stdout.split('\n')[0]).toMatch(/^d0\/article-00\.txt:/);
    expect(two.stdout.split('\n')[0]).toMatch(/^d3\/article-39\.txt:/);
  });

  it('fixes files in parallel exactly as one process does', () => {
    const files = corpusTree();
    const a = makeTree(files);
    const b = makeTree(files);
    const one = runCli(['fix', '--format', 'json', '--jobs', '1', '.'], { cwd: a });
    const two = runCli(['fix', '--format', 'json', '--jobs', '2', '.'], { cwd: b });
    expect(two.status).toBe(one.status);
    expect(two.stdout.replaceAll(b, '<dir>')).toBe(one.stdout.replaceAll(a, '<dir>'));
    let changed = 0;
    for (const name of Object.keys(files)) {
      const fixedA = readFileSync(path.join(a, name), 'utf8');
      expect(readFileSync(path.join(b, name), 'utf8')).toBe(fixedA);
      if (fixedA !== files[name]) changed++;
    }
    expect(changed).toBeGreaterThan(20);
  });

  it('refuses a --jobs that is not a whole number of at least 1, in every command that takes it', () => {
    const dir = makeTree({ 'a.txt': 'Fine.\n' });
    for (const command of ['check', 'fix', 'dedup']) {
      for (const bad of ['0', '-2', '1.5', 'many']) {
        const run = runCli([command, '--jobs', bad, 'a.txt'], { cwd: dir });
        expect(run.status, `${command} --jobs ${bad}`).toBe(2);
        expect(run.stderr).toContain('expected a whole number of at least 1');
      }
    }
  });
});
