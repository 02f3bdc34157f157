/**
 * How to grow a receptive field that is too small (DESIGN §3, "the three levers"). Widening
 * layer n's kernel by 2 adds 2·d_n·J_{n−1} on a critical path, and a 3×3 stride-1 conv added
 * after a tensor of jump J adds 2·J; the deepest tensors (largest J) are the cheapest places.
 * Each piece of advice is verified by analysing the changed graph, so it is never a guess: in a
 * DAG a branch that does not bound the hull gains nothing.
 */
import { type Analysis, analyze, tensorRF } from './analyze.js';
import { type Graph, GraphError, type GraphNode, type Op } from './graph.js';

export interface GrowAdvice {
  /** Add `count` 3×3 (per axis: 3) stride-1 convs right after node `after`. */
  readonly addLayers?: { readonly after: number; readonly count: number; readonly gainEach: number };
  /** Or widen the kernel of node `node` on `axis` to `kernel`. */
  readonly widen?: { readonly node: number; readonly kernel: number; readonly gain: number };
}

const CANDIDATES = 4;
/**
 * More added layers than this is no advice (a min_rf of 10^20 asks for it): never built, since
 * building and analysing the grown graph would take memory and time without bound.
 */
const MAX_ADDED_LAYERS = 1000;

/**
 * Advice to bring the RF of `output` on `axis` to at least `target`, or undefined when no
 * verified change is found (a global output, or an RF bounded by another branch).
 */
export function growAdvice(base: Analysis, output: number, axis: number, target: number): GrowAdvice | undefined {
  const { graph, inputSize } = base;
  const now = tensorRF(base, output);
  if (now instanceof GraphError || now.rf === null) return undefined;
  const deficit = target - now.rf[axis]!;
  if (deficit <= 0) return {};
  // The jump Q/P straight from the analysis: sorting calls this often.
  const jumpOf = (node: number): number | undefined => {
    const k = node * graph.axes + axis;
    return base.status[node] !== -1 || base.global[node] ? undefined : base.Q[k]! / base.P[k]!;
  };
  const ancestors = ancestorsOf(graph, output);
  const reaches = (candidate: Graph): boolean => {
    const t = tensorRF(analyze(candidate, { ...(inputSize ? { inputSize } : {}), ...(base.deadline ? { deadline: base.deadline } : {}) }), output);
    return !(t instanceof GraphError) && t.rf !== null && t.rf[axis]! >= target;
  };
  // Deepest first: the largest jump gives the largest gain per added layer.
  const byJump = ancestors
    // Layers added after the output itself would not change it.
    .filter((n) => n !== output && graph.nodes[n]!.op.kind !== 'input' && jumpOf(n) !== undefined && jumpOf(n)! >= 1)
    .sort((a, b) => jumpOf(b)! - jumpOf(a)! || b - a);
  let addLayers: GrowAdvice['addLayers'];
  for (const after of byJump.slice(0, CANDIDATES)) {
    const gainEach = 2 * jumpOf(after)!;
    const count = Math.ceil(deficit / gainEach);
    if (!(count <= MAX_ADDED_LAYERS)) continue;
    if (reaches(insertConvs(graph, after, count))) {
      addLayers = { after, count, gainEach };
      break;
    }
  }
  let widen: GrowAdvice['widen'];
  const convs = ancestors
    .map((n) => ({ n, node: graph.nodes[n]! }))
    .filter(({ node }) => node.op.kind === 'conv' && node.op.pool === undefined)
    .map(({ n, node }) => {
      const op = node.op as Extract<Op, { kind: 'conv' }>;
      const jin = jumpOf(node.inputs[0]!);
      return { n, op, gainPer2: jin === undefined ? 0 : 2 * op.dilation[axis]! * jin };
    })
    .filter((c) => c.gainPer2 > 0)
    .sort((a, b) => b.gainPer2 - a.gainPer2 || b.n - a.n);
  for (const c of convs.slice(0, CANDIDATES)) {
    const kernel = c.op.kernel[axis]! + 2 * Math.ceil(deficit / c.gainPer2);
    if (!Number.isSafeInteger(kernel)) continue;
    if (reaches(withKernel(graph, c.n, axis, kernel))) {
      widen = { node: c.n, kernel, gain: ((kernel - c.op.kernel[axis]!) / 2) * c.gainPer2 };
      break;
    }
  }
  if (!addLayers && !widen) return undefined;
  return { ...(addLayers ? { addLayers } : {}), ...(widen ? { widen } : {}) };
}

function ancestorsOf(graph: Graph, node: number): number[] {
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

/** The graph with `count` 3×3 stride-1 SAME convs after `after`, its consumers rewired. */
function insertConvs(graph: Graph, after: number, count: number): Graph {
  const A = graph.axes;
  const op: Op = {
    kind: 'conv',
    kernel: Array(A).fill(3),
    stride: Array(A).fill(1),
    dilation: Array(A).fill(1),
    pad: Array.from({ length: A }, () => ({ begin: 1, end: 1 })),
  };
  const n = graph.nodes.length;
  const added: GraphNode[] = Array.from({ length: count }, (_, i) => ({ name: `+conv${i}`, op, inputs: [i === 0 ? after : n + i - 1] }));
  const last = n + count - 1;
  const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? last : i)) }));
  return { axes: A, nodes: [...nodes, ...added] };
}

function withKernel(graph: Graph, target: number, axis: number, kernel: number): Graph {
  const nodes = graph.nodes.map((node, i) => {
    if (i !== target || node.op.kind !== 'conv') return node;
    const k = [...node.op.kernel];
    k[axis] = kernel;
    return { ...node, op: { ...node.op, kernel: k } };
  });
  return { axes: graph.axes, nodes };
}
