// encoding: invalid UTF-8 is found where it stands, byte for byte, and nothing valid is.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/encoding.js';
import { createDocument } from '../../src/document.js';
import { lintDocument, NO_SETTINGS } from '../../src/engine.js';
import { decodeBytes } from '../../src/input/decode.js';

function check(bytes: number[] | Buffer) {
  const decoded = decodeBytes(Uint8Array.from(bytes));
  if (decoded.kind !== 'text') throw new Error(`skipped: ${decoded.reason}`);
  const doc = createDocument({ text: decoded.text, path: 't.txt', invalidBytes: decoded.invalidBytes });
  return { decoded, findings: lintDocument(doc, [{ rule, severity: 'error', options: {} }], NO_SETTINGS) };
}

const utf8 = (s: string) => [...Buffer.from(s, 'utf8')];

describe('encoding', () => {
  it('finds nothing in valid UTF-8, astral characters and a leading BOM included', () => {
    const { decoded, findings } = check([0xef, 0xbb, 0xbf, ...utf8('Nikolayevich𝓀 Nguyễn “Đà Nẵng” €\n')]);
    expect(findings).toEqual([]);
    expect(decoded.kind === 'text' && decoded.bom).toBe(true);
  });

  it('reports a Latin-1 byte at its line, column and byte offset', () => {
    const { findings } = check([...utf8('First line.\nCaf'), 0xe9, ...utf8(' opens.\n')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 2, column: 4, endColumn: 5 });
    expect(findings[0].message).toContain('byte 0xE9 at byte offset 15');
  });

  it('counts columns in UTF-16 after an astral character', () => {
    const { findings } = check([...utf8('𝓀 x'), 0xff]);
    expect(findings[0]).toMatchObject({ line: 1, column: 5 }); // 𝓀 is two code units, then ' ', 'x'
  });

  it('treats a lead byte and its continuation bytes as one bad run', () => {
    // 0xE2 0x80 is the start of a three-byte sequence cut short (a truncated "…").
    const { findings } = check([...utf8('Wait'), 0xe2, 0x80, ...utf8(' then')]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('bytes 0xE2 0x80 at byte offset 4');
  });

  it('rejects encoded surrogates and overlong forms', () => {
    expect(check([0xed, 0xa0, 0x80]).findings).toHaveLength(1);
    expect(check([0xc0, 0xaf]).findings).toHaveLength(2);
  });

  it('does not report a U+FFFD that is valid UTF-8 in the file', () => {
    expect(check(utf8('Nguy\uFFFDn')).findings).toEqual([]);
  });

  it('skips binary and UTF-16 files instead of reporting them', () => {
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ kind: 'skipped', reason: 'binary file' });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ kind: 'skipped' });
  });
});
