import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-paragraph.js';
import labels from './duplicate-paragraph.reuters.json' with { type: 'json' };
import { applyFixes } from '../../src/fix/apply-fixes.js';
import { corpusDir, corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester, runRule } from '../rule-tester.js';

// Our own sentences.
const A = 'The provincial People’s Committee approved a plan to dredge the river mouth before the rainy season.';
const B = 'Work will start in May and cost about 40 billion VND, according to the Department of Transport.';
const C = 'Fishermen have asked for the channel to be deepened for years, saying boats run aground at low tide.';
const LONG =
  'Exports of farm produce rose 12 percent in the first quarter, led by rice, coffee and fruit, while imports of animal feed fell as farmers cut herds after a year of low pork prices and rising costs for transport and storage.';

ruleTester(rule, {
  valid: [
    { name: 'a lead and its dateline copy are duplicate-lead’s', text: `${A}\n(Photo: VNA)\nHai Duong (VNA) – ${A}\n${B}` },
    { name: 'distinct paragraphs', text: `${A}\n${B}\n${C}` },
    {
      name: 'sign-offs, credits and bylines repeat legitimately',
      text: `Reuter\n${A}\nReuter\n(Photo: VNA)\n${B}\n(Photo: VNA)\nBy Nguyen Thi Lan\nBy Nguyen Thi Lan`,
    },
    { name: 'a sentence of five words', text: `Prices rose again on Friday.\n${A}\nPrices rose again on Friday.` },
    {
      name: 'table rows',
      text: `Qtr\nShr 52 cts vs 40 cts\nAvg shrs 21.4 mln vs 20.9 mln\nYear\nShr 1.90 dlrs vs 1.52 dlrs\nAvg shrs 21.4 mln vs 20.9 mln`,
    },
    {
      name: 'a table heading repeated over two blocks',
      text: `Average deposit rates of city and regional banks\n3 months 4.2 pct\nAverage deposit rates of city and regional banks\n6 months 4.4 pct`,
    },
    { name: 'a sentence quoted inside a much longer paragraph', text: `${A}\n${B} ${C} ${A} ${LONG}` },
    {
      name: 'paragraphs sharing a phrase',
      text: `${A}\nThe provincial People’s Committee approved a plan to build two schools in the mountain districts next year.`,
    },
    {
      name: 'a menu’s recurring lines',
      text: `Monday\nTomato soup with fresh bread and butter\nGrilled fish with rice and green beans\nTuesday\nTomato soup with fresh bread and butter\nRoast chicken with potatoes and carrots\n${A}`,
    },
    {
      name: 'an interview’s repeated question',
      text: `What did you want to be when you were a child growing up?\n${A}\nWhat did you want to be when you were a child growing up?\n${B}`,
    },
    {
      name: 'related-story headlines repeated in two lists',
      text: `${A}\n${B}\nMost read\nCity Council Approves New Plan to Dredge the River Mouth\nFishermen Say Boats Still Run Aground\nMore stories\nCity Council Approves New Plan to Dredge the River Mouth\nFishermen Say Boats Still Run Aground`,
    },
    {
      // Web pages (scraped/videos-1): one teaser in a "Next up" list and in a "Latest" list, headlines around it.
      name: 'a teaser printed in two sidebars, no prose beside it',
      text: `${A}\n${B}\nNext Up In Culture\n${C}\nCaptain Marvel Hits Theaters on March 8\nThe Latest\n${C}\nMeet the First Democrat Running on Climate`,
    },
    {
      // Web pages (scraped/seattletimes-1): the story's own headline, printed again in a "Most read" list.
      name: 'a paragraph of the story printed again in a list of headlines',
      text: `Retail\n${C}\n${A}\n${B}\nMost Read Business Stories\nHousing Market Splits Into Two Pieces\n${C}\nBoeing Chief Refuses to Admit Flaws`,
    },
    {
      name: 'template lines differing in a title (a short near copy)',
      text: `${A}\nFaces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube.\n${B}\nThe Square is currently streaming on Hulu and available to digitally rent on Google Play and YouTube.`,
    },
    {
      name: 'boilerplate repeated',
      text: `${A}\nSign up to receive our award-winning content delivered to your inbox.\n${B}\nSign up to receive our award-winning content delivered to your inbox.`,
    },
    { name: 'near copies with near: false', text: `${LONG}\n${B}\n${LONG.replace('12 percent', '14 percent')}`, options: { near: false } },
  ],
  invalid: [
    {
      name: 'one paragraph per line: the later copy goes with its line break',
      text: `${A}\n${B}\n${A}\n${C}`,
      errors: [{ line: 3, column: 1, endLine: 3, text: A, message: 'Paragraph repeated from line 1.' }],
      output: `${A}\n${B}\n${C}`,
    },
    {
      name: 'case, punctuation, white space and quotes do not matter',
      text: `${A}\n${B}\n  ${A.toUpperCase().replace('’', "'").replace(/ /g, '  ').replace(/\.$/, '')}  \n${C}`,
      errors: [{ line: 3, column: 3 }],
      output: `${A}\n${B}\n${C}`,
    },
    {
      name: 'the last paragraph repeated, CRLF: the line break before it goes',
      text: `${A}\r\n${B}\r\n${A}`,
      errors: [{ line: 3, text: A }],
      output: `${A}\r\n${B}`,
    },
    {
      name: 'a final newline stays',
      text: `${A}\n${B}\n${A}\n`,
      errors: [{ line: 3 }],
      output: `${A}\n${B}\n`,
    },
    {
      name: 'blank-line separated, CRLF, wrapped differently: no blank line is left behind',
      text: `${A}\r\n\r\n${B.replace('cost about', 'cost\r\nabout')}\r\n\r\n${C}\r\n\r\n${B}\r\n\r\nEnd of the story, the officials said.\r\n`,
      errors: [{ line: 8, column: 1 }],
      output: `${A}\r\n\r\n${B.replace('cost about', 'cost\r\nabout')}\r\n\r\n${C}\r\n\r\nEnd of the story, the officials said.\r\n`,
    },
    {
      name: 'a block of paragraphs printed twice, as in Reuters',
      text: `${A}\n${B}\n${C}\n${B}\n${C}`,
      errors: [
        { line: 4, message: 'line 2' },
        { line: 5, message: 'line 3' },
      ],
      output: `${A}\n${B}\n${C}`,
    },
    {
      name: 'a long caption printed twice in a row is still a duplicate',
      text: `In this photo taken on Tuesday the rocket booster with the cargo ship is installed on a launch pad in the steppe, officials said. (Photo: Space Agency)\nIn this photo taken on Tuesday the rocket booster with the cargo ship is installed on a launch pad in the steppe, officials said. (Photo: Space Agency)\n${A}`,
      errors: [{ line: 2, message: 'line 1' }],
      output: `In this photo taken on Tuesday the rocket booster with the cargo ship is installed on a launch pad in the steppe, officials said. (Photo: Space Agency)\n${A}`,
    },
    {
      name: 'a paragraph repeated among list items is still a duplicate',
      text: `Ingredients\n2 cups of flour\n1 teaspoon of salt\n${A}\n${B}\n${A}`,
      errors: [{ line: 6, message: 'line 4' }],
      output: `Ingredients\n2 cups of flour\n1 teaspoon of salt\n${A}\n${B}`,
    },
    {
      name: 'three copies: both later ones go',
      text: `${A}\n${B}\n${A}\n${C}\n${A}`,
      errors: [
        { line: 3, message: 'line 1' },
        { line: 5, message: 'line 1' },
      ],
      output: `${A}\n${B}\n${C}`,
    },
    {
      name: 'after astral characters: offsets in UTF-16 code units',
      text: `𝓀𝓀 ${A} 𝓀\n${B}\n𝓀𝓀 ${A} 𝓀`,
      errors: [{ line: 3, column: 1, endColumn: A.length + 9, text: `𝓀𝓀 ${A} 𝓀` }],
      output: `𝓀𝓀 ${A} 𝓀\n${B}`,
    },
    {
      name: 'a near copy (a figure corrected) is reported with the first copy’s line, without a fix',
      text: `${LONG}\n${B}\n${LONG.replace('12 percent', '14 percent')}`,
      errors: [{ line: 3, message: /^Paragraph nearly repeats line 1 \(\d\d% of word sequences shared\)\.$/ }],
    },
    {
      name: 'a near copy cut short by the scraper',
      text: `${LONG}\n${B}\n${LONG.slice(0, LONG.indexOf(' and rising'))}`,
      errors: [{ line: 3, message: 'nearly repeats line 1 (100%' }],
    },
    {
      name: 'the same body behind two different datelines: reported, kept',
      text: `Hai Duong (VNA) – ${A}\n${B}\nHa Nam (VNA) – ${A}`,
      errors: [{ line: 3, message: 'Paragraph repeated from line 1, behind a different caption or dateline.' }],
    },
    {
      name: 'the same dateline paragraph twice',
      text: `Hai Duong (VNA) – ${A}\n${B}\nHai Duong (VNA) – ${A}`,
      errors: [{ line: 3, message: 'Paragraph repeated from line 1.' }],
      output: `Hai Duong (VNA) – ${A}\n${B}`,
    },
  ],
});

describe('large documents', () => {
  const words = (
    'river port rice coffee export import province ministry bridge school farmers budget delegation ' +
    'harbour road railway airport hospital market bank festival museum forest island coast mountain village ' +
    'factory garden library station teacher doctor worker student engineer pilot sailor artist'
  ).split(' ');
  let seed = 7;
  /** A pseudo-random sentence of twelve of our words: distinct sentences share few word triples. */
  const sentence = () => {
    const picked: string[] = [];
    for (let k = 0; k < 12; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      picked.push(words[(seed >>> 8) % words.length]);
    }
    return `The ${picked.join(' ')} report was published.`;
  };

  it('finds every repeat among 20,000 paragraphs and removes them all in one pass', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 20000; i++) paragraphs.push(i % 10 === 9 ? paragraphs[i - 5] : sentence());
    const text = paragraphs.join('\n');
    const findings = runRule(rule, { text });
    expect(findings).toHaveLength(2000);
    expect(findings.every((f) => f.fix && f.message === `Paragraph repeated from line ${f.line - 5}.`)).toBe(true);
    const output = applyFixes(
      text,
      findings.map((f) => f.fix!),
    ).output;
    expect(output).toBe(paragraphs.filter((_, i) => i % 10 !== 9).join('\n'));
  });

  it('compares a 4 MB single-line paragraph with its copy', () => {
    const huge = Array.from({ length: 60000 }, sentence).join(' ');
    const findings = runRule(rule, { text: `${huge}\n${B}\n${huge}` });
    expect(findings.map((f) => [f.line, f.message])).toEqual([[3, 'Paragraph repeated from line 1.']]);
  });
});

describe('duplicate-paragraph on our test dumps', () => {
  ruleTester(rule, {
    valid: [
      { name: 'test dump delegation-visit.txt', text: readDump('delegation-visit.txt') },
      { name: 'test dump harvest-fair.txt: the repeated lead is duplicate-lead’s', text: readDump('harvest-fair.txt') },
    ],
    invalid: [],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('duplicate-paragraph on the seed dumps'), () => {
  ruleTester(rule, {
    valid: [
      { name: 'seed vna-vietnam-russia.txt', text: corpusText('seeds/vna-vietnam-russia.txt') },
      { name: 'seed vna-hai-phong-mexico.txt: the repeated lead is duplicate-lead’s', text: corpusText('seeds/vna-hai-phong-mexico.txt') },
    ],
    invalid: [],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('Reuters-21578: repeated paragraph blocks in real wire copy'), () => {
  const files = ['reut2-000.sgm', 'reut2-001.sgm', 'reut2-004.sgm', 'reut2-006.sgm', 'reut2-012.sgm', 'reut2-017.sgm'];
  let findings: { file: string; newid: number; line: number; message: string; fixed: boolean }[] = [];
  beforeAll(() => {
    findings = files.flatMap((file) =>
      reutersStories(path.join(corpusDir, 'reuters-21578', file)).flatMap(({ newid, text }) =>
        runRule(rule, { text }).map((f) => ({ file, newid, line: f.line, message: f.message, fixed: f.fix !== undefined })),
      ),
    );
  });
  const key = (l: { file: string; newid: number; line: number }) => `${l.file} ${l.newid} line ${l.line}`;

  it('finds every labelled repeat, with the line of the first copy, and fixes it', () => {
    for (const label of labels.repeated) {
      const finding = findings.find((f) => key(f) === key(label));
      expect(finding, key(label)).toBeDefined();
      expect(finding!.message).toContain(`line ${label.of}`);
      expect(finding!.fixed, key(label)).toBe(true);
    }
  });

  it('reports nothing else but the one labelled near repeat, without a fix', () => {
    const expected = new Set([...labels.repeated, ...labels.legitimate.filter((l) => l.reported)].map(key));
    expect(findings.filter((f) => !expected.has(key(f))).map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
    for (const label of labels.legitimate.filter((l) => l.reported)) {
      expect(findings.find((f) => key(f) === key(label))?.fixed).toBe(false);
    }
  });
});

/** Each story's body, one paragraph per line: in the SGML a paragraph starts with an indented line. */
function reutersStories(file: string): { newid: number; text: string }[] {
  const sgml = readFileSync(file, 'latin1');
  const stories: { newid: number; text: string }[] = [];
  for (const story of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story[2]);
    if (!body) continue;
    const text = body[1]
      .replace(/&#\d+;/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .split(/\n(?=[ \t])/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    stories.push({ newid: Number(story[1]), text });
  }
  return stories;
}

describe('related: the other copy, for side-by-side reports', () => {
  it('names the first copy’s place and text', () => {
    const findings = runRule(rule, { text: `${LONG}\n${B}\n${LONG.replace('12 percent', '14 percent')}` });
    expect(findings.map((f) => f.related)).toEqual([[{ line: 1, column: 1, endLine: 1, endColumn: LONG.length + 1, text: LONG }]]);
  });

  it('clips a long first copy at a whole code point', () => {
    const long = `${'𝓀'.repeat(400)} ${A}`;
    const [finding] = runRule(rule, { text: `${long}\n${B}\n${long}` });
    const text = finding.related![0].text!;
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(long.length);
    expect(text.slice(0, -1)).toBe(long.slice(0, text.length - 1));
    expect(text.at(-2)).toMatch(/[\uDC00-\uDFFF]/);
  });
});

// The lead and its dateline copy are duplicate-lead's only while it is on (issue 10, row 14); words are
// compared across invisible and control characters (row 16).
ruleTester(rule, {
  valid: [
    {
      name: 'with duplicate-lead on, the lead and its dateline copy are its',
      text: `${A}\n(Photo: VNA)\nHai Duong (VNA) – ${A}\n${B}`,
      rulesOn: ['duplicate-lead'],
    },
  ],
  invalid: [
    {
      name: 'with duplicate-lead off, the lead and its dateline copy are reported here',
      text: `${A}\n(Photo: VNA)\nHai Duong (VNA) – ${A}\n${B}`,
      rulesOn: [],
      errors: [{ line: 1 }],
      output: `(Photo: VNA)\nHai Duong (VNA) – ${A}\n${B}`,
    },
    {
      name: 'a control or private-use character inside a word does not make a copy different',
      text: `${A}\n${B}\n${A.replace('dredge', 'dre\u0001dge').replace('river', 'ri\uE000ver')}`,
      errors: [{ line: 3, message: 'repeated from line 1' }],
      output: `${A}\n${B}`,
    },
  ],
});
