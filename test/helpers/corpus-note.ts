// vitest's globalSetup: says once, at the end of the run, why the corpus suites were skipped. The default
// reporter shows a skipped suite only as a count; the reason is in the suite's title (corpusSuite).
import { hasCorpus } from './corpus.js';

export default function setup(): () => void {
  return () => {
    if (hasCorpus) return;
    console.log('\nnote: ../shared/corpus (the external test corpora) is not beside the repo: the suites that read the seed dumps, '
      + 'Reuters, Brown, ftfy or peer vectors are skipped; everything else ran.');
  };
}
