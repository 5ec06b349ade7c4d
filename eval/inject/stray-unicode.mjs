// stray-unicode: one invisible, look-alike or out-of-place character (or run) per copy, in the forms
// scraped news carries them: VNA's "Nikolayevich𝓀 Chernyshenko" (a math-styled letter glued to a
// name), zero-width spaces and soft hyphens from CMS markup, Trojan-Source bidi overrides, ASCII
// smuggled in tag characters, C1 controls and U+FFFD from bad decoding, fullwidth Latin from CJK
// input methods, and decomposed (NFD) accents from macOS copy-paste.
import { readFileSync } from 'node:fs';
import { paragraphTexts, pickWord, replaceInParagraph, restorableEdit, span } from './edit.mjs';

const injectionText = JSON.parse(readFileSync(new URL('../data/injection-text.json', import.meta.url), 'utf8'));

const MATH_LETTERS = ['𝓀', '𝐚', '𝒷', '𝔨', '𝕖', '𝗋', '𝘵', '𝙣'];
const CYRILLIC_LOOKALIKES = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
/** C1 controls that cp1252 leaves undefined: the ones that survive a wrong decode as themselves. */
const C1_CONTROLS = ['\u0081', '\u008d', '\u008f', '\u0090', '\u009d'];
const SMUGGLED_ASCII = ['ignore this', 'hidden', 'tracking id 42'];

const isLowercaseWord = (minLength) => (word) => word.text.length >= minLength && /^[a-z]+$/.test(word.text);
const isProperName = (word) => /^np/.test(word.tag) && /^[A-Z][a-z]{2,}$/.test(word.text);

/** Each variant chooses a place in the article and returns the edit, or null if the article has none. */
const variants = {
  'zero-width-space': (article, random) => insideWord(article, random, '\u200b'),
  'soft-hyphen': (article, random) => insideWord(article, random, '\u00ad'),
  'bidi-override': (article, random) => {
    const target = pickWord(article, random, isLowercaseWord(4));
    if (!target) return null;
    const { p, word } = target;
    return restorableEdit(article, p, word.start, word.end, `\u202e${word.text}\u202c`, true);
  },
  'math-letter-glued': (article, random) => {
    const target = pickWord(article, random, isProperName);
    if (!target) return null;
    return insertIntoWord(article, target, target.word.end, random.pick(MATH_LETTERS), true);
  },
  'cyrillic-lookalike': (article, random) => {
    const target = pickWord(article, random, (word) => isLowercaseWord(5)(word) && /[aeopcxyi]/.test(word.text.slice(1)));
    if (!target) return null;
    const { p, word } = target;
    const positions = [...word.text].flatMap((letter, i) => (i > 0 && CYRILLIC_LOOKALIKES[letter] ? [i] : []));
    const i = random.pick(positions);
    const edit = restorableEdit(article, p, word.start + i, word.start + i + 1, CYRILLIC_LOOKALIKES[word.text[i]], true);
    return { ...edit, region: span(p, word.start, word.end) };
  },
  'c1-control': (article, random) => {
    const target = pickWord(article, random, isLowercaseWord(3));
    if (!target) return null;
    // Deleting it is the only repair, but a stray control may also stand for a lost character: a fix is
    // welcome, not required.
    return insertIntoWord(article, target, target.word.end, random.pick(C1_CONTROLS), false);
  },
  'tag-character-run': (article, random) => {
    const target = pickWord(article, random, isLowercaseWord(3));
    if (!target) return null;
    const run = [...random.pick(SMUGGLED_ASCII)].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    return insertIntoWord(article, target, target.word.end, run, true);
  },
  'replacement-character': (article, random) => {
    // "Georgia's" decoded badly becomes "Georgia�s": the apostrophe is lost, so no fix is certain.
    const target = pickWord(article, random, (word) => /^[A-Za-z]+'[a-z]{1,2}$/.test(word.text));
    if (!target) return null;
    const { p, word } = target;
    const apostrophe = word.start + word.text.indexOf("'");
    const paragraphs = paragraphTexts(article);
    const edit = replaceInParagraph(paragraphs, p, apostrophe, apostrophe + 1, '\ufffd');
    const curly = replaceInParagraph(paragraphs, p, apostrophe, apostrophe + 1, '’').paragraphs;
    return {
      paragraphs: edit.paragraphs,
      region: span(p, word.start, word.end),
      expected: [edit.span],
      accept: [paragraphs, curly],
      fixExpected: false,
    };
  },
  'fullwidth-word': (article, random) => {
    const target = pickWord(article, random, isLowercaseWord(4));
    if (!target) return null;
    const { p, word } = target;
    const fullwidth = [...word.text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    return restorableEdit(article, p, word.start, word.end, fullwidth, true);
  },
  'nfd-text': (article, random) => {
    // The carrier is ASCII, so a proper name becomes an accented one: NFC in the base, NFD in the copy.
    const target = pickWord(article, random, isProperName);
    if (!target) return null;
    const { p, word } = target;
    const name = random.pick(injectionText.accentedNames).normalize('NFC');
    const base = replaceInParagraph(paragraphTexts(article), p, word.start, word.end, name).paragraphs;
    const edit = replaceInParagraph(base, p, word.start, word.start + name.length, name.normalize('NFD'));
    return { paragraphs: edit.paragraphs, region: edit.span, expected: [edit.span], accept: [base], fixExpected: true };
  },
};

export default {
  rule: 'stray-unicode',
  variants: Object.keys(variants),
  inject: (article, variant, random) => variants[variant](article, random),
};

/** A character inside a word of six or more letters, away from its ends. */
function insideWord(article, random, character) {
  const target = pickWord(article, random, isLowercaseWord(6));
  if (!target) return null;
  const at = target.word.start + random.int(2, target.word.text.length - 2);
  return insertIntoWord(article, target, at, character, true);
}

/**
 * Inserts `injected` inside or right after a word. The whole word counts as altered: another rule
 * reporting the pieces the character splits it into ("existe" + "nce") is collateral, not false.
 */
function insertIntoWord(article, { p, word }, at, injected, fixExpected) {
  const edit = restorableEdit(article, p, at, at, injected, fixExpected);
  return { ...edit, region: span(p, word.start, word.end + injected.length) };
}
