// duplicate-lead: the lead paragraph twice, as scraped from VNA's pages (seed
// vna-hai-phong-mexico.txt): the lead, a photo caption ending "(Photo: VNA)", then the lead again
// behind its dateline "Hai Phong (VNA) – ". Some scrapers glue the caption and the dateline into one
// line ("…(Photo: VNA)Hai Phong (VNA) - An exhibition…"). Either copy may be reported; a fix may drop
// either one, and nothing else.
import { readFileSync } from 'node:fs';
import { countWords } from '../carriers/brown.mjs';
import { paragraphSpan, paragraphTexts, span } from './edit.mjs';

const { captions, datelines } = JSON.parse(readFileSync(new URL('../data/injection-text.json', import.meta.url), 'utf8'));

/** A lead worth the name: one long sentence or more. */
const MIN_LEAD_WORDS = 12;

const variants = {
  'caption-line': (lead, caption, dateline) => [caption, dateline + lead],
  'caption-glued': (lead, caption, dateline) => [caption + dateline + lead],
};

export default {
  rule: 'duplicate-lead',
  variants: Object.keys(variants),
  inject(article, variant, random) {
    const paragraphs = paragraphTexts(article);
    const [lead, ...body] = paragraphs;
    if (countWords(lead) < MIN_LEAD_WORDS) return null;
    const caption = random.pick(captions);
    const dateline = random.pick(datelines);
    const inserted = variants[variant](lead, caption, dateline);
    const edited = [lead, ...inserted, ...body];
    const last = inserted.length; // index of the paragraph holding the second copy
    const secondCopy = span(last, edited[last].length - lead.length, edited[last].length);
    const withoutSecondCopy = [lead, caption, ...body];
    return {
      paragraphs: edited,
      region: span(0, 0, edited[last].length, last),
      expected: [paragraphSpan(edited, 0), secondCopy],
      accept: [[...inserted, ...body], withoutSecondCopy],
      fixExpected: false,
    };
  },
};
