/**
 * Exact receptive fields of every tensor of a graph, in one forward pass in topological order.
 *
 * For each tensor and axis we keep lo(u) and hi(u), the hull of the input positions that can
 * reach position u, over one period of u: lo(u + P) = lo(u) + Q (P = 1 for a net without
 * upsampling, where lo is affine). A tensor's hull is the hull of its taps' hulls, and the hull
 * of a union is the hull of the hulls, so this forward pass is exact for every op, even where a
 * backward walk of intervals is not (a transposed conv with holes). It costs O(P · taps) per
 * node and axis: linear in the graph, and it never enumerates paths.
 */
import { type Fraction, OverflowError, checked, frac, gcd, lcm } from './fraction.js';
import { type Graph, GraphError, type Op, topologicalOrder, validateGraph } from './graph.js';
import { type AxisMap, forEachTap, period } from './window.js';

export interface AnalyzeOptions {
  /** Spatial size of the network input, one entry per axis; enables shapes and coverage. */
  readonly inputSize?: readonly number[];
  /** Largest period P kept per tensor (rational resize factors multiply periods). */
  readonly maxPeriod?: number;
}

/** Where two merged paths see the input with different centres: the RF is lopsided. */
export interface Misalignment {
  readonly merge: number;
  /** Centre of output 0's RF through each input of the merge, per axis (null: unknown). */
  readonly centers: readonly (readonly (number | null)[])[];
}

/** The receptive field of one tensor (DESIGN §3 and §6). Per-axis arrays in model axis order. */
export interface TensorRF {
  /** True when every position sees the whole input (global pool, dense, attention). */
  readonly global: boolean;
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
  /** Per axis: the fraction of the input that the RF of the central position covers. */
  readonly coverage?: readonly number[];
}

export interface Analysis {
  readonly graph: Graph;
  readonly order: readonly number[];
  /** Per node: its RF, or the index in `errors` of the failure that prevents it. */
  readonly tensors: readonly (TensorRF | number)[];
  /** Failures of single nodes (a size ≤ 0, a merge of different strides…), each reported once. */
  readonly errors: readonly GraphError[];
}

const DEFAULT_MAX_PERIOD = 1 << 16;

interface AxisState {
  readonly P: number;
  readonly Q: number;
  readonly lo: Float64Array; // +Infinity where position u sees nothing
  readonly hi: Float64Array;
  /** Sorted ids of upstream SAME layers whose begin pad varies with the (unknown) input size. */
  readonly shiftKey: string;
  readonly size?: number;
}

interface State {
  readonly global: boolean;
  readonly axes: readonly AxisState[];
  readonly aligned: boolean;
  readonly misalignment?: Misalignment;
  readonly sizeDependentAt?: number;
}

/** Throws GraphError for a structurally broken graph; per-node failures go to `errors`. */
export function analyze(graph: Graph, options: AnalyzeOptions = {}): Analysis {
  validateGraph(graph);
  const order = topologicalOrder(graph);
  const inputSize = options.inputSize;
  if (inputSize && inputSize.length !== graph.axes) {
    throw new GraphError('RF003', `input size has ${inputSize.length} values for ${graph.axes} axes`);
  }
  if (inputSize) {
    for (const n of inputSize) {
      if (!Number.isSafeInteger(n) || n < 1) throw new GraphError('RF010', `input size must be integers ≥ 1, got ${n}`);
    }
  }
  const maxPeriod = options.maxPeriod ?? DEFAULT_MAX_PERIOD;
  const states: (State | number)[] = new Array(graph.nodes.length);
  const errors: GraphError[] = [];
  for (const index of order) {
    const node = graph.nodes[index]!;
    const blocked = node.inputs.map((i) => states[i]!).find((s) => typeof s === 'number');
    if (blocked !== undefined) {
      states[index] = blocked;
      continue;
    }
    const inputs = node.inputs.map((i) => states[i] as State);
    try {
      states[index] = step(node.op, inputs, index, graph, inputSize, maxPeriod);
    } catch (err) {
      const error =
        err instanceof GraphError
          ? err
          : err instanceof OverflowError
            ? new GraphError('RF014', `${node.name}: ${err.message}`, index)
            : undefined;
      if (!error) throw err;
      states[index] = errors.push(error) - 1;
    }
  }
  const tensors = states.map((s) => (typeof s === 'number' ? s : summarize(s, inputSize)));
  return { graph, order, tensors, errors };
}

/** The RF of one node, or the failure that prevents it. */
export function tensorRF(analysis: Analysis, node: number): TensorRF | GraphError {
  const t = analysis.tensors[node]!;
  return typeof t === 'number' ? analysis.errors[t]! : t;
}

function step(
  op: Op,
  inputs: readonly State[],
  index: number,
  graph: Graph,
  inputSize: readonly number[] | undefined,
  maxPeriod: number,
): State {
  const name = graph.nodes[index]!.name;
  if (op.kind === 'input') {
    const axes = Array.from({ length: graph.axes }, (_, a): AxisState => ({
      P: 1,
      Q: 1,
      lo: Float64Array.of(0),
      hi: Float64Array.of(0),
      shiftKey: '',
      ...(inputSize ? { size: inputSize[a]! } : {}),
    }));
    return { global: false, axes, aligned: true };
  }
  if (op.kind === 'global' || inputs.some((s) => s.global)) {
    return { global: true, axes: [], aligned: inputs.every((s) => s.aligned), ...inheritFlags(inputs) };
  }
  if (op.kind === 'merge') return merge(inputs, index, graph, maxPeriod);
  const x = inputs[0]!;
  const axes = x.axes.map((ax, a) => {
    const { map, size, varies } = resolve(op, a, ax, name, index);
    return propagate(map, ax, size, varies ? addKey(ax.shiftKey, index) : ax.shiftKey, name, index, maxPeriod);
  });
  return { global: false, axes, aligned: x.aligned, ...inheritFlags(inputs) };
}

function inheritFlags(inputs: readonly State[]): Pick<State, 'misalignment' | 'sizeDependentAt'> {
  const misalignment = inputs.find((s) => s.misalignment)?.misalignment;
  const sizeDependentAt = inputs.find((s) => s.sizeDependentAt !== undefined)?.sizeDependentAt;
  return { ...(misalignment ? { misalignment } : {}), ...(sizeDependentAt !== undefined ? { sizeDependentAt } : {}) };
}

function addKey(key: string, id: number): string {
  const ids = key ? key.split(',').map(Number) : [];
  if (!ids.includes(id)) ids.push(id);
  return ids.sort((a, b) => a - b).join(',');
}

/**
 * The axis map of `op` on axis `a` with its pads resolved, and the output size when the input
 * size is known. `varies`: a SAME begin pad that depends on the unknown input size.
 */
function resolve(
  op: Exclude<Op, { kind: 'input' | 'global' | 'merge' }>,
  a: number,
  x: AxisState,
  name: string,
  index: number,
): { map: AxisMap; size: number | undefined; varies: boolean } {
  const n = x.size;
  const sizeError = (out: number): never => {
    throw new GraphError('RF010', `${name}: the output size on axis ${a} would be ${out} (input size ${n}); the input is too small for this layer`, index);
  };
  switch (op.kind) {
    case 'pointwise':
      return { map: { kind: 'identity', offset: 0 }, size: n, varies: false };
    case 'pad': {
      const begin = op.begin[a]!;
      const size = n === undefined ? undefined : n + begin + op.end[a]!;
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'identity', offset: begin }, size, varies: false };
    }
    case 'conv': {
      const k = op.kernel[a]!;
      const s = op.stride[a]!;
      const d = op.dilation[a]!;
      const extent = d * (k - 1) + 1;
      const pad = op.pad[a]!;
      let begin: number;
      let varies = false;
      let size: number | undefined;
      if ('same' in pad) {
        // TF/ONNX SAME: out = ceil(n / s), total pad = max((out − 1)·s + extent − n, 0); the extra
        // pixel goes at the end (upper) or the start (lower). It depends on n mod s.
        const beginFor = (total: number): number => (pad.same === 'upper' ? Math.floor(total / 2) : Math.ceil(total / 2));
        if (n !== undefined) {
          size = Math.ceil(n / s);
          begin = beginFor(Math.max((size - 1) * s + extent - n, 0));
        } else {
          // n = s·m − r for r in 0..s−1 gives total = max(extent − s + r, 0).
          const begins = Array.from({ length: s }, (_, r) => beginFor(Math.max(extent - s + r, 0)));
          begin = begins[0]!;
          varies = begins.some((b) => b !== begin);
          if (varies && x.P > 1) {
            throw new GraphError(
              'RF015',
              `${name}: after upsampling, the RF through this SAME-padded stride-${s} layer depends on the input size; set the input size`,
              index,
            );
          }
        }
      } else {
        begin = pad.begin;
        if (n !== undefined) {
          const span = n + pad.begin + pad.end - extent;
          if (span < 0) sizeError(Math.floor(span / s) + 1);
          size = Math.floor(span / s) + 1;
          if (op.ceilMode) {
            size = Math.ceil(span / s) + 1;
            // PyTorch/ONNX: the last window must start inside the input or the begin padding.
            if ((size - 1) * s >= n + pad.begin) size--;
          }
        }
      }
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'window', kernel: k, stride: s, dilation: d, begin }, size, varies };
    }
    case 'deconv': {
      const k = op.kernel[a]!;
      const s = op.stride[a]!;
      const d = op.dilation[a]!;
      const pad = op.pad[a]!;
      const size = n === undefined ? undefined : (n - 1) * s - pad.begin - pad.end + d * (k - 1) + 1 + op.outputPadding[a]!;
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'transposed', kernel: k, stride: s, dilation: d, begin: pad.begin }, size, varies: false };
    }
    case 'space_to_depth': {
      const b = op.block[a]!;
      if (n !== undefined && n % b !== 0) {
        throw new GraphError('RF010', `${name}: space-to-depth needs a size divisible by ${b} on axis ${a}, got ${n}`, index);
      }
      return { map: { kind: 'block', block: b }, size: n === undefined ? undefined : n / b, varies: false };
    }
    case 'depth_to_space': {
      const b = op.block[a]!;
      return { map: { kind: 'spread', block: b }, size: n === undefined ? undefined : n * b, varies: false };
    }
    case 'resize': {
      let scale = op.scale[a]!;
      const size = op.size?.[a] ?? (n === undefined ? undefined : Math.floor((n * scale.num) / scale.den));
      if (size !== undefined && size <= 0) sizeError(size);
      let halfIn = false;
      let halfOut = false;
      switch (op.coordinates) {
        case 'asymmetric':
          break;
        case 'half_pixel':
        case 'pytorch_half_pixel':
          halfIn = halfOut = true;
          break;
        case 'tf_half_pixel_for_nn':
          halfIn = true;
          break;
        case 'align_corners':
          if (n === undefined || size === undefined) {
            throw new GraphError('RF015', `${name}: align_corners resizing maps positions by the input size; set the input size`, index);
          }
          // x = u·(n − 1)/(size − 1). With one input pixel every output reads it.
          if (n === 1) return { map: { kind: 'spread', block: size }, size, varies: false };
          if (size > 1) scale = frac(size - 1, n - 1);
          break;
      }
      // An output of size 1 reads x = 0 (pytorch_half_pixel, align_corners): position 0 → 0.
      if (size === 1 && (op.coordinates === 'pytorch_half_pixel' || op.coordinates === 'align_corners')) {
        return { map: { kind: 'identity', offset: 0 }, size, varies: false };
      }
      return {
        map: { kind: 'resize', num: scale.num, den: scale.den, halfIn, halfOut, taps: op.mode, rounding: op.rounding },
        size,
        varies: false,
      };
    }
  }
}

function propagate(
  map: AxisMap,
  x: AxisState,
  size: number | undefined,
  shiftKey: string,
  name: string,
  index: number,
  maxPeriod: number,
): AxisState {
  const { p, q } = period(map);
  // Shifting u by P moves the taps by t·q, which must be a multiple of the input's period.
  const t = x.P / gcd(x.P, q);
  const P = checked(p * t);
  if (P > maxPeriod) {
    throw new GraphError('RF013', `${name}: the RF repeats only every ${P} positions (more than ${maxPeriod}); rational resize factors multiply periods`, index);
  }
  const Q = checked(((t * q) / x.P) * x.Q);
  const lo = new Float64Array(P);
  const hi = new Float64Array(P);
  for (let u = 0; u < P; u++) {
    let min = Infinity;
    let max = -Infinity;
    forEachTap(map, u, (v) => {
      const r = ((v % x.P) + x.P) % x.P;
      const shift = ((v - r) / x.P) * x.Q;
      const l = x.lo[r]! + shift;
      const h = x.hi[r]! + shift;
      if (l < min) min = l;
      if (h > max) max = h;
    });
    if (min !== Infinity && !(Number.isSafeInteger(min) && Number.isSafeInteger(max))) throw new OverflowError();
    lo[u] = min;
    hi[u] = max;
  }
  return { P, Q, lo, hi, shiftKey, ...(size !== undefined ? { size } : {}) };
}

function merge(inputs: readonly State[], index: number, graph: Graph, maxPeriod: number): State {
  const node = graph.nodes[index]!;
  const names = node.inputs.map((i) => graph.nodes[i]!.name);
  let misalignedHere = false;
  let sizeDependentHere = false;
  const axes = inputs[0]!.axes.map((first, a): AxisState => {
    const all = inputs.map((s) => s.axes[a]!);
    // Equal jumps Q/P, or the RF would grow with the position.
    for (const other of all.slice(1)) {
      if (other.Q * first.P !== first.Q * other.P) {
        const strides = all.map((s, i) => `${names[i]} ${formatJump(s)}`).join(', ');
        throw new GraphError('RF012', `${node.name}: merges inputs with different strides on axis ${a} (${strides}); resample one of them first`, index, node.inputs.slice(1));
      }
    }
    const sizes = all.map((s) => s.size);
    if (sizes[0] !== undefined && sizes.some((s) => s !== sizes[0])) {
      const list = all.map((s, i) => `${names[i]} ${s.size}`).join(', ');
      throw new GraphError('RF011', `${node.name}: merges inputs of different sizes on axis ${a} (${list})`, index, node.inputs.slice(1));
    }
    if (all.some((s) => s.shiftKey !== first.shiftKey)) sizeDependentHere = true;
    const P = all.reduce((acc, s) => lcm(acc, s.P), 1);
    if (P > maxPeriod) throw new GraphError('RF013', `${node.name}: the RF repeats only every ${P} positions (more than ${maxPeriod})`, index);
    const Q = checked((P / first.P) * first.Q);
    const lo = new Float64Array(P).fill(Infinity);
    const hi = new Float64Array(P).fill(-Infinity);
    for (let u = 0; u < P; u++) {
      let centre: number | undefined;
      for (const s of all) {
        const r = u % s.P;
        const shift = ((u - r) / s.P) * s.Q;
        const l = s.lo[r]! + shift;
        const h = s.hi[r]! + shift;
        if (l === Infinity) continue;
        if (centre === undefined) centre = l + h;
        else if (centre !== l + h) misalignedHere = true;
        if (l < lo[u]!) lo[u] = l;
        if (h > hi[u]!) hi[u] = h;
      }
    }
    let shiftKey = first.shiftKey;
    for (const s of all) for (const id of s.shiftKey ? s.shiftKey.split(',') : []) shiftKey = addKey(shiftKey, Number(id));
    return { P, Q, lo, hi, shiftKey, ...(first.size !== undefined ? { size: first.size } : {}) };
  });
  const inherited = inheritFlags(inputs);
  const misalignment =
    inherited.misalignment ??
    (misalignedHere
      ? { merge: index, centers: inputs.map((s) => s.axes.map((ax) => (ax.lo[0] === Infinity || ax.shiftKey ? null : (ax.lo[0]! + ax.hi[0]!) / 2))) }
      : undefined);
  const sizeDependentAt = inherited.sizeDependentAt ?? (sizeDependentHere ? index : undefined);
  return {
    global: false,
    axes,
    aligned: !misalignedHere && inputs.every((s) => s.aligned),
    ...(misalignment ? { misalignment } : {}),
    ...(sizeDependentAt !== undefined ? { sizeDependentAt } : {}),
  };
}

function formatJump(s: AxisState): string {
  const f = frac(s.Q, s.P);
  return f.den === 1 ? `stride ${f.num}` : `stride ${f.num}/${f.den}`;
}

function summarize(state: State, inputSize: readonly number[] | undefined): TensorRF {
  const base = {
    aligned: state.aligned,
    ...(state.misalignment ? { misalignment: state.misalignment } : {}),
    ...(state.sizeDependentAt !== undefined ? { sizeDependentAt: state.sizeDependentAt } : {}),
  };
  if (state.global) {
    return { global: true, rf: null, rfMin: null, stride: null, start: null, center: null, ...base, ...(inputSize ? { coverage: inputSize.map(() => 1) } : {}) };
  }
  const rf: number[] = [];
  const rfMin: number[] = [];
  const start: (number | null)[] = [];
  const center: (number | null)[] = [];
  for (const ax of state.axes) {
    let max = 0;
    let min = Infinity;
    for (let u = 0; u < ax.P; u++) {
      const width = ax.lo[u] === Infinity ? 0 : ax.hi[u]! - ax.lo[u]! + 1;
      if (width > max) max = width;
      if (width < min) min = width;
    }
    rf.push(max);
    rfMin.push(min);
    const known = ax.shiftKey === '' && ax.lo[0] !== Infinity;
    start.push(known ? ax.lo[0]! : null);
    center.push(known ? (ax.lo[0]! + ax.hi[0]!) / 2 : null);
  }
  const size = state.axes.every((ax) => ax.size !== undefined) && inputSize ? state.axes.map((ax) => ax.size!) : undefined;
  return {
    global: false,
    rf,
    rfMin,
    stride: state.axes.map((ax) => frac(ax.Q, ax.P)),
    start,
    center,
    ...base,
    ...(size ? { size, coverage: state.axes.map((ax, a) => coverage(ax, inputSize![a]!)) } : {}),
  };
}

/** The fraction of [0, n) covered by the RF of the central position floor((size − 1) / 2). */
function coverage(ax: AxisState, n: number): number {
  const u = Math.floor((ax.size! - 1) / 2);
  const r = ((u % ax.P) + ax.P) % ax.P;
  const shift = ((u - r) / ax.P) * ax.Q;
  const lo = ax.lo[r]! + shift;
  const hi = ax.hi[r]! + shift;
  if (lo === Infinity) return 0;
  return Math.max(0, Math.min(hi, n - 1) - Math.max(lo, 0) + 1) / n;
}
