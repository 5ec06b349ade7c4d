import { describe, expect, it } from 'vitest';
import { forEachCandidate, letterSet } from '../../src/spelling/dictionary.js';
import { correctionCost, scoredCandidates } from '../../src/spelling/suggest.js';

describe('scoredCandidates: its cheap first tests drop no candidate within the edit budget', () => {
  it('finds every suggestible word of the same first letter within the budget, as a scan of them all does', () => {
    const typed = ['silmutaneously', 'insitutitions', 'goverment', 'recieve', 'thier', 'ablet', 'baord', 'dissolutation', 'mistmatch'];
    typed.push('restructurining', 'redeemptions', 'wnat', 'comitee', 'occured', 'definately', 'seperate', 'accomodate', 'xylophon');
    for (const word of typed) {
      const maxDistance = word.length <= 4 ? 1 : word.length >= 12 ? 3 : 2;
      const scanned: string[] = [];
      forEachCandidate(word[0], word.length - maxDistance, word.length + maxDistance, (candidate) => {
        const cost = correctionCost(word, candidate);
        if (cost > 0 && cost <= maxDistance) scanned.push(candidate);
      });
      const found = scoredCandidates(word, () => 0).map((c) => c.word);
      expect(found, word).toEqual(expect.arrayContaining(scanned));
      expect(scanned.length, word).toBeGreaterThan(0);
    }
  });

  it('sets a bit per letter a–z and leaves other characters out', () => {
    expect(letterSet('abc')).toBe(0b111);
    expect(letterSet('zz')).toBe(1 << 25);
    expect(letterSet("o'clock-é")).toBe(letterSet('oclck'));
  });
});
