// One finding per line, grep- and editor-friendly: `path:line:col: severity message [rule]`.
// A finding in a JSONL record is placed at the record's line, column 1, so an editor's jump lands on
// the record; the place inside the record's text follows the message, `(record text 2:6)`.
// Control characters in a file name are shown as <U+001B>, as in the text: a name cannot drive the terminal.
import { displayPath } from '../results/index.js';
import { jsonPosition, recordNote } from './positions.js';
import { showInvisible } from './show-invisible.js';
import type { Reporter } from './types.js';

export const compact: Reporter = (results, ctx) => {
  const lines: string[] = [];
  let total = 0;
  for (const result of results) {
    const file = showInvisible(displayPath(result.filePath, ctx.cwd));
    for (const f of result.messages) {
      total++;
      const { line, column } = jsonPosition(f);
      const message = showInvisible(oneLine(f.message + recordNote(f)));
      lines.push(`${file}:${line}:${column}: ${f.severity === 'error' ? 'error' : 'warning'} ${message} [${f.ruleId}]`);
    }
  }
  if (total > 0) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
