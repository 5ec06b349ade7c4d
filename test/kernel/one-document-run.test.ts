// A run of one document skips the corpus rules that report only between documents
// (`betweenDocuments`): it spares their collection, and must change no finding. Both halves are checked
// here: on a lone document full of repeats those rules find nothing even when they run, and the run
// keeps a state only for the corpus rules that can report on one document (name-variant).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { NO_SETTINGS, RunContext } from '../../src/kernel/index.js';
import { rules as builtinRules } from '../../rules/index.js';
import type { CorpusRule, Rule } from '../../src/types.js';
import { runCli, makeTree } from '../helpers/cli.js';

const corpusRules = builtinRules.filter((rule: Rule): rule is CorpusRule => rule.scope === 'corpus');
const configured = corpusRules.map((rule) => ({ rule, severity: 'warn' as const, options: { ...rule.options } }));

// Every line and paragraph stands several times: what a cross-document rule would count, were it to
// count repeats inside one document.
const LINE = 'Share this article on Facebook';
const PARAGRAPH = 'The council met on Tuesday to discuss the budget for the coming year and voted to keep taxes flat.';
const REPEATS = Array.from({ length: 12 }, () => `${LINE}\n\n${PARAGRAPH}`).join('\n\n') + '\n';

describe('a run of one document', () => {
  it('the rules marked betweenDocuments find nothing on a lone document, even full of repeats', () => {
    const between = configured.filter(({ rule }) => rule.betweenDocuments);
    expect(between.map(({ rule }) => rule.id).sort()).toEqual(['boilerplate', 'cross-document-paragraph', 'duplicate-document']);
    const run = new RunContext({ corpus: { rules: between, settings: NO_SETTINGS } });
    run.corpus.collect(createDocument({ text: REPEATS, path: 'a.txt' }));
    expect([...run.corpus.finish().values()].flat()).toEqual([]);
  });

  it('keeps a state only for the corpus rules that can report on one document', () => {
    const run = new RunContext({ corpus: { rules: configured, settings: NO_SETTINGS, oneDocument: true } });
    expect(Object.keys(run.corpus.pack())).toEqual(['name-variant']);
    const many = new RunContext({ corpus: { rules: configured, settings: NO_SETTINGS } });
    expect(Object.keys(many.corpus.pack()).sort()).toEqual([
      'boilerplate',
      'cross-document-paragraph',
      'duplicate-document',
      'name-variant',
    ]);
  });

  it('the CLI still reports between two files what it skips for one', () => {
    const dir = makeTree({ 'a.txt': REPEATS, 'b.txt': REPEATS });
    const one = runCli(['check', 'a.txt', '--format', 'json'], { cwd: dir });
    const two = runCli(['check', 'a.txt', 'b.txt', '--format', 'json'], { cwd: dir });
    const rulesIn = (stdout: string) =>
      new Set((JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId)));
    expect(rulesIn(one.stdout).has('duplicate-document')).toBe(false);
    expect(rulesIn(two.stdout).has('duplicate-document')).toBe(true);
  });
});
