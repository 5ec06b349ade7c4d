// Which rare spellings of a run are slips for a much more frequent one: "Guitiérrez" in one VNA story
// (vna-hai-phong-mexico.txt) beside "Gutiérrez" thirty times elsewhere.
//
// The starting point is the corpus-frequency test in ../shared/research/anchors-unicode-typos.md (B2,
// item 3): capitalised words no dictionary knows, a rare spelling against one ten times as common,
// same first letter, endings and accents aside. Measured on Reuters-21578 (docs/rules/name-variant.md),
// two further guards took the real misspellings among its flags from 69 % to 93 %: what kind of edit
// it is (src/names/typing-slips.ts), and no pairs two edits apart, which were nearly all real names
// (Warrington/Washington, Heherson/Henderson, Petronas/Petrobras).
//
// Candidate pairs come from a deletion index (SymSpell) over the frequent spellings only: each is
// filed under itself and every form with one letter deleted, the first letter always kept; a rare
// spelling looks up its own. Two spellings one edit apart (a swap included) share such a key, so
// each rare spelling costs a few look-ups and no pair is compared that could not match.
import type { NameForm } from './name-forms.js';
import { typingEdits } from './typing-slips.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

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

export function findNameVariants(forms: Iterable<NameForm>, thresholds: VariantThresholds): NameVariant[] {
  const rare: NameForm[] = [];
  const index = new Map<string, NameForm[]>();
  for (const form of forms) {
    // A spelling copied through one long story may be both: frequent for others, rare itself.
    if (form.count >= thresholds.minFrequentCount) fileUnderDeletions(index, form);
    if (form.documents <= thresholds.maxRareDocuments && form.places) rare.push(form);
  }
  const variants: NameVariant[] = [];
  if (index.size === 0) return variants;
  for (const form of rare) {
    const likely = likelySpellingsOf(form, index, thresholds);
    if (likely.length > 0) variants.push({ rare: form, likely });
  }
  return variants;
}

function fileUnderDeletions(index: Map<string, NameForm[]>, form: NameForm): void {
  forEachDeletion(form.key, (key) => {
    const filed = index.get(key);
    if (!filed) index.set(key, [form]);
    else if (filed[filed.length - 1] !== form) filed.push(form);
  });
}

function likelySpellingsOf(rare: NameForm, index: Map<string, NameForm[]>, thresholds: VariantThresholds): NameForm[] {
  const likely: NameForm[] = [];
  let seen: Set<NameForm> | undefined;
  forEachDeletion(rare.key, (key) => {
    const filed = index.get(key);
    if (!filed) return;
    seen ??= new Set();
    for (const candidate of filed) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      if (isSlipFor(rare, candidate, thresholds)) likely.push(candidate);
    }
  });
  return likely.sort((a, b) => b.count - a.count);
}

/** Whether the rare spelling reads as a misspelling of the frequent one. */
function isSlipFor(rare: NameForm, frequent: NameForm, thresholds: VariantThresholds): boolean {
  if (frequent === rare || frequent.count < thresholds.minRatio * rare.documents || frequent.count < MIN_OCCURRENCE_RATIO * rare.count) return false;
  const a = rare.key;
  const b = frequent.key;
  // One spelling plus an ending is an inflection or another name: Nguyen/Nguyens, Tran/Trang.
  if (a.startsWith(b) || b.startsWith(a)) return false;
  // Accents written or left out are a house style ("Gutierrez"); Vietnamese marks tell names apart.
  if (withoutMarks(a) === withoutMarks(b)) return false;
  if (isVietnameseSyllable(a) && isVietnameseSyllable(b)) return false;
  const edits = typingEdits(a, b);
  if (edits.length !== 1) return false;
  const long = b.length >= ANY_EDIT_LENGTH;
  if (long && edits[0].slip) return true;
  return (long || edits[0].slip) && frequent.count >= thresholds.minRatio * WEAK_EVIDENCE_FACTOR * rare.documents;
}

/**
 * Calls `visit` with `word` and every string made from it by deleting one letter, the first letter
 * always kept (UTF-16 units stand for letters: names are NFC, and both sides of a pair are cut the
 * same way). A doubled letter gives the same key twice; look-ups don't mind.
 */
function forEachDeletion(word: string, visit: (key: string) => void): void {
  visit(word);
  for (let i = 1; i < word.length; i++) visit(word.slice(0, i) + word.slice(i + 1));
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}
