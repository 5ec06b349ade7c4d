// The external corpora (seed dumps, Reuters, Brown, ftfy, peer vectors) live in ../shared/corpus beside
// the repo on the project's machines and in CI, never in the repo. A user's clone has none: suites that
// read them are declared with `describe.skipIf(!hasCorpus)` and say why they were skipped.
// test/corpus-guard.test.ts checks that every read of the corpus stands inside such a suite.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const candidate = path.resolve(repoRoot, '../shared/corpus');

export const hasCorpus = existsSync(candidate);
// Resolved through any symbolic link, as process.cwd() reports it in a child run there.
export const corpusDir = hasCorpus ? realpathSync(candidate) : candidate;
export const corpusSkipReason = 'skipped: ../shared/corpus (the external test corpora) is not beside the repo';
/** Printed once at the end of a run without the corpus (test/helpers/corpus-note.ts). */
export const corpusAbsentNote =
  'note: ../shared/corpus (the external test corpora) is not beside the repo: the suites that read ' +
  "the seed dumps, Reuters, ftfy's cases or peer linters' vectors were skipped; everything else ran.";

/** A describe() title that carries the skip reason when the corpus is missing, so the skip is visible. */
export function corpusSuite(title: string): string {
  return hasCorpus ? title : `${title} (${corpusSkipReason})`;
}

/**
 * A corpus file's text, read only when the returned function is called. vitest runs the body of a
 * skipped describe() to list its tests, so a guarded suite must not read the file there, only in a test.
 */
export function corpusText(file: string, encoding: BufferEncoding = 'utf8'): () => string {
  return () => readFileSync(path.join(corpusDir, file), encoding);
}
