/**
 * A TFLite model's main subgraph (tables.ts) → the graph IR. Operators come in execution order;
 * only those fed, directly or not, by the subgraph's inputs are built (the rest compute
 * constants: a DEQUANTIZE of fp16 weights). Tensors are NHWC; each IR node is named after the
 * operator's first output tensor, and every tensor on the data path can be named by a rule.
 * The file gives every tensor's shape, so SAME padding (which depends on the input size) and a
 * resize's scale come from the file, not from assumptions.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { LoadOptions, ModelOutput } from '../model.js';
import { UniqueNames } from '../unique.js';
import * as rf from '../../rf/index.js';
import { CODES } from './codes.js';
import { DETECTION_POSTPROCESS, ELEMENTWISE, GLOBAL, OP, POINTWISE, REDUCTIONS, SHAPE_ONLY, opName } from './ops.js';
import type { TfliteModel, TfliteOperator, TfliteTensor } from './tables.js';

const AXES = 2;
const SAME = 0;
const VALID = 1;

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  readonly tensors: ReadonlyMap<string, number>;
  /** Each IR node's operator, for messages (`operator 3 CONV_2D "conv1"`). */
  readonly labels: readonly string[];
  readonly inputSize?: readonly number[];
  readonly assumptions: readonly string[];
}

class OperatorProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function buildGraph(m: TfliteModel, options: LoadOptions): Built | { readonly diagnostics: readonly Diagnostic[] } {
  return new Builder(m, options).build();
}

class Builder {
  private readonly nodes: rf.GraphNode[] = [];
  private readonly labels: string[] = [];
  /** Tensor index → the IR node that computes it (data tensors only). */
  private readonly irOf = new Map<number, number>();
  private readonly globalPath = new Set<number>();
  private readonly names = new UniqueNames();
  private readonly tensors = new Map<string, number>();
  private readonly assumptions: string[] = [];
  private readonly problems: Diagnostic[] = [];
  private inputSize: number[] | undefined;
  /** Where a data tensor's height and width are, when not NHWC's [1, 2] (an NCHW input before its TRANSPOSE). */
  private readonly layoutOf = new Map<number, readonly [number, number]>();

  constructor(
    private readonly m: TfliteModel,
    private readonly options: LoadOptions,
  ) {}

  build(): Built | { readonly diagnostics: readonly Diagnostic[] } {
    const sized = this.readInputs();
    if (sized) return { diagnostics: [sized] };
    const failed = new Set<number>();
    for (const op of this.m.operators) {
      const data = op.inputs.filter((t) => t >= 0 && (this.irOf.has(t) || failed.has(t)));
      if (data.length === 0) {
        const unknown = op.inputs.find((t) => t >= 0 && !this.m.tensors[t]!.constant && !this.isProduced(t, op.index));
        // A tensor that is neither an input, a constant nor written by an earlier operator.
        if (unknown !== undefined && this.isProducedLater(unknown, op.index)) {
          this.problems.push(error(CODES.structure, `${this.label(op)} reads tensor ${unknown} ("${this.m.tensors[unknown]!.name}") before the operator that writes it: operators must come in execution order (a cycle?)`));
        }
        continue;
      }
      if (data.some((t) => failed.has(t))) {
        for (const t of op.outputs) if (t >= 0) failed.add(t);
        continue;
      }
      try {
        this.buildOperator(op, data);
      } catch (err) {
        if (!(err instanceof OperatorProblem)) throw err;
        this.problems.push(error(err.code, `${this.label(op)}: ${err.message}`));
        for (const t of op.outputs) if (t >= 0) failed.add(t);
      }
    }
    if (this.problems.length > 0) return { diagnostics: this.problems };
    const outputs: ModelOutput[] = [];
    for (const t of this.m.outputs) {
      const node = this.irOf.get(t);
      if (node === undefined) continue;
      outputs.push({ name: this.m.tensors[t]!.name, node, thresholds: {} });
    }
    if (outputs.length === 0) {
      return { diagnostics: [error(CODES.noInput, "no output of the subgraph is computed from its input: rflint follows positions from the subgraph's inputs to its outputs")] };
    }
    return {
      graph: { axes: AXES, nodes: this.nodes },
      outputs,
      tensors: this.tensors,
      labels: this.labels,
      ...(this.inputSize ? { inputSize: this.inputSize } : {}),
      assumptions: this.assumptions,
    };
  }

  /** Tensor → the first operator that writes it (computed once: the checks below are per input). */
  private producers: Map<number, number> | undefined;

  private producer(t: number): number | undefined {
    if (!this.producers) {
      this.producers = new Map();
      for (const o of this.m.operators) for (const out of o.outputs) if (!this.producers.has(out)) this.producers.set(out, o.index);
    }
    return this.producers.get(t);
  }

  private isProduced(t: number, before: number): boolean {
    const p = this.producer(t);
    return p !== undefined && p < before;
  }

  private isProducedLater(t: number, after: number): boolean {
    const p = this.producer(t);
    return p !== undefined && p >= after;
  }

  /** The input image: the first 4-D input (NHWC); --input-size replaces its height and width. */
  private readInputs(): Diagnostic | undefined {
    const images = this.m.inputs.filter((t) => !this.m.tensors[t]!.constant);
    if (images.length === 0) return error(CODES.noInput, 'the subgraph has no input tensor: rflint follows positions from the model\'s input');
    const given = this.options.inputSize;
    if (given && given.length > AXES) return error(CODES.options, `the input size has ${given.length} values; a TFLite image model takes height × width (e.g. --input-size 224x224)`);
    for (const t of images) {
      const node = this.add(rf.input, this.m.tensors[t]!.name, `input tensor ${t}`);
      this.irOf.set(t, node);
      this.tensors.set(this.m.tensors[t]!.name, node);
    }
    for (const t of images) {
      // A model converted from PyTorch takes NCHW and transposes it first: [0, 2, 3, 1].
      const transpose = this.m.operators.find((o) => o.code === OP.TRANSPOSE && o.inputs[0] === t);
      const perm = this.tensor(transpose?.inputs[1])?.ints;
      if (perm && perm.length === 4 && this.m.tensors[t]!.shape.length === 4 && perm[1]! < perm[2]! && perm[1]! > 0) this.layoutOf.set(t, [perm[1]!, perm[2]!]);
    }
    const image = images.find((t) => this.m.tensors[t]!.shape.length === 4);
    if (given && given.length > 0) {
      this.inputSize = given.length === 1 ? [given[0]!, given[0]!] : [...given];
      this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from the input size given`);
    } else if (image !== undefined && this.hw(image)) {
      this.inputSize = [...this.hw(image)!];
      if (this.layoutOf.has(image)) this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from tensor "${this.m.tensors[image]!.name}", read as NCHW: the model transposes it to NHWC first`);
    }
    return undefined;
  }

  private label(op: TfliteOperator): string {
    const out = op.outputs[0];
    const name = out !== undefined && out >= 0 ? this.m.tensors[out]!.name : '?';
    return `operator ${op.index} ${opName(op.code, op.custom)} ("${name}")`;
  }

  private add(op: rf.Op, name: string, label: string, inputs: readonly number[] = []): number {
    this.options.deadline?.check();
    this.nodes.push({ name: this.names.take(name), op, inputs });
    this.labels.push(label);
    const index = this.nodes.length - 1;
    if (op.kind === 'global' || inputs.some((i) => this.globalPath.has(i))) this.globalPath.add(index);
    return index;
  }

  /** One IR node for the operator, holding every output tensor. */
  private emit(op: TfliteOperator, irOp: rf.Op, inputs: readonly number[]): void {
    const first = op.outputs.find((t) => t >= 0);
    const name = first === undefined ? `operator ${op.index}` : this.m.tensors[first]!.name;
    const node = this.add(irOp, name, this.label(op), inputs.map((t) => this.irOf.get(t)!));
    // What keeps positions keeps the layout (a PAD or an ADD of an NCHW tensor is NCHW).
    const layout = inputs[0] === undefined || irOp.kind === 'global' ? undefined : this.layoutOf.get(inputs[0]);
    for (const t of op.outputs) {
      if (t < 0) continue;
      if (layout && !this.layoutOf.has(t)) this.layoutOf.set(t, layout);
      this.irOf.set(t, node);
      const tensorName = this.m.tensors[t]!.name;
      if (!this.tensors.has(tensorName)) this.tensors.set(tensorName, node);
    }
  }

  /** The axes of a data tensor's height and width: NHWC's unless a TRANSPOSE moved them. */
  private layout(t: number): readonly [number, number] {
    return this.layoutOf.get(t) ?? [1, 2];
  }

  private tensor(t: number | undefined): TfliteTensor | undefined {
    return t === undefined || t < 0 ? undefined : this.m.tensors[t];
  }

  /** [height, width] of a 4-D NHWC tensor, when the file gives them. */
  private hw(t: number | undefined): [number, number] | undefined {
    const shape = this.tensor(t)?.shape;
    const [h, w] = (t === undefined ? undefined : this.layoutOf.get(t)) ?? [1, 2];
    return shape && shape.length === 4 && shape[h]! > 0 && shape[w]! > 0 ? [shape[h]!, shape[w]!] : undefined;
  }

  private positive(op: TfliteOperator, key: string): number {
    const v = op.options[key];
    if (v === undefined) throw new OperatorProblem(CODES.options, `it has no builtin options (\`${key}\` is needed)`);
    if (!(v >= 1)) throw new OperatorProblem(CODES.options, `\`${key}\` must be ≥ 1, got ${v}`);
    return v;
  }

  private padding(op: TfliteOperator): typeof SAME | typeof VALID {
    const p = op.options.padding;
    if (p !== SAME && p !== VALID) throw new OperatorProblem(CODES.options, `\`padding\` must be SAME (0) or VALID (1), got ${p}`);
    return p;
  }

  private buildOperator(op: TfliteOperator, data: readonly number[]): void {
    const name = opName(op.code, op.custom);
    const x = data[0]!;
    const assumed = this.options.assume?.get(name);
    if (assumed) return this.emit(op, assumed === 'global' ? { kind: 'global', reason: `${name} (assumed global)` } : rf.pointwise, data.slice(0, 1));
    switch (op.code) {
      case OP.CONV_2D:
      case OP.DEPTHWISE_CONV_2D:
        return this.buildConv(op, x);
      case OP.AVERAGE_POOL_2D:
      case OP.MAX_POOL_2D:
      case OP.L2_POOL_2D: {
        const kernel = [this.positive(op, 'filter_h'), this.positive(op, 'filter_w')];
        const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
        const pad = this.padding(op) === SAME ? [{ same: 'upper' as const }, { same: 'upper' as const }] : [{ begin: 0, end: 0 }, { begin: 0, end: 0 }];
        return this.emit(op, { kind: 'conv', pool: op.code === OP.MAX_POOL_2D ? 'max' : 'avg', kernel, stride, dilation: [1, 1], pad }, [x]);
      }
      case OP.TRANSPOSE_CONV:
        return this.buildTransposeConv(op);
      case OP.PAD:
      case OP.PADV2:
      case OP.MIRROR_PAD: {
        const paddings = this.tensor(op.inputs[1])?.ints;
        if (!paddings) throw new OperatorProblem(CODES.valueNotInFile, 'its paddings are computed at run time (not a constant tensor of the file), so rflint cannot tell how much it pads');
        if (paddings.length !== 8) throw new OperatorProblem(CODES.options, `its paddings must be a 4×2 tensor (begin, end per axis of NHWC), got ${paddings.length} values`);
        if (paddings.some((p) => p < 0)) throw new OperatorProblem(CODES.options, `its paddings must be ≥ 0, got [${paddings.join(', ')}]`);
        const [h, w] = this.layout(x);
        return this.emit(op, rf.pad(AXES, [paddings[2 * h]!, paddings[2 * w]!], [paddings[2 * h + 1]!, paddings[2 * w + 1]!]), [x]);
      }
      case OP.RESIZE_BILINEAR:
      case OP.RESIZE_NEAREST_NEIGHBOR:
        return this.buildResize(op, x);
      case OP.DEPTH_TO_SPACE:
      case OP.SPACE_TO_DEPTH: {
        const block = this.positive(op, 'block_size');
        return this.emit(op, op.code === OP.SPACE_TO_DEPTH ? rf.spaceToDepth(AXES, block) : rf.depthToSpace(AXES, block), [x]);
      }
      case OP.CONCATENATION: {
        const rank = this.tensor(op.outputs[0])?.shape.length ?? 0;
        const axis = (op.options.axis ?? 0) < 0 ? (op.options.axis ?? 0) + rank : (op.options.axis ?? 0);
        // Boxes of every anchor joined after their reshapes (SSD's concat of [1, N, 1, 4]) are global already.
        const local = data.some((t) => !this.globalPath.has(this.irOf.get(t)!));
        if (rank === 4 && local && this.layout(x).includes(axis)) throw new OperatorProblem(CODES.unsupported, `it concatenates along a spatial axis (${axis} of NHWC); rflint maps concats of channels`);
        return this.emit(op, data.length > 1 ? rf.merge('CONCATENATION') : rf.pointwise, data);
      }
      case OP.STRIDED_SLICE:
      case OP.SLICE:
        return this.buildSlice(op, x);
      case OP.SOFTMAX:
      case OP.LOG_SOFTMAX:
        // Over the last axis: the channels of an NHWC map.
        return this.emit(op, rf.pointwise, [x]);
      default:
        break;
    }
    if (POINTWISE.has(op.code)) return this.emit(op, rf.pointwise, [x]);
    if (ELEMENTWISE.has(op.code)) return this.emit(op, data.length > 1 ? rf.merge(name) : rf.pointwise, data);
    if (REDUCTIONS.has(op.code)) return this.buildReduction(op, x, name);
    if (GLOBAL.has(op.code)) return this.emit(op, { kind: 'global', reason: name }, [x]);
    if (SHAPE_ONLY.has(op.code)) return;
    if (op.code === OP.CUSTOM && op.custom === DETECTION_POSTPROCESS) {
      const reason = `${DETECTION_POSTPROCESS} (the TF Object Detection API's box decoding and non-max suppression over every anchor)`;
      if (data.length === 1) return this.emit(op, { kind: 'global', reason }, data);
      // Boxes and scores: their hull, then the global op.
      const merged = this.add(rf.merge(name), `${this.m.tensors[op.outputs[0]!]?.name ?? name}/inputs`, this.label(op), data.map((t) => this.irOf.get(t)!));
      const node = this.add({ kind: 'global', reason }, this.m.tensors[op.outputs[0]!]?.name ?? name, this.label(op), [merged]);
      for (const t of op.outputs) {
        if (t < 0) continue;
        this.irOf.set(t, node);
        if (!this.tensors.has(this.m.tensors[t]!.name)) this.tensors.set(this.m.tensors[t]!.name, node);
      }
      return;
    }
    if (op.code === OP.TRANSPOSE) {
      const perm = this.tensor(op.inputs[1])?.ints;
      const [h, w] = this.layoutOf.get(x) ?? [1, 2];
      const out = perm && perm.length === 4 && this.tensor(x)?.shape.length === 4 ? ([perm.indexOf(h), perm.indexOf(w)] as const) : undefined;
      // Height before width on both sides: positions kept, only the channels move.
      if (out && out[0] >= 0 && out[0] < out[1]) {
        if (op.outputs[0] !== undefined) this.layoutOf.set(op.outputs[0], out);
        return this.emit(op, rf.pointwise, [x]);
      }
      return this.emit(op, { kind: 'global', reason: `${name} of the spatial axes` }, [x]);
    }
    if (op.code === OP.RESHAPE && this.nodes[this.irOf.get(x)!]!.op.kind === 'input' && this.tensor(x)?.shape.length !== 4 && this.hw(op.outputs[0])) {
      // A flat input (a spectrogram as [1, 1960]) reshaped into the image the convs read.
      const hw = this.hw(op.outputs[0])!;
      if (!this.options.inputSize?.length && !this.inputSize) {
        this.inputSize = [...hw];
        this.assumptions.push(`input ${hw.join('×')} (height × width) from "${this.m.tensors[op.outputs[0]!]!.name}", the ${opName(op.code)} of the flat input "${this.m.tensors[x]!.name}"`);
      }
      return this.emit(op, rf.pointwise, [x]);
    }
    // Reshapes, transposes, splits: positions kept when the spatial dims are; else mixed.
    if ([OP.RESHAPE, OP.SQUEEZE, OP.EXPAND_DIMS, OP.TRANSPOSE, OP.SPLIT, OP.SPLIT_V, OP.PACK, OP.UNPACK].includes(op.code as never)) {
      const source = op.code === OP.SPLIT ? op.inputs[1] : x;
      const before = this.hw(source);
      const keeps = before !== undefined && op.outputs.every((t) => t < 0 || (this.hw(t)?.[0] === before[0] && this.hw(t)?.[1] === before[1]));
      if (keeps && (op.code !== OP.TRANSPOSE || this.tensor(op.outputs[0])?.shape[3] === this.tensor(source)?.shape[3])) return this.emit(op, rf.pointwise, [source!]);
      if ([OP.SPLIT, OP.SPLIT_V, OP.UNPACK, OP.PACK].includes(op.code as never) && before !== undefined) {
        throw new OperatorProblem(CODES.unsupported, 'it splits or stacks along a spatial axis; rflint maps those of channels');
      }
      return this.emit(op, { kind: 'global', reason: `${name} of the spatial axes` }, [source!]);
    }
    // After a dense layer or a reshape every position already sees the whole input: what
    // post-processing does there (GATHER, TOPK_V2, ARG_MAX) cannot change it.
    const ir = data.map((t) => this.irOf.get(t)!);
    if (ir.every((n) => this.globalPath.has(n))) return this.emit(op, ir.length > 1 ? rf.merge(name) : rf.pointwise, data);
    throw new OperatorProblem(
      CODES.unknownOp,
      `rflint does not know how ${op.code === OP.CUSTOM ? 'custom op' : 'op'} \`${name}\` maps positions; if you know, say so with assume (--assume ${name}=pointwise or ${name}=global, or \`assume\` in rules)`,
    );
  }

  /** Weights [out, kh, kw, in] (depthwise [1, kh, kw, channels]): the kernel is dims 1 and 2. */
  private kernel(op: TfliteOperator, input: number): number[] {
    const w = this.tensor(op.inputs[input]);
    if (!w || w.shape.length !== 4) throw new OperatorProblem(CODES.kernelShape, `its weights (input ${input}) must be a 4-D tensor [out, height, width, in], got ${w ? `[${w.shape.join(', ')}]` : 'none'}`);
    if (!(w.shape[1]! >= 1 && w.shape[2]! >= 1)) throw new OperatorProblem(CODES.kernelShape, `its weights' height and width must be ≥ 1, got [${w.shape.join(', ')}]`);
    return [w.shape[1]!, w.shape[2]!];
  }

  private buildConv(op: TfliteOperator, x: number): void {
    const kernel = this.kernel(op, 1);
    const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
    const dilation = [this.positive(op, 'dilation_h'), this.positive(op, 'dilation_w')];
    const pad = this.padding(op) === SAME ? [{ same: 'upper' as const }, { same: 'upper' as const }] : [{ begin: 0, end: 0 }, { begin: 0, end: 0 }];
    this.emit(op, { kind: 'conv', kernel, stride, dilation, pad }, [x]);
  }

  /**
   * TRANSPOSE_CONV(output_shape, weights, input): the gradient of a conv, padded as TFLite's
   * kernel pads it (ComputePaddingWithOffset: total = (in − 1)·s + k − out, the begin its half,
   * rounded down); what the forward conv's floor division dropped is output padding. The file
   * gives both sizes.
   */
  private buildTransposeConv(op: TfliteOperator): void {
    const x = op.inputs[2];
    if (x === undefined || !this.irOf.has(x)) throw new OperatorProblem(CODES.structure, 'its third input (the image) must come from the data path');
    const kernel = this.kernel(op, 1);
    const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
    const same = this.padding(op) === SAME;
    const inSize = this.hw(x);
    const outSize = this.hw(op.outputs[0]);
    const pad: { begin: number; end: number }[] = [];
    const outputPadding: number[] = [];
    for (let a = 0; a < AXES; a++) {
      const s = stride[a]!;
      const k = kernel[a]!;
      const n = inSize?.[a];
      const out = outSize?.[a] ?? (n === undefined ? undefined : same ? n * s : n * s + Math.max(k - s, 0));
      const total = same ? (n === undefined || out === undefined ? Math.max(k - s, 0) : Math.max((n - 1) * s + k - out, 0)) : 0;
      const begin = Math.floor(total / 2);
      const natural = n === undefined ? undefined : (n - 1) * s + k - total;
      const extra = natural === undefined || out === undefined ? Math.max(s - k, 0) : out - natural;
      if (extra < 0 || extra >= s) throw new OperatorProblem(CODES.options, `its output size ${out} does not fit a stride-${s} transposed conv of input size ${n}`);
      pad.push({ begin, end: total - begin });
      outputPadding.push(extra);
    }
    if (!outSize) this.assumptions.push(`${this.label(op)}: output size as TensorFlow computes it (n · stride${same ? '' : ' + max(kernel − stride, 0)'}), since the file leaves it open`);
    this.emit(op, { kind: 'deconv', kernel, stride, dilation: [1, 1], pad, outputPadding }, [x]);
  }

  /**
   * TFLite's resize kernels as TF's: with neither flag x = u·in/out (nearest rounds down);
   * `half_pixel_centers`: bilinear (u + ½)·in/out − ½, nearest floor((u + ½)·in/out);
   * `align_corners`: u·(in − 1)/(out − 1), nearest rounding half up. The scale is out/in,
   * both from the file's shapes.
   */
  private buildResize(op: TfliteOperator, x: number): void {
    const inSize = this.hw(x);
    const outSize = this.hw(op.outputs[0]);
    if (!inSize || !outSize) throw new OperatorProblem(CODES.needsInputSize, 'its input or output size is open in the file (a dynamic shape), so its scale is unknown; convert with a fixed input size');
    const nearest = op.code === OP.RESIZE_NEAREST_NEIGHBOR;
    const alignCorners = op.options.align_corners === 1;
    const halfPixel = op.options.half_pixel_centers === 1;
    const coordinates: rf.CoordinateMode = alignCorners ? 'align_corners' : halfPixel ? (nearest ? 'tf_half_pixel_for_nn' : 'half_pixel') : 'asymmetric';
    const resize = rf.resize(AXES, {
      scale: outSize.map((o, a) => rf.frac(o, inSize[a]!)),
      mode: nearest ? 'nearest' : 'linear',
      rounding: nearest && alignCorners ? 'round_prefer_ceil' : 'floor',
      coordinates,
      size: [...outSize],
    });
    this.emit(op, resize, [x]);
  }

  /**
   * STRIDED_SLICE(x, begin, end, strides) and SLICE(x, begin, size): output u of a spatial axis
   * reads input begin + stride·u, a crop then a 1×1 window of that stride. Unchanged spatial
   * sizes (a slice of channels) map positions one to one.
   */
  private buildSlice(op: TfliteOperator, x: number): void {
    const before = this.hw(x);
    const after = this.hw(op.outputs[0]);
    if (before && after && before[0] === after[0] && before[1] === after[1]) return this.emit(op, rf.pointwise, [x]);
    const begin = this.tensor(op.inputs[1])?.ints;
    const strides = op.code === OP.STRIDED_SLICE ? this.tensor(op.inputs[3])?.ints : [1, 1, 1, 1];
    const rank = this.tensor(x)?.shape.length;
    if (rank !== 4 || !begin || !strides || begin.length !== 4 || strides.length !== 4) {
      throw new OperatorProblem(CODES.valueNotInFile, 'it slices the spatial axes with bounds that are not constants of the file (or not of a 4-D NHWC tensor), so rflint cannot tell which positions it keeps');
    }
    const masked = (bit: number) => op.code === OP.STRIDED_SLICE && ((op.options.begin_mask ?? 0) & (1 << bit)) !== 0;
    const start = [1, 2].map((a) => (masked(a) ? 0 : begin[a]!));
    const step = [strides[1]!, strides[2]!];
    if (start.some((b, a) => b < 0 || (before !== undefined && b >= before[a]!)) || step.some((s) => s < 1)) {
      throw new OperatorProblem(CODES.unsupported, `it slices the spatial axes from [${start.join(', ')}] by [${step.join(', ')}]; rflint maps forward slices that start inside the tensor`);
    }
    if ((op.options.shrink_axis_mask ?? 0) & 0b110) return this.emit(op, { kind: 'global', reason: `${opName(op.code)} that removes a spatial axis` }, [x]);
    // What the slice leaves at the end, from the sizes the file gives (its `end` may be masked or clamped).
    const endCrop = [0, 1].map((a) => (before && after ? Math.max(before[a]! - start[a]! - ((after[a]! - 1) * step[a]! + 1), 0) : 0));
    const crop = this.add(rf.crop(AXES, start, endCrop), `${this.m.tensors[op.outputs[0]!]?.name ?? 'slice'}/crop`, this.label(op), [this.irOf.get(x)!]);
    const first = op.outputs[0]!;
    const node = this.add({ kind: 'conv', kernel: [1, 1], stride: step, dilation: [1, 1], pad: [{ begin: 0, end: 0 }, { begin: 0, end: 0 }] }, this.m.tensors[first]!.name, this.label(op), [crop]);
    this.irOf.set(first, node);
    this.tensors.set(this.m.tensors[first]!.name, node);
  }

  /** MEAN(x, axes): global over a spatial axis (global average pooling), pointwise over channels. */
  private buildReduction(op: TfliteOperator, x: number, name: string): void {
    const axes = this.tensor(op.inputs[1])?.ints;
    const rank = this.tensor(x)?.shape.length ?? 4;
    const spatial = this.layout(x);
    if (axes && axes.length > 0 && rank === 4 && !axes.some((a) => spatial.includes(a < 0 ? a + 4 : a))) return this.emit(op, rf.pointwise, [x]);
    this.emit(op, { kind: 'global', reason: axes ? `${name} over the spatial axes` : `${name} (its axes are computed at run time: taken as spatial)` }, [x]);
  }
}
