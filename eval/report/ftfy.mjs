// The mojibake part of docs/quality.md: ftfy's test cases, detected and repaired per file, the cases
// missed, and what was flagged on text that is not mojibake. The cases are ftfy's (Apache-2.0).
import { cell, clip, code, markdownTable, ratio } from './format.mjs';

export function ftfySection(result, targets) {
  const rows = result.files.map((f) => [
    `\`${f.file}.json\``,
    f.changing ? ratio(f.detected, f.changing) : '—',
    f.changing ? ratio(f.repaired, f.changing) : '—',
    f.unchanged ? `${f.flaggedUnchanged} of ${f.unchanged}` : '—',
    f.aimed ? 'yes' : f.file === 'negative' ? 'no finding' : '—',
  ]);
  return [
    "## Mojibake: ftfy's test cases",
    '',
    result.ruleExists
      ? "Each case's `original` is checked, and fixed with only `mojibake` allowed to fix (`copydesk fix --dry-run --rule mojibake=error`, every pass). **Detected**: the case gets a `mojibake` finding. **Repaired**: the fixed text equals ftfy's `fixed-encoding` (its `fixed` where there is none) exactly. **Flagged, not mojibake**: `mojibake` findings on the cases ftfy leaves unchanged (all of `negative.json`)."
      : '**The `mojibake` rule is not in the catalog yet**: every case counts as not detected and not repaired. (Measured as soon as `rules/mojibake.ts` is listed in `rules/index.ts`.)',
    '',
    ...markdownTable(['File', 'Detected', 'Repaired', 'Flagged, not mojibake', 'In the aim'], rows),
    '',
    `Aims: detected ≥ ${targets.detected} and repaired ≥ ${targets.repaired} on in-the-wild, synthetic and language-names together (${ratio(result.aimed.detected, result.aimed.changing)} detected, ${ratio(result.aimed.repaired, result.aimed.changing)} repaired); no \`mojibake\` finding on the ${result.plainNegatives.cases} cases \`negative.json\` labels plainly "Negative" (${result.plainNegatives.flagged} flagged; of all its ${result.negatives.unchanged} cases, ${result.negatives.flaggedUnchanged} flagged, its "Sort of negative" and "Mostly negative" cases among them). **Wrong fixes**, in all five files: ${result.fixes.wrong.length} of the ${result.fixes.offered} cases the fix changed came out other than ftfy's text for them (a partial repair, or a change to text that is not mojibake).`,
    '',
    ...missList(result),
    ...flaggedNegativeList(result),
    ...otherRulesList(result),
  ];
}

function missList({ misses, ruleExists }) {
  if (!ruleExists) return [];
  const lines = ['### Not detected or not repaired', ''];
  if (!misses.length) lines.push('None.');
  for (const { testCase, detected, output } of misses) {
    const what = detected ? `repaired to ${code(output)}` : 'not detected';
    lines.push(
      `- \`${testCase.file}\` #${testCase.index} ${cell(clip(testCase.label))}: ${code(testCase.original)} → expected ${code(testCase.expected)}; ${what}`,
    );
  }
  return [...lines, ''];
}

function flaggedNegativeList({ flaggedNegatives, ruleExists }) {
  if (!ruleExists) return [];
  const lines = ['### Flagged, not mojibake', ''];
  if (!flaggedNegatives.length) lines.push('None.');
  for (const { testCase, findings, output } of flaggedNegatives) {
    const flagged = findings.map((f) => code(testCase.original.slice(f.start, f.end))).join(', ');
    const changed = output !== testCase.original ? `, fixed to ${code(output)}` : ', no fix';
    const asFtfy = output !== testCase.original && output === testCase.expected ? " (ftfy's own expected text)" : '';
    lines.push(
      `- \`${testCase.file}\` #${testCase.index} ${cell(clip(testCase.label))}: ${code(testCase.original)} — flagged ${flagged}${changed}${asFtfy}`,
    );
  }
  return [...lines, ''];
}

function otherRulesList({ otherRulesOnNegatives }) {
  const lines = [
    '### Other rules on the cases that are not mojibake',
    '',
    'For the record, not scored: some are right (a Cyrillic `Е` in a Latin word is a real stray).',
    '',
  ];
  if (!otherRulesOnNegatives.length) lines.push('None.');
  for (const { testCase, finding } of otherRulesOnNegatives) {
    lines.push(
      `- \`${testCase.file}\` #${testCase.index} ${finding.ruleId} ${code(testCase.original.slice(finding.start, finding.end))}: ${cell(clip(finding.message))}`,
    );
  }
  return [...lines, ''];
}
