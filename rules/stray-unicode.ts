// stray-unicode: characters that do not belong in prose. The motivating case is VNA's "Dmitry
// Nikolayevich𝓀 Chernyshenko": a U+1D4C0 MATHEMATICAL SCRIPT SMALL K glued to a name, which Unicode
// calls a lowercase letter, so no category check and none of the peer linters catch it. Around it:
// zero-width and other invisible characters, soft hyphens, a BOM after the start, bidi controls
// (Trojan Source), tag characters (hidden "ASCII smuggling" text, decoded into the message), C0/C1
// controls, private use, noncharacters, U+FFFD, fullwidth Latin, Cyrillic/Greek look-alikes inside a
// Latin word, and text not in NFC. Legit text is never flagged: Vietnamese, emoji sequences with
// their joiners and selectors, flags, CJK, Arabic and Hebrew with their bidi marks, Thai with ZWSP.
// One finding per run of adjacent stray characters, naming each code point; a fix only where there is
// one right answer (src/unicode/stray-characters.ts decides, the classification is documented in
// docs/rules/stray-unicode.md).
import { defineRule } from '../src/define-rule.js';
import type { Report, RuleReport } from '../src/types.js';
import { describeCodePoint } from '../src/unicode/names.js';
import type { DecomposedSpan } from '../src/unicode/decomposed.js';
import { onlyReadingInWord } from '../src/unicode/glued-in-word.js';
import { wordEnd, wordStart } from '../src/unicode/text-context.js';
import { isDictionaryWord } from '../src/spelling/dictionary.js';
import { scanStrayUnicode, type StrayKind, type StrayRun } from '../src/unicode/stray-characters.js';
import { documentMojibake, isInsideMojibake } from '../src/mojibake/find-mojibake.js';
import type { Document } from '../src/types.js';

/** The 27 C1 code points Windows-1252 assigns a character to (all but 81, 8D, 8F, 90, 9D). */
function isCp1252Punctuation(codePoint: number): boolean {
  return codePoint >= 0x80 && codePoint <= 0x9f && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(codePoint);
}

const LABELS: Record<StrayKind, string> = {
  control: 'Control character',
  'c1-control': 'C1 control character',
  'bidi-control': 'Bidirectional control in a left-to-right line (it reorders what the line shows: "Trojan Source")',
  'bidi-mark': 'Bidirectional mark in a left-to-right line',
  tag: 'Invisible tag characters',
  invisible: 'Invisible character',
  bom: 'Byte order mark inside the text',
  joiner: 'Zero-width joiner outside emoji and joining scripts',
  'soft-hyphen': 'Soft hyphen',
  'variation-selector': 'Variation selector with no emoji or ideograph to modify',
  format: 'Invisible format character',
  'styled-letter': 'Styled (mathematical) letter',
  fullwidth: 'Fullwidth character outside CJK text',
  ligature: 'Compatibility ligature',
  'private-use': 'Private-use character (no agreed meaning: a font icon or a box)',
  noncharacter: 'Noncharacter',
  replacement: 'Replacement character: text was lost before it reached this file',
  unassigned: 'Unassigned code point',
  surrogate: 'Lone surrogate (invalid UTF-16; written out it becomes U+FFFD)',
  lookalike: 'Cyrillic or Greek look-alike in a Latin word',
};

/** Code points named in one message; a longer run ends with "and N more". */
const NAMES_SHOWN = 6;
/** Characters of hidden tag text quoted in a message. */
const HIDDEN_TEXT_SHOWN = 120;

export default defineRule({
  id: 'stray-unicode',
  description:
    'Characters that do not belong in prose: invisible and control characters, bidi overrides, hidden tag text, styled or look-alike letters, text not in NFC.',
  severity: 'error',
  fixable: true,
  options: { allow: [] as string[] },
  schema: {
    type: 'object',
    properties: {
      allow: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Characters never to report, as themselves ("ﬁ") or as code points ("U+200B").',
      },
    },
    additionalProperties: false,
  },
  messages: {
    partOfMojibake:
      '{{characters}}. Part of mojibake (UTF-8 read in another encoding): the mojibake rule repairs it; no automatic fix here.',
    fix: '{{characters}}. Fix: {{replacement}}.',
    fixInWord: '{{characters}}, inside a word. Fix: {{replacement}}: the word reads “{{word}}”.',
    noFix: '{{characters}}. No automatic fix: it needs a person to decide.',
    notNfc: 'Text not in NFC: {{characters}}. Fix: replace with “{{normalized}}” (NFC).',
  },
  yieldsTo: {
    mojibake: 'C1 controls that are Windows-1252 punctuation, and characters inside a mojibake run: it knows the bytes they stand for',
    encoding: 'a U+FFFD that stands for bytes that are not UTF-8: it reports the bytes',
  },
  check(doc, report, options, settings, context) {
    const mojibakeOn = context.yieldsTo('mojibake');
    const invalidByteOffsets = new Set(doc.invalidBytes.map((run) => run.offset));
    const scanOptions = {
      allow: allowedCodePoints(options.allow),
      invalidByteOffsets: context.yieldsTo('encoding') ? invalidByteOffsets : new Set<number>(),
      reportedElsewhere: mojibakeOn
        ? (codePoint: number, offset: number) => isCp1252Punctuation(codePoint) || isInsideMojibake(doc, offset)
        : undefined,
    };
    scanStrayUnicode(
      doc.text,
      scanOptions,
      // With mojibake off, a character inside a mojibake run is still reported here, but deleting it
      // would destroy a byte the repair needs (the soft hyphen of "antÃ\u00adgeno" is the AD of "í").
      (run) =>
        report(
          reportStrayRun(doc.text, run, {
            insideMojibake: !mojibakeOn && run.characters.some((c) => isInsideMisreadText(doc, c.start)),
            invalidByteOffsets,
            isKnownWord: (lower) => settings.words.has(lower) || isDictionaryWord(lower),
          }),
        ),
      (span) => report(reportDecomposed(doc.text, span)),
    );
  },
});

interface RunContext {
  /** The run is part of mojibake, and the mojibake rule is off. */
  insideMojibake: boolean;
  /** Where a U+FFFD stands for bytes that are not UTF-8 (reported here when the encoding rule is off). */
  invalidByteOffsets: ReadonlySet<number>;
  isKnownWord: (lower: string) => boolean;
}

type MessageId = 'partOfMojibake' | 'fix' | 'fixInWord' | 'noFix' | 'notNfc';

function reportStrayRun(
  text: string,
  run: StrayRun,
  { insideMojibake, isKnownWord, invalidByteOffsets }: RunContext,
): RuleReport<Report, MessageId> {
  const { start, end, characters } = run;
  const labels = unique(characters.map((c) => LABELS[c.kind])).join('; ');
  const notes = unique(characters.flatMap((c) => (c.note ? [c.note] : [])));
  const forInvalidBytes = characters.some((c) => c.kind === 'replacement' && invalidByteOffsets.has(c.start));
  if (forInvalidBytes) notes.push('it stands for bytes that are not UTF-8');
  let described = `${labels}: ${nameList(characters.map((c) => c.codePoint))}`;
  if (notes.length > 0) described += ` (${notes.join('; ')})`;
  const hidden = hiddenTagText(characters.map((c) => c.codePoint));
  if (hidden) described += `, hiding the text “${hidden}”`;

  const report: Omit<Report, 'message'> = { start, end };
  if (insideMojibake) return { ...report, messageId: 'partOfMojibake', data: { characters: described } };
  if (characters.every((c) => c.replacement !== null)) {
    const text = characters.map((c) => c.replacement).join('');
    report.fix = { start, end, text };
    return { ...report, messageId: 'fix', data: { characters: described, replacement: describeReplacement(text, characters.length) } };
  }
  const variants = characters.reduce((most, c) => Math.max(most, c.alternatives?.length ?? 0), 0);
  const suggestions = [];
  for (let k = 0; k < variants; k++) {
    const parts = characters.map((c) => c.alternatives?.[k] ?? c.replacement);
    if (parts.some((p) => p === null || p === undefined)) break;
    const text = parts.join('');
    suggestions.push({ desc: capitalize(describeReplacement(text, characters.length)), fix: { start, end, text } });
  }
  if (suggestions.length > 0) report.suggestions = suggestions;
  const reading = onlyReadingInWord(
    text,
    start,
    end,
    characters,
    suggestions.map((s) => s.fix.text),
    isKnownWord,
  );
  if (reading !== undefined) {
    const word = text.slice(wordStart(text, start), start) + reading + text.slice(end, wordEnd(text, end));
    report.fix = { start, end, text: reading };
    const replacement = describeReplacement(reading, characters.length);
    return { ...report, messageId: 'fixInWord', data: { characters: described, replacement, word } };
  }
  return { ...report, messageId: 'noFix', data: { characters: described } };
}

/** Inside a run of UTF-8 read in another encoding (a lone C1 control is no such run: describeC1 judges it). */
function isInsideMisreadText(doc: Document, offset: number): boolean {
  return documentMojibake(doc).some((repair) => repair.kind !== 'c1' && repair.start <= offset && offset < repair.end);
}

function reportDecomposed(text: string, span: DecomposedSpan): RuleReport<Report, MessageId> {
  const codePoints = [...text.slice(span.start, span.end)].map((ch) => ch.codePointAt(0)!);
  return {
    start: span.start,
    end: span.end,
    messageId: 'notNfc',
    data: { characters: nameList(codePoints), normalized: span.normalized },
    fix: { start: span.start, end: span.end, text: span.normalized },
  };
}

function nameList(codePoints: number[]): string {
  const distinct = unique(codePoints);
  const shown = distinct.slice(0, NAMES_SHOWN).map(describeCodePoint).join(', ');
  return distinct.length > NAMES_SHOWN ? `${shown} and ${distinct.length - NAMES_SHOWN} more` : shown;
}

/** Tag characters U+E0020–E007E mirror printable ASCII: the text an LLM reads and a person does not see. */
function hiddenTagText(codePoints: number[]): string {
  const hidden = codePoints
    .filter((cp) => cp >= 0xe0020 && cp <= 0xe007e)
    .map((cp) => String.fromCharCode(cp - 0xe0000))
    .join('');
  return hidden.length > HIDDEN_TEXT_SHOWN ? `${hidden.slice(0, HIDDEN_TEXT_SHOWN)}…` : hidden;
}

function describeReplacement(text: string, count: number): string {
  if (text === '') return count > 1 ? 'delete them' : 'delete it';
  if (text === '\n') return 'replace with a line break';
  // A lone quote or dash reads better by name than between quotation marks.
  const codePoints = [...text];
  if (codePoints.length === 1 && !/[\p{L}\p{N}]/u.test(text)) return `replace with ${describeCodePoint(text.codePointAt(0)!)}`;
  return `replace with “${text}”`;
}

/** The `allow` option: characters ("ﬁ") or code points ("U+FB01") never to report. */
function allowedCodePoints(allow: readonly string[]): Set<number> {
  const codePoints = new Set<number>();
  for (const entry of allow) {
    const notation = /^U\+([0-9A-F]{4,6})$/i.exec(entry);
    if (notation) codePoints.add(parseInt(notation[1], 16));
    else for (const ch of entry) codePoints.add(ch.codePointAt(0)!);
  }
  return codePoints;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
