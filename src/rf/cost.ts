/**
 * What a network costs: learned parameters and multiply–accumulates (docs/design.md §7.2), per layer and
 * in total. The convention is torchvision's model tables and fvcore's counter: MACs count the
 * multiply–accumulates of convolutions (transposed included) and dense layers only; a conv's are
 * its weights (Cout·Cin/groups·∏k) times its output positions, a transposed conv's its weights
 * times its INPUT positions (each input pixel scatters through every weight), a dense layer's its
 * weights. Pools, norms, activations, merges and resizes cost nothing here; parameters are the
 * weights and biases of those same layers (a norm's scale and shift are not counted).
 *
 * Channels come from the loader: stated per node (`channels`, `groups`, `bias`, or `params`
 * outright from ONNX weight shapes), and carried through the layers that keep them (pointwise,
 * pools, resizes), summed by a concat, multiplied by space-to-depth. Where a priced layer's input
 * channels are unknown its cost is unknown (null), never a guess.
 */
import type { Analysis } from './analyze.js';
import type { Graph } from './graph.js';

export interface LayerCost {
  /** Weights plus biases; null when the channels are unknown. */
  readonly params: number | null;
  /** Multiply–accumulates for one input image; null when channels or sizes are unknown. */
  readonly macs: number | null;
}

export interface NetworkCost {
  /** Per node; layers that cost nothing by the convention have { params: 0, macs: 0 }. */
  readonly layers: readonly LayerCost[];
  /** Totals over every node: null when any priced layer's is unknown. */
  readonly params: number | null;
  readonly macs: number | null;
  /** Output channels per node (NaN: unknown): what advice prices an added layer at. */
  readonly channels: Float64Array;
}

const FREE: LayerCost = { params: 0, macs: 0 };

/** Whether the op is priced: convolutions, transposed convolutions, dense layers. */
export function isPriced(graph: Graph, node: number): boolean {
  const n = graph.nodes[node]!;
  if (n.params) return true;
  const op = n.op;
  return (op.kind === 'conv' && op.pool === undefined) || op.kind === 'deconv' || (op.kind === 'global' && n.channels !== undefined);
}

/** Output channels of every node, from what the loader stated. */
export function channelsOf(graph: Graph, order: readonly number[]): Float64Array {
  const channels = new Float64Array(graph.nodes.length).fill(NaN);
  for (const v of order) {
    const node = graph.nodes[v]!;
    if (node.channels !== undefined) {
      channels[v] = node.channels;
      continue;
    }
    const ins = node.inputs.map((i) => channels[i]!);
    const op = node.op;
    if (op.kind === 'input' || ins.length === 0) continue;
    if (op.kind === 'merge') channels[v] = op.merge === 'concat' ? ins.reduce((a, b) => a + b, 0) : ins[0]!;
    else if (op.kind === 'space_to_depth') channels[v] = ins[0]! * op.block.reduce((a, b) => a * b, 1);
    else if (op.kind === 'depth_to_space') channels[v] = ins[0]! / op.block.reduce((a, b) => a * b, 1);
    // A conv that states no channels (a pool, or a format that does not say): it keeps them.
    else if (!isPriced(graph, v) || op.kind === 'conv') channels[v] = ins[0]!;
  }
  return channels;
}

/** The cost of every layer of an analysed graph (sizes from the analysis, when it has an input size). */
export function networkCost(an: Analysis): NetworkCost {
  const { graph } = an;
  const A = graph.axes;
  const channels = channelsOf(graph, an.order);
  const positions = (node: number): number | null => {
    let n = 1;
    for (let a = 0; a < A; a++) {
      const s = an.size[node * A + a]!;
      if (Number.isNaN(s) || an.status[node] !== -1) return null;
      n *= s;
    }
    return n;
  };
  const layers: LayerCost[] = graph.nodes.map((node, v) => {
    if (!isPriced(graph, v)) return FREE;
    // A dense layer on a map that is not global reads it flattened: Cin·∏ its input's size.
    const flattened = node.op.kind === 'global' && !an.global[node.inputs[0]!] ? positions(node.inputs[0]!) : 1;
    const weights = flattened === null ? null : weightsOf(graph, v, channels, flattened);
    if (weights === null) return { params: null, macs: null };
    const op = node.op;
    let macs: number | null = weights.weights;
    if (op.kind === 'deconv') {
      const n = positions(node.inputs[0]!);
      macs = n === null ? null : n * weights.weights;
    } else if (op.kind !== 'global') {
      const n = positions(v);
      macs = n === null ? null : n * weights.weights;
    }
    return { params: weights.weights + weights.bias, macs };
  });
  const total = (key: keyof LayerCost): number | null => {
    let sum = 0;
    for (const l of layers) {
      if (l[key] === null) return null;
      sum += l[key]!;
    }
    return sum;
  };
  return { layers, params: total('params'), macs: total('macs'), channels };
}

/** Weights and biases of a priced node: stated (ONNX), or Cout·(Cin·flattened)/groups·∏k from the channels. */
function weightsOf(graph: Graph, v: number, channels: Float64Array, flattened: number): { weights: number; bias: number } | null {
  const node = graph.nodes[v]!;
  if (node.params) return node.params;
  const cout = channels[v]!;
  const cin = node.inputs.length > 0 ? channels[node.inputs[0]!]! : NaN;
  if (!(cout > 0 && cin > 0) || node.channels === undefined) return null;
  const groups = node.groups ?? 1;
  const op = node.op;
  const taps = op.kind === 'conv' || op.kind === 'deconv' ? op.kernel.reduce((a, b) => a * b, 1) : 1;
  const weights = cout * ((cin * flattened) / groups) * taps;
  return Number.isSafeInteger(weights) ? { weights, bias: node.bias ? cout : 0 } : null;
}
