// Finds and validates the configuration. Looked for from the current folder upward:
// copydesk.config.json, .copydeskrc.json, then the "copydesk" key of package.json; `--config` names one.
// A config that is not valid JSON or does not fit the schema stops the run (exit 2) with a message that
// names the file, the key and what was expected.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rulesById } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import type { RuleOptions, Severity } from '../types.js';
import { compileGlobs, GlobError } from './glob-match.js';
import { checkRuleOptions, closestName } from './rule-options.js';
import { validate } from './validate-config.generated.js';

export interface ConfigOverride {
  files: string | string[];
  rules?: Record<string, RuleSetting>;
  words?: string[];
  names?: string[];
  jsonl?: { textField?: string };
}

export interface RawConfig {
  root?: boolean;
  overrides?: ConfigOverride[];
  rules?: Record<string, RuleSetting>;
  words?: string[];
  names?: string[];
  /** ISO 639-1 codes of the languages the corpus is expected to hold (the `language` rule). Default ["en"]. */
  languages?: string[];
  ignore?: string[];
  extensions?: string[];
  jsonl?: { textField?: string };
}

type SeverityValue = Severity | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue] | [SeverityValue, RuleOptions];

export interface LoadedConfig {
  /** The file it came from, if any. */
  file?: string;
  /** The folder `ignore` globs are relative to. */
  dir: string;
  config: RawConfig;
}

const CONFIG_FILES = ['copydesk.config.json', '.copydeskrc.json'];

export function loadConfig(cwd: string, explicitFile?: string): LoadedConfig {
  if (explicitFile) {
    const file = path.resolve(cwd, explicitFile);
    if (!existsSync(file)) throw new UsageError(`Config file not found: ${explicitFile}`);
    return { file, dir: path.dirname(file), config: readConfigFile(file) };
  }
  return new ConfigFinder().forDirectory(path.resolve(cwd));
}

/**
 * The nearest config above a folder, looked up once per folder: copydesk.config.json, then
 * .copydeskrc.json, then package.json's "copydesk" key. The nearest one wins, whole (as Prettier's
 * do); none found means the defaults, relative to the folder asked about.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig | null>();

  forDirectory(dir: string): LoadedConfig {
    return this.lookUp(dir) ?? { dir, config: {} };
  }

  /** The nearest config at or above `dir`, or null when there is none. */
  lookUp(dir: string): LoadedConfig | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const found = configIn(dir) ?? (path.dirname(dir) === dir ? null : this.lookUp(path.dirname(dir)));
    this.byDir.set(dir, found);
    return found;
  }
}

function configIn(dir: string): LoadedConfig | null {
  for (const name of CONFIG_FILES) {
    const file = path.join(dir, name);
    if (existsSync(file)) return { file, dir, config: readConfigFile(file) };
  }
  const pkg = path.join(dir, 'package.json');
  if (existsSync(pkg)) {
    const json = parseJson(pkg) as { copydesk?: unknown };
    if (json && typeof json === 'object' && 'copydesk' in json) {
      return { file: pkg, dir, config: validateConfig(json.copydesk, `${pkg} (key "copydesk")`) };
    }
  }
  return null;
}

function readConfigFile(file: string): RawConfig {
  return validateConfig(parseJson(file), file);
}

function parseJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Config ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function validateConfig(value: unknown, where: string): RawConfig {
  if (!validate(value)) {
    const errors = (validate as unknown as { errors: AjvError[] }).errors;
    throw new UsageError(
      `Invalid config ${where}:\n${describeSchemaErrors(errors)
        .map((m) => `  - ${m}`)
        .join('\n')}`,
    );
  }
  const config = value as RawConfig;
  const problems: string[] = [];
  const ruleSets = [
    { key: 'rules', rules: config.rules },
    ...(config.overrides ?? []).map((o, i) => ({ key: `overrides.${i}.rules`, rules: o.rules })),
  ];
  for (const { key, rules } of ruleSets) problems.push(...checkRules(key, rules ?? {}));
  (config.overrides ?? []).forEach((o, i) => problems.push(...checkGlobs(`overrides.${i}.files`, [o.files].flat())));
  if (problems.length) throw new UsageError(`Invalid config ${where}:\n${problems.map((m) => `  - ${m}`).join('\n')}`);
  return config;
}

function checkGlobs(key: string, globs: string[]): string[] {
  try {
    compileGlobs(globs);
    return [];
  } catch (error) {
    if (error instanceof GlobError) return [`"${key}": ${error.message}`];
    throw error;
  }
}

function checkRules(key: string, rules: Record<string, RuleSetting>): string[] {
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = rulesById.get(id);
    if (!rule) {
      const guess = closestName(id, [...rulesById.keys()]);
      problems.push(
        `"${key}.${id}": no rule has that id${guess ? `; did you mean "${guess}"?` : ''} (known: ${[...rulesById.keys()].join(', ')})`,
      );
      continue;
    }
    const options = Array.isArray(setting) ? setting[1] : undefined;
    if (options) problems.push(...checkRuleOptions(`${key}.${id}`, rule, options));
  }
  return problems;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's errors into "key: expected …" lines; anyOf noise is folded into one line per key. */
function describeSchemaErrors(errors: AjvError[]): string[] {
  const byKey = new Map<string, string>();
  for (const error of errors) {
    const key = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
    let message: string;
    if (error.keyword === 'additionalProperties') {
      const extra = String(error.params.additionalProperty);
      message = `"${key === '(top level)' ? extra : `${key}.${extra}`}": unknown key`;
      byKey.set(`${key}.${extra}`, message);
      continue;
    }
    const ruleKey = /^(?:overrides\.\d+\.)?rules\.[^.]+/.exec(key)?.[0];
    if (
      ruleKey &&
      (error.keyword === 'anyOf' ||
        error.keyword === 'enum' ||
        error.keyword === 'type' ||
        error.keyword === 'maxItems' ||
        error.keyword === 'minItems')
    ) {
      byKey.set(ruleKey, `"${ruleKey}": expected "off", "warn", "error" (or 0, 1, 2), or [severity, {options}]`);
      continue;
    }
    message =
      error.keyword === 'enum'
        ? `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        : (error.message ?? error.keyword);
    if (!byKey.has(key)) byKey.set(key, `"${key}": ${message}`);
  }
  return [...byKey.values()];
}
