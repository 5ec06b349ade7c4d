// Scores the CLI's findings against what was injected.
// - Recall: a case is found when a finding of its rule overlaps one of its expected ranges (and, for a
//   case that must be corrected, its fix or one of its first three suggestions gives an accepted text).
// - Precision, over every finding on the injected copies: a finding is true when its rule is the
//   case's and it overlaps the injected region or an expected range, or when it marks a known real
//   defect of the carrier its rule may report; "collateral" when another rule reports the injected
//   region (neither right nor wrong, left out); false otherwise — legit-text copies included.
// - Fixes: the fixes of the case's rule on its defect, applied in one pass, must give an accepted text.
//   A found case that expects a safe fix and gets none is a missing fix.
// - Clean articles: every finding counts towards findings per 10,000 words; those not on a known
//   real defect are listed as false positives.

const SUGGESTIONS_CONSIDERED = 3;

/**
 * `cleanFlags` holds the flagSignature of every finding on the clean articles: the same flag inside a
 * copy's injected region (a repeated paragraph, a teaser that holds it) is that clean-text finding
 * again, not collateral.
 */
const CROSS_DOCUMENT_RULES = new Set(['duplicate-document', 'cross-document-paragraph', 'boilerplate']);

export function scoreCases(cases, findingsByName, locateKnownDefects, cleanFlags) {
  const rules = new Map();
  const ruleStats = (rule) => {
    if (!rules.has(rule)) rules.set(rule, emptyStats());
    return rules.get(rule);
  };
  const falsePositives = [];
  const collateral = [];
  const legitFlagged = [];
  for (const testCase of cases) {
    const findings = findingsByName.get(testCase.id) ?? [];
    const known = locateKnownDefects(testCase.file, testCase.text);
    for (const finding of findings) {
      // The injectors put the same snippets (captions, datelines, legit text) into many copies of a batch,
      // so the cross-document rules see the harness's own repeats: measured in docs/dedup.md instead.
      if (CROSS_DOCUMENT_RULES.has(finding.ruleId)) continue;
      const stats = ruleStats(finding.ruleId);
      stats.copyFindings++;
      const verdict = judgeFinding(testCase, finding, known, cleanFlags);
      stats[verdict]++;
      const record = { ruleId: finding.ruleId, finding, testCase };
      if (verdict === 'collateral') collateral.push(record);
      if (verdict === 'falsePositives') {
        falsePositives.push(record);
        if (testCase.rule === null && overlaps(finding, testCase.region)) legitFlagged.push(record);
      }
    }
    if (testCase.rule !== null) scoreRecallAndFix(testCase, findings, ruleStats(testCase.rule));
  }
  return { rules, falsePositives, collateral, legitFlagged };
}

export function scoreClean(documents, findingsByName, locateKnownDefects, countWords) {
  const rules = new Map();
  const listed = [];
  let words = 0;
  for (const document of documents) {
    words += countWords(document.text);
    const known = locateKnownDefects(document.file, document.text);
    for (const finding of findingsByName.get(document.id) ?? []) {
      if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, { findings: 0, realDefects: 0 });
      const stats = rules.get(finding.ruleId);
      stats.findings++;
      const real = isKnownDefect(finding, known);
      if (real) stats.realDefects++;
      listed.push({ ruleId: finding.ruleId, finding, document, real });
    }
  }
  return { words, rules, listed };
}

function emptyStats() {
  return {
    cases: 0,
    found: 0,
    /** Reported in the right place, but without the right word among the first suggestions. */
    detectedUncorrected: 0,
    byVariant: new Map(),
    missed: [],
    copyFindings: 0,
    truePositives: 0,
    realDefects: 0,
    collateral: 0,
    falsePositives: 0,
    fixExpected: 0,
    fixRight: 0,
    fixesOffered: 0,
    wrongFixes: [],
    /** Found, and a safe fix was expected, but none came. */
    missingFixes: [],
  };
}

function judgeFinding(testCase, finding, known, cleanFlags) {
  const onDefect = overlaps(finding, testCase.region) || testCase.expected.some((range) => overlaps(finding, range));
  if (testCase.rule !== null && finding.ruleId === testCase.rule && onDefect) return 'truePositives';
  if (isKnownDefect(finding, known)) return 'realDefects';
  const flaggedOnClean = cleanFlags.has(flagSignature(finding.ruleId, flaggedText(testCase, finding)));
  if (testCase.rule !== null && overlaps(finding, testCase.region) && !flaggedOnClean) return 'collateral';
  return 'falsePositives';
}

/** What identifies a flag across documents: the rule and the flagged text. */
export function flagSignature(ruleId, flagged) {
  return `${ruleId}\u0000${flagged}`;
}

export function flaggedText(document, finding) {
  return document.text.slice(finding.start, finding.end);
}

function isKnownDefect(finding, known) {
  return known.some((defect) => defect.rules.includes(finding.ruleId) && overlaps(finding, defect));
}

function scoreRecallAndFix(testCase, findings, stats) {
  stats.cases++;
  const variant = stats.byVariant.get(testCase.variant) ?? { cases: 0, found: 0 };
  stats.byVariant.set(testCase.variant, variant);
  variant.cases++;
  const onDefect = findings.filter(
    (f) => f.ruleId === testCase.rule && (overlaps(f, testCase.region) || testCase.expected.some((range) => overlaps(f, range))),
  );
  const detected = findings.some((f) => f.ruleId === testCase.rule && testCase.expected.some((range) => overlaps(f, range)));
  const found = detected && (!testCase.mustCorrect || onDefect.some((f) => corrects(testCase, f)));
  if (found) {
    stats.found++;
    variant.found++;
  } else {
    if (detected) stats.detectedUncorrected++;
    stats.missed.push({ testCase, nearby: onDefect });
  }
  if (testCase.fixExpected) stats.fixExpected++;
  const fixes = onDefect.filter((f) => f.fix).map((f) => f.fix);
  if (!fixes.length) {
    if (testCase.fixExpected && detected) stats.missingFixes.push({ testCase, nearby: onDefect });
    return;
  }
  stats.fixesOffered++;
  const result = applyFixes(testCase.text, fixes);
  if (isAccepted(testCase, result)) {
    if (testCase.fixExpected) stats.fixRight++;
  } else {
    stats.wrongFixes.push({ testCase, fixes, result });
  }
}

/** The fix, or one of the first suggestions, turns the text into an accepted one. */
function corrects(testCase, finding) {
  const candidates = [finding.fix, ...(finding.suggestions ?? []).slice(0, SUGGESTIONS_CONSIDERED).map((s) => s.fix)];
  return candidates.some((fix) => fix && isAccepted(testCase, applyFixes(testCase.text, [fix])));
}

function isAccepted(testCase, text) {
  const normalized = normalizeParagraphs(text);
  return testCase.accept.some((accepted) => normalizeParagraphs(accepted) === normalized);
}

/** A fix that leaves a blank line or a trailing space where a paragraph was removed is still right. */
function normalizeParagraphs(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** One fix pass as the fixer does it: by position, an overlapping fix skipped. */
export function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let position = 0;
  for (const { range, text: replacement } of sorted) {
    if (range[0] < position) continue;
    output += text.slice(position, range[0]) + replacement;
    position = range[1];
  }
  return output + text.slice(position);
}

/** Half-open ranges overlap; an empty finding (an insertion point) overlaps a range it touches. */
export function overlaps(finding, range) {
  if (finding.start === finding.end) return range.start <= finding.start && finding.start <= range.end;
  return finding.start < range.end && range.start < finding.end;
}
