// The `e` prompt: a one-line editor on the session's raw key presses, pre-filled with the marked text.
// Enter accepts, Esc cancels, Ctrl-C interrupts the session; arrows, Home/End (Ctrl-A/Ctrl-E),
// Backspace, Delete and Ctrl-U (delete to the start) edit. The text is drawn with invisible characters
// made visible and scrolls sideways when it is wider than the terminal.
import { toCells, type Cell } from '../reporters/show-invisible.js';
import { INTERRUPT, type Key, type KeyReader } from './keys.js';

export type LineResult = { kind: 'accept'; text: string } | { kind: 'cancel' } | { kind: 'interrupt' };

const CONTROL = /\p{Cc}/u;

export async function editLine(keys: KeyReader, out: NodeJS.WriteStream, prompt: string, initial: string): Promise<LineResult> {
  const chars = [...initial];
  let cursor = chars.length;
  let scroll = 0;
  const promptWidth = [...prompt].length;
  const draw = () => {
    const cells = toCells(chars.join(''));
    const room = Math.max(1, (out.columns || 80) - promptWidth - 1);
    scroll = Math.min(scroll, cursor);
    while (scroll < cursor && widthOf(cells, scroll, cursor) >= room) scroll++;
    let last = scroll;
    while (last < cells.length && widthOf(cells, scroll, last + 1) < room) last++;
    const visible = cells
      .slice(scroll, last)
      .map((cell) => cell.shown)
      .join('');
    const column = promptWidth + widthOf(cells, scroll, cursor);
    out.write(`\r\x1b[2K${prompt}${visible}\r${column > 0 ? `\x1b[${column}C` : ''}`);
  };
  draw();
  for (;;) {
    const key = await keys.next();
    if (key === INTERRUPT) return finish(out, { kind: 'interrupt' });
    if (key.name === 'return' || key.name === 'enter') return finish(out, { kind: 'accept', text: chars.join('') });
    if (key.name === 'escape') return finish(out, { kind: 'cancel' });
    const edit = editFor(key);
    if (edit === 'backspace' && cursor > 0) chars.splice(--cursor, 1);
    else if (edit === 'delete') chars.splice(cursor, 1);
    else if (edit === 'left') cursor = Math.max(0, cursor - 1);
    else if (edit === 'right') cursor = Math.min(chars.length, cursor + 1);
    else if (edit === 'home') cursor = 0;
    else if (edit === 'end') cursor = chars.length;
    else if (edit === 'kill') {
      chars.splice(0, cursor);
      cursor = 0;
    } else if (edit === 'insert') {
      const typed = [...key.sequence];
      chars.splice(cursor, 0, ...typed);
      cursor += typed.length;
    }
    draw();
  }
}

type Edit = 'backspace' | 'delete' | 'left' | 'right' | 'home' | 'end' | 'kill' | 'insert' | 'none';

function editFor(key: Key): Edit {
  if (key.ctrl)
    return (
      ({ a: 'home', e: 'end', u: 'kill', b: 'left', f: 'right', h: 'backspace', d: 'delete' } as Record<string, Edit>)[key.name] ?? 'none'
    );
  if (['backspace', 'delete', 'left', 'right', 'home', 'end'].includes(key.name)) return key.name as Edit;
  if (key.meta || !key.sequence || CONTROL.test(key.sequence)) return 'none';
  return 'insert';
}

function finish(out: NodeJS.WriteStream, result: LineResult): LineResult {
  out.write('\n');
  return result;
}

function widthOf(cells: readonly Cell[], from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += cells[i].width;
  return width;
}
