/**
 * Constant folding of the little arithmetic that feeds geometry: Constant nodes, the shape
 * chains exporters emit (Shape → Gather/Slice → Concat → Resize sizes), ConstantOfShape weights
 * (whose dims give a missing kernel_shape). Anything else off the data path stays unknown.
 */
import type { ConstTensor } from './layout.js';
import { concrete, normalizeAxis } from './layout.js';
import type { Dim, OnnxNode, OnnxTensor } from './proto.js';

/** Largest constant we fold (shape arithmetic and geometry parameters are tiny). */
const MAX_FOLDED = 1024;

function fromTensor(t: OnnxTensor): ConstTensor {
  return { dims: t.dims, ...(t.values ? { values: t.values } : {}) };
}

/** The outputs' values, when the node is one we fold and its inputs are known. */
export function foldConstant(
  node: OnnxNode,
  input: (i: number) => ConstTensor | undefined,
  shapeOf: (name: string) => readonly Dim[] | undefined,
  opset: number,
): ConstTensor | undefined {
  const a = (name: string) => node.attributes.get(name);
  const values = (i: number): readonly number[] | undefined => input(i)?.values;
  switch (node.opType) {
    case 'Constant': {
      const t = a('value')?.t;
      if (t) return fromTensor(t);
      const f = a('value_float')?.f ?? a('value_int')?.i;
      if (f !== undefined) return { dims: [], values: [f] };
      const list = a('value_floats')?.floats ?? a('value_ints')?.ints;
      return list ? { dims: [list.length], values: list } : undefined;
    }
    case 'ConstantOfShape': {
      const dims = values(0);
      if (!dims) return undefined;
      const count = dims.reduce((p, d) => p * d, 1);
      const fill = a('value')?.t?.values?.[0] ?? 0;
      return count <= MAX_FOLDED ? { dims, values: new Array<number>(count).fill(fill) } : { dims };
    }
    case 'Identity':
    case 'Cast':
    case 'CastLike':
      return input(0);
    case 'Shape': {
      const shape = concrete(shapeOf(node.inputs[0]!));
      if (!shape) return undefined;
      const start = normalizeAxis(a('start')?.i ?? 0, shape.length);
      const end = a('end')?.i === undefined ? shape.length : normalizeAxis(a('end')!.i!, shape.length);
      const picked = shape.slice(start, end);
      return { dims: [picked.length], values: picked };
    }
    case 'Unsqueeze':
    case 'Squeeze': {
      const v = values(0);
      return v ? { values: v } : undefined;
    }
    case 'Reshape': {
      const x = input(0);
      const target = values(1);
      if (!x?.values || !target) return undefined;
      const known = target.map((t, i) => (t === 0 ? (x.dims?.[i] ?? -2) : t));
      if (known.includes(-2)) return { values: x.values };
      const rest = x.values.length / known.filter((t) => t !== -1).reduce((p, t) => p * t, 1);
      return { dims: known.map((t) => (t === -1 ? rest : t)), values: x.values };
    }
    case 'Transpose': {
      const x = input(0);
      if (!x?.values || !x.dims) return undefined;
      const perm = a('perm')?.ints ?? [...x.dims.keys()].reverse();
      return transpose(x.dims, x.values, perm);
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => input(i));
      if (parts.some((p) => p?.values === undefined)) return undefined;
      const rank = parts[0]!.dims?.length ?? 1;
      // Row-major: concatenating along axis 0 is concatenating the values.
      if (normalizeAxis(a('axis')?.i ?? 0, rank) !== 0) return undefined;
      const all = parts.flatMap((p) => p!.values!);
      const first = parts.reduce((n, p) => n + (p!.dims?.[0] ?? p!.values!.length), 0);
      return { dims: [first, ...(parts[0]!.dims?.slice(1) ?? [])], values: all };
    }
    case 'Gather': {
      const data = values(0);
      const indices = values(1);
      if (!data || !indices || (a('axis')?.i ?? 0) !== 0) return undefined;
      const picked = indices.map((i) => data[normalizeAxis(i, data.length)]);
      if (picked.some((v) => v === undefined)) return undefined;
      return { dims: input(1)?.dims ?? [picked.length], values: picked as number[] };
    }
    case 'Slice': {
      const x = input(0);
      const starts = opset >= 10 ? values(1) : a('starts')?.ints;
      const ends = opset >= 10 ? values(2) : a('ends')?.ints;
      if (!x?.values || !starts || !ends) return undefined;
      const dims = x.dims ?? [x.values.length];
      const axes = (opset >= 10 ? values(3) : a('axes')?.ints) ?? starts.map((_, i) => i);
      const steps = (opset >= 10 ? values(4) : undefined) ?? starts.map(() => 1);
      return slice(dims, x.values, starts, ends, axes, steps);
    }
    case 'Mul':
    case 'Div':
    case 'Add':
    case 'Sub': {
      const x = values(0);
      const y = values(1);
      if (!x || !y || (x.length !== y.length && x.length !== 1 && y.length !== 1)) return undefined;
      const n = Math.max(x.length, y.length);
      const at = (v: readonly number[], i: number) => v[v.length === 1 ? 0 : i]!;
      const op = { Mul: (p: number, q: number) => p * q, Div: (p: number, q: number) => p / q, Add: (p: number, q: number) => p + q, Sub: (p: number, q: number) => p - q }[node.opType]!;
      const out = Array.from({ length: n }, (_, i) => op(at(x, i), at(y, i)));
      return { dims: [n], values: out };
    }
    case 'Floor':
    case 'Ceil': {
      const v = values(0);
      return v ? { ...input(0), values: v.map(node.opType === 'Floor' ? Math.floor : Math.ceil) } : undefined;
    }
    default:
      return undefined;
  }
}

/** Row-major strides of a shape. */
function stridesOf(dims: readonly number[]): number[] {
  const out = new Array<number>(dims.length).fill(1);
  for (let d = dims.length - 2; d >= 0; d--) out[d] = out[d + 1]! * dims[d + 1]!;
  return out;
}

/** Every index tuple of `picks` (one list of source indices per axis), in row-major order. */
function gatherAll(picks: readonly (readonly number[])[], strides: readonly number[], source: readonly number[]): number[] {
  let offsets = [0];
  picks.forEach((pick, d) => {
    offsets = offsets.flatMap((o) => pick.map((i) => o + i * strides[d]!));
  });
  return offsets.map((o) => source[o]!);
}

function transpose(dims: readonly number[], values: readonly number[], perm: readonly number[]): ConstTensor | undefined {
  if (perm.length !== dims.length) return undefined;
  const strides = stridesOf(dims);
  const outDims = perm.map((p) => dims[p]!);
  const picks = outDims.map((n) => Array.from({ length: n }, (_, i) => i));
  return { dims: outDims, values: gatherAll(picks, perm.map((p) => strides[p]!), values) };
}

/** ONNX Slice semantics, negative steps included (PyTorch's pad export reverses pairs with one). */
function slice(
  dims: readonly number[],
  values: readonly number[],
  starts: readonly number[],
  ends: readonly number[],
  axes: readonly number[],
  steps: readonly number[],
): ConstTensor | undefined {
  const picks = dims.map((n) => Array.from({ length: n }, (_, i) => i));
  for (let j = 0; j < axes.length; j++) {
    const d = normalizeAxis(axes[j]!, dims.length);
    const n = dims[d];
    const step = steps[j]!;
    if (n === undefined || step === 0) return undefined;
    const norm = (v: number) => (v < 0 ? v + n : v);
    const pick: number[] = [];
    if (step > 0) {
      const end = Math.min(Math.max(norm(ends[j]!), 0), n);
      for (let i = Math.min(Math.max(norm(starts[j]!), 0), n); i < end; i += step) pick.push(i);
    } else {
      const end = Math.min(Math.max(norm(ends[j]!), -1), n - 1);
      for (let i = Math.min(Math.max(norm(starts[j]!), -1), n - 1); i > end; i += step) pick.push(i);
    }
    picks[d] = pick;
  }
  return { dims: picks.map((p) => p.length), values: gatherAll(picks, stridesOf(dims), values) };
}
