// One finding per line, grep- and editor-friendly: `path:line:col: severity message [rule]`.
// A JSONL record is named as `path#record`; line and column are then inside the record's text.
import { displayPath } from '../run.js';
import type { Reporter } from './types.js';

export const compact: Reporter = (results, ctx) => {
  const lines: string[] = [];
  let total = 0;
  for (const result of results) {
    const file = displayPath(result.filePath, ctx.cwd);
    for (const f of result.messages) {
      total++;
      const where = f.record !== undefined ? `${file}#${f.record}` : file;
      lines.push(`${where}:${f.line}:${f.column}: ${f.severity === 'error' ? 'error' : 'warning'} ${oneLine(f.message)} [${f.ruleId}]`);
    }
  }
  if (total > 0) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
