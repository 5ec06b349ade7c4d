import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ON_DEMAND_LOOKUPS, OnDemandWordTable, tableFileBytes, WordTable } from '../src/spelling/word-table.js';

const words = readFileSync(new URL('../data/english-words.txt', import.meta.url), 'latin1');
const tableFile = new URL('../data/english-words.table', import.meta.url);

describe('WordTable', () => {
  it('the built table file matches the word list (npm run build writes it)', () => {
    expect(Buffer.from(readFileSync(tableFile)).equals(Buffer.from(tableFileBytes(words)))).toBe(true);
  });

  it('finds every word of the list with its tier, and nothing else', () => {
    const table = WordTable.load(words, tableFile.pathname);
    const lines = words.split('\n').filter(Boolean);
    for (let i = 0; i < lines.length; i += 37) {
      const [word, tier] = lines[i].split(' ');
      expect(table.valueOf(word), word).toBe(Number(tier));
    }
    for (const nonWord of ['silmutaneously', 'thee the', '', 'Hanoi', 'a '.trim() + 'z'.repeat(30)])
      expect(table.valueOf(nonWord), nonWord).toBeUndefined();
  });

  it('rebuilds in memory from a table file made for other text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-table-'));
    try {
      const other = 'apple 10\nbanana 20\n';
      writeFileSync(path.join(dir, 't.table'), tableFileBytes(other));
      const table = WordTable.load('cherry 35\ndamson 70\n', path.join(dir, 't.table'));
      expect(table.valueOf('cherry')).toBe(35);
      expect(table.valueOf('apple')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the text after a key: the names list, through its own table file', () => {
    const names = readFileSync(new URL('../data/english-names.txt', import.meta.url), 'utf8');
    const namesTable = new URL('../data/english-names.table', import.meta.url);
    expect(Buffer.from(readFileSync(namesTable)).equals(Buffer.from(tableFileBytes(names)))).toBe(true);
    const table = WordTable.load(names, namesTable.pathname);
    expect(table.textValueOf('connecticut')).toBe('Connecticut');
    expect(table.textValueOf('mcdonald')).toBe('McDonald');
    expect(table.textValueOf('conneticut')).toBeUndefined();
  });

  it('the groups file gives each first letter and length its place in the word list, every line once', () => {
    const groups = JSON.parse(readFileSync(new URL('../data/english-words.groups.json', import.meta.url), 'utf8')) as Record<
      string,
      [number, number, number][]
    >;
    let covered = 0;
    for (const [letter, letterGroups] of Object.entries(groups)) {
      for (const [length, start, end] of letterGroups) {
        const lines = words.slice(start, end).split('\n').filter(Boolean);
        expect(words[start - 1] ?? '\n').toBe('\n');
        for (const line of lines) expect(line.split(' ')[0], line).toMatch(new RegExp(`^${letter}[a-z]{${length - 1}}$`));
        covered += end - start;
      }
    }
    expect(covered).toBe(words.length);
  });
});

describe('OnDemandWordTable', () => {
  const priorsText = readFileSync(new URL('../data/word-priors.txt', import.meta.url), 'latin1');
  const priorsTable = new URL('../data/word-priors.table', import.meta.url).pathname;
  const priorsPath = new URL('../data/word-priors.txt', import.meta.url).pathname;

  it('answers as WordTable does, from the files in place for the first look-ups, then read whole', () => {
    const whole = WordTable.load(priorsText, priorsTable);
    const onDemand = new OnDemandWordTable(priorsPath, priorsTable);
    const lines = priorsText.split('\n').filter(Boolean);
    const queries = [
      'the',
      'silmutaneously',
      'simultaneously',
      '',
      'zzzz',
      'Hanoi',
      'é',
      lines[0].split(' ')[0],
      lines.at(-1)!.split(' ')[0],
    ];
    for (let i = 0; i < lines.length; i += 997) queries.push(lines[i].split(' ')[0], lines[i].split(' ')[0] + 'x');
    expect(queries.length).toBeGreaterThan(ON_DEMAND_LOOKUPS);
    queries.forEach((word, i) => {
      expect(onDemand.valueOf(word), word).toBe(whole.valueOf(word));
      expect(onDemand.isReadWhole).toBe(i >= ON_DEMAND_LOOKUPS);
    });
  });

  it('reads whole a table built for other text, and a value longer than it reads in place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-table-'));
    try {
      const text = path.join(dir, 't.txt');
      const table = path.join(dir, 't.table');
      writeFileSync(text, 'cherry 35\ndamson 70\n');
      writeFileSync(table, tableFileBytes('apple 10\nbanana 20\n'));
      const stale = new OnDemandWordTable(text, table);
      expect(stale.valueOf('cherry')).toBe(35);
      expect(stale.valueOf('apple')).toBeUndefined();
      expect(stale.isReadWhole).toBe(true);

      const long = `long ${'1'.repeat(30)}\nshort 7`;
      writeFileSync(text, long);
      writeFileSync(table, tableFileBytes(long));
      const inPlace = new OnDemandWordTable(text, table);
      // The last line, without a newline, is read in place to the end of the file.
      expect(inPlace.valueOf('short')).toBe(7);
      expect(inPlace.isReadWhole).toBe(false);
      expect(inPlace.valueOf('long')).toBe(WordTable.load(long, table).valueOf('long'));
      expect(inPlace.isReadWhole).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads whole when there is no table file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-table-'));
    try {
      writeFileSync(path.join(dir, 't.txt'), 'cherry 35\n');
      const table = new OnDemandWordTable(path.join(dir, 't.txt'), path.join(dir, 'missing.table'));
      expect(table.valueOf('cherry')).toBe(35);
      expect(table.isReadWhole).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
