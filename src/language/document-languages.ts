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
  /** One code per paragraph, in order. */
  paragraphs: string[];
}

/** A marker as a whole word, in any case: not inside "theory", "Anderson" or "thé". */
const ENGLISH_MARKER = new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}'’])(?:${markerData.words.join('|')})(?![\\p{L}\\p{M}\\p{Nd}'’])`, 'giu');
const LETTER = /^\p{L}$/u;

export function findDocumentLanguages(text: string, paragraphs: readonly Paragraph[]): DocumentLanguages {
  const guesses = paragraphs.map((p) => judgeParagraph(p.text));
  const letters = new Map<string, number>();
  for (const guess of guesses) {
    if (guess) letters.set(guess.language, (letters.get(guess.language) ?? 0) + guess.letters);
  }
  const language = letters.size > 0 ? mostLetters(letters) : judgeShortDocument(text);
  return { language, paragraphs: guesses.map((guess) => guess?.language ?? language) };
}

/** The paragraph's language when it is long enough and the evidence is clear; null when it takes the document's. */
function judgeParagraph(text: string): { language: string; letters: number } | null {
  const letters = countLetters(text);
  if (letters < MIN_LETTERS_TO_JUDGE) return null;
  if (looksEnglish(text)) return { language: 'en', letters };
  const guess = detectLanguage(text);
  return guess.reliable && guess.language !== 'und' ? { language: guess.language, letters } : null;
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
  const markers = text.match(ENGLISH_MARKER)?.length ?? 0;
  return markers >= minMarkers && markers >= countWords(text) * MIN_MARKER_SHARE;
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
    else if (text.charCodeAt(i) >= 0x80 && LETTER.test(String.fromCodePoint(text.codePointAt(i)!))) letters++;
  }
  return letters;
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
