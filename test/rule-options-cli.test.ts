// Rule options from the config are checked against each rule's schema before anything runs: a bad
// option is exit 2 with a message naming the rule, the option and what is allowed, never a stack trace.
import { describe, expect, it } from 'vitest';
import { makeTree, parseJson, runCli } from './helpers/cli.js';

function checkWithRules(rules: object) {
  const dir = makeTree({ 'copydesk.config.json': JSON.stringify({ rules }), 'a.txt': 'Officials said the talks went well.\n' });
  return runCli(['check', 'a.txt'], { cwd: dir });
}

describe('rule options in the config', () => {
  it.each([
    [
      'a document rule',
      { 'doubled-word': ['error', { allow: 'go' }] },
      '"rules.doubled-word" option "allow" must be an array of non-empty strings, got "go"',
    ],
    [
      'a corpus rule',
      { 'name-variant': ['warn', { maxRareDocuments: -3 }] },
      '"rules.name-variant" option "maxRareDocuments" must be an integer ≥ 1, got -3',
    ],
    [
      'an enum option',
      { 'duplicate-document': ['warn', { canonical: 'newest' }] },
      '"rules.duplicate-document" option "canonical" must be one of "earliest-path", "longest", "first-seen", got "newest"',
    ],
    [
      'an option the rule does not have',
      { 'duplicate-document': ['warn', { maxRareDocuments: -3 }] },
      '"rules.duplicate-document" option "maxRareDocuments" is unknown (known: threshold, canonical, minWords)',
    ],
    [
      'a misspelt option',
      { 'end-marker': ['error', { reportTeaser: true }] },
      '"rules.end-marker" option "reportTeaser" is unknown; did you mean "reportTeasers"? (known: markers, reportTeasers)',
    ],
    [
      'a boolean option',
      { typo: ['error', { unknownWords: 'yes' }] },
      '"rules.typo" option "unknownWords" must be true or false, got "yes"',
    ],
  ])('refuses a broken option of %s: exit 2, the rule, the option and what is allowed', (_kind, rules, message) => {
    const run = checkWithRules(rules);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^copydesk: Invalid config .*copydesk\.config\.json:\n/);
    expect(run.stderr).toContain(`  - ${message}\n`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs with valid options', () => {
    const run = checkWithRules({
      'name-variant': ['warn', { maxRareDocuments: 1, minRatio: 2.5 }],
      'doubled-word': ['error', { allow: ['go'] }],
    });
    expect(run.status).toBe(0);
  });
});

describe('copydesk rules', () => {
  it("lists each rule's options from its schema: what is allowed, the default, what it does", () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^ +option maxRareDocuments: an integer ≥ 1, default 2\. A spelling in more documents than this is not rare\.$/m,
    );
    expect(run.stdout).toMatch(/^ +option canonical: one of "earliest-path", "longest", "first-seen", default "earliest-path"\. /m);
    expect(run.stdout).toMatch(/^ +option threshold: a number > 0 and ≤ 1, default 0\.8\. /m);
  });

  it('gives the schema and docs URL in --format json', () => {
    const rules = parseJson(runCli(['rules', '--format', 'json']));
    const nameVariant = rules.find((r: { id: string }) => r.id === 'name-variant');
    expect(nameVariant.schema.properties.maxRareDocuments).toMatchObject({ type: 'integer', minimum: 1 });
    expect(nameVariant.docs.url).toBe('https://github.com/copydesk/copydesk/blob/main/docs/rules/name-variant.md');
  });
});
