/**
 * The layer-by-layer table of an output (ExplainRow, check/explain.ts) as text (`rflint
 * explain`) and as a collapsed Markdown table (the PR comment), where rows that differ from the
 * base's are marked. Per-axis values print once when every axis agrees (`3`), else `3×1`.
 */
import type { ExplainRow, FileReport, OutputReport, Report } from '../check/report.js';
import { formatCount } from '../check/cost-limits.js';
import { chartSeries, renderMermaidChart } from './chart.js';
import { erfWidthText, outputDelta, rfAxes } from './deltas.js';
import { MESSAGE_LIMIT, NAME_LIMIT, PATH_LIMIT, logLines, markdownText as escapeMarkdown, plainText } from './escape.js';

const PLAIN_HEADER = ['layer', 'op', 'k', 's', 'd', 'J before', 'RF after', 'inverse', 'share', 'note'] as const;
const COST_HEADER = ['layer', 'op', 'k', 's', 'd', 'J before', 'RF after', 'inverse', 'share', 'params', 'MACs', 'note'] as const;

/** Whether the table gets the params and MACs columns: only when the format knows some cost. */
function priced(rows: readonly ExplainRow[]): boolean {
  return rows.some((r) => typeof r.params === 'number' && r.params > 0);
}

/** The table's column names (the cost columns only for priced files). */
export function explainHeader(rows: readonly ExplainRow[]): readonly string[] {
  return priced(rows) ? COST_HEADER : PLAIN_HEADER;
}

/** One value per axis, or one for all when they agree. */
function axes(values: readonly (number | string | null)[] | undefined): string {
  if (!values || values.length === 0) return '';
  const shown = values.map((v) => (v === null ? '?' : typeof v === 'number' ? formatNumber(v) : v));
  return shown.every((v) => v === shown[0]) ? shown[0]! : shown.join('×');
}

/** Integers as they are; fractions (a jump after upsampling) to 4 significant digits. */
function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

/** A layer's parameters or MACs: blank for the layers that have none, `?` when unknown. */
function count(n: number | null | undefined): string {
  return n === undefined || n === 0 ? '' : formatCount(n);
}

function percent(share: readonly number[]): string {
  return axes(share.map((s) => `${Math.round(s * 1000) / 10}%`));
}

/** What a reader needs beside the numbers: merges (and which inputs reach each end) and periods. */
function note(row: ExplainRow): string {
  const parts: string[] = [];
  if (row.merge) {
    const short = (name: string) => relative(name, row.layer);
    const { inputs, followed, lo, hi } = row.merge;
    const ends =
      lo.length === 1 && hi.length === 1 && lo[0] === hi[0]
        ? `both ends via ${short(lo[0]!)}`
        : `left end via ${lo.map(short).join(', ') || '—'}, right end via ${hi.map(short).join(', ') || '—'}`;
    parts.push(`merge of ${inputs.map(short).join(' + ')}: ${ends}${lo.includes(followed) && hi.includes(followed) ? '' : `; follows ${short(followed)}`}`);
  }
  if (row.period) parts.push(`RF repeats every ${axes(row.period)} positions (largest shown)`);
  return parts.join('; ');
}

/** `layer1.0.down.0.conv3` beside `layer1.0.down.0.add` is `conv3`: names inside the same block. */
function relative(name: string, beside: string): string {
  const scope = beside.slice(0, beside.lastIndexOf('.') + 1);
  return scope && name.startsWith(scope) ? name.slice(scope.length) : name;
}

/** A row that changes nothing a reader looks for: a 1×1 stride-1 layer or a pointwise op. */
export function isNeutral(row: ExplainRow): boolean {
  if (row.merge || row.period || row.op === 'input') return false;
  return row.share.every((s) => s === 0) && (row.stride ?? [1]).every((s) => s === 1) && !row.op.startsWith('resize') && row.op !== 'depth_to_space';
}

/** The cells of one row, in HEADER order. */
export function explainCells(row: ExplainRow, withCost = false): string[] {
  const cost = withCost ? [count(row.params), count(row.macs)] : [];
  return [row.layer, row.op, axes(row.kernel), axes(row.stride), axes(row.dilation), axes(row.jump), axes(row.rf), axes(row.inverse), percent(row.share), ...cost, note(row)];
}

/** The table as aligned text, with a title line for the output. */
export function renderExplainText(path: string, output: OutputReport): string {
  const title = `${plainText(path, PATH_LIMIT)}: ${plainText(output.name)}${output.rf ? ` — RF ${axes(rfAxes(output))}` : ''}${output.erf ? `, effective RF (95%) ${erfWidthText(output.erf, '×', axes)}, σ ${axes(output.erf.sigma.map((s) => Math.round(s * 10) / 10))}` : ''}`;
  if (!output.explain) {
    const why = output.global ? 'the output is global: it sees the whole input' : 'the output has no RF (see the errors)';
    return logLines(`${title}\n  no table: ${why}\n`);
  }
  // Layer names and notes come from the model file: one visible line each, clipped.
  const HEADER = explainHeader(output.explain);
  const withCost = HEADER === COST_HEADER;
  const rows = output.explain.map((row) => explainCells(row, withCost).map((cell, c) => plainText(cell, c === HEADER.length - 1 ? MESSAGE_LIMIT : NAME_LIMIT)));
  const widths = HEADER.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]!].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length)))
      .join('  ')
      .trimEnd();
  const legend = [
    "J before: input pixels per step of the layer's input. RF after: the exact RF of its output",
    '(r_n = r_{n−1} + d·(k − 1)·J_{n−1} on a chain). inverse: the span of its input that one output',
    'position reads along this path, from the output back (RF ← (RF − 1)·s + d·(k − 1) + 1).',
    'share: how much the layer grew the RF, over the final RF.',
  ];
  return logLines([title, ...[HEADER, ...rows].map((r) => `  ${line(r)}`), ...legend.map((l) => `  ${l}`)].join('\n') + '\n');
}

/**
 * The table as Markdown inside `<details>`, for the PR comment. The layers that cause a change
 * against the base are bold and marked ◀: those whose own geometry (op, k, s, d) differs from
 * the base's layer of the same name, and those the base has not; layers the base had and the
 * path lost are listed under the table. (Jumps, RFs and shares downstream of a change differ
 * too, but follow from it.)
 */
export function renderExplainMarkdown(output: OutputReport, base?: OutputReport): string[] {
  if (!output.explain) return [];
  const own = (r: ExplainRow) => explainCells(r).slice(1, 5).join('|');
  const before = new Map((base?.explain ?? []).map((r) => [r.layer, own(r)]));
  const lines = [`<details><summary>How <code>${escapeMarkdown(output.name, 80)}</code> gets its RF, layer by layer</summary>`, ''];
  const HEADER = explainHeader(output.explain);
  const withCost = HEADER === COST_HEADER;
  lines.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
  const shownRows = output.explain.filter((row, i) => i === output.explain!.length - 1 || !isNeutral(row));
  for (const row of shownRows) {
    const cells = explainCells(row, withCost);
    const was = before.get(row.layer);
    const mark = base?.explain === undefined ? '' : was === undefined ? 'new' : was !== own(row) ? 'changed' : '';
    const shown = cells.map((c, i) => (i === 0 || i === cells.length - 1 ? escapeMarkdown(c, i === 0 ? 80 : 200) : escapeMarkdown(c, 40)));
    lines.push(`| ${shown.map((c, i) => (mark && c && i < shown.length - 1 ? `**${c}**` : c)).join(' | ')}${mark ? ` ◀ ${mark}` : ''} |`);
  }
  const kept = new Set(output.explain.map((r) => r.layer));
  const lost = (base?.explain ?? []).filter((r) => !kept.has(r.layer) && !isNeutral(r)).map((r) => `<code>${escapeMarkdown(r.layer, 80)}</code>`);
  if (lost.length > 0) lines.push('', `Not on the path any more (the base had them): ${lost.join(', ')}`);
  const left = output.explain.length - shownRows.length;
  if (left > 0) lines.push('', `<sub>${left === 1 ? '1 layer that changes' : `${left} layers that change`} nothing (1×1 stride-1 convs, pointwise ops) left out; \`rflint explain\` shows every one.</sub>`);
  lines.push('', '</details>');
  return lines;
}

/**
 * What the PR comment adds under a file's table for each output that failed or whose RF changed
 * against the base: the growth chart (Mermaid) and the collapsed layer-by-layer table.
 */
export function outputInsights(file: FileReport, base?: Report): string[] {
  const lines: string[] = [];
  for (const output of file.outputs) {
    if (!output.explain) continue;
    const changed = base !== undefined && outputDelta(output, file, base).kind === 'changed';
    if (output.status !== 'fail' && !changed) continue;
    const before = base?.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
    lines.push('', `#### <code>${escapeMarkdown(output.name, 80)}</code>: ${output.status === 'fail' ? 'failed' : 'changed'}`);
    const series = chartSeries(output, before);
    if (series) {
      const { chart, legend } = renderMermaidChart(series);
      lines.push('', '```mermaid', ...chart.split('\n'), '```', `<sub>${legend}</sub>`);
    }
    lines.push('', ...renderExplainMarkdown(output, before));
  }
  return lines;
}
