// Unicode names for messages ("U+1D4C0 MATHEMATICAL SCRIPT SMALL K"). The table is prebuilt by
// scripts/build-unicode-data.mjs from the `unicode-name` package, which is too slow to import at
// start-up (~50 ms of a 150 ms budget); it is read on the first finding that needs a name, so a clean
// run never pays for it. Parsing its 5,800 entries (JSON.parse, ~2 ms) is more than the few names a run
// asks for need: the file has one `"HEX":"NAME",` line per code point, in code point order, so a name
// is found by a binary search over the text in place (as src/spelling/sorted-lines.ts does).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

let table: string | undefined;

const UNASSIGNED = /\p{Cn}/u;

/** "U+1D4C0 MATHEMATICAL SCRIPT SMALL K", or "U+XXXX" alone for a character the table lacks. */
export function describeCodePoint(codePoint: number): string {
  const hex = toHex(codePoint);
  const name = codePointName(codePoint, hex);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

/** The name, control alias or code point label ("<private-use-E000>") of a code point. */
export function codePointName(codePoint: number, hex = toHex(codePoint)): string | undefined {
  const label = genericLabel(codePoint);
  if (label) return `<${label}-${hex}>`;
  // The names are ASCII: latin1 decodes them without a UTF-8 pass.
  table ??= readFileSync(dataPath('unicode-names.json'), 'latin1');
  return nameInTable(table, codePoint) ?? (UNASSIGNED.test(String.fromCodePoint(codePoint)) ? `<reserved-${hex}>` : undefined);
}

/**
 * The name of `codePoint` in the text of data/unicode-names.json (`{`, then `"HEX":"NAME",` lines in
 * code point order, then `}`), or undefined when no line has it.
 */
export function nameInTable(text: string, codePoint: number): string | undefined {
  let lo = 0; // always a line start
  let hi = text.length; // always a line start (or the end)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = text.lastIndexOf('\n', mid - 1) + 1; // the line holding mid: lo <= line < hi
    const end = text.indexOf('\n', line);
    const lineEnd = end === -1 ? text.length : end;
    if (text.charCodeAt(line) !== 0x22) {
      // `{` or `}`: the first line sorts below every code point, the last above.
      if (line === 0) lo = lineEnd + 1;
      else hi = line;
      continue;
    }
    const keyEnd = text.indexOf('"', line + 1);
    const key = parseInt(text.slice(line + 1, keyEnd), 16);
    if (key === codePoint) return text.slice(keyEnd + 3, text.lastIndexOf('"', lineEnd - 1));
    if (key < codePoint) lo = lineEnd + 1;
    else hi = line;
  }
  return undefined;
}

export function toHex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/** Classes whose members have no individual names; labelled as in the Unicode standard (§4.8). */
function genericLabel(cp: number): string | undefined {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'private-use';
  return undefined;
}
