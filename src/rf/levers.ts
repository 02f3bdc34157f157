/**
 * The levers that grow a receptive field, each verified and priced (docs/design.md §7.2): more layers,
 * a wider kernel, more stride, more dilation. Every entry is the changed graph analysed again,
 * at every output position (the smallest RF over positions must reach the target: a minimum is
 * a guarantee everywhere), never a formula's guess; in a DAG a change on a branch that does not
 * bound the hull gains nothing, and a stride in a residual stage breaks its merges: such
 * candidates are dropped by the analysis itself.
 *
 * Where each lever is tried first (the classic derivation, r_n = r_{n−1} + d·(k − 1)·J_{n−1}):
 * - add_layers: 3×3 stride-1 convs (padding 1: the size is kept) after the tensor of the largest
 *   jump J, each adding 2·J: the deepest place is the cheapest per layer;
 * - widen_kernel: the conv whose input has the largest d·J, each +2 of kernel adding 2·d·J (its
 *   padding grows with it, so the size is kept);
 * - dilate: the conv with the largest (k − 1)·J, each +1 of dilation adding (k − 1)·J (padding
 *   likewise); past the kernel size the taps leave holes (gridding);
 * - stride: ×2, ×3, ×4 on a conv or pool; the entry that reaches while keeping the largest
 *   output map wins. Near the output a stride changes little: `reaches` is then false and `rf`
 *   is the best it gives.
 * The price is the changed graph's cost (cost.ts) minus the base's: parameters and MACs added
 * (negative: saved), the output's size after the change, the layers added.
 */
import { type Analysis, analyze, tensorRF } from './analyze.js';
import { networkCost } from './cost.js';
import { type Graph, GraphError, type GraphNode, type Op, type Pad } from './graph.js';

export type LeverName = 'add_layers' | 'widen_kernel' | 'stride' | 'dilate';

export interface LeverCost {
  /** Parameters and MACs the change adds (negative: saves); null where the channels are unknown. */
  readonly params: number | null;
  readonly macs: number | null;
  /** The output's size after the change (null without an input size). */
  readonly outputSize: readonly number[] | null;
  /** Layers added. */
  readonly depth: number;
}

export interface Lever {
  readonly lever: LeverName;
  /**
   * add_layers: `count` 3×3 convs after node `after`, each adding `gainEach` (on the first failing
   * axis); stride: or a max pool of `kernel`/`stride` after node `after`.
   */
  readonly after?: number;
  readonly count?: number;
  readonly gainEach?: number;
  /** widen_kernel: node `layer`'s kernel to `kernel`; dilate: its dilation to `dilation`; stride: its stride to `stride`. */
  readonly layer?: number;
  readonly kernel?: number;
  readonly stride?: number;
  readonly dilation?: number;
  /** The smallest RF over positions after the change, per axis. */
  readonly rf: readonly number[];
  /** Whether it reaches the target on every axis asked for. */
  readonly reaches: boolean;
  readonly cost: LeverCost;
  /** dilate: the dilation exceeds the kernel, so positions inside the RF are reached by no path. */
  readonly gridding?: boolean;
}

const CANDIDATES = 4;
const STRIDE_CANDIDATES = 8;
const STRIDE_FACTORS = [2, 3, 4];
/** Poolings tried after a tensor: 2×2 and 3×3 (padding 1), stride 2, as in classic backbones. */
const POOLS = [
  { kernel: 2, stride: 2 },
  { kernel: 3, stride: 2 },
];
/** More added layers (or a kernel, a dilation this large) is no advice: never built. */
const MAX_ADDED_LAYERS = 1000;
const MAX_KERNEL = 1 << 16;

interface Measured {
  readonly rf: number[];
  readonly size: number[] | null;
  readonly params: number | null;
  readonly macs: number | null;
}

/**
 * One entry per lever that has a candidate for bringing the smallest RF of `output` to `target`
 * on each of `axes` (a lever with no candidate at all, such as widening in a graph with no conv,
 * is left out). Empty when the output is global, broken, or already reaches the target.
 */
export function leverAdvice(base: Analysis, output: number, axes: readonly number[], target: readonly number[]): Lever[] {
  const { graph, inputSize } = base;
  const now = tensorRF(base, output);
  if (now instanceof GraphError || now.rfMin === null) return [];
  const deficit = (rf: readonly number[]) => Math.max(...axes.map((a) => target[a]! - rf[a]!));
  if (deficit(now.rfMin) <= 0) return [];
  const baseCost = networkCost(base);
  const measure = (candidate: Graph): Measured | undefined => {
    const an = analyze(candidate, { ...(inputSize ? { inputSize } : {}), ...(base.deadline ? { deadline: base.deadline } : {}) });
    const t = tensorRF(an, output);
    if (t instanceof GraphError || t.rfMin === null) return undefined;
    const cost = networkCost(an);
    return { rf: [...t.rfMin], size: t.size ? [...t.size] : null, params: cost.params, macs: cost.macs };
  };
  const reaches = (m: Measured) => deficit(m.rf) <= 0;
  const price = (m: Measured, depth: number): LeverCost => ({
    params: m.params === null || baseCost.params === null ? null : m.params - baseCost.params,
    macs: m.macs === null || baseCost.macs === null ? null : m.macs - baseCost.macs,
    outputSize: m.size,
    depth,
  });
  const jump = (node: number, a: number): number | undefined => {
    const k = node * graph.axes + a;
    return base.status[node] !== -1 || base.global[node] ? undefined : base.Q[k]! / base.P[k]!;
  };
  const minJump = (node: number) => Math.min(...axes.map((a) => jump(node, a) ?? 0));
  const ancestors = ancestorsOf(graph, output);
  const convs = ancestors.filter((n) => {
    const op = graph.nodes[n]!.op;
    // The output's own conv too: widening or dilating it grows its RF.
    return op.kind === 'conv' && op.pool === undefined;
  });
  const levers: Lever[] = [];

  // add_layers: deepest first.
  const places = ancestors
    .filter((n) => n !== output && graph.nodes[n]!.op.kind !== 'input' && minJump(n) >= 1)
    .sort((a, b) => minJump(b) - minJump(a) || b - a);
  const tried: Lever[] = [];
  for (const after of places.slice(0, CANDIDATES)) {
    const count = Math.max(...axes.map((a) => Math.ceil((target[a]! - now.rfMin![a]!) / (2 * jump(after, a)!))));
    if (!(count >= 1 && count <= MAX_ADDED_LAYERS)) continue;
    const m = measure(insertConvs(graph, after, count, baseCost.channels[after]!));
    if (!m) continue;
    const entry: Lever = { lever: 'add_layers', after, count, gainEach: 2 * jump(after, axes[0]!)!, rf: m.rf, reaches: reaches(m), cost: price(m, count) };
    if (entry.reaches) {
      levers.push(entry);
      break;
    }
    tried.push(entry);
  }
  if (!levers.some((l) => l.lever === 'add_layers') && tried.length > 0) levers.push(best(tried));

  // widen_kernel: the largest d·J first.
  const widenGain = (n: number, a: number) => {
    const op = graph.nodes[n]!.op as Extract<Op, { kind: 'conv' }>;
    return 2 * op.dilation[a]! * (jump(graph.nodes[n]!.inputs[0]!, a) ?? 0);
  };
  levers.push(...firstReaching(
    convs
      .filter((n) => axes.every((a) => widenGain(n, a) > 0))
      .sort((x, y) => widenGain(y, axes[0]!) - widenGain(x, axes[0]!) || y - x)
      .slice(0, CANDIDATES)
      .flatMap((layer) => {
        const op = graph.nodes[layer]!.op as Extract<Op, { kind: 'conv' }>;
        const steps = Math.max(...axes.map((a) => Math.ceil((target[a]! - now.rfMin![a]!) / widenGain(layer, a))));
        const kernel = Math.max(...axes.map((a) => op.kernel[a]!)) + 2 * steps;
        if (!(kernel <= MAX_KERNEL)) return [];
        const m = measure(withWindow(graph, layer, axes, { kernel }));
        if (!m) return [];
        return [{ lever: 'widen_kernel' as const, layer, kernel, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }];
      }),
  ));

  // stride: near the output first (cheapest in resolution); the reaching entry with the largest map wins.
  const strided: (Lever & { stride: number })[] = ancestors
    .filter((n) => n !== output && graph.nodes[n]!.op.kind === 'conv')
    .sort((x, y) => minJump(y) - minJump(x) || y - x)
    .slice(0, STRIDE_CANDIDATES)
    .flatMap((layer) => {
      const op = graph.nodes[layer]!.op as Extract<Op, { kind: 'conv' }>;
      return STRIDE_FACTORS.flatMap((f) => {
        const stride = Math.max(...axes.map((a) => op.stride[a]!)) * f;
        const m = measure(withWindow(graph, layer, axes, { stride }));
        return m ? [{ lever: 'stride' as const, layer, stride, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }] : [];
      });
    });
  // Or a pooling after a tensor: on a residual network's trunk (after a merge) a stride inside a
  // block would break the merge, a pool between blocks does not.
  const pooled = places.slice(0, STRIDE_CANDIDATES).flatMap((after) =>
    POOLS.flatMap(({ kernel, stride }) => {
      const m = measure(insertPool(graph, after, kernel, stride));
      return m ? [{ lever: 'stride' as const, after, kernel, stride, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }] : [];
    }),
  );
  strided.push(...pooled);
  const reachingStrides = strided.filter((l) => l.reaches).sort((x, y) => area(y.cost.outputSize) - area(x.cost.outputSize) || x.stride - y.stride);
  if (reachingStrides.length > 0) levers.push(reachingStrides[0]!);
  else if (strided.length > 0) levers.push(best(strided));

  // dilate: the largest (k − 1)·J first.
  const dilateGain = (n: number, a: number) => {
    const op = graph.nodes[n]!.op as Extract<Op, { kind: 'conv' }>;
    return (op.kernel[a]! - 1) * (jump(graph.nodes[n]!.inputs[0]!, a) ?? 0);
  };
  levers.push(...firstReaching(
    convs
      .filter((n) => axes.every((a) => dilateGain(n, a) > 0))
      .sort((x, y) => dilateGain(y, axes[0]!) - dilateGain(x, axes[0]!) || y - x)
      .slice(0, CANDIDATES)
      .flatMap((layer) => {
        const op = graph.nodes[layer]!.op as Extract<Op, { kind: 'conv' }>;
        const dilation = Math.max(...axes.map((a) => op.dilation[a]! + Math.ceil((target[a]! - now.rfMin![a]!) / dilateGain(layer, a))));
        if (!(dilation <= MAX_KERNEL)) return [];
        const m = measure(withWindow(graph, layer, axes, { dilation }));
        if (!m) return [];
        const gridding = axes.some((a) => dilation > op.kernel[a]!);
        return [{ lever: 'dilate' as const, layer, dilation, rf: m.rf, reaches: reaches(m), cost: price(m, 0), ...(gridding ? { gridding } : {}) }];
      }),
  ));
  return levers;
}

/** The first entry that reaches, else the best of them (the largest smallest-RF). */
function firstReaching(entries: readonly Lever[]): Lever[] {
  const hit = entries.find((e) => e.reaches);
  return hit ? [hit] : entries.length > 0 ? [best(entries)] : [];
}

function best(entries: readonly Lever[]): Lever {
  const score = (l: Lever) => Math.min(...l.rf);
  return entries.reduce((a, b) => (score(b) > score(a) ? b : a));
}

function area(size: readonly number[] | null): number {
  return size ? size.reduce((a, b) => a * b, 1) : 0;
}

export function ancestorsOf(graph: Graph, node: number): number[] {
  const seen = new Uint8Array(graph.nodes.length);
  const stack = [node];
  const out: number[] = [];
  seen[node] = 1;
  while (stack.length) {
    const v = stack.pop()!;
    out.push(v);
    for (const i of graph.nodes[v]!.inputs) {
      if (!seen[i]) {
        seen[i] = 1;
        stack.push(i);
      }
    }
  }
  return out;
}

/**
 * The graph with `count` 3×3 stride-1 convs, padding 1, after `after`, its consumers rewired;
 * each with `channels` in and out (NaN: unknown, so unpriced) and no bias (a norm follows).
 */
export function insertConvs(graph: Graph, after: number, count: number, channels = NaN): Graph {
  const A = graph.axes;
  const op: Op = {
    kind: 'conv',
    kernel: Array(A).fill(3),
    stride: Array(A).fill(1),
    dilation: Array(A).fill(1),
    pad: Array.from({ length: A }, () => ({ begin: 1, end: 1 })),
  };
  const n = graph.nodes.length;
  const priced = Number.isFinite(channels) ? { channels } : {};
  const added: GraphNode[] = Array.from({ length: count }, (_, i) => ({ name: `+conv${i}`, op, inputs: [i === 0 ? after : n + i - 1], ...priced }));
  const last = n + count - 1;
  const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? last : i)) }));
  return { axes: A, nodes: [...nodes, ...added] };
}

/** The graph with a max pool (kernel k, stride s; padding 1 for k = 3) after `after`, its consumers rewired. */
export function insertPool(graph: Graph, after: number, kernel: number, stride: number): Graph {
  const A = graph.axes;
  const pad = Math.floor((kernel - 1) / 2);
  const op: Op = { kind: 'conv', pool: 'max', kernel: Array(A).fill(kernel), stride: Array(A).fill(stride), dilation: Array(A).fill(1), pad: Array.from({ length: A }, () => ({ begin: pad, end: pad })) };
  const n = graph.nodes.length;
  const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? n : i)) }));
  return { axes: A, nodes: [...nodes, { name: '+pool', op, inputs: [after] }] };
}

/**
 * The graph with node `target`'s kernel, stride or dilation changed on `axes`. A wider kernel or
 * a larger dilation gets the padding that keeps the output's size (the extent's growth split,
 * the extra pixel at the end); weights a format stated (ONNX) scale with the kernel's taps.
 */
export function withWindow(graph: Graph, target: number, axes: readonly number[], change: { kernel?: number; stride?: number; dilation?: number }): Graph {
  const nodes = graph.nodes.map((node, i) => {
    if (i !== target || node.op.kind !== 'conv') return node;
    const op = node.op;
    const kernel = [...op.kernel];
    const stride = [...op.stride];
    const dilation = [...op.dilation];
    const pad: Pad[] = [...op.pad];
    for (const a of axes) {
      const extentBefore = dilation[a]! * (kernel[a]! - 1);
      if (change.kernel !== undefined) kernel[a] = change.kernel;
      if (change.stride !== undefined) stride[a] = change.stride;
      if (change.dilation !== undefined) dilation[a] = change.dilation;
      const grow = dilation[a]! * (kernel[a]! - 1) - extentBefore;
      const p = pad[a]!;
      if ('begin' in p && grow > 0) pad[a] = { begin: p.begin + Math.floor(grow / 2), end: p.end + Math.ceil(grow / 2) };
    }
    const taps = (k: readonly number[]) => k.reduce((x, y) => x * y, 1);
    const params = node.params ? { params: { ...node.params, weights: (node.params.weights / taps(op.kernel)) * taps(kernel) } } : {};
    return { ...node, op: { ...op, kernel, stride, dilation, pad }, ...params };
  });
  return { axes: graph.axes, nodes };
}
