/**
 * TFLite's builtin operators by how they map positions (BuiltinOperator values and the options
 * tables' fields from schema.fbs), in one place: the reader (tables.ts) reads the options listed
 * here, the builder (build.ts) maps each op by its family here.
 */

export const OP = {
  ADD: 0, AVERAGE_POOL_2D: 1, CONCATENATION: 2, CONV_2D: 3, DEPTHWISE_CONV_2D: 4, DEPTH_TO_SPACE: 5, DEQUANTIZE: 6,
  FLOOR: 8, FULLY_CONNECTED: 9, L2_NORMALIZATION: 11, L2_POOL_2D: 12, LOCAL_RESPONSE_NORMALIZATION: 13, LOGISTIC: 14,
  MAX_POOL_2D: 17, MUL: 18, RELU: 19, RELU_N1_TO_1: 20, RELU6: 21, RESHAPE: 22, RESIZE_BILINEAR: 23, SOFTMAX: 25,
  SPACE_TO_DEPTH: 26, TANH: 28, CUSTOM: 32, PAD: 34, GATHER: 36, TRANSPOSE: 39, MEAN: 40, SUB: 41, DIV: 42, SQUEEZE: 43,
  STRIDED_SLICE: 45, EXP: 47, TOPK_V2: 48, SPLIT: 49, LOG_SOFTMAX: 50, CAST: 53, PRELU: 54, MAXIMUM: 55, ARG_MAX: 56,
  MINIMUM: 57, LESS: 58, NEG: 59, PADV2: 60, GREATER: 61, GREATER_EQUAL: 62, LESS_EQUAL: 63, SELECT: 64, SLICE: 65,
  SIN: 66, TRANSPOSE_CONV: 67, TILE: 69, EXPAND_DIMS: 70, EQUAL: 71, NOT_EQUAL: 72, LOG: 73, SUM: 74, SQRT: 75, RSQRT: 76,
  SHAPE: 77, POW: 78, ARG_MIN: 79, FAKE_QUANT: 80, REDUCE_PROD: 81, REDUCE_MAX: 82, PACK: 83, LOGICAL_OR: 84,
  LOGICAL_AND: 86, LOGICAL_NOT: 87, UNPACK: 88, REDUCE_MIN: 89, FLOOR_DIV: 90, SQUARE: 92, ZEROS_LIKE: 93, FLOOR_MOD: 95,
  RESIZE_NEAREST_NEIGHBOR: 97, LEAKY_RELU: 98, SQUARED_DIFFERENCE: 99, MIRROR_PAD: 100, ABS: 101, SPLIT_V: 102,
  CEIL: 104, ADD_N: 106, COS: 108, ELU: 111, QUANTIZE: 114, ROUND: 116, HARD_SWISH: 117, NON_MAX_SUPPRESSION_V4: 120,
  NON_MAX_SUPPRESSION_V5: 121, SELECT_V2: 123, BATCH_MATMUL: 126, GELU: 150, RELU_0_TO_1: 152, SIGN: 158,
} as const;

/** Every BuiltinOperator by its value (0 … 161, schema.fbs), for messages and `--assume`. */
const BUILTIN_NAMES: readonly string[] = [
  'ADD', 'AVERAGE_POOL_2D', 'CONCATENATION', 'CONV_2D', 'DEPTHWISE_CONV_2D', 'DEPTH_TO_SPACE', 'DEQUANTIZE',
  'EMBEDDING_LOOKUP', 'FLOOR', 'FULLY_CONNECTED', 'HASHTABLE_LOOKUP', 'L2_NORMALIZATION', 'L2_POOL_2D',
  'LOCAL_RESPONSE_NORMALIZATION', 'LOGISTIC', 'LSH_PROJECTION', 'LSTM', 'MAX_POOL_2D', 'MUL', 'RELU', 'RELU_N1_TO_1',
  'RELU6', 'RESHAPE', 'RESIZE_BILINEAR', 'RNN', 'SOFTMAX', 'SPACE_TO_DEPTH', 'SVDF', 'TANH', 'CONCAT_EMBEDDINGS',
  'SKIP_GRAM', 'CALL', 'CUSTOM', 'EMBEDDING_LOOKUP_SPARSE', 'PAD', 'UNIDIRECTIONAL_SEQUENCE_RNN', 'GATHER',
  'BATCH_TO_SPACE_ND', 'SPACE_TO_BATCH_ND', 'TRANSPOSE', 'MEAN', 'SUB', 'DIV', 'SQUEEZE',
  'UNIDIRECTIONAL_SEQUENCE_LSTM', 'STRIDED_SLICE', 'BIDIRECTIONAL_SEQUENCE_RNN', 'EXP', 'TOPK_V2', 'SPLIT',
  'LOG_SOFTMAX', 'DELEGATE', 'BIDIRECTIONAL_SEQUENCE_LSTM', 'CAST', 'PRELU', 'MAXIMUM', 'ARG_MAX', 'MINIMUM', 'LESS',
  'NEG', 'PADV2', 'GREATER', 'GREATER_EQUAL', 'LESS_EQUAL', 'SELECT', 'SLICE', 'SIN', 'TRANSPOSE_CONV',
  'SPARSE_TO_DENSE', 'TILE', 'EXPAND_DIMS', 'EQUAL', 'NOT_EQUAL', 'LOG', 'SUM', 'SQRT', 'RSQRT', 'SHAPE', 'POW',
  'ARG_MIN', 'FAKE_QUANT', 'REDUCE_PROD', 'REDUCE_MAX', 'PACK', 'LOGICAL_OR', 'ONE_HOT', 'LOGICAL_AND', 'LOGICAL_NOT',
  'UNPACK', 'REDUCE_MIN', 'FLOOR_DIV', 'REDUCE_ANY', 'SQUARE', 'ZEROS_LIKE', 'FILL', 'FLOOR_MOD', 'RANGE',
  'RESIZE_NEAREST_NEIGHBOR', 'LEAKY_RELU', 'SQUARED_DIFFERENCE', 'MIRROR_PAD', 'ABS', 'SPLIT_V', 'UNIQUE', 'CEIL',
  'REVERSE_V2', 'ADD_N', 'GATHER_ND', 'COS', 'WHERE', 'RANK', 'ELU', 'REVERSE_SEQUENCE', 'MATRIX_DIAG', 'QUANTIZE',
  'MATRIX_SET_DIAG', 'ROUND', 'HARD_SWISH', 'IF', 'WHILE', 'NON_MAX_SUPPRESSION_V4', 'NON_MAX_SUPPRESSION_V5',
  'SCATTER_ND', 'SELECT_V2', 'DENSIFY', 'SEGMENT_SUM', 'BATCH_MATMUL', 'PLACEHOLDER_FOR_GREATER_OP_CODES', 'CUMSUM',
  'CALL_ONCE', 'BROADCAST_TO', 'RFFT2D', 'CONV_3D', 'IMAG', 'REAL', 'COMPLEX_ABS', 'HASHTABLE', 'HASHTABLE_FIND',
  'HASHTABLE_IMPORT', 'HASHTABLE_SIZE', 'REDUCE_ALL', 'CONV_3D_TRANSPOSE', 'VAR_HANDLE', 'READ_VARIABLE',
  'ASSIGN_VARIABLE', 'BROADCAST_ARGS', 'RANDOM_STANDARD_NORMAL', 'BUCKETIZE', 'RANDOM_UNIFORM', 'MULTINOMIAL', 'GELU',
  'DYNAMIC_UPDATE_SLICE', 'RELU_0_TO_1', 'UNSORTED_SEGMENT_PROD', 'UNSORTED_SEGMENT_MAX', 'UNSORTED_SEGMENT_SUM',
  'ATAN2', 'UNSORTED_SEGMENT_MIN', 'SIGN', 'BITCAST', 'BITWISE_XOR', 'RIGHT_SHIFT',
];

/** BuiltinOperator value → name, for messages. */
export const OP_NAMES: ReadonlyMap<number, string> = new Map(BUILTIN_NAMES.map((name, code) => [code, name]));

export function opName(code: number, custom?: string): string {
  if (code === OP.CUSTOM) return custom ?? 'CUSTOM';
  return OP_NAMES.get(code) ?? `builtin ${code}`;
}

/** Activations, quantisation, casts, elementwise math of one tensor: output u reads input u. */
export const POINTWISE: ReadonlySet<number> = new Set([
  OP.DEQUANTIZE, OP.QUANTIZE, OP.FAKE_QUANT, OP.CAST, OP.FLOOR, OP.CEIL, OP.ROUND, OP.LOGISTIC, OP.RELU, OP.RELU_N1_TO_1,
  OP.RELU6, OP.RELU_0_TO_1, OP.TANH, OP.HARD_SWISH, OP.LEAKY_RELU, OP.ELU, OP.GELU, OP.EXP, OP.LOG, OP.SQRT, OP.RSQRT,
  OP.SQUARE, OP.NEG, OP.ABS, OP.SIN, OP.COS, OP.SIGN, OP.LOGICAL_NOT, OP.ZEROS_LIKE,
  // Over the channels (the last axis, NHWC).
  OP.L2_NORMALIZATION, OP.LOCAL_RESPONSE_NORMALIZATION,
]);

/** Elementwise ops of several tensors: a merge of the data inputs, pointwise with constants. */
export const ELEMENTWISE: ReadonlySet<number> = new Set([
  OP.ADD, OP.SUB, OP.MUL, OP.DIV, OP.MAXIMUM, OP.MINIMUM, OP.POW, OP.SQUARED_DIFFERENCE, OP.PRELU, OP.ADD_N, OP.LESS,
  OP.GREATER, OP.GREATER_EQUAL, OP.LESS_EQUAL, OP.EQUAL, OP.NOT_EQUAL, OP.LOGICAL_AND, OP.LOGICAL_OR, OP.FLOOR_DIV,
  OP.FLOOR_MOD, OP.SELECT, OP.SELECT_V2,
]);

export const REDUCTIONS: ReadonlySet<number> = new Set([OP.MEAN, OP.SUM, OP.REDUCE_MAX, OP.REDUCE_MIN, OP.REDUCE_PROD]);

/** Ops that mix every position (dense layers, matrix products). */
export const GLOBAL: ReadonlySet<number> = new Set([OP.FULLY_CONNECTED, OP.BATCH_MATMUL]);

/** Ops that compute a shape, not a tensor of positions. */
export const SHAPE_ONLY: ReadonlySet<number> = new Set([OP.SHAPE]);

/**
 * The options each op's table gives the builder: [field index, name, type, default]. Padding is
 * the enum `Padding { SAME, VALID }`.
 */
type Field = readonly [index: number, name: string, kind: 'i32' | 'i8', fallback: number];
export const OPTIONS_READ: Readonly<Record<number, readonly Field[]>> = {
  [OP.CONV_2D]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0], [4, 'dilation_w', 'i32', 1], [5, 'dilation_h', 'i32', 1]],
  [OP.DEPTHWISE_CONV_2D]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0], [5, 'dilation_w', 'i32', 1], [6, 'dilation_h', 'i32', 1]],
  [OP.TRANSPOSE_CONV]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0]],
  [OP.AVERAGE_POOL_2D]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0], [3, 'filter_w', 'i32', 0], [4, 'filter_h', 'i32', 0]],
  [OP.MAX_POOL_2D]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0], [3, 'filter_w', 'i32', 0], [4, 'filter_h', 'i32', 0]],
  [OP.L2_POOL_2D]: [[0, 'padding', 'i8', 0], [1, 'stride_w', 'i32', 0], [2, 'stride_h', 'i32', 0], [3, 'filter_w', 'i32', 0], [4, 'filter_h', 'i32', 0]],
  [OP.RESIZE_BILINEAR]: [[2, 'align_corners', 'i8', 0], [3, 'half_pixel_centers', 'i8', 0]],
  [OP.RESIZE_NEAREST_NEIGHBOR]: [[0, 'align_corners', 'i8', 0], [1, 'half_pixel_centers', 'i8', 0]],
  [OP.CONCATENATION]: [[0, 'axis', 'i32', 0]],
  [OP.DEPTH_TO_SPACE]: [[0, 'block_size', 'i32', 0]],
  [OP.SPACE_TO_DEPTH]: [[0, 'block_size', 'i32', 0]],
  [OP.STRIDED_SLICE]: [[0, 'begin_mask', 'i32', 0], [1, 'end_mask', 'i32', 0], [2, 'ellipsis_mask', 'i32', 0], [3, 'new_axis_mask', 'i32', 0], [4, 'shrink_axis_mask', 'i32', 0]],
  [OP.MIRROR_PAD]: [[0, 'mode', 'i8', 0]],
};

/** The TF Object Detection API's post-processing (box decoding and NMS), a custom op. */
export const DETECTION_POSTPROCESS = 'TFLite_Detection_PostProcess';
