// The language model: eld (Efficient Language Detector, Apache-2.0; why this one in docs/dependencies.md)
// with its "extrasmall" n-gram database. It is loaded on the first paragraph that is not plainly
// English (src/language/document-languages.ts), not at start-up. The database is read from
// data/language-ngrams.json, which scripts/build-language-model.mjs writes from eld's own at build
// time, one n-gram a line in sorted order: a paragraph asks for a few hundred of its 49,553 n-grams, so
// they are found by a binary search over the text in place. JSON.parse of the whole (~25 ms, and ~20 ms
// of garbage collection for the 15 MB of objects it makes) was most of a short file's check.
// eld ships ES modules only and the CLI runs as a CommonJS script (with a code cache), so its files
// are loaded with require() (Node ≥ 20.19 loads an ES module that way), by path, from its package.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../data-path.js';

interface EldResult {
  language: string;
  isReliable(): boolean;
  getScores(): Record<string, number>;
}
interface Eld {
  detect(text: string): EldResult;
}
interface EldModule {
  createEld(): { instance: Eld; loadData(ngrams: unknown): void };
}

/** The loaded model: immutable once loaded, so holding it in the module is no per-run state. */
let model: Eld | undefined;

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
  const result = model.detect(text);
  if (!result.language) return { language: 'und', reliable: false, leadOverEnglish: 0 };
  const scores = result.getScores();
  return { language: result.language, reliable: result.isReliable(), leadOverEnglish: (scores[result.language] ?? 0) - (scores.en ?? 0) };
}

function loadModel(): Eld {
  const require = createRequire(import.meta.url);
  const eldSource = join(eldPackage(), 'src');
  const { createEld } = require(join(eldSource, 'languageDetector.js')) as EldModule;
  const { instance, loadData } = createEld();
  const prebuilt = dataPath('language-ngrams.json');
  // Without a build (a source checkout before `npm run build`), eld's own copy gives the same answers, only slower to load.
  const ngrams = existsSync(prebuilt)
    ? ngramDatabase(readFileSync(prebuilt, 'utf8'))
    : (require(join(eldSource, 'ngrams', 'extrasmall.js')) as { ngramsData: unknown }).ngramsData;
  loadData(ngrams);
  return instance;
}

type NgramScores = Record<string, number>;

/**
 * eld's database from the text of data/language-ngrams.json. In the layout the build writes (the
 * header up to `"ngrams":{` on the first line, then one `"ngram":{scores},` line each, sorted by the
 * quoted n-gram, then `}}`), its n-grams are looked up in place when eld asks for them (eld reads
 * `ngrams[ngram]` and nothing else of them); any other layout is parsed whole.
 */
export function ngramDatabase(text: string): { ngrams: Record<string, NgramScores | undefined> } {
  const first = text.indexOf('\n') + 1;
  if (!text.endsWith('\n}}\n') || !text.startsWith('"ngrams":{\n', first - '"ngrams":{\n'.length)) return JSON.parse(text);
  const header = JSON.parse(`${text.slice(0, first - 1)}}}`);
  const last = text.length - '}}\n'.length;
  // The n-grams asked for so far: paragraphs share most of theirs. Data of the package, like the model.
  const found = new Map<string, NgramScores | undefined>();
  const lookUp = (ngram: string): NgramScores | undefined => {
    if (found.has(ngram)) return found.get(ngram);
    const scores = ngramScores(text, first, last, JSON.stringify(ngram));
    found.set(ngram, scores);
    return scores;
  };
  const ngrams = new Proxy({} as Record<string, NgramScores | undefined>, {
    get: (_target, key) => (typeof key === 'string' ? lookUp(key) : undefined),
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
