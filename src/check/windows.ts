/**
 * The window of every output position, per axis (`--format html`, the action's `html-report`):
 * what the report page draws on the input. The engine keeps lo(u) and hi(u) over one period P of
 * positions, with lo(u + P) = lo(u) + Q (analyze.ts); after upsampling the window depends on the
 * position's phase u mod P, so the page needs the whole table, not just `start` and `rf`. The
 * ERF profile of each phase is the heat-map inside the box.
 */
import { type Analysis, erfProfile } from '../rf/index.js';
import type { OutputWindows } from './report.js';

/** More phases than this: the page shows the numbers only (a rational resize can make P huge). */
export const MAX_WINDOW_PERIOD = 1024;
/** ERF profiles of at most this many phases per axis (each is a backward pass). */
const MAX_ERF_PHASES = 64;
/** Tap visits for all the ERF profiles of one output (erf.ts's default is per profile). */
const ERF_BUDGET = 4_000_000;
/** Heat-map weights are per mille of the profile's peak: plenty for a colour ramp, and small. */
const WEIGHT_SCALE = 1000;

/** The per-axis windows of `node`, or undefined when global, failed or the period is too long. */
export function outputWindows(analysis: Analysis, node: number): OutputWindows[] | undefined {
  if (analysis.status[node] !== -1 || analysis.global[node]) return undefined;
  const A = analysis.graph.axes;
  const axes: OutputWindows[] = [];
  const budget = { left: ERF_BUDGET };
  for (let a = 0; a < A; a++) {
    const k = node * A + a;
    const period = analysis.P[k]!;
    if (period > MAX_WINDOW_PERIOD) return undefined;
    const lo: (number | null)[] = [];
    const hi: (number | null)[] = [];
    for (let u = 0; u < period; u++) {
      const l = analysis.lo(k, u);
      // Infinity: a transposed conv's hole, a position that reads nothing.
      lo.push(l === Infinity ? null : l);
      hi.push(l === Infinity ? null : analysis.hi(k, u));
    }
    const size = analysis.inputSize?.[a];
    const out = analysis.size[k]!;
    axes.push({
      period,
      step: analysis.Q[k]!,
      lo,
      hi,
      ...(size !== undefined ? { inputSize: size } : {}),
      ...(!Number.isNaN(out) ? { outputSize: out } : {}),
      ...erfOf(analysis, node, a, period, budget),
    });
  }
  return axes;
}

/** Each phase's profile scaled to its peak; nothing when the budget runs out (the box stays). */
function erfOf(analysis: Analysis, node: number, axis: number, period: number, budget: { left: number }): Pick<OutputWindows, 'erf'> {
  if (period > MAX_ERF_PHASES) return {};
  const erf: NonNullable<OutputWindows['erf']> = [];
  for (let u = 0; u < period; u++) {
    const profile = erfProfile(analysis, node, axis, budget, u);
    if (!profile) {
      if (budget.left < 0) return {};
      erf.push(null);
      continue;
    }
    let peak = 0n;
    for (const n of profile.num) if (n > peak) peak = n;
    if (peak === 0n) {
      erf.push(null);
      continue;
    }
    // Exact integer division of big numerators: floats would overflow for deep nets.
    const weights = profile.num.map((n) => Number((n * BigInt(2 * WEIGHT_SCALE) + peak) / (2n * peak)));
    // Weights that round to 0 at the ends say nothing a heat-map can show.
    const first = weights.findIndex((w) => w > 0);
    let last = weights.length - 1;
    while (weights[last] === 0) last--;
    erf.push({ lo: profile.lo + first, weights: weights.slice(first, last + 1) });
  }
  return { erf };
}
