import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-lead.js';
import { findLeadPrefix } from '../../src/text/dateline.js';
import { corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';
import { readDump } from '../helpers/dumps.js';
import { ruleTester, runRule } from '../rule-tester.js';

// Our own sentences, shaped like the seed: a lead, a photo caption, the lead again behind a dateline.
const LEAD =
  'The central city of Hue opened a public library for students and older readers on Monday, the municipal People’s Committee said.';
const CAPTION = 'Readers at the new library in Hue on Monday. (Photo: VNA)';
const MORE = 'The library holds 120,000 books and has a reading room for children, its director told reporters.';
const LONG_LEAD =
  'Deputy Prime Minister Tran Hong Ha on Monday received a delegation of provincial leaders from the Mekong Delta, who briefed him on saltwater intrusion, falling river levels and the state of rice fields, and asked for funds to build sluice gates and reservoirs before the dry season peaks in March.';

ruleTester(rule, {
  valid: [
    { name: 'a dateline lead, no standalone copy', text: `Hue (VNA) – ${LEAD}\n${MORE}` },
    {
      name: 'a reworded lead is a different paragraph',
      text: `${LEAD}\n${CAPTION}\nHue (VNA) – A library for students and older readers has opened its doors in the central city of Hue this week.`,
    },
    {
      name: 'a headline that is the lead’s opening words, without a full stop',
      text: `Hue opens a public library for students\n${CAPTION}\nHue (VNA) – Hue opens a public library for students and older readers.`,
    },
    {
      name: 'the same body behind two datelines is duplicate-paragraph’s',
      text: `Hue (VNA) – ${LEAD}\n${MORE}\nHue (VNA) – ${LEAD}`,
    },
    { name: 'a repeated caption credit is too short to matter', text: `(Photo: VNA)\nHue (VNA) – ${LEAD}\n(Photo: VNA)` },
    {
      name: 'a name with its abbreviation, not followed by a dash, is no dateline',
      text: `${LEAD}\nVietnam Airlines (VNA) said: ${LEAD}`,
    },
  ],
  invalid: [
    {
      name: 'one paragraph per line, en dash',
      text: `${LEAD}\n${CAPTION}\nHue (VNA) – ${LEAD}\n${MORE}`,
      errors: [{ line: 1, column: 1, text: LEAD, message: /^Lead paragraph repeated: line 3 .*“Hue \(VNA\) –”/ }],
      output: `${CAPTION}\nHue (VNA) – ${LEAD}\n${MORE}`,
    },
    {
      name: 'Reuters style: capitals and a hyphen',
      text: `${LEAD}\nHANOI (Reuters) - ${LEAD}`,
      errors: [{ line: 1, message: '“HANOI (Reuters) -”' }],
      output: `HANOI (Reuters) - ${LEAD}`,
    },
    {
      name: 'AP style: a date and an em dash',
      text: `${LEAD}\n${CAPTION}\nWASHINGTON, March 3 (AP) — ${LEAD}`,
      errors: [{ line: 1, message: '“WASHINGTON, March 3 (AP) —”' }],
      output: `${CAPTION}\nWASHINGTON, March 3 (AP) — ${LEAD}`,
    },
    {
      name: 'a four-word city',
      text: `${LEAD}\nHo Chi Minh City (VNA) – ${LEAD}`,
      errors: [{ line: 1, message: '“Ho Chi Minh City (VNA) –”' }],
      output: `Ho Chi Minh City (VNA) – ${LEAD}`,
    },
    {
      name: 'scraped: the caption runs straight into the dateline in one paragraph',
      text: `${LEAD}\nAt the opening ceremony (Photo: VNA)Hue (VNA) - ${LEAD}\n${MORE}`,
      errors: [{ line: 1, message: 'line 2 has the same text behind the dateline “Hue (VNA) -”' }],
      output: `At the opening ceremony (Photo: VNA)Hue (VNA) - ${LEAD}\n${MORE}`,
    },
    {
      name: 'blank-line separated, CRLF: no blank line is left behind',
      text: `${LEAD}\r\n\r\n${CAPTION}\r\n\r\nHue (VNA) – ${LEAD}\r\n\r\n${MORE}\r\n`,
      errors: [{ line: 1, column: 1, endLine: 1, text: LEAD }],
      output: `${CAPTION}\r\n\r\nHue (VNA) – ${LEAD}\r\n\r\n${MORE}\r\n`,
    },
    {
      name: 'blank-line separated and wrapped differently: the words decide, not the line breaks',
      text: `${LEAD.replace('students and', 'students\nand')}\n\nHue (VNA) – ${LEAD}\n\n${MORE}`,
      errors: [{ line: 1, endLine: 2 }],
      output: `Hue (VNA) – ${LEAD}\n\n${MORE}`,
    },
    {
      name: 'the standalone copy last: it goes with the line break before it',
      text: `Hue (VNA) – ${LEAD}\r\n${MORE}\r\n${LEAD}`,
      errors: [{ line: 3, column: 1, text: LEAD, message: 'line 1' }],
      output: `Hue (VNA) – ${LEAD}\r\n${MORE}`,
    },
    {
      name: 'case, curly or straight apostrophes, a zero-width space and the ./. sign do not matter',
      text: `${LEAD.toUpperCase().replace('’', "'").replace('LIBRARY', 'LIB\u200bRARY')}\nHue (VNA) – ${LEAD.replace(/\.$/, './.')}`,
      errors: [{ line: 1 }],
      output: `Hue (VNA) – ${LEAD.replace(/\.$/, './.')}`,
    },
    {
      name: 'after astral characters: offsets in UTF-16 code units',
      text: `𝓀 Lead story 𝓀\n${LEAD} 𝓀\n${CAPTION}\nHue (VNA) – ${LEAD} 𝓀`,
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: LEAD.length + 4, text: `${LEAD} 𝓀` }],
      output: `𝓀 Lead story 𝓀\n${CAPTION}\nHue (VNA) – ${LEAD} 𝓀`,
    },
    {
      name: 'two standalone copies: both go',
      text: `${LEAD}\n${CAPTION}\nHue (VNA) – ${LEAD}\n${MORE}\n${LEAD}`,
      errors: [{ line: 1 }, { line: 5 }],
      output: `${CAPTION}\nHue (VNA) – ${LEAD}\n${MORE}`,
    },
    {
      name: 'a byte-order mark stays when the first paragraph goes',
      text: `\ufeff${LEAD}\n${CAPTION}\nHue (VNA) – ${LEAD}`,
      errors: [{ line: 1 }],
      output: `\ufeff${CAPTION}\nHue (VNA) – ${LEAD}`,
    },
    {
      name: 'two standalone copies in a row, blank-line separated: one pass removes both',
      text: `${LEAD}\n\n${LEAD}\n\nHue (VNA) – ${LEAD}\n\n${MORE}\n`,
      errors: [{ line: 1 }, { line: 3 }],
      output: `Hue (VNA) – ${LEAD}\n\n${MORE}\n`,
    },
    {
      name: 'the standalone copy is the lead’s first sentence, word for word',
      text: `${LEAD}\n${CAPTION}\nHue (VNA) – ${LEAD} ${MORE}`,
      errors: [{ line: 1, message: /^Lead sentence repeated: line 3 opens with the same text/ }],
      output: `${CAPTION}\nHue (VNA) – ${LEAD} ${MORE}`,
    },
    {
      name: 'a near copy (one word differs) is reported; deleting it is only a suggestion',
      text: `${LONG_LEAD}\n${CAPTION}\nCan Tho (VNA) – ${LONG_LEAD.replace('Monday', 'Tuesday')}`,
      errors: [
        {
          line: 1,
          message: /^Lead paragraph nearly repeated on line 3, behind the dateline “Can Tho \(VNA\) –” \(\d\d% of word sequences shared\)/,
          suggestions: [''],
        },
      ],
    },
  ],
});

describe('near copies', () => {
  it('offers no deletion when the standalone copy says more than the dateline copy', () => {
    const text = `${LONG_LEAD} ${MORE}\n${CAPTION}\nCan Tho (VNA) – ${LONG_LEAD}`;
    const findings = runRule(rule, { text });
    expect(findings.map((f) => [f.line, f.message, f.fix, f.suggestions])).toEqual([
      [
        1,
        'Lead paragraph nearly repeated on line 3, behind the dateline “Can Tho (VNA) –” (100% of word sequences shared).',
        undefined,
        undefined,
      ],
    ]);
  });
});

describe('findLeadPrefix', () => {
  const prefixOf = (text: string) => {
    const prefix = findLeadPrefix(text, 0, text.length);
    return (
      prefix && {
        caption: text.slice(0, prefix.datelineStart),
        dateline: text.slice(prefix.datelineStart, prefix.datelineEnd),
        body: text.slice(prefix.bodyStart),
      }
    );
  };

  it.each([
    ['Hai Phong (VNA) – Text.', 'Hai Phong (VNA) –'],
    ['HANOI (Reuters) - Text.', 'HANOI (Reuters) -'],
    ['WASHINGTON, March 3 (AP) — Text.', 'WASHINGTON, March 3 (AP) —'],
    ['Ho Chi Minh City (VNA) – Text.', 'Ho Chi Minh City (VNA) –'],
    ['Đà Nẵng (VNA) – Text.', 'Đà Nẵng (VNA) –'],
    ['Rio de Janeiro, Jan. 13, 2024 (AFP) - Text.', 'Rio de Janeiro, Jan. 13, 2024 (AFP) -'],
    ['Ba Ria-Vung Tau (VNA/VNS): Text.', 'Ba Ria-Vung Tau (VNA/VNS):'],
    ['Hanoi\u00a0(Vietnam+)\u00a0–\u00a0Text.', 'Hanoi\u00a0(Vietnam+)\u00a0–'],
  ])('%s', (text, dateline) => {
    expect(prefixOf(text)).toEqual({ caption: '', dateline, body: 'Text.' });
  });

  it('finds the dateline behind a glued caption', () => {
    expect(prefixOf('At the opening ceremony (Photo: VNA)Hai Phong (VNA) - An exhibition opened.')).toEqual({
      caption: 'At the opening ceremony (Photo: VNA)',
      dateline: 'Hai Phong (VNA) -',
      body: 'An exhibition opened.',
    });
    expect(prefixOf('Delegates pose for a photo (Illustrative photo: VNA/Vietnam+) Hanoi (VNA) – Text.')?.dateline).toBe('Hanoi (VNA) –');
  });

  it.each([
    'Hanoi – the capital is growing.',
    'UPDATE 1 - Stocks fall.',
    'The Prime Minister (PM) said so.',
    'the city (VNA) – lower case is no place.',
    'Hai Phong (VNA) –',
    'A photo (Photo: VNA) of the city, taken on Monday.',
  ])('no dateline: %s', (text) => {
    expect(findLeadPrefix(text, 0, text.length)).toBeNull();
  });

  it('reads a paragraph within its bounds: a dateline whose agency closes past the end is none', () => {
    const text = 'First paragraph.\nHai Phong (VNA) – Text.';
    const start = text.indexOf('Hai');
    expect(findLeadPrefix(text, start, text.length)?.bodyStart).toBe(text.indexOf('Text.'));
    expect(findLeadPrefix(text, start, text.indexOf(')'))).toBeNull();
  });

  it('a "place" of more than 300 characters before the agency is no dateline', () => {
    const place = `Hai ${'Phong'.repeat(70)}`;
    expect(findLeadPrefix(`${place} (VNA) – Text.`, 0, place.length + 14)).toBeNull();
    expect(findLeadPrefix(`${place.slice(0, 200)} (VNA) – Text.`, 0, 214)?.bodyStart).toBe(209);
  });
});

describe('duplicate-lead on our test dumps', () => {
  const fair = readDump('harvest-fair.txt');
  ruleTester(rule, {
    valid: [{ name: 'test dump delegation-visit.txt: a dateline lead, never repeated', text: readDump('delegation-visit.txt') }],
    invalid: [
      {
        name: 'test dump harvest-fair.txt: lines 1 and 3, the caption on line 2',
        text: fair,
        errors: [{ line: 1, column: 1, endLine: 1, message: 'line 3 has the same text behind the dateline “Sa Vinh (VNA) –”' }],
        output: fair.slice(fair.indexOf('\n') + 1),
      },
    ],
  });
});

describe.skipIf(!hasCorpus)(corpusSuite('duplicate-lead on the seed dumps'), () => {
  ruleTester(rule, {
    valid: [{ name: 'seed vna-vietnam-russia.txt: a dateline lead, never repeated', text: corpusText('seeds/vna-vietnam-russia.txt') }],
    invalid: [
      {
        name: 'seed vna-hai-phong-mexico.txt: lines 1 and 3, the caption on line 2',
        text: corpusText('seeds/vna-hai-phong-mexico.txt'),
        errors: [{ line: 1, column: 1, endLine: 1, message: 'line 3 has the same text behind the dateline “Hai Phong (VNA) –”' }],
        output: (text) => text.slice(text.indexOf('\n') + 1),
      },
    ],
  });
});

describe('related: the other copy, for side-by-side reports', () => {
  it('names the dateline copy’s place and text', () => {
    const dated = `Hue (VNA) – ${LEAD}`;
    const findings = runRule(rule, { text: `${LEAD}\n${CAPTION}\n${dated}\n${MORE}` });
    expect(findings.map((f) => [f.line, f.related])).toEqual([
      [1, [{ line: 3, column: 1, endLine: 3, endColumn: dated.length + 1, text: dated }]],
    ]);
  });
});
