// Turns rule defaults + config + command-line `--rule id=severity` into the rules a run uses.
import { rules as allRules, rulesById } from '../../rules/index.js';
import type { ConfiguredRule } from '../engine.js';
import { UsageError } from '../errors.js';
import type { RuleSettings, Severity } from '../types.js';
import type { RawConfig, RuleSetting } from './load-config.js';

const NUMERIC_SEVERITY: Record<number, Severity> = { 0: 'off', 1: 'warn', 2: 'error' };

export function normalizeSeverity(value: Severity | number): Severity {
  return typeof value === 'number' ? NUMERIC_SEVERITY[value] : value;
}

export function resolveRules(config: RawConfig, cliSeverities: Record<string, Severity> = {}): ConfiguredRule[] {
  for (const id of Object.keys(cliSeverities)) {
    if (!rulesById.has(id)) throw new UsageError(`--rule ${id}: no rule has that id (known: ${[...rulesById.keys()].join(', ')})`);
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of allRules) {
    const setting: RuleSetting | undefined = config.rules?.[rule.id];
    let severity: Severity = rule.offByDefault ? 'off' : rule.severity;
    let options = { ...rule.options };
    if (setting !== undefined) {
      const [value, userOptions] = Array.isArray(setting) ? setting : [setting];
      severity = normalizeSeverity(value);
      if (userOptions) options = { ...options, ...userOptions };
    }
    if (cliSeverities[rule.id]) severity = cliSeverities[rule.id];
    if (severity !== 'off') configured.push({ rule, severity, options });
  }
  return configured;
}

export function settingsFrom(config: RawConfig): RuleSettings {
  return {
    words: new Set((config.words ?? []).map((w) => w.normalize('NFC').toLowerCase())),
    names: (config.names ?? []).map((n) => n.normalize('NFC')),
    languages: config.languages ?? ['en'],
  };
}
