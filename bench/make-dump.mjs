// Generates the benchmark dumps in bench/out/ (never committed) from the shared corpus:
//   txt/       one article per .txt file, one paragraph per line, ~6 KB each, ≥ 100 MB in all
//   dump.jsonl the same articles as records {"id","text"}, paragraphs joined by "\n"
//   slice/     hard links to the first ≥ 20 MB of txt/: the slice the (slow) peers are timed on
//   single-line.txt  one 50 MB line (one paragraph): the linearity check
//   repeated.txt     a million paragraphs, one per line, each a copy of one of a few: the memory check
//                    for one file with a million findings
//   manifest.json    what was generated, with a hash of dump.jsonl to show the output is deterministic
//
// The corpus holds ~5 MB of distinct prose, so every article is re-drawn from it: a run of consecutive
// paragraphs from one source (Reuters bodies, Brown editorials, the two VNA seeds), in which each word is
// swapped, with probability WORD_SWAP, for a word drawn from the same source (frequency-weighted, same
// capitalisation) and each number for random digits of the same length. The text keeps the corpus's
// character and word statistics and its real defects (the seeds' stray 𝓀, "the the", "./." …), but
// repeated draws do not turn into thousands of exact duplicate paragraphs, which no real dump has.
//
// Usage: node bench/make-dump.mjs [--out DIR] [--mb 100] [--slice-mb 20] [--line-mb 50] [--repeat-paragraphs 1000000]
//        [--seed 1] [--force]
import { createHash } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL('./out/', import.meta.url));
const GENERATOR_VERSION = 2;
const WORD_SWAP = 0.3;
const MB = 1e6;
// Share of articles drawn from each source; Reuters wire copy is the bulk of a news dump.
const SOURCE_WEIGHTS = [
  ['reuters', 0.6],
  ['brown', 0.35],
  ['seeds', 0.05],
];

export function dumpOptions(argv = []) {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      out: { type: 'string', default: DEFAULT_OUT },
      mb: { type: 'string', default: '100' },
      'slice-mb': { type: 'string', default: '20' },
      'line-mb': { type: 'string', default: '50' },
      'repeat-paragraphs': { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  return {
    out: path.resolve(values.out),
    mb: Number(values.mb),
    sliceMb: Number(values['slice-mb']),
    lineMb: Number(values['line-mb']),
    repeatParagraphs: Number(values['repeat-paragraphs']),
    seed: Number(values.seed),
    force: values.force,
  };
}

/** Generates the dumps unless bench/out already holds the ones these options describe. Returns the manifest. */
export function makeDump(options) {
  const manifestFile = path.join(options.out, 'manifest.json');
  const wanted = {
    generator: GENERATOR_VERSION,
    wordSwap: WORD_SWAP,
    seed: options.seed,
    mb: options.mb,
    sliceMb: options.sliceMb,
    lineMb: options.lineMb,
    repeatParagraphs: options.repeatParagraphs,
  };
  if (!options.force && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (Object.entries(wanted).every(([key, value]) => manifest.params?.[key] === value)) return manifest;
  }
  for (const name of ['txt', 'slice', 'dump.jsonl', 'single-line.txt', 'repeated.txt', 'manifest.json'])
    rmSync(path.join(options.out, name), { recursive: true, force: true });
  mkdirSync(path.join(options.out, 'txt'), { recursive: true });
  mkdirSync(path.join(options.out, 'slice'), { recursive: true });

  const random = mulberry32(options.seed);
  const sources = loadSources();
  const jsonlHash = createHash('sha256');
  const jsonl = openSync(path.join(options.out, 'dump.jsonl'), 'w');
  let txtBytes = 0,
    jsonlBytes = 0,
    sliceBytes = 0,
    sliceFiles = 0,
    articles = 0;
  // How many paragraphs (≥ 50 characters) are exact copies of an earlier one: the duplicate rules' workload.
  const seenParagraphs = new Set();
  let repeatedParagraphs = 0;
  while (txtBytes < options.mb * MB) {
    articles++;
    const name = `${String(articles).padStart(6, '0')}.txt`;
    const paragraphs = drawArticle(sources, random);
    for (const paragraph of paragraphs) {
      if (paragraph.length < 50) continue;
      const key = createHash('sha1').update(paragraph).digest('base64');
      if (seenParagraphs.has(key)) repeatedParagraphs++;
      else seenParagraphs.add(key);
    }
    const text = paragraphs.join('\n');
    const bytes = Buffer.from(text);
    writeFileSync(path.join(options.out, 'txt', name), bytes);
    txtBytes += bytes.length;
    if (sliceBytes < options.sliceMb * MB) {
      linkSync(path.join(options.out, 'txt', name), path.join(options.out, 'slice', name));
      sliceBytes += bytes.length;
      sliceFiles++;
    }
    const record = Buffer.from(JSON.stringify({ id: name.replace('.txt', ''), text }) + '\n');
    writeSync(jsonl, record);
    jsonlHash.update(record);
    jsonlBytes += record.length;
  }
  closeSync(jsonl);

  const line = openSync(path.join(options.out, 'single-line.txt'), 'w');
  let lineBytes = 0;
  for (let first = true; lineBytes < options.lineMb * MB; first = false) {
    const chunk = Buffer.from((first ? '' : ' ') + drawArticle(sources, random).join(' '));
    writeSync(line, chunk);
    lineBytes += chunk.length;
  }
  closeSync(line);

  // Drawn last, so that the other dumps are those of earlier versions of this script.
  const repeatedBytes = writeRepeated(path.join(options.out, 'repeated.txt'), options.repeatParagraphs, sources, random);

  const manifest = {
    params: wanted,
    txt: { files: articles, bytes: txtBytes, paragraphs: seenParagraphs.size + repeatedParagraphs, repeatedParagraphs },
    jsonl: { records: articles, bytes: jsonlBytes, sha256: jsonlHash.digest('hex') },
    slice: { files: sliceFiles, bytes: sliceBytes },
    singleLine: { bytes: lineBytes },
    repeated: { paragraphs: options.repeatParagraphs, bytes: repeatedBytes },
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/**
 * `count` paragraphs, one per line, taking turns among the first few of one drawn article: every
 * paragraph after those is an exact copy, a duplicate-paragraph finding (a dump scraped in a loop).
 */
function writeRepeated(file, count, sources, random) {
  // Cut to about a sentence's length (ending like one), so that the file stays near 100 MB.
  const distinct = drawArticle(sources, random)
    .filter((p) => p.length >= 150)
    .slice(0, 4)
    .map((p) => `${p.slice(0, p.lastIndexOf(' ', 110)).replace(/[,;:]$/, '')}.`);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const CHUNK = 10_000;
  for (let done = 0; done < count; done += CHUNK) {
    const lines = [];
    for (let i = done; i < Math.min(count, done + CHUNK); i++) lines.push(distinct[i % distinct.length]);
    const chunk = Buffer.from(lines.join('\n') + '\n');
    writeSync(fd, chunk);
    bytes += chunk.length;
  }
  closeSync(fd);
  return bytes;
}

// ── Drawing articles ─────────────────────────────────────────────────────────

function drawArticle(sources, random) {
  const source = sources[pickWeighted(SOURCE_WEIGHTS, random)];
  const targetSize = 3000 + random() * 6000;
  const paragraphs = [];
  let size = 0;
  for (let i = Math.floor(random() * source.paragraphs.length); size < targetSize; i = (i + 1) % source.paragraphs.length) {
    const paragraph = swapWords(source.paragraphs[i], source, random);
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs;
}

const WORD_OR_NUMBER = /(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?)|(\d+)/gu;

function swapWords(paragraph, source, random) {
  // Split into [gap, token, gap, token, …, gap] so a swap can see the words on both sides.
  const parts = paragraph.split(/(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\d+)/u);
  for (let i = 1; i < parts.length; i += 2) {
    if (random() >= WORD_SWAP) continue;
    if (/^\d/.test(parts[i])) {
      parts[i] = randomDigits(parts[i].length, random);
      continue;
    }
    const pool = isCapitalised(parts[i]) ? source.capitalised : source.lowercase;
    // A word drawn next to itself would plant a doubled word ("the the") in every article.
    const neighbours = [parts[i - 2], parts[i + 2]].map((w) => w?.toLowerCase());
    let word;
    do word = pool[Math.floor(random() * pool.length)];
    while (neighbours.includes(word.toLowerCase()));
    parts[i] = word;
  }
  return parts.join('');
}

function randomDigits(length, random) {
  let digits = '';
  for (let i = 0; i < length; i++) digits += Math.floor(random() * 10);
  return digits;
}

function isCapitalised(word) {
  return word[0] !== word[0].toLowerCase();
}

function pickWeighted(weights, random) {
  let r = random();
  for (const [key, weight] of weights) if ((r -= weight) < 0) return key;
  return weights.at(-1)[0];
}

/** A small seeded PRNG (mulberry32): the same seed gives byte-identical dumps on every machine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── Reading the corpus ───────────────────────────────────────────────────────

function loadSources() {
  const sources = { reuters: reuterParagraphs(), brown: brownParagraphs(), seeds: seedParagraphs() };
  for (const source of Object.values(sources)) {
    const words = source.paragraphs.flatMap((p) => [...p.matchAll(WORD_OR_NUMBER)].filter((m) => m[1]).map((m) => m[1]));
    source.capitalised = words.filter(isCapitalised);
    source.lowercase = words.filter((w) => !isCapitalised(w));
  }
  return sources;
}

/** Reuters-21578 bodies (Latin-1 SGML): paragraphs start with a newline and four spaces. */
function reuterParagraphs() {
  const dir = path.join(CORPUS, 'reuters-21578');
  const paragraphs = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sgm'))
    .sort()) {
    const sgml = readFileSync(path.join(dir, file), 'latin1');
    for (const [, body] of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      const text = body
        .replace(/&#\d+;/g, '') // SGML control-character entities: markup, not text
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&')
        .replace(/\s*\bReuter\s*$/i, ''); // the wire's sign-off line
      for (const paragraph of text.split(/\n {4}/)) {
        const line = paragraph.replace(/\s+/g, ' ').trim();
        if (line) paragraphs.push(line);
      }
    }
  }
  return { paragraphs };
}

/** Brown press editorials: tagged tokens `word/tag`, one sentence per line, paragraphs between blank lines. */
function brownParagraphs() {
  const dir = path.join(CORPUS, 'brown-press-editorial');
  const paragraphs = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^cb\d\d$/.test(f))
    .sort()) {
    for (const block of readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/)) {
      const tokens = block
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.slice(0, t.lastIndexOf('/')));
      if (tokens.length) paragraphs.push(detokenize(tokens));
    }
  }
  return { paragraphs };
}

const ATTACHES_LEFT = /^(?:[,.;:?!)]|''|'|'\w+|n't)$/;

function detokenize(tokens) {
  let text = '';
  let glueNext = false;
  let previous = '';
  for (const token of tokens) {
    // The tagged files often repeat a sentence's final mark ("?/. ?/."): one is the text's.
    if (token === previous && /^[?!;:]$/.test(token)) continue;
    previous = token;
    const word = token === '``' ? '“' : token === "''" ? '”' : token === '--' ? '—' : token;
    const glue = glueNext || ATTACHES_LEFT.test(token) || token === '--' || text.endsWith('—');
    text += (text && !glue ? ' ' : '') + word;
    glueNext = token === '``' || token === '(';
  }
  return text;
}

/** The two VNA seed dumps, one paragraph per line, defects and all. */
function seedParagraphs() {
  const dir = path.join(CORPUS, 'seeds');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/))
    .filter((line) => line.trim());
  return { paragraphs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = dumpOptions(process.argv.slice(2));
  const started = Date.now();
  const manifest = makeDump(options);
  console.log(
    `${options.out}: ${manifest.txt.files} articles, txt ${(manifest.txt.bytes / MB).toFixed(1)} MB, jsonl ${(manifest.jsonl.bytes / MB).toFixed(1)} MB, ` +
      `slice ${manifest.slice.files} files ${(manifest.slice.bytes / MB).toFixed(1)} MB, single line ${(manifest.singleLine.bytes / MB).toFixed(1)} MB, ` +
      `${manifest.repeated.paragraphs} repeated paragraphs ${(manifest.repeated.bytes / MB).toFixed(1)} MB ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
