/**
 * Keras layers → graph IR ops, under their Keras 1, 2 and 3 names: how each maps positions and
 * the layout (spatial sizes, channels) of what it gives. Geometry follows TensorFlow: `same`
 * padding puts the extra pixel at the end and depends on the input size (IR `{same: 'upper'}`).
 */
import type { CoordinateMode, Op, Pad } from '../../rf/graph.js';
import { frac } from '../../rf/fraction.js';
import { ConfigError, type LayerConfig, isObject, show } from './config.js';
import { type DataFormat, type Layout, flat, layoutOfShape, samePositions } from './layout.js';

export interface LayerContext {
  /** Spatial axes of the graph. */
  readonly axes: number;
  /** The data format of layers that do not say (the model's). */
  readonly format: DataFormat;
  /** How bilinear upsampling maps coordinates (TF 2's `tf.image.resize` or TF 1's `resize_bilinear`). */
  readonly bilinear: CoordinateMode;
  readonly assume: ReadonlyMap<string, 'pointwise' | 'global'>;
  /** `--attention pointwise`: attention layers keep positions, to get the convolutions' RF. */
  readonly attentionPointwise?: boolean;
}

/** What one call of a layer adds to the graph. */
export interface Applied {
  readonly op: Op;
  readonly out: Layout;
  /** A merge along positions (Concatenate on a spatial axis): each input passes a global node first. */
  readonly globalInputs?: string;
}

/** Why a layer cannot be mapped: rflint does not know it, or it runs code (Lambda). */
export class UnknownLayer extends Error {
  constructor(readonly kind: 'lambda' | 'unknown') {
    super(kind);
  }
}

const POINTWISE = new Set([
  'InputLayer', 'Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'ThresholdedReLU', 'Softmax', 'Softplus', 'Softsign',
  'BatchNormalization', 'LayerNormalization', 'GroupNormalization', 'UnitNormalization', 'SyncBatchNormalization',
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout',
  'ActivityRegularization', 'Masking', 'Rescaling', 'Normalization', 'Identity', 'RandomFlip', 'RandomContrast',
  'RandomBrightness', 'Cast',
]);

/** Layers that mix every position of their input: recurrent layers over a sequence, attention. */
const MIXING: Readonly<Record<string, string>> = {
  LSTM: 'recurrent', GRU: 'recurrent', SimpleRNN: 'recurrent', RNN: 'recurrent', Bidirectional: 'recurrent',
  ConvLSTM1D: 'recurrent', ConvLSTM2D: 'recurrent', ConvLSTM3D: 'recurrent', CuDNNLSTM: 'recurrent', CuDNNGRU: 'recurrent',
  MultiHeadAttention: 'attention', Attention: 'attention', AdditiveAttention: 'attention', GroupQueryAttention: 'attention',
};

const MERGES: Readonly<Record<string, string>> = {
  Add: 'add', Subtract: 'sub', Multiply: 'mul', Average: 'mean', Maximum: 'max', Minimum: 'min', Concatenate: 'concat',
};

/** Keras 1's `Merge` modes. */
const MERGE_MODES: Readonly<Record<string, string>> = { sum: 'add', mul: 'mul', ave: 'mean', max: 'max', concat: 'concat' };

/** The number of spatial axes a layer class works on (`Conv2D` → 2), from its name. */
export function layerAxes(className: string): number | undefined {
  const m = /(?:Conv|Convolution|Pooling|Pool|Padding|Cropping|UpSampling|Deconvolution|LocallyConnected)(\d)D/.exec(className);
  return m ? Number(m[1]) : undefined;
}

export function applyLayer(layer: LayerConfig, inputs: readonly Layout[], ctx: LayerContext): Applied {
  const cls = layer.className;
  const x = inputs[0]!;
  if (POINTWISE.has(cls)) {
    // Keras 1's Activation and friends, Keras 3's preprocessing layers: position by position.
    return { op: { kind: 'pointwise' }, out: x };
  }
  if (cls === 'Lambda' || cls === 'TFOpLambda' || cls === 'SlicingOpLambda') return assumed(layer, x, ctx, 'lambda');
  if (cls in MERGES || cls === 'Merge') return merge(layer, inputs, ctx);
  if (cls === 'Dot') return { op: { kind: 'global', reason: `Dot ${layer.layer}` }, out: flat(null) };
  const mixing = MIXING[cls];
  if (mixing === 'attention' && ctx.attentionPointwise) return { op: { kind: 'pointwise' }, out: x };
  if (mixing) return { op: { kind: 'global', reason: `${mixing} ${cls} ${layer.layer}` }, out: { ...x, sizes: [] } };
  const n = layerAxes(cls);
  if (/^Global(Average|Avg|Max)Pool(ing)?\dD$/.test(cls)) {
    const keep = layer.raw('keepdims') === true;
    return { op: { kind: 'global', reason: `${cls} ${layer.layer}` }, out: keep ? { ...x, sizes: x.sizes.map(() => 1) } : flat(x.channels) };
  }
  if (n !== undefined && /^(Conv|Convolution|AtrousConvolution|SeparableConv|SeparableConvolution|DepthwiseConv|LocallyConnected)\dD$/.test(cls)) return convolution(layer, x, n, ctx);
  if (n !== undefined && /^(Conv\dDTranspose|Convolution\dDTranspose|Deconvolution\dD)$/.test(cls)) return transposed(layer, x, n, ctx);
  if (n !== undefined && /^(MaxPooling|AveragePooling|MaxPool|AvgPool|AveragePool)\dD$/.test(cls)) return pooling(layer, x, n, ctx);
  if (n !== undefined && /^ZeroPadding\dD$/.test(cls)) return padding(layer, x, n, ctx, 1);
  if (n !== undefined && /^Cropping\dD$/.test(cls)) return padding(layer, x, n, ctx, -1);
  if (n !== undefined && /^UpSampling\dD$/.test(cls)) return upsampling(layer, x, n, ctx);
  switch (cls) {
    case 'Dense':
      return dense(layer, x, ctx);
    case 'Flatten':
      return flatten(layer, x);
    case 'Reshape':
      return reshape(layer, x, ctx);
    case 'Permute':
      return permute(layer, x, ctx);
    case 'RepeatVector':
      return { op: { kind: 'pointwise' }, out: { sizes: [layer.int(['n'], undefined, 1)], channelAxis: true, channels: x.channels } };
    case 'Embedding': {
      // Token ids at each position become vectors: position by position, with a new channel axis.
      return { op: { kind: 'pointwise' }, out: { sizes: x.sizes, channelAxis: true, channels: layer.has('output_dim') ? layer.int(['output_dim'], undefined, 1) : null } };
    }
    default:
      return assumed(layer, x, ctx, 'unknown');
  }
}

/** A Lambda or a custom layer: what the user's `assume` says, else an error naming the layer. */
function assumed(layer: LayerConfig, x: Layout, ctx: LayerContext, kind: 'lambda' | 'unknown'): Applied {
  const how = ctx.assume.get(layer.className) ?? ctx.assume.get(layer.layer);
  if (how === 'global') return { op: { kind: 'global', reason: `${layer.className} ${layer.layer} (assumed global)` }, out: flat(null) };
  if (how === 'pointwise') return { op: { kind: 'pointwise' }, out: outputShapeOf(layer, x, ctx) };
  throw new UnknownLayer(kind);
}

/** A Lambda's declared output shape (Keras 1 `output_shape`), else its input's layout. */
function outputShapeOf(layer: LayerConfig, x: Layout, ctx: LayerContext): Layout {
  const shape = layer.raw('output_shape');
  if (Array.isArray(shape) && shape.length > 0 && shape.every((v) => v === null || Number.isSafeInteger(v))) return layoutOfShape(shape as (number | null)[], formatOf(layer, ctx));
  return x;
}

export function formatOf(layer: LayerConfig, ctx: LayerContext): DataFormat {
  const format = layer.raw('data_format');
  if (format === 'channels_first' || format === 'channels_last') return format;
  const ordering = layer.raw('dim_ordering');
  if (ordering === 'th') return 'channels_first';
  if (ordering === 'tf') return 'channels_last';
  return ctx.format;
}

type Padding = 'valid' | 'same' | 'causal' | 'full';

/** Per graph axis: the layer's own values on its first `n` axes, `fill` beyond them. */
function widen<T>(values: readonly T[], axes: number, fill: T): T[] {
  return Array.from({ length: axes }, (_, a) => (a < values.length ? values[a]! : fill));
}

function kernelOf(layer: LayerConfig, n: number): number[] {
  const split = n === 2 ? ['nb_row', 'nb_col'] : n === 3 ? ['kernel_dim1', 'kernel_dim2', 'kernel_dim3'] : undefined;
  return layer.ints(['kernel_size', 'filter_length'], n, undefined, 1, split);
}

function paddingOf(layer: LayerConfig): Padding {
  return layer.string(['padding', 'border_mode'], ['valid', 'same', 'causal', 'full'], 'valid');
}

function pads(padding: Padding, kernel: readonly number[], dilation: readonly number[], axes: number, layer: LayerConfig): Pad[] {
  return widen(
    kernel.map((k, a): Pad => {
      const span = dilation[a]! * (k - 1);
      if (padding === 'same') return { same: 'upper' };
      if (padding === 'causal') {
        if (kernel.length !== 1) layer.fail('padding', 'can be "causal" only in 1-D layers');
        return { begin: span, end: 0 };
      }
      if (padding === 'full') return { begin: span, end: span };
      return { begin: 0, end: 0 };
    }),
    axes,
    { begin: 0, end: 0 },
  );
}

/** The size after a window: TF's VALID and SAME, Keras 1's `full`, causal. */
function windowSize(n: number | null, k: number, s: number, d: number, padding: Padding): number | null {
  if (n === null) return null;
  const span = d * (k - 1) + 1;
  if (padding === 'same' || padding === 'causal') return Math.ceil(n / s);
  if (padding === 'full') return Math.floor((n + span - 2) / s) + 1;
  return Math.floor((n - span) / s) + 1;
}

function checkRank(layer: LayerConfig, x: Layout, n: number): void {
  if (x.sizes.length !== n && x.sizes.length !== 0) {
    throw new ConfigError(`${layer.layer} (${layer.className}) works on ${n} spatial axes, but its input has ${x.sizes.length}`, layer.at());
  }
}

function convolution(layer: LayerConfig, x: Layout, n: number, ctx: LayerContext): Applied {
  checkRank(layer, x, n);
  const kernel = kernelOf(layer, n);
  const stride = layer.ints(['strides', 'subsample', 'subsample_length'], n, Array(n).fill(1), 1);
  const dilation = layer.ints(['dilation_rate', 'atrous_rate'], n, Array(n).fill(1), 1);
  const padding = paddingOf(layer);
  const depthwise = /^DepthwiseConv/.test(layer.className);
  const multiplier = depthwise ? layer.int(['depth_multiplier'], 1, 1) : 1;
  const channels = depthwise ? (x.channels === null ? null : x.channels * multiplier) : layer.has('filters') || layer.has('nb_filter') ? layer.int(['filters', 'nb_filter'], undefined, 1) : null;
  const sizes = x.sizes.map((size, a) => windowSize(size, kernel[a]!, stride[a]!, dilation[a]!, padding));
  return {
    op: { kind: 'conv', kernel: widen(kernel, ctx.axes, 1), stride: widen(stride, ctx.axes, 1), dilation: widen(dilation, ctx.axes, 1), pad: pads(padding, kernel, dilation, ctx.axes, layer) },
    out: { sizes, channelAxis: true, channels },
  };
}

function transposed(layer: LayerConfig, x: Layout, n: number, ctx: LayerContext): Applied {
  checkRank(layer, x, n);
  const kernel = kernelOf(layer, n);
  const stride = layer.ints(['strides', 'subsample'], n, Array(n).fill(1), 1);
  const dilation = layer.ints(['dilation_rate'], n, Array(n).fill(1), 1);
  const padding = paddingOf(layer);
  if (padding !== 'valid' && padding !== 'same') layer.fail('padding', `must be "valid" or "same" in a transposed convolution, got "${padding}"`);
  const given = layer.has('output_padding') ? layer.ints(['output_padding'], n, undefined, 0) : undefined;
  // Keras' deconv_output_length fixes the output size; TF's conv2d_backprop_input then pads the
  // (virtual) forward convolution SAME or VALID on it: begin = floor(total / 2).
  const begin: number[] = [];
  const end: number[] = [];
  const extra: number[] = [];
  const sizes: (number | null)[] = [];
  for (let a = 0; a < n; a++) {
    const k = dilation[a]! * (kernel[a]! - 1) + 1;
    const s = stride[a]!;
    // out − ((in − 1)·s + k): how much longer the output is than the full transposed conv.
    let grow: number;
    if (given) grow = padding === 'same' ? given[a]! - 2 * Math.floor(k / 2) : given[a]!;
    else grow = padding === 'same' ? s - k : Math.max(s - k, 0);
    const total = Math.max(-grow, 0);
    begin.push(Math.floor(total / 2));
    end.push(total - Math.floor(total / 2));
    extra.push(Math.max(grow, 0));
    const size = x.sizes[a] ?? null;
    sizes.push(size === null ? null : (size - 1) * s + k + grow);
  }
  const channels = layer.has('filters') || layer.has('nb_filter') ? layer.int(['filters', 'nb_filter'], undefined, 1) : null;
  return {
    op: {
      kind: 'deconv',
      kernel: widen(kernel, ctx.axes, 1),
      stride: widen(stride, ctx.axes, 1),
      dilation: widen(dilation, ctx.axes, 1),
      pad: widen(begin.map((b, a) => ({ begin: b, end: end[a]! })), ctx.axes, { begin: 0, end: 0 }),
      outputPadding: widen(extra, ctx.axes, 0),
    },
    out: { sizes, channelAxis: true, channels },
  };
}

function pooling(layer: LayerConfig, x: Layout, n: number, ctx: LayerContext): Applied {
  checkRank(layer, x, n);
  const kernel = layer.ints(['pool_size', 'pool_length'], n, Array(n).fill(2), 1);
  const stride = layer.ints(['strides', 'stride'], n, kernel, 1);
  const padding = paddingOf(layer);
  if (padding !== 'valid' && padding !== 'same') layer.fail('padding', `must be "valid" or "same" in a pooling layer, got "${padding}"`);
  const ones = Array(n).fill(1);
  const sizes = x.sizes.map((size, a) => windowSize(size, kernel[a]!, stride[a]!, 1, padding));
  return {
    op: { kind: 'conv', pool: /^Max/.test(layer.className) ? 'max' : 'avg', kernel: widen(kernel, ctx.axes, 1), stride: widen(stride, ctx.axes, 1), dilation: widen(ones, ctx.axes, 1), pad: pads(padding, kernel, ones, ctx.axes, layer) },
    out: { ...x, sizes },
  };
}

/**
 * ZeroPadding / Cropping (sign −1): an integer (every side), one per axis (both sides), or
 * [begin, end] per axis; in 1-D a pair is [begin, end]. Keras 1 also wrote a dict of sides.
 */
function padding(layer: LayerConfig, x: Layout, n: number, ctx: LayerContext, sign: 1 | -1): Applied {
  checkRank(layer, x, n);
  const key = sign > 0 ? 'padding' : 'cropping';
  // Keras' defaults: ZeroPadding pads 1 on every side, Cropping crops nothing.
  const value = layer.raw(key) ?? (sign > 0 ? 1 : 0);
  const bad = (): never => layer.fail(key, `must be an integer ≥ 0, one per axis, or [begin, end] per axis, got ${show(value)}`);
  const count = (v: unknown): number => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : bad());
  let sides: [number, number][];
  if (isObject(value)) {
    const side = (k: string) => count(value[k] ?? 0);
    sides = n === 2 ? [[side('top_pad'), side('bottom_pad')], [side('left_pad'), side('right_pad')]] : bad();
  } else if (!Array.isArray(value)) sides = Array.from({ length: n }, () => [count(value), count(value)]);
  else if (n === 1 && value.length === 2 && value.every((v) => !Array.isArray(v))) sides = [[count(value[0]), count(value[1])]];
  else if (value.length === n) sides = value.map((v): [number, number] => (Array.isArray(v) && v.length === 2 ? [count(v[0]), count(v[1])] : [count(v), count(v)]));
  else bad();
  const begin = sides!.map(([b]) => sign * b);
  const end = sides!.map(([, e]) => sign * e);
  const sizes = x.sizes.map((size, a) => (size === null ? null : size + begin[a]! + end[a]!));
  return { op: { kind: 'pad', begin: widen(begin, ctx.axes, 0), end: widen(end, ctx.axes, 0) }, out: { ...x, sizes } };
}

function upsampling(layer: LayerConfig, x: Layout, n: number, ctx: LayerContext): Applied {
  checkRank(layer, x, n);
  const factor = layer.ints(['size', 'length'], n, Array(n).fill(2), 1);
  const mode = layer.string(['interpolation'], ['nearest', 'bilinear'], 'nearest');
  const sizes = x.sizes.map((size, a) => (size === null ? null : size * factor[a]!));
  return {
    op: {
      kind: 'resize',
      scale: widen(factor, ctx.axes, 1).map((f) => frac(f)),
      mode: mode === 'bilinear' ? 'linear' : 'nearest',
      rounding: 'floor',
      coordinates: mode === 'bilinear' ? ctx.bilinear : 'asymmetric',
    },
    out: { ...x, sizes },
  };
}

function merge(layer: LayerConfig, inputs: readonly Layout[], ctx: LayerContext): Applied {
  const x = inputs[0]!;
  let kind = MERGES[layer.className];
  if (layer.className === 'Merge') {
    const mode = layer.raw('mode') ?? 'sum';
    kind = typeof mode === 'string' ? MERGE_MODES[mode] : undefined;
    if (!kind) return { op: { kind: 'global', reason: `Merge ${layer.layer} (mode ${show(mode)})` }, out: flat(null) };
  }
  if (inputs.length < 2) return { op: { kind: 'pointwise' }, out: x };
  if (kind !== 'concat') return { op: { kind: 'merge', merge: kind! }, out: x };
  // Concatenating along the channel axis is a merge; along a spatial axis it moves positions.
  const axis = layer.raw(layer.className === 'Merge' ? 'concat_axis' : 'axis') ?? -1;
  const rank = x.sizes.length + (x.channelAxis ? 1 : 0);
  const format = formatOf(layer, ctx);
  const channelIndex = !x.channelAxis ? -1 : format === 'channels_last' ? rank : 1;
  const index = typeof axis === 'number' ? (axis < 0 ? rank + 1 + axis : axis) : NaN;
  const channels = inputs.every((l) => l.channels !== null) ? inputs.reduce((sum, l) => sum + l.channels!, 0) : null;
  if (index === channelIndex) return { op: { kind: 'merge', merge: 'concat' }, out: { ...x, channels } };
  return { op: { kind: 'merge', merge: 'concat' }, out: flat(null), globalInputs: `${layer.className} ${layer.layer} along a spatial axis` };
}

function dense(layer: LayerConfig, x: Layout, ctx: LayerContext): Applied {
  const units = layer.has('units') || layer.has('output_dim') ? layer.int(['units', 'output_dim'], undefined, 1) : null;
  // Dense works on the last axis: the channels of a channels_last tensor (position by position).
  if (x.sizes.length === 0 || (x.channelAxis && ctx.format === 'channels_last' && formatOf(layer, ctx) === 'channels_last')) {
    return { op: { kind: 'pointwise' }, out: { ...x, channels: units } };
  }
  return { op: { kind: 'global', reason: `Dense ${layer.layer} over positions` }, out: flat(units) };
}

function flatten(layer: LayerConfig, x: Layout): Applied {
  const channels = x.channels !== null && x.sizes.every((s) => s !== null) ? x.sizes.reduce((p: number, s) => p * s!, x.channels) : null;
  // Even a 1×1 map is global: its size (and so whether Flatten mixes positions) follows the input's.
  if (x.sizes.length === 0) return { op: { kind: 'pointwise' }, out: flat(channels) };
  return { op: { kind: 'global', reason: `Flatten ${layer.layer}` }, out: flat(channels) };
}

function reshape(layer: LayerConfig, x: Layout, ctx: LayerContext): Applied {
  const target = layer.raw('target_shape');
  if (!Array.isArray(target) || !target.every((v) => Number.isSafeInteger(v) && (v === -1 || v >= 1))) {
    layer.fail('target_shape', `must be a list of sizes ≥ 1 (one may be -1), got ${show(target)}`);
  }
  const dims: (number | null)[] = [...(target as number[])];
  const unknown = dims.indexOf(-1);
  if (unknown >= 0) {
    const total = x.channels !== null && x.sizes.every((s) => s !== null) ? x.sizes.reduce((p: number, s) => p * s!, x.channels) : null;
    const known = dims.reduce((p: number, d) => (d === -1 ? p : p * d!), 1);
    dims[unknown] = total === null ? null : total / known;
  }
  const out = dims.length === 1 ? flat(dims[0]!) : layoutOfShape(dims, ctx.format);
  if (samePositions(x, out)) return { op: { kind: 'pointwise' }, out };
  return { op: { kind: 'global', reason: `Reshape ${layer.layer} to ${show(target)}` }, out };
}

function permute(layer: LayerConfig, x: Layout, ctx: LayerContext): Applied {
  const dims = layer.raw('dims');
  const rank = x.sizes.length + (x.channelAxis ? 1 : 0);
  if (!Array.isArray(dims) || dims.length !== rank) layer.fail('dims', `must list the ${rank} axes of its input, got ${show(dims)}`);
  // Positions stay where they are when every spatial axis of size > 1 keeps its place.
  const first = x.channelAxis && ctx.format === 'channels_first' ? 2 : 1;
  const kept = x.sizes.every((size, a) => size === 1 || (dims as unknown[])[first + a - 1] === first + a);
  if (kept) return { op: { kind: 'pointwise' }, out: x };
  return { op: { kind: 'global', reason: `Permute ${layer.layer} moves spatial axes` }, out: flat(null) };
}
