// The formats whose report is written as it is made (see chunks.ts): the ones a run with a million
// findings is likely to ask for. Each gives the same bytes as the format's reporter in index.ts.
import { jsonChunks, jsonWithMetadataChunks } from './json.js';
import { jsonlChunks } from './jsonl.js';
import { stylishChunks } from './stylish.js';
import type { StreamingReporter } from './types.js';

export const streamingReporters: Readonly<Record<string, StreamingReporter>> = {
  json: jsonChunks,
  'json-with-metadata': jsonWithMetadataChunks,
  jsonl: jsonlChunks,
  stylish: stylishChunks,
};
