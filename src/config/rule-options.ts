// Checks a rule's options from the config against the rule's `schema`, compiled at build time into
// validate-config.generated.ts, and words what went wrong for a person: the rule, the option, what is
// allowed and what was given. `copydesk rules` describes the options with the same words.
import { createRequire } from 'node:module';
import type { OptionSchema, Rule, RuleOptions } from '../types.js';
import { ruleOptionValidators } from './validate-config.generated.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type Validator = ((options: unknown) => boolean) & { errors?: AjvError[] | null };

/** Problems with `options` for `rule`, each naming `key` ("rules.name-variant") and the option; none when they are valid. */
export function checkRuleOptions(key: string, rule: Rule, options: RuleOptions): string[] {
  const validate = (ruleOptionValidators as Record<string, Validator>)[rule.id];
  if (!rule.schema || !validate) return checkAgainstDefaults(key, rule, options);
  if (validate(options)) return [];
  const problems = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'additionalProperties') {
      const option = String(error.params.additionalProperty);
      problems.set(option, unknownOption(key, option, Object.keys(rule.schema.properties)));
      continue;
    }
    // "/allow/0" is option "allow": the whole option is described, whichever part of it is wrong.
    const option = decodeURIComponent(error.instancePath.split('/')[1] ?? '')
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    const schema = rule.schema.properties[option];
    if (!problems.has(option) && schema) {
      problems.set(option, `"${key}" option "${option}" must be ${describeOption(schema)}, got ${JSON.stringify(options[option])}`);
    }
  }
  return [...problems.values()];
}

/** What an option allows, in words: "an integer ≥ 1", "one of "a", "b"", "an array of strings". */
export function describeOption(schema: OptionSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (schema.type) {
    case 'integer':
      return `an integer${describeBounds(schema)}`;
    case 'number':
      return `a number${describeBounds(schema)}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return typeof schema.minLength === 'number' && schema.minLength > 0 ? 'a non-empty string' : 'a string';
    case 'array': {
      const items = schema.items as OptionSchema | undefined;
      if (!items) return 'an array';
      const item = describeOption(items).replace(/^an? /, '');
      return `an array of ${item.endsWith('string') ? `${item}s` : item}`;
    }
    default:
      return String(schema.type ?? 'a value');
  }
}

function describeBounds(schema: OptionSchema): string {
  const bounds: string[] = [];
  if (typeof schema.minimum === 'number') bounds.push(`≥ ${schema.minimum}`);
  if (typeof schema.exclusiveMinimum === 'number') bounds.push(`> ${schema.exclusiveMinimum}`);
  if (typeof schema.maximum === 'number') bounds.push(`≤ ${schema.maximum}`);
  if (typeof schema.exclusiveMaximum === 'number') bounds.push(`< ${schema.exclusiveMaximum}`);
  return bounds.length ? ` ${bounds.join(' and ')}` : '';
}

function unknownOption(key: string, option: string, known: string[]): string {
  if (known.length === 0) return `"${key}" option "${option}" is unknown: the rule takes no options`;
  const guess = closestName(option, known);
  return `"${key}" option "${option}" is unknown${guess ? `; did you mean "${guess}"?` : ''} (known: ${known.join(', ')})`;
}

/** The known name a typed one most likely meant: within a third of its length in edits, ignoring case. */
export function closestName(typed: string, known: string[]): string | undefined {
  // Loaded only here, for a config with a wrong option name (see src/spelling/edit-distance.ts on its start-up cost).
  const levenshtein = createRequire(import.meta.url)('fast-levenshtein') as { get(a: string, b: string): number };
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
  for (const name of known) {
    const distance = levenshtein.get(typed.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/**
 * A rule without a schema (every shipped rule has one, test/rule-meta.test.ts checks; a rule written for a test
 * may not): an option must exist among the defaults and have their type.
 */
function checkAgainstDefaults(key: string, rule: Rule, options: RuleOptions): string[] {
  const problems: string[] = [];
  for (const [option, value] of Object.entries(options)) {
    if (!Object.hasOwn(rule.options, option)) {
      problems.push(unknownOption(key, option, Object.keys(rule.options)));
      continue;
    }
    const expected = typeOf(rule.options[option]);
    if (typeOf(value) !== expected) problems.push(`"${key}" option "${option}" must be ${expected}, got ${typeOf(value)}`);
  }
  return problems;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return { string: 'a string', number: 'a number', boolean: 'a boolean', object: 'an object' }[typeof value as string] ?? typeof value;
}
