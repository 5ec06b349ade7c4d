// The seeded sample of paragraphs whose language was labelled by hand (labels/web-pages-languages.json):
// 100 paragraphs from the pages not in English and 100 from English pages, drawn with a seeded shuffle;
// every other drawn paragraph is held out (never looked at while choosing or tuning the detector).
import { createRandom } from '../lib/random.mjs';
import { readPages } from './pages.mjs';

export const SAMPLE_SEED = 12;
const PER_STRATUM = 100;

export function drawSample(pages = readPages('article')) {
  const strata = { foreign: [], english: [] };
  for (const page of pages) {
    if (page.synthetic) continue;
    page.paragraphs.forEach((text, index) => {
      if (/\p{L}/u.test(text))
        strata[page.language === 'en' ? 'english' : 'foreign'].push({ page: page.name, index, text, pageLanguage: page.language });
    });
  }
  const sample = [];
  for (const [name, items] of Object.entries(strata)) {
    const random = createRandom(SAMPLE_SEED, 'languages', name);
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    shuffled.slice(0, PER_STRATUM).forEach((item, i) => sample.push({ ...item, split: i % 2 === 0 ? 'tune' : 'held-out' }));
  }
  return sample;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of drawSample())
    console.log(`${s.split}\t${s.page}:${s.index}\t${s.pageLanguage}\t${s.text.length}\t${s.text.slice(0, 150)}`);
}
