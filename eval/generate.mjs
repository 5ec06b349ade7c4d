// Builds the evaluation cases: for every injector, every variant, `perVariant` copies of randomly
// chosen carrier articles with one defect each. Each case draws from its own random stream (seed,
// rule, variant, number), so the cases do not depend on one another.
import { buildCase } from './inject/edit.mjs';
import { createRandom } from './lib/random.mjs';

/** How many articles a case may try before its variant is declared impossible on this carrier. */
const MAX_ATTEMPTS = 200;

export function generateCases({ articles, injectors, seed, perVariant, context }) {
  const cases = [];
  for (const [kind, injector] of Object.entries(injectors)) {
    for (const variant of injector.variants) {
      for (let n = 0; n < perVariant; n++) {
        const random = createRandom(seed, kind, variant, n);
        const built = injectOnce(injector, variant, articles, random, { ...context, articles });
        if (!built) throw new Error(`${kind}/${variant}: no carrier article has a place for it`);
        cases.push({
          id: `${kind}--${variant}--${n}`,
          kind,
          ...buildCase({ ...built.edit, article: built.article, rule: injector.rule, variant }),
        });
      }
    }
  }
  return cases;
}

function injectOnce(injector, variant, articles, random, context) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const article = random.pick(articles);
    const edit = injector.inject(article, variant, random, context);
    if (edit) return { article, edit };
  }
  return null;
}
