// Precision probe for doubled-word, end-marker and truncated-fragment on clean, edited news prose:
// the Brown corpus' press editorials (1961) and Reuters-21578 bodies (1987). Prints findings per
// 10,000 words and every finding with its paragraph's end, for reading by a person.
//
//   npx tsc -p . --noEmit false --outDir bench/out/dist && COPYDESK_DIST=bench/out/dist node bench/probe-prose-rules.mjs
//   (the CLI is one bundle, so the modules are emitted separately for this probe)
//
// The corpora are read from ../shared/corpus (research and evaluation use only; never copied here).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.env.COPYDESK_DIST ?? path.join(here, '..', 'dist'));
const corpus = path.resolve(here, '..', '..', 'shared', 'corpus');
const load = async (file) =>
  (await import(pathToFileURL(path.join(dist, file)).href)).default ?? (await import(pathToFileURL(path.join(dist, file)).href));
const { createDocument } = await import(pathToFileURL(path.join(dist, 'src/document.js')).href);
const { lintDocument } = await import(pathToFileURL(path.join(dist, 'src/engine.js')).href);
const ruleIds = ['doubled-word', 'end-marker', 'truncated-fragment'];
const rules = await Promise.all(ruleIds.map((id) => load(`rules/${id}.js`)));
const quiet = process.argv.includes('--quiet');

/** Brown "Form C": strip `/tag`, join punctuation, headline tokens (`-hl`) as their own paragraph. */
function brownDocuments() {
  const dir = path.join(corpus, 'brown-press-editorial');
  return readdirSync(dir)
    .filter((f) => /^cb\d\d$/.test(f))
    .map((name) => {
      const blocks = readFileSync(path.join(dir, name), 'utf8')
        .split(/\n\s*\n/)
        .map((b) => b.trim())
        .filter(Boolean);
      const paragraphs = [];
      for (const block of blocks) {
        const lines = block
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const headline = [];
        const body = [];
        for (const line of lines) (/^\S+\/\S+-hl\b/.test(line) && body.length === 0 ? headline : body).push(detokenize(line));
        if (headline.length) paragraphs.push(headline.join('\n'));
        if (body.length) paragraphs.push(body.join('\n'));
      }
      return { name: `brown/${name}`, text: paragraphs.join('\n\n') };
    });
}

function detokenize(line) {
  const words = line.split(/\s+/).map((t) => t.replace(/\/[^/\s]+$/, ''));
  let out = '';
  let openQuote = false;
  for (const w of words) {
    if (w === '``') {
      out += (out ? ' ' : '') + '"';
      openQuote = true;
      continue;
    }
    if (w === "''") {
      out += '"';
      openQuote = false;
      continue;
    }
    const glueLeft = /^(?:[.,;:!?)\]]|'s|'|n't|'re|'ll|'d|'ve|'m)$/.test(w) || out.endsWith('(') || (openQuote && out.endsWith('"'));
    out += (out && !glueLeft ? ' ' : '') + w;
  }
  return out;
}

/** Reuters SGML: TITLE as headline, BODY paragraphs at "\n    ", the "Reuter" sign-off on its own line. */
function reutersDocuments() {
  const dir = path.join(corpus, 'reuters-21578');
  const docs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sgm'))) {
    const sgml = readFileSync(path.join(dir, file), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[\s\S]*?<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[0]);
      if (!body) continue;
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[0])?.[1] ?? '';
      const dateline = /<DATELINE>([\s\S]*?)<\/DATELINE>/.exec(m[0])?.[1]?.trim() ?? '';
      let text = unescapeSgml(body[1]).replace(/\s*\bREUTERS?\b[\W\d]*$/i, '\n\nReuter');
      text = text
        .split(/\n {4}/)
        .map((p) => p.replace(/[ \t]+$/gm, '').trim())
        .filter(Boolean)
        .join('\n\n');
      docs.push({ name: `reuters/${m[1]}`, text: `${unescapeSgml(title).trim()}\n\n${dateline ? dateline + ' ' : ''}${text}` });
    }
  }
  return docs;
}

function unescapeSgml(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => (Number(n) < 32 || Number(n) === 127 ? '' : String.fromCharCode(Number(n))))
    .replace(/\^M/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const settings = { words: new Set(), names: [] };
const configured = rules.map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));

const brown = brownDocuments();
const brownOneLinePerParagraph = brown.map(({ name, text }) => ({
  name,
  text:
    text
      .split('\n\n')
      .map((p) => p.replace(/\n/g, ' '))
      .join('\n') + '\n',
}));
const corpora = [
  ['Brown press editorials (blank lines between paragraphs)', brown],
  ['Brown press editorials (one paragraph per line)', brownOneLinePerParagraph],
  ['Reuters-21578 bodies', reutersDocuments()],
];
for (const [label, docs] of corpora) {
  let words = 0;
  const counts = Object.fromEntries(ruleIds.map((id) => [id, 0]));
  const lines = [];
  for (const { name, text } of docs) {
    words += text.match(/[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*/gu)?.length ?? 0;
    const doc = createDocument({ text, path: name });
    for (const f of lintDocument(doc, configured, settings)) {
      counts[f.ruleId]++;
      const shown =
        f.ruleId === 'truncated-fragment'
          ? '…' + text.slice(Math.max(0, f.start - 70), f.end).replace(/\s+/g, ' ')
          : text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, ' ');
      lines.push(`  ${name}:${f.line}:${f.column} ${f.ruleId}${f.fix ? ' (fix)' : ''}  ${shown}`);
    }
  }
  console.log(`${label}: ${docs.length} documents, ${words} words`);
  for (const id of ruleIds) console.log(`  ${id}: ${counts[id]} findings, ${((counts[id] / words) * 1e4).toFixed(2)} per 10,000 words`);
  if (!quiet) console.log(lines.join('\n'));
}
