// Real wire copy with real defects: the Reuters-21578 stories, checked as one dump, scored against the
// hand labels of a sample (eval/labels/reuters.json, made as eval/labels/README.md says).
// - Recall, per class of defect: labelled defects that a finding of a rule claiming the class marks /
//   labelled defects.
// - Precision, per rule: its findings on the sample that mark a labelled defect of a class it claims /
//   all its findings on the sample. A finding on a real defect of another class (a lost capital, a
//   stray "^M") is still false, but the report says which defect it fell on.
// - Fixes: a rule's fix on a labelled defect with a known right text gives exactly that text; a fix on
//   anything else is wrong.
// - The stories outside the sample: findings per 10,000 words, per rule, and the precision of a
//   random draw of them judged by hand (suites/held-out.mjs).
import { readFileSync } from 'node:fs';
import { loadReutersStories, reutersCarrier } from '../carriers/reuters.mjs';
import { applyFixes, overlaps } from '../score.mjs';
import { judgeHeldOut } from './held-out.mjs';

const SUGGESTIONS_CONSIDERED = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const HELD_OUT_JUDGMENTS = new URL('../labels/reuters-held-out.json', import.meta.url);

export function reutersSuite(reutersDir, labelsUrl) {
  const stories = loadReutersStories(reutersDir);
  const labels = JSON.parse(readFileSync(labelsUrl, 'utf8'));
  return {
    name: 'reuters',
    carrier: reutersCarrier,
    stories,
    labels,
    // Every story once: the dump as a user would check it, so name-variant sees the whole corpus.
    documents: () => stories.map((story) => ({ name: story.id, bytes: story.bytes, batchKey: story.id })),
    score: (findings) => scoreReuters(stories, labels, findings),
  };
}

function scoreReuters(stories, labels, findingsByName) {
  const strataOf = new Map(labels.stories.map(({ newid, stratum }) => [newid, stratum]));
  const claimedBy = (rule) => Object.keys(labels.classes).filter((name) => labels.classes[name].rules.includes(rule));
  const classes = new Map(
    Object.keys(labels.classes).map((name) => [name, { labels: 0, found: 0, byStratum: new Map(), missed: [], foundBy: new Map() }]),
  );
  const rules = new Map();
  const ruleStats = (rule) => {
    if (!rules.has(rule))
      rules.set(rule, {
        findings: 0,
        truePositives: 0,
        falsePositives: [],
        fixesOffered: 0,
        fixesOnDefects: 0,
        fixRight: 0,
        fixUnjudged: 0,
        wrongFixes: [],
        corrected: 0,
        correctable: 0,
      });
    return rules.get(rule);
  };
  const rest = { stories: 0, words: 0, rules: new Map(), listed: [] };
  let sampleWords = 0;

  for (const story of stories) {
    const findings = findingsByName.get(story.id) ?? [];
    if (!strataOf.has(story.newid)) {
      rest.stories++;
      rest.words += story.words;
      for (const finding of findings) {
        rest.rules.set(finding.ruleId, (rest.rules.get(finding.ruleId) ?? 0) + 1);
        rest.listed.push({ story, finding });
      }
      continue;
    }
    sampleWords += story.words;
    const stratum = strataOf.get(story.newid);
    const storyLabels = labels.defects
      .filter((label) => label.newid === story.newid)
      .map((label) => ({ ...label, ranges: rangesOf(story, label) }));
    const matchedLabels = new Set();
    for (const finding of findings) {
      const claimed = claimedBy(finding.ruleId);
      // Cross-document rules (duplicate-document, cross-document-paragraph, boilerplate) claim no class the
      // sample was labelled for: a story was read alone, not beside the stories it may repeat. Their
      // precision is measured where it was labelled (docs/dedup.md, docs/rules/boilerplate.md); here they
      // count only among the findings per 10k words of the other stories.
      if (!claimed.length) continue;
      const stats = ruleStats(finding.ruleId);
      stats.findings++;
      const hits = storyLabels.filter((label) => claimed.includes(label.class) && marks(finding, label));
      if (!hits.length) {
        const fellOn = storyLabels.filter((label) => marks(finding, label));
        stats.falsePositives.push({ story, finding, fellOn });
        if (finding.fix) {
          stats.fixesOffered++;
          stats.wrongFixes.push({ story, finding, label: null });
        }
        continue;
      }
      stats.truePositives++;
      for (const label of hits) {
        matchedLabels.add(label);
        const byRule = classes.get(label.class).foundBy;
        byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
      }
      judgeFix(story, finding, hits[0], stats);
    }
    for (const label of storyLabels) {
      const stats = classes.get(label.class);
      stats.labels++;
      const stratumStats = stats.byStratum.get(stratum) ?? { labels: 0, found: 0 };
      stats.byStratum.set(stratum, stratumStats);
      stratumStats.labels++;
      if (matchedLabels.has(label)) {
        stats.found++;
        stratumStats.found++;
      } else if (label.class !== 'other') {
        const nearby = findings.filter((finding) => finding.line === label.line);
        stats.missed.push({ story, label, nearby });
      }
    }
    // Whether the right word is offered, for every labelled misspelling the rules report.
    for (const label of storyLabels.filter((l) => l.class === 'misspelling' && l.correct !== undefined && matchedLabels.has(l))) {
      for (const rule of labels.classes.misspelling.rules) {
        const onLabel = findings.filter((finding) => finding.ruleId === rule && marks(finding, label));
        if (!onLabel.length) continue;
        const stats = ruleStats(rule);
        stats.correctable++;
        if (onLabel.some((finding) => offersCorrection(story, finding, label))) stats.corrected++;
      }
    }
  }
  return {
    carrier: reutersCarrier,
    sample: { stories: strataOf.size, words: sampleWords, strata: countValues(strataOf) },
    classes,
    rules,
    rest,
    heldOut: judgeHeldOut(rest.listed, HELD_OUT_JUDGMENTS),
  };
}

/** Where a label is in the story's text: its line, or its text on that line (every occurrence). */
function rangesOf(story, label) {
  const lineStart = story.paragraphs.slice(0, label.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
  const line = story.paragraphs[label.line - 1];
  if (line === undefined) throw new Error(`eval/labels/reuters.json: story ${story.newid} has no line ${label.line}`);
  if (label.span === 'line' || label.text === undefined) return [{ start: lineStart, end: lineStart + line.length, line: label.line }];
  const ranges = [];
  for (let at = line.indexOf(label.text); at !== -1; at = line.indexOf(label.text, at + 1)) {
    // "ann" labels the word "ann", not the start of "annual".
    const inWord =
      (WORD_CHAR.test(line[at - 1] ?? '') && WORD_CHAR.test(label.text[0])) ||
      (WORD_CHAR.test(line[at + label.text.length] ?? '') && WORD_CHAR.test(label.text.at(-1)));
    if (!inWord) ranges.push({ start: lineStart + at, end: lineStart + at + label.text.length, line: label.line });
  }
  if (!ranges.length) throw new Error(`eval/labels/reuters.json: story ${story.newid} line ${label.line} has no "${label.text}"`);
  return ranges;
}

/**
 * A finding marks a label when it overlaps the labelled text; a paragraph-level label (a repeat, a
 * cut-off paragraph) is marked by a finding on its line, and a repeat also by one on its first copy.
 */
function marks(finding, label) {
  if (label.class === 'repeated-paragraph') return finding.line === label.line || finding.line === label.of;
  if (label.class === 'truncated-paragraph') return finding.line === label.line;
  return label.ranges.some((range) => overlaps(finding, range));
}

function judgeFix(story, finding, label, stats) {
  if (!finding.fix) return;
  stats.fixesOffered++;
  stats.fixesOnDefects++;
  const expected = expectedText(story, label);
  if (expected === undefined) {
    stats.fixUnjudged++;
    return;
  }
  if (sameText(applyFixes(story.text, [finding.fix]), expected)) stats.fixRight++;
  else stats.wrongFixes.push({ story, finding, label });
}

/** The story with the labelled defect corrected, or undefined when the right text is not known. */
function expectedText(story, label) {
  if (label.class === 'repeated-paragraph') return story.paragraphs.filter((_, i) => i !== label.line - 1).join('\n');
  if (label.correct === undefined) return undefined;
  const [range] = label.ranges;
  return story.text.slice(0, range.start) + label.correct + story.text.slice(range.end);
}

function offersCorrection(story, finding, label) {
  const expected = expectedText(story, label);
  const candidates = [finding.fix, ...(finding.suggestions ?? []).slice(0, SUGGESTIONS_CONSIDERED).map((s) => s.fix)];
  return candidates.some((fix) => fix && sameText(applyFixes(story.text, [fix]), expected));
}

/** Texts equal up to white space: a removed paragraph may leave an empty line or a double space. */
function sameText(a, b) {
  const normalize = (text) =>
    text
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  return normalize(a) === normalize(b);
}

function countValues(map) {
  const counts = new Map();
  for (const value of map.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
