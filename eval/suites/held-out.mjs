// Precision on the Reuters stories outside the labelled sample, judged by hand. The labelled sample
// was drawn to hold defects (eval/labels/README.md), so precision there flatters a rule; here a seeded
// random draw of each rule group's findings on the other stories is looked up in
// eval/labels/reuters-held-out.json, where a person has said of each drawn finding whether it marks a
// real defect of the kind the group claims. Findings a rule change brings that nobody judged yet are
// listed as unjudged, so the file can be brought up to date (eval/labels/README.md says how).
import { readFileSync } from 'node:fs';
import { hashString } from '../lib/random.mjs';

/** The rule groups judged, each a class of defect and the rules that claim it. */
export const HELD_OUT_GROUPS = [
  { name: 'misspelling', rules: ['typo', 'name-variant'] },
  { name: 'doubled-word', rules: ['doubled-word'] },
  { name: 'truncated-paragraph', rules: ['truncated-fragment'] },
];
const DRAWN_PER_GROUP = 100;
const FLAG_CHARS = 40;

/** The key a judgment is filed under: story, line, rule and the flagged text (cut short). */
export function heldOutKey(newid, line, rule, flagged) {
  return `${newid}:${line}:${rule}:${flagged.slice(0, FLAG_CHARS)}`;
}

export function judgeHeldOut(listed, judgmentsUrl, seed = 1) {
  const judgments = new Map();
  for (const entry of JSON.parse(readFileSync(judgmentsUrl, 'utf8')).judgments) {
    judgments.set(heldOutKey(entry.newid, entry.line, entry.rule, entry.flagged), entry);
  }
  return HELD_OUT_GROUPS.map((group) => {
    const findings = listed
      .filter(({ finding }) => group.rules.includes(finding.ruleId))
      .map(({ story, finding }) => ({
        newid: story.newid,
        line: finding.line,
        rule: finding.ruleId,
        flagged: story.text.slice(finding.start, finding.end),
        story,
        finding,
      }))
      .sort((a, b) => a.newid - b.newid || a.line - b.line || (a.flagged < b.flagged ? -1 : a.flagged > b.flagged ? 1 : 0));
    const drawn = draw(findings, DRAWN_PER_GROUP, seed);
    const judged = [];
    const unjudged = [];
    for (const finding of drawn) {
      const judgment = judgments.get(heldOutKey(finding.newid, finding.line, finding.rule, finding.flagged));
      if (judgment) judged.push({ ...finding, real: judgment.real, note: judgment.note });
      else unjudged.push(finding);
    }
    return { ...group, findings: findings.length, drawn: drawn.length, judged, unjudged };
  });
}

/**
 * Up to `count` findings, those whose seeded hash of their key is smallest. Unlike a shuffle, the draw
 * barely moves when a rule change adds or takes away a few findings: the judgments stay in use.
 */
function draw(findings, count, seed) {
  return findings
    .map((finding) => ({ finding, rank: hashString(`${seed}:${heldOutKey(finding.newid, finding.line, finding.rule, finding.flagged)}`) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map(({ finding }) => finding);
}
