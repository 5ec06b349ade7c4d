// The output formats. A run prints one: each reporter's module is loaded when its format is asked
// for, so a check does not start up chalk, the HTML page or the fingerprinting of formats it never prints
// (in the bundle, an `import()` becomes a module initialised on first call).
import type { Reporter } from './types.js';

const loaders: Readonly<Record<string, () => Promise<Reporter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  'json-with-metadata': async () => (await import('./json.js')).jsonWithMetadata,
  jsonl: async () => (await import('./jsonl.js')).jsonl,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  rdjson: async () => (await import('./rdjson.js')).rdjson,
  html: async () => (await import('./html/html.js')).html,
  markdown: async () => (await import('./markdown.js')).markdown,
};

/** Every format's name, in the order `--help` lists them. */
export const reporterNames: readonly string[] = Object.keys(loaders);

/** The reporter of a format (one of reporterNames). */
export function loadReporter(format: string): Promise<Reporter> {
  if (!Object.hasOwn(loaders, format)) throw new Error(`No reporter for the format "${format}"`);
  return loaders[format]();
}
