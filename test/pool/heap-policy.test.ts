// The heap policy collects garbage (compacting) whenever the heap has grown by a step, in each thread of
// a run; it changes no finding. (Tests never measure memory: they check that a collection happens, and what it leaves alone.)
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/file-config.js';
import { RunContext } from '../../src/kernel/run-context.js';
import { HeapPolicy } from '../../src/pool/heap-policy.js';
import { checkTargetsIn, type RunOptions } from '../../src/run.js';
import { makeTree } from '../helpers/cli.js';

/** A WeakRef to an object nothing else holds, once the turn that made it is over (until then V8 keeps it). */
async function unreachableObject(): Promise<WeakRef<object>> {
  const ref = new WeakRef({ words: Array.from({ length: 1000 }, (_, i) => `word${i}`) });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return ref;
}

const ARTICLES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [
    `news/${String(i).padStart(2, '0')}.txt`,
    [
      `Article ${i} reports that the harbour authority will open the new berth in the spring.`,
      i % 3 === 0 ? 'Officials were simultanously told of a new revealtion in the case.' : 'The council met on Monday.',
      i % 5 === 0 ? 'The committee said the the first funds would reach the provinces in May.' : 'Grain prices rose again.',
      'Comments are closed.',
    ].join('\n\n') + '\n',
  ]),
);

async function checkWith(dir: string, heap: HeapPolicy | null) {
  const resolver = new ConfigResolver(dir, undefined, {});
  const corpusConfig = resolver.forFile(`${dir}/.`);
  const options: RunOptions = {
    configFor: (file) => resolver.forFile(file),
    corpusConfig,
    cwd: dir,
    readStdin: () => Promise.reject(new Error('no standard input here')),
  };
  const run = new RunContext({ corpus: { ...corpusConfig, heap } });
  const targets = Object.keys(ARTICLES).map((name) => ({ kind: 'file' as const, path: `${dir}/${name}` }));
  const outcome = await checkTargetsIn(run, targets, options);
  return { ...outcome, corpus: [...run.corpus.finish()] };
}

describe('the heap policy', () => {
  it('collects the garbage once the heap has grown by the step', async () => {
    // Counted from the last collection: before the first, the whole heap is growth.
    const policy = new HeapPolicy(1000);
    const garbage = await unreachableObject();
    policy.noteChecked();
    expect(garbage.deref()).toBeUndefined();
  });

  it('gives a run the findings of a run without it, collecting whenever the heap has grown at all', async () => {
    const dir = makeTree(ARTICLES);
    const without = await checkWith(dir, null);
    const collecting = await checkWith(dir, new HeapPolicy(1));
    expect(without.results.flatMap((r) => r.messages).length).toBeGreaterThan(10);
    expect(without.corpus.length).toBeGreaterThan(0);
    expect(collecting).toEqual(without);
  });
});
