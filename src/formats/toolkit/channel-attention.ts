/**
 * Channel-attention gates (squeeze-and-excitation, CBAM's channel half): a product of a feature
 * map with a factor computed from the whole input (a global pool, dense layers, a sigmoid). Read
 * literally the product sees everything, so every output after the first gate is global; the
 * gate only rescales channels, though, and `--channel-attention pointwise` (rules:
 * `channel_attention: pointwise`) asks to read it as the identity on the feature map, which gives
 * the convolutions' spatial RF.
 *
 * One pass over a built graph, for every loader whose products are plain merges: a product is a
 * gate when some of its inputs are global and some are not. "Global" follows the data: a node is
 * global when its op is, or any of its inputs is.
 */
import { type GraphNode, topologicalOrder } from '../../rf/graph.js';

export interface ChannelGate {
  /** The product node. */
  readonly node: number;
  /** The global factor (the first, when there are several). */
  readonly gate: number;
  /** The feature map it scales (the first non-global input). */
  readonly scaled: number;
}

export interface GatedGraph {
  readonly nodes: GraphNode[];
  /** Every gate found, in node order, whether or not it was made pointwise. */
  readonly gates: ChannelGate[];
}

/**
 * Finds the gates among the products `isProduct` names and, with `pointwise`, rewrites each to
 * read only its feature map(s): one input becomes a pointwise op, several stay a merge of those.
 * Without `pointwise` the graph is returned unchanged (the product is global, as written).
 */
export function gateChannelAttention(axes: number, nodes: readonly GraphNode[], isProduct: (node: GraphNode) => boolean, pointwise: boolean): GatedGraph {
  const global = new Array<boolean>(nodes.length).fill(false);
  const gates: ChannelGate[] = [];
  const out = [...nodes];
  for (const index of topologicalOrder({ axes, nodes })) {
    const node = nodes[index]!;
    const globalInputs = node.inputs.filter((i) => global[i]);
    const localInputs = node.inputs.filter((i) => !global[i]);
    if (isProduct(node) && globalInputs.length > 0 && localInputs.length > 0) {
      gates.push({ node: index, gate: globalInputs[0]!, scaled: localInputs[0]! });
      if (pointwise) {
        out[index] = localInputs.length === 1 ? { ...node, op: { kind: 'pointwise' }, inputs: localInputs } : { ...node, inputs: localInputs };
        continue;
      }
    }
    global[index] = node.op.kind === 'global' || globalInputs.length > 0;
  }
  gates.sort((a, b) => a.node - b.node);
  return { nodes: out, gates };
}

/** The warning's text for the first gate of a file: what happened, and the way out. */
export function gateMessage(where: string, scaled: string, gate: string): string {
  return `${where} scales \`${scaled}\` by \`${gate}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`;
}

/** The assumption recorded for a gate read as pointwise. */
export function gateAssumption(where: string, gate: string): string {
  return `${where}: the channel-attention gate \`${gate}\` is treated as pointwise, as asked`;
}
