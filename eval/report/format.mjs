// Shared formatting for the quality report: Markdown and text tables, excerpts with invisible
// characters shown, ratios with the counts behind them, grouping.

const CONTEXT_CHARS = 50;
const CELL_CHARS = 90;

/** The finding's line around it, the flagged part in «…», invisible characters shown as <U+XXXX>. */
export function excerpt(text, { start, end }) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const from = Math.max(lineStart, start - CONTEXT_CHARS);
  const to = Math.min(lineEnd, Math.max(end, start + 1) + CONTEXT_CHARS);
  const flagged =
    end - start > 2 * CONTEXT_CHARS ? `${text.slice(start, start + CONTEXT_CHARS)} … ${text.slice(end - 20, end)}` : text.slice(start, end);
  return `${from > lineStart ? '…' : ''}${showInvisible(text.slice(from, start))}«${showInvisible(flagged)}»${showInvisible(text.slice(end, to))}${to < lineEnd ? '…' : ''}`;
}

const INVISIBLE_OR_CONFUSABLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Mn}\u00a0\u2000-\u200a\u202f\u205f\u3000\uff00-\uffef\u{1d400}-\u{1d7ff}]|(?<=\p{Script=Latin})[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}](?=\p{Script=Latin})/gu;

export function showInvisible(text) {
  return text
    .replace(/\n/g, '⏎')
    .replace(INVISIBLE_OR_CONFUSABLE, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function clip(text) {
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
}

export function code(text) {
  const shown = showInvisible(clip(text)).replace(/\|/g, '\\|');
  return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}

export function cell(text) {
  return text.replace(/\|/g, '\\|');
}

export function fixed(ratio) {
  return ratio.toFixed(2);
}

export function per10k(count, words) {
  return ((count / words) * 10000).toFixed(1);
}

export function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

export function countBy(items, keyOf) {
  return new Map([...groupBy(items, keyOf)].map(([key, group]) => [key, group.length]));
}

export function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((value, i) => value.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** `0.95 (19/20)`, or `—` when there is nothing to divide. */
export function ratio(part, whole) {
  return whole ? `${fixed(part / whole)} (${part}/${whole})` : '—';
}
