// Which language a document is in, and each of its paragraphs: English-only rules judge only English
// text, and fix never changes a word outside it (the German "als" is not a slip for "also").
// A paragraph long enough to judge is English when it is dense in English function words (most English
// prose: no model needed), else what the model says when it is sure. Headlines, captions, bylines and
// anything else too short to judge, or that the model is unsure of (citations, lists of names), take
// the document's language: a few words are too little to go on. The document's language is the one
// most of its judged letters are in.
import markerData from '../../data/english-markers.json' with { type: 'json' };
import type { Paragraph } from '../types.js';
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

/**
 * The markers, lower case. A marker counts as a whole word in any case, not inside "theory", "Anderson" or
 * "thé": a maximal run of letters, marks, digits and apostrophes that is a marker once lower-cased.
 */
const ENGLISH_MARKERS = new Set(markerData.words);
const LONGEST_MARKER = Math.max(...markerData.words.map((word) => word.length));
const LETTER = /^\p{L}$/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Nd}'’]$/u;

export function findDocumentLanguages(text: string, paragraphs: readonly Paragraph[]): DocumentLanguages {
  // The cheap evidence first: letters, and English function words. The model (~0.2 ms a paragraph) runs
  // on a paragraph only when its answer is needed: when the paragraphs that are not plainly English could
  // outweigh the English ones, or when a rule asks for that paragraph's language.
  const letterCounts = paragraphs.map((p) => countLetters(p.text));
  const plainlyEnglish = paragraphs.map((p, i) => letterCounts[i] >= MIN_LETTERS_TO_JUDGE && looksEnglish(p.text));
  const guesses: (string | null | undefined)[] = paragraphs.map((_, i) =>
    letterCounts[i] < MIN_LETTERS_TO_JUDGE ? null : plainlyEnglish[i] ? 'en' : undefined,
  );
  const guessAt = (i: number) => (guesses[i] === undefined ? (guesses[i] = modelGuess(paragraphs[i].text)) : guesses[i]);
  let englishLetters = 0;
  let undecidedLetters = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (plainlyEnglish[i]) englishLetters += letterCounts[i];
    else if (guesses[i] === undefined) undecidedLetters += letterCounts[i];
  }
  // English has more letters than all the rest could: the document is English whatever the model says of them.
  let language = 'en';
  if (englishLetters <= undecidedLetters) {
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
  if (countLetters(text) === 0) return 'und';
  if (looksEnglish(text, 1)) return 'en';
  const guess = detectLanguage(text);
  return guess.reliable && guess.language !== 'und' && guess.leadOverEnglish >= SHORT_DOCUMENT_LEAD ? guess.language : 'en';
}

/** Dense in English function words: at least `minMarkers` of them, and one word in fourteen. */
export function looksEnglish(text: string, minMarkers = MIN_MARKERS): boolean {
  const markers = countEnglishMarkers(text);
  return markers >= minMarkers && markers >= countWords(text) * MIN_MARKER_SHARE;
}

/** How many whole words of the text are markers: one pass, a string only for runs short enough to be one. */
export function countEnglishMarkers(text: string): number {
  let markers = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordCharacter(text, i);
    if (inWord && runStart < 0) runStart = i;
    if (inWord || runStart < 0) continue;
    if (i - runStart <= LONGEST_MARKER && ENGLISH_MARKERS.has(foldCase(text.slice(runStart, i)))) markers++;
    runStart = -1;
  }
  return markers;
}

function isWordCharacter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27;
  // A surrogate pair's halves are each tested as part of the whole character.
  const whole =
    code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : code >= 0xdc00 && code <= 0xdfff ? text.slice(i - 1, i + 1) : text[i];
  return WORD_CHARACTER.test(whole);
}

/** Lower case as a case-insensitive Unicode match compares letters: the long s (ſ) is an s; the Kelvin sign lowers to k. */
function foldCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Words as runs of non-space: only compared with the markers, and this is one pass over the text, no allocation. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Letters, ASCII ones counted without a regular expression (most text; every paragraph is counted). */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) letters++;
    else if (
      text.charCodeAt(i) >= 0x80 &&
      !isGeneralPunctuation(text.charCodeAt(i)) &&
      LETTER.test(String.fromCodePoint(text.codePointAt(i)!))
    )
      letters++;
  }
  return letters;
}

/** U+2000–U+206F: spaces, dashes, curly quotes, bullets, format characters; no letter. News text is full of them. */
function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
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
