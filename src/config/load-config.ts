// Finds and validates the configuration. Looked for from the current folder upward:
// copydesk.config.json, .copydeskrc.json, then the "copydesk" key of package.json; `--config` names one.
// A config that is not valid JSON or does not fit the schema stops the run (exit 2) with a message that
// names the file, the key and what was expected.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rulesById } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import type { Rule, RuleOptions, Severity } from '../types.js';
import { validate } from './validate-config.generated.js';

export interface RawConfig {
  root?: boolean;
  rules?: Record<string, RuleSetting>;
  words?: string[];
  names?: string[];
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
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
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
    if (path.dirname(dir) === dir) return { dir: path.resolve(cwd), config: {} };
  }
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
    throw new UsageError(`Invalid config ${where}:\n${describeSchemaErrors(errors).map((m) => `  - ${m}`).join('\n')}`);
  }
  const config = value as RawConfig;
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rulesById.get(id);
    if (!rule) {
      problems.push(`"rules.${id}": no rule has that id (known: ${[...rulesById.keys()].join(', ')})`);
      continue;
    }
    const options = Array.isArray(setting) ? setting[1] : undefined;
    if (options) problems.push(...checkRuleOptions(rule, options));
  }
  if (problems.length) throw new UsageError(`Invalid config ${where}:\n${problems.map((m) => `  - ${m}`).join('\n')}`);
  return config;
}

/** A rule's defaults say which options exist and their types; anything else is a typo in the config. */
function checkRuleOptions(rule: Rule, options: RuleOptions): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (!(key in rule.options)) {
      const known = Object.keys(rule.options);
      problems.push(`"rules.${rule.id}" option "${key}" is unknown (${known.length ? `known: ${known.join(', ')}` : 'the rule takes no options'})`);
      continue;
    }
    const expected = typeOf(rule.options[key]);
    if (typeOf(value) !== expected) problems.push(`"rules.${rule.id}" option "${key}" must be ${expected}, got ${typeOf(value)}`);
  }
  return problems;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return { string: 'a string', number: 'a number', boolean: 'a boolean', object: 'an object' }[typeof value as string] ?? typeof value;
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
    if (key.startsWith('rules.') && (error.keyword === 'anyOf' || error.keyword === 'enum' || error.keyword === 'type' || error.keyword === 'maxItems' || error.keyword === 'minItems')) {
      const rule = key.split('.')[1];
      byKey.set(`rules.${rule}`, `"rules.${rule}": expected "off", "warn", "error" (or 0, 1, 2), or [severity, {options}]`);
      continue;
    }
    message = error.keyword === 'enum' ? `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : error.message ?? error.keyword;
    if (!byKey.has(key)) byKey.set(key, `"${key}": ${message}`);
  }
  return [...byKey.values()];
}
