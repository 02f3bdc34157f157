/**
 * Workload graphs shared by the benchmarks and the scale tests: large, regular networks whose
 * receptive fields are easy to state in closed form.
 */
import type { Graph, GraphNode, Op } from '../src/rf/graph.js';
import { conv, input, merge, pointwise, resize } from '../src/rf/ops.js';

/** `n` nodes: the input, then n − 1 centred 3-tap convs (RF 2n − 1). */
export function convChain(n: number, axes: number): Graph {
  const op = conv(axes, { kernel: 3, pad: 1 });
  const nodes: GraphNode[] = [{ name: 'input', op: input, inputs: [] }];
  for (let i = 1; i < n; i++) nodes.push({ name: `conv${i}`, op, inputs: [i - 1] });
  return { axes, nodes };
}

/**
 * `n` nodes, 1-D: odd nodes are centred 3-tap convs of the previous node, even nodes merge
 * the `fanIn` previous nodes, so the edge count is about n·fanIn/2 and every conv lies on one
 * path (RF n + 1 for an even n).
 */
export function denseDag(n: number, fanIn: number): Graph {
  const op = conv(1, { kernel: 3, pad: 1 });
  const add = merge('add');
  const nodes: GraphNode[] = [{ name: 'input', op: input, inputs: [] }];
  for (let i = 1; i < n; i++) {
    if (i % 2 === 1) nodes.push({ name: `conv${i}`, op, inputs: [i - 1] });
    else nodes.push({ name: `add${i}`, op: add, inputs: Array.from({ length: Math.min(fanIn, i) }, (_, j) => i - 1 - j) });
  }
  return { axes: 1, nodes };
}

/** `blocks` residual blocks of two centred 3×3 convs plus an identity shortcut: 2^blocks paths. */
export function residualNet(blocks: number, axes: number): Graph {
  const op = conv(axes, { kernel: 3, pad: 1 });
  const nodes: GraphNode[] = [{ name: 'input', op: input, inputs: [] }];
  const add = (name: string, o: Op, inputs: number[]): number => nodes.push({ name, op: o, inputs }) - 1;
  let prev = 0;
  for (let b = 0; b < blocks; b++) {
    const a = add(`block${b}.conv1`, op, [prev]);
    const r = add(`block${b}.relu`, pointwise, [a]);
    const c = add(`block${b}.conv2`, op, [r]);
    prev = add(`block${b}.add`, merge('add'), [c, prev]);
  }
  return { axes, nodes };
}

/**
 * A 2-D U-Net: `depth` encoder stages (two 3×3 convs, a 2×2/2 max pool), a bottleneck, and
 * decoder stages (nearest ×2 upsample, concat with the skip, two 3×3 convs). Each upsample
 * doubles the period: depth 4 ends with period 16.
 */
export function unet(depth: number, convsPerStage = 2): Graph {
  const c3 = conv(2, { kernel: 3, pad: 1 });
  const nodes: GraphNode[] = [{ name: 'input', op: input, inputs: [] }];
  const add = (name: string, o: Op, inputs: number[]): number => nodes.push({ name, op: o, inputs }) - 1;
  const convs = (name: string, from: number): number => {
    let x = from;
    for (let i = 0; i < convsPerStage; i++) x = add(`${name}.conv${i}`, c3, [x]);
    return x;
  };
  let x = 0;
  const skips: number[] = [];
  for (let d = 0; d < depth; d++) {
    x = convs(`down${d}`, x);
    skips.push(x);
    x = add(`down${d}.pool`, conv(2, { kernel: 2, stride: 2, pool: 'max' }), [x]);
  }
  x = convs('bottleneck', x);
  for (let d = depth - 1; d >= 0; d--) {
    x = add(`up${d}.upsample`, resize(2, { scale: 2 }), [x]);
    x = add(`up${d}.concat`, merge('concat'), [x, skips[d]!]);
    x = convs(`up${d}`, x);
  }
  return { axes: 2, nodes };
}
