// The two seed dumps define the problem (../shared/corpus/seeds/SOURCE.md): every finding a copy editor
// lists there must be reported, nothing else at error level, and `fix` must produce the copy editor's text.
// They are external: these suites run when ../shared/corpus is beside the repo (test/dumps.test.ts holds
// the same checks on our own dumps, for every clone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTree, parseJson, runCli } from './helpers/cli.js';
import { corpusDir, corpusSuite, hasCorpus } from './helpers/corpus.js';

interface Message {
  ruleId: string;
  severity: number;
  line: number;
  column: number;
  start: number;
  end: number;
  message: string;
  suggestions?: { fix: { text: string } }[];
}

function check(file: string, config: object = {}) {
  const dir = makeTree({ 'copydesk.config.json': JSON.stringify(config) });
  const run = runCli(['check', '--format', 'json', file], { cwd: dir });
  expect(run.stderr).toBe('');
  return parseJson(run)[0].messages as Message[];
}

function fixedText(file: string, config: object = {}): string {
  const dir = makeTree({ 'copydesk.config.json': JSON.stringify(config) });
  const [result] = parseJson(runCli(['fix', '--dry-run', '--format', 'json', file], { cwd: dir }));
  return result.output;
}

describe.skipIf(!hasCorpus)(corpusSuite('vna-vietnam-russia.txt'), () => {
  const RUSSIA = path.join(corpusDir, 'seeds/vna-vietnam-russia.txt');
  let text = '';
  let messages: Message[] = [];
  beforeAll(() => {
    text = readFileSync(RUSSIA, 'utf8');
    messages = check(RUSSIA);
  });
  const find = (ruleId: string, line: number) => messages.find((m) => m.ruleId === ruleId && m.line === line);

  it('finds the stray 𝓀 glued to a name, naming it', () => {
    const m = find('stray-unicode', 1)!;
    expect(text.slice(m.start, m.end)).toBe('𝓀');
    expect(m.message).toContain('U+1D4C0 MATHEMATICAL SCRIPT SMALL K');
  });

  it('finds the end sign on line 8', () => {
    expect(find('end-marker', 8)).toBeDefined();
  });

  it('finds "the the" on line 12 but not the British "honouring"', () => {
    const m = find('doubled-word', 12)!;
    expect(text.slice(m.start, m.end).toLowerCase()).toContain('the');
    expect(messages.filter((x) => x.ruleId === 'typo' && text.slice(x.start, x.end) === 'honouring')).toEqual([]);
  });

  it('finds silmutaneously with simultaneously first among the suggestions', () => {
    const m = find('typo', 19)!; // SOURCE.md says line 17; the word stands on line 19
    expect(text.slice(m.start, m.end)).toBe('silmutaneously');
    expect(m.suggestions?.[0].fix.text).toBe('simultaneously');
  });

  it('finds the paragraph cut off after "he noted" on line 25', () => {
    expect(find('truncated-fragment', 25)).toBeDefined();
  });

  it('reports nothing else at error level', () => {
    const expected = new Set(['stray-unicode:1', 'end-marker:8', 'doubled-word:12', 'typo:19', 'truncated-fragment:25']);
    const others = messages.filter((m) => m.severity === 2 && !expected.has(`${m.ruleId}:${m.line}`));
    expect(others.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });

  it("fix produces the copy editor's text, every other byte unchanged", () => {
    const expected = text
      .replace('Nikolayevich𝓀 Chernyshenko', 'Nikolayevich Chernyshenko')
      .replace('honouring the the Vietnamese', 'honouring the Vietnamese')
      .replace('partnership./.', 'partnership.');
    expect(expected).not.toBe(text);
    expect(fixedText(RUSSIA)).toBe(expected);
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('vna-hai-phong-mexico.txt'), () => {
  const HAI_PHONG = path.join(corpusDir, 'seeds/vna-hai-phong-mexico.txt');
  let text = '';
  let lines: string[] = [];
  beforeAll(() => {
    text = readFileSync(HAI_PHONG, 'utf8');
    lines = text.split('\n');
  });

  it('finds the lead repeated behind the dateline, and the end sign on line 9', () => {
    const messages = check(HAI_PHONG);
    const lead = messages.filter((m) => m.ruleId === 'duplicate-lead');
    expect(lead).toHaveLength(1);
    expect([1, 3]).toContain(lead[0].line);
    expect(messages.some((m) => m.ruleId === 'end-marker' && m.line === 9)).toBe(true);
  });

  it('reports nothing else at error level without a names list', () => {
    const messages = check(HAI_PHONG);
    const others = messages.filter((m) => m.severity === 2 && !['duplicate-lead', 'end-marker'].includes(m.ruleId));
    expect(others.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });

  it('with Gutiérrez in names, reports and fixes every Guitiérrez', () => {
    const messages = check(HAI_PHONG, { names: ['Gutiérrez'] });
    const typos = messages.filter((m) => m.ruleId === 'typo');
    expect(typos.map((m) => text.slice(m.start, m.end))).toEqual(['Guitiérrez', 'Guitiérrez', 'Guitiérrez', 'Guitiérrez']);
    expect(typos.map((m) => m.line)).toEqual([1, 2, 3, 4]);
  });

  it('fix keeps the dateline copy of the lead, drops the other, and ends the article with a period', () => {
    const expected = [...lines.slice(1, 8), lines[8].replace(/\.\/\.$/, '.'), ...lines.slice(9)].join('\n');
    expect(fixedText(HAI_PHONG)).toBe(expected);
    const withNames = fixedText(HAI_PHONG, { names: ['Gutiérrez'] });
    expect(withNames).toBe(expected.replaceAll('Guitiérrez', 'Gutiérrez'));
  });
});
