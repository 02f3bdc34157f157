/**
 * The page's stylesheet, inline (the page opens from disk and from an artifact: no CDN). Status
 * and lines carry a symbol or a dash pattern besides their colour, so the page reads without it.
 */
export const STYLES = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
code, .place { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 12.5px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, canvas:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.summary { font-weight: 600; }
.hint, .format { color: var(--muted); font-weight: normal; font-size: 13px; }
.status.pass { color: var(--pass); } .status.fail, .status.error { color: var(--fail); font-weight: 600; } .status.unchecked { color: var(--muted); }
.toc { columns: 2 320px; padding-left: 18px; } .toc ul { padding-left: 16px; margin: 2px 0 8px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td { font-variant-numeric: tabular-nums; }
.explain { font-size: 12px; } .explain td:last-child { max-width: 360px; }
.diagnostics { list-style: none; padding: 0; } .diagnostics li { margin: 3px 0; padding-left: 8px; border-left: 4px solid var(--line); }
.diagnostics li.error { border-left: 4px double var(--fail); } .diagnostics li.warning { border-left: 4px dashed var(--warn); }
.severity { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.chart { width: 100%; max-width: 640px; height: auto; font: 10px sans-serif; }
.chart .grid { stroke: #e5e5e5; } .chart .head { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .base { fill: none; stroke: #6e7781; stroke-width: 2; stroke-dasharray: 2 3; }
.chart .threshold { stroke: var(--fail); stroke-dasharray: 8 4; } .chart .threshold-label { fill: var(--fail); }
figure { margin: 8px 0; } figcaption { color: var(--muted); font-size: 12px; }
#viewer { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.controls select { max-width: 420px; }
.views { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
.view { margin: 0; max-width: 560px; } .view canvas { display: block; width: 100%; height: auto; border: 1px solid var(--line); cursor: crosshair; image-rendering: pixelated; }
.view.one-d { max-width: none; } .view.one-d canvas { height: 96px; }
#viewer.drop canvas { outline: 3px dashed var(--accent); }
.box-text { min-height: 3em; font-variant-numeric: tabular-nums; white-space: pre-line; }
button.show { font: inherit; padding: 2px 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { #viewer { display: none; } }
`;
