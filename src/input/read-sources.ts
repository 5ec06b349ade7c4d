// Reads targets into documents: a file or standard input is one document; a JSONL dump is one
// document per record (its text field), streamed line by line so memory stays bounded. A gzipped dump
// (`.jsonl.gz`, as corpora are usually shipped) is read through gunzip as it streams.
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream';
import { createDocument } from '../document.js';
import type { Document } from '../types.js';
import { decodeBytes, type Decoded } from './decode.js';

// node:zlib is loaded on first use (a .gz dump): most runs read no gzip, and loading it costs start-up.
type Zlib = typeof import('node:zlib');
let zlibModule: Zlib | undefined;
function zlib(): Zlib {
  return (zlibModule ??= createRequire(import.meta.url)('node:zlib') as Zlib);
}

export type SourceEvent =
  /** `json` is the parsed record, kept so a fixer can put a fixed text back into it. */
  | { kind: 'document'; doc: Document; bom: boolean; json?: Record<string, unknown> }
  /** A JSONL line that is not a JSON object with the text field. */
  | { kind: 'bad-record'; record: number; message: string };

export interface ReadOptions {
  jsonlTextField: string;
}

export class SkippedFile extends Error {}

export function isJsonl(file: string): boolean {
  return /\.jsonl(\.gz)?$/i.test(file);
}

export function isGzipped(file: string): boolean {
  return /\.gz$/i.test(file);
}

/** One document for a plain text file. Throws SkippedFile for binary files, NodeJS errors for I/O. */
export function readTextDocument(bytes: Uint8Array, displayPath: string): { doc: Document; bom: boolean } {
  const decoded = decodeText(bytes);
  return { doc: createDocument({ text: decoded.text, path: displayPath, invalidBytes: decoded.invalidBytes }), bom: decoded.bom };
}

/**
 * The document of bytes that are not needed again: `take` hands them over and keeps no reference, so
 * they can be freed once decoded, before the document is split (a huge file's bytes would otherwise
 * stay alive beside its text, and its paragraphs and lines, until the document was made).
 */
export function readTextDocumentOnce(take: () => Uint8Array, displayPath: string): Document {
  const decoded = decodeText(take());
  return createDocument({ text: decoded.text, path: displayPath, invalidBytes: decoded.invalidBytes });
}

function decodeText(bytes: Uint8Array): Extract<Decoded, { kind: 'text' }> {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'skipped') throw new SkippedFile(decoded.reason);
  return decoded;
}

export function readFileBytes(file: string): Buffer {
  return readFileSync(file);
}

/** Streams a JSONL file's records as documents, splitting on LF bytes before decoding each line. */
export async function* readJsonlDocuments(
  input: NodeJS.ReadableStream | string,
  displayPath: string,
  options: ReadOptions,
): AsyncGenerator<SourceEvent> {
  const raw = typeof input === 'string' ? createReadStream(input) : input;
  // pipeline, not pipe: a read error must end the loop below, not leave it waiting for gunzip.
  const stream = isGzipped(displayPath) ? pipeline(raw, zlib().createGunzip(), () => {}) : raw;
  let pending: Buffer[] = [];
  let record = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    let nl = chunk.indexOf(0x0a, from);
    while (nl !== -1) {
      pending.push(chunk.subarray(from, nl));
      record++;
      const event = recordToDocument(Buffer.concat(pending), record, displayPath, options);
      if (event) yield event;
      pending = [];
      from = nl + 1;
      nl = chunk.indexOf(0x0a, from);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) {
    record++;
    const event = recordToDocument(Buffer.concat(pending), record, displayPath, options);
    if (event) yield event;
  }
}

export function recordToDocument(line: Buffer, record: number, displayPath: string, options: ReadOptions): SourceEvent | null {
  const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
  const bytes = line.subarray(0, end);
  if (bytes.every((b) => b === 0x20 || b === 0x09)) return null;
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'skipped') return { kind: 'bad-record', record, message: `Record ${record}: ${decoded.reason}.` };
  if (decoded.invalidBytes.length) {
    return {
      kind: 'bad-record',
      record,
      message: `Record ${record} is not valid UTF-8 (byte offset ${decoded.invalidBytes[0].byteOffset} in the line); it was not checked.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { kind: 'bad-record', record, message: `Record ${record} is not valid JSON: ${(error as Error).message}` };
  }
  const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[options.jsonlTextField] : undefined;
  if (typeof text !== 'string') {
    return {
      kind: 'bad-record',
      record,
      message: `Record ${record} has no string field "${options.jsonlTextField}" (set jsonl.textField in the config).`,
    };
  }
  return { kind: 'document', doc: createDocument({ text, path: displayPath, record }), bom: false, json: value as Record<string, unknown> };
}
