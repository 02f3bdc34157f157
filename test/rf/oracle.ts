/**
 * A brute-force receptive-field oracle that shares no code with `src/rf` (only the IR types).
 *
 * For one axis of a graph, it enumerates the exact SET of network-input positions that reach
 * each position u of each tensor, straight from each op's definition ("output u reads s·u − p
 * + d·j", "input i writes s·i − p + d·j", "nearest picks round(x)"…), memoised per (node, u).
 * Sets are kept as sorted runs of consecutive integers, so unions are cheap but nothing is
 * approximated: the hull is taken only at the end. Positions live on an unbounded axis
 * (padding positions included). The period used to read max/min/stride is checked empirically,
 * so a wrong period makes the oracle throw rather than agree by accident.
 */
import type { Graph, Op } from '../../src/rf/graph.js';

/** A set of integers: sorted, disjoint, non-adjacent runs [first, last]. */
type Runs = readonly (readonly [number, number])[];
const GLOBAL = 'global' as const;
type Seen = Runs | typeof GLOBAL;

export interface OracleRF {
  readonly kind: 'rf';
  readonly global: boolean;
  /** Largest / smallest hull size over all positions (an empty set has size 0). */
  readonly rf: number | null;
  readonly rfMin: number | null;
  /** The jump num/den (reduced), null when global or when every position sees nothing. */
  readonly stride: { readonly num: number; readonly den: number } | null;
  /** lo(0) and the centre of position 0's hull; null when position 0 sees nothing. */
  readonly start: number | null;
  readonly center: number | null;
  /** False when a merge upstream joins non-empty sets with different hull centres. */
  readonly aligned: boolean;
  readonly size?: number;
  readonly coverage?: number;
}

export interface OracleError {
  readonly kind: 'error';
  readonly code: 'RF010' | 'RF011' | 'RF012';
  /** The node where the failure arises (downstream nodes inherit it). */
  readonly node: number;
}

export type OracleResult = OracleRF | OracleError;

/** The oracle has no definition for this case (degenerate align_corners / size-1 resizes). */
export class OracleUnsupported extends Error {}

/** Per-node facts resolved before enumeration: size, SAME begin pad, resize ratio, period. */
interface NodeInfo {
  readonly error?: OracleError;
  readonly global: boolean;
  readonly size?: number;
  /** Begin pad actually used by a conv/pool (SAME resolved from the input size). */
  readonly begin?: number;
  /** Resize: output/input ratio n/m used by the coordinate map, and the map's flavour. */
  readonly ratio?: { readonly n: bigint; readonly m: bigint };
  readonly coords?: 'asymmetric' | 'half_pixel' | 'tf_half_pixel_for_nn';
  /** A multiple of the tensor's period: shifting u by it shifts every set by a constant. */
  readonly period: number;
}

export interface OracleOptions {
  /** The network input's size on this axis; enables sizes, SAME pads, coverage and errors. */
  readonly inputSize?: number;
}

export function oracle(graph: Graph, axis: number, options: OracleOptions = {}): OracleResult[] {
  const infos: NodeInfo[] = new Array(graph.nodes.length);
  const memo = graph.nodes.map(() => new Map<number, Seen>());
  const seen = (node: number, u: number): Seen => {
    const cached = memo[node]!.get(u);
    if (cached !== undefined) return cached;
    const result = enumerate(graph, axis, node, u, infos, seen);
    memo[node]!.set(u, result);
    return result;
  };
  const results: OracleResult[] = new Array(graph.nodes.length);
  for (const index of dependencyOrder(graph)) {
    const node = graph.nodes[index]!;
    const inputs = node.inputs.map((i) => results[i]!);
    // A failure upstream blocks this node: the first failing input (in input order) wins.
    const inherited = inputs.find((r): r is OracleError => r.kind === 'error');
    if (inherited) {
      results[index] = inherited;
      continue;
    }
    const ok = inputs as OracleRF[];
    const aligned = ok.every((r) => r.aligned);
    if (node.op.kind === 'global' || ok.some((r) => r.global)) {
      infos[index] = { global: true, period: 1 };
      results[index] = {
        kind: 'rf', global: true, rf: null, rfMin: null, stride: null, start: null, center: null, aligned,
        ...(options.inputSize !== undefined ? { coverage: 1 } : {}),
      };
      continue;
    }
    if (node.op.kind === 'merge' && !sameJumps(ok)) {
      results[index] = { kind: 'error', code: 'RF012', node: index };
      continue;
    }
    const info = nodeInfo(graph, axis, index, infos, options.inputSize);
    infos[index] = info;
    results[index] = info.error ?? measure(index, info, aligned && mergeAligned(graph, index, info.period, seen), seen, options.inputSize);
  }
  return results;
}

/** Whether the measured jumps of a merge's inputs agree (inputs that see nothing have none). */
function sameJumps(inputs: readonly OracleRF[]): boolean {
  const jumps = inputs.map((r) => r.stride).filter((j) => j !== null);
  return jumps.every((j) => j.num * jumps[0]!.den === jumps[0]!.num * j.den);
}

/** Nodes in an order where inputs come first (simple repeated sweep: graphs here are small). */
function dependencyOrder(graph: Graph): number[] {
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < graph.nodes.length) {
    const before = order.length;
    graph.nodes.forEach((node, index) => {
      if (!done.has(index) && node.inputs.every((i) => done.has(i))) {
        done.add(index);
        order.push(index);
      }
    });
    if (order.length === before) throw new Error('oracle: the graph has a cycle');
  }
  return order;
}

const floorDivN = (a: number, b: number): number => Math.floor(a / b);
const ceilDivN = (a: number, b: number): number => -Math.floor(-a / b);
const gcdN = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcdN(b, a % b));
const gcdB = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcdB(b, a % b));

function nodeInfo(graph: Graph, axis: number, index: number, infos: readonly NodeInfo[], inputSize: number | undefined): NodeInfo {
  const node = graph.nodes[index]!;
  const op = node.op;
  if (op.kind === 'input') return { global: false, period: 1, ...(inputSize !== undefined ? { size: inputSize } : {}) };
  const ins = node.inputs.map((i) => infos[i]!);
  const fail = (code: 'RF010' | 'RF011'): NodeInfo => ({ error: { kind: 'error', code, node: index }, global: false, period: 1 });
  const inPeriod = ins.reduce((acc, info) => (acc / gcdN(acc, info.period)) * info.period, 1);
  const n = ins[0]!.size;
  const sized = (size: number | undefined, rest: Omit<NodeInfo, 'global' | 'size'>): NodeInfo => {
    if (size !== undefined && size <= 0) return fail('RF010');
    return { global: false, ...rest, ...(size !== undefined ? { size } : {}) };
  };
  switch (op.kind) {
    case 'merge': {
      const sizes = ins.map((info) => info.size);
      if (sizes[0] !== undefined && sizes.some((s) => s !== sizes[0])) return fail('RF011');
      return sized(sizes[0], { period: inPeriod });
    }
    case 'pointwise':
      return sized(n, { period: inPeriod });
    case 'pad':
      return sized(n === undefined ? undefined : n + op.begin[axis]! + op.end[axis]!, { period: inPeriod });
    case 'space_to_depth': {
      const b = op.block[axis]!;
      if (n !== undefined && n % b !== 0) return fail('RF010');
      return sized(n === undefined ? undefined : n / b, { period: inPeriod });
    }
    case 'depth_to_space': {
      const r = op.block[axis]!;
      return sized(n === undefined ? undefined : n * r, { period: inPeriod * r });
    }
    case 'conv': {
      const k = op.kernel[axis]!;
      const s = op.stride[axis]!;
      const d = op.dilation[axis]!;
      const pad = op.pad[axis]!;
      const extent = d * (k - 1) + 1;
      if ('same' in pad) {
        // TF/ONNX SAME: out = ceil(n/s); the total pad is split, the odd pixel at the end (upper)
        // or the start (lower). Only defined here with a known input size.
        if (n === undefined) throw new OracleUnsupported('SAME padding needs an input size in the oracle');
        const out = ceilDivN(n, s);
        const total = Math.max((out - 1) * s + extent - n, 0);
        const begin = pad.same === 'upper' ? Math.floor(total / 2) : Math.ceil(total / 2);
        return sized(out, { begin, period: inPeriod });
      }
      let out: number | undefined;
      if (n !== undefined) {
        // aten/src/ATen/native/Pool.h pooling_output_shape_pad_lr (and plain conv for floor mode).
        out = floorDivN(n + pad.begin + pad.end - extent + (op.ceilMode ? s - 1 : 0), s) + 1;
        if (op.ceilMode && (out - 1) * s >= n + pad.begin) out--;
      }
      return sized(out, { begin: pad.begin, period: inPeriod });
    }
    case 'deconv': {
      const k = op.kernel[axis]!;
      const s = op.stride[axis]!;
      const d = op.dilation[axis]!;
      const pad = op.pad[axis]!;
      const out = n === undefined ? undefined : (n - 1) * s - pad.begin - pad.end + d * (k - 1) + 1 + op.outputPadding[axis]!;
      return sized(out, { begin: pad.begin, period: inPeriod * s });
    }
    case 'resize': {
      const scale = op.scale[axis]!;
      const out = op.size?.[axis] ?? (n === undefined ? undefined : Math.floor((n * scale.num) / scale.den));
      let num = BigInt(scale.num);
      let den = BigInt(scale.den);
      let coords: NodeInfo['coords'];
      switch (op.coordinates) {
        case 'asymmetric':
        case 'half_pixel':
        case 'tf_half_pixel_for_nn':
          coords = op.coordinates;
          break;
        case 'pytorch_half_pixel':
          if (out === 1) throw new OracleUnsupported('pytorch_half_pixel with an output of size 1');
          coords = 'half_pixel';
          break;
        case 'align_corners':
          // x = u·(n − 1)/(out − 1): the ratio the coordinate map uses is (out − 1)/(n − 1).
          if (n === undefined || out === undefined || n <= 1 || out <= 1) throw new OracleUnsupported('degenerate align_corners');
          num = BigInt(out - 1);
          den = BigInt(n - 1);
          coords = 'asymmetric';
          break;
      }
      const g = gcdB(num, den);
      num /= g;
      den /= g;
      // x(u + num) = x(u) + den for every coordinate mode, so num is a period of the map.
      return sized(out, { ratio: { n: num, m: den }, coords, period: inPeriod * Number(num) });
    }
    case 'global':
      throw new Error('oracle: global nodes have no geometry');
  }
}

/** The exact set of network-input positions that reach position u of `node`. */
function enumerate(
  graph: Graph,
  axis: number,
  node: number,
  u: number,
  infos: readonly NodeInfo[],
  seen: (node: number, u: number) => Seen,
): Seen {
  const { op, inputs } = graph.nodes[node]!;
  const info = infos[node]!;
  if (info.global) return GLOBAL;
  if (op.kind === 'input') return [[u, u]];
  switch (op.kind) {
    case 'merge':
      return union(inputs.map((i) => seen(i, u)));
    case 'global':
      return GLOBAL;
    default:
      return union(reads(graph, axis, node, u, info).map((v) => seen(inputs[0]!, v)));
  }
}

/** The positions of its one input that output u of a single-input op reads, straight from the op's definition. */
function reads(graph: Graph, axis: number, node: number, u: number, info: NodeInfo): number[] {
  const { op } = graph.nodes[node]!;
  switch (op.kind) {
    case 'pointwise':
      return [u];
    case 'pad':
      // Output u is input u − begin (a negative begin crops).
      return [u - op.begin[axis]!];
    case 'space_to_depth': {
      const b = op.block[axis]!;
      return Array.from({ length: b }, (_, j) => b * u + j);
    }
    case 'depth_to_space':
      return [floorDivN(u, op.block[axis]!)];
    case 'conv': {
      const k = op.kernel[axis]!;
      const s = op.stride[axis]!;
      const d = op.dilation[axis]!;
      return Array.from({ length: k }, (_, j) => s * u - info.begin! + d * j);
    }
    case 'deconv': {
      // Input i writes outputs s·i − p + d·j: scan a generous window of i and keep the writers.
      const k = op.kernel[axis]!;
      const s = op.stride[axis]!;
      const d = op.dilation[axis]!;
      const p = info.begin!;
      const writers: number[] = [];
      for (let i = floorDivN(u + p - d * k, s) - 2; i <= ceilDivN(u + p + d, s) + 2; i++) {
        for (let j = 0; j < k; j++) if (s * i - p + d * j === u) writers.push(i);
      }
      return writers;
    }
    case 'resize':
      return resizeReads(op, info, u);
    default:
      throw new Error(`oracle: ${op.kind} reads no single input`);
  }
}

/**
 * For other oracles (the ERF's): what each single-input node's output u reads, per the op
 * definitions above. Only for graphs without global nodes or size errors.
 */
export function oracleReads(graph: Graph, axis: number, options: OracleOptions = {}): (node: number, u: number) => number[] {
  const infos: NodeInfo[] = new Array(graph.nodes.length);
  for (const index of dependencyOrder(graph)) {
    if (graph.nodes[index]!.op.kind === 'global') throw new OracleUnsupported('a global node has no reads');
    infos[index] = nodeInfo(graph, axis, index, infos, options.inputSize);
    if (infos[index]!.error) throw new OracleUnsupported('a size error has no reads');
  }
  return (node, u) => reads(graph, axis, node, u, infos[node]!);
}

/** Input positions a resize output u reads, with x = (u + a)/f − b as an exact fraction X/D. */
function resizeReads(op: Extract<Op, { kind: 'resize' }>, info: NodeInfo, u: number): number[] {
  const { n, m } = info.ratio!;
  // f = n/m, so x = (u + a)·m/n − b. Work in halves: D = 2n, X = (2u + 2a)·m − 2b·n.
  const twoA = info.coords === 'asymmetric' ? 0n : 1n;
  const twoB = info.coords === 'half_pixel' ? 1n : 0n;
  const D = 2n * n;
  const X = (2n * BigInt(u) + twoA) * m - twoB * n;
  const fl = X >= 0n ? X / D : -((-X + D - 1n) / D);
  const rem = X - fl * D; // x − floor(x) = rem / D, 0 ≤ rem < D
  if (op.mode === 'nearest') {
    let pick: bigint;
    switch (op.rounding) {
      case 'floor':
        pick = fl;
        break;
      case 'ceil':
        pick = rem === 0n ? fl : fl + 1n;
        break;
      case 'round_prefer_floor':
        pick = 2n * rem > D ? fl + 1n : fl;
        break;
      case 'round_prefer_ceil':
        pick = 2n * rem >= D ? fl + 1n : fl;
        break;
    }
    return [Number(pick)];
  }
  // linear: |i − x| < 1; cubic (Keys): |i − x| < 2 except |i − x| = 1, where the weight is 0.
  const reads: number[] = [];
  for (let i = fl - 3n; i <= fl + 3n; i++) {
    const dist = i * D - X < 0n ? X - i * D : i * D - X; // |i − x|·D
    if (op.mode === 'linear' ? dist < D : dist < 2n * D && dist !== D) reads.push(Number(i));
  }
  return reads;
}

function union(sets: readonly Seen[]): Seen {
  if (sets.some((s) => s === GLOBAL)) return GLOBAL;
  const runs = (sets as Runs[]).flat().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of runs) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

type Hull = { lo: number; hi: number } | null;

/** Whether hull(u + p) is hull(u) shifted by one constant for every u of two periods P. */
function repeatsEvery(hullAt: (u: number) => Hull, p: number, P: number): boolean {
  let shift: number | undefined;
  for (let u = -P; u < P; u++) {
    const a = hullAt(u);
    const b = hullAt(u + p);
    if (a === null || b === null) {
      if (a !== b) return false;
      continue;
    }
    if (b.hi - a.hi !== b.lo - a.lo || (shift !== undefined && shift !== b.lo - a.lo)) return false;
    shift = b.lo - a.lo;
  }
  return true;
}

function hull(set: Seen): Hull {
  if (set === GLOBAL) throw new Error('oracle: hull of a global set');
  return set.length === 0 ? null : { lo: set[0]![0], hi: set[set.length - 1]![1] };
}

/**
 * rf, rfMin, stride, start and centre of a tensor, read over one period P after checking on
 * [−P − 2, P + 2) that shifting u by P shifts every set by the same Δ (so stride = Δ / P).
 */
function measure(node: number, info: NodeInfo, aligned: boolean, seen: (node: number, u: number) => Seen, inputSize: number | undefined): OracleRF {
  const P = info.period;
  const hullAt = (u: number): Hull => hull(seen(node, u));
  let delta: number | null = null;
  for (let u = -P - 2; u < P + 2; u++) {
    const a = hullAt(u);
    const b = hullAt(u + P);
    if ((a === null) !== (b === null)) throw new Error(`oracle: node ${node} is not ${P}-periodic at ${u}`);
    if (a === null || b === null) continue;
    const shift = b.lo - a.lo;
    if (b.hi - a.hi !== shift || (delta !== null && delta !== shift)) throw new Error(`oracle: node ${node} is not ${P}-periodic at ${u}`);
    delta = shift;
  }
  let rf = 0;
  let rfMin = Infinity;
  for (let u = 0; u < P; u++) {
    const h = hullAt(u);
    const width = h === null ? 0 : h.hi - h.lo + 1;
    rf = Math.max(rf, width);
    rfMin = Math.min(rfMin, width);
  }
  const g = delta === null ? 1 : gcdN(delta, P);
  const zero = hullAt(0);
  const result: OracleRF = {
    kind: 'rf',
    global: false,
    rf,
    rfMin,
    stride: delta === null ? null : { num: delta / g, den: P / g },
    start: zero === null ? null : zero.lo,
    center: zero === null ? null : (zero.lo + zero.hi) / 2,
    aligned,
  };
  if (inputSize === undefined || info.size === undefined) return result;
  // Coverage: the smallest share of [0, n) inside the hulls of the central positions, one of
  // each phase: the p positions centred on floor((size − 1)/2), p the smallest shift under which
  // the hulls repeat (found by trying every shift, on the sets themselves).
  const size = info.size;
  let p = 1;
  while (!repeatsEvery(hullAt, p, P)) p++;
  const centre = Math.floor((size - 1) / 2);
  const first = Math.max(0, Math.min(centre - Math.floor((p - 1) / 2), size - p));
  let coverage = Infinity;
  for (let u = first; u <= Math.min(size - 1, first + p - 1); u++) {
    const h = hullAt(u);
    const covered = h === null ? 0 : Math.max(0, Math.min(h.hi, inputSize - 1) - Math.max(h.lo, 0) + 1);
    coverage = Math.min(coverage, covered / inputSize);
  }
  return { ...result, size, coverage };
}

/** A merge is aligned when, at every position, its non-empty inputs' hulls share one centre. */
function mergeAligned(graph: Graph, index: number, period: number, seen: (node: number, u: number) => Seen): boolean {
  const node = graph.nodes[index]!;
  if (node.op.kind !== 'merge') return true;
  for (let u = 0; u < period; u++) {
    const centres = new Set<number>();
    for (const i of node.inputs) {
      const h = hull(seen(i, u));
      if (h) centres.add(h.lo + h.hi);
    }
    if (centres.size > 1) return false;
  }
  return true;
}
