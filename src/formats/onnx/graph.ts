/**
 * An ONNX model → the graph IR: find the data input, walk the nodes in order, keep those on a
 * path from the data input (shape subgraphs and constants are folded or ignored), map each to
 * an op, and report every graph output under its ONNX name. Unknown operators become errors
 * only when they lie on a path to an output.
 */
import { type Diagnostic, error, warning } from '../diagnostic.js';
import { type GraphNode, type Op, global, input, merge, pointwise } from '../../rf/index.js';
import type { LoadOptions, LoadedModel, ModelOutput } from '../model.js';
import { foldConstant } from './constants.js';
import { FunctionError, expandFunctions } from './functions.js';
import { type ConstTensor, type DataTensor, type Layout, concrete, hasSpatial, inputLayout, normalizeAxis } from './layout.js';
import { type Mapping, MappingError, type NodeContext, SINGLE_INPUT_OPS } from './ops.js';
import type { Dim, OnnxModel, OnnxNode } from './proto.js';

/** Elementwise ops that combine several data-path inputs position by position. */
const MERGES = new Set([
  'Add', 'And', 'BitwiseAnd', 'BitwiseOr', 'BitwiseXor', 'Concat', 'Div', 'Equal', 'Greater', 'GreaterOrEqual', 'Less',
  'LessOrEqual', 'Max', 'Mean', 'Min', 'Mod', 'Mul', 'Or', 'Pow', 'PRelu', 'Sub', 'Sum', 'Where', 'Xor',
]);

/** Ops whose outputs describe a tensor's shape, not its values: never on the data path. */
const SHAPE_OPS = new Set(['Shape', 'Size']);

export interface BuildResult {
  readonly model?: LoadedModel;
  readonly diagnostics: Diagnostic[];
}

/** A node that could not be mapped; an error only if some output depends on it. */
interface Unmapped {
  readonly node: number;
  readonly code: 'RF204' | 'RF205';
  readonly message: string;
}

export function buildGraph(model: OnnxModel, name: string, file: string, options: LoadOptions): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (code: string, message: string): BuildResult => ({ diagnostics: [...diagnostics, error(code, message, undefined, { file })] });
  const graph = model.graph;
  if (!graph) return fail('RF203', 'the file has no graph (ModelProto.graph is missing); is this an ONNX model?');
  let nodes: OnnxNode[];
  try {
    nodes = expandFunctions(graph.nodes, model.functions, options.limits.maxNodes);
  } catch (err) {
    if (err instanceof FunctionError) return fail('RF203', err.message);
    throw err;
  }
  // Before IR 4 every initializer is also listed as a graph input: the data input is the rest.
  const dataInputs = graph.inputs.filter((v) => !graph.initializers.has(v.name) && (v.shape === undefined || v.shape.length >= 3));
  if (dataInputs.length === 0) {
    const names = graph.inputs.filter((v) => !graph.initializers.has(v.name)).map((v) => `"${v.name}" (rank ${v.shape?.length ?? '?'})`);
    return fail('RF203', `no graph input has spatial axes (rank ≥ 3, as N, C, H, W)${names.length ? `: the inputs are ${names.join(', ')}` : ''}`);
  }
  const first = dataInputs[0]!;
  const axes = first.shape ? first.shape.length - 2 : inferAxes(nodes);
  if (axes === undefined || axes < 1 || axes > 3) {
    return fail('RF203', `cannot tell the number of spatial axes of input "${first.name}": give it a shape (N, C, spatial…) with 1 to 3 spatial axes`);
  }
  const inputSize = concrete(first.shape)?.slice(2);

  const shapes = new Map<string, readonly Dim[]>();
  for (const v of [...graph.inputs, ...graph.valueInfo, ...graph.outputs]) if (v.shape) shapes.set(v.name, v.shape);
  const consts = new Map<string, ConstTensor>();
  for (const [tname, t] of graph.initializers) consts.set(tname, { dims: t.dims, ...(t.values ? { values: t.values } : {}) });

  const graphNodes: GraphNode[] = [];
  const usedNames = new Set<string>();
  const data = new Map<string, DataTensor>();
  const unmapped: Unmapped[] = [];
  const gates: { node: number; label: string }[] = [];
  const addNode = (preferred: string, op: Op, inputs: readonly number[]): number => {
    let unique = preferred;
    for (let k = 2; usedNames.has(unique); k++) unique = `${preferred}#${k}`;
    usedNames.add(unique);
    graphNodes.push({ name: unique, op, inputs });
    return graphNodes.length - 1;
  };
  for (const v of dataInputs) {
    if ((v.shape?.length ?? axes + 2) !== axes + 2) {
      return fail('RF203', `inputs "${first.name}" and "${v.name}" have different numbers of spatial axes`);
    }
    data.set(v.name, { node: addNode(v.name, input, []), layout: inputLayout(axes), global: false });
  }

  const opset = model.opsets.get('') ?? 1;
  const ancestors = (from: number, target: number): boolean => {
    // Whether `target` feeds `from` (or is it): walks inputs, each node once.
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (v === target) return true;
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push(...graphNodes[v]!.inputs);
    }
    return false;
  };

  for (const node of nodes) {
    const label = `node "${node.name || node.outputs[0] || '?'}" (${node.domain ? `${node.domain}.` : ''}${node.opType})`;
    const inputs = node.inputs.map((n) => (n === '' ? undefined : data.get(n)));
    const dataIn = inputs.flatMap((t, i) => (t ? [{ t, i }] : []));
    const constant = (i: number): ConstTensor | undefined => {
      const n = node.inputs[i];
      return n === undefined || n === '' ? undefined : consts.get(n);
    };
    if (dataIn.length === 0 || SHAPE_OPS.has(node.opType)) {
      const folded = node.domain === '' ? foldConstant(node, constant, (n) => shapes.get(n), opset) : undefined;
      if (folded && node.outputs[0]) consts.set(node.outputs[0], folded);
      continue;
    }
    const nodeName = node.name || node.outputs[0] || node.opType;
    const emit = (op: Op, from: readonly DataTensor[], layout: Layout, extra: Partial<DataTensor> = {}): void => {
      const id = addNode(nodeName, op, from.map((t) => t.node));
      const isGlobal = op.kind === 'global' || from.some((t) => t.global);
      const outName = node.outputs[0];
      if (outName) data.set(outName, { node: id, layout, global: isGlobal, ...extra });
    };
    const x = dataIn[0]!.t;
    const known = node.domain === '' && (SINGLE_INPUT_OPS.has(node.opType) || MERGES.has(node.opType));

    if (dataIn.length > 1 && known && MERGES.has(node.opType)) {
      const ts = dataIn.map((d) => d.t);
      const gate = channelGate(node, ts, ancestors);
      if (gate && options.channelAttentionPointwise) {
        emit(pointwise, [gate.feature], gate.feature.layout, gate.feature.pooledFrom !== undefined ? { pooledFrom: gate.feature.pooledFrom } : {});
        continue;
      }
      if (gate) gates.push({ node: graphNodes.length, label });
      if (node.opType === 'Concat' && !ts.every((t) => t.global)) {
        const widest = ts.find((t) => !t.global)!;
        const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, widest.layout.length);
        if (hasSpatial(widest.layout, [d])) {
          unmapped.push({ node: graphNodes.length, code: 'RF205', message: `${label}: concatenates along spatial axis ${widest.layout[d]}, which rflint cannot map` });
        }
      }
      // A gate made from one feature map stays a gate; the widest input gives the layout.
      const pooled = ts.every((t) => t.pooledFrom !== undefined && t.pooledFrom === ts[0]!.pooledFrom) ? { pooledFrom: ts[0]!.pooledFrom! } : {};
      const layout = ts.reduce((a, t) => (t.layout.length > a.length ? t.layout : a), x.layout);
      emit(merge(node.opType.toLowerCase()), ts, layout, pooled);
      continue;
    }

    if (dataIn.length > 1 && known) {
      // Products of two data tensors (attention) mix all positions; other ops are not geometry.
      if (['MatMul', 'MatMulInteger', 'Gemm'].includes(node.opType) || dataIn.every((d) => d.t.global)) {
        emit(global, dataIn.map((d) => d.t), x.layout);
        continue;
      }
      unmapped.push({ node: graphNodes.length, code: 'RF205', message: `${label}: takes ${dataIn.length} inputs that depend on the image, which rflint cannot map for ${node.opType}` });
      emit(merge(node.opType.toLowerCase()), dataIn.map((d) => d.t), x.layout);
      continue;
    }

    const ctx: NodeContext = {
      node,
      opset,
      axes,
      label,
      x,
      xIndex: dataIn[0]!.i,
      constant,
      shape: (n) => shapes.get(n),
    };
    const pooled = x.pooledFrom !== undefined ? { pooledFrom: x.pooledFrom } : {};
    let mapping: Mapping | undefined;
    try {
      mapping = known ? SINGLE_INPUT_OPS.get(node.opType)!(ctx) : undefined;
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      if (x.global) {
        emit(global, [x], x.layout, pooled); // whatever the op does, a global input stays global
        continue;
      }
      unmapped.push({ node: graphNodes.length, code: 'RF205', message: err.message });
      emit(pointwise, [x], x.layout);
      continue;
    }
    if (!mapping) {
      const assumed = options.assume?.get(node.opType) ?? options.assume?.get(`${node.domain}.${node.opType}`);
      if (assumed || x.global) {
        emit(assumed === 'pointwise' && !x.global ? pointwise : global, [x], x.layout, pooled);
        continue;
      }
      const opName = node.domain ? `${node.domain}.${node.opType}` : node.opType;
      unmapped.push({
        node: graphNodes.length,
        code: 'RF204',
        message: `${label}: unknown operator ${opName} on a path to an output; if you know how it maps positions, say so with assume (--assume ${node.opType}=pointwise or ${node.opType}=global, or \`assume\` in rules)`,
      });
      emit(pointwise, [x], x.layout);
      continue;
    }
    const m = mapping;
    const op = x.global ? global : m.op;
    const extra = m.pools ? { pooledFrom: x.node } : pooled;
    if (m.outputs) {
      m.outputs.forEach((layout, k) => {
        const out = node.outputs[k];
        if (!out) return;
        const id = addNode(out, op, [x.node]);
        data.set(out, { node: id, layout, global: op.kind === 'global' || x.global, ...extra });
      });
    } else emit(op, [x], m.layout, extra);
  }

  const outputs: ModelOutput[] = [];
  for (const v of graph.outputs) {
    const t = data.get(v.name);
    if (t) outputs.push({ name: v.name, node: t.node, thresholds: {} });
  }
  if (outputs.length === 0) {
    return fail('RF203', `no graph output depends on the data input "${first.name}"`);
  }

  // Unknown or unmappable nodes matter only when an output depends on them.
  const needed = new Set<number>();
  const stack = outputs.map((o) => o.node);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (needed.has(v)) continue;
    needed.add(v);
    stack.push(...graphNodes[v]!.inputs);
  }
  const blocking = unmapped.filter((u) => needed.has(u.node));
  if (blocking.length > 0) {
    const seen = new Set<string>();
    for (const u of blocking) {
      if (seen.has(u.message)) continue;
      seen.add(u.message);
      diagnostics.push(error(u.code, u.message, undefined, { file }));
    }
    return { diagnostics };
  }
  const neededGates = gates.filter((g) => needed.has(g.node));
  if (neededGates.length > 0) {
    diagnostics.push(
      warning(
        'RF206',
        `${neededGates.length} channel-attention gate${neededGates.length > 1 ? 's' : ''} (squeeze-and-excitation, first at ${neededGates[0]!.label}) make the outputs after them global; treat them as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
        undefined,
        { file },
      ),
    );
  }
  const tensors = new Map<string, number>();
  for (const [tname, t] of data) tensors.set(tname, t.node);
  return {
    model: {
      format: 'onnx',
      name: graph.name || name,
      graph: { axes, nodes: graphNodes },
      ...(inputSize && inputSize.every((n) => n > 0) ? { inputSize } : {}),
      outputs,
      positions: graphNodes.map(() => undefined),
      tensors,
    },
    diagnostics,
  };
}

/**
 * A channel-attention gate: a Mul of a feature map by a global tensor of spatial size 1 made
 * from that same feature map (or one it feeds): squeeze-and-excitation, CBAM's channel branch.
 */
function channelGate(
  node: OnnxNode,
  inputs: readonly DataTensor[],
  feeds: (from: number, target: number) => boolean,
): { feature: DataTensor } | undefined {
  if (node.opType !== 'Mul' || inputs.length !== 2) return undefined;
  const [a, b] = inputs as [DataTensor, DataTensor];
  for (const [gate, feature] of [
    [a, b],
    [b, a],
  ] as const) {
    if (gate.pooledFrom !== undefined && !feature.global && feeds(feature.node, gate.pooledFrom)) return { feature };
    if (gate.pooledFrom !== undefined && !feature.global && feeds(gate.pooledFrom, feature.node)) return { feature };
  }
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
