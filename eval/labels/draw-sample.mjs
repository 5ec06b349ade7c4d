#!/usr/bin/env node
// Draws the Reuters sample that was labelled by hand (eval/labels/reuters.json). Run once, before the
// reading; its output was pasted into the labels file's `stories`, which is what the evaluation reads,
// so later changes to the rules or to this script do not move the sample. See README.md here.
//
//   node eval/labels/draw-sample.mjs [--seed 5] > /tmp/sample.json
//
// Four strata, drawn in this order, each story in one stratum only:
// - named: every story holding a defect the quality issue names, found by plain text search: "rise
//   rise", "said said", "recieve", "interst", "seperate", "Boutros Boutros" (a trap), a control
//   character, a byte outside ASCII or "^M", a paragraph repeated word for word, a paragraph ending in
//   "said" with no full stop.
// - flagged: a seeded sample of the stories where copydesk, at drawing time, reported anything but a
//   typo (the rare rules' findings, so that their precision rests on more than a handful).
// - doubled: a seeded sample of the stories where a plain regex sees a word twice in a row but copydesk
//   reported no doubled word (traps and misses).
// - random: a seeded sample of all the other stories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadReutersStories } from '../carriers/reuters.mjs';
import { createRandom } from '../lib/random.mjs';
import { buildCli, checkDocuments } from '../run-cli.mjs';

const SIZES = { flagged: 60, doubled: 30, random: 170 };
const NAMED_DEFECT = /\b(?:rise rise|said said|recieve\w*|interst|seperate\w*)\b|Boutros Boutros|[\x00-\x08\x0b-\x1f\x7f-\xff]|\^M/i;
const DOUBLED = /\b(\w+)\s+\1\b/i;

const { values: args } = parseArgs({ options: { seed: { type: 'string', default: '5' } } });
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const stories = loadReutersStories(resolve(repoRoot, '../shared/corpus/reuters-21578'));

buildCli(repoRoot);
const workDir = mkdtempSync(join(tmpdir(), 'copydesk-sample-'));
let findings;
try {
  findings = checkDocuments(
    repoRoot,
    workDir,
    'reuters',
    stories.map((story) => ({ name: story.id, bytes: story.bytes, batchKey: story.id })),
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
const rulesOn = (story) => new Set((findings.get(story.id) ?? []).map((finding) => finding.ruleId));

const chosen = new Map();
const take = (stratum, candidates, size) => {
  const pool = candidates.filter((story) => !chosen.has(story.newid));
  const random = createRandom(args.seed, 'reuters-sample', stratum);
  for (let i = 0; i < size && pool.length; i++) chosen.set(pool.splice(Math.floor(random.next() * pool.length), 1)[0].newid, stratum);
};
const named = stories.filter((story) => NAMED_DEFECT.test(story.text) || hasRepeatedParagraph(story) || endsWithBareSaid(story));
take('named', named, named.length);
take(
  'flagged',
  stories.filter((story) => [...rulesOn(story)].some((rule) => rule !== 'typo')),
  SIZES.flagged,
);
take(
  'doubled',
  stories.filter((story) => DOUBLED.test(story.text) && !rulesOn(story).has('doubled-word')),
  SIZES.doubled,
);
take('random', stories, SIZES.random);

const sample = stories
  .filter((story) => chosen.has(story.newid))
  .map((story) => ({ newid: story.newid, stratum: chosen.get(story.newid) }));
process.stdout.write(`${JSON.stringify(sample)}\n`);

function hasRepeatedParagraph(story) {
  const seen = new Set();
  return story.paragraphs.some((paragraph) => {
    const key = paragraph.toLowerCase().replace(/\W+/g, ' ').trim();
    if (key.split(' ').length < 6) return false;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

function endsWithBareSaid(story) {
  return story.paragraphs.some((paragraph) => /\bsaid[,"]*$/.test(paragraph));
}
