// SARIF 2.1.0, the format GitHub code scanning (upload-sarif) and other code-scanning tools read.
// Columns stay in UTF-16 code units and the run says so (`columnKind`); files are named relative
// to %SRCROOT%, the folder copydesk ran in, as code scanning expects; each result carries a
// fingerprint that survives edits elsewhere in the file (fingerprints.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult } from '../results/index.js';
import type { Finding, RelatedPlace, Rule } from '../types.js';
import { sarifFingerprints } from './fingerprints.js';
import { fileRange, recordNote, relativePath } from './positions.js';
import { HOMEPAGE, TOOL_NAME, TOOL_VERSION } from './tool-info.js';
import type { Reporter } from './types.js';

const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'copydesk/v1';

export const sarif: Reporter = (results, ctx) => {
  const rules = [...ctx.rules.values()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const skipped = results.filter((r) => r.skipped);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: HOMEPAGE, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(path.join(ctx.cwd, '/')).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            ...(skipped.length ? { toolExecutionNotifications: skipped.map((r) => notChecked(r, ctx.cwd)) } : {}),
          },
        ],
        results: results.flatMap((result) => {
          const fingerprints = sarifFingerprints(result);
          return result.messages.map((f, i) => sarifResult(result, f, fingerprints[i], ruleIndex.get(f.ruleId), ctx.cwd));
        }),
      },
    ],
  };
  return JSON.stringify(log) + '\n';
};

function ruleDescriptor(rule: Rule) {
  const url = rule.docs.url;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: url,
    help: {
      text: `${rule.description}\n\nDocumentation: ${url}`,
      markdown: `${rule.description}\n\n[Documentation of ${rule.id}](${url})`,
    },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { fixable: rule.fixable },
  };
}

function sarifResult(result: FileResult, f: Finding, fingerprint: string, ruleIndex: number | undefined, cwd: string) {
  const { start, end } = fileRange(f);
  const region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: level(f.severity),
    message: { text: f.message + recordNote(f) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, cwd), region } }],
    ...(f.related?.length ? { relatedLocations: relatedLocations(result, f.related, cwd) } : {}),
    partialFingerprints: { [FINGERPRINT]: fingerprint },
  };
}

/** The other copies of a duplicate (SARIF's relatedLocations): a viewer links from one copy to the other. */
function relatedLocations(result: FileResult, related: readonly RelatedPlace[], cwd: string) {
  return related.map((place, id) => {
    // A JSONL record's copy is placed on the record's line of the file, as the finding itself is.
    const region =
      place.record !== undefined
        ? { startLine: place.record }
        : { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn };
    const similarity = place.similarity !== undefined ? ` (similarity ${place.similarity.toFixed(2)})` : '';
    return {
      id,
      physicalLocation: { artifactLocation: artifactLocation(place.filePath ?? result.filePath, cwd), region },
      message: { text: `The other copy${similarity}.` },
    };
  });
}

function notChecked(result: FileResult, cwd: string) {
  return {
    level: 'warning',
    message: { text: `Not checked: ${result.skipped}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, cwd) } }],
  };
}

/**
 * A file in the working folder is a URI relative to %SRCROOT%, each path segment percent-encoded
 * (a space is %20); one outside it is an absolute file: URI. Standard input has no URI.
 */
function artifactLocation(filePath: string, cwd: string) {
  if (filePath === '<stdin>') return { description: { text: 'standard input' } };
  const rel = relativePath(filePath, cwd);
  if (path.isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function level(severity: 'error' | 'warn'): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}
