export const id = 53;
export const ids = [53];
export const modules = {

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   P: () => (/* binding */ CYCLE)
/* harmony export */ });
/**
 * Diagnostic codes of the native format (RF1xx). Stable: users search for them and
 * docs/format.md lists them; add new ones at the end, never renumber.
 */
const CODES = {
    /** The text is not valid YAML/JSON (syntax, duplicate key, several documents). */
    syntax: 'RF100',
    unknownOp: 'RF101',
    unknownKey: 'RF102',
    /** A value of the wrong type or out of range. */
    invalidValue: 'RF103',
    missingKey: 'RF104',
    duplicateName: 'RF105',
    /** A name in `inputs` or an output's `layer` that no layer has. */
    unknownName: 'RF106',
    /** A key that exists but does not apply to this op (`scale` on a conv). */
    keyNotForOp: 'RF107',
    /** A per-axis list whose length differs from the number of axes. */
    axisCount: 'RF108',
    coverageWithoutSize: 'RF109',
    fileTooLarge: 'RF110',
    tooManyAliases: 'RF111',
    tooDeep: 'RF112',
    tooManyLayers: 'RF113',
    /** `rflint:` missing or a version this build does not read. */
    version: 'RF114',
    /** A padding kind that this op or this number of axes cannot use (`causal` in 2-D). */
    paddingKind: 'RF115',
    /** A merge with one input, or another op with several. */
    inputCount: 'RF116',
    /** `min_rf` larger than `max_rf` on some axis: the output can never pass. */
    thresholdRange: 'RF117',
};
/** The engine's code for a cycle, reported by the loader with the layers' positions. */
const CYCLE = 'RF001';


/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readModelText)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1017);
/**
 * A text model file read whole, within the size limit and as UTF-8: the start of every text
 * format's loader. Each says in its own codes and words what the file should have been.
 */

/** The text, or the one diagnostic that says why there is none. */
async function readModelText(source, options, problems) {
    const at = { line: 1, column: 1 };
    const max = options.limits.maxFileBytes;
    if (source.size > max) {
        return { diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)(problems.tooLarge, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really ${problems.kind}?`, at, { file: source.path })] };
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
    }
    catch {
        return { diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)(problems.notText, `the file is not UTF-8 text${problems.notTextHint ?? ''}`, at, { file: source.path })] };
    }
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TFJS_GRAPH_CODES: () => (/* reexport */ TFJS_GRAPH_CODES),
  loadTfjsGraphText: () => (/* reexport */ loadTfjsGraphText),
  tfjsGraphLoader: () => (/* binding */ tfjsGraphLoader)
});

// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/recognise.ts
var recognise = __webpack_require__(4024);
;// CONCATENATED MODULE: ./src/formats/tfjs-graph/codes.ts
/**
 * Diagnostic codes of the TensorFlow.js graph-model loader (RF360–RF379), with the one-line
 * descriptions `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add,
 * never renumber.
 */
const TFJS_GRAPH_CODES = {
    RF360: 'a TF.js model.json is not valid JSON',
    RF361: 'a TF.js graph model has the wrong structure (modelTopology.node, weightsManifest)',
    RF362: 'a TF.js model.json is too large, too deeply nested or not UTF-8 text',
    RF363: 'a graph node has an op rflint cannot map to positions (say how with --assume)',
    RF364: 'a graph node attribute is missing or has the wrong value',
    RF365: 'a graph node names an input that no node has',
    RF366: "a convolution's kernel shape is in neither its Const node nor weightsManifest",
    RF367: 'a value the geometry needs (paddings, a resize size) is stored in the weight shards',
    RF368: 'a layer needs the input size, which the Placeholder does not give',
    RF369: 'the graph has no Placeholder input feeding its layers',
    RF370: 'a graph node does something rflint cannot map (a concat along a spatial axis)',
    RF371: 'the graph has a cycle (TF control flow)',
    RF372: 'the graph has more nodes than the limit',
    RF373: 'two graph nodes have the same name',
    RF374: 'a channel-attention gate (squeeze-and-excitation) makes the outputs after it global',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF360',
    structure: 'RF361',
    limits: 'RF362',
    unknownOp: 'RF363',
    attribute: 'RF364',
    unknownInput: 'RF365',
    kernelShape: 'RF366',
    valueInWeights: 'RF367',
    needsInputSize: 'RF368',
    noInput: 'RF369',
    unsupported: 'RF370',
    cycle: 'RF371',
    tooManyNodes: 'RF372',
    duplicateName: 'RF373',
    gate: 'RF374',
};

// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/native/codes.ts
var codes = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/formats/yaml/json.ts
var json = __webpack_require__(8238);
// EXTERNAL MODULE: ./src/rf/index.ts + 10 modules
var rf = __webpack_require__(795);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
;// CONCATENATED MODULE: ./src/formats/tfjs-graph/attrs.ts
/**
 * Attribute values as TensorFlow writes a NodeDef in JSON (proto3's JSON mapping): strings are
 * base64 (`"padding": {"s": "U0FNRQ=="}` is SAME), 64-bit integers are decimal strings
 * (`"strides": {"list": {"i": ["1", "2", "2", "1"]}}`), empty lists and default values are left
 * out (`"explicit_paddings": {"list": {}}`). A reader returns undefined for an attribute that is
 * absent and a `Problem` for one that is there but malformed, so the builder can apply TF's
 * defaults and still report a bad value.
 */
const isProblem = (v) => typeof v === 'object' && v !== null && 'problem' in v;
function field(attrs, key, kind) {
    const value = attrs?.[key];
    if (value === undefined || value === null || typeof value !== 'object')
        return undefined;
    return value[kind];
}
/** proto3 JSON writes int64 as a decimal string; int32 may be a number. */
function toInteger(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) ? value : undefined;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) {
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : undefined;
    }
    return undefined;
}
/** A base64 `bytes` value (TF's `s`) as text. */
function decodeBase64(value) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value))
        return undefined;
    return Buffer.from(value, 'base64').toString('latin1');
}
function stringAttr(attrs, key) {
    const raw = field(attrs, key, 's');
    if (raw === undefined)
        return undefined;
    return decodeBase64(raw) ?? { problem: `\`${key}.s\` must be a base64 string (TF writes strings as base64), got ${show(raw)}` };
}
function intAttr(attrs, key) {
    const raw = field(attrs, key, 'i');
    if (raw === undefined)
        return undefined;
    return toInteger(raw) ?? { problem: `\`${key}.i\` must be an integer (a decimal string), got ${show(raw)}` };
}
function boolAttr(attrs, key) {
    const raw = field(attrs, key, 'b');
    if (raw === undefined)
        return undefined;
    return typeof raw === 'boolean' ? raw : { problem: `\`${key}.b\` must be true or false, got ${show(raw)}` };
}
/** `list.i`; an attribute present with an empty `list: {}` is the empty list. */
function intListAttr(attrs, key) {
    const list = field(attrs, key, 'list');
    if (list === undefined)
        return undefined;
    if (typeof list !== 'object' || list === null)
        return { problem: `\`${key}.list\` must be an object, got ${show(list)}` };
    const raw = list.i;
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        return { problem: `\`${key}.list.i\` must be a list of integers, got ${show(raw)}` };
    const values = raw.map(toInteger);
    if (values.some((v) => v === undefined))
        return { problem: `\`${key}.list.i\` must be a list of integers (decimal strings), got ${show(raw)}` };
    return values;
}
function stringListAttr(attrs, key) {
    const list = field(attrs, key, 'list');
    if (list === undefined)
        return undefined;
    const raw = typeof list === 'object' && list !== null ? list.s : undefined;
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        return { problem: `\`${key}.list.s\` must be a list of base64 strings, got ${show(raw)}` };
    const values = raw.map(decodeBase64);
    if (values.some((v) => v === undefined))
        return { problem: `\`${key}.list.s\` must be a list of base64 strings, got ${show(raw)}` };
    return values;
}
/** A `TensorShapeProto` in JSON: `{dim: [{size: "-1"}, …]}` (−1: unknown; a missing size is 0). */
function shapeDims(shape) {
    if (typeof shape !== 'object' || shape === null)
        return undefined;
    const s = shape;
    if (s.unknownRank === true)
        return undefined;
    if (s.dim === undefined)
        return [];
    if (!Array.isArray(s.dim))
        return undefined;
    const dims = s.dim.map((d) => (typeof d === 'object' && d !== null ? toInteger(d.size ?? '0') : undefined));
    return dims.every((d) => d !== undefined) ? dims : undefined;
}
/** The shape of a Const node's tensor (`attr.value.tensor.tensorShape`). */
function constShape(attrs) {
    const tensor = field(attrs, 'value', 'tensor');
    if (typeof tensor !== 'object' || tensor === null)
        return undefined;
    return shapeDims(tensor.tensorShape);
}
/**
 * The integer values of a Const node's tensor when the file holds them (`intVal`, `int64Val`,
 * or little-endian `tensorContent`): the TF.js converter moves every constant into the weight
 * shards, so a converted model usually has none and this returns undefined. Only small
 * tensors are decoded: an integer tensor the geometry needs (paddings, sizes, axes) has a few.
 */
function constInts(attrs) {
    const tensor = field(attrs, 'value', 'tensor');
    if (typeof tensor !== 'object' || tensor === null)
        return undefined;
    const t = tensor;
    const dims = shapeDims(t.tensorShape) ?? [];
    const count = dims.reduce((a, b) => a * b, 1);
    if (!(count >= 0 && count <= MAX_CONST_VALUES))
        return undefined;
    if (typeof t.tensorContent === 'string') {
        const width = t.dtype === 'DT_INT64' ? 8 : t.dtype === 'DT_INT32' ? 4 : 0;
        if (width === 0)
            return undefined;
        const bytes = Buffer.from(t.tensorContent, 'base64');
        if (bytes.length !== count * width)
            return undefined;
        return Array.from({ length: count }, (_, i) => (width === 8 ? Number(bytes.readBigInt64LE(i * 8)) : bytes.readInt32LE(i * 4)));
    }
    const raw = Array.isArray(t.intVal) ? t.intVal : Array.isArray(t.int64Val) ? t.int64Val : undefined;
    if (!raw || raw.length === 0)
        return undefined;
    const values = raw.map(toInteger);
    if (values.some((v) => v === undefined))
        return undefined;
    // TensorProto: fewer values than elements repeat the last one (a splat constant).
    return Array.from({ length: count }, (_, i) => values[Math.min(i, values.length - 1)]);
}
/** Paddings, sizes and axes have at most 2 × rank values; a larger tensor is data, not geometry. */
const MAX_CONST_VALUES = 64;
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

;// CONCATENATED MODULE: ./src/formats/tfjs-graph/ops.ts
/**
 * TensorFlow ops by how they map positions, as the TF.js converter writes them into a graph
 * model (tfjs-converter's op list; TF's own op definitions for the attributes and their
 * defaults). Ops that consume only constants are folded away by the builder, so only ops on a
 * path from a Placeholder are looked up here.
 */
/** Activations, normalisations, casts, elementwise math: output u reads input u. */
const POINTWISE_OPS = new Set([
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
const ELEMENTWISE_OPS = new Set([
    'Add', 'AddN', 'AddV2', 'BiasAdd', 'Div', 'DivNoNan', 'Equal', 'FloorDiv', 'FloorMod', 'Greater', 'GreaterEqual',
    'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'Maximum', 'Minimum', 'Mod', 'Mul', 'NotEqual', 'Pow', 'RealDiv',
    'Select', 'SelectV2', 'SquaredDifference', 'Sub',
]);
/** Reductions: global over a spatial axis, pointwise over the channels. Axes are input 1. */
const REDUCTION_OPS = new Set(['Mean', 'Sum', 'Max', 'Min', 'Prod', 'All', 'Any']);
/** Ops that mix every position whatever they are given (dense layers, reshapes, transposes). */
const GLOBAL_OPS = new Set([
    'MatMul', '_FusedMatMul', 'BatchMatMul', 'BatchMatMulV2', 'Einsum', 'Reshape', 'Transpose', 'ExpandDims',
]);
/** Ops whose output carries no positions (a shape, a rank): what consumes them reads no data from them. */
const SHAPE_OPS = new Set(['Const', 'Shape', 'ShapeN', 'Size', 'Rank', 'NoOp']);
/** `_FusedConv2D`/`_FusedMatMul` `fused_ops` that act on each position alone. */
const FUSED_POINTWISE = new Set([
    'BiasAdd', 'Relu', 'Relu6', 'Elu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Prelu', 'FusedBatchNorm', 'Swish', 'Add',
]);
/** The ops with a window, by how the builder reads them. */
const WINDOW_OPS = {
    Conv2D: 'conv',
    _FusedConv2D: 'conv',
    DepthwiseConv2dNative: 'conv',
    FusedDepthwiseConv2dNative: 'conv',
    MaxPool: 'pool',
    AvgPool: 'pool',
    Conv2DBackpropInput: 'deconv',
};
function windowKind(op) {
    return Object.hasOwn(WINDOW_OPS, op) ? WINDOW_OPS[op] : undefined;
}
/** Every op the builder maps, for did-you-mean. */
function knownOps() {
    return [
        ...POINTWISE_OPS, ...ELEMENTWISE_OPS, ...REDUCTION_OPS, ...GLOBAL_OPS, ...SHAPE_OPS, ...Object.keys(WINDOW_OPS),
        'Placeholder', 'Pad', 'PadV2', 'MirrorPad', 'ResizeNearestNeighbor', 'ResizeBilinear', 'SpaceToDepth', 'DepthToSpace',
        'ConcatV2', 'Concat', 'Split', 'SplitV', 'Squeeze', 'Softmax', 'LogSoftmax', 'IdentityN',
    ];
}

;// CONCATENATED MODULE: ./src/formats/tfjs-graph/graphdef.ts
/**
 * A TF GraphDef (a TF.js graph model's `modelTopology`) indexed for the builder: nodes by name,
 * each node's inputs as indexes (`name:1` is node `name`; control inputs `^name` carry no data),
 * an order in which every node comes after its inputs (a GraphDef need not list them so), and
 * the data path: the nodes a Placeholder feeds, not through a shape or a size.
 */





class GraphDef {
    locate;
    defs;
    byName = new Map();
    /** Each node's inputs (indexes), control inputs left out. */
    inputs = [];
    /** Every node after its inputs (set once, by `index`). */
    order = [];
    /** Whether a Placeholder feeds the node. */
    isData = [];
    /** Shapes of the weights by name (`weightsManifest`). */
    weightShapes = new Map();
    constructor(file, locate) {
        this.locate = locate;
        this.defs = file.modelTopology.node;
        for (const group of file.weightsManifest ?? [])
            for (const w of group.weights ?? [])
                this.weightShapes.set(w.name, w.shape);
    }
    static index(file, locate, maxNodes) {
        const g = new GraphDef(file, locate);
        if (g.defs.length > maxNodes) {
            return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.tooManyNodes, `more than ${maxNodes} nodes (the limit); is the file generated by mistake?`, g.at(maxNodes))] };
        }
        const linked = g.link();
        if (linked.length > 0)
            return { diagnostics: linked };
        const order = g.sort();
        if ('diagnostics' in order)
            return order;
        g.order = order.order;
        g.markData();
        return g;
    }
    /** Where node `index` (or a value inside it) is written. */
    at(index, ...path) {
        return this.locate.at(['modelTopology', 'node', index, ...path]);
    }
    /** `node "conv1" (Conv2D)`, for messages. */
    label(index) {
        const def = this.defs[index];
        return `node "${def.name}" (${def.op})`;
    }
    /** The inputs of node `index` (or those among `among`) that come from the data path, in order. */
    dataInputs(index, among) {
        return (among ?? this.inputs[index]).filter((i) => this.isData[i]);
    }
    /** The integer values of input `input` when the file holds them, or where they are instead. */
    constValues(index, input) {
        const source = this.inputs[index][input];
        if (source === undefined)
            return { where: 'missing' };
        const def = this.defs[source];
        if (def.op !== 'Const')
            return { where: `computed at run time (by "${def.name}")` };
        const values = constInts(def.attr);
        return values ? { values, where: 'in the file' } : { where: `stored in the weight shards (Const "${def.name}")` };
    }
    /** Names → indexes; every data input must name a node. */
    link() {
        const problems = [];
        this.defs.forEach((def, index) => {
            if (this.byName.has(def.name))
                problems.push((0,diagnostic/* error */.z3)(CODES.duplicateName, `${this.label(index)}: another node has the name "${def.name}"; node names are unique in a graph`, this.at(index, 'name')));
            else
                this.byName.set(def.name, index);
        });
        this.defs.forEach((def, index) => {
            const ins = [];
            (def.input ?? []).forEach((ref, j) => {
                if (ref.startsWith('^'))
                    return;
                const name = ref.replace(/:\d+$/, '');
                const source = this.byName.get(name);
                if (source === undefined)
                    problems.push((0,diagnostic/* error */.z3)(CODES.unknownInput, `${this.label(index)}: input "${ref}" names no node${(0,suggest/* didYouMean */.au)(name, this.byName.keys())}`, this.at(index, 'input', j)));
                else
                    ins.push(source);
            });
            this.inputs.push(ins);
        });
        return problems;
    }
    /** Kahn's algorithm over the data edges: GraphDefs need not list nodes in order. */
    sort() {
        const n = this.defs.length;
        const indegree = new Int32Array(n);
        const consumers = Array.from({ length: n }, () => []);
        this.inputs.forEach((ins, index) => {
            for (const i of ins) {
                indegree[index]++;
                consumers[i].push(index);
            }
        });
        const order = [];
        for (let i = 0; i < n; i++)
            if (indegree[i] === 0)
                order.push(i);
        for (let head = 0; head < order.length; head++) {
            for (const c of consumers[order[head]])
                if (--indegree[c] === 0)
                    order.push(c);
        }
        if (order.length < n) {
            const stuck = indegree.findIndex((d) => d > 0);
            return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.cycle, `${this.label(stuck)} is on a cycle of the graph (TF control flow: a while loop); rflint reads acyclic graphs`, this.at(stuck))] };
        }
        return { order };
    }
    /** A node is on the data path when a Placeholder feeds it (not through a shape or a size). */
    markData() {
        for (const index of this.order) {
            const op = this.defs[index].op;
            this.isData[index] = op === 'Placeholder' || (!SHAPE_OPS.has(op) && this.inputs[index].some((i) => this.isData[i]));
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/tfjs-graph/build.ts
/**
 * A TF GraphDef (a TF.js graph model's `modelTopology`, indexed by graphdef.ts) → the graph IR.
 * Only the data path is built: nodes fed, directly or not, by a Placeholder. Constants (weights, paddings, axes) and
 * what is computed from them or from a tensor's shape alone are folded away; a node on the data
 * path whose op rflint cannot map is an error naming it (unless `--assume` says how it maps).
 * Each IR node is named after its TF node (a fused conv with a residual `Add` is two nodes: the
 * conv, `<name>/conv`, then the merge under the TF name). Spatial sizes are tracked alongside,
 * when the input size is known: a resize's scale and a transposed conv's padding depend on them.
 */







const AXES = 2;
/** The positions of H and W in a 4-D tensor of each layout. */
const SPATIAL = { NHWC: [1, 2], NCHW: [2, 3] };
/** A node that cannot be mapped: the diagnostic, already positioned. */
class NodeProblem extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
function buildGraph(file, locate, options) {
    const g = GraphDef.index(file, locate, options.limits.maxNodes);
    return 'diagnostics' in g ? g : new Builder(g, locate, options).build();
}
class Builder {
    g;
    locate;
    options;
    /** File index → the IR node holding its output. */
    irOf = new Map();
    sizeOf = new Map();
    nodes = [];
    positions = [];
    tensors = new Map();
    assumptions = [];
    problems = [];
    /** Concats whose axis is in the weight shards: assumed to join channels. */
    assumedConcats = [];
    /** Splits whose axis is in the weight shards: assumed to split channels. */
    assumedSplits = [];
    /** Nodes whose size waits for a resize's size (in the weight shards), by file index. */
    pending = new Map();
    /** Resizes (file index) whose size a merge settled. */
    settled = new Set();
    /**
     * Nodes computed from a global pool alone (squeeze-and-excitation's pool → dense → sigmoid):
     * a product of a feature map with one is a channel-attention gate.
     */
    gates = new Set();
    /** IR nodes whose every position sees the whole input (a global op is on their path). */
    globalPath = new Set();
    /** Gated products, by name, and the warnings for the report. */
    gated = [];
    warnings = [];
    layout = 'NHWC';
    inputSize;
    constructor(g, locate, options) {
        this.g = g;
        this.locate = locate;
        this.options = options;
    }
    fail(code, index, message, ...path) {
        throw new NodeProblem((0,diagnostic/* error */.z3)(code, `${this.g.label(index)}: ${message}`, this.g.at(index, ...path)));
    }
    build() {
        this.chooseLayout();
        const sized = this.readInputSize();
        if (sized)
            return { diagnostics: [sized] };
        const failed = new Set();
        for (const index of this.g.order) {
            if (!this.g.isData[index])
                continue;
            if (this.g.inputs[index].some((i) => failed.has(i))) {
                failed.add(index);
                continue;
            }
            try {
                this.buildNode(index);
                this.followPending(index);
                const data = this.g.dataInputs(index);
                if (data.length > 0 && data.every((i) => this.gates.has(i)))
                    this.gates.add(index);
            }
            catch (err) {
                if (!(err instanceof NodeProblem))
                    throw err;
                this.problems.push(err.diagnostic);
                failed.add(index);
            }
        }
        for (const p of new Set(this.pending.values())) {
            if (this.settled.has(p.resize))
                continue;
            this.settled.add(p.resize);
            this.problems.push((0,diagnostic/* error */.z3)(CODES.valueInWeights, `${this.g.label(p.resize)}: its output size is ${p.where}, and rflint reads no weights; nor is it merged with a tensor of known size, which would tell, so its scale is unknown`, this.g.at(p.resize, 'input', 1)));
        }
        if (this.problems.length > 0)
            return { diagnostics: this.problems };
        if (this.nodes.length === 0 || !this.nodes.some((n) => n.op.kind === 'input')) {
            return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.noInput, 'the graph has no Placeholder node: rflint starts from the model\'s input (op `Placeholder`)', this.locate.at(['modelTopology', 'node']))] };
        }
        if (this.gated.length > 0) {
            const n = this.gated.length;
            const names = `${this.gated.slice(0, 2).join(', ')}${n > 2 ? ', …' : ''}`;
            this.assumptions.push(this.options.channelAttentionPointwise
                ? `${n} channel-attention gate${n === 1 ? '' : 's'} (${names}) treated as pointwise, as asked`
                : `${n} channel-attention gate${n === 1 ? '' : 's'} (${names}) make${n === 1 ? 's' : ''} what follows global`);
        }
        for (const [names, what, verb] of [[this.assumedConcats, 'concat', 'join'], [this.assumedSplits, 'split', 'split']]) {
            const n = names.length;
            if (n === 0)
                continue;
            this.assumptions.push(`${n} ${what}${n === 1 ? '' : 's'} (${names.slice(0, 2).join(', ')}${n > 2 ? ', …' : ''}) ${verb}${n === 1 ? 's' : ''} channels: ${n === 1 ? 'its' : 'their'} axis is in the weight shards`);
        }
        return {
            graph: { axes: AXES, nodes: this.nodes },
            outputs: this.outputs(),
            tensors: this.tensors,
            positions: this.positions,
            ...(this.inputSize ? { inputSize: this.inputSize } : {}),
            assumptions: this.assumptions,
            warnings: this.warnings,
        };
    }
    /** NCHW when the data path's convolutions and pools say so (TF.js itself runs NHWC). */
    chooseLayout() {
        for (const index of this.g.order) {
            if (!this.g.isData[index])
                continue;
            const format = stringAttr(this.g.defs[index].attr, 'data_format');
            if (typeof format === 'string' && format.startsWith('NCHW')) {
                this.layout = 'NCHW';
                return;
            }
            if (typeof format === 'string')
                return;
        }
    }
    /** The options' size, else the first 4-D Placeholder's H and W (−1: unknown). */
    readInputSize() {
        const given = this.options.inputSize;
        if (given && given.length > 0) {
            if (given.length > AXES)
                return (0,diagnostic/* error */.z3)(CODES.attribute, `the input size has ${given.length} values; a TF.js graph model takes height × width (e.g. --input-size 224x224)`, this.locate.at(['modelTopology']));
            this.inputSize = given.length === 1 ? [given[0], given[0]] : [...given];
            this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from the input size given`);
            return undefined;
        }
        for (const index of this.g.order) {
            const def = this.g.defs[index];
            if (def.op !== 'Placeholder')
                continue;
            const dims = shapeDims(def.attr?.shape?.shape);
            if (!dims || dims.length !== 4)
                continue;
            const hw = SPATIAL[this.layout].map((a) => dims[a]);
            if (hw.every((d) => d > 0)) {
                this.inputSize = hw;
                this.assumptions.push(`input ${hw.join('×')} (height × width) from the shape of Placeholder "${def.name}"`);
            }
            return undefined;
        }
        return undefined;
    }
    add(index, name, op, inputs) {
        this.options.deadline?.check();
        this.nodes.push({ name, op, inputs });
        this.positions.push(this.g.at(index));
        if (op.kind === 'global' || inputs.some((i) => this.globalPath.has(i)))
            this.globalPath.add(this.nodes.length - 1);
        return this.nodes.length - 1;
    }
    finish(index, node, size) {
        this.irOf.set(index, node);
        this.sizeOf.set(index, size);
        this.tensors.set(this.g.defs[index].name, node);
    }
    buildNode(index) {
        const def = this.g.defs[index];
        const op = def.op;
        const data = this.g.dataInputs(index);
        const x = data[0];
        const xNode = x === undefined ? undefined : this.irOf.get(x);
        const xSize = x === undefined ? undefined : this.sizeOf.get(x);
        const one = (irOp, size, input = xNode) => this.finish(index, this.add(index, def.name, irOp, input === undefined ? [] : [input]), size);
        if (op === 'Placeholder')
            return one(rf/* input */.hF, this.inputSize);
        const assumed = this.options.assume?.get(op);
        if (assumed)
            return one(assumed === 'global' ? global(`${op} (assumed global)`) : rf/* pointwise */.rp, assumed === 'global' ? undefined : xSize);
        const kind = windowKind(op);
        if (kind)
            return this.buildWindow(index, kind);
        if (POINTWISE_OPS.has(op) && data.length <= 1)
            return one(rf/* pointwise */.rp, xSize);
        if (ELEMENTWISE_OPS.has(op) || op === 'IdentityN') {
            if (data.length === 1)
                return one(rf/* pointwise */.rp, xSize);
            const features = data.filter((i) => !this.gates.has(i));
            if (features.length > 0 && features.length < data.length)
                return this.buildGated(index, features, data.find((i) => this.gates.has(i)));
            return this.finish(index, this.add(index, def.name, rf/* merge */.h1(op), data.map((i) => this.irOf.get(i))), xSize);
        }
        switch (op) {
            case 'Pad':
            case 'PadV2':
            case 'MirrorPad':
                return this.buildPad(index, xNode, xSize);
            case 'ResizeNearestNeighbor':
            case 'ResizeBilinear':
                return this.buildResize(index, xNode, xSize);
            case 'SpaceToDepth':
            case 'DepthToSpace': {
                const block = this.required(index, 'block_size', intAttr(def.attr, 'block_size'), 'an integer ≥ 2');
                if (block < 1)
                    this.fail(CODES.attribute, index, `\`block_size\` must be ≥ 1, got ${block}`, 'attr', 'block_size');
                const down = op === 'SpaceToDepth';
                return one(down ? rf/* spaceToDepth */.FI(AXES, block) : rf/* depthToSpace */.Rj(AXES, block), xSize?.map((n) => (n === undefined ? undefined : down ? n / block : n * block)));
            }
            case 'ConcatV2':
            case 'Concat':
                return this.buildConcat(index, xSize);
            case 'Split':
            case 'SplitV': {
                // Every output (`name:k`) is a slice of the channels: each reads the same positions.
                const axisInput = op === 'Split' ? 0 : 2;
                const axis = this.g.constValues(index, axisInput);
                if (axis.values && axis.values.length === 1 && this.isSpatialAxis(axis.values[0])) {
                    this.fail(CODES.unsupported, index, `it splits along a spatial axis (${axis.values[0]}); rflint maps splits of channels`, 'input', axisInput);
                }
                if (!axis.values)
                    this.assumedSplits.push(`"${def.name}"`);
                return one(rf/* pointwise */.rp, xSize);
            }
            case 'Squeeze': {
                const dims = intListAttr(def.attr, 'squeeze_dims') ?? intListAttr(def.attr, 'axis') ?? [];
                if (isProblem(dims))
                    this.fail(CODES.attribute, index, dims.problem, 'attr');
                // Without dims every axis of size 1 goes, spatial ones included.
                const spatial = dims.length === 0 || dims.some((d) => this.isSpatialAxis(d));
                return spatial ? one(global('Squeeze of the spatial axes'), undefined) : one(rf/* pointwise */.rp, xSize);
            }
            case 'Softmax':
            case 'LogSoftmax':
                // TF normalises over the last axis: the channels in NHWC, the width in NCHW.
                return this.layout === 'NHWC' ? one(rf/* pointwise */.rp, xSize) : one(global(`${op} over the width (NCHW)`), undefined);
            default:
                break;
        }
        if (REDUCTION_OPS.has(op))
            return this.buildReduction(index, xSize);
        if (GLOBAL_OPS.has(op))
            return one(global(op), undefined);
        // After a dense layer or a reshape every position already sees the whole input: what a
        // detector's post-processing does there (TopKV2, NonMaxSuppressionV5, GatherV2) cannot change it.
        if (data.length > 0 && data.every((i) => this.globalPath.has(this.irOf.get(i)))) {
            return this.finish(index, this.add(index, def.name, data.length > 1 ? rf/* merge */.h1(op) : rf/* pointwise */.rp, data.map((i) => this.irOf.get(i))), undefined);
        }
        this.fail(CODES.unknownOp, index, `rflint does not know how op \`${op}\` maps positions${(0,suggest/* didYouMean */.au)(op, knownOps())}; if you know, say so with assume (--assume ${op}=pointwise or ${op}=global, or \`assume\` in rules)`, 'op');
    }
    required(index, key, value, what) {
        if (value === undefined)
            this.fail(CODES.attribute, index, `attribute \`${key}\` is missing; it must be ${what}`, 'attr');
        if (isProblem(value))
            this.fail(CODES.attribute, index, value.problem, 'attr', key);
        return value;
    }
    dataFormat(index) {
        const format = stringAttr(this.g.defs[index].attr, 'data_format');
        if (format === undefined)
            return 'NHWC';
        if (isProblem(format))
            this.fail(CODES.attribute, index, format.problem, 'attr', 'data_format');
        if (format === 'NHWC' || format === 'NCHW')
            return format;
        return this.fail(CODES.attribute, index, `\`data_format\` must be NHWC or NCHW, got ${show(format)}`, 'attr', 'data_format');
    }
    /** A 4-vector attribute in the node's layout → its [height, width] values. */
    perAxis(index, key, layout, fallback, min) {
        const def = this.g.defs[index];
        const values = intListAttr(def.attr, key);
        if (values === undefined || (Array.isArray(values) && values.length === 0))
            return [fallback, fallback];
        if (isProblem(values))
            this.fail(CODES.attribute, index, values.problem, 'attr', key);
        if (values.length !== 4)
            this.fail(CODES.attribute, index, `\`${key}\` must have 4 values (one per axis of ${layout}), got ${values.length}`, 'attr', key);
        const hw = SPATIAL[layout].map((a) => values[a]);
        if (hw.some((v) => v < min))
            this.fail(CODES.attribute, index, `\`${key}\` must be ≥ ${min} on height and width, got ${show(values)}`, 'attr', key);
        return hw;
    }
    /** The shape of a filter: its Const node's `tensorShape`, else its weightsManifest entry. */
    filterShape(index, input, rank) {
        let source = this.g.inputs[index][input];
        // A filter may reach the conv through Identity nodes (frozen variables read by Identity).
        for (let hops = 0; source !== undefined && this.g.defs[source].op === 'Identity' && hops < 16; hops++)
            source = this.g.inputs[source][0];
        const def = source === undefined ? undefined : this.g.defs[source];
        const shape = (def && constShape(def.attr)) ?? (def && this.g.weightShapes.get(def.name));
        if (!shape || shape.length !== rank) {
            const name = def?.name ?? `input ${input}`;
            this.fail(CODES.kernelShape, index, `the kernel shape comes from its filter "${name}", which has ${shape ? `the shape ${show(shape)}, not ${rank}-D` : 'no shape in its Const node nor in weightsManifest'}`, 'input', input);
        }
        if (shape.slice(0, 2).some((k) => !(k >= 1)))
            this.fail(CODES.kernelShape, index, `the filter's height and width must be ≥ 1, got ${show(shape)}`, 'input', input);
        return [...shape];
    }
    buildWindow(index, kind) {
        const def = this.g.defs[index];
        const layout = this.dataFormat(index);
        const stride = this.perAxis(index, 'strides', layout, 1, 1);
        const dilation = kind === 'pool' ? [1, 1] : this.perAxis(index, 'dilations', layout, 1, 1);
        const kernel = kind === 'pool' ? this.perAxis(index, 'ksize', layout, 0, 1) : this.filterShape(index, 1, 4).slice(0, 2);
        if (kind === 'pool' && intListAttr(def.attr, 'ksize') === undefined)
            this.fail(CODES.attribute, index, 'attribute `ksize` is missing; it must list the window per axis', 'attr');
        const padding = this.required(index, 'padding', stringAttr(def.attr, 'padding'), 'SAME, VALID or EXPLICIT');
        let pads;
        if (padding === 'EXPLICIT') {
            const list = intListAttr(def.attr, 'explicit_paddings');
            if (isProblem(list))
                this.fail(CODES.attribute, index, list.problem, 'attr', 'explicit_paddings');
            if (!list || list.length !== 8)
                this.fail(CODES.attribute, index, `EXPLICIT padding needs \`explicit_paddings\` with 8 values (begin, end per axis), got ${show(list ?? [])}`, 'attr');
            pads = SPATIAL[layout].map((a) => ({ begin: list[2 * a], end: list[2 * a + 1] }));
            if (pads.some((p) => p.begin < 0 || p.end < 0))
                this.fail(CODES.attribute, index, `\`explicit_paddings\` must be ≥ 0, got ${show(list)}`, 'attr', 'explicit_paddings');
        }
        else if (padding === 'VALID') {
            pads = [0, 1].map(() => ({ begin: 0, end: 0 }));
        }
        else if (padding !== 'SAME') {
            this.fail(CODES.attribute, index, `\`padding\` must be SAME, VALID or EXPLICIT, got ${show(padding)}`, 'attr', 'padding');
        }
        const extent = kernel.map((k, a) => dilation[a] * (k - 1) + 1);
        if (kind === 'deconv')
            return this.buildDeconv(index, { kernel, stride, dilation, extent, pads, layout });
        const data = this.g.dataInputs(index);
        const x = data[0];
        const xSize = this.sizeOf.get(x);
        const size = xSize?.map((n, a) => (n === undefined ? undefined : pads ? Math.floor((n + pads[a].begin + pads[a].end - extent[a]) / stride[a]) + 1 : Math.ceil(n / stride[a])));
        const op = {
            kind: 'conv',
            ...(kind === 'pool' ? { pool: def.op === 'MaxPool' ? 'max' : 'avg' } : {}),
            kernel,
            stride,
            dilation,
            pad: pads ?? [0, 1].map(() => ({ same: 'upper' })),
        };
        this.checkFusedOps(index);
        // A fused residual `Add` (num_args 2) brings a second tensor from the data path.
        const extra = def.op === '_FusedConv2D' ? data.slice(1) : [];
        if (extra.length === 0)
            return this.finish(index, this.add(index, def.name, op, [this.irOf.get(x)]), size);
        const conv = this.add(index, `${def.name}/conv`, op, [this.irOf.get(x)]);
        this.finish(index, this.add(index, def.name, rf/* merge */.h1('Add'), [conv, ...extra.map((i) => this.irOf.get(i))]), size);
    }
    checkFusedOps(index) {
        const fused = stringListAttr(this.g.defs[index].attr, 'fused_ops');
        if (fused === undefined)
            return;
        if (isProblem(fused))
            this.fail(CODES.attribute, index, fused.problem, 'attr', 'fused_ops');
        const unknown = fused.find((f) => !FUSED_POINTWISE.has(f));
        if (unknown !== undefined)
            this.fail(CODES.unknownOp, index, `fused op \`${unknown}\` is not one rflint knows to be pointwise (BiasAdd, Relu, Relu6, FusedBatchNorm, …)`, 'attr', 'fused_ops');
    }
    /**
     * `Conv2DBackpropInput(input_sizes, filter, out_backprop)`: the gradient of a conv whose input
     * has `input_sizes`, so the forward conv's padding, computed at that size, is the begin pad of
     * the transposed conv; what the forward conv's floor division dropped is output padding.
     */
    buildDeconv(index, w) {
        const def = this.g.defs[index];
        const x = this.g.inputs[index][2];
        if (x === undefined || !this.g.isData[x])
            this.fail(CODES.attribute, index, 'its third input (out_backprop) must come from the data path', 'input');
        const inSize = this.sizeOf.get(x) ?? [undefined, undefined];
        const keras = (n, a) => {
            const s = w.stride[a];
            const explicit = w.pads ? w.pads[a].begin + w.pads[a].end : 0;
            return w.pads ? n * s + Math.max(w.extent[a] - s, 0) - explicit : n * s;
        };
        const given = this.g.constValues(index, 0);
        let outSize;
        if (given.values && given.values.length === 4) {
            outSize = SPATIAL[w.layout].map((a) => given.values[a]);
        }
        else {
            // Computed at run time or stored in the shards: Keras' rule (deconv_output_length with
            // output_padding None): SAME n·s, VALID n·s + max(kernel − s, 0).
            outSize = inSize.map((n, a) => (n === undefined ? undefined : keras(n, a)));
            this.assumptions.push(`${this.g.label(index)}: output size as Keras computes it (n · stride${w.pads ? ' + max(kernel − stride, 0)' : ''}), since \`input_sizes\` is ${given.where}`);
        }
        const pad = [];
        const outputPadding = [];
        for (let a = 0; a < AXES; a++) {
            const s = w.stride[a];
            const ext = w.extent[a];
            const out = outSize[a];
            // The forward conv's input size is the deconv's input size; derive it when unknown.
            const n = inSize[a] ?? (out === undefined ? undefined : w.pads ? Math.floor((out + w.pads[a].begin + w.pads[a].end - ext) / s) + 1 : Math.ceil(out / s));
            let begin;
            let end;
            if (w.pads) {
                ({ begin, end } = w.pads[a]);
            }
            else {
                const total = out === undefined || n === undefined ? Math.max(ext - s, 0) : Math.max((n - 1) * s + ext - out, 0);
                begin = Math.floor(total / 2);
                end = total - begin;
            }
            const natural = n === undefined ? undefined : (n - 1) * s + ext - begin - end;
            // Keras' rule without any size: what it adds beyond the natural size is max(s − kernel, 0).
            const extra = out === undefined || natural === undefined ? Math.max(s - ext, 0) : out - natural;
            // The forward conv's floor division drops fewer than `stride` positions.
            if (extra < 0 || extra >= s)
                this.fail(CODES.attribute, index, `\`input_sizes\` ${show(outSize)} does not fit a stride-${s} transposed conv of input size ${n}`, 'input', 0);
            pad.push({ begin, end });
            outputPadding.push(Math.max(extra, 0));
        }
        const op = { kind: 'deconv', kernel: w.kernel, stride: w.stride, dilation: w.dilation, pad, outputPadding };
        this.finish(index, this.add(index, def.name, op, [this.irOf.get(x)]), outSize.some((v) => v === undefined) ? (inSize.some((v) => v === undefined) ? undefined : outSize) : outSize);
    }
    isSpatialAxis(axis) {
        const a = axis < 0 ? axis + 4 : axis;
        return SPATIAL[this.layout].includes(a);
    }
    buildPad(index, x, xSize) {
        const def = this.g.defs[index];
        const paddings = this.g.constValues(index, 1);
        if (!paddings.values) {
            this.fail(CODES.valueInWeights, index, `its paddings are ${paddings.where}, and rflint reads no weights; the TF.js converter moves every constant there, so rflint cannot tell how much this node pads`, 'input', 1);
        }
        if (paddings.values.length !== 8)
            this.fail(CODES.attribute, index, `paddings must be a 4×2 tensor (begin, end per axis), got ${paddings.values.length} values`, 'input', 1);
        const [h, w] = SPATIAL[this.layout].map((a) => [paddings.values[2 * a], paddings.values[2 * a + 1]]);
        if ([...h, ...w].some((p) => p < 0))
            this.fail(CODES.attribute, index, `paddings must be ≥ 0, got ${show(paddings.values)}`, 'input', 1);
        const begin = [h[0], w[0]];
        const end = [h[1], w[1]];
        this.finish(index, this.add(index, def.name, rf/* pad */.eV(AXES, begin, end), [x]), xSize?.map((n, a) => (n === undefined ? undefined : n + begin[a] + end[a])));
    }
    /**
     * TF's resize kernels: with neither flag, x = u·in/out (asymmetric; nearest rounds down);
     * `half_pixel_centers`: bilinear x = (u + ½)·in/out − ½, nearest floor((u + ½)·in/out);
     * `align_corners`: x = u·(in − 1)/(out − 1), nearest rounding half away from zero.
     */
    buildResize(index, x, xSize) {
        const def = this.g.defs[index];
        const nearest = def.op === 'ResizeNearestNeighbor';
        const size = this.g.constValues(index, 1);
        if (size.values && (size.values.length !== 2 || size.values.some((v) => v < 1)))
            this.fail(CODES.attribute, index, `its size must be [height, width] ≥ 1, got ${show(size.values)}`, 'input', 1);
        const alignCorners = boolAttr(def.attr, 'align_corners') ?? false;
        const halfPixel = boolAttr(def.attr, 'half_pixel_centers') ?? false;
        if (isProblem(alignCorners))
            this.fail(CODES.attribute, index, alignCorners.problem, 'attr', 'align_corners');
        if (isProblem(halfPixel))
            this.fail(CODES.attribute, index, halfPixel.problem, 'attr', 'half_pixel_centers');
        // Spreading a global pool over a map (DeepLab's image pooling): every position already sees
        // the whole input, however it is spread.
        if (this.gates.has(this.g.dataInputs(index)[0]))
            return this.finish(index, this.add(index, def.name, rf/* pointwise */.rp, [x]), size.values);
        if (!xSize || xSize.some((n) => n === undefined)) {
            const to = size.values ? `to ${size.values.join('×')}` : 'to a fixed size';
            this.fail(CODES.needsInputSize, index, `it resizes ${to}, so its scale depends on the input size, which the Placeholder leaves open; set it (--input-size, rules \`input_size\`)`);
        }
        const inSize = xSize;
        const coordinates = alignCorners ? 'align_corners' : halfPixel ? (nearest ? 'tf_half_pixel_for_nn' : 'half_pixel') : 'asymmetric';
        const make = (out) => rf/* resize */.XR(AXES, { scale: out.map((o, a) => rf/* frac */.Ju(o, inSize[a])), mode: nearest ? 'nearest' : 'linear', rounding: nearest && alignCorners ? 'round_prefer_ceil' : 'floor', coordinates, size: [...out] });
        if (size.values)
            return this.finish(index, this.add(index, def.name, make(size.values), [x]), size.values);
        // The size is in the weight shards: the tensor this resize is merged with will tell (FPN,
        // U-Net). Until then the node holds a scale of 1 and its size is unknown.
        const node = this.add(index, def.name, make(inSize), [x]);
        this.finish(index, node, undefined);
        this.pending.set(index, { resize: index, node, make, where: size.where });
    }
    /**
     * After a node is built: a size-preserving node passes a pending resize on; a merge with a
     * tensor of known size settles it (and takes that size).
     */
    followPending(index) {
        const data = this.g.dataInputs(index);
        const waiting = data.map((i) => this.pending.get(i)).filter((p) => p !== undefined);
        if (waiting.length === 0)
            return;
        const op = this.nodes[this.irOf.get(index)].op;
        if (op.kind === 'merge') {
            const known = data.map((i) => this.sizeOf.get(i)).find((s) => s !== undefined && s.every((n) => n !== undefined));
            if (!known)
                return;
            for (const p of waiting) {
                if (this.settled.has(p.resize))
                    continue;
                this.settled.add(p.resize);
                this.nodes[p.node] = { ...this.nodes[p.node], op: p.make(known) };
                this.assumptions.push(`${this.g.label(p.resize)}: output size ${known.join('×')} from the tensor it is merged with in "${this.g.defs[index].name}", since its size is ${p.where}`);
            }
            this.sizeOf.set(index, known);
            return;
        }
        const keepsSize = op.kind === 'pointwise' || (op.kind === 'conv' && op.stride.every((s) => s === 1) && op.pad.every((p) => 'same' in p));
        if (keepsSize && data.length === 1)
            this.pending.set(index, waiting[0]);
    }
    /** `ConcatV2(values…, axis)`, `Concat(axis, values…)`: a merge of the data inputs along the channels. */
    buildConcat(index, xSize) {
        const def = this.g.defs[index];
        const all = this.g.inputs[index];
        const axisInput = def.op === 'ConcatV2' ? all.length - 1 : 0;
        const data = this.g.dataInputs(index, all.filter((_, j) => j !== axisInput));
        const axis = this.g.constValues(index, axisInput);
        if (axis.values && axis.values.length === 1) {
            if (this.isSpatialAxis(axis.values[0]))
                this.fail(CODES.unsupported, index, `it concatenates along a spatial axis (${axis.values[0]}); rflint maps concats of channels`, 'input', axisInput);
        }
        else if (data.length > 1) {
            this.assumedConcats.push(`"${def.name}"`);
        }
        const ins = data.map((i) => this.irOf.get(i));
        const op = ins.length > 1 ? rf/* merge */.h1('concat') : rf/* pointwise */.rp;
        this.finish(index, this.add(index, def.name, op, ins), xSize);
    }
    /**
     * A product of feature maps with a channel-attention gate. The gate reads the whole input, so
     * what follows is global; `--channel-attention pointwise` drops the gate to report the
     * spatial RF behind it (as the other formats do).
     */
    buildGated(index, features, gate) {
        const def = this.g.defs[index];
        const ins = features.map((i) => this.irOf.get(i));
        const size = this.sizeOf.get(features[0]);
        this.gated.push(`"${def.name}"`);
        if (this.options.channelAttentionPointwise) {
            return this.finish(index, this.add(index, def.name, ins.length > 1 ? rf/* merge */.h1(def.op) : rf/* pointwise */.rp, ins), size);
        }
        const inner = ins.length > 1 ? this.add(index, `${def.name}/features`, rf/* merge */.h1(def.op), ins) : ins[0];
        this.finish(index, this.add(index, def.name, global(`channel-attention gate ("${this.g.defs[gate].name}")`), [inner]), undefined);
        if (this.gated.length === 1) {
            this.warnings.push((0,diagnostic/* warning */.$e)(CODES.gate, `${this.g.label(index)} scales its input by a channel-attention gate ("${this.g.defs[gate].name}") computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, this.g.at(index)));
        }
    }
    /** `Mean(x, axes)`: global over a spatial axis (global average pooling), pointwise over channels. */
    buildReduction(index, xSize) {
        const def = this.g.defs[index];
        const axes = this.g.constValues(index, 1);
        const x = this.irOf.get(this.g.dataInputs(index)[0]);
        if (axes.values && axes.values.length > 0 && !axes.values.some((a) => this.isSpatialAxis(a))) {
            return this.finish(index, this.add(index, def.name, rf/* pointwise */.rp, [x]), xSize);
        }
        const reason = axes.values ? `${def.op} over the spatial axes` : `${def.op} (its axes are ${axes.where}: taken as spatial)`;
        this.finish(index, this.add(index, def.name, global(reason), [x]), undefined);
        this.gates.add(index);
    }
    /** Data nodes no other data node consumes, in file order. */
    outputs() {
        const consumed = new Set();
        this.g.inputs.forEach((ins, index) => {
            if (this.g.isData[index])
                for (const i of ins)
                    consumed.add(i);
        });
        const out = [];
        this.g.defs.forEach((def, index) => {
            const node = this.irOf.get(index);
            if (node === undefined || consumed.has(index) || def.op === 'Placeholder')
                return;
            out.push({ name: def.name, node, thresholds: {}, position: this.g.at(index) });
        });
        return out;
    }
}
function global(reason) {
    return { kind: 'global', reason };
}

;// CONCATENATED MODULE: ./schema/tfjs-graph.schema.json
const tfjs_graph_schema_namespaceObject = {};
// EXTERNAL MODULE: ./src/formats/yaml/schema-errors.ts
var schema_errors = __webpack_require__(415);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/generated/tfjs-graph-schema.js
// Generated by scripts/gen-validators.mjs from schema/tfjs-graph.schema.json (npm run build); do not edit.
/* eslint-disable */

const runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const validate = validate20;/* harmony default export */ const tfjs_graph_schema = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/rflint/rflint/schema/tfjs-graph.schema.json","title":"TensorFlow.js graph model.json (the keys rflint reads)","description":"A TensorFlow.js graph model: `modelTopology` is a TensorFlow GraphDef in JSON (a list of nodes with `name`, `op`, `input` and `attr`), `weightsManifest` lists the weights with their shapes. Other keys are allowed (signature, userDefinedMetadata, versions…).","type":"object","required":["modelTopology"],"properties":{"format":{"description":"The model's format: `graph-model`","type":"string"},"modelTopology":{"description":"A TensorFlow GraphDef: an object with a `node` list","type":"object","required":["node"],"properties":{"node":{"description":"The graph's nodes: a list of objects with `name` and `op`","type":"array","items":{"$ref":"#/$defs/node"}}}},"weightsManifest":{"description":"Weight groups: a list of objects with `paths` and `weights`","type":"array","items":{"description":"A weight group: an object with `paths` and `weights`","type":"object","properties":{"paths":{"description":"The shard files: a list of strings","type":"array","items":{"type":"string"}},"weights":{"description":"The weights: a list of objects with `name`, `shape` and `dtype`","type":"array","items":{"description":"A weight: an object with `name`, `shape` and `dtype`","type":"object","required":["name","shape"],"properties":{"name":{"description":"The weight's name: the Const node it belongs to","type":"string"},"shape":{"description":"The weight's shape: a list of integers ≥ 0","type":"array","items":{"type":"integer","minimum":0}},"dtype":{"description":"The weight's type: a string such as `float32`","type":"string"}}}}}}}},"$defs":{"node":{"description":"A graph node: an object with `name`, `op`, `input` and `attr`","type":"object","required":["name","op"],"properties":{"name":{"description":"The node's name: a non-empty string","type":"string","minLength":1},"op":{"description":"The node's op: a TensorFlow op name such as `Conv2D`","type":"string","minLength":1},"input":{"description":"The node's inputs: a list of node names (`name`, `name:1`, `^name`)","type":"array","items":{"type":"string"}},"device":{"description":"The node's device: a string","type":"string"},"attr":{"description":"The node's attributes: an object of attribute values","type":"object","additionalProperties":{"description":"An attribute value: an object (`s`, `i`, `f`, `b`, `list`, `shape`, `tensor`, `type`)","type":"object"}}}}}};const schema32 = {"description":"A graph node: an object with `name`, `op`, `input` and `attr`","type":"object","required":["name","op"],"properties":{"name":{"description":"The node's name: a non-empty string","type":"string","minLength":1},"op":{"description":"The node's op: a TensorFlow op name such as `Conv2D`","type":"string","minLength":1},"input":{"description":"The node's inputs: a list of node names (`name`, `name:1`, `^name`)","type":"array","items":{"type":"string"}},"device":{"description":"The node's device: a string","type":"string"},"attr":{"description":"The node's attributes: an object of attribute values","type":"object","additionalProperties":{"description":"An attribute value: an object (`s`, `i`, `f`, `b`, `list`, `shape`, `tensor`, `type`)","type":"object"}}}};const func1 = runtime0.default;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/rflint/rflint/schema/tfjs-graph.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.modelTopology === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "modelTopology"},message:"must have required property '"+"modelTopology"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.format !== undefined){let data0 = data.format;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.format.type,parentSchema:schema31.properties.format,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.modelTopology !== undefined){let data1 = data.modelTopology;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.node === undefined){const err2 = {instancePath:instancePath+"/modelTopology",schemaPath:"#/properties/modelTopology/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema31.properties.modelTopology.required,parentSchema:schema31.properties.modelTopology,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.node !== undefined){let data2 = data1.node;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name === undefined){const err3 = {instancePath:instancePath+"/modelTopology/node/" + i0,schemaPath:"#/$defs/node/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data3.op === undefined){const err4 = {instancePath:instancePath+"/modelTopology/node/" + i0,schemaPath:"#/$defs/node/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema32.required,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3.name !== undefined){let data4 = data3.name;if(typeof data4 === "string"){if(func1(data4) < 1){const err5 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/name",schemaPath:"#/$defs/node/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/name",schemaPath:"#/$defs/node/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.op !== undefined){let data5 = data3.op;if(typeof data5 === "string"){if(func1(data5) < 1){const err7 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/op",schemaPath:"#/$defs/node/properties/op/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.op,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/op",schemaPath:"#/$defs/node/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.op.type,parentSchema:schema32.properties.op,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.input !== undefined){let data6 = data3.input;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 !== "string"){const err9 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/input/" + i1,schemaPath:"#/$defs/node/properties/input/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.input.items.type,parentSchema:schema32.properties.input.items,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/input",schemaPath:"#/$defs/node/properties/input/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.input.type,parentSchema:schema32.properties.input,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.device !== undefined){let data8 = data3.device;if(typeof data8 !== "string"){const err11 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/device",schemaPath:"#/$defs/node/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.device.type,parentSchema:schema32.properties.device,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.attr !== undefined){let data9 = data3.attr;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key0 in data9){let data10 = data9[key0];if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){const err12 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/attr/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/node/properties/attr/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.attr.additionalProperties.type,parentSchema:schema32.properties.attr.additionalProperties,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/modelTopology/node/" + i0+"/attr",schemaPath:"#/$defs/node/properties/attr/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.attr.type,parentSchema:schema32.properties.attr,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/modelTopology/node/" + i0,schemaPath:"#/$defs/node/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/modelTopology/node",schemaPath:"#/properties/modelTopology/properties/node/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.modelTopology.properties.node.type,parentSchema:schema31.properties.modelTopology.properties.node,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/modelTopology",schemaPath:"#/properties/modelTopology/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.modelTopology.type,parentSchema:schema31.properties.modelTopology,data:data1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.weightsManifest !== undefined){let data11 = data.weightsManifest;if(Array.isArray(data11)){const len2 = data11.length;for(let i2=0; i2<len2; i2++){let data12 = data11[i2];if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.paths !== undefined){let data13 = data12.paths;if(Array.isArray(data13)){const len3 = data13.length;for(let i3=0; i3<len3; i3++){let data14 = data13[i3];if(typeof data14 !== "string"){const err17 = {instancePath:instancePath+"/weightsManifest/" + i2+"/paths/" + i3,schemaPath:"#/properties/weightsManifest/items/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.weightsManifest.items.properties.paths.items.type,parentSchema:schema31.properties.weightsManifest.items.properties.paths.items,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/weightsManifest/" + i2+"/paths",schemaPath:"#/properties/weightsManifest/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.weightsManifest.items.properties.paths.type,parentSchema:schema31.properties.weightsManifest.items.properties.paths,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data12.weights !== undefined){let data15 = data12.weights;if(Array.isArray(data15)){const len4 = data15.length;for(let i4=0; i4<len4; i4++){let data16 = data15[i4];if(data16 && typeof data16 == "object" && !Array.isArray(data16)){if(data16.name === undefined){const err19 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4,schemaPath:"#/properties/weightsManifest/items/properties/weights/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.weightsManifest.items.properties.weights.items.required,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items,data:data16};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data16.shape === undefined){const err20 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4,schemaPath:"#/properties/weightsManifest/items/properties/weights/items/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'",schema:schema31.properties.weightsManifest.items.properties.weights.items.required,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items,data:data16};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data16.name !== undefined){let data17 = data16.name;if(typeof data17 !== "string"){const err21 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4+"/name",schemaPath:"#/properties/weightsManifest/items/properties/weights/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.weightsManifest.items.properties.weights.items.properties.name.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items.properties.name,data:data17};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data16.shape !== undefined){let data18 = data16.shape;if(Array.isArray(data18)){const len5 = data18.length;for(let i5=0; i5<len5; i5++){let data19 = data18[i5];if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err22 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4+"/shape/" + i5,schemaPath:"#/properties/weightsManifest/items/properties/weights/items/properties/shape/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.weightsManifest.items.properties.weights.items.properties.shape.items.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items.properties.shape.items,data:data19};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err23 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4+"/shape/" + i5,schemaPath:"#/properties/weightsManifest/items/properties/weights/items/properties/shape/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items.properties.shape.items,data:data19};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4+"/shape",schemaPath:"#/properties/weightsManifest/items/properties/weights/items/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.weightsManifest.items.properties.weights.items.properties.shape.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items.properties.shape,data:data18};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data16.dtype !== undefined){let data20 = data16.dtype;if(typeof data20 !== "string"){const err25 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4+"/dtype",schemaPath:"#/properties/weightsManifest/items/properties/weights/items/properties/dtype/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.weightsManifest.items.properties.weights.items.properties.dtype.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items.properties.dtype,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights/" + i4,schemaPath:"#/properties/weightsManifest/items/properties/weights/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.weightsManifest.items.properties.weights.items.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/weightsManifest/" + i2+"/weights",schemaPath:"#/properties/weightsManifest/items/properties/weights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.weightsManifest.items.properties.weights.type,parentSchema:schema31.properties.weightsManifest.items.properties.weights,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/weightsManifest/" + i2,schemaPath:"#/properties/weightsManifest/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.weightsManifest.items.type,parentSchema:schema31.properties.weightsManifest.items,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/weightsManifest",schemaPath:"#/properties/weightsManifest/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.weightsManifest.type,parentSchema:schema31.properties.weightsManifest,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"format":true,"modelTopology":true,"weightsManifest":true},"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/formats/tfjs-graph/schema.ts
/**
 * The structure of a TF.js graph model.json (schema/tfjs-graph.schema.json), checked with ajv
 * and worded like the other formats' schema errors (formats/yaml/schema-errors.ts).
 */




const schema = (/* unused pure expression or super */ null && (schemaJson));
// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => validate;
function validateSchema(data, locate) {
    const validate = validator();
    if (validate(data))
        return [];
    return (0,schema_errors/* schemaDiagnostics */.mT)(validate.errors ?? [], data, locate, {
        codes: { unknownKey: CODES.structure, missingKey: CODES.structure, invalidValue: CODES.structure },
    });
}

;// CONCATENATED MODULE: ./src/formats/tfjs-graph/load.ts
/**
 * A TF.js graph model.json's text → LoadResult: parse (JSON with positions: yaml/json.ts),
 * schema, graph. Each stage stops the load at its problems.
 */







const OURS = {
    [codes/* CODES */.L.syntax]: CODES.syntax,
    [codes/* CODES */.L.tooDeep]: CODES.limits,
};
function loadTfjsGraphText(text, path, options) {
    const withFile = (diagnostics) => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
    const parsed = (0,json/* parseJson */.q)(text, options.limits);
    if ('diagnostics' in parsed)
        return withFile(parsed.diagnostics.map((d) => ({ ...d, code: OURS[d.code] ?? d.code })));
    const { data, locate } = parsed.parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return withFile([(0,diagnostic/* error */.z3)(CODES.structure, 'not a TF.js graph model: the file must be a JSON object with `modelTopology` (a GraphDef with a `node` list)', { line: 1, column: 1 })]);
    }
    const schemaProblems = validateSchema(data, locate);
    if (schemaProblems.length > 0)
        return withFile(schemaProblems);
    const built = buildGraph(data, locate, options);
    if ('diagnostics' in built)
        return withFile(built.diagnostics);
    try {
        (0,rf/* validateGraph */.dC)(built.graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node]), ...built.warnings]);
    }
    const model = {
        format: 'tfjs',
        name: modelName(path),
        graph: built.graph,
        ...(built.inputSize ? { inputSize: built.inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(built.assumptions.length > 0 ? { assumptions: built.assumptions } : {}),
    };
    return { model, diagnostics: built.warnings.map((d) => ({ ...d, file: path })) };
}
/** `web_model/model.json` → `web_model`: every converted model is called model.json. */
function modelName(path) {
    const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
    const base = (parts.pop() ?? path).replace(/\.json$/i, '');
    return base === 'model' && parts.length > 0 ? parts[parts.length - 1] : base;
}

;// CONCATENATED MODULE: ./src/formats/tfjs-graph/index.ts
/**
 * TensorFlow.js graph models: a `model.json` whose `format` is `graph-model`, or whose
 * `modelTopology` is a GraphDef (a `node` list) for files written before `format` existed.
 * TF.js layers models (Keras JSON in `modelTopology`) are the Keras loader's.
 */






const tfjsGraphLoader = {
    ...recognise/* tfjsGraphRecognition */.j,
    async load(source, options) {
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: CODES.limits, notText: CODES.limits, kind: 'a TF.js model.json', notTextHint: '; a TF.js model.json is JSON text' });
        if (typeof text !== 'string')
            return text;
        return loadTfjsGraphText(text, source.path, options);
    },
};


/***/ }),

/***/ 8238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseJsonFast),
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _native_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6348);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2858);
/**
 * JSON text → plain data plus a locator of source positions, as `native/parse.ts` gives for YAML,
 * but about 20 times faster on the large JSON files other tools write (a TF.js model.json
 * of 150 KB takes ~15 ms instead of ~300 ms through the YAML parser). One pass checks the
 * grammar and records where every value (and key) starts and ends; `JSON.parse` then builds
 * the data. Duplicate keys are an error, as the YAML parser's `uniqueKeys` makes them.
 */



class SyntaxProblem extends Error {
    offset;
    code;
    constructor(message, offset, code = _native_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.syntax) {
        super(message);
        this.offset = offset;
        this.code = code;
    }
}
function parseJson(text, limits) {
    const scanner = new Scanner(text, limits.maxDepth);
    let root;
    try {
        root = scanner.document();
    }
    catch (err) {
        if (!(err instanceof SyntaxProblem))
            throw err;
        const d = (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)(err.code, err.message, (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .spans */ .iV)(text)(err.offset));
        return { diagnostics: [d] };
    }
    const data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { parsed: { data, locate: locator(root, text) } };
}
/**
 * At the speed of `JSON.parse`: the data now, the positions only when something asks for one
 * (the scan that records them takes longer than the parse). Undefined when the text is not
 * plain valid JSON within the limits (a syntax error, a duplicate key, which `JSON.parse`
 * accepts, or deep nesting): the caller's position-aware parser then says what is wrong, where.
 */
function parseJsonFast(text, limits) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    const shape = measure(data);
    if (shape.depth >= limits.maxDepth || shape.keys !== keysWritten(body))
        return undefined;
    let built;
    const locate = () => (built ??= locator(new Scanner(text, limits.maxDepth).document(), text));
    return {
        data,
        locate: {
            at: (path) => locate().at(path),
            key: (path) => locate().key(path),
            span: (start, end) => locate().span(start, end),
        },
    };
}
/** How deep the data nests and how many keys its objects hold, without recursion. */
function measure(data) {
    let depth = 0;
    let keys = 0;
    const stack = [[data, 0]];
    while (stack.length > 0) {
        const [value, level] = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        depth = Math.max(depth, level + 1);
        const children = Array.isArray(value) ? value : Object.values(value);
        if (!Array.isArray(value))
            keys += children.length;
        for (const child of children)
            if (child !== null && typeof child === 'object')
                stack.push([child, level + 1]);
    }
    return { depth, keys };
}
/**
 * How many keys the text writes: each string followed by `:`. In valid JSON every `"` outside a
 * string opens one, so matching whole strings from the start never falls out of step. More keys
 * written than parsed means one was written twice.
 */
function keysWritten(text) {
    let count = 0;
    for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g))
        if (match[1] !== undefined)
            count++;
    return count;
}
function locator(root, text) {
    const span = (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .spans */ .iV)(text);
    const walk = (path) => {
        let node = root;
        let parent;
        for (const segment of path) {
            const child = node.items ? node.items[Number(segment)] : node.keys?.get(String(segment))?.value;
            if (child === undefined)
                return { node, parent, found: false };
            parent = node;
            node = child;
        }
        return { node, parent, found: true };
    };
    return {
        at: (path) => {
            const { node } = walk(path);
            return span(node.start, node.end);
        },
        key(path) {
            const { parent, found } = walk(path);
            const entry = found ? parent?.keys?.get(String(path[path.length - 1])) : undefined;
            return entry ? span(entry.key.start, entry.key.end) : this.at(path.slice(0, -1));
        },
        span,
    };
}
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
class Scanner {
    text;
    maxDepth;
    at = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        if (text.charCodeAt(0) === 0xfeff)
            this.at = 1;
    }
    document() {
        this.space();
        const root = this.value(0);
        this.space();
        if (this.at < this.text.length)
            this.fail(`unexpected ${this.describe()} after the end of the JSON value`);
        return root;
    }
    value(depth) {
        const c = this.text[this.at];
        if (c === '{' || c === '[') {
            if (depth >= this.maxDepth) {
                throw new SyntaxProblem(`nesting deeper than ${this.maxDepth} levels; a model file never needs that many (is the file generated by mistake?)`, this.at, _native_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.tooDeep);
            }
            return c === '{' ? this.object(depth + 1) : this.array(depth + 1);
        }
        const start = this.at;
        if (c === '"') {
            this.string();
            return { start, end: this.at };
        }
        for (const word of ['true', 'false', 'null']) {
            if (this.text.startsWith(word, this.at)) {
                this.at += word.length;
                return { start, end: this.at };
            }
        }
        NUMBER.lastIndex = this.at;
        if (NUMBER.test(this.text)) {
            this.at = NUMBER.lastIndex;
            return { start, end: this.at };
        }
        return this.fail(`expected a value, got ${this.describe()}`);
    }
    object(depth) {
        const start = this.at++;
        const keys = new Map();
        this.space();
        if (this.text[this.at] === '}')
            return { start, end: ++this.at, keys };
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                this.fail(`expected a key in double quotes, got ${this.describe()}`);
            const keyStart = this.at;
            this.string();
            const key = { start: keyStart, end: this.at };
            const name = JSON.parse(this.text.slice(keyStart, this.at));
            if (keys.has(name))
                throw new SyntaxProblem('a key appears twice in the same mapping; remove one', keyStart);
            this.space();
            if (this.text[this.at] !== ':')
                this.fail(`expected \`:\` after a key, got ${this.describe()}`);
            this.at++;
            this.space();
            keys.set(name, { key, value: this.value(depth) });
            this.space();
            const c = this.text[this.at];
            if (c === ',') {
                this.at++;
                continue;
            }
            if (c === '}')
                return { start, end: ++this.at, keys };
            this.fail(`expected \`,\` or \`}\` in an object, got ${this.describe()}`);
        }
    }
    array(depth) {
        const start = this.at++;
        const items = [];
        this.space();
        if (this.text[this.at] === ']')
            return { start, end: ++this.at, items };
        for (;;) {
            this.space();
            items.push(this.value(depth));
            this.space();
            const c = this.text[this.at];
            if (c === ',') {
                this.at++;
                continue;
            }
            if (c === ']')
                return { start, end: ++this.at, items };
            this.fail(`expected \`,\` or \`]\` in a list, got ${this.describe()}`);
        }
    }
    string() {
        STRING_BODY.lastIndex = this.at + 1;
        if (!STRING_BODY.test(this.text))
            this.fail('a string is not closed, or holds a control character or a bad escape');
        this.at = STRING_BODY.lastIndex;
    }
    space() {
        while (this.at < this.text.length && WHITESPACE.has(this.text.charCodeAt(this.at)))
            this.at++;
    }
    describe() {
        if (this.at >= this.text.length)
            return 'the end of the file';
        return `\`${this.text[this.at]}\``;
    }
    fail(message) {
        throw new SyntaxProblem(`invalid JSON: ${message}`, this.at);
    }
}


/***/ })

};
