/**
 * Which graph inputs are the image and which are parameters. Before IR 4 every initializer is
 * also a graph input; with `torch.onnx.export(..., export_params=False)` every weight is a graph
 * input with no initializer at all. A parameter is told apart by how it is used: only as a
 * weight, bias or statistic of the ops that take them (Conv's W and B, Gemm's B and C, a norm's
 * scale…), or by its shape (rank < 3, or a first dim that cannot be a batch). When that leaves
 * several candidates of different ranks, the user names the image (`--input`, rules `input`).
 */
import type { OnnxGraph, OnnxNode, ValueInfo } from './proto.js';

/** Per op type: the input slots that hold parameters, never data. */
const PARAMETER_SLOTS: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  Object.entries({
    Conv: [1, 2],
    ConvTranspose: [1, 2],
    ConvInteger: [1, 2, 3],
    QLinearConv: [1, 2, 3, 4, 5, 6, 7, 8],
    Gemm: [1, 2],
    BatchNormalization: [1, 2, 3, 4],
    InstanceNormalization: [1, 2],
    LayerNormalization: [1, 2],
    GroupNormalization: [1, 2],
    RMSNormalization: [1],
    SimplifiedLayerNormalization: [1],
    SkipLayerNormalization: [2, 3, 4],
    PRelu: [1],
    QuantizeLinear: [1, 2],
    DequantizeLinear: [1, 2],
  }).map(([op, slots]) => [op, new Set(slots)]),
);

export interface InputRoles {
  /** The image inputs (usually one). */
  readonly data: readonly ValueInfo[];
  /** Inputs that hold weights (their shapes are still useful: a Conv's output channels). */
  readonly parameters: readonly ValueInfo[];
}

export type InputProblem = { readonly problem: string };

export function classifyInputs(graph: OnnxGraph, nodes: readonly OnnxNode[], named?: string): InputRoles | InputProblem {
  const free = graph.inputs.filter((v) => !graph.initializers.has(v.name));
  if (named !== undefined) {
    const chosen = free.find((v) => v.name === named);
    if (!chosen) {
      return { problem: `there is no graph input "${named}" (the --input or rules \`input\` setting); the inputs are ${list(free)}` };
    }
    return { data: [chosen], parameters: free.filter((v) => v !== chosen) };
  }
  const uses = new Map<string, { parameter: number; other: number }>();
  for (const node of nodes) {
    const slots = node.domain === '' ? PARAMETER_SLOTS.get(node.opType) : undefined;
    node.inputs.forEach((name, slot) => {
      const u = uses.get(name) ?? { parameter: 0, other: 0 };
      if (slots?.has(slot)) u.parameter++;
      else u.other++;
      uses.set(name, u);
    });
  }
  const spatial = free.filter((v) => {
    const u = uses.get(v.name);
    if (u && u.other === 0 && u.parameter > 0) return false; // a weight, a bias, a norm's statistic
    return v.shape === undefined || v.shape.length >= 3;
  });
  // Among several, a batch dim is symbolic or 1 (a layer scale [C, 1, 1] used in a Mul is not),
  // and an image has positions: a [1, C, 1, 1] per-channel factor (FrozenBatchNorm's scale as
  // exported) does not, when another candidate does.
  const batched = spatial.filter((v) => v.shape?.[0] === undefined || typeof v.shape[0] === 'string' || v.shape[0] === 1);
  const narrowed = spatial.length > 1 && batched.length > 0 ? batched : spatial;
  const pointLike = (v: ValueInfo) => v.shape !== undefined && v.shape.length >= 3 && v.shape.slice(2).every((d) => d === 1);
  const candidates = narrowed.length > 1 && narrowed.some((v) => !pointLike(v)) ? narrowed.filter((v) => !pointLike(v)) : narrowed;
  if (candidates.length <= 1) return { data: candidates, parameters: free.filter((v) => !candidates.includes(v)) };
  // Several images of the same rank (a siamese or multi-view net) are all data.
  const ranks = new Set(candidates.map((v) => v.shape?.length));
  if (ranks.size === 1) return { data: candidates, parameters: free.filter((v) => !candidates.includes(v)) };
  return {
    problem: `several graph inputs could be the image: ${list(candidates)}; name it with --input NAME (or \`input: NAME\` in a rule)`,
  };
}

function list(inputs: readonly ValueInfo[]): string {
  if (inputs.length === 0) return 'none';
  return inputs.map((v) => `"${v.name}" (${v.shape ? `[${v.shape.map((d) => d ?? '?').join(', ')}]` : 'no shape'})`).join(', ');
}
