// The spelling code calls fastest-levenshtein directly instead of fast-levenshtein's wrapper (which builds an
// Intl.Collator at load): the distances must be the wrapper's, word for word, astral characters included.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/spelling/edit-distance.js';

const wrapper = createRequire(import.meta.url)('fast-levenshtein') as { get(a: string, b: string): number };

const WORDS = [
  '',
  'a',
  'teh',
  'the',
  'recieve',
  'receive',
  'Conneticut',
  'Connecticut',
  'silmutaneously',
  'simultaneously',
  'Gutiérrez',
  'Guitiérrez',
  'Gutie\u0301rrez',
  'Đà Nẵng',
  '𝓀ing',
  'king',
  'x'.repeat(70),
  'y'.repeat(33) + 'x'.repeat(40),
];

describe('editDistance', () => {
  it("gives fast-levenshtein's distance for every pair", () => {
    for (const a of WORDS) for (const b of WORDS) expect(editDistance(a, b), `${a} / ${b}`).toBe(wrapper.get(a, b));
  });

  it('counts one edit per slip', () => {
    expect(editDistance('recieve', 'receive')).toBe(2);
    expect(editDistance('Conneticut', 'Connecticut')).toBe(1);
  });
});
