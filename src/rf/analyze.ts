/**
 * Exact receptive fields of every tensor of a graph, in one forward pass in topological order.
 *
 * For each tensor and axis we keep lo(u) and hi(u), the hull of the input positions that can
 * reach position u, over one period of u: lo(u + P) = lo(u) + Q (P = 1 for a net without
 * upsampling, where lo is affine). A tensor's hull is the hull of its taps' hulls, and the hull
 * of a union is the hull of the hulls, so this forward pass is exact for every op, even where a
 * backward walk of intervals is not (a transposed conv with holes). It costs O(P · taps) per
 * node and axis: linear in the graph, and it never enumerates paths.
 *
 * State lives in flat typed arrays indexed by node · axes + axis: a 10^6-node chain allocates
 * almost nothing per node.
 */
import { type Fraction, OverflowError, checked, frac, gcd, lcm } from './fraction.js';
import { type Graph, GraphError, type Op, topologicalOrder, validateGraph } from './graph.js';
import type { Deadline } from './deadline.js';
import { resolveAxis } from './resolve.js';
import { type AxisMap, forEachTap, period, tapCount } from './window.js';

export interface AnalyzeOptions {
  /** Spatial size of the network input, one entry per axis; enables shapes and coverage. */
  readonly inputSize?: readonly number[];
  /** Largest period P kept per tensor (rational resize factors multiply periods). */
  readonly maxPeriod?: number;
  /**
   * Most tap evaluations in one analysis. Affine layers cost O(1) whatever their kernel, but
   * after upsampling each position visits every tap: a corrupt kernel of 10^9 must be an error,
   * not a hang.
   */
  readonly maxSteps?: number;
  /** The file's time budget: checked per node, and kept for the analyses built on this one. */
  readonly deadline?: Deadline;
}

/** Where two merged paths see the input with different centres: the RF is lopsided. */
export interface Misalignment {
  readonly merge: number;
  /** The first axis, and the first position of the merge's output in one period, where they differ. */
  readonly axis: number;
  readonly position: number;
  /** Centre of that position's RF through each input of the merge (null: it sees nothing, or unknown). */
  readonly centers: readonly (number | null)[];
  /**
   * True when, at every position, one input's RF contains all the others': the union is that
   * path's RF and the offset is by design (a residual around a causal conv, the upsampled top of
   * an FPN). False: paths stick out on different sides, and `position` is the first such one.
   */
  readonly contained: boolean;
}

/** The receptive field of one tensor (docs/design.md §3 and §6). Per-axis arrays in model axis order. */
export interface TensorRF {
  /** True when every position sees the whole input (global pool, dense, attention). */
  readonly global: boolean;
  /** When global: the `global` node on its path that made it so (the first one reached). */
  readonly globalAt?: number;
  /** Largest RF over positions, per axis; null when global. */
  readonly rf: readonly number[] | null;
  /** Smallest RF over positions (differs from rf only after upsampling/transposed convs). */
  readonly rfMin: readonly number[] | null;
  /** The jump: input positions per step of this tensor's index. Null when global. */
  readonly stride: readonly Fraction[] | null;
  /** lo(0): the first input position seen by position 0 (−start is the effective padding). */
  readonly start: readonly (number | null)[] | null;
  /** Centre of position 0's RF. */
  readonly center: readonly (number | null)[] | null;
  /** False when some merge upstream joins paths with different centres. */
  readonly aligned: boolean;
  readonly misalignment?: Misalignment;
  /**
   * Set when no input size is given and a merge joins paths whose SAME paddings shift with the
   * input size: rf is then exact for input sizes divisible by every stride upstream.
   */
  readonly sizeDependentAt?: number;
  /** Spatial size (with `inputSize`). */
  readonly size?: readonly number[];
  /**
   * Per axis: the smallest fraction of the input covered by the RF of a central position, over
   * one position of each phase (the positions of one minimal period centred on the central
   * position floor((size − 1) / 2)). After upsampling the RF depends on u mod period, and a
   * minimum must hold at every phase; positions far from the centre are not included, since
   * there the input's border cuts every RF short (coverage is a property of the middle).
   */
  readonly coverage?: readonly number[];
}

const DEFAULT_MAX_PERIOD = 1 << 16;
const DEFAULT_MAX_STEPS = 100_000_000;
const OK = -1;

/** The result of `analyze`: query tensors with `tensorRF`. */
export class Analysis {
  /** Failures of single nodes (a size ≤ 0, a merge of different strides…), each reported once. */
  readonly errors: GraphError[] = [];
  /** Per node: OK, or the index in `errors` of the failure that prevents its RF. */
  readonly status: Int32Array;
  readonly global: Uint8Array;
  /** Per global node: the `global` op upstream that made it global (itself for one). */
  readonly globalAt: Int32Array;
  readonly aligned: Uint8Array;
  readonly sizeDependentAt: Int32Array;
  readonly misalignment = new Map<number, Misalignment>();
  // Per node·axis.
  readonly P: Float64Array;
  readonly Q: Float64Array;
  /** lo(0), hi(0); the whole table for u < P lives in `tables` when P > 1. */
  readonly lo0: Float64Array;
  readonly hi0: Float64Array;
  readonly tables = new Map<number, { lo: number[]; hi: number[] }>();
  /** Size per node·axis, NaN when unknown. */
  readonly size: Float64Array;
  /** Sorted ids of upstream SAME layers whose begin pad varies with the unknown input size. */
  readonly shiftKey: string[];
  /** Tap evaluations so far, against `maxSteps`. */
  steps = 0;
  /** The file's time budget (AnalyzeOptions.deadline), for analyses derived from this one. */
  deadline: Deadline | undefined;

  constructor(
    readonly graph: Graph,
    readonly order: readonly number[],
    readonly inputSize: readonly number[] | undefined,
    readonly maxPeriod: number,
    readonly maxSteps: number,
  ) {
    const n = graph.nodes.length;
    const k = n * graph.axes;
    this.status = new Int32Array(n).fill(OK);
    this.global = new Uint8Array(n);
    this.globalAt = new Int32Array(n).fill(-1);
    this.aligned = new Uint8Array(n).fill(1);
    this.sizeDependentAt = new Int32Array(n).fill(-1);
    this.P = new Float64Array(k);
    this.Q = new Float64Array(k);
    this.lo0 = new Float64Array(k);
    this.hi0 = new Float64Array(k);
    this.size = new Float64Array(k).fill(NaN);
    this.shiftKey = new Array<string>(k).fill('');
  }

  /** lo(u) of slot k (node·axes + axis), from its period table. */
  lo(k: number, u: number): number {
    const P = this.P[k]!;
    if (P === 1) return this.lo0[k]! + u * this.Q[k]!;
    const r = ((u % P) + P) % P;
    return this.tables.get(k)!.lo[r]! + ((u - r) / P) * this.Q[k]!;
  }

  hi(k: number, u: number): number {
    const P = this.P[k]!;
    if (P === 1) return this.hi0[k]! + u * this.Q[k]!;
    const r = ((u % P) + P) % P;
    return this.tables.get(k)!.hi[r]! + ((u - r) / P) * this.Q[k]!;
  }
}

/** Throws GraphError for a structurally broken graph; per-node failures go to `errors`. */
export function analyze(graph: Graph, options: AnalyzeOptions = {}): Analysis {
  validateGraph(graph);
  const order = topologicalOrder(graph);
  const inputSize = options.inputSize;
  if (inputSize && inputSize.length !== graph.axes) {
    throw new GraphError('RF003', `input size has ${inputSize.length} values for ${graph.axes} axes`);
  }
  for (const n of inputSize ?? []) {
    if (!Number.isSafeInteger(n) || n < 1) throw new GraphError('RF010', `input size must be integers ≥ 1, got ${n}`);
  }
  const an = new Analysis(graph, order, inputSize, options.maxPeriod ?? DEFAULT_MAX_PERIOD, options.maxSteps ?? DEFAULT_MAX_STEPS);
  an.deadline = options.deadline;
  for (const index of order) {
    options.deadline?.check();
    const node = graph.nodes[index]!;
    let blocked = OK;
    for (const i of node.inputs) if (an.status[i] !== OK && blocked === OK) blocked = an.status[i]!;
    if (blocked !== OK) {
      an.status[index] = blocked;
      continue;
    }
    try {
      step(an, node.op, node.inputs, index);
    } catch (err) {
      const error =
        err instanceof GraphError ? err : err instanceof OverflowError ? new GraphError('RF014', `${node.name}: ${err.message}`, index) : undefined;
      if (!error) throw err;
      an.status[index] = an.errors.push(error) - 1;
    }
  }
  return an;
}

function step(an: Analysis, op: Op, inputs: readonly number[], index: number): void {
  const A = an.graph.axes;
  const name = an.graph.nodes[index]!.name;
  if (op.kind === 'input') {
    for (let a = 0; a < A; a++) {
      const k = index * A + a;
      an.P[k] = 1;
      an.Q[k] = 1;
      an.size[k] = an.inputSize?.[a] ?? NaN;
    }
    return;
  }
  inheritFlags(an, inputs, index);
  if (op.kind === 'global' || inputs.some((i) => an.global[i])) {
    an.global[index] = 1;
    // The first layer on the path that sees everything: a dense layer after a global pool is not it.
    const upstream = inputs.find((i) => an.global[i]);
    an.globalAt[index] = upstream === undefined ? index : an.globalAt[upstream]!;
    return;
  }
  if (op.kind === 'merge') {
    merge(an, inputs, index);
    return;
  }
  const x = inputs[0]!;
  for (let a = 0; a < A; a++) {
    const kx = x * A + a;
    const n = an.size[kx]!;
    const { map, size, varies } = resolveAxis(op, a, Number.isNaN(n) ? undefined : n, an.P[kx]!, name, index);
    const k = index * A + a;
    an.size[k] = size ?? NaN;
    an.shiftKey[k] = varies ? addKey(an.shiftKey[kx]!, index) : an.shiftKey[kx]!;
    propagate(an, map, kx, k, name, index);
  }
}

function inheritFlags(an: Analysis, inputs: readonly number[], index: number): void {
  for (const i of inputs) {
    if (!an.aligned[i]) an.aligned[index] = 0;
    const m = an.misalignment.get(i);
    if (m && !an.misalignment.has(index)) an.misalignment.set(index, m);
    if (an.sizeDependentAt[i] !== -1 && an.sizeDependentAt[index] === -1) an.sizeDependentAt[index] = an.sizeDependentAt[i]!;
  }
}

function addKey(key: string, id: number): string {
  const ids = key ? key.split(',').map(Number) : [];
  if (!ids.includes(id)) ids.push(id);
  return ids.sort((a, b) => a - b).join(',');
}

/** Charges `cost` tap evaluations, or fails the node when the analysis would exceed its budget. */
function spend(an: Analysis, cost: number, name: string, index: number): void {
  if (an.steps + cost > an.maxSteps) {
    throw new GraphError(
      'RF016',
      `${name}: analysing this layer exactly would take ${cost.toExponential(1)} more steps (the limit is ${an.maxSteps.toExponential(0)} per model); check its kernel, stride and the resize factors upstream`,
      index,
    );
  }
  an.steps += cost;
}

function periodTooLong(name: string, index: number, P: number, maxPeriod: number): GraphError {
  return new GraphError(
    'RF013',
    `${name}: the RF repeats only every ${P} positions (more than ${maxPeriod}); rational resize factors multiply periods`,
    index,
  );
}

/** Fills slot k (the op's output) from slot kx (its input) through `map`. */
function propagate(an: Analysis, map: AxisMap, kx: number, k: number, name: string, index: number): void {
  const { p, q } = period(map);
  const Px = an.P[kx]!;
  // Shifting u by P moves the taps by t·q, which must be a multiple of the input's period.
  const t = Px / gcd(Px, q);
  const P = checked(p * t);
  if (P > an.maxPeriod) throw periodTooLong(name, index, P, an.maxPeriod);
  const Q = checked(((t * q) / Px) * an.Q[kx]!);
  an.P[k] = P;
  an.Q[k] = Q;
  if (P === 1 && Px === 1 && map.kind === 'window') {
    // The affine case (no upsampling upstream): lo and hi are monotone in v.
    const first = -map.begin;
    const last = first + map.dilation * (map.kernel - 1);
    const lo = an.lo0[kx]! + first * an.Q[kx]!;
    const hi = an.hi0[kx]! + last * an.Q[kx]!;
    if (lo !== Infinity && !(Number.isSafeInteger(lo) && Number.isSafeInteger(hi))) throw new OverflowError();
    an.lo0[k] = lo;
    an.hi0[k] = hi;
    return;
  }
  spend(an, P * tapCount(map), name, index);
  const lo: number[] = [];
  const hi: number[] = [];
  for (let u = 0; u < P; u++) {
    let min = Infinity;
    let max = -Infinity;
    forEachTap(map, u, (v) => {
      const l = an.lo(kx, v);
      const h = an.hi(kx, v);
      if (l < min) min = l;
      if (h > max) max = h;
    });
    if (min !== Infinity && !(Number.isSafeInteger(min) && Number.isSafeInteger(max))) throw new OverflowError();
    lo.push(min);
    hi.push(max);
  }
  setTable(an, k, lo, hi);
}

function setTable(an: Analysis, k: number, lo: number[], hi: number[]): void {
  an.lo0[k] = lo[0]!;
  an.hi0[k] = hi[0]!;
  if (lo.length > 1) an.tables.set(k, { lo, hi });
}

function merge(an: Analysis, inputs: readonly number[], index: number): void {
  const A = an.graph.axes;
  const nodes = an.graph.nodes;
  const node = nodes[index]!;
  let misaligned: Misalignment | undefined;
  let sizeDependentHere = false;
  for (let a = 0; a < A; a++) {
    const slots = inputs.map((i) => i * A + a);
    const k0 = slots[0]!;
    const k = index * A + a;
    // Equal jumps Q/P, or the RF would grow with the position.
    for (const ki of slots) {
      if (an.Q[ki]! * an.P[k0]! !== an.Q[k0]! * an.P[ki]!) {
        const strides = slots.map((s, i) => `${nodes[inputs[i]!]!.name} stride ${formatJump(an, s)}`).join(', ');
        throw new GraphError('RF012', `${node.name}: merges inputs with different strides on axis ${a} (${strides}); resample one of them first`, index, inputs);
      }
    }
    const size = an.size[k0]!;
    if (!Number.isNaN(size) && slots.some((ki) => an.size[ki] !== size)) {
      const list = slots.map((s, i) => `${nodes[inputs[i]!]!.name} ${an.size[s]}`).join(', ');
      throw new GraphError('RF011', `${node.name}: merges inputs of different sizes on axis ${a} (${list})`, index, inputs);
    }
    an.size[k] = size;
    let key = an.shiftKey[k0]!;
    for (const ki of slots) {
      if (an.shiftKey[ki] !== an.shiftKey[k0]) sizeDependentHere = true;
      for (const id of an.shiftKey[ki] ? an.shiftKey[ki]!.split(',') : []) key = addKey(key, Number(id));
    }
    an.shiftKey[k] = key;
    const P = slots.reduce((acc, ki) => lcm(acc, an.P[ki]!), 1);
    if (P > an.maxPeriod) throw periodTooLong(node.name, index, P, an.maxPeriod);
    spend(an, P * slots.length, node.name, index);
    an.P[k] = P;
    an.Q[k] = checked((P / an.P[k0]!) * an.Q[k0]!);
    const lo: number[] = [];
    const hi: number[] = [];
    for (let u = 0; u < P; u++) {
      let min = Infinity;
      let max = -Infinity;
      let centre: number | undefined;
      let offCentre = false;
      for (const ki of slots) {
        const l = an.lo(ki, u);
        if (l === Infinity) continue;
        const h = an.hi(ki, u);
        // Compare centres as lo + hi: integers, no halves.
        if (centre === undefined) centre = l + h;
        else if (centre !== l + h) offCentre = true;
        if (l < min) min = l;
        if (h > max) max = h;
      }
      if (offCentre && (!misaligned || misaligned.contained)) {
        // Contained: some input alone spans the union.
        const contained = slots.some((ki) => an.lo(ki, u) === min && an.hi(ki, u) === max);
        if (!misaligned || !contained) misaligned = { ...misalignmentAt(an, index, slots, a, u), contained };
      }
      lo.push(min);
      hi.push(max);
    }
    setTable(an, k, lo, hi);
  }
  if (misaligned) {
    an.aligned[index] = 0;
    if (!an.misalignment.has(index)) an.misalignment.set(index, misaligned);
  }
  if (sizeDependentHere && an.sizeDependentAt[index] === -1) an.sizeDependentAt[index] = index;
}

function misalignmentAt(an: Analysis, merge: number, slots: readonly number[], axis: number, u: number): Omit<Misalignment, 'contained'> {
  const centers = slots.map((k) => {
    const lo = an.lo(k, u);
    return lo === Infinity || an.shiftKey[k] ? null : (lo + an.hi(k, u)) / 2;
  });
  return { merge, axis, position: u, centers };
}

function centerAt0(an: Analysis, k: number): number | null {
  return an.lo0[k] === Infinity || an.shiftKey[k] ? null : (an.lo0[k]! + an.hi0[k]!) / 2;
}

function formatJump(an: Analysis, k: number): string {
  const f = frac(an.Q[k]!, an.P[k]!);
  return f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;
}

/** The RF of one node, or the failure that prevents it (summarised on demand: cheap). */
export function tensorRF(an: Analysis, node: number): TensorRF | GraphError {
  if (!(node >= 0 && node < an.status.length)) throw new RangeError(`no node #${node}`);
  const status = an.status[node]!;
  if (status !== OK) return an.errors[status]!;
  const A = an.graph.axes;
  const misalignment = an.misalignment.get(node);
  const flags = {
    aligned: an.aligned[node] === 1,
    ...(misalignment ? { misalignment } : {}),
    ...(an.sizeDependentAt[node] !== -1 ? { sizeDependentAt: an.sizeDependentAt[node]! } : {}),
  };
  if (an.global[node]) {
    return {
      global: true,
      globalAt: an.globalAt[node]!,
      rf: null,
      rfMin: null,
      stride: null,
      start: null,
      center: null,
      ...flags,
      ...(an.inputSize ? { coverage: an.inputSize.map(() => 1) } : {}),
    };
  }
  const rf: number[] = [];
  const rfMin: number[] = [];
  const start: (number | null)[] = [];
  const center: (number | null)[] = [];
  const stride: Fraction[] = [];
  const size: number[] = [];
  const coverage: number[] = [];
  for (let a = 0; a < A; a++) {
    const k = node * A + a;
    let max = 0;
    let min = Infinity;
    for (let u = 0; u < an.P[k]!; u++) {
      const lo = an.lo(k, u);
      const width = lo === Infinity ? 0 : an.hi(k, u) - lo + 1;
      if (width > max) max = width;
      if (width < min) min = width;
    }
    rf.push(max);
    rfMin.push(min);
    const c = centerAt0(an, k);
    start.push(c === null ? null : an.lo0[k]!);
    center.push(c);
    stride.push(frac(an.Q[k]!, an.P[k]!));
    size.push(an.size[k]!);
    if (an.inputSize) coverage.push(coverageOf(an, k, an.inputSize[a]!));
  }
  const sized = an.inputSize !== undefined && size.every((s) => !Number.isNaN(s));
  return { global: false, rf, rfMin, stride, start, center, ...flags, ...(sized ? { size, coverage } : {}) };
}

/**
 * The smallest fraction of [0, n) covered by the RFs of the central positions: one of each
 * phase, the `minimalPeriod` positions centred on floor((size − 1) / 2) (kept inside the map).
 */
function coverageOf(an: Analysis, k: number, n: number): number {
  const size = an.size[k]!;
  const p = minimalPeriod(an, k);
  const centre = Math.floor((size - 1) / 2);
  const first = Math.max(0, Math.min(centre - Math.floor((p - 1) / 2), size - p));
  const last = Math.min(size - 1, first + p - 1);
  let smallest = Infinity;
  for (let u = first; u <= last; u++) smallest = Math.min(smallest, coveredAt(an, k, u, n));
  return smallest;
}

function coveredAt(an: Analysis, k: number, u: number, n: number): number {
  const lo = an.lo(k, u);
  if (lo === Infinity) return 0;
  return Math.max(0, Math.min(an.hi(k, u), n - 1) - Math.max(lo, 0) + 1) / n;
}

/**
 * The smallest p dividing the slot's period P with lo(u + p) = lo(u) + c and hi(u + p) = hi(u)
 * + c for every u: the table may repeat more often than the ops' periods say, and "one position
 * of each phase" must not depend on how the period was found.
 */
export function minimalPeriod(an: Analysis, k: number): number {
  const P = an.P[k]!;
  for (let p = 1; p < P; p++) {
    if (P % p !== 0) continue;
    const shift = an.lo(k, p) - an.lo(k, 0);
    let repeats = true;
    for (let u = 0; u < P && repeats; u++) {
      const lo = an.lo(k, u);
      const loNext = an.lo(k, u + p);
      if (lo === Infinity || loNext === Infinity) repeats = lo === loNext;
      else repeats = loNext - lo === shift && an.hi(k, u + p) - an.hi(k, u) === shift;
    }
    if (repeats) return p;
  }
  return P;
}
