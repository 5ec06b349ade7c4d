import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/mojibake.js';
import { createDocument } from '../../src/document.js';
import { fixText } from '../../src/fix/fix-text.js';
import { isInsideMojibake } from '../../src/mojibake/find-mojibake.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester, runRule } from '../rule-tester.js';

const readExample = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const DUMPS: [string, string][] = [
  ['test dump delegation-visit.txt', readDump('delegation-visit.txt')],
  ['test dump harvest-fair.txt', readDump('harvest-fair.txt')],
  ['examples/water-agreement.txt', readExample('water-agreement.txt')],
];
const harvestLine3 = DUMPS[1][1].split('\n')[2]; // "Sa Vinh (VNA) – … Ferniández …"

const tables: Record<string, string> = JSON.parse(
  readFileSync(new URL('../../data/mojibake-encodings.json', import.meta.url), 'utf8'),
).encodings;

/** What a program makes of UTF-8 text when it decodes the bytes with a single-byte encoding. */
function misread(text: string, encoding = 'windows-1252'): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : tables[encoding][b - 0x80])).join('');
}

/** Latin-1 reads the bytes as their own code points: Windows-1252's punctuation becomes C1 controls. */
function misreadAsLatin1(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => String.fromCharCode(b)).join('');
}

ruleTester(rule, {
  valid: [
    // Latin-1 and Windows-1252 text as it should be
    'Café, Ñandú, Æsir, naïve, façade, smörgåsbord, Þórður and Ðóra, © 2024, £5, ¥300, 5 µm, ½ cup, 38°C.',
    'Grüße aus Köln: die Straße, das Märchen, „Anführungszeichen“ und »Guillemets«.',
    'À l’été, où êtes-vous ? « Très bien ! » dit-il — et il s’en alla…',
    '¿Qué pasó? ¡Año nuevo! El niño comió piñas en la peña.',
    'NÃO, SÃO PAULO, A MINHA IRMÃ, «MAÇÃ» e «PÃO»; não, são, irmã, maçã.',
    // Vietnamese in NFC, and our test dumps
    'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nguyễn Văn Đông tại Đà Nẵng; Hồ Chí Minh, Quảng Ngãi.',
    ...DUMPS.map(([name, text]) => ({ name, text })),
    // Central European, Baltic, Turkish, Romanian
    'Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń. Rīga, Lietuvių, İstanbul’da ığdır.',
    'ÎNTÂI, ROMÂNIA, NICIODATĂ\u00a0și NICIODATĂ™; ŞTEFAN cel MARE; ÅSA, ÆRØ, HÅØYA.',
    // Cyrillic, Greek, Hebrew, Arabic, CJK, the apostrophes of Ukrainian and Belarusian
    'Президент России, «АЛЖИР», п’ять, м’ясо, ІМ’Я, В’ЕТНАМ, ВІКІ, Ґанок; Ελληνικά; עברית; العربية; 日本語、한국어.',
    // accented capitals before signs, as real text has them
    'SÃO TOMÉ², NESTLÉ®, CAFÉ™, MARQUÉ…, VOCÊ…, É¡, ¿QUEM É?, ZZAJÉ’s, L’épisode, 10 Å—, AHÅ™, »Östersund» and »öl».',
    // math, kaomoji, faces
    'Offering 5×£35 pin ups; higher values (“+” and “×” curves); (-1/2)! = √π; 4288×…; ∆°; ( o¬ô ); `¬´',
    // curly quotes, dashes, NBSP, emoji
    '“It’s done,” he said\u00a0— and left… ‘Yes’ – no. 👍🏽 🇻🇳 🏳️‍🌈',
    // an undefined C1 control is stray-unicode's business, not a Windows-1252 byte
    'A control \u0081 with no Windows-1252 meaning.',
    // too little to go on: one pair that real text also has, with no other mojibake around it
    'ÄŒ alone',
    'C O N C L U S Ã O',
    'SENSЕ - Oleg Tsedryk',
    'MISUTÂ\u00a0AJIKKO',
  ],
  invalid: [
    {
      name: 'UTF-8 read as Windows-1252',
      text: 'CafÃ© crÃ¨me',
      errors: [
        { column: 4, endColumn: 6, text: 'Ã©', message: 'Mojibake: “Ã©” is UTF-8 read as Windows-1252. Fix: replace with “é”.' },
        { column: 9, endColumn: 11, text: 'Ã¨' },
      ],
      output: 'Café crème',
    },
    {
      name: 'quotation marks, and a Windows-1252 byte it has no character for',
      text: 'â€œquotedâ€\u009d',
      errors: [
        { text: 'â€œ', message: 'replace with U+201C LEFT DOUBLE QUOTATION MARK' },
        { text: 'â€\u009d', message: '“â€<U+009D>”' },
      ],
      output: '“quoted”',
    },
    {
      name: 'Vietnamese in Windows-1252, with an undefined byte (0x8D) in ọ',
      text: misread('Nguyễn Phú Trọng tại Đà Nẵng'),
      errors: [
        { text: 'á»…' },
        { text: 'Ãº' },
        { text: 'á»\u008d' },
        { text: 'áº¡' },
        { text: 'Ä\u0090Ã\u00a0', message: 'Fix: replace with “Đà”' },
        { text: 'áºµ' },
      ],
      output: 'Nguyễn Phú Trọng tại Đà Nẵng',
    },
    {
      name: 'C1 controls that stand alone are Windows-1252 punctuation',
      text: '\u0093Quoted\u0094 \u0096 and 2\u0080, parlé\u0085',
      errors: [
        {
          column: 1,
          text: '\u0093',
          message: 'C1 control U+0093: a Windows-1252 byte read as Latin-1. Fix: replace with U+201C LEFT DOUBLE QUOTATION MARK.',
        },
        { text: '\u0094' },
        { text: '\u0096', message: 'EN DASH' },
        { text: '\u0080', message: 'EURO SIGN' },
        { text: '\u0085', message: 'HORIZONTAL ELLIPSIS' },
      ],
      output: '“Quoted” – and 2€, parlé…',
    },
    {
      name: 'UTF-8 read as Latin-1: the punctuation bytes are C1 controls inside the run',
      text: 'Ecuador\u00e2\u0080\u0099s \u00e2\u0080\u0098purely political\u00e2\u0080\u0099\u0085',
      errors: [{ text: '\u00e2\u0080\u0099' }, { text: '\u00e2\u0080\u0098' }, { text: '\u00e2\u0080\u0099' }, { text: '\u0085' }],
      output: 'Ecuador’s ‘purely political’…',
    },
    {
      name: 'double mojibake is repaired in one fix, and the message says so',
      text: 'The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.',
      errors: [{ text: 'ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢', message: 'read as Windows-1252 3 times' }],
      output: 'The Mona Lisa doesn’t have eyebrows.',
    },
    {
      name: 'Windows-1251 mojibake, and Windows-1252 then Windows-1251',
      text: 'S&P Confirms UkrsotsbankвЂ™s rating; a Г‚ВЈ5.8bn rights issue',
      errors: [
        { text: 'вЂ™', message: 'read as Windows-1251 (Cyrillic)' },
        { text: 'Г‚ВЈ', message: 'read as Windows-1252, then as Windows-1251 (Cyrillic)' },
      ],
      output: 'S&P Confirms Ukrsotsbank’s rating; a £5.8bn rights issue',
    },
    {
      name: 'a no-break space that became a plain space: "à" before a word, Portuguese "às"',
      text: "voilÃ le travail; jusqu'Ã nos jours; Ã s crianÃ§as",
      errors: [{ text: 'Ã' }, { text: 'Ã' }, { text: 'Ã ' }, { text: 'Ã§' }],
      output: "voilà le travail; jusqu'à nos jours; às crianças",
    },
    {
      name: 'a pair too short to judge alone is repaired where the paragraph has other mojibake',
      text: 'ÄŒeÅ¡tina',
      errors: [{ text: 'ÄŒ' }, { text: 'Å¡' }],
      output: 'Čeština',
    },
    {
      name: 'positions after an astral character count UTF-16 units',
      text: 'x 𝓀 CafÃ© 🇻🇳 Ã©tÃ©',
      errors: [
        { column: 9, endColumn: 11, text: 'Ã©' },
        { column: 17, endColumn: 19, text: 'Ã©' },
        { column: 20, endColumn: 22, text: 'Ã©' },
      ],
      output: 'x 𝓀 Café 🇻🇳 été',
    },
    {
      name: 'emoji read as Windows-1252, and as CESU-8 read as Latin-1',
      text: 'Hi ðŸ˜\u008d and í\u00a0½í¸\u0080',
      errors: [{ text: 'ðŸ˜\u008d' }, { text: 'í\u00a0½í¸\u0080' }],
      output: 'Hi 😍 and 😀',
    },
    {
      name: 'CRLF text: positions on the second line, line ends kept',
      text: 'First line\r\nCafÃ© crÃ¨me\r\n',
      errors: [
        { line: 2, column: 4, endColumn: 6 },
        { line: 2, column: 9, endColumn: 11 },
      ],
      output: 'First line\r\nCafé crème\r\n',
    },
    {
      name: 'a dateline lead read as Windows-1252',
      text: misread(harvestLine3),
      errors: [
        { text: 'â€“', message: 'EN DASH' },
        { text: 'Ã¡', message: '“á”' },
      ],
      output: harvestLine3,
    },
    {
      name: 'the same lead read as Latin-1',
      text: misreadAsLatin1(harvestLine3),
      errors: [{ text: 'â\u0080\u0093' }, { text: 'Ã¡' }],
      output: harvestLine3,
    },
    {
      name: 'a lost byte: the repair is a suggestion, not a fix',
      text: 'SlovenÄ\ufffdina',
      errors: [{ text: 'Ä\ufffd', message: 'bytes lost on the way', suggestions: ['\ufffd'] }],
    },
    {
      name: 'a C1 control inside a word that Windows-1252 makes a dagger: a suggestion',
      text: 'Habitantes de Coatl\u0087n',
      errors: [{ text: '\u0087', message: 'check the word', suggestions: ['‡'] }],
    },
    {
      name: 'mojibake that was lower-cased since: reported, not "repaired" into garbage',
      text: 'ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â',
      errors: [{ message: 'no reading of its bytes gives clean text' }],
    },
  ],
});

describe('mojibake on whole dumps', () => {
  const configured = [{ rule, severity: 'error' as const, options: {} }];
  const fix = (text: string) => fixText(text, { path: 'dump.txt', rules: configured, settings: { words: new Set(), names: [] } }).output;

  for (const [name, text] of DUMPS) {
    it(`${name} read as Windows-1252 is fixed back to the dump, 𝓀 and all`, () => {
      expect(fix(misread(text))).toBe(text);
    });
    it(`${name} read as Latin-1 is fixed back to the dump`, () => {
      expect(fix(misreadAsLatin1(text))).toBe(text);
    });
  }

  it('owns every C1 control Windows-1252 defines, and none of the five it leaves undefined', () => {
    // stray-unicode leaves the 27 to this rule and reports the other five (outside mojibake)
    const undefinedInWindows1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    for (let code = 0x80; code <= 0x9f; code++) {
      const findings = runRule(rule, { text: `a ${String.fromCharCode(code)} b` });
      expect(findings.length, `U+00${code.toString(16).toUpperCase()}`).toBe(undefinedInWindows1252.includes(code) ? 0 : 1);
    }
  });

  it('lets another rule know which characters are part of mojibake', () => {
    const doc = createDocument({ text: 'antÃ\u00adgeno, a soft\u00adhyphen; Trá»\u008dng', path: 'x.txt' });
    expect(isInsideMojibake(doc, 4)).toBe(true); // the U+00AD of "Ã\u00ad", the byte AD of "í"
    expect(isInsideMojibake(doc, 17)).toBe(false); // a real soft hyphen
    expect(isInsideMojibake(doc, 30)).toBe(true); // U+008D, the last byte of "ọ", which Windows-1252 leaves undefined
  });
});

describe('mojibake on real text in 160 languages', () => {
  // CLDR's names of languages, regions, currencies, months and days in every locale ICU has, as they
  // are, in capitals, and wrapped in the punctuation real text puts around words: none is mojibake.
  // (Pairs like "TOMÉ²" or "«АЛЖЫР»" are collisions a careless heuristic repairs.)
  it('reports nothing', () => {
    const findings: string[] = [];
    for (const paragraph of cldrParagraphs()) {
      for (const f of runRule(rule, { text: paragraph }))
        findings.push(`${JSON.stringify(paragraph.slice(Math.max(0, f.start - 12), f.end + 12))}: ${f.message}`);
    }
    expect(findings.slice(0, 20)).toEqual([]);
  });
});

function cldrParagraphs(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pairs = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  const locales = Intl.DisplayNames.supportedLocalesOf([
    ...pairs,
    'fil',
    'haw',
    'yue',
    'ckb',
    'sr-Latn',
    'zh-Hant',
    'az-Cyrl',
    'uz-Cyrl',
    'smn',
    'yrl',
    'dsb',
    'hsb',
  ]);
  const closers = [
    '”',
    '’s',
    '»',
    '…',
    ' –',
    '—',
    '™',
    '®',
    '°',
    '²',
    '³',
    '\u00a0',
    '’',
    '!',
    '¡',
    '¿',
    '?',
    ')',
    '«',
    '›',
    '“',
    '·',
    '´',
  ];
  const openers = ['“', '‘', '«', '„', '¿', '¡', '(', '»', '‚', '‹', '–', '©', '§', '£', '€', '¥', '±', '×', '•'];
  const paragraphs: string[] = [];
  for (const locale of locales) {
    const names: string[] = [];
    const add = (type: 'language' | 'region' | 'currency', codes: string[]) => {
      const displayNames = new Intl.DisplayNames([locale], { type, fallback: 'none' });
      for (const code of codes) {
        try {
          const name = displayNames.of(code);
          if (name) names.push(name);
        } catch {
          // a code the locale's data rejects
        }
      }
    };
    add('language', pairs);
    add(
      'region',
      pairs.map((p) => p.toUpperCase()),
    );
    add('currency', Intl.supportedValuesOf('currency'));
    for (let month = 0; month < 12; month++) {
      names.push(new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(2024, month, 3 + month)));
    }
    let k = 0;
    for (let i = 0; i < names.length; i += 12) {
      const words = names
        .slice(i, i + 12)
        .join(' ')
        .split(' ');
      const wrap = (w: string) => openers[k++ % openers.length] + w + closers[k % closers.length];
      paragraphs.push(
        words.join(' '),
        words.join(''),
        words.join(' ').toLocaleUpperCase(locale),
        words.map(wrap).join(' '),
        words.map((w) => wrap(w.toLocaleUpperCase(locale))).join(' '),
      );
    }
  }
  return paragraphs;
}

describe.skipIf(!hasCorpus)(corpusSuite('mojibake on the seed dumps'), () => {
  const haiPhongLine3 = () => corpusText('seeds/vna-hai-phong-mexico.txt')().split('\n')[2]; // "Hai Phong (VNA) – … Guitiérrez …"
  ruleTester(rule, {
    valid: [
      { name: 'the Hai Phong seed dump', text: corpusText('seeds/vna-hai-phong-mexico.txt') },
      { name: 'the Vietnam–Russia seed dump, with its stray 𝓀', text: corpusText('seeds/vna-vietnam-russia.txt') },
    ],
    invalid: [
      {
        name: 'seed: the Hai Phong lead read as Windows-1252',
        text: () => misread(haiPhongLine3()),
        errors: [
          { text: 'â€“', message: 'EN DASH' },
          { text: 'Ã©', message: '“é”' },
        ],
        output: haiPhongLine3,
      },
      {
        name: 'seed: the same lead read as Latin-1',
        text: () => misreadAsLatin1(haiPhongLine3()),
        errors: [{ text: 'â\u0080\u0093' }, { text: 'Ã©' }],
        output: haiPhongLine3,
      },
    ],
  });

  const configured = [{ rule, severity: 'error' as const, options: {} }];
  const fix = (text: string) => fixText(text, { path: 'dump.txt', rules: configured, settings: { words: new Set(), names: [] } }).output;
  for (const name of ['vna-hai-phong-mexico.txt', 'vna-vietnam-russia.txt']) {
    const text = corpusText(`seeds/${name}`);
    it(`${name} read as Windows-1252 is fixed back to the dump, 𝓀 and all`, () => {
      expect(fix(misread(text()))).toBe(text());
    });
    it(`${name} read as Latin-1 is fixed back to the dump`, () => {
      expect(fix(misreadAsLatin1(text()))).toBe(text());
    });
  }
});
