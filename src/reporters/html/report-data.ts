// What the html report knows, computed once in Node from the run's results: every finding in a
// compact row (the page holds 100,000 of them as JSON), and the inventories a corpus owner reads
// first — stray characters, typos, repeated lines, the copies of each duplicate with their differences.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { displayPath, flaggedText, type FileResult } from '../../results/index.js';
import type { Finding, RelatedPlace } from '../../types.js';
import { codePointName, toHex } from '../../unicode/names.js';
import { countByRule, type RuleCount } from '../summary.js';

/** Characters of context kept either side of a finding's text. */
const CONTEXT = 32;
/** A finding's own text beyond this is cut in the middle (a whole duplicated paragraph is still seen). */
const MAX_TEXT = 600;
/** Duplicates whose differences are worked out (the diff costs; the list beyond still shows the copies). */
const MAX_DIFFED = 2000;
/** Rows of the typo, stray-character and repeated-line tables. */
const MAX_INVENTORY = 100;

/**
 * One finding: [file, rule, severity (2 error, 1 warning), line, column, record (0: none), message,
 * text before, flagged text, text after, fix (null, or [replaced text or null, new text]),
 * suggestion descriptions (as messages), duplicate index (-1: none)]. Arrays, not objects, and each
 * message stored once, to keep the page small.
 */
export type FindingRow = [number, number, 1 | 2, number, number, number, number, string, string, string, FixRow | null, number[], number];
type FixRow = [string | null, string];

export interface FileRow {
  /** As the terminal reports show it: relative to the folder copydesk ran in. */
  path: string;
  /** A file: URL, or '' for standard input. */
  href: string;
  errors: number;
  warnings: number;
}

/** The two copies of a duplicate, with their differences: [op, text] parts, op -1 only in `other`, 1 only here. */
export interface DuplicateRow {
  finding: number;
  /** Where the other copy is, as `path:line:col` (its own file when the duplicate is within one). */
  otherWhere: string;
  otherHref: string;
  similarity?: number;
  /** Word diff from the other copy to this one, or null past MAX_DIFFED or when a text is unknown. */
  parts: [-1 | 0 | 1, string][] | null;
  otherText: string;
  /** Places beyond the first the finding names (a cluster of more than two). */
  alsoAt: string[];
}

export interface StrayCharacterRow {
  codePoint: string;
  name: string;
  count: number;
  /** The first finding with it, for its context. */
  example: number;
}

export interface TypoRow {
  word: string;
  count: number;
  suggestions: string[];
  example: number;
}

export interface RepeatedLineRow {
  ruleId: string;
  text: string;
  count: number;
  example: number;
}

export interface LanguageRow {
  language: string;
  files: number;
  findings: number;
}

export interface ReportData {
  version: string;
  totals: { files: number; filesWithFindings: number; errors: number; warnings: number; fixable: number; skipped: number };
  skipped: { path: string; reason: string }[];
  rules: string[];
  ruleCounts: RuleCount[];
  files: FileRow[];
  messages: string[];
  findings: FindingRow[];
  duplicates: DuplicateRow[];
  stray: StrayCharacterRow[];
  typos: TypoRow[];
  repeated: RepeatedLineRow[];
  /** True when the repeated lines are a boilerplate rule's; else the most repeated flagged texts of any rule. */
  repeatedAreBoilerplate: boolean;
  languages: LanguageRow[];
}

type Diff = typeof import('diff');

export function buildReportData(results: readonly FileResult[], cwd: string, version: string): ReportData {
  const ruleCounts = countByRule(results);
  const rules = ruleCounts.map((r) => r.ruleId);
  const ruleIndex = new Map(rules.map((id, i) => [id, i]));
  const messages = new Interner();
  const files: FileRow[] = [];
  const findings: FindingRow[] = [];
  const duplicates: DuplicateRow[] = [];
  const inventories = new Inventories();
  let diff: Diff | undefined;
  for (const result of results) {
    if (!result.messages.length) continue;
    const file = files.length;
    const shownPath = displayPath(result.filePath, cwd);
    files.push({ path: shownPath, href: fileHref(result.filePath), errors: result.errorCount, warnings: result.warningCount });
    for (const f of result.messages) {
      const index = findings.length;
      const flagged = flaggedText(result, f, CONTEXT);
      const text = flagged ? clipMiddle(flagged.text) : '';
      const row: FindingRow = [
        file,
        ruleIndex.get(f.ruleId)!,
        f.severity === 'error' ? 2 : 1,
        f.line,
        f.column,
        f.record ?? 0,
        messages.add(f.message),
        flagged?.before ?? '',
        text,
        flagged?.after ?? '',
        fixRow(f, flagged?.text ?? null),
        (f.suggestions ?? []).map((s) => messages.add(s.desc)),
        -1,
      ];
      findings.push(row);
      if (f.related?.length) {
        row[12] = duplicates.length;
        const useDiff = duplicates.length < MAX_DIFFED && flagged !== null && f.related[0].text !== undefined;
        if (useDiff) diff ??= createRequire(import.meta.url)('diff') as Diff;
        duplicates.push(duplicateRow(index, f, result.filePath, shownPath, cwd, flagged?.text ?? '', useDiff ? diff! : null));
      }
      inventories.add(f, flagged?.text ?? null, index);
    }
  }
  const checked = results.filter((r) => !r.skipped);
  const skipped = results.filter((r) => r.skipped).map((r) => ({ path: displayPath(r.filePath, cwd), reason: r.skipped! }));
  return {
    version,
    totals: {
      files: checked.length,
      filesWithFindings: files.length,
      errors: ruleCounts.reduce((n, r) => n + r.errors, 0),
      warnings: ruleCounts.reduce((n, r) => n + r.warnings, 0),
      fixable: ruleCounts.reduce((n, r) => n + r.fixable, 0),
      skipped: skipped.length,
    },
    skipped,
    rules,
    ruleCounts,
    files,
    messages: messages.values,
    findings,
    duplicates,
    ...inventories.finish(),
    languages: languagesOf(results),
  };
}

/** `path:line:col`, with `#record` for a JSONL record: the place as the other reports name it. */
export function placeName(path: string, place: { record?: number; line: number; column: number }): string {
  return `${path}${place.record ? `#${place.record}` : ''}:${place.line}:${place.column}`;
}

function fileHref(filePath: string): string {
  return filePath === '<stdin>' ? '' : pathToFileURL(filePath).href;
}

/** What a fix replaces, when it lies within the finding's one line (else only its new text is known). */
function fixRow(f: Finding, text: string | null): FixRow | null {
  if (!f.fix) return null;
  const [from, to] = f.fix.range;
  const within = text !== null && f.line === f.endLine && from >= f.start && to <= f.end;
  return [within ? text.slice(from - f.start, to - f.start) : null, f.fix.text];
}

function duplicateRow(
  finding: number,
  f: Finding,
  filePath: string,
  shownPath: string,
  cwd: string,
  text: string,
  diff: Diff | null,
): DuplicateRow {
  const [other, ...more] = f.related!;
  // A place in the finding's own document names neither file nor record (src/types.ts).
  const where = (place: RelatedPlace) =>
    place.filePath
      ? placeName(displayPath(place.filePath, cwd), place)
      : placeName(shownPath, { ...place, record: place.record ?? f.record });
  const otherText = other.text ?? '';
  const parts = diff
    ? diff.diffWordsWithSpace(otherText, text).map((part): [-1 | 0 | 1, string] => [part.removed ? -1 : part.added ? 1 : 0, part.value])
    : null;
  return {
    finding,
    otherWhere: where(other),
    otherHref: fileHref(other.filePath ?? filePath),
    ...(other.similarity !== undefined ? { similarity: other.similarity } : {}),
    parts,
    otherText,
    alsoAt: more.map(where),
  };
}

function clipMiddle(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const half = MAX_TEXT / 2;
  const head = /[\uD800-\uDBFF]/.test(text[half - 1]) ? half - 1 : half;
  const tail = /[\uDC00-\uDFFF]/.test(text[text.length - half]) ? half - 1 : half;
  return `${text.slice(0, head)} … ${text.slice(text.length - tail)}`;
}

/** Messages repeat (every U+200B finding says the same): each is stored once. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  add(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

/** Tallies for the stray-character, typo and repeated-line tables. */
class Inventories {
  private readonly stray = new Map<number, StrayCharacterRow>();
  private readonly typos = new Map<string, TypoRow & { suggestionSet: Set<string> }>();
  private readonly boilerplate = new Map<string, RepeatedLineRow>();
  private readonly repeated = new Map<string, RepeatedLineRow>();

  add(f: Finding, text: string | null, index: number): void {
    if (text === null) return;
    if (f.ruleId === 'stray-unicode') this.addStray(text, index);
    else if (f.ruleId === 'typo') this.addTypo(f, text, index);
    else if (!f.related) {
      // A boilerplate rule (when there is one) names its lines; otherwise the texts flagged most often
      // by any rule are the lines a scraper keeps picking up ("Reuter", "Read more", a cookie notice).
      const tally = f.ruleId === 'boilerplate' ? this.boilerplate : this.repeated;
      const line = text.trim();
      const key = `${f.ruleId}\u0000${line}`;
      const row = tally.get(key);
      if (row) row.count++;
      else tally.set(key, { ruleId: f.ruleId, text: line, count: 1, example: index });
    }
  }

  finish(): Pick<ReportData, 'stray' | 'typos' | 'repeated' | 'repeatedAreBoilerplate'> {
    const byCount = <T extends { count: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => b.count - a.count).slice(0, MAX_INVENTORY);
    const stray = byCount(this.stray.values()).map((row) => ({ ...row, name: codePointName(parseInt(row.codePoint, 16)) ?? '' }));
    const typos = byCount(this.typos.values()).map(({ suggestionSet, ...row }) => ({
      ...row,
      suggestions: [...suggestionSet].slice(0, 5),
    }));
    const repeatedAreBoilerplate = this.boilerplate.size > 0;
    const repeated = byCount(repeatedAreBoilerplate ? this.boilerplate.values() : [...this.repeated.values()].filter((r) => r.count > 1));
    return { stray, typos, repeated, repeatedAreBoilerplate };
  }

  private addStray(text: string, index: number): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // A decomposed letter's base (the "e" of e + U+0301) is not the stray part.
      if (cp >= 0x20 && cp < 0x7f) continue;
      const row = this.stray.get(cp);
      if (row) row.count++;
      else this.stray.set(cp, { codePoint: toHex(cp), name: '', count: 1, example: index });
    }
  }

  private addTypo(f: Finding, text: string, index: number): void {
    let row = this.typos.get(text);
    if (!row) this.typos.set(text, (row = { word: text, count: 0, suggestions: [], example: index, suggestionSet: new Set() }));
    row.count++;
    for (const s of f.suggestions ?? []) row.suggestionSet.add(s.fix.text);
  }
}

function languagesOf(results: readonly FileResult[]): LanguageRow[] {
  const byLanguage = new Map<string, LanguageRow>();
  for (const result of results) {
    // Filled by the text layer's language guess where a run has one; absent otherwise.
    const language = (result as FileResult & { language?: unknown }).language;
    if (typeof language !== 'string' || !language) continue;
    let row = byLanguage.get(language);
    if (!row) byLanguage.set(language, (row = { language, files: 0, findings: 0 }));
    row.files++;
    row.findings += result.messages.length;
  }
  return [...byLanguage.values()].sort((a, b) => b.files - a.files || (a.language < b.language ? -1 : 1));
}
