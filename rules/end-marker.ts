// end-marker: an agency's end-of-article sign left in the text. The Vietnam News Agency closes every
// story with `./.` ("…comprehensive strategic partnership./."), and scrapers keep it, together with the
// teasers of other articles that follow it on the page. Other wires and press releases close with
// `(END)` (Yonhap), `Enditem` (Xinhua), `-30-`, `###` or `ENDS`. Inside a paragraph, `./.` means two
// articles were merged (`…regulations./. Da Nang launches…`). The fix turns `./.` into the full stop
// it stands for and removes any other sign with the space before it.
import { defineRule } from '../src/define-rule.js';
import { endBeforeClosers, endsSentence } from '../src/text/sentence-end.js';
import type { Document, Paragraph, RuleReportFn } from '../src/types.js';

const VNA_SIGN = './.';
/** A character that makes `./.` part of a path or URL: `../.`, `http://x/./.`, `./.config`. */
const PATH_CHAR = /[./\\~:]/;
const SPACE = /\s/u;
/** Only spaces between a line break and the sign: the sign has a line of its own. */
const LINE_START_BEFORE = /\n[ \t\u00a0]*$/;

type Report = RuleReportFn<
  'vnaSignAtEnd' | 'signAtEnd' | 'vnaSignInside' | 'teaser' | 'teasers' | 'splitAtSign' | 'replaceSignWithStop' | 'deleteTeasers'
>;

export default defineRule({
  id: 'end-marker',
  description: 'An end-of-article sign (./., (END), -30-, ###) left in the text.',
  severity: 'error',
  fixable: true,
  options: { markers: [VNA_SIGN, '(END)', 'Enditem', '-30-', '###', 'ENDS'] as string[], reportTeasers: false },
  schema: {
    type: 'object',
    properties: {
      markers: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'The signs to look for, case-sensitive; leave out "./." to turn off its checks.',
      },
      reportTeasers: { type: 'boolean', description: 'Report the paragraphs after the last end sign as teasers of other articles.' },
    },
    additionalProperties: false,
  },
  messages: {
    vnaSignAtEnd: 'The end-of-article sign "./." is left in the text; it stands for a full stop.',
    signAtEnd: 'The end-of-article sign "{{marker}}" is left in the text.',
    vnaSignInside: 'The end-of-article sign "./." stands inside a paragraph: two articles seem merged here.',
    splitAtSign: 'Split the paragraph at the sign',
    replaceSignWithStop: 'Replace the sign with a full stop',
    deleteTeasers: 'Delete everything after the end sign',
    teaser: '1 paragraph after the end-of-article sign on line {{line}}: teasers of other articles, not part of this one.',
    teasers: '{{count}} paragraphs after the end-of-article sign on line {{line}}: teasers of other articles, not part of this one.',
  },
  check(doc, report, options) {
    const markers = options.markers ?? [];
    let lastSignParagraph = -1;
    let breakBetweenParagraphs: string | undefined;
    const paragraphBreak = () => (breakBetweenParagraphs ??= findParagraphBreak(doc));
    doc.paragraphs.forEach((paragraph, index) => {
      if (markers.includes(VNA_SIGN)) findVnaSignsInside(doc, paragraph, paragraphBreak, report);
      const marker = markers.find((m) => isSignAtEnd(paragraph.text, m));
      if (marker === undefined) return;
      reportSignAtEnd(doc, paragraph, marker, report);
      lastSignParagraph = index;
    });
    if (options.reportTeasers && lastSignParagraph >= 0) reportTeasers(doc, lastSignParagraph, report);
  },
});

/**
 * A sign closes the paragraph: `./.` glued to its last word, any sign on a line of its own, or any sign
 * after a finished sentence ("STRIKE ENDS" is a headline, "The talks ended. ENDS" is not).
 */
function isSignAtEnd(text: string, marker: string): boolean {
  if (!marker || !text.endsWith(marker)) return false;
  const start = text.length - marker.length;
  if (start === 0 || LINE_START_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (marker === VNA_SIGN) return !isInPathOrUrl(text, start, urlTracker(text));
  return SPACE.test(text.charAt(start - 1)) && endsSentence(text, start);
}

function reportSignAtEnd(doc: Document, paragraph: Paragraph, marker: string, report: Report): void {
  const start = paragraph.end - marker.length;
  // The removal reaches back over the space before the sign, across lines for a sign on its own line.
  const removeFrom = endBeforeSpace(doc.text, start);
  const needsStop = marker === VNA_SIGN && removeFrom > 0 && !endsSentence(doc.text, removeFrom);
  report({
    start,
    end: paragraph.end,
    messageId: marker === VNA_SIGN ? 'vnaSignAtEnd' : 'signAtEnd',
    data: { marker },
    fix:
      removeFrom === 0
        ? { start: 0, end: endAfterSpace(doc.text, paragraph.end), text: '' }
        : { start: removeFrom, end: paragraph.end, text: needsStop ? '.' : '' },
  });
}

/** `./.` followed by more text in the same paragraph: the end of one article glued to the start of the next. */
function findVnaSignsInside(doc: Document, paragraph: Paragraph, paragraphBreak: () => string, report: Report): void {
  const { text } = paragraph;
  // Closing quotes or brackets after the sign do not start another article.
  const textEnd = endBeforeClosers(text);
  const isInUrl = urlTracker(text);
  for (let i = text.indexOf(VNA_SIGN); i !== -1 && i + VNA_SIGN.length < textEnd; i = text.indexOf(VNA_SIGN, i + VNA_SIGN.length)) {
    if (isInPathOrUrl(text, i, isInUrl)) continue;
    const start = paragraph.start + i;
    const end = start + VNA_SIGN.length;
    const nextStart = endAfterSpace(doc.text, end);
    const hasStop = endsSentence(doc.text, start);
    report({
      start,
      end,
      messageId: 'vnaSignInside',
      suggestions: [
        { messageId: 'splitAtSign', fix: { start, end: nextStart, text: (hasStop ? '' : '.') + paragraphBreak() } },
        { messageId: 'replaceSignWithStop', fix: { start, end, text: hasStop ? '' : '.' } },
      ],
    });
  }
}

/** One finding for everything after the last end sign: related-article teasers scraped with the page. */
function reportTeasers(doc: Document, signParagraph: number, report: Report): void {
  const first = doc.paragraphs[signParagraph + 1];
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  if (!first) return;
  const count = doc.paragraphs.length - signParagraph - 1;
  const signLine = doc.positionAt(doc.paragraphs[signParagraph].end).line;
  report({
    start: first.start,
    end: last.end,
    messageId: count === 1 ? 'teaser' : 'teasers',
    data: { count, line: signLine },
    suggestions: [{ messageId: 'deleteTeasers', fix: { start: doc.paragraphs[signParagraph].end, end: last.end, text: '' } }],
  });
}

function isInPathOrUrl(text: string, signStart: number, isInUrl: (offset: number) => boolean): boolean {
  const before = text.charAt(signStart - 1);
  const after = text.charAt(signStart + VNA_SIGN.length);
  if (PATH_CHAR.test(before) || PATH_CHAR.test(after)) return true;
  // A sign that opens a token and runs into more of it is a relative path: `./.config`.
  if ((before === '' || SPACE.test(before)) && after !== '' && !SPACE.test(after)) return true;
  return isInUrl(signStart);
}

/**
 * Whether an offset lies in a token that contains `://` or `www.` before it. Offsets must be asked in
 * increasing order: the tracker reads each character once, so many signs in one long token stay linear.
 */
function urlTracker(text: string): (offset: number) => boolean {
  let position = 0;
  let inUrl = false;
  return (offset) => {
    for (; position < offset; position++) {
      const code = text.charCodeAt(position);
      if (code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) inUrl = false;
      else if (
        (code === 0x3a && text.startsWith('://', position)) ||
        ((code | 0x20) === 0x77 && /^www\./i.test(text.slice(position, position + 4)))
      )
        inUrl = true;
    }
    return inUrl;
  };
}

function endBeforeSpace(text: string, end: number): number {
  let i = end;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
  return i;
}

function endAfterSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  return i;
}

/** The separator the document already uses between paragraphs: a blank line or a line break, CRLF or LF. */
function findParagraphBreak(doc: Document): string {
  const [first, second] = doc.paragraphs;
  const lineBreak = doc.text.includes('\r\n') ? '\r\n' : '\n';
  if (!second) return lineBreak;
  const gap = doc.text.slice(first.end, second.start);
  return gap.split('\n').length > 2 ? lineBreak + lineBreak : lineBreak;
}
