/**
 * A Keras model's JSON text → LoadResult, whatever held it: `model.to_json()` output (also
 * double-encoded: a JSON string whose content is the model JSON), a TF.js layers `model.json`
 * (`modelTopology`, the Keras JSON sometimes under `model_config`), a `.keras` zip's
 * `config.json` or an `.h5` file's `model_config` attribute. Each stage stops at its first
 * problem, so one mistake gives one diagnostic.
 */
import { GraphError, type Graph, type GraphNode, type Op, validateGraph } from '../../rf/index.js';
import { type Diagnostic, error, warning } from '../diagnostic.js';
import { gateAssumption, gateChannelAttention, gateMessage } from '../toolkit/channel-attention.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { CODES as NATIVE } from '../native/codes.js';
import { parseText } from '../native/parse.js';
import type { Locator, Path } from '../yaml/locate.js';
import { BuildError, buildModel } from './build.js';
import { CODES } from './codes.js';
import { type Json, isObject } from './config.js';
import { layerAxes } from './layers.js';
import { validateSchema } from './schema.js';
import type { DataFormat } from './layout.js';

/** Where the JSON came from, for messages and assumptions. */
export type KerasOrigin = 'json' | 'keras' | 'h5';

const PARSE_CODES: Readonly<Record<string, string>> = { [NATIVE.syntax]: CODES.syntax, [NATIVE.tooDeep]: CODES.limits, [NATIVE.tooManyAliases]: CODES.limits };

/** Parses the JSON text (twice when double-encoded) and loads the model config it holds. */
export function loadKerasText(text: string, path: string, options: LoadOptions, fallbackName: string, origin: KerasOrigin = 'json'): LoadResult {
  // Inside a .keras or .h5 file the JSON's lines are not the file's: the place goes in the message.
  const inner = origin === 'keras' ? 'config.json' : origin === 'h5' ? 'model_config' : undefined;
  const withFile = (diagnostics: readonly Diagnostic[]): Diagnostic[] =>
    diagnostics.map((d) => {
      if (!inner || d.line === undefined) return { ...d, file: path };
      const { line, column, endLine: _endLine, endColumn: _endColumn, ...rest } = d;
      return { ...rest, message: `${d.message} (${inner} line ${line}, column ${column ?? 1})`, file: path };
    });
  let current = text;
  let data: unknown;
  let locate: Locator;
  // A file written with json.dump(model.to_json()) holds a string: its content is the model.
  for (let depth = 0; ; depth++) {
    const parsed = parseText(current, options.limits);
    if ('diagnostics' in parsed) return { diagnostics: withFile(parsed.diagnostics.map((d) => ({ ...d, code: PARSE_CODES[d.code] ?? d.code }))) };
    ({ data, locate } = parsed.parsed);
    if (typeof data !== 'string' || depth >= 2) break;
    current = data;
  }
  const found = modelConfig(data);
  if ('problem' in found) return { diagnostics: withFile([error(CODES.structure, found.problem, { line: 1, column: 1 })]) };
  const source: KerasSource = { name: fallbackName, tfjs: found.tfjs, origin, ...(found.kerasVersion ? { kerasVersion: found.kerasVersion } : {}) };
  const result = loadKerasConfig(found.model, found.path, locate, options, source);
  const loaded = result.model && inner ? { ...result.model, positions: result.model.positions.map(() => undefined), outputs: result.model.outputs.map(({ position: _position, ...o }) => o) } : result.model;
  return { ...(loaded ? { model: loaded } : {}), diagnostics: withFile(result.diagnostics) };
}

/** The Keras model config inside a parsed file, and where it sits. */
function modelConfig(data: unknown): { model: Json; path: Path; tfjs: boolean; kerasVersion?: string } | { problem: string } {
  if (!isObject(data)) return { problem: 'not a Keras model: the file must hold an object with `class_name` and `config` (model.to_json()), or a TF.js `modelTopology`' };
  if ('modelTopology' in data) {
    if (data.format === 'graph-model') return { problem: 'a TF.js graph model (`format: "graph-model"`), not a layers model' };
    const topology = data.modelTopology;
    if (!isObject(topology)) return { problem: '`modelTopology` must be an object (the Keras model JSON)' };
    const version = typeof topology.keras_version === 'string' ? topology.keras_version : undefined;
    if (isObject(topology.model_config)) return { model: topology.model_config, path: ['modelTopology', 'model_config'], tfjs: true, ...(version ? { kerasVersion: version } : {}) };
    if (typeof topology.class_name === 'string') return { model: topology, path: ['modelTopology'], tfjs: true, ...(version ? { kerasVersion: version } : {}) };
    return { problem: '`modelTopology` holds no Keras model (`class_name` and `config`, or `model_config`)' };
  }
  if (typeof data.class_name === 'string' && 'config' in data) {
    return { model: data, path: [], tfjs: false, ...(typeof data.keras_version === 'string' ? { kerasVersion: data.keras_version } : {}) };
  }
  return { problem: 'not a Keras model: the file must hold an object with `class_name` and `config` (model.to_json()), or a TF.js `modelTopology`' };
}

export interface KerasSource {
  /** The model's name when its config gives none (the file's base name). */
  readonly name: string;
  /** A TF.js layers model (TF.js runs its bilinear upsampling with half_pixel_centers off). */
  readonly tfjs?: boolean;
  readonly kerasVersion?: string;
  readonly origin?: KerasOrigin;
}

/**
 * A parsed Keras model config (`{class_name, config}`) → LoadResult. The entry point the
 * `.keras`, `.h5` and TF.js layers paths share. `path` is where `model` sits in the document
 * `locate` reads positions from.
 */
export function loadKerasConfig(model: Json, path: Path, locate: Locator | undefined, options: LoadOptions, source: KerasSource): LoadResult {
  const problems = validateSchema(model, path, locate);
  if (problems.length > 0) return { diagnostics: problems };
  const scan = scanModel(model);
  const bilinear = source.tfjs || /^(1\.|2\.[0-2]\.)/.test(source.kerasVersion ?? '') ? 'asymmetric' : 'half_pixel';
  let built;
  try {
    built = buildModel(model, path, { axes: scan.axes, format: scan.format, maxNodes: options.limits.maxNodes, deadline: options.deadline, context: { axes: scan.axes, format: scan.format, bilinear, assume: options.assume ?? new Map(), attentionPointwise: options.attentionPointwise ?? false } }, locate);
  } catch (err) {
    if (!(err instanceof BuildError)) throw err;
    return { diagnostics: [error(err.code, err.message, err.at)] };
  }
  const assumptions: string[] = [];
  // The file's input size: every spatial input the same, each axis known (a rank-1 input of a
  // 2-D model has size 1 on the second axis).
  const spatial = built.inputs.filter((l) => l.sizes.length > 0);
  const first = spatial[0];
  const known = first !== undefined && first.sizes.every((s) => s !== null) && spatial.every((l) => l.sizes.length === first.sizes.length && l.sizes.every((s, a) => s === first.sizes[a]));
  let fileSize = known ? Array.from({ length: scan.axes }, (_, a) => (first.sizes[a] as number | undefined) ?? 1) : undefined;
  let graph: Graph = { axes: scan.axes, nodes: built.nodes };
  if (fileSize) {
    // CREPE reshapes 1024 samples to 1024×1 for Conv2D: the unit axis carries no geometry.
    ({ graph, inputSize: fileSize } = dropUnitAxes(graph, fileSize));
  }
  let inputSize: number[] | undefined = fileSize;
  const given = options.inputSize;
  if (given && given.length > 0) {
    if (given.length !== graph.axes && given.length !== 1) {
      return { diagnostics: [error(CODES.inputSize, `the input size has ${given.length} values; this model has ${graph.axes} spatial ${graph.axes === 1 ? 'axis' : 'axes'}`, locate?.at(path))] };
    }
    inputSize = given.length === 1 ? Array(graph.axes).fill(given[0]) : [...given];
    assumptions.push(`input ${inputSize.join('×')} from the input size given`);
  } else if (inputSize) {
    assumptions.push(`input ${inputSize.join('×')} from the model's input shape`);
  }
  const diagnostics: Diagnostic[] = [];
  try {
    // A Multiply by a squeeze-and-excitation branch: global as written, pointwise when asked.
    const gated = gateChannelAttention(graph.axes, graph.nodes, (node) => node.op.kind === 'merge' && node.op.merge === 'mul', options.channelAttentionPointwise ?? false);
    const first = gated.gates[0];
    if (first) {
      const name = (node: number) => graph.nodes[node]!.name;
      if (options.channelAttentionPointwise) {
        for (const gate of gated.gates) assumptions.push(gateAssumption(`layer "${name(gate.node)}"`, name(gate.gate)));
        graph = { axes: graph.axes, nodes: gated.nodes };
      } else {
        diagnostics.push(warning('RF022', gateMessage(`layer "${name(first.node)}"`, name(first.scaled), name(first.gate)), built.positions[first.node]));
      }
    }
    validateGraph(graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { diagnostics: [error(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])] };
  }
  const configName = isObject(model.config) && typeof model.config.name === 'string' ? model.config.name : undefined;
  const loaded: LoadedModel = {
    format: 'keras',
    name: configName ?? source.name,
    graph,
    ...(inputSize ? { inputSize } : {}),
    outputs: built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    ...(assumptions.length > 0 ? { assumptions } : {}),
  };
  return { model: loaded, diagnostics };
}

/**
 * The number of spatial axes (the most any layer or input has) and the data format (channels
 * first when any layer says so: Keras 1's `dim_ordering: "th"`, `data_format: "channels_first"`).
 */
function scanModel(model: Json): { axes: number; format: DataFormat } {
  let axes = 1;
  let format: DataFormat = 'channels_last';
  const stack: unknown[] = [model];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (!isObject(value)) continue;
    if (typeof value.class_name === 'string' && value.class_name !== '__keras_tensor__') {
      axes = Math.max(axes, layerAxes(value.class_name) ?? 1);
      const config = value.config;
      if (isObject(config)) {
        if (config.data_format === 'channels_first' || config.dim_ordering === 'th') format = 'channels_first';
        const shape = config.batch_shape ?? config.batch_input_shape;
        if (Array.isArray(shape) && shape.length >= 3) axes = Math.max(axes, shape.length - 2);
      }
    }
    for (const [key, v] of Object.entries(value)) if (key !== 'inbound_nodes' && typeof v === 'object') stack.push(v);
  }
  return { axes: Math.min(axes, 3), format };
}

/** Removes the axes of size 1 on which no op does anything (kernel 1, stride 1, no padding). */
function dropUnitAxes(graph: Graph, inputSize: readonly number[]): { graph: Graph; inputSize: number[] } {
  const keep = inputSize.map((size, a) => size !== 1 || graph.nodes.some((node) => !identityOn(node.op, a)));
  if (keep.every(Boolean) || !keep.some(Boolean)) return { graph, inputSize: [...inputSize] };
  const pick = <T>(values: readonly T[]): T[] => values.filter((_, a) => keep[a]);
  const nodes = graph.nodes.map((node): GraphNode => {
    const op = node.op;
    switch (op.kind) {
      case 'conv':
        return { ...node, op: { ...op, kernel: pick(op.kernel), stride: pick(op.stride), dilation: pick(op.dilation), pad: pick(op.pad) } };
      case 'deconv':
        return { ...node, op: { ...op, kernel: pick(op.kernel), stride: pick(op.stride), dilation: pick(op.dilation), pad: pick(op.pad), outputPadding: pick(op.outputPadding) } };
      case 'resize':
        return { ...node, op: { ...op, scale: pick(op.scale), ...(op.size ? { size: pick(op.size) } : {}) } };
      case 'pad':
        return { ...node, op: { ...op, begin: pick(op.begin), end: pick(op.end) } };
      case 'space_to_depth':
      case 'depth_to_space':
        return { ...node, op: { ...op, block: pick(op.block) } };
      default:
        return node;
    }
  });
  return { graph: { axes: keep.filter(Boolean).length, nodes }, inputSize: pick(inputSize) };
}

function identityOn(op: Op, a: number): boolean {
  switch (op.kind) {
    case 'conv':
      return op.kernel[a] === 1 && op.stride[a] === 1 && ('same' in op.pad[a]! || (op.pad[a]!.begin === 0 && op.pad[a]!.end === 0));
    case 'deconv':
      return op.kernel[a] === 1 && op.stride[a] === 1 && op.pad[a]!.begin === 0 && op.pad[a]!.end === 0 && op.outputPadding[a] === 0;
    case 'resize':
      return op.scale[a]!.num === op.scale[a]!.den;
    case 'pad':
      return op.begin[a] === 0 && op.end[a] === 0;
    case 'space_to_depth':
    case 'depth_to_space':
      return op.block[a] === 1;
    default:
      return true;
  }
}
