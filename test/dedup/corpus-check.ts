// Runs corpus rules over a temporary folder with the real pipeline (checkTargets), as `copydesk check`
// does, and returns each file's findings by file name.
import path from 'node:path';
import { expect } from 'vitest';
import { checkTargets } from '../../src/run.js';
import type { Finding, Rule } from '../../src/types.js';
import { makeTree } from '../helpers/cli.js';

export async function checkCorpus(
  rule: Rule,
  files: Record<string, string>,
  options: Record<string, unknown> = {},
  order?: string[],
): Promise<Map<string, Finding[]>> {
  const dir = makeTree(files);
  const config = {
    rules: [{ rule, severity: rule.severity, options: { ...rule.options, ...options } }],
    settings: { words: new Set<string>(), names: [] },
    jsonlTextField: 'text',
  };
  const names = order ?? Object.keys(files);
  const { results, failures } = await checkTargets(
    names.map((name) => ({ kind: 'file' as const, path: path.join(dir, name) })),
    {
      configFor: () => config,
      corpusConfig: config,
      cwd: dir,
      readStdin: async () => Buffer.alloc(0),
    },
  );
  expect(failures).toEqual([]);
  return new Map(results.map((r) => [path.basename(r.filePath), r.messages]));
}
