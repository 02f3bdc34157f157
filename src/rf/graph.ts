/**
 * The graph IR every loader produces and the engine analyses. Nodes refer to their inputs by
 * index, so a graph can be built in any order; `topologicalOrder` finds cycles and dangling
 * inputs. Geometry is per spatial axis (1-D, 2-D or 3-D), in the model's axis order.
 */
import type { Fraction } from './fraction.js';

/** Explicit begin/end padding, or TF/ONNX SAME whose begin pad depends on the input size. */
export type Pad = { readonly begin: number; readonly end: number } | { readonly same: 'upper' | 'lower' };

/** How a resize maps an output coordinate u to an input coordinate x (ONNX names). */
export type CoordinateMode =
  | 'asymmetric' // x = u / f (PyTorch `nearest`)
  | 'half_pixel' // x = (u + 1/2) / f - 1/2 (PyTorch bilinear, align_corners=False)
  | 'pytorch_half_pixel' // the same, except that an output of size 1 reads x = 0
  | 'tf_half_pixel_for_nn' // x = (u + 1/2) / f (PyTorch `nearest-exact` is half_pixel + floor)
  | 'align_corners'; // x = u * (in - 1) / (out - 1): needs the sizes

export type NearestRounding = 'floor' | 'ceil' | 'round_prefer_floor' | 'round_prefer_ceil';

export type Op =
  | { readonly kind: 'input' }
  /** Convolution (plain, grouped, depthwise) and pooling: output u reads s·u − p + d·j, j < k. */
  | {
      readonly kind: 'conv';
      readonly pool?: 'max' | 'avg' | 'lp';
      readonly kernel: readonly number[];
      readonly stride: readonly number[];
      readonly dilation: readonly number[];
      readonly pad: readonly Pad[];
      /** Pools: PyTorch/ONNX ceil_mode changes the output size, not the index map. */
      readonly ceilMode?: boolean;
    }
  /** Transposed convolution: input i writes to outputs s·i − p + d·j, j < k. */
  | {
      readonly kind: 'deconv';
      readonly kernel: readonly number[];
      readonly stride: readonly number[];
      readonly dilation: readonly number[];
      readonly pad: readonly { readonly begin: number; readonly end: number }[];
      readonly outputPadding: readonly number[];
    }
  /**
   * Upsampling (or any resize): `scale` is output size / input size per axis. `linear` reads
   * the inputs within distance < 1 of x, `cubic` those within < 2 (weights vanish at integer
   * distances), `nearest` one input chosen by `rounding`.
   */
  | {
      readonly kind: 'resize';
      readonly scale: readonly Fraction[];
      readonly mode: 'nearest' | 'linear' | 'cubic';
      readonly rounding: NearestRounding;
      readonly coordinates: CoordinateMode;
      /** Output size when the model fixes it (ONNX `sizes`); otherwise floor(in · scale). */
      readonly size?: readonly number[];
    }
  /** Constant/reflect/edge padding (positive) or cropping (negative), per side. */
  | { readonly kind: 'pad'; readonly begin: readonly number[]; readonly end: readonly number[] }
  | { readonly kind: 'space_to_depth'; readonly block: readonly number[] }
  | { readonly kind: 'depth_to_space'; readonly block: readonly number[] }
  /** Activations, norms, dropout, 1×1 convs, channel ops: output u reads input u. */
  | { readonly kind: 'pointwise' }
  /**
   * Global pooling, dense, flatten, attention: every output reads the whole input. `reason` says
   * what the layer is (`GlobalAveragePool`, `attention (C2PSA)`), so a global RF is never
   * reported without the layer that made it so.
   */
  | { readonly kind: 'global'; readonly reason?: string }
  /** Add, mul, concat (channels), max…: output u reads u of every input; sizes must match. */
  | { readonly kind: 'merge'; readonly merge: string };

export type OpKind = Op['kind'];

export interface GraphNode {
  /** Unique within the graph; how diagnostics and outputs name it. */
  readonly name: string;
  readonly op: Op;
  /** Indexes into `Graph.nodes`. */
  readonly inputs: readonly number[];
  /**
   * Cost (cost.ts), where the format knows it; none of these changes the geometry. `channels`:
   * the output channels (a conv's filters, an input's channels); `groups`: a grouped or
   * depthwise conv's groups (default 1); `bias`: whether the layer adds one per output channel.
   */
  readonly channels?: number;
  readonly groups?: number;
  readonly bias?: boolean;
  /** Learned parameters the format states outright (ONNX weight shapes): used as they are. */
  readonly params?: { readonly weights: number; readonly bias: number };
}

export interface Graph {
  /** Number of spatial axes: 1, 2 or 3. */
  readonly axes: number;
  readonly nodes: readonly GraphNode[];
}

/** A problem with a graph or its analysis, tied to a node so a loader can give its position. */
export class GraphError extends Error {
  constructor(
    /** Stable code: RF0xx (see README, "Diagnostic codes"). */
    readonly code: string,
    message: string,
    /** Index of the node at fault, when there is one. */
    readonly node?: number,
    /** Other nodes involved (the rest of a cycle, the other inputs of a merge). */
    readonly related: readonly number[] = [],
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

const MAX_AXES = 3;

/** Checks each op's parameters (lengths per axis, ranges) before any analysis. */
export function validateGraph(graph: Graph): void {
  if (validGraphs.has(graph)) return;
  if (!Number.isInteger(graph.axes) || graph.axes < 1 || graph.axes > MAX_AXES) {
    throw new GraphError('RF003', `a model has 1 to ${MAX_AXES} spatial axes, got ${graph.axes}`);
  }
  // Instances of a repeated block share their op objects: each is checked once per axis count.
  const validOps = new Set<Op>();
  graph.nodes.forEach((node, index) => {
    validateInputs(graph, node, index);
    if (validOps.has(node.op)) return;
    validateOp(graph, node, index);
    validOps.add(node.op);
  });
  validGraphs.add(graph);
}

/**
 * A graph is immutable once built (its types are readonly), and the loader and the engine both
 * validate and order it: the second time is free. Keyed by identity, so a new graph is new work.
 */
const validGraphs = new WeakSet<Graph>();
const orders = new WeakMap<Graph, readonly number[]>();

/** What depends on the node and not only on its op: its inputs. */
function validateInputs(graph: Graph, node: GraphNode, index: number): void {
  for (const input of node.inputs) {
    if (!Number.isInteger(input) || input < 0 || input >= graph.nodes.length) fail(node, index, `input #${input} does not exist`, 'RF002');
  }
  const { kind } = node.op;
  if (kind === 'input') {
    if (node.inputs.length > 0) fail(node, index, 'an input node takes no inputs');
    return;
  }
  if (node.inputs.length === 0) fail(node, index, `a ${kind} node needs at least one input`, 'RF002');
  if (kind !== 'merge' && node.inputs.length > 1) fail(node, index, `a ${kind} node takes one input, got ${node.inputs.length}`);
}

/** The op's own parameters (its first node names it in the message). */
function validateOp(graph: Graph, node: GraphNode, index: number): void {
  const op = node.op;
  const check = (what: string, values: readonly number[], min: number): void => {
    checkLength(graph, node, index, what, values);
    checkIntegers(node, index, what, values, min);
  };
  switch (op.kind) {
    case 'conv':
      check('kernel', op.kernel, 1);
      check('stride', op.stride, 1);
      check('dilation', op.dilation, 1);
      checkLength(graph, node, index, 'padding', op.pad);
      for (const p of op.pad) if ('begin' in p) checkIntegers(node, index, 'padding', [p.begin, p.end], -Infinity);
      return;
    case 'deconv':
      check('kernel', op.kernel, 1);
      check('stride', op.stride, 1);
      check('dilation', op.dilation, 1);
      checkLength(graph, node, index, 'padding', op.pad);
      check('output_padding', op.outputPadding, 0);
      return;
    case 'resize':
      checkLength(graph, node, index, 'scale', op.scale);
      for (const f of op.scale) if (!(f.num > 0 && f.den > 0)) fail(node, index, `scale must be > 0, got ${f.num}/${f.den}`);
      if (op.size) check('size', op.size, 1);
      return;
    case 'pad':
      check('pad begin', op.begin, -Infinity);
      check('pad end', op.end, -Infinity);
      return;
    case 'space_to_depth':
    case 'depth_to_space':
      check('block', op.block, 1);
      return;
    default:
      return;
  }
}

function fail(node: GraphNode, index: number, message: string, code = 'RF004'): never {
  throw new GraphError(code, `${node.name}: ${message}`, index);
}

function checkLength(graph: Graph, node: GraphNode, index: number, what: string, values: readonly unknown[]): void {
  if (values.length !== graph.axes) fail(node, index, `${what} has ${values.length} values for ${graph.axes} axes`, 'RF003');
}

/** Integers ≥ min (−Infinity: any integer). */
function checkIntegers(node: GraphNode, index: number, what: string, values: readonly number[], min: number): void {
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < min) fail(node, index, min === -Infinity ? `${what} must be an integer, got ${v}` : `${what} must be an integer ≥ ${min}, got ${v}`);
  }
}

/**
 * Kahn's algorithm: iterative, so a 10^6-node chain cannot overflow the stack. Throws RF001
 * naming the nodes of a cycle, RF002 for an input that does not exist.
 */
export function topologicalOrder(graph: Graph): readonly number[] {
  let order = orders.get(graph);
  if (!order) orders.set(graph, (order = kahn(graph)));
  return order;
}

function kahn(graph: Graph): number[] {
  const n = graph.nodes.length;
  const indegree = new Int32Array(n);
  const consumerCount = new Int32Array(n + 1);
  graph.nodes.forEach((node, index) => {
    for (const input of node.inputs) {
      if (!Number.isInteger(input) || input < 0 || input >= n) {
        throw new GraphError('RF002', `${node.name}: input #${input} does not exist`, index);
      }
      indegree[index]!++;
      consumerCount[input + 1]!++;
    }
  });
  // Consumers in CSR form: offsets[i]..offsets[i+1] in `consumers`.
  for (let i = 0; i < n; i++) consumerCount[i + 1]! += consumerCount[i]!;
  const consumers = new Int32Array(consumerCount[n]!);
  const fill = consumerCount.slice(0, n);
  graph.nodes.forEach((node, index) => {
    for (const input of node.inputs) consumers[fill[input]!++] = index;
  });
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    const v = order[head]!;
    for (let e = consumerCount[v]!; e < consumerCount[v + 1]!; e++) {
      const c = consumers[e]!;
      if (--indegree[c]! === 0) order.push(c);
    }
  }
  if (order.length < n) {
    const cycle = findCycle(graph, indegree);
    throw new GraphError(
      'RF001',
      `the graph has a cycle: ${cycle.map((i) => graph.nodes[i]!.name).join(' → ')}`,
      cycle[0],
      cycle.slice(1, -1),
    );
  }
  return order;
}

/** Walks input edges among the nodes Kahn left over until one repeats: that loop is a cycle. */
function findCycle(graph: Graph, indegree: Int32Array): number[] {
  let v = indegree.findIndex((d) => d > 0);
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  while (!seenAt.has(v)) {
    seenAt.set(v, path.length);
    path.push(v);
    v = graph.nodes[v]!.inputs.find((i) => indegree[i]! > 0)!;
  }
  // The walk went consumer → producer; report producer → consumer, closing the loop.
  const cycle = path.slice(seenAt.get(v)).reverse();
  return [...cycle, cycle[0]!];
}
