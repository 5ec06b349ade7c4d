// Reports written as they are made (src/reporters/streaming.ts): a run with a million findings never
// holds its report whole, and the pieces joined are the bytes the whole report had.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonWithMetadataChunks, toEslintMessage } from '../../src/reporters/json.js';
import { formatResult, jsonlChunks, resultChunks } from '../../src/reporters/jsonl.js';
import { stylishChunks } from '../../src/reporters/stylish.js';
import { emptyResult, type FileResult } from '../../src/results/index.js';
import type { Finding } from '../../src/types.js';
import { rulesById } from '../../rules/index.js';
import { makeTree, runCli } from '../helpers/cli.js';

const ctx = { cwd: '/news', colorLevel: 0 as const, rules: rulesById };

function finding(line: number, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'typo',
    severity: 'error',
    message,
    start: line * 10,
    end: line * 10 + 3,
    line,
    column: 2,
    endLine: line,
    endColumn: 5,
    ...extra,
  };
}

function resultOf(filePath: string, findings: Finding[], extra: Partial<FileResult> = {}): FileResult {
  const result = { ...emptyResult(filePath), ...extra };
  for (const f of findings) {
    result.messages.push(f);
    if (f.severity === 'error') result.errorCount++;
    else result.warningCount++;
  }
  return result;
}

/** ESLint's JSON made the old way, whole: what the streamed report must equal byte for byte. */
function wholeJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(toEslintMessage),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
}

const SEVERAL: FileResult[] = [
  resultOf('/news/a.txt', [
    finding(1, '"Nguyễn" 𝓀 is "quoted"\n\ton two lines', { fix: { range: [10, 13], text: 'é' }, record: 3 }),
    finding(2, 'A lone surrogate \uD83D stays as it was.', {
      severity: 'warn',
      related: [{ line: 1, column: 1, endLine: 1, endColumn: 4, text: 'Đà Nẵng' }],
    }),
  ]),
  resultOf('/news/clean.txt', []),
  resultOf('/news/picture.txt', [], { skipped: 'binary file' }),
  // A name that looks like the key the messages are spliced in after.
  resultOf('/news/"messages":[]", "x.txt', [finding(4, 'x')], { output: 'fixed "messages":[] text\n' }),
];

describe('streamed reports', () => {
  it('json gives the same bytes as stringifying the whole results: several files, unicode, a skipped one, fix output', () => {
    expect([...jsonChunks(SEVERAL, ctx)].join('')).toBe(wholeJson(SEVERAL));
    expect([...jsonChunks([], ctx)].join('')).toBe('[]');
    expect([...jsonChunks([resultOf('/news/clean.txt', [])], ctx)].join('')).toBe(wholeJson([resultOf('/news/clean.txt', [])]));
  });

  it('json-with-metadata wraps the same results with the rules metadata', () => {
    const report = JSON.parse([...jsonWithMetadataChunks(SEVERAL, ctx)].join(''));
    expect(JSON.stringify(report.results)).toBe(wholeJson(SEVERAL));
    expect(report.metadata.rulesMeta.typo.docs.url).toBe(rulesById.get('typo')!.docs.url);
  });

  it('comes in several chunks for many findings, which join to the whole report', () => {
    const many = [
      resultOf(
        '/news/big.txt',
        Array.from({ length: 3000 }, (_, i) => finding(i + 1, `Message ${i} “curly”.`)),
      ),
    ];
    const chunks = [...jsonChunks(many, ctx)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(wholeJson(many));
    const lines = [...jsonlChunks(many, ctx)];
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines
        .join('')
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line).message),
    ).toEqual(many[0].messages.map((f) => f.message));
    expect([...resultChunks(many[0])].join('')).toBe(formatResult(many[0]));
  });

  it('jsonl gives one line per finding and one for a skipped file, nothing for a clean one', () => {
    const lines = [...jsonlChunks(SEVERAL, ctx)].join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).filePath)).toEqual([
      '/news/a.txt',
      '/news/a.txt',
      '/news/picture.txt',
      SEVERAL[3].filePath,
    ]);
    expect(JSON.parse(lines[1]).message).toBe('A lone surrogate \uD83D stays as it was.');
    expect([...jsonlChunks([], ctx)].join('')).toBe('');
  });

  it('stylish gives the report it gave whole: files, a skipped one, the summary', () => {
    const results = [SEVERAL[0], SEVERAL[1], SEVERAL[2]];
    expect([...stylishChunks(results, ctx)].join('')).toBe(
      [
        'a.txt',
        '  #3 1:2   error  "Nguyễn" 𝓀 is "quoted"',
        '<U+0009>on two lines  typo',
        '  2:2      warning  A lone surrogate <U+D83D> stays as it was.  typo',
        '',
        'picture.txt  skipped: binary file',
        '',
        '  Rule   Errors  Warnings  Fixable',
        '  typo        1         1        1',
        '  ─────  ──────  ────────  ───────',
        '  total       1         1        1',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
    expect([...stylishChunks([SEVERAL[1]], ctx)].join('')).toBe('');
  });
});

describe('the command line', () => {
  it('writes to standard output the same bytes it writes whole to a report file (-o)', () => {
    const dir = makeTree({
      'copydesk.config.json': '{}',
      'a.txt': 'The the harbour said “Nguyễn” simultanously.\n',
      'b.txt': 'Nothing to see here.\n',
      'c.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    for (const format of ['json', 'stylish', 'json-with-metadata']) {
      const streamed = runCli(['check', '--no-color', '--format', format, 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
      runCli(['check', '--format', format, '-o', `report.${format}`, 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
      expect(streamed.status).toBe(1);
      expect(streamed.stdout.length).toBeGreaterThan(0);
      expect(streamed.stdout).toBe(readReport(dir, `report.${format}`));
    }
  });
});

function readReport(dir: string, name: string): string {
  return readFileSync(`${dir}/${name}`, 'utf8');
}
