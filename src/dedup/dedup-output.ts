// What `copydesk dedup` prints and writes: the clusters as text or JSON, and the keep and drop lists.
// A list has one document per line: its path (relative to the current folder when inside it), and for
// a JSONL record a tab and the record's line number, so `cut -f1 drop.txt | xargs rm` removes
// duplicate files and a JSONL filter can skip the listed records.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DedupOutcome, DocumentRef } from './dedup-corpus.js';

export function formatClusters(outcome: DedupOutcome, format: 'text' | 'json', rel: (p: string) => string): string {
  const show = (ref: DocumentRef) => (ref.record === undefined ? rel(ref.path) : `${rel(ref.path)} record ${ref.record}`);
  if (format === 'json') {
    const out = (ref: DocumentRef) => (ref.record === undefined ? { path: rel(ref.path) } : { path: rel(ref.path), record: ref.record });
    return `${JSON.stringify(
      {
        documents: outcome.documents,
        options: outcome.options,
        clusters: outcome.clusters.map((c) => ({
          canonical: out(c.canonical),
          members: c.members.map((m) => ({
            ...out(m),
            similarity: Math.round(m.similarity * 1000) / 1000,
            exact: m.exact,
            ...(m.via ? { via: out(m.via) } : {}),
          })),
        })),
      },
      null,
      2,
    )}\n`;
  }
  const lines: string[] = [];
  outcome.clusters.forEach((cluster, i) => {
    lines.push(`cluster ${i + 1}: ${cluster.members.length + 1} copies`);
    lines.push(`  keep  ${show(cluster.canonical)}`);
    for (const m of cluster.members) {
      const how = m.exact ? 'exact copy' : `Jaccard ${m.similarity.toFixed(2)}${m.via ? ` with ${show(m.via)}` : ''}`;
      lines.push(`  drop  ${show(m)}  (${how})`);
    }
  });
  const dropped = outcome.clusters.reduce((n, c) => n + c.members.length, 0);
  const { threshold, canonical } = outcome.options;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  lines.push(
    `${count(dropped, 'duplicate document')} in ${count(outcome.clusters.length, 'cluster')}, ` +
      `out of ${outcome.documents} documents (threshold ${threshold}, canonical copy: ${canonical}).`,
  );
  return `${lines.join('\n')}\n`;
}

export function writeLists(
  outcome: DedupOutcome,
  args: { 'keep-list'?: string; 'drop-list'?: string },
  cwd: string,
  rel: (p: string) => string,
): void {
  const line = (ref: DocumentRef) => (ref.record === undefined ? rel(ref.path) : `${rel(ref.path)}\t${ref.record}`);
  const dropped = outcome.clusters.flatMap((c) => c.members);
  if (args['drop-list']) writeFileSync(path.resolve(cwd, args['drop-list']), dropped.map((m) => `${line(m)}\n`).join(''));
  if (args['keep-list']) {
    const drop = new Set(dropped.map(line));
    writeFileSync(
      path.resolve(cwd, args['keep-list']),
      outcome.all
        .map(line)
        .filter((l) => !drop.has(l))
        .map((l) => `${l}\n`)
        .join(''),
    );
  }
}
