// --cache: findings of files whose bytes and effective settings have not changed since the last run
// are reused instead of checking the files again. The key of the settings includes copydesk's version
// and every rule's id, severity and options, so an upgrade or a config change invalidates the cache.
import { hexDigest } from './hex-digest.js';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { FileSettings } from './file-settings.js';
import type { Finding } from './types.js';

interface Entry {
  content: string;
  settings: string;
  findings: Finding[];
}

interface CacheFile {
  copydesk: string;
  files: Record<string, Entry>;
}

export class ResultCache {
  private readonly settingsKeys = new WeakMap<FileSettings, string>();
  private dirty = false;

  private constructor(
    private readonly location: string,
    private readonly version: string,
    private readonly data: CacheFile,
  ) {}

  /** A missing, unreadable or foreign cache file is an empty cache, never an error. */
  static load(location: string, version: string): ResultCache {
    let data: CacheFile = { copydesk: version, files: {} };
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed && parsed.copydesk === version && typeof parsed.files === 'object') data = parsed;
    } catch {
      // start afresh
    }
    return new ResultCache(location, version, data);
  }

  lookup(file: string, bytes: Uint8Array, settings: FileSettings): Finding[] | undefined {
    const entry = this.data.files[file];
    if (!entry || entry.settings !== this.settingsKey(settings) || entry.content !== hash(bytes)) return undefined;
    return entry.findings;
  }

  store(file: string, bytes: Uint8Array, settings: FileSettings, findings: Finding[]): void {
    this.data.files[file] = { content: hash(bytes), settings: this.settingsKey(settings), findings };
    this.dirty = true;
  }

  forget(file: string): void {
    if (delete this.data.files[file]) this.dirty = true;
  }

  /** Written whole to a temporary file and renamed, so a crash never leaves half a cache. */
  save(): void {
    if (!this.dirty) return;
    const tmp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.location);
  }

  private settingsKey(settings: FileSettings): string {
    let key = this.settingsKeys.get(settings);
    if (!key) {
      key = hash(
        JSON.stringify({
          version: this.version,
          rules: settings.rules.map((r) => [r.rule.id, r.severity, r.options]),
          words: [...settings.settings.words].sort(),
          names: settings.settings.names,
          languages: settings.settings.languages, // the language rule's findings depend on them
          jsonl: settings.jsonlTextField,
        }),
      );
      this.settingsKeys.set(settings, key);
    }
    return key;
  }
}

function hash(data: Uint8Array | string): string {
  return hexDigest('sha1', data);
}
