/**
 * The constant evaluator: computes the values of the small tensors that feed geometry (Pad
 * pads, Resize scales and sizes, Slice starts, Reshape targets) whenever a node's inputs are all
 * known. Exporters spell those values as arithmetic on shapes: PyTorch without constant folding
 * builds every `F.pad` from `Constant → Shape → Gather → Mul → Sub → ConstantOfShape → Concat →
 * Reshape → Slice(step −1) → Transpose → Reshape → Cast`, tf2onnx writes `Shape → StridedSlice`
 * chains, and a dynamic export reads the input's size with `Shape`. Semantics follow the ONNX
 * operator spec (https://onnx.ai/onnx/operators/), per opset where an attribute became an input,
 * not one exporter's habits. Only tiny tensors are evaluated (MAX_VALUES); weights never are.
 */
import type { Attribute, OnnxNode } from './proto.js';
import { normalizeAxis } from './layout.js';

/** A tensor off the data path: its dims when known, its values when small, and whether it holds integers. */
export interface ConstTensor {
  readonly dims?: readonly number[];
  readonly values?: readonly number[];
  /** An integer type (int64 shapes, int32 indices): division truncates, casts round toward zero. */
  readonly int?: boolean;
}

/** Largest tensor whose values are computed: shape arithmetic and geometry parameters are tiny. */
export const MAX_VALUES = 4096;

/** TensorProto.DataType: the integer and boolean types. */
const INTEGER_TYPES = new Set([2, 3, 4, 5, 6, 7, 9, 12, 13]);
export const isIntegerType = (dataType: number): boolean => INTEGER_TYPES.has(dataType);

export interface EvalContext {
  /** Input `i` when constant (undefined: omitted, or computed from the image). */
  input(i: number): ConstTensor | undefined;
  /** The shape of input `i`, when known, whether or not its values are (a data tensor's). */
  shape(i: number): readonly (number | undefined)[] | undefined;
  readonly opset: number;
}

type Values = readonly number[];

/** How an op folds to a constant when its inputs are known: one tensor, one per output, or undefined. */
export type Fold = (node: OnnxNode, ctx: EvalContext) => ConstTensor | (ConstTensor | undefined)[] | undefined;

const attrOf = (node: OnnxNode) => (name: string): Attribute | undefined => node.attributes.get(name);
const valuesOf = (ctx: EvalContext, i: number): Values | undefined => known(ctx.input(i));

export const foldConstant: Fold = (node) => constantNode(attrOf(node));

export const foldIdentity: Fold = (_node, ctx) => ctx.input(0);

/** Cast (to the `to` type) and CastLike (to the second input's type): integers round toward zero. */
export const foldCast: Fold = (node, ctx) => {
  const x = ctx.input(0);
  if (!x) return undefined;
  const toInt = node.opType === 'Cast' ? isIntegerType(node.attributes.get('to')?.i ?? 1) : (ctx.input(1)?.int ?? false);
  return { ...x, int: toInt, ...(x.values && toInt ? { values: x.values.map(Math.trunc) } : {}) };
};

export const foldShape: Fold = (node, ctx) => {
  const shape = ctx.shape(0);
  if (!shape) return undefined;
  const a = attrOf(node);
  const rank = shape.length;
  const clampAxis = (i: number) => Math.min(Math.max(normalizeAxis(i, rank), 0), rank);
  const start = clampAxis(a('start')?.i ?? 0);
  const end = a('end')?.i === undefined ? rank : clampAxis(a('end')!.i!);
  const picked = shape.slice(start, Math.max(start, end));
  if (picked.some((d) => d === undefined)) return undefined;
  return { dims: [picked.length], values: picked as number[], int: true };
};

export const foldSize: Fold = (_node, ctx) => {
  const shape = ctx.shape(0);
  if (!shape || shape.some((d) => d === undefined)) return undefined;
  return { dims: [], values: [(shape as number[]).reduce((p, d) => p * d, 1)], int: true };
};

export const foldConstantOfShape: Fold = (node, ctx) => {
  const dims = valuesOf(ctx, 0);
  if (!dims) return undefined;
  const value = node.attributes.get('value')?.t;
  const fill = value?.values?.[0] ?? 0;
  const int = value ? isIntegerType(value.dataType) : false;
  return make(dims, () => fill, int);
};

export const foldRange: Fold = (_node, ctx) => {
  const [start, limit, delta] = [valuesOf(ctx, 0)?.[0], valuesOf(ctx, 1)?.[0], valuesOf(ctx, 2)?.[0]];
  if (start === undefined || limit === undefined || delta === undefined || delta === 0) return undefined;
  const n = Math.max(Math.ceil((limit - start) / delta), 0);
  return make([n], (i) => start + i * delta, (ctx.input(0)?.int ?? false) && (ctx.input(2)?.int ?? false));
};

export const foldReshape: Fold = (node, ctx) => reshape(ctx.input(0), valuesOf(ctx, 1), node.attributes.get('allowzero')?.i === 1);

export const foldFlatten: Fold = (node, ctx) => {
  const x = ctx.input(0);
  if (!x?.dims) return undefined;
  const axis = normalizeAxis(node.attributes.get('axis')?.i ?? 1, x.dims.length);
  const prod = (ds: readonly number[]) => ds.reduce((p, d) => p * d, 1);
  return { ...x, dims: [prod(x.dims.slice(0, axis)), prod(x.dims.slice(axis))] };
};

/** Squeeze and Unsqueeze: axes an attribute up to opset 12, an input from 13. */
export const foldSqueeze: Fold = (node, ctx) => {
  const x = ctx.input(0);
  if (!x?.dims) return undefined;
  const axes = ctx.opset >= 13 ? valuesOf(ctx, 1) : node.attributes.get('axes')?.ints;
  const dims = node.opType === 'Squeeze' ? squeezeDims(x.dims, axes) : unsqueezeDims(x.dims, axes);
  return dims ? { ...x, dims } : undefined;
};

export const foldTranspose: Fold = (node, ctx) => {
  const x = ctx.input(0);
  if (!x?.dims) return undefined;
  const perm = node.attributes.get('perm')?.ints ?? [...x.dims.keys()].reverse();
  if (perm.length !== x.dims.length) return undefined;
  const dims = perm.map((p) => x.dims![p]!);
  if (!x.values || count(x.dims) > MAX_VALUES) return { dims, ...(x.int !== undefined ? { int: x.int } : {}) };
  return { ...x, dims, values: gather(x.dims, x.values, dims.map((n) => range(n)), perm) };
};

export const foldConcat: Fold = (node, ctx) => concat(node.inputs.map((_, i) => ctx.input(i)), node.attributes.get('axis')?.i ?? 0);

export const foldGather: Fold = (node, ctx) => gatherOp(ctx.input(0), ctx.input(1), node.attributes.get('axis')?.i ?? 0);

export const foldSlice: Fold = (node, ctx) => {
  const a = attrOf(node);
  const v = (i: number) => valuesOf(ctx, i);
  const x = ctx.input(0);
  const starts = ctx.opset >= 10 ? v(1) : a('starts')?.ints;
  const ends = ctx.opset >= 10 ? v(2) : a('ends')?.ints;
  if (!x?.dims || !starts || !ends) return undefined;
  const axes = (ctx.opset >= 10 && node.inputs[3] ? v(3) : ctx.opset < 10 ? a('axes')?.ints : undefined) ?? starts.map((_, i) => i);
  const steps = (ctx.opset >= 10 && node.inputs[4] ? v(4) : undefined) ?? starts.map(() => 1);
  if ((ctx.opset >= 10 && node.inputs[3] && !v(3)) || (node.inputs[4] && !v(4))) return undefined;
  return sliceOp(x, starts, ends, axes, steps);
};

export const foldSplit: Fold = (node, ctx) => splitOp(node, ctx, attrOf(node));

export const foldExpand: Fold = (_node, ctx) => {
  const x = ctx.input(0);
  const shape = valuesOf(ctx, 1);
  if (!x?.dims || !shape) return undefined;
  const dims = broadcastDims([x.dims, shape]);
  return dims ? broadcastTo(x, dims) : undefined;
};

export const foldTile: Fold = (_node, ctx) => {
  const x = ctx.input(0);
  const repeats = valuesOf(ctx, 1);
  if (!x?.dims || !repeats || repeats.length !== x.dims.length) return undefined;
  const dims = x.dims.map((d, i) => d * repeats[i]!);
  if (!x.values || count(dims) > MAX_VALUES) return { dims, ...(x.int !== undefined ? { int: x.int } : {}) };
  return { ...x, dims, values: gather(x.dims, x.values, dims.map((n, i) => range(n).map((j) => j % x.dims![i]!)), [...x.dims.keys()]) };
};

/** ReduceProd, ReduceSum, ReduceMin, ReduceMax over `axes`, with `f` the reduction. */
export const foldReduce =
  (f: (p: number, q: number) => number): Fold =>
  (node, ctx) =>
    reduce(node, ctx, attrOf(node), f);

export const foldWhere: Fold = (_node, ctx) => {
  const [c, x, y] = [ctx.input(0), ctx.input(1), ctx.input(2)];
  return elementwise([c, x, y], (p, q, r) => (p ? q : r), (x?.int ?? false) && (y?.int ?? false));
};

export const foldNot: Fold = (_node, ctx) => elementwise([ctx.input(0)], (p) => (p ? 0 : 1), true);

/** An elementwise op of one input; `keepsInt`: integers stay integers (not Sqrt, Reciprocal). */
export const foldUnary =
  (f: (x: number) => number, keepsInt = true): Fold =>
  (_node, ctx) => {
    const x = ctx.input(0);
    return elementwise([x], f, (x?.int ?? false) && keepsInt);
  };

/** ONNX Round: half to even. */
export const roundHalfEven = (x: number): number => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));

/** Min, Max, Sum, Mean over any number of inputs; `keepsInt`: an integer result for integer inputs. */
export const foldVariadic =
  (f: (...xs: number[]) => number, keepsInt = true): Fold =>
  (node, ctx) => {
    const parts = node.inputs.map((_, i) => ctx.input(i));
    return elementwise(parts, f, parts.every((p) => p?.int) && keepsInt);
  };

/**
 * A binary elementwise op: `f` gets whether both inputs are integers (Div truncates then) and the
 * node (Mod reads `fmod`); a `comparison` (Equal, And…) gives 0/1 integers.
 */
export const foldBinary =
  (f: (x: number, y: number, int: boolean, node: OnnxNode) => number, comparison = false): Fold =>
  (node, ctx) => {
    const [x, y] = [ctx.input(0), ctx.input(1)];
    const int = (x?.int ?? false) && (y?.int ?? false);
    return elementwise([x, y], (p, q) => f(p, q, int, node), comparison || int);
  };

function known(t: ConstTensor | undefined): Values | undefined {
  return t?.values;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function count(dims: readonly number[]): number {
  return dims.reduce((p, d) => p * d, 1);
}

/** A tensor of `dims` whose value at flat index i is fill(i); only dims when too large. */
function make(dims: readonly number[], fill: (i: number) => number, int: boolean): ConstTensor | undefined {
  if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) return undefined;
  const n = count(dims);
  return n <= MAX_VALUES ? { dims, values: Array.from({ length: n }, (_, i) => fill(i)), int } : { dims, int };
}

function constantNode(a: (name: string) => Attribute | undefined): ConstTensor | undefined {
  const t = a('value')?.t;
  if (t) return { dims: t.dims, ...(t.values ? { values: t.values } : {}), int: isIntegerType(t.dataType) };
  const f = a('value_float')?.f;
  if (f !== undefined) return { dims: [], values: [f], int: false };
  const i = a('value_int')?.i;
  if (i !== undefined) return { dims: [], values: [i], int: true };
  const floats = a('value_floats')?.floats;
  if (floats) return { dims: [floats.length], values: floats, int: false };
  const ints = a('value_ints')?.ints;
  if (ints) return { dims: [ints.length], values: ints, int: true };
  return undefined;
}

/** Row-major strides. */
function stridesOf(dims: readonly number[]): number[] {
  const out = new Array<number>(dims.length).fill(1);
  for (let d = dims.length - 2; d >= 0; d--) out[d] = out[d + 1]! * dims[d + 1]!;
  return out;
}

/**
 * The values at every index tuple of `picks` (per output dim, the source index along source dim
 * `sourceDim[d]`), in row-major order of the output.
 */
function gather(dims: readonly number[], values: Values, picks: readonly (readonly number[])[], sourceDim: readonly number[]): number[] {
  const strides = stridesOf(dims);
  let offsets = [0];
  picks.forEach((pick, d) => {
    const s = strides[sourceDim[d]!]!;
    offsets = offsets.flatMap((o) => pick.map((i) => o + i * s));
  });
  return offsets.map((o) => values[o]!);
}

/** Reshape with 0 (copy the input dim, unless allowzero) and −1 (whatever is left). */
export function reshapeDims(input: readonly number[], target: readonly number[], allowZero: boolean): number[] | undefined {
  const out = target.map((t, i) => (t === 0 && !allowZero ? input[i] : t));
  if (out.some((d) => d === undefined || d < -1) || out.filter((d) => d === -1).length > 1) return undefined;
  const total = count(input);
  const rest = count((out as number[]).filter((d) => d !== -1));
  if (!out.includes(-1)) return rest === total ? (out as number[]) : undefined;
  if (rest === 0 || total % rest !== 0) return undefined;
  return (out as number[]).map((d) => (d === -1 ? total / rest : d));
}

function reshape(x: ConstTensor | undefined, target: Values | undefined, allowZero: boolean): ConstTensor | undefined {
  if (!x || !target) return undefined;
  const dims = x.dims ?? (x.values ? [x.values.length] : undefined);
  if (!dims) return undefined;
  const out = reshapeDims(dims, target, allowZero);
  return out ? { ...x, dims: out } : undefined;
}

function squeezeDims(dims: readonly number[], axes: Values | undefined): number[] | undefined {
  if (!axes) return dims.filter((d) => d !== 1);
  const drop = new Set(axes.map((x) => normalizeAxis(x, dims.length)));
  return dims.filter((_, i) => !drop.has(i));
}

function unsqueezeDims(dims: readonly number[], axes: Values | undefined): number[] | undefined {
  if (!axes) return undefined;
  const rank = dims.length + axes.length;
  const out: number[] = [...dims];
  for (const d of axes.map((x) => normalizeAxis(x, rank)).sort((p, q) => p - q)) out.splice(d, 0, 1);
  return out;
}

function concat(parts: readonly (ConstTensor | undefined)[], axis: number): ConstTensor | undefined {
  if (parts.length === 0 || parts.some((p) => !p?.dims)) return undefined;
  const rank = parts[0]!.dims!.length;
  if (parts.some((p) => p!.dims!.length !== rank)) return undefined;
  const d = normalizeAxis(axis, rank);
  const dims = [...parts[0]!.dims!];
  dims[d] = parts.reduce((n, p) => n + p!.dims![d]!, 0);
  const int = parts.every((p) => p!.int);
  if (parts.some((p) => !p!.values)) return { dims, int };
  // Row-major: for each index of the dims before `d`, the parts' blocks one after another.
  const outer = count(dims.slice(0, d));
  const values: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const p of parts) {
      const block = count(p!.dims!.slice(d));
      values.push(...p!.values!.slice(o * block, (o + 1) * block));
    }
  }
  return { dims, values, int };
}

function gatherOp(data: ConstTensor | undefined, indices: ConstTensor | undefined, axis: number): ConstTensor | undefined {
  if (!data?.dims || !indices?.values) return undefined;
  const d = normalizeAxis(axis, data.dims.length);
  const n = data.dims[d];
  if (n === undefined) return undefined;
  const picked = indices.values.map((i) => (i < 0 ? i + n : i));
  if (picked.some((i) => i < 0 || i >= n)) return undefined;
  const indexDims = indices.dims ?? [indices.values.length];
  const dims = [...data.dims.slice(0, d), ...indexDims, ...data.dims.slice(d + 1)];
  if (!data.values || count(data.dims) > MAX_VALUES) return { dims, ...(data.int !== undefined ? { int: data.int } : {}) };
  const picks = data.dims.map((m, i) => (i === d ? picked : range(m)));
  return { dims, values: gather(data.dims, data.values, picks, [...data.dims.keys()]), ...(data.int !== undefined ? { int: data.int } : {}) };
}

/** ONNX Slice: negative starts/ends count from the end, clamped; negative steps walk backwards. */
export function sliceIndices(n: number, start: number, end: number, step: number): number[] | undefined {
  if (step === 0) return undefined;
  const norm = (x: number) => (x < 0 ? x + n : x);
  const picks: number[] = [];
  if (step > 0) {
    const from = Math.min(Math.max(norm(start), 0), n);
    const to = Math.min(Math.max(norm(end), 0), n);
    for (let i = from; i < to; i += step) picks.push(i);
  } else {
    const from = Math.min(Math.max(norm(start), -1), n - 1);
    const to = Math.min(Math.max(norm(end), -1), n - 1);
    for (let i = from; i > to; i += step) picks.push(i);
  }
  return picks;
}

/** How many indices `sliceIndices` picks, without listing them (a dim may be 2^31). */
export function sliceCount(n: number, start: number, end: number, step: number): number | undefined {
  if (step === 0) return undefined;
  const norm = (x: number) => (x < 0 ? x + n : x);
  if (step > 0) {
    const from = Math.min(Math.max(norm(start), 0), n);
    const to = Math.min(Math.max(norm(end), 0), n);
    return Math.max(Math.ceil((to - from) / step), 0);
  }
  const from = Math.min(Math.max(norm(start), -1), n - 1);
  const to = Math.min(Math.max(norm(end), -1), n - 1);
  return Math.max(Math.ceil((from - to) / -step), 0);
}

function sliceOp(x: ConstTensor, starts: Values, ends: Values, axes: Values, steps: Values): ConstTensor | undefined {
  const dims = x.dims!;
  // Only small tensors' values are listed: a shape of [2^31] (a corrupt ConstantOfShape) is sliced by counting.
  if (!x.values || count(dims) > MAX_VALUES) {
    const outDims = [...dims];
    for (let j = 0; j < axes.length; j++) {
      const d = normalizeAxis(axes[j]!, dims.length);
      const n = d < 0 || d >= dims.length ? undefined : sliceCount(dims[d]!, starts[j]!, ends[j]!, steps[j] ?? 1);
      if (n === undefined) return undefined;
      outDims[d] = n;
    }
    return { dims: outDims, ...(x.int !== undefined ? { int: x.int } : {}) };
  }
  const picks = dims.map((n) => range(n));
  for (let j = 0; j < axes.length; j++) {
    const d = normalizeAxis(axes[j]!, dims.length);
    const pick = sliceIndices(dims[d]!, starts[j]!, ends[j]!, steps[j] ?? 1);
    if (!pick || d < 0 || d >= dims.length) return undefined;
    picks[d] = pick;
  }
  const outDims = picks.map((p) => p.length);
  if (!x.values) return { ...x, dims: outDims };
  return { ...x, dims: outDims, values: gather(dims, x.values, picks, [...dims.keys()]) };
}

function splitOp(node: OnnxNode, ctx: EvalContext, a: (name: string) => Attribute | undefined): (ConstTensor | undefined)[] | undefined {
  const x = ctx.input(0);
  if (!x?.dims) return undefined;
  const sizes = splitSizes(x.dims, node, ctx.opset, a, (i) => ctx.input(i)?.values);
  if (!sizes) return undefined;
  const d = normalizeAxis(a('axis')?.i ?? 0, x.dims.length);
  let at = 0;
  return sizes.map((size) => {
    const part = sliceOp(x, [at], [at + size], [d], [1]);
    at += size;
    return part;
  });
}

/** Split's part sizes: the `split` attribute (< 13) or input (13+), num_outputs (18+), else equal parts. */
export function splitSizes(
  dims: readonly (number | undefined)[],
  node: OnnxNode,
  opset: number,
  a: (name: string) => Attribute | undefined,
  input: (i: number) => Values | undefined,
): number[] | undefined {
  const d = normalizeAxis(a('axis')?.i ?? 0, dims.length);
  const given = opset >= 13 ? (node.inputs[1] ? input(1) : undefined) : a('split')?.ints;
  if (opset >= 13 && node.inputs[1] && !given) return undefined;
  if (given) return [...given];
  const n = dims[d];
  const parts = a('num_outputs')?.i ?? node.outputs.length;
  if (n === undefined || parts < 1) return undefined;
  // num_outputs: ceil-sized parts, the last one smaller (opset 18).
  const size = Math.ceil(n / parts);
  return range(parts).map((i) => Math.max(Math.min(size, n - i * size), 0));
}

function reduce(node: OnnxNode, ctx: EvalContext, a: (name: string) => Attribute | undefined, f: (p: number, q: number) => number): ConstTensor | undefined {
  const x = ctx.input(0);
  if (!x?.dims || !x.values) return undefined;
  const inputFrom = node.opType === 'ReduceSum' ? 13 : 18;
  const axesGiven = ctx.opset >= inputFrom ? (node.inputs[1] ? ctx.input(1)?.values : undefined) : a('axes')?.ints;
  if (ctx.opset >= inputFrom && node.inputs[1] && !axesGiven) return undefined;
  if ((!axesGiven || axesGiven.length === 0) && a('noop_with_empty_axes')?.i === 1) return x;
  const rank = x.dims.length;
  const axes = new Set((axesGiven && axesGiven.length > 0 ? axesGiven : range(rank)).map((ax) => normalizeAxis(ax, rank)));
  const keep = (a('keepdims')?.i ?? 1) === 1;
  const outDims = x.dims.map((n, i) => (axes.has(i) ? 1 : n));
  const strides = stridesOf(x.dims);
  const outStrides = stridesOf(outDims);
  const acc = new Map<number, number>();
  x.values.forEach((value, flat) => {
    let o = 0;
    x.dims!.forEach((_, i) => {
      const idx = Math.floor(flat / strides[i]!) % x.dims![i]!;
      if (!axes.has(i)) o += idx * outStrides[i]!;
    });
    acc.set(o, acc.has(o) ? f(acc.get(o)!, value) : value);
  });
  const values = range(count(outDims)).map((i) => acc.get(i) ?? 0);
  return { dims: keep ? outDims : x.dims.filter((_, i) => !axes.has(i)), values, int: x.int ?? false };
}

/** Multidirectional (numpy) broadcasting of shapes; undefined when they do not broadcast. */
export function broadcastDims(shapes: readonly (readonly number[])[]): number[] | undefined {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let size = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === 1) continue;
      if (size !== 1 && size !== d) return undefined;
      size = d;
    }
    out.push(size);
  }
  return out;
}

function broadcastTo(x: ConstTensor, dims: readonly number[]): ConstTensor | undefined {
  const xd = x.dims!;
  if (!x.values) return { ...x, dims };
  const lead = dims.length - xd.length;
  const picks = dims.slice(lead).map((n, i) => range(n).map((j) => (xd[i] === 1 ? 0 : j)));
  const inner = gather(xd, x.values, picks, [...xd.keys()]);
  const repeat = count(dims.slice(0, lead));
  if (repeat * inner.length > MAX_VALUES) return { ...x, dims };
  return { ...x, dims, values: Array.from({ length: repeat }, () => inner).flat() };
}

function elementwise(parts: readonly (ConstTensor | undefined)[], f: (...xs: number[]) => number, int: boolean): ConstTensor | undefined {
  if (parts.some((p) => !p?.values)) return undefined;
  const shapes = parts.map((p) => p!.dims ?? [p!.values!.length]);
  const dims = broadcastDims(shapes);
  if (!dims || count(dims) > MAX_VALUES) return undefined;
  const full = parts.map((p, i) => broadcastTo({ ...p!, dims: shapes[i]! }, dims)!.values!);
  return { dims, values: range(count(dims)).map((i) => f(...full.map((vs) => vs[i]!))), int };
}
