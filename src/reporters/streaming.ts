// The formats whose report is written as it is made (see chunks.ts): the ones a run with a million
// findings is likely to ask for. Each gives the same bytes as the format's reporter in index.ts. Each is
// loaded when its format is asked for, as index.ts's are.
import type { StreamingReporter } from './types.js';

const loaders: Readonly<Record<string, () => Promise<StreamingReporter>>> = {
  json: async () => (await import('./json.js')).jsonChunks,
  'json-with-metadata': async () => (await import('./json.js')).jsonWithMetadataChunks,
  jsonl: async () => (await import('./jsonl.js')).jsonlChunks,
  stylish: async () => (await import('./stylish.js')).stylishChunks,
};

/** The streaming reporter of a format, or undefined when the format is printed whole. */
export async function loadStreamingReporter(format: string): Promise<StreamingReporter | undefined> {
  return Object.hasOwn(loaders, format) ? loaders[format]() : undefined;
}
