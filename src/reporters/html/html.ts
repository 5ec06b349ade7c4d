// --format html: one self-contained page a corpus owner can open from disk, filter and share — totals,
// a chart per rule, the files with the most findings, every finding with its text marked, duplicates
// side by side, and inventories of stray characters, typos and repeated lines (docs/formats.md).
import { TOOL_VERSION } from '../tool-info.js';
import type { Reporter } from '../types.js';
import { renderPage } from './page.js';
import { buildReportData } from './report-data.js';

export const html: Reporter = (results, ctx) => renderPage(buildReportData(results, ctx.cwd, TOOL_VERSION));
