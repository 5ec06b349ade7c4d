// The html report's style sheet, inlined in the page. Light and dark follow the reader's setting.
export const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #656d76; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de;
  --error: #cf222e; --warning: #9a6700; --warning-bar: #d4a72c; --mark: #ffebe9; --ins: #dafbe1; --del: #ffebe9; --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --error: #f85149; --warning: #d29922; --warning-bar: #bb8009; --mark: #5a1e1e; --ins: #1b4721; --del: #5a1e1e; --link: #4493f8; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header, nav, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
header h1 { font-size: 22px; margin: 20px 0 0; }
.meta, .count { color: var(--muted); }
nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); padding: 8px 16px; z-index: 1; }
nav a { margin-right: 12px; }
a { color: var(--link); }
section { margin: 24px 0; }
h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; }
.totals div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 130px; }
.totals dt { color: var(--muted); font-size: 12px; }
.totals dd { margin: 0; font-size: 22px; font-weight: 600; }
.totals .error dd, .sev-2 .sev { color: var(--error); }
.totals .warning dd, .sev-1 .sev { color: var(--warning); }
.chart { max-width: 100%; height: auto; font-size: 12px; fill: var(--fg); }
.bar-error { fill: var(--error); }
.bar-warning { fill: var(--warning-bar); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; unicode-bidi: isolate; }
table.numbers td:not(:first-child):not(.line) { font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: 10px; }
.filters input { width: 220px; }
ol.findings, ol.clusters { padding-left: 0; list-style: none; }
.finding, .cluster { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.where { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; unicode-bidi: isolate; }
.sev { font-weight: 600; }
.rule { color: var(--muted); }
.msg { margin: 4px 0; unicode-bidi: isolate; }
.line, .copy-text { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere;
  unicode-bidi: isolate; }
.line { background: var(--panel); padding: 4px 8px; border-radius: 4px; }
.ctx { color: var(--muted); }
mark { background: var(--mark); color: inherit; outline: 1px solid var(--error); }
.inv { color: var(--error); font-weight: 600; }
.nl { color: var(--muted); }
ins { background: var(--ins); text-decoration: none; }
del { background: var(--del); }
.fix, .suggestions { margin: 4px 0; }
.suggestions { padding-left: 20px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin: 6px 0; }
.copy { background: var(--panel); border-radius: 4px; padding: 6px 8px; }
.copy-head { color: var(--muted); font-size: 12px; margin-bottom: 4px; }
.also { grid-column: 1 / 3; color: var(--muted); font-size: 12px; }
.cluster-head { font-weight: 600; }
.pager button { min-width: 90px; }
@media (max-width: 700px) { .pair { grid-template-columns: 1fr; } .also { grid-column: 1; } }
`;
