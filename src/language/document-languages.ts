// Which language a document is in, and each of its paragraphs: English-only rules judge only English
// text, and fix never changes a word outside it (the German "als" is not a slip for "also").
// A paragraph long enough to judge is English when it is dense in English function words (most English
// prose: no model needed), else what the model says when it is sure. Headlines, captions, bylines and
// anything else too short to judge, or that the model is unsure of (citations, lists of names), take
// the document's language: a few words are too little to go on. The document's language is the one
// most of its judged letters are in.
import markerData from '../../data/english-markers.json' with { type: 'json' };
import type { Paragraph } from '../types.js';
import { APOSTROPHE, classAt, LETTER, WORD_CHARACTER } from '../text/char-classes.js';
import { detectLanguage } from './detect-language.js';

/** Below this many letters a paragraph is not judged on its own: "Photo", "By Pam Belluck", "(Bild: Hersteller)". */
export const MIN_LETTERS_TO_JUDGE = 40;
/**
 * English prose has "the", "and", "that"… in one word of six or more, a name-heavy lead ("Deputy Prime Minister
 * Tran Hong Ha met with his visiting Russian counterpart…") one in eleven; a foreign text quoting "The New York
 * Times" has one in thirty. On the web pages, 0.07 lets through no more foreign paragraphs than 0.1 does.
 */
const MIN_MARKER_SHARE = 0.07;
const MIN_MARKERS = 2;
/**
 * A document too short to judge is taken to be English (most of a corpus is; the default `languages`)
 * unless the model puts another language this far ahead of English on its scores (0..1): "Das ist ein
 * Test." (de 0.83, en 0.51) and "Os professores chegaram." (pt 0.81, en 0.44) are not English;
 * "Petroleos de Venezuela agreed." (es 0.73, en 0.54) may be a story about the company.
 */
const SHORT_DOCUMENT_LEAD = 0.25;

export interface DocumentLanguages {
  /** ISO 639-1 code of the document's main language, or 'und' when it has no letters. */
  language: string;
  /** The language of the paragraph at `index` (the document's when the paragraph is too short to judge). */
  paragraphLanguage(index: number): string;
}

/** The markers (lower-case ASCII words) are compared as numbers: MARKER_KEYS below. */
const LONGEST_MARKER = Math.max(...markerData.words.map((word) => word.length));

export function findDocumentLanguages(text: string, paragraphs: readonly Paragraph[]): DocumentLanguages {
  // The cheap evidence first: letters, and English function words. The model (~0.2 ms a paragraph) runs
  // on a paragraph only when its answer is needed: when the paragraphs that are not plainly English could
  // outweigh the English ones, or when a rule asks for that paragraph's language.
  const count = paragraphs.length;
  const letterCounts = new Array<number>(count).fill(0);
  // null: too short to judge; 'en': plainly English; undefined: for the model (once asked, its answer).
  const guesses = new Array<string | null | undefined>(count);
  const judged = new Uint8Array(count);
  const evidence = { letters: 0, words: 0, markers: 0 };
  const judge = (i: number) => {
    if (judged[i]) return;
    judged[i] = 1;
    countEvidence(paragraphs[i].text, evidence);
    letterCounts[i] = evidence.letters;
    const plainlyEnglish = evidence.letters >= MIN_LETTERS_TO_JUDGE && isDenseInMarkers(evidence.markers, evidence.words, MIN_MARKERS);
    guesses[i] = evidence.letters < MIN_LETTERS_TO_JUDGE ? null : plainlyEnglish ? 'en' : undefined;
  };
  const guessAt = (i: number) => {
    judge(i);
    return guesses[i] === undefined ? (guesses[i] = modelGuess(paragraphs[i].text)) : guesses[i];
  };
  // English has more letters than all the rest could: the document is English whatever the model says of
  // them. A paragraph has no more letters than code units, so the paragraphs not read yet can outweigh the
  // English ones by at most their length: once they cannot, the rest is judged only when a rule asks.
  let unread = 0;
  for (const paragraph of paragraphs) unread += paragraph.text.length;
  let englishLetters = 0;
  let undecidedLetters = 0;
  let plainlyEnglishDocument = false;
  for (let i = 0; i < count && !plainlyEnglishDocument; i++) {
    judge(i);
    unread -= paragraphs[i].text.length;
    if (guesses[i] === 'en') englishLetters += letterCounts[i];
    else if (guesses[i] === undefined) undecidedLetters += letterCounts[i];
    plainlyEnglishDocument = englishLetters > undecidedLetters + unread;
  }
  let language = 'en';
  if (!plainlyEnglishDocument && englishLetters <= undecidedLetters) {
    const letters = new Map<string, number>();
    paragraphs.forEach((_, i) => {
      const guess = guessAt(i);
      if (guess) letters.set(guess, (letters.get(guess) ?? 0) + letterCounts[i]);
    });
    language = letters.size > 0 ? mostLetters(letters) : judgeShortDocument(text);
  }
  return { language, paragraphLanguage: (index) => guessAt(index) ?? language };
}

/** What the model says of a paragraph not plainly English, when it is sure; null when it takes the document's. */
function modelGuess(text: string): string | null {
  const guess = detectLanguage(text);
  return guess.reliable && guess.language !== 'und' ? guess.language : null;
}

/** A document with no paragraph long enough to judge: one English function word is enough ("Petroleos said so."). */
function judgeShortDocument(text: string): string {
  const evidence = countEvidence(text, { letters: 0, words: 0, markers: 0 });
  if (evidence.letters === 0) return 'und';
  if (isDenseInMarkers(evidence.markers, evidence.words, 1)) return 'en';
  const guess = detectLanguage(text);
  return guess.reliable && guess.language !== 'und' && guess.leadOverEnglish >= SHORT_DOCUMENT_LEAD ? guess.language : 'en';
}

/** Dense in English function words: at least `minMarkers` of them, and one word in fourteen. */
export function looksEnglish(text: string, minMarkers = MIN_MARKERS): boolean {
  const evidence = countEvidence(text, { letters: 0, words: 0, markers: 0 });
  return isDenseInMarkers(evidence.markers, evidence.words, minMarkers);
}

function isDenseInMarkers(markers: number, words: number, minMarkers: number): boolean {
  return markers >= minMarkers && markers >= words * MIN_MARKER_SHARE;
}

/** How many whole words of the text are markers. */
export function countEnglishMarkers(text: string): number {
  return countEvidence(text, { letters: 0, words: 0, markers: 0 }).markers;
}

/** What one pass over a text counts: its letters, its words (runs of non-space) and its marker words. */
export interface LanguageEvidence {
  letters: number;
  words: number;
  markers: number;
}

// What a code unit is to the count, as bits: white space, a counted letter, a character of a marker's run,
// and, for a unit that folds to an ASCII letter, that letter's number (1 for a … 26 for z) in the low bits.
// ASCII units read them from a table: this pass reads every code unit of every document.
const SPACE_BIT = 0x100;
const LETTER_BIT = 0x200;
/** Letters, marks, digits and apostrophes (' and ’): what a marker's run is made of. */
const RUN_BIT = 0x400;
const FOLDED_LETTER = 0x1f;
const ASCII_BITS = Uint16Array.from({ length: 0x80 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE_BIT;
  if (/[A-Za-z]/.test(char)) return LETTER_BIT | RUN_BIT | ((code | 0x20) - 0x60);
  return /[0-9']/.test(char) ? RUN_BIT : 0;
});
const KELVIN_SIGN = 0x212a;
const LONG_S = 0x17f;

/**
 * A run of at most LONGEST_MARKER letters as a number, five bits a letter: the markers are all ASCII
 * letters, so a run is compared with them without a string. Besides ASCII letters, only the Kelvin sign
 * (to k, by toLowerCase) and the long s (to s, by foldCase) fold to one. The keys sit in a small
 * open-addressed table (a Set's lookup cost more than the rest of the pass).
 */
const letterKey = (key: number, letter: number) => key * 32 + letter;
const MARKER_SLOTS = 256;
const markerSlot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 24;
const MARKER_TABLE = new Int32Array(MARKER_SLOTS).fill(-1);
for (const word of markerData.words) {
  const key = [...word].reduce((sum, char) => letterKey(sum, char.charCodeAt(0) - 0x60), 0);
  let slot = markerSlot(key);
  while (MARKER_TABLE[slot] !== -1) slot = (slot + 1) & (MARKER_SLOTS - 1);
  MARKER_TABLE[slot] = key;
}

function isMarkerKey(key: number): boolean {
  for (let slot = markerSlot(key); MARKER_TABLE[slot] !== -1; slot = (slot + 1) & (MARKER_SLOTS - 1)) {
    if (MARKER_TABLE[slot] === key) return true;
  }
  return false;
}

/** The bits of a code unit past ASCII. */
function nonAsciiBits(text: string, i: number, code: number): number {
  if (code === 0xa0) return SPACE_BIT;
  const cls = classAt(text, i);
  // Both halves of a surrogate pair take the pair's class: the letter is counted at its first half.
  let bits = cls === LETTER && (code < 0xdc00 || code > 0xdfff) ? LETTER_BIT : 0;
  if ((cls & (WORD_CHARACTER | APOSTROPHE)) !== 0) bits |= RUN_BIT;
  if (code === KELVIN_SIGN) bits |= 0x6b - 0x60;
  else if (code === LONG_S) bits |= 0x73 - 0x60;
  return bits;
}

/**
 * Letters (an astral letter counts once), words as runs of ASCII white space or NBSP, and the whole words
 * that are markers: maximal runs of letters, marks, digits and apostrophes that are a marker once
 * lower-cased, not "theory", "Anderson" or "thé". One pass, no string made. Fills and returns `out`.
 */
export function countEvidence(text: string, out: LanguageEvidence): LanguageEvidence {
  let letters = 0;
  let words = 0;
  let markers = 0;
  let inToken = 0;
  const length = text.length;
  let i = 0;
  // A marker's run never holds white space, so a run is read whole in an inner loop (within one word):
  // the loop's exit is the only branch that depends on the text.
  while (i < length) {
    const code = text.charCodeAt(i);
    let bits = code < 0x80 ? ASCII_BITS[code] : nonAsciiBits(text, i, code);
    if ((bits & SPACE_BIT) !== 0) {
      inToken = 0;
      i++;
      continue;
    }
    words += inToken ^ 1;
    inToken = 1;
    if ((bits & RUN_BIT) === 0) {
      i++;
      continue;
    }
    const runStart = i;
    // The run's key while every code unit of it folds to an ASCII letter; -1 once one does not.
    let key = 0;
    for (;;) {
      letters += (bits & LETTER_BIT) >> 9;
      if (i - runStart < LONGEST_MARKER && key >= 0) key = (bits & FOLDED_LETTER) === 0 ? -1 : letterKey(key, bits & FOLDED_LETTER);
      if (++i >= length) break;
      const next = text.charCodeAt(i);
      bits = next < 0x80 ? ASCII_BITS[next] : nonAsciiBits(text, i, next);
      if ((bits & RUN_BIT) === 0) break;
    }
    if (i - runStart <= LONGEST_MARKER && key >= 0 && isMarkerKey(key)) markers++;
  }
  out.letters = letters;
  out.words = words;
  out.markers = markers;
  return out;
}

/** The language with the most letters; ties go to the alphabetically first code, so the answer never depends on order. */
function mostLetters(letters: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [language, count] of letters) {
    if (count > bestCount || (count === bestCount && language < best)) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
