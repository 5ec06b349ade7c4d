// A synthetic corpus of short news articles with known duplicates, for the dedup benchmark and its
// recall and precision (bench/dedup-bench.mjs, eval/dedup-eval.mjs). Each article is a wire story:
// a dateline (`HANOI (VNA) – `), three to five paragraphs of sentences drawn from a Zipf-weighted
// English vocabulary with stock news phrases mixed in (so unrelated stories share some 5-grams, as
// real ones do), sometimes a photo caption. A share of the documents are copies of an earlier story:
//
//   exact     the same story, re-spaced and in another case (exact after normalisation)
//   dateline  another outlet's dateline (`HAI PHONG, March 3 (VNA) - `)
//   caption   a photo caption glued in front of the dateline
//   teaser    a teaser paragraph added at the end ("Read more: …")
//   updated   an updated version: a paragraph added and a few words changed
//
// The truth (which document copies which, the kind, and the Jaccard similarity of their word 5-gram
// sets computed here, independently of copydesk) goes to truth.jsonl. Documents are JSONL records
// spread over shards. Deterministic for a seed.
//
//   node bench/dedup-corpus.mjs --out DIR [--documents 100000] [--shards 16] [--duplicates 0.1] [--seed 1]
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const KINDS = ['exact', 'dateline', 'caption', 'teaser', 'updated'];

const CITIES = [
  'HANOI',
  'Hai Phong',
  'Da Nang',
  'HO CHI MINH CITY',
  'Can Tho',
  'Hue',
  'Nha Trang',
  'Vientiane',
  'Bangkok',
  'Phnom Penh',
  'Jakarta',
  'Manila',
  'Singapore',
  'Kuala Lumpur',
  'Tokyo',
  'Seoul',
  'Beijing',
  'New Delhi',
  'Moscow',
  'Paris',
  'Berlin',
  'London',
  'WASHINGTON',
  'New York',
  'Canberra',
  'Quang Ninh',
  'Ha Long',
  'Vinh',
  'Buon Ma Thuot',
  'Dong Nai',
];
const AGENCIES = ['VNA', 'Reuters', 'AP', 'AFP', 'VNS', 'Xinhua', 'Vietnam+'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const PHRASES = [
  'said in a statement on',
  'according to the ministry of',
  'the prime minister said',
  'in the first quarter of the year',
  'at a press conference on',
  "the people's committee of the province",
  'over the same period last year',
  'the government has approved',
  'in accordance with the law on',
  'the two sides agreed to',
  'expressed his gratitude to',
  'on the sidelines of the meeting',
  'to promote cooperation in the fields of',
  'local authorities said',
  'the department of planning and investment',
  'a spokesman for the company',
];
const TEASERS = ['Read more:', 'Related:', 'See also:', 'Watch:'];

export function createRandom(seed) {
  let state = 0x811c9dc5;
  for (const ch of String(seed)) state = Math.imul(state ^ ch.charCodeAt(0), 0x01000193);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (items) => items[Math.floor(next() * items.length)] };
}

/** Common English words (SCOWL levels ≤ 35 in data/english-words.txt), in a Zipf-weighted sampler. */
function vocabulary() {
  const file = fileURLToPath(new URL('../data/english-words.txt', import.meta.url));
  // Commoner levels first; within a level in a fixed scrambled order, not the file's alphabetical one.
  const scramble = (w) => {
    let h = 0x811c9dc5;
    for (const ch of w) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    return h >>> 0;
  };
  const words = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([w, level]) => w && Number(level) <= 35 && /^[a-z]+$/.test(w))
    .sort((a, b) => Number(a[1]) - Number(b[1]) || scramble(a[0]) - scramble(b[0]))
    .map(([w]) => w);
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) cumulative[i] = sum += 1 / (i + 20);
  return (random) => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function sentence(random, word) {
  const words = [];
  const length = random.int(8, 20);
  while (words.length < length) {
    if (random.next() < 0.08) words.push(...random.pick(PHRASES).split(' '));
    else words.push(word(random));
  }
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}${random.next() < 0.1 ? '?' : '.'}`;
}

function paragraph(random, word) {
  return Array.from({ length: random.int(1, 3) }, () => sentence(random, word)).join(' ');
}

function dateline(random) {
  const city = random.pick(CITIES);
  const date = random.next() < 0.5 ? `, ${random.pick(MONTHS)} ${random.int(1, 28)}` : '';
  return `${city}${date} (${random.pick(AGENCIES)}) ${random.pick(['-', '–', '—'])} `;
}

function caption(random, word) {
  return `${sentence(random, word).replace(/[.?]$/, '')} (Photo: ${random.pick(AGENCIES)})`;
}

/** A story: its dateline, optional caption line, and body paragraphs (the words that count for dedup). */
function story(random, word) {
  return {
    dateline: dateline(random),
    caption: random.next() < 0.2 ? caption(random, word) : null,
    body: Array.from({ length: random.int(3, 5) }, () => paragraph(random, word)),
  };
}

function render(s) {
  const lead = `${s.gluedCaption ?? ''}${s.dateline}${s.body[0]}`;
  return [...(s.caption ? [s.caption] : []), lead, ...s.body.slice(1)].join('\n');
}

function copyOf(original, kind, random, word) {
  const s = { ...original, body: [...original.body] };
  if (kind === 'dateline') s.dateline = dateline(random);
  if (kind === 'caption') s.gluedCaption = caption(random, word);
  if (kind === 'teaser') s.body.push(`${random.pick(TEASERS)} ${sentence(random, word)}`);
  if (kind === 'updated') {
    s.body.push(paragraph(random, word));
    const i = random.int(0, s.body.length - 2);
    const words = s.body[i].split(' ');
    for (let k = 0; k < 2; k++) words[random.int(0, words.length - 1)] = word(random);
    s.body[i] = words.join(' ');
  }
  return s;
}

/** Jaccard similarity of the word 5-gram sets of two bodies (lower-cased letters and digits). */
export function bodyJaccard(a, b) {
  const shingles = (body) => {
    const words = body
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const set = new Set();
    for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
    return set;
  };
  const x = shingles(a);
  const y = shingles(b);
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Writes `documents` records over `shards` files in `out` (shard-00.jsonl…) and truth.jsonl, whose
 * lines are {copy, original, kind, jaccard}, each document named `shard-NN.jsonl:record`.
 */
export async function makeDedupCorpus({ out, documents = 100000, shards = 16, duplicates = 0.1, seed = 1 }) {
  mkdirSync(out, { recursive: true });
  const random = createRandom(`dedup:${seed}`);
  const word = vocabulary();
  const streams = Array.from({ length: shards }, (_, i) => createWriteStream(path.join(out, `shard-${String(i).padStart(2, '0')}.jsonl`)));
  const records = new Array(shards).fill(0);
  const originals = [];
  const truth = [];
  const write = (text, id) => {
    const shard = random.int(0, shards - 1);
    records[shard]++;
    const ok = streams[shard].write(`${JSON.stringify({ id, text })}\n`);
    return { name: `shard-${String(shard).padStart(2, '0')}.jsonl:${records[shard]}`, ok, stream: streams[shard] };
  };
  for (let id = 0; id < documents; id++) {
    let s;
    let kind = null;
    let original = null;
    if (originals.length > 100 && random.next() < duplicates) {
      original = random.pick(originals);
      kind = random.pick(KINDS);
      s = copyOf(original.story, kind, random, word);
    } else {
      s = story(random, word);
    }
    let text = render(s);
    if (kind === 'exact') text = random.next() < 0.5 ? text.toUpperCase() : text.replace(/ /g, '  ').replace(/\n/g, '\n\n');
    const { name, ok, stream } = write(text, id);
    if (original)
      truth.push({
        copy: name,
        original: original.name,
        kind,
        jaccard: Math.round(bodyJaccard(s.body, original.story.body) * 1000) / 1000,
      });
    else if (originals.length < 20000 || random.next() < 0.05) originals.push({ name, story: s });
    if (!ok) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await Promise.all(streams.map((s) => new Promise((resolve) => s.end(resolve))));
  writeFileSync(path.join(out, 'truth.jsonl'), truth.map((t) => JSON.stringify(t)).join('\n') + '\n');
  return { documents, shards, copies: truth.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      documents: { type: 'string', default: '100000' },
      shards: { type: 'string', default: '16' },
      duplicates: { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const made = await makeDedupCorpus({
    out: values.out,
    documents: Number(values.documents),
    shards: Number(values.shards),
    duplicates: Number(values.duplicates),
    seed: values.seed,
  });
  process.stderr.write(`${JSON.stringify(made)}\n`);
}
