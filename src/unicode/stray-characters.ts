// Finds characters that do not belong in prose, following the classification in
// ../shared/research/anchors-unicode-typos.md (section A5). Speed comes from looking at almost nothing:
// one pass of a small negated allowlist regex (ASCII, Latin letters with their Vietnamese forms,
// common punctuation, CJK) finds the rare runs of other characters; only those runs are classified,
// with V8's \p{…} escapes (the Unicode version of the running Node), never with unicode-properties,
// whose Unicode 12 data calls every later character a control character.
//
// Whether a character is stray often depends on its neighbours: a zero-width joiner inside 👨‍👩‍👧, a
// zero-width space in Thai, an RLM in an Arabic line, VS16 after ❤, tag letters after 🏴 are right
// where they are; the same characters glued to an English word are not.
import lookalikeData from '../../data/unicode-lookalikes.json' with { type: 'json' };
import { findDecomposed, type DecomposedSpan } from './decomposed.js';
import { charAt, charBefore, LETTER_OR_MARK, LineContext, wordEnd, wordStart } from './text-context.js';

export type StrayKind =
  | 'control'
  | 'c1-control'
  | 'bidi-control'
  | 'bidi-mark'
  | 'tag'
  | 'invisible'
  | 'bom'
  | 'joiner'
  | 'soft-hyphen'
  | 'variation-selector'
  | 'format'
  | 'styled-letter'
  | 'fullwidth'
  | 'ligature'
  | 'private-use'
  | 'noncharacter'
  | 'replacement'
  | 'unassigned'
  | 'surrogate'
  | 'lookalike';

export interface StrayCharacter {
  start: number;
  end: number;
  codePoint: number;
  kind: StrayKind;
  /** What a fix puts in its place ('' deletes it); null when there is no single right answer. */
  replacement: string | null;
  /** Replacements to offer as suggestions when there is no fix. */
  alternatives?: string[];
  /** What the message should add about this character ("glued to a word"). */
  note?: string;
}

/** Adjacent stray characters: one finding. */
export interface StrayRun {
  start: number;
  end: number;
  characters: StrayCharacter[];
}

export interface StrayScanOptions {
  /** Code points never to report (the rule's `allow` option). */
  allow: ReadonlySet<number>;
  /** Offsets of U+FFFD that stand for invalid UTF-8 bytes: the `encoding` rule reports those. */
  invalidByteOffsets: ReadonlySet<number>;
  /** Characters another rule reports (mojibake's C1 punctuation and repairs). */
  reportedElsewhere?: (codePoint: number, offset: number) => boolean;
}

/**
 * Everything that is not plainly fine: not ASCII printable, tab or newline, nor a CR of a CRLF, nor
 * a character that can be neither stray nor part of decomposed text (test/peer-cases-unicode.test.ts
 * checks every allowlisted code point). Curly quotes, dashes, …, °, €, NBSP, ™, Latin letters with
 * diacritics (Vietnamese precomposed in U+1E00–1EFF), arrows, dingbats, CJK ideographs and Hangul pass.
 * Measured on Node 20: V8 scans this at over 1 GB/s, but only while the class has at most 16 ranges
 * (one more and it drops to ~150 MB/s) and without the `u` flag (with it, ~100 MB/s). Without `u`,
 * an astral character is two surrogate code units, neither allowlisted, so runs never split one.
 */
const SCAN =
  /(?:[^\t\n\r\x20-\x7e\xa0-\xac\xae-\u02ff\u1e00-\u1eff\u2002-\u200a\u2010-\u2029\u202f-\u205f\u20a0-\u20c0\u2122\u2190-\u21ff\u2460-\u27ff\u3000-\u3029\u4e00-\u9fff\uac00-\ud7a3]|\r(?!\n))+/g;
export const SCAN_SOURCE = SCAN.source;

/** Inside a run: Cyrillic/Greek words (look-alikes), tag runs, and single suspects. */
const CANDIDATE =
  /[\p{sc=Cyrillic}\p{sc=Greek}]+|[\u{e0000}-\u{e007f}]+|[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2100-\u214f\u2800\u3164\ufb00-\ufb06\ufe00-\ufe0f\uff01-\uff5e\uffa0\ufffc\ufffd\u{1d400}-\u{1d7ff}\u{e0100}-\u{e01ef}]/gu;

/**
 * A pattern built on its first use. The ones below classify the characters a scan turns up; a text
 * with none never needs them, and building their \p{…} classes costs ~1 ms of every start.
 */
function lazyPattern(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= build());
}

const CYRILLIC_OR_GREEK = lazyPattern(() => /^[\p{sc=Cyrillic}\p{sc=Greek}]/u);
const LETTER = lazyPattern(() => /\p{L}/u);
const WORD_CHARACTER = lazyPattern(() => /[\p{L}\p{M}\p{N}]/u);
const MARK = lazyPattern(() => /\p{M}/u);
const LATIN_LETTER = lazyPattern(() => /(?=\p{L})\p{sc=Latin}/gu);
const CYRILLIC_GREEK_LETTER = lazyPattern(() => /(?=\p{L})[\p{sc=Cyrillic}\p{sc=Greek}]/gu);
const UNASSIGNED = lazyPattern(() => /\p{Cn}/u);
const FORMAT = lazyPattern(() => /\p{Cf}/u);
const EMOJI = lazyPattern(() => /\p{Emoji}/u);

/** Scripts written without spaces, where U+200B marks word boundaries. */
const SPACELESS_SCRIPT = lazyPattern(
  () =>
    /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Javanese}\p{sc=Balinese}\p{sc=Tai_Tham}\p{sc=New_Tai_Lue}\p{sc=Tai_Le}]/u,
);
/** Letters of scripts that need ZWJ/ZWNJ to shape words (Persian, the Indic scripts, …). */
const LETTER_OR_MARK_OF_JOINING_SCRIPT = lazyPattern(
  () => /(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Common}\p{sc=Inherited}])[\p{L}\p{M}]/u,
);
const EMOJI_BEFORE_ZWJ = lazyPattern(() => /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u{e007f}]/u);
const EMOJI_AFTER_ZWJ = lazyPattern(() => /\p{Extended_Pictographic}/u);
/** What a variation selector may follow: emoji, symbols and the scripts with standardized or ideographic variation sequences. */
const VARIATION_BASE = lazyPattern(
  () =>
    /[\p{Emoji}\p{S}\u2018-\u201d\u3000-\u303f\uff00-\uffef\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Myanmar}\p{sc=Mongolian}\p{sc=Phags_Pa}\p{sc=Manichaean}\p{sc=Egyptian_Hieroglyphs}\p{sc=Tangut}\p{sc=Nushu}\p{sc=Khitan_Small_Script}]/u,
);
const MONGOLIAN = lazyPattern(() => /\p{sc=Mongolian}/u);
const KHMER = lazyPattern(() => /\p{sc=Khmer}/u);
const HANGUL_LETTER = lazyPattern(() => /(?![\u115f\u1160\u3164\uffa0])\p{sc=Hangul}/u);
const BRAILLE_PATTERN = lazyPattern(() => /[\u2801-\u28ff]/u);
const KAITHI = lazyPattern(() => /\p{sc=Kaithi}/u);
const EGYPTIAN = lazyPattern(() => /\p{sc=Egyptian_Hieroglyphs}/u);
const DUPLOYAN = lazyPattern(() => /\p{sc=Duployan}/u);
const MUSICAL_SYMBOL = lazyPattern(() => /[\u{1d100}-\u{1d1ff}]/u);

/** Windows-1252 for bytes 0x80–0x9F; the five bytes it leaves undefined map to themselves. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const LOOKALIKES: ReadonlyMap<string, string> = new Map(Object.entries(lookalikeData));

/** Longest run of tag letters that may follow 🏴 in a subdivision flag (🏴 + "gbeng" + cancel tag). */
const FLAG_TAG_LETTERS = { min: 2, max: 7 };

/**
 * Reports each run of adjacent stray characters (`onRun`) and each stretch of text that is not in NFC
 * (`onDecomposed`), in text order. Linear in the length of the text.
 */
export function scanStrayUnicode(
  text: string,
  options: StrayScanOptions,
  onRun: (run: StrayRun) => void,
  onDecomposed: (span: DecomposedSpan) => void,
): void {
  const scanner = new RunClassifier(text, options);
  const scan = new RegExp(SCAN.source, SCAN.flags);
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const strays = scanner.strayCharacters(m[0], start);
    for (const run of groupAdjacent(strays)) onRun(run);
    findDecomposed(text, start, end, strays, onDecomposed);
  }
}

class RunClassifier {
  private readonly lines: LineContext;
  private readonly candidate = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  /** Where the current stretch of lone CRs ends, and whether a LF follows it ("\r\r\n"). */
  private crStretch = { end: -1, beforeLf: false };
  /** The last word a look-alike check measured (its end, and what it found). */
  private lastWord = { end: -1, mostlyLatin: false, fixable: false };

  constructor(
    private readonly text: string,
    private readonly options: StrayScanOptions,
  ) {
    this.lines = new LineContext(text);
  }

  /** The stray characters of one allowlist miss `run`, which starts at `offset` in the text. */
  strayCharacters(run: string, offset: number): StrayCharacter[] {
    const strays: StrayCharacter[] = [];
    const candidate = this.candidate;
    candidate.lastIndex = 0;
    for (let m = candidate.exec(run); m !== null; m = candidate.exec(run)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      const codePoint = m[0].codePointAt(0)!;
      if (codePoint >= 0xe0000 && codePoint <= 0xe007f) {
        this.addTags(start, end, strays);
      } else if (CYRILLIC_OR_GREEK().test(m[0])) {
        this.addLookalikes(start, end, strays);
      } else if (isStyled(codePoint)) {
        const styledEnd = this.addStyledRun(start, offset + run.length, strays);
        candidate.lastIndex = styledEnd - offset;
      } else {
        this.addSingle(codePoint, start, end, strays);
      }
    }
    const { allow, reportedElsewhere } = this.options;
    return strays.filter((s) => !allow.has(s.codePoint) && !reportedElsewhere?.(s.codePoint, s.start));
  }

  private addSingle(cp: number, start: number, end: number, strays: StrayCharacter[]): void {
    const kind = staticKind(cp);
    if (kind === null || this.isExpectedHere(kind, cp, start, end)) return;
    const stray: StrayCharacter = { start, end, codePoint: cp, kind, replacement: '' };
    if (cp === 0xfffc) stray.note = 'the placeholder of an embedded object that was lost';
    switch (kind) {
      case 'control':
        if (cp === 0x0b || cp === 0x0c) stray.replacement = this.pageBreakReplacement(start);
        else if (cp === 0x0d) this.describeLoneCr(stray);
        else if (cp === 0x7f) this.describeDelete(stray);
        break;
      case 'c1-control':
        this.describeC1(stray);
        break;
      case 'fullwidth':
      case 'ligature':
        stray.replacement = String.fromCodePoint(cp).normalize('NFKC');
        break;
      case 'private-use':
      case 'replacement':
      case 'unassigned':
      case 'surrogate':
        stray.replacement = null;
        break;
    }
    strays.push(stray);
  }

  /** Context that makes a suspect character right where it is. */
  private isExpectedHere(kind: StrayKind, cp: number, start: number, end: number): boolean {
    const text = this.text;
    const before = () => charBefore(text, start);
    const either = (re: RegExp) => re.test(charBefore(text, start)) || re.test(charAt(text, end));
    switch (kind) {
      case 'bidi-control':
      case 'bidi-mark':
        return this.lines.isRightToLeft(start);
      case 'joiner':
        return (
          (cp === 0x200d && EMOJI_BEFORE_ZWJ().test(before()) && EMOJI_AFTER_ZWJ().test(charAt(text, end))) ||
          either(LETTER_OR_MARK_OF_JOINING_SCRIPT())
        );
      case 'variation-selector':
        return cp >= 0x180b && cp <= 0x180f ? MONGOLIAN().test(before()) : VARIATION_BASE().test(before());
      case 'fullwidth':
        return this.lines.isCjk(start);
      case 'bom':
        return start === 0;
      case 'replacement':
        return this.options.invalidByteOffsets.has(start);
      case 'unassigned':
        // Future emoji and symbols (plane 1 above U+1F000) and ideographs (planes 2–3) are visible text
        // that an older Node does not know yet.
        return (cp >= 0x1f000 && cp <= 0x1ffff) || (cp >= 0x20000 && cp <= 0x3ffff);
      case 'invisible':
        if (cp === 0x200b) return either(SPACELESS_SCRIPT());
        if (cp === 0x180e) return either(MONGOLIAN());
        if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return either(HANGUL_LETTER());
        if (cp === 0x2800) return either(BRAILLE_PATTERN());
        if (cp === 0x17b4 || cp === 0x17b5) return either(KHMER());
        if (cp === 0x034f) return MARK().test(charAt(text, end));
        return false;
      case 'format':
        if ((cp >= 0x600 && cp <= 0x605) || cp === 0x6dd || cp === 0x70f || cp === 0x890 || cp === 0x891 || cp === 0x8e2) {
          return this.lines.isRightToLeft(start);
        }
        if (cp === 0x110bd || cp === 0x110cd) return either(KAITHI());
        if (cp >= 0x13430 && cp <= 0x1345f) return either(EGYPTIAN());
        if (cp >= 0x1bca0 && cp <= 0x1bca3) return either(DUPLOYAN());
        if (cp >= 0x1d173 && cp <= 0x1d17a) return either(MUSICAL_SYMBOL());
        return false;
      default:
        return false;
    }
  }

  /** A form feed or vertical tab breaks the line: keep one line break unless one is already there. */
  private pageBreakReplacement(i: number): string {
    const text = this.text;
    if (i === 0 || isLineBreakLike(text.charCodeAt(i - 1))) return '';
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 0x0b || text.charCodeAt(j) === 0x0c)) j++;
    return j === text.length || text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d ? '' : '\n';
  }

  /** "\r\r\n" has one CR too many: delete it. A CR alone may be an old Mac line break: only suggest. */
  private describeLoneCr(stray: StrayCharacter): void {
    const text = this.text;
    if (stray.start >= this.crStretch.end) {
      let j = stray.start;
      while (j < text.length && text.charCodeAt(j) === 0x0d) j++;
      this.crStretch = { end: j, beforeLf: text.charCodeAt(j) === 0x0a };
    }
    if (this.crStretch.beforeLf) {
      stray.note = 'doubled before a line break';
    } else {
      stray.replacement = null;
      stray.alternatives = ['\n'];
      stray.note = 'a carriage return without a line feed';
    }
  }

  /**
   * A DEL in wire copy usually took the place of a lost character: Reuters' "country's\u007fate",
   * "for\u007fthe". Deleting it would glue two words; which character it was is a guess.
   */
  private describeDelete(stray: StrayCharacter): void {
    stray.replacement = null;
    stray.alternatives = [' ', ''];
    stray.note = 'a DEL often stands for a lost character (a space, a letter)';
  }

  /** C1 controls in prose are almost always Windows-1252 bytes decoded as Latin-1 (“ became U+0093). */
  private describeC1(stray: StrayCharacter): void {
    const mapped = CP1252_C1[stray.codePoint - 0x80];
    if (isUtf8ReadAsLatin1(this.text, stray.start)) {
      stray.replacement = null;
      stray.note = 'part of UTF-8 text read as Latin-1: mojibake';
    } else if (mapped.charCodeAt(0) === stray.codePoint) {
      stray.replacement = null;
    } else {
      stray.replacement = mapped;
      stray.note = `Windows-1252 byte 0x${stray.codePoint.toString(16).toUpperCase()} read as Latin-1`;
    }
  }

  /** Tag characters hide ASCII text; the one legitimate use is a subdivision flag (🏴 + "gbeng" + cancel). */
  private addTags(start: number, end: number, strays: StrayCharacter[]): void {
    let i = start + this.flagTagLength(start, end);
    for (; i < end; i += 2) {
      const cp = this.text.codePointAt(i)!;
      strays.push({ start: i, end: i + 2, codePoint: cp, kind: 'tag', replacement: '' });
    }
  }

  private flagTagLength(start: number, end: number): number {
    if (charBefore(this.text, start) !== '\u{1f3f4}') return 0;
    let letters = 0;
    let i = start;
    for (; i < end && letters <= FLAG_TAG_LETTERS.max; i += 2, letters++) {
      const cp = this.text.codePointAt(i)!;
      if (!((cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a))) break;
    }
    const valid = letters >= FLAG_TAG_LETTERS.min && letters <= FLAG_TAG_LETTERS.max && this.text.codePointAt(i) === 0xe007f;
    return valid ? i + 2 - start : 0;
  }

  /**
   * Mathematical alphanumerics (and math-style letterlike symbols) are letters to Unicode, so a
   * category check misses "Nikolayevich𝓀": a lone one glued to the end of a word is a stray to
   * delete; a whole word of them is a styled word to fold to plain letters (NFKC); anything else
   * (glued inside or before a word, a lone variable 𝑥) has no single right answer.
   */
  private addStyledRun(start: number, limit: number, strays: StrayCharacter[]): number {
    const text = this.text;
    let end = start;
    let onlyLetterlike = true;
    const codePoints: number[] = [];
    while (end < limit) {
      const cp = text.codePointAt(end)!;
      if (!isStyled(cp)) break;
      codePoints.push(cp);
      onlyLetterlike &&= cp < 0x10000;
      end += cp > 0xffff ? 2 : 1;
    }
    const before = charBefore(text, start);
    const after = charAt(text, end);
    // ℓ (litre), ℮ and ℝ on their own or after a digit are symbols, not styled letters.
    if (onlyLetterlike && !LETTER().test(before) && !LETTER().test(after)) return end;
    const gluedBefore = WORD_CHARACTER().test(before);
    const gluedAfter = WORD_CHARACTER().test(after);
    let offset = start;
    for (const cp of codePoints) {
      const plain = String.fromCodePoint(cp).normalize('NFKC');
      const stray: StrayCharacter = {
        start: offset,
        end: offset + (cp > 0xffff ? 2 : 1),
        codePoint: cp,
        kind: 'styled-letter',
        replacement: null,
      };
      if (codePoints.length === 1 && gluedBefore && !gluedAfter) {
        stray.replacement = '';
        stray.note = 'glued to the end of a word';
      } else if (codePoints.length > 1 && !gluedBefore && !gluedAfter) {
        stray.replacement = plain;
        stray.note = 'a word in styled letters';
      } else if (!gluedBefore && !gluedAfter) {
        stray.alternatives = [plain];
      } else {
        stray.alternatives = ['', plain];
        stray.note = gluedBefore && gluedAfter ? 'inside a word' : 'glued to a word';
      }
      strays.push(stray);
      offset = stray.end;
    }
    return end;
  }

  /**
   * A Cyrillic or Greek letter that looks like a Latin one, inside a word that is mostly Latin
   * ("Vietnаm" with Cyrillic а). Mapped back when every non-Latin letter of the word is such a
   * look-alike and Latin letters are the majority; otherwise reported only. Words mostly in
   * Cyrillic or Greek are left alone, and so are Greek letters used as symbols (TNFα, μg).
   */
  private addLookalikes(start: number, end: number, strays: StrayCharacter[]): void {
    const text = this.text;
    if (!LETTER_OR_MARK.test(charBefore(text, start)) && !LETTER_OR_MARK.test(charAt(text, end))) return;
    const word = this.mixedWordAround(start, end);
    if (!word.mostlyLatin) return;
    const fixable = word.fixable;
    for (let i = start; i < end;) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const latinLetter = LOOKALIKES.get(ch);
      if (latinLetter !== undefined) {
        strays.push({
          start: i,
          end: i + ch.length,
          codePoint: cp,
          kind: 'lookalike',
          replacement: fixable ? latinLetter : null,
          alternatives: fixable ? undefined : [latinLetter],
          note: `looks like Latin “${latinLetter}”`,
        });
      }
      i += ch.length;
    }
  }
  /** Script counts of the word around [start, end); one word with several look-alikes is counted once. */
  private mixedWordAround(start: number, end: number): { end: number; mostlyLatin: boolean; fixable: boolean } {
    if (start < this.lastWord.end) return this.lastWord;
    const text = this.text;
    const wordEndOffset = wordEnd(text, end);
    const word = text.slice(wordStart(text, start), wordEndOffset);
    const latin = countMatches(LATIN_LETTER(), word);
    const others = word.match(CYRILLIC_GREEK_LETTER()) ?? [];
    this.lastWord = {
      end: wordEndOffset,
      mostlyLatin: latin > 0 && latin >= others.length,
      fixable: latin > others.length && others.every((ch) => LOOKALIKES.has(ch)),
    };
    return this.lastWord;
  }
}

/** The class of a suspect code point before its context is considered; null if it is not stray. */
function staticKind(cp: number): StrayKind | null {
  if (cp < 0x20 || cp === 0x7f) return 'control';
  if (cp >= 0x80 && cp <= 0x9f) return 'c1-control';
  if (cp === 0xad) return 'soft-hyphen';
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi-mark';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi-control';
  if (cp === 0x200c || cp === 0x200d) return 'joiner';
  if (cp === 0xfeff) return 'bom';
  if (
    cp === 0x200b ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 ||
    cp === 0x2800 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0xfffc
  )
    return 'invisible';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) {
    return 'variation-selector';
  }
  if (cp === 0xfffd) return 'replacement';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'private-use';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (cp >= 0xff01 && cp <= 0xff5e) return 'fullwidth';
  if (cp >= 0xfb00 && cp <= 0xfb06) return 'ligature';
  const ch = String.fromCodePoint(cp);
  if (FORMAT().test(ch)) return 'format';
  if (UNASSIGNED().test(ch)) return 'unassigned';
  return null;
}

const styledLetterlike = new Map<number, boolean>();

/** Mathematical alphanumerics (𝓀 𝐁 𝟏) and the letterlike symbols that fill their gaps (ℯ ℊ ℌ ℝ). */
function isStyled(cp: number): boolean {
  if (cp >= 0x1d400 && cp <= 0x1d7ff) return !UNASSIGNED().test(String.fromCodePoint(cp));
  if (cp < 0x2100 || cp > 0x214f) return false;
  let styled = styledLetterlike.get(cp);
  if (styled === undefined) {
    const ch = String.fromCodePoint(cp);
    // ™ (→ "TM"), № and ℃ are symbols; K, Å and Ω signs are NFC's business; ℹ is an emoji.
    styled = LETTER().test(ch) && !EMOJI().test(ch) && ch.normalize('NFC') === ch && /^[A-Za-z\p{sc=Greek}]$/u.test(ch.normalize('NFKC'));
    styledLetterlike.set(cp, styled);
  }
  return styled;
}

/** Whether the C1 character at i is a continuation byte of a UTF-8 sequence whose bytes were read as Latin-1 ("â\u0080\u0099" for ’). */
function isUtf8ReadAsLatin1(text: string, i: number): boolean {
  const isContinuation = (c: number) => c >= 0x80 && c <= 0xbf;
  let first = i;
  while (i - first < 3 && first > 0 && isContinuation(text.charCodeAt(first - 1))) first--;
  if (first === 0) return false;
  const lead = text.charCodeAt(first - 1);
  const length = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  if (i >= first + length) return false;
  for (let k = first; k < first + length; k++) if (!isContinuation(text.charCodeAt(k))) return false;
  return true;
}

function isLineBreakLike(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** Runs of stray characters that touch: one finding each. */
function groupAdjacent(strays: StrayCharacter[]): StrayRun[] {
  const runs: StrayRun[] = [];
  for (const stray of strays) {
    const last = runs[runs.length - 1];
    if (last && last.end === stray.start) {
      last.characters.push(stray);
      last.end = stray.end;
    } else {
      runs.push({ start: stray.start, end: stray.end, characters: [stray] });
    }
  }
  return runs;
}

function countMatches(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}
