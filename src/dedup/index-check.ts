// `copydesk check --dedup-index DIR files…`: compares each checked document with the signature index
// of the corpus (src/dedup/signature-index.ts), so a pre-commit hook that sees only the staged files
// still finds that one of them duplicates an article committed long ago. Findings are the
// duplicate-document rule's, with its severity and options; nothing is reported when it is off.
// Indexed documents of the files being checked are left out (the run's own rule compares those, and
// a changed file is not a copy of its old self).
import duplicateDocument from '../../rules/duplicate-document.js';
import type { FileSettings } from '../file-settings.js';
import { addFindings, displayPath, type FileResult } from '../results/index.js';
import { isJsonl, readFileBytes, readJsonlDocuments, readTextDocument, SkippedFile } from '../input/read-sources.js';
import type { Document, Finding } from '../types.js';
import { placeOf } from './document-signatures.js';
import { DEFAULT_LSH, fingerprintText } from './fingerprint.js';
import { SignatureIndex, type IndexMatch } from './signature-index.js';
import { UsageError } from '../errors.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

export async function checkAgainstIndex(
  results: FileResult[],
  indexDir: string,
  configFor: (file: string) => FileSettings,
  cwd: string,
): Promise<void> {
  if (!existsSync(path.join(indexDir, 'index.json'))) {
    throw new UsageError(
      `--dedup-index ${displayPath(indexDir, cwd)}: no signature index there (build one with copydesk dedup --update-index).`,
    );
  }
  const index = SignatureIndex.open(indexDir, DEFAULT_LSH);
  const checked = new Set(results.map((r) => r.filePath));
  for (const result of results) {
    if (result.skipped || !path.isAbsolute(result.filePath)) continue;
    const config = configFor(result.filePath).rules.find((r) => r.rule.id === duplicateDocument.id);
    if (!config) continue;
    const options = config.options as typeof duplicateDocument.options;
    const check = (doc: Document) => {
      const fingerprint = fingerprintText(doc.text, doc.paragraphs, DEFAULT_LSH);
      if (fingerprint.words < options.minWords) return;
      const matches = index.matches(fingerprint, options.threshold, checked);
      if (matches.length) addFindings(result, doc, [indexFinding(doc, matches, config.severity, cwd)]);
    };
    try {
      if (isJsonl(result.filePath)) {
        for await (const event of readJsonlDocuments(result.filePath, result.filePath, configFor(result.filePath))) {
          if (event.kind === 'document') check(event.doc);
        }
      } else {
        check(readTextDocument(readFileBytes(result.filePath), result.filePath).doc);
      }
    } catch (error) {
      if (!(error instanceof SkippedFile)) throw error;
    }
    result.messages.sort((a, b) => (a.record ?? 0) - (b.record ?? 0) || a.start - b.start || a.end - b.end);
  }
}

function indexFinding(doc: Document, matches: IndexMatch[], severity: 'error' | 'warn', cwd: string): Finding {
  const [best] = matches;
  const place = placeOf(doc);
  const kind = best.exact ? 'an exact copy (after normalisation)' : `a near-duplicate (Jaccard ${best.similarity.toFixed(2)})`;
  const where = `${displayPath(best.path, cwd)}${best.record === undefined ? '' : ` record ${best.record}`}`;
  const more = matches.length > 1 ? `; ${matches.length} indexed documents match` : '';
  const finding: Finding = {
    ruleId: duplicateDocument.id,
    severity,
    start: place.start,
    end: place.end,
    line: place.line,
    column: place.column,
    endLine: place.line,
    endColumn: place.endColumn,
    message: `This document is ${kind} of ${where}, in the dedup index${more}.`,
    // The indexed copy's text is not kept, so its place is its first line.
    related: matches.slice(0, 3).map((m) => ({
      filePath: m.path,
      ...(m.record === undefined ? {} : { record: m.record }),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      similarity: m.similarity,
    })),
  };
  if (doc.record !== undefined) finding.record = doc.record;
  return finding;
}
