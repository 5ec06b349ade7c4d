// The word-list part of docs/quality.md: British spellings that must not be flagged, and typo's
// recall on codespell's common misspellings. codespell's lists are CC BY-SA: their words are not
// written here (`--json` has them); VarCon's are permissive and listed when flagged.
import { code, markdownTable, ratio } from './format.mjs';

const FLAGGED_SHOWN = 200;

export function britishSection(result) {
  const rows = [...result.groups]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([group, g]) => [group, String(g.words), ratio(g.flagged, g.words)]);
  const flaggedVarcon = result.flagged.filter(({ item }) => item.list === 'varcon');
  const hiddenCodespell = result.flagged.length - flaggedVarcon.length;
  return [
    '## British spellings',
    '',
    `Every preferred British "-ise" spelling of VarCon (tag \`B\`, where the American spelling differs; grouped by SCOWL level, 10 the most common words and 95 the rarest) and the British side of codespell's en-GB→en-US list, each in a plain sentence ("They said the … was on the list."). **Flagged**: a finding of any rule overlaps the word. Aim: none flagged.`,
    '',
    ...markdownTable(['List', 'Words', 'Flagged'], rows),
    '',
    `All: ${result.flagged.length} of ${result.words.toLocaleString('en-US')} flagged.`,
    '',
    ...(flaggedVarcon.length
      ? [
          `Flagged VarCon words${flaggedVarcon.length > FLAGGED_SHOWN ? ` (the first ${FLAGGED_SHOWN})` : ''}: ${flaggedVarcon
            .slice(0, FLAGGED_SHOWN)
            .map(({ item, findings }) => `${code(item.word)} (level ${item.level}, ${findings.map((f) => f.ruleId).join(', ')})`)
            .join(', ')}.`,
          '',
        ]
      : []),
    ...(hiddenCodespell
      ? [`${hiddenCodespell} ${hiddenCodespell === 1 ? 'word' : 'words'} of codespell's list flagged (listed with \`--json\`).`, '']
      : []),
  ];
}

export function codespellSection(result) {
  return [
    "## Recall on codespell's common misspellings",
    '',
    `A seeded sample of ${result.pairs.toLocaleString('en-US')} of the ${result.candidates.toLocaleString('en-US')} single-correction pairs of codespell's \`dictionary.txt\` whose misspelling is no English word (SCOWL 10–70; a real word cannot be caught by spelling alone), each in a plain sentence. Evaluation only: the list is CC BY-SA, so none of its words is written here; \`--json\` lists the misses and wrong fixes.`,
    '',
    ...markdownTable(
      ['Detected by typo', 'Right word as fix or in the first three suggestions', 'Fixes right', 'Wrong fixes'],
      [
        [
          ratio(result.detected, result.pairs),
          ratio(result.corrected, result.pairs),
          `${result.fixRight}/${result.fixesOffered}`,
          `${result.wrongFixes.length}/${result.fixesOffered}`,
        ],
      ],
    ),
    '',
    'A wrong fix here is often a list disagreement rather than a bad fix: codespell and the typos list copydesk ships may correct the same misspelling to different words.',
    '',
  ];
}
