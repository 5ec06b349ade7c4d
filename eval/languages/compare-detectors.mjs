// Compares language-detection packages on the web-pages corpus, for docs/dependencies.md: accuracy on
// the hand-labelled paragraphs (labels/web-pages-languages.json, the "tune" half unless --held-out),
// on whole pages, throughput and the cost of loading each. The candidates are not dependencies of
// copydesk; install them beside it first:
//   npm install --no-save franc franc-min eld tinyld cld3-asm
// Usage: node eval/languages/compare-detectors.mjs [--held-out]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hasWebPages, readPages } from './pages.mjs';

const FRANC_CODES = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ces: 'cs',
  cmn: 'zh',
  jpn: 'ja',
  ita: 'it',
  nld: 'nl',
  slk: 'sk',
};

const CANDIDATES = {
  franc: { load: 'import("franc").then((m) => m.franc)', wrap: (franc) => (t) => FRANC_CODES[franc(t)] ?? franc(t) },
  'franc-min': { load: 'import("franc-min").then((m) => m.franc)', wrap: (franc) => (t) => FRANC_CODES[franc(t)] ?? franc(t) },
  'eld (small)': { load: 'import("eld/small").then((m) => m.eld)', wrap: (eld) => (t) => eld.detect(t).language || 'und' },
  'eld (extrasmall)': { load: 'import("eld/extrasmall").then((m) => m.eld)', wrap: (eld) => (t) => eld.detect(t).language || 'und' },
  'eld (large)': { load: 'import("eld/large").then((m) => m.eld)', wrap: (eld) => (t) => eld.detect(t).language || 'und' },
  'tinyld (light)': { load: 'import("tinyld/light").then((m) => m.detect)', wrap: (detect) => (t) => detect(t) || 'und' },
  tinyld: { load: 'import("tinyld").then((m) => m.detect)', wrap: (detect) => (t) => detect(t) || 'und' },
  'cld3-asm': {
    load: 'import("cld3-asm").then((m) => m.loadModule()).then((f) => f.create(0, 1000))',
    wrap: (cld) => (t) => {
      const r = cld.findLanguage(t);
      return r.language === 'und' ? 'und' : r.language.replace(/-.*/, '');
    },
  },
};

async function main() {
  if (!hasWebPages()) throw new Error('../shared/corpus/web-pages is not here');
  const split = process.argv.includes('--held-out') ? 'held-out' : 'tune';
  const labels = JSON.parse(readFileSync(new URL('../labels/web-pages-languages.json', import.meta.url), 'utf8')).items.filter(
    (i) => i.split === split,
  );
  const pages = readPages('article').filter((p) => !p.synthetic);
  const byName = new Map(pages.map((p) => [p.name, p]));
  const items = labels
    .filter((l) => l.language !== 'und')
    .map((l) => {
      const [page, index] = l.paragraph.split(':');
      return { ...l, text: byName.get(page).paragraphs[Number(index)] };
    });
  const allParagraphs = pages.flatMap((p) => p.paragraphs.filter((t) => t.trim()));
  const megabytes = Buffer.byteLength(allParagraphs.join('\n')) / 1e6;
  console.log(
    `${split} labels: ${items.length} paragraphs (${items.filter((i) => i.text.length >= 40).length} of 40+ characters); ${pages.length} pages; ${megabytes.toFixed(2)} MB`,
  );
  console.log('| package | paragraphs 40+ chars: right language | short: right | English? right (all) | pages right | MB/s | load ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, candidate] of Object.entries(CANDIDATES)) {
    let detect;
    try {
      detect = candidate.wrap(await eval(candidate.load));
    } catch {
      console.log(`| ${name} | not installed |`);
      continue;
    }
    const long = items.filter((i) => i.text.length >= 40);
    const short = items.filter((i) => i.text.length < 40);
    const right = (list) => list.filter((i) => detect(i.text) === i.language).length;
    const englishRight = items.filter((i) => (detect(i.text) === 'en') === (i.language === 'en')).length;
    const pagesRight = pages.filter((p) => detect(p.text) === p.language).length;
    const started = performance.now();
    for (const paragraph of allParagraphs) detect(paragraph);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `| ${name} | ${right(long)}/${long.length} | ${right(short)}/${short.length} | ${englishRight}/${items.length} | ${pagesRight}/${pages.length} | ` +
        `${(megabytes / seconds).toFixed(1)} | ${loadMilliseconds(candidate.load)} |`,
    );
  }
}

/** Median wall time of a fresh Node loading the package and detecting one sentence, less bare Node's. */
function loadMilliseconds(load) {
  const time = (code) => {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: process.cwd(), stdio: 'ignore' });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[3];
  };
  return Math.round(time(`const d = await ${load}; void d;`) - time('0'));
}

await main();
