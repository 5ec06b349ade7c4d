// ftfy's test cases (rspeer/python-ftfy, Apache-2.0), read from ../shared/corpus/ftfy-test-cases:
// real and synthetic mojibake with the text it should become, and text that only looks like mojibake.
// Each case is one document holding its `original` as it is. The expected repair is `fixed-encoding`
// where the file gives one: ftfy's `fixed` also straightens curly quotes and decodes HTML entities,
// which copydesk does not do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files in the order the report lists them; `aimed` are those the repair aim covers. */
export const FTFY_FILES = [
  { file: 'in-the-wild', aimed: true },
  { file: 'synthetic', aimed: true },
  { file: 'language-names', aimed: true },
  { file: 'negative', aimed: false },
  { file: 'known-failures', aimed: false },
];

/** Every case as `{id, file, index, label, original, expected, changes}`; `changes` is false when ftfy leaves the text alone. */
export function loadFtfyCases(corpusDir) {
  return FTFY_FILES.flatMap(({ file }) =>
    JSON.parse(readFileSync(join(corpusDir, `${file}.json`), 'utf8')).map((testCase, index) => {
      const expected = testCase['fixed-encoding'] ?? testCase.fixed;
      return {
        id: `ftfy-${file}-${index}`,
        file,
        index,
        label: testCase.label,
        original: testCase.original,
        expected,
        changes: expected !== testCase.original,
      };
    }),
  );
}
