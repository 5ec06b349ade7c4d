// `copydesk init`: a starting config that lists every rule with its default severity and options, so
// a new user sees what there is to turn on, off or tune.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { UsageError } from '../errors.js';

export const CONFIG_NAME = 'copydesk.config.json';

export function starterConfig(): object {
  return {
    $schema: './node_modules/copydesk/schema/copydesk.config.schema.json',
    rules: Object.fromEntries(
      rules.map((rule) => {
        const severity = rule.offByDefault ? 'off' : rule.severity;
        return [rule.id, Object.keys(rule.options).length ? [severity, rule.options] : severity];
      }),
    ),
    words: [],
    names: [],
    ignore: [],
  };
}

/** Writes the starter config into `dir`; returns what to tell the user. */
export function writeStarterConfig(dir: string, force: boolean): string {
  const file = path.join(dir, CONFIG_NAME);
  if (existsSync(file) && !force) throw new UsageError(`${CONFIG_NAME} already exists; use --force to overwrite it.`);
  writeFileSync(file, JSON.stringify(starterConfig(), null, 2) + '\n');
  return `Wrote ${CONFIG_NAME} with every rule and its default. Add your accepted words to "words" and proper names to "names".\n`;
}
