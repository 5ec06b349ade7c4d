// A user's clone has no ../shared: `npm test` must pass there. So every place in test/ that names the
// external corpora (a path through ../shared, or corpusDir, corpusText, or cli.ts's `corpus`) must stand
// inside a suite declared `describe.skipIf(!hasCorpus)` (or `.runIf(hasCorpus)`, or the same on it/test)
// with hasCorpus from test/helpers/corpus.ts; helper modules other than that one may not name them at all.
// vitest runs a skipped suite's body to list its tests, so there a corpus path may only be built (path.join,
// corpusText) or read under `hasCorpus ?`; reading it belongs in a test or a hook.
// Read with the TypeScript parser, so comments do not count and strings do.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const TEST_DIR = path.join(repoRoot, 'test');
/** The one module that may name the corpus anywhere: it defines hasCorpus and corpusDir. */
const CORPUS_HELPER = 'test/helpers/corpus.ts';
/** This file: its examples of unguarded reads are strings that are never run. */
const THIS_FILE = 'test/corpus-guard.test.ts';
/** What test/helpers/corpus.ts exports that reads nothing. */
const HARMLESS = new Set(['hasCorpus', 'corpusSuite', 'corpusSkipReason', 'corpusAbsentNote']);
const COLLECTED = 'read while the suite is collected, even when skipped; read it in a test or hook';
/** A path through a folder named `shared`: '../shared', '../../shared/corpus/', 'shared/corpus'. */
const SHARED_PATH = /(^|[\\/])shared[\\/]|[\\/]shared$/;

/** Where `file` (a path from the repo root, for messages) names the corpus outside a guarded suite. */
export function unguardedCorpusUses(file: string, source: string): string[] {
  if (file === CORPUS_HELPER || file === THIS_FILE) return [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const corpusNames = new Set<string>();
  let hasCorpusImported = false;
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (/helpers\/corpus\.js$/.test(from)) {
        if (imported === 'hasCorpus') hasCorpusImported = true;
        else if (!HARMLESS.has(imported)) corpusNames.add(element.name.text);
      } else if (/helpers\/cli\.js$/.test(from) && imported === 'corpus') {
        corpusNames.add(element.name.text);
      }
    }
  }

  const problems: string[] = [];
  const visit = (node: ts.Node): void => {
    const what = corpusUse(node, corpusNames);
    if (what) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const where = `${file}:${line + 1} ${what}`;
      if (!file.endsWith('.test.ts')) problems.push(`${where}: a helper module may not name the corpus (only ${CORPUS_HELPER})`);
      else {
        const suite = hasCorpusImported ? guardedSuiteOf(node) : undefined;
        if (!suite) problems.push(`${where}: not inside describe.skipIf(!hasCorpus)`);
        else if (!suite.isTest && !deferred(node, suite.callback)) problems.push(`${where}: ${COLLECTED}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

function corpusUse(node: ts.Node, corpusNames: Set<string>): string | undefined {
  if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && SHARED_PATH.test(node.text)) {
    // An import's module path is code of the repo, not the corpus.
    if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) return JSON.stringify(node.text);
  }
  if (ts.isIdentifier(node) && corpusNames.has(node.text)) {
    const parent = node.parent;
    const declaresImport = ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent);
    const isPropertyName = (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
    if (!declaresImport && !isPropertyName) return node.text;
  }
  return undefined;
}

/** The callback of `describe|it|test.skipIf(!hasCorpus)(…)` or `.runIf(hasCorpus)(…)` that holds the node. */
function guardedSuiteOf(node: ts.Node): { callback: ts.Node; isTest: boolean } | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (!ts.isCallExpression(parent) || !parent.arguments.includes(child as ts.Expression)) continue;
    if (!ts.isArrowFunction(child) && !ts.isFunctionExpression(child)) continue;
    const guard = parent.expression;
    if (!ts.isCallExpression(guard) || !ts.isPropertyAccessExpression(guard.expression) || guard.arguments.length !== 1) continue;
    const { expression: subject, name } = guard.expression;
    if (!ts.isIdentifier(subject) || !['describe', 'it', 'test'].includes(subject.text)) continue;
    const condition = guard.arguments[0].getText().replace(/\s+/g, '');
    if ((name.text === 'skipIf' && condition === '!hasCorpus') || (name.text === 'runIf' && condition === 'hasCorpus')) {
      return { callback: child, isTest: subject.text !== 'describe' };
    }
  }
  return undefined;
}

/**
 * Whether the use waits for the suite to run (in a nested function, or under `hasCorpus ?`), or only
 * builds a path or a lazy reader (path.join, corpusText) that nothing calls or reads while collecting.
 */
function deferred(node: ts.Node, suite: ts.Node): boolean {
  for (let child = node, parent = node.parent; child !== suite; child = parent, parent = parent.parent) {
    if (child !== node && ts.isFunctionLike(child)) return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && parent.condition.getText() === 'hasCorpus') return true;
    if (ts.isIfStatement(parent) && parent.thenStatement === child && parent.expression.getText() === 'hasCorpus') return true;
  }
  let built: ts.Node = node;
  for (;;) {
    const call = built.parent;
    if (!ts.isCallExpression(call)) break;
    const callee = call.expression.getText();
    if (['path.join', 'path.resolve'].includes(callee) && call.arguments.includes(built as ts.Expression)) built = call;
    else if (callee === 'corpusText' && call.expression === built) built = call;
    else break;
  }
  const user = built.parent;
  const calledOrPassed =
    (ts.isCallExpression(user) || ts.isNewExpression(user)) &&
    (user.expression === built || user.arguments?.includes(built as ts.Expression));
  return !calledOrPassed;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

describe('the external corpora are read only in guarded suites', () => {
  it('holds for every file in test/', () => {
    const files = typeScriptFiles(TEST_DIR);
    expect(files.length).toBeGreaterThan(30);
    const problems = files.flatMap((file) => {
      const name = path.relative(repoRoot, file).split(path.sep).join('/');
      return unguardedCorpusUses(name, readFileSync(file, 'utf8'));
    });
    expect(problems).toEqual([]);
  });

  describe('the check itself', () => {
    const GUARD = "import { corpusDir, corpusSuite, corpusText, hasCorpus } from '../helpers/corpus.js';\n";

    it('finds the reads the tests made before the corpus was guarded', () => {
      // As test/rules/typo.test.ts, test/helpers/cli.ts and test/reporters/run-format.ts read the corpus on import.
      const rule =
        "const seeds = new URL('../../../shared/corpus/seeds/', import.meta.url);\n" +
        "const text = readFileSync(new URL('a.txt', seeds), 'utf8');";
      expect(unguardedCorpusUses('test/rules/typo.test.ts', rule)).toEqual([
        'test/rules/typo.test.ts:1 "../../../shared/corpus/seeds/": not inside describe.skipIf(!hasCorpus)',
      ]);
      const cli = "export const corpus = realPathOr(path.resolve(repoRoot, '../shared/corpus'));";
      expect(unguardedCorpusUses('test/helpers/cli.ts', cli)).toEqual([
        'test/helpers/cli.ts:1 "../shared/corpus": a helper module may not name the corpus (only test/helpers/corpus.ts)',
      ]);
      const format = "import { corpus, makeTree } from '../helpers/cli.js';\nexport const SEEDS = path.join(corpus, 'seeds');";
      expect(unguardedCorpusUses('test/reporters/run-format.ts', format)).toHaveLength(1);
      const seeds =
        "import { corpus as c } from './helpers/cli.js';\n" +
        "describe('seeds', () => {\n  const text = readFileSync(path.join(c, 'seeds/a.txt'));\n});";
      expect(unguardedCorpusUses('test/seeds.test.ts', seeds)).toEqual(['test/seeds.test.ts:3 c: not inside describe.skipIf(!hasCorpus)']);
    });

    it('finds a read in a template string, in an unguarded suite, or under the wrong condition', () => {
      expect(unguardedCorpusUses('test/a.test.ts', 'const dir = `${root}/../shared/corpus/${name}`;')).toHaveLength(1);
      const unguarded = `${GUARD}describe('x', () => { it('y', () => corpusText('seeds/a.txt')()); });`;
      expect(unguardedCorpusUses('test/a.test.ts', unguarded)).toHaveLength(1);
      const inverted = `${GUARD}describe.skipIf(hasCorpus)('x', () => { it('y', () => corpusDir); });`;
      expect(unguardedCorpusUses('test/a.test.ts', inverted)).toHaveLength(1);
      expect(unguardedCorpusUses('test/a.test.ts', `${GUARD}describe.skip('x', () => { it('y', () => corpusDir); });`)).toHaveLength(1);
      // The guarded call's own title is evaluated even when the suite is skipped.
      expect(unguardedCorpusUses('test/a.test.ts', `${GUARD}describe.skipIf(!hasCorpus)(corpusText('t')(), () => {});`)).toHaveLength(1);
      // A skipped suite's body still runs: a read there crashes the run on a clone.
      const collected = `${GUARD}describe.skipIf(!hasCorpus)('x', () => {
  const text = readFileSync(path.join(corpusDir, 'a.txt'));
  const t = corpusText('b')();
});`;
      expect(unguardedCorpusUses('test/a.test.ts', collected)).toEqual([
        `test/a.test.ts:3 corpusDir: ${COLLECTED}`,
        `test/a.test.ts:4 corpusText: ${COLLECTED}`,
      ]);
      // hasCorpus must be the helper's, not a local stand-in.
      const local =
        'const hasCorpus = true;\n' + "describe.skipIf(!hasCorpus)('x', () => { it('y', () => readFileSync('../shared/corpus/a')); });";
      expect(unguardedCorpusUses('test/a.test.ts', local)).toHaveLength(1);
    });

    it('accepts reads inside guarded suites, in tests, hooks and nested suites', () => {
      const guarded = `${GUARD}describe.skipIf(!hasCorpus)(corpusSuite('x'), () => {
  const file = path.join(corpusDir, 'seeds/a.txt');
  const cases = hasCorpus ? JSON.parse(readFileSync(path.join(corpusDir, 'cases.json'), 'utf8')) : [];
  beforeAll(() => readFileSync(file));
  describe('inner', () => { it('y', () => corpusText('seeds/b.txt')()); });
});
it.runIf(hasCorpus)('z', () => readFileSync('../shared/corpus/c'));`;
      expect(unguardedCorpusUses('test/a.test.ts', guarded)).toEqual([]);
      // Comments, the word "shared", and the harmless names are not reads.
      const harmless = `${GUARD}// reads ../shared/corpus when present
it(corpusSuite('x'), () => expect(hasCorpus).toBe(true));
const s = 'of word sequences shared';`;
      expect(unguardedCorpusUses('test/a.test.ts', harmless)).toEqual([]);
    });
  });
});
