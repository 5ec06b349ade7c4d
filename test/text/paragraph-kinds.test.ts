// The document layer's paragraph kinds (src/text/paragraph-kinds.ts), on small pages of our own that
// imitate what web pages mix with prose.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { classifyParagraphs, paragraphKinds, shapeOf, withoutTrailingCitations } from '../../src/text/paragraph-kinds.js';

const kinds = (text: string) => classifyParagraphs(text.split('\n'));
const BODY = 'The council approved the new budget on Tuesday after a debate that lasted well into the night.';
const BODY2 = 'Opposition members said the plan cut too deeply into spending on libraries and parks.';

describe('paragraph kinds', () => {
  it('running prose is body', () => {
    expect(kinds(`${BODY}\n${BODY2}`)).toEqual(['body', 'body']);
  });

  it('prose continued in lower case is not code', () => {
    expect(kinds(`${BODY}\nfor the first time (in 1990) the council cut the budget, and import duties rose.`)[1]).toBe('body');
  });

  it('a Wikipedia paragraph ending in citation marks is body, and ends its sentence', () => {
    const cited = 'The bridge was opened to traffic in 1854 and carried the main road until a new crossing was built.[48][49]';
    expect(kinds(`${BODY}\n${cited}\n${BODY2}`)).toEqual(['body', 'body', 'body']);
    expect(withoutTrailingCitations(cited)).toBe(cited.replace('[48][49]', ''));
    expect(withoutTrailingCitations('[Read: Why the bridge was closed]')).toBe('[Read: Why the bridge was closed]');
  });

  it("a site's links after a print note are not the paragraph's end", () => {
    const note =
      'A version of this article appears in print with the headline: A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe';
    expect(withoutTrailingCitations(note)).toBe(note.replace(' Order Reprints | Today’s Paper | Subscribe', ''));
    // A line of links alone, with no sentence before it, keeps them.
    expect(withoutTrailingCitations('Home | News | Sport | Weather')).toBe('Home | News | Sport | Weather');
  });

  it('subheadings: short, title case or capitals, without a full stop', () => {
    expect(kinds(`${BODY}\nWhat Happens Next for the Library Budget\n${BODY2}\nREACTIONS\n${BODY}`)).toEqual([
      'body',
      'heading',
      'body',
      'heading',
      'body',
    ]);
  });

  it('a line cut on "of" is not a heading', () => {
    expect(kinds(`${BODY}\nAccording to The Tribune News Service, State Atty. Gen. Stanley Mosk of\n${BODY2}`)[1]).toBe('body');
  });

  it('a recipe: unmarked ingredient lines beside each other are list items', () => {
    const recipe = [
      'Ingredients',
      '2 cups of flour',
      '1 teaspoon of salt',
      'A pinch of freshly ground black pepper',
      'Butter for the pan',
      'Mix the flour and the salt in a large bowl, then add the water slowly while stirring.',
    ];
    expect(kinds(recipe.join('\n'))).toEqual(['heading', 'list-item', 'list-item', 'list-item', 'list-item', 'body']);
  });

  it('bulleted and numbered items, and Wikipedia references, are list items', () => {
    expect(
      kinds('- bread and butter\n2. Preheat the oven\n^ a b Smith, John (2010). "A History of Bridges". Retrieved 2 May 2011.'),
    ).toEqual(['list-item', 'list-item', 'list-item']);
  });

  it('captions with a photo credit', () => {
    expect(
      kinds(
        [
          BODY,
          'Workers repair a water main in Queens on Tuesday.CreditJane Doe for The Daily Paper',
          'Main image: the harbour at dawn. Photograph: John Smith for the Courier',
          'A student works on a neon sign at the museum workshop in 2016. (John Smith / AP)',
          BODY2,
        ].join('\n'),
      ),
    ).toEqual(['body', 'caption', 'caption', 'caption', 'body']);
  });

  it('an embedded tweet: its picture link or its signature', () => {
    expect(
      kinds(
        [
          BODY,
          'What a night for the city! The new bridge is lit for the first time pic.twitter.com/AbCdEf123',
          '— Jane Reporter (@janereports) March 5, 2015',
          '#bridge #lights #city #night @janereports pic.twitter.com/XyZ987',
          BODY2,
        ].join('\n'),
      ),
    ).toEqual(['body', 'social', 'social', 'social', 'body']);
  });

  // The social and date-stamp patterns are tried only where the string they need is present (an "@"
  // opening the part read, "(@", "pic.twitter.com/", "Published:"): each of these passes its pre-check.
  it('a tweet opening with its handle, even as the tail of a long paragraph, is social', () => {
    const long = 'The council met again. '.repeat(20);
    // Exactly the 256 characters the pattern reads of a long paragraph's end.
    const tail = `@janereports: the new bridge is lit${' and the city came out'.repeat(20)}`.slice(0, 256);
    expect(kinds([BODY, '@janereports: the new bridge is lit for the first time', BODY2].join('\n'))).toEqual(['body', 'social', 'body']);
    expect(kinds([BODY, `${long}${tail}`, BODY2].join('\n'))[1]).toBe('social');
    expect(kinds([BODY, `${long}${tail}.`, BODY2].join('\n'))[1]).toBe('body');
  });

  it("a teaser carrying another story's date stamp is boilerplate", () => {
    const teaser =
      'Harbour towns pay more for freight than they did, and the council wants to know why. Published: 3 Jan 2019 in Business.';
    expect(kinds([BODY, teaser, BODY2].join('\n'))).toEqual(['body', 'boilerplate', 'body']);
  });

  it('code: a shell prompt, code punctuation, a terminal table', () => {
    expect(
      kinds(
        [
          '$ hg push ../public',
          'const total = items.reduce((sum, item) => sum + item.price, 0);',
          '2020-08-01 07:18:00+00 │ 15 │ 7.575 │ t',
          BODY,
        ].join('\n'),
      ),
    ).toEqual(['code', 'code', 'code', 'body']);
  });

  it('boilerplate: newsletters, comments, copyright, Read more, related links, navigation bars', () => {
    expect(
      kinds(
        [
          'Sign up for our newsletter',
          '941 comments',
          '© 2019 Example Media Ltd. All rights reserved. Example is the registered trade mark of Example Media, whatever the length of this notice.',
          'Read more',
          'Related: Harbour towns are paying more for freight than they used to',
          'Privacy | Terms | Ad policy | Careers',
        ].join('\n'),
      ),
    ).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('bylines and quotation blocks', () => {
    expect(
      kinds(
        `By Jane Smith and Tom Brown\nPublished: 19 Oct 2018 by Jane Smith\n> The bridge will reopen in spring, the council said in a statement.\n${BODY}`,
      ),
    ).toEqual(['byline', 'byline', 'quote', 'body']);
  });

  it('a paragraph that lost its full stop between sentences stays body; one continued in lower case too', () => {
    expect(
      kinds(`${BODY}\nThe mayor said the vote was a victory for the people of the city, and that\nthe work would begin next week.`)[1],
    ).toBe('body');
    expect(kinds(`${BODY}\nThe mayor said the vote was a victory for the people of the whole city and its suburbs\n${BODY2}`)[1]).toBe(
      'body',
    );
  });

  it('a headline among page furniture, away from the prose, is a heading', () => {
    expect(
      kinds(`941 comments\nWhales stranded on the coast are a sign of a changing ocean, scientists warn\nSign up for our newsletter`)[1],
    ).toBe('heading');
  });

  it('a status list whose items open on a lower-case user name is a list, not a run of broken wraps', () => {
    expect(
      kinds(
        [
          BODY,
          'Performance',
          'bigiri has a patch to move the shared data map off of the old file library',
          'florian’s team has landed some great documentation for the new marker API',
          'florian has some new visualization variations up for the hang dashboard',
          'mconley fixed a shutdown hang caused by the startup cache',
          BODY2,
        ].join('\n'),
      ),
    ).toEqual(['body', 'heading', 'list-item', 'list-item', 'list-item', 'list-item', 'body']);
  });

  it('in such a run, a line stopping on a word no sentence ends on is a broken wrap, not an item', () => {
    expect(
      kinds(
        [
          BODY,
          'bigiri has a patch to move the shared data map off of the old file library',
          'florian’s team has landed some great documentation for the new marker API and the',
          'florian has some new visualization variations up for the hang dashboard',
          BODY2,
        ].join('\n'),
      ).slice(1, 4),
    ).toEqual(['list-item', 'body', 'list-item']);
  });

  it('a hard-wrapped paragraph is no list: its lines end sentences inside them, or introduce what follows', () => {
    expect(
      kinds(
        [
          BODY,
          'Requests have two read-only attributes that are relevant to service workers',
          'intercepting them. There is the string referrer, which is set by the agent to be',
          'the referrer of the request. This may be an empty string. The other is',
          'context, which is a large enumeration of what sort of resource is being fetched.',
          'The same can be achieved by passing an array of arrays or an object literal',
          'to the constructor:',
          'The contents can be queried and retrieved:',
          'Some of these operations are only useful in service workers, but they provide',
          'a much nicer interface to headers.',
        ].join('\n'),
      ).filter((_, i) => [1, 2, 3, 5, 8].includes(i)),
    ).toEqual(['body', 'body', 'body', 'body', 'body']);
  });

  it('captions credited after a slash, a bar or a dash, and a figure note in square brackets', () => {
    expect(
      kinds(
        [
          BODY,
          'Whole Foods touted a price cut on halibut as part of an announcement about lower prices. (Ellen M. Banner / The Seattle Times)',
          'The prime minister visits the Western Wall in Jerusalem following his party’s victory. (Thomas Coex/AFP/Getty Images)',
          'Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti',
          'Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation',
          '[figure 9: Bob’s repository with two heads for the two divergent changesets, both successors of an obsolete one]',
          BODY2,
        ].join('\n'),
      ),
    ).toEqual(['body', 'caption', 'caption', 'caption', 'caption', 'caption', 'body']);
    // A slash between lower-case words in brackets is no credit.
    expect(kinds(`${BODY}\nThe form asks whether the applicant has lived in the city for a year (yes/no)\n${BODY2}`)[1]).toBe('body');
  });

  it("a footnote's asterisks or an action in asterisks after the last sentence do not hide its full stop", () => {
    expect(shapeOf('But it can only play a small number of video formats, so it is mostly useless. *plonk*').endsSentence).toBe(true);
    expect(shapeOf('It is one of those weird things I never think about until I have to for the story. **').endsSentence).toBe(true);
    expect(shapeOf('The recipe calls for two cups of flour and a *').endsSentence).toBe(false);
  });

  it('a "More from …" link to other stories is boilerplate', () => {
    expect(kinds(`${BODY}\nMore from this stream Developer conference news: new headset, new laptop, and more\n${BODY2}`)[1]).toBe(
      'boilerplate',
    );
  });

  it('a list on one line: a label, then short capitalised titles split by commas', () => {
    expect(
      kinds(
        `${BODY}\nHonorable mentions: Marjorie Prime, Phantom Thread, Casting JonBenet, The Post, The Shape of Water, Logan Lucky\n${BODY2}`,
      )[1],
    ).toBe('list-item');
    // A sentence naming a few people is prose.
    expect(kinds(`${BODY}\nThe council heard from John Smith, Mary Jones and two other residents of the street\n${BODY2}`)[1]).toBe('body');
  });

  it('a lower-case line under a colon, ending as an enumeration item does, is an item of that list', () => {
    const page = [
      'Instead, your content marketing plan should be about having:',
      'a comprehensive pillar page covering a unique topic, and',
      'narrow-focused children articles to dig deeper.',
      'The unitary matrices with that property can be described as follows:',
      'together with the set of matrices of the form',
      'and the matrices',
    ];
    expect(kinds(page.join('\n')).slice(1, 2)).toEqual(['list-item']);
    // Ending otherwise, it is prose that lost what the colon introduced (a formula).
    expect(kinds(page.join('\n'))[4]).toBe('body');
  });

  it('Document.paragraphKind answers from one classification', () => {
    const doc = createDocument({ text: `Ingredients\n2 cups of flour\n1 teaspoon of salt\n${BODY}`, path: 'recipe.txt' });
    expect([0, 1, 2, 3].map((i) => doc.paragraphKind(i))).toEqual(['heading', 'list-item', 'list-item', 'body']);
    expect(doc.paragraphKind(3)).toBe('body');
  });
});

describe('a byline label, after a cheap test of its first words', () => {
  // Each opens with one of the label's words in some case (the long s counts as an s, as the pattern's
  // case folding has it); the last passes that test and the pattern turns it down.
  it.each([
    ['Published: 19 Oct 2018', 'byline'],
    ['LAST UPDATED September 14, 2016', 'byline'],
    ['Poſted by John Smith', 'byline'],
    ['Reviewed by Dr Jane Doe', 'byline'],
    ['Published in a journal, the paper was cited widely.', 'body'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('paragraph kinds asked one at a time', () => {
  // Lines of the shapes the passes look at: prose, unpunctuated lines alike in length (lists), lines
  // opening in lower case (broken wraps), a colon introducing an enumeration, headline-length lines
  // among furniture (captions, bylines, boilerplate), a table row.
  const LINES = [
    BODY,
    BODY2,
    'What Happens Next for the Library Budget',
    'REACTIONS',
    'Fresh basil leaves',
    'Two ripe tomatoes',
    'a pinch of sea salt',
    'the council said it would look again at the plan for the parks and',
    'Your plan should be about having:',
    'a comprehensive pillar page covering a unique topic, and',
    'By Pam Belluck',
    '(Photo: VNA)',
    'Sign up for our newsletter',
    'Adjusted world price 53.57',
    'The mayor, who took office in January after a close race against the incumbent, said the',
    '- a world economic recovery',
    '“We will not cut the libraries,” the mayor said at the meeting on Tuesday night.',
  ];

  it('gives the kinds the passes give the whole document, whatever the order and whichever paragraphs are asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }),
        fc.func(fc.integer()),
        fc.integer({ min: 1, max: 14 }),
        (texts, rank, asked) => {
          const whole = classifyParagraphs(texts);
          const kindAt = paragraphKinds(texts.length, (i) => texts[i]);
          const order = texts.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
          for (const i of order.slice(0, asked)) expect(kindAt(i)).toBe(whole[i]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads only the paragraphs around the one asked about', () => {
    const texts = [BODY, BODY2, BODY, 'Fresh basil leaves', 'Two ripe tomatoes', BODY, BODY2, BODY, BODY2, BODY];
    const read = new Set<number>();
    const kindAt = paragraphKinds(texts.length, (i) => {
      read.add(i);
      return texts[i];
    });
    expect(kindAt(3)).toBe('list-item');
    expect(kindAt(4)).toBe('list-item');
    expect(Math.max(...read)).toBeLessThanOrEqual(6);
    expect(read.has(9)).toBe(false);
  });
});
