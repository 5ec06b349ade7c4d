// Finds, in a string of bytes, the stretches that are well-formed multi-byte UTF-8: the part of a
// mojibake run that decodes. Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), plus
// three things that happen to such text on its way:
// - CESU-8 surrogate pairs (ED A0–AF xx ED B0–BF xx), which some Java and MySQL encoders still write
//   for emoji ("í\u00a0½í¸\u008d" is 😍);
// - a byte 0xA0 (no-break space in Latin-1) that a later step turned into a plain space
//   ("voilÃ le" for "voilà le", "à¸ à¸²" for "ภา");
// - a byte that the wrong decoder could not map and replaced with U+FFFD or "?" ("â€�" for "”"): the
//   sequence decodes to U+FFFD, since the character is lost.

/** Marks a byte the wrong decoder lost (it wrote U+FFFD or "?" instead). */
export const LOST_BYTE = -2;
/** Marks a character that has no byte in the encoding tried. */
export const NO_BYTE = -1;

/** Bytes [start, end) of the input decode, as well-formed multi-byte sequences, to `text`. */
export interface Utf8Stretch {
  start: number;
  end: number;
  text: string;
  /** A space stood for byte 0xA0 somewhere in the stretch. */
  restoredSpace: boolean;
  /** A lost byte made part of the stretch decode to U+FFFD. */
  lossy: boolean;
}

interface Sequence {
  text: string;
  length: number;
  restoredSpace: boolean;
  lossy: boolean;
}

/** `bytes` holds 0–255, NO_BYTE or LOST_BYTE; a "?" (0x3F) may also stand for a lost byte. */
export function findUtf8Stretches(bytes: readonly number[]): Utf8Stretch[] {
  const stretches: Utf8Stretch[] = [];
  let current: Utf8Stretch | null = null;
  for (let i = 0; i < bytes.length;) {
    const sequence = readSequence(bytes, i);
    if (sequence === null) {
      current = null;
      i++;
      continue;
    }
    // A space that ends a stretch of more than two bytes is more likely a space ("Južná³ " is not "Južn᳠").
    if (
      sequence.restoredSpace &&
      sequence.length > 2 &&
      bytes[i + sequence.length - 1] === 0x20 &&
      readSequence(bytes, i + sequence.length) === null
    ) {
      current = null;
      i++;
      continue;
    }
    if (current === null) {
      current = { start: i, end: i, text: '', restoredSpace: false, lossy: false };
      stretches.push(current);
    }
    current.text += sequence.text;
    current.end = i + sequence.length;
    current.restoredSpace ||= sequence.restoredSpace;
    current.lossy ||= sequence.lossy;
    i += sequence.length;
  }
  return stretches;
}

function readSequence(bytes: readonly number[], i: number): Sequence | null {
  const lead = bytes[i];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return null;
  if (lead === 0xed && bytes[i + 1] >= 0xa0 && bytes[i + 1] <= 0xaf) return readCesuPair(bytes, i);
  let code = lead & (0xff >> (length + 1));
  let restoredSpace = false;
  let lost = 0;
  for (let k = 1; k < length; k++) {
    let byte = bytes[i + k];
    if (byte === 0x20 && mayLoseNoBreakSpace(lead, k)) {
      byte = 0xa0;
      restoredSpace = true;
    } else if (byte === LOST_BYTE || byte === 0x3f) {
      lost++;
      byte = 0x80;
    }
    if (byte < 0x80 || byte > 0xbf) return null;
    if (k === 1 && !secondByteFits(lead, byte)) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  if (lost > 1) return null;
  // A "?" after a two-byte lead is more likely a question mark ("IRMÃ?").
  if (length === 2 && bytes[i + 1] === 0x3f) return null;
  return { text: lost > 0 ? '\ufffd' : String.fromCodePoint(code), length, restoredSpace, lossy: lost > 0 };
}

/**
 * Where a plain space may stand for byte A0 (the no-break space of Latin-1): after the leads of the
 * characters whose UTF-8 ends in A0 and that real text has (NBSP, à, Š, Π, Р, ٠), in the middle of a
 * punctuation or CJK sequence (E2, E3: "â € " is U+2800), and at the end of a three-byte sequence of
 * the Indic and Thai blocks ("à¸ " is "ภ"); anywhere in a four-byte one.
 */
function mayLoseNoBreakSpace(lead: number, position: number): boolean {
  if (lead < 0xe0) return [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9].includes(lead);
  if (lead < 0xf0) return position === 1 ? lead === 0xe2 || lead === 0xe3 : lead <= 0xe3;
  return lead === 0xf0;
}

/** The second byte's range that keeps a sequence from being overlong, a surrogate or beyond U+10FFFF. */
function secondByteFits(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

/** A high surrogate and a low one, each written as if it were a character: CESU-8. */
function readCesuPair(bytes: readonly number[], i: number): Sequence | null {
  const b = bytes.slice(i, i + 6);
  if (b.length < 6 || !isContinuation(b[2]) || b[3] !== 0xed || !(b[4] >= 0xb0 && b[4] <= 0xbf) || !isContinuation(b[5])) {
    return null;
  }
  const high = 0xd000 | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f);
  const low = 0xd000 | ((b[4] & 0x3f) << 6) | (b[5] & 0x3f);
  return { text: String.fromCharCode(high, low), length: 6, restoredSpace: false, lossy: false };
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}
