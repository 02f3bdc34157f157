/**
 * The effective receptive field (Luo et al., 2016, "Understanding the Effective Receptive Field
 * in Deep Convolutional Neural Networks"): how much each input position contributes to one
 * output position when every learned weight is uniform. docs/design.md §3, "Effective RF".
 *
 * Definition (per axis, of output position 0; the network taken as linear):
 * - every op that reads positions (conv, pool, transposed conv, resize, space-to-depth…) is the
 *   MEAN of the positions its index map reads for that output position (window.ts): a conv with
 *   kernel k and dilation d at jump J is a box of k taps spaced d·J in input pixels, a
 *   transposed conv averages the inputs that write to the position (none: it contributes
 *   nothing), a linear or cubic resize averages the positions it reads (its fixed
 *   interpolation weights are replaced by uniform ones, like every other kernel), a nearest
 *   resize copies one position;
 * - pointwise ops, pads and crops are the identity;
 * - every merge (`add`, `mul`, `concat`, `max`…) is the MEAN of its inputs: each input's profile
 *   is normalised (mass 1) and they count equally. For `concat` this is what a following conv
 *   does when it sums over channels with uniform weights and each input brings as many
 *   channels; `mul` and `max` are linearised the same way.
 * The profile is the gradient of that linear network's output position 0 with respect to the
 * input, computed by one backward pass over the output's ancestors in reverse topological
 * order: never path by path. `effectiveRF` runs it in floats with an error bound that certifies
 * the answer (erf-float.ts) and in big integers (numerators over one common denominator, here)
 * only when the bound cannot decide (a tie); `erfProfile` is always exact.
 *
 * Reported per axis: `sigma`, the standard deviation of the profile in input pixels, and
 * `width95`, the length of the SHORTEST window of consecutive input positions holding at least
 * 95 % of the profile's mass (exact: compared as 20·window ≥ 19·total in integers).
 */
import { type Analysis, minimalPeriod } from './analyze.js';
import { resolveAxis } from './resolve.js';
import { axisMap, floatProfile, floatStats } from './erf-float.js';
import { type AxisMap, forEachTap, tapCount } from './window.js';

/** The exact contribution profile on one axis: weight of input position `lo + i` is num[i] / den. */
export interface ErfProfile {
  readonly lo: number;
  readonly num: readonly bigint[];
  readonly den: bigint;
}

export interface EffectiveRF {
  /** Standard deviation of the profile, per axis, in input pixels. */
  readonly sigma: readonly number[];
  /** The shortest window holding ≥ 95 % of the mass, per axis, in input pixels (position 0). */
  readonly width95: readonly number[];
  /**
   * The smallest `width95` over every output position, per axis (after upsampling the profile
   * depends on the position's phase): what `min_erf` is held to. Absent when the budget ran out
   * before every phase was computed; `min_erf` is then not checked.
   */
  readonly width95Min?: readonly number[];
}

export interface ErfOptions {
  /** Most tap visits (summed over axes) before giving up; the ERF is then undefined. */
  readonly maxSteps?: number;
  /**
   * Steps shared with the other outputs of the same file, spent as well as `maxSteps`: a
   * damaged file with 50 deep outputs must not cost 50 outputs' worth of big-integer work.
   */
  readonly shared?: { left: number };
}

/** The steps all the ERFs of one file may take together (`ErfOptions.shared`). */
export const ERF_STEPS_PER_FILE = 16_000_000;

/** Big-integer work is ~50× a float's: this keeps one output under a second. */
const DEFAULT_MAX_STEPS = 4_000_000;

/** The fraction of the mass `width95` holds, as 19/20. */
const MASS_NUM = 19n;
const MASS_DEN = 20n;

/**
 * The ERF of `node`, or undefined when it has none (global, an error upstream, a profile of
 * mass 0) or when computing it would exceed `maxSteps`.
 */
export function effectiveRF(an: Analysis, node: number, options: ErfOptions = {}): EffectiveRF | undefined {
  if (an.status[node] !== -1 || an.global[node]) return undefined;
  const own = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const budget = { left: Math.min(own, options.shared?.left ?? own) };
  const start = budget.left;
  try {
    return erfOf(an, node, budget);
  } finally {
    if (options.shared) options.shared.left -= start - budget.left;
  }
}

function erfOf(an: Analysis, node: number, budget: { left: number }): EffectiveRF | undefined {
  const sigma: number[] = [];
  const width95: number[] = [];
  const width95Min: number[] = [];
  let everyPosition = true;
  const maps: (number | AxisMap)[] = [];
  let first: { spent: number; sigma: number; width95: number; width95Min: number | undefined } | undefined;
  for (let a = 0; a < an.graph.axes; a++) {
    const before = budget.left;
    // An axis whose every map is axis 0's (square kernels, equal strides and sizes) has its
    // profile step for step: its answer and its cost are axis 0's.
    if (first && sameMaps(an, maps, a)) {
      budget.left -= first.spent;
      if (budget.left < 0) return undefined;
      sigma.push(first.sigma);
      width95.push(first.width95);
      if (first.width95Min === undefined) everyPosition = false;
      else width95Min.push(first.width95Min);
      continue;
    }
    const at0 = statsAt(an, node, a, 0, budget, a === 0 ? maps : undefined);
    if (!at0) return undefined;
    sigma.push(at0.sigma);
    width95.push(at0.width95);
    // The profile of u + p is that of u shifted (p the minimal period of the hulls, analyze.ts):
    // one period of positions gives the smallest width over all of them.
    let smallest: number | undefined = at0.width95;
    const period = minimalPeriod(an, node * an.graph.axes + a);
    for (let u = 1; u < period && smallest !== undefined; u++) {
      const at = statsAt(an, node, a, u, budget);
      smallest = at ? Math.min(smallest, at.width95) : undefined;
    }
    if (smallest === undefined) everyPosition = false;
    else width95Min.push(smallest);
    if (a === 0) first = { spent: before - budget.left, sigma: at0.sigma, width95: at0.width95, width95Min: smallest };
  }
  return { sigma, width95, ...(everyPosition ? { width95Min } : {}) };
}

/**
 * The statistics of position `u` on `axis`. Floats first (exact whenever they can be certified:
 * erf-float.ts), big integers when they cannot; the exact pass then spends the budget the float
 * pass spent, not twice.
 */
function statsAt(an: Analysis, node: number, axis: number, u: number, budget: { left: number }, maps?: (number | AxisMap)[]): { sigma: number; width95: number } | undefined {
  const before = budget.left;
  const fast = floatProfile(an, node, axis, budget, maps, u);
  if (!fast) return undefined;
  const stats = floatStats(fast);
  if (stats !== 'unsure') return stats;
  budget.left = before;
  const profile = erfProfile(an, node, axis, budget, u);
  return profile ? profileStats(profile) : undefined;
}

/** Whether every op axis 0's pass went through has the same map on `axis`. */
function sameMaps(an: Analysis, maps: readonly (number | AxisMap)[], axis: number): boolean {
  for (let i = 0; i < maps.length; i += 2) {
    const want = maps[i + 1] as Record<string, unknown>;
    const got = axisMap(an, maps[i] as number, axis) as Record<string, unknown>;
    for (const key in want) if (want[key] !== got[key]) return false;
  }
  return true;
}

/** A profile under construction: dense numerators over positions lo.., one denominator. */
interface Adjoint {
  lo: number;
  num: bigint[];
  den: bigint;
}

/**
 * The exact profile of position `position` of `node` on `axis`, or undefined when the budget
 * runs out. Each node's adjoint is freed as soon as it has been passed to its inputs.
 */
export function erfProfile(an: Analysis, node: number, axis: number, budget: { left: number } = { left: DEFAULT_MAX_STEPS }, position = 0): ErfProfile | undefined {
  const { graph } = an;
  const A = graph.axes;
  const adjoint = new Map<number, Adjoint>([[node, { lo: position, num: [1n], den: 1n }]]);
  // Reverse topological order visits every consumer of a node before the node itself.
  for (let t = an.order.length - 1; t >= 0; t--) {
    an.deadline?.check();
    const v = an.order[t]!;
    const adj = adjoint.get(v);
    if (!adj) continue;
    const { op, inputs, name } = graph.nodes[v]!;
    if (op.kind === 'input') return trim(adj);
    adjoint.delete(v);
    if (op.kind === 'merge') {
      const m = BigInt(inputs.length);
      for (const i of inputs) if (!accumulate(adjoint, i, { lo: adj.lo, num: adj.num, den: adj.den * m }, budget)) return undefined;
      continue;
    }
    if (op.kind === 'global') return undefined; // not reached: a global node makes its consumers global
    const x = inputs[0]!;
    const kx = x * A + axis;
    const size = an.size[kx]!;
    const { map } = resolveAxis(op, axis, Number.isNaN(size) ? undefined : size, an.P[kx]!, name, v);
    // Taps of each position with a weight; the common denominator grows by the lcm of their counts.
    const taps: number[][] = [];
    let L = 1;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < adj.num.length; i++) {
      const list: number[] = [];
      if (adj.num[i] !== 0n) {
        // Counted before they are listed: a kernel of 2^31 must run out of budget, not memory.
        if (budget.left - tapCount(map) < 0) return undefined;
        forEachTap(map, adj.lo + i, (p) => list.push(p));
        budget.left -= list.length + 1;
        if (budget.left < 0) return undefined;
        if (list.length > 0) L = lcmInt(L, list.length);
        for (const p of list) {
          if (p < min) min = p;
          if (p > max) max = p;
        }
      }
      taps.push(list);
    }
    if (min === Infinity) continue; // nothing reaches this position through here
    // The dense profile costs one step per position it spans: a dilation of 10^9 spreads two
    // taps 10^9 apart, which must run out of budget, not out of memory.
    budget.left -= max - min + 1;
    if (budget.left < 0) return undefined;
    const num = new Array<bigint>(max - min + 1).fill(0n);
    const bigL = BigInt(L);
    taps.forEach((list, i) => {
      if (list.length === 0) return;
      const w = adj.num[i]! * (bigL / BigInt(list.length));
      for (const p of list) num[p - min]! += w;
    });
    if (!accumulate(adjoint, x, { lo: min, num, den: adj.den * bigL }, budget)) return undefined;
  }
  // The node does not depend on the network input (a constant): no profile.
  return undefined;
}

/**
 * Adds `add` into the adjoint of node `i`, over the union of their ranges and a common
 * denominator; false when the union spans more positions than the budget has left (two
 * branches offset by 10^9 must not allocate 10^9 entries).
 */
function accumulate(adjoint: Map<number, Adjoint>, i: number, add: Adjoint, budget: { left: number }): boolean {
  const have = adjoint.get(i);
  if (!have) {
    adjoint.set(i, { lo: add.lo, num: [...add.num], den: add.den });
    return true;
  }
  const g = gcdBig(have.den, add.den);
  const den = (have.den / g) * add.den;
  const fHave = den / have.den;
  const fAdd = den / add.den;
  const lo = Math.min(have.lo, add.lo);
  const hi = Math.max(have.lo + have.num.length, add.lo + add.num.length);
  budget.left -= hi - lo;
  if (budget.left < 0) return false;
  const num = new Array<bigint>(hi - lo).fill(0n);
  have.num.forEach((n, j) => (num[have.lo - lo + j] = n * fHave));
  add.num.forEach((n, j) => (num[add.lo - lo + j]! += n * fAdd));
  adjoint.set(i, { lo, num, den });
  return true;
}

/** Drops zero weights at both ends. */
function trim(p: Adjoint): ErfProfile {
  let first = 0;
  let last = p.num.length - 1;
  while (first <= last && p.num[first] === 0n) first++;
  while (last >= first && p.num[last] === 0n) last--;
  return { lo: p.lo + first, num: p.num.slice(first, last + 1), den: p.den };
}

/** sigma and width95 of a profile; undefined when its mass is 0. */
export function profileStats(profile: ErfProfile): { mean: number; sigma: number; width95: number } | undefined {
  const { num, lo } = profile;
  let s0 = 0n;
  let s1 = 0n;
  let s2 = 0n;
  num.forEach((w, i) => {
    // Positions relative to lo keep the sums small; variance is shift-invariant.
    const x = BigInt(i);
    s0 += w;
    s1 += w * x;
    s2 += w * x * x;
  });
  if (s0 === 0n) return undefined;
  const variance = ratio(s2 * s0 - s1 * s1, s0 * s0);
  return { mean: lo + ratio(s1, s0), sigma: Math.sqrt(variance), width95: shortestWindow(num, s0) };
}

/** Two pointers: for every right end the shortest window ending there with enough mass. */
function shortestWindow(num: readonly bigint[], total: bigint): number {
  const need = MASS_NUM * total;
  let best = num.length;
  let left = 0;
  let sum = 0n;
  for (let right = 0; right < num.length; right++) {
    sum += num[right]!;
    while (left <= right && MASS_DEN * (sum - num[left]!) >= need) sum -= num[left++]!;
    if (MASS_DEN * sum >= need) best = Math.min(best, right - left + 1);
  }
  return best;
}

/** a / b as a float, also when both exceed the float range. */
function ratio(a: bigint, b: bigint): number {
  const bits = Math.max(a.toString(16).length, b.toString(16).length) * 4;
  const shift = BigInt(Math.max(0, bits - 1000));
  return Number(a >> shift) / Number(b >> shift);
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function lcmInt(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}
