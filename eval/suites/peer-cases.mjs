// The peers' own test vectors: each expected finding must be found by the copydesk rule that answers
// the peer's suite (a finding of that rule overlapping the expected range), no other finding of that
// rule may appear (precision; the peers' valid cases expect none), and the fix must give the peer's
// corrected text. Where textlint deletes a C1 control character, copydesk puts back the Windows-1252
// character the byte stood for (docs/rules/stray-unicode.md): that text is accepted too, and a byte
// Windows-1252 leaves undefined expects no fix.
import { loadPeerCases, PEER_SUITES } from '../carriers/peer-cases.mjs';
import { applyFixes, overlaps } from '../score.mjs';

/**
 * What Windows-1252 puts at bytes 0x80–0x9F ("\0" where it defines nothing). Written out because
 * Node's TextDecoder('windows-1252') decodes these bytes as the C1 controls themselves.
 */
const WINDOWS_1252_C1 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/**
 * copydesk splits a peer's work between rules: the C1 controls Windows-1252 defines are the mojibake
 * rule's (it knows the bytes), the rest of the control characters stray-unicode's.
 */
const ALSO_ANSWERING = { 'textlint-rule-no-invalid-control-character': ['mojibake'] };

export function peerSuite(peerDir) {
  const cases = loadPeerCases(peerDir);
  return {
    name: 'peer-cases',
    cases,
    documents: () => cases.map((peerCase) => ({ name: peerCase.id, text: peerCase.text, batchKey: peerCase.id })),
    score: (findings) => scorePeerCases(cases, findings),
  };
}

function scorePeerCases(cases, findingsByName) {
  const suites = new Map(
    Object.entries(PEER_SUITES).map(([suite, rule]) => [
      suite,
      {
        suite,
        rule,
        cases: 0,
        validCases: 0,
        expected: 0,
        found: 0,
        findings: 0,
        truePositives: 0,
        fixExpected: 0,
        fixRight: 0,
        bySuggestion: 0,
        fixesOffered: 0,
        wrongFixes: [],
        missed: [],
        falsePositives: [],
      },
    ]),
  );
  for (const peerCase of cases) {
    const stats = suites.get(peerCase.suite);
    stats.cases++;
    if (!peerCase.expected.length) stats.validCases++;
    const answering = [peerCase.rule, ...(ALSO_ANSWERING[peerCase.suite] ?? [])];
    const findings = (findingsByName.get(peerCase.id) ?? []).filter(
      (finding) => answering.includes(finding.ruleId) && finding.start < peerCase.input.length,
    );
    stats.findings += findings.length;
    for (const finding of findings) {
      if (peerCase.expected.some((range) => overlaps(finding, range))) stats.truePositives++;
      else stats.falsePositives.push({ peerCase, finding });
    }
    for (const range of peerCase.expected) {
      stats.expected++;
      const onRange = findings.filter((finding) => overlaps(finding, range));
      if (!onRange.length) {
        stats.missed.push({ peerCase, range });
        continue;
      }
      stats.found++;
      judgeFix(peerCase, range, onRange, stats);
    }
  }
  return { suites: [...suites.values()] };
}

function judgeFix(peerCase, range, onRange, stats) {
  const accepted = acceptedTexts(peerCase, range);
  const fixExpected = accepted.length > 0;
  if (fixExpected) stats.fixExpected++;
  const fixes = onRange.filter((finding) => finding.fix).map((finding) => finding.fix);
  if (fixes.length) {
    stats.fixesOffered++;
    const output = applyFixes(peerCase.text, fixes);
    if (accepted.includes(output)) stats.fixRight++;
    else stats.wrongFixes.push({ peerCase, output });
    return;
  }
  const suggestion = onRange.flatMap((finding) => finding.suggestions ?? [])[0];
  if (fixExpected && suggestion && accepted.includes(applyFixes(peerCase.text, [suggestion.fix]))) stats.bySuggestion++;
}

/** The texts a right fix may give for this expected finding (none when no fix is expected). */
function acceptedTexts(peerCase, range) {
  const suffix = peerCase.text.slice(peerCase.input.length);
  if (range.keep !== undefined) return [peerCase.input.slice(0, range.start) + range.keep + peerCase.input.slice(range.end) + suffix];
  if (peerCase.fixed === undefined) return [];
  const code = peerCase.input.codePointAt(range.start);
  if (code >= 0x80 && code <= 0x9f) {
    const character = WINDOWS_1252_C1[code - 0x80];
    if (character === '\0') return [];
    return [peerCase.fixed + suffix, peerCase.input.slice(0, range.start) + character + peerCase.input.slice(range.end) + suffix];
  }
  return [peerCase.fixed + suffix];
}
