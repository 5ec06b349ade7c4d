// Builds the data files of the stray-unicode rule (run it after upgrading `unicode-name` or Node):
//
//   data/unicode-names.json       U+XXXX → Unicode name (or control alias) of every code point the rule
//                                 can name in a finding. `unicode-name` is 1.7 MB and costs ~50 ms to
//                                 import, so it is a devDependency used only here; the rule reads this
//                                 file lazily, on its first finding.
//   data/unicode-lookalikes.json  Cyrillic and Greek letters that look exactly like a Latin letter, with
//                                 that letter: the map a fix uses for "Vietnаm" (Cyrillic а).
//
// Usage: node scripts/build-unicode-data.mjs
import { writeFileSync } from 'node:fs';
import { unicodeName } from 'unicode-name';

const dataDir = new URL('../data/', import.meta.url);

// Single letters from UTS #39 confusables.txt (Unicode License v3) whose prototype is one Latin
// letter and which nobody writes on purpose inside a Latin word. Greek small letters other than
// omicron are left out: they are glued to Latin letters as symbols ("TNFα", "PKCι", "Aβ", "μg").
const LOOKALIKE_LETTERS = {
  // Cyrillic capitals
  '\u0405': 'S',
  '\u0406': 'I',
  '\u0408': 'J',
  '\u0410': 'A',
  '\u0412': 'B',
  '\u0415': 'E',
  '\u041A': 'K',
  '\u041C': 'M',
  '\u041D': 'H',
  '\u041E': 'O',
  '\u0420': 'P',
  '\u0421': 'C',
  '\u0422': 'T',
  '\u0423': 'Y',
  '\u0425': 'X',
  '\u04AE': 'Y',
  '\u051A': 'Q',
  '\u051C': 'W',
  // Cyrillic small letters
  '\u0430': 'a',
  '\u0435': 'e',
  '\u043E': 'o',
  '\u0440': 'p',
  '\u0441': 'c',
  '\u0443': 'y',
  '\u0445': 'x',
  '\u0455': 's',
  '\u0456': 'i',
  '\u0458': 'j',
  '\u04AF': 'y',
  '\u04BB': 'h',
  '\u0501': 'd',
  '\u051B': 'q',
  '\u051D': 'w',
  // Greek capitals
  '\u037F': 'J',
  '\u0391': 'A',
  '\u0392': 'B',
  '\u0395': 'E',
  '\u0396': 'Z',
  '\u0397': 'H',
  '\u0399': 'I',
  '\u039A': 'K',
  '\u039C': 'M',
  '\u039D': 'N',
  '\u039F': 'O',
  '\u03A1': 'P',
  '\u03A4': 'T',
  '\u03A5': 'Y',
  '\u03A7': 'X',
  '\u03F9': 'C',
  // Greek small letters
  '\u03BF': 'o',
  '\u03F2': 'c',
  '\u03F3': 'j',
};

function buildLookalikes() {
  const map = { ...LOOKALIKE_LETTERS };
  // Accented forms follow their base: Cyrillic ё (е + diaeresis) stands for Latin ë, Greek ό for ó.
  for (const [from, to] of [
    [0x0370, 0x03ff],
    [0x0400, 0x052f],
    [0x1f00, 0x1fff],
  ]) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (map[ch] || !/\p{L}/u.test(ch)) continue;
      const [base, ...marks] = ch.normalize('NFD');
      if (marks.length === 0 || !LOOKALIKE_LETTERS[base] || !marks.every((m) => /\p{M}/u.test(m))) continue;
      const latin = (LOOKALIKE_LETTERS[base] + marks.join('')).normalize('NFC');
      // Only where Latin has the same letter precomposed (ё → ë), not a new mark stack (Ў → Y̆).
      if ([...latin].length === 1) map[ch] = latin;
    }
  }
  return sortByCodePoint(map);
}

/** Every code point a finding of the rule can name (private use, noncharacters, surrogates and
 * unassigned code points are named generically at run time, e.g. "<private-use-E000>"). */
function* namedCodePoints(lookalikes) {
  const ranges = [
    [0x0000, 0x024f], // C0, Basic Latin, Latin-1 (C1), Latin Extended-A/B: controls and the bases of decomposed text
    [0x02b0, 0x02ff], // spacing modifiers: Windows-1252 ˆ ˜ that C1 controls stand for
    [0x0370, 0x052f], // Greek and Cyrillic: look-alikes and decomposed text
    [0x1100, 0x11ff], // Hangul Jamo: fillers and decomposed syllables
    [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese bases of decomposed text
    [0x2000, 0x20cf], // General Punctuation, currency: format characters, the quotes and dashes of Windows-1252
    [0x2100, 0x214f], // Letterlike Symbols: math-style letters (ℌ ℓ ℯ)
    [0xfb00, 0xfb06], // Latin ligatures (ﬁ)
    [0xfe00, 0xfe0f], // variation selectors
    [0xff01, 0xff5e], // fullwidth ASCII
    [0x1d400, 0x1d7ff], // Mathematical Alphanumeric Symbols (𝓀)
    [0xe0000, 0xe007f], // tags ("ASCII smuggling")
    [0xe0100, 0xe01ef], // variation selectors supplement
  ];
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) yield cp;
  const singles = [0x115f, 0x1160, 0x17b4, 0x17b5, 0x2800, 0x3164, 0xffa0, 0xfffc, 0xfffd];
  yield* singles;
  for (const ch of Object.keys(lookalikes)) yield ch.codePointAt(0);
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    // Format characters, combining marks (decomposed text, stray selectors) and every character
    // that NFC changes (singletons such as U+212B ANGSTROM SIGN), except CJK compatibility ideographs,
    // which the rule exempts.
    if (/[\p{Cf}\p{Cc}\p{M}]/u.test(ch)) yield cp;
    else if (ch.normalize('NFC') !== ch && !/[\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u.test(ch)) yield cp;
  }
}

function buildNames(lookalikes) {
  const names = {};
  for (const cp of namedCodePoints(lookalikes)) {
    const key = hex(cp);
    if (key in names) continue;
    const name = unicodeName(cp);
    // Reserved, private-use and noncharacter labels are made at run time from the code point.
    if (name && !name.startsWith('<reserved') && !name.startsWith('<private-use') && !name.startsWith('<noncharacter')) names[key] = name;
  }
  return sortByCodePoint(names, (k) => parseInt(k, 16));
}

function hex(cp) {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Entries in code point order (an object would put keys such as "1030" before "0080"). */
function sortByCodePoint(object, keyOf = (k) => k.codePointAt(0)) {
  return Object.entries(object).sort(([a], [b]) => keyOf(a) - keyOf(b));
}

/** One entry a line, so that a new Unicode version shows up as a readable diff. */
function writeJson(name, entries) {
  const json = '{\n' + entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n') + '\n}\n';
  writeFileSync(new URL(name, dataDir), json);
  console.log(`wrote data/${name} (${entries.length} entries, ${(json.length / 1024).toFixed(0)} KB)`);
}

const lookalikes = Object.fromEntries(buildLookalikes());
writeJson('unicode-lookalikes.json', Object.entries(lookalikes));
writeJson('unicode-names.json', buildNames(lookalikes));
