// Merging the name-form counts of two parts of a run's input (src/names/name-forms.ts) as if one state
// had counted both in order: workers count their batches, the main thread merges them batch by batch,
// and the name-variant rule reports what a one-process run reports.
import { AFTER, BEFORE, MAX_NEIGHBOURS, MAX_PAIRS, type NameForm, type NameFormCounts, type Neighbour } from './name-forms.js';

export interface NameFormMergeLimits {
  /** As counted (NameFormLimits): a spelling in more documents than this keeps no places. */
  maxRareDocuments: number;
  maxPlaces: number;
}

/**
 * Adds `later`'s counts (the documents after `into`'s) to `into`. False, leaving `into` unchanged, when
 * the result could differ from counting in order: the run's cap on (spelling, neighbour) pairs could be
 * reached, or a rare spelling's list of neighbours was full in `later` and would lose some of them to
 * `into` (the ones after would then be missing). The caller counts the rest of the input itself.
 */
export function mergeNameFormCounts(into: NameFormCounts, later: NameFormCounts, limits: NameFormMergeLimits): boolean {
  if (into.pairs + later.pairs > MAX_PAIRS) return false;
  for (const theirs of later.forms.values()) {
    const ours = into.forms.get(theirs.key);
    if (!ours || !theirs.neighbours || theirs.neighbours.length < MAX_NEIGHBOURS || !keepsPlaces(ours, theirs, limits)) continue;
    if (theirs.neighbours.some((neighbour) => knows(ours, neighbour))) return false;
  }
  const serialOffset = into.documents;
  for (const theirs of later.forms.values()) {
    const ours = into.forms.get(theirs.key);
    if (!ours) {
      into.forms.set(theirs.key, { ...theirs, lastDocument: theirs.lastDocument + serialOffset });
      into.forms.get(theirs.key)!.before = internedMap(into, theirs.before);
      into.forms.get(theirs.key)!.after = internedMap(into, theirs.after);
      into.pairs += (theirs.before?.size ?? 0) + (theirs.after?.size ?? 0);
      continue;
    }
    const placesKept = keepsPlaces(ours, theirs, limits);
    // Their neighbours that are new beside this spelling, known before the maps take them in.
    const newNeighbours = (theirs.neighbours ?? []).filter((neighbour) => !knows(ours, neighbour));
    const added = addCounts(into, ours, BEFORE, theirs.before) + addCounts(into, ours, AFTER, theirs.after);
    ours.count += theirs.count;
    ours.documents += theirs.documents;
    ours.lastDocument = theirs.lastDocument + serialOffset;
    if (!placesKept) {
      ours.places = null;
      ours.neighbours = undefined;
      continue;
    }
    ours.places = [...(ours.places ?? []), ...(theirs.places ?? [])].slice(0, limits.maxPlaces);
    if (ours.neighbours || added > 0) {
      const neighbours = ours.neighbours ?? [];
      for (const neighbour of newNeighbours) if (neighbours.length < MAX_NEIGHBOURS) neighbours.push(neighbour);
      ours.neighbours = neighbours;
    }
  }
  into.documents += later.documents;
  return true;
}

/** Whether the merged spelling is still rare enough to keep its places (and neighbours). */
function keepsPlaces(ours: NameForm, theirs: NameForm, limits: NameFormMergeLimits): boolean {
  return ours.documents + theirs.documents <= limits.maxRareDocuments;
}

function knows(form: NameForm, neighbour: Neighbour): boolean {
  const beside = neighbour.side === BEFORE ? form.before : form.after;
  return beside?.has(neighbour.word.toLowerCase()) ?? false;
}

/** Adds their counts beside `form` on one side; how many pairs were new. */
function addCounts(
  counts: NameFormCounts,
  form: NameForm,
  side: typeof BEFORE | typeof AFTER,
  theirs: Map<string, number> | undefined,
): number {
  if (!theirs?.size) return 0;
  const beside = side === BEFORE ? (form.before ??= new Map()) : (form.after ??= new Map());
  let added = 0;
  for (const [word, count] of theirs) {
    const ours = beside.get(word);
    if (ours !== undefined) {
      beside.set(word, ours + count);
    } else {
      beside.set(interned(counts, word), count);
      added++;
    }
  }
  counts.pairs += added;
  return added;
}

function internedMap(counts: NameFormCounts, map: Map<string, number> | undefined): Map<string, number> | undefined {
  return map && new Map([...map].map(([word, count]) => [interned(counts, word), count]));
}

/** One string per distinct neighbour for the whole run (as name-forms.ts keeps them). */
function interned(counts: NameFormCounts, word: string): string {
  const known = counts.words.get(word);
  if (known !== undefined) return known;
  counts.words.set(word, word);
  return word;
}
