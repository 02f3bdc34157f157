/**
 * Shape inference for the tensors of a graph, data path included: what `Shape(x)` returns when a
 * model reads a feature map's size (`x.view(n, g, c // g, h, w)` in ShuffleNet, `F.interpolate(x,
 * size=y.shape[-2:])` in an FPN), and what tells which dims of a Reshape's output are spatial.
 * Files rarely carry value_info for every tensor, so each op's output shape is computed from its
 * inputs' (the ONNX spec's shape rules); a dim that cannot be known is undefined.
 */
import type { Attribute, OnnxNode } from './proto.js';
import { broadcastDims, reshapeDims, sliceCount, splitSizes } from './evaluate.js';
import type { ConstTensor } from './evaluate.js';
import { normalizeAxis } from './layout.js';

export type Shape = readonly (number | undefined)[];

export interface ShapeContext {
  shape(i: number): Shape | undefined;
  /** Values of input `i` when constant. */
  values(i: number): readonly number[] | undefined;
  readonly opset: number;
}

/** The output shapes of a node (one per output), each undefined when its rank is unknown. */
export type ShapeRule = (node: OnnxNode, ctx: ShapeContext) => (Shape | undefined)[];

const attrOf = (node: OnnxNode) => (name: string) => node.attributes.get(name);

/** The shape of the first input: elementwise ops of one input, activations, normalisations. */
export const sameShape: ShapeRule = (_node, ctx) => [ctx.shape(0)];

/** Elementwise ops over several inputs: numpy broadcasting. */
export const broadcastShape: ShapeRule = (node, ctx) => [broadcastPartial(node.inputs.map((_, i) => ctx.shape(i)))];

/** Conv and its quantised forms: the weight (input `weightInput`) gives the channels and the kernel. */
export const convShape =
  (weightInput: number): ShapeRule =>
  (node, ctx) => {
    const x = ctx.shape(0);
    const weight = ctx.shape(weightInput);
    return [x ? windowShape(x, attrOf(node), weight?.[0], weight?.slice(2)) : undefined];
  };

/** Pools keep the channels; MaxPool's optional second output (indices) has the same shape. */
export const poolShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  const a = attrOf(node);
  return [x ? windowShape(x, a, x[1], undefined) : undefined, ...(node.outputs.length > 1 && x ? [windowShape(x, a, x[1], undefined)] : [])];
};

export const convTransposeShapeRule: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  return [x ? convTransposeShape(x, attrOf(node), ctx.shape(1)) : undefined];
};

export const globalPoolShape: ShapeRule = (_node, ctx) => {
  const x = ctx.shape(0);
  return [x ? [x[0], x[1], ...x.slice(2).map(() => 1)] : undefined];
};

export const padShapeRule: ShapeRule = (node, ctx) => [padShape(ctx.shape(0), ctx, attrOf(node))];

export const sliceShapeRule: ShapeRule = (node, ctx) => [sliceShape(ctx.shape(0), ctx, attrOf(node), node)];

export const resizeShapeRule: ShapeRule = (node, ctx) => [resizeShape(ctx.shape(0), ctx, attrOf(node), node)];

export const concatShape: ShapeRule = (node, ctx) => {
  const parts = node.inputs.map((_, i) => ctx.shape(i));
  if (parts.some((p) => !p)) return [undefined];
  const rank = parts[0]!.length;
  const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, rank);
  const out = [...parts[0]!];
  out[d] = parts.reduce<number | undefined>((n, p) => (n === undefined || p![d] === undefined ? undefined : n + p![d]!), 0);
  for (let i = 0; i < rank; i++) if (i !== d && out[i] === undefined) out[i] = parts.find((p) => p![i] !== undefined)?.[i];
  return [out];
};

export const splitShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  if (!x) return node.outputs.map(() => undefined);
  const a = attrOf(node);
  const d = normalizeAxis(a('axis')?.i ?? 0, x.length);
  const sizes = splitSizes(x, node, ctx.opset, a, (i) => ctx.values(i));
  return node.outputs.map((_, k) => {
    const out = [...x];
    out[d] = sizes?.[k];
    return out;
  });
};

export const reshapeShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  const a = attrOf(node);
  const target = ctx.opset >= 5 ? ctx.values(1) : a('shape')?.ints;
  if (!target) return [undefined];
  if (x && x.every((d) => d !== undefined)) return [reshapeDims(x as number[], target, a('allowzero')?.i === 1)];
  // Without the input's sizes, the target's own numbers are still its dims.
  return [target.map((t, i) => (t === 0 ? x?.[i] : t === -1 ? undefined : t))];
};

export const flattenShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  if (!x) return [undefined];
  const axis = normalizeAxis(node.attributes.get('axis')?.i ?? 1, x.length);
  return [[product(x.slice(0, axis)), product(x.slice(axis))]];
};

export const transposeShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  if (!x) return [undefined];
  const perm = node.attributes.get('perm')?.ints ?? [...x.keys()].reverse();
  return [perm.map((p) => x[p])];
};

export const squeezeShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  if (!x) return [undefined];
  const axes = (ctx.opset >= 13 ? ctx.values(1) : node.attributes.get('axes')?.ints)?.map((d) => normalizeAxis(d, x.length));
  if (!axes) return [x.some((d) => d === undefined) ? undefined : x.filter((d) => d !== 1)];
  return [x.filter((_, i) => !axes.includes(i))];
};

export const unsqueezeShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  const axes = ctx.opset >= 13 ? ctx.values(1) : node.attributes.get('axes')?.ints;
  if (!x || !axes) return [undefined];
  const rank = x.length + axes.length;
  const out: (number | undefined)[] = [...x];
  for (const d of axes.map((v) => normalizeAxis(v, rank)).sort((p, q) => p - q)) out.splice(d, 0, 1);
  return [out];
};

export const gatherShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  const indices = ctx.shape(1);
  if (!x || !indices) return [undefined];
  const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, x.length);
  return [[...x.slice(0, d), ...indices, ...x.slice(d + 1)]];
};

export const matMulShapeRule: ShapeRule = (_node, ctx) => [matMulShape(ctx.shape(0), ctx.shape(1))];

export const gemmShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  const b = ctx.shape(1);
  if (!x || !b) return [undefined];
  const a = attrOf(node);
  return [[a('transA')?.i === 1 ? x[1] : x[0], a('transB')?.i === 1 ? b[0] : b[1]]];
};

/** Shape: a 1-D tensor of the input's rank (between `start` and `end`, opset 15). */
export const shapeOpShape: ShapeRule = (node, ctx) => {
  const x = ctx.shape(0);
  if (!x) return [undefined];
  const a = attrOf(node);
  const rank = x.length;
  const clampAxis = (i: number) => Math.min(Math.max(normalizeAxis(i, rank), 0), rank);
  const start = clampAxis(a('start')?.i ?? 0);
  const end = a('end')?.i === undefined ? rank : clampAxis(a('end')!.i!);
  return [[Math.max(end - start, 0)]];
};

export const scalarShape: ShapeRule = () => [[]];

export const expandShape: ShapeRule = (_node, ctx) => {
  const x = ctx.shape(0);
  const target = ctx.values(1);
  if (!x || !target) return [undefined];
  return [broadcastPartial([x, target])];
};

export const tileShape: ShapeRule = (_node, ctx) => {
  const x = ctx.shape(0);
  const repeats = ctx.values(1);
  if (!x || !repeats) return [undefined];
  return [x.map((d, i) => (d === undefined ? undefined : d * repeats[i]!))];
};

/** DepthToSpace (`up`) and SpaceToDepth: the block moves between channels and positions. */
export const blockShape =
  (up: boolean): ShapeRule =>
  (node, ctx) => {
    const x = ctx.shape(0);
    const b = node.attributes.get('blocksize')?.i;
    if (!x || !b) return [undefined];
    const spatial = x.slice(2).map((d) => (d === undefined ? undefined : up ? d * b : Math.floor(d / b)));
    const channels = x[1] === undefined ? undefined : up ? x[1] / (b * b) : x[1] * b ** (x.length - 2);
    return [[x[0], channels, ...spatial]];
  };

export const reduceShapeRule: ShapeRule = (node, ctx) => [reduceShape(ctx.shape(0), ctx, attrOf(node), node.opType)];

export const constantOfShapeShape: ShapeRule = (_node, ctx) => {
  const dims = ctx.values(0);
  return [dims ? [...dims] : undefined];
};

/** The shape of a constant or initializer. */
export function shapeOfConst(t: ConstTensor | undefined): Shape | undefined {
  return t?.dims ?? (t?.values ? [t.values.length] : undefined);
}

function product(dims: Shape): number | undefined {
  let p = 1;
  for (const d of dims) {
    if (d === undefined) return undefined;
    p *= d;
  }
  return p;
}

function broadcastPartial(shapes: readonly (Shape | undefined)[]): Shape | undefined {
  if (shapes.some((s) => s === undefined)) return undefined;
  const all = shapes as Shape[];
  if (all.every((s) => s.every((d) => d !== undefined))) return broadcastDims(all as number[][]);
  const rank = Math.max(...all.map((s) => s.length));
  return Array.from({ length: rank }, (_, i) => {
    const dims = all.map((s): number | undefined => (s.length - rank + i < 0 ? 1 : s[s.length - rank + i]));
    const sizes = dims.filter((d): d is number => d !== undefined);
    // An unknown dim broadcast with a known one > 1 is that one; with only 1s it stays unknown.
    if (sizes.length < dims.length) return sizes.some((d) => d > 1) ? Math.max(...sizes) : undefined;
    return Math.max(...sizes);
  });
}

/** Conv and pools (ONNX's shape rules: auto_pad, explicit pads, ceil_mode). */
function windowShape(x: Shape, a: (name: string) => Attribute | undefined, channels: number | undefined, weightKernel: Shape | undefined): Shape {
  // A corrupt input of rank 0 or 1 has no spatial axes (and must not make an array of length −1).
  const n = Math.max(x.length - 2, 0);
  const kernel = a('kernel_shape')?.ints ?? weightKernel;
  const stride = a('strides')?.ints ?? new Array<number>(n).fill(1);
  const dilation = a('dilations')?.ints ?? new Array<number>(n).fill(1);
  const pads = a('pads')?.ints ?? new Array<number>(2 * n).fill(0);
  const mode = a('auto_pad')?.s ?? 'NOTSET';
  const ceil = a('ceil_mode')?.i === 1;
  const spatial = x.slice(2).map((size, j) => {
    const k = kernel?.[j];
    if (size === undefined || k === undefined) return undefined;
    const s = stride[j] ?? 1;
    const extent = (dilation[j] ?? 1) * (k - 1) + 1;
    if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') return Math.ceil(size / s);
    if (mode === 'VALID') return Math.floor((size - extent) / s) + 1;
    const total = size + (pads[j] ?? 0) + (pads[n + j] ?? 0) - extent;
    let out = (ceil ? Math.ceil(total / s) : Math.floor(total / s)) + 1;
    // ceil_mode: the last window must start inside the input or its begin pad (as PyTorch and onnxruntime).
    if (ceil && (out - 1) * s >= size + (pads[j] ?? 0)) out--;
    return out;
  });
  return [x[0], channels, ...spatial];
}

function convTransposeShape(x: Shape, a: (name: string) => Attribute | undefined, weight: Shape | undefined): Shape {
  const n = x.length - 2;
  const group = a('group')?.i ?? 1;
  const channels = weight?.[1] === undefined ? undefined : weight[1] * group;
  const given = a('output_shape')?.ints;
  if (given) return [x[0], channels, ...given.slice(-n)];
  const kernel = a('kernel_shape')?.ints ?? weight?.slice(2);
  const stride = a('strides')?.ints ?? new Array<number>(n).fill(1);
  const dilation = a('dilations')?.ints ?? new Array<number>(n).fill(1);
  const outputPadding = a('output_padding')?.ints ?? new Array<number>(n).fill(0);
  const pads = a('pads')?.ints ?? new Array<number>(2 * n).fill(0);
  const mode = a('auto_pad')?.s ?? 'NOTSET';
  const spatial = x.slice(2).map((size, j) => {
    const k = kernel?.[j];
    if (size === undefined || k === undefined) return undefined;
    const s = stride[j] ?? 1;
    if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') return size * s;
    const extent = (dilation[j] ?? 1) * (k - 1) + 1;
    const total = mode === 'VALID' ? 0 : (pads[j] ?? 0) + (pads[n + j] ?? 0);
    return s * (size - 1) + (outputPadding[j] ?? 0) + extent - total;
  });
  return [x[0], channels, ...spatial];
}

function padShape(x: Shape | undefined, ctx: ShapeContext, a: (name: string) => Attribute | undefined): Shape | undefined {
  if (!x) return undefined;
  const pads = ctx.opset >= 11 ? ctx.values(1) : (a('pads')?.ints ?? a('paddings')?.ints);
  if (!pads) return x.map(() => undefined);
  const axes = (ctx.opset >= 18 ? ctx.values(3) : undefined)?.map((d) => normalizeAxis(d, x.length)) ?? [...x.keys()];
  const out = [...x];
  axes.forEach((d, j) => {
    const size = out[d];
    out[d] = size === undefined ? undefined : size + pads[j]! + pads[axes.length + j]!;
  });
  return out;
}

function sliceShape(x: Shape | undefined, ctx: ShapeContext, a: (name: string) => Attribute | undefined, node: OnnxNode): Shape | undefined {
  if (!x) return undefined;
  const fromInputs = ctx.opset >= 10;
  const starts = fromInputs ? ctx.values(1) : a('starts')?.ints;
  const ends = fromInputs ? ctx.values(2) : a('ends')?.ints;
  if (!starts || !ends) return x.map(() => undefined);
  const axes = (fromInputs ? (node.inputs[3] ? ctx.values(3) : undefined) : a('axes')?.ints) ?? starts.map((_, i) => i);
  const steps = (fromInputs && node.inputs[4] ? ctx.values(4) : undefined) ?? starts.map(() => 1);
  const out = [...x];
  axes.forEach((axis, j) => {
    const d = normalizeAxis(axis, x.length);
    const n = x[d];
    out[d] = n === undefined ? undefined : sliceCount(n, starts[j]!, ends[j]!, steps[j] ?? 1);
  });
  return out;
}

function resizeShape(x: Shape | undefined, ctx: ShapeContext, a: (name: string) => Attribute | undefined, node: OnnxNode): Shape | undefined {
  if (!x) return undefined;
  let scales: readonly number[] | undefined;
  let sizes: readonly number[] | undefined;
  if (node.opType === 'Upsample' && ctx.opset < 9) scales = a('scales')?.floats;
  else if (node.opType === 'Upsample' || ctx.opset < 11) scales = ctx.values(1);
  else {
    scales = node.inputs[2] ? ctx.values(2) : undefined;
    if (!scales || scales.length === 0) sizes = node.inputs[3] ? ctx.values(3) : undefined;
  }
  const axes = (ctx.opset >= 18 ? a('axes')?.ints : undefined)?.map((d) => normalizeAxis(d, x.length)) ?? [...x.keys()];
  const out = [...x];
  axes.forEach((d, j) => {
    if (sizes) out[d] = sizes[j];
    else if (scales && scales.length > 0) out[d] = x[d] === undefined ? undefined : Math.floor(x[d]! * scales[j]! + 1e-9);
    else out[d] = undefined;
  });
  return out;
}

function matMulShape(a: Shape | undefined, b: Shape | undefined): Shape | undefined {
  if (!a || !b) return undefined;
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  const batch = broadcastPartial([left.slice(0, -2), right.slice(0, -2)]) ?? [];
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  if (a.length === 1) out.splice(out.length - 2, 1);
  if (b.length === 1) out.pop();
  return out;
}

function reduceShape(x: Shape | undefined, ctx: ShapeContext, a: (name: string) => Attribute | undefined, op: string): Shape | undefined {
  if (!x) return undefined;
  const isArg = op.startsWith('Arg');
  const inputFrom = op === 'ReduceSum' ? 13 : 18;
  let axes = isArg ? [a('axis')?.i ?? 0] : ctx.opset >= inputFrom ? ctx.values(1) : a('axes')?.ints;
  if (!axes || axes.length === 0) {
    if (a('noop_with_empty_axes')?.i === 1) return x;
    axes = [...x.keys()];
  }
  const dims = axes.map((d) => normalizeAxis(d, x.length));
  const keep = (a('keepdims')?.i ?? 1) === 1;
  return keep ? x.map((d, i) => (dims.includes(i) ? 1 : d)) : x.filter((_, i) => !dims.includes(i));
}
