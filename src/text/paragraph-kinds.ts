// What each paragraph of a document is: running prose (`body`) or one of the shapes a web page or a
// wire dump mixes with it. Rules that judge prose (truncated-fragment, duplicate-paragraph) ask this
// instead of re-guessing; Document.paragraphKind(i) computes it once per document, lazily.
//
// The model (docs/design.md, "Paragraph kinds") is two passes over the paragraphs:
// 1. Marks a paragraph carries itself, strongest evidence first: a prompt or code punctuation (code),
//    a `pic.twitter.com/…` link or a `— Name (@handle) date` signature (social), a caption credit
//    (caption), `By …` (byline), a site's stock phrases (boilerplate), columns of figures (table row),
//    a bullet, number or `^` footnote mark or a line of capitalised items split by commas (list item),
//    a `>` or a paragraph wholly in quotes (quote), a line wholly in brackets (caption).
//    Otherwise its shape: a paragraph that does not end a sentence and is short, or written in title
//    case or capitals, is a heading; anything else is body.
// 2. Neighbours: unmarked lines that do not end a sentence and stand next to others like them form a
//    list (a menu, a recipe's ingredients, a run of related-story headlines): list items, not headings
//    and not body paragraphs cut short. A body paragraph cut mid-sentence keeps its kind: it stands
//    among sentences. Before a line opening in lower case (a broken wrap?) it takes a run of three
//    one-clause lines, none stopping on a word no sentence ends on; a lower-case line under a colon is an
//    item when it ends as one (`…, and`).
// The thresholds were set on the tuning half of the English web pages (eval/suites/web-pages.mjs) and
// checked on the held-out half.
import {
  isAllCaps,
  isByline,
  isCaption,
  isDateline,
  isFigureRow,
  isListItem,
  isTitleCase,
  countText,
  countTokens,
  foldedAsIgnoreCase,
  type TextCounts,
  withoutLeadingDateline,
  wordCount,
} from './line-kinds.js';
import { endBeforeClosers, endsInPlainCut, endsMidSentence, isTerminalMark, withoutTrailingCitations } from './sentence-end.js';

// The marks after a paragraph's last sentence live with the other sentence ends; rules import them from here too.
export { endsInEmoticon, withoutTrailingCitations } from './sentence-end.js';

export type ParagraphKind =
  'body' | 'heading' | 'list-item' | 'table-row' | 'caption' | 'byline' | 'social' | 'code' | 'quote' | 'boilerplate';

/** A heading is at most this long; a longer line without a full stop is prose that lost it. */
const HEADING_WORDS = 20;
/** A line this short that does not end a sentence is a label or a heading whatever its case. */
const LABEL_WORDS = 8;
/** An unpunctuated line beside others like it is a list item up to this length. */
const LIST_ITEM_WORDS = 40;
const TAIL_CHARS = 64;
/** Neighbouring items of one list differ in length by at most this factor. */
const LIST_LENGTH_RATIO = 3;
/** A line ending in a colon or semicolon introduces what follows: it is no item of a list. */
const INTRODUCES = /[:;：；]\s*$/u;
/** How an item of an enumeration ends before the next: `…a unique topic, and`, `…the first;`, `…or`. */
const ENUMERATION_ITEM_END = /(?:[,;]|,?\s(?:and|or))\s*$/u;
/** Alike unpunctuated lines in a row from which a line running on in lower case is a list item, not a broken wrap. */
const LIST_RUN = 3;
/** Share of code punctuation among a paragraph's non-space characters from which it reads as code. */
const CODE_SYMBOL_SHARE = 0.08;
/** `$ hg push`, `> npm install`, `>>> print(x)`, `C:\>`: a shell or REPL prompt. */
const PROMPT = /^(?:\$|%|>>>|#|C:\\>)\s+\S/u;
/** Box-drawing characters: a terminal's table (`│ 2020-08-01 │ 20 │`). */
const BOX_DRAWING = /[\u2500-\u257f]/u;
/**
 * A statement opening the line: `const x = …`, `if (…`, `def f(…`, `import { x } from…`, `SELECT a FROM…`,
 * or a lone call `foo(bar);`. Each needs its punctuation, so prose continued in lower case ("for the
 * first time…", "import duties rose…") is not taken for code.
 */
const CODE_STATEMENT = new RegExp(
  [
    '^(?:const|let|var)\\s+[\\w$]+\\s*=',
    '^(?:if|for|while|switch)\\s*\\(',
    '^(?:function|def|class)\\s+[\\w$]+\\s*[({:]',
    '^import\\s+(?:[\\w$]+\\s+from\\b|\\{|\\*)',
    '^export\\s+(?:default|const|function|class)\\b',
    '^(?:SELECT|WITH|INSERT|UPDATE)\\s.*\\b(?:FROM|AS|INTO|SET)\\b',
    '^[\\w.]+\\([^()]*\\);?\\s*$',
  ].join('|'),
  'u',
);
/** An embedded tweet: its picture link, or its signature `— Name (@handle) March 5, 2015`. */
const SOCIAL = /[—–-]\s*[^()\n]{1,60}\(@\w{1,15}\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$|^@\w{1,15}:\s/u;
const TWEET_LINK = /\bpic\.twitter\.com\//u;
/** How much of a paragraph's end the end-anchored patterns read. */
const TAIL_READ = 256;
/** Photo credits as news sites print them: `…rock salt.CreditHiroko Masuike`, `Photograph: …`, `(John Minchillo / AP)`. */
const CREDIT_INSIDE = /(?:^|[.!?”"\s])Credit\s?\p{Lu}|\bPhotograph:\s/u;
const CAPTION_OPENING = /^(?:Image|Media caption|Photo|Video|Illustration)\b/u;
/**
 * A credit after a bar or a spaced dash closing the caption: `… testing lab | photo by Joan Bardeletti`,
 * `… costs $35 - Image: Raspberry Pi Foundation`.
 */
const SEPARATED_CREDIT = /\s[|–—-]\s(?:photo(?:graph)?|image|picture|credit)s?(?:\s*:|\s+by\b)\s*[^\s:|][^:|]{0,50}$/i;
/** The words a separated credit names, which most paragraph ends lack: the test that lets them go at once. */
const CREDIT_WORD = /photo|image|picture|credit/i;
/** A separated credit's label and name fit in this many characters at the end (SEPARATED_CREDIT). */
const CREDIT_TAIL = 80;
const CREDITED_AGENCIES = ['Getty Images', 'AFP', 'AP Photo', 'Reuters', 'Shutterstock', 'iStock'];
/** Up to four capitalised words, as a regular expression's source: `Ellen M. Banner`, `Getty Images`. */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
/** A credit in brackets closing the caption: tried only on a paragraph that ends with `)`. */
const BRACKETED_CREDIT = new RegExp(
  [
    '\\((?:[^()]{1,60}\\s/\\s)?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|[\\p{L} .]{1,40}/(?:AP|AFP|Reuters|Getty Images|EPA))\\)$',
    '\\([^()]{0,160}\\b(?:photo|photograph|image)s?\\b[^()]{0,60}\\)$',
    // `(Ellen M. Banner / The Seattle Times)`, `(Thomas Coex/AFP/Getty Images)`: a photographer and the
    // outlet or agencies, capitalised names split by slashes.
    `\\(${CAPITALISED_NAME}(?:\\s?/\\s?(?:The\\s)?${CAPITALISED_NAME})+\\)$`,
  ].join('|'),
  'u',
);
/** `Published: 19 Oct 2018`, `Posted by …`, `Last updated September 14, 2016`: when and by whom. */
const BYLINE_LABEL = /^(?:published|posted|updated|last updated|written|reviewed)\b[^.]{0,60}(?:\d{4}|\bby\s+\p{Lu})/iu;
/** The words BYLINE_LABEL opens with, lower case: a paragraph opening otherwise skips its Unicode pattern. */
const BYLINE_LABEL_WORDS = ['published', 'posted', 'updated', 'last updated', 'written', 'reviewed'];
const BYLINE_LABEL_HEAD = Math.max(...BYLINE_LABEL_WORDS.map((word) => word.length));
const BYLINE_LABEL_FIRST_LETTERS = BYLINE_LABEL_WORDS.map((word) => word[0]).join('');
/** `… Published: 3 Jan 2019 …`: a story's date stamp inside a line: a teaser of another story. */
const DATE_STAMP = /\bPublished:\s+\d/u;
// The case-insensitive patterns of plain ASCII words below go without the `u` flag: with it, V8 folds
// case the Unicode way and runs them 5–10 times slower (1.9 s against 0.19 s over 109,000 paragraphs).
/**
 * A site's stock phrases around an article: sharing, newsletters, comments, cookies, copyright,
 * "Read more" links. Only short paragraphs are judged by them, so a sentence of an article that
 * mentions a newsletter stays body.
 */
const BOILERPLATE = new RegExp(
  [
    '\\b(?:read|learn|see|show|load) more\\b',
    '\\bsign (?:up|in)\\b',
    '\\bsubscribe\\b',
    '\\bnewsletters?\\b',
    '\\bcookies?\\b',
    '\\bprivacy policy\\b',
    '\\bterms of (?:use|service)\\b',
    '\\ball rights reserved\\b',
    '©',
    '\\bcopyright\\b',
    '\\bcomments?\\b',
    '\\bshare (?:this|on)\\b',
    '\\bfollow us\\b',
    '\\bclick (?:here|to)\\b',
    '\\bloading\\b',
    '\\bplease wait\\b',
    '\\badvertisement\\b',
    '\\bskip to\\b',
    '\\bback to top\\b',
    '\\b(?:reply|report)$',
  ].join('|'),
  'i',
);
const BOILERPLATE_WORDS = 25;
/** Copyright and trade-mark notices, at any length: `© 2004-2019 … All rights reserved. MNT is the registered trade mark…`. */
const LEGAL_NOTICE = /©|\ball rights reserved\b|\bregistered trade ?mark\b/i;
/** A navigation bar: `Privacy | Terms | Ad policy | Careers`. */
const NAVIGATION_BAR = /^[^|\n]{1,30}(?:\s\|\s[^|\n]{1,30}){2,}$/u;
/** A Wikipedia reference (`^ a b Swarbrick, Nancy …`) or a numbered note (`[12] …`): a list of sources. */
const REFERENCE_MARK = /^(?:\^|\[\d{1,3}\]\s)/u;
/** A quotation block: `> …` (Markdown, mail), or a paragraph wholly inside quotation marks. */
const QUOTE_BLOCK = /^>\s|^["“][^"“”]{20,}["”]$/u;
/** A line wholly in brackets: an aside or a credit `(Metroid Prime EU release, …)`, an editor's figure note `[figure SG07: …]`. */
const ASIDE = /^(?:\([^()]+\)|\[[^[\]]+\])$/u;
/**
 * A list written on one line: an optional label and colon, then at least INLINE_LIST_ITEMS names or
 * titles split by commas, each capitalised and short (`Honorable mentions: Marjorie Prime, Phantom Thread,
 * Casting JonBenet, The Post, …`).
 */
const INLINE_LIST_ITEMS = 5;
/** A list on one line is read only up to this many words: a longer line is prose, and is not split. */
const INLINE_LIST_WORDS = 120;
const INLINE_LIST_ITEM = /^(?:and\s|or\s)?[\p{Lu}\p{N}][^\s,]*(?:\s[^\s,]+){0,4}$/u;
/** A sentence ending inside a line: `…in the federal budget. Perhaps…`. */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
/**
 * `Tough love: An intimate look at…`, `The Morning After: Two days with…`: a headline's label of two
 * words or more and a colon (one word and a colon is a name before a comment or a term before its definition).
 */
const HEADLINE_LABEL = /^[^:,.\s]+(?:\s[^:,.\s]+){1,5}:\s+\S/u;
/** `Related: …`, `Read more: …`, `See also: …`, `[Read: …]`, `More from this stream …`: a link to other stories. */
const RELATED_LINK = /^\[?(?:related|read(?: more)?|see also|more|watch|recommended|also read)\s*:|^more from\s/i;

export interface ParagraphShape {
  words: number;
  /** Ends a sentence: a terminal mark before closing quotes, brackets and citation marks. */
  endsSentence: boolean;
}

/**
 * The kind of every paragraph, in order: the passes over the whole document as the model states them.
 * Rules ask the lazy `paragraphKinds` below, which must give the same answers (its tests compare the two).
 */
export function classifyParagraphs(texts: readonly string[]): ParagraphKind[] {
  // One count of each paragraph's tokens, figures and code symbols serves its shape, the test for code and
  // the test for a table row.
  const counts = texts.map(countText);
  const shapes = texts.map((text, i) => shapeWithWords(text, counts[i].tokens));
  const kinds = texts.map((text, i) => markedKind(text, shapes[i], counts[i]));
  // Pass 2: runs of unpunctuated lines are lists.
  const unpunctuated = (i: number) =>
    i >= 0 &&
    i < texts.length &&
    !shapes[i].endsSentence &&
    shapes[i].words <= LIST_ITEM_WORDS &&
    (kinds[i] === 'body' || kinds[i] === 'heading' || kinds[i] === 'list-item');
  // Items of one list are alike in length; a subheading over a paragraph that lost its full stop is not.
  // A line right before or after bulleted items is not one of them: Reuters' "…failed to materialise
  // last year," above "- a world economic recovery…" introduces the list.
  const marked = kinds.map((kind) => kind === 'list-item');
  const alike = (i: number, j: number) =>
    unpunctuated(j) &&
    !marked[j] &&
    Math.max(shapes[i].words, shapes[j].words) <= LIST_LENGTH_RATIO * Math.min(shapes[i].words, shapes[j].words);
  // A line whose next one starts in lower case may be a broken wrap, so it needs more: a run of at least
  // LIST_RUN alike lines, each one clause (a wrapped paragraph breaks mid-sentence: "…There is the string
  // referrer, which is set by the UA to be"), and it must not stop where no clause can end. A status
  // report's items opening on a user name ("bigiri has a patch to move SharedDataMap.jsm off of OSFile"
  // over "florian’s team has landed…") are such a run.
  const inRun = runsOfItems(
    texts,
    (i) => unpunctuated(i) && !marked[i] && !SENTENCE_INSIDE.test(texts[i]) && !INTRODUCES.test(texts[i]),
    alike,
  );
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] !== 'body' && kinds[i] !== 'heading') continue;
    if (!unpunctuated(i) || !(alike(i, i - 1) || alike(i, i + 1))) continue;
    if (!startsLower(texts[i + 1]) || (inRun[i] && !endsMidSentence(texts[i]))) kinds[i] = 'list-item';
  }
  // A line opening in lower case right under one ending in a colon, and ending as an item of an
  // enumeration does (`, and`, `;`), is an item of the list the colon announced, its bullet lost: "…your
  // plan should be about having:" over "a comprehensive pillar page covering a unique topic, and". One
  // ending otherwise is prose that lost what it introduced: "…can be described as follows:" over
  // "together with the set of matrices of the form" (a formula lost).
  for (let i = 1; i < texts.length; i++) {
    const enumerated =
      startsLower(texts[i]) && ENUMERATION_ITEM_END.test(texts[i].slice(-TAIL_CHARS)) && INTRODUCES.test(texts[i - 1].slice(-TAIL_CHARS));
    if (kinds[i] === 'body' && unpunctuated(i) && enumerated) kinds[i] = 'list-item';
  }
  // A headline-length line without a full stop among page furniture (captions, links, boilerplate),
  // not among sentences: a headline of the page or of another story, not a paragraph cut short.
  const furniture = (i: number) => i < 0 || i >= texts.length || (kinds[i] !== 'body' && kinds[i] !== 'quote');
  for (let i = 0; i < texts.length; i++) {
    if (
      kinds[i] === 'body' &&
      !shapes[i].endsSentence &&
      shapes[i].words <= HEADING_WORDS &&
      furniture(i - 1) &&
      furniture(i + 1) &&
      !startsLower(texts[i + 1])
    )
      kinds[i] = 'heading';
  }
  return kinds;
}

/**
 * Which paragraphs stand in a run of at least LIST_RUN in a row that are each `member` and `alike` to
 * the next one.
 */
function runsOfItems(texts: readonly string[], member: (i: number) => boolean, alike: (i: number, j: number) => boolean): boolean[] {
  const inRun = texts.map(() => false);
  let start = -1;
  for (let i = 0; i <= texts.length; i++) {
    const isMember = i < texts.length && member(i);
    if (start >= 0 && isMember && alike(i - 1, i)) continue;
    if (start >= 0 && i - start >= LIST_RUN) inRun.fill(true, start, i);
    start = isMember ? i : -1;
  }
  return inRun;
}

/** Kinds as small numbers in the tables below; 0: not worked out yet. */
const KIND_CODES: readonly ParagraphKind[] = [
  'body',
  'heading',
  'list-item',
  'table-row',
  'caption',
  'byline',
  'social',
  'code',
  'quote',
  'boilerplate',
];
const codeOf = (kind: ParagraphKind) => KIND_CODES.indexOf(kind) + 1;
const BODY = codeOf('body');
const HEADING = codeOf('heading');
const LIST_ITEM = codeOf('list-item');
const QUOTE = codeOf('quote');

/**
 * The kind of each paragraph (`kindAt(i)`), worked out when first asked: a paragraph's kind depends on
 * its own text and, through the passes below, on its neighbours' (a run of alike lines, the furniture
 * around a headline), so asking for one reads only the paragraphs around it. Most rules ask about few
 * paragraphs (truncated-fragment about those that do not end a sentence), and most of a document is
 * never classified. The answers are the passes' over the whole document, in order (classifyParagraphs).
 */
export function paragraphKinds(count: number, textAt: (index: number) => string): (index: number) => ParagraphKind {
  const words = new Int32Array(count).fill(-1);
  const endsSentence = new Uint8Array(count);
  /** Pass 1, the kind a paragraph shows by itself; then after pass 2 (lists); then final (pass 3, headlines). */
  const marked = new Uint8Array(count);
  const listed = new Uint8Array(count);
  const final = new Uint8Array(count);
  const counts = new Array<TextCounts | undefined>(count);
  const shape = (i: number) => {
    if (words[i] < 0) {
      const text = textAt(i);
      const counted = (counts[i] = countText(text));
      const found = shapeWithWords(text, counted.tokens);
      words[i] = found.words;
      endsSentence[i] = found.endsSentence ? 1 : 0;
    }
    return i;
  };
  const markedAt = (i: number) => {
    if (marked[i] === 0) {
      shape(i);
      marked[i] = codeOf(markedKind(textAt(i), { words: words[i], endsSentence: endsSentence[i] === 1 }, counts[i]!));
      counts[i] = undefined;
    }
    return marked[i];
  };
  // Pass 2: runs of unpunctuated lines are lists. (A paragraph pass 2 turns into a list item stays
  // unpunctuated, so these read pass 1's kinds.)
  const unpunctuated = (i: number) => {
    if (i < 0 || i >= count || (shape(i), endsSentence[i] === 1) || words[i] > LIST_ITEM_WORDS) return false;
    const kind = markedAt(i);
    return kind === BODY || kind === HEADING || kind === LIST_ITEM;
  };
  // Items of one list are alike in length; a subheading over a paragraph that lost its full stop is not.
  // A line right before or after bulleted items is not one of them: Reuters' "…failed to materialise
  // last year," above "- a world economic recovery…" introduces the list.
  const alike = (i: number, j: number) =>
    unpunctuated(j) && markedAt(j) !== LIST_ITEM && Math.max(words[i], words[j]) <= LIST_LENGTH_RATIO * Math.min(words[i], words[j]);
  // A line whose next one starts in lower case may be a broken wrap, so it needs more: a run of at least
  // LIST_RUN alike lines, each one clause (a wrapped paragraph breaks mid-sentence: "…There is the string
  // referrer, which is set by the UA to be"), and it must not stop where no clause can end. A status
  // report's items opening on a user name ("bigiri has a patch to move SharedDataMap.jsm off of OSFile"
  // over "florian’s team has landed…") are such a run.
  const member = (i: number) =>
    unpunctuated(i) && markedAt(i) !== LIST_ITEM && !SENTENCE_INSIDE.test(textAt(i)) && !INTRODUCES.test(textAt(i));
  const inRun = (i: number) => {
    if (!member(i)) return false;
    let first = i;
    while (first > 0 && first > i - LIST_RUN && member(first - 1) && alike(first - 1, first)) first--;
    let last = i;
    while (last - first + 1 < LIST_RUN && last + 1 < count && member(last + 1) && alike(last, last + 1)) last++;
    return last - first + 1 >= LIST_RUN;
  };
  const listedAt = (i: number) => {
    if (listed[i] !== 0) return listed[i];
    let kind = markedAt(i);
    if ((kind === BODY || kind === HEADING) && unpunctuated(i) && (alike(i, i - 1) || alike(i, i + 1))) {
      const next = i + 1 < count ? textAt(i + 1) : undefined;
      if (!startsLower(next) || (inRun(i) && !endsMidSentence(textAt(i)))) kind = LIST_ITEM;
    }
    // A line opening in lower case right under one ending in a colon, and ending as an item of an
    // enumeration does (`, and`, `;`), is an item of the list the colon announced, its bullet lost: "…your
    // plan should be about having:" over "a comprehensive pillar page covering a unique topic, and". One
    // ending otherwise is prose that lost what it introduced: "…can be described as follows:" over
    // "together with the set of matrices of the form" (a formula lost).
    if (kind === BODY && i > 0 && unpunctuated(i)) {
      const text = textAt(i);
      const enumerated =
        startsLower(text) && ENUMERATION_ITEM_END.test(text.slice(-TAIL_CHARS)) && INTRODUCES.test(textAt(i - 1).slice(-TAIL_CHARS));
      if (enumerated) kind = LIST_ITEM;
    }
    return (listed[i] = kind);
  };
  // A headline-length line without a full stop among page furniture (captions, links, boilerplate),
  // not among sentences: a headline of the page or of another story, not a paragraph cut short. The pass
  // runs in order, but what it made of the line before never matters: that line became a heading only
  // if this one is furniture, and then this one is no candidate.
  const furniture = (j: number) => j < 0 || j >= count || (listedAt(j) !== BODY && listedAt(j) !== QUOTE);
  const finalAt = (i: number): number => {
    if (final[i] !== 0) return final[i];
    let kind = listedAt(i);
    if (kind === BODY && endsSentence[i] === 0 && words[i] <= HEADING_WORDS && furniture(i - 1) && furniture(i + 1)) {
      if (!startsLower(i + 1 < count ? textAt(i + 1) : undefined)) kind = HEADING;
    }
    return (final[i] = kind);
  };
  return (index) => KIND_CODES[finalAt(index) - 1];
}

export function shapeOf(text: string): ParagraphShape {
  return shapeWithWords(text, wordCount(text));
}

function shapeWithWords(text: string, words: number): ParagraphShape {
  const withoutCitations = withoutTrailingCitations(text);
  const stop = endBeforeClosers(withoutCitations);
  return { words, endsSentence: stop > 0 && isTerminalMark(withoutCitations.charAt(stop - 1)) };
}

/** The kind a paragraph shows by itself, before its neighbours are looked at. */
function markedKind(text: string, shape: ParagraphShape, counts: TextCounts): ParagraphKind {
  // Each pattern is tried only on a paragraph holding a string it cannot match without: most hold none.
  if (text.includes('|') && NAVIGATION_BAR.test(text)) return 'boilerplate';
  const tail = text.length > TAIL_READ ? text.slice(-TAIL_READ) : text;
  if (
    ((tail.charCodeAt(0) === 0x40 || tail.includes('(@')) && SOCIAL.test(tail)) ||
    (text.includes('pic.twitter.com/') && TWEET_LINK.test(text))
  )
    return 'social';
  if (isCode(text, counts)) return 'code';
  if (isCaption(text) || hasCaptionCredit(text)) return 'caption';
  if (isByline(text) || isDateline(text) || (mayOpenBylineLabel(text) && BYLINE_LABEL.test(text) && shape.words <= BOILERPLATE_WORDS))
    return 'byline';
  if (RELATED_LINK.test(text) || (text.includes('Published:') && DATE_STAMP.test(text)) || LEGAL_NOTICE.test(text)) return 'boilerplate';
  if (shape.words <= BOILERPLATE_WORDS && BOILERPLATE.test(text)) return 'boilerplate';
  // A short line ending in a figure is a row (`Adjusted world price 53.57`) unless it ends a sentence
  // (`…stood at 292.3 over its 1967 base of 100.`).
  const rowText = withoutLeadingDateline(text);
  const rowCounts = rowText === text ? counts : countTokens(rowText);
  if (isFigureRow(rowText, !shape.endsSentence, rowCounts)) return 'table-row';
  if (isListItem(text) || REFERENCE_MARK.test(text)) return 'list-item';
  if (!shape.endsSentence && shape.words <= INLINE_LIST_WORDS && isInlineList(text)) return 'list-item';
  if (QUOTE_BLOCK.test(text)) return 'quote';
  // A line wholly in brackets is an aside, a credit or a figure's note: `(Metroid Prime EU release, … Trilogy)`.
  if (ASIDE.test(text)) return 'caption';
  if (!shape.endsSentence && isHeadingShaped(text, shape.words)) return 'heading';
  return 'body';
}

function mayOpenBylineLabel(text: string): boolean {
  // Most paragraphs fail on their first letter, before any slice (no label word starts with an s, so no long s).
  if (!BYLINE_LABEL_FIRST_LETTERS.includes(String.fromCharCode(text.charCodeAt(0) | 0x20))) return false;
  const head = foldedAsIgnoreCase(text.slice(0, BYLINE_LABEL_HEAD));
  return BYLINE_LABEL_WORDS.some((word) => head.startsWith(word));
}

function isInlineList(text: string): boolean {
  const colon = text.indexOf(': ');
  const items = (colon >= 0 && colon < 40 ? text.slice(colon + 2) : text).split(', ');
  return items.length >= INLINE_LIST_ITEMS && items.every((item) => INLINE_LIST_ITEM.test(item));
}

/** Each pattern is tried only where it can match: most paragraphs hold no "Credit" and end in no bracket. */
function hasCaptionCredit(text: string): boolean {
  return (
    ((text.includes('Credit') || text.includes('Photograph:')) && CREDIT_INSIDE.test(text)) ||
    CAPTION_OPENING.test(text) ||
    CREDITED_AGENCIES.some((agency) => text.endsWith(agency)) ||
    (text.endsWith(')') && BRACKETED_CREDIT.test(text)) ||
    (CREDIT_WORD.test(text.slice(-CREDIT_TAIL)) && SEPARATED_CREDIT.test(text.slice(-TAIL_READ)))
  );
}

function isHeadingShaped(text: string, words: number): boolean {
  // A heading does not end on "of" or a comma: "…State Atty. Gen. Stanley Mosk of" is a cut sentence.
  if (endsInPlainCut(text.slice(-TAIL_CHARS))) return false;
  if (words <= LABEL_WORDS) return true;
  // "The result: $1.1 billion added to the deficit. Perhaps, as Mr. Freeman" holds a sentence: prose.
  const headlineLabel = HEADLINE_LABEL.test(text) && !SENTENCE_INSIDE.test(text);
  return words <= HEADING_WORDS && (isAllCaps(text) || isTitleCase(text) || headlineLabel);
}

function isCode(text: string, counts: TextCounts): boolean {
  if (PROMPT.test(text) || BOX_DRAWING.test(text) || CODE_STATEMENT.test(text)) return true;
  return counts.visible > 0 && counts.symbols / counts.visible >= CODE_SYMBOL_SHARE;
}

function startsLower(text: string | undefined): boolean {
  return text !== undefined && /^[\s"'“‘«([]*\p{Ll}/u.test(text);
}
