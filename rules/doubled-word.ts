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
import { WORD_PATTERN, type WordToken } from '../src/text/words.js';
import type { ReportFn } from '../src/types.js';

const ALLOWED_WORDS = new Set(allowData.words);
const ALLOWED_CONTEXTS = new Set(allowData.contexts);
const FIXABLE_WORDS = new Set(fixData.words);
const PREPOSITIONS = new Set(fixData.prepositions);
const VERBS = new Set(fixData.verbs);

/** Only spaces (one line break at most, as in a wrapped line) may separate the two copies. */
const PLAIN_GAP = /^(?:[ \u00a0]|[ \t\u00a0]*\r?\n[ \t\u00a0]*)$/;
/** Sentence punctuation in the gap between two words starts a new sentence. */
const SENTENCE_END = /[.!?…:;。！？]/;
/** A hyphen, slash or handle sign glues a word into a compound ("non-bank bank", "one one-hundredth"). */
const COMPOUND_JOINER = /[-‐‑/@#_]/;
const HAS_DIGIT = /\p{Nd}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Vietnamese letters: reduplication ("từ từ", "người người") is grammatical there. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/u;
/** Words that open a wh-clause or pseudo-cleft, after which "is is" is right: "how long the run is is anybody's guess". */
const CLAUSE_OPENERS = new Set(['what', 'whatever', 'how', 'why', 'where', 'when', 'who', 'whoever', 'whether', 'all']);
const VERB_ENDING = /(?:ed|en|ing)$/;
const WORD = new RegExp(WORD_PATTERN.source, 'gu');
const NEXT_WORD = /^\s+([\p{L}\p{M}]+)/u;
const NON_ASCII = /[^\x00-\x7f]/;

export default defineRule({
  id: 'doubled-word',
  description: 'A word typed twice in a row by mistake: "the the".',
  severity: 'error',
  fixable: true,
  options: { allow: [] as string[] },
  check(doc, report, options) {
    const extraAllowed = new Set((options.allow ?? []).map((word) => foldCase(word)));
    for (const paragraph of doc.paragraphs) {
      const { text } = paragraph;
      // The two words before the current one, within the current sentence.
      let before: WordToken | undefined;
      let previous: WordToken | undefined;
      let clauseOpened = false;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
        const word: WordToken = { text: m[0], start: m.index, end: m.index + m[0].length };
        // Most gaps are one space: no need to look at them closer.
        const singleSpace = previous !== undefined && word.start - previous.end === 1 && text.charCodeAt(previous.end) === 0x20;
        const gap = previous && !singleSpace ? text.slice(previous.end, word.start) : '';
        if (SENTENCE_END.test(gap)) {
          before = previous = undefined;
          clauseOpened = false;
        } else if (previous && (singleSpace || PLAIN_GAP.test(gap)) && isSameWord(previous.text, word.text)) {
          const folded = foldCase(word.text);
          if (!isLegitRepeat(text, previous, word, folded, before, clauseOpened, extraAllowed)) {
            reportDoubled(report, paragraph.start, previous, word, isCertainRepeat(folded, before));
          }
        }
        if (word.text.length <= 8 && CLAUSE_OPENERS.has(word.text.toLowerCase())) clauseOpened = true;
        before = previous;
        previous = word;
      }
    }
  },
});

function isLegitRepeat(
  text: string, first: WordToken, second: WordToken, folded: string, before: WordToken | undefined,
  clauseOpened: boolean, extraAllowed: ReadonlySet<string>,
): boolean {
  if (HAS_DIGIT.test(folded) || VIETNAMESE_LETTER.test(folded)) return true;
  if (ALLOWED_WORDS.has(folded) || extraAllowed.has(folded)) return true;
  if (COMPOUND_JOINER.test(text.charAt(first.start - 1)) || COMPOUND_JOINER.test(text.charAt(second.end))) return true;
  if ((folded === 'is' || folded === 'was') && clauseOpened) return true;
  if (!isTypedLikeATypo(first.text, second.text)) return true;
  const pair = `${folded} ${folded}`;
  return (before !== undefined && ALLOWED_CONTEXTS.has(`${foldCase(before.text)} ${pair}`)) ||
    ALLOWED_CONTEXTS.has(`${pair} ${foldCase(nextWordAfter(text, second.end))}`);
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

function reportDoubled(report: ReportFn, offset: number, first: WordToken, second: WordToken, certain: boolean): void {
  const removal = { start: offset + first.end, end: offset + second.end, text: '' };
  const shown = `${first.text} ${second.text}`;
  report({
    start: offset + first.start,
    end: offset + second.end,
    message: certain
      ? `"${second.text}" is typed twice: "${shown}".`
      : `"${second.text}" is typed twice: "${shown}". Delete one unless the repeat is meant.`,
    fix: certain ? removal : undefined,
    suggestions: [{ desc: `Delete the second "${second.text}"`, fix: removal }],
  });
}

/** Whether dropping the second copy has exactly one right answer (see data/doubled-word-fix.json). */
function isCertainRepeat(folded: string, before: WordToken | undefined): boolean {
  if (FIXABLE_WORDS.has(folded)) return true;
  if (!PREPOSITIONS.has(folded)) return false;
  return before === undefined || !mayBeVerb(foldCase(before.text));
}

function mayBeVerb(folded: string): boolean {
  return VERB_ENDING.test(folded) || VERBS.has(folded) || (folded.endsWith('s') && VERBS.has(folded.slice(0, -1)));
}

function nextWordAfter(text: string, offset: number): string {
  const match = NEXT_WORD.exec(text.slice(offset, offset + 40));
  return match ? match[1] : '';
}

function isSameWord(a: string, b: string): boolean {
  if (a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase())) return true;
  return (NON_ASCII.test(a) || NON_ASCII.test(b)) && foldCase(a) === foldCase(b);
}

/** NFC lower case: "Thé" typed once precomposed and once decomposed is still the same word. */
function foldCase(word: string): string {
  return word.normalize('NFC').toLowerCase();
}
