// name-variant is a corpus rule: the documents are temporary files, checked together by the real run
// (checkTargets) and by the command line, and each test states which findings the run reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/name-variant.js';
import typo from '../../rules/typo.js';
import { createDocument } from '../../src/document.js';
import { countNameForms, emptyNameFormCounts } from '../../src/names/name-forms.js';
import { typingEdits } from '../../src/text/typing-slips.js';
import { isVietnameseSyllable } from '../../src/text/vietnamese-syllable.js';
import type { FileResult } from '../../src/results/index.js';
import { checkTargets } from '../../src/run.js';
import type { Finding, Rule } from '../../src/types.js';
import { makeTree, parseJson, runCli } from '../helpers/cli.js';
import { corpusDir, corpusSuite, hasCorpus } from '../helpers/corpus.js';
import { corpusRuleTester } from '../rule-tester.js';
import { readDump } from '../helpers/dumps.js';

interface RunSettings {
  names?: string[];
  words?: string[];
  options?: Record<string, number>;
  /** Other rules on in the run (what name-variant leaves to them); only name-variant's findings are returned. */
  alsoOn?: Rule[];
}

/** Checks the files with name-variant alone, as one run; returns each file's findings by file name. */
async function checkCorpus(files: string[], settings: RunSettings = {}): Promise<Map<string, Finding[]>> {
  const others = (settings.alsoOn ?? []).map((other) => ({ rule: other, severity: other.severity, options: other.options }));
  const config = {
    rules: [{ rule, severity: rule.severity, options: { ...rule.options, ...settings.options } }, ...others],
    settings: { words: new Set(settings.words ?? []), names: settings.names ?? [] },
    jsonlTextField: 'text',
  };
  const { results, failures } = await checkTargets(
    files.map((file) => ({ kind: 'file' as const, path: file })),
    {
      configFor: () => config,
      corpusConfig: config,
      cwd: '/',
      readStdin: async () => Buffer.alloc(0),
    },
  );
  expect(failures).toEqual([]);
  return new Map(results.map((r: FileResult) => [path.basename(r.filePath), r.messages.filter((m) => m.ruleId === rule.id)]));
}

/** Text files in a temporary folder; returns their paths. */
function corpusOf(files: Record<string, string>): string[] {
  const dir = makeTree(files);
  return Object.keys(files).map((name) => path.join(dir, name));
}

/** `count` sentences naming `name`, spread over `documents` documents. */
function mentions(name: string, count: number, documents = 3, prefix = name): Record<string, string> {
  const files: Record<string, string> = {};
  for (let d = 0; d < documents; d++) {
    const lines: string[] = [];
    for (let i = d; i < count; i += documents) lines.push(`Officials said ${name} spoke at meeting number ${i + 1}.`);
    files[`${prefix}-${d}.txt`] = lines.join('\n');
  }
  return files;
}

async function reportedWords(files: Record<string, string>, settings?: RunSettings): Promise<string[]> {
  const paths = corpusOf(files);
  const byFile = await checkCorpus(paths, settings);
  const words: string[] = [];
  for (const file of paths) {
    const text = readFileSync(file, 'utf8');
    for (const f of byFile.get(path.basename(file)) ?? []) words.push(text.slice(f.start, f.end));
  }
  return words;
}

describe('name-variant on our test dumps', () => {
  // Three more documents spell the name right thirty times.
  const fernandez = mentions('Elena Fernández', 30, 3, 'chile');
  const dumps = () =>
    corpusOf({
      'harvest-fair.txt': readDump('harvest-fair.txt'),
      'delegation-visit.txt': readDump('delegation-visit.txt'),
    });

  it('reports each Ferniández of harvest-fair.txt, naming both spellings and their counts', async () => {
    const [fair, visit] = dumps();
    const byFile = await checkCorpus([fair, visit, ...corpusOf(fernandez)]);
    const findings = byFile.get('harvest-fair.txt')!;
    const text = readFileSync(fair, 'utf8');
    expect(findings.map((f) => [f.line, f.column, text.slice(f.start, f.end)])).toEqual([
      [1, 99, 'Ferniández'],
      [3, 115, 'Ferniández'],
      [4, 1, 'Ferniández'],
    ]);
    for (const f of findings) {
      expect(f).toMatchObject({ ruleId: 'name-variant', severity: 'warn', endLine: f.line, endColumn: f.column + 10 });
      expect(f.message).toBe('"Ferniández" (3 times in 1 document) may be a misspelling of "Fernández" (30 times in 3 documents).');
      expect(f.fix).toBeUndefined();
      expect(f.suggestions).toEqual([{ desc: 'Replace with "Fernández"', fix: { range: [f.start, f.end], text: 'Fernández' } }]);
    }
    expect(byFile.get('delegation-visit.txt')).toEqual([]);
    expect(byFile.get('chile-0.txt')).toEqual([]);
  });

  it('finds nothing in the two test dumps alone: no other document spells the name', async () => {
    const byFile = await checkCorpus(dumps());
    expect([...byFile.values()].flat()).toEqual([]);
  });

  it('leaves the name to the typo rule when the config lists it, and accepts configured names and words', async () => {
    const files = [dumps()[0], ...corpusOf(fernandez)];
    for (const settings of [{ names: ['Elena Fernández'], alsoOn: [typo] }, { names: ['Ferniández'] }, { words: ['ferniández'] }]) {
      const byFile = await checkCorpus(files, settings);
      expect([...byFile.values()].flat(), JSON.stringify(settings)).toEqual([]);
    }
  });

  it('reports through the command line, with a warning and no fix', () => {
    const dir = makeTree({ ...fernandez, 'harvest-fair.txt': readDump('harvest-fair.txt') });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: dir });
    const result = parseJson(run).find((r: { filePath: string }) => path.basename(r.filePath) === 'harvest-fair.txt');
    const findings = result.messages.filter((m: Finding) => m.ruleId === 'name-variant');
    expect(findings.map((m: { line: number; severity: number }) => [m.line, m.severity])).toEqual([
      [1, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(findings[0].message).toContain('"Fernández" (30 times in 3 documents)');
    expect(result.fixableWarningCount).toBe(0);
  });

  it('is never fixed: `fix` leaves the misspelling for a person to decide', () => {
    const dir = makeTree({ ...fernandez, 'harvest-fair.txt': readDump('harvest-fair.txt') });
    runCli(['fix', '.'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'harvest-fair.txt'), 'utf8');
    expect(fixed).not.toBe(readDump('harvest-fair.txt')); // other rules' fixes were applied
    expect(fixed).toContain('Ferniández');
    expect(fixed).not.toContain('Fernández');
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('name-variant on the seed dumps'), () => {
  const HAI_PHONG = path.join(corpusDir, 'seeds/vna-hai-phong-mexico.txt');
  const RUSSIA = path.join(corpusDir, 'seeds/vna-vietnam-russia.txt');
  // Three more documents spell the name right thirty times.
  const gutierrez = mentions('Alberto Anaya Gutiérrez', 30, 3, 'mexico');

  it('reports each Guitiérrez of vna-hai-phong-mexico.txt, naming both spellings and their counts', async () => {
    const byFile = await checkCorpus([HAI_PHONG, RUSSIA, ...corpusOf(gutierrez)]);
    const findings = byFile.get('vna-hai-phong-mexico.txt')!;
    const text = readFileSync(HAI_PHONG, 'utf8');
    expect(findings.map((f) => [f.line, f.column, text.slice(f.start, f.end)])).toEqual([
      [1, 204, 'Guitiérrez'],
      [2, 169, 'Guitiérrez'],
      [3, 222, 'Guitiérrez'],
      [4, 1, 'Guitiérrez'],
    ]);
    for (const f of findings) {
      expect(f).toMatchObject({ ruleId: 'name-variant', severity: 'warn', endLine: f.line, endColumn: f.column + 10 });
      expect(f.message).toBe('"Guitiérrez" (4 times in 1 document) may be a misspelling of "Gutiérrez" (30 times in 3 documents).');
      expect(f.fix).toBeUndefined();
      expect(f.suggestions).toEqual([{ desc: 'Replace with "Gutiérrez"', fix: { range: [f.start, f.end], text: 'Gutiérrez' } }]);
    }
    expect(byFile.get('vna-vietnam-russia.txt')).toEqual([]);
    expect(byFile.get('mexico-0.txt')).toEqual([]);
  });

  it('finds nothing in the two seed dumps alone: no other document spells the name', async () => {
    const byFile = await checkCorpus([HAI_PHONG, RUSSIA]);
    expect([...byFile.values()].flat()).toEqual([]);
  });

  it('leaves the name to the typo rule when the config lists it, and accepts configured names and words', async () => {
    const files = [HAI_PHONG, ...corpusOf(gutierrez)];
    for (const settings of [{ names: ['Alberto Anaya Gutiérrez'], alsoOn: [typo] }, { names: ['Guitiérrez'] }, { words: ['guitiérrez'] }]) {
      const byFile = await checkCorpus(files, settings);
      expect([...byFile.values()].flat(), JSON.stringify(settings)).toEqual([]);
    }
  });

  it('reports through the command line, with a warning and no fix', () => {
    const dir = makeTree(gutierrez);
    const run = runCli(['check', '--format', 'json', HAI_PHONG, dir], { cwd: dir });
    const result = parseJson(run).find((r: { filePath: string }) => r.filePath === HAI_PHONG);
    const findings = result.messages.filter((m: Finding) => m.ruleId === 'name-variant');
    expect(findings.map((m: { line: number; severity: number }) => [m.line, m.severity])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(findings[0].message).toContain('"Gutiérrez" (30 times in 3 documents)');
    expect(result.fixableWarningCount).toBe(0);
  });
});

describe('what counts as a variant', () => {
  it('reports a slip in a long name beside a spelling ten times as common', async () => {
    expect(await reportedWords({ ...mentions('Schlesinger', 10), 'typo.txt': 'Then Schelsinger left.' })).toEqual(['Schelsinger']);
  });

  it('leaves alone a spelling the list of known names has (Reuters: Jeffery Lane beside Jeffrey)', async () => {
    expect(await reportedWords({ ...mentions('Jeffrey', 40), 'other.txt': 'Its officer Jeffery Lane spoke.' })).toEqual([]);
    expect(await reportedWords({ ...mentions('Jeffrey', 40), 'typo.txt': 'Its officer Jeffrye Lane spoke.' })).toEqual(['Jeffrye']);
  });

  it('needs the frequent spelling ten times for each document the rare one is in', async () => {
    expect(await reportedWords({ ...mentions('Schlesinger', 9), 'typo.txt': 'Then Schelsinger left.' })).toEqual([]);
    const twoDocuments = { 'typo-1.txt': 'Then Schelsinger left.', 'typo-2.txt': 'Schelsinger stayed.' };
    expect(await reportedWords({ ...mentions('Schlesinger', 19), ...twoDocuments })).toEqual([]);
    expect(await reportedWords({ ...mentions('Schlesinger', 20), ...twoDocuments })).toEqual(['Schelsinger', 'Schelsinger']);
  });

  it('leaves a spelling in three documents alone, however rare', async () => {
    const three = { 'a.txt': 'Schelsinger a.', 'b.txt': 'Schelsinger b.', 'c.txt': 'Schelsinger c.' };
    expect(await reportedWords({ ...mentions('Schlesinger', 200), ...three })).toEqual([]);
  });

  it('leaves a spelling alone that is written a third as often as the other', async () => {
    // A profile that names its subject five times: five slips in one story are possible, but not
    // against a spelling only three times as common.
    const profile = { 'profile.txt': Array(5).fill('Schelsinger said so.').join('\n') };
    expect(await reportedWords({ ...mentions('Schlesinger', 14), ...profile })).toEqual([]);
    expect(await reportedWords({ ...mentions('Schlesinger', 15), ...profile })).toHaveLength(5);
  });

  it('asks three times the evidence for a short name or an edit no finger makes', async () => {
    // Toyko/Tokyo: swapped letters in a short name. Harbert/Herbert: a vowel changed, as real names differ.
    for (const [right, wrong] of [
      ['Tokyo', 'Toyko'],
      ['Herbert', 'Harbert'],
      ['Bonn', 'Bohn'],
    ]) {
      const typo = { 'typo.txt': `Later ${wrong} said so.` };
      expect(await reportedWords({ ...mentions(right, 29), ...typo }), right).toEqual([]);
      expect(await reportedWords({ ...mentions(right, 30), ...typo }), right).toEqual([wrong]);
    }
  });

  describe('a spelling that shares a word of its name with a more frequent one (Reuters)', () => {
    // "Donaldson Lufkin" in two stories, "Donaldson" once more: three times in all.
    const donaldson = {
      'a.txt': 'Analysts at Donaldson Lufkin and Jenrette said so.',
      'b.txt': 'The shares were placed by Donaldson Lufkin.',
      'c.txt': 'Donaldson said nothing.',
    };

    it('needs far less evidence: three times, twice as often, and beside the shared word twice', async () => {
      const files = { ...donaldson, 'typo.txt': 'The adviser is Donaldsen Lufkin and Jenrette.' };
      expect(await reportedWords(files)).toEqual(['Donaldsen']);
      const byFile = await checkCorpus(corpusOf(files));
      expect(byFile.get('typo.txt')![0].message).toBe(
        '"Donaldsen" (once in 1 document) may be a misspelling of "Donaldson" (3 times in 3 documents), both written beside "Lufkin".',
      );
    });

    it('on either side of the name, across a comma, a hyphen or a particle', async () => {
      const venezuela = {
        'a.txt': 'Petroleos de Venezuela said so.',
        'b.txt': 'Petroleos de Venezuela agreed.',
        'c.txt': 'Then Petroleos left.',
        'd.txt': 'Petroleos said so.',
        'typo.txt': 'Officials of Petroleus de Venezuela said so.',
      };
      expect(await reportedWords(venezuela)).toEqual(['Petroleus']);
      const owens = {
        'a.txt': 'Owens-Illinois Inc said so.',
        'b.txt': 'Owens-Illinois agreed.',
        'c.txt': 'Owens left.',
        'typo.txt': 'The successor to Ownens-Illinois Inc.',
      };
      expect(await reportedWords(owens)).toEqual(['Ownens']);
    });

    it('not beside the shared word only once, nor a spelling written half as often, nor one across a full stop', async () => {
      const once = { ...donaldson, 'b.txt': 'The shares were placed by Donaldson.', 'typo.txt': 'The adviser is Donaldsen Lufkin.' };
      expect(await reportedWords(once)).toEqual([]);
      const twice = { ...donaldson, 'typo.txt': 'The adviser is Donaldsen Lufkin. Donaldsen said so.' };
      expect(await reportedWords(twice)).toEqual([]);
      const sentences = {
        'a.txt': 'It was Donaldson. Lufkin said so.',
        'b.txt': 'It was Donaldson. Lufkin agreed.',
        'c.txt': 'Donaldson left.',
        'typo.txt': 'Donaldsen Lufkin said so.',
      };
      expect(await reportedWords(sentences)).toEqual([]);
    });

    it('beside a word that stands beside many names ("Corp"), only a slip of the fingers counts', async () => {
      const companies: Record<string, string> = {};
      for (let i = 0; i < 31; i++)
        companies[`c${i}.txt`] = `Shares of Zq${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}x Corp rose.`.replace(
          /\d/g,
          (d) => 'abcdefghij'[Number(d)],
        );
      const gelco = { 'g1.txt': 'Gelco Corp said so.', 'g2.txt': 'Gelco Corp agreed.', 'g3.txt': 'Gelco left.' };
      const microsoft = { 'm1.txt': 'Microsoft Corp said so.', 'm2.txt': 'Microsoft Corp agreed.', 'm3.txt': 'Microsoft left.' };
      const typos = { 'typo.txt': 'Geico Corp said so, with Mocrosoft Corp.' };
      expect(await reportedWords({ ...companies, ...gelco, ...microsoft, ...typos })).toEqual(['Mocrosoft']);
      // With few names beside "Corp", any one edit counts.
      expect(await reportedWords({ ...gelco, ...microsoft, ...typos })).toEqual(['Geico', 'Mocrosoft']);
    });
  });

  it('never pairs a short name with an edit no finger makes, nor names two edits apart', async () => {
    expect(await reportedWords({ ...mentions('Sudan', 300), 'a.txt': 'Then Sudon left.' })).toEqual([]);
    expect(await reportedWords({ ...mentions('Washington', 300), 'a.txt': 'Then Warrington left.' })).toEqual([]);
  });

  it('leaves alone a name made of two everyday words unless a finger typed it (web pages: The World Factbook)', async () => {
    expect(await reportedWords({ ...mentions('Facebook', 300), 'a.txt': 'The World Factbook lists it.' })).toEqual([]);
    expect(await reportedWords({ ...mentions('Facebook', 300), 'a.txt': 'Then Facebok left.' })).toEqual(['Facebok']);
    // Parts that are no everyday words are how slips read: Reuters' "Septmember", sept + member.
    expect(await reportedWords({ ...mentions('September', 300), 'a.txt': 'Then Septmember left.' })).toEqual(['Septmember']);
  });

  it('leaves alone names that differ by an ending, accents alone, or Vietnamese syllables', async () => {
    const pairs = [
      ['Nguyen', 'Nguyens'],
      ['Gutierrez', 'Gutierreza'],
      ['Gutiérrez', 'Gutierrez'],
      ['Nguyễn', 'Nguyen'],
      ['Nguyễn', 'Nguyên'],
      // Both real names, one slip apart: g and h are neighbouring keys, as are o and i.
      ['Khanh', 'Khang'],
      ['Thao', 'Thai'],
      ['Hoang', 'Hoanh'],
      ['Truong', 'Trung'],
      ['Nguyen', 'Nguyet'],
      ['Trang', 'Tran'],
    ];
    for (const [right, other] of pairs) {
      expect(await reportedWords({ ...mentions(right, 300), 'other.txt': `Then ${other} left.` }), other).toEqual([]);
    }
  });

  it('counts a possessive as the name and leaves dictionary words to the typo rule', async () => {
    expect(await reportedWords({ ...mentions('Gutiérrez’s', 30), 'typo.txt': 'Then Guitiérrez’s aide left.' })).toEqual(['Guitiérrez']);
    // "Parish" is in the dictionary, so "Parrish" is no variant of it; nor are all-capital acronyms.
    expect(await reportedWords({ ...mentions('Parish', 300), 'a.txt': 'Then Parrish left.' })).toEqual([]);
    expect(await reportedWords({ ...mentions('TOKYO', 300), 'a.txt': 'Then TOYKO left.' })).toEqual([]);
    expect(await reportedWords({ ...mentions('Tokyo', 300), 'a.txt': 'Then TOYKO and ROMs left.' })).toEqual([]);
  });

  it('suggests every frequent spelling a slip may stand for, commonest first', async () => {
    const paths = corpusOf({ ...mentions('Jaimes', 300, 3, 'a'), ...mentions('Jaimez', 100, 3, 'b'), 'typo.txt': 'Then Jiames left.' });
    const findings = (await checkCorpus(paths)).get('typo.txt')!;
    expect(findings.map((f) => f.suggestions?.map((s) => s.fix.text))).toEqual([['Jaimes']]);
    const both = corpusOf({
      ...mentions('Alberson', 300, 3, 'a'),
      ...mentions('Alberton', 100, 3, 'b'),
      'typo.txt': 'Then Albertson left.',
    });
    const [finding] = (await checkCorpus(both)).get('typo.txt')!;
    expect(finding.message).toBe(
      '"Albertson" (once in 1 document) may be a misspelling of "Alberson" (300 times in 3 documents) or "Alberton" (100 times in 3 documents).',
    );
    expect(finding.suggestions?.map((s) => s.fix.text)).toEqual(['Alberson', 'Alberton']);
  });
});

describe('positions and limits', () => {
  it('counts columns in UTF-16 units after an astral character, on CRLF lines', async () => {
    const paths = corpusOf({ ...mentions('Gutiérrez', 30), 'typo.txt': '𝓀 Guitiérrez met him.\r\nThen 𝓀𝓀 Guitiérrez left.\r\n' });
    const [first, second] = (await checkCorpus(paths)).get('typo.txt')!;
    expect(first).toMatchObject({ line: 1, column: 4, endLine: 1, endColumn: 14, start: 3, end: 13 });
    expect(second).toMatchObject({ line: 2, column: 11, endLine: 2, endColumn: 21, start: 34, end: 44 });
  });

  it('finds a slip of a spelling written decomposed (NFD), comparing in NFC', async () => {
    expect(await reportedWords({ ...mentions('Gutiérrez'.normalize('NFD'), 30), 'typo.txt': 'Then Guitiérrez left.' })).toEqual([
      'Guitiérrez',
    ]);
  });

  it('reports the first twenty occurrences one by one, then one more that says how many are left', async () => {
    const paths = corpusOf({ ...mentions('Gutiérrez', 300), 'typo.txt': Array(25).fill('Guitiérrez said so.').join('\n') });
    const findings = (await checkCorpus(paths)).get('typo.txt')!;
    expect(findings.map((f) => f.line)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(findings[19].message).toBe(
      '"Guitiérrez" (25 times in 1 document) may be a misspelling of "Gutiérrez" (300 times in 3 documents).',
    );
    expect(findings[20].message).toBe(`${findings[19].message} (4 more not listed after this one.)`);
  });

  it('takes the report limit and thresholds from its options', async () => {
    const paths = corpusOf({ ...mentions('Gutiérrez', 30), 'typo.txt': 'Guitiérrez said so.\nGuitiérrez said so.\nGuitiérrez said so.' });
    const capped = (await checkCorpus(paths, { options: { maxReportsPerName: 1 } })).get('typo.txt')!;
    expect(capped.map((f) => f.line)).toEqual([1, 2]);
    expect(capped[1].message).toMatch(/\(1 more not listed after this one\.\)$/);
    expect((await checkCorpus(paths, { options: { minFrequentCount: 31 } })).get('typo.txt')).toEqual([]);
  });

  it('names the record of a JSONL dump', async () => {
    const records = ['Gutiérrez spoke.', 'Guitiérrez spoke again.'].map((text) => JSON.stringify({ text })).join('\n');
    const paths = corpusOf({ ...mentions('Gutiérrez', 30), 'dump.jsonl': records });
    const [finding] = (await checkCorpus(paths)).get('dump.jsonl')!;
    expect(finding).toMatchObject({ record: 2, line: 1, column: 1, ruleId: 'name-variant' });
  });

  it('keeps the places of a spelling only while it is in few enough documents to be reported', () => {
    const counts = emptyNameFormCounts();
    const limits = { maxRareDocuments: 2, maxPlaces: 21 };
    countNameForms(counts, createDocument({ text: 'Then Guitiérrez left.', path: 'd0' }), limits);
    expect(counts.forms.get('guitiérrez')!.places).toEqual([
      { path: 'd0', start: 5, end: 15, line: 1, column: 6, endLine: 1, endColumn: 16 },
    ]);
    for (let d = 1; d <= 3; d++) {
      countNameForms(counts, createDocument({ text: 'Gutiérrez met Gutiérrez.', path: `d${d}` }), limits);
      const form = counts.forms.get('gutiérrez')!;
      expect(form).toMatchObject({ count: 2 * d, documents: d });
      expect(form.places?.length ?? null).toBe(d <= 2 ? 2 * d : null);
    }
  });
});

describe('typing slips and Vietnamese syllables', () => {
  const kinds = (typed: string, meant: string) => typingEdits(typed, meant).map((e) => `${e.kind}${e.slip ? '' : '!'}`);

  it('tells slips of the fingers from other edits', () => {
    expect(kinds('toyko', 'tokyo')).toEqual(['swap']);
    expect(kinds('guitiérrez', 'gutiérrez')).toEqual(['insert']);
    expect(kinds('bennetton', 'benetton')).toEqual(['insert']);
    expect(kinds('massachusets', 'massachusetts')).toEqual(['omit']);
    expect(kinds('aoril', 'april')).toEqual(['substitute']);
    expect(kinds('harbert', 'herbert')).toEqual(['substitute!']);
    expect(kinds('ameican', 'american')).toEqual(['omit!']);
    expect(kinds('thani', 'thai')).toEqual(['insert!']);
    expect(kinds('warrington', 'washington')).toHaveLength(2);
    expect(kinds('same', 'same')).toEqual([]);
  });

  it('knows Vietnamese syllables, with or without marks', () => {
    for (const word of ['trung', 'truong', 'nguyen', 'nguyễn', 'đà', 'nẵng', 'quang', 'huynh', 'giang', 'khoa'])
      expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['gutiérrez', 'tokyo', 'bush', 'park', 'lee', 'schlesinger']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});

const TWICE = 'Guitiérrez said so.\nGuitiérrez said so.';
const LIKELY = { rare: 'Guitiérrez', likely: '"Gutiérrez" (30 times in 3 documents)' };

corpusRuleTester(rule, {
  valid: [
    { name: 'one spelling throughout', documents: mentions('Gutiérrez', 30) },
    { name: 'a rare spelling beside one not written often enough', documents: { ...mentions('Gutiérrez', 5), 'typo.txt': TWICE } },
  ],
  invalid: [
    {
      name: 'a rare spelling in one document, each place with the suggestion that replaces it',
      documents: { ...mentions('Gutiérrez', 30), 'typo.txt': TWICE },
      errors: {
        'typo.txt': [
          {
            line: 1,
            text: 'Guitiérrez',
            messageId: 'misspelling',
            data: { ...LIKELY, rareCount: '2 times in 1 document' },
            suggestions: [{ desc: 'Replace with "Gutiérrez"', output: 'Gutiérrez said so.\nGuitiérrez said so.' }],
          },
          {
            line: 2,
            messageId: 'misspelling',
            suggestions: [{ desc: 'Replace with "Gutiérrez"', output: 'Guitiérrez said so.\nGutiérrez said so.' }],
          },
        ],
      },
    },
    {
      name: 'past maxReportsPerName, the last place listed says how many more there are',
      documents: { ...mentions('Gutiérrez', 30), 'typo.txt': `${TWICE}\n${TWICE}` },
      options: { maxReportsPerName: 1 },
      errors: {
        'typo.txt': [
          { line: 1, messageId: 'misspelling' },
          { line: 2, messageId: 'misspellingMore', data: { ...LIKELY, rareCount: '4 times in 1 document', more: 2 } },
        ],
      },
    },
  ],
});
