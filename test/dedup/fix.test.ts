// What `copydesk fix` does to a dump with syndicated copies and site boilerplate: it deletes
// boilerplate lines and later copies of a shared paragraph only when those rules are set to fix in
// the config, and never deletes or empties a duplicate document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';
import { OTHER_STORIES, STORY_BODY, syndicatedDump } from './syndicated.js';

const FOOTER = ['Comments are closed.', 'Subscribe to our newsletter'];
const OWN_LEAD = 'The city council met on Monday to discuss the budget for new schools, parks and bus lines in the suburbs.';
const OWN_END = 'The council will vote on the plan next month after a round of public hearings in every district.';

/** The syndicated dump, every page with the site footer, plus a story reusing the wire lead. */
function dumpWithFooters(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(syndicatedDump())) files[name] = text + FOOTER.join('\n') + '\n';
  files['g-reuse.txt'] = [OWN_LEAD, STORY_BODY[0], OWN_END, ...FOOTER].join('\n') + '\n';
  files['h-patchwork.txt'] = [OTHER_STORIES[1][2], OTHER_STORIES[0][2], ...FOOTER].join('\n') + '\n';
  return files;
}

function configWith(rules: Record<string, unknown>): string {
  return JSON.stringify({ rules: { 'duplicate-document': 'warn', boilerplate: 'warn', 'cross-document-paragraph': 'warn', ...rules } });
}

describe('fix on a dump with syndicated copies', () => {
  it('without "fix": true reports boilerplate and shared paragraphs but changes no file', () => {
    const files = dumpWithFooters();
    const dir = makeTree({ ...files, 'copydesk.config.json': configWith({ boilerplate: ['warn', { minDocuments: 5 }] }) });
    const run = runCli(['fix', '--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toMatch(/0 fixes|No fixes|nothing/i);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(text);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules.filter((id) => id === 'boilerplate')).toHaveLength(16);
    expect(rules.filter((id) => id === 'duplicate-document')).toHaveLength(3);
  });

  it('with "fix": true deletes the boilerplate lines and the reused lead, and keeps every duplicate document', () => {
    const files = dumpWithFooters();
    const config = configWith({
      boilerplate: ['warn', { minDocuments: 5, fix: true }],
      'cross-document-paragraph': ['warn', { fix: true }],
    });
    const dir = makeTree({ ...files, 'copydesk.config.json': config });
    const run = runCli(['fix', '--format', 'json', '.'], { cwd: dir });
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    expect(read('a-vna.txt')).toBe(syndicatedDump()['a-vna.txt']);
    expect(read('b-outlet.txt')).toBe(syndicatedDump()['b-outlet.txt']);
    expect(read('g-reuse.txt')).toBe([OWN_LEAD, OWN_END].join('\n') + '\n');
    // Made only of other documents' paragraphs and footer lines: reported, never emptied.
    expect(read('h-patchwork.txt')).toBe(files['h-patchwork.txt']);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const left = results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)} ${m.ruleId}`)).sort();
    // The footer is left in h-patchwork.txt alone now, so it is no longer boilerplate.
    expect(left).toEqual([
      'b-outlet.txt duplicate-document',
      'c-refetch.txt duplicate-document',
      'd-updated.txt duplicate-document',
      'h-patchwork.txt cross-document-paragraph',
      'h-patchwork.txt cross-document-paragraph',
    ]);
    expect(run.status).toBe(0);
  });

  it('fixes boilerplate inside JSONL records, rewriting only the text field', () => {
    const records = Object.values(dumpWithFooters()).map((text, i) => JSON.stringify({ id: i, text }));
    const dir = makeTree({
      'dump.jsonl': records.join('\n') + '\n',
      'copydesk.config.json': configWith({ boilerplate: ['warn', { minDocuments: 5, fix: true }] }),
    });
    runCli(['fix', '--format', 'json', '.'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'dump.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(fixed.map((r) => r.id)).toEqual(records.map((_, i) => i));
    expect(fixed[0].text).toBe(syndicatedDump()['a-vna.txt']);
    expect(fixed.some((r) => r.text.includes('Comments are closed.'))).toBe(false);
  });
});
