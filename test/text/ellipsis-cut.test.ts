import { describe, expect, it } from 'vitest';
import { isLinkArrowCut } from '../../src/text/ellipsis-cut.js';

describe('isLinkArrowCut', () => {
  // A paragraph without an arrow in its last 80 characters skips the pattern; these pass that test, and
  // the pattern decides.
  it.each([
    ["Tazz: Just started using it, for too long I've been gett »", true],
    ['Read the rest of the story abou ›', true],
    ['The minister said that the plan was the →', true],
    ['I wonder »', false],
    ['Try Yahoo News on Firefox »', false],
    ['Prices » rose sharply over the year', false],
  ])('%s', (text, cut) => {
    expect(isLinkArrowCut(text)).toBe(cut);
  });

  it('looks only at the last 80 characters, as before the cheap test', () => {
    expect(isLinkArrowCut(`for too long I've been gett »${' and then some more words'.repeat(4)}`)).toBe(false);
    expect(isLinkArrowCut(`${'Some words of a long teaser. '.repeat(4)}for too long I've been gett »`)).toBe(true);
  });
});
