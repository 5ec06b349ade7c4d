// typo: misspelled words, from four sources, most certain first.
//
// 1. Known misspellings (typos' corrections list): "teh", "goverment". One correction is a safe fix,
//    in the case of the original (Teh → The); several are suggestions.
// 2. Lower-case words no English dictionary knows, British and American spellings alike: VNA wrote
//    "to be held silmutaneously" (vna-vietnam-russia.txt), a typo in no list. Suggestions only,
//    ranked: "simultaneously" first; two words run together get the two words ("ofconcern"). Words
//    only a larger word-game list has ("spudded") are words, after the list of source 1 had its say,
//    unless one slip of the fingers from one of the commonest words ("will be ablet to").
// 3. Near-misses of the config's `names`: VNA spelt Mexico's Alberto Anaya Gutiérrez "Guitiérrez"
//    four times (vna-hai-phong-mexico.txt). A fix when one name is nearest.
// 4. Capitalised words one slip from a known name or a common word: Reuters' "Conneticut", "Genral
//    Motors" (src/spelling/capitalised-word.ts), or from a spelling the same document uses more often:
//    "Crosibie" beside "Crosbie" (src/spelling/document-variants.ts). Suggestions only.
//
// Capitalised words no dictionary knows are names far more often than typos (Tran Luu Quang,
// Chernyshenko, Phomvihane), so source 1 judges them only at the start of a sentence and not before
// another capitalised word ("Viet Nam", "Bui Thanh Son" are names the list would "correct"), and
// source 4 only under the guards of its module. Acronyms, numbers, URLs, e-mail addresses, file names and
// words with letters outside English (Đà Nẵng, phở) are never judged; the config's `words` are accepted.
//
// The spelling model's findings are weighed at the document's end with the page's evidence
// (src/spelling/slip-evidence.ts): prose around them, no list of names, no term the document uses
// twice, a likely enough correction (docs/rules/typo.md, "The model").
import { defineRule } from '../src/define-rule.js';
import { dialectTwin, HYPHENATED_PREFIXES, isSuffixedWord } from '../src/spelling/affixes.js';
import { isDictionaryWord, isExtraName, isExtraWord, isSoftwareTerm, wordTier } from '../src/spelling/dictionary.js';
import { correctionsOf, inCaseOf } from '../src/spelling/misspellings.js';
import {
  CAPITALISED_CORRECTIONS,
  correctionsOfCapitalisedWord,
  MIN_CAPITALISED_SLIP_LENGTH,
  type CapitalisedSearchBudget,
} from '../src/spelling/capitalised-word.js';
import { DocumentSpellings, isDocumentVariantCandidate, type Known } from '../src/spelling/document-variants.js';
import { nameIndex, type NameIndex } from '../src/spelling/names.js';
import { isLowerCaseName } from '../src/spelling/proper-names.js';
import { candidateScore, errorModel } from '../src/spelling/error-model.js';
import { CANDIDATE_CORRECTIONS, suggestCorrections, type Correction } from '../src/spelling/suggest.js';
import {
  COMMON_WORD_SLIPS,
  commonWordSlipsOf,
  correctionsOfUnknownWord,
  joinedWords,
  type SearchBudget,
  type TokenWindow,
} from '../src/spelling/unknown-word.js';
import {
  addressSpans,
  mayHoldAddress,
  appearsMidSentence,
  areAdjacent,
  caseShape,
  type CaseShape,
  isInForeignPhrase,
  isDroppedG,
  isJoinedByHyphen,
  isPartOfIdentifier,
  isSentenceStart,
  wordWithoutClitic,
} from '../src/spelling/word-context.js';
import {
  familyOf,
  functionWordsAround,
  listItemsAround,
  wordCounts,
  MAX_REPORT_SCORE_PER_LETTER,
  MIN_FUNCTION_WORDS,
  MIN_LIST_ITEMS,
  MIN_TERM_COUNT,
} from '../src/spelling/slip-evidence.js';
import { isTableRow } from '../src/text/line-kinds.js';
import { DIGIT, HAS_DIGIT, INVISIBLE } from '../src/text/char-classes.js';
import type { DocumentWords } from '../src/text/document-words.js';
import { defineSlot, type Memo } from '../src/kernel/slots.js';
import { RangeMemo } from '../src/spelling/range-memo.js';
import { HotWords } from '../src/spelling/hot-words.js';
import { offsetInText, readWord, type WordToken } from '../src/text/words.js';
import type { Report, RuleReport, RuleSettings, RuleSuggestion } from '../src/types.js';

type MessageId =
  'misspelling' | 'notInDictionary' | 'rareWordSlip' | 'unknownCapitalised' | 'documentVariant' | 'nameNearMiss' | 'replaceWith';
/** A finding as typo reports it: a message of `messages` by id, with its data. */
type Finding = RuleReport<Report, MessageId>;

const ENGLISH_LETTERS = /^[a-z]+$/;
const MAX_WORD_LENGTH = 40;
const SHORT_WORD_LENGTH = 4;
/**
 * A capitalised spelling the document writes more often than this is the writer's name, not a slip of
 * another spelling it writes (document variants: "Rexnard" twice beside "Rexnord" once tells nothing).
 * The model's other findings go by the document cache of src/spelling/slip-evidence.ts.
 */
const MAX_DOCUMENT_VARIANT_COUNT = 2;
// A capitalised word corrected by the list must become a common word: "Teh" → "The", but Reuters'
// "Parana" (the river) is not "Piranha".
const SENTENCE_START_MAX_TIER = 35;
// Searching suggestions costs about a millisecond a word. English has few unknown words, so a document
// with many more (a base64 blob, a page in another language) gets this many searches and no more.
const SEARCHES_PER_DOCUMENT = 200;
const SEARCHES_PER_1000_CHARACTERS = 1;
// A capitalised word's search costs about 30 µs; a news story has a few dozen new names per 1,000 words.
const CAPITALISED_SEARCHES_PER_DOCUMENT = 1000;
const CAPITALISED_SEARCHES_PER_1000_CHARACTERS = 5;

export default defineRule({
  id: 'typo',
  description:
    'Misspelled words: known misspellings and near-misses of configured names (fixed), unknown words and capitalised slips (suggestions).',
  severity: 'error',
  fixable: true,
  language: 'en',
  options: { unknownWords: true },
  schema: {
    type: 'object',
    properties: {
      unknownWords: {
        type: 'boolean',
        description:
          'Also suggest corrections for words no dictionary knows and capitalised slips (false: the misspellings list and names only).',
      },
    },
    additionalProperties: false,
  },
  messages: {
    misspelling: '"{{word}}" is a misspelling of {{choices}}.',
    notInDictionary: '"{{word}}" is not in the dictionary; did you mean {{choices}}?',
    rareWordSlip: '"{{word}}" is a rare word one slip from {{choices}}; a misspelling?',
    unknownCapitalised: '"{{word}}" is in neither the dictionary nor the list of names; did you mean {{choices}}?',
    documentVariant:
      '"{{word}}" is in neither the dictionary nor the list of names, and this document writes "{{spelling}}" {{times}}; a misspelling?',
    nameNearMiss: '"{{word}}" looks like a misspelling of the name {{choices}}.',
    replaceWith: 'Replace with "{{text}}"',
  },
  yieldsTo: { 'stray-unicode': 'a word with invisible or control characters inside: its clean spelling is judged once they are removed' },
  check(doc, report, options, settings, ruleContext) {
    const context: TypoContext = {
      text: doc.text,
      words: doc.words,
      memos: {
        candidates: ruleContext.slot(CANDIDATE_CORRECTIONS),
        commonWordSlips: ruleContext.slot(COMMON_WORD_SLIPS),
        capitalisedCorrections: ruleContext.slot(CAPITALISED_CORRECTIONS),
        tokenSpellings: ruleContext.slot(TOKEN_SPELLINGS),
      },
      readInvisible: !ruleContext.yieldsTo('stray-unicode'),
      settings,
      names: nameIndex(settings.names),
      unknownWords: options.unknownWords !== false,
      searchesLeft: SEARCHES_PER_DOCUMENT + Math.floor(doc.text.length / 1000) * SEARCHES_PER_1000_CHARACTERS,
      searched: new Map(),
      capitalisedSearchesLeft:
        CAPITALISED_SEARCHES_PER_DOCUMENT + Math.floor(doc.text.length / 1000) * CAPITALISED_SEARCHES_PER_1000_CHARACTERS,
      capitalisedSearched: new Set(),
      usedAsName: new Map(),
      unjudged: new Map(),
      familyUses: new Map(),
      modelFindings: [],
    };
    // The document's words (doc.words, tokenized once for every rule), walked paragraph by paragraph.
    const { text, words } = doc;
    const { starts, ends, flags, count } = words;
    const hotWords = ruleContext.slot(HOT_WORDS);
    const anyAddress = mayHoldAddress(text);
    for (const paragraph of doc.paragraphs) {
      const addresses = anyAddress ? addressSpans(text, paragraph.start, paragraph.end) : [];
      let address = 0;
      const first = words.indexAtOrAfter(paragraph.start);
      // Words as indexes: most are dictionary words in some case, found without a string being made,
      // and a word with a digit is a figure, no spelling (its flags say so); strings are made only for the others.
      for (let k = first; k < count && starts[k] < paragraph.end; k++) {
        const start = starts[k];
        const end = ends[k];
        if ((flags[k] & DIGIT) !== 0 || hotWords.isAsciiDictionaryWord(text, start, end)) continue;
        while (address < addresses.length && addresses[address][1] <= start) address++;
        if (address < addresses.length && addresses[address][0] < end) continue;
        const next = k + 1 < count && starts[k + 1] < paragraph.end ? k + 1 : NONE;
        const found = findTypo(context, paragraph, { previous: k > first ? k - 1 : NONE, index: k, next }, (flags[k] & INVISIBLE) !== 0);
        if (found) reportListed(context, found, report);
      }
    }
    const recurring = context.modelFindings.filter(({ lower }) => isRecurring(context, lower));
    const neighbours = new Set(recurring.flatMap(({ finding }) => (finding.suggestions ?? []).map((s) => s.fix.text.toLowerCase())));
    const counts = neighbours.size > 0 ? wordCounts(text, words, neighbours) : new Map<string, number>();
    for (const { lower, finding } of context.modelFindings) {
      if (isWriterWord(context, lower, finding, counts)) continue;
      reportByModel(context, finding, report);
    }
    if (context.unjudged.size > 0) reportDocumentVariants(context, (finding) => reportByModel(context, finding, report));
  },
});

/** The evidence of the page around a finding (src/spelling/slip-evidence.ts). */
function pageEvidence(context: TypoContext, finding: Finding): { functionWords: number; listItems: number } {
  const index = context.words.indexAtOrAfter(finding.start);
  return {
    functionWords: functionWordsAround(context.text, context.words, index),
    listItems: listItemsAround(context.text, context.words, index),
  };
}

/**
 * A finding of the lists (a known misspelling; a config name's near-miss, which the user asked for, is
 * reported as it is): never in a list of names, where it would be a user called "condulences", and
 * its fix there a wrong one.
 */
function reportListed(context: TypoContext, finding: Finding, report: (r: Finding) => void): void {
  if (finding.messageId !== 'nameNearMiss' && pageEvidence(context, finding).listItems >= MIN_LIST_ITEMS) return;
  report(finding);
}

/**
 * The model's score of a finding's likeliest correction (error cost plus weighted prior: lower is
 * likelier) per letter of the word, since a long word has more letters to slip on ("insitutitions",
 * three slips, is as likely a typo as "killled", one). 0 when the evidence is not a candidate's score:
 * words run together, a spelling the document itself writes otherwise.
 */
function scorePerLetter(context: TypoContext, finding: Finding): number {
  const best = finding.suggestions?.[0]?.fix.text.toLowerCase();
  if (best === undefined || best.includes(' ') || finding.messageId === 'documentVariant') return 0;
  const typed = context.text.slice(finding.start, finding.end).toLowerCase();
  return candidateScore(typed, best, wordTier(best)) / typed.length;
}

/** A finding of the model: reported only in prose, never in a list of names, and only when its score passes the report threshold. */
function reportByModel(context: TypoContext, finding: Finding, report: (r: Finding) => void): void {
  const evidence = pageEvidence(context, finding);
  if (evidence.listItems >= MIN_LIST_ITEMS || evidence.functionWords < MIN_FUNCTION_WORDS) return;
  if (scorePerLetter(context, finding) > MAX_REPORT_SCORE_PER_LETTER) return;
  report(finding);
}

/** Whether the document uses a spelling's family in MIN_TERM_COUNT distinct contexts or more. */
function isRecurring(context: TypoContext, lower: string): boolean {
  return context.familyUses.get(familyOf(lower))!.contexts.size >= MIN_TERM_COUNT;
}

/**
 * The document cache: a spelling, or a family of inflections of one stem, that the document uses in
 * MIN_TERM_COUNT distinct contexts or more is the writer's word, unless the document writes one of the
 * model's corrections of it more often still (a slip made twice beside the right spelling).
 */
function isWriterWord(context: TypoContext, lower: string, finding: Finding, counts: ReadonlyMap<string, number>): boolean {
  if (!isRecurring(context, lower)) return false;
  const { count } = context.familyUses.get(familyOf(lower))!;
  const neighbour = Math.max(0, ...(finding.suggestions ?? []).map((s) => counts.get(s.fix.text.toLowerCase()) ?? 0));
  return neighbour <= count;
}

/** A finding of the model, kept until the document's end: reported then unless the document cache says the spelling is the writer's. */
function byModel(context: TypoContext, lower: string, finding: Finding | undefined): undefined {
  if (finding) context.modelFindings.push({ lower, finding });
  return undefined;
}

/**
 * Capitalised words the checks above left alone that the document itself writes otherwise, one slip
 * away (src/spelling/document-variants.ts): "Envirnomental" beside "Environmental". Suggestions only.
 */
function reportDocumentVariants(context: TypoContext, report: (r: Finding) => void): void {
  const spellings = new DocumentSpellings(context.text, context.words, (spelling): Known => {
    const lower = spelling.toLowerCase();
    if (isDictionaryWord(lower)) return 'word';
    return isLowerCaseName(lower) ? 'name' : undefined;
  });
  for (const [word, places] of context.unjudged) {
    const count = spellings.countOf(word) ?? places.length;
    if (count > MAX_DOCUMENT_VARIANT_COUNT) continue;
    const spelling = spellings.spellingOf(word, count);
    if (!spelling) continue;
    const times = spellings.countOf(spelling)!;
    for (const { start, end } of places) {
      report({
        start,
        end,
        messageId: 'documentVariant',
        data: { word, spelling, times: times === 1 ? 'once' : `${times} times` },
        suggestions: replacements([spelling], start, end),
      });
    }
  }
}

interface Span {
  start: number;
  end: number;
}

/** Whether the paragraph is a table row (src/text/line-kinds.ts), asked once a paragraph. */
function isTableParagraph(context: TypoContext, paragraph: Span): boolean {
  if (context.tableParagraph?.start !== paragraph.start) {
    context.tableParagraph = { start: paragraph.start, isTable: isTableRow(context.text.slice(paragraph.start, paragraph.end)) };
  }
  return context.tableParagraph.isTable;
}

interface TypoContext extends SearchBudget, CapitalisedSearchBudget {
  text: string;
  /** The document's words (doc.words). */
  words: DocumentWords;
  /** The run's memos of costly searches (pure functions of a word: they only save time). */
  memos: {
    candidates: Memo<string, readonly Correction[]>;
    commonWordSlips: Memo<string, Correction[]>;
    capitalisedCorrections: Memo<string, string[]>;
    tokenSpellings: RangeMemo<TokenSpelling>;
  };
  /** Judge a word with invisible characters inside as it reads without them (stray-unicode is off). */
  readInvisible: boolean;
  settings: RuleSettings;
  names: NameIndex;
  unknownWords: boolean;
  /** Capitalised words found standing inside a sentence somewhere in the document, or not. */
  usedAsName: Map<string, boolean>;
  /** The last paragraph asked about by isTableParagraph. */
  tableParagraph?: { start: number; isTable: boolean };
  /** Capitalised words no check reported, with where they stand: for reportDocumentVariants. */
  unjudged: Map<string, { start: number; end: number }[]>;
  /** The document cache by family of inflections (src/spelling/slip-evidence.ts, familyOf). */
  familyUses: Map<string, { contexts: Set<string>; count: number }>;
  /** The model's findings, reported at the document's end (byModel). */
  modelFindings: { lower: string; finding: Finding }[];
}

/**
 * One use of a spelling no dictionary has, for the document cache: counted by family of inflections, once
 * per pair of neighbours, so that a paragraph a scraper or a wire repeated is no second use (the count of
 * every use is kept to compare with the count of a near neighbour). The cache asks only whether a family
 * has MIN_TERM_COUNT contexts, so no more are kept (nor made: a pair is a string of two words).
 */
function recordUse(context: TypoContext, family: string, place: Place): void {
  let uses = context.familyUses.get(family);
  if (!uses) context.familyUses.set(family, (uses = { contexts: new Set(), count: 0 }));
  uses.count++;
  if (uses.contexts.size >= MIN_TERM_COUNT) return;
  const { text, words } = context;
  const lowerAt = (k: number) => (k === NONE ? '' : text.slice(words.starts[k], words.ends[k]).toLowerCase());
  uses.contexts.add(`${lowerAt(place.previous)} ${lowerAt(place.next)}`);
}

function rememberUnjudged(context: TypoContext, word: string, start: number, end: number): void {
  const places = context.unjudged.get(word);
  if (!places) context.unjudged.set(word, [{ start, end }]);
  else if (places.length <= MAX_DOCUMENT_VARIANT_COUNT) places.push({ start, end });
}

/** Where a word stands: its index in the document's words and its neighbours' in its paragraph (NONE: no word there). */
interface Place {
  previous: number;
  index: number;
  next: number;
}
const NONE = -1;

/**
 * What typo knows of a token's spelling wherever it stands: a pure function of the token as it reads,
 * kept in a memo of the run (TOKEN_SPELLINGS), so that the look-ups and case tests of a name written
 * in every story of a dump ("Corp", "Reuters", "Vietnam's") are made once a run, not at every use.
 */
interface TokenSpelling {
  /** The word without its clitic; undefined for a token never judged (too long, a dictionary word, "o'clock", one letter, a figure). */
  word: string | undefined;
  lower: string;
  /** The family of inflections the document cache counts the word's uses by (familyOf). */
  family: string;
  shape: CaseShape;
  /** All a–z once lower-cased. */
  isEnglishSpelling: boolean;
  /** A dictionary word once its clitic is gone ("company's"): counted as a use, then accepted. */
  isDictionaryWord: boolean;
  isHyphenatedPrefix: boolean;
  // Asked of a few spellings only, so looked up on the first question (knownAs).
  /** A word only the word-game list or the software terms have. */
  isExtraWord?: boolean;
  isLowerCaseName?: boolean;
  isExtraName?: boolean;
}

const NEVER_JUDGED: TokenSpelling = Object.freeze({
  word: undefined,
  lower: '',
  family: '',
  shape: 'lower',
  isEnglishSpelling: false,
  isDictionaryWord: false,
  isHyphenatedPrefix: false,
});

/** The dictionary's answers for the words a run asks most, kept where the processor's caches hold them. */
export const HOT_WORDS = defineSlot('typo: the dictionary look-ups of the commonest words', () => new HotWords());

/**
 * The run's memo of token spellings, asked with the token's place in the text (no string is made for
 * a spelling it knows): news repeats its names and abbreviations from story to story.
 */
export const TOKEN_SPELLINGS = defineSlot('typo: what a token spelling is', () => new RangeMemo<TokenSpelling>(16_384, MAX_WORD_LENGTH));

function tokenSpellingOf(token: string): TokenSpelling {
  if (token.length > MAX_WORD_LENGTH) return NEVER_JUDGED;
  // ASCII dictionary words never get here (check() skips them without making a string); a few
  // non-ASCII tokens lower-case to one (the Kelvin sign in "\u212Aing"), and are no typo either.
  if (isDictionaryWord(token.toLowerCase())) return NEVER_JUDGED;
  // Digits are not spelling (check() skips most words with one by their flags).
  if (HAS_DIGIT.test(token)) return NEVER_JUDGED;
  const word = wordWithoutClitic(token);
  if (word === undefined || word.length < 2) return NEVER_JUDGED;
  const lower = word.toLowerCase();
  const isEnglishSpelling = ENGLISH_LETTERS.test(lower);
  const isKnown = isEnglishSpelling && isDictionaryWord(lower);
  return {
    word,
    lower,
    family: familyOf(lower),
    shape: caseShape(word),
    isEnglishSpelling,
    isDictionaryWord: isKnown,
    isHyphenatedPrefix: HYPHENATED_PREFIXES.has(lower),
  };
}

/** Whether a token spelling is in one of the larger lists, looked up once a run (a pure function of the spelling). */
function knownAs(spelling: TokenSpelling, list: 'extraWord' | 'lowerCaseName' | 'extraName'): boolean {
  const { lower } = spelling;
  switch (list) {
    case 'extraWord':
      return (spelling.isExtraWord ??= spelling.isEnglishSpelling && isExtraWord(lower));
    case 'lowerCaseName':
      return (spelling.isLowerCaseName ??= isLowerCaseName(lower));
    case 'extraName':
      return (spelling.isExtraName ??= isExtraName(lower));
  }
}

/** The token at text[start, end) as it reads. */
function readingAt(context: TypoContext, start: number, end: number, hasInvisible: boolean): WordToken {
  const written = context.text.slice(start, end);
  return { text: hasInvisible ? readWord(written) : written, start, end };
}

/** The words around the word at `place` as tokens (`token` as it reads): made only for the few words judged past the first checks. */
function windowAt(context: TypoContext, place: Place, token: WordToken): TokenWindow {
  const { text, words } = context;
  const tokenAt = (k: number): WordToken => ({
    text: text.slice(words.starts[k], words.ends[k]),
    start: words.starts[k],
    end: words.ends[k],
  });
  return {
    previous: place.previous === NONE ? undefined : tokenAt(place.previous),
    token,
    next: place.next === NONE ? undefined : tokenAt(place.next),
  };
}

function findTypo(context: TypoContext, paragraph: Span, place: Place, hasInvisible: boolean): Finding | undefined {
  const { text, settings, names, words } = context;
  // A word with invisible characters inside ("de\u0001puties") is stray-unicode's while that is on:
  // its clean spelling is judged once they are removed. With it off, the word is judged as it reads.
  if (hasInvisible && !context.readInvisible) return undefined;
  const start = words.starts[place.index];
  const tokenEnd = words.ends[place.index];
  // A word read across invisible characters is rare, and its reading is no range of the text: it is not memoised.
  const spelling = hasInvisible
    ? tokenSpellingOf(readWord(text.slice(start, tokenEnd)))
    : context.memos.tokenSpellings.get(text, start, tokenEnd, tokenSpellingOf);
  const { word, lower, shape, isEnglishSpelling } = spelling;
  // Addresses are not spelling.
  if (word === undefined || isPartOfIdentifier(text, start, tokenEnd)) return undefined;
  const end = hasInvisible ? offsetInText(text, start, word.length) : start + word.length;
  recordUse(context, spelling.family, place);
  if (settings.words.has(lower) || spelling.isDictionaryWord) return undefined;
  if (names.lowerCaseParts.size > 0 && names.lowerCaseParts.has(lower.normalize('NFC'))) return undefined;
  if (spelling.isHyphenatedPrefix && isJoinedByHyphen(text, end)) return undefined;
  // A word only the word-game list has is a word, unless the misspellings list knows it ("als").
  if (knownAs(spelling, 'extraWord')) {
    if (shape !== 'lower') return undefined;
    const window = windowAt(context, place, readingAt(context, start, tokenEnd, hasInvisible));
    return (
      lowerCaseMisspelling(context, paragraph, word, lower, start, end, window) ??
      (isSoftwareTerm(lower) ? undefined : byModel(context, lower, gameWordSlip(context, word, lower, start, end, window)))
    );
  }

  if (shape !== 'lower') {
    const nameFinding = nameNearMiss(names, word, start, end);
    if (nameFinding || shape === 'mixed') return nameFinding;
    if (knownAs(spelling, 'lowerCaseName')) return undefined;
    const window = windowAt(context, place, readingAt(context, start, tokenEnd, hasInvisible));
    const { next } = window;
    if (shape === 'title' && isSentenceStart(text, paragraph.start, start) && (next === undefined || caseShape(next.text) === 'lower')) {
      const known = knownMisspelling(context, word, lower, start, end, isCommonWord);
      if (known && !isUsedAsName(context, word)) return known;
      // Two words run together at a sentence's start ("Usingprices of May"), not a name inside one.
      const joined = context.unknownWords && isEnglishSpelling ? joinedWords(lower) : undefined;
      if (joined && !isUsedAsName(context, word)) {
        const apart = inCaseOf(word, joined);
        return byModel(context, lower, {
          start,
          end,
          messageId: 'notInDictionary',
          data: { word, choices: listOfChoices([apart]) },
          suggestions: replacements([apart], start, end),
        });
      }
    }
    // Unknown capitalised words, like unknown lower-case ones, only with the unknownWords option; a
    // name of the larger name lists is a name.
    if (!context.unknownWords || knownAs(spelling, 'extraName')) return undefined;
    const slip = capitalisedSlip(context, word, start, end, window);
    if (!slip && isEnglishSpelling && isDocumentVariantCandidate(word)) rememberUnjudged(context, word, start, end);
    return byModel(context, lower, slip);
  }
  if (!isEnglishSpelling || isDroppedG(text, lower, end)) return undefined;
  const window = windowAt(context, place, readingAt(context, start, tokenEnd, hasInvisible));
  const known = lowerCaseMisspelling(context, paragraph, word, lower, start, end, window);
  // "mexican", "peru" in a story that lost its capitals: a name, not a misspelling.
  if (known || !context.unknownWords || knownAs(spelling, 'lowerCaseName')) return known;
  // A short unknown word inside a name is its particle ("Bank fuer Gemeinwirtschaft"). (In a table row,
  // where it is a label or an abbreviation, the prose evidence of the model leaves it alone.)
  if (lower.length <= SHORT_WORD_LENGTH && isBetweenCapitalisedWords(text, window)) return undefined;
  const corrections = correctionsOfUnknownWord(text, window, lower, context, context.memos.candidates);
  if (!corrections) return undefined;
  const texts = corrections.map((c) => c.word);
  return byModel(context, lower, {
    start,
    end,
    messageId: 'notInDictionary',
    data: { word, choices: listOfChoices(texts) },
    suggestions: replacements(texts, start, end),
  });
}

/** A word only the word-game list has, one slip from one of the commonest words ("ablet"): a suggestion. */
function gameWordSlip(
  context: TypoContext,
  word: string,
  lower: string,
  start: number,
  end: number,
  window: TokenWindow,
): Finding | undefined {
  if (!context.unknownWords || isLowerCaseName(lower)) return undefined;
  const corrections = commonWordSlipsOf(context.text, window, lower, context.memos.commonWordSlips);
  if (!corrections) return undefined;
  const texts = corrections.map((c) => c.word);
  return {
    start,
    end,
    messageId: 'rareWordSlip',
    data: { word, choices: listOfChoices(texts) },
    suggestions: replacements(texts, start, end),
  };
}

/**
 * The words the spelling model finds about as likely as the list's one correction, or likelier: a fix
 * needs the correction to lead every other candidate by the calibrated fix lead (docs/rules/typo.md,
 * "Calibration"). The typos list maps "revealtion" to "revelations", but "revelation" is likelier;
 * such an entry is a suggestion, likeliest first; "recieve" → "receive" stays a fix.
 */
function rivalsOf(context: TypoContext, lower: string, listedCorrection: string): { likelier: string[]; asLikely: string[] } {
  const model = errorModel();
  const listedScore = candidateScore(lower, listedCorrection, wordTier(listedCorrection));
  const others = suggestCorrections(lower, 5, context.memos.candidates).filter(
    (c) => c.word !== listedCorrection && c.score < listedScore + model.data.fixLead,
  );
  return {
    likelier: others.filter((c) => c.score < listedScore).map((c) => c.word),
    asLikely: others.filter((c) => c.score >= listedScore).map((c) => c.word),
  };
}

function isUsedAsName(context: TypoContext, word: string): boolean {
  let used = context.usedAsName.get(word);
  if (used === undefined) {
    used = appearsMidSentence(context.text, word);
    context.usedAsName.set(word, used);
  }
  return used;
}

/**
 * A capitalised word that the dictionary and the list of names lack, one slip from a known name or a
 * common word (see src/spelling/capitalised-word.ts): "Conneticut", "Genral Motors", the headline's
 * "RECIEVES". Suggestions only: a name no list has is one slip from a known one often enough. The
 * list of known misspellings is not asked: it "corrects" the company Antibioticos to "Antibiotics".
 */
function capitalisedSlip(context: TypoContext, word: string, start: number, end: number, window: TokenWindow): Finding | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_CAPITALISED_SLIP_LENGTH || !ENGLISH_LETTERS.test(lower)) return undefined;
  if (isInRunWithUnknownCapitalisedWord(context.text, window)) return undefined;
  const corrections = correctionsOfCapitalisedWord(word, context, context.memos.capitalisedCorrections);
  if (corrections.length === 0) return undefined;
  return {
    start,
    end,
    messageId: 'unknownCapitalised',
    data: { word, choices: listOfChoices(corrections) },
    suggestions: replacements(corrections, start, end),
  };
}

/**
 * Another capitalised word no list knows in the same run of capitalised words: the word is part of a
 * foreign name or phrase ("Societe Generale", "Minero Peru Comercial").
 */
function isInRunWithUnknownCapitalisedWord(text: string, { token }: TokenWindow): boolean {
  for (const word of capitalisedRunAround(text, token.start, token.end)) {
    const bare = wordWithoutClitic(word);
    if (bare === undefined || HAS_DIGIT.test(bare) || caseShape(bare) === 'lower') continue;
    const lower = bare.toLowerCase();
    if (!isDictionaryWord(lower) && !isLowerCaseName(lower)) return true;
  }
  return false;
}

// A capitalised word and the spaces or hyphen before it, read backwards from a run's start.
// A name's particles ("Societes de Developpement Regional", "Banco do Brasil") join its run.
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}\p{M}'’]*)[ \t-](?:(?:de|du|des|del|della|di|da|do|dos|das|van|von|y) )?$/u;
const CAPITALISED_AFTER = /^[ \t-](?:(?:de|du|des|del|della|di|da|do|dos|das|van|von|y) )?(\p{Lu}[\p{L}\p{M}'’]*)/u;
// Back to the run's start, but only the next word after: a title runs on into the name of whoever
// holds it ("Trade Represenative Clayton Yeutter"), and that name may be one no list has.
const MAX_RUN_WORDS_BEFORE = 4;
const MAX_RUN_WORDS_AFTER = 1;

/** The other capitalised words joined to text[start, end) by a space or hyphen: up to four before, one after. */
function capitalisedRunAround(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  let before = start;
  for (let i = 0; i < MAX_RUN_WORDS_BEFORE; i++) {
    const match = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, before - 40), before));
    if (!match) break;
    words.push(match[1]);
    before -= match[0].length;
  }
  let after = end;
  for (let i = 0; i < MAX_RUN_WORDS_AFTER; i++) {
    const match = CAPITALISED_AFTER.exec(text.slice(after, after + 40));
    if (!match) break;
    words.push(match[1]);
    after += match[0].length;
  }
  return words;
}

/**
 * A lower-case known misspelling. A short one is often a word of another language ("sur", "ont"):
 * not in a foreign phrase, nor between two capitalised words, as in a place name ("Fos sur Mer"); and
 * in a table row it is a label or an abbreviation (Reuters' "tung" oil, "shex") unless the list has
 * one sure correction for it ("teh").
 */
function lowerCaseMisspelling(
  context: TypoContext,
  paragraph: Span,
  word: string,
  lower: string,
  start: number,
  end: number,
  window: TokenWindow,
): Finding | undefined {
  const isShort = lower.length <= SHORT_WORD_LENGTH;
  if (isShort && (isInForeignPhrase([window.previous, window.next]) || isBetweenCapitalisedWords(context.text, window))) return undefined;
  const known = knownMisspelling(context, word, lower, start, end);
  return known && !known.fix && isShort && isTableParagraph(context, paragraph) ? undefined : known;
}

function isBetweenCapitalisedWords(text: string, { previous, token, next }: TokenWindow): boolean {
  return (
    previous !== undefined &&
    next !== undefined &&
    areAdjacent(text, previous, token) &&
    areAdjacent(text, token, next) &&
    caseShape(previous.text) === 'title' &&
    caseShape(next.text) === 'title'
  );
}

/** A word common enough to be what a capitalised misspelling at a sentence's start stands for. */
function isCommonWord(word: string): boolean {
  return (wordTier(word) ?? Infinity) <= SENTENCE_START_MAX_TIER;
}

/**
 * A word of typos' list of misspellings. One correction is a fix at near-certainty only: the model
 * agrees with the list by the calibrated lead, no larger lexicon knows the word ("als" is a word-game
 * word; fixed, German's "als" became "also"), and it is no name of the larger name lists. Otherwise the
 * corrections are suggestions.
 */
function knownMisspelling(
  context: TypoContext,
  word: string,
  lower: string,
  start: number,
  end: number,
  isAcceptable: (correction: string) => boolean = () => true,
): Finding | undefined {
  if (!ENGLISH_LETTERS.test(lower)) return undefined;
  const listed = correctionsOf(lower);
  if (!listed || !listed.every(isAcceptable)) return undefined;
  const corrections = listed.map((c) => inCaseOf(word, c));
  if (corrections.length === 1) {
    const rivals = rivalsOf(context, lower, listed[0]);
    // A known word and a suffix may be the writer's coinage ("brokeness", being broke), not "brokenness".
    const isKnownElsewhere = isExtraWord(lower) || (word !== lower && isExtraName(lower)) || isSuffixedWord(lower, wordTier);
    // A fix picks no dialect for the writer: "emphazises" is "emphasises" or "emphasizes".
    const twin = dialectTwin(listed[0], wordTier);
    const isSure = twin === undefined;
    if (twin !== undefined && !rivals.likelier.includes(twin) && !rivals.asLikely.includes(twin)) rivals.asLikely.push(twin);
    if (!rivals.likelier.length && !rivals.asLikely.length && !isKnownElsewhere && isSure)
      return {
        start,
        end,
        messageId: 'misspelling',
        data: { word, choices: listOfChoices(corrections) },
        fix: { start, end, text: corrections[0] },
      };
    // The list's one correction is not sure enough, so a person chooses, likeliest first.
    corrections.unshift(...rivals.likelier.map((c) => inCaseOf(word, c)));
    corrections.push(...rivals.asLikely.map((c) => inCaseOf(word, c)));
  }
  return {
    start,
    end,
    messageId: 'misspelling',
    data: { word, choices: listOfChoices(corrections) },
    suggestions: replacements(corrections, start, end),
  };
}

function nameNearMiss(names: NameIndex, word: string, start: number, end: number): Finding | undefined {
  const spellings = names.nearMisses(word);
  if (spellings.length === 0) return undefined;
  if (spellings.length === 1) {
    return {
      start,
      end,
      messageId: 'nameNearMiss',
      data: { word, choices: listOfChoices(spellings) },
      fix: { start, end, text: spellings[0] },
    };
  }
  return {
    start,
    end,
    messageId: 'nameNearMiss',
    data: { word, choices: listOfChoices(spellings) },
    suggestions: replacements(spellings, start, end),
  };
}

function replacements(texts: string[], start: number, end: number): RuleSuggestion<MessageId>[] {
  return texts.map((text) => ({ messageId: 'replaceWith', data: { text }, fix: { start, end, text } }));
}

function listOfChoices(texts: string[]): string {
  const quoted = texts.map((t) => `"${t}"`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
