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

const ENGLISH_MARKERS = new Set(markerData.words);

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

const LETTER = /\p{L}/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

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

export function looksEnglish(text: string, minMarkers = MIN_MARKERS): boolean {
  let words = 0;
  let markers = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (ENGLISH_MARKERS.has(match[0].toLowerCase())) markers++;
  }
  return markers >= minMarkers && markers >= words * MIN_MARKER_SHARE;
}

function countLetters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
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
