// How suspicious a stretch of text looks: a count of character pairs that real text rarely has and
// UTF-8-read-as-a-single-byte-encoding text has all the time ("Ã©", "â€œ", "Ä±", "Ð±Ñ"). The idea is
// ftfy's badness heuristic (rspeer/python-ftfy, ftfy/badness.py, Apache-2.0): sort the few hundred
// characters mojibake is made of into classes, then count the unlikely neighbours. The classes and
// pairs here are our own, sized for judging one short stretch against its repair.

export type CharClass =
  | 'c1' // U+0080–009F: no use in text, the signature of bytes read as Latin-1
  | 'junk' // spacing accents and odd symbols that almost only appear in mojibake: ¨ ¸ ˆ ¤ ¦ ¬ ‰ †
  | 'open' // punctuation that stands before a word: ¡ ¿ « ‘ “ „ • © §
  | 'close' // punctuation that stands after a word: » ” › ™ ®
  | 'neutral' // common in real text anywhere: NBSP, soft hyphen, · ´ – — … ’ °
  | 'money' // ¢ £ ¥ €
  | 'math' // ¹ ² ³ ± ¼ ½ ¾ × ÷ µ and the Mac and DOS math symbols
  | 'box' // box drawing and blocks, from code page 437
  | 'upper' // a non-ASCII uppercase letter
  | 'lower' // a non-ASCII lowercase letter
  | 'letter' // a non-ASCII letter without case (CJK, Arabic, Hebrew…)
  | 'mark' // a combining mark
  | 'ascii-upper'
  | 'ascii-lower'
  | 'digit'
  | 'space'
  | 'rare' // unassigned, private use, controls, and letters no real text is made of
  | 'other';

const JUNK = new Set('¤¦¨¬¯¸ƒˆˇ˘˙˚˛˜˝†‡‰◊⌐¶ªºⁿ∙■⌠⌡');
const OPEN = new Set('¡¿«‹‘‚“„•©§');
const CLOSE = new Set('»›”™®');
const NEUTRAL = new Set('\u00a0\u00ad·´–—―…’°');
const MONEY = new Set('¢£¥€₧');
const MATH = new Set('¹²³±¼½¾×÷µ∂∆∏∑√∞≈≠≤≥∫≡∩⁄№πΩ');
const OPENING_QUOTES = new Set('‘“„‚«‹');
const CLOSING_QUOTES = new Set('’”»›');
const SYMBOL_CLASSES: ReadonlySet<CharClass> = new Set(['open', 'close', 'money', 'math', 'junk', 'box']);
/**
 * Latin Extended-B and IPA letters that news in living orthographies uses: Vietnamese ơ ư, Romanian
 * ș ț, pinyin ǎ ǐ ǒ ǔ, Akan and Hausa ɛ ɔ ɓ ɗ ƙ ƴ, Azerbaijani ə, the Hawaiian ʻokina and the letter
 * apostrophe. The rest of U+0180–02FF is what a "repair" of real text produces: "MARQUÉ…" is not
 * "MARQUɅ", "TOMÉ²" is not "TOMɲ".
 */
const LETTERS_IN_USE = new Set('ƏəƐɛƆɔƁɓƊɗƘƙƳƴƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜȘșȚțʻʼ');
/** The letters mojibake of Latin-1 text starts with (bytes C2, C3); in real text they come before ASCII letters. */
const LATIN1_LEADS = new Set('ÂÃ');
/** Windows-1250's reading of byte C3: Romanian "Ă" is real, but not before a symbol. */
const CENTRAL_EUROPEAN_LEAD = 'Ă';

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;
const LATIN = /\p{sc=Latin}/u;
const GREEK = /\p{sc=Greek}/u;
/**
 * The scripts news is written in (and the common and inherited characters they share). A "repair"
 * into Mongolian digits or Runic is a collision, not a repair: "está \u0093" is not "est᠓".
 */
const MAJOR_SCRIPT = new RegExp(
  `[${['Common', 'Inherited', 'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Ethiopic', 'Tibetan', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo'].map((name) => `\\p{sc=${name}}`).join('')}]`,
  'u',
);
const GREEK_LOWER = /(?=\p{Ll})\p{sc=Greek}/u;
const UNUSABLE = /[\p{Cn}\p{Co}\p{Cs}\p{Cc}]/u;

const classCache = new Map<number, CharClass>();

export function classOf(ch: string): CharClass {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return 'ascii-upper';
    if (code >= 0x61 && code <= 0x7a) return 'ascii-lower';
    if (code >= 0x30 && code <= 0x39) return 'digit';
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return 'space';
    return 'other';
  }
  let cls = classCache.get(code);
  if (cls === undefined) {
    cls = classify(ch, code);
    classCache.set(code, cls);
  }
  return cls;
}

function classify(ch: string, code: number): CharClass {
  if (code <= 0x9f) return 'c1';
  if (JUNK.has(ch)) return 'junk';
  if (OPEN.has(ch)) return 'open';
  if (CLOSE.has(ch)) return 'close';
  if (NEUTRAL.has(ch)) return 'neutral';
  if (MONEY.has(ch)) return 'money';
  if (MATH.has(ch)) return 'math';
  if (code >= 0x2500 && code <= 0x259f) return 'box';
  // U+2800 BRAILLE PATTERN BLANK is social media's invisible filler ("â € " read back is "⠀").
  if (code === 0x2800) return 'other';
  if (UNUSABLE.test(ch) || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'rare';
  if (code >= 0x0180 && code <= 0x02ff && !LETTERS_IN_USE.has(ch)) return 'rare';
  if (!MAJOR_SCRIPT.test(ch)) return 'rare';
  // Greek and Cyrillic letters of archaic use, Coptic, the Khanty/Chukchi additions, the Arabic letters
  // of African and Asian minority languages, and the rarer combining marks: nothing news is made of.
  if ((code >= 0x0370 && code <= 0x0385) || (code >= 0x03cf && code <= 0x03ff)) return 'rare';
  if ((code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff)) return 'rare';
  if (
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
    return 'rare';
  if ((code >= 0x0460 && code <= 0x048f) || (code >= 0x04c3 && code <= 0x04ce) || (code >= 0x04f6 && code <= 0x052f)) return 'rare';
  if (MARK.test(ch)) return 'mark';
  if (UPPER.test(ch)) return 'upper';
  if (LOWER.test(ch)) return 'lower';
  if (LETTER.test(ch)) return 'letter';
  if (/\s/u.test(ch)) return 'space';
  return 'other';
}

const isLetter = (c: CharClass) => c === 'upper' || c === 'lower' || c === 'letter' || c === 'ascii-upper' || c === 'ascii-lower';
const isAccented = (c: CharClass) => c === 'upper' || c === 'lower';
const isSymbol = (c: CharClass) => SYMBOL_CLASSES.has(c);
const isNonAscii = (c: CharClass) => c !== 'space' && c !== 'ascii-upper' && c !== 'ascii-lower' && c !== 'digit' && c !== 'other';

/** Whether a repair may go into the text: no control, unassigned, private-use or unpaired surrogate character. */
export function isCleanRepair(repaired: string): boolean {
  for (const ch of repaired) if (UNUSABLE.test(ch)) return false;
  return true;
}

/** Whether `middle` could be real text where it stands: no rare character, no lone foreign one, no stray mark. */
export function isPlausible(before: string, middle: string, after: string): boolean {
  const chars = [...(before + middle + after)];
  const first = before === '' ? 0 : 1;
  const last = chars.length - (after === '' ? 0 : 1);
  const classes = chars.map(classOf);
  for (let i = first; i < last; i++) {
    if (classes[i] === 'rare' || classes[i] === 'c1' || isLoneForeignCharacter(chars, i)) return false;
    if (classes[i] === 'mark' && !hasBase(chars, classes, i)) return false;
    // a Latin letter takes its accent precomposed; a mark after one is a collision ("SUÍ’" is not "SU͒"),
    // while marks on digits and signs are fancy text ("$Ì¶6Ì¶" is a struck-through "$̶6̶")
    if (classes[i] === 'mark' && scriptOf(chars[i]) === 'inherited' && isLetter(classes[i - 1])) return false;
  }
  return true;
}

/**
 * The suspicion of `middle` where it stands between `before` and `after` (one character each, or ''):
 * the number of unlikely characters and pairs that involve a character of `middle`.
 */
export function suspicion(before: string, middle: string, after: string): number {
  const chars = [...(before + middle + after)];
  const first = before === '' ? 0 : 1;
  const last = chars.length - (after === '' ? 0 : 1); // exclusive
  const classes = chars.map(classOf);
  let score = 0;
  for (let i = first; i < last; i++) {
    const c = classes[i];
    if (c === 'c1' || c === 'rare') score += 2;
    if (c === 'mark' && !hasBase(chars, classes, i)) score += 2;
  }
  for (let i = Math.max(first - 1, 0); i < last && i + 1 < chars.length; i++) score += pairScore(chars, classes, i);
  return score;
}

function pairScore(chars: string[], classes: CharClass[], i: number): number {
  const [a, b] = [chars[i], chars[i + 1]];
  const [x, y] = [classes[i], classes[i + 1]];
  const w = classes[i - 1];
  const z = classes[i + 2];
  let score = 0;
  // "Ã©", "Ã¼", "Â£", "Ã\u00a0": the Latin-1 leads before anything but a letter, an apostrophe or an ellipsis
  if (LATIN1_LEADS.has(a) && isNonAscii(y) && !isLetter(y) && b !== '’' && b !== '…') {
    const capsWordEnd = b === '\u00a0' ? isUpperCase(w) && !isLowerCase(z) : isUpperCaseWordEnd(w, z);
    if (!capsWordEnd || y === 'junk' || y === 'c1' || y === 'money' || b === '™') score++;
  }
  if (a === 'Ã' && 'ŠšŒœŽžŸ'.includes(b)) score++;
  // "HĂ´pital": Windows-1250's reading of the same lead
  if (a === CENTRAL_EUROPEAN_LEAD && (isSymbol(y) || y === 'c1' || b === '´' || b === '\u00ad') && b !== '™' && b !== '®') score++;
  // "Ä±", "Å³", "Ä°": an accented letter before a superscript, a math sign or a degree sign, except a
  // footnote mark or degree sign after an all-caps word ("SÃO TOMÉ²")
  if (isAccented(x) && (y === 'math' || b === '°') && !('¹²³°'.includes(b) && isUpperCaseWordEnd(w, z))) score++;
  // "â€": a lowercase accented letter before a currency sign
  if (x === 'lower' && y === 'money') score++;
  // "divisÃ", "РґРѕ": a non-ASCII capital right after a lowercase letter
  if ((x === 'lower' || x === 'ascii-lower') && y === 'upper') score++;
  // "profiter‚Ä¶": low quotation marks, which only ever open, glued to the end of a word
  if (isLetter(x) && '‚„'.includes(b)) score++;
  // "g√¢teaux", "Zam√≤": Mac OS Roman's reading of byte C3 (√) after a letter or before an accented letter or sign
  if (b === '√' && isLetter(x)) score++;
  if (a === '√' && (isAccented(y) || (isSymbol(y) && !'π∑∏∫∞Ω'.includes(b)))) score++;
  // "€œ", "³c", "┐a": a sign right before an accented letter
  if ((x === 'money' || x === 'math' || x === 'box' || x === 'junk') && isAccented(y)) score++;
  // "AÃ‘OS", "RÄ«ga": punctuation inside a word, after an accented letter
  if (isAccented(x) && (y === 'open' || y === 'close') && z !== undefined && isLetter(z)) score++;
  // "™«", "√¢", "Ø±", "¿½": two signs of different kinds glued together; quotation marks around a
  // sign are fine ("“×” curves")
  if (isSymbol(x) && isSymbol(y) && x !== y && !OPENING_QUOTES.has(a) && !CLOSING_QUOTES.has(b)) score++;
  // "¨", "ƒ", "‰" touching other non-ASCII letters or signs
  if ((x === 'junk' && isNonAscii(y) && y !== 'neutral') || (y === 'junk' && isNonAscii(x) && x !== 'neutral')) score++;
  // "œ”", "Œ€": the French ligature only comes before letters
  if ((a === 'œ' || a === 'Œ') && !(y === 'ascii-lower' || y === 'ascii-upper')) score++;
  // "Ð±Ñ", "Ø±": Latin letters glued to letters of another script, or other scripts glued to ASCII digits;
  // a lowercase Greek letter is at home in science ("IL2Rγc", "TNFα").
  if (isLetter(x) && isLetter(y) && mixesScripts(a, b)) score++;
  if (
    (x === 'digit' && isNonAscii(y) && isLetter(y) && !LATIN.test(b)) ||
    (y === 'digit' && isNonAscii(x) && isLetter(x) && !LATIN.test(a))
  )
    score++;
  return score;
}

/**
 * "“×” curves" is not "“ה curves": a character of a script other than Latin or Greek (a letter, digit,
 * mark or punctuation of its own) with nothing of its script next to it. Words are made of several
 * letters; one alone is a collision.
 */
function isLoneForeignCharacter(chars: readonly string[], i: number): boolean {
  const script = scriptOf(chars[i]);
  if (script === 'Latin' || script === 'Greek' || script === 'none' || script === 'inherited') return false;
  return !(i > 0 && scriptOf(chars[i - 1]) === script) && !(i + 1 < chars.length && scriptOf(chars[i + 1]) === script);
}

const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Ethiopic',
  'Tibetan',
  'Mongolian',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
].map((name) => [name, new RegExp(`\\p{sc=${name}}`, 'u')] as const);

const scriptCache = new Map<number, string>();

function scriptOf(ch: string): string {
  const code = ch.codePointAt(0)!;
  let script = scriptCache.get(code);
  if (script === undefined) {
    // Mathematical alphanumerics (𝓀 𝐁) are styled Latin and Greek, though Unicode files them as Common.
    if (code >= 0x1d400 && code <= 0x1d7ff) return 'Latin';
    script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? (MARK.test(ch) ? 'inherited' : LETTER.test(ch) ? 'other' : 'none');
    scriptCache.set(code, script);
  }
  return script;
}

/**
 * A combining mark needs something to combine with: a letter of its own script, or a Latin letter,
 * digit or sign for the marks of U+0300–036F ("$Ì¶6Ì¶" is a struck-through "$̶6̶"). A Latin mark on a
 * Cyrillic letter ("М’" read as "М̒") or a mark on a space is a collision.
 */
function hasBase(chars: string[], classes: CharClass[], i: number): boolean {
  if (i === 0) return false;
  const base = classes[i - 1];
  if (base === 'mark') return true;
  if (base === 'space') return false;
  const code = chars[i].codePointAt(0)!;
  if (code >= 0x0300 && code <= 0x036f) return base === 'digit' || base === 'other' || LATIN.test(chars[i - 1]) || GREEK.test(chars[i - 1]);
  const script = scriptOf(chars[i]);
  return script === 'inherited' ? isLetter(base) : script === scriptOf(chars[i - 1]);
}

function mixesScripts(a: string, b: string): boolean {
  const [scriptA, scriptB] = [scriptOf(a), scriptOf(b)];
  if (scriptA === scriptB) return false;
  if ((scriptA === 'Latin' && GREEK_LOWER.test(b)) || (scriptB === 'Latin' && GREEK_LOWER.test(a))) return false;
  // Han, kana and Hangul mix in Japanese and Korean text
  return !(EAST_ASIAN.has(scriptA) && EAST_ASIAN.has(scriptB));
}

const EAST_ASIAN = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);

/**
 * Portuguese "IRMÃ" and Inari Sami "KIELÂ" end in Ã and Â, and punctuation follows: «MAÇÃ» is not
 * «MAÇû», "MISUTÂ\u00a0AJIKKO" is not "MISUT\u00a0AJIKKO". After an all-caps word, only a sign no one
 * puts there ("OÃ™ ET QUAND?") makes Ã or Â suspicious.
 */
function isUpperCaseWordEnd(before: CharClass | undefined, after: CharClass | undefined): boolean {
  return isUpperCase(before) && !isLowerCase(after) && !isUpperCase(after);
}

const isUpperCase = (c: CharClass | undefined) => c === 'ascii-upper' || c === 'upper';
const isLowerCase = (c: CharClass | undefined) => c === 'ascii-lower' || c === 'lower';
