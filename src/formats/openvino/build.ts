/**
 * An OpenVINO IR's layers and edges → the engine's graph IR, walked in the order of the edges
 * (Kahn's: the file's order is not promised). Each value on an edge is either data (a graph node,
 * with the spatial axis each of its dims holds) or a constant (Const, ShapeOf and what is computed
 * from them only: weights, shapes, scales). Every layer with data in is one node, named after the
 * layer; rules may name a layer or any tensor name its output ports carry. Outputs are the inputs
 * of the Result layers.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { ModelOutput } from '../model.js';
import * as rf from '../../rf/index.js';
import type { Deadline } from '../../rf/deadline.js';
import type { Layout } from '../onnx/layout.js';
import { mapReshape } from '../onnx/reshape.js';
import { didYouMean } from '../yaml/suggest.js';
import { UniqueNames } from '../unique.js';
import { CODES } from './codes.js';
import type { Edge, Ir, Layer, Port } from './ir.js';
import { FAMILIES, type Family, GLOBAL_REASONS, NCHW, NHWC, permutations } from './ops.js';

const AXES = 2;

type Value =
  | {
      readonly kind: 'data';
      readonly node: number;
      readonly layout: Layout;
      /** Every position of it sees the whole input. */
      readonly global: boolean;
      readonly dims: readonly number[];
      /** A Transpose upstream whose order the dims left open: said if a layer then depends on it. */
      readonly ambiguous?: Diagnostic;
    }
  | { readonly kind: 'const'; readonly dims: readonly number[] };

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  readonly tensors: ReadonlyMap<string, number>;
  readonly positions: readonly (Position | undefined)[];
  readonly inputSize: readonly number[] | undefined;
  readonly assumptions: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface BuildOptions {
  readonly inputSize?: readonly number[] | undefined;
  readonly assume?: ReadonlyMap<string, 'pointwise' | 'global'> | undefined;
  readonly channelAttentionPointwise?: boolean | undefined;
  readonly deadline?: Deadline | undefined;
}

class Refusal {
  constructor(readonly diagnostic: Diagnostic) {}
}

export function buildGraph(ir: Ir, options: BuildOptions): Built | { readonly problem: Diagnostic } {
  try {
    return new Builder(ir, options).build();
  } catch (err) {
    if (err instanceof Refusal) return { problem: err.diagnostic };
    throw err;
  }
}

class Builder {
  private readonly nodes: rf.GraphNode[] = [];
  private readonly positions: (Position | undefined)[] = [];
  private readonly names = new UniqueNames();
  private readonly tensors = new Map<string, number>();
  private readonly assumptions: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** `layer id:port id` → its value. */
  private readonly values = new Map<string, Value>();
  private inputSize: readonly number[] | undefined;
  private firstImage = true;

  constructor(
    private readonly ir: Ir,
    private readonly options: BuildOptions,
  ) {}

  build(): Built {
    const { layers, edges } = this.ir;
    const byId = new Map(layers.map((l) => [l.id, l]));
    const into = new Map<string, Edge>();
    for (const e of edges) {
      const key = `${e.toLayer}:${e.toPort}`;
      if (into.has(key)) throw new Refusal(error(CODES.badEdge, `two edges go into port ${e.toPort} of "${byId.get(e.toLayer)!.name}"; an input port has one`, e.at));
      into.set(key, e);
    }
    // Kahn's order over the layers.
    const indegree = new Map<number, number>(layers.map((l) => [l.id, 0]));
    const consumers = new Map<number, number[]>();
    for (const e of edges) {
      indegree.set(e.toLayer, indegree.get(e.toLayer)! + 1);
      (consumers.get(e.fromLayer) ?? consumers.set(e.fromLayer, []).get(e.fromLayer)!).push(e.toLayer);
    }
    const order = layers.filter((l) => indegree.get(l.id) === 0).map((l) => l.id);
    for (let head = 0; head < order.length; head++) {
      for (const c of consumers.get(order[head]!) ?? []) {
        const d = indegree.get(c)! - 1;
        indegree.set(c, d);
        if (d === 0) order.push(c);
      }
    }
    if (order.length < layers.length) {
      const stuck = layers.find((l) => indegree.get(l.id)! > 0)!;
      throw new Refusal(error(CODES.noIo, `the edges make a cycle through "${stuck.name}"; an IR's graph is acyclic`, stuck.at));
    }
    const results: { layer: Layer; value: Value; producer: { layer: Layer; port: Port } }[] = [];
    for (const id of order) {
      this.options.deadline?.check();
      const layer = byId.get(id)!;
      const inputs = layer.inputs.map((port) => {
        const edge = into.get(`${layer.id}:${port.id}`);
        if (!edge) throw new Refusal(error(CODES.badEdge, `input port ${port.id} of "${layer.name}" (${layer.type}) has no edge into it`, port.at));
        return this.values.get(`${edge.fromLayer}:${edge.fromPort}`)!;
      });
      if (layer.type === 'Result') {
        const edge = into.get(`${layer.id}:${layer.inputs[0]?.id}`);
        if (!edge || !inputs[0]) throw new Refusal(error(CODES.badEdge, `Result "${layer.name}" has no input`, layer.at));
        const from = byId.get(edge.fromLayer)!;
        this.used(inputs[0]);
        results.push({ layer, value: inputs[0], producer: { layer: from, port: from.outputs.find((p) => p.id === edge.fromPort)! } });
        continue;
      }
      const outs = this.layer(layer, inputs);
      layer.outputs.forEach((port, k) => {
        const value = outs[Math.min(k, outs.length - 1)]!;
        this.values.set(`${layer.id}:${port.id}`, value);
        if (value.kind === 'data') for (const name of port.names) if (!this.tensors.has(name)) this.tensors.set(name, value.node);
      });
      const first = outs[0];
      if (first?.kind === 'data' && !this.tensors.has(layer.name)) this.tensors.set(layer.name, first.node);
    }
    if (!this.nodes.some((n) => n.op.kind === 'input')) {
      throw new Refusal(error(CODES.noIo, 'the IR has no 4-D Parameter (the image input); rflint reads networks over images (N, C, H, W)', layers[0]?.at ?? { line: 1, column: 1 }));
    }
    if (results.length === 0) throw new Refusal(error(CODES.noIo, 'the IR has no Result layer: no output to check', layers[0]!.at));
    const outputs: ModelOutput[] = [];
    const used = new Set<string>();
    for (const { layer, value, producer } of results) {
      if (value.kind !== 'data') continue;
      const name = producer.port?.names[0] ?? producer.layer.name;
      if (used.has(name)) continue;
      used.add(name);
      outputs.push({ name, node: value.node, thresholds: {}, position: layer.at, ...(name !== producer.layer.name ? { aliases: [producer.layer.name] } : {}) });
    }
    return { graph: { axes: AXES, nodes: this.nodes }, outputs, tensors: this.tensors, positions: this.positions, inputSize: this.inputSize, assumptions: this.assumptions, diagnostics: this.diagnostics };
  }

  private add(layer: Layer, op: rf.Op, ins: readonly number[]): number {
    this.nodes.push({ name: this.names.take(layer.name), op, inputs: ins });
    this.positions.push(layer.at);
    return this.nodes.length - 1;
  }

  private refuse(code: string, layer: Layer, message: string, at: Position = layer.at): never {
    throw new Refusal(error(code, `layer "${layer.name}" (${layer.type}): ${message}`, at));
  }

  /** The output values of one layer, one per output port (or one for all). */
  private layer(layer: Layer, inputs: readonly Value[]): Value[] {
    const family = FAMILIES.get(layer.type);
    const outDims = layer.outputs[0]?.dims ?? [];
    if (family === 'parameter') return [this.parameter(layer, outDims)];
    if (family === 'const' || family === 'shape') return [{ kind: 'const', dims: outDims }];
    const data = inputs.filter((v): v is Extract<Value, { kind: 'data' }> => v.kind === 'data');
    // Computed from constants only (a Convert of f16 weights, shape arithmetic): a constant.
    if (data.length === 0) return layer.outputs.map((p) => ({ kind: 'const', dims: p.dims }));
    const x = inputs[0]?.kind === 'data' ? inputs[0] : data[0]!;
    const assumed = this.options.assume?.get(layer.type);
    if (!family || family === 'axes') {
      // MVN-2 (no axes input) normalises over the spatial axes at least.
      if (layer.type === 'MVN' && layer.inputs.length === 1 && !assumed) return this.globalOut(layer, x, 'MVN (normalised over all positions)');
      if (!assumed) {
        const hint = didYouMean(layer.type, [...FAMILIES.keys()]);
        const why =
          family === 'axes'
            ? `normalises over the axes of a Const in the .bin, which rflint does not read; say \`--assume ${layer.type}=pointwise\` if they are the channels, \`=global\` if they include height or width`
            : `unknown layer type \`${layer.type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${layer.type}=pointwise\` (rules: \`assume: { ${layer.type}: pointwise }\`), or \`=global\` if it sees the whole input`;
        throw new Refusal(error(family === 'axes' ? CODES.needsValue : CODES.unknownType, `layer "${layer.name}": ${why}`, layer.typeAt));
      }
      const note = `layers of type ${layer.type} are treated as ${assumed}, as asked`;
      if (!this.assumptions.includes(note)) this.assumptions.push(note);
      if (assumed === 'pointwise') return this.same(layer, x, rf.pointwise, [x.node], x.global, layer.outputs.length);
      return this.globalOut(layer, x, `${layer.type} (assumed global)`);
    }
    switch (family) {
      case 'pointwise':
        return [this.data(layer, rf.pointwise, [x.node], x.layout, x.global, layer.outputs[0]?.dims ?? x.dims, x)];
      case 'global':
        return this.globalOut(layer, x, GLOBAL_REASONS[layer.type]!);
      case 'conv':
      case 'groupconv':
        return [this.conv(layer, x, inputs, false)];
      case 'deconv':
      case 'groupdeconv':
        return [this.conv(layer, x, inputs, true)];
      case 'maxpool':
      case 'avgpool':
        return this.same(layer, x, this.pool(layer, x, family === 'maxpool' ? 'max' : 'avg'), [x.node], x.global, layer.outputs.length);
      case 'interpolate':
        return [this.interpolate(layer, x)];
      case 'pad':
        return [this.pad(layer, x)];
      case 'concat':
        return [this.concat(layer, data, x)];
      case 'eltwise':
        return [this.eltwise(layer, data, x)];
      case 'reshape':
        return [this.reshape(layer, x, outDims)];
      case 'transpose':
        return [this.transpose(layer, x, outDims)];
      case 'reduce': {
        const reduced = x.layout.some((a, d) => a !== null && (outDims.length !== x.dims.length || (outDims[d] === 1 && x.dims[d] !== 1)));
        if (reduced || x.global) return this.globalOut(layer, x, `${layer.type} over the spatial axes`);
        return [this.data(layer, rf.pointwise, [x.node], x.layout, false, outDims)];
      }
      case 'softmax': {
        const axis = this.int(layer, 'axis', 1);
        const d = axis < 0 ? axis + x.dims.length : axis;
        if (x.layout[d] !== null && x.layout[d] !== undefined && !x.global) return this.globalOut(layer, x, `${layer.type} along a spatial axis`);
        return [this.data(layer, rf.pointwise, [x.node], x.layout, x.global, outDims)];
      }
      case 'split':
      case 'slice': {
        // Which dims changed is read off the ports; a change on a spatial one is a crop whose
        // offsets live in the .bin.
        for (const port of layer.outputs) {
          const changed = x.layout.findIndex((a, d) => a !== null && port.dims.length === x.dims.length && port.dims[d] !== x.dims[d]);
          if (port.dims.length !== x.dims.length || changed >= 0) {
            if (x.global) break;
            this.refuse(port.dims.length !== x.dims.length ? CODES.unsupported : CODES.needsValue, layer, port.dims.length !== x.dims.length ? 'changes the rank of a tensor with spatial axes' : `cuts the ${x.layout[changed] === 0 ? 'height' : 'width'} axis (${x.dims[changed]} → ${port.dims[changed]}); where it cuts lives in a Const in the .bin, which rflint does not read`);
          }
        }
        return layer.outputs.map((port) => this.data(layer, rf.pointwise, [x.node], x.layout, x.global, port.dims));
      }
      case 'depth_to_space':
      case 'space_to_depth': {
        const block = this.int(layer, 'block_size', 1);
        this.nchw(layer, x);
        const op = family === 'depth_to_space' ? rf.depthToSpace(AXES, block) : rf.spaceToDepth(AXES, block);
        return [this.data(layer, op, [x.node], x.layout, x.global, outDims)];
      }
    }
    return this.refuse(CODES.unknownType, layer, 'is not mapped');
  }

  private parameter(layer: Layer, dims: readonly number[]): Value {
    if (dims.length !== 4) return { kind: 'const', dims };
    // A channels-last image (TensorFlow's NHWC: a few channels last, more in dim 1).
    const nhwc = dims[3]! > 0 && dims[3]! <= 4 && dims[1]! > 4;
    const layout = nhwc ? NHWC : NCHW;
    const node = this.add(layer, rf.input, []);
    if (this.firstImage) {
      this.firstImage = false;
      const spatial = nhwc ? [dims[1]!, dims[2]!] : [dims[2]!, dims[3]!];
      this.inputSize = this.options.inputSize ?? (spatial.every((n) => n > 0) ? spatial : undefined);
      if (nhwc) this.assumptions.push(`input "${layer.name}" ${dims.join('×')} read as N, H, W, C (channels last)`);
    }
    return { kind: 'data', node, layout, global: false, dims };
  }

  private data(layer: Layer, op: rf.Op, ins: readonly number[], layout: Layout, global: boolean, dims: readonly number[], from?: Extract<Value, { kind: 'data' }>): Value {
    const ambiguous = !global && op.kind === 'pointwise' ? from?.ambiguous : undefined;
    return { kind: 'data', node: this.add(layer, op, ins), layout, global, dims, ...(ambiguous ? { ambiguous } : {}) };
  }

  /** An ambiguous Transpose's warning, once, when a layer's result depends on its order. */
  private used(x: Value | undefined): void {
    if (x?.kind !== 'data' || !x.ambiguous || x.global) return;
    if (!this.diagnostics.includes(x.ambiguous)) this.diagnostics.push(x.ambiguous);
  }

  private same(layer: Layer, x: Extract<Value, { kind: 'data' }>, op: rf.Op, ins: readonly number[], global: boolean, outputs: number): Value[] {
    const node = this.add(layer, op, ins);
    return layer.outputs.slice(0, Math.max(1, outputs)).map((p) => ({ kind: 'data', node, layout: x.layout, global, dims: p.dims }));
  }

  private globalOut(layer: Layer, x: Extract<Value, { kind: 'data' }>, reason: string): Value[] {
    const node = this.add(layer, { kind: 'global', reason: `${reason}: layer "${layer.name}"` }, [x.node]);
    return layer.outputs.map((p) => ({ kind: 'data', node, layout: p.dims.map(() => null), global: true, dims: p.dims }));
  }

  private attr(layer: Layer, key: string): string | undefined {
    return layer.data.get(key)?.value;
  }

  private int(layer: Layer, key: string, fallback: number): number {
    const raw = this.attr(layer, key);
    if (raw === undefined) return fallback;
    if (!/^\s*-?\d+\s*$/.test(raw)) this.refuse(CODES.invalidValue, layer, `\`${key}="${raw}"\` is not an integer`, layer.data.get(key)!.at);
    return Number(raw);
  }

  /** A per-axis list (`2,2` or `2, 2`), one value per spatial axis. */
  private ints(layer: Layer, key: string, fallback: number | undefined, min = 0): number[] {
    const raw = this.attr(layer, key);
    if (raw === undefined || raw.trim() === '') {
      if (fallback === undefined) this.refuse(CODES.malformed, layer, `<data> has no \`${key}\``, layer.dataAt);
      return [fallback, fallback];
    }
    const values = raw.split(',').map((s) => s.trim());
    if (values.length !== AXES || values.some((v) => !/^-?\d+$/.test(v) || Number(v) < min)) {
      this.refuse(CODES.invalidValue, layer, `\`${key}="${raw}"\` should be ${AXES} integers ≥ ${min} (height, width)`, layer.data.get(key)!.at);
    }
    return values.map(Number);
  }

  /** Spatial sizes of dims under a layout, when static. */
  private spatial(dims: readonly number[], layout: Layout): number[] | undefined {
    const out: number[] = [];
    for (let a = 0; a < AXES; a++) {
      const d = layout.indexOf(a);
      const n = d < 0 ? undefined : dims[d];
      if (n === undefined || n < 1) return undefined;
      out.push(n);
    }
    return out;
  }

  private nchw(layer: Layer, x: Extract<Value, { kind: 'data' }>): void {
    if (x.global) return;
    this.used(x);
    if (x.layout.length !== 4 || x.layout[2] !== 0 || x.layout[3] !== 1) {
      this.refuse(CODES.unsupported, layer, `expects its input as N, C, H, W, but a Transpose or Reshape upstream moved the spatial axes (the input holds them at dims ${x.layout.map((a, d) => (a === null ? null : d)).filter((d) => d !== null).join(', ') || 'none'})`);
    }
  }

  private autoPad(layer: Layer): 'explicit' | 'valid' | 'same_upper' | 'same_lower' {
    const raw = (this.attr(layer, 'auto_pad') ?? 'explicit').toLowerCase();
    if (raw === 'explicit' || raw === 'notset' || raw === '') return 'explicit';
    if (raw === 'valid' || raw === 'same_upper' || raw === 'same_lower') return raw;
    return this.refuse(CODES.invalidValue, layer, `\`auto_pad="${raw}"\` must be explicit, valid, same_upper or same_lower`, layer.data.get('auto_pad')!.at);
  }

  private conv(layer: Layer, x: Extract<Value, { kind: 'data' }>, inputs: readonly Value[], transposed: boolean): Value {
    this.nchw(layer, x);
    const outDims = layer.outputs[0]!.dims;
    if (x.global) return this.globalOut(layer, x, layer.type)[0]!;
    const weights = inputs[1]?.dims ?? layer.inputs[1]?.dims ?? [];
    if (inputs[1]?.kind === 'data') this.refuse(CODES.unsupported, layer, 'its weights come from the data path (a dynamic kernel); rflint reads convolutions with constant weights', layer.inputs[1]!.at);
    const kernel = weights.slice(-AXES);
    if (kernel.length !== AXES || kernel.some((k) => !(k >= 1))) this.refuse(CODES.needsValue, layer, `the weights port (${weights.join('×') || 'no dims'}) does not give a ${AXES}-D kernel`, layer.inputs[1]?.at ?? layer.at);
    const stride = this.ints(layer, 'strides', 1, 1);
    const dilation = this.ints(layer, 'dilations', 1, 1);
    const mode = this.autoPad(layer);
    let begin = mode === 'explicit' ? this.ints(layer, 'pads_begin', 0) : [0, 0];
    let end = mode === 'explicit' ? this.ints(layer, 'pads_end', 0) : [0, 0];
    if (!transposed) {
      const pad: rf.Pad[] = mode === 'same_upper' || mode === 'same_lower' ? [{ same: mode === 'same_upper' ? 'upper' : 'lower' }, { same: mode === 'same_upper' ? 'upper' : 'lower' }] : begin.map((b, a) => ({ begin: b, end: end[a]! }));
      return this.data(layer, { kind: 'conv', kernel, stride, dilation, pad }, [x.node], x.layout, false, outDims);
    }
    const outputPadding = this.ints(layer, 'output_padding', 0);
    if (mode === 'same_upper' || mode === 'same_lower' || layer.inputs.length > 2) {
      // The cut is what brings the full output to the output port's dims.
      const n = this.spatial(x.dims, x.layout);
      const out = this.spatial(outDims, NCHW);
      if (!n || !out) this.refuse(CODES.needsValue, layer, 'its output size comes from SAME padding or an output_shape input, and the ports have no static dims to read it from');
      const cuts = n.map((len, a) => (len - 1) * stride[a]! + dilation[a]! * (kernel[a]! - 1) + 1 + outputPadding[a]! - out[a]!);
      if (cuts.some((c) => c < 0)) this.refuse(CODES.invalidValue, layer, `the output port (${out.join('×')}) is larger than the full transposed convolution`);
      const lower = mode === 'same_lower';
      begin = cuts.map((c) => (lower ? Math.ceil(c / 2) : Math.floor(c / 2)));
      end = cuts.map((c, a) => c - begin[a]!);
    }
    return this.data(layer, { kind: 'deconv', kernel, stride, dilation, pad: begin.map((b, a) => ({ begin: b, end: end[a]! })), outputPadding }, [x.node], x.layout, false, outDims);
  }

  private pool(layer: Layer, x: Extract<Value, { kind: 'data' }>, pool: 'max' | 'avg'): rf.Op {
    this.nchw(layer, x);
    if (x.global) return { kind: 'global', reason: `${layer.type} of a global tensor: layer "${layer.name}"` };
    const kernel = this.ints(layer, 'kernel', undefined, 1);
    const stride = this.ints(layer, 'strides', 1, 1);
    const dilation = this.ints(layer, 'dilations', 1, 1);
    const mode = this.autoPad(layer);
    if (mode === 'same_upper' || mode === 'same_lower') {
      const same = mode === 'same_upper' ? 'upper' : 'lower';
      return { kind: 'conv', pool, kernel, stride, dilation, pad: [{ same }, { same }] };
    }
    const begin = mode === 'explicit' ? this.ints(layer, 'pads_begin', 0) : [0, 0];
    const end = mode === 'explicit' ? this.ints(layer, 'pads_end', 0) : [0, 0];
    const rounding = (this.attr(layer, 'rounding_type') ?? 'floor').toLowerCase();
    if (rounding !== 'floor' && rounding !== 'ceil' && rounding !== 'ceil_torch') this.refuse(CODES.invalidValue, layer, `\`rounding_type="${rounding}"\` must be floor, ceil or ceil_torch`, layer.data.get('rounding_type')!.at);
    const pads = begin.map((b, a) => ({ begin: b, end: end[a]! }));
    if (rounding === 'floor') return { kind: 'conv', pool, kernel, stride, dilation, pad: pads };
    // Ceil: the output port's dims say how many windows there are; an explicit end pad gives
    // exactly those (OpenVINO's `ceil` keeps a last window PyTorch's rule would drop).
    const n = this.spatial(x.dims, x.layout);
    const out = this.spatial(layer.outputs[0]!.dims, NCHW);
    if (n && out) {
      const extent = kernel.map((k, a) => dilation[a]! * (k - 1) + 1);
      return { kind: 'conv', pool, kernel, stride, dilation, pad: pads.map((p, a) => ({ begin: p.begin, end: Math.max(p.end, (out[a]! - 1) * stride[a]! + extent[a]! - n[a]! - p.begin) })) };
    }
    return { kind: 'conv', pool, kernel, stride, dilation, pad: pads, ceilMode: true };
  }

  private interpolate(layer: Layer, x: Extract<Value, { kind: 'data' }>): Value {
    const outDims = layer.outputs[0]!.dims;
    if (x.global) return this.globalOut(layer, x, 'Interpolate of a global tensor')[0]!;
    this.nchw(layer, x);
    const v1 = layer.version === 'opset1';
    const mode = (this.attr(layer, 'mode') ?? 'nearest').toLowerCase();
    const taps = mode === 'nearest' ? 'nearest' : mode === 'linear' || mode === 'linear_onnx' || mode === 'bilinear' ? 'linear' : mode === 'cubic' ? 'cubic' : undefined;
    if (!taps) this.refuse(CODES.unsupported, layer, `\`mode="${mode}"\` (a filter that widens when downsampling) is not mapped; rflint reads nearest, linear, linear_onnx and cubic`, layer.data.get('mode')?.at ?? layer.dataAt);
    const antialias = (this.attr(layer, 'antialias') ?? 'false').toLowerCase();
    if (antialias === 'true' || antialias === '1') this.refuse(CODES.unsupported, layer, '`antialias="true"` widens the window when downsampling; rflint reads resizes without it', layer.data.get('antialias')!.at);
    for (const key of ['pads_begin', 'pads_end']) {
      const raw = this.attr(layer, key);
      if (raw && raw.split(',').some((p) => Number(p.trim()) !== 0)) this.refuse(CODES.unsupported, layer, `\`${key}="${raw}"\` pads before resizing; rflint reads Interpolate without pads`, layer.data.get(key)!.at);
    }
    let coordinates: rf.CoordinateMode;
    let rounding: rf.NearestRounding = 'floor';
    if (v1) {
      const align = (this.attr(layer, 'align_corners') ?? '0').toLowerCase();
      coordinates = align === '1' || align === 'true' ? 'align_corners' : taps === 'nearest' ? 'asymmetric' : 'half_pixel';
    } else {
      const c = (this.attr(layer, 'coordinate_transformation_mode') ?? 'half_pixel').toLowerCase();
      const known = ['half_pixel', 'pytorch_half_pixel', 'asymmetric', 'tf_half_pixel_for_nn', 'align_corners'];
      if (!known.includes(c)) this.refuse(CODES.invalidValue, layer, `\`coordinate_transformation_mode="${c}"\` must be one of ${known.join(', ')}`, layer.data.get('coordinate_transformation_mode')!.at);
      coordinates = c as rf.CoordinateMode;
      const r = (this.attr(layer, 'nearest_mode') ?? 'round_prefer_floor').toLowerCase();
      if (taps === 'nearest') {
        if (!['round_prefer_floor', 'round_prefer_ceil', 'floor', 'ceil'].includes(r)) this.refuse(CODES.unsupported, layer, `\`nearest_mode="${r}"\` is not mapped; rflint reads round_prefer_floor, round_prefer_ceil, floor and ceil`, layer.data.get('nearest_mode')!.at);
        rounding = r as rf.NearestRounding;
      }
    }
    const n = this.spatial(x.dims, x.layout);
    const out = this.spatial(outDims, NCHW);
    if (!n || !out) this.refuse(CODES.needsValue, layer, 'its scales or sizes live in the .bin; rflint reads them off the ports, which have no static dims here');
    const scale = out.map((o, a) => {
      const g = rf.gcd(o, n[a]!);
      return rf.frac(o / g, n[a]! / g);
    });
    return this.data(layer, { kind: 'resize', scale, mode: taps, rounding, coordinates, size: out }, [x.node], x.layout, false, outDims);
  }

  private pad(layer: Layer, x: Extract<Value, { kind: 'data' }>): Value {
    const outDims = layer.outputs[0]!.dims;
    if (x.global) return this.data(layer, rf.pointwise, [x.node], outDims.map(() => null), true, outDims);
    const totals: number[] = [];
    for (let a = 0; a < AXES; a++) {
      const d = x.layout.indexOf(a);
      const before = x.dims[d];
      const after = outDims[d];
      if (before === undefined || after === undefined || before < 1 || after < 1) this.refuse(CODES.needsValue, layer, 'its pads live in the .bin; rflint reads them off the ports, which have no static dims here');
      totals.push(after - before);
    }
    if (totals.every((t) => t === 0)) return this.data(layer, rf.pointwise, [x.node], x.layout, false, outDims);
    if (totals.some((t) => t < 0)) this.refuse(CODES.unsupported, layer, 'crops (negative pads); rflint reads Pad that pads');
    // Only the total is in the .xml; where it goes lives in the .bin. rf and stride do not
    // depend on the split, start does: the assumption is said with the figures.
    const begin = totals.map((t) => Math.floor(t / 2));
    const end = totals.map((t, a) => t - begin[a]!);
    this.assumptions.push(`Pad "${layer.name}": its ${totals.join('×')} pixels of padding split ${begin.join('×')} before, ${end.join('×')} after (the split lives in the .bin; start depends on it, rf and stride do not)`);
    return this.data(layer, rf.pad(AXES, begin, end), [x.node], x.layout, false, outDims);
  }

  private concat(layer: Layer, data: readonly Extract<Value, { kind: 'data' }>[], x: Extract<Value, { kind: 'data' }>): Value {
    const outDims = layer.outputs[0]!.dims;
    const axis = this.int(layer, 'axis', 0);
    const d = axis < 0 ? axis + outDims.length : axis;
    const spatial = data.some((v) => !v.global && v.layout[d] !== null && v.layout[d] !== undefined);
    if (spatial) this.refuse(CODES.unsupported, layer, `concatenates along axis ${axis}, a spatial axis; rflint reads Concat along the channels`, layer.data.get('axis')?.at ?? layer.at);
    const global = data.every((v) => v.global);
    if (data.length === 1) return this.data(layer, rf.pointwise, [x.node], x.layout, x.global, outDims);
    return this.data(layer, rf.merge('concat'), data.map((v) => v.node), global ? outDims.map(() => null) : data.find((v) => !v.global)!.layout, global, outDims);
  }

  private eltwise(layer: Layer, data: readonly Extract<Value, { kind: 'data' }>[], x: Extract<Value, { kind: 'data' }>): Value {
    const outDims = layer.outputs[0]!.dims;
    const spatial = data.filter((v) => !v.global);
    const main = spatial.find((v) => v.dims.length === outDims.length) ?? spatial[0] ?? x;
    if (data.length === 1) return this.data(layer, rf.pointwise, [x.node], main.layout, x.global, outDims);
    const gate = layer.type === 'Multiply' && spatial.length === 1 ? data.find((v) => v.global) : undefined;
    if (gate) {
      const where = `layer "${layer.name}" (${layer.type})`;
      if (this.options.channelAttentionPointwise) {
        this.assumptions.push(`${where}: the channel-attention gate is treated as pointwise, as asked`);
        return this.data(layer, rf.pointwise, [main.node], main.layout, false, outDims);
      }
      if (!this.diagnostics.some((d) => d.code === CODES.gate)) {
        this.diagnostics.push(
          warning(
            CODES.gate,
            `${where} scales a feature map by a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
            layer.at,
          ),
        );
      }
      return this.data(layer, { kind: 'global', reason: `channel-attention gate: layer "${layer.name}"` }, [main.node], outDims.map(() => null), true, outDims);
    }
    const merge = layer.type === 'Add' ? 'add' : layer.type === 'Multiply' ? 'mul' : layer.type === 'Maximum' ? 'max' : layer.type.toLowerCase();
    return this.data(layer, rf.merge(merge), data.map((v) => v.node), main.layout, spatial.length === 0, outDims);
  }

  private reshape(layer: Layer, x: Extract<Value, { kind: 'data' }>, outDims: readonly number[]): Value {
    if (x.global) return this.data(layer, rf.pointwise, [x.node], outDims.map(() => null), true, outDims);
    if (x.dims.some((n) => n < 0) || outDims.some((n) => n < 0)) this.refuse(CODES.needsValue, layer, 'its ports have dynamic dims, so what it does to the spatial axes cannot be read off them');
    const mapped = mapReshape(x.dims, outDims, x.layout, AXES);
    if (mapped.kind === 'global') return this.globalOut(layer, x, `${layer.type}: ${mapped.why}`)[0]!;
    let node = x.node;
    let op: rf.Op = rf.pointwise;
    if (mapped.down.some((b) => b !== 1)) op = rf.spaceToDepth(AXES, mapped.down);
    if (mapped.up.some((b) => b !== 1)) {
      if (op.kind !== 'pointwise') node = this.add({ ...layer, name: `${layer.name}/down` }, op, [node]);
      op = rf.depthToSpace(AXES, mapped.up);
    }
    return this.data(layer, op, [node], mapped.layout, false, outDims, x);
  }

  private transpose(layer: Layer, x: Extract<Value, { kind: 'data' }>, outDims: readonly number[]): Value {
    if (x.global) return this.data(layer, rf.pointwise, [x.node], outDims.map(() => null), true, outDims);
    const perms = permutations(x.dims, outDims);
    if (perms.length === 0) this.refuse(CODES.needsValue, layer, `its output dims (${outDims.join('×')}) are no permutation of its input's (${x.dims.join('×')})`);
    const layouts = perms.map((p) => p.map((d) => x.layout[d] ?? null));
    const key = (l: Layout) => l.join(',');
    const distinct = [...new Set(layouts.map(key))];
    let layout = layouts[0]!;
    if (distinct.length > 1) {
      // Equal dims (a square map's height and width) leave the order open: the one that keeps
      // the spatial axes in their order is taken, and said.
      const ordered = layouts.find((l) => {
        const spatial = l.filter((a) => a !== null) as number[];
        return spatial.every((a, i) => i === 0 || a > spatial[i - 1]!);
      });
      layout = ordered ?? layout;
      const ambiguous = warning(CODES.ambiguous, `layer "${layer.name}" (Transpose): its order lives in the .bin and the port dims (${x.dims.join('×')} → ${outDims.join('×')}) fit ${distinct.length} ways; taken as the one that keeps height before width`, layer.at);
      return { kind: 'data', node: this.add(layer, rf.pointwise, [x.node]), layout, global: false, dims: outDims, ambiguous };
    }
    return this.data(layer, rf.pointwise, [x.node], layout, false, outDims, x);
  }
}
