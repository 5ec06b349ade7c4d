// The Reuters part of docs/quality.md: recall by class of defect and precision by rule on the hand-
// labelled sample, every miss, false positive and wrong fix, the defects no rule claims, and findings
// per 10,000 words on the other stories. Reuters-21578 is for research use only: the report names
// stories by NEWID and line and shows the flagged words and the labels' notes, not the stories' text.
import { cell, clip, code, groupBy, markdownTable, per10k, ratio } from './format.mjs';

const TOP_FLAGS_ON_REST = 15;
const FLAG_CHARS = 40;

export function reutersSection(result, labels, targets) {
  const { sample, carrier } = result;
  const strata = [...sample.strata].map(([stratum, n]) => `${stratum} ${n}`).join(', ');
  return [
    '## Real defects: Reuters-21578',
    '',
    `${carrier.description}. ${carrier.method}`,
    '',
    `**The labelled sample**: ${sample.stories} stories (${sample.words.toLocaleString('en-US')} words; strata: ${strata}), read one by one; every defect of the classes below that was seen is in \`eval/labels/reuters.json\`, with how the sample was drawn and what counts as a defect in \`eval/labels/README.md\`. The \`named\`, \`flagged\` and \`doubled\` strata were chosen because they hold defects or findings, so recall and precision on the whole sample are not those of a random story; the \`random\` column gives recall on the random stratum alone.`,
    '',
    '### By class of defect',
    '',
    ...markdownTable(
      ['Class', 'Claimed by', 'Labelled', 'Recall', 'Recall, random stratum', 'Precision of the claiming rules', 'Aim', 'Meets aim'],
      classRows(result, labels, targets),
    ),
    '',
    '- **Recall**: labelled defects marked by a finding of a rule that claims the class / labelled defects. A finding marks a word-level defect when it overlaps the labelled text; a repeated or cut-off paragraph when it is on its line (a repeat also on its first copy).',
    '- **Precision**: findings of the claiming rules on the sample that mark a labelled defect of a class they claim / all their findings on the sample.',
    misspellingSplit(result),
    '',
    '### By rule',
    '',
    ...markdownTable(
      [
        'Rule',
        'Precision on the sample',
        'Defects it found',
        'Fixes right',
        'Wrong fixes',
        'Right word offered',
        'Other stories: findings /10k words',
      ],
      ruleRows(result, labels),
    ),
    '',
    '- **Defects it found**: labelled defects of the classes the rule claims that its own findings mark / all labelled defects of those classes.',
    '- **Fixes right**: fixes on labelled defects that give exactly the right text / fixes on labelled defects whose right text is known (a stray control character that stood for a lost letter or space has one; where it is not clear, the fix is not judged). **Wrong fixes**: fixes giving anything else, on a defect or not / all fixes offered.',
    '- **Right word offered**: labelled misspellings the rule reports whose fix or one of its first three suggestions is the right word / those it reports.',
    `- **Other stories**: the ${result.rest.stories.toLocaleString('en-US')} stories outside the sample (${result.rest.words.toLocaleString('en-US')} words), not labelled.`,
    '',
    ...missSection(result, labels),
    ...falsePositiveSection(result),
    ...wrongFixSection(result),
    ...unclaimedSection(result, labels),
    ...restSection(result),
    ...heldOutSection(result),
  ];
}

/** Precision on a seeded random draw of the other stories' findings, judged by hand (suites/held-out.mjs). */
function heldOutSection({ heldOut, rest }) {
  if (!heldOut) return [];
  const rows = heldOut.map((group) => {
    const real = group.judged.filter((judged) => judged.real).length;
    return [
      group.name,
      group.rules.map((rule) => `\`${rule}\``).join(', '),
      String(group.findings),
      String(group.drawn),
      group.judged.length ? ratio(real, group.judged.length) : '—',
      group.unjudged.length ? `**${group.unjudged.length}**` : '0',
    ];
  });
  const falseOnes = heldOut.flatMap((group) =>
    group.judged
      .filter((judged) => !judged.real)
      .map((judged) => `- ${group.name}: ${code(judged.flagged)} (\`${judged.rule}\`) — ${cell(judged.note ?? '')}`),
  );
  return [
    '### Held out: precision on the other stories, judged by hand',
    '',
    `The labelled sample was drawn to hold defects, so precision on it flatters the rules. Here up to 100 findings of each group on the ${rest.stories.toLocaleString('en-US')} other stories are drawn at random (seed 1: the findings whose seeded hash is smallest, so that a rule change moves the draw little) and looked up in \`eval/labels/reuters-held-out.json\`, where each drawn finding was judged by hand: does it mark a real defect of the class the group claims? **Unjudged**: drawn findings nobody has judged yet (a rule change brings new ones; eval/labels/README.md says how to judge them); the precision is over the judged ones.`,
    '',
    ...markdownTable(['Class', 'Rules', 'Findings on the other stories', 'Drawn', 'Precision (judged)', 'Unjudged'], rows),
    '',
    ...(falseOnes.length ? ['False alarms among the judged:', '', ...falseOnes, ''] : []),
  ];
}

/** Per class: [found, labelled], and [true, all] findings of the claiming rules; for the aims table. */
export function reutersClassFigures(result, labels) {
  return (className) => {
    const stats = result.classes.get(className);
    const rules = labels.classes[className].rules.map((rule) => result.rules.get(rule)).filter(Boolean);
    return {
      recall: [stats.found, stats.labels],
      precision: [rules.reduce((sum, r) => sum + r.truePositives, 0), rules.reduce((sum, r) => sum + r.findings, 0)],
    };
  };
}

/** Per rule, the figures the overview shows. */
export function reutersRuleFigures(result, labels) {
  return (rule) => {
    const stats = result.rules.get(rule);
    const claimed = Object.keys(labels.classes).filter((name) => labels.classes[name].rules.includes(rule));
    const labelled = claimed.reduce((sum, name) => sum + result.classes.get(name).labels, 0);
    const foundByRule = claimed.reduce((sum, name) => sum + (result.classes.get(name).foundBy.get(rule) ?? 0), 0);
    // A rule that shares its classes and reported nothing (duplicate-lead beside duplicate-paragraph) has no recall of its own.
    const soleClaimer = claimed.some((name) => labels.classes[name].rules.length === 1);
    return {
      recall: labelled && (soleClaimer || stats?.findings) ? [foundByRule, labelled] : undefined,
      precision: stats?.findings ? [stats.truePositives, stats.findings] : undefined,
      fixes: stats?.fixesOnDefects - (stats?.fixUnjudged ?? 0) > 0 ? [stats.fixRight, stats.fixesOnDefects - stats.fixUnjudged] : undefined,
      wrongFixes: stats?.fixesOffered ? [stats.wrongFixes.length, stats.fixesOffered] : undefined,
      per10k: [result.rest.rules.get(rule) ?? 0, result.rest.words],
    };
  };
}

function classRows(result, labels, targets) {
  return Object.keys(labels.classes)
    .filter((name) => name !== 'other')
    .map((name) => {
      const stats = result.classes.get(name);
      const random = stats.byStratum.get('random') ?? { labels: 0, found: 0 };
      const { precision } = reutersClassFigures(result, labels)(name);
      const aimed = targets.classes.includes(name);
      const meets = !aimed
        ? '—'
        : stats.found / stats.labels >= targets.recall && (!precision[1] || precision[0] / precision[1] >= targets.precision)
          ? 'yes'
          : 'no';
      return [
        name,
        labels.classes[name].rules.join(', '),
        String(stats.labels),
        ratio(stats.found, stats.labels),
        ratio(random.found, random.labels),
        ratio(...precision),
        aimed ? `recall ≥ ${targets.recall}, precision ≥ ${targets.precision}` : '—',
        meets,
      ];
    });
}

function misspellingSplit(result) {
  const stats = result.classes.get('misspelling');
  const missedNames = stats.missed.filter((m) => m.label.name).length;
  const names = stats.missed.length
    ? ` Of the ${stats.missed.length} misspellings missed, ${missedNames} are in names (\`name: true\` in the labels), which no dictionary knows.`
    : '';
  const foundBy = [...stats.foundBy].map(([rule, n]) => `${rule} ${n}`).join(', ');
  return `- **Misspellings** are claimed by \`typo\` (words) and \`name-variant\` (names that the rest of the dump spells otherwise); findings on labelled misspellings: ${foundBy || 'none'}.${names}`;
}

function ruleRows(result, labels) {
  const rules = [...new Set([...result.rules.keys(), ...result.rest.rules.keys()])].sort();
  return rules.map((rule) => {
    const figures = reutersRuleFigures(result, labels)(rule);
    const stats = result.rules.get(rule);
    const offered = stats?.correctable ? ratio(stats.corrected, stats.correctable) : '—';
    const rest = figures.per10k;
    return [
      rule,
      figures.precision ? ratio(...figures.precision) : '— (no findings)',
      figures.recall ? ratio(...figures.recall) : '—',
      figures.fixes ? `${figures.fixes[0]}/${figures.fixes[1]}` : '—',
      figures.wrongFixes ? `${figures.wrongFixes[0]}/${figures.wrongFixes[1]}` : '0',
      offered,
      `${per10k(rest[0], rest[1])} (${rest[0]})`,
    ];
  });
}

function missSection(result, labels) {
  const lines = ['### Missed defects', '', 'Every labelled defect no claiming rule marked, with what was reported on its line.', ''];
  for (const name of Object.keys(labels.classes).filter((n) => n !== 'other')) {
    const { missed } = result.classes.get(name);
    if (!missed.length) continue;
    lines.push(`#### ${name}: ${missed.length} missed`, '');
    for (const { story, label, nearby } of missed) {
      const reported = nearby.length ? ` — on that line: ${nearby.map((f) => `${f.ruleId} ${code(shortFlag(story, f))}`).join(', ')}` : '';
      lines.push(
        `- ${where(story, label.line)} ${label.text !== undefined ? code(label.text) : '(the line)'}${label.name ? ' (name)' : ''}${label.note ? ` — ${cell(label.note)}` : ''}${reported}`,
      );
    }
    lines.push('');
  }
  return lines;
}

function falsePositiveSection(result) {
  const lines = [
    '### False positives on the sample',
    '',
    'Every finding on the sampled stories that marks no labelled defect of a class its rule claims. "Fell on" names a real defect of another kind the finding overlaps.',
    '',
  ];
  let any = false;
  for (const [rule, stats] of [...result.rules].sort(([a], [b]) => a.localeCompare(b))) {
    if (!stats.falsePositives.length) continue;
    any = true;
    lines.push(`#### ${rule}: ${stats.falsePositives.length} of ${stats.findings}`, '');
    const groups = groupBy(stats.falsePositives, ({ story, finding }) => shortFlag(story, finding));
    const rows = [...groups].map(([flagged, items]) => {
      const { finding } = items[0];
      const places = items.map(({ story, finding: f }) => where(story, f.line)).join(', ');
      const on = items.flatMap((item) => item.fellOn).map((label) => `${label.class}: ${label.note ?? label.text}`);
      return [code(flagged), String(items.length), places, cell(clip(finding.message)), cell([...new Set(on)].join('; ')) || ''];
    });
    lines.push(...markdownTable(['Flagged', 'Times', 'Where (NEWID:line)', 'Message', 'Fell on'], rows), '');
  }
  if (!any) lines.push('None.', '');
  return lines;
}

function wrongFixSection(result) {
  const lines = ['### Wrong fixes on the sample', ''];
  let any = false;
  for (const [rule, stats] of [...result.rules].sort(([a], [b]) => a.localeCompare(b))) {
    if (!stats.wrongFixes.length) continue;
    any = true;
    lines.push(`#### ${rule}: ${stats.wrongFixes.length}`, '');
    for (const { story, finding, label } of stats.wrongFixes) {
      const flagged = shortFlag(story, finding);
      const right = label ? (label.class === 'repeated-paragraph' ? 'the line removed' : code(label.correct)) : 'no change (not a defect)';
      lines.push(
        `- ${where(story, finding.line)} ${code(flagged)} → ${code(finding.fix.text)}; right: ${right}${label?.note ? ` (${cell(label.note)})` : ''}`,
      );
    }
    lines.push('');
  }
  if (!any) lines.push('None.', '');
  return lines;
}

function unclaimedSection(result, labels) {
  const other = labels.defects.filter((label) => label.class === 'other');
  const lines = [
    '### Defects no rule claims',
    '',
    `${other.length} real defects seen while reading that are of no rule's class (class \`other\` in the labels): a start for new rules or for widening old ones.`,
    '',
  ];
  for (const label of other)
    lines.push(`- ${label.newid}:${label.line} ${label.text !== undefined ? code(label.text) : '(the line)'} — ${cell(label.note)}`);
  lines.push('');
  return lines;
}

function restSection({ rest }) {
  const lines = [
    '### The other stories',
    '',
    `Findings on the ${rest.stories.toLocaleString('en-US')} stories outside the sample (${rest.words.toLocaleString('en-US')} words), not labelled; the most frequent flagged texts of each rule (words only: the corpus is for research use).`,
    '',
  ];
  const rows = [...groupBy(rest.listed, ({ finding }) => finding.ruleId)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, items]) => {
      const top = [...groupBy(items, ({ story, finding }) => shortFlag(story, finding))]
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, TOP_FLAGS_ON_REST)
        .map(([flagged, group]) => `${code(flagged)}${group.length > 1 ? ` ×${group.length}` : ''}`);
      return [rule, String(items.length), per10k(items.length, rest.words), top.join(', ')];
    });
  lines.push(...markdownTable(['Rule', 'Findings', 'Per 10k words', 'Most frequent'], rows), '');
  return lines;
}

/** The flagged text, cut short: a paragraph-long flag would copy the story's text. */
function shortFlag(story, finding) {
  const flagged = story.text.slice(finding.start, finding.end);
  return flagged.length > FLAG_CHARS ? `${flagged.slice(0, FLAG_CHARS)}…` : flagged;
}

function where(story, line) {
  return `${story.newid}:${line}`;
}
