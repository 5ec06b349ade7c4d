// Text that NFC would change: decomposed letters ("Nguye\u0302\u0303n" for Nguyễn, as some editors and
// macOS file names write it) and singletons (U+212B ANGSTROM SIGN, U+2000 EN QUAD). NFC is lossless
// for prose, unlike NFKC, so normalizing is a safe fix.
import { charBefore } from './text-context.js';

/** A stretch NFC changes, with its NFC form. */
export interface DecomposedSpan {
  start: number;
  end: number;
  normalized: string;
}

/** A grapheme-ish unit for the check: a base (or a run of conjoining jamo) and its marks. */
const NFC_SEGMENT =
  /(?:[\u1100-\u115f\ua960-\ua97c]+[\u1160-\u11a7\ud7b0-\ud7c6]+[\u11a8-\u11ff\ud7cb-\ud7fb]*|[\uac00-\ud7a3][\u11a8-\u11ff\ud7cb-\ud7fb]+|[^])\p{M}*/gu;
/** More combining marks than UAX #15's stream-safe limit of 30. */
const LONG_MARK_STACK = /\p{M}{31}/u;
/** The longest segment still checked when a window has such a stack (UTF-16 units, room for astral marks). */
const STREAM_SAFE_SEGMENT = 2 * 31;
/** NFC maps these to unified ideographs and loses the variant the writer chose: never reported. */
const CJK_COMPATIBILITY = /[\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;

/**
 * Reports the parts of text[start, end) that NFC changes. The scan's allowlisted characters are
 * starters that nothing composes with from the left, so a run of other characters together with the
 * character before it (the base a leading mark belongs to) can be checked on its own. Parts that
 * overlap a stray character (`busy`, sorted) wait for that character's fix and the next pass.
 */
export function findDecomposed(
  text: string,
  start: number,
  end: number,
  busy: readonly { start: number; end: number }[],
  onDecomposed: (span: DecomposedSpan) => void,
): void {
  const from = start - charBefore(text, start).length;
  const window = text.slice(from, end);
  // ICU reorders marks by insertion sort: a zalgo stack of thousands of marks would take minutes.
  // Only such stacks are left out of the check.
  const hasMarkStack = LONG_MARK_STACK.test(window);
  if (!hasMarkStack && window.normalize('NFC') === window) return;
  let pending: DecomposedSpan | undefined;
  let next = 0;
  const segment = new RegExp(NFC_SEGMENT.source, NFC_SEGMENT.flags);
  for (let m = segment.exec(window); m !== null; m = segment.exec(window)) {
    const piece = m[0];
    if (hasMarkStack && piece.length > STREAM_SAFE_SEGMENT) continue;
    const normalized = piece.normalize('NFC');
    if (normalized === piece || CJK_COMPATIBILITY.test(piece)) continue;
    const spanStart = from + m.index;
    const spanEnd = spanStart + piece.length;
    while (next < busy.length && busy[next].end <= spanStart) next++;
    if (next < busy.length && busy[next].start < spanEnd) continue;
    if (pending && pending.end === spanStart) {
      pending.end = spanEnd;
      pending.normalized += normalized;
    } else {
      if (pending) onDecomposed(pending);
      pending = { start: spanStart, end: spanEnd, normalized };
    }
  }
  if (pending) onDecomposed(pending);
}
