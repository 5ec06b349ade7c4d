import { describe, expect, it } from 'vitest';
import { candidateScore, errorModel } from '../../src/spelling/error-model.js';
import { suggestCorrections } from '../../src/spelling/suggest.js';
import model from '../../data/spelling-error-model.json' with { type: 'json' };

// The shipped model, fitted on typos' pairs (scripts/build-spelling-model.mjs): what it learnt from the
// data, not rules written into it.
describe('spelling error model', () => {
  const cost = (typed: string, intended: string) => errorModel().cost(typed, intended);

  it('costs nothing for the word itself and something for any slip', () => {
    expect(cost('government', 'government')).toBe(0);
    expect(cost('goverment', 'government')).toBeGreaterThan(0);
  });

  it('learnt that a doubled letter is a likelier slip than a stray one', () => {
    expect(cost('mannagement', 'management')).toBeLessThan(cost('manxagement', 'management'));
  });

  it('learnt that a key beside the right one is likelier than a far one', () => {
    // s is beside a on the keyboard, p is not
    expect(cost('sccount', 'account')).toBeLessThan(cost('pccount', 'account'));
    expect(cost('recwive', 'receive')).toBeLessThan(cost('recmive', 'receive'));
  });

  it('learnt that two swapped neighbours are one slip, cheaper than two replaced letters', () => {
    expect(cost('recieve', 'receive')).toBeLessThan(cost('recaove', 'receive'));
  });

  it('counts a letter moved further than its neighbour as one slip, as the data has them', () => {
    expect(cost('wthie', 'white')).toBeLessThan(cost('wthie', 'while'));
    expect(suggestCorrections('wthie')[0].word).toBe('white');
    expect(suggestCorrections('silmutaneously')[0].word).toBe('simultaneously');
  });

  it('learnt that the first letter is rarely the wrong one', () => {
    expect(cost('gepart', 'depart')).toBeGreaterThan(cost('degart', 'depart'));
  });

  it('prefers a common word to a rare one at the same slip (the prior)', () => {
    expect(candidateScore('thar', 'that', 10)).toBeLessThan(candidateScore('thar', 'tahr', 70));
  });

  it('ranks the right word first where the edit count alone tied it with rarer words', () => {
    expect(suggestCorrections('bilion')[0].word).toBe('billion');
    expect(suggestCorrections('acheive')[0].word).toBe('achieve');
  });

  it('ranks typos’ held-out pairs at least as well as the edit-count ranking it replaced', () => {
    const { model: fitted, editCount } = model.evaluation.heldOut;
    expect(fitted.top1).toBeGreaterThan(editCount.top1);
    expect(fitted.top3).toBeGreaterThanOrEqual(editCount.top3);
  });
});
