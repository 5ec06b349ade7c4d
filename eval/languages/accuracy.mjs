// How well copydesk tells languages apart on the web pages (src/language/document-languages.ts, as the
// rules see it: each page one document, short paragraphs taking the page's language), against the hand
// labels of labels/web-pages-languages.json. Usage: node eval/languages/accuracy.mjs [--held-out]
import { readFileSync } from 'node:fs';
import { loadSource } from './load-source.mjs';
import { hasWebPages, readPages } from './pages.mjs';

export async function measureLanguageAccuracy(split) {
  const { createDocument } = await loadSource('src/document.ts');
  const labels = JSON.parse(readFileSync(new URL('../labels/web-pages-languages.json', import.meta.url), 'utf8')).items.filter(
    (i) => i.split === split,
  );
  const pages = readPages('article').filter((p) => !p.synthetic);
  const docs = new Map(pages.map((p) => [p.name, createDocument({ text: p.text, path: p.file })]));
  const pagesRight = pages.filter((p) => docs.get(p.name).language === p.language).length;
  const judged = labels.filter((l) => l.language !== 'und');
  const wrong = [];
  let right = 0;
  let englishRight = 0;
  for (const label of judged) {
    const [page, index] = label.paragraph.split(':');
    const doc = docs.get(page);
    const start = doc.lineStarts[Number(index)];
    const predicted = doc.languageAt(start);
    if (predicted === label.language) right++;
    if ((predicted === 'en') === (label.language === 'en')) englishRight++;
    else wrong.push({ ...label, predicted, text: doc.text.slice(start, start + 80).split('\n')[0] });
  }
  return { split, paragraphs: judged.length, right, englishRight, pages: pages.length, pagesRight, wrong };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasWebPages()) throw new Error('../shared/corpus/web-pages is not here');
  const result = await measureLanguageAccuracy(process.argv.includes('--held-out') ? 'held-out' : 'tune');
  console.log(
    `${result.split}: paragraphs ${result.right}/${result.paragraphs} right language, ${result.englishRight}/${result.paragraphs} right on "English or not"; pages ${result.pagesRight}/${result.pages}`,
  );
  for (const w of result.wrong) console.log(`  ${w.paragraph} labelled ${w.language}, judged ${w.predicted}: ${w.text}`);
}
