// The schedule of a parallel run: this thread is one of the jobs. While the next batch to take is not
// back from a worker it checks later batches itself, within the window; outcomes are taken in the order
// of the batches whoever checked them, and a worker's failure is thrown at its batch's turn.
import { describe, expect, it, vi } from 'vitest';
import { inBatchOrder } from '../../src/pool/check-in-parallel.js';

/** A worker whose batches come back only when the test says so. */
function heldWorker() {
  const handed: number[] = [];
  const answers = new Map<number, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  return {
    handed,
    inWorker: (i: number) =>
      new Promise<string>((resolve, reject) => {
        handed.push(i);
        answers.set(i, { resolve, reject });
      }),
    answer: (i: number) => answers.get(i)!.resolve(`worker ${i}`),
    fail: (i: number, error: Error) => answers.get(i)!.reject(error),
  };
}

describe('batches of a parallel run, in order', () => {
  it('this thread checks later batches while a worker holds the earlier ones, and takes all in order', async () => {
    const worker = heldWorker();
    const checkedHere: number[] = [];
    const taken: string[] = [];
    const running = inBatchOrder<string>({
      count: 10,
      workers: 1,
      window: 6,
      inWorker: worker.inWorker,
      here: async (i) => {
        checkedHere.push(i);
        return `here ${i}`;
      },
      take: (outcome) => void taken.push(outcome),
    });
    // The worker is handed three batches; this thread checks the next three (the window is six), then waits.
    await vi.waitFor(() => expect(checkedHere).toEqual([3, 4, 5]));
    expect(worker.handed).toEqual([0, 1, 2]);
    expect(taken).toEqual([]);
    // Answers arriving out of order are still taken in order.
    worker.answer(2);
    worker.answer(1);
    worker.answer(0);
    await vi.waitFor(() => expect(worker.handed.length).toBeGreaterThan(3));
    for (let i = 3; i < 10; i++) if (worker.handed.includes(i)) worker.answer(i);
    // Whatever is handed to the worker from now on is answered at once.
    const answerLater = setInterval(() => {
      for (const i of worker.handed) if (!checkedHere.includes(i)) worker.answer(i);
    }, 1);
    await running;
    clearInterval(answerLater);
    expect(taken.map((t) => Number(t.split(' ')[1]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(taken.slice(3, 6)).toEqual(['here 3', 'here 4', 'here 5']);
    // Every batch was checked once, by one of the two.
    expect([...worker.handed, ...checkedHere].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never has more batches out than the window', async () => {
    const worker = heldWorker();
    const checkedHere: number[] = [];
    const running = inBatchOrder<string>({
      count: 20,
      workers: 2,
      window: 4,
      inWorker: worker.inWorker,
      here: async (i) => {
        checkedHere.push(i);
        return `here ${i}`;
      },
      take: () => {},
    });
    await vi.waitFor(() => expect(worker.handed).toEqual([0, 1, 2, 3]));
    // Batch 0 is not back: nothing past batch 3 is started, here or in a worker.
    await new Promise((resolve) => setImmediate(resolve));
    expect(checkedHere).toEqual([]);
    const answerAll = setInterval(() => {
      for (const i of worker.handed) worker.answer(i);
    }, 1);
    await running;
    clearInterval(answerAll);
    expect([...worker.handed, ...checkedHere].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("throws a worker's failure at its batch's turn, after the earlier batches are taken", async () => {
    const worker = heldWorker();
    const taken: number[] = [];
    const running = inBatchOrder<string>({
      count: 6,
      workers: 1,
      window: 6,
      inWorker: worker.inWorker,
      here: async (i) => `here ${i}`,
      take: (_, i) => void taken.push(i),
    });
    await vi.waitFor(() => expect(worker.handed).toEqual([0, 1, 2]));
    worker.fail(2, new Error('worker died'));
    worker.answer(0);
    worker.answer(1);
    await expect(running).rejects.toThrow('worker died');
    expect(taken).toEqual([0, 1]);
  });
});
