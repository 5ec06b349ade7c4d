// A capitalised word that the same document writes otherwise, one slip away: Reuters' "Reidel
// Envirnomental Services" two lines after "Reidel Environmental Services", "Crosibie" in a story that
// says "Crosbie" three times, "Treassury" beside "Treasury". No list is needed: the document itself
// says how the name is spelt. The typo rule asks this of the capitalised words its other checks left
// alone, at the end of each document.
//
// Two real names one letter apart do meet in one story, so the evidence must be strong. When the
// document's spelling is a known word or name, the slip must be one a hand makes (src/spelling/
// capitalised-word.ts: swapped, doubled, added or dropped letters, not in the ending; "Brasil" is not
// "Brazil"), and from a known name only a swap or, in a long name, a dropped letter ("Regan" is not
// "Reagan"). When no list knows it, it must be written at least three times as often ("Rexnard"
// twice, "Rexnord" once: the document cannot say which is right), and an ending that inflects names
// (Falk, Falks; Norsk, Norske) is no evidence, though another letter added at the end is ("Calmark"
// beside "Calmar" four times). Two slips in a long word need the other spelling five times as often
// ("Burlilgnton" in a story that writes "Burlington" 25 times). Vietnamese syllables (Phuong, Phong),
// acronyms under six letters (SEEC beside SEC, the ticker symbols of a headline) and words under five
// are left alone.
import { MIN_DROPPED_NAME_LETTER_LENGTH } from './capitalised-word.js';
import { APOSTROPHE, DIGIT, INVISIBLE, MARK } from '../text/char-classes.js';
import { forEachDeletion } from '../text/deletion-keys.js';
import type { DocumentWords } from '../text/document-words.js';
import { slipOf, typingEdits } from '../text/typing-slips.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import { readWord } from '../text/words.js';

export type Known = 'word' | 'name' | undefined;

interface Spelling {
  /** As written, title case or capitals. */
  spelling: string;
  lower: string;
  count: number;
  /** null until asked (see knownOf). */
  known: Known | null;
}

const MIN_LENGTH = 5;
const MIN_ACRONYM_LENGTH = 6;
const MIN_RATIO_UNKNOWN = 3;
/** Two slips apart: a word this long, the other spelling this many times as often. */
const MIN_TWO_SLIP_LENGTH = 8;
const MIN_RATIO_TWO_SLIPS = 5;
/** Up to this many different capitalised words a look-up compares them all; beyond, an index pays. */
const DIRECT_SCAN_LIMIT = 500;
/** A capitalised ASCII word of three letters or more (invisible characters already read away). */
const CAPITALISED_WORD = /^[A-Z][A-Za-z]{2,}$/;
/** Apostrophes split a word of the document's words into the parts counted: "Vietnam’s", "O'Brien". */
const APOSTROPHES = /['’]/;

/** Whether the capitalised `word` is long enough to be asked about: not a short name or acronym. */
export function isDocumentVariantCandidate(word: string): boolean {
  return word.length >= (word === word.toUpperCase() ? MIN_ACRONYM_LENGTH : MIN_LENGTH);
}

/**
 * The capitalised ASCII words of a document, counted. A news story's few hundred are compared with a
 * word directly; in a document of more, the ones that can be another's right spelling (a known word
 * or name, or written twice or more) are filed under every form with one letter deleted, the first
 * kept: two spellings one edit apart, a swap included, share such a key. So a look-up costs a few
 * map reads, and a document of 240,000 different capitalised words (a word list, a base64 blob)
 * costs no more than one pass. (The index finds spellings one edit apart only: two slips apart are
 * looked for in news-sized documents.)
 */
export class DocumentSpellings {
  private readonly counts = new Map<string, Spelling>();
  /** Built on the first look-up in a document of many capitalised words; a news story is scanned directly. */
  private index: Map<string, Spelling[]> | undefined;

  constructor(
    text: string,
    words: DocumentWords,
    private readonly knownAs: (spelling: string) => Known,
  ) {
    // The document's words (doc.words): one with a digit or a combining mark is no ASCII word; the
    // parts of a word with an apostrophe are counted one by one ("Vietnam’s" counts "Vietnam").
    const { starts, ends, flags, count } = words;
    for (let k = 0; k < count; k++) {
      if ((flags[k] & (DIGIT | MARK)) !== 0) continue;
      if ((flags[k] & APOSTROPHE) !== 0) {
        for (const part of readWord(text.slice(starts[k], ends[k])).split(APOSTROPHES)) this.add(part);
        continue;
      }
      const first = text.charCodeAt(starts[k]);
      if (first < 0x41 || first > 0x5a || ends[k] - starts[k] < 3) continue;
      // Only a word with an invisible character inside (its flags say so) reads otherwise than it is written.
      const written = text.slice(starts[k], ends[k]);
      this.add((flags[k] & INVISIBLE) !== 0 ? readWord(written) : written);
    }
  }

  private add(spelling: string): void {
    if (!CAPITALISED_WORD.test(spelling)) return;
    const entry = this.counts.get(spelling);
    if (entry) entry.count++;
    else this.counts.set(spelling, { spelling, lower: spelling.toLowerCase(), count: 1, known: null });
  }

  /** How many times `word` stands in the document, or undefined for a word the count does not see. */
  countOf(word: string): number | undefined {
    return this.counts.get(word)?.count;
  }

  /** The spelling the document uses for the capitalised `word` (written `count` times), or undefined. */
  spellingOf(word: string, count: number): string | undefined {
    if (!isDocumentVariantCandidate(word)) return undefined;
    const upper = word === word.toUpperCase();
    const lower = word.toLowerCase();
    let best: Spelling | undefined;
    const consider = (other: Spelling) => {
      if (other.spelling === word || other.spelling[0] !== word[0] || Math.abs(other.lower.length - lower.length) > 2) return;
      if ((other.spelling === other.spelling.toUpperCase()) !== upper || (best && other.count <= best.count)) return;
      if (isEvidence(lower, count, other, this.knownAs)) best = other;
    };
    if (this.counts.size <= DIRECT_SCAN_LIMIT) {
      for (const other of this.counts.values()) consider(other);
    } else {
      const index = this.buildIndex();
      forEachDeletion(lower, (key) => index.get(key)?.forEach(consider));
    }
    return best?.spelling;
  }

  /** The spellings that can be another's right one (known, or written twice or more) under their deletions. */
  private buildIndex(): Map<string, Spelling[]> {
    if (this.index) return this.index;
    const index = new Map<string, Spelling[]>();
    for (const entry of this.counts.values()) {
      if (entry.count === 1 && !knownOf(entry, this.knownAs)) continue;
      forEachDeletion(entry.lower, (key) => {
        const filed = index.get(key);
        if (!filed) index.set(key, [entry]);
        else if (filed[filed.length - 1] !== entry) filed.push(entry);
      });
    }
    this.index = index;
    return index;
  }
}

/** Whether a spelling is known, asked once. */
function knownOf(entry: Spelling, knownAs: (spelling: string) => Known): Known {
  if (entry.known === null) entry.known = knownAs(entry.spelling);
  return entry.known;
}

function isEvidence(typed: string, count: number, other: Spelling, knownAs: (spelling: string) => Known): boolean {
  const meant = other.lower;
  // Vietnamese names are syllables a letter apart, all real: Phuong and Phong, Truong and Trung.
  if (isVietnameseSyllable(typed) && isVietnameseSyllable(meant)) return false;
  if (!mayBeOneEdit(typed, meant)) {
    return typed.length >= MIN_TWO_SLIP_LENGTH && other.count >= MIN_RATIO_TWO_SLIPS * count && typingEdits(typed, meant).length === 2;
  }
  if (typingEdits(typed, meant).length !== 1) return false;
  const slip = slipOf(typed, meant);
  const known = knownOf(other, knownAs);
  if (known === 'word') return other.count >= count && slip !== 'replaced' && slip !== 'at-end';
  // As in capitalised-word.ts: surnames are a dropped letter apart (Regan, Reagan; Shultz, Schultz).
  if (known === 'name')
    return other.count >= count && (slip === 'swap' || (slip === 'dropped' && typed.length >= MIN_DROPPED_NAME_LETTER_LENGTH));
  return other.count >= MIN_RATIO_UNKNOWN * count && (slip !== 'at-end' || !isInflectedEnding(typed, meant));
}

/**
 * A cheap necessary condition for one edit (a swap included): outside the common start and end, at
 * most two letters of the longer word are left. Most pairs fail it before the alignment is built.
 */
function mayBeOneEdit(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a[start] === b[start]) start++;
  let end = 0;
  while (end < shorter - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.max(a.length, b.length) - start - end <= 2;
}

/**
 * Whether two spellings differ by an ending that inflects a name: a final "s" (Belzberg, Belzbergs;
 * Falk, Falks) or a final vowel (Norsk, Norske; Paul, Paula). Any other letter added or dropped at the
 * end is a slip like any other: "Calmark" in a story that says "Calmar" four times.
 */
function isInflectedEnding(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.length === shorter.length + 1 && longer.startsWith(shorter) && INFLECTING_LETTER.test(longer[longer.length - 1]);
}

const INFLECTING_LETTER = /[saeiouy]/;
