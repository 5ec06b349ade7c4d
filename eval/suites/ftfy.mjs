// Mojibake, scored on ftfy's test cases: each case's text is checked, and fixed with only the
// `mojibake` rule allowed to fix (`copydesk fix --dry-run --rule mojibake=error`, every pass).
// - Detected: a case ftfy changes gets at least one `mojibake` finding.
// - Repaired: the fixed text equals ftfy's `fixed-encoding` (or `fixed`) exactly.
// - Negatives: negative.json, and the cases of the other files that ftfy leaves alone, get no
//   `mojibake` finding; other rules' findings there are listed (a real stray letter may be right).
//   The aim is on the cases negative.json labels plainly "Negative"; its "Sort of negative" and
//   "Mostly negative" cases (a mojibake ftfy chooses not to decode, a C1 control ftfy does fix) are
//   counted apart.
// Until the rule exists in the catalog, every case counts as not detected and not repaired.
import { FTFY_FILES, loadFtfyCases } from '../carriers/ftfy.mjs';

export const MOJIBAKE = 'mojibake';

export function ftfySuite(ftfyDir, availableRules) {
  const cases = loadFtfyCases(ftfyDir);
  const ruleExists = availableRules.includes(MOJIBAKE);
  return {
    name: 'ftfy',
    cases,
    ruleExists,
    documents: () => cases.map((testCase) => ({ name: testCase.id, text: testCase.original, batchKey: testCase.id })),
    fixingRules: ruleExists ? [MOJIBAKE] : [],
    score: (findings, fixed) => scoreFtfy(cases, findings, fixed, ruleExists),
  };
}

function scoreFtfy(cases, findingsByName, fixedByName, ruleExists) {
  const files = FTFY_FILES.map(({ file, aimed }) => ({
    file,
    aimed,
    changing: 0,
    detected: 0,
    repaired: 0,
    unchanged: 0,
    flaggedUnchanged: 0,
  }));
  const byFile = new Map(files.map((stats) => [stats.file, stats]));
  const misses = [];
  // A fix that changes a case into anything but ftfy's text for it: a partial repair, or a change to text that is not mojibake.
  const fixes = { offered: 0, wrong: [] };
  const flaggedNegatives = [];
  const plainNegatives = { cases: 0, flagged: 0 };
  const otherRulesOnNegatives = [];
  for (const testCase of cases) {
    const stats = byFile.get(testCase.file);
    const findings = findingsByName.get(testCase.id) ?? [];
    const output = ruleExists ? fixedByName.get(testCase.id) : testCase.original;
    const negative = testCase.file === 'negative' || !testCase.changes;
    if (output !== testCase.original) {
      fixes.offered++;
      if (output !== testCase.expected) fixes.wrong.push({ testCase, output });
    }
    const mojibake = findings.filter((finding) => finding.ruleId === MOJIBAKE);
    if (negative) {
      stats.unchanged++;
      const plain = testCase.file === 'negative' && isPlainlyNegative(testCase);
      if (plain) plainNegatives.cases++;
      if (plain && mojibake.length) plainNegatives.flagged++;
      if (mojibake.length) {
        stats.flaggedUnchanged++;
        flaggedNegatives.push({ testCase, findings: mojibake, output, plain });
      }
      for (const finding of findings.filter((f) => f.ruleId !== MOJIBAKE)) otherRulesOnNegatives.push({ testCase, finding });
      continue;
    }
    stats.changing++;
    const detected = mojibake.length > 0;
    const repaired = output === testCase.expected;
    if (detected) stats.detected++;
    if (repaired) stats.repaired++;
    if (!detected || !repaired) misses.push({ testCase, detected, output, findings: mojibake });
  }
  const aimed = sum(files.filter((f) => f.aimed));
  const negatives = byFile.get('negative');
  return { ruleExists, files, aimed, negatives, plainNegatives, misses, fixes, flaggedNegatives, otherRulesOnNegatives };
}

/** negative.json's own word: "Negative: …" (29 cases), not "Sort of negative" or "Mostly negative". */
function isPlainlyNegative(testCase) {
  return /^Negative\b/.test(testCase.label ?? '');
}

function sum(files) {
  return files.reduce(
    (total, f) => ({ changing: total.changing + f.changing, detected: total.detected + f.detected, repaired: total.repaired + f.repaired }),
    { changing: 0, detected: 0, repaired: 0 },
  );
}
