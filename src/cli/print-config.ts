// `--print-config FILE`: the settings that would apply to FILE, as JSON (ESLint's --print-config), so
// a person can see which config file won, which overrides matched, and what each rule is set to.
import path from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import type { ConfigResolver } from '../config/file-config.js';

export function printConfig(resolver: ConfigResolver, file: string, cwd: string, ignoredByCli: boolean): string {
  const abs = path.resolve(cwd, file);
  const config = resolver.forFile(abs);
  const configured = new Map(config.rules.map((r) => [r.rule.id, r]));
  const rules = Object.fromEntries(
    allRules.map((rule) => {
      const on = configured.get(rule.id);
      return [rule.id, on ? (Object.keys(on.options).length ? [on.severity, on.options] : on.severity) : 'off'];
    }),
  );
  const resolved = {
    filePath: abs,
    configFile: config.configFile ?? null,
    ignored: resolver.ignores(abs) || ignoredByCli,
    rules,
    words: [...config.settings.words].sort(),
    names: [...config.settings.names],
    jsonl: { textField: config.jsonlTextField },
  };
  return JSON.stringify(resolved, null, 2) + '\n';
}
