// Real defects a carrier already has (a clean corpus is never perfectly clean): a finding on one of
// them is a true positive, not a false one. The data file lists each defect by carrier file and text,
// with an optional longer `context` that pins down which occurrence is meant.
import { readFileSync } from 'node:fs';

/** Returns `locate(file, text)`: the known defects of that carrier file in `text`, as {start, end, rules}. */
export function loadKnownDefects(jsonPath) {
  const { defects } = JSON.parse(readFileSync(jsonPath, 'utf8'));
  return (file, text) =>
    defects
      .filter((defect) => defect.file === file)
      .flatMap((defect) => {
        const needle = defect.context ?? defect.text;
        const inNeedle = needle.indexOf(defect.text);
        return indexesOf(text, needle).map((at) => ({
          start: at + inNeedle,
          end: at + inNeedle + defect.text.length,
          rules: defect.rules,
        }));
      });
}

function indexesOf(text, needle) {
  const found = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}
