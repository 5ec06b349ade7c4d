import { describe } from 'vitest';
import rule from '../../rules/end-marker.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'The trade turnover reached 4.1 billion USD, statistics showed.',
    // Paths and URLs.
    'Run ./.configure from the folder, or cd ../. first.',
    'The mirror is at http://example.org/./. and ftp://host/a/./.',
    'See www.example.com/./.',
    'The archive is at https://example.org/docs./.old for readers.',
    'cd ../.',
    // Words that are signs only after a finished sentence or on their own.
    'STRIKE ENDS',
    'The strike ENDS',
    'Press the key marked (END) to stop.',
    '### Highlights of the week',
    'The story ends.',
    { text: 'The ministry said./.', options: { markers: ['(END)'] }, name: 'a marker list without ./.' },
  ],
  invalid: [
    {
      text: 'comprehensive strategic partnership./.',
      errors: [{ line: 1, column: 36, text: './.' }],
      output: 'comprehensive strategic partnership.',
    },
    {
      name: 'teasers: one finding for the paragraphs after the sign, with a suggestion to delete them',
      text: 'Statistics showed./.\nA delegation visited Mexico.\nTrade rose.',
      options: { reportTeasers: true },
      errors: [
        { text: './.' },
        {
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 12,
          text: 'A delegation visited Mexico.\nTrade rose.',
          message: '2 paragraphs',
          suggestions: [''],
        },
      ],
      output: 'Statistics showed.\nA delegation visited Mexico.\nTrade rose.',
    },
    {
      name: 'a sign inside a paragraph: two articles merged, suggestions only',
      text: 'It will comply with the regulations./. Da Nang launches a new plan.',
      errors: [{ column: 36, text: './.', message: 'merged', suggestions: ['.\n', '.'] }],
    },
    {
      name: 'a merged sign in a blank-line dump suggests a blank line',
      text: 'First paragraph.\n\nIt complies with regulations./. Da Nang launches a plan./.\n',
      errors: [
        { line: 3, column: 29, text: './.', suggestions: ['.\n\n'] },
        { line: 3, column: 56, text: './.' },
      ],
      output: 'First paragraph.\n\nIt complies with regulations./. Da Nang launches a plan.\n',
    },
    {
      name: 'a merged sign with no space after it',
      text: 'It will comply with the regulations./.Da Nang launches a new plan.',
      errors: [{ column: 36, text: './.', suggestions: ['.\n', '.'] }],
    },
    {
      name: 'a sign after a space',
      text: 'He said so ./.',
      errors: [{ text: './.' }],
      output: 'He said so.',
    },
    {
      name: 'a sign after a full stop and a space',
      text: 'He said so. ./.',
      errors: [{ text: './.' }],
      output: 'He said so.',
    },
    {
      name: 'a sign on its own line',
      text: 'Last sentence.\n./.\nA teaser.',
      errors: [{ line: 2, column: 1, text: './.' }],
      output: 'Last sentence.\nA teaser.',
    },
    {
      name: "other agencies' signs after a finished sentence",
      text: 'The ministry said. (END)\nXinhua said so. Enditem\nThe release ends here. ###',
      errors: [{ text: '(END)' }, { text: 'Enditem' }, { text: '###' }],
      output: 'The ministry said.\nXinhua said so.\nThe release ends here.',
    },
    {
      name: 'a sign as its own paragraph in a blank-line dump',
      text: 'Para one ends.\n\n-30-\n',
      errors: [{ line: 3, text: '-30-' }],
      output: 'Para one ends.\n',
    },
    {
      name: 'a sign on its own line after a line without a full stop, in a blank-line dump',
      text: 'First paragraph.\n\nFor more information, contact press@example.com\n###\n',
      errors: [{ line: 4, column: 1, text: '###' }],
      output: 'First paragraph.\n\nFor more information, contact press@example.com\n',
    },
    {
      name: 'ENDS on its own line',
      text: 'The company will list its shares in June.\nENDS',
      errors: [{ line: 2, text: 'ENDS' }],
      output: 'The company will list its shares in June.',
    },
    {
      name: 'a marker from the options',
      text: 'The talks ended. -0-',
      options: { markers: ['-0-'] },
      errors: [{ text: '-0-' }],
      output: 'The talks ended.',
    },
    {
      name: 'CRLF line endings are kept',
      text: 'strategic partnership./.\r\nA teaser.\r\n',
      errors: [{ line: 1, column: 22, text: './.' }],
      output: 'strategic partnership.\r\nA teaser.\r\n',
    },
    {
      name: 'columns after an astral character count UTF-16 units',
      text: 'Nikolayevich𝓀 partnership./.',
      errors: [{ line: 1, column: 27, endColumn: 30, text: './.' }],
      output: 'Nikolayevich𝓀 partnership.',
    },
  ],
});

describe('end-marker on our test dumps', () => {
  const visit = readDump('delegation-visit.txt');
  const fair = readDump('harvest-fair.txt');
  ruleTester(rule, {
    valid: [],
    invalid: [
      {
        name: 'test dump delegation-visit.txt line 7',
        text: visit,
        errors: [{ line: 7, column: 98, endColumn: 101, text: './.', message: 'full stop' }],
        output: visit.replace('the ministry said./.', 'the ministry said.'),
      },
      {
        name: 'test dump harvest-fair.txt line 6, with the 2 teaser paragraphs after it',
        text: fair,
        options: { reportTeasers: true },
        errors: [
          { line: 6, text: './.' },
          { line: 7, column: 1, endLine: 8, message: '2 paragraphs after the end-of-article sign on line 6: teasers' },
        ],
        output: fair.replace('doubled, he said./.', 'doubled, he said.'),
      },
    ],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('end-marker on the seed dumps'), () => {
  const haiPhongSignLine = 'processed food (7%), statistics showed./.';
  ruleTester(rule, {
    valid: [],
    invalid: [
      {
        name: 'seed vna-vietnam-russia.txt line 8',
        text: corpusText('seeds/vna-vietnam-russia.txt'),
        errors: [{ line: 8, column: 296, endColumn: 299, text: './.', message: 'full stop' }],
        output: (text) => text.replace('partnership./.', 'partnership.'),
      },
      {
        name: 'seed vna-hai-phong-mexico.txt line 9, with the 24 teaser paragraphs after it',
        text: corpusText('seeds/vna-hai-phong-mexico.txt'),
        options: { reportTeasers: true },
        errors: [
          { line: 9, text: './.' },
          { line: 10, column: 1, endLine: 33, message: '24 paragraphs after the end-of-article sign on line 9: teasers' },
        ],
        output: (text) => text.replace(haiPhongSignLine, 'processed food (7%), statistics showed.'),
      },
    ],
  });
});
