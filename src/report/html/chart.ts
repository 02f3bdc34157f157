/**
 * The RF growth chart inline in the page: the same series as the comment's Mermaid chart and
 * `--chart` (report/chart.ts), drawn small (CSS classes instead of per-element styles) and
 * with a text alternative that says what the picture shows. Lines differ by dash as well as
 * colour, so the chart reads in grey.
 */
import type { ChartSeries } from '../chart.js';
import { escapeHtml } from './escape.js';

const W = 640;
const PLOT_H = 152;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;

/** In words: where the RF starts and ends, the threshold and the base. */
export function chartDescription(series: ChartSeries): string {
  const n = series.rf.length;
  const parts = [`RF grows from ${series.rf[0]} at ${series.labels[0]} to ${series.rf[n - 1]} at ${series.labels[n - 1]} over ${n} layers shown`];
  if (series.threshold !== undefined) parts.push(`min_rf ${series.threshold} (${series.rf[n - 1]! >= series.threshold ? 'met' : 'not met'})`);
  if (series.base) parts.push(`the base ended at ${series.base[series.base.length - 1]}`);
  return parts.join('; ') + '.';
}

export function renderChart(series: ChartSeries, id: string): string {
  const plotW = W - LEFT - RIGHT;
  const plotH = PLOT_H;
  // Room for the labels, slanted at 55°: about 4.5 units per character (labels are ≤ 24 long).
  const H = TOP + plotH + 16 + Math.ceil(Math.max(...series.labels.map((l) => [...l].length)) * 4.5);
  const all = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
  const yMax = niceTop(Math.max(...all));
  const n = series.rf.length;
  const x = (i: number) => round(LEFT + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const y = (v: number) => round(TOP + plotH - (v / yMax) * plotH);
  const points = (vs: readonly number[]) => vs.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  const parts = [
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${escapeHtml(series.title)}</title>`,
    `<desc id="${id}-d">${escapeHtml(chartDescription(series))}</desc>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (yMax * t) / 4;
    parts.push(`<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${y(v)}" y2="${y(v)}"/><text x="${LEFT - 4}" y="${y(v) + 4}" text-anchor="end">${round(v)}</text>`);
  }
  series.labels.forEach((label, i) => {
    const ly = TOP + plotH + 8;
    parts.push(`<text x="${x(i)}" y="${ly}" transform="rotate(-55 ${x(i)} ${ly})" text-anchor="end">${escapeHtml(label)}</text>`);
  });
  if (series.threshold !== undefined) {
    parts.push(`<line class="threshold" x1="${LEFT}" x2="${W - RIGHT}" y1="${y(series.threshold)}" y2="${y(series.threshold)}"/>`);
    parts.push(`<text class="threshold-label" x="${W - RIGHT}" y="${y(series.threshold) - 4}" text-anchor="end">min_rf ${series.threshold}</text>`);
  }
  if (series.base) parts.push(`<polyline class="base" points="${points(series.base)}"/>`);
  parts.push(`<polyline class="head" points="${points(series.rf)}"/>`);
  parts.push('</svg>');
  const legend = ['solid: RF after each layer', ...(series.threshold !== undefined ? ['long dashes: min_rf'] : []), ...(series.base ? ['dots: the base'] : [])];
  return `<figure class="chart-figure">${parts.join('')}<figcaption>${escapeHtml(legend.join(' · '))}</figcaption></figure>`;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A round upper bound for the y axis: 1, 2 or 5 × 10^n above the maximum. */
function niceTop(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max * 1.05) return m * p;
  return 10 * p;
}
