// The injected-defect suite's part of docs/quality.md: its summary table, how it is measured, recall
// by variant, findings on clean text, and every false positive, miss and wrong fix. Lists are grouped
// by the flagged text, so a rule owner sees "Kennedy ×12" once, with one example, rather than twelve lines.
import { flaggedText, flagSignature } from '../score.mjs';
import { cell, clip, code, countBy, excerpt, fixed, groupBy, markdownTable, per10k, showInvisible } from './format.mjs';

const GROUPS_PER_RULE = 40;
const EXAMPLES_PER_VARIANT = 3;
const WRONG_FIXES_SHOWN = 5;

export function injectedSection(summary) {
  const { carrier, targets } = summary;
  return [
    '## Injected defects (Brown press editorials)',
    '',
    `${carrier.description}: ${summary.cases.length} injected copies, ${carrier.articles} clean articles (${carrier.words.toLocaleString('en-US')} words). Aims: ${describeAims(targets)}.`,
    '',
    ...summaryTable(summary),
    '',
    '- **Recall**: injected defects found / injected (a finding of the rule overlapping the defect; for `typo`, with the right word as the fix or among the first three suggestions).',
    `- **Precision**: findings of the rule on the injected copies that mark an injected defect of that rule or a known real defect of the carrier / all its findings there, collateral ones left out (see below). The copies include the legit-text controls. Each article is copied about ${Math.round(summary.cases.length / carrier.articles)} times with one defect each (one per ~${Math.round(carrier.words / carrier.articles)} words, far denser than in real dumps), so a clean-text false positive counts once per copy of its article.`,
    '- **Fixes right**: cases whose fix gives the clean text / cases where a safe fix is expected. **Wrong fixes**: fixes on a defect that give anything else / fixes offered (a wrong fix is applied unattended: it is the worst outcome).',
    '- **Clean**: findings of the rule on the untouched articles per 10,000 words (and how many); **false** leaves out the findings on known real defects of the carrier (the 1961 editorials keep a few real typos, which a checker should report). The aim of at most 2 per 10,000 words is judged on the false ones, for all rules together.',
    '',
    ...methodSection(summary),
    ...variantSection(summary),
    ...cleanSection(summary),
    ...legitSection(summary),
    ...copyFalsePositiveSection(summary),
    ...collateralSection(summary),
    ...missSection(summary),
    ...wrongFixSection(summary),
    ...missingFixSection(summary),
  ];
}

/** The figures the overview needs, per rule: recall, precision, fixes, clean findings per 10,000 words. */
export function injectedFigures(summary) {
  const { scored, clean } = summary;
  return (rule) => {
    const stats = scored.rules.get(rule);
    const cleanStats = clean.rules.get(rule) ?? { findings: 0, realDefects: 0 };
    return {
      recall: stats?.cases ? [stats.found, stats.cases] : undefined,
      precision: stats && judged(stats) ? [stats.truePositives + stats.realDefects, judged(stats)] : undefined,
      fixes: stats?.fixExpected ? [stats.fixRight, stats.fixExpected] : undefined,
      wrongFixes: stats?.fixesOffered ? [stats.wrongFixes.length, stats.fixesOffered] : undefined,
      per10k: [cleanStats.findings - cleanStats.realDefects, clean.words],
    };
  };
}

/** False findings of all rules on the clean articles, per 10,000 words: the issue's aim for clean text. */
export function injectedCleanFalse({ clean }) {
  const findings = [...clean.rules.values()].reduce((sum, r) => sum + r.findings - r.realDefects, 0);
  return { findings, words: clean.words };
}

function summaryTable(summary) {
  const { scored, clean, targets, ruleOrder } = summary;
  const header = [
    'Rule',
    'Recall',
    'Aim',
    'Precision',
    'Fixes right',
    'Wrong fixes',
    'Clean: findings /10k words',
    'Clean: false /10k words',
    'Meets aims',
  ];
  const rows = ruleOrder.map((rule) => {
    const stats = scored.rules.get(rule);
    const cleanStats = clean.rules.get(rule) ?? { findings: 0, realDefects: 0 };
    const recall = stats?.cases ? stats.found / stats.cases : undefined;
    const precision = precisionOf(stats);
    const recallAim = targets.recall[rule];
    const shortfalls = [];
    if (recallAim !== undefined && !(recall >= recallAim)) shortfalls.push('recall');
    if (precision !== undefined && precision < targets.precision) shortfalls.push('precision');
    return [
      rule,
      stats?.cases ? `${fixed(recall)} (${stats.found}/${stats.cases})` : '—',
      recallAim === undefined ? '—' : `≥ ${recallAim}`,
      precision === undefined ? '— (no findings)' : `${fixed(precision)} (${stats.truePositives + stats.realDefects}/${judged(stats)})`,
      stats?.fixExpected ? `${stats.fixRight}/${stats.fixExpected}` : '—',
      stats?.fixesOffered ? `${stats.wrongFixes.length}/${stats.fixesOffered}` : '0',
      `${per10k(cleanStats.findings, clean.words)} (${cleanStats.findings})`,
      `${per10k(cleanStats.findings - cleanStats.realDefects, clean.words)} (${cleanStats.findings - cleanStats.realDefects})`,
      shortfalls.length ? `no: ${shortfalls.join(', ')}` : 'yes',
    ];
  });
  const totalClean = [...clean.rules.values()].reduce((sum, r) => sum + r.findings, 0);
  const totalFalse = totalClean - [...clean.rules.values()].reduce((sum, r) => sum + r.realDefects, 0);
  const falseRate = (totalFalse / clean.words) * 10000;
  rows.push([
    'all rules',
    '',
    '',
    '',
    '',
    '',
    `${per10k(totalClean, clean.words)} (${totalClean})`,
    `${per10k(totalFalse, clean.words)} (${totalFalse})`,
    falseRate <= targets.cleanPer10kWords ? 'yes' : `no: false > ${targets.cleanPer10kWords}`,
  ]);
  return markdownTable(header, rows);
}

function methodSection({ seed, perVariant, carrier, cases }) {
  const counts = countBy(cases, (c) => c.kind);
  return [
    '### How it is measured',
    '',
    `1. **Carrier.** ${carrier.method}`,
    `2. **Injection.** For each rule, each variant of its defect is injected into ${perVariant} copies of randomly chosen articles (seed ${seed}), one defect per copy, recording the exact place, the acceptable fixed texts, and whether a safe fix is expected: ${[...counts].map(([kind, n]) => `${kind} ${n}`).join(', ')}. The \`legit-text\` copies are controls: correct text (Vietnamese names, British spelling, °C, €, NBSP, curly quotes, dashes, emoji, CJK, Arabic) that no rule may flag.`,
    "3. **Check.** The real CLI (see the top of this page). Each batch holds each carrier article once at most, so cross-document rules never see the evaluation's own copies.",
    '4. **Scoring** as described under the table; known real defects of the carrier are listed in `eval/carriers/brown-known-defects.json`.',
    '',
  ];
}

function variantSection({ scored, ruleOrder }) {
  const rows = [];
  for (const rule of ruleOrder) {
    for (const [variant, v] of scored.rules.get(rule)?.byVariant ?? []) {
      rows.push([rule, variant, `${fixed(v.found / v.cases)} (${v.found}/${v.cases})`]);
    }
  }
  return ['### Recall by variant', '', ...markdownTable(['Rule', 'Variant', 'Recall'], rows), ''];
}

function cleanSection({ clean, ruleOrder }) {
  const lines = [
    '### Findings on clean text',
    '',
    'Every finding on the untouched articles, grouped by rule and flagged text. Those not marked as a known real defect are false positives: fix them at their cause.',
    '',
  ];
  const byRule = groupBy(clean.listed, (item) => item.ruleId);
  if (!byRule.size) lines.push('None.', '');
  for (const rule of orderRules(ruleOrder, byRule.keys())) {
    const items = byRule.get(rule);
    const real = items.filter((item) => item.real).length;
    lines.push(
      `#### ${rule}: ${items.length} findings${real ? ` (${real} on known real defects)` : ''}, ${per10k(items.length, clean.words)} per 10,000 words`,
      '',
    );
    lines.push(
      ...groupedFindingsTable(
        items,
        (item) => item.document,
        (item) => (item.real ? 'known real defect' : ''),
      ),
    );
  }
  return lines;
}

function legitSection({ scored }) {
  const rows = [
    ...groupBy(scored.legitFlagged, (r) => `${r.testCase.variant}\u0000${r.ruleId}\u0000${flaggedText(r.testCase, r.finding)}`).values(),
  ].map((group) => {
    const { testCase, finding, ruleId } = group[0];
    return [testCase.variant, ruleId, code(flaggedText(testCase, finding)), String(group.length), cell(finding.message)];
  });
  return [
    '### Legit text flagged',
    '',
    'Findings inside the inserted correct text of the `legit-text` controls (each is a false positive).',
    '',
    ...(rows.length ? markdownTable(['Snippet', 'Rule', 'Flagged', 'Times', 'Message'], rows) : ['None.']),
    '',
  ];
}

function copyFalsePositiveSection({ scored, cleanFlags, ruleOrder }) {
  // The copies repeat their article's clean-text false positives; show only the ones the clean run lacks.
  const fresh = scored.falsePositives.filter(
    (r) => r.testCase.rule !== null && !cleanFlags.has(flagSignature(r.ruleId, flaggedText(r.testCase, r.finding))),
  );
  const lines = [
    '### False positives on the injected copies',
    '',
    'Most repeat a clean-text false positive in each copy of its article; the rest, whose rule and flagged text never came up on clean text, are what an injection provoked away from its defect (listed below).',
    '',
  ];
  const all = groupBy(scored.falsePositives, (r) => r.ruleId);
  const freshByRule = groupBy(fresh, (r) => r.ruleId);
  const rows = orderRules(ruleOrder, all.keys()).map((rule) => {
    const repeats = all.get(rule).filter((r) => !freshByRule.get(rule)?.includes(r));
    const top = [...groupBy(repeats, (r) => flaggedText(r.testCase, r.finding))]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 6)
      .map(([flagged, group]) => `${code(flagged)} ×${group.length}`);
    return [
      rule,
      String(all.get(rule).length),
      `${repeats.length}${top.length ? `: ${top.join(', ')}` : ''}`,
      String(freshByRule.get(rule)?.length ?? 0),
    ];
  });
  if (rows.length) lines.push(...markdownTable(['Rule', 'False positives', 'Repeats of clean-text ones', 'Others'], rows), '');
  if (!rows.length) lines.push('None.', '');
  for (const rule of orderRules(ruleOrder, freshByRule.keys())) {
    lines.push(`#### ${rule}: ${freshByRule.get(rule).length} not seen on clean text`, '');
    lines.push(
      ...groupedFindingsTable(
        freshByRule.get(rule),
        (r) => r.testCase,
        (r) => `in a ${r.testCase.kind} copy`,
      ),
    );
  }
  return lines;
}

function collateralSection({ scored }) {
  const groups = groupBy(scored.collateral, (r) => `${r.testCase.rule}/${r.testCase.variant}\u0000${r.ruleId}`);
  const rows = [...groups.values()].map((group) => {
    const { testCase, finding, ruleId } = group[0];
    return [
      `${testCase.rule} / ${testCase.variant}`,
      ruleId,
      String(group.length),
      cell(`${finding.message} — ${excerpt(testCase.text, finding)}`),
    ];
  });
  return [
    '### Collateral findings',
    '',
    'Another rule reporting an injected defect (left out of precision). Some are welcome (a typo rule flagging a word with a Cyrillic letter), some are double reports worth removing.',
    '',
    ...(rows.length ? markdownTable(['Injected', 'Reported by', 'Times', 'Example'], rows) : ['None.']),
    '',
  ];
}

function missSection({ scored, ruleOrder }) {
  const lines = [
    '### Misses',
    '',
    `Up to ${EXAMPLES_PER_VARIANT} missed cases per variant, with what the rule reported there, if anything.`,
    '',
  ];
  for (const rule of ruleOrder) {
    const stats = scored.rules.get(rule);
    if (!stats?.missed.length) continue;
    lines.push(
      `#### ${rule}: ${stats.missed.length} missed${stats.detectedUncorrected ? ` (${stats.detectedUncorrected} reported without the right word among the first suggestions)` : ''}`,
      '',
    );
    for (const [variant, misses] of groupBy(stats.missed, (m) => m.testCase.variant)) {
      lines.push(`- **${variant}** (${misses.length} missed)`);
      for (const { testCase, nearby } of misses.slice(0, EXAMPLES_PER_VARIANT)) {
        const reported = nearby.length ? ` — reported: ${nearby.map(describeFinding).join('; ')}` : '';
        lines.push(
          `  - \`${testCase.id}\` (${testCase.articleId}) ${showInvisible(clip(testCase.note))}: ${excerpt(testCase.text, rangeOf(testCase))}${reported}`,
        );
      }
    }
    lines.push('');
  }
  return lines;
}

function wrongFixSection({ scored, ruleOrder }) {
  const lines = ['### Wrong fixes', ''];
  let any = false;
  for (const rule of ruleOrder) {
    const wrong = scored.rules.get(rule)?.wrongFixes ?? [];
    if (!wrong.length) continue;
    any = true;
    lines.push(`#### ${rule}: ${wrong.length}`, '');
    for (const { testCase, fixes } of wrong.slice(0, WRONG_FIXES_SHOWN)) {
      const shown = fixes.map((fix) => `[${fix.range[0]}, ${fix.range[1]}) → ${code(fix.text)}`).join(', ');
      lines.push(`- \`${testCase.id}\` ${excerpt(testCase.text, rangeOf(testCase))}: fix ${shown}`);
    }
    lines.push('');
  }
  if (!any) lines.push('None.', '');
  return lines;
}

function missingFixSection({ scored, ruleOrder }) {
  const lines = ['### Missing fixes', '', 'Found, and a safe fix was expected, but none was offered.', ''];
  let any = false;
  for (const rule of ruleOrder) {
    const missing = scored.rules.get(rule)?.missingFixes ?? [];
    if (!missing.length) continue;
    any = true;
    lines.push(`#### ${rule}: ${missing.length}`, '');
    for (const [variant, cases] of groupBy(missing, (m) => m.testCase.variant)) {
      const examples = cases
        .slice(0, EXAMPLES_PER_VARIANT)
        .map(({ testCase }) => code(testCase.note))
        .join(', ');
      lines.push(`- **${variant}** (${cases.length}): ${examples}`);
    }
    lines.push('');
  }
  if (!any) lines.push('None.', '');
  return lines;
}

function groupedFindingsTable(items, documentOf, remarkOf) {
  const groups = [...groupBy(items, (item) => `${flaggedText(documentOf(item), item.finding)}\u0000${item.finding.message}`).values()];
  groups.sort((a, b) => b.length - a.length);
  const rows = groups.slice(0, GROUPS_PER_RULE).map((group) => {
    const item = group[0];
    const document = documentOf(item);
    const where = `${document.id ?? document.articleId}:${item.finding.line}:${item.finding.column}`;
    return [
      code(flaggedText(document, item.finding)),
      String(group.length),
      cell(item.finding.message),
      `${where} ${cell(excerpt(document.text, item.finding))}`,
      remarkOf(item),
    ];
  });
  const lines = markdownTable(['Flagged', 'Times', 'Message', 'Example', 'Note'], rows);
  if (groups.length > GROUPS_PER_RULE)
    lines.push('', `… and ${groups.length - GROUPS_PER_RULE} more groups (run with \`--json\` for all).`);
  lines.push('');
  return lines;
}

function describeFinding(finding) {
  const suggestions = (finding.suggestions ?? []).map((s) => s.fix.text);
  const offers = [
    finding.fix ? `fix ${code(finding.fix.text)}` : '',
    suggestions.length ? `suggests ${suggestions.slice(0, 5).map(code).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `“${clip(finding.message)}”${offers ? ` (${offers})` : ''}`;
}

function describeAims(targets) {
  const byAim = groupBy(Object.entries(targets.recall), ([, aim]) => aim);
  const recall = [...byAim].map(([aim, entries]) => `recall ≥ ${aim} for ${entries.map(([rule]) => rule).join(', ')}`).join('; ');
  return `${recall}; precision ≥ ${targets.precision} for each; at most ${targets.cleanPer10kWords} findings per 10,000 words of clean text`;
}

// ---- helpers ----

function rangeOf(testCase) {
  return testCase.expected[0] ?? testCase.region;
}

function judged(stats) {
  return stats.truePositives + stats.realDefects + stats.falsePositives;
}

function precisionOf(stats) {
  return stats && judged(stats) ? (stats.truePositives + stats.realDefects) / judged(stats) : undefined;
}

function orderRules(ruleOrder, rules) {
  const present = [...rules];
  return [...ruleOrder.filter((rule) => present.includes(rule)), ...present.filter((rule) => !ruleOrder.includes(rule)).sort()];
}
