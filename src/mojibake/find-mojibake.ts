// Finds mojibake: UTF-8 text that was decoded with a single-byte encoding ("CafÃ©", "â€œ",
// "Nguyá»…n"), and C1 controls that are Windows-1252 punctuation read as Latin-1 ("\u0093quoted\u0094").
// One regex pass finds the runs of characters such text is made of; only those runs are examined, so
// the scan stays linear. A run is encoded back to bytes with each encoding's table; the stretches that
// then decode as UTF-8 are repair candidates. A candidate is strong when its repair is less suspicious
// than the original (src/mojibake/suspicion.ts), weak when it is merely no worse and looks like real
// text; weak ones are taken only in a paragraph where the same encoding also has a strong one, the way
// a whole text that was misread is repaired at once. The repair is repeated for text that went through
// the mistake twice ("Ã¢â‚¬Å“" → "â€œ" → "“").
import type { Document } from '../types.js';
import { ALPHABET_CLASS, CP1252_C1, ENCODINGS, type SingleByteEncoding } from './encodings.js';
import { classOf, isCleanRepair, isPlausible, suspicion } from './suspicion.js';
import { findUtf8Stretches, LOST_BYTE, NO_BYTE, type Utf8Stretch } from './utf8.js';

export interface MojibakeRepair {
  start: number;
  end: number;
  /** The text of [start, end) after repair. */
  repaired: string;
  /** The encodings the text was wrongly decoded with, outermost first ('windows-1252' twice for double mojibake). */
  encodings: SingleByteEncoding[];
  /** 'utf-8': UTF-8 read as a single-byte encoding. 'c1': Windows-1252 punctuation read as Latin-1. */
  kind: 'utf-8' | 'c1';
  /**
   * 'fix': the bytes decode cleanly and the repair is the one right answer. 'suggest': the repair is
   * likely but not certain: the wrong decoder lost a byte (the repair holds U+FFFD where it was), or a
   * C1 control inside a word stands for a sign no word holds ("Coatl\u0087n"). 'report': the run is
   * mojibake that no reading repairs into real text.
   */
  certainty: 'fix' | 'suggest' | 'report';
  /** The stretch is mojibake by itself, not only because its paragraph has other mojibake. */
  strong: boolean;
}

const RUN_CHAR = `[${ALPHABET_CLASS}\\ufffd]`;
/** Longest run examined at once; a longer one (a line of Cyrillic text) is examined piece by piece. */
const MAX_RUN = 256;
/**
 * Characters a high byte can stand for (and U+FFFD, for a byte the wrong decoder lost), joined across
 * a single space or "?" that may stand for a byte too.
 */
const CANDIDATE_RUN = new RegExp(`${RUN_CHAR}(?:${RUN_CHAR}|[ ?](?=${RUN_CHAR})){0,${MAX_RUN - 1}}`, 'g');
/** Text that went through the mistake more than three times is beyond saving. */
const MAX_DEPTH = 3;
/** Runs repeat (the same misread word, the same "Ã©"); their analyses are kept, up to this many. */
const CACHE_SIZE = 4096;

const byDocument = new WeakMap<Document, readonly MojibakeRepair[]>();

/** The mojibake of a document, paragraph by paragraph (a paragraph is the scope of the evidence), once. */
export function documentMojibake(doc: Document): readonly MojibakeRepair[] {
  let repairs = byDocument.get(doc);
  if (repairs === undefined) {
    repairs = doc.paragraphs.flatMap((p) => findMojibake(doc.text, p.start, p.end));
    byDocument.set(doc, repairs);
  }
  return repairs;
}

/**
 * Whether the character at `offset` is part of mojibake this module reports, so that another rule
 * leaves it alone (the soft hyphen in "antÃ\u00adgeno" is the byte AD of "í", not a soft hyphen).
 */
export function isInsideMojibake(doc: Document, offset: number): boolean {
  const repairs = documentMojibake(doc);
  let lo = 0;
  let hi = repairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (repairs[mid].end <= offset) lo = mid + 1;
    else if (repairs[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The mojibake in text[from, to) (one paragraph), in text order. */
const NON_ASCII = /[^\x00-\x7f]/;

export function findMojibake(text: string, from = 0, to = text.length): MojibakeRepair[] {
  const runs: { start: number; analysis: RunAnalysis }[] = [];
  // Scan the paragraph alone (a slice costs nothing in V8): scanning `text` from `from` made a
  // paragraph without a candidate look through the whole rest of the document, quadratic over a
  // dump of many short lines.
  const paragraph = text.slice(from, to);
  // Mojibake is made of non-ASCII characters; most news paragraphs have none.
  if (!NON_ASCII.test(paragraph)) return [];
  const scan = new RegExp(CANDIDATE_RUN.source, 'g');
  for (let m = scan.exec(paragraph); m !== null; m = scan.exec(paragraph)) {
    const start = from + m.index;
    let end = Math.min(start + m[0].length, to);
    // A run may take the space or "?" after it, in case it stands for the run's last byte.
    if (end < to && (text[end] === ' ' || text[end] === '?')) end++;
    if (end - start === 1 && !isC1(text.charCodeAt(start))) continue;
    const analysis = analyseRunCached(
      text.slice(start, end),
      start > from ? charBefore(text, start) : '',
      text.slice(end, Math.min(end + 4, to)),
    );
    if (analysis.candidates.length > 0 || analysis.hasC1) runs.push({ start, analysis });
  }
  // How many strong repairs each encoding explains with its own characters: the paragraph's evidence.
  const evidence = ENCODINGS.map(() => 0);
  for (const { analysis } of runs) {
    for (const c of analysis.candidates) if (c.strong) for (const e of c.native) evidence[ENCODINGS.indexOf(e)]++;
  }
  // What chooseRepairs reads of the evidence: which encodings have any, in what order of strength.
  const evidenceKey = evidence
    .map((count, e) => [count, e])
    .filter(([count]) => count > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, e]) => e)
    .join(',');
  const repairs: MojibakeRepair[] = [];
  for (const { start, analysis } of runs) {
    let choice = analysis.choices.get(evidenceKey);
    if (choice === undefined) {
      choice = chooseRepairs(analysis, evidence);
      analysis.choices.set(evidenceKey, choice);
    }
    for (const r of choice) repairs.push({ ...r, start: r.start + start, end: r.end + start });
  }
  return repairs;
}

interface Candidate {
  /** Offsets in the run. */
  start: number;
  end: number;
  repaired: string;
  /** The encodings whose reading of the stretch gives this repair. */
  agreeing: SingleByteEncoding[];
  /** Those of them that have every character of the stretch as their own. */
  native: SingleByteEncoding[];
  /** The encodings of the deeper layers of double mojibake. */
  deeper: SingleByteEncoding[];
  strong: boolean;
  lossy: boolean;
}

interface RunAnalysis {
  run: string;
  before: string;
  after: string;
  candidates: Candidate[];
  hasC1: boolean;
  /** chooseRepairs' answers, by the paragraph's evidence. */
  choices: Map<string, MojibakeRepair[]>;
}

const runCache = new Map<string, RunAnalysis>();

/** analyseRun, remembered by what it depends on: the run, the character before, and what follows. */
function analyseRunCached(run: string, before: string, following: string): RunAnalysis {
  const key = `${before}\u0000${run}\u0000${following}`;
  let analysis = runCache.get(key);
  if (analysis === undefined) {
    analysis = analyseRun(run, before, following);
    if (runCache.size >= CACHE_SIZE) runCache.clear();
    runCache.set(key, analysis);
  }
  return analysis;
}

/** The repair candidates of one run, from every encoding, with offsets in the run. */
function analyseRun(run: string, before: string, following: string): RunAnalysis {
  const after = following === '' ? '' : String.fromCodePoint(following.codePointAt(0)!);
  const candidates: Candidate[] = [];
  for (const encoding of ENCODINGS) {
    for (const stretch of findUtf8Stretches(toBytes(run, encoding))) {
      const judged = judgeStretch(run, stretch, before, after);
      if (judged === null) continue;
      const { start, end } = stretch;
      const repaired =
        stretch.restoredSpace && judged.repaired.endsWith('à') && run[end - 1] === ' '
          ? judged.repaired + wordSpaceAfterGrave(run.slice(end) + following)
          : judged.repaired;
      const native = isNativeTo(run.slice(start, end), encoding) ? [encoding] : [];
      const same = candidates.find((c) => c.start === start && c.end === end && c.repaired === repaired);
      if (same) {
        same.agreeing.push(encoding);
        same.native.push(...native);
        same.strong ||= judged.strong;
      } else {
        candidates.push({
          start,
          end,
          repaired,
          agreeing: [encoding],
          native,
          deeper: judged.deeper,
          strong: judged.strong,
          lossy: judged.lossy,
        });
      }
    }
  }
  return { run, before, after, candidates, hasC1: /[\u0080-\u009f]/.test(run), choices: new Map() };
}

/** Whether repairing one stretch makes the text less suspicious (strong) or no worse (weak), and how. */
function judgeStretch(run: string, stretch: Utf8Stretch, before: string, after: string) {
  const left = stretch.start > 0 ? charBefore(run, stretch.start) : before;
  const right = stretch.end < run.length ? charAt(run, stretch.end) : after;
  const original = run.slice(stretch.start, stretch.end);
  let repaired = stretch.text;
  let lossy = stretch.lossy;
  const deeper: SingleByteEncoding[] = [];
  // Double mojibake: the repair is itself mojibake.
  for (let depth = 1; depth < MAX_DEPTH; depth++) {
    const inner = repairWhole(repaired, left, right);
    if (inner === null) break;
    repaired = inner.text;
    lossy ||= inner.lossy;
    deeper.push(inner.encoding);
  }
  if (!isCleanRepair(repaired)) return null;
  const plausible = isPlausible(left, repaired, right);
  const bad = suspicion(left, original, right);
  // An implausible repair ("ај°" read as a lone Tibetan "༰") needs that much more against the original.
  const good = suspicion(left, repaired, right) + (plausible ? 0 : 2);
  if (good > bad) return null;
  const strong = bad >= 1 && good < bad && !isGuess(original, stretch, left, right);
  if (!strong && !plausible) return null;
  return { repaired, deeper, strong, lossy };
}

/**
 * Whether a stretch, however suspicious, is too short to be sure of by itself: only the paragraph's
 * other mojibake can tell.
 * - A "?" may be a lost byte or a question mark.
 * - "Ã " may be "à" or a capital before a space ("SENSЕ -", with a Cyrillic Е, is not "SENSŠ-"),
 *   unless a lowercase letter comes right before the "Ã" ("voilÃ le").
 * - One two-byte sequence is two characters, and real text has pairs like it: an accented capital
 *   before a sign ("TOMÉ²", "NORVEÇ®", "«АЛЖЫР»"). It stands alone only with a C1 control or a sign
 *   no word ends in (¨ ¶ ‰) in it, with Ã or Â, the leads of Latin-1 text, or inside a word ("RÄ«ga",
 *   "LietuviÅ³", "Zam√≤", "Ä°stanbul").
 */
function isGuess(original: string, stretch: Utf8Stretch, left: string, right: string): boolean {
  if (stretch.lossy && original.includes('?')) return true;
  if (original.length !== 2) return false;
  if (stretch.restoredSpace) return !(original[0] === 'Ã' && LOWERCASE.test(left));
  if (/[\u0080-\u009f]/.test(original) || 'ÃÂ'.includes(original[0]) || classOf(original[1]) === 'junk') return false;
  // A lowercase letter before a capital is a sign only in Latin text: Cyrillic words run together
  // in scraped text ("ОстрівРіздва") without being mojibake.
  if (LATIN_LOWERCASE.test(left)) return false;
  // a sign glued inside a word; two letters inside a word are just a word
  if (LETTER.test(original[1])) return true;
  return !((LETTER.test(original[0]) && LOWERCASE.test(right)) || (LETTER.test(left) && LETTER.test(right)));
}

const LOWERCASE = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const LATIN_LOWERCASE = /^(?=\p{Ll})\p{sc=Latin}$/u;

/**
 * The repair of a string that is all mojibake, in the first encoding that decodes all of it to
 * something no more suspicious; null if none does.
 */
function repairWhole(s: string, left: string, right: string): { text: string; encoding: SingleByteEncoding; lossy: boolean } | null {
  for (const encoding of ENCODINGS) {
    const [stretch] = findUtf8Stretches(toBytes(s, encoding));
    if (!stretch || stretch.start !== 0 || stretch.end !== s.length || stretch.restoredSpace) continue;
    if (!isCleanRepair(stretch.text)) continue;
    if (suspicion(left, stretch.text, right) <= suspicion(left, s, right)) return { text: stretch.text, encoding, lossy: stretch.lossy };
  }
  return null;
}

/**
 * "Ã " is "à" whose no-break space became a plain space. Usually the word "à" stood before another
 * space that collapsed into it ("voilÃ le" for "voilà le"), so a space goes back after it; not before a
 * second space, and not in Portuguese "às" and "àquele" ("Ã s", "Ã quele"), where the byte was all the
 * space there was.
 */
function wordSpaceAfterGrave(following: string): string {
  return /^(?: |s |quel|quil)/.test(following) ? '' : ' ';
}

/**
 * The repairs of one run, with offsets in the run: the encoding whose candidates leave the run least
 * suspicious (more strong candidates, then the paragraph's evidence, break ties), and Windows-1252 for
 * the C1 controls left over.
 */
function chooseRepairs(analysis: RunAnalysis, evidence: readonly number[]): MojibakeRepair[] {
  const { run, before, after } = analysis;
  let best: { encoding: SingleByteEncoding; candidates: Candidate[]; score: number; strong: number; evidence: number } | null = null;
  ENCODINGS.forEach((encoding, e) => {
    const candidates = analysis.candidates.filter((c) => c.agreeing.includes(encoding) && (c.strong || evidence[e] > 0));
    if (candidates.length === 0) return;
    const option = {
      encoding,
      candidates,
      score: suspicion(before, applyCandidates(run, candidates), after),
      strong: candidates.filter((c) => c.strong).length,
      evidence: evidence[e],
    };
    if (
      best === null ||
      option.score < best.score ||
      (option.score === best.score && (option.strong > best.strong || (option.strong === best.strong && option.evidence > best.evidence)))
    ) {
      best = option;
    }
  });
  const chosen: { encoding: SingleByteEncoding; candidates: Candidate[]; score: number } = best ?? {
    encoding: ENCODINGS[0],
    candidates: [],
    score: 0,
  };

  const repairs: MojibakeRepair[] = [];
  const push = (r: MojibakeRepair) => {
    const last = repairs[repairs.length - 1];
    if (last && last.end === r.start && last.kind === r.kind && last.certainty === r.certainty) {
      last.end = r.end;
      last.repaired += r.repaired;
      last.strong ||= r.strong;
    } else {
      repairs.push(r);
    }
  };
  let cursor = 0;
  for (const c of [...chosen.candidates, null]) {
    // C1 controls outside every repaired stretch are Windows-1252 punctuation read as Latin-1.
    const gapEnd = c ? c.start : run.length;
    for (let i = cursor; i < gapEnd; i++) {
      const code = run.charCodeAt(i);
      if (!isC1(code) || CP1252_C1.charCodeAt(code - 0x80) === code) continue;
      const repaired = CP1252_C1[code - 0x80];
      const inWord = LETTER.test(i > 0 ? run[i - 1] : before) && LETTER.test(i + 1 < run.length ? run[i + 1] : after);
      const certainty = inWord && (classOf(repaired) === 'junk' || classOf(repaired) === 'math') ? 'suggest' : 'fix';
      push({ start: i, end: i + 1, repaired, encodings: [ENCODINGS[0]], kind: 'c1', certainty, strong: true });
    }
    if (c === null) break;
    push({
      start: c.start,
      end: c.end,
      repaired: c.repaired,
      encodings: [chosen.encoding, ...c.deeper],
      kind: 'utf-8',
      certainty: c.lossy ? 'suggest' : 'fix',
      strong: c.strong,
    });
    cursor = c.end;
  }
  if (repairs.length === 0) return repairs;
  // A "repair" that leaves the text it changes about as suspicious as it was is no repair: the run is
  // garbled beyond what re-decoding can mend ("ã†â€™ãƒâ€ ã¢â‚¬â„¢", mojibake lower-cased since).
  const first = repairs[0].start;
  const last = repairs[repairs.length - 1].end;
  const left = first > 0 ? charBefore(run, first) : before;
  const right = last < run.length ? charAt(run, last) : after;
  const changed = suspicion(left, run.slice(first, last), right);
  const remaining = suspicion(
    left,
    repairs.map((r, i) => run.slice(i === 0 ? first : repairs[i - 1].end, r.start) + r.repaired).join(''),
    right,
  );
  if (remaining > 0 && remaining * 2 >= changed) {
    return [{ ...repairs[0], end: last, repaired: run.slice(first, last), certainty: 'report' }];
  }
  return repairs.map((r) => trimUnchanged(run, r));
}

/** A repair without the space it keeps: "Ã " that becomes "à " is "Ã" that becomes "à". */
function trimUnchanged(run: string, repair: MojibakeRepair): MojibakeRepair {
  const original = run.slice(repair.start, repair.end);
  if (original.length < 2 || !original.endsWith(' ') || !repair.repaired.endsWith(' ')) return repair;
  return { ...repair, end: repair.end - 1, repaired: repair.repaired.slice(0, -1) };
}

function applyCandidates(run: string, candidates: readonly Candidate[]): string {
  let out = '';
  let cursor = 0;
  for (const c of candidates) {
    out += run.slice(cursor, c.start) + c.repaired;
    cursor = c.end;
  }
  return out + run.slice(cursor);
}

function toBytes(run: string, encoding: SingleByteEncoding): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    bytes.push(code < 0x80 ? code : code === 0xfffd ? LOST_BYTE : (encoding.byteOf.get(code) ?? NO_BYTE));
  }
  return bytes;
}

function isNativeTo(s: string, encoding: SingleByteEncoding): boolean {
  for (let i = 0; i < s.length; i++) if (!encoding.isNative(s.charCodeAt(i)) && s.charCodeAt(i) !== 0xfffd) return false;
  return true;
}

function isC1(code: number): boolean {
  return code >= 0x80 && code <= 0x9f;
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

function charBefore(text: string, i: number): string {
  const code = text.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}
