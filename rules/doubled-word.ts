// doubled-word: the same word typed twice in a row inside a paragraph, as in VNA's "affirming and
// honouring the the Vietnamese revolutionary press" or Reuters' "said said" and "rise rise". Only
// white space may stand between the two (a line break of a wrapped paragraph too): "it is. Is it" is
// two sentences, and "D. D." is two initials. Grammatical repeats ("had had", "that that",
// "estimated at at least") and repeated names (Duran Duran, Boutros Boutros Ghali, Bora Bora) are
// left alone. The fix drops the second copy only for a closed set of function words where that is
// certainly right (data/doubled-word-fix.json); every other repeat is reported with a suggestion.
import allowData from '../data/doubled-word-allow.json' with { type: 'json' };
import fixData from '../data/doubled-word-fix.json' with { type: 'json' };
import { defineRule } from '../src/define-rule.js';
import { HAS_DIGIT } from '../src/text/char-classes.js';
import type { DocumentWords } from '../src/text/document-words.js';
import { gapEndsClause } from '../src/text/sentence-end.js';
import type { WordToken } from '../src/text/words.js';
import type { RuleReportFn } from '../src/types.js';

const ALLOWED_WORDS = new Set(allowData.words);
const ALLOWED_CONTEXTS = new Set(allowData.contexts);
const FIXABLE_WORDS = new Set(fixData.words);
const PREPOSITIONS = new Set(fixData.prepositions);
const VERBS = new Set(fixData.verbs);
const STRANDING_WORDS = new Set(fixData.strandingWords);
const SUBJECT_PRONOUNS = new Set(fixData.subjectPronouns);
/** The sentence's opening words kept to judge a doubled preposition after a verb (see isCertainRepeat). */
const OPENING_WORDS_KEPT = fixData.maxWordsBeforeVerb;

/** Only spaces (one line break at most, as in a wrapped line) may separate the two copies. */
const PLAIN_GAP = /^(?:[ \u00a0]|[ \t\u00a0]*\r?\n[ \t\u00a0]*)$/;
/** A hyphen, slash or handle sign glues a word into a compound ("non-bank bank", "one one-hundredth"). */
const COMPOUND_JOINER = /[-‐‑/@#_]/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Vietnamese letters: reduplication ("từ từ", "người người") is grammatical there. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/u;
/** Words that open a wh-clause or pseudo-cleft, after which "is is" is right: "how long the run is is anybody's guess". */
const CLAUSE_OPENERS = new Set(['what', 'whatever', 'how', 'why', 'where', 'when', 'who', 'whoever', 'whether', 'all']);
const VERB_ENDING = /(?:ed|en|ing)$/;
const NEXT_WORD = /^\s+([\p{L}\p{M}]+)/u;
const NON_ASCII = /[^\x00-\x7f]/;

export default defineRule({
  id: 'doubled-word',
  description: 'A word typed twice in a row by mistake: "the the".',
  severity: 'error',
  fixable: true,
  language: 'en',
  options: { allow: [] as string[] },
  schema: {
    type: 'object',
    properties: {
      allow: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'More words that may stand twice in a row (case-insensitive), e.g. ["go"].',
      },
    },
    additionalProperties: false,
  },
  messages: {
    typedTwice: '"{{word}}" is typed twice: "{{words}}".',
    typedTwiceMaybeMeant: '"{{word}}" is typed twice: "{{words}}". Delete one unless the repeat is meant.',
    deleteSecond: 'Delete the second "{{word}}"',
  },
  check(doc, report, options) {
    const extraAllowed = new Set((options.allow ?? []).map((word) => foldCase(word)));
    // Every word is looked at but few are reported, so words are walked as offsets into doc.text
    // (the document's word index), and strings and the context of a pair (the word before, an
    // opening wh-word) are built only for a repeat.
    const { text, words } = doc;
    const { starts, ends } = words;
    const clause = new ClauseOpening(words);
    const sentence = new SentenceOpening(text);
    for (const paragraph of doc.paragraphs) {
      let word = words.indexAtOrAfter(paragraph.start);
      clause.startSentence(word);
      sentence.reset(true);
      // The two words before the current one, within the current sentence; -1 when there is none.
      let beforeStart = -1;
      let beforeEnd = -1;
      let previousStart = -1;
      let previousEnd = -1;
      for (; word < words.count && starts[word] < paragraph.end; word++) {
        const start = starts[word];
        const end = ends[word];
        if (previousStart >= 0) {
          // Most gaps are one space: no need to look at them closer.
          const singleSpace = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 0x20;
          if (!singleSpace && gapEndsClause(text, previousEnd, start)) {
            previousStart = -1;
            clause.startSentence(word);
            sentence.reset(!isInsideFigure(text, previousEnd, start));
          } else if (
            isSameWordAt(text, previousStart, previousEnd, start, end) &&
            (singleSpace || PLAIN_GAP.test(text.slice(previousEnd, start)))
          ) {
            const first = tokenAt(text, previousStart, previousEnd);
            const second = tokenAt(text, start, end);
            const before = beforeStart < 0 ? undefined : tokenAt(text, beforeStart, beforeEnd);
            const folded = foldCase(second.text);
            const clauseOpened = (folded === 'is' || folded === 'was') && clause.openedBefore(word);
            if (!isLegitRepeat(text, paragraph.end, first, second, folded, before, clauseOpened, extraAllowed)) {
              reportDoubled(report, first, second, isCertainRepeat(folded, before, sentence));
            }
          }
        }
        sentence.add(start, end);
        beforeStart = previousStart;
        beforeEnd = previousEnd;
        previousStart = start;
        previousEnd = end;
      }
    }
  },
});

/**
 * Whether a word that opens a wh-clause or pseudo-cleft ("what", "how", "all") came earlier in the
 * current sentence. Only a doubled "is" or "was" asks, so the sentence's words are looked at then,
 * from where the last question stopped: each word once at most, however many repeats a sentence has.
 */
class ClauseOpening {
  /** The index of the first word not looked at yet. */
  private checkedTo = 0;
  private opened = false;

  constructor(private readonly words: DocumentWords) {}

  /** The sentence starts at the word with this index. */
  startSentence(word: number): void {
    this.checkedTo = word;
    this.opened = false;
  }

  /** Among the sentence's words before the one with index `word`. */
  openedBefore(word: number): boolean {
    const { words } = this;
    for (; !this.opened && this.checkedTo < word; this.checkedTo++) {
      const k = this.checkedTo;
      if (words.ends[k] - words.starts[k] <= 8 && CLAUSE_OPENERS.has(words.textOf(k).toLowerCase())) this.opened = true;
    }
    this.checkedTo = Math.max(this.checkedTo, word);
    return this.opened;
  }
}

function isLegitRepeat(
  text: string,
  paragraphEnd: number,
  first: WordToken,
  second: WordToken,
  folded: string,
  before: WordToken | undefined,
  clauseOpened: boolean,
  extraAllowed: ReadonlySet<string>,
): boolean {
  if (HAS_DIGIT.test(folded) || VIETNAMESE_LETTER.test(folded)) return true;
  if (ALLOWED_WORDS.has(folded) || extraAllowed.has(folded)) return true;
  if (COMPOUND_JOINER.test(text.charAt(first.start - 1)) || COMPOUND_JOINER.test(text.charAt(second.end))) return true;
  if ((folded === 'is' || folded === 'was') && clauseOpened) return true;
  if (!isTypedLikeATypo(first.text, second.text)) return true;
  const pair = `${folded} ${folded}`;
  return (
    (before !== undefined && ALLOWED_CONTEXTS.has(`${foldCase(before.text)} ${pair}`)) ||
    ALLOWED_CONTEXTS.has(`${pair} ${foldCase(nextWordAfter(text, second.end, paragraphEnd))}`)
  );
}

/**
 * A capitalised second copy is a name (Duran Duran, DURAN Duran, Boutros Boutros-Ghali); an all-caps
 * pair is a typo in an all-caps line ("THE THE SEA") unless it is one letter (grades, initials: "A A").
 */
function isTypedLikeATypo(first: string, second: string): boolean {
  if (!HAS_UPPER.test(second)) return true;
  if (HAS_LOWER.test(second) || HAS_LOWER.test(first)) return false;
  return second.length > 1;
}

function reportDoubled(
  report: RuleReportFn<'typedTwice' | 'typedTwiceMaybeMeant' | 'deleteSecond'>,
  first: WordToken,
  second: WordToken,
  certain: boolean,
): void {
  const removal = { start: first.end, end: second.end, text: '' };
  const shown = `${first.text} ${second.text}`;
  report({
    start: first.start,
    end: second.end,
    messageId: certain ? 'typedTwice' : 'typedTwiceMaybeMeant',
    data: { word: second.text, words: shown },
    fix: certain ? removal : undefined,
    suggestions: [{ messageId: 'deleteSecond', data: { word: second.text }, fix: removal }],
  });
}

/**
 * The first words of the current sentence, as offsets, and how many words it has had: enough to tell
 * whether a verb opens its sentence after a plain subject. A sentence that may not have started where
 * the words say ("0.2 pct": the full stop of a figure) or whose opening words are set apart by a comma
 * or a quotation mark gives no such verdict.
 */
class SentenceOpening {
  count = 0;
  private plain = true;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {}

  /** A new sentence starts at the next word; `certain` when it follows a sentence end that is no figure's. */
  reset(certain: boolean): void {
    this.count = 0;
    this.plain = certain;
    this.starts.length = 0;
    this.ends.length = 0;
  }

  add(start: number, end: number): void {
    if (this.count <= OPENING_WORDS_KEPT) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.count++;
  }

  /** Folded words of the sentence before its word number `index`, when they are few and plainly set. */
  wordsBefore(index: number): string[] | undefined {
    if (!this.plain || index > OPENING_WORDS_KEPT) return undefined;
    // Up to the verb (word `index`): only spaces between the words.
    for (let k = 1; k <= index; k++) {
      if (!PLAIN_GAP.test(this.text.slice(this.ends[k - 1], this.starts[k]))) return undefined;
    }
    return this.starts.slice(0, index).map((start, k) => foldCase(this.text.slice(start, this.ends[k])));
  }
}

/**
 * Whether dropping the second copy has exactly one right answer (see data/doubled-word-fix.json). A
 * doubled preposition after a verb is right when the first is stranded, which needs a clause that
 * moved its object away: "the firm he worked for for 20 years". A verb among the first words of its
 * sentence, after nothing but a plain subject ("The talks ended with with no deal"), leaves no room
 * for one.
 */
function isCertainRepeat(folded: string, before: WordToken | undefined, sentence: SentenceOpening): boolean {
  if (FIXABLE_WORDS.has(folded)) return true;
  if (!PREPOSITIONS.has(folded)) return false;
  const verb = before === undefined ? '' : foldCase(before.text);
  if (before === undefined || !mayBeVerb(verb)) return true;
  // "The attack was on on March 8": after be or have, the first copy may be an adverb ("is on").
  if (STRANDING_WORDS.has(verb)) return false;
  // `sentence.count` counts the words before the second copy: the verb is at count - 2.
  const subject = sentence.wordsBefore(sentence.count - 2);
  return subject !== undefined && subject.every((word, k) => !STRANDING_WORDS.has(word) || (k === 0 && SUBJECT_PRONOUNS.has(word)));
}

function mayBeVerb(folded: string): boolean {
  return VERB_ENDING.test(folded) || VERBS.has(folded) || (folded.endsWith('s') && VERBS.has(folded.slice(0, -1)));
}

function nextWordAfter(text: string, offset: number, paragraphEnd: number): string {
  const match = NEXT_WORD.exec(text.slice(offset, Math.min(offset + 40, paragraphEnd)));
  return match ? match[1] : '';
}

/**
 * `isSameWord` for two words of `text`, without building strings for the pairs that plainly differ.
 * NFC and lower-casing keep the base letter of a word's first character, so different ASCII first
 * letters stay different; and ASCII words are the same only with the same letters up to case.
 */
function isSameWordAt(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const a = text.charCodeAt(aStart);
  const b = text.charCodeAt(bStart);
  if (a < 0x80 && b < 0x80 && asciiLower(a) !== asciiLower(b)) return false;
  if (!isAscii(text, aStart, aEnd) || !isAscii(text, bStart, bEnd)) {
    return isSameWord(text.slice(aStart, aEnd), text.slice(bStart, bEnd));
  }
  const length = aEnd - aStart;
  if (bEnd - bStart !== length) return false;
  for (let k = 1; k < length; k++) {
    if (asciiLower(text.charCodeAt(aStart + k)) !== asciiLower(text.charCodeAt(bStart + k))) return false;
  }
  return true;
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function isSameWord(a: string, b: string): boolean {
  if (a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase())) return true;
  return (NON_ASCII.test(a) || NON_ASCII.test(b)) && foldCase(a) === foldCase(b);
}

/** "0.2": a full stop between two digits is a figure's. */
function isInsideFigure(text: string, gapStart: number, gapEnd: number): boolean {
  return gapEnd - gapStart === 1 && HAS_DIGIT.test(text.charAt(gapStart - 1)) && HAS_DIGIT.test(text.charAt(gapEnd));
}

function tokenAt(text: string, start: number, end: number): WordToken {
  return { text: text.slice(start, end), start, end };
}

/** NFC lower case: "Thé" typed once precomposed and once decomposed is still the same word. */
function foldCase(word: string): string {
  return word.normalize('NFC').toLowerCase();
}
