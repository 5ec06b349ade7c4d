// --format markdown: a summary for a pull-request comment or GitHub's job summary
// (`>> $GITHUB_STEP_SUMMARY`): findings per rule, the files with the most, then the first findings
// until the text nears GitHub's limit (65,536 characters for a comment; kept under 64 KiB in UTF-8
// bytes, which is under both), with a note saying how many were left out.
import { displayPath, flaggedText } from '../results/index.js';
import { countByRule, topFiles } from './summary.js';
import type { Reporter } from './types.js';

/** Bytes the whole summary may take, the closing note included. */
export const MARKDOWN_LIMIT = 64 * 1024;
/** Room kept for the note that says how many findings were left out. */
const NOTE_ROOM = 600;
const MAX_MESSAGE = 300;
const MAX_TEXT = 80;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

export const markdown: Reporter = (results, ctx) => {
  const rules = countByRule(results);
  const errors = rules.reduce((n, r) => n + r.errors, 0);
  const warnings = rules.reduce((n, r) => n + r.warnings, 0);
  const fixable = rules.reduce((n, r) => n + r.fixable, 0);
  const withFindings = results.filter((r) => r.messages.length > 0).length;
  const checked = results.filter((r) => !r.skipped).length;
  const skipped = results.length - checked;
  const out: string[] = [];
  const total = errors + warnings;
  out.push(
    total
      ? `## copydesk: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})` +
          ` in ${plural(withFindings, 'file')}`
      : '## copydesk: no problems',
    '',
    `${plural(checked, 'file')} checked${skipped ? `, ${plural(skipped, 'file')} not checked` : ''}.` +
      (fixable ? ` ${plural(fixable, 'finding')} can be fixed with \`copydesk fix\`.` : ''),
    '',
  );
  if (total === 0) return out.join('\n');
  out.push('| Rule | Errors | Warnings | Fixable |', '| :-- | --: | --: | --: |');
  for (const r of rules) out.push(`| ${cell(r.ruleId)} | ${count(r.errors)} | ${count(r.warnings)} | ${count(r.fixable)} |`);
  out.push(`| **total** | **${count(errors)}** | **${count(warnings)}** | **${count(fixable)}** |`, '');
  if (withFindings > 1) {
    out.push('**Files with the most findings**', '', '| Findings | File |', '| --: | :-- |');
    for (const f of topFiles(results)) out.push(`| ${count(f.errors + f.warnings)} | ${cell(displayPath(f.filePath, ctx.cwd))} |`);
    out.push('');
  }
  out.push('### Findings', '', '| Place | Severity | Rule | Message | Text |', '| :-- | :-- | :-- | :-- | :-- |');
  let bytes = Buffer.byteLength(out.join('\n'), 'utf8');
  let shown = 0;
  stop: for (const result of results) {
    const file = displayPath(result.filePath, ctx.cwd);
    for (const f of result.messages) {
      const flagged = flaggedText(result, f);
      const place = `${file}${f.record !== undefined ? `#${f.record}` : ''}:${f.line}:${f.column}`;
      const text = flagged?.text ? `<code>${cell(clip(flagged.text, MAX_TEXT))}</code>` : '';
      const severity = f.severity === 'error' ? 'error' : 'warning';
      const row = `| ${cell(place)} | ${severity} | ${cell(f.ruleId)} | ${cell(clip(f.message, MAX_MESSAGE))} | ${text} |`;
      const size = Buffer.byteLength(row, 'utf8') + 1;
      if (bytes + size > MARKDOWN_LIMIT - NOTE_ROOM) break stop;
      out.push(row);
      bytes += size;
      shown++;
    }
  }
  out.push('');
  if (shown < total) {
    out.push(
      `_${count(total - shown)} more finding${total - shown === 1 ? '' : 's'} not shown: this summary stops before GitHub's size limit. ` +
        'Run `copydesk check --format html <paths> > report.html` for a page with every finding._',
      '',
    );
  }
  return out.join('\n');
};

/**
 * Text for a table cell, shown as text: invisible characters spelled out (`<U+200B>`), HTML's `<`, `>`
 * and `&` as entities (GitHub renders HTML in comments), Markdown's marks escaped, `@` as an entity so
 * that a finding quoting "@someone" does not notify them, and line breaks (which end a table row) as ⏎.
 */
export function cell(value: string): string {
  return value
    .replace(/\r?\n/g, ' ⏎ ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/[&<>@]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = /[\uD800-\uDBFF]/.test(value[max - 1]) ? max - 1 : max;
  return `${value.slice(0, cut)}…`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
