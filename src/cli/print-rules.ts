// `copydesk rules`: the catalog as a table.
import { Chalk } from 'chalk';
import { rules } from '../../rules/index.js';

export function printRules(level: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level });
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = [c.bold(`${'rule'.padEnd(idWidth)}  severity  fixes  description`)];
  for (const rule of rules) {
    const severity = rule.offByDefault ? c.dim('off     ') : rule.severity === 'error' ? c.red('error   ') : c.yellow('warn    ');
    lines.push(`${rule.id.padEnd(idWidth)}  ${severity}  ${rule.fixable ? 'yes  ' : 'no   '}  ${rule.description}`);
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
      })),
    ) + '\n'
  );
}
