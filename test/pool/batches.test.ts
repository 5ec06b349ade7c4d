// How a parallel run cuts its files into batches: contiguous stretches in input order, large first and
// small last (guided self-scheduling), so the main thread merges few corpus states and the workers
// finish together.
import { describe, expect, it } from 'vitest';
import { makeBatches } from '../../src/pool/check-in-parallel.js';

const KB = 1024;
const MB = 1024 * KB;

/** `count` files named by their index, each `size` bytes. */
function filesOf(count: number, size: number): { files: string[]; sizes: number[] } {
  return { files: Array.from({ length: count }, (_, i) => `f${i}`), sizes: Array(count).fill(size) };
}

describe('batches of a parallel run', () => {
  it('cover every file once, in input order', () => {
    const { files, sizes } = filesOf(5000, 3 * KB);
    sizes[1234] = 40 * MB; // a file larger than any batch makes a batch of its own
    const batches = makeBatches(files, sizes, 2);
    expect(batches.flat()).toEqual(files);
    expect(batches.find((batch) => batch.includes('f1234'))).toEqual(['f1234']);
  });

  it('are few on a dump of many small articles, the first large and the last small', () => {
    // The shape of the 100 MB benchmark dump: 16,242 articles of about 6 KB.
    const { files, sizes } = filesOf(16_242, 6 * KB);
    const batches = makeBatches(files, sizes, 2);
    const bytes = batches.map((batch) => batch.length * 6 * KB);
    // Batches of 64 files (as before) made 254 merges on the main thread.
    expect(batches.length).toBeLessThan(50);
    expect(bytes[0]).toBeGreaterThan(3.9 * MB);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(4 * MB);
    expect(bytes.at(-1)).toBeLessThanOrEqual(1 * MB);
    for (let i = 1; i < bytes.length; i++) expect(bytes[i]).toBeLessThanOrEqual(bytes[i - 1]);
  });

  it('spread a small run over more than one batch (64 files each at least)', () => {
    const { files, sizes } = filesOf(150, 500);
    expect(makeBatches(files, sizes, 2).map((batch) => batch.length)).toEqual([64, 64, 22]);
  });

  it('are smaller with more workers, so each has its share', () => {
    const { files, sizes } = filesOf(2_700, 6 * KB);
    const two = makeBatches(files, sizes, 2);
    const four = makeBatches(files, sizes, 4);
    expect(four[0].length).toBeLessThan(two[0].length);
    expect(four.length).toBeGreaterThan(two.length);
  });
});
