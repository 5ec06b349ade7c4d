// truncated-fragment: a body paragraph that stops without ending its sentence, as in the VNA dump's
// "…the State's support has steadily declined”, he noted" or Reuters paragraphs ending ", he said".
// A scraper that cut a paragraph short, or a line wrap broken into two paragraphs, leaves exactly this.
// Closing quotes and brackets after the full stop are fine (`declined.”`). Lines that never end with
// one are left alone: only paragraphs the document layer calls body text are judged (Document.paragraphKind,
// src/text/paragraph-kinds.ts: not headings, list items, captions, code, tweets, boilerplate…), and of
// those the headline, table and stock rows and the notes under a table, all-caps and title-case headings, short lines,
// lines under 12 words that read like a subheading, a line ending in `:` or `;` before more text (a
// list or a quotation follows), a line right above a table (it introduces it), lines ending in a
// URL or an emoji, and a sentence with the next box's name glued on ("…life. WebMD Answers"). A control character written in caret notation after the full stop (`year.^M`, a
// carriage return a wire system spelt out) does not hide the full stop, nor do Wikipedia's citation marks
// after it (`…in 1854.[48]`). An ellipsis ends a sentence, except where a teaser or a paywall cut the text
// (src/text/ellipsis-cut.ts): `trapped in vi...`, `…feminist and…`; a teaser cut before its link arrow
// (`…I've been gett »`) is reported even in a list. The line under a page's menu, before any prose, is its
// headline; speech broken off with a dash inside its closing quote (`My mouth—”`) is no cut.
// Report only: whether a word, a clause or a full stop is missing is for a person to see.
import { defineRule } from '../src/define-rule.js';
import {
  isAllCaps,
  isByline,
  isCaption,
  isColumnRow,
  isDateline,
  isFigureRow,
  isListItem,
  isTableRow,
  isTitleCase,
  withoutLeadingDateline,
  wordCount,
} from '../src/text/line-kinds.js';
import { endBeforeClosers, endsInPlainCut, isTerminalMark } from '../src/text/sentence-end.js';
import { isEllipsisCut, isLinkArrowCut } from '../src/text/ellipsis-cut.js';
import { endsInEmoticon, withoutTrailingCitations, type ParagraphKind } from '../src/text/paragraph-kinds.js';
import type { Paragraph, Report, RuleReport } from '../src/types.js';

/** C4 drops lines under 5 words, FineWeb treats 30 characters as a short line. */
const SHORT_WORDS = 6;
const SHORT_CHARS = 30;
/** A first line this short without a full stop is the headline, as is one under the page's menu before any prose. */
const HEADLINE_WORDS = 20;
/** Below this, a line that ends without a full stop may be a subheading, unless it is plainly cut. */
const HEADING_WORDS = 12;
/** A wire story split into takes ends its first take with "MORE": the rest of the story is missing. */
const WIRE_MORE = /[.!?]["”’]?\s+more$/i;
/** `:`, `;`, a spaced dash (Reuters: `New rates were -`) or `as follows` announce a list or a quotation. */
const LIST_INTRODUCER = /(?:[:;：；]|\s[-–—]{1,2}|\bas follows,?)$/i;
/** Signs that a short line is prose, not a heading: a sentence ends inside it, or it quotes someone. */
const PROSE_INSIDE = /\p{Ll}{2}[.!?…]["”’]?\s+["“‘]?\p{Lu}|[,.!?]["”’]\s/u;
const URL_OR_EMAIL = /(?:\bhttps?:\/\/|\bwww\.|@)\S+$/i;
const ENDS_IN_SYMBOL = /[\p{Extended_Pictographic}\p{So}\p{Sm}]\uFE0F?$/u;
/** A dash before a paragraph that opens a quotation introduces it: `…exclaimed in an excited manner--` over `"He says…"`. */
const ENDS_IN_DASH = /[-–—]$/u;
const OPENS_QUOTATION = /^\s*["“‘«]/u;
const CLOSES_QUOTATION = /[-–—]["”’»]\s*$/u;
const STARTS_LOWER = /^[\s"'“‘«([]*\p{Ll}/u;
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{M}\p{Nd}]$/u;
/** End-anchored patterns only read this much of a paragraph's end, so a huge token cannot make them slow. */
const TAIL_CHARS = 256;
const SPACE = /\s/u;
/** Unpunctuated paragraphs without a plain cut from which a page prints them so by its style (isPageStyle). */
const PAGE_STYLE_LINES = 2;
/** `NOTE:`, `Notes:`, `Note continued:` — the footnotes under a wire earnings table, unpunctuated by house style. */
const NOTE_LABEL = /^(?:foot)?notes?\b[^:.\n]{0,20}:/i;
/**
 * Two or three capitalised words after the last full stop: the name of the page's next box glued on
 * ("…living a healthy life. WebMD Answers"), not a sentence cut after its first words, which are seldom all capitalised.
 */
const GLUED_LABEL = /[.!?]["”’)]?\s+(\p{Lu}[^\s.!?]*(?:\s+\p{Lu}[^\s.!?]*){1,2})$/u;

export default defineRule({
  id: 'truncated-fragment',
  description: 'A body paragraph that stops without ending its sentence: cut off, or a broken line wrap.',
  severity: 'warn',
  fixable: false,
  language: 'en',
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    cutAtEllipsis: 'The paragraph is cut off at an ellipsis, as a teaser or a paywall leaves it: the rest of the text is missing.',
    cutAtLink: 'The teaser is cut off before its link arrow: the rest of the text is missing.',
    wireMore: 'The paragraph ends with the wire\'s "MORE" line: the rest of the story is missing.',
    listIntroducer: 'The paragraph announces a list or a quotation, but nothing follows it: the rest is missing.',
    brokenWrap: 'The paragraph stops mid-sentence and the next one starts in lower case: a broken line wrap?',
    cutMidSentence: 'The paragraph stops mid-sentence: it looks cut off.',
    noFullStop: 'The paragraph ends without a full stop: cut off, or the full stop is missing.',
  },
  check(doc, report) {
    // Under a table, unpunctuated lines are its notes ("1986 results include gain on sale of land of
    // 571,000 dlrs, or six cts a share"): from a table row through the unpunctuated lines after it, and
    // from a NOTE: label under a table to the end of the document.
    let tableSeen = false;
    let underTable = false;
    let inNotes = false;
    // Paragraphs that only lack their full stop wait: the page as a whole decides (pageStyle below).
    const plain: RuleReport<Report, EndingId>[] = [];
    let cutSeen = false;
    // Until the first body paragraph that ends a sentence, the page has shown only its furniture (menus,
    // section links, a date): a line without a full stop right under its menu is the headline.
    let proseSeen = false;
    doc.paragraphs.forEach((paragraph, index) => {
      const beforeProse = !proseSeen;
      const next = doc.paragraphs[index + 1];
      // The paragraph's end before closing quotes and brackets: where its full stop should be.
      const stopAt = endBeforeClosers(withoutTrailingCitations(paragraph.text));
      const ending = paragraph.text.slice(Math.max(0, stopAt - TAIL_CHARS), stopAt);
      if (tableSeen && NOTE_LABEL.test(paragraph.text)) inNotes = true;
      if (ending === '' || isTerminalMark(ending.charAt(ending.length - 1))) {
        underTable = false;
        // The paragraph's kind is asked last: most paragraphs are settled without it (the text layer classifies only those asked about).
        if (!proseSeen && wordCount(paragraph.text) > SHORT_WORDS && doc.paragraphKind(index) === 'body') proseSeen = true;
        if (stopAt === endBeforeClosers(paragraph.text) && isEllipsisCut(paragraph.text, stopAt) && doc.paragraphKind(index) === 'body') {
          cutSeen = true;
          report({
            start: paragraph.start + lastTokenStart(paragraph.text.slice(0, stopAt)),
            end: paragraph.start + stopAt,
            messageId: 'cutAtEllipsis',
          });
        }
        return;
      }
      const kind = doc.paragraphKind(index);
      // A teaser cut before its link arrow is cut wherever it stands: a list of them is still a list of cut teasers.
      if ((kind === 'body' || kind === 'list-item' || kind === 'heading') && isLinkArrowCut(paragraph.text)) {
        cutSeen = true;
        report({
          start: paragraph.start + lastTokenStart(paragraph.text.trimEnd().slice(0, -1).trimEnd()),
          end: paragraph.end,
          messageId: 'cutAtLink',
        });
        return;
      }
      if (index > 0 && endsInTable(paragraph.text)) {
        tableSeen = underTable = true;
        return;
      }
      if (underTable || inNotes || doc.paragraphKind(index) !== 'body') return;
      const nextKind = next === undefined ? undefined : doc.paragraphKind(index + 1);
      const brokenWrap = next !== undefined && STARTS_LOWER.test(next.text);
      const underMenu = index > 0 && (doc.paragraphKind(index - 1) === 'list-item' || doc.paragraphKind(index - 1) === 'boilerplate');
      if (isExempt(paragraph, ending, index, beforeProse, underMenu, next, brokenWrap, nextKind)) return;
      const finding: RuleReport<Report, EndingId> = {
        start: paragraph.start + lastTokenStart(paragraph.text),
        end: paragraph.end,
        messageId: describeEnding(ending, brokenWrap),
        suggestions: suggestionsFor(paragraph, stopAt, ending, next, brokenWrap),
      };
      if (brokenWrap || endsInPlainCut(ending) || LIST_INTRODUCER.test(ending) || WIRE_MORE.test(ending)) {
        cutSeen = true;
        report(finding);
      } else plain.push(finding);
    });
    if (!isPageStyle(plain.length, cutSeen)) plain.forEach((finding) => report(finding));
  },
});

/** A paragraph that is a table by its columns or figures, or whose first line is laid out in columns. */
function startsTable(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return isFigureRow(withoutLeadingDateline(text)) || isColumnRow(firstLine);
}

/** A table row, or a paragraph whose last line is one (a blank-line dump keeps a table inside a paragraph). */
function endsInTable(text: string): boolean {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  return isTableRow(withoutLeadingDateline(text)) || (lastLine.length < text.length && isColumnRow(lastLine));
}

function isExempt(
  paragraph: Paragraph,
  ending: string,
  index: number,
  beforeProse: boolean,
  underMenu: boolean,
  next: Paragraph | undefined,
  brokenWrap: boolean,
  nextKind: ParagraphKind | undefined,
): boolean {
  const text = withoutLeadingDateline(paragraph.text);
  if (text.length <= SHORT_CHARS) return true;
  const words = wordCount(text);
  if (words <= SHORT_WORDS) return true;
  // The first line is the headline whatever its end; so is the line right under the page's menu, before
  // any prose, unless it is plainly cut.
  const plainlyCut = brokenWrap || endsInPlainCut(ending);
  if (words <= HEADLINE_WORDS && (index === 0 || (beforeProse && underMenu && !plainlyCut))) return true;
  if (words < HEADING_WORDS && !brokenWrap && !endsInPlainCut(ending) && !PROSE_INSIDE.test(text)) return true;
  if (next !== undefined && LIST_INTRODUCER.test(ending)) return true;
  if (next !== undefined && ENDS_IN_DASH.test(ending) && OPENS_QUOTATION.test(next.text)) return true;
  // Speech broken off with a dash inside its closing quote (`…Or talk in the morning? My mouth—”`) is how
  // fiction writes an interruption, not a cut.
  if (ENDS_IN_DASH.test(ending) && CLOSES_QUOTATION.test(paragraph.text.slice(-TAIL_CHARS))) return true;
  // A line introducing the table under it, often without a colon: Reuters' "Average yields include".
  // The table must be one by its columns or figures: a numbered line of prose ends in a figure too.
  if (next !== undefined && startsTable(next.text)) return true;
  // A line introducing the formula or code under it: "…can be written concisely as" over `A = A^H`.
  if (next !== undefined && nextKind === 'code') return true;
  if (GLUED_LABEL.test(ending)) return true;
  if (URL_OR_EMAIL.test(ending) || ENDS_IN_SYMBOL.test(ending) || endsInEmoticon(withoutTrailingCitations(paragraph.text))) return true;
  // A heading does not end on "of" or a comma: "…State Atty. Gen. Stanley Mosk of" is a cut sentence.
  const headingLike = !endsInPlainCut(ending) && (isAllCaps(text) || isTitleCase(text));
  return headingLike || isCaption(text) || isByline(text) || isDateline(text) || isListItem(text);
}

/**
 * One paragraph without its full stop is an accident; several on a page where nothing is plainly cut
 * (no paragraph stops on a comma, an "of" or an ellipsis, none runs on into the next) are the page's
 * way of printing some kind of line: photo captions without credits (The Guardian's "Hori Parata at
 * his Pātaua farm, the place where he was born and grew up"), slide notes, a comment thread. Set on the
 * tuning half of the English web pages, where every page with two or more such lines and no plain cut
 * held captions or notes, and checked on the held-out half (eval/suites/web-pages.mjs).
 */
function isPageStyle(unpunctuated: number, cutSeen: boolean): boolean {
  return !cutSeen && unpunctuated >= PAGE_STYLE_LINES;
}

/** The message id of how the paragraph ends. */
type EndingId = 'wireMore' | 'listIntroducer' | 'brokenWrap' | 'cutMidSentence' | 'noFullStop';

function describeEnding(ending: string, brokenWrap: boolean): EndingId {
  if (WIRE_MORE.test(ending)) return 'wireMore';
  if (LIST_INTRODUCER.test(ending)) return 'listIntroducer';
  if (brokenWrap) return 'brokenWrap';
  if (endsInPlainCut(ending)) return 'cutMidSentence';
  return 'noFullStop';
}

function lastTokenStart(text: string): number {
  let i = text.length;
  while (i > 0 && !SPACE.test(text.charAt(i - 1))) i--;
  return i;
}

function suggestionsFor(paragraph: Paragraph, stopAt: number, ending: string, next: Paragraph | undefined, brokenWrap: boolean) {
  if (brokenWrap && next) {
    return [{ desc: 'Join it with the next paragraph', fix: { start: paragraph.end, end: next.start, text: ' ' } }];
  }
  if (ENDS_IN_LETTER_OR_DIGIT.test(ending) && !endsInPlainCut(ending) && !WIRE_MORE.test(ending)) {
    const at = paragraph.start + stopAt;
    return [{ desc: 'Add a full stop', fix: { start: at, end: at, text: '.' } }];
  }
  return [];
}
