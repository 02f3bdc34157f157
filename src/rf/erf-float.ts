/**
 * The effective RF's profile in floating point, with a certificate: the answer is the exact
 * one (erf.ts) or "unsure", never a different number. Big-integer profiles cost ~20× floats
 * and were most of a check's time on a YOLO config.
 *
 * Why floats can be certified here: every weight is a sum of products of non-negative terms
 * (a mean divides by an exact integer, a merge likewise), so each computed value is its exact
 * value times (1 ± γ_K), K the roundings performed (Higham, "Accuracy and Stability of
 * Numerical Algorithms", §3.1 and §4.2: sums of non-negative terms), plus what rounding in the
 * subnormal range adds: at most 2^-1074 per rounding, and the pass, a weighted mean, never
 * amplifies an error, so all of them together add at most K·2^-1074 to any window's mass. A
 * weight that would round to 0 is kept at the smallest double, so a weight is 0 exactly when
 * the exact one is (the budget is spent per weighted position, as erf.ts spends it). The 95 %
 * window is then a sequence of comparisons 20·window ≥ 19·total, each decided only when its
 * margin exceeds the bound; otherwise the caller redoes the axis in big integers (exact ties,
 * like 19 of 20 equal weights, are common).
 */
import type { Analysis } from './analyze.js';
import { resolveAxis } from './resolve.js';
import { type AxisMap, forEachTap, tapCount } from './window.js';

/** Weights of input positions lo, lo + 1, …; `roundings` bounds the roundings behind each. */
export interface FloatProfile {
  readonly lo: number;
  readonly w: Float64Array;
  readonly roundings: number;
}

/** The unit roundoff of a double, and the spacing of the subnormals. */
const U = 2 ** -53;
const SUBNORMAL = 2 ** -1074;

/** x / n for a weight x > 0 and a count n ≥ 1, never rounded to 0 (see above). */
function share(x: number, n: number): number {
  return x / n || Number.MIN_VALUE;
}

interface Adjoint {
  lo: number;
  w: Float64Array;
}

/**
 * The profile of position `position` of `node` on `axis`, as erf.ts's `erfProfile` computes it
 * and spending the budget exactly as it does (so both agree on when there is no ERF): undefined
 * when there is none or the budget ran out.
 */
export function floatProfile(
  an: Analysis,
  node: number,
  axis: number,
  budget: { left: number },
  /** When given, receives (node, map) for every op the pass went through, in order. */
  maps?: (number | AxisMap)[],
  position = 0,
): FloatProfile | undefined {
  const { graph } = an;
  let roundings = 0;
  const adjoint = new Map<number, Adjoint>([[node, { lo: position, w: Float64Array.of(1) }]]);
  const add = (i: number, lo: number, w: Float64Array): boolean => {
    const have = adjoint.get(i);
    if (!have) {
      adjoint.set(i, { lo, w });
      return true;
    }
    const from = Math.min(have.lo, lo);
    const to = Math.max(have.lo + have.w.length, lo + w.length);
    budget.left -= to - from;
    if (budget.left < 0) return false;
    const sum = new Float64Array(to - from);
    sum.set(have.w, have.lo - from);
    const at = lo - from;
    for (let j = 0; j < w.length; j++) sum[at + j]! += w[j]!;
    roundings += w.length;
    adjoint.set(i, { lo: from, w: sum });
    return true;
  };
  for (let t = an.order.length - 1; t >= 0; t--) {
    an.deadline?.check();
    const v = an.order[t]!;
    const adj = adjoint.get(v);
    if (!adj) continue;
    const { op, inputs } = graph.nodes[v]!;
    if (op.kind === 'input') return trim(adj, roundings);
    adjoint.delete(v);
    if (op.kind === 'merge') {
      const m = inputs.length;
      const each = adj.w.map((x) => (x === 0 ? 0 : share(x, m)));
      roundings += 1;
      for (const i of inputs) if (!add(i, adj.lo, each.slice())) return undefined;
      continue;
    }
    if (op.kind === 'global') return undefined;
    const x = inputs[0]!;
    const map = axisMap(an, v, axis);
    maps?.push(v, map);
    const step = map.kind === 'window' ? windowStep(map, adj, budget) : map.kind === 'identity' ? identityStep(map, adj, budget) : anyStep(map, adj, budget);
    if (step === 'budget') return undefined;
    if (!step) continue; // nothing reaches this position through here
    roundings += step.roundings;
    if (!add(x, step.lo, step.w)) return undefined;
  }
  return undefined;
}

/** The map of node v (an op with one input) on `axis`, its pads resolved as the analysis did. */
export function axisMap(an: Analysis, v: number, axis: number): AxisMap {
  const { op, inputs, name } = an.graph.nodes[v]!;
  const kx = inputs[0]! * an.graph.axes + axis;
  const size = an.size[kx]!;
  return resolveAxis(op as Parameters<typeof resolveAxis>[0], axis, Number.isNaN(size) ? undefined : size, an.P[kx]!, name, v).map;
}

type Step = { lo: number; w: Float64Array; roundings: number } | 'budget' | undefined;

/**
 * The budget as erf.ts spends it: per position with a weight, its taps + 1, then the span of
 * the result. The deductions never make it grow, so the budget runs out exactly when their sum
 * exceeds what is left, whatever their order.
 */
function spend(budget: { left: number }, steps: number): boolean {
  budget.left -= steps;
  return budget.left >= 0;
}

/** Taps at stride·u − begin + dilation·j: the common case, without a call per tap. */
function windowStep(map: Extract<AxisMap, { kind: 'window' }>, adj: Adjoint, budget: { left: number }): Step {
  const { kernel: k, stride: s, dilation: d, begin: b } = map;
  const { w, lo } = adj;
  let first = -1;
  let last = -1;
  let weighted = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 0) continue;
    if (first < 0) first = i;
    last = i;
    weighted++;
  }
  if (first < 0 || k === 0) return spend(budget, weighted) ? undefined : 'budget';
  const min = s * (lo + first) - b;
  const max = s * (lo + last) - b + d * (k - 1);
  if (!spend(budget, weighted * (k + 1) + (max - min + 1))) return 'budget';
  const out = new Float64Array(max - min + 1);
  for (let i = first; i <= last; i++) {
    if (w[i] === 0) continue;
    const each = share(w[i]!, k);
    const base = s * (lo + i) - b - min;
    for (let j = 0; j < k; j++) out[base + d * j]! += each;
  }
  return { lo: min, w: out, roundings: 1 + weighted * k };
}

/** v = u − offset: the same weights, shifted (pads, crops, pointwise ops). */
function identityStep(map: Extract<AxisMap, { kind: 'identity' }>, adj: Adjoint, budget: { left: number }): Step {
  const { w, lo } = adj;
  let first = 0;
  let last = w.length - 1;
  while (first <= last && w[first] === 0) first++;
  while (last >= first && w[last] === 0) last--;
  if (first > last) return undefined;
  let weighted = 0;
  for (let i = first; i <= last; i++) if (w[i] !== 0) weighted++;
  if (!spend(budget, 2 * weighted + (last - first + 1))) return 'budget';
  return { lo: lo + first - map.offset, w: w.slice(first, last + 1), roundings: 0 };
}

/** Every other map, tap by tap through window.ts. */
function anyStep(map: AxisMap, adj: Adjoint, budget: { left: number }): Step {
  const taps: number[] = [];
  const start = new Int32Array(adj.w.length + 1);
  let min = Infinity;
  let max = -Infinity;
  const push = (p: number) => {
    taps.push(p);
    if (p < min) min = p;
    if (p > max) max = p;
  };
  for (let i = 0; i < adj.w.length; i++) {
    start[i] = taps.length;
    if (adj.w[i] === 0) continue;
    // Counted before they are listed: a kernel of 2^31 must run out of budget, not memory.
    if (budget.left - tapCount(map) < 0) return 'budget';
    const before = taps.length;
    forEachTap(map, adj.lo + i, push);
    if (!spend(budget, taps.length - before + 1)) return 'budget';
  }
  start[adj.w.length] = taps.length;
  if (min === Infinity) return undefined;
  if (!spend(budget, max - min + 1)) return 'budget';
  const w = new Float64Array(max - min + 1);
  for (let i = 0; i < adj.w.length; i++) {
    const n = start[i + 1]! - start[i]!;
    if (n === 0) continue;
    const each = share(adj.w[i]!, n);
    for (let j = start[i]!; j < start[i + 1]!; j++) w[taps[j]! - min]! += each;
  }
  return { lo: min, w, roundings: 1 + taps.length };
}


function trim(p: Adjoint, roundings: number): FloatProfile {
  let first = 0;
  let last = p.w.length - 1;
  while (first <= last && p.w[first] === 0) first++;
  while (last >= first && p.w[last] === 0) last--;
  return { lo: p.lo + first, w: p.w.slice(first, last + 1), roundings };
}

/**
 * sigma and width95 of a float profile (undefined when its mass is 0), or 'unsure' when a
 * comparison behind width95 is too close to call in floats.
 */
export function floatStats(profile: FloatProfile): { mean: number; sigma: number; width95: number } | 'unsure' | undefined {
  const { w, lo } = profile;
  const n = w.length;
  // Prefix sums of non-negative terms: each within (1 ± γ) of its exact value.
  const prefix = new Float64Array(n + 1);
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + w[i]!;
    s1 += w[i]! * i;
  }
  const total = prefix[n]!;
  if (total === 0) return undefined;
  const k = profile.roundings + n + 2;
  const gamma = (k * U) / (1 - k * U);
  // |20·window − 19·total| below this could have either sign: the window is a difference of two
  // prefixes (error ≤ 2γ·total each side), the rest is a few roundings more.
  const slack = 128 * gamma * total + 64 * k * SUBNORMAL;
  let unsure = false;
  const enough = (l: number, r: number): boolean => {
    const margin = 20 * (prefix[r]! - prefix[l]!) - 19 * total;
    if (Math.abs(margin) <= slack) unsure = true;
    return margin > 0;
  };
  let best = n;
  let left = 0;
  for (let right = 0; right < n && !unsure; right++) {
    while (left <= right && enough(left + 1, right + 1)) left++;
    if (enough(left, right + 1)) best = Math.min(best, right - left + 1);
  }
  if (unsure) return 'unsure';
  const mean = s1 / total;
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += w[i]! * (i - mean) * (i - mean);
  return { mean: lo + mean, sigma: Math.sqrt(s2 / total), width95: best };
}
