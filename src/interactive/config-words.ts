// The `w` key: adds a word to the config's `words` (and `u` takes it out again). The file is read
// fresh each time and changed only at `words`, as a text edit (jsonc-parser), so its other keys,
// their order and its formatting stay as the person wrote them; it is written atomically. Without a
// config in use, a new copydesk.config.json is made in the folder the session runs in. In
// package.json the config lives under the "copydesk" key.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FormattingOptions, JSONPath } from 'jsonc-parser';
import type writeFileAtomicType from 'write-file-atomic';

export const NEW_CONFIG_NAME = 'copydesk.config.json';

// Both packages are required at run time, as src/fix/write-file.ts does, and stay out of the bundle:
// write-file-atomic is CommonJS that reads its own __filename, and jsonc-parser's CommonJS build loads
// its parts with a require() a bundler cannot follow. Neither costs start-up until `w` is pressed.
const requireAtRunTime = createRequire(import.meta.url);
let writeFileAtomic: typeof writeFileAtomicType | null = null;
let jsonc: typeof import('jsonc-parser') | null = null;

/** Appends `word` to the config's words; returns the file written. */
export async function addConfigWord(configFile: string | undefined, cwd: string, word: string): Promise<string> {
  const file = configFile ?? path.join(cwd, NEW_CONFIG_NAME);
  if (!existsSync(file)) {
    await writeAtomically(file, `${JSON.stringify({ words: [word] }, null, 2)}\n`);
    return file;
  }
  const { source, wordsPath, words } = readConfigWords(file);
  const { modify, applyEdits } = jsoncParser();
  const edit =
    words === undefined
      ? modify(source, wordsPath, [word], { formattingOptions: formattingOf(source) })
      : modify(source, [...wordsPath, -1], word, { isArrayInsertion: true, formattingOptions: formattingOf(source) });
  await writeAtomically(file, applyEdits(source, edit));
  return file;
}

/** Takes out the last copy of `word` in the config's words (the one `addConfigWord` put there). */
export async function removeConfigWord(file: string, word: string): Promise<void> {
  const { source, wordsPath, words } = readConfigWords(file);
  const at = words?.lastIndexOf(word) ?? -1;
  if (at === -1) return;
  const { modify, applyEdits } = jsoncParser();
  await writeAtomically(
    file,
    applyEdits(source, modify(source, [...wordsPath, at], undefined, { formattingOptions: formattingOf(source) })),
  );
}

function readConfigWords(file: string): { source: string; wordsPath: JSONPath; words?: string[] } {
  const source = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const inPackageJson = path.basename(file) === 'package.json';
  const config = inPackageJson && isObject(json) ? (json.copydesk ?? {}) : json;
  if (!isObject(config)) throw new Error(`${file}: the config is not a JSON object`);
  const words = config.words;
  if (words !== undefined && !(Array.isArray(words) && words.every((w) => typeof w === 'string'))) {
    throw new Error(`${file}: "words" is not a list of strings`);
  }
  return { source, wordsPath: inPackageJson ? ['copydesk', 'words'] : ['words'], words };
}

/** The file's own indentation and line ending, for the lines the edit adds. */
function formattingOf(source: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(source)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: source.includes('\r\n') ? '\r\n' : '\n',
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  writeFileAtomic ??= requireAtRunTime('write-file-atomic') as typeof writeFileAtomicType;
  await writeFileAtomic(file, text);
}

function jsoncParser(): typeof import('jsonc-parser') {
  jsonc ??= requireAtRunTime('jsonc-parser') as typeof import('jsonc-parser');
  return jsonc;
}
