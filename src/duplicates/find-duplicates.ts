// Finds repeated paragraphs inside one document, for the duplicate-lead and duplicate-paragraph
// rules. Both rules read one analysis, so a pair is reported by exactly one of them: a pair whose one
// side is the dateline lead (`Hai Phong (VNA) – …`) and the other its standalone copy belongs to
// duplicate-lead; every other pair to duplicate-paragraph.
//
// Exact copies: each paragraph's normalized words (after the caption/dateline prefix) are hashed
// into a per-document Map. Near copies: each paragraph keeps a bottom-k sketch of its word 3-gram
// hashes; an inverted index over the sketches proposes at most two earlier candidates, and the
// candidate is verified by exact shingle containment. Every paragraph is scanned a bounded number
// of times, so a document of 100k paragraphs or one 50 MB line stays linear.
//
// Thresholds follow ../shared/research/anchors-dedup-quality.md §3–4: containment ≥ 0.8 over word
// 3-grams (under 30 words) or 5-grams flags a near copy; only copies with the same normalized words
// are removable without a person looking.
import type { Document, Paragraph } from '../types.js';
import { findLeadPrefix, type LeadPrefix } from '../text/dateline.js';
import { endsSentence, gapEndsSentence } from '../text/sentence-end.js';
import { WordScanner, sameWords } from './normalized-words.js';
import type { WordHashes } from './word-hashes.js';
import { removalRanges, type Span } from './paragraph-removal.js';
import { SketchIndex, Sketches, countCommon, shingleHash3, sortedShingles } from './shingle-sketch.js';

export { paragraphRemovalRange } from './paragraph-removal.js';

export interface DuplicatePair {
  /** Paragraph index of the copy reported, the one a fix removes. */
  copy: number;
  /** Paragraph index of the copy that stays. */
  original: number;
  /**
   * exact: the same normalized words (after the dateline, for a lead);
   * prefix: the copy is the opening sentence(s) of the original's lead;
   * near: word n-gram containment at or above NEAR_CONTAINMENT.
   */
  match: 'exact' | 'prefix' | 'near';
  /** One side is the dateline lead and the other its standalone copy. */
  lead: boolean;
  /** Share of the smaller paragraph's word n-grams found in the other one (1 for exact and prefix). */
  containment: number;
  /** Deleting `copy` loses no word: an exact or prefix copy. */
  removable: boolean;
  /** The copy is the smaller side of a near pair, so the original carries all it says (almost). */
  copyIsContained: boolean;
}

export interface DuplicateAnalysis {
  pairs: DuplicatePair[];
  /** For each removable copy, the span that deletes it (see `removalRanges`). */
  removals: Map<number, Span>;
  /** The caption/dateline prefix of each paragraph, by index; null when it has none. */
  leadPrefixes: (LeadPrefix | null)[];
}

/** Fewer words than this is a byline, a caption credit, a sign-off ("Reuter"): repeats are legitimate. */
export const MIN_LETTER_WORDS = 6;
/** Below this many words, only a paragraph ending like a sentence counts; a heading or table label repeats. */
const MIN_WORDS_WITHOUT_SENTENCE_END = 12;
/** A paragraph of numbers is a table row ("Avg shrs 13.9 mln vs 13.8 mln"); its repeats are data. */
const MAX_NUMBER_SHARE = 0.4;
export const NEAR_CONTAINMENT = 0.8;
/** Near copies are of comparable length; a sentence quoted inside a long paragraph is not one. */
const MIN_LENGTH_RATIO = 0.5;
/** A page summary that repeats the lead's opening is a sentence or two, not a whole article. */
const MAX_SUMMARY_WORDS = 200;
/** Candidates verified per paragraph: keeps the near search linear when many paragraphs look alike. */
const MAX_VERIFIED_CANDIDATES = 2;

/** Aligned columns: a tab or a run of three spaces between two cells. */
const COLUMN_GAP = /\t|\S {3,}\S/;

const cache = new WeakMap<Document, DuplicateAnalysis>();
/** A batch of word hashes (see `WordScanner.readHashes`), reused by every paragraph. */
const wordHashes = new Uint32Array(256);

/**
 * The duplicate pairs of a document; computed once and shared by both rules. `hashes`: the document's
 * word hashes (src/duplicates/word-hashes.ts), made once for these rules and the corpus rules after them.
 */
export function analyzeDuplicates(doc: Document, hashes?: WordHashes): DuplicateAnalysis {
  let analysis = cache.get(doc);
  if (!analysis) {
    analysis = new DuplicateFinder(doc, hashes).run();
    cache.set(doc, analysis);
  }
  return analysis;
}

/**
 * Whether a paragraph of the document opens with a dateline (after a glued caption, perhaps): without
 * one there is no lead pair, and duplicate-lead need not ask for the analysis. A dateline names its
 * agency in brackets, so a document without "(" has none and costs one indexOf.
 */
export function hasDatelineParagraph(doc: Document): boolean {
  const { text, paragraphs } = doc;
  if (paragraphs.length < 2) return false;
  let nextParenthesis = text.indexOf('(');
  for (const paragraph of paragraphs) {
    if (nextParenthesis === -1) return false;
    if (nextParenthesis < paragraph.start) nextParenthesis = text.indexOf('(', paragraph.start);
    if (nextParenthesis !== -1 && nextParenthesis < paragraph.end && findLeadPrefix(text, paragraph.start, paragraph.end)) return true;
  }
  return false;
}

interface ParagraphFacts {
  /** Where the compared words begin: after the caption and dateline, if any. */
  contentStart: number;
  words: number;
  eligible: boolean;
}

class DuplicateFinder {
  private readonly text: string;
  private readonly paragraphs: readonly Paragraph[];
  private readonly scanner: WordScanner;
  private readonly facts: ParagraphFacts[] = [];
  private readonly leadPrefixes: (LeadPrefix | null)[] = [];
  /** Normalized-content key → indices of the paragraphs with those words, in order. */
  private readonly groups = new Map<number, number[]>();
  private readonly sketches: Sketches;
  private readonly claimed: Uint8Array;
  private readonly pairs: DuplicatePair[] = [];
  /** Offset of the first "(" at or after the paragraph being scanned (text length: none). */
  private nextParenthesis = -1;

  constructor(
    private readonly doc: Document,
    hashes: WordHashes | undefined,
  ) {
    this.text = doc.text;
    this.paragraphs = doc.paragraphs;
    this.scanner = new WordScanner(doc.text, doc.words, hashes);
    this.sketches = new Sketches(doc.paragraphs.length);
    this.claimed = new Uint8Array(doc.paragraphs.length);
  }

  run(): DuplicateAnalysis {
    if (this.paragraphs.length < 2) return { pairs: [], removals: new Map(), leadPrefixes: this.paragraphs.map(() => null) };
    for (let index = 0; index < this.paragraphs.length; index++) this.scanParagraph(this.paragraphs[index], index);
    this.findExactLeads();
    this.findLeadPrefixCopies();
    this.findExactCopies();
    this.findNearCopies();
    this.pairs.sort((a, b) => a.copy - b.copy);
    const removable = this.pairs.filter((pair) => pair.removable).map((pair) => pair.copy);
    return { pairs: this.pairs, removals: removalRanges(this.doc, removable), leadPrefixes: this.leadPrefixes };
  }

  /** One pass over the paragraph's words: counts, the content key and the shingle sketch. */
  private scanParagraph(paragraph: Paragraph, index: number): void {
    // A dateline names its agency in brackets: most paragraphs have none, and skip the pattern.
    if (this.nextParenthesis < paragraph.start) {
      const found = this.text.indexOf('(', paragraph.start);
      this.nextParenthesis = found === -1 ? this.text.length : found;
    }
    const prefix = this.nextParenthesis < paragraph.end ? findLeadPrefix(this.text, paragraph.start, paragraph.end) : null;
    this.leadPrefixes.push(prefix);
    const contentStart = prefix ? prefix.bodyStart : paragraph.start;
    const scanner = this.scanner.reset(contentStart, paragraph.end);
    const { sketches } = this;
    let words = 0;
    let previous = 0;
    let beforePrevious = 0;
    for (let count = scanner.readHashes(wordHashes); count > 0; count = scanner.readHashes(wordHashes)) {
      for (let k = 0; k < count; k++) {
        const hash = wordHashes[k];
        if (++words >= 3) sketches.add(index, shingleHash3(beforePrevious, previous, hash));
        beforePrevious = previous;
        previous = hash;
      }
    }
    const { letterWords, numbers } = scanner;
    const eligible =
      letterWords >= MIN_LETTER_WORDS &&
      numbers / words < MAX_NUMBER_SHARE &&
      (this.endsLikeSentence(contentStart, paragraph.end) ||
        (letterWords >= MIN_WORDS_WITHOUT_SENTENCE_END && !COLUMN_GAP.test(this.text.slice(contentStart, paragraph.end))));
    this.facts.push({ contentStart, words, eligible });
    if (eligible) this.addToGroup(scanner.contentKey(), index);
  }

  private addToGroup(key: number, index: number): void {
    const group = this.groups.get(key);
    if (!group) this.groups.set(key, [index]);
    // A hash collision between different texts must not become a deletion.
    else if (sameWords(this.text, this.contentRange(group[0]), this.contentRange(index), this.doc.words)) group.push(index);
  }

  /** Standalone copies of a dateline lead: same words as the text behind the dateline. */
  private findExactLeads(): void {
    for (const group of this.groups.values()) {
      if (group.length < 2) continue;
      const dateline = group.find((index) => this.leadPrefixes[index] !== null);
      if (dateline === undefined) continue;
      for (const index of group) {
        if (this.leadPrefixes[index] === null) this.addPair(index, dateline, 'exact', true, 1);
      }
    }
  }

  /**
   * A standalone paragraph that is the lead's opening sentence(s), word for word: the page summary
   * is often the first sentence of the lead. The running content key of the lead after each word is
   * the key a paragraph of exactly those words would have, so one pass over the lead finds them all.
   */
  private findLeadPrefixCopies(): void {
    this.leadPrefixes.forEach((prefix, dateline) => {
      if (!prefix || !this.facts[dateline].eligible) return;
      const scanner = this.scanner.reset(prefix.bodyStart, this.paragraphs[dateline].end);
      const lastWords = Math.min(this.facts[dateline].words - 1, MAX_SUMMARY_WORDS);
      while (scanner.words < lastWords && scanner.next()) {
        const group = scanner.words >= MIN_LETTER_WORDS ? this.groups.get(scanner.contentKey()) : undefined;
        if (!group || !this.isSentenceBoundary(scanner.wordEnd, this.paragraphs[dateline].end)) continue;
        const wordEnd = scanner.wordEnd;
        const copies = group.filter(
          (index) =>
            this.leadPrefixes[index] === null &&
            !this.claimed[index] &&
            this.endsLikeSentence(this.facts[index].contentStart, this.paragraphs[index].end),
        );
        if (copies.length && sameWords(this.text, [prefix.bodyStart, wordEnd], this.contentRange(copies[0]), this.doc.words)) {
          for (const index of copies) this.addPair(index, dateline, 'prefix', true, 1);
        }
      }
    });
  }

  /** Any other paragraph with the same normalized words as an earlier one. */
  private findExactCopies(): void {
    for (const group of this.groups.values()) {
      const remaining = group.filter((index) => !this.claimed[index]);
      const first = remaining[0];
      for (const index of remaining.slice(1)) {
        // Two dateline paragraphs with the same body but a different caption or dateline: reported, kept.
        const hasPrefix = this.leadPrefixes[first] !== null || this.leadPrefixes[index] !== null;
        const sameWhole = !hasPrefix || sameWords(this.text, this.wholeRange(first), this.wholeRange(index), this.doc.words);
        this.addPair(index, first, 'exact', false, 1, sameWhole);
      }
    }
  }

  private findNearCopies(): void {
    let maxHashes = 0;
    for (let paragraph = 0; paragraph < this.paragraphs.length; paragraph++) {
      if (this.facts[paragraph].eligible) maxHashes += this.sketches.size(paragraph);
    }
    const index = new SketchIndex(this.sketches, this.paragraphs.length, maxHashes);
    for (let paragraph = 0; paragraph < this.paragraphs.length; paragraph++) {
      if (!this.facts[paragraph].eligible || this.claimed[paragraph]) continue;
      const match = this.findNearOriginal(paragraph, index.candidates(paragraph));
      let isCopy = false;
      if (match) {
        const lead = (this.leadPrefixes[paragraph] === null) !== (this.leadPrefixes[match.original] === null);
        // Of a lead pair, the standalone copy is the one to go, whichever comes first.
        isCopy = !(lead && this.leadPrefixes[paragraph] !== null);
        const [copy, original] = isCopy ? [paragraph, match.original] : [match.original, paragraph];
        const copyIsContained = this.facts[copy].words <= this.facts[original].words;
        this.addPair(copy, original, 'near', lead, match.containment, false, copyIsContained);
      }
      if (!isCopy) index.add(paragraph);
    }
  }

  /** The first candidate, most shared sketch hashes first, whose containment is high enough. */
  private findNearOriginal(paragraph: number, candidates: number[]): { original: number; containment: number } | null {
    let verified = 0;
    for (const other of candidates) {
      if (this.claimed[other]) continue;
      const [small, large] = [this.facts[paragraph].words, this.facts[other].words].sort((a, b) => a - b);
      if (small < large * MIN_LENGTH_RATIO) continue;
      const containment = this.containment(paragraph, other, small);
      if (containment >= NEAR_CONTAINMENT) return { original: other, containment };
      if (++verified >= MAX_VERIFIED_CANDIDATES) break;
    }
    return null;
  }

  /** Share of the smaller paragraph's distinct word n-grams that the other one contains. */
  private containment(a: number, b: number, smallerWords: number): number {
    const size = smallerWords < 30 ? 3 : 5;
    const left = this.shinglesOf(a, size);
    const right = this.shinglesOf(b, size);
    const smaller = Math.min(left.length, right.length);
    return smaller === 0 ? 0 : countCommon(left, right) / smaller;
  }

  /** The paragraph's distinct word n-gram hashes, sorted. */
  private shinglesOf(paragraph: number, size: number): Uint32Array {
    const words = new Uint32Array(this.facts[paragraph].words);
    const scanner = this.scanner.reset(...this.contentRange(paragraph));
    for (let i = 0; scanner.next(); i++) words[i] = scanner.hash;
    return sortedShingles(words, size);
  }

  private addPair(
    copy: number,
    original: number,
    match: DuplicatePair['match'],
    lead: boolean,
    containment: number,
    removable = match !== 'near',
    copyIsContained = true,
  ): void {
    this.claimed[copy] = 1;
    this.pairs.push({ copy, original, match, lead, containment, removable, copyIsContained });
  }

  private contentRange(index: number): [number, number] {
    return [this.facts[index].contentStart, this.paragraphs[index].end];
  }

  private wholeRange(index: number): [number, number] {
    return [this.paragraphs[index].start, this.paragraphs[index].end];
  }

  private endsLikeSentence(start: number, end: number): boolean {
    return end > start && endsSentence(this.text, end);
  }

  /** Whether a sentence ends after the word that ends at `wordEnd`, in a paragraph ending at `paragraphEnd`. */
  private isSentenceBoundary(wordEnd: number, paragraphEnd: number): boolean {
    const { words } = this.doc;
    const next = words.indexAtOrAfter(wordEnd);
    const last = next >= words.count || words.starts[next] >= paragraphEnd;
    return gapEndsSentence(this.text, wordEnd, last ? paragraphEnd : words.starts[next], last);
  }
}
