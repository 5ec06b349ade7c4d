import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashFileBytes, WordHashes } from '../src/spelling/word-hashes.js';

const list = new URL('../data/extra-words.txt', import.meta.url);
const hashFile = new URL('../data/extra-words.hashes', import.meta.url);

describe('WordHashes', () => {
  it('the built hash file matches the word-game list (npm run build writes it)', () => {
    expect(Buffer.from(readFileSync(hashFile)).equals(Buffer.from(hashFileBytes(readFileSync(list, 'latin1'))))).toBe(true);
  });

  it('has every word of the list, and no dictionary word or misspelling it lacks', () => {
    const set = WordHashes.load(hashFile.pathname, list.pathname);
    const words = readFileSync(list, 'latin1').split('\n').filter(Boolean);
    for (let i = 0; i < words.length; i += 101) expect(set.has(words[i]), words[i]).toBe(true);
    for (const word of ['spudded', 'soya', 'benefitted', 'als']) expect(set.has(word), word).toBe(true);
    for (const word of ['the', 'silmutaneously', 'recieve', 'Spudded', '']) expect(set.has(word), word).toBe(false);
  });

  it('computes the set from the list when the hash file is missing', () => {
    const set = WordHashes.load('/nonexistent/extra-words.hashes', list.pathname);
    expect(set.has('spudded')).toBe(true);
    expect(set.has('silmutaneously')).toBe(false);
  });

  it('the misspellings list has the hashes of its keys too: a word not among them never reads the list', () => {
    const csv = new URL('../data/misspellings.csv', import.meta.url);
    const hashes = new URL('../data/misspellings.hashes', import.meta.url);
    expect(Buffer.from(readFileSync(hashes)).equals(Buffer.from(hashFileBytes(readFileSync(csv, 'latin1'), ',')))).toBe(true);
    const keys = WordHashes.load(hashes.pathname, csv.pathname, ',');
    for (const word of ['recieve', 'teh', 'goverment', 'als']) expect(keys.has(word), word).toBe(true);
    for (const word of ['receive', 'silmutaneously', 'Chernyshenko']) expect(keys.has(word), word).toBe(false);
  });
});
