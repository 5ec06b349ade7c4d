import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { html } from './html/html.js';
import { json, jsonWithMetadata } from './json.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters: Readonly<Record<string, Reporter>> = {
  stylish,
  compact,
  json,
  'json-with-metadata': jsonWithMetadata,
  jsonl,
  sarif,
  github,
  gitlab,
  rdjson,
  html,
  markdown,
};
