// GitLab Code Quality, the JSON a job hands GitLab as `artifacts: reports: codequality`, shown in
// merge requests. It places issues by line only, so no column unit to convert. GitLab shows one
// issue per fingerprint: each one is unique in the report and stable across runs (fingerprints.ts).
import { hexDigest } from '../hex-digest.js';
import { gitlabFingerprints } from './fingerprints.js';
import { fileRange, recordNote, relativePath } from './positions.js';
import type { Reporter } from './types.js';

export const gitlab: Reporter = (results, ctx) => {
  const issues = results.flatMap((result) => {
    const path = relativePath(result.filePath, ctx.cwd);
    const fingerprints = gitlabFingerprints(result, path);
    // A file that was not checked is an `info` issue on it, so the merge request does not show it as clean.
    if (result.skipped) {
      return [
        {
          description: `Not checked: ${result.skipped}`,
          check_name: 'not-checked',
          fingerprint: hexDigest('md5', `${path}\u0000not-checked`),
          severity: 'info',
          location: { path, lines: { begin: 1 } },
        },
      ];
    }
    return result.messages.map((f, i) => {
      const { start, end } = fileRange(f);
      return {
        description: f.message + recordNote(f),
        check_name: f.ruleId,
        fingerprint: fingerprints[i],
        severity: f.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: end.line > start.line ? { begin: start.line, end: end.line } : { begin: start.line } },
      };
    });
  });
  return JSON.stringify(issues) + '\n';
};
