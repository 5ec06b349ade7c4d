// The duplicate finder asks the shared sentence ends (src/text/sentence-end.ts) whether a short
// paragraph ends like a sentence: a repeated short question counts, a repeated short label does not.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { analyzeDuplicates, hasDatelineParagraph } from '../../src/duplicates/find-duplicates.js';

const pairsOf = (text: string) =>
  analyzeDuplicates(createDocument({ text, path: 'd.txt' })).pairs.map((p) => [p.copy, p.original, p.match]);

describe('duplicate paragraphs and sentence ends', () => {
  it('takes a short paragraph ending in any script’s terminal mark as a sentence', () => {
    const question = 'Will the new bridge over the river open this year؟';
    expect(pairsOf(`${question}\n\nThe works went on.\n\n${question}`)).toEqual([[2, 0, 'exact']]);
    const hindi = 'नया पुल इस साल नदी पर खुल जाएगा।';
    expect(pairsOf(`${hindi}\n\nThe works went on.\n\n${hindi}`)).toEqual([[2, 0, 'exact']]);
  });

  it('leaves a short repeated line without a sentence end alone', () => {
    const label = 'Will the new bridge over the river open this year';
    expect(pairsOf(`${label}\n\nThe works went on.\n\n${label}`)).toEqual([]);
  });
});

describe('hasDatelineParagraph: whether duplicate-lead needs the analysis', () => {
  // A lead pair always has a dateline on one side; each of these documents has one, where the pre-check
  // must see it (after brackets in earlier paragraphs, behind a glued caption, in the last paragraph).
  const has = (text: string) => hasDatelineParagraph(createDocument({ text, path: 'd.txt' }));
  it('finds a dateline wherever it stands', () => {
    expect(has('The council (city) met.\nHue (VNA) – The library opened.')).toBe(true);
    expect(has('A lead.\nAt the opening ceremony (Photo: VNA)Hai Phong (VNA) - An exhibition opened.')).toBe(true);
    expect(has('Hue (VNA) – The library opened.\nMore text.')).toBe(true);
  });
  it('finds none where there is none, or where one paragraph is all there is', () => {
    expect(has('The council met.\nThe library opened.')).toBe(false);
    expect(has('The Prime Minister (PM) said so.\nHanoi – the capital is growing (fast).')).toBe(false);
    expect(has('Hue (VNA) – The library opened.')).toBe(false);
  });
});
