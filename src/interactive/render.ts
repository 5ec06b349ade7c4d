// What the session prints for a finding: where it is, its line with the span marked (invisible
// characters shown as <U+200B>, carets aligned under wide CJK characters), the rule and message, the
// fix as a word diff (`[-removed-]{+added+}`, readable without colour), and the suggestions. Lines
// longer than the terminal are windowed around the span, as the stylish report does.
import type { ChalkInstance } from 'chalk';
import { createRequire } from 'node:module';
import { displayPath } from '../results/index.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { windowLine as windowAround, type WindowedLine } from '../reporters/line-window.js';
import { showInvisible } from '../reporters/show-invisible.js';
import type { Document, Finding, Fix } from '../types.js';
import { conflictsWithAny } from './edits.js';

/** Digits choose suggestions, so only the first nine can be chosen. */
export const MAX_SUGGESTIONS = 9;

export type PartKind = 'mark' | 'del' | 'ins';

export interface Part {
  kind: PartKind;
  text: string;
}

/** Fits `before`, the focus parts and `after` (all on one line) into `width` cells, keeping the focus in view. */
export function windowLine(before: string, focus: readonly Part[], after: string, width: number, c: ChalkInstance): WindowedLine {
  return windowAround(
    before,
    focus.map((part) => ({ text: framed(part), paint: style(part.kind, c) })),
    after,
    width,
  );
}

export function describeFinding(
  doc: Document,
  finding: Finding,
  place: string,
  accepted: readonly Fix[],
  columns: number,
  c: ChalkInstance,
): string[] {
  const out: string[] = [];
  // The place names the file: a name with an escape sequence in it must not drive the terminal.
  out.push(`${c.bold(showInvisible(place))}  ${c.dim(`${finding.ruleId}`)}`);

  const gutter = String(finding.line);
  const line = currentLines(doc, finding.line, finding.line, accepted);
  const start = line.at(finding.start);
  const markEnd = finding.endLine === finding.line ? line.at(finding.end) : line.text.length;
  const shown = windowLine(
    line.text.slice(0, start),
    [{ kind: 'mark', text: line.text.slice(start, markEnd) }],
    line.text.slice(markEnd),
    columns - gutter.length - 6,
    c,
  );
  out.push(`  ${c.dim(`${gutter} │`)} ${shown.text}`);
  const carets = c.red('^'.repeat(Math.max(1, shown.focusWidth)));
  const continues = finding.endLine > finding.line ? c.dim(`  …to line ${finding.endLine}`) : '';
  out.push(`  ${' '.repeat(gutter.length)} ${c.dim('│')} ${' '.repeat(shown.focusColumn)}${carets}${continues}`);
  if (line.hidden) out.push(c.dim(`  (${line.hidden} accepted change${line.hidden === 1 ? '' : 's'} reaching past this line not shown)`));

  const severity = finding.severity === 'error' ? c.red('error') : c.yellow('warning');
  out.push(`  ${severity}  ${showInvisible(finding.message, '\n')}`);
  if (finding.fix) {
    const preview = conflictsWithAny(finding.fix, accepted)
      ? c.dim('(overlaps a change already accepted)')
      : previewFix(doc, finding.fix, accepted, columns - 8, c);
    out.push(`  ${c.bold('fix')}  ${preview}`);
  }
  const suggestions = finding.suggestions ?? [];
  suggestions.slice(0, MAX_SUGGESTIONS).forEach((suggestion, i) => {
    const text = `  ${c.bold(String(i + 1))}    ${showInvisible(suggestion.desc)}`;
    out.push(conflictsWithAny(suggestion.fix, accepted) ? c.dim(`${text}  (overlaps a change already accepted)`) : text);
  });
  if (suggestions.length > MAX_SUGGESTIONS)
    out.push(c.dim(`       (${suggestions.length - MAX_SUGGESTIONS} more suggestions not offered)`));
  out.push(...describeCopies(doc, finding, columns, c));
  return out;
}

type WordDiff = (a: string, b: string) => { value: string; added?: boolean; removed?: boolean }[];

/**
 * A duplicate's copies one under the other, the words that differ framed (`[-this-]`, `{+other+}`) and
 * the first difference in view: which copy to keep is the person's call, so both are shown.
 */
export function describeCopies(doc: Document, finding: Finding, columns: number, c: ChalkInstance): string[] {
  const places = (finding.related ?? []).filter((place) => place.text !== undefined).slice(0, 2);
  if (!places.length) return [];
  const diffWords = (createRequire(import.meta.url)('diff') as { diffWordsWithSpace: WordDiff }).diffWordsWithSpace;
  const own = firstLine(doc.text.slice(finding.start, finding.end));
  const out: string[] = [];
  for (const place of places) {
    const other = firstLine(place.text!);
    const parts = diffWords(own, other);
    const where = place.filePath ? `${displayPath(place.filePath, process.cwd())}:${place.line}` : `line ${place.line}`;
    const similarity = place.similarity !== undefined ? c.dim(`  (similarity ${place.similarity.toFixed(2)})`) : '';
    const labels = ['this copy', `other copy, ${where}`];
    const width = Math.max(...labels.map((label) => label.length));
    const show = (label: string, kept: (part: { added?: boolean; removed?: boolean }) => boolean, kind: PartKind) => {
      const line = copyLine(parts.filter(kept), kind, columns - width - 6, c);
      return `  ${c.dim(`${showInvisible(label).padEnd(width)} │`)} ${line}`;
    };
    out.push(show(labels[0], (part) => !part.added, 'del'));
    out.push(show(labels[1], (part) => !part.removed, 'ins') + similarity);
  }
  return out;
}

/** One copy's words, the first that differ from the other copy in view, later ones framed as text. */
function copyLine(parts: { value: string; added?: boolean; removed?: boolean }[], kind: PartKind, width: number, c: ChalkInstance): string {
  const first = parts.findIndex((part) => part.added || part.removed);
  if (first < 0) return windowLine(parts.map((part) => part.value).join(''), [], '', width, c).text;
  const before = parts
    .slice(0, first)
    .map((part) => part.value)
    .join('');
  const after = parts
    .slice(first + 1)
    .map((part) => (part.added || part.removed ? framed({ kind, text: part.value }) : part.value))
    .join('');
  return windowLine(showInvisible(before), [{ kind, text: showInvisible(parts[first].value) }], showInvisible(after), width, c).text;
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : `${text.slice(0, end)} …`;
}

/** The lines a fix touches, as they are with the accepted changes, the fix shown as `[-removed-]{+added+}`. */
export function previewFix(doc: Document, fix: Fix, accepted: readonly Fix[], width: number, c: ChalkInstance): string {
  const [start, end] = fix.range;
  const lines = currentLines(doc, doc.positionAt(start).line, doc.positionAt(end).line, accepted);
  const focus: Part[] = [];
  if (end > start) focus.push({ kind: 'del', text: doc.text.slice(start, end) });
  if (fix.text) focus.push({ kind: 'ins', text: fix.text });
  return windowLine(lines.text.slice(0, lines.at(start)), focus, lines.text.slice(lines.at(end)), width, c).text;
}

interface CurrentLines {
  text: string;
  /** Where an offset of the original text is in `text`. */
  at(offset: number): number;
  /** Accepted changes that reach past these lines, so are not in `text`. */
  hidden: number;
}

/**
 * Lines `first`–`last` (without the final line break) with the accepted changes inside them applied,
 * so that a person sees the text as it will be, not as it was: after "the the" is fixed, the next
 * finding on the line shows "the" once.
 */
export function currentLines(doc: Document, first: number, last: number, accepted: readonly Fix[]): CurrentLines {
  const from = doc.lineStarts[first - 1];
  const to = endOfLine(doc, last);
  const inside = accepted.filter((edit) => edit.range[0] >= from && edit.range[1] <= to).sort((a, b) => a.range[0] - b.range[0]);
  const hidden = accepted.filter((edit) => edit.range[1] >= from && edit.range[0] <= to).length - inside.length;
  const { output } = applyFixes(
    doc.text.slice(from, to),
    inside.map((edit) => ({ range: [edit.range[0] - from, edit.range[1] - from], text: edit.text })),
  );
  const at = (offset: number) => {
    let shift = 0;
    for (const edit of inside) if (edit.range[1] <= offset) shift += edit.text.length - (edit.range[1] - edit.range[0]);
    return offset - from + shift;
  };
  return { text: output, at, hidden };
}

export const KEY_HELP: readonly (readonly [string, string])[] = [
  ['y', 'apply the fix'],
  ['n', 'skip this one'],
  ['1-9', 'apply that suggestion'],
  ['e', 'type a replacement for the marked text (Enter accepts, Esc cancels)'],
  ['w', "add the word to the config's words"],
  ['a', 'apply every remaining fix of this rule in this file'],
  ['d', 'skip the rest of this file'],
  ['u', 'undo the last answer'],
  ['q', 'quit, keeping what was accepted'],
  ['?', 'this help'],
];

/** `[y,n,1-3,e,q,?]`: the keys on offer, the digits folded into a range. */
export function keyList(keys: readonly string[]): string {
  const digits = keys.filter((k) => /^[1-9]$/.test(k));
  const shown: string[] = [];
  for (const key of keys) {
    if (!/^[1-9]$/.test(key)) shown.push(key);
    else if (key === digits[0]) shown.push(digits.length === 1 ? key : `${key}-${digits[digits.length - 1]}`);
  }
  return `[${shown.join(',')}]`;
}

export function helpText(offered: readonly string[], c: ChalkInstance): string[] {
  return KEY_HELP.map(([key, text]) => {
    const available = key === '1-9' ? offered.some((k) => /^[1-9]$/.test(k)) : offered.includes(key);
    const line = `  ${key.padEnd(4)} ${text}`;
    return available ? line : c.dim(`${line} (not here)`);
  });
}

/** Offset of the end of a 1-based line, before its "\n" or "\r\n". */
function endOfLine(doc: Document, line: number): number {
  const next = doc.lineStarts[line];
  if (next === undefined) return doc.text.length;
  return doc.text.charCodeAt(next - 2) === 0x0d ? next - 2 : next - 1;
}

/** A removal and an insertion are framed so the diff reads without colour; line breaks show as ⏎. */
function framed(part: Part): string {
  const text = part.text.replace(/\r?\n/g, '⏎');
  if (part.kind === 'del') return `[-${text}-]`;
  if (part.kind === 'ins') return `{+${text}+}`;
  return text;
}

function style(kind: PartKind, c: ChalkInstance): (text: string) => string {
  if (kind === 'del') return c.red;
  if (kind === 'ins') return c.green;
  return c.red.bold;
}
