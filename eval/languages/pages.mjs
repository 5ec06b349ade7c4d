// The web-pages corpus as the language evaluation sees it: each article page, its language (judged by
// hand from the page's name, site and text), and its paragraphs (one per line). Pages that are test
// cases of the extractor (lorem ipsum, tag soup) are marked synthetic and left out of every figure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_PAGES = fileURLToPath(new URL('../../../shared/corpus/web-pages/', import.meta.url));

export const hasWebPages = () => existsSync(path.join(WEB_PAGES, 'article'));

/** The language of each page that is not English (ISO 639-1), read by hand; every other real page is English. */
export const PAGE_LANGUAGES = {
  aktualne: 'cs',
  'cnet-svg-classes': 'es',
  folha: 'pt',
  gmw: 'zh',
  heise: 'de',
  hukumusume: 'ja',
  'la-nacion': 'es',
  'lemonde-1': 'fr',
  'liberation-1': 'fr',
  'nytimes-5': 'es',
  pixnet: 'zh',
  qq: 'zh',
  'videos-2': 'fr',
  'yahoo-4': 'ja',
  youth: 'zh',
};

/** Extractor test cases: lorem ipsum and tag soup, not articles. */
export function isSynthetic(articleText) {
  return articleText.length < 200 || /lorem ipsum|ipsum dolor|tempor incididunt/i.test(articleText);
}

/** Every page of a folder (`article` or `scraped`): name, language, text, paragraphs. */
export function readPages(folder = 'article') {
  const dir = path.join(WEB_PAGES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(path.join(dir, file), 'utf8');
      const synthetic = isSynthetic(readFileSync(path.join(WEB_PAGES, 'article', file), 'utf8'));
      return { name, file: path.join(dir, file), language: PAGE_LANGUAGES[name] ?? 'en', synthetic, text, paragraphs: text.split('\n') };
    });
}
