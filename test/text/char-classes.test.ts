import { describe, expect, it } from 'vitest';
import { classAt, foldedUnit, LETTER } from '../../src/text/char-classes.js';

describe('foldedUnit', () => {
  it('folds ASCII from the start, NUL to itself', () => {
    expect(foldedUnit(0x41)).toBe(0x61);
    expect(foldedUnit(0x7a)).toBe(0x7a);
    expect(foldedUnit(0)).toBe(0);
  });

  it('leaves a unit as it is until its class is learnt, then folds it', () => {
    // Armenian capital Ayb, asked by no other test of this file.
    const ayb = 0x0531;
    expect(foldedUnit(ayb)).toBe(ayb);
    expect(classAt('\u0531', 0)).toBe(LETTER);
    expect(foldedUnit(ayb)).toBe(0x0561);
    // A unit without a case folds to itself once learnt too.
    expect(classAt('\u05d0', 0)).toBe(LETTER);
    expect(foldedUnit(0x05d0)).toBe(0x05d0);
  });
});
