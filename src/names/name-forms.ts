// The capitalised words of a whole run, counted per spelling, for the name-variant rule. Documents
// are gone by the time the rule decides, so each spelling keeps its counts and, while it is still rare
// enough to be reported, the places it stands (with lines and columns); never the texts. The run also
// counts which capitalised word stands beside which spelling ("Donaldson" before "Lufkin"), so that
// a rare spelling in the company of a frequent one can be told a slip for it.
import { isAsciiDictionaryWord, isDictionaryWord } from '../spelling/dictionary.js';
import { caseShape, isPartOfIdentifier, wordWithoutClitic } from '../spelling/word-context.js';
import { HAS_DIGIT } from '../text/char-classes.js';
import { hasInvisibleCharacter, offsetInText, readWord } from '../text/words.js';
import { defineSlot } from '../kernel/slots.js';
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

/**
 * Counts the capitalised words no dictionary knows in `doc`, and the capitalised words beside them.
 * `words`: the run's memo of what each capitalised token is (`CAPITALISED_WORDS`); one of its own if absent.
 */
export function countNameForms(
  counts: NameFormCounts,
  doc: Document,
  limits: NameFormLimits,
  words: CapitalisedWords = new CapitalisedWords(),
): void {
  const serial = ++counts.documents;
  const { text } = doc;
  const index = doc.words;
  const { starts, ends } = index;
  for (const paragraph of doc.paragraphs) {
    // The last capitalised word (what it is, and where it ends), and the last name form (to count the word after it).
    let capital: CapitalisedWord | undefined;
    let capitalEnd = -1;
    let pending: NameForm | undefined;
    let pendingEnd = -1;
    for (let k = index.indexAtOrAfter(paragraph.start); k < index.count && starts[k] < paragraph.end; k++) {
      const wordStart = starts[k];
      const wordEnd = ends[k];
      // Only capitalised words can be name forms: a word opening in an ASCII small letter or digit,
      // or a capitalised dictionary word ("The"), is passed over without a string being made.
      const first = text.charCodeAt(wordStart);
      if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) continue;
      const previousCapital = capital;
      const previousCapitalEnd = capitalEnd;
      // What the token is, known from its spelling (the memo's), bar the text around it.
      capital = words.of(text, wordStart, wordEnd, limits.readInvisible);
      capitalEnd = wordEnd;
      if (pending && isNameGap(text, pendingEnd, wordStart)) countContext(counts, pending, AFTER, capital);
      pending = undefined;
      const name = capital.name;
      if (name === null || isPartOfIdentifier(text, wordStart, wordEnd)) continue;
      const { key } = name;
      let form = counts.forms.get(key);
      if (!form) {
        form = { key, spelling: name.spelling, count: 0, documents: 0, lastDocument: 0, places: [] };
        counts.forms.set(key, form);
      }
      const nameEnd = wordStart + name.lengthInText;
      form.count++;
      if (form.lastDocument !== serial) {
        form.lastDocument = serial;
        form.documents++;
        if (form.documents > limits.maxRareDocuments) form.places = null;
      }
      if (form.places && form.places.length < limits.maxPlaces) form.places.push(placeOf(doc, wordStart, nameEnd));
      if (!form.places) form.neighbours = undefined;
      if (previousCapital && isNameGap(text, previousCapitalEnd, wordStart)) countContext(counts, form, BEFORE, previousCapital);
      // A possessive ends the name: "Donaldson's Lufkin unit" pairs nothing.
      if (nameEnd === wordEnd) {
        pending = form;
        pendingEnd = wordEnd;
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
function neighbourOf(word: string): string {
  return APOSTROPHE.test(word) ? (wordWithoutClitic(word) ?? word) : word;
}

/** Counts `form` beside a capitalised word on a side; a rare form also keeps a new one as written. */
function countContext(counts: NameFormCounts, form: NameForm, side: Side, capital: CapitalisedWord): void {
  const key = capital.neighbourKey;
  const neighbour = capital.neighbour;
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

/**
 * The capitalised word a token stands for (without a possessive), or undefined when it is none, bar the
 * text around it (`isPartOfIdentifier`, asked at each place).
 */
function nameWordOf(written: string, readInvisible: boolean): string | undefined {
  if (hasInvisibleCharacter(written) && !readInvisible) return undefined;
  const token = readWord(written);
  if (token.length < MIN_NAME_LENGTH || token.length > MAX_NAME_LENGTH || !UPPER_CASE_START.test(token)) return undefined;
  const shape = caseShape(token);
  if (shape === 'upper' || shape === 'lower' || (shape === 'mixed' && CAPITALS_IN_A_ROW.test(token))) return undefined;
  if (HAS_DIGIT.test(token)) return undefined;
  const word = wordWithoutClitic(token);
  return word !== undefined && word.length >= MIN_NAME_LENGTH ? word : undefined;
}

/** What a capitalised token is, from its spelling alone: the same wherever it stands. */
export interface CapitalisedWord {
  /** The token as written (a string of its own). */
  readonly written: string;
  /** As a neighbour: as written without a possessive, and that in lower case ("Montedison SpA" = "SPA"). */
  readonly neighbour: string;
  readonly neighbourKey: string;
  /** The name form it is, or null: a dictionary word, an abbreviation, too short… */
  readonly name: {
    /** NFC and lower case. */
    readonly key: string;
    /** The word without a possessive and invisible characters. */
    readonly spelling: string;
    /** Code units of the text the spelling takes from the token's start (invisible characters count). */
    readonly lengthInText: number;
  } | null;
}

/**
 * A run's memo of capitalised tokens (a slot, `CAPITALISED_WORDS`): news repeats its names and
 * capitalised words all the time, and a token found here costs a hash of its code units and one
 * comparison, where it cost a dictionary probe, a slice, case tests, NFC and lower-casing, and two
 * strings per neighbour. A pure function of the token's code units: what it answers never depends on
 * which documents filled it. Full, it answers the rest without keeping them.
 */
export class CapitalisedWords {
  private readonly slots: Int32Array;
  private readonly entries: CapitalisedWord[] = [];

  /** `maxWords`: how many tokens it remembers (a power of two; tests make it tiny to collide). */
  constructor(private readonly maxWords = MAX_MEMO_WORDS) {
    this.slots = new Int32Array(2 * maxWords).fill(-1);
  }

  /** Entries made with each `readInvisible` (it is the run's, but a caller may change it). */
  private readInvisible: boolean | undefined;

  of(text: string, start: number, end: number, readInvisible: boolean): CapitalisedWord {
    if (readInvisible !== this.readInvisible) this.clear(readInvisible);
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const { slots, entries } = this;
    const mask = slots.length - 1;
    const length = end - start;
    let slot = (h ^ (h >>> 15)) & mask;
    for (let id = slots[slot]; id !== -1; slot = (slot + 1) & mask, id = slots[slot]) {
      const { written } = entries[id];
      if (written.length !== length) continue;
      let i = 0;
      while (i < length && written.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return entries[id];
    }
    const entry = capitalisedWord(text, start, end, readInvisible);
    if (entries.length < this.maxWords) {
      slots[slot] = entries.length;
      entries.push(entry);
    }
    return entry;
  }

  private clear(readInvisible: boolean): void {
    this.slots.fill(-1);
    this.entries.length = 0;
    this.readInvisible = readInvisible;
  }
}

/** Distinct capitalised tokens a run remembers (in a table twice as large): a few MB. */
const MAX_MEMO_WORDS = 1 << 15;

export const CAPITALISED_WORDS = defineSlot('name-variant: what each capitalised token is', () => new CapitalisedWords());

function capitalisedWord(text: string, start: number, end: number, readInvisible: boolean): CapitalisedWord {
  const written = copyOf(text.slice(start, end));
  const neighbour = neighbourOf(written);
  // One object shape for every entry, a name or not.
  return { written, neighbour, neighbourKey: neighbour.toLowerCase(), name: nameOf(written, text, start, end, readInvisible) };
}

function nameOf(written: string, text: string, start: number, end: number, readInvisible: boolean): CapitalisedWord['name'] {
  if (isAsciiDictionaryWord(text, start, end)) return null;
  const word = nameWordOf(written, readInvisible);
  if (word === undefined) return null;
  const key = word.normalize('NFC').toLowerCase();
  if (ENGLISH_LETTERS.test(key) && isDictionaryWord(key)) return null;
  return { key, spelling: copyOf(word), lengthInText: offsetInText(text, start, word.length) - start };
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
