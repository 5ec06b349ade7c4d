// name-variant: a rare spelling of a name beside a much more frequent one in the same run. VNA spelt
// Mexico's Alberto Anaya Gutiérrez "Guitiérrez" four times in one story (vna-hai-phong-mexico.txt):
// no dictionary knows either spelling, so only the other documents, which spell it right, can tell.
//
// Across all documents of a run it pairs capitalised words that no dictionary knows, in NFC lower
// case: a spelling in at most two documents with one of the same first letter written ten times as
// often, one edit away. Real names differ by a letter too (Tran/Trang, Truong/Trung, Herbert/Harbert),
// so short names and edits no finger makes need three times the evidence, and an added ending, accents
// alone, two Vietnamese syllables, or a spelling made of two everyday words (Factbook) are never a
// pair (src/names/name-variants.ts). A spelling that
// shares a word of its name with the frequent one needs far less evidence: "Donaldsen Lufkin" once,
// "Donaldson Lufkin" twice, "Donaldson" three times in all (but beside a word that stands beside
// many names, like "Corp", only a slip of the fingers counts). Report-only: the
// rare one may be a real name, so the frequent spelling is a suggestion. The config's `names` come
// first: a configured name, or a near-miss the typo rule fixes (while it is on), is not reported here; nor is
// a name the list of known names has (src/spelling/proper-names.ts: Jeffery beside Jeffrey, Alberto
// beside Alberta).
import { defineCorpusRule } from '../src/define-rule.js';
import {
  CAPITALISED_WORDS,
  countNameForms,
  emptyNameFormCounts,
  type NameForm,
  type NameFormCounts,
  type Place,
} from '../src/names/name-forms.js';
import { findNameVariants } from '../src/names/name-variants.js';
import { mergeNameFormCounts } from '../src/names/merge-name-forms.js';
import { nameIndex } from '../src/spelling/names.js';
import { isLowerCaseName } from '../src/spelling/proper-names.js';
import type { CorpusReport, RuleReport, RuleSettings } from '../src/types.js';

export default defineCorpusRule({
  id: 'name-variant',
  description:
    'A rare spelling of a name that the rest of the corpus spells otherwise: "Guitiérrez" ×1 beside "Gutiérrez" ×30 (suggestions).',
  severity: 'warn',
  fixable: false,
  language: 'en',
  scope: 'corpus',
  options: { maxRareDocuments: 2, minFrequentCount: 10, minRatio: 10, maxReportsPerName: 20 },
  schema: {
    type: 'object',
    properties: {
      maxRareDocuments: { type: 'integer', minimum: 1, description: 'A spelling in more documents than this is not rare.' },
      minFrequentCount: { type: 'integer', minimum: 1, description: 'The fewest times the right spelling must be written.' },
      minRatio: {
        type: 'number',
        minimum: 1,
        description: 'How many times the right spelling must be written for each document the rare one is in.',
      },
      maxReportsPerName: {
        type: 'integer',
        minimum: 1,
        description: 'Places of one rare spelling reported; the last one says how many more.',
      },
    },
    additionalProperties: false,
  },
  messages: {
    misspelling: '"{{rare}}" ({{rareCount}}) may be a misspelling of {{likely}}.',
    misspellingBeside: '"{{rare}}" ({{rareCount}}) may be a misspelling of {{likely}}, both written beside "{{neighbour}}".',
    misspellingMore: '"{{rare}}" ({{rareCount}}) may be a misspelling of {{likely}}. ({{more}} more not listed after this one.)',
    misspellingBesideMore:
      '"{{rare}}" ({{rareCount}}) may be a misspelling of {{likely}}, both written beside "{{neighbour}}". ({{more}} more not listed after this one.)',
    replaceWith: 'Replace with "{{spelling}}"',
  },
  createState: (): NameFormCounts => emptyNameFormCounts(),
  // Counted in the workers, a batch each, and merged in input order (src/names/merge-name-forms.ts).
  merge: (into, later, options) =>
    mergeNameFormCounts(into, later, { maxRareDocuments: options.maxRareDocuments, maxPlaces: options.maxReportsPerName + 1 }),
  collect(state, doc, options, _settings, context) {
    // One more place than are reported, to tell that more were left out.
    const readInvisible = !context.yieldsTo('stray-unicode');
    const limits = { maxRareDocuments: options.maxRareDocuments, maxPlaces: options.maxReportsPerName + 1, readInvisible };
    countNameForms(state, doc, limits, context.slot(CAPITALISED_WORDS));
  },
  yieldsTo: {
    typo: 'a near-miss of a name in the config: typo fixes it',
    'stray-unicode': 'a name with invisible characters inside: it is counted once they are removed',
  },
  finish(state, report, options, settings, context) {
    const typoOn = context.yieldsTo('typo');
    for (const { rare, likely, sharedNeighbour } of findNameVariants(state.forms.values(), options)) {
      // A spelling the list of known names has is a name of its own: Jeffery beside Jeffrey.
      if (isSettledByConfig(rare, settings, typoOn) || isLowerCaseName(rare.key)) continue;
      reportVariant(report, rare, likely, sharedNeighbour, options.maxReportsPerName);
    }
  },
});

/** A configured name, an accepted word, or a near-miss of a configured name (typo's to fix while it is on). */
function isSettledByConfig(form: NameForm, settings: RuleSettings, typoOn: boolean): boolean {
  if (settings.words.has(form.key)) return true;
  if (settings.names.length === 0) return false;
  const names = nameIndex(settings.names);
  return names.lowerCaseParts.has(form.key) || (typoOn && names.nearMisses(form.spelling).length > 0);
}

function reportVariant(
  report: (
    r: RuleReport<CorpusReport, 'misspelling' | 'misspellingBeside' | 'misspellingMore' | 'misspellingBesideMore' | 'replaceWith'>,
  ) => void,
  rare: NameForm,
  likely: NameForm[],
  sharedNeighbour: string | undefined,
  maxReports: number,
): void {
  const messageId = sharedNeighbour === undefined ? 'misspelling' : 'misspellingBeside';
  const data = {
    rare: rare.spelling,
    rareCount: timesIn(rare),
    likely: likely.map((f) => `"${f.spelling}" (${timesIn(f)})`).join(' or '),
    neighbour: sharedNeighbour ?? '',
  };
  (rare.places ?? []).forEach((place, i) => {
    const suggestions = likely.map((f) => replaceWith(place, f.spelling));
    if (i < maxReports) report({ ...place, messageId, data, suggestions });
    else report({ ...place, messageId: `${messageId}More` as const, data: { ...data, more: rare.count - maxReports - 1 }, suggestions });
  });
}

function timesIn(form: NameForm): string {
  const times = form.count === 1 ? 'once' : `${form.count} times`;
  return `${times} in ${form.documents} ${form.documents === 1 ? 'document' : 'documents'}`;
}

function replaceWith(place: Place, spelling: string) {
  return { messageId: 'replaceWith' as const, data: { spelling }, fix: { start: place.start, end: place.end, text: spelling } };
}
