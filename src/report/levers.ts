/**
 * The levers of a failed min_rf as a small table (docs/design.md §7.2), one fact for every renderer: the
 * text report, the PR comment and the HTML page show the same rows. "To reach min_rf 128 (boxes)":
 * each lever's change, the smallest RF it gives, whether it reaches, and what it costs.
 */
import { formatCount } from '../check/cost-limits.js';
import type { Advice, OutputReport, ThresholdFailure } from '../check/report.js';

export const LEVER_HEADER = ['lever', 'change', 'RF after', 'reaches', 'params', 'MACs', 'output size', 'layers added'] as const;

export interface LeverTable {
  /** `To reach min_rf 128 on boxes:` */
  readonly title: string;
  readonly rows: readonly (readonly string[])[];
  /** Warnings of the entries (gridding), in words. */
  readonly notes: readonly string[];
}

/** The tables of an output's failures that carry advice. */
export function leverTables(output: OutputReport): LeverTable[] {
  return (output.failures ?? []).filter((f) => f.advice && f.advice.length > 0).map((f) => leverTable(output, f));
}

function leverTable(output: OutputReport, f: ThresholdFailure): LeverTable {
  const axis = f.axis === undefined ? '' : ` on axis ${f.axis}`;
  const advice = f.advice!;
  return {
    title: `To reach min_rf ${f.expected}${axis} on ${output.name} (now ${f.actual}):`,
    rows: advice.map((a) => [a.lever, change(a), a.rf.join('×'), a.reaches ? 'yes' : 'no', signed(a.cost.params), signed(a.cost.macs), a.cost.outputSize ? a.cost.outputSize.join('×') : '—', String(a.cost.depth)]),
    notes: advice.flatMap((a) => (a.warning ? [`${a.lever}: ${a.warning}`] : [])),
  };
}

function change(a: Advice): string {
  switch (a.lever) {
    case 'add_layers':
      return `${a.count} × ${a.kernel}×${a.kernel} conv after ${a.after}`;
    case 'widen_kernel':
      return `kernel of ${a.layer} → ${a.kernel}`;
    case 'stride':
      return a.layer !== undefined ? `stride of ${a.layer} → ${a.stride}` : `pool ${a.kernel}/${a.stride} after ${a.after}`;
    case 'dilate':
      return `dilation of ${a.layer} → ${a.dilation}`;
  }
}

/** `+516 k`, `−1.37 G`, `0`, `?`. */
function signed(n: number | null): string {
  if (n === null) return '?';
  if (n === 0) return '0';
  return n > 0 ? `+${formatCount(n)}` : `−${formatCount(-n)}`;
}
