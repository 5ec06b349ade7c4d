// The kernel keeps what a run learns in the RunContext it is given: a rule's slot is made once per run,
// shared by every document of that run, and never seen by another run.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import duplicateDocument from '../../rules/duplicate-document.js';
import { defineRule } from '../../src/define-rule.js';
import { defineMemo, defineSlot, lint, Memo, NO_SETTINGS, RunContext } from '../../src/kernel/index.js';

/** A slot counting the documents a run showed the rule, and a memo of word lengths. */
const SEEN = defineSlot('test: documents seen', () => ({ documents: 0 }));
const LENGTHS = defineMemo<string, number>('test: word lengths', 2);

const counting = defineRule({
  id: 'counting',
  description: 'Reports how many documents this run showed it, and memoises a length.',
  severity: 'warn',
  fixable: false,
  options: {},
  check(doc, report, _options, _settings, context) {
    const seen = context.slot(SEEN);
    seen.documents++;
    const length = context.slot(LENGTHS).get(doc.text, (text) => text.length);
    report({ start: 0, end: 1, message: `document ${seen.documents} of this run, ${length} long` });
  },
});

const check = (text: string, run: RunContext) =>
  lint(
    createDocument({ text, path: 'a.txt' }),
    { rules: [{ rule: counting, severity: 'warn', options: {} }], settings: NO_SETTINGS },
    run,
  )[0].message;

describe('RunContext slots', () => {
  it('keep one value per run, shared by its documents and by no other run', () => {
    const first = new RunContext();
    const second = new RunContext();
    expect(check('one', first)).toBe('document 1 of this run, 3 long');
    expect(check('three', first)).toBe('document 2 of this run, 5 long');
    expect(check('one', second)).toBe('document 1 of this run, 3 long');
    expect(first.slot(SEEN).documents).toBe(2);
    expect(second.slot(SEEN).documents).toBe(1);
  });

  it('a part of a run (a batch of a worker) shares the slots of the run but has corpus states of its own', () => {
    const run = new RunContext();
    check('one', run);
    const corpus = {
      rules: [{ rule: duplicateDocument, severity: 'warn' as const, options: { ...duplicateDocument.options } }],
      settings: NO_SETTINGS,
    };
    const first = run.part({ corpus });
    const second = run.part({ corpus });
    expect(check('two', first)).toBe('document 2 of this run, 3 long');
    expect(check('three', second)).toBe('document 3 of this run, 5 long');
    first.corpus.collect(createDocument({ text: 'A story.', path: 'a.txt' }));
    expect((first.corpus.pack()['duplicate-document'] as { places: unknown[] }).places).toHaveLength(1);
    expect((second.corpus.pack()['duplicate-document'] as { places: unknown[] }).places).toHaveLength(0);
    expect(run.corpus.active).toBe(false);
  });

  it('a memo computes a key once and makes room by evicting its oldest entry', () => {
    const memo = new Memo<string, number>(2);
    const calls: string[] = [];
    const length = (word: string) => memo.get(word, (w) => (calls.push(w), w.length));
    expect([length('a'), length('bb'), length('a'), length('ccc'), length('bb'), length('a')]).toEqual([1, 2, 1, 3, 2, 1]);
    // "a" was the oldest when "ccc" came: it was computed again; "bb" was still there.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
    expect(memo.size).toBe(2);
  });
});
