/**
 * A brute-force oracle for the effective RF (src/rf/erf.ts) that shares no code with the engine:
 * it evaluates the linear network FORWARD, op by op from the definitions in oracle.ts (each op
 * the mean of the positions it reads, each merge the mean of its inputs), composing exact
 * rational functionals "input position → weight" memoised per (node, u); the engine runs the
 * adjoint backward. The statistics are brute force too: the variance from its definition, the
 * 95 % width by trying every window.
 */
import type { Graph } from '../../src/rf/graph.js';
import { oracleReads } from './oracle.js';

/** A rational n/d, d > 0, reduced. */
type Rat = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const norm = (n: bigint, d: bigint): Rat => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
};
const add = (a: Rat, b: Rat): Rat => norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const scale = (a: Rat, n: bigint, d: bigint): Rat => norm(a[0] * n, a[1] * d);
const less = (a: Rat, b: Rat): boolean => a[0] * b[1] < b[0] * a[1];

type Functional = Map<number, Rat>;

/** The exact contribution of each input position to position `u` of `node` on `axis`. */
export function erfOracleProfile(graph: Graph, node: number, axis: number, options: { inputSize?: number } = {}, u = 0): Functional {
  const readsOf = oracleReads(graph, axis, options);
  const memo = graph.nodes.map(() => new Map<number, Functional>());
  const mean = (parts: readonly Functional[]): Functional => {
    const out: Functional = new Map();
    for (const part of parts) for (const [x, w] of part) out.set(x, add(out.get(x) ?? [0n, 1n], scale(w, 1n, BigInt(parts.length))));
    return out;
  };
  const value = (v: number, position: number): Functional => {
    const cached = memo[v]!.get(position);
    if (cached) return cached;
    const { op, inputs } = graph.nodes[v]!;
    let result: Functional;
    if (op.kind === 'input') result = new Map([[position, [1n, 1n] as Rat]]);
    else if (op.kind === 'merge') result = mean(inputs.map((i) => value(i, position)));
    else result = mean(readsOf(v, position).map((p) => value(inputs[0]!, p)));
    memo[v]!.set(position, result);
    return result;
  };
  return value(node, u);
}

/** sigma (as a float from the exact variance) and the 95 % width, by brute force. */
export function erfOracleStats(profile: Functional): { sigma: number; width95: number } | undefined {
  const entries = [...profile.entries()].filter(([, w]) => w[0] !== 0n).sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return undefined;
  let total: Rat = [0n, 1n];
  let first: Rat = [0n, 1n];
  let second: Rat = [0n, 1n];
  for (const [x, w] of entries) {
    total = add(total, w);
    first = add(first, scale(w, BigInt(x), 1n));
    second = add(second, scale(w, BigInt(x) * BigInt(x), 1n));
  }
  const meanX = scale(first, total[1], total[0]);
  const variance = add(scale(second, total[1], total[0]), scale(meanX, -meanX[0], meanX[1]));
  const sigma = Math.sqrt(Number(variance[0]) / Number(variance[1]));
  const lo = entries[0]![0];
  const hi = entries[entries.length - 1]![0];
  const need = scale(total, 19n, 20n);
  let width95 = Infinity;
  for (let a = lo; a <= hi; a++) {
    let mass: Rat = [0n, 1n];
    for (let b = a; b <= hi && b - a + 1 < width95; b++) {
      mass = add(mass, profile.get(b) ?? [0n, 1n]);
      if (!less(mass, need)) width95 = b - a + 1;
    }
  }
  return { sigma, width95 };
}
