// Our own test dumps (test/fixtures/dumps/README.md says what each holds): whole articles for tests of
// copydesk's own behaviour, in the repo so that those tests run on any clone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DUMPS_DIR = fileURLToPath(new URL('../fixtures/dumps/', import.meta.url));
export const DUMP_FILES = ['delegation-visit.txt', 'harvest-fair.txt'];

export function readDump(name: string): string {
  return readFileSync(path.join(DUMPS_DIR, name), 'utf8');
}
