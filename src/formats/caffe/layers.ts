/**
 * Each Caffe layer type's geometry, as BVLC Caffe (src/caffe/proto/caffe.proto and the
 * `*_layer.cpp` files) and the SSD fork (weiliu89/caffe, branch ssd) define it:
 *
 * - `Convolution` (also the forks' `DepthwiseConvolution`/`ConvolutionDepthwise`): `kernel_size`,
 *   `pad`, `stride`, `dilation` are repeated: one value for every spatial axis or one per axis;
 *   `kernel_h/w`, `pad_h/w`, `stride_h/w` instead for 2-D. Output ⌊(in + 2p − d(k−1) − 1)/s⌋ + 1.
 * - `Deconvolution`: the same parameters; output s(in − 1) + d(k − 1) + 1 − 2p.
 * - `Pooling`: MAX, AVE, STOCHASTIC over a window; Caffe rounds the output size **up**,
 *   ⌈(in + 2p − k)/s⌉ + 1, then, when p > 0, drops the last window if it starts at or beyond
 *   in + p (`round_mode: FLOOR`, in newer BVLC, rounds down). `global_pooling` sees everything.
 * - `LRN`: ACROSS_CHANNELS is per position; WITHIN_CHANNEL averages a local_size × local_size
 *   window (pad (local_size − 1)/2, stride 1) of squares: a window op.
 * - `Crop`: the first bottom cropped to the second's shape from `axis` on, at `offset`.
 * - `Eltwise`, `Concat` (channels), `InnerProduct` (global), `Flatten`/`Reshape`/`Permute`
 *   (global unless the spatial axes provably keep their place), `Softmax` (per position over
 *   channels; over another axis it is global).
 * - `Upsample` (the YOLO and SegNet forks): each output reads input ⌊u / scale⌋ (SegNet's
 *   unpooling writes there or nothing: the same hull at most).
 * - SSD: `Normalize` (per position with `across_spatial: false`, else global), `PriorBox` (boxes
 *   from the sizes only: global), `DetectionOutput` (global).
 * - Forks: `BN` (SegNet, PSPNet, TSN: a batch norm, per position); `ROIPooling`/`PSROIPooling`/
 *   `ROIAlign` (global per region of interest); `DenseImageData` (SegNet) and a `Python` layer
 *   with no bottom (py-faster-rcnn's data layers) are data layers: their first top is the image.
 */
import { type Diagnostic, type Position, error } from '../diagnostic.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import { MessageReader, isProblem } from './fields.js';

/** Geometry on the spatial axes (height, width). */
export type LayerSpec =
  | {
      readonly kind: 'window';
      readonly kernel: readonly number[];
      readonly stride: readonly number[];
      readonly pad: readonly number[];
      readonly dilation: readonly number[];
      readonly pool?: 'max' | 'avg';
      /** Caffe's pooling output size (rounded up, the last window inside input + pad). */
      readonly caffeCeil?: boolean;
    }
  | { readonly kind: 'deconv'; readonly kernel: readonly number[]; readonly stride: readonly number[]; readonly pad: readonly number[]; readonly dilation: readonly number[] }
  | { readonly kind: 'pointwise' }
  | { readonly kind: 'global'; readonly reason: string }
  | { readonly kind: 'merge'; readonly merge: string }
  /**
   * Nearest upsampling by an integer factor per axis; SegNet's, with a second bottom (the pool's
   * mask), is max-unpooling, and may give its output size (`upsample_h`/`upsample_w`).
   */
  | { readonly kind: 'upsample'; readonly factor: readonly number[]; readonly size?: readonly number[] }
  /** Offsets on the spatial axes; undefined: not cropped there. */
  | { readonly kind: 'crop'; readonly offsets: readonly (number | undefined)[] }
  | { readonly kind: 'data'; readonly shape?: readonly number[] }
  /** Takes its bottoms and gives nothing (`Silence`). */
  | { readonly kind: 'sink' }
  /** SENet's `Axpy`: bottoms a (a per-channel gate, N×C×1×1), x, y; top a·x + y. */
  | { readonly kind: 'axpy' }
  /**
   * DeepLab's and PSPNet's `Interp`: the input cropped by `pad_beg`/`pad_end` (≤ 0), then
   * bilinear with corners aligned (caffe_cpu_interp2: x = u·(in − 1)/(out − 1)) to a size given
   * by `zoom_factor` (in + (in − 1)(z − 1)), `shrink_factor` ((in − 1)/s + 1), both (shrink,
   * then zoom), or `height`/`width`.
   */
  | { readonly kind: 'interp'; readonly zoom?: number; readonly shrink?: number; readonly size?: readonly number[]; readonly padBeg: number; readonly padEnd: number };

type Family =
  | 'data'
  | 'input'
  | 'conv'
  | 'deconv'
  | 'pool'
  | 'pointwise'
  | 'global'
  | 'eltwise'
  | 'concat'
  | 'crop'
  | 'flatten'
  | 'reshape'
  | 'permute'
  | 'softmax'
  | 'lrn'
  | 'normalize'
  | 'slice'
  | 'scale'
  | 'upsample'
  | 'sink'
  | 'axpy'
  | 'interp';

type TypeEntry = readonly [string, { readonly family: Family; readonly reason?: string }];

/** Layer types by the name `type:` gives (case-sensitive, as Caffe's registry). */
const TYPES: ReadonlyMap<string, { readonly family: Family; readonly reason?: string }> = new Map<string, { readonly family: Family; readonly reason?: string }>([
  // DenseImageData: SegNet's (alexgkendall/caffe-segnet) image + label reader.
  ...['Data', 'ImageData', 'HDF5Data', 'MemoryData', 'WindowData', 'DummyData', 'AnnotatedData', 'VideoData', 'DenseImageData'].map((t): TypeEntry => [t, { family: 'data' }]),
  ['Input', { family: 'input' }],
  ['Convolution', { family: 'conv' }],
  ['DepthwiseConvolution', { family: 'conv' }],
  ['ConvolutionDepthwise', { family: 'conv' }],
  ['Deconvolution', { family: 'deconv' }],
  ['Pooling', { family: 'pool' }],
  ...['ReLU', 'PReLU', 'ELU', 'Sigmoid', 'TanH', 'AbsVal', 'BNLL', 'Power', 'Exp', 'Log', 'Threshold', 'Dropout', 'BatchNorm', 'Clip', 'Swish', 'ReLU6', 'Split', 'ShuffleChannel', 'Bias', 'BN'].map(
    (t): TypeEntry => [t, { family: 'pointwise' }],
  ),
  ['Scale', { family: 'scale' }],
  ['Upsample', { family: 'upsample' }],
  ['Eltwise', { family: 'eltwise' }],
  ['Concat', { family: 'concat' }],
  ['Crop', { family: 'crop' }],
  ['Flatten', { family: 'flatten' }],
  ['Reshape', { family: 'reshape' }],
  ['Permute', { family: 'permute' }],
  ['Softmax', { family: 'softmax' }],
  ['LRN', { family: 'lrn' }],
  ['Normalize', { family: 'normalize' }],
  ['Slice', { family: 'slice' }],
  ['Silence', { family: 'sink' }],
  ['Axpy', { family: 'axpy' }],
  ['Interp', { family: 'interp' }],
  ['InnerProduct', { family: 'global', reason: 'InnerProduct (fully connected)' }],
  ['PriorBox', { family: 'global', reason: 'PriorBox (prior boxes from the sizes only)' }],
  ['DetectionOutput', { family: 'global', reason: 'DetectionOutput (decoding and NMS over every box)' }],
  ['MVN', { family: 'global', reason: 'MVN (normalised by the mean over all positions)' }],
  // Fast/Faster R-CNN and R-FCN: each output pools a region of interest whose box comes from
  // another input (the proposals), anywhere in the image: global per region.
  ...['ROIPooling', 'PSROIPooling', 'ROIAlign'].map((t): TypeEntry => [t, { family: 'global', reason: `${t} (pools each region of interest, whose box comes from another input: global per region)` }]),
  ['SPP', { family: 'global', reason: 'SPP (spatial pyramid pooling)' }],
  ['ArgMax', { family: 'global', reason: 'ArgMax' }],
  ['Reduction', { family: 'global', reason: 'Reduction' }],
  ['Embed', { family: 'global', reason: 'Embed' }],
  ['Tile', { family: 'global', reason: 'Tile' }],
  ['LSTM', { family: 'global', reason: 'LSTM' }],
  ['RNN', { family: 'global', reason: 'RNN' }],
  ...['Accuracy', 'SoftmaxWithLoss', 'EuclideanLoss', 'HingeLoss', 'InfogainLoss', 'MultinomialLogisticLoss', 'SigmoidCrossEntropyLoss', 'ContrastiveLoss', 'MultiBoxLoss', 'DetectionEvaluate', 'HDF5Output', 'SmoothL1Loss'].map(
    (t): TypeEntry => [t, { family: 'global', reason: `${t} (a loss or metric over the whole output)` }],
  ),
]);

/** The legacy `layers { type: CONVOLUTION }` enum (V1LayerParameter.LayerType) → today's names. */
const V1_TYPES: Readonly<Record<string, string>> = {
  ABSVAL: 'AbsVal', ACCURACY: 'Accuracy', ARGMAX: 'ArgMax', BNLL: 'BNLL', CONCAT: 'Concat', CONTRASTIVE_LOSS: 'ContrastiveLoss', CONVOLUTION: 'Convolution',
  DATA: 'Data', DECONVOLUTION: 'Deconvolution', DROPOUT: 'Dropout', DUMMY_DATA: 'DummyData', EUCLIDEAN_LOSS: 'EuclideanLoss', ELTWISE: 'Eltwise', EXP: 'Exp',
  FLATTEN: 'Flatten', HDF5_DATA: 'HDF5Data', HDF5_OUTPUT: 'HDF5Output', HINGE_LOSS: 'HingeLoss', IMAGE_DATA: 'ImageData', INFOGAIN_LOSS: 'InfogainLoss',
  INNER_PRODUCT: 'InnerProduct', LRN: 'LRN', MEMORY_DATA: 'MemoryData', MULTINOMIAL_LOGISTIC_LOSS: 'MultinomialLogisticLoss', MVN: 'MVN', POOLING: 'Pooling',
  POWER: 'Power', RELU: 'ReLU', SIGMOID: 'Sigmoid', SIGMOID_CROSS_ENTROPY_LOSS: 'SigmoidCrossEntropyLoss', SILENCE: 'Silence', SOFTMAX: 'Softmax',
  SOFTMAX_LOSS: 'SoftmaxWithLoss', SPLIT: 'Split', SLICE: 'Slice', TANH: 'TanH', WINDOW_DATA: 'WindowData', THRESHOLD: 'Threshold',
};
const V1_NUMBERS: Readonly<Record<number, string>> = {
  35: 'ABSVAL', 1: 'ACCURACY', 30: 'ARGMAX', 2: 'BNLL', 3: 'CONCAT', 37: 'CONTRASTIVE_LOSS', 4: 'CONVOLUTION', 5: 'DATA', 39: 'DECONVOLUTION', 6: 'DROPOUT',
  32: 'DUMMY_DATA', 7: 'EUCLIDEAN_LOSS', 25: 'ELTWISE', 38: 'EXP', 8: 'FLATTEN', 9: 'HDF5_DATA', 10: 'HDF5_OUTPUT', 28: 'HINGE_LOSS', 12: 'IMAGE_DATA',
  13: 'INFOGAIN_LOSS', 14: 'INNER_PRODUCT', 15: 'LRN', 29: 'MEMORY_DATA', 16: 'MULTINOMIAL_LOGISTIC_LOSS', 34: 'MVN', 17: 'POOLING', 26: 'POWER', 18: 'RELU',
  19: 'SIGMOID', 27: 'SIGMOID_CROSS_ENTROPY_LOSS', 36: 'SILENCE', 20: 'SOFTMAX', 21: 'SOFTMAX_LOSS', 22: 'SPLIT', 33: 'SLICE', 23: 'TANH', 24: 'WINDOW_DATA', 31: 'THRESHOLD',
};

/** LayerParameter's fields (BVLC and the SSD fork); any other `*_param` is a fork's, accepted. */
export const LAYER_FIELDS = ['name', 'type', 'bottom', 'top', 'phase', 'loss_weight', 'param', 'blobs', 'propagate_down', 'include', 'exclude'];
/** V1LayerParameter's own fields. */
export const V1_LAYER_FIELDS = ['name', 'type', 'bottom', 'top', 'include', 'exclude', 'blobs', 'param', 'blob_share_mode', 'blobs_lr', 'weight_decay', 'loss_weight'];

const CONV_FIELDS = ['num_output', 'bias_term', 'pad', 'kernel_size', 'stride', 'dilation', 'pad_h', 'pad_w', 'kernel_h', 'kernel_w', 'stride_h', 'stride_w', 'group', 'weight_filler', 'bias_filler', 'engine', 'axis', 'force_nd_im2col'];
const POOL_FIELDS = ['pool', 'pad', 'pad_h', 'pad_w', 'kernel_size', 'kernel_h', 'kernel_w', 'stride', 'stride_h', 'stride_w', 'engine', 'global_pooling', 'round_mode', 'ceil_mode'];

const AXES = 2;

export interface ReadLayer {
  /** The type as Caffe names it today (`Convolution`, also for V1's CONVOLUTION). */
  readonly type: string;
  readonly spec: LayerSpec;
}

/** The type a layer names: a V2 string, or a V1 enum (`CONVOLUTION`, or its number). */
export function layerType(layer: MessageReader, legacy: boolean): { readonly type: string; readonly at: Position } | Diagnostic {
  const field = layer.last('type');
  if (!field) return layer.missing('type', legacy ? 'type: CONVOLUTION' : 'type: "Convolution"');
  const v = field.value;
  if (!legacy) {
    if (v.kind !== 'string') return layer.invalid(field, `must be a quoted string, e.g. \`type: "Convolution"\``);
    return { type: v.value, at: v.at };
  }
  if (v.kind === 'ident' && V1_TYPES[v.value]) return { type: V1_TYPES[v.value]!, at: v.at };
  if (v.kind === 'number' && V1_NUMBERS[v.value]) return { type: V1_TYPES[V1_NUMBERS[v.value]!]!, at: v.at };
  if (v.kind === 'ident') {
    return error(CODES.unknownType, `${layer.where}: unknown legacy layer type \`${v.value}\`${didYouMean(v.value, Object.keys(V1_TYPES))}`, v.at);
  }
  return layer.invalid(field, 'in legacy `layers { }` is an enum name, e.g. `type: CONVOLUTION`');
}

/** How an unknown type maps positions, when the user vouched for it. */
export type Assumed = 'pointwise' | 'global';

export function knownType(type: string): boolean {
  return TYPES.has(type);
}

/** Whether a known type is a data layer (it writes blobs and reads none). */
export function isDataLayer(type: string): boolean {
  return TYPES.get(type)?.family === 'data' || type === 'Input';
}

export function unknownType(layer: MessageReader, type: string, at: Position): Diagnostic {
  if (type === 'Python') {
    // One type for every Python layer: pointwise would be a claim about code rflint never reads.
    return error(
      CODES.unknownType,
      `${layer.where}: a Python layer reads its bottoms with code rflint does not run or read (py-faster-rcnn's proposal and target layers see every position); say so with \`--assume Python=global\` (rules: \`assume: { Python: global }\`)`,
      at,
    );
  }
  const hint = didYouMean(type, [...TYPES.keys()]);
  return error(
    CODES.unknownType,
    `${layer.where}: unknown layer type \`${type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${type}=pointwise\` (rules: \`assume: { ${type}: pointwise }\`), or \`=global\` if it sees the whole input`,
    at,
  );
}

/** Reads a known type's parameters into its geometry. */
export function readLayer(layer: MessageReader, type: string, bottoms: number): ReadLayer | Diagnostic {
  const entry = TYPES.get(type)!;
  const done = (spec: LayerSpec): ReadLayer => ({ type, spec });
  switch (entry.family) {
    case 'data':
      return done({ kind: 'data', ...dataShape(layer) });
    case 'input': {
      const param = layer.message('input_param');
      if (isProblem(param)) return param;
      if (!param) return done({ kind: 'data' });
      const unknown = param.unknown(['shape']);
      if (unknown) return unknown;
      const shapes = param.messages('shape');
      const first = shapes[0];
      if (!first) return done({ kind: 'data' });
      if (isProblem(first)) return first;
      const dims = first.ints('dim');
      if (isProblem(dims)) return dims;
      return done({ kind: 'data', shape: dims });
    }
    case 'conv':
    case 'deconv': {
      const param = layer.message('convolution_param');
      if (isProblem(param)) return param;
      if (!param) return layer.missing('convolution_param', 'convolution_param { num_output: 64 kernel_size: 3 }');
      const unknown = param.unknown(CONV_FIELDS);
      if (unknown) return unknown;
      const axis = param.int('axis', 1);
      if (isProblem(axis)) return axis;
      if (axis !== 1 && axis !== -3) return param.invalid(param.last('axis')!, 'other than 1 (the channels of N, C, H, W) is not read by rflint');
      const kernel = perAxis(param, 'kernel_size', 'kernel_h', 'kernel_w', undefined, 1);
      if (isProblem(kernel)) return kernel;
      const stride = perAxis(param, 'stride', 'stride_h', 'stride_w', 1, 1);
      if (isProblem(stride)) return stride;
      const pad = perAxis(param, 'pad', 'pad_h', 'pad_w', 0, 0);
      if (isProblem(pad)) return pad;
      const dilation = perAxis(param, 'dilation', undefined, undefined, 1, 1);
      if (isProblem(dilation)) return dilation;
      return done({ kind: entry.family === 'conv' ? 'window' : 'deconv', kernel, stride, pad, dilation });
    }
    case 'pool': {
      const param = layer.message('pooling_param');
      if (isProblem(param)) return param;
      if (!param) return layer.missing('pooling_param', 'pooling_param { pool: MAX kernel_size: 3 stride: 2 }');
      const unknown = param.unknown(POOL_FIELDS);
      if (unknown) return unknown;
      const pool = param.enumOf('pool', ['MAX', 'AVE', 'STOCHASTIC'], 'MAX', { 0: 'MAX', 1: 'AVE', 2: 'STOCHASTIC' });
      if (isProblem(pool)) return pool;
      const global = param.bool('global_pooling', false);
      if (isProblem(global)) return global;
      if (global) return done({ kind: 'global', reason: `Pooling (global_pooling, ${pool})` });
      const kernel = perAxis(param, 'kernel_size', 'kernel_h', 'kernel_w', undefined, 1);
      if (isProblem(kernel)) return kernel;
      const stride = perAxis(param, 'stride', 'stride_h', 'stride_w', 1, 1);
      if (isProblem(stride)) return stride;
      const pad = perAxis(param, 'pad', 'pad_h', 'pad_w', 0, 0);
      if (isProblem(pad)) return pad;
      const round = param.enumOf('round_mode', ['CEIL', 'FLOOR'], 'CEIL', { 0: 'CEIL', 1: 'FLOOR' });
      if (isProblem(round)) return round;
      const ceil = param.bool('ceil_mode', round === 'CEIL');
      if (isProblem(ceil)) return ceil;
      const badPad = pad.findIndex((p, a) => p >= kernel[a]!);
      if (badPad >= 0) return param.invalid(param.last('pad') ?? param.last(badPad === 0 ? 'pad_h' : 'pad_w')!, `must be below the kernel size (${kernel[badPad]}), as Caffe checks`);
      return done({ kind: 'window', kernel, stride, pad, dilation: [1, 1], pool: pool === 'AVE' ? 'avg' : 'max', ...(ceil ? { caffeCeil: true } : {}) });
    }
    case 'pointwise':
      return done({ kind: 'pointwise' });
    case 'scale':
      // With a second bottom, Scale multiplies by it (broadcast): the gate of squeeze-and-excitation.
      return done(bottoms > 1 ? { kind: 'merge', merge: 'mul' } : { kind: 'pointwise' });
    case 'global':
      return done({ kind: 'global', reason: entry.reason! });
    case 'upsample': {
      const param = layer.message('upsample_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['scale', 'scale_h', 'scale_w', 'pad_out_h', 'pad_out_w', 'upsample_h', 'upsample_w']);
      if (unknown) return unknown;
      const sized = param?.last('upsample_h') ?? param?.last('upsample_w');
      if (sized) {
        // SegNet: the output size, with the pool's mask as the second bottom (build.ts reads the pool).
        if (bottoms < 2) return param!.invalid(sized, 'sets the output size of SegNet\'s max-unpooling, which reads the pooling mask as a second bottom; give it (`bottom: "pool1_mask"`), or the factor with `scale: 2`');
        const h = param!.int('upsample_h', 0);
        if (isProblem(h)) return h;
        const w = param!.int('upsample_w', 0);
        if (isProblem(w)) return w;
        if (h < 2 || w < 2) return param!.invalid(sized, 'needs both `upsample_h` and `upsample_w`, each above 1 (as SegNet checks)');
        return done({ kind: 'upsample', factor: [2, 2], size: [h, w] });
      }
      const factor = param ? perAxis(param, 'scale', 'scale_h', 'scale_w', 2, 1) : [2, 2];
      if (isProblem(factor)) return factor;
      return done({ kind: 'upsample', factor });
    }
    case 'sink':
      return done({ kind: 'sink' });
    case 'interp': {
      const param = layer.message('interp_param');
      if (isProblem(param)) return param;
      if (!param) return layer.missing('interp_param', 'interp_param { zoom_factor: 8 }');
      const unknown = param.unknown(['height', 'width', 'zoom_factor', 'shrink_factor', 'pad_beg', 'pad_end']);
      if (unknown) return unknown;
      const values: Record<string, number | undefined> = {};
      for (const key of ['height', 'width', 'zoom_factor', 'shrink_factor']) {
        if (!param.has(key)) continue;
        const v = param.int(key, 1);
        if (isProblem(v)) return v;
        if (v < 1) return param.invalid(param.last(key)!, 'must be at least 1, as Caffe checks');
        values[key] = v;
      }
      const padBeg = param.int('pad_beg', 0);
      if (isProblem(padBeg)) return padBeg;
      const padEnd = param.int('pad_end', 0);
      if (isProblem(padEnd)) return padEnd;
      for (const [key, v] of [['pad_beg', padBeg], ['pad_end', padEnd]] as const) {
        if (v > 0) return param.invalid(param.last(key)!, 'must be 0 or negative (a crop), as Caffe checks');
      }
      const { height, width, zoom_factor: zoom, shrink_factor: shrink } = values;
      const sized = height !== undefined && width !== undefined;
      if (zoom === undefined && shrink === undefined && !sized) return layer.missing('interp_param', 'interp_param { zoom_factor: 8 } (or shrink_factor, or height and width)');
      return done({ kind: 'interp', padBeg, padEnd, ...(zoom !== undefined || shrink !== undefined ? { ...(zoom !== undefined ? { zoom } : {}), ...(shrink !== undefined ? { shrink } : {}) } : { size: [height!, width!] }) });
    }
    case 'axpy':
      if (bottoms !== 3) return error(CODES.invalidValue, `${layer.where}: an Axpy takes three bottoms (the per-channel scale a, then x and y: a·x + y), got ${bottoms}`, layer.at);
      return done({ kind: 'axpy' });
    case 'eltwise': {
      const param = layer.message('eltwise_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['operation', 'coeff', 'stable_prod_grad']);
      if (unknown) return unknown;
      const operation = param ? param.enumOf('operation', ['PROD', 'SUM', 'MAX'], 'SUM', { 0: 'PROD', 1: 'SUM', 2: 'MAX' }) : 'SUM';
      if (isProblem(operation)) return operation;
      return done({ kind: 'merge', merge: operation === 'PROD' ? 'mul' : operation === 'SUM' ? 'add' : 'max' });
    }
    case 'concat': {
      const param = layer.message('concat_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['axis', 'concat_dim']);
      if (unknown) return unknown;
      const axis = param ? (param.has('axis') ? param.int('axis', 1) : param.int('concat_dim', 1)) : 1;
      if (isProblem(axis)) return axis;
      // One bottom (valid Caffe, written by Darknet→Caffe converters for a one-layer [route]): a copy.
      if (bottoms === 1) return done({ kind: 'pointwise' });
      if (axis === 1 || axis === -3) return done({ kind: 'merge', merge: 'concat' });
      if (axis === 0 || axis === -4) return done({ kind: 'merge', merge: 'concat (batch)' });
      // Along a spatial axis the inputs sit side by side: each keeps its own positions only when
      // they are already global (SSD's flattened heads); rflint does not map such a concat.
      return done({ kind: 'global', reason: `Concat along axis ${axis}` });
    }
    case 'crop': {
      const param = layer.message('crop_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['axis', 'offset']);
      if (unknown) return unknown;
      if (bottoms !== 2) return error(CODES.invalidValue, `${layer.where}: a Crop takes two bottoms (the blob to crop and the one whose shape it takes), got ${bottoms}`, layer.at);
      const axis = param ? param.int('axis', 2) : 2;
      if (isProblem(axis)) return axis;
      const offset = param ? param.ints('offset', 0) : [];
      if (isProblem(offset)) return offset;
      const start = axis < 0 ? axis + 2 + AXES : axis;
      if (start < 0 || start >= 2 + AXES) return param!.invalid(param!.last('axis')!, `must be an axis of N, C, H, W (0–3 or −4…−1), got ${axis}`);
      const cropped = 2 + AXES - start;
      if (offset.length > 1 && offset.length !== cropped) {
        return param!.invalid(param!.last('offset')!, `gives ${offset.length} values for the ${cropped} axes from axis ${start}: give one for all, or one per axis`);
      }
      const offsets = Array.from({ length: AXES }, (_, a) => (2 + a < start ? undefined : offset.length === 0 ? 0 : offset.length === 1 ? offset[0]! : offset[2 + a - start]!));
      return done({ kind: 'crop', offsets });
    }
    case 'flatten': {
      const param = layer.message('flatten_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['axis', 'end_axis']);
      if (unknown) return unknown;
      const axis = param ? param.int('axis', 1) : 1;
      if (isProblem(axis)) return axis;
      const end = param ? param.int('end_axis', -1) : -1;
      if (isProblem(end)) return end;
      const [first, last] = [normalise(axis), normalise(end)];
      // Flattening one axis, or only the batch and channels, keeps every position in place.
      const spatial = last >= 2 && first < last;
      return done(spatial ? { kind: 'global', reason: `Flatten (axes ${first}–${last})` } : { kind: 'pointwise' });
    }
    case 'reshape': {
      const param = layer.message('reshape_param');
      if (isProblem(param)) return param;
      if (!param) return done({ kind: 'pointwise' });
      const unknown = param.unknown(['shape', 'axis', 'num_axes']);
      if (unknown) return unknown;
      const shape = param.message('shape');
      if (isProblem(shape)) return shape;
      const dims = shape ? shape.ints('dim') : [];
      if (isProblem(dims)) return dims;
      const axis = param.int('axis', 0);
      if (isProblem(axis)) return axis;
      const numAxes = param.int('num_axes', -1, -1);
      if (isProblem(numAxes)) return numAxes;
      const start = axis < 0 ? axis + 2 + AXES + 1 : axis;
      const end = numAxes === -1 ? 2 + AXES : start + numAxes;
      // The spatial axes keep their place when the reshape leaves them out of its range, or
      // copies them (`dim: 0`) at the same place.
      const keeps = dims.length === end - start && [2, 3].every((a) => a < start || a >= end || dims[a - start] === 0);
      return done(keeps ? { kind: 'pointwise' } : { kind: 'global', reason: `Reshape (to ${dims.join(', ')})` });
    }
    case 'permute': {
      const param = layer.message('permute_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['order']);
      if (unknown) return unknown;
      const order = param ? param.ints('order', 0) : [];
      if (isProblem(order)) return order;
      // SSD's Permute: unlisted axes follow in their order.
      const full = [...order, ...[0, 1, 2, 3].filter((a) => !order.includes(a))];
      return done(full[2] === 2 && full[3] === 3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Permute (order ${full.join(', ')} moves the spatial axes)` });
    }
    case 'softmax': {
      const param = layer.message('softmax_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['engine', 'axis']);
      if (unknown) return unknown;
      const axis = param ? param.int('axis', 1) : 1;
      if (isProblem(axis)) return axis;
      return done(axis === 1 || axis === -3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Softmax over axis ${axis}` });
    }
    case 'lrn': {
      const param = layer.message('lrn_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['local_size', 'alpha', 'beta', 'norm_region', 'k', 'engine']);
      if (unknown) return unknown;
      const region = param ? param.enumOf('norm_region', ['ACROSS_CHANNELS', 'WITHIN_CHANNEL'], 'ACROSS_CHANNELS', { 0: 'ACROSS_CHANNELS', 1: 'WITHIN_CHANNEL' }) : 'ACROSS_CHANNELS';
      if (isProblem(region)) return region;
      if (region === 'ACROSS_CHANNELS') return done({ kind: 'pointwise' });
      const size = param!.int('local_size', 5, 1);
      if (isProblem(size)) return size;
      if (size % 2 === 0) return param!.invalid(param!.last('local_size')!, `must be odd for WITHIN_CHANNEL, got ${size}`);
      // Caffe: an AVE pool of the squares, local_size wide, stride 1, pad (local_size − 1)/2.
      const p = (size - 1) / 2;
      return done({ kind: 'window', kernel: [size, size], stride: [1, 1], pad: [p, p], dilation: [1, 1], pool: 'avg', caffeCeil: true });
    }
    case 'normalize': {
      const param = layer.message('norm_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['across_spatial', 'scale_filler', 'channel_shared', 'eps']);
      if (unknown) return unknown;
      const across = param ? param.bool('across_spatial', true) : true;
      if (isProblem(across)) return across;
      return done(across ? { kind: 'global', reason: 'Normalize (across_spatial)' } : { kind: 'pointwise' });
    }
    case 'slice': {
      const param = layer.message('slice_param');
      if (isProblem(param)) return param;
      const unknown = param?.unknown(['axis', 'slice_point', 'slice_dim']);
      if (unknown) return unknown;
      const axis = param ? (param.has('axis') ? param.int('axis', 1) : param.int('slice_dim', 1)) : 1;
      if (isProblem(axis)) return axis;
      if (axis === 1 || axis === -3 || axis === 0 || axis === -4) return done({ kind: 'pointwise' });
      return error(CODES.unsupported, `${layer.where}: a Slice along axis ${axis} (a spatial axis) is not read by rflint; slice channels (axis 1), or check an ONNX export`, layer.at);
    }
  }
}

function normalise(axis: number): number {
  return axis < 0 ? axis + 2 + AXES : axis;
}

/** Data layers: the size a crop or a MemoryData/DummyData layer fixes. */
function dataShape(layer: MessageReader): { shape?: readonly number[] } {
  const int = (m: MessageReader | Diagnostic | undefined, name: string): number | undefined => {
    if (!m || isProblem(m)) return undefined;
    const v = m.int(name, 0);
    return typeof v === 'number' && v > 0 ? v : undefined;
  };
  const memory = layer.message('memory_data_param');
  const h = int(memory, 'height');
  const w = int(memory, 'width');
  if (h && w) return { shape: [1, 1, h, w] };
  const crop = int(layer.message('transform_param'), 'crop_size');
  if (crop) return { shape: [1, 1, crop, crop] };
  const dummy = layer.message('dummy_data_param');
  if (dummy && !isProblem(dummy)) {
    const shape = dummy.messages('shape')[0];
    if (shape && !isProblem(shape)) {
      const dims = shape.ints('dim');
      if (!isProblem(dims) && dims.length === 4) return { shape: dims };
    }
  }
  return {};
}

/**
 * A per-axis parameter: `name` repeated (one value for all axes or one per axis), or the 2-D
 * `name_h`/`name_w` pair, which Caffe does not allow together with it.
 */
function perAxis(param: MessageReader, name: string, h: string | undefined, w: string | undefined, fallback: number | undefined, min: number): number[] | Diagnostic {
  const values = param.ints(name, min);
  if (isProblem(values)) return values;
  if (h && w && (param.has(h) || param.has(w))) {
    if (values.length > 0) return param.invalid(param.last(h) ?? param.last(w)!, `cannot be given with \`${name}\`; give either \`${name}\` or \`${h}\` and \`${w}\``);
    if (fallback === undefined && !(param.has(h) && param.has(w))) return param.missing(param.has(h) ? w : h, `${h}: 3 ${w}: 3`);
    const vh = param.int(h, fallback ?? 0, min);
    if (isProblem(vh)) return vh;
    const vw = param.int(w, fallback ?? 0, min);
    if (isProblem(vw)) return vw;
    return [vh, vw];
  }
  if (values.length === 0) {
    if (fallback === undefined) return param.missing(name, `${name}: 3`);
    return [fallback, fallback];
  }
  if (values.length === 1) return [values[0]!, values[0]!];
  if (values.length === AXES) return values;
  return param.invalid(param.all(name)[AXES]!, `is given ${values.length} times: give one value for both spatial axes, or one per axis (height, width)`);
}
