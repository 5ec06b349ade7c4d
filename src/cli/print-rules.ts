// `copydesk rules`: the catalog as a table, each rule's options under it as its schema describes them
// (what is allowed, the default, what the option does); `--format json` gives the metadata itself.
import { Chalk } from 'chalk';
import { rules } from '../../rules/index.js';
import { describeOption } from '../config/rule-options.js';
import type { Rule } from '../types.js';

export function printRules(level: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level });
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = [c.bold(`${'rule'.padEnd(idWidth)}  severity  fixes  description`)];
  for (const rule of rules) {
    const severity = rule.offByDefault ? c.dim('off     ') : rule.severity === 'error' ? c.red('error   ') : c.yellow('warn    ');
    lines.push(`${rule.id.padEnd(idWidth)}  ${severity}  ${rule.fixable ? 'yes  ' : 'no   '}  ${rule.description}`);
    for (const option of optionsOf(rule)) {
      const what = option.description ? ` ${option.description}` : '';
      lines.push(
        c.dim(`${' '.repeat(idWidth + 2)}option ${option.name}: ${option.allowed}, default ${JSON.stringify(option.default)}.${what}`),
      );
    }
  }
  return lines.join('\n') + '\n';
}

export function rulesAsJson(): string {
  return (
    JSON.stringify(
      rules.map((r) => ({
        id: r.id,
        description: r.description,
        severity: r.offByDefault ? 'off' : r.severity,
        fixable: r.fixable,
        scope: r.scope ?? 'document',
        options: r.options,
        ...(r.schema ? { schema: r.schema } : {}),
        docs: r.docs,
      })),
    ) + '\n'
  );
}

interface OptionLine {
  name: string;
  allowed: string;
  default: unknown;
  description?: string;
}

/** The options the schema lists; a rule without a schema (none ships without one) by its defaults' types. */
function optionsOf(rule: Rule): OptionLine[] {
  if (!rule.schema) {
    return Object.entries(rule.options).map(([name, value]) => ({ name, allowed: typeName(value), default: value }));
  }
  return Object.entries(rule.schema.properties).map(([name, schema]) => ({
    name,
    allowed: describeOption(schema),
    default: rule.options[name],
    description: schema.description,
  }));
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'boolean' ? 'true or false' : `a ${typeof value}`;
}
