/**
 * Each ncnn layer type's geometry, from its numbered parameters as `load_param` in ncnn's
 * src/layer/*.cpp reads them (ids and defaults; w before h, as ncnn writes them):
 *
 * - `Convolution`, `ConvolutionDepthWise`: 1 kernel_w, 11 kernel_h (= w), 2/12 dilation,
 *   3/13 stride, 4 pad_left, 15 pad_right (= left), 14 pad_top (= left), 16 pad_bottom (= top).
 *   All four −233: TF/ONNX SAME_UPPER (the extra pixel at the end), −234: SAME_LOWER
 *   (`make_padding` in convolution.cpp); 19 dynamic_weight takes the weights from a second blob.
 * - `Deconvolution`, `DeconvolutionDepthWise`: the same ids; 18/19 output_pad right/bottom,
 *   20/21 output_w/h. Output (in − 1)·s + d(k − 1) + 1 + output_pad, then the pads are cut;
 *   with −233/−234 and output_w/h the cut is what brings it to output_w/h (`cut_padding`).
 * - `Pooling`: 0 type (0 max, 1 avg), 1/11 kernel, 2/12 stride, 3 pad_left, 14 right, 13 top,
 *   15 bottom, 4 global_pooling, 5 pad_mode (0 full: a tail pad so the last partial window is
 *   kept, 1 valid, 2 SAME_UPPER, 3 SAME_LOWER), 7 adaptive_pooling.
 * - `Interp`: 0 resize_type (1 nearest, 2 bilinear, 3 bicubic), 1/2 height/width scale,
 *   3/4 output height/width, 6 align_corner; a second blob gives the size. Nearest reads
 *   ⌊x·in/out⌋ (asymmetric), bilinear and bicubic (x + ½)·in/out − ½ (half-pixel).
 * - `Crop`: 0/1 w/h offset, 3/4 outw/outh (−233: the rest), 6/7 w/h offset from the end, or
 *   9/10/11 starts/ends/axes (numpy slicing), or a second blob whose size it crops to.
 * - `Padding`: 0 top, 1 bottom, 2 left, 3 right (7/8 are channels). `PixelShuffle` 0 factor,
 *   `Reorg` 0 stride. `Concat`/`Slice` along axis 0 (channels of a c×h×w blob).
 * - `Eltwise` (0 op: prod, sum, max), `BinaryOp` of two blobs: merges; `Split`: copies.
 * - `InnerProduct`, `Flatten`, `Reshape`, `Gemm`, `MultiHeadAttention`…: the whole input.
 *   `Yolov3DetectionOutput`, `YoloDetectionOutput`, `DetectionOutput`, `PriorBox`: decoding
 *   and NMS over every box, or boxes from the sizes only: global.
 */
import { type Diagnostic, type Position, error } from '../diagnostic.js';
import type { Pad } from '../../rf/index.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { LayerLine, Param } from './parse.js';

/** Geometry on the spatial axes, in the graph's order (height, width). */
export type LayerSpec =
  | { readonly kind: 'input'; readonly size?: readonly number[] }
  /** A blob of constants (`MemoryData`): no position of the image reaches it. */
  | { readonly kind: 'constant' }
  | {
      readonly kind: 'window';
      readonly pool?: 'max' | 'avg';
      readonly kernel: readonly number[];
      readonly stride: readonly number[];
      readonly dilation: readonly number[];
      readonly pad: readonly Pad[];
      /** ncnn's pooling pad_mode 0: the end padded up to a whole stride. */
      readonly full?: boolean;
    }
  | {
      readonly kind: 'deconv';
      readonly kernel: readonly number[];
      readonly stride: readonly number[];
      readonly dilation: readonly number[];
      /** Explicit cuts, or SAME to reach `outputSize`. */
      readonly pad: readonly (readonly [number, number])[] | 'upper' | 'lower';
      readonly outputPadding: readonly number[];
      readonly outputSize?: readonly number[];
    }
  | { readonly kind: 'pointwise' }
  | { readonly kind: 'global'; readonly reason: string }
  | { readonly kind: 'merge'; readonly merge: string }
  | {
      readonly kind: 'resize';
      readonly mode: 'nearest' | 'linear' | 'cubic';
      readonly alignCorners: boolean;
      /** The scale per axis, when the size is not fixed. */
      readonly scale?: readonly number[];
      readonly size?: readonly number[];
      /** The size comes from the second blob. */
      readonly reference: boolean;
    }
  | { readonly kind: 'pad'; readonly begin: readonly number[]; readonly end: readonly number[] }
  | {
      readonly kind: 'crop';
      /** Per spatial axis (height, width). */
      readonly axes: readonly CropAxis[];
      readonly reference: boolean;
    }
  | { readonly kind: 'space_to_depth'; readonly block: number }
  | { readonly kind: 'depth_to_space'; readonly block: number }
  /**
   * `Concat` of several blobs, or copies or parts of one (`Split`, `Slice`), along `axis` of a
   * c×h×w blob: channels (0) map positions to themselves; another axis only blobs that are
   * already global.
   */
  | { readonly kind: 'concat'; readonly axis: number; readonly channels: boolean }
  | { readonly kind: 'copies'; readonly axis: number; readonly channels: boolean }
  /** `Split`: the same blob under new names (the converters' way to give a blob two readers). */
  | { readonly kind: 'split' };

/**
 * One spatial axis of a Crop. ncnn's own form keeps min(length, n − begin − fromEnd) from
 * `begin` (no length: all of that); numpy's keeps [begin, end) with negative values counted
 * from the end (no end: to the end).
 */
export type CropAxis =
  | { readonly form: 'ncnn'; readonly begin: number; readonly fromEnd: number; readonly length?: number }
  | { readonly form: 'numpy'; readonly begin: number; readonly end?: number }
  /** Crops to the reference blob's size from `begin`. */
  | { readonly form: 'reference'; readonly begin: number };

type Family =
  | 'input'
  | 'memory'
  | 'conv'
  | 'deconv'
  | 'pool'
  | 'interp'
  | 'crop'
  | 'padding'
  | 'pixelshuffle'
  | 'reorg'
  | 'concat'
  | 'slice'
  | 'split'
  | 'eltwise'
  | 'binary'
  | 'softmax'
  | 'permute'
  | 'normalize'
  | 'lrn'
  | 'pointwise'
  | 'global';

const POINTWISE = [
  'AbsVal', 'BatchNorm', 'Bias', 'BNLL', 'Cast', 'CELU', 'Clip', 'Dequantize', 'Dropout', 'ELU', 'Erf', 'Exp', 'GELU', 'GLU', 'HardSigmoid', 'HardSwish',
  'Log', 'Mish', 'Noop', 'Packing', 'Power', 'PReLU', 'Quantize', 'ReLU', 'Requantize', 'Scale', 'SELU', 'ShuffleChannel', 'Shrink', 'Sigmoid', 'Softplus',
  'Swish', 'TanH', 'Threshold', 'UnaryOp', 'DeepCopy', 'Squeeze', 'ExpandDims',
];

const GLOBAL: Readonly<Record<string, string>> = {
  InnerProduct: 'InnerProduct (fully connected)',
  Flatten: 'Flatten',
  Reshape: 'Reshape (the spatial axes are rearranged)',
  Gemm: 'Gemm (a matrix product over the flattened input)',
  MatMul: 'MatMul',
  MultiHeadAttention: 'MultiHeadAttention',
  SDPA: 'scaled dot-product attention',
  Yolov3DetectionOutput: 'Yolov3DetectionOutput (decoding and NMS over every box)',
  YoloDetectionOutput: 'YoloDetectionOutput (decoding and NMS over every box)',
  DetectionOutput: 'DetectionOutput (decoding and NMS over every box)',
  PriorBox: 'PriorBox (prior boxes from the sizes only)',
  Proposal: 'Proposal (region proposals over every anchor)',
  ArgMax: 'ArgMax',
  Reduction: 'Reduction',
  MVN: 'MVN (normalised by the mean over all positions)',
  InstanceNorm: 'InstanceNorm (normalised over all positions)',
  GroupNorm: 'GroupNorm (normalised over all positions)',
  LayerNorm: 'LayerNorm',
  RMSNorm: 'RMSNorm',
  SPP: 'SPP (spatial pyramid pooling)',
  StatisticsPooling: 'StatisticsPooling',
  Embed: 'Embed',
  Tile: 'Tile',
  LSTM: 'LSTM',
  GRU: 'GRU',
  RNN: 'RNN',
  ROIPooling: 'ROIPooling',
  ROIAlign: 'ROIAlign',
  PSROIPooling: 'PSROIPooling',
  Einsum: 'Einsum',
  CumulativeSum: 'CumulativeSum',
  GridSample: 'GridSample (sampling positions from a blob)',
  RotaryEmbed: 'RotaryEmbed',
};

const TYPES: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['Input', 'input'],
  ['MemoryData', 'memory'],
  ['Convolution', 'conv'],
  ['ConvolutionDepthWise', 'conv'],
  ['Deconvolution', 'deconv'],
  ['DeconvolutionDepthWise', 'deconv'],
  ['Pooling', 'pool'],
  ['Interp', 'interp'],
  ['Crop', 'crop'],
  ['Padding', 'padding'],
  ['PixelShuffle', 'pixelshuffle'],
  ['Reorg', 'reorg'],
  ['Concat', 'concat'],
  ['Slice', 'slice'],
  ['Split', 'split'],
  ['Eltwise', 'eltwise'],
  ['BinaryOp', 'binary'],
  ['Softmax', 'softmax'],
  ['Permute', 'permute'],
  ['Normalize', 'normalize'],
  ['LRN', 'lrn'],
  ...POINTWISE.map((t): [string, Family] => [t, 'pointwise']),
  ...Object.keys(GLOBAL).map((t): [string, Family] => [t, 'global']),
]);

export function knownType(type: string): boolean {
  return TYPES.has(type);
}

export function unknownType(layer: LayerLine): Diagnostic {
  const type = layer.type.text;
  const hint = didYouMean(type, [...TYPES.keys()]);
  return error(
    CODES.unknownType,
    `layer "${layer.name.text}": unknown layer type \`${type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${type}=pointwise\` (rules: \`assume: { ${type}: pointwise }\`), or \`=global\` if it sees the whole input`,
    layer.type.at,
  );
}

/** A layer's numbered parameters, read with ncnn's defaults; every problem at its `id=value`. */
class Params {
  constructor(readonly layer: LayerLine) {}

  get where(): string {
    return `layer "${this.layer.name.text}" (${this.layer.type.text})`;
  }

  invalid(param: Param, what: string): Diagnostic {
    return error(CODES.invalidValue, `${this.where}: parameter \`${param.text}\` ${what}`, param.at);
  }

  /** An int (ncnn's `pd.get(id, int)`), at least `min`. */
  int(id: number, fallback: number, min = -Infinity): number | Diagnostic {
    const p = this.layer.params.get(id);
    if (!p) return fallback;
    if (p.value.kind !== 'int') return this.invalid(p, `must be an integer (id ${id} is read as one)`);
    const v = p.value.value;
    if (!Number.isSafeInteger(v) || v < min || Math.abs(v) > 2 ** 31) return this.invalid(p, `must be an integer${min > -Infinity ? ` ≥ ${min}` : ''}`);
    return v;
  }

  float(id: number, fallback: number): number | Diagnostic {
    const p = this.layer.params.get(id);
    if (!p) return fallback;
    if (p.value.kind === 'int' || p.value.kind === 'float') return p.value.value;
    return this.invalid(p, 'must be a number');
  }

  ints(id: number): readonly number[] | undefined | Diagnostic {
    const p = this.layer.params.get(id);
    if (!p) return undefined;
    if (p.value.kind === 'int') return [p.value.value];
    if (p.value.kind !== 'array' || p.value.float) return this.invalid(p, 'must be an array of integers');
    return p.value.values;
  }

  has(id: number): boolean {
    return this.layer.params.has(id);
  }

  at(id: number): Position {
    return this.layer.params.get(id)?.at ?? this.layer.at;
  }
}

const isProblem = (v: unknown): v is Diagnostic => typeof v === 'object' && v !== null && 'code' in v;

/** Reads ints in order; the first problem wins. */
function all<T extends readonly (number | Diagnostic)[]>(values: T): { [K in keyof T]: number } | Diagnostic {
  for (const v of values) if (isProblem(v)) return v;
  return values as unknown as { [K in keyof T]: number };
}

/** A known type's parameters → its geometry. `bottoms` is how many blobs it reads. */
export function readLayer(layer: LayerLine): LayerSpec | Diagnostic {
  const type = layer.type.text;
  const family = TYPES.get(type)!;
  const p = new Params(layer);
  const unsupported = (what: string, at = layer.at): Diagnostic => error(CODES.unsupported, `${p.where}: ${what}`, at);
  switch (family) {
    case 'input': {
      const dims = all([p.int(0, 0, 0), p.int(1, 0, 0), p.int(11, 0, 0)] as const);
      if (isProblem(dims)) return dims;
      const [w, h, d] = dims;
      if (d > 0) return unsupported(`a 3-D input (11=${d}); rflint reads ncnn's 2-D nets (w × h × c)`, p.at(11));
      return { kind: 'input', ...(w > 0 && h > 0 ? { size: [h, w] } : {}) };
    }
    case 'memory':
      return { kind: 'constant' };
    case 'conv':
    case 'deconv':
      return readConv(p, family === 'deconv');
    case 'pool':
      return readPool(p);
    case 'interp': {
      const v = all([p.int(0, 0), p.float(1, 1), p.float(2, 1), p.int(3, 0, 0), p.int(4, 0, 0), p.int(5, 0), p.int(6, 0)] as const);
      if (isProblem(v)) return v;
      const [type_, hs, ws, oh, ow, dynamic, align] = v;
      const modes = { 1: 'nearest', 2: 'linear', 3: 'cubic' } as const;
      const mode = modes[type_ as 1 | 2 | 3];
      if (!mode) return p.invalid(layer.params.get(0) ?? ({ text: `0=${type_}`, at: layer.at } as Param), 'must be 1 (nearest), 2 (bilinear) or 3 (bicubic)');
      if (p.has(9)) return unsupported('the output size is an expression of other blobs (9=…); rflint reads fixed scales, sizes or a reference blob', p.at(9));
      const reference = dynamic === 1 || layer.bottoms.length > 1;
      if (!reference) {
        for (const [id, s] of [[1, hs], [2, ws]] as const) if (!(s > 0) || !Number.isFinite(s)) return p.invalid(layer.params.get(id)!, 'must be a scale > 0');
      }
      const size = oh > 0 && ow > 0 ? [oh, ow] : undefined;
      return { kind: 'resize', mode, alignCorners: align === 1 && mode !== 'nearest', reference, ...(size ? { size } : { scale: [hs, ws] }) };
    }
    case 'crop':
      return readCrop(p);
    case 'padding': {
      const v = all([p.int(0, 0), p.int(1, 0), p.int(2, 0), p.int(3, 0)] as const);
      if (isProblem(v)) return v;
      const [top, bottom, left, right] = v;
      for (const [id, n] of [[0, top], [1, bottom], [2, left], [3, right]] as const) if (n < 0) return p.invalid(layer.params.get(id)!, 'must be ≥ 0 (ncnn pads, it does not crop)');
      if (layer.bottoms.length > 1) return unsupported('the pads come from a second blob; rflint reads fixed pads', layer.bottoms[1]!.at);
      return { kind: 'pad', begin: [top, left], end: [bottom, right] };
    }
    case 'pixelshuffle': {
      const r = p.int(0, 1, 1);
      return isProblem(r) ? r : { kind: 'depth_to_space', block: r };
    }
    case 'reorg': {
      const s = p.int(0, 1, 1);
      return isProblem(s) ? s : { kind: 'space_to_depth', block: s };
    }
    case 'concat':
    case 'slice': {
      const axis = family === 'concat' ? p.int(0, 0) : p.int(1, 0);
      if (isProblem(axis)) return axis;
      // Axis 0 of a c×h×w blob (−3 counted from the end) is the channels.
      const channels = axis === 0 || axis === -3;
      return family === 'concat' ? { kind: 'concat', axis, channels } : { kind: 'copies', axis, channels };
    }
    case 'split':
      return { kind: 'split' };
    case 'eltwise': {
      const op = p.int(0, 0);
      if (isProblem(op)) return op;
      const merge = ({ 0: 'mul', 1: 'add', 2: 'max' } as Record<number, string>)[op];
      if (!merge) return p.invalid(layer.params.get(0)!, 'must be 0 (product), 1 (sum) or 2 (max)');
      return { kind: 'merge', merge };
    }
    case 'binary': {
      const v = all([p.int(0, 0), p.int(1, 0)] as const);
      if (isProblem(v)) return v;
      const [op, scalar] = v;
      if (scalar !== 0 || layer.bottoms.length === 1) return { kind: 'pointwise' };
      const names = ['add', 'sub', 'mul', 'div', 'max', 'min', 'pow', 'rsub', 'rdiv', 'rpow', 'atan2', 'ratan2'];
      return { kind: 'merge', merge: names[op] ?? `binary${op}` };
    }
    case 'softmax': {
      const axis = p.int(0, 0);
      if (isProblem(axis)) return axis;
      return axis === 0 || axis === -3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Softmax along axis ${axis}` };
    }
    case 'permute': {
      const order = p.int(0, 0);
      if (isProblem(order)) return order;
      return order === 0 ? { kind: 'pointwise' } : { kind: 'global', reason: `Permute (order ${order} moves the spatial axes)` };
    }
    case 'normalize': {
      const across = p.int(0, 0);
      if (isProblem(across)) return across;
      return across === 0 ? { kind: 'pointwise' } : { kind: 'global', reason: 'Normalize across_spatial (normalised over all positions)' };
    }
    case 'lrn': {
      const region = p.int(0, 0);
      if (isProblem(region)) return region;
      if (region === 0) return { kind: 'pointwise' };
      return unsupported('LRN within a channel (0=1) is not mapped yet; use `--assume` only if you know its window', p.at(0));
    }
    case 'pointwise':
      return { kind: 'pointwise' };
    case 'global':
      return { kind: 'global', reason: GLOBAL[type]! };
  }
}

/** Convolution, depthwise and transposed: the ids are shared. */
function readConv(p: Params, transposed: boolean): LayerSpec | Diagnostic {
  const layer = p.layer;
  const kw = p.int(1, 0, 1);
  if (isProblem(kw)) return kw;
  if (!p.has(1)) return error(CODES.missing, `${p.where}: no kernel size (parameter 1=kernel_w, e.g. \`1=3\`)`, layer.at);
  const v = all([p.int(11, kw, 1), p.int(2, 1, 1), p.int(3, 1, 1)] as const);
  if (isProblem(v)) return v;
  const [kh, dw, sw] = v;
  const w = all([p.int(12, dw, 1), p.int(13, sw, 1)] as const);
  if (isProblem(w)) return w;
  const [dh, sh] = w;
  const dynamic = p.int(transposed ? 28 : 19, 0);
  if (isProblem(dynamic)) return dynamic;
  if (dynamic !== 0) return error(CODES.unsupported, `${p.where}: the weights come from a second blob (dynamic_weight); rflint reads convolutions with their own weights`, p.at(transposed ? 28 : 19));
  const pads = readPads(p, [4, 15, 14, 16]);
  if (isProblem(pads)) return pads;
  const kernel = [kh, kw];
  const stride = [sh, sw];
  const dilation = [dh, dw];
  if (!transposed) {
    const pad: Pad[] = pads === 'upper' || pads === 'lower' ? [{ same: pads }, { same: pads }] : pads.map(([begin, end]) => ({ begin, end }));
    return { kind: 'window', kernel, stride, dilation, pad };
  }
  const o = all([p.int(18, 0, 0), p.int(20, 0, 0)] as const);
  if (isProblem(o)) return o;
  const [opr, ow] = o;
  const o2 = all([p.int(19, opr, 0), p.int(21, ow, 0)] as const);
  if (isProblem(o2)) return o2;
  const [opb, oh] = o2;
  const outputSize = ow > 0 && oh > 0 ? [oh, ow] : undefined;
  // SAME without output_w/h cuts nothing (`cut_padding` keeps the whole output).
  const pad = (pads === 'upper' || pads === 'lower') && !outputSize ? [[0, 0], [0, 0]] as const : pads;
  return { kind: 'deconv', kernel, stride, dilation, pad, outputPadding: [opb, opr], ...(outputSize ? { outputSize } : {}) };
}

/**
 * Four pads by id (left, right, top, bottom, each defaulting as ncnn's do), → [begin, end] per
 * axis (height, width), or SAME when all four are −233 (upper) or −234 (lower).
 */
function readPads(p: Params, [leftId, rightId, topId, bottomId]: readonly [number, number, number, number]): [number, number][] | 'upper' | 'lower' | Diagnostic {
  const left = p.int(leftId, 0);
  if (isProblem(left)) return left;
  const rest = all([p.int(rightId, left), p.int(topId, left)] as const);
  if (isProblem(rest)) return rest;
  const [right, top] = rest;
  const bottom = p.int(bottomId, top);
  if (isProblem(bottom)) return bottom;
  const four = [left, right, top, bottom];
  if (four.every((x) => x === -233)) return 'upper';
  if (four.every((x) => x === -234)) return 'lower';
  const ids = [leftId, rightId, topId, bottomId];
  const bad = four.findIndex((x) => x < 0);
  if (bad >= 0) {
    const param = p.layer.params.get(ids[bad]!) ?? p.layer.params.get(leftId)!;
    return p.invalid(param, 'must be ≥ 0, or −233 (SAME_UPPER) or −234 (SAME_LOWER) on all four sides; ncnn pads nothing when they are mixed');
  }
  return [
    [top, bottom],
    [left, right],
  ];
}

function readPool(p: Params): LayerSpec | Diagnostic {
  const layer = p.layer;
  const v = all([p.int(0, 0), p.int(4, 0), p.int(5, 0), p.int(7, 0)] as const);
  if (isProblem(v)) return v;
  const [type, global, padMode, adaptive] = v;
  if (type !== 0 && type !== 1) return p.invalid(layer.params.get(0)!, 'must be 0 (max) or 1 (average)');
  if (global !== 0) return { kind: 'global', reason: 'Pooling with global_pooling' };
  if (adaptive !== 0) return { kind: 'global', reason: 'adaptive Pooling (windows from the input size)' };
  if (padMode < 0 || padMode > 3) return p.invalid(layer.params.get(5)!, 'must be 0 (full), 1 (valid), 2 (SAME_UPPER) or 3 (SAME_LOWER)');
  const kw = p.int(1, 0, 1);
  if (isProblem(kw)) return kw;
  if (!p.has(1)) return error(CODES.missing, `${p.where}: no kernel size (parameter 1=kernel_w, e.g. \`1=2\`), and no global_pooling (4=1)`, layer.at);
  const k = all([p.int(11, kw, 1), p.int(2, 1, 1)] as const);
  if (isProblem(k)) return k;
  const [kh, sw] = k;
  const sh = p.int(12, sw, 1);
  if (isProblem(sh)) return sh;
  const pool = type === 0 ? 'max' : 'avg';
  const base = { kind: 'window', pool, kernel: [kh, kw], stride: [sh, sw], dilation: [1, 1] } as const;
  if (padMode === 2 || padMode === 3) {
    const same = padMode === 2 ? 'upper' : 'lower';
    return { ...base, pad: [{ same }, { same }] };
  }
  const pads = readPads(p, [3, 14, 13, 15]);
  if (isProblem(pads)) return pads;
  if (pads === 'upper' || pads === 'lower') return p.invalid(layer.params.get(3)!, 'must be ≥ 0: a pooling layer says SAME with pad_mode (5=2 or 5=3)');
  return { ...base, pad: pads.map(([begin, end]) => ({ begin, end })), ...(padMode === 0 ? { full: true } : {}) };
}

function readCrop(p: Params): LayerSpec | Diagnostic {
  const layer = p.layer;
  const starts = p.ints(9);
  const ends = p.ints(10);
  const axesParam = p.ints(11);
  for (const x of [starts, ends, axesParam]) if (isProblem(x)) return x;
  for (const id of [19, 20, 21]) if (p.has(id)) return error(CODES.unsupported, `${p.where}: the crop is an expression of other blobs (${id}=…); rflint reads fixed crops`, p.at(id));
  const numpy = starts !== undefined && ends !== undefined;
  if (numpy) {
    const s = starts as readonly number[];
    const e = ends as readonly number[];
    // Axes of a c×h×w blob: 0 channels, 1 height, 2 width (negative: from the end).
    const axes = (axesParam as readonly number[] | undefined) ?? s.map((_, i) => i);
    if (s.length !== e.length || axes.length !== s.length) return p.invalid(layer.params.get(9)!, `and 10=… (ends), 11=… (axes) must have as many values (${s.length}, ${e.length}, ${axes.length})`);
    const out: (CropAxis | undefined)[] = [undefined, undefined];
    for (let i = 0; i < axes.length; i++) {
      const axis = axes[i]! < 0 ? axes[i]! + 3 : axes[i]!;
      if (axis === 0) continue;
      if (axis !== 1 && axis !== 2) return p.invalid(layer.params.get(11) ?? layer.params.get(9)!, `names axis ${axes[i]}; a c×h×w blob has axes 0–2`);
      const start = s[i] === -233 ? 0 : s[i]!;
      const end = e[i] === -233 ? undefined : e[i]!;
      out[axis - 1] = { form: 'numpy', begin: start, ...(end === undefined ? {} : { end }) };
    }
    return { kind: 'crop', axes: out.map((a) => a ?? { form: 'numpy', begin: 0 }), reference: false };
  }
  const v = all([p.int(0, 0, 0), p.int(1, 0, 0), p.int(3, 0), p.int(4, 0), p.int(6, 0, 0), p.int(7, 0, 0), p.int(5, 0), p.int(2, 0, 0), p.int(8, 0, 0)] as const);
  if (isProblem(v)) return v;
  const [wo, ho, outw, outh, wo2, ho2, outc, co, co2] = v;
  const reference = outw === 0 && outh === 0 && outc === 0 && wo2 === 0 && ho2 === 0 && co2 === 0;
  if (reference) {
    if (layer.bottoms.length < 2) return error(CODES.missing, `${p.where}: a Crop without an output size (3=outw, 4=outh) crops to a second blob's size; give it a second blob or the size`, layer.at);
    return { kind: 'crop', axes: [{ form: 'reference', begin: ho }, { form: 'reference', begin: wo }], reference: true };
  }
  const axis = (begin: number, kept: number, fromEnd: number): CropAxis => ({ form: 'ncnn', begin, fromEnd, ...(kept === -233 ? {} : { length: kept }) });
  for (const [id, n] of [[3, outw], [4, outh]] as const) if (n < 0 && n !== -233) return p.invalid(layer.params.get(id)!, 'must be a size ≥ 0, or −233 for the rest');
  // ncnn keeps min(outw, the rest): outw is written as −233 for "the rest", and 0 keeps nothing.
  for (const [id, n] of [[3, outw], [4, outh]] as const) if (n === 0) return error(CODES.invalidValue, `${p.where}: the crop keeps ${id === 3 ? 'no column (3=outw' : 'no row (4=outh'} is 0); give the size, or −233 for the rest`, p.at(id));
  return { kind: 'crop', axes: [axis(ho, outh, ho2), axis(wo, outw, wo2)], reference: false };
}
