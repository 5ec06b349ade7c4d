// Bytes to text. Valid UTF-8 decodes as is (a leading BOM is set aside and remembered, as ESLint
// does); invalid UTF-8 is never silently replaced: each bad sequence becomes one U+FFFD whose place
// and original bytes are recorded, so the `encoding` rule can report it and the fixer can refuse to
// rewrite the file. Binary files are recognised much as git does, by NUL bytes near the start, but a
// stray NUL in otherwise valid UTF-8 text (a scraper's slip) keeps the file text, so `stray-unicode`
// reports the U+0000 instead of the whole article going unchecked: only NULs in bytes that are not
// UTF-8 (images, archives), or NULs in numbers no text has (UTF-16 without a BOM), make a file binary.
import type { InvalidByteRun } from '../types.js';

export type Decoded = { kind: 'text'; text: string; bom: boolean; invalidBytes: InvalidByteRun[] } | { kind: 'skipped'; reason: string };

const BINARY_SNIFF_BYTES = 8000;
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (hasUtf16Bom(bytes)) return { kind: 'skipped', reason: 'UTF-16 text is not supported; convert it to UTF-8' };
  if (looksBinary(bytes.subarray(0, BINARY_SNIFF_BYTES))) return { kind: 'skipped', reason: 'binary file' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { kind: 'text', text: strictDecoder.decode(body), bom, invalidBytes: [] };
  } catch {
    const { text, invalidBytes } = decodeLeniently(body, bom ? 3 : 0);
    return { kind: 'text', text, bom, invalidBytes };
  }
}

/** NULs in the sniffed bytes, and either those bytes are not UTF-8 or more than 1 in 100 is a NUL. */
function looksBinary(head: Uint8Array): boolean {
  let nuls = 0;
  for (const b of head) if (b === 0) nuls++;
  if (nuls === 0) return false;
  if (nuls > Math.max(1, head.length / 100)) return true;
  for (let i = 0; i < head.length;) {
    const length = validSequenceLength(head, i);
    // A sequence cut by the end of the sniffed bytes is not evidence either way.
    if (length === 0) return !(head.length === BINARY_SNIFF_BYTES && head.length - i < 4);
    i += length;
  }
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Decodes the valid stretches, puts one U+FFFD for each maximal invalid subpart, records where. */
function decodeLeniently(bytes: Uint8Array, byteBase: number): { text: string; invalidBytes: InvalidByteRun[] } {
  const invalidBytes: InvalidByteRun[] = [];
  let text = '';
  let validStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    const badLength = invalidSubpartLength(bytes, i);
    text += strictDecoder.decode(bytes.subarray(validStart, i));
    invalidBytes.push({ offset: text.length, byteOffset: byteBase + i, bytes: Array.from(bytes.subarray(i, i + badLength)) });
    text += '\uFFFD';
    i += badLength;
    validStart = i;
  }
  text += strictDecoder.decode(bytes.subarray(validStart));
  return { text, invalidBytes };
}

/** Length of the well-formed UTF-8 sequence at i (Unicode Table 3-7), or 0. */
function validSequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A lead byte followed by some of its continuation bytes counts as one bad run (the WHATWG rule). */
function invalidSubpartLength(b: Uint8Array, i: number): number {
  const b0 = b[i];
  const expected = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 <= 0xdf ? 2 : 1;
  let n = 1;
  while (n < expected && i + n < b.length && b[i + n] >= 0x80 && b[i + n] <= 0xbf) n++;
  return n;
}
