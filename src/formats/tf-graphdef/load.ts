/**
 * A decoded GraphDef or SavedModel → LoadResult: pick the serving graph, inline its function
 * calls, keep what its signature's outputs are computed from, then build it with the TF.js
 * graph builder (the same NodeDefs, there written in JSON) and speak in our own codes.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { LoadOptions, LoadResult, LoadedModel, ModelOutput } from '../model.js';
import { GraphError, validateGraph } from '../../rf/index.js';
import { buildGraph } from '../tfjs-graph/build.js';
import type { GraphModelFile, NodeDef, NodeLocator } from '../tfjs-graph/graphdef.js';
import { shapeDims } from '../tfjs-graph/attrs.js';
import { CODES, FROM_TFJS } from './codes.js';
import { CallProblem, Inliner, ancestors } from './functions.js';
import type { Decoded, MetaGraph, Signature, TfGraph, TfNode } from './proto.js';

/** A binary file has no lines: messages name each node by its index and name instead. */
const BINARY: NodeLocator = { binary: true, at: () => undefined };

/** Ops that hold a variable, whose `shape` attribute is its (a filter's) shape. */
const VARIABLE_OPS: ReadonlySet<string> = new Set(['VarHandleOp', 'VariableV2', 'Variable']);
/** Ops that pass a variable's value on unchanged (a filter reaches its conv through them). */
const READ_OPS: ReadonlySet<string> = new Set(['ReadVariableOp', 'Identity']);

export function loadDecoded(decoded: Decoded, path: string, name: string, options: LoadOptions): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): LoadResult => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path, code: FROM_TFJS[d.code] ?? d.code })) });
  const picked = pickGraph(decoded);
  if ('problem' in picked) return withFile([error(CODES.structure, picked.problem)]);
  const { graph, signature } = picked;

  let nodes: TfNode[];
  const outputs: { key: string; tensor: string }[] = [];
  try {
    const inliner = new Inliner(graph.functions, options.limits.maxNodes);
    const resolve = inliner.inlineGraph(graph);
    nodes = inliner.nodes;
    if (signature) {
      for (const [key, tensor] of signature.outputs) {
        const resolved = resolve(tensor);
        if (resolved === undefined) return withFile([error(CODES.signature, `signature "${signature.key}": output "${key}" is tensor "${tensor}", which no node of the graph produces`)]);
        outputs.push({ key, tensor: resolved });
      }
      for (const [key, tensor] of signature.inputs) {
        if (resolve(tensor) === undefined) return withFile([error(CODES.signature, `signature "${signature.key}": input "${key}" is tensor "${tensor}", which no node of the graph produces`)]);
      }
      nodes = ancestors(nodes, outputs.map((o) => o.tensor));
    }
  } catch (err) {
    if (!(err instanceof CallProblem)) throw err;
    return withFile([error(err.kind === 'call' ? CODES.call : CODES.tooManyNodes, err.message)]);
  }

  const file: GraphModelFile = { modelTopology: { node: nodes as readonly NodeDef[] }, weightsManifest: [{ weights: variableShapes(nodes) }] };
  const built = buildGraph(file, BINARY, options);
  if ('diagnostics' in built) return withFile(built.diagnostics);
  try {
    validateGraph(built.graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return withFile([error(err.code, err.message), ...built.warnings]);
  }
  const model: LoadedModel = {
    format: 'tf-graphdef',
    name,
    graph: built.graph,
    ...(built.inputSize ? { inputSize: built.inputSize } : {}),
    outputs: signature ? signatureOutputs(outputs, built.tensors, built.outputs) : built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    ...(built.assumptions.length > 0 ? { assumptions: built.assumptions } : {}),
  };
  return { model, diagnostics: withFile(built.warnings).diagnostics };
}

/** A GraphDef's graph, or the SavedModel's serving graph (tag `serve`) and its default signature. */
function pickGraph(decoded: Decoded): { graph: TfGraph; signature?: Signature } | { problem: string } {
  if (decoded.kind === 'graphdef') {
    if (decoded.graph.nodes.length === 0) return { problem: 'the file has no graph nodes: a frozen GraphDef (*.pb) lists its NodeDefs (field 1); is it another kind of protobuf?' };
    return { graph: decoded.graph };
  }
  const withGraph = decoded.metaGraphs.filter((m): m is MetaGraph & { graph: TfGraph } => m.graph !== undefined && m.graph.nodes.length > 0);
  const meta = withGraph.find((m) => m.tags.includes('serve')) ?? withGraph[0];
  if (!meta) return { problem: 'the SavedModel has no meta graph with nodes: saved_model.pb holds the graph (its variables/ folder only the weights)' };
  const signature = meta.signatures.find((s) => s.key === 'serving_default') ?? meta.signatures.find((s) => s.outputs.size > 0 && s.key !== '__saved_model_init_op');
  return signature && signature.outputs.size > 0 ? { graph: meta.graph, signature } : { graph: meta.graph };
}

/**
 * The shape of each variable, under its own name and under the reads of it (`ReadVariableOp`,
 * Identity): the builder finds a filter's shape by the name of the node its conv reads it from.
 */
function variableShapes(nodes: readonly TfNode[]): { name: string; shape: number[] }[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const shapes = new Map<string, number[] | undefined>();
  const shapeOf = (name: string, hops: number): number[] | undefined => {
    if (shapes.has(name)) return shapes.get(name);
    const node = byName.get(name);
    let shape: number[] | undefined;
    if (node && VARIABLE_OPS.has(node.op)) shape = shapeDims(node.attr.shape?.shape);
    else if (node && READ_OPS.has(node.op) && node.input[0] !== undefined && hops < 16) shape = shapeOf(node.input[0].replace(/:\d+$/, ''), hops + 1);
    shapes.set(name, shape);
    return shape;
  };
  const out: { name: string; shape: number[] }[] = [];
  for (const node of nodes) {
    if (!VARIABLE_OPS.has(node.op) && !READ_OPS.has(node.op)) continue;
    const shape = shapeOf(node.name, 0);
    if (shape) out.push({ name: node.name, shape });
  }
  return out;
}

/** A SavedModel's outputs are its signature's, by key; the tensor's own name stays an alias. */
function signatureOutputs(outputs: readonly { key: string; tensor: string }[], tensors: ReadonlyMap<string, number>, fallback: readonly ModelOutput[]): ModelOutput[] {
  const out: ModelOutput[] = [];
  for (const { key, tensor } of outputs) {
    const node = tensors.get(tensor.replace(/:\d+$/, ''));
    if (node === undefined) continue;
    out.push({ name: key, node, aliases: [tensor], thresholds: {} });
  }
  return out.length > 0 ? out : [...fallback];
}
