import { describe, expect, it } from 'vitest';
import rule from '../../rules/stray-unicode.js';
import { createDocument } from '../../src/document.js';
import { lintDocument } from '../../src/engine.js';
import { applyFixes } from '../../src/fix/apply-fixes.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ALL_RULES_ON, ruleTester } from '../rule-tester.js';

const visitDump = readDump('delegation-visit.txt');
const visitLine1 = visitDump.split('\n')[0];

/** Text that must produce nothing: the scripts, symbols and sequences real news carries. */
const LEGIT_TEXT = [
  // Vietnamese, NFC (precomposed letters in Latin Extended Additional and Extended-B)
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nguyễn Văn Đông tại Đà Nẵng.',
  'Nguyễn Phú Trọng, Hồ Chí Minh, Quảng Ngãi, Ưng Hoàng Phúc, Bắc Ninh, Hải Phòng, Thừa Thiên–Huế',
  // punctuation, units, currency, spaces
  '“It’s done,” he said — and left… ‘Yes’ – no. «Oui» „Ja“ ‹x›',
  'Temperatures reach 38°C (100°F); prices rose 5‰, €12, £7, ¥300, ₫25,000, ₹9, ₽40, ₩500.',
  '10\u00a0km, 5\u202f%, a thin\u2009space, an em\u2003space, m², x³, H₂O, ½, ¼, Ⅻ, → ↔ ✓ ★ •',
  'Apple™ and № 5, ©2024 ®, 5 ℓ of water, the set ℝ, a 10\u00a0μg dose, 5 µm, TNFα, α-helix, Ω',
  'The mean x\u0304 and the vector v\u20d7 keep their combining marks (there is no precomposed form).',
  // emoji: ZWJ sequences, variation selectors, skin tones, keycaps, flags with tag sequences
  '👨‍👩‍👧 family, ❤️ love, ❤︎ text heart, 👍🏽 thumbs, 🏳️‍🌈 flag, 🧑🏽‍🚀 astronaut, 1️⃣ keycap, ☎️, ™️, ❤️‍🔥',
  '🇻🇳 🇷🇺 🇺🇸 🏴󠁧󠁢󠁥󠁮󠁧󠁿 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏴󠁧󠁢󠁷󠁬󠁳󠁿 🏴‍☠️',
  // CJK, with fullwidth forms where they belong, and an ideographic variation sequence
  '越南共产党中央委员会总书记苏林会见日本首相。日本語のテキスト、한국어 텍스트',
  '東京（ＡＦＰ）－日本の首相は２０２５年に、葛\u{e0100}城市を訪問した。',
  // right-to-left scripts with their bidi marks and controls
  'قال الرئيس\u200f: مرحبا بالعالم\u061c ١٢٣',
  'שלום\u200e ABC\u202b עולם\u202c, ומה\u2067 123 \u2069שלומך',
  'The minister said \u202bمرحبا بكم\u202c to the delegation.',
  // scripts that need ZWNJ/ZWJ and ZWSP
  'Persian: می\u200cخواهم، Hindi: क्\u200dष, Malayalam: ന്\u200d',
  'Thai: ภาษา\u200bไทย, Khmer: ភាសា\u200bខ្មែរ, Lao: ພາສາ\u200bລາວ, Myanmar: မြန်မာ\u200bစာ',
  // Cyrillic and Greek words (no Latin letters inside the word)
  'The name Москва means Moscow; ΑΘΗΝΑ is Athens; Сергей Лавров met the press.',
  // tabs, CRLF line ends, a leading BOM
  '\tIndented paragraph\r\nSecond line\r\n',
  '\ufeffA file that starts with a byte order mark.',
];

ruleTester(rule, {
  valid: [
    // Windows-1252 punctuation read as C1 controls, and UTF-8 mojibake, are the mojibake rule's findings.
    { name: 'C1 punctuation is left to mojibake', text: '\u0093Quoted\u0094 \u0096 and 2\u0080' },
    { name: 'mojibake is left to mojibake', text: 'Vietnam\u00e2\u0080\u0099s' },
    ...LEGIT_TEXT,
    { name: 'the test dump harvest-fair.txt has no stray character', text: readDump('harvest-fair.txt') },
    { name: 'allow option: U+200B by code point', text: 'Ha\u200bNoi', options: { allow: ['U+200B'] } },
    { name: 'allow option: a character as is', text: 'ﬁnance', options: { allow: ['ﬁ'] } },
    { name: 'a lone styled letterlike symbol is a symbol', text: 'A 5ℓ bottle and ℌ alone.' },
  ],
  invalid: [
    {
      name: 'a stray MATHEMATICAL SCRIPT SMALL K glued to a name is deleted (test dump delegation-visit.txt)',
      text: visitLine1,
      errors: [{ line: 1, column: 98, endColumn: 100, text: '𝓀', message: 'U+1D4C0 MATHEMATICAL SCRIPT SMALL K' }],
      output: visitLine1.replace('𝓀', ''),
    },
    {
      name: 'positions after an astral character count UTF-16 units',
      text: '𝓀 x\u200by and 🇻🇳 Ha\u200bNoi',
      errors: [
        { column: 1, endColumn: 3, text: '𝓀', suggestions: ['k'] },
        { column: 5, endColumn: 6, text: '\u200b', message: 'U+200B ZERO WIDTH SPACE' },
        { column: 19, endColumn: 20, text: '\u200b' },
      ],
      output: '𝓀 xy and 🇻🇳 HaNoi',
    },
    {
      name: 'CRLF text: positions on the second line, line ends kept',
      text: 'First line\r\nHa\u200bNoi\r\nThird\u00adline\r\n',
      errors: [
        { line: 2, column: 3, message: 'ZERO WIDTH SPACE' },
        { line: 3, column: 6, message: 'U+00AD SOFT HYPHEN' },
      ],
      output: 'First line\r\nHaNoi\r\nThirdline\r\n',
    },
    {
      name: 'adjacent stray characters are one finding naming each',
      text: 'word\u200b\u200c\u2060s',
      errors: [{ text: '\u200b\u200c\u2060', message: /U\+200B ZERO WIDTH SPACE, U\+200C ZERO WIDTH NON-JOINER, U\+2060 WORD JOINER/ }],
      output: 'words',
    },
    { text: 'govern\u00adment', errors: [{ message: 'Soft hyphen' }], output: 'government' },
    { text: 'Hello\ufeff world', errors: [{ message: 'Byte order mark' }], output: 'Hello world' },
    {
      name: 'Trojan Source: bidi override and isolates in a left-to-right line',
      text: 'access\u202e level and \u2066admin\u2069',
      errors: [
        { message: 'U+202E RIGHT-TO-LEFT OVERRIDE' },
        { message: 'U+2066 LEFT-TO-RIGHT ISOLATE' },
        { message: 'U+2069 POP DIRECTIONAL ISOLATE' },
      ],
      output: 'access level and admin',
    },
    { text: 'Hello\u200f world', errors: [{ message: 'U+200F RIGHT-TO-LEFT MARK' }], output: 'Hello world' },
    {
      name: 'ASCII smuggling: tag characters decoded into the message and deleted',
      text: `Nice article.${[...'IGNORE ALL'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')} Thanks`,
      errors: [{ message: 'hiding the text “IGNORE ALL”' }],
      output: 'Nice article. Thanks',
    },
    {
      name: 'tag characters after a black flag that do not spell a subdivision',
      text: '🏴\u{e0047}\u{e0042}\u{e007f} uppercase tags',
      errors: [{ text: '\u{e0047}\u{e0042}\u{e007f}', message: 'CANCEL TAG' }],
      output: '🏴 uppercase tags',
    },
    {
      name: 'C0 controls are deleted; a DEL, which usually stood for a lost character, is only suggested',
      text: 'a\u0000b\u001bc\u007fd',
      errors: [{ message: 'NULL' }, { message: 'ESCAPE' }, { message: 'DELETE', suggestions: [' ', ''] }],
      output: 'abc\u007fd',
    },
    {
      name: 'form feed and vertical tab break the line, unless a break is already there',
      text: 'Page one\fPage two\u000b\nthree\f',
      errors: [{ message: 'FORM FEED' }, { message: 'LINE TABULATION' }, { message: 'FORM FEED' }],
      output: 'Page one\nPage two\nthree',
    },
    {
      name: 'a C1 control Windows-1252 leaves undefined is reported: no character to map it to',
      text: 'a\u0081b',
      errors: [{ message: 'U+0081' }],
    },
    {
      name: 'a doubled CR before LF is deleted; a lone CR gets a suggestion',
      text: 'one\r\r\ntwo\rthree',
      errors: [
        { text: '\r', line: 1, column: 4 },
        { text: '\r', line: 2, column: 4, suggestions: ['\n'] },
      ],
      output: 'one\r\ntwo\rthree',
    },
    { text: 'An icon \ue000 here', errors: [{ message: '<private-use-E000>' }] },
    { text: 'x\ufdd0y\uffffz', errors: [{ message: '<noncharacter-FDD0>' }, { message: '<noncharacter-FFFF>' }], output: 'xyz' },
    { text: 'Nguy\ufffdn', errors: [{ message: 'U+FFFD REPLACEMENT CHARACTER' }] },
    { text: 'x\u0378y', errors: [{ message: 'Unassigned code point: U+0378 <reserved-0378>' }] },
    { text: 'broken \ud800 escape', errors: [{ message: '<surrogate-D800>' }] },
    {
      name: 'a whole word in styled letters is folded',
      text: '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: 𝓢𝓬𝓻𝓲𝓹𝓽 news',
      errors: [{ text: '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠', message: 'a word in styled letters' }, { text: '𝓢𝓬𝓻𝓲𝓹𝓽' }],
      output: 'Breaking: Script news',
    },
    {
      name: 'a styled letter inside or before a word has no single right answer',
      text: 'Chern𝔶shenko and 𝐓he',
      errors: [
        { text: '𝔶', message: 'inside a word', suggestions: ['', 'y'] },
        { text: '𝐓', suggestions: ['', 'T'] },
      ],
    },
    { text: 'Hℯllo', errors: [{ text: 'ℯ', message: 'U+212F SCRIPT SMALL E', suggestions: ['', 'e'] }], output: 'Hello' },
    {
      text: 'The ＡＳＥＡＮ summit, ﬁnance',
      errors: [{ text: 'ＡＳＥＡＮ', message: 'FULLWIDTH LATIN CAPITAL LETTER A' }, { message: 'U+FB01 LATIN SMALL LIGATURE FI' }],
      output: 'The ASEAN summit, finance',
    },
    {
      name: 'Cyrillic and Greek look-alikes inside a Latin word are mapped back',
      text: 'Vietnаm, Сhernyshenko, Citroёn, Micrοsoft',
      errors: [
        { text: 'а', message: 'U+0430 CYRILLIC SMALL LETTER A' },
        { text: 'С', message: 'U+0421 CYRILLIC CAPITAL LETTER ES' },
        { text: 'ё' },
        { text: 'ο', message: 'U+03BF GREEK SMALL LETTER OMICRON' },
      ],
      output: 'Vietnam, Chernyshenko, Citroën, Microsoft',
    },
    {
      name: 'a look-alike beside a letter that is no look-alike is reported only',
      text: 'Viеtnдmese',
      errors: [{ text: 'е', suggestions: ['e'] }],
    },
    {
      name: 'text not in NFC is normalized (decomposed Vietnamese, Angstrom sign)',
      text: 'Nguye\u0302\u0303n and 5 \u212b',
      errors: [
        { text: 'e\u0302\u0303', message: 'Text not in NFC' },
        { text: '\u212b', message: 'U+212B ANGSTROM SIGN' },
      ],
      output: 'Nguyễn and 5 Å',
    },
    {
      name: 'a variation selector or joiner with nothing to modify',
      text: 'a\ufe0fb and x\u200dy',
      errors: [{ message: 'VARIATION SELECTOR-16' }, { message: 'U+200D ZERO WIDTH JOINER' }],
      output: 'ab and xy',
    },
    {
      name: 'invisible characters of the Hangul and Braille blocks outside their scripts',
      text: 'Ha\u3164noi and Hue\u2800',
      errors: [{ message: 'U+3164 HANGUL FILLER' }, { message: 'U+2800 BRAILLE PATTERN BLANK' }],
      output: 'Hanoi and Hue',
    },
    {
      name: 'fullwidth Latin is stray on a line without CJK, even when another line has CJK',
      text: '東京（ＡＦＰ）\nThe ＡＦＰ report',
      errors: [{ line: 2, text: 'ＡＦＰ' }],
      output: '東京（ＡＦＰ）\nThe AFP report',
    },
  ],
});

describe('stray-unicode on real text', () => {
  it('finds exactly the 𝓀 in the test dump delegation-visit.txt, and the fix deletes only it', () => {
    const findings = lint(visitDump);
    expect(findings.map((f) => [f.line, f.column, visitDump.slice(f.start, f.end)])).toEqual([[1, 98, '𝓀']]);
    const output = applyFixes(
      visitDump,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).output;
    expect(output).toBe(visitDump.replace('Andreyevich𝓀 Sorokin', 'Andreyevich Sorokin'));
  });

  it('leaves the U+FFFD of an invalid UTF-8 run to the encoding rule', () => {
    const text = 'Nguy\ufffdn and Nguy\ufffdn';
    const doc = createDocument({ text, path: 'x.txt', invalidBytes: [{ offset: 4, byteOffset: 4, bytes: [0xff] }] });
    const findings = lintDocument(doc, [{ rule, severity: 'error', options: rule.options }], { words: new Set(), names: [] }, ALL_RULES_ON);
    expect(findings.map((f) => f.start)).toEqual([15]);
  });

  it('stays quiet on the legit battery written as one CRLF document', () => {
    // (without the leading BOM, which would not be leading there)
    expect(lint(LEGIT_TEXT.filter((t) => !t.startsWith('\ufeff')).join('\r\n'))).toEqual([]);
  });
});

function lint(text: string) {
  const doc = createDocument({ text, path: 'x.txt' });
  return lintDocument(doc, [{ rule, severity: 'error', options: rule.options }], { words: new Set(), names: [] });
}

describe.skipIf(!hasCorpus)(corpusSuite('stray-unicode on the seed dumps'), () => {
  const russiaSeed = corpusText('seeds/vna-vietnam-russia.txt');
  const seedLine1 = () => russiaSeed().split('\n')[0];
  ruleTester(rule, {
    valid: [{ name: 'the Hai Phong seed dump has no stray character', text: corpusText('seeds/vna-hai-phong-mexico.txt') }],
    invalid: [
      {
        name: 'seed: a stray MATHEMATICAL SCRIPT SMALL K glued to a name is deleted',
        text: seedLine1,
        errors: [{ line: 1, column: 111, endColumn: 113, text: '𝓀', message: 'U+1D4C0 MATHEMATICAL SCRIPT SMALL K' }],
        output: (text) => text.replace('𝓀', ''),
      },
    ],
  });

  it('finds exactly the 𝓀 in the Vietnam–Russia seed dump, and the fix deletes only it', () => {
    const text = russiaSeed();
    const findings = lint(text);
    expect(findings.map((f) => [f.line, f.column, text.slice(f.start, f.end)])).toEqual([[1, 111, '𝓀']]);
    const output = applyFixes(
      text,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).output;
    expect(output).toBe(text.replace('Nikolayevich𝓀 Chernyshenko', 'Nikolayevich Chernyshenko'));
  });
});

// A stray character glued inside a word is deleted when that is the one reading that gives a known
// word (issue 10, row 15); a C1 control is stray-unicode's to fix when mojibake is off (row 14).
ruleTester(rule, {
  valid: [
    {
      name: 'with mojibake on, a C1 control that is Windows-1252 punctuation is its',
      text: 'The minister said \u0093reform\u0094 was near.',
    },
  ],
  invalid: [
    {
      name: 'a private-use character inside a word that reads as a known word without it: deleted',
      text: 'The bo\uE000bbles rose in the glass.',
      errors: [{ text: '\uE000', message: 'the word reads “bobbles”' }],
      output: 'The bobbles rose in the glass.',
    },
    {
      name: 'in a capitalised word too, and for a word of the config',
      text: 'Bo\uE000bbles rose. The vina\uE000phone network.',
      words: ['vinaphone'],
      errors: [{ text: '\uE000' }, { text: '\uE000' }],
      output: 'Bobbles rose. The vinaphone network.',
    },
    {
      name: 'a private-use character inside a name no dictionary has: for a person',
      text: 'Ngu\uE000yen spoke first.',
      errors: [{ text: '\uE000', message: 'needs a person' }],
    },
    {
      name: 'a styled letter inside a word where two readings are words ("lined", "linked"): for a person',
      text: 'They lin\u{1D4C0}ed arms.',
      errors: [{ text: '\u{1D4C0}', message: 'needs a person', suggestions: ['', 'k'] }],
    },
    {
      name: 'a U+FFFD inside a word took the place of something lost ("world"?): never deleted',
      text: 'The wor\uFFFDd was watching.',
      errors: [{ text: '\uFFFD', message: 'needs a person' }],
    },
    {
      name: 'with mojibake off, a C1 control that is Windows-1252 punctuation is fixed here',
      text: 'The minister said \u0093reform\u0094 was near.',
      rulesOn: [],
      errors: [{ text: '\u0093', message: 'Windows-1252 byte 0x93' }, { text: '\u0094' }],
      output: 'The minister said “reform” was near.',
    },
    {
      name: 'with encoding off, the U+FFFD of invalid bytes is reported here',
      text: 'A \uFFFD stands alone.',
      rulesOn: ['mojibake'],
      errors: [{ text: '\uFFFD', message: 'Replacement character' }],
    },
  ],
});
