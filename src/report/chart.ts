/**
 * The RF growth chart of an output: the RF after each layer along the path that sets it (the
 * explain table), with the threshold as a second line and the base's curve when it differs.
 * Two renderings: a Mermaid `xychart-beta` block for the PR comment and the job summary (GitHub
 * renders Mermaid there), and a standalone SVG for `--chart DIR` (no browser needed).
 *
 * One value per layer: the smallest RF over the axes (the number `min_rf` is held to on a
 * square input). Layers that change nothing are dropped, then long paths are sampled evenly to
 * at most MAX_POINTS, always keeping the first and the last layer and every layer whose
 * stride changes the jump.
 */
import type { ExplainRow, OutputReport } from '../check/report.js';
import { mermaidLabel, xmlText } from './escape.js';

/** xychart-beta draws every category label: beyond a few dozen they overlap. */
export const MAX_POINTS = 40;

export interface ChartSeries {
  readonly title: string;
  /** Layer names, shortened. */
  readonly labels: string[];
  readonly rf: number[];
  /** The min_rf in force (smallest over axes), when there is one. */
  readonly threshold?: number;
  /** The base's RF at the same layers (carried forward where the base has no such layer), when it differs. */
  readonly base?: number[];
}

/** The series of an output with an explain table, or undefined (global, no table). */
export function chartSeries(output: OutputReport, base?: OutputReport): ChartSeries | undefined {
  const rows = output.explain;
  if (!rows || rows.length === 0) return undefined;
  const picked = sample(rows);
  const rfOf = (row: ExplainRow) => Math.min(...row.rf);
  const t = output.thresholds.min_rf;
  const threshold = t === undefined ? undefined : typeof t === 'number' ? t : Math.max(...t);
  let baseLine: number[] | undefined;
  if (base?.explain && base.explain.length > 0) {
    const byLayer = new Map(base.explain.map((r) => [r.layer, rfOf(r)]));
    let last = rfOf(base.explain[0]!);
    baseLine = picked.map((r) => (last = byLayer.get(r.layer) ?? last));
    // The base's own final RF at the output, whatever its path's names.
    baseLine[baseLine.length - 1] = rfOf(base.explain[base.explain.length - 1]!);
    if (baseLine.every((v, i) => v === rfOf(picked[i]!))) baseLine = undefined;
  }
  return {
    title: `RF growth: ${output.name}`,
    labels: picked.map((r) => shortName(r.layer)),
    rf: picked.map(rfOf),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(baseLine ? { base: baseLine } : {}),
  };
}

/** Rows that grow the RF or change the jump, sampled evenly to MAX_POINTS (first and last kept). */
function sample(rows: readonly ExplainRow[]): ExplainRow[] {
  const meaningful = rows.filter((r, i) => i === 0 || i === rows.length - 1 || r.share.some((s) => s !== 0) || (r.stride ?? []).some((s) => s !== 1) || r.op.startsWith('resize'));
  if (meaningful.length <= MAX_POINTS) return meaningful;
  const out: ExplainRow[] = [];
  for (let i = 0; i < MAX_POINTS; i++) out.push(meaningful[Math.round((i * (meaningful.length - 1)) / (MAX_POINTS - 1))]!);
  return out;
}

/** `layer4.0.units.1.conv2` → `layer4.0.units.1.conv2` clipped to its last 24 characters. */
function shortName(name: string): string {
  return name.length <= 24 ? name : '…' + name.slice(-23);
}

export { mermaidLabel };

/** The `xychart-beta` block (without the fence), and a one-line legend to print under it. */
export function renderMermaidChart(series: ChartSeries): { chart: string; legend: string } {
  const values = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
  const top = niceTop(Math.max(...values));
  const lines = [
    'xychart-beta',
    `    title ${mermaidLabel(series.title)}`,
    `    x-axis [${series.labels.map((label) => mermaidLabel(label)).join(', ')}]`,
    `    y-axis ${mermaidLabel('RF (input pixels)')} 0 --> ${top}`,
    `    line [${series.rf.join(', ')}]`,
  ];
  const legend = ['1st line: RF after each layer'];
  if (series.threshold !== undefined) {
    lines.push(`    line [${series.rf.map(() => series.threshold).join(', ')}]`);
    legend.push(`${legend.length === 1 ? '2nd' : '3rd'} line: min_rf ${series.threshold}`);
  }
  if (series.base) {
    lines.push(`    line [${series.base.join(', ')}]`);
    legend.push(`${legend.length === 1 ? '2nd' : '3rd'} line: the base branch`);
  }
  return { chart: lines.join('\n'), legend: legend.join(' · ') };
}

/** A round upper bound for the y axis: 1, 2 or 5 × 10^n above the maximum. */
function niceTop(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max * 1.05) return m * p;
  return 10 * p;
}

/** Labels and titles in the SVG: XML-escaped, controls visible (report/escape.ts). */
function xml(text: string): string {
  return xmlText(text, 200);
}

/** A standalone SVG of the chart: axes, ticks, the RF line, the threshold and the base dashed. */
export function renderSvgChart(series: ChartSeries): string {
  const W = 760;
  const H = 400;
  const left = 60;
  const right = 20;
  const top = 40;
  const bottom = 130;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const values = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
  const yMax = niceTop(Math.max(...values));
  const n = series.rf.length;
  const x = (i: number) => left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const fmt = (v: number) => String(Math.round(v * 10) / 10);
  const points = (vs: readonly number[]) => vs.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`).join(' ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<title>${xml(series.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15">${xml(series.title)}</text>`,
  ];
  for (let t = 0; t <= 5; t++) {
    const v = (yMax * t) / 5;
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${fmt(v)}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(`<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">RF (input pixels)</text>`);
  series.labels.forEach((label, i) => {
    const lx = fmt(x(i));
    const ly = top + plotH + 10;
    parts.push(`<text x="${lx}" y="${ly}" transform="rotate(-50 ${lx} ${ly})" text-anchor="end">${xml(label)}</text>`);
  });
  if (series.threshold !== undefined) {
    const ty = fmt(y(series.threshold));
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${ty}" y2="${ty}" stroke="#d73a49" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${W - right}" y="${fmt(y(series.threshold) - 4)}" text-anchor="end" fill="#d73a49">min_rf ${series.threshold}</text>`);
  }
  if (series.base) parts.push(`<polyline points="${points(series.base)}" fill="none" stroke="#8a8a8a" stroke-width="2" stroke-dasharray="3 3"/>`);
  parts.push(`<polyline points="${points(series.rf)}" fill="none" stroke="#0366d6" stroke-width="2"/>`);
  series.rf.forEach((v, i) => parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="2.5" fill="#0366d6"><title>${xml(`${series.labels[i]}: RF ${v}`)}</title></circle>`));
  const legend = [`<tspan fill="#0366d6">— RF after each layer</tspan>`];
  if (series.threshold !== undefined) legend.push(`<tspan fill="#d73a49">- - min_rf</tspan>`);
  if (series.base) legend.push(`<tspan fill="#8a8a8a">··· base</tspan>`);
  parts.push(`<text x="${left}" y="${H - 8}">${legend.join('<tspan>   </tspan>')}</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
