// --format github: workflow commands that GitHub's runner reads back exactly, escaped as the toolkit
// (@actions/core) escapes them, ending with a summary notice.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/define-rule.js';
import { ARTICLE_LINE, columnsOf, dumpsJson, formatWithRule, runDumps, runFormat } from './run-format.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * Reads a workflow command as GitHub's runner does (ActionCommand.TryParseV2): the properties end
 * at the first "::"; each is split at its first "="; then the escapes are undone, %25 last.
 */
function parseCommand(line: string): Command {
  expect(line.startsWith('::')).toBe(true);
  const end = line.indexOf('::', 2);
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(line.slice(end + 2)) };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

const commandsOf = (stdout: string) => stdout.trimEnd().split('\n').map(parseCommand);

describe('github', () => {
  it('annotates each finding at its file, lines and UTF-16 columns', () => {
    const { stdout, status } = runFormat('github');
    expect(status).toBe(1);
    const doubled = columnsOf(ARTICLE_LINE, 'the the');
    const k = columnsOf(ARTICLE_LINE, '𝓀');
    expect(stdout.split('\n').filter((line) => line.includes('file=news/article.txt'))).toEqual([
      `::error title=stray-unicode,file=news/article.txt,line=1,endLine=1,col=${k.utf16},endColumn=${k.utf16End}::Styled (mathematical) letter: U+1D4C0 MATHEMATICAL SCRIPT SMALL K (glued to the end of a word). Fix: delete it.`,
      `::error title=doubled-word,file=news/article.txt,line=1,endLine=1,col=${doubled.utf16},endColumn=${doubled.utf16End}::"the" is typed twice: "the the".`,
    ]);
  });

  it("puts a JSONL record's finding on the record's line, without columns", () => {
    const record = commandsOf(runFormat('github').stdout).find((c) => c.properties.file === 'news/records.jsonl')!;
    expect(record.properties).toEqual({ title: 'doubled-word', file: 'news/records.jsonl', line: '2', endLine: '2' });
    expect(record.message).toBe('"the" is typed twice: "the the". (record text 2:6)');
  });

  it('ends with one notice counting everything per rule, since GitHub shows only 10 annotations of a kind', () => {
    const commands = commandsOf(runFormat('github').stdout);
    expect(commands.at(-1)).toEqual({
      command: 'notice',
      properties: { title: 'copydesk' },
      message: '3 problems (3 errors, 0 warnings) in 2 files: doubled-word 2, stray-unicode 1',
    });
  });

  it('makes a warning a ::warning', () => {
    const { stdout, status } = runFormat('github', {
      'copydesk.config.json': '{"rules": {"doubled-word": "warn"}}',
      'news/a.txt': 'said the the thing.\n',
    });
    expect(status).toBe(0);
    expect(commandsOf(stdout).map((c) => c.command)).toEqual(['warning', 'notice']);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(runFormat('github', { 'copydesk.config.json': '{}', 'news/a.txt': 'All is well.\n' }).stdout).toBe('');
  });

  it('escapes %, :, , and line breaks exactly as the toolkit does, so the runner reads them back', async () => {
    const message = 'Rate: 100%, then\nmore\r\nand a literal %0A, not a line break.';
    const rule = defineRule({
      id: 'test-odd-message',
      description: 'test',
      severity: 'error',
      fixable: false,
      options: {},
      check(doc, report) {
        report({ start: 0, end: 4, message });
      },
    });
    const file = 'odd, name: 100%.txt';
    const { output } = await formatWithRule('github', rule, { [file]: 'Some text.\n' });
    const [annotation, summary] = output.trimEnd().split('\n');
    expect(annotation).toBe(
      '::error title=test-odd-message,file=odd%2C name%3A 100%25.txt,line=1,endLine=1,col=1,endColumn=5::Rate: 100%25, then%0Amore%0D%0Aand a literal %250A, not a line break.',
    );
    expect(parseCommand(annotation)).toEqual({
      command: 'error',
      properties: { title: 'test-odd-message', file, line: '1', endLine: '1', col: '1', endColumn: '5' },
      message,
    });
    expect(summary).toBe('::notice title=copydesk::1 problem (1 error, 0 warnings) in 1 file: test-odd-message 1');
  });

  it('round-trips every finding of the test dumps: the runner reads back the very message and place', () => {
    const { dir, stdout } = runDumps('github');
    const commands = commandsOf(stdout);
    const json = dumpsJson(dir);
    const expected = json.flatMap(
      (r: { filePath: string; messages: { message: string; line: number; column: number; ruleId: string }[] }) =>
        r.messages.map((m) => ({
          file: r.filePath.slice(dir.length + 1),
          line: String(m.line),
          col: String(m.column),
          title: m.ruleId,
          message: m.message,
        })),
    );
    const annotations = commands.slice(0, -1).map((c) => ({
      file: c.properties.file,
      line: c.properties.line,
      col: c.properties.col,
      title: c.properties.title,
      message: c.message,
    }));
    expect(annotations).toEqual(expected);
    expect(annotations.length).toBeGreaterThanOrEqual(7);
    expect(commands.at(-1)!.message).toMatch(new RegExp(`^${annotations.length} problems \\(`));
  });
});
