// Our own test dumps end to end, as test/seeds.test.ts does for the external seed dumps: through the real
// command line, every defect the dump was written with is reported at its line, nothing else at error
// level, and `fix` makes exactly the edits a copy editor would. These run on any clone.
import { describe, expect, it } from 'vitest';
import { makeTree, parseJson, runCli } from './helpers/cli.js';
import { readDump } from './helpers/dumps.js';

interface Message {
  ruleId: string;
  severity: number;
  line: number;
  start: number;
  end: number;
  message: string;
}

/** Copies the dump into a new folder with an empty config; checks it, and fixes it without writing. */
function run(name: string, config: object = {}) {
  const dir = makeTree({ 'copydesk.config.json': JSON.stringify(config), [name]: readDump(name) });
  const check = runCli(['check', '--format', 'json', name], { cwd: dir });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(1);
  const messages = parseJson(check)[0].messages as Message[];
  const [fixed] = parseJson(runCli(['fix', '--dry-run', '--format', 'json', name], { cwd: dir }));
  return { messages, output: fixed.output as string };
}

const at = (messages: Message[], text: string) => messages.map((m) => `${m.ruleId}:${m.line} ${text.slice(m.start, m.end)}`);

describe('test dump delegation-visit.txt', () => {
  const text = readDump('delegation-visit.txt');

  it('reports each defect it was written with, at its line, and nothing else', () => {
    const { messages } = run('delegation-visit.txt');
    expect(at(messages, text)).toEqual([
      'stray-unicode:1 𝓀',
      'doubled-word:4 the the',
      'typo:5 simultanously',
      'truncated-fragment:6 the',
      'end-marker:7 ./.',
    ]);
    expect(messages.filter((m) => m.severity === 1).map((m) => m.ruleId)).toEqual(['truncated-fragment']);
  });

  it("fix makes the copy editor's edits, every other byte unchanged, and leaves the cut paragraph to a person", () => {
    const expected = text
      .replace('Andreyevich𝓀 Sorokin', 'Andreyevich Sorokin')
      .replace('honouring the the promise', 'honouring the promise')
      .replace('simultanously', 'simultaneously')
      .replace('the ministry said./.', 'the ministry said.');
    expect(run('delegation-visit.txt').output).toBe(expected);
  });
});

describe('test dump harvest-fair.txt', () => {
  const text = readDump('harvest-fair.txt');
  const lines = text.split('\n');

  it('reports the lead repeated behind the dateline and the end sign, and nothing else', () => {
    expect(at(run('harvest-fair.txt').messages, text)).toEqual([`duplicate-lead:1 ${lines[0]}`, 'end-marker:6 ./.']);
  });

  it('with Fernández in the names, reports and fixes every Ferniández', () => {
    const { messages, output } = run('harvest-fair.txt', { names: ['Elena Fernández'] });
    expect(messages.filter((m) => m.ruleId === 'typo').map((m) => [m.line, text.slice(m.start, m.end)])).toEqual([
      [1, 'Ferniández'],
      [3, 'Ferniández'],
      [4, 'Ferniández'],
    ]);
    const expected = [...lines.slice(1, 5), lines[5].replace(/\.\/\.$/, '.'), ...lines.slice(6)].join('\n');
    expect(run('harvest-fair.txt').output).toBe(expected);
    expect(output).toBe(expected.replaceAll('Ferniández', 'Fernández'));
  });
});
