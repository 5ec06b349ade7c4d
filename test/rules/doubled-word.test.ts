import { describe } from 'vitest';
import rule from '../../rules/doubled-word.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Sentence punctuation between the two copies: two sentences, two initials.
    'Is it true? It is. Is it not?',
    'it is. Is it',
    'D. D. will pop up with.',
    'He said “the” the way teachers do.',
    // Repeated names: a capitalised second copy, and the built-in list for all-caps lines.
    'Duran Duran is awesome.',
    'DURAN Duran',
    'Li Li and Mei Mei won medals for China.',
    'Boutros Boutros-Ghali met Boutros Boutros Ghali in Cairo.',
    'They flew from Bora Bora to Walla Walla, and Sirhan Sirhan stayed.',
    'WALLA WALLA, Wash., March 3 - BORA BORA HOTELS REPORT A RECORD YEAR',
    'The Mau Mau Uprising, also known as the Mau Mau Rebellion, was a military conflict.',
    // Grammatical and idiomatic repeats.
    'producers had had difficulty selling oil',
    'It dashed speculation that that would happen in April.',
    'He laughed, ha ha, and said bye bye before the can can began.',
    'It was very very good, and the teams that do do well are rewarded.',
    'Bra Kanon estimated at at least 535 billion CFA francs.',
    'She was sworn in in January after the vote.',
    "how long the run is is anybody's guess, Swearingen said.",
    'What it was was a failure of planning.',
    // Compounds: a hyphen or slash glues the word to its neighbour.
    'ban all non-bank bank activities and purchase one one-hundredth share',
    // Table columns and figures.
    ' Class      week         week\nPar     unav            unav            unav',
    'Shr 10 cts vs 10 cts',
    // Never across paragraphs: a blank line, or a line in a dump without blank lines.
    'Like a fish in the\n\nthe sea.',
    'The first line ends with the\nthe second line starts a new paragraph.',
    // Single capital letters are grades, initials, labels.
    'Bonds were rated A A by both agencies',
    // Vietnamese reduplication is grammatical.
    'Họ đi từ từ vào nhà, người người vui mừng.',
    { text: 'He shouted go go go at the start.', options: { allow: ['go'] }, name: 'the allow option' },
  ],
  invalid: [
    {
      // Every terminal mark the sentence splitter knows (src/text/sentence-end.ts) starts a new sentence, so
      // the "What" of the one before opens no clause for "is is": it was taken for a pseudo-cleft before.
      name: 'a sentence ended by a double exclamation mark',
      text: 'What a night‼ The result is is clear.',
      errors: [{ text: 'is is' }],
      output: 'What a night‼ The result is clear.',
    },
    {
      name: 'a clause ended by a full-width colon',
      text: 'What they said： the result is is clear.',
      errors: [{ text: 'is is' }],
      output: 'What they said： the result is clear.',
    },
    {
      text: 'affirming and honouring the the Vietnamese revolutionary press',
      errors: [{ line: 1, column: 25, endColumn: 32, text: 'the the', suggestions: [''] }],
      output: 'affirming and honouring the Vietnamese revolutionary press',
    },
    {
      name: 'sentence-initial capital on the first copy',
      text: 'The the plan was approved.',
      errors: [{ text: 'The the' }],
      output: 'The plan was approved.',
    },
    {
      name: 'an all-caps pair',
      text: 'LIKE A FISH IN THE\nTHE SEA.\n\nNext paragraph.',
      errors: [{ line: 1, column: 16, endLine: 2, endColumn: 4, text: 'THE\nTHE' }],
      output: 'LIKE A FISH IN THE SEA.\n\nNext paragraph.',
    },
    {
      name: 'across the line break of a wrapped paragraph, CRLF',
      text: 'Like a fish in the\r\nthe sea.\r\n\r\nNext paragraph.\r\n',
      errors: [{ line: 1, column: 16, endLine: 2, endColumn: 4, text: 'the\r\nthe' }],
      output: 'Like a fish in the sea.\r\n\r\nNext paragraph.\r\n',
    },
    {
      name: 'columns after an astral character count UTF-16 units',
      text: 'Nikolayevich𝓀 met the the delegation.',
      errors: [{ line: 1, column: 20, endColumn: 27, text: 'the the' }],
      output: 'Nikolayevich𝓀 met the delegation.',
    },
    {
      name: 'three copies: two findings whose fixes leave one',
      text: 'It was the the the best.',
      errors: [
        { column: 8, text: 'the the' },
        { column: 12, text: 'the the' },
      ],
      output: 'It was the best.',
    },
    {
      name: 'the fixable set: is, of, and, its, to after a noun',
      text: 'The agreement is is required. A survey of of 139 refineries and and the rest. Its its two units. A nominee to to head the CIA.',
      errors: 5,
      output: 'The agreement is required. A survey of 139 refineries and the rest. Its two units. A nominee to head the CIA.',
    },
    {
      name: 'other words are reported with a suggestion, not fixed',
      text: 'Well, it it doesn’t matter, said said Thomas McKiernan.',
      errors: [
        { column: 7, text: 'it it', message: 'unless the repeat is meant', suggestions: [''] },
        { column: 29, text: 'said said', suggestions: [''] },
      ],
    },
    {
      name: 'a preposition after a word that may be a verb could be a particle: suggestion only',
      text: 'It rose 0.2 pct, compared to to a 0.4 pct rise. The attack was on on March 8.',
      errors: [{ text: 'to to' }, { text: 'on on' }],
    },
    {
      name: 'NFC: a precomposed and a decomposed é are the same word',
      text: 'They sat in the café cafe\u0301 near the lake.',
      errors: [{ text: 'café cafe\u0301' }],
    },
    {
      name: 'a sentence-final repeat before the full stop',
      text: 'The total net capital inflow rose in the third quarter quarter. Then it fell.',
      errors: [{ text: 'quarter quarter' }],
    },
  ],
});

describe('doubled-word on our test dumps', () => {
  const visit = readDump('delegation-visit.txt');
  ruleTester(rule, {
    valid: [{ text: readDump('harvest-fair.txt'), name: 'test dump harvest-fair.txt' }],
    invalid: [
      {
        name: 'test dump delegation-visit.txt line 4: honouring the the promise',
        text: visit,
        errors: [{ line: 4, column: 111, text: 'the the', message: '"the" is typed twice' }],
        output: visit.replace('honouring the the promise', 'honouring the promise'),
      },
    ],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('doubled-word on the seed dumps'), () => {
  ruleTester(rule, {
    valid: [{ text: corpusText('seeds/vna-hai-phong-mexico.txt'), name: 'seed vna-hai-phong-mexico.txt' }],
    invalid: [
      {
        name: 'seed vna-vietnam-russia.txt line 12: honouring the the Vietnamese',
        text: corpusText('seeds/vna-vietnam-russia.txt'),
        errors: [{ line: 12, column: 90, text: 'the the', message: '"the" is typed twice' }],
        output: (text) => text.replace('honouring the the Vietnamese', 'honouring the Vietnamese'),
      },
    ],
  });
});

// Doubled prepositions after a verb that opens its sentence after a plain subject are never right:
// nothing before the verb can leave the first one stranded (issue 10, row 15).
ruleTester(rule, {
  valid: [
    { name: 'legitimate repeats stay unreported', text: 'They had had enough. I know that that is true. Boutros Boutros-Ghali spoke.' },
  ],
  invalid: [
    {
      name: 'a preposition after a verb that opens its sentence: fixed',
      text: 'The talks ended with with no deal. She went to to the store. It ended with with a whimper.',
      errors: [{ text: 'with with' }, { text: 'to to' }, { text: 'with with' }],
      output: 'The talks ended with no deal. She went to the store. It ended with a whimper.',
    },
    {
      name: 'of, and other words never right twice: fixed',
      text: 'He spoke of of the plan and and left.',
      errors: [{ text: 'of of' }, { text: 'and and' }],
      output: 'He spoke of the plan and left.',
    },
    {
      name: 'a stranded preposition is possible after a relative clause, a be-form, an infinitive or a comma: suggestion only',
      text:
        'The firm he joined for for 20 years grew. He was taken in in May. Nothing to argue about, he talked with with care. ' +
        'The attack was on on March 8. It rose 0.2 pct, compared to to a 0.4 pct rise.',
      errors: [{ text: 'for for' }, { text: 'in in' }, { text: 'with with' }, { text: 'on on' }, { text: 'to to' }],
    },
  ],
});
