// One file's walk through its findings, in file order, a key press each. The answers are a stack (for
// `u`); the accepted edits are the answers' edits, all against the original text, never overlapping,
// and go into the file in one pass (applyFixes) when its last finding is answered.
import type { ChalkInstance } from 'chalk';
import { applyFixes } from '../fix/apply-fixes.js';
import { ChangedOnDisk, writeFixedFile } from '../fix/write-file.js';
import { displayPath } from '../results/index.js';
import { showInvisible } from '../reporters/show-invisible.js';
import type { Document, Finding, Fix } from '../types.js';
import { addConfigWord, removeConfigWord } from './config-words.js';
import { conflictsWithAny, withFileLineEnding } from './edits.js';
import { INTERRUPT, typedChar, type KeyReader } from './keys.js';
import { editLine } from './line-editor.js';
import { describeFinding, helpText, keyList, MAX_SUGGESTIONS } from './render.js';

/** Rules that read the config's `words`: only for their findings does `w` change anything. */
const RULES_READING_WORDS = new Set(['typo']);
const ONE_WORD = /^[\p{L}\p{M}\p{N}'’-]+$/u;

/** What the whole session shares while it walks the files. */
export interface SessionContext {
  readonly keys: KeyReader;
  readonly c: ChalkInstance;
  readonly cwd: string;
  readonly out: NodeJS.WriteStream;
  /** Prints a line (or an empty one). */
  say(line?: string): void;
  write(text: string): void;
  /** Words added with `w` in this session, lower-cased (later files are checked with them beside their config's). */
  readonly words: Set<string>;
  /** Where `w` writes: the config in use, or the copydesk.config.json it made. */
  configFile?: string;
  readonly tally: Tally;
}

export interface Tally {
  fixes: number;
  filesWritten: number;
  wordsAdded: string[];
  failures: number;
}

export interface OpenedFile {
  file: string;
  display: string;
  bytes: Buffer;
  bom: boolean;
  doc: Document;
  /** The words this file was checked with, lower-cased: its config's and those added so far. */
  words: ReadonlySet<string>;
  findings: Finding[];
}

export type FileOutcome = 'next' | 'quit' | 'interrupt';

interface Answer {
  /** The finding it answered, where the walk goes back to on undo. */
  at: number;
  /** Every finding it settled (more than one for `a` and `d`). */
  settles: number[];
  edits: Fix[];
  addedWord?: { word: string; file: string };
}

type Reply = { kind: 'answer'; answer: Answer } | { kind: 'undo' } | { kind: 'quit' } | { kind: 'interrupt' };

export async function reviewFile(ctx: SessionContext, opened: OpenedFile): Promise<FileOutcome> {
  const { findings } = opened;
  const answers: Answer[] = [];
  const settled = new Set<number>();
  let cursor = 0;
  let quit = false;
  for (;;) {
    while (cursor < findings.length && settled.has(cursor)) cursor++;
    if (cursor >= findings.length) break;
    const accepted = answers.flatMap((a) => a.edits);
    const finding = findings[cursor];
    const offered = offeredKeys(opened, cursor, accepted, settled, answers.length > 0);
    if (isBlockedByAcceptedEdit(finding, offered, accepted)) {
      ctx.say(ctx.c.dim(`${place(opened, cursor)}  ${finding.ruleId}: skipped, it overlaps a change already accepted.`));
      cursor++;
      continue;
    }
    ctx.say();
    for (const line of describeFinding(opened.doc, finding, place(opened, cursor), accepted, ctx.out.columns || 80, ctx.c)) ctx.say(line);
    const reply = await ask(ctx, opened, cursor, offered, accepted, settled);
    if (reply.kind === 'interrupt') return 'interrupt';
    if (reply.kind === 'quit') {
      quit = true;
      break;
    }
    if (reply.kind === 'undo') {
      const undone = answers.pop()!;
      for (const index of undone.settles) settled.delete(index);
      if (undone.addedWord) await takeWordBack(ctx, undone.addedWord);
      ctx.say(ctx.c.dim(`  ↶ undid the answer for line ${findings[undone.at].line}`));
      cursor = undone.at;
      continue;
    }
    answers.push(reply.answer);
    for (const index of reply.answer.settles) settled.add(index);
    cursor = reply.answer.at + 1;
  }
  await writeAccepted(
    ctx,
    opened,
    answers.flatMap((a) => a.edits),
  );
  return quit ? 'quit' : 'next';
}

async function ask(
  ctx: SessionContext,
  opened: OpenedFile,
  at: number,
  offered: string[],
  accepted: Fix[],
  settled: ReadonlySet<number>,
): Promise<Reply> {
  const { c } = ctx;
  const finding = opened.findings[at];
  const question = offered.includes('y') ? 'Apply the fix?' : offered.some(isDigit) ? 'Apply a suggestion?' : 'What now?';
  for (;;) {
    ctx.write(`${c.cyan.bold(question)} ${keyList(offered)} `);
    const key = await ctx.keys.next();
    if (key === INTERRUPT) {
      ctx.say('^C');
      return { kind: 'interrupt' };
    }
    const typed = typedChar(key);
    ctx.say(typed || `<${key.name || 'key'}>`);
    if (!offered.includes(typed)) {
      ctx.say(
        c.dim(
          typed === 'u'
            ? '  Nothing to undo in this file (files already done are written).'
            : `  ${typed ? `"${typed}"` : 'That key'} is not an answer here; press ? for help.`,
        ),
      );
      continue;
    }
    const single = (edits: Fix[], note: string): Reply => {
      ctx.say(c.green(`  ✓ ${note}`));
      return { kind: 'answer', answer: { at, settles: [at], edits } };
    };
    switch (typed) {
      case '?':
        for (const line of helpText(offered, c)) ctx.say(line);
        continue;
      case 'y':
        return single([withFileLineEnding(finding.fix!, opened.doc.text)], 'fixed');
      case 'n':
        ctx.say(c.dim('  – skipped'));
        return { kind: 'answer', answer: { at, settles: [at], edits: [] } };
      case 'e': {
        const original = opened.doc.text.slice(finding.start, finding.end);
        const result = await editLine(ctx.keys, ctx.out, '  replace with: ', original);
        if (result.kind === 'interrupt') return { kind: 'interrupt' };
        if (result.kind === 'cancel' || result.text === original) {
          ctx.say(c.dim(result.kind === 'cancel' ? '  cancelled' : '  unchanged'));
          continue;
        }
        return single([{ range: [finding.start, finding.end], text: result.text }], `replaced with "${result.text}"`);
      }
      case 'w': {
        const reply = await addWord(ctx, opened, at);
        if (reply) return reply;
        continue;
      }
      case 'a':
        return applyRuleFixes(ctx, opened, at, accepted, settled);
      case 'd': {
        const rest = opened.findings.map((_, i) => i).filter((i) => i >= at && !settled.has(i));
        ctx.say(c.dim(`  – skipped the rest of ${opened.display}`));
        return { kind: 'answer', answer: { at, settles: rest, edits: [] } };
      }
      case 'u':
        return { kind: 'undo' };
      case 'q':
        return { kind: 'quit' };
      default: {
        const suggestion = finding.suggestions![Number(typed) - 1];
        return single([withFileLineEnding(suggestion.fix, opened.doc.text)], suggestion.desc);
      }
    }
  }
}

/** The keys that make sense for this finding, in the order the prompt lists them. */
function offeredKeys(opened: OpenedFile, at: number, accepted: readonly Fix[], settled: ReadonlySet<number>, canUndo: boolean): string[] {
  const finding = opened.findings[at];
  const keys: string[] = [];
  const fixFree = finding.fix !== undefined && !conflictsWithAny(finding.fix, accepted);
  const spanFree = !conflictsWithAny({ range: [finding.start, finding.end], text: '' }, accepted);
  if (fixFree) keys.push('y');
  keys.push('n');
  (finding.suggestions ?? []).slice(0, MAX_SUGGESTIONS).forEach((suggestion, i) => {
    if (!conflictsWithAny(suggestion.fix, accepted)) keys.push(String(i + 1));
  });
  if (spanFree && finding.endLine === finding.line) keys.push('e');
  if (spanFree && RULES_READING_WORDS.has(finding.ruleId) && ONE_WORD.test(opened.doc.text.slice(finding.start, finding.end)))
    keys.push('w');
  if (fixFree && laterFixesOfRule(opened, at, settled).length > 0) keys.push('a');
  keys.push('d');
  if (canUndo) keys.push('u');
  keys.push('q', '?');
  return keys;
}

/**
 * A finding whose text an accepted change already rewrote, and which has no fix or suggestion left
 * that could still go in beside it, is passed over with a note rather than asked about.
 */
function isBlockedByAcceptedEdit(finding: Finding, offered: readonly string[], accepted: readonly Fix[]): boolean {
  const spanTaken = conflictsWithAny({ range: [finding.start, finding.end], text: '' }, accepted);
  return spanTaken && !offered.includes('y') && !offered.some(isDigit);
}

function laterFixesOfRule(opened: OpenedFile, at: number, settled: ReadonlySet<number>): number[] {
  const { ruleId } = opened.findings[at];
  const later: number[] = [];
  for (let i = at + 1; i < opened.findings.length; i++) {
    if (!settled.has(i) && opened.findings[i].ruleId === ruleId && opened.findings[i].fix) later.push(i);
  }
  return later;
}

/** `a`: this fix and every later fix of the same rule in the file, except any that would overlap. */
function applyRuleFixes(
  ctx: SessionContext,
  opened: OpenedFile,
  at: number,
  accepted: readonly Fix[],
  settled: ReadonlySet<number>,
): Reply {
  const edits: Fix[] = [withFileLineEnding(opened.findings[at].fix!, opened.doc.text)];
  const settles = [at];
  let overlapping = 0;
  for (const i of laterFixesOfRule(opened, at, settled)) {
    const edit = withFileLineEnding(opened.findings[i].fix!, opened.doc.text);
    if (conflictsWithAny(edit, accepted) || conflictsWithAny(edit, edits)) {
      overlapping++;
      continue;
    }
    edits.push(edit);
    settles.push(i);
  }
  const rule = opened.findings[at].ruleId;
  const note = overlapping ? ` (${overlapping} left to ask: ${overlapping === 1 ? 'it overlaps' : 'they overlap'} another change)` : '';
  ctx.say(ctx.c.green(`  ✓ ${edits.length} ${rule} fix${edits.length === 1 ? '' : 'es'} in ${opened.display}${note}`));
  return { kind: 'answer', answer: { at, settles, edits } };
}

/** `w`: the finding's text goes into the config's words. Returns null when that failed (the finding is asked again). */
async function addWord(ctx: SessionContext, opened: OpenedFile, at: number): Promise<Reply | null> {
  const finding = opened.findings[at];
  const word = opened.doc.text.slice(finding.start, finding.end);
  const folded = foldWord(word);
  if (ctx.words.has(folded) || opened.words.has(folded)) {
    ctx.say(ctx.c.dim(`  "${word}" is already in the words; skipped`));
    return { kind: 'answer', answer: { at, settles: [at], edits: [] } };
  }
  let file: string;
  try {
    file = await addConfigWord(ctx.configFile, ctx.cwd, word);
  } catch (error) {
    ctx.say(ctx.c.red(`  Could not add the word: ${(error as Error).message}`));
    return null;
  }
  ctx.configFile = file;
  ctx.words.add(folded);
  ctx.tally.wordsAdded.push(word);
  ctx.say(ctx.c.green(`  ✓ added "${word}" to the words in ${displayName(ctx, file)}`));
  return { kind: 'answer', answer: { at, settles: [at], edits: [], addedWord: { word, file } } };
}

async function takeWordBack(ctx: SessionContext, added: { word: string; file: string }): Promise<void> {
  try {
    await removeConfigWord(added.file, added.word);
  } catch (error) {
    ctx.say(ctx.c.red(`  Could not take "${added.word}" out of ${displayName(ctx, added.file)}: ${(error as Error).message}`));
    return;
  }
  ctx.words.delete(foldWord(added.word));
  const at = ctx.tally.wordsAdded.lastIndexOf(added.word);
  if (at !== -1) ctx.tally.wordsAdded.splice(at, 1);
}

/** The file gets the accepted edits in one pass, through the one atomic writer; a file changed meanwhile is left alone. */
async function writeAccepted(ctx: SessionContext, opened: OpenedFile, edits: Fix[]): Promise<void> {
  const { c } = ctx;
  const { output, skipped } = applyFixes(opened.doc.text, edits);
  if (skipped.length) throw new Error(`accepted edits overlap in ${opened.file}`);
  if (output === opened.doc.text) {
    ctx.say(c.dim(`${opened.display}: nothing changed`));
    return;
  }
  try {
    await writeFixedFile(opened.file, opened.bytes, output, opened.bom);
  } catch (error) {
    ctx.tally.failures++;
    const reason =
      error instanceof ChangedOnDisk ? 'it changed on disk during the session, so it was left as it is now' : (error as Error).message;
    ctx.say(c.red(`✗ ${opened.display} was not written: ${reason}`));
    return;
  }
  ctx.tally.fixes += edits.length;
  ctx.tally.filesWritten++;
  ctx.say(c.green(`✓ wrote ${opened.display} (${edits.length} change${edits.length === 1 ? '' : 's'})`));
}

function place(opened: OpenedFile, at: number): string {
  const finding = opened.findings[at];
  return `${opened.display}:${finding.line}:${finding.column}  (${at + 1} of ${opened.findings.length})`;
}

function displayName(ctx: SessionContext, file: string): string {
  return showInvisible(displayPath(file, ctx.cwd));
}

/** As the config's words are folded (src/config/resolve-rules.ts). */
function foldWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

function isDigit(key: string): boolean {
  return /^[1-9]$/.test(key);
}
