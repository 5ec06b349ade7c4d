// Data-driven checks of stray-unicode against material from outside: the test vectors of two peer
// linters (textlint-rule-no-zero-width-spaces, textlint-rule-no-invalid-control-character), the
// flopp/invisible-characters catalogue, and the invariants the fast scan relies on. The vectors and the
// catalogue live in ../shared/corpus: their suites run when it is beside the repo. Their tests are made
// from the data, so the data is read while the suite is collected, and only when the corpus is there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import mojibake from '../rules/mojibake.js';
import rule from '../rules/stray-unicode.js';
import { createDocument } from '../src/document.js';
import { lintDocument } from '../src/engine.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import { describeCodePoint } from '../src/unicode/names.js';
import { SCAN_SOURCE } from '../src/unicode/stray-characters.js';
import type { Finding } from '../src/types.js';
import { corpusDir, corpusSuite, hasCorpus } from './helpers/corpus.js';

const dataDir = new URL('../data/', import.meta.url);
const names: Record<string, string> = JSON.parse(readFileSync(new URL('unicode-names.json', dataDir), 'utf8'));
const lookalikes: Record<string, string> = JSON.parse(readFileSync(new URL('unicode-lookalikes.json', dataDir), 'utf8'));

interface PeerCase {
  suite: string;
  id: string;
  input: string;
  expected: { start: number; end: number; char?: string }[];
  fixed?: string;
}

const UNICODE_SUITES = ['textlint-rule-no-zero-width-spaces', 'textlint-rule-no-invalid-control-character'];
/** Windows-1252 leaves these bytes undefined: no character to map them back to, so report only. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// The peers are one rule each; copydesk splits the work: stray-unicode reports control and invisible
// characters, mojibake the C1 controls that are Windows-1252 punctuation (it knows their bytes).
describe.skipIf(!hasCorpus)(corpusSuite('peer vectors: textlint no-zero-width-spaces and no-invalid-control-character'), () => {
  const peerCases: PeerCase[] = hasCorpus
    ? readJson(path.join(corpusDir, 'peer-rule-cases/cases.json')).cases.filter((c: PeerCase) => UNICODE_SUITES.includes(c.suite))
    : [];

  it('has the cases the corpus describes', () => {
    expect(peerCases.length).toBe(71);
  });

  for (const test of peerCases) {
    it(`${test.suite} ${test.id}`, () => {
      const findings = lintWithMojibake(test.input);
      expect(findings.map((f) => [f.start, f.end])).toEqual(test.expected.map((e) => [e.start, e.end]));
      if (test.fixed === undefined) return;
      const output = fixOnce(test.input, findings);
      const cp = test.input.codePointAt(test.expected[0].start)!;
      if (cp === 0x7f) {
        // A DEL usually stood for a lost character (Reuters: "country's\u007fate"): reported, not deleted.
        expect(output, 'report only').toBe(test.input);
        expect(findings[0].suggestions?.map((s) => s.fix.text)).toEqual([' ', '']);
      } else if (cp < 0x80 || cp > 0x9f) {
        expect(output).toBe(test.fixed);
      } else if (CP1252_UNDEFINED.has(cp)) {
        expect(output, 'report only').toBe(test.input);
      } else if (findings[0].fix) {
        // Where the peer deletes a C1 control, we put back the Windows-1252 character it stands for.
        const { start } = test.expected[0];
        expect(output.slice(0, start) + output.slice(start + 1)).toBe(test.fixed);
        expect(output[start]).toMatch(/[^\p{C}]/u);
      } else {
        // Inside a word (a\u008Cb), the Windows-1252 reading (aŒb) is offered, not applied.
        expect(output).toBe(test.input);
        expect(findings[0].suggestions?.[0].fix.text).toMatch(/^[^\p{C}]$/u);
      }
    });
  }
});

interface CatalogueEntry {
  code: string;
  name: string;
}

/**
 * The catalogue lists these under names they do not have ("GLAGOLITIC CAPITAL LETTER AZU" for
 * U+1D000): they are visible Byzantine and Western musical symbols, not invisible characters.
 */
const VISIBLE_MISNAMED = new Set(['1D000', '1D0F0', '1D100', '1D129', '1D130', '1D13F', '1D140', '1D145', '1D150', '1D159']);

describe.skipIf(!hasCorpus)(corpusSuite('invisible-characters catalogue injected into a word'), () => {
  const catalogue: CatalogueEntry[] = hasCorpus ? readJson(path.join(corpusDir, 'invisible-characters/characters.json')) : [];

  it('has its 75 entries', () => expect(catalogue).toHaveLength(75));

  it('misnames only visible symbols (so leaving them alone is right)', () => {
    for (const code of VISIBLE_MISNAMED) expect(String.fromCodePoint(parseInt(code, 16))).toMatch(/^\p{So}$/u);
  });

  for (const { code, name } of catalogue) {
    const ch = String.fromCodePoint(parseInt(code, 16));
    // EN QUAD and EM QUAD are spaces too, but NFC turns them into EN SPACE and EM SPACE: reported as not NFC.
    const ordinarySpace = ch === '\t' || ch === '\n' || (/\p{Zs}/u.test(ch) && ch.normalize('NFC') === ch);
    if (ordinarySpace || VISIBLE_MISNAMED.has(code)) {
      it(`U+${code} ${name} is left alone`, () => {
        expect(lint(`Ha${ch}noi is here`)).toEqual([]);
        expect(lint(`Hanoi${ch} is here`)).toEqual([]);
      });
    } else {
      it(`U+${code} ${name} is found inside and at the end of a word`, () => {
        for (const [text, at] of [
          [`Ha${ch}noi is here`, 2],
          [`Hanoi${ch} is here`, 5],
        ] as const) {
          const findings = lint(text);
          expect(findings.map((f) => [f.start, f.end])).toEqual([[at, at + ch.length]]);
          expect(findings[0].message).toContain(`U+${code}`);
        }
      });
    }
  }
});

describe('the fast scan and the data it relies on', () => {
  const scan = new RegExp(SCAN_SOURCE);
  const allowlisted: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (!scan.test(String.fromCharCode(c))) allowlisted.push(String.fromCharCode(c));

  it('allowlists no character that could be stray or part of text NFC would change', () => {
    // Characters that follow another one inside a canonical decomposition: the ones that compose
    // with what stands before them. None may be skipped by the scan.
    const composingSeconds = new Set<string>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const [, ...rest] = String.fromCodePoint(cp).normalize('NFD');
      for (const ch of rest) composingSeconds.add(ch);
    }
    const bad = allowlisted.filter(
      (ch) =>
        (!'\t\n'.includes(ch) && /[\p{C}\p{M}\p{sc=Cyrillic}\p{sc=Greek}]/u.test(ch)) ||
        ch.normalize('NFC') !== ch ||
        composingSeconds.has(ch) ||
        /[\u00ad\u2100-\u214f\ufb00-\ufb06\uff01-\uff5e\u3164\u2800]/u.test(ch.replace('\u2122', '')),
    );
    expect(bad.map((ch) => describeCodePoint(ch.codePointAt(0)!))).toEqual([]);
  });

  it('passes common prose characters without a second look', () => {
    for (const ch of 'aZ09 \t\n“”‘’–—…°€£¥₫\u00a0\u202f™•→ÀéđĐơưễẵ中한')
      expect(allowlisted, describeCodePoint(ch.codePointAt(0)!)).toContain(ch);
    expect(allowlisted).not.toContain('\r');
  });

  it('has a name for every character of the classes the rule reports', () => {
    const missing: string[] = [];
    const mustBeNamed = /[\p{Cc}\p{Cf}\p{Mn}\u3164\u2800\ufb00-\ufb06\ufffc\ufffd]/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Cn}/u.test(ch)) continue;
      const mathOrFullwidth = (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0xff01 && cp <= 0xff5e);
      if ((mustBeNamed.test(ch) || mathOrFullwidth) && !names[cp.toString(16).toUpperCase().padStart(4, '0')])
        missing.push(cp.toString(16));
    }
    for (const ch of Object.keys(lookalikes)) if (!names[ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')]) missing.push(ch);
    expect(missing).toEqual([]);
  });

  it('names private use, noncharacters, surrogates and unassigned code points by label', () => {
    expect(describeCodePoint(0xf8ff)).toBe('U+F8FF <private-use-F8FF>');
    expect(describeCodePoint(0x10fffd)).toBe('U+10FFFD <private-use-10FFFD>');
    expect(describeCodePoint(0x1fffe)).toBe('U+1FFFE <noncharacter-1FFFE>');
    expect(describeCodePoint(0xdc00)).toBe('U+DC00 <surrogate-DC00>');
    expect(describeCodePoint(0x0378)).toBe('U+0378 <reserved-0378>');
    expect(describeCodePoint(0x0093)).toBe('U+0093 SET TRANSMIT STATE');
  });

  it('maps look-alikes only to Latin letters', () => {
    for (const [from, to] of Object.entries(lookalikes)) {
      expect(from).toMatch(/^[\p{sc=Cyrillic}\p{sc=Greek}]$/u);
      expect(to).toMatch(/^\p{sc=Latin}$/u);
    }
  });
});

function readJson(file: string) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function lint(text: string): Finding[] {
  const doc = createDocument({ text, path: 'x.txt' });
  return lintDocument(doc, [{ rule, severity: 'error', options: rule.options }], { words: new Set(), names: [] });
}

function lintWithMojibake(text: string): Finding[] {
  const doc = createDocument({ text, path: 'x.txt' });
  const both = [rule, mojibake].map((r) => ({ rule: r, severity: 'error' as const, options: r.options }));
  return lintDocument(doc, both, { words: new Set(), names: [] });
}

function fixOnce(text: string, findings: Finding[]): string {
  return applyFixes(
    text,
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ).output;
}
