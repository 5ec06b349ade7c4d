// The injectors, one per rule: each has `rule` (the id it tests; null for legit-text, the control
// that no rule may flag), `variants`, and `inject(article, variant, random, context)`, which returns an
// edit (see edit.mjs) or null when the article has no place for that defect. To test a new rule, add a
// file here and list it below.
import doubledWord from './doubled-word.mjs';
import duplicateLead from './duplicate-lead.mjs';
import duplicateParagraph from './duplicate-paragraph.mjs';
import endMarker from './end-marker.mjs';
import legitText from './legit-text.mjs';
import strayUnicode from './stray-unicode.mjs';
import truncatedFragment from './truncated-fragment.mjs';
import typo from './typo.mjs';

export const injectors = {
  'stray-unicode': strayUnicode,
  'duplicate-lead': duplicateLead,
  'duplicate-paragraph': duplicateParagraph,
  typo,
  'doubled-word': doubledWord,
  'truncated-fragment': truncatedFragment,
  'end-marker': endMarker,
  'legit-text': legitText,
};
