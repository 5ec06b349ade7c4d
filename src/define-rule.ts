import type { CorpusRule, DocumentRule, RuleOptions } from './types.js';

/** Identity helpers that give a rule file its types (ESLint's `meta` + `create`, flattened). */
export function defineRule<O extends RuleOptions>(rule: DocumentRule<O>): DocumentRule<O> {
  return rule;
}

export function defineCorpusRule<O extends RuleOptions, S>(rule: CorpusRule<O, S>): CorpusRule<O, S> {
  return rule;
}
