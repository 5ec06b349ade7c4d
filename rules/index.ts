// The catalog: every rule copydesk has, in the order `copydesk rules` lists them.
import type { Rule } from '../src/types.js';
import encoding from './encoding.js';
import mojibake from './mojibake.js';
import strayUnicode from './stray-unicode.js';
import duplicateLead from './duplicate-lead.js';
import duplicateParagraph from './duplicate-paragraph.js';
import typo from './typo.js';
import doubledWord from './doubled-word.js';
import truncatedFragment from './truncated-fragment.js';
import endMarker from './end-marker.js';
import nameVariant from './name-variant.js';
import language from './language.js';
import duplicateDocument from './duplicate-document.js';
import crossDocumentParagraph from './cross-document-paragraph.js';
import boilerplate from './boilerplate.js';
import residue from './residue.js';

export const rules: readonly Rule[] = [
  encoding,
  mojibake,
  strayUnicode,
  duplicateLead,
  duplicateParagraph,
  typo,
  doubledWord,
  truncatedFragment,
  residue,
  endMarker,
  nameVariant,
  language,
  duplicateDocument,
  crossDocumentParagraph,
  boilerplate,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
