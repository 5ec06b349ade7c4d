// Does copydesk leave other languages alone? Runs the real CLI on the real pages of
// ../shared/corpus/web-pages (article/ and scraped/; the extractor's synthetic test pages left out) and
// counts, on the pages not in English, the findings of the English-only rules per 10,000 words and the
// words `fix` would change; on the English pages, the findings of every rule. With --before <bin> (a
// copydesk bin/copydesk.js built from an older commit) it runs that one too and lists the findings on
// English pages it made that this one does not, to inspect one by one.
// Usage: node eval/languages.mjs [--before <bin/copydesk.js>] [--no-build]
// Needs ../shared (it prints a note and exits 0 without it). Page languages: languages/pages.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { hasWebPages, readPages } from './languages/pages.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
/** The rules that assume English (rule metadata `language: 'en'`), named here so an older build is counted the same way. */
export const ENGLISH_ONLY_RULES = ['typo', 'doubled-word', 'truncated-fragment', 'name-variant', 'duplicate-lead'];
const FOLDERS = ['article', 'scraped'];
const WORDS = new Intl.Segmenter('und', { granularity: 'word' });

export function countWords(text) {
  let words = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Runs one CLI over the real pages of each folder: findings and dry-run outputs per page. */
export function runCli(bin) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-languages-'));
  const pages = [];
  try {
    for (const folder of FOLDERS) {
      const folderDir = path.join(dir, folder);
      mkdirSync(folderDir);
      const real = readPages(folder).filter((page) => !page.synthetic);
      for (const page of real) writeFileSync(path.join(folderDir, `${page.name}.txt`), page.text);
      const checked = byFile(run(bin, ['check', '.', '--format', 'json'], folderDir));
      const fixed = byFile(run(bin, ['fix', '.', '--dry-run', '--format', 'json'], folderDir));
      for (const page of real) {
        const file = `${page.name}.txt`;
        pages.push({
          folder,
          name: page.name,
          language: page.language,
          text: page.text,
          words: countWords(page.text),
          findings: checked.get(file)?.messages ?? [],
          output: fixed.get(file)?.output ?? page.text,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return pages;
}

function run(bin, args, cwd) {
  const env = { ...process.env, NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env });
  if (result.status === 2 || !result.stdout.startsWith('[')) throw new Error(`copydesk ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

function byFile(results) {
  return new Map(results.map((r) => [path.basename(r.filePath), r]));
}

/** Words of the text that fix changed: word tokens of the input that are not at their place in the output. */
export function changedWords(input, output) {
  if (input === output) return 0;
  const before = [...WORDS.segment(input)].filter((s) => s.isWordLike).map((s) => s.segment);
  const after = [...WORDS.segment(output)].filter((s) => s.isWordLike).map((s) => s.segment);
  // Longest common subsequence would be exact; the pages are short enough for the plain quadratic table.
  const width = after.length + 1;
  const table = new Uint32Array((before.length + 1) * width);
  for (let i = 1; i <= before.length; i++) {
    for (let j = 1; j <= after.length; j++) {
      table[i * width + j] =
        before[i - 1] === after[j - 1]
          ? table[(i - 1) * width + j - 1] + 1
          : Math.max(table[(i - 1) * width + j], table[i * width + j - 1]);
    }
  }
  return before.length - table[before.length * width + after.length];
}

export function summarize(pages) {
  const rows = [];
  for (const folder of FOLDERS) {
    const foreign = pages.filter((p) => p.folder === folder && p.language !== 'en');
    const english = pages.filter((p) => p.folder === folder && p.language === 'en');
    const foreignWords = foreign.reduce((n, p) => n + p.words, 0);
    const englishOnly = foreign.flatMap((p) => p.findings.filter((f) => ENGLISH_ONLY_RULES.includes(f.ruleId)));
    const foreignFixes = foreign.reduce((n, p) => n + p.findings.filter((f) => f.fix).length, 0);
    const foreignFixesByRule = {};
    for (const p of foreign) for (const f of p.findings) if (f.fix) foreignFixesByRule[f.ruleId] = (foreignFixesByRule[f.ruleId] ?? 0) + 1;
    const byEnglishOnlyRule = (f) => f.fix && ENGLISH_ONLY_RULES.includes(f.ruleId);
    const foreignWordFixes = foreign.reduce((n, p) => n + p.findings.filter(byEnglishOnlyRule).length, 0);
    const foreignChangedWords = foreign.reduce((n, p) => n + changedWords(p.text, p.output), 0);
    const englishWords = english.reduce((n, p) => n + p.words, 0);
    const englishByRule = {};
    for (const p of english) for (const f of p.findings) englishByRule[f.ruleId] = (englishByRule[f.ruleId] ?? 0) + 1;
    rows.push({
      folder,
      foreignPages: foreign.length,
      foreignWords,
      englishOnlyFindings: englishOnly.length,
      englishOnlyPer10k: (englishOnly.length / foreignWords) * 1e4,
      foreignFixes,
      foreignFixesByRule,
      foreignWordFixes,
      foreignChangedWords,
      englishPages: english.length,
      englishWords,
      englishByRule,
    });
  }
  return rows;
}

function printSummary(label, rows) {
  console.log(`\n${label}`);
  for (const r of rows) {
    console.log(
      `  ${r.folder}: ${r.foreignPages} pages not in English (${r.foreignWords} words): ` +
        `${r.englishOnlyFindings} findings of English-only rules (${r.englishOnlyPer10k.toFixed(1)} per 10k words); ` +
        `automatic fixes: ${r.foreignWordFixes} by English-only rules, ${r.foreignFixes} in all ` +
        `${JSON.stringify(r.foreignFixesByRule)}; word tokens fix --dry-run changes or deletes: ${r.foreignChangedWords}`,
    );
    console.log(`  ${r.folder}: ${r.englishPages} English pages (${r.englishWords} words): ${JSON.stringify(r.englishByRule)}`);
  }
}

/** Findings on English pages the older build made and this one does not (same rule, same place). */
function lostOnEnglish(before, after) {
  const key = (p, f) => `${p.folder}/${p.name}:${f.ruleId}:${f.start}:${f.end}`;
  const kept = new Set(after.flatMap((p) => p.findings.map((f) => key(p, f))));
  return before
    .filter((p) => p.language === 'en')
    .flatMap((p) =>
      p.findings
        .filter((f) => !kept.has(key(p, f)))
        .map(
          (f) =>
            `${p.folder}/${p.name}:${f.line}:${f.column} ${f.ruleId}: ` +
            `${p.text.slice(f.start, Math.min(f.end, f.start + 60))} — ${f.message.slice(0, 100)}`,
        ),
    );
}

async function main() {
  const { values } = parseArgs({ options: { before: { type: 'string' }, 'no-build': { type: 'boolean' } } });
  if (!hasWebPages()) {
    console.log('../shared/corpus/web-pages is not here: nothing to measure.');
    return;
  }
  if (!values['no-build']) spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: REPO, stdio: 'inherit' });
  const after = runCli(path.join(REPO, 'bin/copydesk.js'));
  if (values.before) {
    const before = runCli(path.resolve(values.before));
    printSummary(`before (${values.before})`, summarize(before));
    printSummary('after (this build)', summarize(after));
    const lost = lostOnEnglish(before, after);
    console.log(`\nfindings on English pages before and not after: ${lost.length}`);
    for (const line of lost) console.log(`  ${line}`);
  } else {
    printSummary('this build', summarize(after));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
