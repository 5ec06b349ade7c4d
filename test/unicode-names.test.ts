// The Unicode names of messages are found by a binary search over data/unicode-names.json in place,
// not by parsing it: every entry must come out exactly as JSON.parse reads it, and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointName, describeCodePoint, nameInTable } from '../src/unicode/names.js';
import { repoRoot } from './helpers/cli.js';

const text = readFileSync(path.join(repoRoot, 'data/unicode-names.json'), 'latin1');
const parsed = Object.entries(JSON.parse(text) as Record<string, string>).map(([hex, name]) => [parseInt(hex, 16), name] as const);

describe('Unicode names searched in place', () => {
  it('gives every entry of the table as JSON.parse reads it', () => {
    expect(parsed.length).toBeGreaterThan(5000);
    for (const [codePoint, name] of parsed) expect(nameInTable(text, codePoint)).toBe(name);
  });

  it('gives nothing for a code point between, before or after the entries', () => {
    const listed = new Set(parsed.map(([codePoint]) => codePoint));
    const absent = parsed.flatMap(([cp]) => [cp - 1, cp + 1]).filter((cp) => cp >= 0 && !listed.has(cp));
    expect(absent.length).toBeGreaterThan(100);
    for (const codePoint of [...absent, 0x10ffff]) expect(nameInTable(text, codePoint)).toBeUndefined();
  });

  it('searches a small table of the same layout, the first and last lines included', () => {
    const small =
      '{\n"0041":"LATIN CAPITAL LETTER A",\n"00E9":"LATIN SMALL LETTER E WITH ACUTE",\n"1D4C0":"MATHEMATICAL SCRIPT SMALL K"\n}\n';
    expect(nameInTable(small, 0x41)).toBe('LATIN CAPITAL LETTER A');
    expect(nameInTable(small, 0xe9)).toBe('LATIN SMALL LETTER E WITH ACUTE');
    expect(nameInTable(small, 0x1d4c0)).toBe('MATHEMATICAL SCRIPT SMALL K');
    for (const absent of [0, 0x42, 0xffff, 0x1d4c1]) expect(nameInTable(small, absent)).toBeUndefined();
  });

  it('names code points in messages, astral ones and labels included', () => {
    expect(describeCodePoint(0x1d4c0)).toBe('U+1D4C0 MATHEMATICAL SCRIPT SMALL K');
    expect(describeCodePoint(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
    expect(codePointName(0xe000)).toBe('<private-use-E000>');
  });
});
