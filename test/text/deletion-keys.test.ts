import { describe, expect, it } from 'vitest';
import { forEachDeletion } from '../../src/text/deletion-keys.js';

describe('forEachDeletion', () => {
  it('gives the word and each one-letter deletion but of the first letter, so a swap shares a key', () => {
    const keys = (word: string) => {
      const found: string[] = [];
      forEachDeletion(word, (key) => found.push(key));
      return found;
    };
    expect(keys('toyko')).toEqual(['toyko', 'tyko', 'toko', 'toyo', 'toyk']);
    expect(keys('toyko').filter((key) => keys('tokyo').includes(key))).toEqual(['toko', 'toyo']);
  });
});
