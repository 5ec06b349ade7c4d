// Stable identities for findings, so code scanning and GitLab recognise a finding from one run to the
// next: the rule, the flagged text and a little text around it — never the line number, which moves
// whenever a paragraph is added above. Two identical findings in one file (the same typo twice) are
// told apart by their order, as GitHub's own `primaryLocationLineHash` does (`hash:2`).
import { hexDigest } from '../hex-digest.js';
import { flaggedText, type FileResult } from '../results/index.js';
import type { Finding } from '../types.js';

/** UTF-16 code units of context kept on each side of the flagged text. */
const CONTEXT = 16;

/**
 * One identity per finding of the file, in `result.messages` order: what identifies the finding,
 * and how many findings before it in the file had the same (1 for the first).
 */
export function findingIdentities(result: FileResult): { key: string; occurrence: number }[] {
  const seen = new Map<string, number>();
  return result.messages.map((f) => {
    const key = identityKey(result, f);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { key, occurrence };
  });
}

/** The finding's identity hashed: `<sha-256 hex, 32 digits>:<occurrence>`, for SARIF. */
export function sarifFingerprints(result: FileResult): string[] {
  return findingIdentities(result).map(({ key, occurrence }) => `${hash('sha256', key).slice(0, 32)}:${occurrence}`);
}

/**
 * GitLab wants an MD5 hex digest unique in the whole report (it shows one issue per fingerprint), so
 * the file's path and the occurrence go into the hash.
 */
export function gitlabFingerprints(result: FileResult, relativePath: string): string[] {
  return findingIdentities(result).map(({ key, occurrence }) => hash('md5', `${relativePath}\u0000${key}\u0000${occurrence}`));
}

function identityKey(result: FileResult, f: Finding): string {
  const flagged = flaggedText(result, f, CONTEXT);
  // Without the text (a record that was not JSON), the message is all there is.
  if (!flagged) return [f.ruleId, f.message].join('\u0000');
  return [f.ruleId, flagged.before, flagged.text, flagged.after].join('\u0000');
}

function hash(algorithm: 'md5' | 'sha256', text: string): string {
  return hexDigest(algorithm, text);
}
