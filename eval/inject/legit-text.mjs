// Not a defect: correct text no rule may flag, inserted as a sentence at the end of a paragraph —
// Vietnamese and Spanish names, British spelling, °C and €, NBSP, curly quotes, dashes, emoji (with
// ZWJ, skin tone, variation selector, tag-character flag), CJK, Arabic, Cyrillic and Greek words.
// Every finding inside it, of any rule, is a false positive.
import { readFileSync } from 'node:fs';
import { paragraphTexts, replaceInParagraph } from './edit.mjs';

const { legitSnippets } = JSON.parse(readFileSync(new URL('../data/injection-text.json', import.meta.url), 'utf8'));

export default {
  rule: null,
  variants: legitSnippets.map((snippet) => snippet.label),
  inject(article, variant, random) {
    const { text } = legitSnippets.find((snippet) => snippet.label === variant);
    const paragraphs = paragraphTexts(article);
    const p = random.int(0, paragraphs.length - 1);
    const end = paragraphs[p].length;
    const edit = replaceInParagraph(paragraphs, p, end, end, ` ${text}`);
    const snippet = { from: { p, offset: end + 1 }, to: edit.span.to };
    return { paragraphs: edit.paragraphs, region: snippet, expected: [], accept: [], fixExpected: false };
  },
};
