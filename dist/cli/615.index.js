export const id = 615;
export const ids = [615];
export const modules = {

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   g: () => (/* binding */ TFLITE_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the TensorFlow Lite loader (RF660–RF679), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. A channel-attention gate is
 * the engine's RF022, as for Keras. Stable: add, never renumber.
 */
const TFLITE_CODES = {
    RF660: 'the file is not a TFLite FlatBuffer (no TFL3 identifier), or is too small to be one',
    RF661: 'a TFLite offset points outside the file or at itself (a truncated or corrupt file)',
    RF662: 'the TFLite model has no usable subgraph, or its operators name tensors out of order',
    RF663: 'a TFLite operator (builtin or custom) rflint cannot map to positions (say how with --assume)',
    RF664: "a TFLite operator's options are missing or out of range (a stride of 0, an unknown padding)",
    RF665: "a TFLite convolution's weights tensor is not 4-D [out, height, width, in]",
    RF666: 'a value a TFLite operator needs (paddings, slice bounds) is computed at run time',
    RF667: 'a TFLite resize needs sizes the file leaves open (a dynamic shape)',
    RF668: "no output of the TFLite subgraph is computed from its input",
    RF669: 'a TFLite operator does something rflint cannot map (a concat along a spatial axis)',
    RF670: 'the TFLite model has more operators or tensors than the limit',
};
const CODES = {
    notTflite: 'RF660',
    corrupt: 'RF661',
    structure: 'RF662',
    unknownOp: 'RF663',
    options: 'RF664',
    kernelShape: 'RF665',
    valueNotInFile: 'RF666',
    needsInputSize: 'RF667',
    noInput: 'RF668',
    unsupported: 'RF669',
    tooMany: 'RF670',
};


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TFLITE_CODES: () => (/* reexport */ codes/* TFLITE_CODES */.g),
  tfliteLoader: () => (/* binding */ tfliteLoader)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/sniff.ts
var sniff = __webpack_require__(8528);
// EXTERNAL MODULE: ./src/formats/toolkit/channel-attention.ts
var channel_attention = __webpack_require__(6601);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
// EXTERNAL MODULE: ./src/formats/tflite/codes.ts
var codes = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/formats/tflite/ops.ts
/**
 * TFLite's builtin operators by how they map positions (BuiltinOperator values and the options
 * tables' fields from schema.fbs), in one place: the reader (tables.ts) reads the options listed
 * here, the builder (build.ts) maps each op by its family here.
 */
const OP = {
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
};
/** Every BuiltinOperator by its value (0 … 161, schema.fbs), for messages and `--assume`. */
const BUILTIN_NAMES = [
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
const OP_NAMES = new Map(BUILTIN_NAMES.map((name, code) => [code, name]));
function opName(code, custom) {
    if (code === OP.CUSTOM)
        return custom ?? 'CUSTOM';
    return OP_NAMES.get(code) ?? `builtin ${code}`;
}
/** Activations, quantisation, casts, elementwise math of one tensor: output u reads input u. */
const POINTWISE = new Set([
    OP.DEQUANTIZE, OP.QUANTIZE, OP.FAKE_QUANT, OP.CAST, OP.FLOOR, OP.CEIL, OP.ROUND, OP.LOGISTIC, OP.RELU, OP.RELU_N1_TO_1,
    OP.RELU6, OP.RELU_0_TO_1, OP.TANH, OP.HARD_SWISH, OP.LEAKY_RELU, OP.ELU, OP.GELU, OP.EXP, OP.LOG, OP.SQRT, OP.RSQRT,
    OP.SQUARE, OP.NEG, OP.ABS, OP.SIN, OP.COS, OP.SIGN, OP.LOGICAL_NOT, OP.ZEROS_LIKE,
    // Over the channels (the last axis, NHWC).
    OP.L2_NORMALIZATION, OP.LOCAL_RESPONSE_NORMALIZATION,
]);
/** Elementwise ops of several tensors: a merge of the data inputs, pointwise with constants. */
const ELEMENTWISE = new Set([
    OP.ADD, OP.SUB, OP.MUL, OP.DIV, OP.MAXIMUM, OP.MINIMUM, OP.POW, OP.SQUARED_DIFFERENCE, OP.PRELU, OP.ADD_N, OP.LESS,
    OP.GREATER, OP.GREATER_EQUAL, OP.LESS_EQUAL, OP.EQUAL, OP.NOT_EQUAL, OP.LOGICAL_AND, OP.LOGICAL_OR, OP.FLOOR_DIV,
    OP.FLOOR_MOD, OP.SELECT, OP.SELECT_V2,
]);
const REDUCTIONS = new Set([OP.MEAN, OP.SUM, OP.REDUCE_MAX, OP.REDUCE_MIN, OP.REDUCE_PROD]);
/** Ops that mix every position (dense layers, matrix products). */
const GLOBAL = new Set([OP.FULLY_CONNECTED, OP.BATCH_MATMUL]);
/** Ops that compute a shape, not a tensor of positions. */
const SHAPE_ONLY = new Set([OP.SHAPE]);
const OPTIONS_READ = {
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
const DETECTION_POSTPROCESS = 'TFLite_Detection_PostProcess';

;// CONCATENATED MODULE: ./src/formats/tflite/build.ts
/**
 * A TFLite model's main subgraph (tables.ts) → the graph IR. Operators come in execution order;
 * only those fed, directly or not, by the subgraph's inputs are built (the rest compute
 * constants: a DEQUANTIZE of fp16 weights). Tensors are NHWC; each IR node is named after the
 * operator's first output tensor, and every tensor on the data path can be named by a rule.
 * The file gives every tensor's shape, so SAME padding (which depends on the input size) and a
 * resize's scale come from the file, not from assumptions.
 */





const AXES = 2;
const SAME = 0;
const VALID = 1;
class OperatorProblem extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
function buildGraph(m, options) {
    return new Builder(m, options).build();
}
class Builder {
    m;
    options;
    nodes = [];
    labels = [];
    /** Tensor index → the IR node that computes it (data tensors only). */
    irOf = new Map();
    globalPath = new Set();
    names = new unique/* UniqueNames */.U();
    tensors = new Map();
    assumptions = [];
    problems = [];
    inputSize;
    /** Where a data tensor's height and width are, when not NHWC's [1, 2] (an NCHW input before its TRANSPOSE). */
    layoutOf = new Map();
    constructor(m, options) {
        this.m = m;
        this.options = options;
    }
    build() {
        const sized = this.readInputs();
        if (sized)
            return { diagnostics: [sized] };
        const failed = new Set();
        for (const op of this.m.operators) {
            const data = op.inputs.filter((t) => t >= 0 && (this.irOf.has(t) || failed.has(t)));
            if (data.length === 0) {
                const unknown = op.inputs.find((t) => t >= 0 && !this.m.tensors[t].constant && !this.isProduced(t, op.index));
                // A tensor that is neither an input, a constant nor written by an earlier operator.
                if (unknown !== undefined && this.isProducedLater(unknown, op.index)) {
                    this.problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.structure, `${this.label(op)} reads tensor ${unknown} ("${this.m.tensors[unknown].name}") before the operator that writes it: operators must come in execution order (a cycle?)`));
                }
                continue;
            }
            if (data.some((t) => failed.has(t))) {
                for (const t of op.outputs)
                    if (t >= 0)
                        failed.add(t);
                continue;
            }
            try {
                this.buildOperator(op, data);
            }
            catch (err) {
                if (!(err instanceof OperatorProblem))
                    throw err;
                this.problems.push((0,diagnostic/* error */.z3)(err.code, `${this.label(op)}: ${err.message}`));
                for (const t of op.outputs)
                    if (t >= 0)
                        failed.add(t);
            }
        }
        if (this.problems.length > 0)
            return { diagnostics: this.problems };
        const outputs = [];
        for (const t of this.m.outputs) {
            const node = this.irOf.get(t);
            if (node === undefined)
                continue;
            outputs.push({ name: this.m.tensors[t].name, node, thresholds: {} });
        }
        if (outputs.length === 0) {
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.noInput, "no output of the subgraph is computed from its input: rflint follows positions from the subgraph's inputs to its outputs")] };
        }
        return {
            graph: { axes: AXES, nodes: this.nodes },
            outputs,
            tensors: this.tensors,
            labels: this.labels,
            ...(this.inputSize ? { inputSize: this.inputSize } : {}),
            assumptions: this.assumptions,
        };
    }
    /** Tensor → the first operator that writes it (computed once: the checks below are per input). */
    producers;
    producer(t) {
        if (!this.producers) {
            this.producers = new Map();
            for (const o of this.m.operators)
                for (const out of o.outputs)
                    if (!this.producers.has(out))
                        this.producers.set(out, o.index);
        }
        return this.producers.get(t);
    }
    isProduced(t, before) {
        const p = this.producer(t);
        return p !== undefined && p < before;
    }
    isProducedLater(t, after) {
        const p = this.producer(t);
        return p !== undefined && p >= after;
    }
    /** The input image: the first 4-D input (NHWC); --input-size replaces its height and width. */
    readInputs() {
        const images = this.m.inputs.filter((t) => !this.m.tensors[t].constant);
        if (images.length === 0)
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.noInput, 'the subgraph has no input tensor: rflint follows positions from the model\'s input');
        const given = this.options.inputSize;
        if (given && given.length > AXES)
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.options, `the input size has ${given.length} values; a TFLite image model takes height × width (e.g. --input-size 224x224)`);
        for (const t of images) {
            const node = this.add(rf/* input */.hF, this.m.tensors[t].name, `input tensor ${t}`);
            this.irOf.set(t, node);
            this.tensors.set(this.m.tensors[t].name, node);
        }
        for (const t of images) {
            // A model converted from PyTorch takes NCHW and transposes it first: [0, 2, 3, 1].
            const transpose = this.m.operators.find((o) => o.code === OP.TRANSPOSE && o.inputs[0] === t);
            const perm = this.tensor(transpose?.inputs[1])?.ints;
            if (perm && perm.length === 4 && this.m.tensors[t].shape.length === 4 && perm[1] < perm[2] && perm[1] > 0)
                this.layoutOf.set(t, [perm[1], perm[2]]);
        }
        const image = images.find((t) => this.m.tensors[t].shape.length === 4);
        if (given && given.length > 0) {
            this.inputSize = given.length === 1 ? [given[0], given[0]] : [...given];
            this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from the input size given`);
        }
        else if (image !== undefined && this.hw(image)) {
            this.inputSize = [...this.hw(image)];
            if (this.layoutOf.has(image))
                this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from tensor "${this.m.tensors[image].name}", read as NCHW: the model transposes it to NHWC first`);
        }
        return undefined;
    }
    label(op) {
        const out = op.outputs[0];
        const name = out !== undefined && out >= 0 ? this.m.tensors[out].name : '?';
        return `operator ${op.index} ${opName(op.code, op.custom)} ("${name}")`;
    }
    add(op, name, label, inputs = []) {
        this.options.deadline?.check();
        this.nodes.push({ name: this.names.take(name), op, inputs });
        this.labels.push(label);
        const index = this.nodes.length - 1;
        if (op.kind === 'global' || inputs.some((i) => this.globalPath.has(i)))
            this.globalPath.add(index);
        return index;
    }
    /** One IR node for the operator, holding every output tensor. */
    emit(op, irOp, inputs) {
        const first = op.outputs.find((t) => t >= 0);
        const name = first === undefined ? `operator ${op.index}` : this.m.tensors[first].name;
        const node = this.add(irOp, name, this.label(op), inputs.map((t) => this.irOf.get(t)));
        // What keeps positions keeps the layout (a PAD or an ADD of an NCHW tensor is NCHW).
        const layout = inputs[0] === undefined || irOp.kind === 'global' ? undefined : this.layoutOf.get(inputs[0]);
        for (const t of op.outputs) {
            if (t < 0)
                continue;
            if (layout && !this.layoutOf.has(t))
                this.layoutOf.set(t, layout);
            this.irOf.set(t, node);
            const tensorName = this.m.tensors[t].name;
            if (!this.tensors.has(tensorName))
                this.tensors.set(tensorName, node);
        }
    }
    /** The axes of a data tensor's height and width: NHWC's unless a TRANSPOSE moved them. */
    layout(t) {
        return this.layoutOf.get(t) ?? [1, 2];
    }
    tensor(t) {
        return t === undefined || t < 0 ? undefined : this.m.tensors[t];
    }
    /** [height, width] of a 4-D NHWC tensor, when the file gives them. */
    hw(t) {
        const shape = this.tensor(t)?.shape;
        const [h, w] = (t === undefined ? undefined : this.layoutOf.get(t)) ?? [1, 2];
        return shape && shape.length === 4 && shape[h] > 0 && shape[w] > 0 ? [shape[h], shape[w]] : undefined;
    }
    positive(op, key) {
        const v = op.options[key];
        if (v === undefined)
            throw new OperatorProblem(codes/* CODES */.L.options, `it has no builtin options (\`${key}\` is needed)`);
        if (!(v >= 1))
            throw new OperatorProblem(codes/* CODES */.L.options, `\`${key}\` must be ≥ 1, got ${v}`);
        return v;
    }
    padding(op) {
        const p = op.options.padding;
        if (p !== SAME && p !== VALID)
            throw new OperatorProblem(codes/* CODES */.L.options, `\`padding\` must be SAME (0) or VALID (1), got ${p}`);
        return p;
    }
    buildOperator(op, data) {
        const name = opName(op.code, op.custom);
        const x = data[0];
        const assumed = this.options.assume?.get(name);
        if (assumed)
            return this.emit(op, assumed === 'global' ? { kind: 'global', reason: `${name} (assumed global)` } : rf/* pointwise */.rp, data.slice(0, 1));
        switch (op.code) {
            case OP.CONV_2D:
            case OP.DEPTHWISE_CONV_2D:
                return this.buildConv(op, x);
            case OP.AVERAGE_POOL_2D:
            case OP.MAX_POOL_2D:
            case OP.L2_POOL_2D: {
                const kernel = [this.positive(op, 'filter_h'), this.positive(op, 'filter_w')];
                const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
                const pad = this.padding(op) === SAME ? [{ same: 'upper' }, { same: 'upper' }] : [{ begin: 0, end: 0 }, { begin: 0, end: 0 }];
                return this.emit(op, { kind: 'conv', pool: op.code === OP.MAX_POOL_2D ? 'max' : 'avg', kernel, stride, dilation: [1, 1], pad }, [x]);
            }
            case OP.TRANSPOSE_CONV:
                return this.buildTransposeConv(op);
            case OP.PAD:
            case OP.PADV2:
            case OP.MIRROR_PAD: {
                const paddings = this.tensor(op.inputs[1])?.ints;
                if (!paddings)
                    throw new OperatorProblem(codes/* CODES */.L.valueNotInFile, 'its paddings are computed at run time (not a constant tensor of the file), so rflint cannot tell how much it pads');
                if (paddings.length !== 8)
                    throw new OperatorProblem(codes/* CODES */.L.options, `its paddings must be a 4×2 tensor (begin, end per axis of NHWC), got ${paddings.length} values`);
                if (paddings.some((p) => p < 0))
                    throw new OperatorProblem(codes/* CODES */.L.options, `its paddings must be ≥ 0, got [${paddings.join(', ')}]`);
                const [h, w] = this.layout(x);
                return this.emit(op, rf/* pad */.eV(AXES, [paddings[2 * h], paddings[2 * w]], [paddings[2 * h + 1], paddings[2 * w + 1]]), [x]);
            }
            case OP.RESIZE_BILINEAR:
            case OP.RESIZE_NEAREST_NEIGHBOR:
                return this.buildResize(op, x);
            case OP.DEPTH_TO_SPACE:
            case OP.SPACE_TO_DEPTH: {
                const block = this.positive(op, 'block_size');
                return this.emit(op, op.code === OP.SPACE_TO_DEPTH ? rf/* spaceToDepth */.FI(AXES, block) : rf/* depthToSpace */.Rj(AXES, block), [x]);
            }
            case OP.CONCATENATION: {
                const rank = this.tensor(op.outputs[0])?.shape.length ?? 0;
                const axis = (op.options.axis ?? 0) < 0 ? (op.options.axis ?? 0) + rank : (op.options.axis ?? 0);
                // Boxes of every anchor joined after their reshapes (SSD's concat of [1, N, 1, 4]) are global already.
                const local = data.some((t) => !this.globalPath.has(this.irOf.get(t)));
                if (rank === 4 && local && this.layout(x).includes(axis))
                    throw new OperatorProblem(codes/* CODES */.L.unsupported, `it concatenates along a spatial axis (${axis} of NHWC); rflint maps concats of channels`);
                return this.emit(op, data.length > 1 ? rf/* merge */.h1('CONCATENATION') : rf/* pointwise */.rp, data);
            }
            case OP.STRIDED_SLICE:
            case OP.SLICE:
                return this.buildSlice(op, x);
            case OP.SOFTMAX:
            case OP.LOG_SOFTMAX:
                // Over the last axis: the channels of an NHWC map.
                return this.emit(op, rf/* pointwise */.rp, [x]);
            default:
                break;
        }
        if (POINTWISE.has(op.code))
            return this.emit(op, rf/* pointwise */.rp, [x]);
        if (ELEMENTWISE.has(op.code))
            return this.emit(op, data.length > 1 ? rf/* merge */.h1(name) : rf/* pointwise */.rp, data);
        if (REDUCTIONS.has(op.code))
            return this.buildReduction(op, x, name);
        if (GLOBAL.has(op.code))
            return this.emit(op, { kind: 'global', reason: name }, [x]);
        if (SHAPE_ONLY.has(op.code))
            return;
        if (op.code === OP.CUSTOM && op.custom === DETECTION_POSTPROCESS) {
            const reason = `${DETECTION_POSTPROCESS} (the TF Object Detection API's box decoding and non-max suppression over every anchor)`;
            if (data.length === 1)
                return this.emit(op, { kind: 'global', reason }, data);
            // Boxes and scores: their hull, then the global op.
            const merged = this.add(rf/* merge */.h1(name), `${this.m.tensors[op.outputs[0]]?.name ?? name}/inputs`, this.label(op), data.map((t) => this.irOf.get(t)));
            const node = this.add({ kind: 'global', reason }, this.m.tensors[op.outputs[0]]?.name ?? name, this.label(op), [merged]);
            for (const t of op.outputs) {
                if (t < 0)
                    continue;
                this.irOf.set(t, node);
                if (!this.tensors.has(this.m.tensors[t].name))
                    this.tensors.set(this.m.tensors[t].name, node);
            }
            return;
        }
        if (op.code === OP.TRANSPOSE) {
            const perm = this.tensor(op.inputs[1])?.ints;
            const [h, w] = this.layoutOf.get(x) ?? [1, 2];
            const out = perm && perm.length === 4 && this.tensor(x)?.shape.length === 4 ? [perm.indexOf(h), perm.indexOf(w)] : undefined;
            // Height before width on both sides: positions kept, only the channels move.
            if (out && out[0] >= 0 && out[0] < out[1]) {
                if (op.outputs[0] !== undefined)
                    this.layoutOf.set(op.outputs[0], out);
                return this.emit(op, rf/* pointwise */.rp, [x]);
            }
            return this.emit(op, { kind: 'global', reason: `${name} of the spatial axes` }, [x]);
        }
        if (op.code === OP.RESHAPE && this.nodes[this.irOf.get(x)].op.kind === 'input' && this.tensor(x)?.shape.length !== 4 && this.hw(op.outputs[0])) {
            // A flat input (a spectrogram as [1, 1960]) reshaped into the image the convs read.
            const hw = this.hw(op.outputs[0]);
            if (!this.options.inputSize?.length && !this.inputSize) {
                this.inputSize = [...hw];
                this.assumptions.push(`input ${hw.join('×')} (height × width) from "${this.m.tensors[op.outputs[0]].name}", the ${opName(op.code)} of the flat input "${this.m.tensors[x].name}"`);
            }
            return this.emit(op, rf/* pointwise */.rp, [x]);
        }
        // Reshapes, transposes, splits: positions kept when the spatial dims are; else mixed.
        if ([OP.RESHAPE, OP.SQUEEZE, OP.EXPAND_DIMS, OP.TRANSPOSE, OP.SPLIT, OP.SPLIT_V, OP.PACK, OP.UNPACK].includes(op.code)) {
            const source = op.code === OP.SPLIT ? op.inputs[1] : x;
            const before = this.hw(source);
            const keeps = before !== undefined && op.outputs.every((t) => t < 0 || (this.hw(t)?.[0] === before[0] && this.hw(t)?.[1] === before[1]));
            if (keeps && (op.code !== OP.TRANSPOSE || this.tensor(op.outputs[0])?.shape[3] === this.tensor(source)?.shape[3]))
                return this.emit(op, rf/* pointwise */.rp, [source]);
            if ([OP.SPLIT, OP.SPLIT_V, OP.UNPACK, OP.PACK].includes(op.code) && before !== undefined) {
                throw new OperatorProblem(codes/* CODES */.L.unsupported, 'it splits or stacks along a spatial axis; rflint maps those of channels');
            }
            return this.emit(op, { kind: 'global', reason: `${name} of the spatial axes` }, [source]);
        }
        // After a dense layer or a reshape every position already sees the whole input: what
        // post-processing does there (GATHER, TOPK_V2, ARG_MAX) cannot change it.
        const ir = data.map((t) => this.irOf.get(t));
        if (ir.every((n) => this.globalPath.has(n)))
            return this.emit(op, ir.length > 1 ? rf/* merge */.h1(name) : rf/* pointwise */.rp, data);
        throw new OperatorProblem(codes/* CODES */.L.unknownOp, `rflint does not know how ${op.code === OP.CUSTOM ? 'custom op' : 'op'} \`${name}\` maps positions; if you know, say so with assume (--assume ${name}=pointwise or ${name}=global, or \`assume\` in rules)`);
    }
    /** Weights [out, kh, kw, in] (depthwise [1, kh, kw, channels]): the kernel is dims 1 and 2. */
    kernel(op, input) {
        const w = this.tensor(op.inputs[input]);
        if (!w || w.shape.length !== 4)
            throw new OperatorProblem(codes/* CODES */.L.kernelShape, `its weights (input ${input}) must be a 4-D tensor [out, height, width, in], got ${w ? `[${w.shape.join(', ')}]` : 'none'}`);
        if (!(w.shape[1] >= 1 && w.shape[2] >= 1))
            throw new OperatorProblem(codes/* CODES */.L.kernelShape, `its weights' height and width must be ≥ 1, got [${w.shape.join(', ')}]`);
        return [w.shape[1], w.shape[2]];
    }
    buildConv(op, x) {
        const kernel = this.kernel(op, 1);
        const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
        const dilation = [this.positive(op, 'dilation_h'), this.positive(op, 'dilation_w')];
        const pad = this.padding(op) === SAME ? [{ same: 'upper' }, { same: 'upper' }] : [{ begin: 0, end: 0 }, { begin: 0, end: 0 }];
        this.emit(op, { kind: 'conv', kernel, stride, dilation, pad }, [x]);
    }
    /**
     * TRANSPOSE_CONV(output_shape, weights, input): the gradient of a conv, padded as TFLite's
     * kernel pads it (ComputePaddingWithOffset: total = (in − 1)·s + k − out, the begin its half,
     * rounded down); what the forward conv's floor division dropped is output padding. The file
     * gives both sizes.
     */
    buildTransposeConv(op) {
        const x = op.inputs[2];
        if (x === undefined || !this.irOf.has(x))
            throw new OperatorProblem(codes/* CODES */.L.structure, 'its third input (the image) must come from the data path');
        const kernel = this.kernel(op, 1);
        const stride = [this.positive(op, 'stride_h'), this.positive(op, 'stride_w')];
        const same = this.padding(op) === SAME;
        const inSize = this.hw(x);
        const outSize = this.hw(op.outputs[0]);
        const pad = [];
        const outputPadding = [];
        for (let a = 0; a < AXES; a++) {
            const s = stride[a];
            const k = kernel[a];
            const n = inSize?.[a];
            const out = outSize?.[a] ?? (n === undefined ? undefined : same ? n * s : n * s + Math.max(k - s, 0));
            const total = same ? (n === undefined || out === undefined ? Math.max(k - s, 0) : Math.max((n - 1) * s + k - out, 0)) : 0;
            const begin = Math.floor(total / 2);
            const natural = n === undefined ? undefined : (n - 1) * s + k - total;
            const extra = natural === undefined || out === undefined ? Math.max(s - k, 0) : out - natural;
            if (extra < 0 || extra >= s)
                throw new OperatorProblem(codes/* CODES */.L.options, `its output size ${out} does not fit a stride-${s} transposed conv of input size ${n}`);
            pad.push({ begin, end: total - begin });
            outputPadding.push(extra);
        }
        if (!outSize)
            this.assumptions.push(`${this.label(op)}: output size as TensorFlow computes it (n · stride${same ? '' : ' + max(kernel − stride, 0)'}), since the file leaves it open`);
        this.emit(op, { kind: 'deconv', kernel, stride, dilation: [1, 1], pad, outputPadding }, [x]);
    }
    /**
     * TFLite's resize kernels as TF's: with neither flag x = u·in/out (nearest rounds down);
     * `half_pixel_centers`: bilinear (u + ½)·in/out − ½, nearest floor((u + ½)·in/out);
     * `align_corners`: u·(in − 1)/(out − 1), nearest rounding half up. The scale is out/in,
     * both from the file's shapes.
     */
    buildResize(op, x) {
        const inSize = this.hw(x);
        const outSize = this.hw(op.outputs[0]);
        if (!inSize || !outSize)
            throw new OperatorProblem(codes/* CODES */.L.needsInputSize, 'its input or output size is open in the file (a dynamic shape), so its scale is unknown; convert with a fixed input size');
        const nearest = op.code === OP.RESIZE_NEAREST_NEIGHBOR;
        const alignCorners = op.options.align_corners === 1;
        const halfPixel = op.options.half_pixel_centers === 1;
        const coordinates = alignCorners ? 'align_corners' : halfPixel ? (nearest ? 'tf_half_pixel_for_nn' : 'half_pixel') : 'asymmetric';
        const resize = rf/* resize */.XR(AXES, {
            scale: outSize.map((o, a) => rf/* frac */.Ju(o, inSize[a])),
            mode: nearest ? 'nearest' : 'linear',
            rounding: nearest && alignCorners ? 'round_prefer_ceil' : 'floor',
            coordinates,
            size: [...outSize],
        });
        this.emit(op, resize, [x]);
    }
    /**
     * STRIDED_SLICE(x, begin, end, strides) and SLICE(x, begin, size): output u of a spatial axis
     * reads input begin + stride·u, a crop then a 1×1 window of that stride. Unchanged spatial
     * sizes (a slice of channels) map positions one to one.
     */
    buildSlice(op, x) {
        const before = this.hw(x);
        const after = this.hw(op.outputs[0]);
        if (before && after && before[0] === after[0] && before[1] === after[1])
            return this.emit(op, rf/* pointwise */.rp, [x]);
        const begin = this.tensor(op.inputs[1])?.ints;
        const strides = op.code === OP.STRIDED_SLICE ? this.tensor(op.inputs[3])?.ints : [1, 1, 1, 1];
        const rank = this.tensor(x)?.shape.length;
        if (rank !== 4 || !begin || !strides || begin.length !== 4 || strides.length !== 4) {
            throw new OperatorProblem(codes/* CODES */.L.valueNotInFile, 'it slices the spatial axes with bounds that are not constants of the file (or not of a 4-D NHWC tensor), so rflint cannot tell which positions it keeps');
        }
        const masked = (bit) => op.code === OP.STRIDED_SLICE && ((op.options.begin_mask ?? 0) & (1 << bit)) !== 0;
        const start = [1, 2].map((a) => (masked(a) ? 0 : begin[a]));
        const step = [strides[1], strides[2]];
        if (start.some((b, a) => b < 0 || (before !== undefined && b >= before[a])) || step.some((s) => s < 1)) {
            throw new OperatorProblem(codes/* CODES */.L.unsupported, `it slices the spatial axes from [${start.join(', ')}] by [${step.join(', ')}]; rflint maps forward slices that start inside the tensor`);
        }
        if ((op.options.shrink_axis_mask ?? 0) & 0b110)
            return this.emit(op, { kind: 'global', reason: `${opName(op.code)} that removes a spatial axis` }, [x]);
        // What the slice leaves at the end, from the sizes the file gives (its `end` may be masked or clamped).
        const endCrop = [0, 1].map((a) => (before && after ? Math.max(before[a] - start[a] - ((after[a] - 1) * step[a] + 1), 0) : 0));
        const crop = this.add(rf/* crop */.B$(AXES, start, endCrop), `${this.m.tensors[op.outputs[0]]?.name ?? 'slice'}/crop`, this.label(op), [this.irOf.get(x)]);
        const first = op.outputs[0];
        const node = this.add({ kind: 'conv', kernel: [1, 1], stride: step, dilation: [1, 1], pad: [{ begin: 0, end: 0 }, { begin: 0, end: 0 }] }, this.m.tensors[first].name, this.label(op), [crop]);
        this.irOf.set(first, node);
        this.tensors.set(this.m.tensors[first].name, node);
    }
    /** MEAN(x, axes): global over a spatial axis (global average pooling), pointwise over channels. */
    buildReduction(op, x, name) {
        const axes = this.tensor(op.inputs[1])?.ints;
        const rank = this.tensor(x)?.shape.length ?? 4;
        const spatial = this.layout(x);
        if (axes && axes.length > 0 && rank === 4 && !axes.some((a) => spatial.includes(a < 0 ? a + 4 : a)))
            return this.emit(op, rf/* pointwise */.rp, [x]);
        this.emit(op, { kind: 'global', reason: axes ? `${name} over the spatial axes` : `${name} (its axes are computed at run time: taken as spatial)` }, [x]);
    }
}

;// CONCATENATED MODULE: ./src/formats/tflite/flatbuffer.ts
const PAGE = 1 << 16;
/** Pages kept: the tables of a model are a few hundred KB, whatever its weights weigh. */
const MAX_PAGES = 256;
class FlatBufferError extends Error {
    offset;
    constructor(message, 
    /** The byte offset the problem was found at. */
    offset) {
        super(message);
        this.offset = offset;
        this.name = 'FlatBufferError';
    }
}
class FlatBuffer {
    source;
    pages = new Map();
    constructor(source) {
        this.source = source;
    }
    get size() {
        return this.source.size;
    }
    /** `length` bytes at `pos`, which must lie inside the file. */
    async bytes(pos, length, what) {
        if (!(Number.isSafeInteger(pos) && pos >= 0 && length >= 0 && pos + length <= this.source.size)) {
            throw new FlatBufferError(`${what} at byte ${pos} (${length} bytes) lies outside the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
        }
        const first = Math.floor(pos / PAGE);
        const last = Math.floor((pos + Math.max(length, 1) - 1) / PAGE);
        if (first === last) {
            const page = await this.page(first);
            return page.subarray(pos - first * PAGE, pos - first * PAGE + length);
        }
        const out = new Uint8Array(length);
        for (let p = first; p <= last; p++) {
            const page = await this.page(p);
            const from = Math.max(pos, p * PAGE);
            const to = Math.min(pos + length, p * PAGE + page.length);
            out.set(page.subarray(from - p * PAGE, to - p * PAGE), from - pos);
        }
        return out;
    }
    async page(index) {
        const cached = this.pages.get(index);
        if (cached)
            return cached;
        const start = index * PAGE;
        const data = await this.source.read(start, Math.min(PAGE, this.source.size - start));
        if (this.pages.size >= MAX_PAGES)
            this.pages.delete(this.pages.keys().next().value);
        this.pages.set(index, data);
        return data;
    }
    async view(pos, length, what) {
        const b = await this.bytes(pos, length, what);
        return new DataView(b.buffer, b.byteOffset, length);
    }
    async u8(pos, what) {
        return (await this.view(pos, 1, what)).getUint8(0);
    }
    async i8(pos, what) {
        return (await this.view(pos, 1, what)).getInt8(0);
    }
    async u16(pos, what) {
        return (await this.view(pos, 2, what)).getUint16(0, true);
    }
    async i32(pos, what) {
        return (await this.view(pos, 4, what)).getInt32(0, true);
    }
    async u32(pos, what) {
        return (await this.view(pos, 4, what)).getUint32(0, true);
    }
    async u64(pos, what) {
        const v = await this.view(pos, 8, what);
        return v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
    }
    /** Follows the uoffset at `pos` (relative to itself); zero would point at itself. */
    async follow(pos, what) {
        const offset = await this.u32(pos, what);
        if (offset === 0)
            throw new FlatBufferError(`${what} at byte ${pos} points at itself: the file is corrupt`, pos);
        const target = pos + offset;
        if (target >= this.source.size)
            throw new FlatBufferError(`${what} at byte ${pos} points to byte ${target}, past the end of the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
        return target;
    }
    /** The root table (the uoffset at byte 0). */
    async root() {
        return this.table(await this.follow(0, 'the root table offset'), 'the model');
    }
    async table(pos, what) {
        const vtable = pos - (await this.i32(pos, `${what}'s vtable offset`));
        const vsize = await this.u16(vtable, `${what}'s vtable`);
        if (vsize < 4 || vsize % 2 !== 0)
            throw new FlatBufferError(`${what}'s vtable at byte ${vtable} has size ${vsize}, not an even number ≥ 4: the file is corrupt`, vtable);
        await this.bytes(vtable, vsize, `${what}'s vtable`);
        const tsize = await this.u16(vtable + 2, `${what}'s vtable`);
        return new Table(this, pos, vtable, vsize, tsize, what);
    }
    /** A vector at `pos` (already followed): its length and where its elements start. */
    async vector(pos, elementSize, what) {
        const length = await this.u32(pos, `${what}'s length`);
        const start = pos + 4;
        if (start + length * elementSize > this.source.size) {
            throw new FlatBufferError(`${what} at byte ${pos} claims ${length} elements of ${elementSize} bytes, past the end of the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
        }
        return { length, start };
    }
}
/** A table: its fields by their index in the schema (a field's vtable slot). */
class Table {
    fb;
    pos;
    vtable;
    vsize;
    tsize;
    what;
    constructor(fb, pos, vtable, vsize, tsize, what) {
        this.fb = fb;
        this.pos = pos;
        this.vtable = vtable;
        this.vsize = vsize;
        this.tsize = tsize;
        this.what = what;
    }
    /** The absolute position of field `index`, or undefined when it is absent (its default). */
    async field(index, width, name) {
        const slot = 4 + 2 * index;
        if (slot + 2 > this.vsize)
            return undefined;
        const offset = await this.fb.u16(this.vtable + slot, `${this.what}'s vtable`);
        if (offset === 0)
            return undefined;
        if (offset + width > this.tsize)
            throw new FlatBufferError(`${this.what}: field ${name} at offset ${offset} lies outside its table (${this.tsize} bytes): the file is corrupt`, this.pos);
        return this.pos + offset;
    }
    async i32(index, name, fallback) {
        const at = await this.field(index, 4, name);
        return at === undefined ? fallback : this.fb.i32(at, `${this.what}.${name}`);
    }
    async u32(index, name, fallback) {
        const at = await this.field(index, 4, name);
        return at === undefined ? fallback : this.fb.u32(at, `${this.what}.${name}`);
    }
    async i8(index, name, fallback) {
        const at = await this.field(index, 1, name);
        return at === undefined ? fallback : this.fb.i8(at, `${this.what}.${name}`);
    }
    async u8(index, name, fallback) {
        const at = await this.field(index, 1, name);
        return at === undefined ? fallback : this.fb.u8(at, `${this.what}.${name}`);
    }
    async bool(index, name) {
        return (await this.u8(index, name, 0)) !== 0;
    }
    async u64(index, name, fallback) {
        const at = await this.field(index, 8, name);
        return at === undefined ? fallback : this.fb.u64(at, `${this.what}.${name}`);
    }
    async table(index, name) {
        const at = await this.field(index, 4, name);
        return at === undefined ? undefined : this.fb.table(await this.fb.follow(at, `${this.what}.${name}`), `${this.what}.${name}`);
    }
    async string(index, name, maxLength = 4096) {
        const at = await this.field(index, 4, name);
        if (at === undefined)
            return undefined;
        const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 1, `${this.what}.${name}`);
        // A name is for messages: a long one is cut, not read whole.
        return new TextDecoder().decode(await this.fb.bytes(start, Math.min(length, maxLength), `${this.what}.${name}`));
    }
    /** A vector of int32 (shapes, tensor indices), of at most `max` elements. */
    async ints(index, name, max) {
        const at = await this.field(index, 4, name);
        if (at === undefined)
            return undefined;
        const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 4, `${this.what}.${name}`);
        if (length > max)
            throw new FlatBufferError(`${this.what}.${name} has ${length} entries, more than the ${max} rflint reads: the file is corrupt or not a model`, start - 4);
        const bytes = await this.fb.bytes(start, 4 * length, `${this.what}.${name}`);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return Array.from({ length }, (_, k) => view.getInt32(4 * k, true));
    }
    /** A vector of tables: its length, and each element on demand. */
    async tables(index, name, max) {
        const at = await this.field(index, 4, name);
        if (at === undefined)
            return undefined;
        const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 4, `${this.what}.${name}`);
        if (length > max)
            throw new FlatBufferError(`${this.what}.${name} has ${length} entries, more than the limit (${max})`, start - 4);
        return { length, at: async (k) => this.fb.table(await this.fb.follow(start + 4 * k, `${this.what}.${name}[${k}]`), `${name}[${k}]`) };
    }
    /** The length of a byte vector (a buffer's data), never its bytes; and where they start. */
    async byteVector(index, name) {
        const at = await this.field(index, 4, name);
        if (at === undefined)
            return undefined;
        return this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 1, `${this.what}.${name}`);
    }
}

// EXTERNAL MODULE: ./src/formats/tflite/recognise.ts
var recognise = __webpack_require__(3270);
;// CONCATENATED MODULE: ./src/formats/tflite/tables.ts


/** Paddings of a rank-8 tensor at most: a larger integer constant is data, not geometry. */
const MAX_CONST_INTS = 16;
const MAX_RANK = 64;
const INT32 = 2;
const INT64 = 4;
async function readModel(fb, limits) {
    const model = await fb.root();
    const version = await model.u32(0, 'version', 0);
    const codes = await model.tables(1, 'operator_codes', 100_000);
    const subgraphs = await model.tables(2, 'subgraphs', 100_000);
    if (!subgraphs || subgraphs.length === 0)
        throw new FlatBufferError('the model has no subgraph: a TFLite model holds its network in subgraph 0', model.pos);
    const buffers = await model.tables(4, 'buffers', 4 * limits.maxNodes + 1);
    const opcodes = [];
    for (let k = 0; k < (codes?.length ?? 0); k++) {
        const t = await codes.at(k);
        const deprecated = await t.i8(0, 'deprecated_builtin_code', 0);
        const builtin = await t.i32(3, 'builtin_code', 0);
        const custom = await t.string(1, 'custom_code');
        opcodes.push({ code: Math.max(deprecated, builtin), ...(custom !== undefined ? { custom } : {}), version: await t.i32(2, 'version', 1) });
    }
    const main = await subgraphs.at(0);
    const tensorTables = await main.tables(0, 'tensors', 4 * limits.maxNodes);
    const operatorTables = await main.tables(3, 'operators', limits.maxNodes);
    const inputs = (await main.ints(1, 'inputs', 100_000)) ?? [];
    const outputs = (await main.ints(2, 'outputs', 100_000)) ?? [];
    const name = (await main.string(4, 'name')) ?? '';
    const bufferHasData = async (index) => {
        if (index === 0 || !buffers || index >= buffers.length)
            return undefined;
        const b = await buffers.at(index);
        const data = await b.byteVector(0, 'data');
        if (data && data.length > 0)
            return { data };
        // Models over 2 GB keep buffers outside the FlatBuffer: `offset` and `size` from the file start.
        const offset = await b.u64(1, 'offset', 0);
        const size = await b.u64(2, 'size', 0);
        return offset > 1 && size > 0 ? { data: { start: offset, length: size } } : {};
    };
    const tensors = [];
    const dataOf = [];
    for (let k = 0; k < (tensorTables?.length ?? 0); k++) {
        limits.deadline?.check();
        const t = await tensorTables.at(k);
        const shape = (await t.ints(0, 'shape', MAX_RANK)) ?? [];
        const signature = await t.ints(7, 'shape_signature', MAX_RANK);
        const buffer = await t.u32(2, 'buffer', 0);
        const held = await bufferHasData(buffer);
        dataOf.push(held?.data);
        // shape_signature writes an unknown dimension as −1 where `shape` holds a placeholder 1.
        const dims = signature && signature.length === shape.length ? shape.map((d, i) => (signature[i] < 0 ? -1 : d)) : shape;
        tensors.push({ name: (await t.string(3, 'name')) ?? `tensor ${k}`, shape: dims, type: await t.i8(1, 'type', 0), constant: held?.data !== undefined });
    }
    const operators = [];
    for (let k = 0; k < (operatorTables?.length ?? 0); k++) {
        limits.deadline?.check();
        const t = await operatorTables.at(k);
        const opcodeIndex = await t.u32(0, 'opcode_index', 0);
        const opcode = opcodes[opcodeIndex];
        if (!opcode)
            throw new FlatBufferError(`operator ${k} has opcode_index ${opcodeIndex}, but the model lists ${opcodes.length} operator codes: the file is corrupt`, t.pos);
        const ins = (await t.ints(1, 'inputs', 10_000)) ?? [];
        const outs = (await t.ints(2, 'outputs', 10_000)) ?? [];
        for (const i of [...ins, ...outs]) {
            if (i < -1 || i >= tensors.length)
                throw new FlatBufferError(`operator ${k} names tensor ${i}, but the subgraph has ${tensors.length} tensors: the file is corrupt`, t.pos);
        }
        const fields = OPTIONS_READ[opcode.code];
        const options = {};
        if (fields) {
            const table = await t.table(4, 'builtin_options');
            if (table)
                for (const [index, name, kind, fallback] of fields)
                    options[name] = kind === 'i32' ? await table.i32(index, name, fallback) : await table.i8(index, name, fallback);
        }
        operators.push({ index: k, code: opcode.code, ...(opcode.custom !== undefined ? { custom: opcode.custom } : {}), version: opcode.version, inputs: ins, outputs: outs, options });
    }
    // The integer constants geometry reads: paddings, reduction axes, slice bounds.
    for (const op of operators) {
        if (!GEOMETRY_INPUTS.has(op.code))
            continue;
        for (const i of op.inputs.slice(1)) {
            const tensor = tensors[i];
            const data = dataOf[i];
            if (!tensor || !data || tensor.ints || (tensor.type !== INT32 && tensor.type !== INT64))
                continue;
            const width = tensor.type === INT64 ? 8 : 4;
            if (data.length % width !== 0 || data.length / width > MAX_CONST_INTS)
                continue;
            const bytes = await fb.bytes(data.start, data.length, `the buffer of tensor ${i}`);
            const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const ints = Array.from({ length: data.length / width }, (_, j) => (width === 8 ? Number(view.getBigInt64(8 * j, true)) : view.getInt32(4 * j, true)));
            tensors[i] = { ...tensor, ints };
        }
    }
    for (const i of [...inputs, ...outputs]) {
        if (i < 0 || i >= tensors.length)
            throw new FlatBufferError(`the subgraph's inputs or outputs name tensor ${i}, but it has ${tensors.length} tensors: the file is corrupt`, main.pos);
    }
    return { version, subgraphs: subgraphs.length, name, tensors, inputs, outputs, operators };
}
/** Ops whose geometry is in a constant tensor after their data input. */
const GEOMETRY_INPUTS = new Set([OP.TRANSPOSE, OP.PAD, OP.PADV2, OP.MIRROR_PAD, OP.MEAN, OP.SUM, OP.REDUCE_MAX, OP.REDUCE_MIN, OP.REDUCE_PROD, OP.STRIDED_SLICE, OP.SLICE]);

;// CONCATENATED MODULE: ./src/formats/tflite/index.ts
/**
 * The TensorFlow Lite loader: reads a `.tflite` FlatBuffer's tables by ranges (never its
 * buffers, the weights), builds its main subgraph, and reports in RF660–RF679.
 */











const tfliteLoader = {
    ...recognise/* tfliteRecognition */.M,
    async load(source, options) {
        const file = source.path;
        const fail = (code, message) => ({ diagnostics: [(0,diagnostic/* error */.z3)(code, message, undefined, { file })] });
        const head = await source.read(0, Math.min(source.size, 512));
        if (!(0,recognise/* hasTfliteIdentifier */.W)(head)) {
            const kind = (0,sniff/* describeContent */.X)(head);
            return fail(codes/* CODES */.L.notTflite, `the file has no TFL3 identifier at bytes 4–7, so it is not a TFLite model${kind && kind !== 'binary data, not text' ? `: this is ${kind}` : source.size < 8 ? ` (it has ${source.size} bytes)` : ''}`);
        }
        let tables;
        try {
            tables = await readModel(new FlatBuffer(source), { maxNodes: options.limits.maxNodes, ...(options.deadline ? { deadline: options.deadline } : {}) });
        }
        catch (err) {
            if (err instanceof rf/* TimeBudgetExceeded */.sB)
                throw err;
            if (!(err instanceof FlatBufferError))
                throw err;
            return fail(/more than the limit/.test(err.message) ? codes/* CODES */.L.tooMany : /no subgraph/.test(err.message) ? codes/* CODES */.L.structure : codes/* CODES */.L.corrupt, err.message);
        }
        const built = buildGraph(tables, options);
        if ('diagnostics' in built)
            return { diagnostics: built.diagnostics.map((d) => ({ ...d, file })) };
        const diagnostics = [];
        const assumptions = [...built.assumptions];
        let graph = built.graph;
        try {
            const gated = (0,channel_attention/* gateChannelAttention */.Vc)(graph.axes, graph.nodes, (n) => n.op.kind === 'merge' && n.op.merge === 'MUL', options.channelAttentionPointwise ?? false);
            const first = gated.gates[0];
            if (first) {
                const name = (node) => graph.nodes[node].name;
                if (options.channelAttentionPointwise) {
                    for (const gate of gated.gates)
                        assumptions.push((0,channel_attention/* gateAssumption */.D3)(built.labels[gate.node], name(gate.gate)));
                    graph = { axes: graph.axes, nodes: gated.nodes };
                }
                else {
                    diagnostics.push((0,diagnostic/* warning */.$e)('RF022', (0,channel_attention/* gateMessage */.V6)(built.labels[first.node], name(first.scaled), name(first.gate)), undefined, { file }));
                }
            }
            (0,rf/* validateGraph */.dC)(graph);
        }
        catch (err) {
            if (!(err instanceof rf/* GraphError */.h9))
                throw err;
            return fail(err.code, err.node === undefined ? err.message : `${built.labels[err.node]}: ${err.message}`);
        }
        const model = {
            format: 'tflite',
            name: (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.tflite$/i, ''),
            graph,
            ...(built.inputSize ? { inputSize: built.inputSize } : {}),
            outputs: built.outputs,
            positions: graph.nodes.map(() => undefined),
            tensors: built.tensors,
            ...(assumptions.length > 0 ? { assumptions } : {}),
        };
        return { model, diagnostics };
    },
};


/***/ }),

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ gateAssumption),
/* harmony export */   V6: () => (/* binding */ gateMessage),
/* harmony export */   Vc: () => (/* binding */ gateChannelAttention)
/* harmony export */ });
/* harmony import */ var _rf_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6476);
/**
 * Channel-attention gates (squeeze-and-excitation, CBAM's channel half): a product of a feature
 * map with a factor computed from the whole input (a global pool, dense layers, a sigmoid). Read
 * literally the product sees everything, so every output after the first gate is global; the
 * gate only rescales channels, though, and `--channel-attention pointwise` (rules:
 * `channel_attention: pointwise`) asks to read it as the identity on the feature map, which gives
 * the convolutions' spatial RF.
 *
 * One pass over a built graph, for every loader whose products are plain merges: a product is a
 * gate when some of its inputs are global and some are not. "Global" follows the data: a node is
 * global when its op is, or any of its inputs is.
 */

/**
 * Finds the gates among the products `isProduct` names and, with `pointwise`, rewrites each to
 * read only its feature map(s): one input becomes a pointwise op, several stay a merge of those.
 * Without `pointwise` the graph is returned unchanged (the product is global, as written).
 */
function gateChannelAttention(axes, nodes, isProduct, pointwise) {
    const global = new Array(nodes.length).fill(false);
    const gates = [];
    const out = [...nodes];
    for (const index of (0,_rf_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .topologicalOrder */ ._o)({ axes, nodes })) {
        const node = nodes[index];
        const globalInputs = node.inputs.filter((i) => global[i]);
        const localInputs = node.inputs.filter((i) => !global[i]);
        if (isProduct(node) && globalInputs.length > 0 && localInputs.length > 0) {
            gates.push({ node: index, gate: globalInputs[0], scaled: localInputs[0] });
            if (pointwise) {
                out[index] = localInputs.length === 1 ? { ...node, op: { kind: 'pointwise' }, inputs: localInputs } : { ...node, inputs: localInputs };
                continue;
            }
        }
        global[index] = node.op.kind === 'global' || globalInputs.length > 0;
    }
    gates.sort((a, b) => a.node - b.node);
    return { nodes: out, gates };
}
/** The warning's text for the first gate of a file: what happened, and the way out. */
function gateMessage(where, scaled, gate) {
    return `${where} scales \`${scaled}\` by \`${gate}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`;
}
/** The assumption recorded for a gate read as pointwise. */
function gateAssumption(where, gate) {
    return `${where}: the channel-attention gate \`${gate}\` is treated as pointwise, as asked`;
}


/***/ }),

/***/ 4361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ UniqueNames)
/* harmony export */ });
/**
 * Node names made unique the way the loaders report them (`relu`, `relu#2`, `relu#3`…), each
 * in constant time: trying `#2`, `#3`… from the start every time is quadratic, and a file of
 * 60,000 layers that share one name took minutes.
 */
class UniqueNames {
    first;
    used = new Set();
    /** The next suffix to try for a name already taken. */
    next = new Map();
    /** `first`: the suffix a second copy gets (Keras's builder counts from `#1`). */
    constructor(first = 2) {
        this.first = first;
    }
    take(preferred) {
        let unique = preferred;
        if (this.used.has(unique)) {
            let k = this.next.get(preferred) ?? this.first;
            while (this.used.has(`${preferred}#${k}`))
                k++;
            this.next.set(preferred, k + 1);
            unique = `${preferred}#${k}`;
        }
        this.used.add(unique);
        return unique;
    }
    has(name) {
        return this.used.has(name);
    }
}


/***/ })

};
