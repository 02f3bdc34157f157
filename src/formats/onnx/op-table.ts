/**
 * Every ONNX operator the loader knows, one record each: how it maps positions on the data path
 * (ops.ts), the shape of its outputs (shapes.ts), whether it combines several data-path inputs
 * position by position, and how it folds to a constant (evaluate.ts). The walk (walk.ts) asks
 * only this table, so an op's knowledge cannot drift apart across lists: a mapped op without a
 * shape rule, say, is a test failure (test/formats/onnx/op-table.test.ts), not a silent unknown
 * shape after it. Semantics follow https://onnx.ai/onnx/operators/.
 */
import { type ConstTensor, type EvalContext, type Fold, foldBinary, foldCast, foldConcat, foldConstant, foldConstantOfShape, foldExpand, foldFlatten, foldGather, foldIdentity, foldNot, foldRange, foldReduce, foldReshape, foldShape, foldSize, foldSlice, foldSplit, foldSqueeze, foldTile, foldTranspose, foldUnary, foldVariadic, foldWhere, roundHalfEven } from './evaluate.js';
import { type Handler, averagePool, concat, conv, convTranspose, depthToSpace, expand, flatten, gather, gemm, globalPool, keep, lpPool, matMul, maxPool, padOp, qlinearConv, reduce, reshape, resizeOp, slice, softmax, spaceToDepth, split, squeeze, transpose, unsqueeze } from './ops.js';
import type { OnnxNode } from './proto.js';
import { type Shape, type ShapeContext, type ShapeRule, blockShape, broadcastShape, concatShape, constantOfShapeShape, convShape, convTransposeShapeRule, expandShape, flattenShape, gatherShape, gemmShape, globalPoolShape, matMulShapeRule, padShapeRule, poolShape, reduceShapeRule, reshapeShape, resizeShapeRule, sameShape, scalarShape, shapeOpShape, sliceShapeRule, splitShape, squeezeShape, tileShape, transposeShape, unsqueezeShape } from './shapes.js';

export interface OnnxOp {
  /** How output positions read the data input (the op's first input that depends on the image). */
  readonly geometry?: Handler;
  /** The output shapes from the inputs' shapes (and constant inputs' values). */
  readonly shape?: ShapeRule;
  /** Several data-path inputs are combined position by position (a residual Add, a Concat of channels). */
  readonly merges?: boolean;
  /** Its value when every input it reads is a constant (shape arithmetic, geometry parameters). */
  readonly fold?: Fold;
}

/** One input, position u reads position u, the output has its shape: activations, norms, casts. */
const unary = (fold?: Fold): OnnxOp => ({ geometry: keep, shape: sameShape, ...(fold ? { fold } : {}) });
/** Elementwise over broadcast inputs: with one data input and constants, pointwise; with several, a merge. */
const elementwise = (fold?: Fold): OnnxOp => ({ geometry: keep, shape: broadcastShape, merges: true, ...(fold ? { fold } : {}) });
const reduction = (fold?: Fold): OnnxOp => ({ geometry: reduce, shape: reduceShapeRule, ...(fold ? { fold } : {}) });

const add = (x: number, y: number) => x + y;

const RECORDS: Readonly<Record<string, OnnxOp>> = {
  // Activations and other elementwise ops of one input.
  Abs: unary(foldUnary(Math.abs)),
  Acos: unary(),
  Acosh: unary(),
  Affine: unary(),
  Asin: unary(),
  Asinh: unary(),
  Atan: unary(),
  Atanh: unary(),
  BitwiseNot: unary(),
  Ceil: unary(foldUnary(Math.ceil)),
  Celu: unary(),
  Clip: unary(),
  Cos: unary(),
  Cosh: unary(),
  Elu: unary(),
  Erf: unary(),
  Exp: unary(),
  Floor: unary(foldUnary(Math.floor)),
  Gelu: unary(),
  HardSigmoid: unary(),
  HardSwish: unary(),
  ImageScaler: unary(),
  IsInf: unary(),
  IsNaN: unary(),
  LeakyRelu: unary(),
  Log: unary(),
  Mish: unary(),
  Neg: unary(foldUnary((x) => -x)),
  Not: unary(foldNot),
  PRelu: { ...unary(), merges: true },
  Reciprocal: unary(foldUnary((x) => 1 / x, false)),
  Relu: unary(),
  Round: unary(foldUnary(roundHalfEven)),
  Scale: unary(),
  ScaledTanh: unary(),
  Selu: unary(),
  Shrink: unary(),
  Sigmoid: unary(),
  Sign: unary(),
  Sin: unary(),
  Sinh: unary(),
  Softplus: unary(),
  Softsign: unary(),
  Sqrt: unary(foldUnary(Math.sqrt, false)),
  Swish: unary(),
  Tan: unary(),
  Tanh: unary(),
  ThresholdedRelu: unary(),
  // Casts, quantisation, identity and dropout keep every position.
  Cast: unary(foldCast),
  CastLike: unary(foldCast),
  DequantizeLinear: unary(),
  Dropout: unary(),
  Identity: unary(foldIdentity),
  QuantizeLinear: unary(),
  // Normalisations: their statistics are not counted in the RF (as for BatchNorm in training),
  // the convention of the gradient-measured RF with norms as identity. LRN runs across channels.
  BatchNormalization: unary(),
  GroupNormalization: unary(),
  InstanceNormalization: unary(),
  LayerNormalization: unary(),
  LRN: unary(),
  MeanVarianceNormalization: unary(),
  RMSNormalization: unary(),
  SimplifiedLayerNormalization: unary(),
  SkipLayerNormalization: unary(),

  // Elementwise ops of several inputs: constants (biases, scales, slopes) or merged feature maps.
  Add: elementwise(foldBinary(add)),
  Sub: elementwise(foldBinary((x, y) => x - y)),
  Mul: elementwise(foldBinary((x, y) => x * y)),
  // Integer division truncates (as onnxruntime and C do); exporters floor explicitly when they mean it.
  Div: elementwise(foldBinary((x, y, int) => (int ? Math.trunc(x / y) : x / y))),
  // Mod: the sign of the divisor (Python's %) unless fmod=1 (C's fmod, the dividend's sign).
  Mod: elementwise(foldBinary((x, y, _int, node) => (node.attributes.get('fmod')?.i === 1 ? x % y : ((x % y) + y) % y))),
  Pow: elementwise(foldBinary((x, y) => x ** y)),
  Equal: elementwise(foldBinary((x, y) => (x === y ? 1 : 0), true)),
  Less: elementwise(foldBinary((x, y) => (x < y ? 1 : 0), true)),
  LessOrEqual: elementwise(foldBinary((x, y) => (x <= y ? 1 : 0), true)),
  Greater: elementwise(foldBinary((x, y) => (x > y ? 1 : 0), true)),
  GreaterOrEqual: elementwise(foldBinary((x, y) => (x >= y ? 1 : 0), true)),
  And: elementwise(foldBinary((x, y) => (x && y ? 1 : 0), true)),
  Or: elementwise(foldBinary((x, y) => (x || y ? 1 : 0), true)),
  Xor: elementwise(),
  BitShift: elementwise(),
  BitwiseAnd: elementwise(),
  BitwiseOr: elementwise(),
  BitwiseXor: elementwise(),
  Max: elementwise(foldVariadic(Math.max)),
  Min: elementwise(foldVariadic(Math.min)),
  Sum: elementwise(foldVariadic((...xs) => xs.reduce(add, 0))),
  Mean: elementwise(foldVariadic((...xs) => xs.reduce(add, 0) / xs.length, false)),
  Where: elementwise(foldWhere),

  // Windows: convolutions and pools.
  Conv: { geometry: conv, shape: convShape(1) },
  ConvInteger: { geometry: conv, shape: convShape(1) },
  QLinearConv: { geometry: qlinearConv, shape: convShape(3) },
  MaxPool: { geometry: maxPool, shape: poolShape },
  AveragePool: { geometry: averagePool, shape: poolShape },
  LpPool: { geometry: lpPool, shape: poolShape },
  ConvTranspose: { geometry: convTranspose, shape: convTransposeShapeRule },
  GlobalAveragePool: { geometry: globalPool, shape: globalPoolShape },
  GlobalMaxPool: { geometry: globalPool, shape: globalPoolShape },
  GlobalLpPool: { geometry: globalPool, shape: globalPoolShape },

  // Moving positions: pads, crops, resizes, blocks.
  Pad: { geometry: padOp, shape: padShapeRule },
  Slice: { geometry: slice, shape: sliceShapeRule, fold: foldSlice },
  Resize: { geometry: resizeOp, shape: resizeShapeRule },
  Upsample: { geometry: resizeOp, shape: resizeShapeRule },
  SpaceToDepth: { geometry: spaceToDepth, shape: blockShape(false) },
  DepthToSpace: { geometry: depthToSpace, shape: blockShape(true) },

  // Layout: what they do depends on which dims are spatial.
  Concat: { geometry: concat, shape: concatShape, merges: true, fold: foldConcat },
  Flatten: { geometry: flatten, shape: flattenShape, fold: foldFlatten },
  Reshape: { geometry: reshape, shape: reshapeShape, fold: foldReshape },
  Transpose: { geometry: transpose, shape: transposeShape, fold: foldTranspose },
  Squeeze: { geometry: squeeze, shape: squeezeShape, fold: foldSqueeze },
  Unsqueeze: { geometry: unsqueeze, shape: unsqueezeShape, fold: foldSqueeze },
  Gather: { geometry: gather, shape: gatherShape, fold: foldGather },
  Split: { geometry: split, shape: splitShape, fold: foldSplit },
  Expand: { geometry: expand, shape: expandShape, fold: foldExpand },

  // Dense layers and products.
  Gemm: { geometry: gemm, shape: gemmShape },
  MatMul: { geometry: matMul, shape: matMulShapeRule },
  MatMulInteger: { geometry: matMul, shape: matMulShapeRule },

  // Over an axis: global when the axis is spatial.
  Softmax: { geometry: softmax, shape: sameShape },
  LogSoftmax: { geometry: softmax, shape: sameShape },
  Hardmax: { geometry: softmax, shape: sameShape },
  ReduceMean: reduction(),
  ReduceMax: reduction(foldReduce(Math.max)),
  ReduceMin: reduction(foldReduce(Math.min)),
  ReduceSum: reduction(foldReduce(add)),
  ReduceProd: reduction(foldReduce((p, q) => p * q)),
  ReduceL1: reduction(),
  ReduceL2: reduction(),
  ReduceLogSum: reduction(),
  ReduceLogSumExp: reduction(),
  ReduceSumSquare: reduction(),
  ArgMax: reduction(),
  ArgMin: reduction(),

  // Off the data path: constants and shape arithmetic.
  Constant: { fold: foldConstant },
  ConstantOfShape: { shape: constantOfShapeShape, fold: foldConstantOfShape },
  Range: { fold: foldRange },
  Shape: { shape: shapeOpShape, fold: foldShape },
  Size: { shape: scalarShape, fold: foldSize },
  Tile: { shape: tileShape, fold: foldTile },
};

export const ONNX_OPS: ReadonlyMap<string, OnnxOp> = new Map(Object.entries(RECORDS));

/** The output shapes of `node` (one per output), each undefined when its rank is unknown. */
export function inferShapes(node: OnnxNode, ctx: ShapeContext): (Shape | undefined)[] {
  const rule = ONNX_OPS.get(node.opType)?.shape;
  return rule ? rule(node, ctx) : node.outputs.map(() => undefined);
}

/** The values of every output of `node`, for the ops that fold; undefined where unknown. */
export function evaluate(node: OnnxNode, ctx: EvalContext): (ConstTensor | undefined)[] | undefined {
  const out = ONNX_OPS.get(node.opType)?.fold?.(node, ctx);
  if (out === undefined) return undefined;
  return Array.isArray(out) ? out : [out];
}
