// The capitalised words of a whole run, counted per spelling, for the name-variant rule. Documents
// are gone by the time the rule decides, so each spelling keeps its counts and, while it is still rare
// enough to be reported, the places it stands (with lines and columns); never the texts. The run also
// counts which capitalised word stands beside which spelling ("Donaldson" before "Lufkin"), so that
// a rare spelling in the company of a frequent one can be told a slip for it.
import { isAsciiDictionaryWord, isDictionaryWord } from '../spelling/dictionary.js';
import { caseShape, isPartOfIdentifier, wordWithoutClitic } from '../spelling/word-context.js';
import { HAS_DIGIT } from '../text/char-classes.js';
import { hasInvisibleCharacter, offsetInText, readWord } from '../text/words.js';
import type { CorpusReport, Document } from '../types.js';

/** Where one occurrence of a spelling stands. */
/** Where a form was seen: the position fields of a corpus rule's report (src/types.ts). */
export type Place = Pick<CorpusReport, 'path' | 'record' | 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn'>;

/** One spelling of a capitalised word no dictionary knows. */
export interface NameForm {
  /** NFC and lower case: spellings are compared by this. */
  readonly key: string;
  /** The spelling as first written. */
  readonly spelling: string;
  /** How many times it was written, capitalised. */
  count: number;
  /** How many documents it was written in. */
  documents: number;
  /** The serial number of the last document it was seen in. */
  lastDocument: number;
  /** Its first places, while it is in few enough documents to be reported; null after that. */
  places: Place[] | null;
  /**
   * How often each capitalised word, in lower case, stands right before it and right after it:
   * "janney" 3 before and "scott" 3 after "Montgomery". A rare spelling in the same company as a
   * frequent one is a slip for it: "Janney Montgomey Scott".
   */
  before?: Map<string, number>;
  after?: Map<string, number>;
  /** Those words as written at its places, while places are kept (for the rule and its message). */
  neighbours?: Neighbour[];
}

export const BEFORE = 0;
export const AFTER = 1;
export type Side = typeof BEFORE | typeof AFTER;

export interface Neighbour {
  side: Side;
  word: string;
}

export interface NameFormLimits {
  /** A spelling in more documents than this is no slip, and its places are dropped. */
  maxRareDocuments: number;
  /** The most places kept of one spelling. */
  maxPlaces: number;
  /**
   * Count a word with invisible characters inside as it reads without them; otherwise it is left out
   * (stray-unicode reports it, and its clean spelling is counted once that is fixed).
   */
  readInvisible: boolean;
}

// Shorter capitalised words are initials, titles and syllables of Asian names (Le, Li, Ho); a slip in
// them cannot be told from another name.
const MIN_NAME_LENGTH = 4;
const MAX_NAME_LENGTH = 40;
const UPPER_CASE_START = /^[\p{Lu}\p{Lt}]/u;
// "ROMs", "GmbH", "TEXTs": abbreviations, not names (McDonald and LeBaron have one capital at a time).
const CAPITALS_IN_A_ROW = /\p{Lu}\p{Lu}/u;
const ENGLISH_LETTERS = /^[a-z]+$/;

export interface NameFormCounts {
  forms: Map<string, NameForm>;
  documents: number;
  /** How many (spelling, neighbour) pairs the forms' `before` and `after` maps hold. */
  pairs: number;
  /** The neighbours' keys, each stored once (see `internedWord`). */
  words: Map<string, string>;
}

export function emptyNameFormCounts(): NameFormCounts {
  return { forms: new Map(), documents: 0, pairs: 0, words: new Map() };
}

// A corpus of millions of names stops counting new pairs here, keeping those it has: 600,000 pairs
// took 81 MB with their spellings in a synthetic worst case (docs/rules/name-variant.md).
export const MAX_PAIRS = 1_000_000;
// The neighbours kept for one rare spelling.
export const MAX_NEIGHBOURS = 16;
// Between two words of one name: a space, a comma ("Donaldson, Lufkin and Jenrette"), a hyphen, an
// ampersand, and at most one particle ("Petroleos de Venezuela", "Chicago Board of Trade").
const NAME_GAP = /^(?:, | | ?[-&] ?)(?:(?:de|del|da|di|do|dos|du|des|la|le|van|von|der|den|of) )?$/;
const MAX_NAME_GAP = 8;

/** Counts the capitalised words no dictionary knows in `doc`, and the capitalised words beside them. */
export function countNameForms(counts: NameFormCounts, doc: Document, limits: NameFormLimits): void {
  const serial = ++counts.documents;
  const { text, words } = doc;
  const { starts, ends } = words;
  for (const paragraph of doc.paragraphs) {
    // The last capitalised word, and the last name form (to count the word after it), as offsets.
    let capitalStart = -1;
    let capitalEnd = -1;
    let pending: NameForm | undefined;
    let pendingEnd = -1;
    for (let k = words.indexAtOrAfter(paragraph.start); k < words.count && starts[k] < paragraph.end; k++) {
      const wordStart = starts[k];
      const wordEnd = ends[k];
      // Only capitalised words can be name forms: a word opening in an ASCII small letter or digit,
      // or a capitalised dictionary word ("The"), is passed over without a string being made.
      const first = text.charCodeAt(wordStart);
      if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) continue;
      const previousCapitalStart = capitalStart;
      const previousCapitalEnd = capitalEnd;
      capitalStart = wordStart;
      capitalEnd = wordEnd;
      if (pending && isNameGap(text, pendingEnd, wordStart)) countContext(counts, pending, AFTER, neighbourOf(text, wordStart, wordEnd));
      pending = undefined;
      if (isAsciiDictionaryWord(text, wordStart, wordEnd)) continue;
      const token = { text: text.slice(wordStart, wordEnd), start: wordStart, end: wordEnd };
      const word = nameWordOf(text, token.text, token.start, token.end, limits.readInvisible);
      if (word === undefined) continue;
      const key = word.normalize('NFC').toLowerCase();
      let form = counts.forms.get(key);
      if (!form) {
        if (ENGLISH_LETTERS.test(key) && isDictionaryWord(key)) continue;
        form = { key, spelling: copyOf(word), count: 0, documents: 0, lastDocument: 0, places: [] };
        counts.forms.set(key, form);
      }
      form.count++;
      if (form.lastDocument !== serial) {
        form.lastDocument = serial;
        form.documents++;
        if (form.documents > limits.maxRareDocuments) form.places = null;
      }
      if (form.places && form.places.length < limits.maxPlaces) {
        form.places.push(placeOf(doc, token.start, offsetInText(text, token.start, word.length)));
      }
      if (!form.places) form.neighbours = undefined;
      if (previousCapitalStart >= 0 && isNameGap(text, previousCapitalEnd, token.start)) {
        countContext(counts, form, BEFORE, neighbourOf(text, previousCapitalStart, previousCapitalEnd));
      }
      // A possessive ends the name: "Donaldson's Lufkin unit" pairs nothing.
      if (offsetInText(text, token.start, word.length) === token.end) {
        pending = form;
        pendingEnd = token.end;
      }
    }
  }
}

function isNameGap(text: string, from: number, to: number): boolean {
  // Most gaps are one space; the pattern is for the rest.
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 0x20 || c === 0x2d || c === 0x26;
  }
  return to - from <= MAX_NAME_GAP && NAME_GAP.test(text.slice(from, to));
}

const APOSTROPHE = /['’]/;

/**
 * One string per distinct neighbour for the whole run, of its own: the same word beside a thousand
 * names is stored once, and a key that `toLowerCase` left as it was (a slice of the text) does not keep
 * its document alive.
 */
function internedWord(counts: NameFormCounts, word: string): string {
  let interned = counts.words.get(word);
  if (interned === undefined) {
    interned = copyOf(word);
    counts.words.set(interned, interned);
  }
  return interned;
}

/** A neighbour as written, without a possessive. */
function neighbourOf(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return APOSTROPHE.test(word) ? (wordWithoutClitic(word) ?? word) : word;
}

/** Counts `form` beside `neighbour` (as written) on a side; a rare form also keeps a new one as written. */
function countContext(counts: NameFormCounts, form: NameForm, side: Side, neighbour: string): void {
  // In lower case: "Montedison SpA" and "Montedison SPA" are one company.
  const key = neighbour.toLowerCase();
  const beside = side === BEFORE ? (form.before ??= new Map()) : (form.after ??= new Map());
  const count = beside.get(key);
  if (count !== undefined) {
    beside.set(key, count + 1);
    return;
  }
  if (counts.pairs >= MAX_PAIRS) return;
  beside.set(internedWord(counts, key), 1);
  counts.pairs++;
  const neighbours = form.places ? (form.neighbours ??= []) : undefined;
  if (neighbours && neighbours.length < MAX_NEIGHBOURS) neighbours.push({ side, word: copyOf(neighbour) });
}

/** The capitalised word a token stands for (without a possessive), or undefined when it is none. */
function nameWordOf(text: string, written: string, start: number, end: number, readInvisible: boolean): string | undefined {
  if (hasInvisibleCharacter(written) && !readInvisible) return undefined;
  const token = readWord(written);
  if (token.length < MIN_NAME_LENGTH || token.length > MAX_NAME_LENGTH || !UPPER_CASE_START.test(token)) return undefined;
  const shape = caseShape(token);
  if (shape === 'upper' || shape === 'lower' || (shape === 'mixed' && CAPITALS_IN_A_ROW.test(token))) return undefined;
  if (HAS_DIGIT.test(token) || isPartOfIdentifier(text, start, end)) return undefined;
  const word = wordWithoutClitic(token);
  return word !== undefined && word.length >= MIN_NAME_LENGTH ? word : undefined;
}

/**
 * A copy of a word that does not keep its document alive: V8 may represent a slice of 13 or more
 * characters as a view into the whole text.
 */
function copyOf(word: string): string {
  return word.length < MIN_SLICED_STRING_LENGTH ? word : Array.from(word).join('');
}

/** V8 copies a shorter slice of a string anyway. */
const MIN_SLICED_STRING_LENGTH = 13;

function placeOf(doc: Document, start: number, end: number): Place {
  const from = doc.positionAt(start);
  const to = doc.positionAt(end);
  const place: Place = { path: doc.path, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (doc.record !== undefined) place.record = doc.record;
  return place;
}
