// vitest's globalSetup: says once, at the end of the run, why the corpus suites were skipped. The default
// reporter shows a skipped suite only as a count; the reason is in the suite's title (corpusSuite).
import { corpusAbsentNote, hasCorpus } from './corpus.js';

export default function setup(): () => void {
  return () => {
    if (!hasCorpus) console.log(`\n${corpusAbsentNote}`);
  };
}
