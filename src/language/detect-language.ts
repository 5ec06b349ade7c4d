// The language model: eld (Efficient Language Detector, Apache-2.0; why this one in docs/dependencies.md)
// with its "extrasmall" n-gram database. It is loaded on the first paragraph that is not plainly English
// (src/language/document-languages.ts), not at start-up. The database is read from
// data/language-ngrams.json, which scripts/build-language-model.mjs writes from eld's own at build
// time, one n-gram a line in sorted order: a paragraph asks for a few hundred of its 49,553 n-grams, so
// they are found by a binary search over the text in place. JSON.parse of the whole (~25 ms, and ~20 ms
// of garbage collection for the 15 MB of objects it makes) was most of a short file's check.
//
// eld's detection is done here, step for step as eld 2.1 does it (src/languageDetector.js and
// LanguageResult.js, Copyright 2023-2025 Nito T.M., Apache-2.0, data/LICENSE-eld), with eld's own
// separator pattern, byte dictionary and average scores, so its answers are eld's to the last bit (the
// tests compare them with eld's own instance). What differs is the bookkeeping: eld builds a string
// for every word and n-gram, collects them as keys of an object and reads each n-gram's scores as an
// object keyed by strings, ~100 µs a paragraph, most of it allocation. Here an n-gram up to six bytes
// is a number, its scores are found in an open-addressed table of numbers (filled from the database on
// first sight, kept with the model), and a paragraph allocates almost nothing.
// eld ships ES modules only and the CLI runs as a CommonJS script (with a code cache), so its files
// are loaded with require() (Node ≥ 20.19 loads an ES module that way), by path, from its package.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../data-path.js';

/** The loaded model: its database never changes, and its table only learns the database's answers (no per-run state). */
let model: Model | undefined;

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text gives the model nothing to go on. */
  language: string;
  /** eld's own judgement that the best language is clearly ahead of the next. */
  reliable: boolean;
  /** How far the best language's score (0..1) is ahead of English's (0 when it is English). */
  leadOverEnglish: number;
}

/** The language of a text (eld reads its first 1,000 characters). */
export function detectLanguage(text: string): LanguageGuess {
  model ??= loadModel();
  return model.detect(text);
}

type NgramScores = Record<string, number>;

/** eld subtracts this from every stored score to keep its database small, and adds it back when scoring. */
const BASE_NGRAM_SCORE = 53;
/** eld's scale of raw scores to 0..1 (LanguageResult.js), and its share of the average score below which a guess is unreliable. */
const SCORE_SCALE = 25;
const RELIABLE_RATIO = 0.75;
/** eld's cuts of the text in UTF-8 bytes: at the first space after 350, at any character past 380. */
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const MAX_WORD_BYTES = 70;
/** An n-gram of at most this many characters (all < 256) is kept as a number, eight bits a character. */
const NUMERIC_NGRAM = 6;

interface EldParts {
  separators: RegExp;
  dictionary: readonly string[];
  avgScore: Record<string, number>;
}

class Model {
  private readonly languageCount: number;
  private readonly averages: Float64Array;
  /** Open-addressed: an n-gram's number (0: empty slot) → the start of its scores in `pairs`, and their count. */
  private keys = new Float64Array(1 << 12);
  private starts = new Int32Array(1 << 12);
  private counts = new Int32Array(1 << 12);
  private filled = 0;
  /** Language index and score (base added) of every n-gram learnt, two numbers each. */
  private pairs = new Int32Array(1 << 14);
  private pairsUsed = 0;
  /** N-grams too long to be numbers (a word's tail past 70 bytes): rare, kept by their string. */
  private readonly longNgrams = new Map<string, Int32Array>();
  /** The byte dictionary's characters as codes (eld maps each non-ASCII UTF-8 byte to one). */
  private readonly byteCodes: Uint16Array;
  /** Scratch of one paragraph: its words' characters, and the scores. */
  private readonly word = new Uint16Array(ENFORCE_CUT_AFTER + 4);
  private readonly scores: Float64Array;

  constructor(
    private readonly parts: EldParts,
    private readonly languageCodes: readonly string[],
    private readonly lookUp: (ngram: string) => NgramScores | undefined,
  ) {
    this.languageCount = languageCodes.length;
    this.averages = Float64Array.from(languageCodes, (code) => parts.avgScore[code]);
    this.byteCodes = Uint16Array.from(parts.dictionary, (char) => char.charCodeAt(0));
    this.scores = new Float64Array(this.languageCount);
  }

  detect(input: string): LanguageGuess {
    // eld's textProcessor: separators to spaces, trimmed, lower case; then its strToUtf8Bytes, word by word.
    const text = input.substring(0, 1000).replace(this.parts.separators, ' ').trim().toLowerCase();
    const scores = this.scores.fill(0);
    const seen = new Set<number>();
    const seenLong = new Set<string>();
    const word = this.word;
    const byteCodes = this.byteCodes;
    let length = 0;
    let bytes = 0;
    const endWord = () => {
      if (length > 0) this.addWord(length, seen, seenLong);
      length = 0;
    };
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          endWord();
          if (bytes > CUT_AFTER) break;
        } else {
          word[length++] = code;
        }
        bytes++;
      } else if (code < 0x800) {
        word[length++] = byteCodes[0xc0 | (code >> 6)];
        word[length++] = byteCodes[0x80 | (code & 0x3f)];
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[length++] = byteCodes[0xe0 | (code >> 12)];
        word[length++] = byteCodes[0x80 | ((code >> 6) & 0x3f)];
        word[length++] = byteCodes[0x80 | (code & 0x3f)];
        bytes += 3;
      } else {
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        word[length++] = byteCodes[0xf0 | (code >> 18)];
        word[length++] = byteCodes[0x80 | ((code >> 12) & 0x3f)];
        word[length++] = byteCodes[0x80 | ((code >> 6) & 0x3f)];
        word[length++] = byteCodes[0x80 | (code & 0x3f)];
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
    }
    endWord();
    return this.result(scores, seen.size + seenLong.size);
  }

  /** eld's getByteNgrams of one word, each distinct n-gram scored once (the paragraph's `seen`). */
  private addWord(wordLength: number, seen: Set<number>, seenLong: Set<string>): void {
    const len = Math.min(wordLength, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) this.addNgram(j === 0, j, j + 4, false, seen, seenLong);
    // The last n-gram runs to the word's end (past 70 bytes too) from four before the capped length.
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    this.addNgram(j === 0, from, wordLength, true, seen, seenLong);
  }

  private addNgram(leadingSpace: boolean, from: number, to: number, trailingSpace: boolean, seen: Set<number>, seenLong: Set<string>) {
    const size = to - from + (leadingSpace ? 1 : 0) + (trailingSpace ? 1 : 0);
    if (size > NUMERIC_NGRAM) {
      const ngram = (leadingSpace ? ' ' : '') + String.fromCharCode(...this.word.subarray(from, to)) + (trailingSpace ? ' ' : '');
      if (seenLong.has(ngram)) return;
      seenLong.add(ngram);
      let pairs = this.longNgrams.get(ngram);
      if (!pairs) this.longNgrams.set(ngram, (pairs = pairsOf(this.lookUp(ngram))));
      for (let k = 0; k < pairs.length; k += 2) this.scores[pairs[k]] += pairs[k + 1];
      return;
    }
    // Every character is non-zero and below 256, so eight bits each tell every n-gram apart.
    let key = leadingSpace ? 32 : 0;
    for (let k = from; k < to; k++) key = key * 256 + this.word[k];
    if (trailingSpace) key = key * 256 + 32;
    let slot = this.slotOf(key);
    if (this.keys[slot] === 0) slot = this.learn(slot, key, leadingSpace, from, to, trailingSpace);
    if (seen.has(slot)) return;
    seen.add(slot);
    const { pairs, scores } = this;
    for (let k = this.starts[slot], end = k + 2 * this.counts[slot]; k < end; k += 2) scores[pairs[k]] += pairs[k + 1];
  }

  /** The slot holding `key`, or the empty one where it belongs. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    // The low and high halves of the number mixed: keys differ mostly in their last characters.
    let slot = Math.imul((key % 0x40000000) ^ Math.floor(key / 0x40000000), 0x9e3779b1) >>> 0;
    for (slot &= mask; this.keys[slot] !== 0 && this.keys[slot] !== key; slot = (slot + 1) & mask);
    return slot;
  }

  /** Reads an n-gram's scores from the database into the table (an unknown one has none, and still counts). */
  private learn(slot: number, key: number, leadingSpace: boolean, from: number, to: number, trailingSpace: boolean): number {
    if (2 * (this.filled + 1) > this.keys.length) {
      this.grow();
      slot = this.slotOf(key);
    }
    const ngram = (leadingSpace ? ' ' : '') + String.fromCharCode(...this.word.subarray(from, to)) + (trailingSpace ? ' ' : '');
    const found = pairsOf(this.lookUp(ngram));
    if (this.pairsUsed + found.length > this.pairs.length) {
      const pairs = new Int32Array(Math.max(2 * this.pairs.length, this.pairsUsed + found.length));
      pairs.set(this.pairs);
      this.pairs = pairs;
    }
    this.pairs.set(found, this.pairsUsed);
    this.keys[slot] = key;
    this.starts[slot] = this.pairsUsed;
    this.counts[slot] = found.length / 2;
    this.pairsUsed += found.length;
    this.filled++;
    return slot;
  }

  private grow(): void {
    const { keys, starts, counts } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.starts = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === 0) continue;
      const slot = this.slotOf(keys[old]);
      this.keys[slot] = keys[old];
      this.starts[slot] = starts[old];
      this.counts[slot] = counts[old];
    }
  }

  /** eld's getMaxLang, then LanguageResult's isReliable and getScores (orderAndScale), to the same numbers. */
  private result(scores: Float64Array, ngramCount: number): LanguageGuess {
    let best = -1;
    let bestScore = 0;
    for (let lang = 0; lang < this.languageCount; lang++) {
      if (scores[lang] > 0 && scores[lang] > bestScore) {
        bestScore = scores[lang];
        best = lang;
      }
    }
    if (best < 0) return { language: 'und', reliable: false, leadOverEnglish: 0 };
    const ordered: [number, number][] = [];
    for (let lang = 0; lang < this.languageCount; lang++) {
      if (scores[lang] > 0) {
        const ngramScore = scores[lang] / ngramCount;
        ordered.push([lang, ngramScore / (ngramScore + SCORE_SCALE)]);
      }
    }
    ordered.sort((a, b) => b[1] - a[1]);
    // eld compares the best score with the second entry's first element, its language index: kept as is,
    // so that the verdicts are eld's.
    const next = ordered.length > 1 ? ordered[1][0] : 0;
    const reliable = ngramCount >= 3 && !(this.averages[best] * RELIABLE_RATIO > ordered[0][1] || 0.01 > Math.abs(ordered[0][1] - next));
    const scaled = (code: string) => ordered.find(([lang]) => this.languageCodes[lang] === code)?.[1] ?? 0;
    const language = this.languageCodes[best];
    return { language, reliable, leadOverEnglish: scaled(language) - scaled('en') };
  }
}

/** An n-gram's scores as language index and score with eld's base added, two numbers each. */
function pairsOf(scores: NgramScores | undefined): Int32Array {
  if (!scores) return new Int32Array(0);
  const pairs: number[] = [];
  for (const lang in scores) pairs.push(Number(lang), scores[lang] + BASE_NGRAM_SCORE);
  return Int32Array.from(pairs);
}

function loadModel(): Model {
  const require = createRequire(import.meta.url);
  const eldSource = join(eldPackage(), 'src');
  const parts: EldParts = {
    separators: (require(join(eldSource, 'regexPatterns.js')) as { separators: RegExp }).separators,
    dictionary: (require(join(eldSource, 'dictionary.js')) as { dictionary: string[] }).dictionary,
    avgScore: (require(join(eldSource, 'avgScore.js')) as { avgScore: Record<string, number> }).avgScore,
  };
  const prebuilt = dataPath('language-ngrams.json');
  // Without a build (a source checkout before `npm run build`), eld's own copy gives the same answers, only slower to load.
  const database = existsSync(prebuilt)
    ? ngramDatabase(readFileSync(prebuilt, 'utf8'))
    : (require(join(eldSource, 'ngrams', 'extrasmall.js')) as { ngramsData: ReturnType<typeof ngramDatabase> }).ngramsData;
  const languages = database.languages;
  const codes = Object.keys(languages).map((index) => languages[index]);
  // Read as eld reads it (`ngrams[ngram]`).
  return new Model(parts, codes, (ngram) => database.ngrams[ngram]);
}

interface NgramDatabase {
  languages: Record<string, string>;
  ngrams: Record<string, NgramScores | undefined>;
}

/**
 * eld's database from the text of data/language-ngrams.json. In the layout the build writes (the
 * header up to `"ngrams":{` on the first line, then one `"ngram":{scores},` line each, sorted by the
 * quoted n-gram, then `}}`), its n-grams are looked up in place when asked for (the model keeps what it
 * learns in its own table); any other layout is parsed whole.
 */
export function ngramDatabase(text: string): NgramDatabase {
  const first = text.indexOf('\n') + 1;
  if (!text.endsWith('\n}}\n') || !text.startsWith('"ngrams":{\n', first - '"ngrams":{\n'.length)) return JSON.parse(text);
  const header = JSON.parse(`${text.slice(0, first - 1)}}}`);
  const last = text.length - '}}\n'.length;
  const ngrams = new Proxy({} as Record<string, NgramScores | undefined>, {
    get: (_target, key) => (typeof key === 'string' ? ngramScores(text, first, last, JSON.stringify(key)) : undefined),
  });
  return { ...header, ngrams };
}

/** The scores on the line of `quoted` (a JSON string) among the sorted lines text[from, to), if any. */
function ngramScores(text: string, from: number, to: number, quoted: string): NgramScores | undefined {
  let lo = from; // always a line start
  let hi = to; // always a line start
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = text.lastIndexOf('\n', mid - 1) + 1; // the line holding mid: lo <= line < hi
    const order = compareAt(text, line, quoted);
    const lineEnd = text.indexOf('\n', line);
    // The quoted n-gram, closing quote included, starts its line only on its own line: a quote inside a
    // key is escaped, so the first unescaped one ends it.
    if (order === 0) return JSON.parse(text.slice(line + quoted.length + 1, text[lineEnd - 1] === ',' ? lineEnd - 1 : lineEnd));
    if (order > 0) lo = lineEnd + 1;
    else hi = line;
  }
  return undefined;
}

/** Sign of `quoted` − the text at `line` over quoted's length (0: the line starts with it). */
function compareAt(text: string, line: number, quoted: string): number {
  for (let i = 0; i < quoted.length; i++) {
    const diff = quoted.charCodeAt(i) - text.charCodeAt(line + i);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** eld's package folder, found as Node finds a package: in node_modules of each folder upward. */
function eldPackage(): string {
  const from = dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'eld');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('copydesk: the language model (package eld) is not installed');
  }
}
