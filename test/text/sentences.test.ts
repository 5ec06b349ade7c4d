// The document's sentences (doc.sentences) and the one set of sentence ends they share with the
// rules (src/text/sentence-end.ts).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { endsMidSentence, endsSentence, gapEndsClause, gapEndsSentence } from '../../src/text/sentence-end.js';

function sentencesOf(text: string): string[] {
  const { sentences } = createDocument({ text, path: 's.txt' });
  return Array.from({ length: sentences.count }, (_, k) => text.slice(sentences.starts[k], sentences.ends[k]));
}

describe('doc.sentences', () => {
  it('ends a sentence at a terminal mark and the closing quotes after it, before white space', () => {
    expect(sentencesOf('The talks ended. “We agreed,” he said. Was it late? Yes!')).toEqual([
      'The talks ended.',
      '“We agreed,” he said.',
      'Was it late?',
      'Yes!',
    ]);
  });

  it('ends no sentence at the full stop of a figure or inside an initialism', () => {
    expect(sentencesOf('Prices rose 0.2 pct in the U.S.A. this year')).toEqual(['Prices rose 0.2 pct in the U.S.A.', 'this year']);
  });

  it('ends a sentence at a paragraph’s end, with or without a mark', () => {
    expect(sentencesOf('A headline\n\nA body. Another one\n\n***')).toEqual(['A headline', 'A body.', 'Another one']);
  });

  it('knows the terminal marks of other scripts', () => {
    expect(sentencesOf('东京很大。 人很多。')).toEqual(['东京很大。', '人很多。']);
    expect(sentencesOf('هل هذا صحيح؟ نعم')).toEqual(['هل هذا صحيح؟', 'نعم']);
    expect(sentencesOf('यह सच है। हाँ')).toEqual(['यह सच है।', 'हाँ']);
  });

  it('gives each sentence its run of words', () => {
    const { sentences, words } = createDocument({ text: 'One two. Three.\n\nFour', path: 's.txt' });
    expect(Array.from(sentences.firstWords)).toEqual([0, 2, 3, 4]);
    expect(words.count).toBe(4);
  });
});

describe('sentence ends between two words', () => {
  it('needs white space after the mark, or the paragraph’s end', () => {
    expect(gapEndsSentence('a. b', 1, 3)).toBe(true);
    expect(gapEndsSentence('a.b', 1, 2)).toBe(false);
    expect(gapEndsSentence('a.', 1, 2)).toBe(false);
    expect(gapEndsSentence('a.', 1, 2, true)).toBe(true);
    expect(gapEndsSentence('a.” b', 1, 4)).toBe(true);
  });

  it('takes a colon or semicolon, in ASCII or full width, as the end of a clause but not of a sentence', () => {
    expect(gapEndsClause('is: is', 2, 4)).toBe(true);
    expect(gapEndsClause('是；是', 1, 2)).toBe(true);
    expect(gapEndsSentence('is: is', 2, 4)).toBe(false);
    expect(gapEndsClause('is, is', 2, 4)).toBe(false);
  });
});

describe('endsMidSentence', () => {
  it('a comma, a dash, or a word no sentence ends on: the line was cut mid-clause', () => {
    expect(endsMidSentence('The passenger was removed from the flight for')).toBe(true);
    expect(endsMidSentence('There is the string referrer, which is set by the agent to be')).toBe(true);
    expect(endsMidSentence('a comprehensive pillar page covering a unique topic,')).toBe(true);
    expect(endsMidSentence('The council voted on the plan —')).toBe(true);
  });

  it('a noun, a verb, or "it" and "you" as objects can end one', () => {
    expect(endsMidSentence('bigiri has a patch to move SharedDataMap.jsm off of OSFile')).toBe(false);
    expect(endsMidSentence('But all the rest of it')).toBe(false);
    expect(endsMidSentence('We could not have done it without you')).toBe(false);
  });
});

describe('endsSentence', () => {
  it('the marks a page glues after the last sentence do not hide its end, for every rule that asks', () => {
    expect(endsSentence('The bridge was opened to traffic in 1854.[48][49]')).toBe(true);
    expect(endsSentence('…that would destroy the planet."[69][70][70]')).toBe(true);
    expect(endsSentence('The best way to hire anybody is to get a personal recommendation.Report')).toBe(true);
    expect(endsSentence('It is one of those weird things I never think about. **')).toBe(true);
    // Where no sentence ends before them, the brackets are the line: a related link.
    expect(endsSentence('[Read: Why Tunisia’s revolution is still unfinished]')).toBe(false);
    expect(endsSentence('The bridge was opened to traffic in[48]')).toBe(false);
  });
});
