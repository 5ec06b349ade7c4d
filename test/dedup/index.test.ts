// The signature index: built and updated by `copydesk dedup --update-index`, read by
// `copydesk check --dedup-index`, so that checking one new file finds its copy among indexed articles.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';
import { OTHER_STORIES, syndicatedDump, UPDATE_PARAGRAPH, wireCopy } from './syndicated.js';

const INDEX = '.copydeskdedup';

function corpus(): string {
  const dump = syndicatedDump();
  return makeTree({
    'archive/a-vna.txt': dump['a-vna.txt'],
    'archive/e-rice.txt': dump['e-rice.txt'],
    'archive/f-football.txt': dump['f-football.txt'],
  });
}

function duplicateFindings(stdout: string): { message: string; related?: { filePath: string; similarity: number }[] }[] {
  const results = JSON.parse(stdout) as {
    messages: { ruleId: string; message: string; related?: { filePath: string; similarity: number }[] }[];
  }[];
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'duplicate-document'));
}

function indexBytes(dir: string): Record<string, string> {
  const folder = path.join(dir, INDEX);
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name)).toString('base64')]),
  );
}

describe('signature index', () => {
  it('check --dedup-index finds that a new file copies an indexed article, and passes a new story', () => {
    const dir = corpus();
    const build = runCli(['dedup', '--update-index', INDEX, 'archive'], { cwd: dir });
    expect(build.status).toBe(0);
    expect(build.stderr).toMatch(/indexed 3 documents in 3 files \(3 new or changed files read\)/);
    writeFileSync(
      path.join(dir, 'new.txt'),
      wireCopy('HANOI, May 2 (VNA) - ', { caption: 'At the fair (Photo: VNA)' }) + UPDATE_PARAGRAPH + '\n',
    );
    writeFileSync(
      path.join(dir, 'other.txt'),
      'A new story about the harbour ferry timetable that changes next week for the summer season, the port authority said on Monday.\n',
    );
    const run = runCli(['check', '--format', 'json', '--dedup-index', INDEX, 'new.txt', 'other.txt'], { cwd: dir });
    const findings = duplicateFindings(run.stdout);
    expect(findings.map((f) => f.message)).toEqual([
      `This document is a near-duplicate (Jaccard 0.90) of ${path.join('archive', 'a-vna.txt')}, in the dedup index.`,
    ]);
    expect(findings[0].related![0]).toMatchObject({ filePath: path.join(dir, 'archive/a-vna.txt'), similarity: 0.9 });
    // Alone in its run (a pre-commit hook's one staged file), the new file still meets its indexed copy: a
    // run of one document skips only the rules that compare the run's own documents.
    const alone = runCli(['check', '--format', 'json', '--dedup-index', INDEX, 'new.txt'], { cwd: dir });
    expect(duplicateFindings(alone.stdout).map((f) => f.message)).toEqual(findings.map((f) => f.message));
  });

  it('does not report a checked file as a copy of its own indexed version', () => {
    const dir = corpus();
    runCli(['dedup', '--update-index', INDEX, 'archive'], { cwd: dir });
    const file = path.join(dir, 'archive/a-vna.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tuesday', 'Wednesday'));
    const run = runCli(['check', '--format', 'json', '--dedup-index', INDEX, 'archive/a-vna.txt'], { cwd: dir });
    expect(duplicateFindings(run.stdout)).toEqual([]);
  });

  it('updates incrementally (only changed files are read) to the same bytes as a build from scratch', () => {
    const dir = corpus();
    runCli(['dedup', '--update-index', INDEX, 'archive'], { cwd: dir });
    writeFileSync(
      path.join(dir, 'archive/g-new.txt'),
      OTHER_STORIES[0].slice().reverse().join('\n') + '\nAnd one more sentence of its own to end the story about rice.\n',
    );
    rmSync(path.join(dir, 'archive/f-football.txt'));
    const update = runCli(['dedup', '--update-index', INDEX, 'archive'], { cwd: dir });
    expect(update.stderr).toMatch(/indexed 3 documents in 3 files \(1 new or changed files read\)/);
    const incremental = indexBytes(dir);
    rmSync(path.join(dir, INDEX), { recursive: true });
    runCli(['dedup', '--update-index', INDEX, 'archive', '--jobs', '2'], { cwd: dir });
    expect(indexBytes(dir)).toEqual(incremental);
    expect(
      Buffer.from(incremental['files.tsv'], 'base64')
        .toString()
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[2]),
    ).toEqual(['archive/a-vna.txt', 'archive/e-rice.txt', 'archive/g-new.txt']);
  });

  it('exits 2 with a message when the index does not exist', () => {
    const dir = corpus();
    const run = runCli(['check', '--dedup-index', 'nowhere', 'archive'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--dedup-index nowhere: no signature index there/);
  });
});
