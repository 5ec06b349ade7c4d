// typo's evidence from the page (src/spelling/slip-evidence.ts): a list of names, text that is not
// prose, a term the document uses in several inflections, and a coinage the list would "correct".
// Fixtures modelled on the web pages of issue 12 (a kudos list of user names, a software post, a tag
// cloud), written here.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/typo.js';
import { familyOf, functionWordsAround, listItemsAround, MIN_LIST_ITEMS } from '../../src/spelling/slip-evidence.js';
import { findDocumentWords } from '../../src/text/document-words.js';
import { ruleTester } from '../rule-tester.js';

const KUDOS =
  'These users left kudos on this work: EchoBass, se34, Felkros, 15mitchelln, StarBreaker, Maerit, ' +
  'Spark_of_Resistance, pinestripes, condulences, kilogramps, Bannana, sleepingugly, and 40 more users.';

ruleTester(rule, {
  valid: [
    // Every word of a comma-separated run of single tokens is a name or a handle: no "pinestripes" →
    // "pinstripes", and no fix of the user "condulences" (the list's "condolences").
    KUDOS,
    // A term the post uses in several inflections is the writer's word, whatever it is one slip from.
    'Pick the distro you like. Once the distro is installed, the distros share nothing.',
    // A prefix and a word is a coinage more often than a slip: "reclone" is not "recline" (the new-word
    // cost of the model, less for a composed word).
    'You reclone the repository.',
    // The report threshold: "wasmtime" is no likely slip of "wartime" (the model's score per letter is
    // too high), where "silmutaneously" below is a likely slip of "simultaneously".
    'You can run the file in wasmtime and it prints the greeting.',
    // A capitalised word used in two contexts is a name, even one the misspellings list would "correct"
    // (Reuters: Beryl Sprinkel, "sprinkle").
    'Sprinkel said the plan was sound. Later Sprinkel added that it would work.',
    // A tag cloud or a menu has no function word: not prose to judge.
    'development diversity emacs encryption enforcement exceptions faif fdl fosdem fsf gcc git gnome gnu',
  ],
  invalid: [
    {
      name: 'a real slip beside a kudos list and a term is still found, and a listed one still fixed',
      text: `${KUDOS}\nYou reclone the repository and the reclones are ready. We recieve a silmutaneously made copy.`,
      output: `${KUDOS}\nYou reclone the repository and the reclones are ready. We receive a silmutaneously made copy.`,
      errors: [
        { line: 2, text: 'recieve', message: 'misspelling of "receive"' },
        { line: 2, text: 'silmutaneously', suggestions: ['simultaneously'] },
      ],
    },
    {
      name: 'the same term used once is judged (what the document cache above excused)',
      text: 'So we throw away everything except public and install the distros again.',
      errors: [{ text: 'distros' }],
    },
    {
      name: 'a slip written twice beside the right spelling written more often is still a slip',
      text: 'The briefing began. The briefing ended. After the briefing, a brieffing note and a second brieffing memo.',
      errors: [
        { text: 'brieffing', suggestions: ['briefing'] },
        { text: 'brieffing', suggestions: ['briefing'] },
      ],
    },
    {
      name: 'a coinage of a known word and a suffix is suggested, never fixed ("brokeness", being broke)',
      text: 'It was a kind of cheerful brokeness that we all shared.',
      output: null,
      errors: [{ text: 'brokeness', suggestions: ['brokenness'] }],
    },
    {
      name: 'a list of two or three words is still prose: its slip is found',
      text: 'We bought apples, banannas and pears at the market.',
      errors: [{ text: 'banannas' }],
    },
  ],
});

describe('slip evidence', () => {
  const at = (text: string, word: string) => {
    const words = findDocumentWords(text);
    const index = [...Array(words.count).keys()].find((k) => words.textOf(k) === word)!;
    return { words, index };
  };

  it('counts the single-token items of a comma-separated run, handles joined by _ or . included', () => {
    const { words, index } = at(KUDOS, 'condulences');
    expect(listItemsAround(KUDOS, words, index, 100)).toBe(11);
    expect(listItemsAround(KUDOS, words, index)).toBe(MIN_LIST_ITEMS);
  });

  it('counts only whole items beyond the word own: a phrase after a comma ends the run', () => {
    const text = 'by the attitude of the sponsr, so, finally, it is the sponsor who pays';
    const { words, index } = at(text, 'sponsr');
    expect(listItemsAround(text, words, index)).toBe(3);
  });

  it('finds the function words of prose and none in a tag cloud', () => {
    const prose = 'Now Richards is known as a deep thinekr as baseball managers go.';
    const tags = 'emacs encryption enforcement faif fdl fosdem fsf gcc git gnome';
    const inProse = at(prose, 'thinekr');
    const inTags = at(tags, 'faif');
    expect(functionWordsAround(prose, inProse.words, inProse.index)).toBeGreaterThanOrEqual(3);
    expect(functionWordsAround(tags, inTags.words, inTags.index)).toBe(0);
  });

  it('gives the inflections of one stem one family', () => {
    expect(new Set(['rebase', 'rebased', 'rebases', 'rebasing'].map(familyOf)).size).toBe(1);
    expect(new Set(['reclone', 'recloned', 'reclones', 'recloning'].map(familyOf)).size).toBe(1);
    expect(familyOf('gstreamer')).not.toBe(familyOf('streamer'));
  });
});
