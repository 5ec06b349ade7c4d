// How one spelling was typed for another: the edits between them (optimal string alignment, so two
// swapped letters are one edit), and whether each is a slip of the fingers on a QWERTY keyboard.
// Reuters' own misspellings of names (reut2-*.sgm) are nearly all such slips: "Toyko" for Tokyo,
// "Bennetton", "Misssissippi", "Eqypt"; the real names one letter apart are not: Asia/Asta,
// Arab/Arap, Iran/Ivan, Saab/Saad, Mario/Marin. In short names only slips count (see name-variants.ts).

export type EditKind = 'swap' | 'substitute' | 'insert' | 'omit';

export interface TypingEdit {
  kind: EditKind;
  /** Whether a finger could have made it: a neighbouring key, a doubled or dropped double letter, a swap. */
  slip: boolean;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOUR_KEYS = neighbourKeys(KEYBOARD_ROWS);
const MARKS = /\p{M}+/gu;

/** The edits that turn `meant` into `typed` (both NFC, lower case), fewest first; [] when they are equal. */
export function typingEdits(typed: string, meant: string): TypingEdit[] {
  const a = [...typed];
  const b = [...meant];
  const cost = alignmentCosts(a, b);
  const edits: TypingEdit[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i][j];
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === cost[i - 1][j - 1]) {
      i--;
      j--;
    } else if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && here === cost[i - 2][j - 2] + 1) {
      edits.push({ kind: 'swap', slip: true });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && here === cost[i - 1][j - 1] + 1) {
      edits.push({ kind: 'substitute', slip: areNeighbourKeys(a[i - 1], b[j - 1]) || bareLetter(a[i - 1]) === bareLetter(b[j - 1]) });
      i--;
      j--;
    } else if (i > 0 && here === cost[i - 1][j] + 1) {
      // A letter too many: the same letter again, or a key beside one of its neighbours.
      const letter = a[i - 1];
      const slip = [a[i - 2], a[i]].some((next) => next !== undefined && (next === letter || areNeighbourKeys(next, letter)));
      edits.push({ kind: 'insert', slip });
      i--;
    } else {
      // A letter missing: one of a double letter.
      const letter = b[j - 1];
      edits.push({ kind: 'omit', slip: b[j - 2] === letter || b[j] === letter });
      j--;
    }
  }
  return edits;
}

/** The optimal-string-alignment cost table of a against b. */
function alignmentCosts(a: readonly string[], b: readonly string[]): number[][] {
  const cost: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    cost.push(row);
  }
  for (let j = 0; j <= b.length; j++) cost[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1, cost[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, cost[i - 2][j - 2] + 1);
      cost[i][j] = best;
    }
  }
  return cost;
}

function areNeighbourKeys(x: string, y: string): boolean {
  return NEIGHBOUR_KEYS.get(bareLetter(x))?.has(bareLetter(y)) ?? false;
}

function bareLetter(letter: string): string {
  return letter.normalize('NFD').replace(MARKS, '');
}

/** Keys beside each other on the same row, or touching on the row above or below (rows are staggered). */
function neighbourKeys(rows: readonly string[]): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  rows.forEach((row, r) => {
    [...row].forEach((key, i) => {
      const near = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r - 1]?.[i + 1], rows[r + 1]?.[i - 1], rows[r + 1]?.[i]];
      neighbours.set(key, new Set(near.filter((k): k is string => k !== undefined)));
    });
  });
  return neighbours;
}

/** How many letters at the end of a word an ending is: "Minero", "Antibioticos", "Urbana". */
const ENDING_LENGTH = 2;

export type Slip = 'swap' | 'doubled' | 'dropped' | 'added' | 'replaced' | 'at-end';

/**
 * What kind of slip turns `correction` into `word` (one edit apart, first letters equal). A letter
 * added or dropped in the last two is how names differ from words ("Robusta", "Antibioticos") and
 * one letter replaced by another how names differ from names ("Salomon", "Solomon"; "Mulford",
 * "Milford"), so those count for little; swapped, doubled and dropped letters are how hands slip.
 */
export function slipOf(word: string, correction: string): Slip {
  if (word.length === correction.length) {
    let i = 0;
    while (word[i] === correction[i]) i++;
    return word[i] === correction[i + 1] && word[i + 1] === correction[i] && word.slice(i + 2) === correction.slice(i + 2)
      ? 'swap'
      : 'replaced';
  }
  const longer = word.length > correction.length ? word : correction;
  let i = 0;
  while (i < longer.length - 1 && word[i] === correction[i]) i++;
  if (i >= longer.length - ENDING_LENGTH) return 'at-end';
  if (longer === word) return word[i] === word[i - 1] || word[i] === word[i + 1] ? 'doubled' : 'added';
  return 'dropped';
}
