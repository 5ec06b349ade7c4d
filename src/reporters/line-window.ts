// Fits a line into a terminal's width around the part a finding points at, for the stylish report and
// the interactive session alike: the focus stays in view (a very long focus keeps its start and end),
// the text around it is cut with "…", and widths are counted in terminal cells (CJK takes two), so
// the caller can put carets under the focus.
import { toCells, type Cell } from './show-invisible.js';

/** Context kept on each side of a span before windowing: more than any terminal shows. */
const CONTEXT_LIMIT = 1000;
/** The least room a long span leaves for the text around it, so it is seen where it stands. */
const MIN_CONTEXT = 20;
const ELLIPSIS: Cell = { shown: '…', width: 1 };

/** A piece of the focus: its text, and how to colour it once it has been fitted. */
export interface FocusPart {
  text: string;
  paint: (text: string) => string;
}

export interface WindowedLine {
  /** The printable line, coloured. */
  text: string;
  /** Terminal cells before the focus parts, and their width: where carets go. */
  focusColumn: number;
  focusWidth: number;
}

/**
 * Fits `before`, the focus parts and `after` (all on one line) into `width` cells. `cut` says that
 * the text given is itself already cut from a longer line on that side (an excerpt), so "…" shows.
 */
export function windowLine(
  before: string,
  focus: readonly FocusPart[],
  after: string,
  width: number,
  cut: { before?: boolean; after?: boolean } = {},
): WindowedLine {
  const cutBefore = Boolean(cut.before) || before.length > CONTEXT_LIMIT;
  const cutAfter = Boolean(cut.after) || after.length > CONTEXT_LIMIT;
  const beforeCells = toCells(before.length > CONTEXT_LIMIT ? before.slice(-CONTEXT_LIMIT) : before);
  const afterCells = toCells(after.length > CONTEXT_LIMIT ? after.slice(0, CONTEXT_LIMIT) : after);
  const focusBudget = Math.max(focus.length * 5, width - MIN_CONTEXT);
  const parts = focus.map((part) => ({ paint: part.paint, cells: shorten(toCells(part.text), Math.floor(focusBudget / focus.length)) }));
  const focusWidth = parts.reduce((n, part) => n + widthOf(part.cells), 0);

  const room = Math.max(0, width - focusWidth);
  const leftBudget = Math.max(Math.ceil(room / 2), room - widthOf(afterCells));
  const left = takeRight(beforeCells, leftBudget, cutBefore);
  const right = takeLeft(afterCells, room - widthOf(left), cutAfter);

  const painted = parts.map((part) => part.paint(join(part.cells))).join('');
  return { text: join(left) + painted + join(right), focusColumn: widthOf(left), focusWidth };
}

/** A span too long for the window keeps its start and end: "Hai Phong (VNA) – …the end./." */
function shorten(cells: Cell[], width: number): Cell[] {
  if (widthOf(cells) <= width) return cells;
  const head = takeLeft(cells, Math.ceil((width - 1) / 2), false);
  const tail = takeRight(cells, width - 1 - widthOf(head), false);
  return [...head.filter((cell) => cell !== ELLIPSIS), ELLIPSIS, ...tail.filter((cell) => cell !== ELLIPSIS)];
}

function takeLeft(cells: readonly Cell[], width: number, cutAlready: boolean): Cell[] {
  let used = 0;
  let i = 0;
  while (i < cells.length && used + cells[i].width <= width) used += cells[i++].width;
  if (i === cells.length && !cutAlready) return cells.slice();
  if (width < 1) return [];
  while (i > 0 && used + 1 > width) used -= cells[--i].width;
  return [...cells.slice(0, i), ELLIPSIS];
}

function takeRight(cells: readonly Cell[], width: number, cutAlready: boolean): Cell[] {
  let used = 0;
  let i = cells.length;
  while (i > 0 && used + cells[i - 1].width <= width) used += cells[--i].width;
  if (i === 0 && !cutAlready) return cells.slice();
  if (width < 1) return [];
  while (i < cells.length && used + 1 > width) used -= cells[i++].width;
  return [ELLIPSIS, ...cells.slice(i)];
}

function widthOf(cells: readonly Cell[]): number {
  return cells.reduce((n, cell) => n + cell.width, 0);
}

function join(cells: readonly Cell[]): string {
  return cells.map((cell) => cell.shown).join('');
}
