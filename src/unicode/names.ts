// Unicode names for messages ("U+1D4C0 MATHEMATICAL SCRIPT SMALL K"). The table is prebuilt by
// scripts/build-unicode-data.mjs from the `unicode-name` package, which is too slow to import at
// start-up (~50 ms of a 150 ms budget); it is read on the first finding that needs a name, so a clean
// run never pays for it.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

let names: Record<string, string> | undefined;

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
  names ??= JSON.parse(readFileSync(dataPath('unicode-names.json'), 'utf8')) as Record<string, string>;
  return names[hex] ?? (UNASSIGNED.test(String.fromCodePoint(codePoint)) ? `<reserved-${hex}>` : undefined);
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
