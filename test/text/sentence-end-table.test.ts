// src/text/sentence-end.ts tests characters from a table of code units instead of a regular expression
// per character; over every BMP code unit the table must say what the patterns say.
import { describe, expect, it } from 'vitest';
import { endBeforeClosers, gapEndsClause, isTerminalMark, sentenceEndInGap } from '../../src/text/sentence-end.js';

const TERMINAL = /[.!?…‼⁇⁈⁉。！？｡؟۔।॥።፧]/u;
const CLOSER = /["'”’»›)\]}」』〉》】〕）］｝]/u;
const CLAUSE_END = /[:;：；]/u;
const SPACE = /\s/u;

describe('sentence ends read from a table of code units', () => {
  it('agrees with the patterns on every BMP code unit', () => {
    // Disagreements are collected and compared once: an expect per code unit made this test slow.
    const disagreements: string[] = [];
    const check = (code: number, what: string, actual: unknown, expected: unknown) => {
      if (actual !== expected) disagreements.push(`${code.toString(16)} ${what}: ${String(actual)} ≠ ${String(expected)}`);
    };
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const terminal = TERMINAL.test(char);
      const closer = CLOSER.test(char);
      const space = SPACE.test(char);
      check(code, 'terminal', isTerminalMark(char), terminal);
      check(code, 'clause end', gapEndsClause(char, 0, 1), terminal || CLAUSE_END.test(char));
      // A closer or white space before the end is stepped over; anything else stops the walk.
      check(code, 'before closers', endBeforeClosers(`a${char}`), space || closer ? 1 : 2);
      // After a full stop: white space confirms the end; a terminal mark or closer continues it.
      check(code, 'gap', sentenceEndInGap(`.${char}x`, 0, 2), space ? 1 : -1);
      check(code, 'gap with space', sentenceEndInGap(`.${char} `, 0, 3), terminal || closer ? 2 : space ? 1 : -1);
    }
    expect(disagreements).toEqual([]);
  });
});
