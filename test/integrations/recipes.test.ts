// The integration recipes in docs/recipes/ and the pre-commit manifest: each file parses as its
// consumer parses it, and the exact commands in it, run against the CLI on our sample dumps
// (examples/), produce what that consumer reads: SARIF for code scanning, workflow commands for
// GitHub's annotations, a Code Quality report for GitLab, lines the VS Code and Vim matchers place.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, parseJson, repoRoot, runCli } from '../helpers/cli.js';
import { missingCommand, run, tempDir, writeFiles } from '../helpers/git-repo.js';

const recipe = (name: string) => path.join(repoRoot, 'docs/recipes', name);
const EXAMPLES = path.join(repoRoot, 'examples');
const CLEAN =
  'The harbour council met on Monday to discuss the budget for next year.\nMembers agreed to meet again in March, the mayor said.\n';

/** A Python that has PyYAML (pre-commit depends on it, so CI has one): YAML is read as YAML tools read it. */
const python = ['python3', '/usr/bin/python3'].find((exe) => spawnSync(exe, ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0);
function readYaml(file: string): any {
  const result = spawnSync(
    python!,
    ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), sys.stdout)', file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`${file} is not valid YAML:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}
const noYaml = python ? false : 'no python3 with PyYAML (apt-get install python3-yaml)';

/** A folder holding the sample dumps, and a PATH on which `copydesk` is this repository's CLI. */
let dumps: string;
let pathWithCopydesk: string;
beforeAll(() => {
  dumps = tempDir('dumps');
  for (const name of readdirSync(EXAMPLES))
    if (/\.(txt|jsonl)$/.test(name)) copyFileSync(path.join(EXAMPLES, name), path.join(dumps, name));
  const shims = tempDir('shims');
  symlinkSync(bin, path.join(shims, 'copydesk'));
  pathWithCopydesk = `${shims}${path.delimiter}${process.env.PATH}`;
});

/** Runs one script line as CI runners do (bash, stopping at the first failing command). */
function runStep(script: string, cwd: string) {
  return run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: pathWithCopydesk, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
}

/** The JSON findings for the same folder: what every other format must carry. */
function jsonFindings(cwd: string) {
  const results = parseJson(runCli(['check', '--format', 'json', '.'], { cwd })) as {
    filePath: string;
    messages: { ruleId: string; severity: number; line: number; column: number; message: string; record?: number }[];
  }[];
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(cwd, r.filePath) })));
}

function folderWith(files: Record<string, string>): string {
  const dir = tempDir('project');
  writeFiles(dir, files);
  return dir;
}

describe.skipIf(noYaml)(noYaml ? `pre-commit manifest and recipe (skipped: ${noYaml})` : 'pre-commit manifest and recipe', () => {
  it('declares copydesk (check) and copydesk-fix as node hooks on text files, run in one process', () => {
    const hooks = readYaml(path.join(repoRoot, '.pre-commit-hooks.yaml'));
    expect(hooks.map((h: any) => [h.id, h.entry])).toEqual([
      ['copydesk', 'copydesk check'],
      ['copydesk-fix', 'copydesk fix'],
    ]);
    for (const hook of hooks) {
      expect(hook).toMatchObject({ language: 'node', types: ['text'], require_serial: true });
      // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
      const files = new RegExp(hook.files);
      expect(['story.txt', 'dumps/2024/a.txt', 'wire.jsonl'].filter((f) => files.test(f))).toHaveLength(3);
      expect(['README.md', 'notes.txt.bak', 'data.json', 'copydesk.config.json'].filter((f) => files.test(f))).toEqual([]);
    }
  });

  it('the recipe config names hooks the manifest has', () => {
    const ids = readYaml(path.join(repoRoot, '.pre-commit-hooks.yaml')).map((h: any) => h.id);
    const config = readYaml(recipe('pre-commit-config.yaml'));
    expect(config.repos).toHaveLength(1);
    expect(config.repos[0].rev).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(config.repos[0].hooks.map((h: any) => h.id)).toEqual(['copydesk']);
    const commentedOut = [...readFileSync(recipe('pre-commit-config.yaml'), 'utf8').matchAll(/#\s*- id: (\S+)/g)].map((m) => m[1]);
    expect([...config.repos[0].hooks.map((h: any) => h.id), ...commentedOut].every((id) => ids.includes(id))).toBe(true);
  });
});

describe.skipIf(noYaml)(noYaml ? `GitHub Actions recipe (skipped: ${noYaml})` : 'GitHub Actions recipe', () => {
  let steps: { name?: string; uses?: string; run?: string; with?: Record<string, string> }[];
  let workflow: any;
  beforeAll(() => {
    workflow = readYaml(recipe('github-actions.yml'));
    steps = workflow.jobs.copydesk.steps;
  });
  const stepRunning = (format: string) => steps.find((s) => s.run?.includes(`--format ${format}`))!;

  it('may upload to code scanning, and uploads the file the SARIF step writes', () => {
    expect(workflow.permissions).toMatchObject({ 'security-events': 'write', contents: 'read' });
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.sarif_file).toBe('copydesk.sarif');
    expect(steps.indexOf(stepRunning('sarif'))).toBeLessThan(steps.indexOf(upload));
    expect(steps.indexOf(upload)).toBeLessThan(steps.indexOf(stepRunning('github')));
    expect(steps.find((s) => s.run?.startsWith('npm install --global copydesk'))).toBeDefined();
  });

  it('the SARIF step succeeds on dumps with findings and writes SARIF 2.1.0 that code scanning can place', () => {
    const result = runStep(stepRunning('sarif').run!, dumps);
    expect(result.status, result.stderr).toBe(0);
    const log = JSON.parse(readFileSync(path.join(dumps, 'copydesk.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('copydesk');
    const expected = jsonFindings(dumps);
    expect(sarifRun.results).toHaveLength(expected.length);
    for (const r of sarifRun.results) {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      // Relative to the checkout, as upload-sarif needs to link the alert to the file.
      expect(artifactLocation.uri).not.toMatch(/^(\/|file:)/);
      expect(existsSync(path.join(dumps, decodeURIComponent(artifactLocation.uri))), artifactLocation.uri).toBe(true);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.message.text).toBeTruthy();
      expect(sarifRun.tool.driver.rules.map((rule: any) => rule.id)).toContain(r.ruleId);
    }
    const fingerprints = sarifRun.results.map((r: any) => JSON.stringify(r.partialFingerprints));
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('the SARIF step fails the job when the run itself fails (exit 2), not on findings', () => {
    const broken = folderWith({ 'story.txt': CLEAN, 'copydesk.config.json': '{ "rules": ' });
    const result = runStep(stepRunning('sarif').run!, broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('copydesk');
  });

  it('the annotation step fails on errors with one annotation per finding, on the right file and line', () => {
    const result = runStep(stepRunning('github').run!, dumps);
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => /^::(error|warning) /.test(line));
    const expected = jsonFindings(dumps);
    expect(annotations).toHaveLength(expected.length);
    for (const finding of expected) {
      const place = `file=${finding.file},line=${finding.record ?? finding.line},`;
      const level = finding.severity === 2 ? 'error' : 'warning';
      expect(
        annotations.some((a) => a.startsWith(`::${level} `) && a.includes(place)),
        `${level} at ${place}`,
      ).toBe(true);
    }
  });

  it('the annotation step passes on clean dumps and prints no annotation', () => {
    const result = runStep(stepRunning('github').run!, folderWith({ 'story.txt': CLEAN }));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/^::(error|warning)/m);
  });
});

describe.skipIf(noYaml)(noYaml ? `GitLab CI recipe (skipped: ${noYaml})` : 'GitLab CI recipe', () => {
  let job: any;
  beforeAll(() => {
    job = readYaml(recipe('gitlab-ci.yml')).copydesk;
  });
  const checkLines = () => (job.script as string[]).filter((line) => line.startsWith('copydesk '));

  it('hands GitLab the report the script writes, even when the job fails', () => {
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(checkLines()[0]).toContain('> gl-code-quality-report.json');
  });

  it('writes a Code Quality report GitLab can show, then fails the job on errors with the findings in the log', () => {
    const [report, log] = checkLines().map((line) => runStep(line, dumps));
    expect(report.status, report.stderr).toBe(0);
    expect(log.status).toBe(1);
    const issues = JSON.parse(readFileSync(path.join(dumps, 'gl-code-quality-report.json'), 'utf8'));
    const expected = jsonFindings(dumps);
    expect(issues).toHaveLength(expected.length);
    for (const issue of issues) {
      expect(typeof issue.description).toBe('string');
      expect(typeof issue.check_name).toBe('string');
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(existsSync(path.join(dumps, issue.location.path)), issue.location.path).toBe(true);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    // GitLab shows one issue per fingerprint.
    expect(new Set(issues.map((i: any) => i.fingerprint)).size).toBe(issues.length);
    for (const finding of expected) expect(log.stdout).toContain(`${finding.message} [${finding.ruleId}]`);
  });

  it('passes on clean dumps', () => {
    const clean = folderWith({ 'story.txt': CLEAN });
    for (const line of checkLines()) expect(runStep(line, clean).status, line).toBe(0);
    expect(JSON.parse(readFileSync(path.join(clean, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });
});

describe('lint-staged recipe file', () => {
  it('runs copydesk fix on staged .txt and .jsonl files', () => {
    const config = JSON.parse(readFileSync(recipe('lintstagedrc.json'), 'utf8'));
    expect(config).toEqual({ '*.{txt,jsonl}': 'copydesk fix' });
  });
});

describe('VS Code task recipe', () => {
  /** tasks.json is JSON with comments, as VS Code reads it. */
  function readTasks() {
    const errors: ParseError[] = [];
    const tasks = parseJsonc(readFileSync(recipe('vscode-tasks.json'), 'utf8'), errors, { allowTrailingComma: true });
    expect(errors).toEqual([]);
    return tasks;
  }

  it('its problem matchers place every compact line exactly once, on the file, line, column and rule of the finding', () => {
    const task = readTasks().tasks.find((t: any) => t.label === 'copydesk');
    expect(task.command).toMatch(/copydesk check --format compact/);
    const matchers = task.problemMatcher.map((m: any) => ({ ...m.pattern, regexp: new RegExp(m.pattern.regexp) }));
    const lines = runCli(['check', '--format', 'compact', '.'], { cwd: dumps }).stdout.split('\n');
    const placed = lines.flatMap((line) =>
      matchers.flatMap((p: any) => {
        const m = p.regexp.exec(line);
        return m
          ? [
              {
                file: m[p.file],
                line: Number(m[p.line]),
                column: p.column ? Number(m[p.column]) : undefined,
                severity: m[p.severity],
                code: m[p.code],
              },
            ]
          : [];
      }),
    );
    // A finding in a JSONL record is on the record's line, column 1, in compact as in json.
    const findings = jsonFindings(dumps);
    const expected = findings.map((f) =>
      f.record !== undefined
        ? { file: f.file, line: f.record, column: 1, severity: f.severity === 2 ? 'error' : 'warning', code: f.ruleId }
        : { file: f.file, line: f.line, column: f.column, severity: f.severity === 2 ? 'error' : 'warning', code: f.ruleId },
    );
    expect(findings.some((f) => f.record !== undefined)).toBe(true);
    expect(placed).toEqual(expected);
  });
});

/** A Vim with its script language (vim-tiny has none): the test reads the quickfix list with it. */
const noVim =
  missingCommand('vim') || (/\+eval\b/.test(spawnSync('vim', ['--version'], { encoding: 'utf8' }).stdout) ? false : 'vim has no +eval');
describe.skipIf(noVim)(noVim ? `Vim compiler recipe (skipped: ${noVim})` : 'Vim compiler recipe', () => {
  it(':compiler copydesk reads every compact line into the quickfix list with its file, line and type', () => {
    const runtime = tempDir('vim');
    mkdirSync(path.join(runtime, 'compiler'));
    copyFileSync(recipe('vim-compiler.vim'), path.join(runtime, 'compiler/copydesk.vim'));
    writeFiles(runtime, { 'compact.txt': runCli(['check', '--format', 'compact', '.'], { cwd: dumps }).stdout });
    const dump = `call writefile(map(getqflist(), {_, e -> json_encode({'file': bufname(e.bufnr), 'line': e.lnum, 'type': e.type, 'valid': e.valid})}), '${runtime}/qf.jsonl')`;
    const vim = run(
      'vim',
      [
        '-es',
        '-N',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-c',
        `set rtp^=${runtime}`,
        '-c',
        'compiler copydesk',
        '-c',
        `cgetfile ${runtime}/compact.txt`,
        '-c',
        dump,
        '-c',
        'qa!',
      ],
      { cwd: dumps },
    );
    expect(vim.status, vim.stdout + vim.stderr).toBe(0);
    const entries = readFileSync(path.join(runtime, 'qf.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = jsonFindings(dumps).map((f) => ({
      file: f.file,
      line: f.record ?? f.line,
      type: f.severity === 2 ? 'e' : 'w',
      valid: 1,
    }));
    expect(entries).toEqual(expected);
  });
});

describe('docs/integrations.md', () => {
  it('shows every recipe exactly as the file the tests run', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/integrations.md'), 'utf8');
    const recipes = readdirSync(path.join(repoRoot, 'docs/recipes'));
    expect(recipes.length).toBeGreaterThanOrEqual(6);
    for (const name of recipes) {
      expect(doc, name).toContain(readFileSync(recipe(name), 'utf8'));
      expect(doc, name).toContain(`(recipes/${name})`);
    }
  });
});
