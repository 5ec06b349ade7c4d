// `copydesk fix -i`, driven end to end in a real pseudo-terminal (tmux): every key, undo, quit,
// Ctrl-C, and the refusal without a terminal. The pure parts (windowing a line, the edit list, the
// config edit) are tested directly at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument } from '../src/document.js';
import { NO_SETTINGS } from '../src/engine.js';
import { UsageError } from '../src/errors.js';
import { addConfigWord, removeConfigWord } from '../src/interactive/config-words.js';
import { editsConflict } from '../src/interactive/edits.js';
import { currentLines, keyList, windowLine } from '../src/interactive/render.js';
import { assertTerminal, runInteractiveSession } from '../src/interactive/session.js';
import type { CorpusRule, Document } from '../src/types.js';
import { bin, makeTree, runCli } from './helpers/cli.js';
import { Terminal, tmuxMissing } from './helpers/pty.js';

const noTmux = tmuxMissing();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.close();
});

/** After the session the shell prints its exit code and the terminal's line discipline (raw mode is "-icanon -echo"). */
const AFTER = `echo "[exit $?]"; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(isig|icanon|echo)' | tr '\\n' ' '; echo '[end]'`;
const COOKED = 'isig icanon echo';
const RAW = '-isig -icanon -echo';

function startSession(dir: string, args: string[], redirect = ''): Terminal {
  const command = [process.execPath, bin, 'fix', '-i', ...args].map(shellQuote).join(' ');
  const terminal = new Terminal(`${command}${redirect}; ${AFTER}`, { cwd: dir, env: { NO_COLOR: '1' }, columns: 100, rows: 40 });
  open.push(terminal);
  return terminal;
}

/** Waits for the `times`-th showing of a finding (its place, e.g. "a.txt:1:8  (1 of 2)"), then presses `key`. */
function answer(terminal: Terminal, place: string, key: string, times = 1): void {
  terminal.waitFor(place, times);
  terminal.type(key);
}

function finish(terminal: Terminal): { screen: string; exitCode: number; tty: string } {
  const screen = terminal.waitFor('[end]');
  const exit = /\[exit (\d+)\]/.exec(screen);
  const tty = /\[exit \d+\]\n(.*)\[end\]/.exec(screen);
  return { screen, exitCode: Number(exit?.[1]), tty: tty?.[1].trim() ?? '' };
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe.skipIf(noTmux)(noTmux ? `fix --interactive in a terminal (skipped: ${noTmux})` : 'fix --interactive in a terminal', () => {
  it('y applies the fix, n skips; the file is written once its last finding is answered, BOM and CRLF kept', () => {
    const dir = makeTree({ 'a.txt': '\uFEFFIt was the the best of times.\r\nThe board met teh mayor.\r\n' });
    const terminal = startSession(dir, ['a.txt']);
    const first = terminal.waitFor('a.txt:1:8  (1 of 2)');
    expect(first).toContain('  1 │ It was the the best of times.\n    │        ^^^^^^^\n');
    expect(first).toContain('fix  It was the[- the-] best of times.');
    expect(first).toContain('Apply the fix? [y,n,1,e,d,q,?]');
    // A single key press, no Enter: the terminal is in raw mode while the session asks.
    expect(terminal.lineDiscipline()).toBe(RAW);
    terminal.type('y');
    const second = terminal.waitFor('a.txt:2:15  (2 of 2)');
    // Nothing is written before the file's last answer.
    expect(second).not.toContain('wrote a.txt');
    expect(read(dir, 'a.txt')).toContain('the the');
    terminal.type('n');
    const { screen, exitCode, tty } = finish(terminal);
    expect(screen).toContain('✓ wrote a.txt (1 change)');
    expect(screen).toContain('Summary: applied 1 fix, wrote 1 file, added 0 words.');
    expect(exitCode).toBe(0);
    expect(tty).toBe(COOKED);
    expect(read(dir, 'a.txt')).toBe('\uFEFFIt was the best of times.\r\nThe board met teh mayor.\r\n');
  });

  it('offers only the keys that make sense; a digit applies that suggestion; ? shows the help', () => {
    const dir = makeTree({ 'a.txt': 'The council met silmutaneously with the board.\n' });
    const terminal = startSession(dir, ['a.txt']);
    const screen = terminal.waitFor('a.txt:1:17  (1 of 1)');
    expect(screen).toContain('  1    Replace with "simultaneously"');
    // No fix, so no y and no a; nothing answered yet, so no u.
    expect(screen).toMatch(/Apply a suggestion\? \[n,1(-\d)?,e,w,d,q,\?\]$/m);
    terminal.type('y');
    terminal.waitFor('"y" is not an answer here; press ? for help.');
    terminal.type('?');
    const help = terminal.waitFor('this help');
    expect(help).toContain('  y    apply the fix (not here)');
    expect(help).toContain('  1-9  apply that suggestion\n');
    expect(help).toContain('  u    undo the last answer (not here)');
    terminal.type('1');
    const { exitCode, tty } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(tty).toBe(COOKED);
    expect(read(dir, 'a.txt')).toBe('The council met simultaneously with the board.\n');
  });

  it('e types a replacement: Enter accepts, Esc cancels', () => {
    const dir = makeTree({ 'a.txt': 'The council met silmutaneously.\nIt was the the end.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:17  (1 of 2)', 'e');
    terminal.waitFor('replace with: silmutaneously');
    terminal.press('C-u');
    terminal.type('at the same time');
    terminal.press('Enter');
    terminal.waitFor('✓ replaced with "at the same time"');
    answer(terminal, 'a.txt:2:8  (2 of 2)', 'e');
    terminal.waitFor('replace with: the the');
    terminal.press('BSpace', 'BSpace', 'BSpace', 'BSpace');
    terminal.press('Escape');
    terminal.waitFor('  cancelled');
    terminal.type('n');
    const { exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(read(dir, 'a.txt')).toBe('The council met at the same time.\nIt was the the end.\n');
  });

  it('shows invisible characters and keeps the carets under the span after wide characters', () => {
    const dir = makeTree({ 'a.txt': '東京 said the the pri\u200bce rose.\n' });
    const terminal = startSession(dir, ['--rule', 'typo=off', 'a.txt']);
    const first = terminal.waitFor('a.txt:1:9  (1 of 2)');
    expect(first).toContain('  1 │ 東京 said the the pri<U+200B>ce rose.\n');
    // 東京 takes four cells, " said " six: ten cells before the first "the".
    expect(first).toContain(`    │ ${' '.repeat(10)}^^^^^^^\n`);
    expect(first).toContain('fix  東京 said the[- the-] pri<U+200B>ce rose.');
    terminal.type('y');
    // The stray zero-width space, on the line as it will be: eight carets under "<U+200B>".
    const second = terminal.waitFor('a.txt:1:20  (2 of 2)');
    expect(second).toContain(`  1 │ 東京 said the pri<U+200B>ce rose.\n    │ ${' '.repeat(17)}^^^^^^^^\n`);
    terminal.type('n');
    expect(finish(terminal).exitCode).toBe(0);
    expect(read(dir, 'a.txt')).toBe('東京 said the pri\u200bce rose.\n');
  });

  it('w adds the word to a new copydesk.config.json; later files are checked with it', () => {
    const dir = makeTree({ 'a.txt': 'The council met silmutaneously.\n', 'b.txt': 'It was the the end, silmutaneously.\n' });
    const terminal = startSession(dir, ['a.txt', 'b.txt']);
    answer(terminal, 'a.txt:1:17  (1 of 1)', 'w');
    terminal.waitFor('✓ added "silmutaneously" to the words in copydesk.config.json');
    // b.txt's only finding is the doubled word: the typo is an accepted word now.
    answer(terminal, 'b.txt:1:8  (1 of 1)', 'y');
    const { screen, exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(screen).toContain('Summary: applied 1 fix, wrote 1 file, added 1 word.');
    expect(JSON.parse(read(dir, 'copydesk.config.json'))).toEqual({ words: ['silmutaneously'] });
    expect(read(dir, 'a.txt')).toBe('The council met silmutaneously.\n');
    expect(read(dir, 'b.txt')).toBe('It was the end, silmutaneously.\n');
  });

  it('w keeps the other keys and the look of the config in use', () => {
    const config = '{\n  "rules": {"doubled-word": "warn"},\n  "words": [\n    "Vinamilk"\n  ]\n}\n';
    const dir = makeTree({ 'copydesk.config.json': config, 'a.txt': 'The council met silmutaneously.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:17  (1 of 1)', 'w');
    expect(finish(terminal).exitCode).toBe(0);
    expect(read(dir, 'copydesk.config.json')).toBe(
      '{\n  "rules": {"doubled-word": "warn"},\n  "words": [\n    "Vinamilk",\n    "silmutaneously"\n  ]\n}\n',
    );
  });

  it('a applies every remaining fix of that rule in the file', () => {
    const dir = makeTree({ 'a.txt': 'It was the the start.\nThen the the board met teh mayor.\nAnd so to the the end.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:8  (1 of 4)', 'a');
    terminal.waitFor('✓ 3 doubled-word fixes in a.txt');
    // The typo is still asked; the other doubled words are answered.
    answer(terminal, 'a.txt:2:24  (3 of 4)', 'n');
    const { screen, exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(screen).not.toContain('(2 of 4)');
    expect(screen).not.toContain('(4 of 4)');
    expect(read(dir, 'a.txt')).toBe('It was the start.\nThen the board met teh mayor.\nAnd so to the end.\n');
  });

  it('d skips the rest of the file and goes on with the next', () => {
    const dir = makeTree({ 'a.txt': 'It was the the start, teh end.\n', 'b.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['a.txt', 'b.txt']);
    answer(terminal, 'a.txt:1:8  (1 of 2)', 'd');
    terminal.waitFor('a.txt: nothing changed');
    answer(terminal, 'b.txt:1:8  (1 of 1)', 'y');
    const { screen, exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(screen).not.toContain('(2 of 2)');
    expect(read(dir, 'a.txt')).toBe('It was the the start, teh end.\n');
    expect(read(dir, 'b.txt')).toBe('It was the end.\n');
  });

  it('u undoes the last answer, a fix or an added word, and asks again', () => {
    const dir = makeTree({ 'a.txt': 'The council met silmutaneously.\nIt was the the end, teh.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:17  (1 of 3)', 'w');
    terminal.waitFor('✓ added "silmutaneously"');
    expect(JSON.parse(read(dir, 'copydesk.config.json')).words).toEqual(['silmutaneously']);
    answer(terminal, 'a.txt:2:8  (2 of 3)', 'y');
    answer(terminal, 'a.txt:2:21  (3 of 3)', 'u');
    // Undoing the fix asks the doubled word again; undoing again takes the word back out.
    answer(terminal, 'a.txt:2:8  (2 of 3)', 'u', 2);
    terminal.waitFor('a.txt:1:17  (1 of 3)', 2);
    expect(JSON.parse(read(dir, 'copydesk.config.json')).words).toEqual([]);
    terminal.type('1');
    answer(terminal, 'a.txt:2:8  (2 of 3)', 'n', 3);
    answer(terminal, 'a.txt:2:21  (3 of 3)', 'y', 2);
    const { screen, exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(screen).toContain('↶ undid the answer for line 2');
    expect(screen).toContain('↶ undid the answer for line 1');
    expect(screen).toContain('Summary: applied 2 fixes, wrote 1 file, added 0 words.');
    expect(read(dir, 'a.txt')).toBe('The council met simultaneously.\nIt was the the end, the.\n');
  });

  it('q quits, writing what was accepted in the current file and leaving the rest', () => {
    const dir = makeTree({ 'a.txt': 'It was the the start, teh end.\n', 'b.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['a.txt', 'b.txt']);
    answer(terminal, 'a.txt:1:8  (1 of 2)', 'y');
    answer(terminal, 'a.txt:1:23  (2 of 2)', 'q');
    const { screen, exitCode, tty } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(tty).toBe(COOKED);
    expect(screen).not.toContain('b.txt:');
    expect(read(dir, 'a.txt')).toBe('It was the start, teh end.\n');
    expect(read(dir, 'b.txt')).toBe('It was the the end.\n');
  });

  it('Ctrl-C leaves the current file as it was, keeps the files already written, and restores the terminal', () => {
    const dir = makeTree({ 'a.txt': 'It was the the end.\n', 'b.txt': 'It was the the start, teh end.\n' });
    const terminal = startSession(dir, ['a.txt', 'b.txt']);
    answer(terminal, 'a.txt:1:8  (1 of 1)', 'y');
    answer(terminal, 'b.txt:1:8  (1 of 2)', 'y');
    terminal.waitFor('b.txt:1:23  (2 of 2)');
    terminal.press('C-c');
    const { screen, exitCode, tty } = finish(terminal);
    expect(screen).toContain('Interrupted: b.txt was left as it was.');
    expect(exitCode).toBe(130);
    expect(tty).toBe(COOKED);
    expect(read(dir, 'a.txt')).toBe('It was the end.\n');
    expect(read(dir, 'b.txt')).toBe('It was the the start, teh end.\n');
  });

  it('Ctrl-C in the replacement prompt quits the same way', () => {
    const dir = makeTree({ 'a.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:8  (1 of 1)', 'e');
    terminal.waitFor('replace with: the the');
    terminal.press('C-c');
    const { exitCode, tty } = finish(terminal);
    expect(exitCode).toBe(130);
    expect(tty).toBe(COOKED);
    expect(read(dir, 'a.txt')).toBe('It was the the end.\n');
  });

  it('an edit overlapping an accepted one is skipped with a note; lines show the accepted changes', () => {
    const dir = makeTree({ 'a.txt': 'Teh teh price rose.\n' });
    const terminal = startSession(dir, ['a.txt']);
    answer(terminal, 'a.txt:1:1  (1 of 3)', 'y');
    const screen = terminal.waitFor('a.txt:1:1  (2 of 3)');
    expect(screen).toContain('  1 │ The teh price rose.\n    │ ^^^^^^^\n');
    terminal.type('1');
    terminal.waitFor('a.txt:1:5  (3 of 3)  typo: skipped, it overlaps a change already accepted.');
    const { exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(read(dir, 'a.txt')).toBe('The price rose.\n');
  });

  it('skips a file that is not valid UTF-8 and a JSONL dump, with a note, and never writes them', () => {
    const latin1 = Buffer.from('Caf\xe9: it was the the end.\n', 'latin1');
    const jsonl = '{"text":"It was the the end."}\n';
    const dir = makeTree({ 'bad.txt': latin1, 'dump.jsonl': jsonl, 'good.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['bad.txt', 'dump.jsonl', 'good.txt']);
    answer(terminal, 'good.txt:1:8  (1 of 1)', 'y');
    const { screen, exitCode } = finish(terminal);
    expect(exitCode).toBe(0);
    expect(screen).toContain('bad.txt: skipped, it is not valid UTF-8 (byte offset 3), and copydesk never rewrites such a file.');
    expect(screen).toContain('dump.jsonl: skipped, the interactive session does not walk JSONL dumps');
    expect(readFileSync(path.join(dir, 'bad.txt'))).toEqual(latin1);
    expect(read(dir, 'dump.jsonl')).toBe(jsonl);
    expect(read(dir, 'good.txt')).toBe('It was the end.\n');
  });

  it('leaves a file that changed on disk during the session alone, and exits 2', () => {
    const dir = makeTree({ 'a.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['a.txt']);
    terminal.waitFor('a.txt:1:8  (1 of 1)');
    writeFileSync(path.join(dir, 'a.txt'), 'Edited meanwhile: the the end.\n');
    terminal.type('y');
    const { screen, exitCode } = finish(terminal);
    expect(screen).toContain('✗ a.txt was not written: it changed on disk during the session');
    expect(exitCode).toBe(2);
    expect(read(dir, 'a.txt')).toBe('Edited meanwhile: the the end.\n');
  });

  it('refuses with exit 2 when standard output is not a terminal', () => {
    const dir = makeTree({ 'a.txt': 'It was the the end.\n' });
    const terminal = startSession(dir, ['a.txt'], ' > out.txt 2> err.txt');
    const { exitCode } = finish(terminal);
    expect(exitCode).toBe(2);
    expect(read(dir, 'err.txt')).toContain('fix --interactive needs a terminal on standard input and output');
    expect(read(dir, 'out.txt')).toBe('');
    expect(read(dir, 'a.txt')).toBe('It was the the end.\n');
  });
});

describe('fix --interactive without a terminal', () => {
  it('refuses with exit 2 when standard input is a pipe', () => {
    const dir = makeTree({ 'a.txt': 'It was the the end.\n' });
    const run = runCli(['fix', '-i', 'a.txt'], { cwd: dir, input: 'y\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fix --interactive needs a terminal on standard input and output');
    expect(read(dir, 'a.txt')).toBe('It was the the end.\n');
  });
});

describe("the session's parts", () => {
  const c = new Chalk({ level: 0 });

  it('windows a long line around the span, counting wide characters as two cells', () => {
    const before = '東京'.repeat(30);
    const shown = windowLine(before, [{ kind: 'mark', text: 'the the' }], ' end'.repeat(30), 40, c);
    expect(shown.focusWidth).toBe(7);
    expect(shown.text.startsWith('…東京')).toBe(true);
    expect(shown.text.endsWith('…')).toBe(true);
    // 1 cell of "…" plus whole wide characters fill the left half: the carets' column counts cells.
    expect(shown.focusColumn).toBe(1 + 2 * (shown.text.indexOf('the the') - 1));
    expect(shown.focusColumn + shown.focusWidth).toBeLessThanOrEqual(40);
  });

  it('shortens a span wider than the window in the middle, keeping its ends', () => {
    const shown = windowLine('', [{ kind: 'del', text: `Start ${'x'.repeat(200)} end./.` }], '', 60, c);
    expect(shown.text).toMatch(/^\[-Start x+…x+ end\.\/\.-\]$/);
    expect(shown.focusWidth).toBeLessThanOrEqual(60);
  });

  it('shows a line with the accepted changes, and maps offsets into it (after an astral character)', () => {
    const doc = createDocument({ text: 'x\n𝓀 the the teh end.\n', path: 'a.txt' });
    const lines = currentLines(doc, 2, 2, [{ range: [8, 12], text: '' }]);
    expect(lines.text).toBe('𝓀 the teh end.');
    expect(lines.at(13)).toBe(7);
    expect(lines.text.slice(lines.at(13), lines.at(16))).toBe('teh');
  });

  it('finds edits that applyFixes could not both apply', () => {
    expect(editsConflict({ range: [0, 4], text: '' }, { range: [3, 6], text: 'x' })).toBe(true);
    expect(editsConflict({ range: [0, 4], text: '' }, { range: [4, 6], text: 'x' })).toBe(false);
    expect(editsConflict({ range: [2, 2], text: 'a' }, { range: [2, 2], text: 'b' })).toBe(true);
    expect(editsConflict({ range: [2, 2], text: 'a' }, { range: [0, 3], text: '' })).toBe(true);
  });

  it('folds the digits in the key list into a range', () => {
    expect(keyList(['y', 'n', '1', '2', '3', 'e', 'q', '?'])).toBe('[y,n,1-3,e,q,?]');
    expect(keyList(['n', '1', 'q'])).toBe('[n,1,q]');
  });

  it('adds a word to package.json\'s "copydesk" key and takes it out again, other keys untouched', async () => {
    const pkg = '{\n\t"name": "dumps",\n\t"copydesk": {\n\t\t"words": ["Vinamilk"]\n\t}\n}\n';
    const dir = makeTree({ 'package.json': pkg });
    const file = path.join(dir, 'package.json');
    await addConfigWord(file, dir, 'Phomvihane');
    expect(JSON.parse(read(dir, 'package.json'))).toEqual({ name: 'dumps', copydesk: { words: ['Vinamilk', 'Phomvihane'] } });
    await removeConfigWord(file, 'Phomvihane');
    expect(JSON.parse(read(dir, 'package.json'))).toEqual({ name: 'dumps', copydesk: { words: ['Vinamilk'] } });
    expect(read(dir, 'package.json')).toContain('\t"name": "dumps",\n');
  });

  it('refuses to start without a terminal', () => {
    const { input, output } = fakeTerminal('');
    expect(() => assertTerminal(Object.assign(input, { isTTY: false }), output)).toThrow(UsageError);
  });

  it("walks a corpus rule's findings too: they are found before the walk, from every file", async () => {
    const dir = makeTree({ 'a.txt': 'The council met on Monday.\n', 'b.txt': 'The council met on Monday.\n' });
    const { input, output, shown } = fakeTerminal('1');
    const code = await runInteractiveSession({
      files: [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')],
      rules: [{ rule: sameTextRule, severity: 'error', options: {} }],
      settings: NO_SETTINGS,
      cwd: dir,
      input,
      output,
      colorLevel: 0,
    });
    expect(code).toBe(0);
    expect(shown()).toContain('b.txt:1:1  (1 of 1)');
    expect(shown()).toContain('error  The same text as a.txt.');
    expect(read(dir, 'a.txt')).toBe('The council met on Monday.\n');
    expect(read(dir, 'b.txt')).toBe('');
  });
});

/** A corpus rule for the test: a file whose text repeats the first file's. */
const sameTextRule: CorpusRule<Record<string, never>, Document[]> = {
  id: 'same-text',
  description: 'A file that repeats the first one.',
  severity: 'error',
  fixable: false,
  options: {},
  scope: 'corpus',
  createState: () => [],
  collect: (docs, doc) => {
    docs.push(doc);
  },
  finish: ([first, ...rest], report) => {
    for (const doc of rest.filter((d) => d.text === first.text)) {
      const end = doc.text.length;
      report({
        path: doc.path,
        start: 0,
        end,
        line: 1,
        column: 1,
        endLine: 2,
        endColumn: 1,
        message: `The same text as ${path.basename(first.path)}.`,
        suggestions: [{ desc: 'Empty the file', fix: { start: 0, end, text: '' } }],
      });
    }
  },
};

/** Streams that pass for a terminal, for running the session in process with keys typed ahead. */
function fakeTerminal(keys: string) {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(mode: boolean) {
      input.isRaw = mode;
      return input;
    },
  });
  input.write(keys);
  let text = '';
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns: 100 },
  );
  return { input: input as unknown as NodeJS.ReadStream, output: output as unknown as NodeJS.WriteStream, shown: () => text };
}
