/**
 * ONNX operators with one input on the data path, mapped to the graph IR: the op's index map
 * per spatial axis and the layout of its output. Operator semantics follow
 * https://onnx.ai/onnx/operators/ (attribute defaults and the opset where an attribute became
 * an input are noted where they matter). Merges and channel-attention gates are in graph.ts.
 */
import { type Fraction, type NearestRounding, type Op, type Pad, frac, pointwise } from '../../rf/index.js';
import type { Attribute, Dim, OnnxNode } from './proto.js';
import { type ConstTensor, type DataTensor, type Layout, concrete, hasSpatial, normalizeAxis } from './layout.js';
import { mapReshape } from './reshape.js';

/** An operator used in a way the loader cannot map (RF205); the message names the node. */
export class MappingError extends Error {}

export interface NodeContext {
  readonly node: OnnxNode;
  /** The default-domain opset the model imports. */
  readonly opset: number;
  /** Spatial axes of the model. */
  readonly axes: number;
  /** `node "conv1" (Conv)`, for messages. */
  readonly label: string;
  /** The data-path input (the first one), and its position among the node's inputs. */
  readonly x: DataTensor;
  readonly xIndex: number;
  /** Input `i` when it is a constant (initializer, Constant or folded shape arithmetic). */
  constant(i: number): ConstTensor | undefined;
  /** A tensor's shape: inferred along the walk, or as the file records it (value_info). */
  shape(name: string): readonly Dim[] | undefined;
}

/** Every output position sees the whole input, and why (the report names the layer and this). */
export function globalBecause(reason: string): Op {
  return { kind: 'global', reason };
}

/** The op and the layout of the output (one per output for ops such as Split). */
export interface Mapping {
  readonly op: Op;
  /** A second op after the first (a Reshape that is both space-to-depth and depth-to-space). */
  readonly after?: Op;
  readonly layout: Layout;
  /** Output of a global pool: the gate of a channel-attention block starts here. */
  readonly pools?: boolean;
  /** Ops with several data outputs: the layout of each (the op applies to each). */
  readonly outputs?: readonly Layout[];
}

/** How an op on the data path maps positions (its record in op-table.ts names it). */
export type Handler = (ctx: NodeContext) => Mapping;

/** Elementwise ops, activations and normalisations: output position u reads input position u. */
export const keep: Handler = (ctx) => ({ op: pointwise, layout: ctx.x.layout });

export const conv: Handler = (ctx) => window(ctx);
/** QLinearConv: x, x_scale, x_zero_point, w…: the weight is input 3. */
export const qlinearConv: Handler = (ctx) => window(ctx, undefined, 3);
export const maxPool: Handler = (ctx) => window(ctx, 'max');
export const averagePool: Handler = (ctx) => window(ctx, 'avg');
export const lpPool: Handler = (ctx) => window(ctx, 'lp');
export const spaceToDepth: Handler = (ctx) => ({ op: { kind: 'space_to_depth', block: blockSize(ctx) }, layout: ctx.x.layout });
export const depthToSpace: Handler = (ctx) => ({ op: { kind: 'depth_to_space', block: blockSize(ctx) }, layout: ctx.x.layout });
export const gemm: Handler = () => ({ op: globalBecause('Gemm (a dense layer)'), layout: [null, null] });

function fail(ctx: NodeContext, message: string): never {
  throw new MappingError(`${ctx.label}: ${message}`);
}

function attr(ctx: NodeContext, name: string): Attribute | undefined {
  return ctx.node.attributes.get(name);
}
const int = (ctx: NodeContext, name: string, def: number): number => attr(ctx, name)?.i ?? def;
const ints = (ctx: NodeContext, name: string): readonly number[] | undefined => attr(ctx, name)?.ints;
const str = (ctx: NodeContext, name: string, def: string): string => attr(ctx, name)?.s ?? def;

/** Values of constant input `i`, or an error saying the model computes it at run time. */
function constValues(ctx: NodeContext, i: number, what: string): readonly number[] {
  const c = ctx.constant(i);
  if (c?.values) return c.values;
  return fail(
    ctx,
    `its ${what} (input ${i + 1}, "${ctx.node.inputs[i]}") is computed at run time from the values of a tensor rflint does not evaluate (only shapes and small constants are); export with do_constant_folding=True, or simplify the file first (onnxsim) so that it becomes a constant`,
  );
}

/** An optional constant input: undefined when omitted ('' or absent). */
function optionalValues(ctx: NodeContext, i: number, what: string): readonly number[] | undefined {
  const name = ctx.node.inputs[i];
  if (name === undefined || name === '') return undefined;
  return constValues(ctx, i, what);
}

/** The spatial axis held by each of the dims 2… of an NCHW-style op input. */
function spatialDims(ctx: NodeContext): number[] {
  const layout = ctx.x.layout;
  const dims = layout.slice(2);
  const ok =
    layout.length === ctx.axes + 2 &&
    layout[0] === null &&
    layout[1] === null &&
    dims.every((a) => a !== null) &&
    new Set(dims).size === dims.length;
  if (!ok) {
    fail(ctx, `expects its input as (N, C, spatial…) but the data has layout ${describe(layout)}; a Transpose upstream moved the spatial axes`);
  }
  return dims as number[];
}

/**
 * The dims 2… of a window op's input: each holds a spatial axis, or null for an axis of no
 * spatial meaning (the size-1 axis that Unsqueeze adds when older PyTorch and tf2onnx write a 1-D
 * conv or pool as Unsqueeze → 2-D op → Squeeze). The op maps positions on the spatial dims only;
 * `unit` lists the others, where it must be a 1-wide window without padding.
 */
function windowDims(ctx: NodeContext): { readonly dims: readonly (number | null)[]; readonly unit: readonly number[] } {
  const layout = ctx.x.layout;
  const dims = layout.slice(2);
  const spatial = dims.filter((a): a is number => a !== null);
  const ok = layout[0] === null && layout[1] === null && spatial.length === ctx.axes && new Set(spatial).size === spatial.length;
  if (!ok) {
    fail(ctx, `expects its input as (N, C, spatial…) but the data has layout ${describe(layout)}; an op upstream (a Transpose or Reshape) moved the spatial axes`);
  }
  return { dims, unit: dims.flatMap((a, j) => (a === null ? [j] : [])) };
}

/** Values per dim → per spatial axis, in the model's axis order (the unit dims left out). */
function bySpatial<T>(dims: readonly (number | null)[], values: readonly T[]): T[] {
  const out = new Array<T>(dims.filter((a) => a !== null).length);
  dims.forEach((axis, j) => {
    if (axis !== null) out[axis] = values[j]!;
  });
  return out;
}

/** On a dim with no spatial meaning the window must be 1 wide, unpadded: else it is not a 1-D op. */
function checkUnitDims(ctx: NodeContext, unit: readonly number[], kernel: readonly number[], pad: readonly Pad[]): void {
  for (const j of unit) {
    const p = pad[j]!;
    if (kernel[j] !== 1 || !('begin' in p) || p.begin !== 0 || p.end !== 0) {
      fail(ctx, `runs on dim ${j + 2}, which holds no spatial axis (such as the size-1 axis an Unsqueeze adds for a 1-D op), with a kernel of ${kernel[j]}${'begin' in p ? ` and pads ${p.begin}, ${p.end}` : ' and SAME padding'}; rflint maps a window there only when it is 1 wide and unpadded`);
    }
  }
}

function describe(layout: Layout): string {
  return `(${layout.map((a) => (a === null ? '·' : `spatial ${a}`)).join(', ')})`;
}

/** Reorders per-dim values (dims 2…) into the model's axis order. */
function byAxis<T>(dims: readonly number[], values: readonly T[]): T[] {
  const out = new Array<T>(dims.length);
  dims.forEach((axis, j) => (out[axis] = values[j]!));
  return out;
}

function perDim(ctx: NodeContext, name: string, count: number, def: number): number[] {
  const values = ints(ctx, name);
  if (values === undefined) return Array.from({ length: count }, () => def);
  if (values.length !== count) fail(ctx, `${name} has ${values.length} values, expected ${count}`);
  return [...values];
}

/** kernel_shape, or the weight's dims 2… (ONNX allows omitting it). */
function kernelShape(ctx: NodeContext, count: number, weightInput: number): number[] {
  const given = ints(ctx, 'kernel_shape');
  const dims = given ?? ctx.constant(weightInput)?.dims?.slice(2);
  if (!dims) fail(ctx, 'has no kernel_shape and its weight\'s shape is not in the file');
  if (dims.length !== count) fail(ctx, `kernel_shape has ${dims.length} values for ${count} spatial axes`);
  return [...dims];
}

function autoPad(ctx: NodeContext): string {
  return str(ctx, 'auto_pad', 'NOTSET');
}

/** Conv, pools: output u reads s·u − p + d·j. Pads are [x1_begin, x2_begin…, x1_end, x2_end…]. */
function window(ctx: NodeContext, pool?: 'max' | 'avg' | 'lp', weightInput = 1): Mapping {
  const { dims, unit } = windowDims(ctx);
  const n = dims.length;
  const kernel = kernelShape(ctx, n, pool ? -1 : weightInput);
  const stride = perDim(ctx, 'strides', n, 1);
  const dilation = perDim(ctx, 'dilations', n, 1);
  const pads = perDim(ctx, 'pads', 2 * n, 0);
  const mode = autoPad(ctx);
  const pad = Array.from({ length: n }, (_, j): Pad => {
    switch (mode) {
      case 'SAME_UPPER':
        return { same: 'upper' };
      case 'SAME_LOWER':
        return { same: 'lower' };
      case 'VALID':
        return { begin: 0, end: 0 };
      case 'NOTSET':
        return { begin: pads[j]!, end: pads[n + j]! };
      default:
        return fail(ctx, `auto_pad "${mode}" is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
    }
  });
  // SAME on a unit dim pads (k − s)/2…: with k = 1 and stride ≥ 1 nothing, so read it as zero.
  const padAt = pad.map((p, j): Pad => (unit.includes(j) && 'same' in p && kernel[j] === 1 ? { begin: 0, end: 0 } : p));
  checkUnitDims(ctx, unit, kernel, padAt);
  const op: Op = {
    kind: 'conv',
    ...(pool ? { pool } : {}),
    kernel: bySpatial(dims, kernel),
    stride: bySpatial(dims, stride),
    dilation: bySpatial(dims, dilation),
    pad: bySpatial(dims, padAt),
    ...(pool && int(ctx, 'ceil_mode', 0) === 1 ? { ceilMode: true } : {}),
  };
  return { op, layout: ctx.x.layout };
}

/** ConvTranspose: input i writes s·i − p + d·j. output_shape fixes the pads from the input size. */
export function convTranspose(ctx: NodeContext): Mapping {
  const { dims, unit } = windowDims(ctx);
  const n = dims.length;
  const kernel = kernelShape(ctx, n, 1);
  const stride = perDim(ctx, 'strides', n, 1);
  const dilation = perDim(ctx, 'dilations', n, 1);
  const outputPadding = perDim(ctx, 'output_padding', n, 0);
  const pads = perDim(ctx, 'pads', 2 * n, 0);
  const mode = autoPad(ctx);
  const outputShape = ints(ctx, 'output_shape')?.slice(-n);
  const inSize = concrete(ctx.shape(ctx.node.inputs[0]!))?.slice(2);
  const pad = Array.from({ length: n }, (_, j) => {
    const extent = dilation[j]! * (kernel[j]! - 1) + 1;
    // ONNX: total = s·(in − 1) + output_padding + extent − out, where out is output_shape or,
    // for SAME, in·s (so the total does not depend on the input size).
    let total: number | undefined;
    if (outputShape) {
      if (!inSize) fail(ctx, 'has output_shape, whose pads depend on the input size, but the input\'s shape is not in the file; export with fixed input shapes');
      total = stride[j]! * (inSize[j]! - 1) + outputPadding[j]! + extent - outputShape[j]!;
    } else if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
      total = outputPadding[j]! + extent - stride[j]!;
    }
    if (total === undefined) return mode === 'VALID' ? { begin: 0, end: 0 } : { begin: pads[j]!, end: pads[n + j]! };
    const half = Math.floor(total / 2);
    return mode === 'SAME_UPPER' ? { begin: half, end: total - half } : { begin: total - half, end: half };
  });
  checkUnitDims(ctx, unit, kernel, pad);
  const grown = unit.find((j) => outputPadding[j] !== 0 || (stride[j]! > 1 && kernel[j]! > 1));
  if (grown !== undefined) fail(ctx, `grows dim ${grown + 2}, which holds no spatial axis; rflint maps a transposed conv there only when it keeps its size 1`);
  const op: Op = {
    kind: 'deconv',
    kernel: bySpatial(dims, kernel),
    stride: bySpatial(dims, stride),
    dilation: bySpatial(dims, dilation),
    pad: bySpatial(dims, pad),
    outputPadding: bySpatial(dims, outputPadding),
  };
  return { op, layout: ctx.x.layout };
}

export function globalPool(ctx: NodeContext): Mapping {
  return { op: globalBecause(ctx.node.opType), layout: ctx.x.layout, pools: true };
}

/** Pad: `paddings`/`pads` attribute up to opset 10, then the `pads` input; `axes` input from 18. */
export function padOp(ctx: NodeContext): Mapping {
  const mode = str(ctx, 'mode', 'constant');
  if (mode === 'wrap') fail(ctx, 'mode "wrap" (circular padding) reads the far side of the input, which rflint cannot map');
  const rank = ctx.x.layout.length;
  const pads = ctx.opset >= 11 ? constValues(ctx, 1, 'pads') : (ints(ctx, 'pads') ?? ints(ctx, 'paddings'));
  if (!pads) fail(ctx, 'has no pads');
  const axes = (ctx.opset >= 18 ? optionalValues(ctx, 3, 'axes') : undefined)?.map((a) => normalizeAxis(a, rank)) ?? [...ctx.x.layout.keys()];
  if (pads.length !== 2 * axes.length) fail(ctx, `has ${pads.length} pads for ${axes.length} axes (expected begins then ends)`);
  const begin = new Array<number>(ctx.axes).fill(0);
  const end = new Array<number>(ctx.axes).fill(0);
  axes.forEach((d, j) => {
    const axis = ctx.x.layout[d];
    if (axis === null || axis === undefined) return;
    begin[axis] = pads[j]!;
    end[axis] = pads[axes.length + j]!;
  });
  return { op: { kind: 'pad', begin, end }, layout: ctx.x.layout };
}

/** Ends at or beyond this are "to the end" (exporters write INT64_MAX or INT32_MAX). */
const TO_END = 2 ** 31 - 1;

/** Slice on a spatial axis is a crop (step 1) or a strided 1-wide window (step > 1). */
export function slice(ctx: NodeContext): Mapping {
  const rank = ctx.x.layout.length;
  const fromInputs = ctx.opset >= 10;
  const starts = fromInputs ? constValues(ctx, 1, 'starts') : ints(ctx, 'starts');
  const ends = fromInputs ? constValues(ctx, 2, 'ends') : ints(ctx, 'ends');
  if (!starts || !ends) fail(ctx, 'has no starts or ends');
  const axes = (fromInputs ? optionalValues(ctx, 3, 'axes') : ints(ctx, 'axes')) ?? starts.map((_, i) => i);
  const steps = (fromInputs ? optionalValues(ctx, 4, 'steps') : undefined) ?? starts.map(() => 1);
  const begin = new Array<number>(ctx.axes).fill(0);
  const end = new Array<number>(ctx.axes).fill(0);
  const stride = new Array<number>(ctx.axes).fill(1);
  const size = concrete(ctx.shape(ctx.node.inputs[0]!));
  axes.forEach((a, j) => {
    const d = normalizeAxis(a, rank);
    const axis = ctx.x.layout[d];
    if (axis === null || axis === undefined) return;
    const step = steps[j]!;
    if (step < 1) fail(ctx, `slices spatial axis ${axis} with step ${step}; a reversed axis has no receptive-field map`);
    const n = size?.[d];
    const start = starts[j]!;
    const stop = ends[j]!;
    const needSize = (what: string): number =>
      n ?? fail(ctx, `its ${what} on spatial axis ${axis} counts from the size of the tensor, which rflint cannot tell; set the input size (--input-size, or \`input_size\` in a rule)`);
    const clamp = (v: number, len: number): number => Math.min(Math.max(v, 0), len);
    begin[axis] = start < 0 ? clamp(start + needSize(`start ${start}`), needSize('')) : n === undefined ? start : clamp(start, n);
    if (stop >= TO_END) end[axis] = 0;
    else if (stop < 0) end[axis] = n === undefined ? -stop : n - clamp(stop + n, n);
    else end[axis] = needSize(`end ${stop}`) - clamp(stop, needSize(''));
    stride[axis] = step;
  });
  if (stride.every((s) => s === 1)) {
    return { op: { kind: 'pad', begin: begin.map((b) => -b), end: end.map((e) => -e) }, layout: ctx.x.layout };
  }
  const op: Op = {
    kind: 'conv',
    kernel: stride.map(() => 1),
    stride,
    dilation: stride.map(() => 1),
    pad: begin.map((b, a) => ({ begin: -b, end: -end[a]! })),
  };
  return { op, layout: ctx.x.layout };
}

const ROUNDINGS: readonly NearestRounding[] = ['floor', 'ceil', 'round_prefer_floor', 'round_prefer_ceil'];
const COORDINATES = ['asymmetric', 'half_pixel', 'pytorch_half_pixel', 'tf_half_pixel_for_nn', 'align_corners'] as const;

/**
 * Resize (opset 10: scales input; 11+: roi, scales, sizes; 18: axes) and Upsample (scales
 * attribute in opset 7, input in 9). Upsample and Resize-10 map coordinates asymmetrically and
 * round nearest down (PyTorch's `nearest`); Resize-11 defaults to half_pixel, round_prefer_floor.
 */
export function resizeOp(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const rank = layout.length;
  const legacy = ctx.node.opType === 'Upsample' || ctx.opset < 11;
  const modeName = str(ctx, 'mode', 'nearest');
  const mode = modeName === 'bilinear' || modeName === 'trilinear' ? 'linear' : modeName;
  if (mode !== 'nearest' && mode !== 'linear' && mode !== 'cubic') fail(ctx, `mode "${modeName}" is not nearest, linear or cubic`);
  const coordinates = legacy ? 'asymmetric' : str(ctx, 'coordinate_transformation_mode', 'half_pixel');
  if (!(COORDINATES as readonly string[]).includes(coordinates)) {
    fail(ctx, `coordinate_transformation_mode "${coordinates}" is not supported (supported: ${COORDINATES.join(', ')})`);
  }
  const rounding = legacy ? 'floor' : str(ctx, 'nearest_mode', 'round_prefer_floor');
  if (!(ROUNDINGS as readonly string[]).includes(rounding)) fail(ctx, `nearest_mode "${rounding}" is not supported`);
  if (int(ctx, 'antialias', 0) === 1) fail(ctx, 'antialias widens the kernel when downsampling, which rflint cannot map');
  const policy = str(ctx, 'keep_aspect_ratio_policy', 'stretch');
  if (policy !== 'stretch') fail(ctx, `keep_aspect_ratio_policy "${policy}" is not supported`);

  let scales: readonly number[] | undefined;
  let sizes: readonly number[] | undefined;
  if (ctx.node.opType === 'Upsample' && ctx.opset < 9) scales = attr(ctx, 'scales')?.floats;
  else if (legacy) scales = constValues(ctx, 1, 'scales');
  else {
    scales = optionalValues(ctx, 2, 'scales');
    if (!scales || scales.length === 0) sizes = optionalValues(ctx, 3, 'sizes');
  }
  if ((!scales || scales.length === 0) && !sizes) fail(ctx, 'has neither scales nor sizes');
  const axes = (ctx.opset >= 18 ? ints(ctx, 'axes') : undefined)?.map((a) => normalizeAxis(a, rank)) ?? [...layout.keys()];
  const inSize = concrete(ctx.shape(ctx.node.inputs[0]!));
  const scale: Fraction[] = new Array<Fraction>(ctx.axes).fill(frac(1));
  const size: number[] = [];
  axes.forEach((d, j) => {
    const axis = layout[d];
    if (axis === null || axis === undefined) return;
    if (scales && scales.length > 0) {
      scale[axis] = toFraction(scales[j]!, ctx);
      return;
    }
    const n = inSize?.[d];
    if (n === undefined) fail(ctx, 'resizes to fixed sizes, whose scale depends on the size of its input, which rflint cannot tell; set the input size (--input-size, or `input_size` in a rule)');
    scale[axis] = frac(sizes![j]!, n);
    size[axis] = sizes![j]!;
  });
  const op: Op = {
    kind: 'resize',
    scale,
    mode,
    rounding: rounding as NearestRounding,
    coordinates: coordinates as (typeof COORDINATES)[number],
    ...(sizes && Array.from({ length: ctx.axes }, (_, a) => size[a]).every((s) => s !== undefined) ? { size } : {}),
  };
  return { op, layout };
}

/** A float scale as the simplest fraction within float32 precision (1/3 is stored as 0.33333334). */
export function toFraction(x: number, ctx: NodeContext): Fraction {
  if (!(x > 0) || !Number.isFinite(x)) fail(ctx, `scale ${x} must be a positive number`);
  // A scale past 2^53 (a corrupt file's 1e20) has no exact fraction: say so, not OverflowError.
  if (x >= 2 ** 53 || 1 / x >= 2 ** 53) fail(ctx, `scale ${x} is too large or too small to analyse exactly`);
  const tolerance = x * 1e-6;
  // Continued fractions: the convergents are the best approximations with small denominators.
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let i = 0; i < 32; i++) {
    const a = Math.floor(rest);
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (!Number.isSafeInteger(h1) || !Number.isSafeInteger(k1)) break;
    if (Math.abs(h1 / k1 - x) <= tolerance) return frac(h1, k1);
    if (rest === a || k1 > 1_000_000) break;
    rest = 1 / (rest - a);
  }
  return fail(ctx, `scale ${x} is not a simple fraction`);
}

function blockSize(ctx: NodeContext): number[] {
  spatialDims(ctx);
  const block = int(ctx, 'blocksize', 0);
  if (block < 1) fail(ctx, 'has no blocksize');
  return new Array<number>(ctx.axes).fill(block);
}

/** Concat of one data tensor with constants (a learned token, extra channels). */
export function concat(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const d = normalizeAxis(int(ctx, 'axis', 0), layout.length);
  if (hasSpatial(layout, [d])) fail(ctx, `concatenates along spatial axis ${layout[d]}, which rflint cannot map`);
  return keep(ctx);
}

/** Flatten(axis) makes a matrix: a spatial axis merged with any other dim is gone. */
export function flatten(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const axis = normalizeAxis(int(ctx, 'axis', 1), layout.length);
  const group = (dims: Layout): number | null => (dims.length === 1 ? dims[0]! : null);
  const head = layout.slice(0, axis);
  const tail = layout.slice(axis);
  const merged = (dims: Layout): boolean => dims.length > 1 && hasSpatial(dims);
  if (merged(head) || merged(tail)) return { op: globalBecause('Flatten merges spatial axes'), layout: [null, null] };
  return { op: pointwise, layout: [group(head), group(tail)] };
}

/**
 * Reshape: how it moves the spatial axes is worked out from its input and output shapes
 * (reshape.ts): channel regroups keep the positions, splitting a spatial axis into blocks is
 * space-to-depth, folding channels into one is depth-to-space, merging positions is global.
 */
export function reshape(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const target = ctx.opset >= 5 ? ctx.constant(1)?.values : ints(ctx, 'shape');
  if (!hasSpatial(layout)) return { op: pointwise, layout: (concrete(ctx.shape(ctx.node.outputs[0]!)) ?? target ?? []).map(() => null) };
  // The same dims, written 0 (copy) in place: the simplest regrouping.
  if (target && target.length === layout.length && layout.every((a, d) => a === null || target[d] === 0)) {
    return { op: pointwise, layout };
  }
  const inShape = concrete(ctx.shape(ctx.node.inputs[0]!));
  const outShape = concrete(ctx.shape(ctx.node.outputs[0]!));
  if (!inShape || !outShape) {
    fail(ctx, `reshapes a feature map to ${target ? `[${target.join(', ')}]` : 'a shape computed at run time'} and rflint cannot tell the sizes involved; set the input size (--input-size, or \`input_size\` in a rule)`);
  }
  const m = mapReshape(inShape, outShape, layout, ctx.axes);
  if (m.kind === 'global') return { op: globalBecause(`Reshape: ${m.why}`), layout: outShape.map(() => null) };
  const down = m.down.some((b) => b > 1) ? ({ kind: 'space_to_depth', block: m.down } as const) : undefined;
  const up = m.up.some((b) => b > 1) ? ({ kind: 'depth_to_space', block: m.up } as const) : undefined;
  if (down && up) return { op: down, after: up, layout: m.layout };
  return { op: down ?? up ?? pointwise, layout: m.layout };
}

/** MatMul contracts the data's last dim (x·W) or, with the data on the right, its dim −2. */
export function matMul(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const right = ctx.xIndex === 1;
  const contracted = right ? layout.length - 2 : layout.length - 1;
  if (layout.length < 2 || hasSpatial(layout, [contracted])) return { op: globalBecause('MatMul over spatial positions'), layout: layout.map(() => null) };
  const weightRank = ctx.constant(right ? 0 : 1)?.dims?.length;
  const out = [...layout];
  if (!right && weightRank === 1) out.pop();
  return { op: pointwise, layout: out };
}

export function transpose(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const perm = ints(ctx, 'perm') ?? [...layout.keys()].reverse();
  if (perm.length !== layout.length) fail(ctx, `perm has ${perm.length} values for a tensor of rank ${layout.length}`);
  return { op: pointwise, layout: perm.map((d) => layout[normalizeAxis(d, layout.length)] ?? null) };
}

/** Axes of Squeeze/Unsqueeze/Reduce*: an attribute, or input 2 from the opset given. */
function axesOf(ctx: NodeContext, inputFrom: number): readonly number[] | undefined {
  if (ctx.opset >= inputFrom) return optionalValues(ctx, 1, 'axes');
  return ints(ctx, 'axes');
}

export function squeeze(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  let axes = axesOf(ctx, 13)?.map((a) => normalizeAxis(a, layout.length));
  if (!axes) {
    const shape = concrete(ctx.shape(ctx.node.inputs[0]!));
    if (!shape) {
      if (ctx.x.global) return { op: pointwise, layout: layout.filter((a) => a === null) };
      fail(ctx, 'squeezes every dim of size 1, but the input\'s shape is not in the file');
    }
    axes = shape.flatMap((s, d) => (s === 1 ? [d] : []));
  }
  const out = layout.filter((_, d) => !axes.includes(d));
  // A spatial axis of size 1 squeezed away: the tensor no longer has that axis.
  if (hasSpatial(layout, axes)) return { op: globalBecause('Squeeze removes a spatial axis'), layout: out.map(() => null) };
  return { op: pointwise, layout: out };
}

export function unsqueeze(ctx: NodeContext): Mapping {
  const out: (number | null)[] = [...ctx.x.layout];
  const axes = axesOf(ctx, 13);
  if (!axes) fail(ctx, 'has no axes');
  const rank = out.length + axes.length;
  for (const d of axes.map((a) => normalizeAxis(a, rank)).sort((a, b) => a - b)) out.splice(d, 0, null);
  return { op: pointwise, layout: out };
}

/** Gather along a channel/feature dim picks channels; along a spatial dim it is not a geometry. */
export function gather(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const d = normalizeAxis(int(ctx, 'axis', 0), layout.length);
  if (hasSpatial(layout, [d])) fail(ctx, `gathers along spatial axis ${layout[d]}, which rflint cannot map`);
  const indices = ctx.constant(1);
  const indexRank = indices?.dims?.length ?? 1;
  return { op: pointwise, layout: [...layout.slice(0, d), ...new Array<null>(indexRank).fill(null), ...layout.slice(d + 1)] };
}

export function split(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const d = normalizeAxis(int(ctx, 'axis', 0), layout.length);
  if (hasSpatial(layout, [d])) fail(ctx, `splits along spatial axis ${layout[d]}, which rflint cannot map`);
  return { op: pointwise, layout, outputs: ctx.node.outputs.map(() => layout) };
}

/** Softmax over positions (attention) is global; over channels, pointwise. */
export function softmax(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const rank = layout.length;
  // Up to opset 12 the input is coerced to 2-D at `axis` (default 1): every dim from it on.
  const dims =
    ctx.opset < 13
      ? [...layout.keys()].slice(normalizeAxis(int(ctx, 'axis', 1), rank))
      : [normalizeAxis(int(ctx, 'axis', -1), rank)];
  return { op: hasSpatial(layout, dims) ? globalBecause(`${ctx.node.opType} over spatial positions`) : pointwise, layout };
}

/** Reductions over a spatial axis are global (a global pool when over all of them). */
export function reduce(ctx: NodeContext): Mapping {
  const layout = ctx.x.layout;
  const rank = layout.length;
  const isArg = ctx.node.opType.startsWith('Arg');
  const inputFrom = ctx.node.opType === 'ReduceSum' ? 13 : 18;
  let axes = isArg ? [int(ctx, 'axis', 0)] : axesOf(ctx, inputFrom);
  if (!axes || axes.length === 0) {
    if (int(ctx, 'noop_with_empty_axes', 0) === 1) return keep(ctx);
    axes = [...layout.keys()];
  }
  const dims = axes.map((a) => normalizeAxis(a, rank));
  const keepDims = int(ctx, 'keepdims', 1) === 1;
  const out = keepDims ? layout : layout.filter((_, d) => !dims.includes(d));
  if (!hasSpatial(layout, dims)) return { op: pointwise, layout: out };
  const allSpatial = layout.every((a, d) => a === null || dims.includes(d));
  return { op: globalBecause(`${ctx.node.opType} over spatial axes`), layout: out, ...(allSpatial ? { pools: true } : {}) };
}

/** Expand broadcasts to a shape: new leading dims, spatial dims kept. */
export function expand(ctx: NodeContext): Mapping {
  const shape = constValues(ctx, 1, 'shape');
  const layout = ctx.x.layout;
  const extra = Math.max(shape.length - layout.length, 0);
  return { op: pointwise, layout: [...new Array<null>(extra).fill(null), ...layout] };
}
