// Shared by the CI-format tests: the real command line run with `--format <name>` over a folder of
// small files made for the test, or over our test dumps (test/fixtures/dumps); and the real pipeline
// (checkTargets) with a rule made for a test, for messages no real rule writes.
import path from 'node:path';
import { expect } from 'vitest';
import { NO_SETTINGS } from '../../src/engine.js';
import { loadReporter } from '../../src/reporters/index.js';
import type { FileResult } from '../../src/results/index.js';
import { checkTargets } from '../../src/run.js';
import { rulesById } from '../../rules/index.js';
import type { Rule } from '../../src/types.js';
import { makeTree, parseJson, runCli } from '../helpers/cli.js';
import { DUMP_FILES, readDump } from '../helpers/dumps.js';

/** Vietnamese text (2- and 3-byte letters) and 𝓀 (2 UTF-16 units, 4 bytes) before "the the". */
export const ARTICLE_LINE = 'Mr Nguyễn Văn Bình of Đà Nẵng said𝓀 that the the port will open.';

/** A text file, and a JSONL dump whose second record has "the the" on its text's second line. */
export const FILES: Record<string, string> = {
  'copydesk.config.json': '{}',
  'news/article.txt': `${ARTICLE_LINE}\nSecond paragraph is fine.\n`,
  'news/records.jsonl': `${JSON.stringify({ id: 1, text: 'Plain text.' })}\n${JSON.stringify({ id: 2, text: 'Đà Nẵng port\nsaid the the thing.' })}\n`,
};

export interface FormatRun {
  dir: string;
  stdout: string;
  status: number | null;
}

/** `copydesk check --format <format> <args>` in a new folder holding `files`. */
export function runFormat(format: string, files: Record<string, string> = FILES, args: string[] = ['news']): FormatRun {
  const dir = makeTree(files);
  const run = runCli(['check', '--format', format, ...args], { cwd: dir });
  // Nothing on standard error but the note every format adds for a file it could not check.
  expect(run.stderr.split('\n').filter((line) => line && !/^copydesk: .* was not checked: /.test(line))).toEqual([]);
  return { dir, stdout: run.stdout, status: run.status };
}

/** `copydesk check --format <format>` over both test dumps, copied into a new folder and run there. */
export function runDumps(format: string): FormatRun {
  const files: Record<string, string> = { 'copydesk.config.json': '{}' };
  for (const name of DUMP_FILES) files[name] = readDump(name);
  const dir = makeTree(files);
  const run = runCli(['check', '--format', format, ...DUMP_FILES], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return { dir, stdout: run.stdout, status: run.status };
}

/** The same run's findings as `--format json`, to compare another format with. */
export function dumpsJson(dir: string) {
  return parseJson(runCli(['check', '--format', 'json', ...DUMP_FILES], { cwd: dir }));
}

/**
 * Checks the files of a new folder with one rule made for the test (checkTargets, as the CLI does)
 * and formats the results: for messages and file names no real rule produces.
 */
export async function formatWithRule(
  format: string,
  rule: Rule,
  files: Record<string, string>,
): Promise<{ dir: string; output: string; results: FileResult[] }> {
  const dir = makeTree(files);
  const config = { rules: [{ rule, severity: 'error' as const, options: {} }], settings: NO_SETTINGS, jsonlTextField: 'text' };
  const targets = Object.keys(files).map((name) => ({ kind: 'file' as const, path: path.join(dir, name) }));
  const { results } = await checkTargets(targets, {
    cwd: dir,
    configFor: () => config,
    corpusConfig: config,
    readStdin: async () => Buffer.alloc(0),
  });
  return { dir, output: (await loadReporter(format))(results, { cwd: dir, colorLevel: 0, rules: rulesById }), results };
}

/** 1-based UTF-16 and UTF-8 columns of the first `needle` in `line`, counted independently of copydesk. */
export function columnsOf(line: string, needle: string, from = 0) {
  const index = line.indexOf(needle, from);
  expect(index).toBeGreaterThanOrEqual(0);
  const utf16 = index + 1;
  const utf8 = Buffer.byteLength(line.slice(0, index), 'utf8') + 1;
  return { utf16, utf8, utf16End: utf16 + needle.length, utf8End: utf8 + Buffer.byteLength(needle, 'utf8') };
}
