// The peer-vector part of docs/quality.md: the peers' own test cases run through the rule that
// answers each peer suite.
import { cell, clip, code, markdownTable, ratio } from './format.mjs';

export function peerSection(result) {
  const rows = result.suites.map((s) => [
    s.suite,
    s.rule,
    `${s.cases} (${s.validCases} valid)`,
    ratio(s.found, s.expected),
    ratio(s.truePositives, s.findings),
    s.fixExpected ? `${s.fixRight}/${s.fixExpected}${s.bySuggestion ? ` (+${s.bySuggestion} by the first suggestion)` : ''}` : '—',
    s.fixesOffered ? `${s.wrongFixes.length}/${s.fixesOffered}` : '0',
  ]);
  const problems = result.suites.flatMap((s) => [
    ...s.missed.map(
      ({ peerCase, range }) =>
        `- ${s.suite} \`${peerCase.caseId}\`: missed ${code(peerCase.input.slice(range.start, range.end))} at ${range.start}`,
    ),
    ...s.falsePositives.map(
      ({ peerCase, finding }) =>
        `- ${s.suite} \`${peerCase.caseId}\`: ${s.rule} flagged ${code(peerCase.text.slice(finding.start, finding.end))} — ${cell(clip(finding.message))}`,
    ),
    ...s.wrongFixes.map(({ peerCase, output }) => `- ${s.suite} \`${peerCase.caseId}\`: fixed to ${code(output)}`),
  ]);
  return [
    '## Peer test vectors',
    '',
    "The peers' own cases (`../shared/corpus/peer-rule-cases`, MIT). **Recall**: expected findings that a finding of the answering rule overlaps. **Precision**: that rule's findings that are expected (the valid cases expect none). **Fixes right**: the fix gives the peer's corrected text; where textlint deletes a C1 control character, putting back the Windows-1252 character it stood for is accepted too, and a byte Windows-1252 leaves undefined expects no fix. A repeated-words input is checked as the first paragraph of a blank-line separated dump, as the peer reads markdown.",
    '',
    ...markdownTable(['Peer suite', 'Rule', 'Cases', 'Recall', 'Precision', 'Fixes right', 'Wrong fixes'], rows),
    '',
    ...(problems.length ? ['Misses, false positives and wrong fixes:', '', ...problems] : ['No miss, false positive or wrong fix.']),
    '',
  ];
}

/** Per rule, summed over the peer suites it answers. */
export function peerRuleFigures(result) {
  return (rule) => {
    const suites = result.suites.filter((s) => s.rule === rule);
    if (!suites.length) return undefined;
    const total = (key) => suites.reduce((sum, s) => sum + (Array.isArray(s[key]) ? s[key].length : s[key]), 0);
    return {
      recall: [total('found'), total('expected')],
      precision: total('findings') ? [total('truePositives'), total('findings')] : undefined,
      fixes: total('fixExpected') ? [total('fixRight'), total('fixExpected')] : undefined,
      wrongFixes: total('fixesOffered') ? [total('wrongFixes'), total('fixesOffered')] : undefined,
    };
  };
}
