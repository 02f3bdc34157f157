/**
 * A TF GraphDef (a TF.js graph model's `modelTopology`, indexed by graphdef.ts) → the graph IR.
 * Only the data path is built: nodes fed, directly or not, by a Placeholder. Constants (weights, paddings, axes) and
 * what is computed from them or from a tensor's shape alone are folded away; a node on the data
 * path whose op rflint cannot map is an error naming it (unless `--assume` says how it maps).
 * Each IR node is named after its TF node (a fused conv with a residual `Add` is two nodes: the
 * conv, `<name>/conv`, then the merge under the TF name). Spatial sizes are tracked alongside,
 * when the input size is known: a resize's scale and a transposed conv's padding depend on them.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { LoadOptions, ModelOutput } from '../model.js';
import * as rf from '../../rf/index.js';
import { didYouMean } from '../yaml/suggest.js';
import { type Problem, boolAttr, constShape, intAttr, intListAttr, isProblem, shapeDims, show, stringAttr, stringListAttr } from './attrs.js';
import { CODES } from './codes.js';
import { GraphDef, type GraphModelFile, type NodeLocator } from './graphdef.js';
import { ELEMENTWISE_OPS, FUSED_POINTWISE, GLOBAL_OPS, POINTWISE_OPS, REDUCTION_OPS, knownOps, windowKind } from './ops.js';

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  /** Every TF node on the data path, by name → its IR node. */
  readonly tensors: ReadonlyMap<string, number>;
  readonly positions: readonly (Position | undefined)[];
  /** [height, width], from the options or the Placeholder's shape, when known. */
  readonly inputSize?: readonly number[];
  readonly assumptions: readonly string[];
  /** Warnings for a model that loads (a channel-attention gate making outputs global). */
  readonly warnings: readonly Diagnostic[];
}

type Layout = 'NHWC' | 'NCHW';
/** [height, width]: each undefined when unknown. */
type Size = readonly (number | undefined)[];

const AXES = 2;
/** The positions of H and W in a 4-D tensor of each layout. */
const SPATIAL: Readonly<Record<Layout, readonly [number, number]>> = { NHWC: [1, 2], NCHW: [2, 3] };

/** A resize whose output size is in the weight shards, and how to make its op once known. */
interface PendingResize {
  readonly resize: number;
  readonly node: number;
  readonly make: (size: readonly number[]) => rf.Op;
  /** Where the size is (`stored in the weight shards (Const "…")`). */
  readonly where: string;
}

/** A node that cannot be mapped: the diagnostic, already positioned. */
class NodeProblem extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export function buildGraph(file: GraphModelFile, locate: NodeLocator, options: LoadOptions): Built | { readonly diagnostics: readonly Diagnostic[] } {
  const g = GraphDef.index(file, locate, options.limits.maxNodes);
  return 'diagnostics' in g ? g : new Builder(g, locate, options).build();
}

class Builder {
  /** File index → the IR node holding its output. */
  private readonly irOf = new Map<number, number>();
  private readonly sizeOf = new Map<number, Size | undefined>();
  private readonly nodes: rf.GraphNode[] = [];
  private readonly positions: (Position | undefined)[] = [];
  private readonly tensors = new Map<string, number>();
  private readonly assumptions: string[] = [];
  private readonly problems: Diagnostic[] = [];
  /** Concats whose axis is in the weight shards: assumed to join channels. */
  private readonly assumedConcats: string[] = [];
  /** Splits whose axis is in the weight shards: assumed to split channels. */
  private readonly assumedSplits: string[] = [];
  /** Nodes whose size waits for a resize's size (in the weight shards), by file index. */
  private readonly pending = new Map<number, PendingResize>();
  /** Resizes (file index) whose size a merge settled. */
  private readonly settled = new Set<number>();
  /**
   * Nodes computed from a global pool alone (squeeze-and-excitation's pool → dense → sigmoid):
   * a product of a feature map with one is a channel-attention gate.
   */
  private readonly gates = new Set<number>();
  /** IR nodes whose every position sees the whole input (a global op is on their path). */
  private readonly globalPath = new Set<number>();
  /** Gated products, by name, and the warnings for the report. */
  private readonly gated: string[] = [];
  private readonly warnings: Diagnostic[] = [];
  private layout: Layout = 'NHWC';
  private inputSize: number[] | undefined;

  constructor(
    private readonly g: GraphDef,
    private readonly locate: NodeLocator,
    private readonly options: LoadOptions,
  ) {}

  private fail(code: string, index: number, message: string, ...path: (string | number)[]): never {
    throw new NodeProblem(error(code, `${this.g.label(index)}: ${message}`, this.g.at(index, ...path)));
  }

  build(): Built | { readonly diagnostics: readonly Diagnostic[] } {
    this.chooseLayout();
    const sized = this.readInputSize();
    if (sized) return { diagnostics: [sized] };

    const failed = new Set<number>();
    for (const index of this.g.order) {
      if (!this.g.isData[index]) continue;
      if (this.g.inputs[index]!.some((i) => failed.has(i))) {
        failed.add(index);
        continue;
      }
      try {
        this.buildNode(index);
        this.followPending(index);
        const data = this.g.dataInputs(index);
        if (data.length > 0 && data.every((i) => this.gates.has(i))) this.gates.add(index);
      } catch (err) {
        if (!(err instanceof NodeProblem)) throw err;
        this.problems.push(err.diagnostic);
        failed.add(index);
      }
    }
    for (const p of new Set(this.pending.values())) {
      if (this.settled.has(p.resize)) continue;
      this.settled.add(p.resize);
      this.problems.push(
        error(CODES.valueInWeights, `${this.g.label(p.resize)}: its output size is ${p.where}, and rflint reads no weights; nor is it merged with a tensor of known size, which would tell, so its scale is unknown`, this.g.at(p.resize, 'input', 1)),
      );
    }
    if (this.problems.length > 0) return { diagnostics: this.problems };
    if (this.nodes.length === 0 || !this.nodes.some((n) => n.op.kind === 'input')) {
      return { diagnostics: [error(CODES.noInput, 'the graph has no Placeholder node: rflint starts from the model\'s input (op `Placeholder`)', this.locate.at(['modelTopology', 'node']))] };
    }
    if (this.gated.length > 0) {
      const n = this.gated.length;
      const names = `${this.gated.slice(0, 2).join(', ')}${n > 2 ? ', …' : ''}`;
      this.assumptions.push(
        this.options.channelAttentionPointwise
          ? `${n} channel-attention gate${n === 1 ? '' : 's'} (${names}) treated as pointwise, as asked`
          : `${n} channel-attention gate${n === 1 ? '' : 's'} (${names}) make${n === 1 ? 's' : ''} what follows global`,
      );
    }
    for (const [names, what, verb] of [[this.assumedConcats, 'concat', 'join'], [this.assumedSplits, 'split', 'split']] as const) {
      const n = names.length;
      if (n === 0) continue;
      this.assumptions.push(`${n} ${what}${n === 1 ? '' : 's'} (${names.slice(0, 2).join(', ')}${n > 2 ? ', …' : ''}) ${verb}${n === 1 ? 's' : ''} channels: ${n === 1 ? 'its' : 'their'} axis is in the weight shards`);
    }
    return {
      graph: { axes: AXES, nodes: this.nodes },
      outputs: this.outputs(),
      tensors: this.tensors,
      positions: this.positions,
      ...(this.inputSize ? { inputSize: this.inputSize } : {}),
      assumptions: this.assumptions,
      warnings: this.warnings,
    };
  }

  /** NCHW when the data path's convolutions and pools say so (TF.js itself runs NHWC). */
  private chooseLayout(): void {
    for (const index of this.g.order) {
      if (!this.g.isData[index]) continue;
      const format = stringAttr(this.g.defs[index]!.attr, 'data_format');
      if (typeof format === 'string' && format.startsWith('NCHW')) {
        this.layout = 'NCHW';
        return;
      }
      if (typeof format === 'string') return;
    }
  }

  /** The options' size, else the first 4-D Placeholder's H and W (−1: unknown). */
  private readInputSize(): Diagnostic | undefined {
    const given = this.options.inputSize;
    if (given && given.length > 0) {
      if (given.length > AXES) return error(CODES.attribute, `the input size has ${given.length} values; a TF.js graph model takes height × width (e.g. --input-size 224x224)`, this.locate.at(['modelTopology']));
      this.inputSize = given.length === 1 ? [given[0]!, given[0]!] : [...given];
      this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from the input size given`);
      return undefined;
    }
    for (const index of this.g.order) {
      const def = this.g.defs[index]!;
      if (def.op !== 'Placeholder') continue;
      const dims = shapeDims((def.attr?.shape as { shape?: unknown } | undefined)?.shape);
      if (!dims || dims.length !== 4) continue;
      const hw = SPATIAL[this.layout].map((a) => dims[a]!);
      if (hw.every((d) => d > 0)) {
        this.inputSize = hw;
        this.assumptions.push(`input ${hw.join('×')} (height × width) from the shape of Placeholder "${def.name}"`);
      }
      return undefined;
    }
    return undefined;
  }

  private add(index: number, name: string, op: rf.Op, inputs: readonly number[]): number {
    this.options.deadline?.check();
    this.nodes.push({ name, op, inputs });
    this.positions.push(this.g.at(index));
    if (op.kind === 'global' || inputs.some((i) => this.globalPath.has(i))) this.globalPath.add(this.nodes.length - 1);
    return this.nodes.length - 1;
  }

  private finish(index: number, node: number, size: Size | undefined): void {
    this.irOf.set(index, node);
    this.sizeOf.set(index, size);
    this.tensors.set(this.g.defs[index]!.name, node);
  }

  private buildNode(index: number): void {
    const def = this.g.defs[index]!;
    const op = def.op;
    const data = this.g.dataInputs(index);
    const x = data[0];
    const xNode = x === undefined ? undefined : this.irOf.get(x);
    const xSize = x === undefined ? undefined : this.sizeOf.get(x);
    const one = (irOp: rf.Op, size: Size | undefined, input = xNode): void => this.finish(index, this.add(index, def.name, irOp, input === undefined ? [] : [input]), size);

    if (op === 'Placeholder') return one(rf.input, this.inputSize);
    const assumed = this.options.assume?.get(op);
    if (assumed) return one(assumed === 'global' ? global(`${op} (assumed global)`) : rf.pointwise, assumed === 'global' ? undefined : xSize);
    const kind = windowKind(op);
    if (kind) return this.buildWindow(index, kind);
    if (POINTWISE_OPS.has(op) && data.length <= 1) return one(rf.pointwise, xSize);
    if (ELEMENTWISE_OPS.has(op) || op === 'IdentityN') {
      if (data.length === 1) return one(rf.pointwise, xSize);
      const features = data.filter((i) => !this.gates.has(i));
      if (features.length > 0 && features.length < data.length) return this.buildGated(index, features, data.find((i) => this.gates.has(i))!);
      return this.finish(index, this.add(index, def.name, rf.merge(op), data.map((i) => this.irOf.get(i)!)), xSize);
    }
    switch (op) {
      case 'Pad':
      case 'PadV2':
      case 'MirrorPad':
        return this.buildPad(index, xNode!, xSize);
      case 'ResizeNearestNeighbor':
      case 'ResizeBilinear':
        return this.buildResize(index, xNode!, xSize);
      case 'SpaceToDepth':
      case 'DepthToSpace': {
        const block = this.required(index, 'block_size', intAttr(def.attr, 'block_size'), 'an integer ≥ 2');
        if (block < 1) this.fail(CODES.attribute, index, `\`block_size\` must be ≥ 1, got ${block}`, 'attr', 'block_size');
        const down = op === 'SpaceToDepth';
        return one(down ? rf.spaceToDepth(AXES, block) : rf.depthToSpace(AXES, block), xSize?.map((n) => (n === undefined ? undefined : down ? n / block : n * block)));
      }
      case 'ConcatV2':
      case 'Concat':
        return this.buildConcat(index, xSize);
      case 'Split':
      case 'SplitV': {
        // Every output (`name:k`) is a slice of the channels: each reads the same positions.
        const axisInput = op === 'Split' ? 0 : 2;
        const axis = this.g.constValues(index, axisInput);
        if (axis.values && axis.values.length === 1 && this.isSpatialAxis(axis.values[0]!)) {
          this.fail(CODES.unsupported, index, `it splits along a spatial axis (${axis.values[0]}); rflint maps splits of channels`, 'input', axisInput);
        }
        if (!axis.values) this.assumedSplits.push(`"${def.name}"`);
        return one(rf.pointwise, xSize);
      }
      case 'Squeeze': {
        const dims = intListAttr(def.attr, 'squeeze_dims') ?? intListAttr(def.attr, 'axis') ?? [];
        if (isProblem(dims)) this.fail(CODES.attribute, index, dims.problem, 'attr');
        // Without dims every axis of size 1 goes, spatial ones included.
        const spatial = dims.length === 0 || dims.some((d) => this.isSpatialAxis(d));
        return spatial ? one(global('Squeeze of the spatial axes'), undefined) : one(rf.pointwise, xSize);
      }
      case 'Softmax':
      case 'LogSoftmax':
        // TF normalises over the last axis: the channels in NHWC, the width in NCHW.
        return this.layout === 'NHWC' ? one(rf.pointwise, xSize) : one(global(`${op} over the width (NCHW)`), undefined);
      default:
        break;
    }
    if (REDUCTION_OPS.has(op)) return this.buildReduction(index, xSize);
    if (GLOBAL_OPS.has(op)) return one(global(op), undefined);
    // After a dense layer or a reshape every position already sees the whole input: what a
    // detector's post-processing does there (TopKV2, NonMaxSuppressionV5, GatherV2) cannot change it.
    if (data.length > 0 && data.every((i) => this.globalPath.has(this.irOf.get(i)!))) {
      return this.finish(index, this.add(index, def.name, data.length > 1 ? rf.merge(op) : rf.pointwise, data.map((i) => this.irOf.get(i)!)), undefined);
    }
    this.fail(
      CODES.unknownOp,
      index,
      `rflint does not know how op \`${op}\` maps positions${didYouMean(op, knownOps())}; if you know, say so with assume (--assume ${op}=pointwise or ${op}=global, or \`assume\` in rules)`,
      'op',
    );
  }

  private required<T>(index: number, key: string, value: T | Problem | undefined, what: string): T {
    if (value === undefined) this.fail(CODES.attribute, index, `attribute \`${key}\` is missing; it must be ${what}`, 'attr');
    if (isProblem(value)) this.fail(CODES.attribute, index, value.problem, 'attr', key);
    return value;
  }

  private dataFormat(index: number): Layout {
    const format = stringAttr(this.g.defs[index]!.attr, 'data_format');
    if (format === undefined) return 'NHWC';
    if (isProblem(format)) this.fail(CODES.attribute, index, format.problem, 'attr', 'data_format');
    if (format === 'NHWC' || format === 'NCHW') return format;
    return this.fail(CODES.attribute, index, `\`data_format\` must be NHWC or NCHW, got ${show(format)}`, 'attr', 'data_format');
  }

  /** A 4-vector attribute in the node's layout → its [height, width] values. */
  private perAxis(index: number, key: string, layout: Layout, fallback: number, min: number): number[] {
    const def = this.g.defs[index]!;
    const values = intListAttr(def.attr, key);
    if (values === undefined || (Array.isArray(values) && values.length === 0)) return [fallback, fallback];
    if (isProblem(values)) this.fail(CODES.attribute, index, values.problem, 'attr', key);
    if (values.length !== 4) this.fail(CODES.attribute, index, `\`${key}\` must have 4 values (one per axis of ${layout}), got ${values.length}`, 'attr', key);
    const hw = SPATIAL[layout].map((a) => values[a]!);
    if (hw.some((v) => v < min)) this.fail(CODES.attribute, index, `\`${key}\` must be ≥ ${min} on height and width, got ${show(values)}`, 'attr', key);
    return hw;
  }

  /** The shape of a filter: its Const node's `tensorShape`, else its weightsManifest entry. */
  private filterShape(index: number, input: number, rank: number): number[] {
    let source = this.g.inputs[index]![input];
    // A filter may reach the conv through Identity nodes (frozen variables read by Identity).
    for (let hops = 0; source !== undefined && this.g.defs[source]!.op === 'Identity' && hops < 16; hops++) source = this.g.inputs[source]![0];
    const def = source === undefined ? undefined : this.g.defs[source];
    const shape = (def && constShape(def.attr)) ?? (def && this.g.weightShapes.get(def.name));
    if (!shape || shape.length !== rank) {
      const name = def?.name ?? `input ${input}`;
      this.fail(CODES.kernelShape, index, `the kernel shape comes from its filter "${name}", which has ${shape ? `the shape ${show(shape)}, not ${rank}-D` : 'no shape in its Const node nor in weightsManifest'}`, 'input', input);
    }
    if (shape.slice(0, 2).some((k) => !(k >= 1))) this.fail(CODES.kernelShape, index, `the filter's height and width must be ≥ 1, got ${show(shape)}`, 'input', input);
    return [...shape];
  }

  private buildWindow(index: number, kind: 'conv' | 'pool' | 'deconv'): void {
    const def = this.g.defs[index]!;
    const layout = this.dataFormat(index);
    const stride = this.perAxis(index, 'strides', layout, 1, 1);
    const dilation = kind === 'pool' ? [1, 1] : this.perAxis(index, 'dilations', layout, 1, 1);
    const kernel = kind === 'pool' ? this.perAxis(index, 'ksize', layout, 0, 1) : this.filterShape(index, 1, 4).slice(0, 2);
    if (kind === 'pool' && intListAttr(def.attr, 'ksize') === undefined) this.fail(CODES.attribute, index, 'attribute `ksize` is missing; it must list the window per axis', 'attr');
    const padding = this.required(index, 'padding', stringAttr(def.attr, 'padding'), 'SAME, VALID or EXPLICIT');
    let pads: { begin: number; end: number }[] | undefined;
    if (padding === 'EXPLICIT') {
      const list = intListAttr(def.attr, 'explicit_paddings');
      if (isProblem(list)) this.fail(CODES.attribute, index, list.problem, 'attr', 'explicit_paddings');
      if (!list || list.length !== 8) this.fail(CODES.attribute, index, `EXPLICIT padding needs \`explicit_paddings\` with 8 values (begin, end per axis), got ${show(list ?? [])}`, 'attr');
      pads = SPATIAL[layout].map((a) => ({ begin: list[2 * a]!, end: list[2 * a + 1]! }));
      if (pads.some((p) => p.begin < 0 || p.end < 0)) this.fail(CODES.attribute, index, `\`explicit_paddings\` must be ≥ 0, got ${show(list)}`, 'attr', 'explicit_paddings');
    } else if (padding === 'VALID') {
      pads = [0, 1].map(() => ({ begin: 0, end: 0 }));
    } else if (padding !== 'SAME') {
      this.fail(CODES.attribute, index, `\`padding\` must be SAME, VALID or EXPLICIT, got ${show(padding)}`, 'attr', 'padding');
    }
    const extent = kernel.map((k, a) => dilation[a]! * (k - 1) + 1);

    if (kind === 'deconv') return this.buildDeconv(index, { kernel, stride, dilation, extent, pads, layout });

    const data = this.g.dataInputs(index);
    const x = data[0]!;
    const xSize = this.sizeOf.get(x);
    const size = xSize?.map((n, a) => (n === undefined ? undefined : pads ? Math.floor((n + pads[a]!.begin + pads[a]!.end - extent[a]!) / stride[a]!) + 1 : Math.ceil(n / stride[a]!)));
    const op: rf.Op = {
      kind: 'conv',
      ...(kind === 'pool' ? { pool: def.op === 'MaxPool' ? ('max' as const) : ('avg' as const) } : {}),
      kernel,
      stride,
      dilation,
      pad: pads ?? [0, 1].map(() => ({ same: 'upper' as const })),
    };
    this.checkFusedOps(index);
    // A fused residual `Add` (num_args 2) brings a second tensor from the data path.
    const extra = def.op === '_FusedConv2D' ? data.slice(1) : [];
    if (extra.length === 0) return this.finish(index, this.add(index, def.name, op, [this.irOf.get(x)!]), size);
    const conv = this.add(index, `${def.name}/conv`, op, [this.irOf.get(x)!]);
    this.finish(index, this.add(index, def.name, rf.merge('Add'), [conv, ...extra.map((i) => this.irOf.get(i)!)]), size);
  }

  private checkFusedOps(index: number): void {
    const fused = stringListAttr(this.g.defs[index]!.attr, 'fused_ops');
    if (fused === undefined) return;
    if (isProblem(fused)) this.fail(CODES.attribute, index, fused.problem, 'attr', 'fused_ops');
    const unknown = fused.find((f) => !FUSED_POINTWISE.has(f));
    if (unknown !== undefined) this.fail(CODES.unknownOp, index, `fused op \`${unknown}\` is not one rflint knows to be pointwise (BiasAdd, Relu, Relu6, FusedBatchNorm, …)`, 'attr', 'fused_ops');
  }

  /**
   * `Conv2DBackpropInput(input_sizes, filter, out_backprop)`: the gradient of a conv whose input
   * has `input_sizes`, so the forward conv's padding, computed at that size, is the begin pad of
   * the transposed conv; what the forward conv's floor division dropped is output padding.
   */
  private buildDeconv(index: number, w: { kernel: number[]; stride: number[]; dilation: number[]; extent: number[]; pads: { begin: number; end: number }[] | undefined; layout: Layout }): void {
    const def = this.g.defs[index]!;
    const x = this.g.inputs[index]![2];
    if (x === undefined || !this.g.isData[x]) this.fail(CODES.attribute, index, 'its third input (out_backprop) must come from the data path', 'input');
    const inSize = this.sizeOf.get(x) ?? [undefined, undefined];
    const keras = (n: number, a: number): number => {
      const s = w.stride[a]!;
      const explicit = w.pads ? w.pads[a]!.begin + w.pads[a]!.end : 0;
      return w.pads ? n * s + Math.max(w.extent[a]! - s, 0) - explicit : n * s;
    };
    const given = this.g.constValues(index, 0);
    let outSize: (number | undefined)[];
    if (given.values && given.values.length === 4) {
      outSize = SPATIAL[w.layout].map((a) => given.values![a]!);
    } else {
      // Computed at run time or stored in the shards: Keras' rule (deconv_output_length with
      // output_padding None): SAME n·s, VALID n·s + max(kernel − s, 0).
      outSize = inSize.map((n, a) => (n === undefined ? undefined : keras(n, a)));
      this.assumptions.push(`${this.g.label(index)}: output size as Keras computes it (n · stride${w.pads ? ' + max(kernel − stride, 0)' : ''}), since \`input_sizes\` is ${given.where}`);
    }
    const pad: { begin: number; end: number }[] = [];
    const outputPadding: number[] = [];
    for (let a = 0; a < AXES; a++) {
      const s = w.stride[a]!;
      const ext = w.extent[a]!;
      const out = outSize[a];
      // The forward conv's input size is the deconv's input size; derive it when unknown.
      const n = inSize[a] ?? (out === undefined ? undefined : w.pads ? Math.floor((out + w.pads[a]!.begin + w.pads[a]!.end - ext) / s) + 1 : Math.ceil(out / s));
      let begin: number;
      let end: number;
      if (w.pads) {
        ({ begin, end } = w.pads[a]!);
      } else {
        const total = out === undefined || n === undefined ? Math.max(ext - s, 0) : Math.max((n - 1) * s + ext - out, 0);
        begin = Math.floor(total / 2);
        end = total - begin;
      }
      const natural = n === undefined ? undefined : (n - 1) * s + ext - begin - end;
      // Keras' rule without any size: what it adds beyond the natural size is max(s − kernel, 0).
      const extra = out === undefined || natural === undefined ? Math.max(s - ext, 0) : out - natural;
      // The forward conv's floor division drops fewer than `stride` positions.
      if (extra < 0 || extra >= s) this.fail(CODES.attribute, index, `\`input_sizes\` ${show(outSize)} does not fit a stride-${s} transposed conv of input size ${n}`, 'input', 0);
      pad.push({ begin, end });
      outputPadding.push(Math.max(extra, 0));
    }
    const op: rf.Op = { kind: 'deconv', kernel: w.kernel, stride: w.stride, dilation: w.dilation, pad, outputPadding };
    this.finish(index, this.add(index, def.name, op, [this.irOf.get(x)!]), outSize.some((v) => v === undefined) ? (inSize.some((v) => v === undefined) ? undefined : outSize) : outSize);
  }

  private isSpatialAxis(axis: number): boolean {
    const a = axis < 0 ? axis + 4 : axis;
    return (SPATIAL[this.layout] as readonly number[]).includes(a);
  }

  private buildPad(index: number, x: number, xSize: Size | undefined): void {
    const def = this.g.defs[index]!;
    const paddings = this.g.constValues(index, 1);
    if (!paddings.values) {
      this.fail(CODES.valueInWeights, index, `its paddings are ${paddings.where}, and rflint reads no weights; the TF.js converter moves every constant there, so rflint cannot tell how much this node pads`, 'input', 1);
    }
    if (paddings.values.length !== 8) this.fail(CODES.attribute, index, `paddings must be a 4×2 tensor (begin, end per axis), got ${paddings.values.length} values`, 'input', 1);
    const [h, w] = SPATIAL[this.layout].map((a) => [paddings.values![2 * a]!, paddings.values![2 * a + 1]!] as const);
    if ([...h!, ...w!].some((p) => p < 0)) this.fail(CODES.attribute, index, `paddings must be ≥ 0, got ${show(paddings.values)}`, 'input', 1);
    const begin = [h![0], w![0]];
    const end = [h![1], w![1]];
    this.finish(index, this.add(index, def.name, rf.pad(AXES, begin, end), [x]), xSize?.map((n, a) => (n === undefined ? undefined : n + begin[a]! + end[a]!)));
  }

  /**
   * TF's resize kernels: with neither flag, x = u·in/out (asymmetric; nearest rounds down);
   * `half_pixel_centers`: bilinear x = (u + ½)·in/out − ½, nearest floor((u + ½)·in/out);
   * `align_corners`: x = u·(in − 1)/(out − 1), nearest rounding half away from zero.
   */
  private buildResize(index: number, x: number, xSize: Size | undefined): void {
    const def = this.g.defs[index]!;
    const nearest = def.op === 'ResizeNearestNeighbor';
    const size = this.g.constValues(index, 1);
    if (size.values && (size.values.length !== 2 || size.values.some((v) => v < 1))) this.fail(CODES.attribute, index, `its size must be [height, width] ≥ 1, got ${show(size.values)}`, 'input', 1);
    const alignCorners = boolAttr(def.attr, 'align_corners') ?? false;
    const halfPixel = boolAttr(def.attr, 'half_pixel_centers') ?? false;
    if (isProblem(alignCorners)) this.fail(CODES.attribute, index, alignCorners.problem, 'attr', 'align_corners');
    if (isProblem(halfPixel)) this.fail(CODES.attribute, index, halfPixel.problem, 'attr', 'half_pixel_centers');
    // Spreading a global pool over a map (DeepLab's image pooling): every position already sees
    // the whole input, however it is spread.
    if (this.gates.has(this.g.dataInputs(index)[0]!)) return this.finish(index, this.add(index, def.name, rf.pointwise, [x]), size.values);
    if (!xSize || xSize.some((n) => n === undefined)) {
      const to = size.values ? `to ${size.values.join('×')}` : 'to a fixed size';
      this.fail(CODES.needsInputSize, index, `it resizes ${to}, so its scale depends on the input size, which the Placeholder leaves open; set it (--input-size, rules \`input_size\`)`);
    }
    const inSize = xSize as readonly number[];
    const coordinates: rf.CoordinateMode = alignCorners ? 'align_corners' : halfPixel ? (nearest ? 'tf_half_pixel_for_nn' : 'half_pixel') : 'asymmetric';
    const make = (out: readonly number[]): rf.Op =>
      rf.resize(AXES, { scale: out.map((o, a) => rf.frac(o, inSize[a]!)), mode: nearest ? 'nearest' : 'linear', rounding: nearest && alignCorners ? 'round_prefer_ceil' : 'floor', coordinates, size: [...out] });
    if (size.values) return this.finish(index, this.add(index, def.name, make(size.values), [x]), size.values);
    // The size is in the weight shards: the tensor this resize is merged with will tell (FPN,
    // U-Net). Until then the node holds a scale of 1 and its size is unknown.
    const node = this.add(index, def.name, make(inSize), [x]);
    this.finish(index, node, undefined);
    this.pending.set(index, { resize: index, node, make, where: size.where });
  }

  /**
   * After a node is built: a size-preserving node passes a pending resize on; a merge with a
   * tensor of known size settles it (and takes that size).
   */
  private followPending(index: number): void {
    const data = this.g.dataInputs(index);
    const waiting = data.map((i) => this.pending.get(i)).filter((p): p is PendingResize => p !== undefined);
    if (waiting.length === 0) return;
    const op = this.nodes[this.irOf.get(index)!]!.op;
    if (op.kind === 'merge') {
      const known = data.map((i) => this.sizeOf.get(i)).find((s): s is readonly number[] => s !== undefined && s.every((n) => n !== undefined));
      if (!known) return;
      for (const p of waiting) {
        if (this.settled.has(p.resize)) continue;
        this.settled.add(p.resize);
        this.nodes[p.node] = { ...this.nodes[p.node]!, op: p.make(known) };
        this.assumptions.push(`${this.g.label(p.resize)}: output size ${known.join('×')} from the tensor it is merged with in "${this.g.defs[index]!.name}", since its size is ${p.where}`);
      }
      this.sizeOf.set(index, known);
      return;
    }
    const keepsSize = op.kind === 'pointwise' || (op.kind === 'conv' && op.stride.every((s) => s === 1) && op.pad.every((p) => 'same' in p));
    if (keepsSize && data.length === 1) this.pending.set(index, waiting[0]!);
  }

  /** `ConcatV2(values…, axis)`, `Concat(axis, values…)`: a merge of the data inputs along the channels. */
  private buildConcat(index: number, xSize: Size | undefined): void {
    const def = this.g.defs[index]!;
    const all = this.g.inputs[index]!;
    const axisInput = def.op === 'ConcatV2' ? all.length - 1 : 0;
    const data = this.g.dataInputs(index, all.filter((_, j) => j !== axisInput));
    const axis = this.g.constValues(index, axisInput);
    if (axis.values && axis.values.length === 1) {
      if (this.isSpatialAxis(axis.values[0]!)) this.fail(CODES.unsupported, index, `it concatenates along a spatial axis (${axis.values[0]}); rflint maps concats of channels`, 'input', axisInput);
    } else if (data.length > 1) {
      this.assumedConcats.push(`"${def.name}"`);
    }
    const ins = data.map((i) => this.irOf.get(i)!);
    const op = ins.length > 1 ? rf.merge('concat') : rf.pointwise;
    this.finish(index, this.add(index, def.name, op, ins), xSize);
  }

  /**
   * A product of feature maps with a channel-attention gate. The gate reads the whole input, so
   * what follows is global; `--channel-attention pointwise` drops the gate to report the
   * spatial RF behind it (as the other formats do).
   */
  private buildGated(index: number, features: readonly number[], gate: number): void {
    const def = this.g.defs[index]!;
    const ins = features.map((i) => this.irOf.get(i)!);
    const size = this.sizeOf.get(features[0]!);
    this.gated.push(`"${def.name}"`);
    if (this.options.channelAttentionPointwise) {
      return this.finish(index, this.add(index, def.name, ins.length > 1 ? rf.merge(def.op) : rf.pointwise, ins), size);
    }
    const inner = ins.length > 1 ? this.add(index, `${def.name}/features`, rf.merge(def.op), ins) : ins[0]!;
    this.finish(index, this.add(index, def.name, global(`channel-attention gate ("${this.g.defs[gate]!.name}")`), [inner]), undefined);
    if (this.gated.length === 1) {
      this.warnings.push(
        warning(
          CODES.gate,
          `${this.g.label(index)} scales its input by a channel-attention gate ("${this.g.defs[gate]!.name}") computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
          this.g.at(index),
        ),
      );
    }
  }

  /** `Mean(x, axes)`: global over a spatial axis (global average pooling), pointwise over channels. */
  private buildReduction(index: number, xSize: Size | undefined): void {
    const def = this.g.defs[index]!;
    const axes = this.g.constValues(index, 1);
    const x = this.irOf.get(this.g.dataInputs(index)[0]!)!;
    if (axes.values && axes.values.length > 0 && !axes.values.some((a) => this.isSpatialAxis(a))) {
      return this.finish(index, this.add(index, def.name, rf.pointwise, [x]), xSize);
    }
    const reason = axes.values ? `${def.op} over the spatial axes` : `${def.op} (its axes are ${axes.where}: taken as spatial)`;
    this.finish(index, this.add(index, def.name, global(reason), [x]), undefined);
    this.gates.add(index);
  }

  /** Data nodes no other data node consumes, in file order. */
  private outputs(): ModelOutput[] {
    const consumed = new Set<number>();
    this.g.inputs.forEach((ins, index) => {
      if (this.g.isData[index]) for (const i of ins) consumed.add(i);
    });
    const out: ModelOutput[] = [];
    this.g.defs.forEach((def, index) => {
      const node = this.irOf.get(index);
      if (node === undefined || consumed.has(index) || def.op === 'Placeholder') return;
      out.push({ name: def.name, node, thresholds: {}, position: this.g.at(index) });
    });
    return out;
  }
}

function global(reason: string): rf.Op {
  return { kind: 'global', reason };
}
