// Hex digests for the cache, the gitlab report's fingerprints and the interactive session's file
// checks. node:crypto costs about 2.5 ms to load, at every start if imported at the top; most runs
// (a pre-commit check, a CI lint without --cache) never hash anything, so it is loaded on first use.
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/** The hex digest of `data` (a string is hashed as UTF-8) with `algorithm` ("sha1", "sha256"). */
export function hexDigest(algorithm: string, data: string | Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash(algorithm).update(data).digest('hex');
}
