// The document layer's paragraph kinds (src/text/paragraph-kinds.ts), on small pages of our own that
// imitate what web pages mix with prose.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { classifyParagraphs, withoutTrailingCitations } from '../../src/text/paragraph-kinds.js';

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

  it('Document.paragraphKind answers from one classification', () => {
    const doc = createDocument({ text: `Ingredients\n2 cups of flour\n1 teaspoon of salt\n${BODY}`, path: 'recipe.txt' });
    expect([0, 1, 2, 3].map((i) => doc.paragraphKind(i))).toEqual(['heading', 'list-item', 'list-item', 'body']);
    expect(doc.paragraphKind(3)).toBe('body');
  });
});
