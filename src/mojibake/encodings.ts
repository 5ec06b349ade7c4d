// The single-byte encodings UTF-8 text gets mistaken for, as tables from data/mojibake-encodings.json.
// Node's TextDecoder is no help here: since Node 20.18.3 its windows-1252 decodes 0x80–0x9F as C1
// controls (nodejs/node#56542), and it has no encoder at all; mojibake repair needs the reverse map,
// from each character back to the byte it was read from.
import table from '../../data/mojibake-encodings.json' with { type: 'json' };

export interface SingleByteEncoding {
  /** The WHATWG label, as messages name it. */
  name: string;
  /** What people call it: "Windows-1252". */
  title: string;
  /**
   * The byte (0x80–0xFF) each non-ASCII character stands for, by UTF-16 code unit: the encoding's own
   * characters, and the C1 controls a Latin-1 reading of the same bytes leaves.
   */
  byteOf: ReadonlyMap<number, number>;
  /** Whether a character is one of the encoding's own (not a C1 control it leaves to Latin-1). */
  isNative(code: number): boolean;
}

const TITLES: Record<string, string> = {
  'windows-1252': 'Windows-1252',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1250': 'Windows-1250 (Central European)',
  'iso-8859-2': 'ISO-8859-2 (Latin-2)',
  'windows-1257': 'Windows-1257 (Baltic)',
  macintosh: 'Mac OS Roman',
  ibm437: 'code page 437 (DOS)',
};

/** In the order they are tried: Windows-1252 (with Latin-1 for its five gaps) is by far the most common. */
export const ENCODINGS: readonly SingleByteEncoding[] = Object.entries(table.encodings).map(([name, chars]) => {
  const byteOf = new Map<number, number>();
  // A C1 control is the byte itself read as Latin-1: text mixes the two readings ("â\u0080\u009csenza”").
  for (let byte = 0x80; byte <= 0x9f; byte++) byteOf.set(byte, byte);
  const native = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    byteOf.set(chars.charCodeAt(i), 0x80 + i);
    native.add(chars.charCodeAt(i));
  }
  return { name, title: TITLES[name] ?? name, byteOf, isNative: (code: number) => code < 0x80 || native.has(code) };
});

export const WINDOWS_1252 = ENCODINGS[0];

/** Windows-1252's characters for bytes 0x80–0x9F, the ones Latin-1 has C1 controls for. */
export const CP1252_C1 = table.encodings['windows-1252'].slice(0, 32);

/** Every character some encoding maps a high byte to, as the body of a regex character class. */
export const ALPHABET_CLASS = classBody(new Set(Object.values(table.encodings).join('')));

function classBody(chars: Set<string>): string {
  const codes = [...chars].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let body = '';
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    body += j > i ? `${hex(codes[i])}-${hex(codes[j])}` : hex(codes[i]);
    i = j + 1;
  }
  return body;
}

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
