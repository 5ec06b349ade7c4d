// The capitalised words of a whole run, counted per spelling, for the name-variant rule. Documents
// are gone by the time the rule decides, so each spelling keeps its counts and, while it is still rare
// enough to be reported, the places it stands (with lines and columns); never the texts.
import { isAsciiDictionaryWord, isDictionaryWord } from '../spelling/dictionary.js';
import { caseShape, isPartOfIdentifier, wordWithoutClitic } from '../spelling/word-context.js';
import { WordSpans } from '../text/word-spans.js';
import { hasFormatCharacter } from '../text/words.js';
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
  /** The words of a name written beside it at those places, as written after their side ("<Janney", ">Scott"), while places are kept. */
  neighbours?: string[];
}

export interface NameFormLimits {
  /** A spelling in more documents than this is no slip, and its places are dropped. */
  maxRareDocuments: number;
  /** The most places kept of one spelling. */
  maxPlaces: number;
}

// Shorter capitalised words are initials, titles and syllables of Asian names (Le, Li, Ho); a slip in
// them cannot be told from another name.
const MIN_NAME_LENGTH = 4;
const MAX_NAME_LENGTH = 40;
const UPPER_CASE_START = /^[\p{Lu}\p{Lt}]/u;
const DIGIT = /\p{Nd}/u;
// "ROMs", "GmbH", "TEXTs": abbreviations, not names (McDonald and LeBaron have one capital at a time).
const CAPITALS_IN_A_ROW = /\p{Lu}\p{Lu}/u;
const ENGLISH_LETTERS = /^[a-z]+$/;

export interface NameFormCounts {
  forms: Map<string, NameForm>;
  documents: number;
  /**
   * How often each spelling stands beside each capitalised word of the same name, keyed by
   * contextKey(): "Donaldson" before "Lufkin" six times, "Janney" before "Montgomery" three. A rare
   * spelling in the same company as a frequent one is a slip for it: "Donaldsen Lufkin".
   */
  contexts: Map<string, number>;
}

export function emptyNameFormCounts(): NameFormCounts {
  return { forms: new Map(), documents: 0, contexts: new Map() };
}

/**
 * The key of a spelling beside a neighbour: the spelling, a tab, the side ("<" the neighbour comes
 * first, ">" after) and the neighbour in lower case.
 */
export function contextKey(formKey: string, neighbour: string): string {
  return `${formKey}\t${neighbour}`;
}

// A corpus of millions of names stops counting new pairs here (about 100 MB), keeping those it has.
const MAX_CONTEXTS = 1_000_000;
// The neighbours kept for one rare spelling.
const MAX_NEIGHBOURS = 16;
// Between two words of one name: a space, a comma ("Donaldson, Lufkin and Jenrette"), a hyphen, an
// ampersand, and at most one particle ("Petroleos de Venezuela", "Chicago Board of Trade").
const NAME_GAP = /^(?:, | | ?[-&] ?)(?:(?:de|del|da|di|do|dos|du|des|la|le|van|von|der|den|of) )?$/;
const MAX_NAME_GAP = 8;

/** Counts the capitalised words no dictionary knows in `doc`. */
const words = new WordSpans();

export function countNameForms(counts: NameFormCounts, doc: Document, limits: NameFormLimits): void {
  const serial = ++counts.documents;
  const { text } = doc;
  for (const paragraph of doc.paragraphs) {
    words.reset(text, paragraph.start, paragraph.end);
    // The last capitalised word, and the last name form (to count the word after it), as offsets.
    let capitalStart = -1;
    let capitalEnd = -1;
    let pending: NameForm | undefined;
    let pendingEnd = -1;
    while (words.next()) {
      // Only capitalised words can be name forms: a word opening in an ASCII small letter or digit,
      // or a capitalised dictionary word ("The"), is passed over without a string being made.
      const first = text.charCodeAt(words.start);
      if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) continue;
      const previousCapitalStart = capitalStart;
      const previousCapitalEnd = capitalEnd;
      capitalStart = words.start;
      capitalEnd = words.end;
      if (pending && isNameGap(text, pendingEnd, words.start)) countContext(counts, pending, `>${neighbourOf(text, words.start, words.end)}`);
      pending = undefined;
      if (isAsciiDictionaryWord(text, words.start, words.end)) continue;
      const token = { text: text.slice(words.start, words.end), start: words.start, end: words.end };
      const word = nameWordOf(text, token.text, token.start, token.end);
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
      if (form.places && form.places.length < limits.maxPlaces) form.places.push(placeOf(doc, token.start, token.start + word.length));
      if (!form.places) form.neighbours = undefined;
      if (previousCapitalStart >= 0 && isNameGap(text, previousCapitalEnd, token.start)) {
        countContext(counts, form, `<${neighbourOf(text, previousCapitalStart, previousCapitalEnd)}`);
      }
      // A possessive ends the name: "Donaldson's Lufkin unit" pairs nothing.
      if (token.start + word.length === token.end) {
        pending = form;
        pendingEnd = token.end;
      }
    }
  }
}

function isNameGap(text: string, from: number, to: number): boolean {
  return to - from <= MAX_NAME_GAP && NAME_GAP.test(text.slice(from, to));
}

/** A neighbour as written, without a possessive. */
function neighbourOf(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return wordWithoutClitic(word) ?? word;
}

/** Counts `form` beside `neighbour` (a side and the word as written); a rare form also keeps it as written. */
function countContext(counts: NameFormCounts, form: NameForm, neighbour: string): void {
  const key = contextKey(form.key, neighbour.toLowerCase());
  const count = counts.contexts.get(key);
  if (count !== undefined) counts.contexts.set(key, count + 1);
  else if (counts.contexts.size < MAX_CONTEXTS) counts.contexts.set(key, 1);
  if (form.places && !form.neighbours?.includes(neighbour)) {
    form.neighbours ??= [];
    if (form.neighbours.length < MAX_NEIGHBOURS) form.neighbours.push(copyOf(neighbour));
  }
}

/** The capitalised word a token stands for (without a possessive), or undefined when it is none. */
function nameWordOf(text: string, token: string, start: number, end: number): string | undefined {
  if (token.length < MIN_NAME_LENGTH || token.length > MAX_NAME_LENGTH || !UPPER_CASE_START.test(token)) return undefined;
  const shape = caseShape(token);
  if (shape === 'upper' || shape === 'lower' || (shape === 'mixed' && CAPITALS_IN_A_ROW.test(token))) return undefined;
  if (DIGIT.test(token) || hasFormatCharacter(token) || isPartOfIdentifier(text, start, end)) return undefined;
  const word = wordWithoutClitic(token);
  return word !== undefined && word.length >= MIN_NAME_LENGTH ? word : undefined;
}

/**
 * A copy of a word that does not keep its document alive: V8 may represent a slice of 13 or more
 * characters as a view into the whole text.
 */
function copyOf(word: string): string {
  return Array.from(word).join('');
}

function placeOf(doc: Document, start: number, end: number): Place {
  const from = doc.positionAt(start);
  const to = doc.positionAt(end);
  const place: Place = { path: doc.path, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (doc.record !== undefined) place.record = doc.record;
  return place;
}
