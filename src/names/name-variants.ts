// Which rare spellings of a run are slips for a much more frequent one: "Guitiérrez" in one VNA story
// (vna-hai-phong-mexico.txt) beside "Gutiérrez" thirty times elsewhere.
//
// The starting point is the corpus-frequency test in ../shared/research/anchors-unicode-typos.md (B2,
// item 3): capitalised words no dictionary knows, a rare spelling against one ten times as common,
// same first letter, endings and accents aside. Measured on Reuters-21578 (docs/rules/name-variant.md),
// two further guards took the real misspellings among its flags from 69 % to 93 %: what kind of edit
// it is (src/text/typing-slips.ts), and no pairs two edits apart, which were nearly all real names
// (Warrington/Washington, Heherson/Henderson, Petronas/Petrobras).
//
// Candidate pairs come from a deletion index (SymSpell) over the frequent spellings only: each is
// filed under itself and every form with one letter deleted, the first letter always kept; a rare
// spelling looks up its own. Two spellings one edit apart (a swap included) share such a key, so
// each rare spelling costs a few look-ups and no pair is compared that could not match.
import { BEFORE, type NameForm, type Neighbour } from './name-forms.js';
import { wordTier } from '../spelling/dictionary.js';
import { forEachDeletion } from '../text/deletion-keys.js';
import { typingEdits, type TypingEdit } from '../text/typing-slips.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';

export interface VariantThresholds {
  /** A rare spelling is in at most this many documents. */
  maxRareDocuments: number;
  /** A frequent spelling is written at least this many times. */
  minFrequentCount: number;
  /** …and at least this many times for each document the rare spelling is in. */
  minRatio: number;
}

export interface NameVariant {
  rare: NameForm;
  /** The frequent spellings it is a slip for, commonest first. */
  likely: NameForm[];
  /** A word of the name written beside both spellings, when that is the evidence: "Lufkin". */
  sharedNeighbour?: string;
}

/** Names this long may differ by any one edit; in shorter ones it must be a slip of the fingers. */
const ANY_EDIT_LENGTH = 7;
// A misspelling is copied through its story (Guitiérrez four times in one), so the rare spelling's
// weight is the number of documents it is in. But a spelling written a third as often as the other is
// a name of its own, however few documents it is in (Hussain in one profile, Hussein in the news).
const MIN_OCCURRENCE_RATIO = 3;
// A slip of the fingers in a long name is the likeliest misspelling. A vowel changed or a letter
// dropped is also how real names differ (Harbert/Herbert, Lawrance/Lawrence, Alleghany/Allegheny, all
// real in Reuters), and short names are a letter apart anyway (Bohn/Bonn, Ciba/Cuba, Susan/Sudan):
// those need the frequent spelling this many times more common again.
const WEAK_EVIDENCE_FACTOR = 3;

// A spelling that shares a word of its name with another needs far less evidence: "Donaldsen Lufkin"
// once, "Donaldson Lufkin" six times in a run where "Donaldson" stands 16 times. Real names one
// letter apart seldom keep the same company (Merrell Dow, Merrill Lynch). The other spelling must
// stand this many times, twice as often as the rare one, and beside the shared word twice.
const MIN_SHARED_CONTEXT_COUNT = 3;
const MIN_SHARED_CONTEXT_RATIO = 2;
const MIN_SHARED_NEIGHBOUR_COUNT = 2;
// A shared word of one letter is an initial or a fragment: "Comp-U-Card" beside "Corp U.S.".
const MIN_NEIGHBOUR_LENGTH = 2;
const MAX_NAMES_BESIDE_A_NAME_WORD = 30;

// A name coined from two everyday words ("The World Factbook") is no slip of a name one letter away
// (Facebook): a slip seldom lands on two such words. Rarer parts are how slips do read ("Septmember" is
// "sept" + "member", a dropped letter of September), so the parts must be among the commonest words.
const MIN_WORD_PART = 4;
const MAX_EVERYDAY_TIER = 20;
const ENGLISH_LETTERS = /^[a-z]+$/;

export function findNameVariants(forms: Iterable<NameForm>, thresholds: VariantThresholds): NameVariant[] {
  const rare: NameForm[] = [];
  const index = new Map<string, NameForm[]>();
  const minIndexed = Math.min(thresholds.minFrequentCount, MIN_SHARED_CONTEXT_COUNT);
  const neighbours = new Neighbours();
  for (const form of forms) {
    neighbours.add(form);
    // A spelling copied through one long story may be both: frequent for others, rare itself.
    if (form.count >= minIndexed) fileUnderDeletions(index, form);
    if (form.documents <= thresholds.maxRareDocuments && form.places) rare.push(form);
  }
  const variants: NameVariant[] = [];
  if (index.size === 0) return variants;
  for (const form of rare) {
    const variant = variantOf(form, index, thresholds, neighbours);
    if (variant) variants.push(variant);
  }
  return variants;
}

/** The frequent spellings the rare one is a slip for, by their counts alone, or else by a shared neighbour. */
function variantOf(
  rare: NameForm,
  index: Map<string, NameForm[]>,
  thresholds: VariantThresholds,
  neighbours: Neighbours,
): NameVariant | undefined {
  const candidates = candidatesOf(rare, index).filter((candidate) => !isAnotherName(rare, candidate));
  const likely = candidates.filter((candidate) => candidate.count >= thresholds.minFrequentCount && isSlipFor(rare, candidate, thresholds));
  if (likely.length > 0) return { rare, likely: likely.sort((a, b) => b.count - a.count) };
  for (const candidate of candidates.sort((a, b) => b.count - a.count)) {
    if (candidate.count < MIN_SHARED_CONTEXT_COUNT || candidate.count < MIN_SHARED_CONTEXT_RATIO * rare.count) continue;
    const edits = editsFor(rare, candidate);
    if (edits?.length !== 1) continue;
    // A title or a company's type ("Minister", "Corp") stands beside hundreds of names: sharing it,
    // only a slip of the fingers counts (Mocrosoft Corp), not just any letter (Geico Corp, Gelco Corp).
    const shared = rare.neighbours?.find(
      (neighbour) =>
        neighbour.word.length >= MIN_NEIGHBOUR_LENGTH &&
        timesBeside(candidate, neighbour) >= MIN_SHARED_NEIGHBOUR_COUNT &&
        (edits[0].slip || neighbours.namesBeside(neighbour) <= MAX_NAMES_BESIDE_A_NAME_WORD),
    );
    if (shared !== undefined) return { rare, likely: [candidate], sharedNeighbour: shared.word };
  }
  return undefined;
}

/**
 * Whether the spellings read as two names whatever their counts: the rare one is two everyday words
 * joined (Factbook: fact + book, beside Facebook) and no finger typed it for the other.
 */
function isAnotherName(rare: NameForm, frequent: NameForm): boolean {
  if (!isTwoEverydayWords(rare.key)) return false;
  const edits = editsFor(rare, frequent);
  return edits !== undefined && !edits.every((edit) => edit.slip);
}

function isTwoEverydayWords(key: string): boolean {
  if (!ENGLISH_LETTERS.test(key)) return false;
  const isEveryday = (part: string) => (wordTier(part) ?? Infinity) <= MAX_EVERYDAY_TIER;
  for (let split = MIN_WORD_PART; split <= key.length - MIN_WORD_PART; split++) {
    if (isEveryday(key.slice(0, split)) && isEveryday(key.slice(split))) return true;
  }
  return false;
}

/** How many times `form` stands beside `neighbour`'s word, on its side. */
function timesBeside(form: NameForm, { side, word }: Neighbour): number {
  return (side === BEFORE ? form.before : form.after)?.get(word.toLowerCase()) ?? 0;
}

/** How many different spellings each word of a name stands before, and after. */
class Neighbours {
  private readonly forms: NameForm[] = [];
  private counts: [Map<string, number>, Map<string, number>] | undefined;

  add(form: NameForm): void {
    if (form.before || form.after) this.forms.push(form);
  }

  /** Counted on first use: most runs never ask. */
  namesBeside({ side, word }: Neighbour): number {
    if (!this.counts) {
      this.counts = [new Map(), new Map()];
      for (const form of this.forms) {
        for (const [map, counts] of [
          [form.before, this.counts[0]],
          [form.after, this.counts[1]],
        ] as const) {
          for (const key of map?.keys() ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    return this.counts[side === BEFORE ? 0 : 1].get(word.toLowerCase()) ?? 0;
  }
}

function fileUnderDeletions(index: Map<string, NameForm[]>, form: NameForm): void {
  forEachDeletion(form.key, (key) => {
    const filed = index.get(key);
    if (!filed) index.set(key, [form]);
    else if (filed[filed.length - 1] !== form) filed.push(form);
  });
}

/** The indexed spellings one edit (a swap included) or less from the rare one, itself left out. */
function candidatesOf(rare: NameForm, index: Map<string, NameForm[]>): NameForm[] {
  const seen = new Set<NameForm>([rare]);
  forEachDeletion(rare.key, (key) => index.get(key)?.forEach((candidate) => seen.add(candidate)));
  seen.delete(rare);
  return [...seen];
}

/** Whether the rare spelling reads as a misspelling of the frequent one. */
function isSlipFor(rare: NameForm, frequent: NameForm, thresholds: VariantThresholds): boolean {
  if (frequent.count < thresholds.minRatio * rare.documents || frequent.count < MIN_OCCURRENCE_RATIO * rare.count) return false;
  const edits = editsFor(rare, frequent);
  if (edits?.length !== 1) return false;
  const b = frequent.key;
  const long = b.length >= ANY_EDIT_LENGTH;
  if (long && edits[0].slip) return true;
  return (long || edits[0].slip) && frequent.count >= thresholds.minRatio * WEAK_EVIDENCE_FACTOR * rare.documents;
}

/** The typing edits from the frequent spelling to the rare one, or undefined when they are not two spellings of one name. */
function editsFor(rare: NameForm, frequent: NameForm): TypingEdit[] | undefined {
  const a = rare.key;
  const b = frequent.key;
  // One spelling plus an ending is an inflection or another name: Nguyen/Nguyens, Tran/Trang.
  if (a.startsWith(b) || b.startsWith(a)) return undefined;
  // Accents written or left out are a house style ("Gutierrez"); Vietnamese marks tell names apart.
  if (withoutMarks(a) === withoutMarks(b)) return undefined;
  if (isVietnameseSyllable(a) && isVietnameseSyllable(b)) return undefined;
  return typingEdits(a, b);
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}
