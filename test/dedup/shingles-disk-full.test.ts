// duplicate-document's 5-gram sets go to a temporary file past a limit. A disk that fills up (or fails)
// while they are written must cost the run only that saving: the sets written before are read back, the
// rest stay in memory, and the findings are those of a list that never used a file.
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import duplicateDocument from '../../rules/duplicate-document.js';
import { createDocument } from '../../src/document.js';
import { SignatureList } from '../../src/dedup/document-signatures.js';
import { NO_SETTINGS } from '../../src/engine.js';
import type { CorpusReport } from '../../src/types.js';
import { STORY_BODY, syndicatedDump } from './syndicated.js';

// writeSync is the real one until a test makes it fail.
const real = vi.hoisted(() => ({ writeSync: undefined as unknown as typeof import('node:fs').writeSync }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  real.writeSync = actual.writeSync;
  return { ...actual, writeSync: vi.fn(actual.writeSync) };
});

function documents() {
  const dump = Object.entries(syndicatedDump());
  const more = STORY_BODY.map((paragraph, i) => [`page-${i}.txt`, `Page ${i} has a story of its own.\n${paragraph}\n`] as const);
  return [...dump, ...more].map(([name, text]) => createDocument({ text, path: `/corpus/${name}` }));
}

function reportsOf(state: SignatureList): CorpusReport[] {
  const reports: CorpusReport[] = [];
  duplicateDocument.finish(state, (r) => reports.push(r), duplicateDocument.options, NO_SETTINGS);
  return reports;
}

describe('duplicate-document when the temporary file cannot be written', () => {
  it('keeps what it could not write in memory and finds the same duplicates', () => {
    const writeSync = vi.mocked(fs.writeSync);
    const inMemory = new SignatureList();
    const onDisk = new SignatureList(undefined, { memoryLimit: 1 });
    const docs = documents();
    let writes = 0;
    // Three sets reach the disk, then it is full.
    writeSync.mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++writes > 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    try {
      for (const doc of docs) {
        inMemory.add(doc);
        onDisk.add(doc);
      }
    } finally {
      writeSync.mockImplementation(real.writeSync);
    }
    expect(writes).toBeGreaterThan(3);
    for (let d = 0; d < inMemory.count; d++) expect(onDisk.shingles(d)).toEqual(inMemory.shingles(d));
    const expected = reportsOf(inMemory);
    expect(expected.length).toBeGreaterThan(0);
    expect(reportsOf(onDisk)).toEqual(expected);
  });
});
