/**
 * What each OpenVINO opset layer does to positions, from its `<data>` attributes and its ports'
 * dims (the operation specs in openvinotoolkit/openvino docs/articles_en/documentation/
 * openvino-ir-format/operation-sets/operation-specs). The weights and every other Const live in
 * the `.bin`, which is never read: a kernel is the weights port's last dims, a resize scale is
 * the output dims over the input dims, a Reshape or Transpose is worked out from the dims on both
 * sides (as the ONNX loader's reshape.ts does for ONNX), and a Pad's total from them too.
 *
 * - Convolution, GroupConvolution (weights [G, O, I, kh, kw]): strides, dilations, pads_begin,
 *   pads_end, auto_pad (explicit, valid, same_upper, same_lower).
 * - ConvolutionBackpropData, GroupConvolutionBackpropData: the same and output_padding; with
 *   auto_pad same_* (or an output_shape input) the cut is what brings the full output to the
 *   output port's dims, the extra pixel at the end (upper) or the start (lower).
 * - MaxPool (opset1, 8, 14), AvgPool (1, 14): kernel, strides, pads, dilations (8+),
 *   rounding_type floor, ceil (the last partial window is kept, as OpenVINO's ceil does) or
 *   ceil_torch (dropped when it starts in the end padding, as PyTorch does), auto_pad.
 * - Interpolate (1, 4, 11): mode, coordinate_transformation_mode, nearest_mode; antialias and
 *   the pillow modes widen the window when downsampling and are refused.
 * - Pad, Concat, DepthToSpace, SpaceToDepth, elementwise ops with broadcasting, activations.
 * - ReduceMean/Max/… over the spatial axes, MatMul, DetectionOutput, RegionYolo…: global.
 */
import type { Layout } from '../onnx/layout.js';

export type Family =
  | 'parameter'
  | 'const'
  | 'result'
  | 'conv'
  | 'groupconv'
  | 'deconv'
  | 'groupdeconv'
  | 'maxpool'
  | 'avgpool'
  | 'interpolate'
  | 'pad'
  | 'concat'
  | 'eltwise'
  | 'pointwise'
  | 'reshape'
  | 'transpose'
  | 'reduce'
  | 'softmax'
  | 'split'
  | 'slice'
  | 'shape'
  | 'depth_to_space'
  | 'space_to_depth'
  | 'global'
  /** Its effect depends on a Const in the .bin (NormalizeL2's axes, MVN-6's): `--assume` decides. */
  | 'axes';

const POINTWISE = [
  'ReLU', 'Relu', 'Clamp', 'Sigmoid', 'Tanh', 'Elu', 'Exp', 'Log', 'Sqrt', 'Abs', 'Negative', 'HSwish', 'HSigmoid', 'Swish', 'Mish', 'Gelu', 'SoftPlus',
  'SoftSign', 'PRelu', 'Selu', 'Erf', 'Floor', 'Ceiling', 'Round', 'Sign', 'Convert', 'ConvertLike', 'FakeQuantize', 'BatchNormInference', 'Identity',
  'LogicalNot', 'Sin', 'Cos', 'Acos', 'Asin', 'Atan', 'Sinh', 'Cosh', 'Asinh', 'Acosh', 'Atanh', 'Tan', 'IsNaN', 'IsInf', 'IsFinite', 'Select',
];
const ELTWISE = [
  'Add', 'Subtract', 'Multiply', 'Divide', 'Maximum', 'Minimum', 'Power', 'SquaredDifference', 'FloorMod', 'Mod', 'Equal', 'NotEqual', 'Greater',
  'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'LogicalXor',
];
export const GLOBAL_REASONS: Readonly<Record<string, string>> = {
  MatMul: 'MatMul (a product over a whole axis)',
  FullyConnected: 'FullyConnected',
  DetectionOutput: 'DetectionOutput (decoding and NMS over every box)',
  PriorBox: 'PriorBox (prior boxes from the sizes only)',
  PriorBoxClustered: 'PriorBoxClustered (prior boxes from the sizes only)',
  Proposal: 'Proposal (region proposals over every anchor)',
  RegionYolo: 'RegionYolo (the YOLO region layer)',
  ROIPooling: 'ROIPooling',
  ROIAlign: 'ROIAlign',
  PSROIPooling: 'PSROIPooling',
  NonMaxSuppression: 'NonMaxSuppression',
  TopK: 'TopK',
  Tile: 'Tile',
  Broadcast: 'Broadcast',
  ScaledDotProductAttention: 'ScaledDotProductAttention',
  LSTMSequence: 'LSTMSequence',
  GRUSequence: 'GRUSequence',
  RNNSequence: 'RNNSequence',
  Einsum: 'Einsum',
  CumSum: 'CumSum',
  GridSample: 'GridSample (sampling positions from a tensor)',
  AdaptiveAvgPool: 'AdaptiveAvgPool (windows from the input size)',
  AdaptiveMaxPool: 'AdaptiveMaxPool (windows from the input size)',
  GroupNormalization: 'GroupNormalization (normalised over all positions)',
};

export const FAMILIES: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['Parameter', 'parameter'],
  ['Const', 'const'],
  ['Result', 'result'],
  ['Convolution', 'conv'],
  ['GroupConvolution', 'groupconv'],
  ['ConvolutionBackpropData', 'deconv'],
  ['GroupConvolutionBackpropData', 'groupdeconv'],
  ['MaxPool', 'maxpool'],
  ['AvgPool', 'avgpool'],
  ['Interpolate', 'interpolate'],
  ['Pad', 'pad'],
  ['Concat', 'concat'],
  ['Reshape', 'reshape'],
  ['Squeeze', 'reshape'],
  ['Unsqueeze', 'reshape'],
  ['Transpose', 'transpose'],
  ['ReduceMean', 'reduce'],
  ['ReduceMax', 'reduce'],
  ['ReduceMin', 'reduce'],
  ['ReduceSum', 'reduce'],
  ['ReduceProd', 'reduce'],
  ['ReduceL1', 'reduce'],
  ['ReduceL2', 'reduce'],
  ['Softmax', 'softmax'],
  // IR v10 (OpenVINO 2020.4–2022) writes opset1's softmax as `SoftMax`.
  ['SoftMax', 'softmax'],
  ['LogSoftmax', 'softmax'],
  ['Split', 'split'],
  ['VariadicSplit', 'split'],
  ['StridedSlice', 'slice'],
  ['Slice', 'slice'],
  ['Gather', 'slice'],
  ['ShapeOf', 'shape'],
  ['DepthToSpace', 'depth_to_space'],
  ['SpaceToDepth', 'space_to_depth'],
  ['NormalizeL2', 'axes'],
  ['MVN', 'axes'],
  ...POINTWISE.map((t): [string, Family] => [t, 'pointwise']),
  ...ELTWISE.map((t): [string, Family] => [t, 'eltwise']),
  ...Object.keys(GLOBAL_REASONS).map((t): [string, Family] => [t, 'global']),
]);

/** NCHW: batch, channels, then height and width. */
export const NCHW: Layout = [null, null, 0, 1];
/** NHWC: what TensorFlow models' inputs are before the converter's Transpose. */
export const NHWC: Layout = [null, 0, 1, null];

/**
 * The permutations p with out[i] = in[p[i]]: one when the dims are distinct, several when some
 * repeat (a square feature map's height and width). Bounded: rank ≤ 8 is all an IR uses here.
 */
export function permutations(inDims: readonly number[], outDims: readonly number[], limit = 64): number[][] {
  const found: number[][] = [];
  if (inDims.length !== outDims.length || inDims.length > 8) return found;
  const used = new Array<boolean>(inDims.length).fill(false);
  const perm: number[] = [];
  const walk = (i: number): void => {
    if (found.length >= limit) return;
    if (i === outDims.length) {
      found.push([...perm]);
      return;
    }
    for (let j = 0; j < inDims.length; j++) {
      if (used[j] || inDims[j] !== outDims[i]) continue;
      used[j] = true;
      perm.push(j);
      walk(i + 1);
      perm.pop();
      used[j] = false;
    }
  };
  walk(0);
  return found;
}
