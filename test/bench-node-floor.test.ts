// The bench's Node floor (bench/node-floor.mjs): the figure copydesk's speed is compared with must do the
// work the issue names (every word cut and looked up once, in a table of 300,000 words), or the ratio lies.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the bench, without types
import { runFloor, wordTable } from '../bench/node-floor.mjs';
import { makeTree } from './helpers/cli.js';

describe('bench Node floor', () => {
  it('builds a table of exactly 300,000 lowercased words', () => {
    const table = wordTable() as Set<string>;
    expect(table.size).toBe(300_000);
    expect(table.has('council')).toBe(true);
    expect([...table].every((word) => word === word.toLowerCase())).toBe(true);
  });

  it('cuts each word once, with inner apostrophes, and looks it up lowercased', () => {
    const dir = makeTree({ 'a.txt': 'The Council’s budget: zzqxv, café.\n', 'b.txt': 'Hat-trick 2024\n', 'notes.md': 'left out' });
    const lookup = runFloor('lookup', dir);
    expect(lookup).toMatchObject({ files: 2, words: 7, tableWords: 300_000 });
    // "The", "budget", "café", "Hat", "trick" are in the table; "Council’s" (curly apostrophe) and "zzqxv" are not.
    expect(lookup.known).toBe(5);
    expect(runFloor('regex', dir)).toMatchObject({ words: 7, known: 0 });
    expect(runFloor('read', dir)).toMatchObject({ files: 2, words: 0 });
  });
});
