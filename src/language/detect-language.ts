// The language model: eld (Efficient Language Detector, Apache-2.0; why this one in docs/dependencies.md)
// with its "extrasmall" n-gram database. It is loaded on the first paragraph that is not plainly
// English (src/language/document-languages.ts), not at start-up. The database is read from
// data/language-ngrams.json, which scripts/build-language-model.mjs writes from eld's own at build
// time: JSON.parse reads it ~8 times faster than Node loads eld's 1 MB JavaScript literal of it.
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
    ? JSON.parse(readFileSync(prebuilt, 'utf8'))
    : (require(join(eldSource, 'ngrams', 'extrasmall.js')) as { ngramsData: unknown }).ngramsData;
  loadData(ngrams);
  return instance;
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
