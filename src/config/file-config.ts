// The settings that apply to one file: the nearest config above it (or the one named by --config),
// with the `overrides` whose globs match the file laid over it, then the command line's --rule.
// Resolved settings are shared by every file with the same config and the same matching overrides.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfiguredRule } from '../engine.js';
import type { RuleSettings, Severity } from '../types.js';
import { compileGlobs } from './glob-match.js';
import { ConfigFinder, loadConfig, type LoadedConfig, type RawConfig } from './load-config.js';
import { resolveRules, settingsFrom } from './resolve-rules.js';

export interface FileConfig {
  rules: ConfiguredRule[];
  settings: RuleSettings;
  jsonlTextField: string;
  /** The config file these settings came from, if any. */
  configFile?: string;
}

interface PreparedConfig {
  loaded: LoadedConfig;
  overrideMatchers: ((relativePath: string) => boolean)[];
  ignore: Ignore | null;
}

export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly explicit: LoadedConfig | null;
  private readonly prepared = new Map<LoadedConfig, PreparedConfig>();
  private readonly resolved = new Map<string, FileConfig>();
  private cwdConfig: LoadedConfig | null = null;

  constructor(
    private readonly cwd: string,
    explicitFile: string | undefined,
    private readonly cliSeverities: Record<string, Severity> = {},
  ) {
    this.explicit = explicitFile ? loadConfig(cwd, explicitFile) : null;
  }

  /** The config of the run itself (the current folder's): it decides walking and corpus rules. */
  get runConfig(): LoadedConfig {
    this.cwdConfig ??= this.explicit ?? this.finder.forDirectory(this.cwd);
    return this.cwdConfig;
  }

  forFile(file: string): FileConfig {
    const prepared = this.prepare(this.configAbove(file));
    const relative = toPosix(path.relative(prepared.loaded.dir, file));
    const matching = prepared.overrideMatchers.flatMap((matches, i) => (matches(relative) ? [i] : []));
    const key = `${prepared.loaded.file ?? prepared.loaded.dir}#${matching.join(',')}`;
    let config = this.resolved.get(key);
    if (!config) {
      const merged = mergeOverrides(prepared.loaded.config, matching);
      config = {
        rules: resolveRules(merged, this.cliSeverities),
        settings: settingsFrom(merged),
        jsonlTextField: merged.jsonl?.textField ?? 'text',
        configFile: prepared.loaded.file,
      };
      this.resolved.set(key, config);
    }
    return config;
  }

  /** Whether the `ignore` of the config that applies to the file leaves it out. */
  ignores(file: string): boolean {
    const prepared = this.prepare(this.configAbove(file));
    if (!prepared.ignore) return false;
    const relative = path.relative(prepared.loaded.dir, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return prepared.ignore.ignores(toPosix(relative));
  }

  /** A file outside any configured tree (a path elsewhere on the disk) gets the run's config. */
  private configAbove(file: string): LoadedConfig {
    return this.explicit ?? this.finder.lookUp(path.dirname(file)) ?? this.runConfig;
  }

  private prepare(loaded: LoadedConfig): PreparedConfig {
    let prepared = this.prepared.get(loaded);
    if (!prepared) {
      prepared = {
        loaded,
        // Checked when the config was loaded (load-config.ts), so compiling cannot fail here.
        overrideMatchers: (loaded.config.overrides ?? []).map((o) => compileGlobs([o.files].flat())),
        ignore: loaded.config.ignore?.length ? ignore().add(loaded.config.ignore) : null,
      };
      this.prepared.set(loaded, prepared);
    }
    return prepared;
  }
}

/** Later overrides win rule by rule; their words and names add to the lists above them. */
function mergeOverrides(config: RawConfig, matching: number[]): RawConfig {
  if (!matching.length) return config;
  const merged: RawConfig = { ...config, rules: { ...config.rules }, words: [...(config.words ?? [])], names: [...(config.names ?? [])] };
  for (const i of matching) {
    const o = config.overrides![i];
    Object.assign(merged.rules!, o.rules);
    merged.words!.push(...(o.words ?? []));
    merged.names!.push(...(o.names ?? []));
    if (o.jsonl) merged.jsonl = { ...merged.jsonl, ...o.jsonl };
  }
  return merged;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
