// A report written as it is made: a million findings make a report of hundreds of megabytes, which
// as one string (and its parts, alive until the join) would cost several times the text checked.
// Pieces are gathered into chunks of about this size, so standard output gets few large writes.
const CHUNK_CHARS = 1 << 16;

/** The pieces of `parts` gathered into chunks of about 64k characters, in order. */
export function* inChunks(parts: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const part of parts) {
    pending.push(part);
    size += part.length;
    if (size >= CHUNK_CHARS) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield pending.join('');
}

/** The whole report as one string, for a report that goes to a file or to a test. */
export function joinChunks(chunks: Iterable<string>): string {
  let report = '';
  for (const chunk of chunks) report += chunk;
  return report;
}
