/**
 * TensorFlow ops by how they map positions, as the TF.js converter writes them into a graph
 * model (tfjs-converter's op list; TF's own op definitions for the attributes and their
 * defaults). Ops that consume only constants are folded away by the builder, so only ops on a
 * path from a Placeholder are looked up here.
 */

/** Activations, normalisations, casts, elementwise math: output u reads input u. */
export const POINTWISE_OPS: ReadonlySet<string> = new Set([
  'Abs', 'Acos', 'Acosh', 'Asin', 'Asinh', 'Atan', 'Atanh', 'BiasAdd', 'Cast', 'Ceil', 'ClipByValue', 'Cos', 'Cosh',
  'Elu', 'Erf', 'Exp', 'Expm1', 'Floor', 'FusedBatchNorm', 'FusedBatchNormV2', 'FusedBatchNormV3', 'Identity',
  'IsFinite', 'IsInf', 'IsNan', 'LRN', 'LeakyRelu', 'Log', 'Log1p', 'LogicalNot', 'Neg', 'OnesLike', 'Prelu',
  'Reciprocal', 'Relu', 'Relu6', 'Round', 'Rsqrt', 'Selu', 'Sigmoid', 'Sign', 'Sin', 'Sinh', 'Snapshot', 'Softplus',
  'Softsign', 'Sqrt', 'Square', 'StopGradient', 'Swish', 'Tan', 'Tanh', 'ZerosLike',
]);

/**
 * Elementwise ops of several tensors: a merge when two or more inputs come from the data path
 * (a residual `AddV2`), pointwise when the others are constants (a scale, a bias).
 */
export const ELEMENTWISE_OPS: ReadonlySet<string> = new Set([
  'Add', 'AddN', 'AddV2', 'BiasAdd', 'Div', 'DivNoNan', 'Equal', 'FloorDiv', 'FloorMod', 'Greater', 'GreaterEqual',
  'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'Maximum', 'Minimum', 'Mod', 'Mul', 'NotEqual', 'Pow', 'RealDiv',
  'Select', 'SelectV2', 'SquaredDifference', 'Sub',
]);

/** Reductions: global over a spatial axis, pointwise over the channels. Axes are input 1. */
export const REDUCTION_OPS: ReadonlySet<string> = new Set(['Mean', 'Sum', 'Max', 'Min', 'Prod', 'All', 'Any']);

/** Ops that mix every position whatever they are given (dense layers, reshapes, transposes). */
export const GLOBAL_OPS: ReadonlySet<string> = new Set([
  'MatMul', '_FusedMatMul', 'BatchMatMul', 'BatchMatMulV2', 'Einsum', 'Reshape', 'Transpose', 'ExpandDims',
]);

/** Ops whose output carries no positions (a shape, a rank): what consumes them reads no data from them. */
export const SHAPE_OPS: ReadonlySet<string> = new Set(['Const', 'Shape', 'ShapeN', 'Size', 'Rank', 'NoOp']);

/** `_FusedConv2D`/`_FusedMatMul` `fused_ops` that act on each position alone. */
export const FUSED_POINTWISE: ReadonlySet<string> = new Set([
  'BiasAdd', 'Relu', 'Relu6', 'Elu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Prelu', 'FusedBatchNorm', 'Swish', 'Add',
]);

/** The ops with a window, by how the builder reads them. */
export const WINDOW_OPS = {
  Conv2D: 'conv',
  _FusedConv2D: 'conv',
  DepthwiseConv2dNative: 'conv',
  FusedDepthwiseConv2dNative: 'conv',
  MaxPool: 'pool',
  AvgPool: 'pool',
  Conv2DBackpropInput: 'deconv',
} as const;

export type WindowKind = (typeof WINDOW_OPS)[keyof typeof WINDOW_OPS];

export function windowKind(op: string): WindowKind | undefined {
  return Object.hasOwn(WINDOW_OPS, op) ? WINDOW_OPS[op as keyof typeof WINDOW_OPS] : undefined;
}

/** Every op the builder maps, for did-you-mean. */
export function knownOps(): string[] {
  return [
    ...POINTWISE_OPS, ...ELEMENTWISE_OPS, ...REDUCTION_OPS, ...GLOBAL_OPS, ...SHAPE_OPS, ...Object.keys(WINDOW_OPS),
    'Placeholder', 'Pad', 'PadV2', 'MirrorPad', 'ResizeNearestNeighbor', 'ResizeBilinear', 'SpaceToDepth', 'DepthToSpace',
    'ConcatV2', 'Concat', 'Split', 'SplitV', 'Squeeze', 'Softmax', 'LogSoftmax', 'IdentityN',
  ];
}
