// --jobs, as `check`, `fix` and `dedup` take it: a whole number of worker threads, at least 1. Read as a
// string, so "1.5", "0" or "many" are refused with a message rather than rounded or taken for the default.
import { UsageError } from '../errors.js';

export function jobsOption(describe: string) {
  return {
    alias: 'j',
    type: 'string' as const,
    describe,
    coerce: (value: string | string[]): number => {
      const last = [value].flat().at(-1) ?? '';
      if (!/^[1-9]\d*$/.test(last)) throw new UsageError(`--jobs ${last}: expected a whole number of at least 1`);
      return Number(last);
    },
  };
}
