/**
 * One walk over an ONNX graph at one input size: every node in order, each either evaluated as
 * a constant (it does not depend on the image: initializers, shape arithmetic, `If` with a known
 * condition) or mapped to the graph IR (ops.ts). Shapes are inferred along the way (shapes.ts),
 * data path included, so `Shape(x)` folds and a Reshape's effect on the spatial axes is known.
 */
import { type GraphNode, type Op, input, merge, pointwise } from '../../rf/index.js';
import type { LoadOptions, ModelOutput } from '../model.js';
import { type ConstTensor, isIntegerType } from './evaluate.js';
import { type DataTensor, type Layout, hasSpatial, inputLayout, normalizeAxis } from './layout.js';
import { type Mapping, MappingError, type NodeContext, globalBecause } from './ops.js';
import { ONNX_OPS, evaluate, inferShapes } from './op-table.js';
import type { Dim, OnnxGraph, OnnxNode, ValueInfo } from './proto.js';
import { type Shape, shapeOfConst } from './shapes.js';
import { UniqueNames } from '../unique.js';

/** Ops whose outputs describe a tensor's shape, not its values: never on the data path. */
const SHAPE_OPS = new Set(['Shape', 'Size']);

/** Control flow whose body runs a number of times the loader does not evaluate. */
/** Operators whose taps come from another input: their only true geometry is global. */
const READS_WHERE_AN_INPUT_SAYS: ReadonlyMap<string, string> = new Map([
  ['GridSample', 'its sampling grid (another input) gives'],
  ['DeformConv', 'its offsets (another input) shift its kernel to'],
  ['MaxUnpool', 'its indices (another input) give'],
  ['RoiAlign', 'its regions of interest (another input) give'],
]);

const LOOPS = new Set(['Loop', 'Scan']);

export interface WalkSettings {
  readonly graph: OnnxGraph;
  readonly nodes: readonly OnnxNode[];
  readonly dataInputs: readonly ValueInfo[];
  readonly parameters: readonly ValueInfo[];
  readonly opset: number;
  readonly axes: number;
  readonly options: LoadOptions;
  /** The spatial size of the data inputs, when known. */
  readonly inputSize?: readonly number[];
  /** Whether the file's value_info shapes hold at this input size. */
  readonly valueInfo: boolean;
}

/** A node that could not be mapped; an error only if some output depends on it. */
export interface Unmapped {
  readonly node: number;
  readonly code: 'RF204' | 'RF205';
  readonly message: string;
}

export interface Walk {
  readonly nodes: readonly GraphNode[];
  /** Per IR node: the ONNX node it comes from, as messages name it. */
  readonly labels: readonly string[];
  readonly outputs: readonly ModelOutput[];
  /** Every data-path tensor by name. */
  readonly tensors: ReadonlyMap<string, number>;
  readonly unmapped: readonly Unmapped[];
  readonly gates: readonly { node: number; label: string }[];
}

export function walkGraph(settings: WalkSettings): Walk {
  const { graph, opset, axes, options } = settings;
  const graphNodes: GraphNode[] = [];
  const labels: string[] = [];
  const names = new UniqueNames();
  const data = new Map<string, DataTensor>();
  const consts = new Map<string, ConstTensor>();
  const shapes = new Map<string, Shape>();
  const fileShapes = new Map<string, Shape>();
  const unmapped: Unmapped[] = [];
  const gates: { node: number; label: string }[] = [];

  const toShape = (dims: readonly Dim[]): Shape => dims.map((d) => (typeof d === 'number' && d >= 0 ? d : undefined));
  const addConstant = (name: string, t: ConstTensor) => {
    consts.set(name, t);
    const s = shapeOfConst(t);
    if (s) shapes.set(name, s);
  };
  const registerGraphConstants = (g: OnnxGraph) => {
    for (const [name, t] of g.initializers) addConstant(name, { dims: t.dims, ...(t.values ? { values: t.values } : {}), int: isIntegerType(t.dataType) });
  };
  registerGraphConstants(graph);
  for (const v of settings.parameters) {
    if (!v.shape) continue;
    const shape = toShape(v.shape);
    shapes.set(v.name, shape);
    if (shape.every((d) => d !== undefined)) consts.set(v.name, { dims: shape as number[] });
  }
  if (settings.valueInfo) for (const v of [...graph.valueInfo, ...graph.outputs]) if (v.shape) fileShapes.set(v.name, toShape(v.shape));
  const shapeOf = (name: string): Shape | undefined => {
    const inferred = shapes.get(name);
    const declared = fileShapes.get(name);
    if (!inferred || !declared || inferred.length !== declared.length) return inferred ?? declared;
    return inferred.map((d, i) => d ?? declared[i]);
  };

  const addNode = (preferred: string, op: Op, inputs: readonly number[], label: string): number => {
    options.deadline?.check();
    const unique = names.take(preferred);
    graphNodes.push({ name: unique, op, inputs });
    labels.push(label);
    return graphNodes.length - 1;
  };
  for (const v of settings.dataInputs) {
    const declared = v.shape ? toShape(v.shape) : undefined;
    // A symbolic batch is 1: `x.view(x.size(0), …)` then folds like any other shape arithmetic.
    shapes.set(v.name, [declared?.[0] ?? 1, declared?.[1], ...(settings.inputSize ?? declared?.slice(2) ?? new Array<undefined>(axes).fill(undefined))]);
    data.set(v.name, { node: addNode(v.name, input, [], `input "${v.name}"`), layout: inputLayout(axes), global: false });
  }

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

  const inferOutputs = (node: OnnxNode): void => {
    const inferred = inferShapes(node, {
      shape: (i) => (node.inputs[i] ? shapeOf(node.inputs[i]!) : undefined),
      values: (i) => (node.inputs[i] ? consts.get(node.inputs[i]!)?.values : undefined),
      opset,
    });
    node.outputs.forEach((out, k) => {
      const s = inferred[k];
      if (out && s) shapes.set(out, s);
    });
  };

  const foldConstant = (node: OnnxNode): void => {
    if (node.domain !== '') return;
    const values = evaluate(node, {
      input: (i) => (node.inputs[i] ? consts.get(node.inputs[i]!) : undefined),
      shape: (i) => (node.inputs[i] ? shapeOf(node.inputs[i]!) : undefined),
      opset,
    });
    node.outputs.forEach((out, k) => {
      const t = values?.[k];
      if (out && t) addConstant(out, t);
    });
    inferOutputs(node);
  };

  /** If: a known condition inlines its branch; otherwise the branch that runs is unknown. */
  const ifNode = (node: OnnxNode, label: string, depth: number): void => {
    const cond = consts.get(node.inputs[0] ?? '')?.values?.[0];
    const branch = cond === undefined ? undefined : node.attributes.get(cond ? 'then_branch' : 'else_branch')?.g;
    if (branch) {
      registerGraphConstants(branch);
      visit(branch.nodes, depth + 1);
      branch.outputs.forEach((v, k) => {
        const out = node.outputs[k];
        if (!out) return;
        const d = data.get(v.name);
        const c = consts.get(v.name);
        const s = shapeOf(v.name);
        if (d) data.set(out, d);
        if (c) consts.set(out, c);
        if (s) shapes.set(out, s);
      });
      return;
    }
    // Which data tensors the branches read: if any, the If is on the data path.
    const reads = [node.attributes.get('then_branch')?.g, node.attributes.get('else_branch')?.g].flatMap((g) => g?.nodes.flatMap((n) => n.inputs) ?? []);
    const feature = reads.map((n) => data.get(n)).find((t) => t !== undefined);
    if (!feature) return;
    const assumed = options.assume?.get('If');
    const id = addNode(node.name || node.outputs[0] || 'If', assumed === 'global' ? globalBecause('If (assumed global)') : pointwise, [feature.node], label);
    if (!assumed) {
      unmapped.push({
        node: id,
        code: 'RF205',
        message: `${label}: its condition is computed at run time${cond === undefined && node.inputs[0] ? ` ("${node.inputs[0]}")` : ''}, so rflint cannot tell which branch runs; export with fixed input shapes, or say how it maps positions with --assume If=pointwise or If=global`,
      });
    }
    for (const out of node.outputs) if (out) data.set(out, { node: id, layout: feature.layout, global: feature.global || assumed === 'global' });
  };

  const step = (node: OnnxNode, depth: number): void => {
    const label = `node "${node.name || node.outputs[0] || '?'}" (${node.domain ? `${node.domain}.` : ''}${node.opType})`;
    if (node.opType === 'If' && node.domain === '') return ifNode(node, label, depth);
    const inputs = node.inputs.map((n) => (n === '' ? undefined : data.get(n)));
    const dataIn = inputs.flatMap((t, i) => (t ? [{ t, i }] : []));
    if (dataIn.length === 0 || SHAPE_OPS.has(node.opType)) return foldConstant(node);
    inferOutputs(node);
    const constant = (i: number): ConstTensor | undefined => {
      const n = node.inputs[i];
      return n === undefined || n === '' ? undefined : consts.get(n);
    };
    const nodeName = node.name || node.outputs[0] || node.opType;
    const emit = (op: Op, from: readonly DataTensor[], layout: Layout, extra: Partial<DataTensor> = {}): number => {
      const id = addNode(nodeName, op, from.map((t) => t.node), label);
      const isGlobal = op.kind === 'global' || from.some((t) => t.global);
      const outName = node.outputs[0];
      if (outName) data.set(outName, { node: id, layout, global: isGlobal, ...extra });
      return id;
    };
    const x = dataIn[0]!.t;
    const record = node.domain === '' ? ONNX_OPS.get(node.opType) : undefined;
    const known = record?.geometry !== undefined || record?.merges === true;

    if (dataIn.length > 1 && known && record?.merges) {
      const ts = dataIn.map((d) => d.t);
      const gate = channelGate(node, ts, ancestors);
      if (gate && options.channelAttentionPointwise) {
        emit(pointwise, [gate.feature], gate.feature.layout, gate.feature.pooledFrom !== undefined ? { pooledFrom: gate.feature.pooledFrom } : {});
        return;
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
      return;
    }

    if (dataIn.length > 1 && known) {
      // Products of two data tensors (attention) mix all positions; other ops are not geometry.
      if (['MatMul', 'MatMulInteger', 'Gemm'].includes(node.opType) || dataIn.every((d) => d.t.global)) {
        emit(globalBecause(`${node.opType} of two feature maps (attention)`), dataIn.map((d) => d.t), x.layout);
        return;
      }
      unmapped.push({ node: graphNodes.length, code: 'RF205', message: `${label}: takes ${dataIn.length} inputs that depend on the image, which rflint cannot map for ${node.opType}` });
      emit(merge(node.opType.toLowerCase()), dataIn.map((d) => d.t), x.layout);
      return;
    }

    const ctx: NodeContext = { node, opset, axes, label, x, xIndex: dataIn[0]!.i, constant, shape: shapeOf };
    const pooled = x.pooledFrom !== undefined ? { pooledFrom: x.pooledFrom } : {};
    let mapping: Mapping | undefined;
    try {
      mapping = record?.geometry?.(ctx);
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      if (x.global) {
        emit(pointwise, [x], x.layout, pooled); // whatever the op does, a global input stays global
        return;
      }
      unmapped.push({ node: graphNodes.length, code: 'RF205', message: err.message });
      emit(pointwise, [x], x.layout);
      return;
    }
    if (!mapping) {
      const assumed = options.assume?.get(node.opType) ?? options.assume?.get(`${node.domain}.${node.opType}`);
      if (assumed || x.global) {
        emit(assumed === 'global' ? globalBecause(`${node.opType} (assumed global)`) : pointwise, [x], x.layout, pooled);
        return;
      }
      const opName = node.domain ? `${node.domain}.${node.opType}` : node.opType;
      const sampled = node.domain === '' || node.domain === 'ai.onnx' ? READS_WHERE_AN_INPUT_SAYS.get(node.opType) : undefined;
      const what = LOOPS.has(node.opType) && node.domain === '' ? `control flow (${opName}) repeats its body a number of times rflint does not evaluate` : `unknown operator ${opName} on a path to an output`;
      unmapped.push({
        node: graphNodes.length,
        code: 'RF204',
        // Pointwise would be a confident wrong RF for these: only global is true.
        message: sampled
          ? `${label}: ${opName} reads the positions ${sampled}, at run time: any output position may read any input position; say so with --assume ${node.opType}=global (or \`assume\` in rules)`
          : `${label}: ${what}; if you know how it maps positions, say so with assume (--assume ${node.opType}=pointwise or ${node.opType}=global, or \`assume\` in rules)`,
      });
      emit(pointwise, [x], x.layout);
      return;
    }
    const m = mapping;
    const extra = m.pools ? { pooledFrom: x.node } : pooled;
    if (m.outputs) {
      m.outputs.forEach((layout, k) => {
        const out = node.outputs[k];
        if (!out) return;
        const id = addNode(out, m.op, [x.node], label);
        data.set(out, { node: id, layout, global: m.op.kind === 'global' || x.global, ...extra });
      });
      return;
    }
    if (m.after) {
      // Two IR nodes for one ONNX node (a Reshape that is space-to-depth on one axis and depth-to-space on another).
      const first = addNode(`${nodeName}/${m.op.kind}`, m.op, [x.node], label);
      emit(m.after, [{ ...x, node: first }], m.layout, extra);
      return;
    }
    const id = emit(m.op, [x], m.layout, extra);
    const cost = weightCost(node.opType, constant, (name) => node.attributes.get(name)?.i);
    if (cost) graphNodes[id] = { ...graphNodes[id]!, ...cost };
  };

  const visit = (list: readonly OnnxNode[], depth: number): void => {
    for (const node of list) step(node, depth);
  };
  visit(settings.nodes, 0);

  const outputs: ModelOutput[] = [];
  for (const v of graph.outputs) {
    const t = data.get(v.name);
    if (t) outputs.push({ name: v.name, node: t.node, thresholds: {} });
  }
  const tensors = new Map<string, number>();
  for (const [name, t] of data) tensors.set(name, t.node);
  return { nodes: graphNodes, labels, outputs, tensors, unmapped, gates };
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

/**
 * Parameters and output channels from the weight's shape (an initializer's dims, or a graph
 * input's declared shape when the model was exported with export_params=False): Conv's W is
 * [Cout, Cin/group, k…], ConvTranspose's [Cin, Cout/group, k…], Gemm's B [K, N] ([N, K] with
 * transB), a MatMul's constant right operand [K, N]. Undefined when the shape is not known.
 */
function weightCost(
  opType: string,
  constant: (i: number) => ConstTensor | undefined,
  attribute: (name: string) => number | undefined,
): Pick<GraphNode, 'params' | 'channels'> | undefined {
  const w = constant(1)?.dims;
  if (!w || w.length < 2 || !w.every((d) => Number.isSafeInteger(d) && d > 0)) return undefined;
  const weights = w.reduce((a, b) => a * b, 1);
  const biasDims = opType === 'MatMul' ? undefined : constant(2)?.dims;
  const bias = biasDims && biasDims.length > 0 ? biasDims.reduce((a, b) => a * b, 1) : 0;
  switch (opType) {
    case 'Conv':
      return { params: { weights, bias }, channels: w[0]! };
    case 'ConvTranspose':
      return { params: { weights, bias }, channels: w[1]! * (attribute('group') ?? 1) };
    case 'Gemm':
      return w.length === 2 ? { params: { weights, bias }, channels: attribute('transB') === 1 ? w[0]! : w[1]! } : undefined;
    case 'MatMul':
      return w.length === 2 ? { params: { weights, bias: 0 }, channels: w[1]! } : undefined;
    default:
      return undefined;
  }
}
