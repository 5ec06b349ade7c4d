// The built files are committed (docs/design.md, "What an install runs"): an install from git runs
// them as they are, so at every commit they must be what that commit's sources build. This builds
// afresh into a temporary folder and compares with what git holds: the index, which in a clean
// clone (CI) is HEAD, and for a developer about to commit is what the commit will contain.
// `npm test` rebuilds dist/ in place first (pretest), so comparing with the files on disk would prove
// nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { run, tempDir } from '../helpers/git-repo.js';

const BUILT = {
  bundle: { script: 'scripts/bundle.mjs', folder: 'dist', files: ['copydesk.cjs', 'copydesk.cjs.LEGAL.txt'] },
  'word tables': {
    script: 'scripts/build-word-table.mjs',
    folder: 'data',
    files: [
      'english-words.table',
      'english-names.table',
      'word-priors.table',
      'extra-words.hashes',
      'extra-terms.hashes',
      'extra-names.hashes',
      'misspellings.hashes',
    ],
  },
  'language model': { script: 'scripts/build-language-model.mjs', folder: 'data', files: ['language-ngrams.json'] },
};
const REBUILD = 'run `npm run build` and commit dist/ and data/*.table, data/*.hashes, data/language-ngrams.json';

const notGit = run('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot }).status === 0 ? false : 'not a git checkout';

/** The file as git will commit it (the index), or undefined when git does not track it. */
function indexed(file: string): Buffer | undefined {
  const result = spawnSync('git', ['cat-file', 'blob', `:${file}`], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

describe.skipIf(notGit)(notGit ? `committed build output (skipped: ${notGit})` : 'committed build output', () => {
  for (const [name, { script, folder, files }] of Object.entries(BUILT)) {
    it(`${folder}/: the committed ${name} (${files.length} files) are what ${script} builds from the sources at this commit`, () => {
      const out = tempDir(`build-${name}`);
      const built = run(process.execPath, [script, out], { cwd: repoRoot });
      expect(built.status, built.stdout + built.stderr).toBe(0);

      for (const file of files) {
        const committed = indexed(`${folder}/${file}`);
        expect(committed, `${folder}/${file} is not committed: ${REBUILD}`).toBeDefined();
        const fresh = readFileSync(path.join(out, file));
        expect(committed!.equals(fresh), `${folder}/${file} is stale: ${REBUILD}`).toBe(true);
      }
    });
  }

  it('a build does not depend on where it is written or on the folder it runs in', () => {
    const first = tempDir('build-a');
    const second = tempDir('build-b');
    expect(run(process.execPath, [path.join(repoRoot, BUILT.bundle.script), first], { cwd: repoRoot }).status).toBe(0);
    expect(run(process.execPath, [path.join(repoRoot, BUILT.bundle.script), second], { cwd: tempDir('elsewhere') }).status).toBe(0);
    for (const file of BUILT.bundle.files) {
      expect(readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))), file).toBe(true);
    }
  });
});
