// src/text/sentence-end.ts tests characters from a table of code units instead of a regular expression
// per character; over every BMP code unit the table must say what the patterns say.
import { describe, expect, it } from 'vitest';
import { endBeforeClosers, gapEndsClause, isTerminalMark, sentenceEndInGap } from '../../src/text/sentence-end.js';

const TERMINAL = /[.!?…‼⁇⁈⁉。！？｡؟۔।॥።፧]/u;
const CLOSER = /["'”’»›)\]}」』〉》】〕）］｝]/u;
const CLAUSE_END = /[:;：；]/u;

describe('sentence ends read from a table of code units', () => {
  it('agrees with the patterns on every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      expect(isTerminalMark(char), code.toString(16)).toBe(TERMINAL.test(char));
      expect(gapEndsClause(char, 0, 1), code.toString(16)).toBe(TERMINAL.test(char) || CLAUSE_END.test(char));
      // A closer or white space before the end is stepped over; anything else stops the walk.
      expect(endBeforeClosers(`a${char}`), code.toString(16)).toBe(/\s/u.test(char) || CLOSER.test(char) ? 1 : 2);
      // After a full stop: a closer continues the end, white space confirms it.
      const after = sentenceEndInGap(`.${char}x`, 0, 2);
      expect(after, code.toString(16)).toBe(/\s/u.test(char) ? 1 : -1);
      expect(sentenceEndInGap(`.${char} `, 0, 3), code.toString(16)).toBe(
        TERMINAL.test(char) || CLOSER.test(char) ? 2 : /\s/u.test(char) ? 1 : -1,
      );
    }
  });
});
