// Counts per rule and per file, shared by the reports a person reads (stylish, markdown, html): on a
// corpus run of 16,000 files the findings scroll past, and these two tables are what one looks at.
import type { ChalkInstance } from 'chalk';
import { displayPath, type FileResult } from '../results/index.js';
import { toCells } from './show-invisible.js';

export interface RuleCount {
  ruleId: string;
  errors: number;
  warnings: number;
  /** Findings with a safe fix. */
  fixable: number;
}

export interface FileCount {
  filePath: string;
  errors: number;
  warnings: number;
}

/** Findings per rule, the rule with the most first (ties by id, so the order is stable). */
export function countByRule(results: readonly FileResult[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const result of results) {
    for (const f of result.messages) {
      let count = byRule.get(f.ruleId);
      if (!count) byRule.set(f.ruleId, (count = { ruleId: f.ruleId, errors: 0, warnings: 0, fixable: 0 }));
      if (f.severity === 'error') count.errors++;
      else count.warnings++;
      if (f.fix) count.fixable++;
    }
  }
  return [...byRule.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compareText(a.ruleId, b.ruleId));
}

/** The files with the most findings, most first (ties in run order). */
export function topFiles(results: readonly FileResult[], limit = 10): FileCount[] {
  return results
    .filter((r) => r.messages.length > 0)
    .map((r) => ({ filePath: r.filePath, errors: r.errorCount, warnings: r.warningCount }))
    .sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings))
    .slice(0, limit);
}

/**
 * The tables stylish ends with: findings per rule (errors, warnings, fixable) and the ten files with
 * the most. Empty when there is nothing to sum up.
 */
export function stylishSummary(results: readonly FileResult[], cwd: string, c: ChalkInstance): string[] {
  const rules = countByRule(results);
  if (rules.length === 0) return [];
  const rows = rules.map((r) => [r.ruleId, String(r.errors), String(r.warnings), String(r.fixable)]);
  const total = rules.reduce((sum, r) => [sum[0] + r.errors, sum[1] + r.warnings, sum[2] + r.fixable], [0, 0, 0]);
  const lines = table(['Rule', 'Errors', 'Warnings', 'Fixable'], [...rows, ['total', ...total.map(String)]], c);
  const files = topFiles(results);
  // One file says nothing the list above has not said.
  if (results.filter((r) => r.messages.length > 0).length > 1) {
    const header = 'Findings';
    lines.push('', c.bold(`  ${header}  File (the ${files.length} with the most findings)`));
    for (const f of files) {
      lines.push(`  ${String(f.errors + f.warnings).padStart(header.length)}  ${printablePath(displayPath(f.filePath, cwd))}`);
    }
  }
  return [...lines, ''];
}

/** Left-aligned first column, right-aligned numbers; the last row (the total) is set off by a rule. */
function table(header: string[], rows: string[][], c: ChalkInstance): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const pad = (cell: string, i: number) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
  const format = (cells: string[]) => `  ${cells.map(pad).join('  ')}`;
  const rule = `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`;
  return [c.bold(format(header)), ...rows.slice(0, -1).map(format), c.dim(rule), format(rows[rows.length - 1])];
}

/** A file name with control and invisible characters spelled out, so it cannot drive the terminal. */
function printablePath(name: string): string {
  return toCells(name)
    .map((cell) => cell.shown)
    .join('');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
