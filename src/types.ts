// The shapes every part of copydesk agrees on (see ../shared/DESIGN.md, "Findings and output").
// Offsets are UTF-16 code-unit indices into the decoded text, half-open [start, end).
// Lines and columns are 1-based; columns count UTF-16 code units.
import type { DocumentWords } from './text/document-words.js';
import type { Slot } from './kernel/slots.js';
import type { ParagraphKind } from './text/paragraph-kinds.js';
import type { DocumentSentences } from './text/sentences.js';

export type Severity = 'error' | 'warn' | 'off';

/** A replacement of [range[0], range[1]) by `text` — ESLint's fix shape. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** 1-based line of the record in a JSONL dump. */
  record?: number;
  /** The other copies a duplicate finding refers to, for side-by-side views (html, fix -i). */
  related?: RelatedPlace[];
}

/**
 * Another place a finding refers to: the other copy of a duplicate paragraph, the canonical copy of a
 * duplicate document. `filePath` is absent when it is the finding's own document.
 */
export interface RelatedPlace {
  filePath?: string;
  record?: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text there (clipped), so a report can show both copies without reading the file again. */
  text?: string;
  /** Jaccard similarity to the finding's own text, 0..1, where it was measured. */
  similarity?: number;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /**
   * The paragraph's text, `doc.text.slice(start, end)`. A document's paragraphs slice it on each read
   * (src/document.ts ParagraphSpan), so that a huge file's paragraphs do not hold a slice each.
   */
  readonly text: string;
}

/** A byte sequence that is not valid UTF-8, and the U+FFFD that stands for it in `text`. */
export interface InvalidByteRun {
  /** Offset of the replacement character in `text`. */
  offset: number;
  /** Offset of the first bad byte in the file. */
  byteOffset: number;
  bytes: number[];
}

export interface Document {
  readonly text: string;
  readonly path: string;
  /** 1-based line of the record in a JSONL dump. */
  readonly record?: number;
  /** Offset where each line begins (a typed array: index and length, as an array of numbers). */
  readonly lineStarts: ArrayLike<number>;
  readonly paragraphs: readonly Paragraph[];
  /** Invalid UTF-8 found while decoding; such a document is never rewritten. */
  readonly invalidBytes: readonly InvalidByteRun[];
  /** 1-based line and column of an offset. */
  positionAt(offset: number): { line: number; column: number };
  /**
   * The document's main language (ISO 639-1, 'und' when it has no letters), found on first use
   * (src/language/document-languages.ts).
   */
  readonly language: string;
  /** The language of the paragraph holding `offset`: its own when long enough to judge, else the document's. */
  languageAt(offset: number): string;
  /** The document's words (src/text/document-words.ts): found once, on first use, for every rule. */
  readonly words: DocumentWords;
  /** The document's sentences (src/text/sentences.ts), split once from its words on first use. */
  readonly sentences: DocumentSentences;
  /** What the paragraph at `index` is (body, heading, list item, caption…): src/text/paragraph-kinds.ts, computed once. */
  paragraphKind(index: number): ParagraphKind;
}

/** What the engine receives from `report`: the message is final. A fix uses the same [start, end) offsets as the finding. */
export interface Report {
  start: number;
  end: number;
  message: string;
  fix?: { start: number; end: number; text: string };
  suggestions?: { desc: string; fix: { start: number; end: number; text: string } }[];
  related?: RelatedPlace[];
}

export type ReportFn = (report: Report) => void;

/** A corpus rule reports after the documents are gone, so it names the place itself. */
export interface CorpusReport extends Report {
  path: string;
  record?: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Values for a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A suggestion as a rule gives it: a plain `desc`, or a `messageId` of the rule's `messages` with `data`. */
export type RuleSuggestion<M extends string = string> = { fix: { start: number; end: number; text: string } } & (
  { desc: string; messageId?: undefined } | { messageId: M; data?: MessageData; desc?: undefined }
);

/**
 * What a rule passes to `report` (ESLint's `context.report`): either a plain `message`, or a `messageId`
 * of the rule's `messages` with `data` for its `{{placeholders}}`; its suggestions likewise. defineRule
 * turns them into plain messages and descs before the engine sees the report.
 */
export type RuleReport<R extends Report = Report, M extends string = string> = Omit<R, 'message' | 'messageId' | 'suggestions'> & {
  suggestions?: RuleSuggestion<M>[];
} & ({ message: string; messageId?: undefined } | { messageId: M; data?: MessageData; message?: undefined });

export type RuleReportFn<M extends string = string> = (report: RuleReport<Report, M>) => void;

/** The JSON Schema (draft-07) of one option of a rule: type, bounds, enum, description. */
export type OptionSchema = Readonly<Record<string, unknown>> & { description?: string };

/** The JSON Schema of a rule's options object (ESLint's `meta.schema`); config validation is compiled from it. */
export interface OptionsSchema {
  type: 'object';
  properties: Readonly<Record<string, OptionSchema>>;
  additionalProperties: false;
}

/** Project-wide settings every rule may read: the config's vocabulary and proper names. */
export interface RuleSettings {
  /** Accepted words, lower-cased. */
  words: ReadonlySet<string>;
  /** Proper names in their right spelling, as written in the config. */
  names: readonly string[];
  /** The languages the corpus is expected to hold (config `languages`, ISO 639-1); ["en"] when absent. */
  languages?: readonly string[];
}

export type RuleOptions = Record<string, unknown>;

interface RuleMeta<O extends RuleOptions> {
  id: string;
  description: string;
  severity: 'error' | 'warn';
  fixable: boolean;
  /** The default options; config options are laid over them. */
  options: O;
  /**
   * The options' JSON Schema. scripts/build-config-validator.mjs compiles it into config validation, and
   * `copydesk rules` lists the options from it. Absent: an option's type is checked against its default.
   */
  schema?: OptionsSchema;
  /** Message id → message with `{{placeholders}}` (ESLint's `meta.messages`); `report({ messageId, data })` uses them. */
  messages?: Readonly<Record<string, string>>;
  /** Where the rule's page lives; reporters link it (defineRule fills in docs/rules/<id>.md when absent). */
  docs: { url: string };
  /**
   * The one language the rule can judge ('en'): the engine runs it only on a document judged English
   * and drops its findings (and so its fixes) that start in a paragraph in another language.
   * Absent: the rule judges text in any language.
   */
  language?: 'en';
  /** Off unless the config turns it on. */
  offByDefault?: boolean;
  /**
   * Findings this rule leaves to another rule while that rule is on: rule id → what it leaves
   * ("C1 controls that are Windows-1252 punctuation"). The rule asks `context.yieldsTo(id)`; the
   * engine answers from the rules that are on (docs/design.md, "Which rule owns a finding").
   */
  yieldsTo?: Readonly<Record<string, string>>;
}

/** What the engine tells a rule about the run it is in. */
export interface RuleContext {
  /**
   * Whether `ruleId`, which this rule names in its `yieldsTo`, is on for this document: then it owns
   * the findings both could make, and this rule stays silent on them. Off, this rule reports them.
   */
  yieldsTo(ruleId: string): boolean;
  /**
   * The run's value of a slot (src/kernel/slots.ts), made on first use: a memo of costly look-ups kept
   * for the whole run, never in a module variable. What it holds must not change any finding.
   */
  slot<T>(slot: Slot<T>): T;
}

export interface DocumentRule<O extends RuleOptions = RuleOptions> extends RuleMeta<O> {
  scope?: 'document';
  check(doc: Document, report: ReportFn, options: O, settings: RuleSettings, context: RuleContext): void;
}

/** A rule that sees every document, then reports at the end (cross-document duplicates, name variants). */
export interface CorpusRule<O extends RuleOptions = RuleOptions, S = unknown> extends RuleMeta<O> {
  scope: 'corpus';
  /**
   * The rule reports only what two or more documents share (cross-file duplicates, boilerplate): a run of
   * one document skips it, which changes no finding and spares its collection (start-up on one file).
   */
  betweenDocuments?: boolean;
  /**
   * A fresh state for one run; `forMerge`: for one part of the input (a worker's batch), to be merged
   * after another part's, so it keeps what `merge` needs to give the findings of one state.
   */
  createState(forMerge?: boolean): S;
  collect(state: S, doc: Document, options: O, settings: RuleSettings, context: RuleContext): void;
  /**
   * Adds to `into` the state collected from documents that come after its own in the input (by another
   * worker): the findings must be those of one state that collected every document in order. A rule
   * with `merge` is collected in the workers; one without, in the main thread. `false`: this merge
   * could not be exact and `into` is unchanged; the main thread then collects the rest itself.
   */
  merge?(into: S, later: S, options: O): boolean | void;
  /** The state as plain data that crosses threads (structured clone), and back; absent: it is plain data. */
  pack?(state: S): unknown;
  unpack?(data: unknown): S;
  finish(state: S, report: (report: CorpusReport) => void, options: O, settings: RuleSettings, context: RuleContext): void;
}

export type Rule = DocumentRule<any> | CorpusRule<any, any>;
