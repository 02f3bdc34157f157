/**
 * The path that sets an output's receptive field, layer by layer: the classic table of the RF
 * derivation (docs/design.md §3: J_n = J_{n−1}·s_n, r_n = r_{n−1} + d_n·(k_n − 1)·J_{n−1}), read from
 * the exact engine so it holds after upsampling and on DAGs too.
 *
 * The path starts at the output and walks back to the network input. At a merge it follows the
 * input that reaches the most ends of the merge's hull (lo and hi of position 0 on every axis),
 * then the widest, then the first: on a residual block that is the branch with the convs. Each
 * merge step records which inputs reach the low and the high end, so a lopsided RF (one branch
 * reaches left, another right) is visible. Pointwise layers (activations, norms) are left out:
 * they change nothing.
 *
 * Per step: the jump before the layer (its input's), the exact RF after it (the engine's, the
 * largest over positions; with the period after upsampling), and the inverse method's window:
 * walking the path back from output position 0, the span of the layer's input that position 0
 * reads through this path (RF ← (RF − 1)·s + d·(k − 1) + 1 for a conv).
 */
import type { Analysis } from './analyze.js';
import { type Fraction, frac } from './fraction.js';
import type { Op } from './graph.js';
import { resolveAxis } from './resolve.js';
import { type AxisMap, forEachTap } from './window.js';

export interface PathStep {
  readonly node: number;
  /** The jump before the layer, per axis (1 for the input). */
  readonly jumpBefore: readonly Fraction[];
  /** The exact RF after the layer (largest over positions), per axis. */
  readonly rf: readonly number[];
  /** The RF's period in positions (1 when affine), per axis. */
  readonly period: readonly number[];
  /** The inverse method: the span of the layer's input read by output position 0 along the path; null if unknown. */
  readonly inverse: readonly (number | null)[];
  /** At a merge: the input followed and those reaching the hull's ends on every axis. */
  readonly merge?: { readonly followed: number; readonly lo: readonly number[]; readonly hi: readonly number[] };
}

/** Widest span walked exactly through a non-monotone map (transposed conv, resize). */
const MAX_SPAN = 1 << 20;

/**
 * The steps from the network input to `output`, or undefined when the output has no geometry
 * (global, or an error upstream).
 */
export function rfPath(an: Analysis, output: number): PathStep[] | undefined {
  if (an.status[output] !== -1 || an.global[output]) return undefined;
  const { graph } = an;
  const A = graph.axes;
  // Walk back: the nodes of the path, output first, and for merges the chosen input.
  const chain: { node: number; merge?: PathStep['merge'] }[] = [];
  let v = output;
  for (;;) {
    const node = graph.nodes[v]!;
    if (node.op.kind === 'input' || node.inputs.length === 0) {
      chain.push({ node: v });
      break;
    }
    if (node.op.kind === 'merge') {
      const merge = chooseInput(an, v);
      chain.push({ node: v, merge });
      v = merge.followed;
    } else {
      chain.push({ node: v });
      v = node.inputs[0]!;
    }
  }
  // The inverse method along the chain: position 0 of the output back to the input.
  const spans: (readonly [number, number] | null)[][] = [];
  let span: (readonly [number, number] | null)[] = Array.from({ length: A }, () => [0, 0] as const);
  for (const { node: n } of chain) {
    const op = graph.nodes[n]!.op;
    if (op.kind !== 'input' && op.kind !== 'merge' && op.kind !== 'global') {
      const x = graph.nodes[n]!.inputs[0]!;
      span = span.map((s, a) => (s === null ? null : mapSpan(an, op, n, x, a, s)));
    }
    spans.push(span);
  }
  const steps: PathStep[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const { node: n, merge } = chain[i]!;
    const op = graph.nodes[n]!.op;
    if (op.kind === 'pointwise' && i !== 0) continue;
    const x = graph.nodes[n]!.inputs[0];
    const rf: number[] = [];
    const period: number[] = [];
    const jumpBefore: Fraction[] = [];
    for (let a = 0; a < A; a++) {
      const k = n * A + a;
      rf.push(widest(an, k));
      period.push(an.P[k]!);
      jumpBefore.push(x === undefined ? frac(1) : frac(an.Q[x * A + a]!, an.P[x * A + a]!));
    }
    const inverse = spans[i]!.map((s) => (s === null ? null : s[1] - s[0] + 1));
    steps.push({ node: n, jumpBefore, rf, period, inverse, ...(merge ? { merge } : {}) });
  }
  return steps;
}

/** The input of merge `v` reaching the most hull ends at position 0, then the widest, then the first. */
function chooseInput(an: Analysis, v: number): NonNullable<PathStep['merge']> {
  const A = an.graph.axes;
  const inputs = an.graph.nodes[v]!.inputs;
  const reaches = (i: number, end: 'lo' | 'hi') =>
    Array.from({ length: A }, (_, a) => (end === 'lo' ? an.lo(i * A + a, 0) === an.lo(v * A + a, 0) : an.hi(i * A + a, 0) === an.hi(v * A + a, 0)));
  const score = (i: number) => [...reaches(i, 'lo'), ...reaches(i, 'hi')].filter(Boolean).length;
  const width = (i: number) => Array.from({ length: A }, (_, a) => widest(an, i * A + a)).reduce((s, w) => s + w, 0);
  let followed = inputs[0]!;
  for (const i of inputs) {
    if (score(i) > score(followed) || (score(i) === score(followed) && width(i) > width(followed))) followed = i;
  }
  const lo = inputs.filter((i) => reaches(i, 'lo').every(Boolean));
  const hi = inputs.filter((i) => reaches(i, 'hi').every(Boolean));
  return { followed, lo: [...new Set(lo)], hi: [...new Set(hi)] };
}

/** The largest RF over one period of slot k. */
function widest(an: Analysis, k: number): number {
  let max = 0;
  for (let u = 0; u < an.P[k]!; u++) {
    const lo = an.lo(k, u);
    if (lo !== Infinity) max = Math.max(max, an.hi(k, u) - lo + 1);
  }
  return max;
}

/** The span of node x's positions read by positions [first, last] of node n through its op. */
function mapSpan(an: Analysis, op: Exclude<Op, { kind: 'input' | 'merge' | 'global' }>, n: number, x: number, a: number, [first, last]: readonly [number, number]): readonly [number, number] | null {
  const kx = x * an.graph.axes + a;
  const size = an.size[kx]!;
  let map: AxisMap;
  try {
    map = resolveAxis(op, a, Number.isNaN(size) ? undefined : size, an.P[kx]!, an.graph.nodes[n]!.name, n).map;
  } catch {
    return null;
  }
  const monotone = map.kind === 'identity' || map.kind === 'window' || map.kind === 'block' || map.kind === 'spread';
  if (!monotone && last - first > MAX_SPAN) return null;
  let lo = Infinity;
  let hi = -Infinity;
  const visit = (u: number) =>
    forEachTap(map, u, (p) => {
      if (p < lo) lo = p;
      if (p > hi) hi = p;
    });
  if (monotone) {
    visit(first);
    visit(last);
  } else {
    for (let u = first; u <= last; u++) visit(u);
  }
  return lo === Infinity ? null : [lo, hi];
}
