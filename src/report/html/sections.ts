/**
 * The page's content, rendered once on the server side: the summary, a table of contents of
 * every output (keyboard navigation: links in document order), and per file its diagnostics,
 * outputs table (failed thresholds are among the diagnostics, at the output's line) and, per
 * output, the compare table, the growth chart and the layer-by-layer table. Every model-derived string goes through escapeHtml.
 */
import type { Diagnostic } from '../../formats/diagnostic.js';
import type { FileReport, OutputReport, Report } from '../../check/report.js';
import { chartSeries } from '../chart.js';
import { changes, changesHeadline, costText, erfWidthText, outputDelta, rfText } from '../deltas.js';
import { explainCells, explainHeader, isNeutral } from '../explain.js';
import { LEVER_HEADER, type LeverTable, leverTables } from '../levers.js';
import { fileDiagnostics } from '../failures.js';
import { thresholdCell } from '../markdown.js';
import { summaryLine } from '../text.js';
import { renderChart } from './chart.js';
import { changedBase, outputId } from './data.js';
import { escapeHtml as h } from './escape.js';

const STATUS: Record<OutputReport['status'], string> = { pass: '✔ pass', fail: '✘ fail', unchecked: '○ no threshold', error: '✘ error' };

export function renderBody(report: Report, baseName: string | undefined): string {
  let index = 0;
  const ids = new Map<OutputReport, string>();
  for (const file of report.files) for (const o of file.outputs) ids.set(o, outputId(index++));
  const against = baseName ?? 'the base';
  return [
    '<header>',
    '<h1>rflint report</h1>',
    `<p class="summary">${h(summaryLine(report.summary))}</p>`,
    report.base ? `<p class="changes">${h(changesHeadline(changes(report, report.base), against))}</p>` : '',
    '<p class="hint">Layer-by-layer tables: J before is the input pixels per step of the layer’s input; RF after the exact RF of its output; inverse the span of its input one output position reads along this path; share how much the layer grew the RF, over the final RF.</p>',
    '</header>',
    toc(report, ids),
    '<main>',
    viewer(report, ids),
    runDiagnostics(report.diagnostics ?? []),
    ...report.files.map((file) => fileSection(file, report.base, ids, against)),
    '</main>',
  ].join('\n');
}

function toc(report: Report, ids: Map<OutputReport, string>): string {
  const files = report.files.map((file) => {
    const items = file.outputs.map((o) => `<li><a href="#${ids.get(o)}">${h(o.name)}</a> <span class="status ${o.status}">${STATUS[o.status]}</span> RF ${h(rfText(o))}</li>`);
    return `<li><a href="#${fileId(ids, file)}">${h(file.path)}</a>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</li>`;
  });
  return `<nav aria-label="Files and outputs"><h2>Outputs</h2><ul class="toc">${files.join('')}</ul></nav>`;
}

/** The canvas panel: the script fills it; without script it says what it would show. */
function viewer(report: Report, ids: Map<OutputReport, string>): string {
  const options = report.files.flatMap((file) => file.outputs.map((o) => `<option value="${ids.get(o)}">${h(`${file.path}: ${o.name}`)}</option>`));
  if (options.length === 0) return '';
  return [
    '<section id="viewer" aria-labelledby="viewer-title">',
    '<h2 id="viewer-title">The RF on the input</h2>',
    '<p class="help">Hover an output position (or focus the picture and use the arrow keys; Shift moves 10, Page Down and Page Up change the output) to draw the input window it sees: the solid box is its RF, the hatched part falls in the padding, the heat-map is its effective RF (uniform weights, square-root scale), the cross its centre. Drop an image on the picture to see the boxes on it; it stays on this computer.</p>',
    '<div class="controls">',
    `<label>Output <select id="viewer-output">${options.join('')}</select></label>`,
    '<label>Input size <input id="viewer-size" size="11" spellcheck="false" aria-describedby="viewer-size-help"></label>',
    '<span id="viewer-size-help" class="hint">per axis, as 224x224</span>',
    '<label>Image <input id="viewer-image" type="file" accept="image/*"></label>',
    '</div>',
    '<div id="viewer-views" class="views"><noscript>The picture needs JavaScript; the tables below hold every number.</noscript></div>',
    '<p id="viewer-text" class="box-text" role="status" aria-live="polite"></p>',
    '</section>',
  ].join('\n');
}

function runDiagnostics(list: readonly Diagnostic[]): string {
  if (list.length === 0) return '';
  return `<section aria-labelledby="run-diagnostics"><h2 id="run-diagnostics">Run</h2>${diagnosticList(list)}</section>`;
}

function fileSection(file: FileReport, base: Report | undefined, ids: Map<OutputReport, string>, against: string): string {
  const diagnostics = fileDiagnostics(file);
  return [
    `<section class="file" id="${fileId(ids, file)}" aria-labelledby="${fileId(ids, file)}-h">`,
    `<h2 id="${fileId(ids, file)}-h">${h(file.path)} <span class="format">${h(file.format)}${file.name ? ` · ${h(file.name)}` : ''}</span></h2>`,
    (file.assumptions ?? []).length > 0 ? `<ul class="assumptions">${file.assumptions!.map((a) => `<li>Assumed: ${h(a)}</li>`).join('')}</ul>` : '',
    costText(file, base) ? `<p class="cost">Cost: ${h(costText(file, base)!)}</p>` : '',
    diagnostics.length > 0 ? diagnosticList(diagnostics) : '',
    file.outputs.length > 0 ? outputsTable(file, base, ids) : '<p>No output could be analysed.</p>',
    ...file.outputs.flatMap((o) => leverTables(o).map(leverTableHtml)),
    ...file.outputs.map((o) => outputSection(o, file, base, ids.get(o)!, against)),
    '</section>',
  ].join('\n');
}

/** Files have no index of their own: the id of their first output's section, or of the path. */
function fileId(ids: Map<OutputReport, string>, file: FileReport): string {
  const first = file.outputs[0];
  return first ? `file-${ids.get(first)}` : `file-${[...file.path].map((c) => c.codePointAt(0)!.toString(36)).join('').slice(0, 60)}`;
}

function diagnosticList(list: readonly Diagnostic[]): string {
  const items = list.map((d) => {
    const place = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}` : '';
    return `<li class="${d.severity}"><span class="severity">${d.severity}</span> <code>${h(d.code)}</code> ${place ? `<span class="place">${h(place)}</span> ` : ''}${h(d.message)}</li>`;
  });
  return `<ul class="diagnostics">${items.join('')}</ul>`;
}

function outputsTable(file: FileReport, base: Report | undefined, ids: Map<OutputReport, string>): string {
  const head = ['output', 'RF', 'ERF (95%)', 'stride', 'start', 'coverage', 'thresholds', 'verdict', ...(base ? ['Δ RF'] : [])];
  const rows = file.outputs.map((o) => {
    const delta = base ? outputDelta(o, file, base) : undefined;
    const cells = [
      `<a href="#${ids.get(o)}">${h(o.name)}</a>`,
      h(rfText(o)),
      o.erf ? h(erfWidthText(o.erf)) : '—',
      o.global ? '—' : h((o.strideExact ?? o.stride?.map(String) ?? ['—']).join('×')),
      o.start ? o.start.map((s) => (s === null ? '?' : String(s))).join('×') : '—',
      o.coverage === null ? '—' : `${Math.round(o.coverage * 1000) / 10}%`,
      h(thresholdCell(o.thresholds)),
      `<span class="status ${o.status}">${STATUS[o.status]}</span>`,
      ...(delta ? [delta.kind === 'changed' ? h(delta.text) : delta.kind === 'new' ? 'new' : '='] : []),
    ];
    return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
  });
  return `<table class="outputs"><caption class="sr-only">Outputs of ${h(file.path)}</caption><thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function outputSection(o: OutputReport, file: FileReport, base: Report | undefined, id: string, against: string): string {
  const before = changedBase(o, file, base);
  const series = chartSeries(o, before);
  return [
    `<section class="output" id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${h(o.name)} <span class="status ${o.status}">${STATUS[o.status]}</span></h3>`,
    o.windows || o.global ? `<p><button type="button" class="show" data-output="${id}">Show ${h(o.name)} on the input</button></p>` : '',
    before ? compareTable(o, before, against) : '',
    o.global ? `<p>Global: every position sees the whole input${o.globalBy ? ` (from ${h(o.globalBy.node)}${o.globalBy.reason ? `, ${h(o.globalBy.reason)}` : ''})` : ''}.</p>` : '',
    series ? renderChart(series, `${id}-chart`) : '',
    explainTable(o),
    '</section>',
  ].join('\n');
}

/** Base and head side by side, for an output whose RF changed. */
function compareTable(o: OutputReport, before: OutputReport, against: string): string {
  const row = (label: string, f: (x: OutputReport) => string) => `<tr><th scope="row">${label}</th><td>${h(f(before))}</td><td>${h(f(o))}</td></tr>`;
  return [
    `<table class="compare"><caption>${h(o.name)}: ${h(against)} and this change</caption>`,
    `<thead><tr><th scope="col"></th><th scope="col">${h(against)}</th><th scope="col">head</th></tr></thead><tbody>`,
    row('RF', rfText),
    row('stride', (x) => (x.strideExact ?? x.stride?.map(String) ?? ['—']).join('×')),
    row('start', (x) => (x.start ? x.start.map((s) => (s === null ? '?' : String(s))).join('×') : '—')),
    row('ERF (95%)', (x) => (x.erf ? erfWidthText(x.erf) : '—')),
    row('verdict', (x) => STATUS[x.status]),
    '</tbody></table>',
  ].join('');
}

function explainTable(o: OutputReport): string {
  if (!o.explain) return '';
  const shown = o.explain.filter((row, i) => i === o.explain!.length - 1 || !isNeutral(row));
  const left = o.explain.length - shown.length;
  // End tags of cells and rows are optional in HTML: the longest tables are a third smaller without them.
  const header = explainHeader(o.explain);
  const withCost = header.includes('MACs');
  const rows = shown.map((row) => `<tr>${explainCells(row, withCost).map((c, i) => (i === 0 ? `<th>${h(c)}` : `<td>${h(c)}`)).join('')}`);
  return [
    `<details><summary>How ${h(o.name)} gets its RF, layer by layer</summary>`,
    `<table class="explain"><thead><tr>${header.map((c) => `<th>${c}`).join('')}<tbody>${rows.join('')}</table>`,
    left > 0 ? `<p class="hint">${left === 1 ? '1 layer that changes' : `${left} layers that change`} nothing (1×1 stride-1 convs, pointwise ops) left out; <code>rflint explain</code> lists every one.</p>` : '',
    '</details>',
  ].join('');
}

function axes(values: readonly number[]): string {
  return values.every((v) => v === values[0]) ? String(values[0]) : values.join('×');
}


/** The levers of a failed min_rf (report/levers.ts), as a small table. */
function leverTableHtml(t: LeverTable): string {
  const rows = t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${h(c)}</th>` : `<td>${h(c)}</td>`)).join('')}</tr>`);
  const notes = t.notes.map((n) => `<p class="hint">⚠️ ${h(n)}</p>`).join('');
  return `<table class="levers"><caption>${h(t.title)}</caption><thead><tr>${LEVER_HEADER.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>${notes}`;
}
