// Fixing a JSONL dump in memory: each record's text field is fixed and put back, and only that field's
// string literal is rewritten (src/input/jsonl-field.ts), so no other field or spacing on the line
// changes, and a line that is not fixed keeps its bytes exactly. No I/O: the caller reads and writes.
import { findStringField, serializeLike } from '../input/jsonl-field.js';
import { recordToDocument, type SourceEvent } from '../input/read-sources.js';
import type { FileSettings } from '../file-settings.js';
import type { FixTextResult } from '../kernel/fix.js';
import type { Document } from '../types.js';

/** A line of the dump as the fixing left it: a bad record, or a document and its fixing (null: not fixable in place). */
export type JsonlItem = { kind: 'bad'; event: SourceEvent } | { kind: 'record'; doc: Document; fixed: FixTextResult | null };

export interface FixedJsonl {
  items: JsonlItem[];
  /** The whole dump, fixed (the input itself when nothing changed). */
  output: Buffer;
  changed: boolean;
}

/** Fixes each record of `plain` (the dump's bytes, not gzipped) with `fixDocument`. */
export function fixJsonlBytes(
  plain: Buffer,
  filePath: string,
  config: FileSettings,
  fixDocument: (doc: Document) => FixTextResult,
): FixedJsonl {
  const lines = splitAtLineFeeds(plain);
  const items: JsonlItem[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const event = recordToDocument(lines[i], i + 1, filePath, config);
    if (!event) continue;
    if (event.kind === 'bad-record') {
      items.push({ kind: 'bad', event });
      continue;
    }
    const { doc } = event;
    const text = lines[i].toString('utf8');
    const bom = i === 0 && text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const line = text.slice(bom.length);
    const literal = findStringField(line, config.jsonlTextField);
    // The literal found must be the one JSON.parse read (with a key given twice, the last one wins).
    if (literal === null || JSON.parse(line.slice(literal[0], literal[1])) !== doc.text) {
      items.push({ kind: 'record', doc, fixed: null });
      continue;
    }
    const fixed = fixDocument(doc);
    items.push({ kind: 'record', doc, fixed });
    if (fixed.fixCount === 0) continue;
    const replacement = serializeLike(fixed.output, line.slice(literal[0], literal[1]));
    lines[i] = Buffer.from(bom + line.slice(0, literal[0]) + replacement + line.slice(literal[1]), 'utf8');
    changed = true;
  }
  return { items, output: changed ? joinLines(lines) : plain, changed };
}

/** The lines of a JSONL file as bytes, without their LF (a CR stays at the end of its line). */
function splitAtLineFeeds(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let from = 0;
  for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, from)) {
    lines.push(bytes.subarray(from, nl));
    from = nl + 1;
  }
  lines.push(bytes.subarray(from));
  return lines;
}

function joinLines(lines: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((line, i) => parts.push(...(i === 0 ? [line] : [LINE_FEED, line])));
  return Buffer.concat(parts);
}

const LINE_FEED = Buffer.from('\n');
