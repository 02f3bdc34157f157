/**
 * An ONNX model → the graph IR. Finds the image among the graph inputs, settles the input size
 * (the user's, the file's, or none: see below), walks the nodes (walk.ts), and reports every
 * graph output under its ONNX name. Unknown operators become errors only when they lie on a path
 * to an output.
 *
 * A file exported with dynamic height and width leaves the input size open, and its geometry may
 * be computed from it at run time (`F.interpolate(x, size=input.shape[-2:])`). Such a file is
 * walked twice, at two unrelated sizes: when both walks give the same graph, nothing depends on
 * the size and that graph is the answer for every size; when they differ, the first node that
 * differs is where the RF depends on the size, and the user is asked for one.
 */
import { type Diagnostic, error, warning } from '../diagnostic.js';
import type { GraphNode } from '../../rf/index.js';
import type { LoadOptions, LoadedModel, ModelOutput } from '../model.js';
import { FunctionError, expandFunctions } from './functions.js';
import { classifyInputs } from './inputs.js';
import { concrete } from './layout.js';
import type { Dim, OnnxModel, OnnxNode } from './proto.js';
import { type Walk, walkGraph } from './walk.js';

export interface BuildResult {
  readonly model?: LoadedModel;
  readonly diagnostics: Diagnostic[];
}

/**
 * Input sizes for the two walks of a dynamic-size file: large enough for any stride, and of the
 * form 1 + 2^k·m, so halving them again and again (⌈n/2⌉, as every stride-2 layer does) stays odd
 * for 9 to 10 levels. A geometry that holds only for sizes divisible by the strides (an FPN's
 * upsampling back to its lateral's size) then differs between the walks: 2049 gives 1025, 513,
 * 257, 129, 65 and 1537 gives 769, 385, 193, 97, 49.
 */
export const PROBE_SIZES = [2049, 1537] as const;

export function buildGraph(model: OnnxModel, name: string, file: string, options: LoadOptions): BuildResult {
  const fail = (code: string, message: string): BuildResult => ({ diagnostics: [error(code, message, undefined, { file })] });
  const graph = model.graph;
  if (!graph) return fail('RF203', 'the file has no graph (ModelProto.graph is missing); is this an ONNX model?');
  let nodes: OnnxNode[];
  try {
    nodes = expandFunctions(graph.nodes, model.functions, options.limits.maxNodes);
  } catch (err) {
    if (err instanceof FunctionError) return fail('RF203', err.message);
    throw err;
  }
  const roles = classifyInputs(graph, nodes, options.dataInput);
  if ('problem' in roles) return fail('RF203', roles.problem);
  const dataInputs = roles.data;
  if (dataInputs.length === 0) {
    const names = graph.inputs.filter((v) => !graph.initializers.has(v.name)).map((v) => `"${v.name}" (rank ${v.shape?.length ?? '?'})`);
    return fail('RF203', `no graph input has spatial axes (rank ≥ 3, as N, C, H, W)${names.length ? `: the inputs are ${names.join(', ')}` : ''}`);
  }
  const first = dataInputs[0]!;
  const axes = first.shape ? first.shape.length - 2 : inferAxes(nodes);
  if (axes === undefined || axes < 1 || axes > 3) {
    return fail('RF203', `cannot tell the number of spatial axes of input "${first.name}": give it a shape (N, C, spatial…) with 1 to 3 spatial axes`);
  }
  for (const v of dataInputs) {
    if ((v.shape?.length ?? axes + 2) !== axes + 2) return fail('RF203', `inputs "${first.name}" and "${v.name}" have different numbers of spatial axes`);
  }
  const requested = options.inputSize ? perAxis(options.inputSize, axes) : undefined;
  if (options.inputSize && !requested) {
    return fail('RF203', `the input size has ${options.inputSize.length} values, but input "${first.name}" has ${axes} spatial axes; give one value, or one per axis`);
  }
  const declared = concrete(first.shape)?.slice(2).filter((n) => n > 0);
  const fileSize = declared && declared.length === axes ? declared : undefined;
  const base = { graph, nodes, dataInputs, parameters: roles.parameters, opset: model.opsets.get('') ?? 1, axes, options };

  let walk: Walk;
  let inputSize: number[] | undefined;
  const open = first.shape?.slice(2).some((d) => typeof d !== 'number' || d <= 0) ?? false;
  if (requested || fileSize || !open) {
    inputSize = requested ?? fileSize;
    // value_info describes the file's own size: stale when the user asks for another.
    walk = walkGraph({ ...base, ...(inputSize ? { inputSize } : {}), valueInfo: !requested });
  } else {
    const [a, b] = PROBE_SIZES.map((n) => walkGraph({ ...base, inputSize: new Array<number>(axes).fill(n), valueInfo: false })) as [Walk, Walk];
    const needed = neededNodes(a);
    // Unknown operators on the way are the first thing to fix: finish() reports them.
    if (!a.unmapped.some((u) => needed.has(u.node))) {
      const differ = firstDifference(a.nodes, b.nodes, needed);
      if (differ !== undefined) return fail('RF207', sizeDependence(a.labels[differ] ?? `node "${a.nodes[differ]?.name}"`, first.name, first.shape!, axes));
    }
    walk = { ...a, nodes: a.nodes.map(withoutSizes) };
  }
  return finish(walk, graph.name || name, file, axes, inputSize, first.name, options);
}

function finish(walk: Walk, name: string, file: string, axes: number, inputSize: number[] | undefined, inputName: string, options: LoadOptions): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const { outputs } = walk;
  if (outputs.length === 0) return { diagnostics: [error('RF203', `no graph output depends on the data input "${inputName}"`, undefined, { file })] };
  // Unknown or unmappable nodes matter only when an output depends on them.
  const needed = neededNodes(walk);
  const blocking = walk.unmapped.filter((u) => needed.has(u.node));
  if (blocking.length > 0) {
    const seen = new Set<string>();
    for (const u of blocking) {
      if (seen.has(u.message)) continue;
      seen.add(u.message);
      diagnostics.push(error(u.code, u.message, undefined, { file }));
    }
    return { diagnostics };
  }
  const neededGates = walk.gates.filter((g) => needed.has(g.node));
  if (neededGates.length > 0 && !options.channelAttentionPointwise) {
    diagnostics.push(
      warning(
        'RF206',
        `${neededGates.length} channel-attention gate${neededGates.length > 1 ? 's' : ''} (squeeze-and-excitation, first at ${neededGates[0]!.label}) make the outputs after them global; treat them as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
        undefined,
        { file },
      ),
    );
  }
  return {
    model: {
      format: 'onnx',
      name,
      graph: { axes, nodes: walk.nodes },
      ...(inputSize && inputSize.every((n) => n > 0) ? { inputSize } : {}),
      outputs,
      positions: walk.nodes.map(() => undefined),
      tensors: walk.tensors,
    },
    diagnostics,
  };
}

/** Nodes some graph output depends on. */
function neededNodes(walk: Walk): Set<number> {
  const needed = new Set<number>();
  const stack = walk.outputs.map((o: ModelOutput) => o.node);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (needed.has(v)) continue;
    needed.add(v);
    stack.push(...walk.nodes[v]!.inputs);
  }
  return needed;
}

/** The first needed node whose geometry differs between two walks (a Resize's fixed output size aside). */
function firstDifference(a: readonly GraphNode[], b: readonly GraphNode[], needed: ReadonlySet<number>): number | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (needed.has(i) && JSON.stringify(withoutSizes(a[i]!)) !== JSON.stringify(withoutSizes(b[i]!))) return i;
  }
  return a.length === b.length ? undefined : n;
}

/** Sizes that only hold at the probe's input size are dropped; the engine then works without one. */
function withoutSizes(node: GraphNode): GraphNode {
  if (node.op.kind !== 'resize' || !node.op.size) return node;
  const { size: _size, ...op } = node.op;
  return { ...node, op };
}

function sizeDependence(label: string, input: string, shape: readonly Dim[], axes: number): string {
  const dims = shape.map((d) => (typeof d === 'number' && d > 0 ? d : (d ?? '?'))).join(', ');
  const example = new Array<number>(axes).fill(512);
  return (
    `${label} computes its geometry from the input's size, which the file leaves open (input "${input}" is [${dims}]), so the RF depends on the input size here; ` +
    `set it with --input-size ${example.join('x')} or \`input_size: [${example.join(', ')}]\` in a rule (or export with a fixed input size)`
  );
}

/** One size for every axis, or one per axis; undefined when the count does not fit. */
function perAxis(size: readonly number[], axes: number): number[] | undefined {
  if (size.length === axes) return [...size];
  if (size.length === 1) return new Array<number>(axes).fill(size[0]!);
  return undefined;
}

/** Without an input shape: the rank of the first Conv/pool kernel. */
function inferAxes(nodes: readonly OnnxNode[]): number | undefined {
  for (const n of nodes) {
    const k = n.attributes.get('kernel_shape')?.ints;
    if (k && k.length > 0) return k.length;
  }
  return undefined;
}
