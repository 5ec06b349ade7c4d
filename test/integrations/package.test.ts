// What npm packs and installs: the files a user's install needs (read from `npm pack --dry-run`, which
// lists exactly what goes into the tarball, and so into a global or git install), and no script that
// an install would run (docs/design.md, "What an install runs").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { run, tempDir } from '../helpers/git-repo.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('the npm package', () => {
  let packed: string[];
  beforeAll(() => {
    // A run first, so that anything a run leaves in the checkout (the code cache lives in a per-user folder) would show.
    runCli(['--version']);
    const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot });
    expect(result.status, result.stderr).toBe(0);
    packed = JSON.parse(result.stdout)[0].files.map((file: { path: string }) => file.path);
  });

  it('holds the command, the bundle it runs, the data it reads and the config schema', () => {
    for (const file of [
      'package.json',
      'README.md',
      pkg.bin.copydesk,
      'dist/copydesk.cjs',
      'dist/copydesk.cjs.LEGAL.txt',
      'data/english-words.table',
      'data/english-names.table',
      'data/extra-words.hashes',
      'data/misspellings.hashes',
      'data/unicode-names.json',
      'schema/copydesk.config.schema.json',
    ]) {
      expect(packed).toContain(file);
    }
  });

  it('holds the schema that `copydesk init` points $schema at, at that path inside node_modules/copydesk', () => {
    const dir = tempDir('init');
    const init = runCli(['init'], { cwd: dir });
    expect(init.status, init.stderr).toBe(0);
    const { $schema } = JSON.parse(readFileSync(path.join(dir, 'copydesk.config.json'), 'utf8'));
    const inPackage = path.posix.relative('node_modules/copydesk', path.posix.normalize($schema));
    expect(inPackage).toBe('schema/copydesk.config.schema.json');
    expect(packed).toContain(inPackage);
  });

  it('holds no tests, evaluation, sources, build scripts or machine-made caches', () => {
    const unwanted = packed.filter((file) => /^(test|eval|bench|src|rules|scripts|examples|\.ci)\/|\.(cache|tmp)$/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('runs no script at install: a git install (pre-commit 4.x) would build without devDependencies', () => {
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepack', 'postpack'];
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => installTime.includes(name))).toEqual([]);
  });
});
