export const id = 560;
export const ids = [560];
export const modules = {

/***/ 5181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   Bb: () => (/* binding */ stringAttr),
/* harmony export */   Ey: () => (/* binding */ boolAttr),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   k_: () => (/* binding */ constInts),
/* harmony export */   n9: () => (/* binding */ shapeDims),
/* harmony export */   ps: () => (/* binding */ constShape),
/* harmony export */   rh: () => (/* binding */ intListAttr),
/* harmony export */   vd: () => (/* binding */ intAttr),
/* harmony export */   vo: () => (/* binding */ stringListAttr)
/* harmony export */ });
/* unused harmony exports toInteger, decodeBase64 */
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


/***/ }),

/***/ 7560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ buildGraph)
});

// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/attrs.ts
var attrs = __webpack_require__(5181);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/codes.ts
var codes = __webpack_require__(2892);
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
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.tooManyNodes, `more than ${maxNodes} nodes (the limit); is the file generated by mistake?`, g.at(maxNodes))] };
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
        return `node ${this.locate.binary ? `${index} ` : ''}"${def.name}" (${def.op})`;
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
        const values = (0,attrs/* constInts */.k_)(def.attr);
        return values ? { values, where: 'in the file' } : { where: `stored in the weight shards (Const "${def.name}")` };
    }
    /** Names → indexes; every data input must name a node. */
    link() {
        const problems = [];
        this.defs.forEach((def, index) => {
            if (this.byName.has(def.name))
                problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.duplicateName, `${this.label(index)}: another node has the name "${def.name}"; node names are unique in a graph`, this.at(index, 'name')));
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
                    problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownInput, `${this.label(index)}: input "${ref}" names no node${(0,suggest/* didYouMean */.au)(name, this.byName.keys())}`, this.at(index, 'input', j)));
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
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.cycle, `${this.label(stuck)} is on a cycle of the graph (TF control flow: a while loop); rflint reads acyclic graphs`, this.at(stuck))] };
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
            this.problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.valueInWeights, `${this.g.label(p.resize)}: its output size is ${p.where}, and rflint reads no weights; nor is it merged with a tensor of known size, which would tell, so its scale is unknown`, this.g.at(p.resize, 'input', 1)));
        }
        if (this.problems.length > 0)
            return { diagnostics: this.problems };
        if (this.nodes.length === 0 || !this.nodes.some((n) => n.op.kind === 'input')) {
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.noInput, 'the graph has no Placeholder node: rflint starts from the model\'s input (op `Placeholder`)', this.locate.at(['modelTopology', 'node']))] };
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
            const format = (0,attrs/* stringAttr */.Bb)(this.g.defs[index].attr, 'data_format');
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
                return (0,diagnostic/* error */.z3)(codes/* CODES */.L.attribute, `the input size has ${given.length} values; a TF.js graph model takes height × width (e.g. --input-size 224x224)`, this.locate.at(['modelTopology']));
            this.inputSize = given.length === 1 ? [given[0], given[0]] : [...given];
            this.assumptions.push(`input ${this.inputSize.join('×')} (height × width) from the input size given`);
            return undefined;
        }
        for (const index of this.g.order) {
            const def = this.g.defs[index];
            if (def.op !== 'Placeholder')
                continue;
            const dims = (0,attrs/* shapeDims */.n9)(def.attr?.shape?.shape);
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
                const block = this.required(index, 'block_size', (0,attrs/* intAttr */.vd)(def.attr, 'block_size'), 'an integer ≥ 2');
                if (block < 1)
                    this.fail(codes/* CODES */.L.attribute, index, `\`block_size\` must be ≥ 1, got ${block}`, 'attr', 'block_size');
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
                    this.fail(codes/* CODES */.L.unsupported, index, `it splits along a spatial axis (${axis.values[0]}); rflint maps splits of channels`, 'input', axisInput);
                }
                if (!axis.values)
                    this.assumedSplits.push(`"${def.name}"`);
                return one(rf/* pointwise */.rp, xSize);
            }
            case 'Squeeze': {
                const dims = (0,attrs/* intListAttr */.rh)(def.attr, 'squeeze_dims') ?? (0,attrs/* intListAttr */.rh)(def.attr, 'axis') ?? [];
                if ((0,attrs/* isProblem */.AN)(dims))
                    this.fail(codes/* CODES */.L.attribute, index, dims.problem, 'attr');
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
        this.fail(codes/* CODES */.L.unknownOp, index, `rflint does not know how op \`${op}\` maps positions${(0,suggest/* didYouMean */.au)(op, knownOps())}; if you know, say so with assume (--assume ${op}=pointwise or ${op}=global, or \`assume\` in rules)`, 'op');
    }
    required(index, key, value, what) {
        if (value === undefined)
            this.fail(codes/* CODES */.L.attribute, index, `attribute \`${key}\` is missing; it must be ${what}`, 'attr');
        if ((0,attrs/* isProblem */.AN)(value))
            this.fail(codes/* CODES */.L.attribute, index, value.problem, 'attr', key);
        return value;
    }
    dataFormat(index) {
        const format = (0,attrs/* stringAttr */.Bb)(this.g.defs[index].attr, 'data_format');
        if (format === undefined)
            return 'NHWC';
        if ((0,attrs/* isProblem */.AN)(format))
            this.fail(codes/* CODES */.L.attribute, index, format.problem, 'attr', 'data_format');
        if (format === 'NHWC' || format === 'NCHW')
            return format;
        return this.fail(codes/* CODES */.L.attribute, index, `\`data_format\` must be NHWC or NCHW, got ${(0,attrs/* show */.WU)(format)}`, 'attr', 'data_format');
    }
    /** A 4-vector attribute in the node's layout → its [height, width] values. */
    perAxis(index, key, layout, fallback, min) {
        const def = this.g.defs[index];
        const values = (0,attrs/* intListAttr */.rh)(def.attr, key);
        if (values === undefined || (Array.isArray(values) && values.length === 0))
            return [fallback, fallback];
        if ((0,attrs/* isProblem */.AN)(values))
            this.fail(codes/* CODES */.L.attribute, index, values.problem, 'attr', key);
        if (values.length !== 4)
            this.fail(codes/* CODES */.L.attribute, index, `\`${key}\` must have 4 values (one per axis of ${layout}), got ${values.length}`, 'attr', key);
        const hw = SPATIAL[layout].map((a) => values[a]);
        if (hw.some((v) => v < min))
            this.fail(codes/* CODES */.L.attribute, index, `\`${key}\` must be ≥ ${min} on height and width, got ${(0,attrs/* show */.WU)(values)}`, 'attr', key);
        return hw;
    }
    /** The shape of a filter: its Const node's `tensorShape`, else its weightsManifest entry. */
    filterShape(index, input, rank) {
        let source = this.g.inputs[index][input];
        // A filter may reach the conv through Identity nodes (frozen variables read by Identity).
        for (let hops = 0; source !== undefined && this.g.defs[source].op === 'Identity' && hops < 16; hops++)
            source = this.g.inputs[source][0];
        const def = source === undefined ? undefined : this.g.defs[source];
        const shape = (def && (0,attrs/* constShape */.ps)(def.attr)) ?? (def && this.g.weightShapes.get(def.name));
        if (!shape || shape.length !== rank) {
            const name = def?.name ?? `input ${input}`;
            this.fail(codes/* CODES */.L.kernelShape, index, `the kernel shape comes from its filter "${name}", which has ${shape ? `the shape ${(0,attrs/* show */.WU)(shape)}, not ${rank}-D` : 'no shape in its Const node nor in weightsManifest'}`, 'input', input);
        }
        if (shape.slice(0, 2).some((k) => !(k >= 1)))
            this.fail(codes/* CODES */.L.kernelShape, index, `the filter's height and width must be ≥ 1, got ${(0,attrs/* show */.WU)(shape)}`, 'input', input);
        return [...shape];
    }
    buildWindow(index, kind) {
        const def = this.g.defs[index];
        const layout = this.dataFormat(index);
        const stride = this.perAxis(index, 'strides', layout, 1, 1);
        const dilation = kind === 'pool' ? [1, 1] : this.perAxis(index, 'dilations', layout, 1, 1);
        const kernel = kind === 'pool' ? this.perAxis(index, 'ksize', layout, 0, 1) : this.filterShape(index, 1, 4).slice(0, 2);
        if (kind === 'pool' && (0,attrs/* intListAttr */.rh)(def.attr, 'ksize') === undefined)
            this.fail(codes/* CODES */.L.attribute, index, 'attribute `ksize` is missing; it must list the window per axis', 'attr');
        const padding = this.required(index, 'padding', (0,attrs/* stringAttr */.Bb)(def.attr, 'padding'), 'SAME, VALID or EXPLICIT');
        let pads;
        if (padding === 'EXPLICIT') {
            const list = (0,attrs/* intListAttr */.rh)(def.attr, 'explicit_paddings');
            if ((0,attrs/* isProblem */.AN)(list))
                this.fail(codes/* CODES */.L.attribute, index, list.problem, 'attr', 'explicit_paddings');
            if (!list || list.length !== 8)
                this.fail(codes/* CODES */.L.attribute, index, `EXPLICIT padding needs \`explicit_paddings\` with 8 values (begin, end per axis), got ${(0,attrs/* show */.WU)(list ?? [])}`, 'attr');
            pads = SPATIAL[layout].map((a) => ({ begin: list[2 * a], end: list[2 * a + 1] }));
            if (pads.some((p) => p.begin < 0 || p.end < 0))
                this.fail(codes/* CODES */.L.attribute, index, `\`explicit_paddings\` must be ≥ 0, got ${(0,attrs/* show */.WU)(list)}`, 'attr', 'explicit_paddings');
        }
        else if (padding === 'VALID') {
            pads = [0, 1].map(() => ({ begin: 0, end: 0 }));
        }
        else if (padding !== 'SAME') {
            this.fail(codes/* CODES */.L.attribute, index, `\`padding\` must be SAME, VALID or EXPLICIT, got ${(0,attrs/* show */.WU)(padding)}`, 'attr', 'padding');
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
        const fused = (0,attrs/* stringListAttr */.vo)(this.g.defs[index].attr, 'fused_ops');
        if (fused === undefined)
            return;
        if ((0,attrs/* isProblem */.AN)(fused))
            this.fail(codes/* CODES */.L.attribute, index, fused.problem, 'attr', 'fused_ops');
        const unknown = fused.find((f) => !FUSED_POINTWISE.has(f));
        if (unknown !== undefined)
            this.fail(codes/* CODES */.L.unknownOp, index, `fused op \`${unknown}\` is not one rflint knows to be pointwise (BiasAdd, Relu, Relu6, FusedBatchNorm, …)`, 'attr', 'fused_ops');
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
            this.fail(codes/* CODES */.L.attribute, index, 'its third input (out_backprop) must come from the data path', 'input');
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
                this.fail(codes/* CODES */.L.attribute, index, `\`input_sizes\` ${(0,attrs/* show */.WU)(outSize)} does not fit a stride-${s} transposed conv of input size ${n}`, 'input', 0);
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
            this.fail(codes/* CODES */.L.valueInWeights, index, `its paddings are ${paddings.where}, and rflint reads no weights; the TF.js converter moves every constant there, so rflint cannot tell how much this node pads`, 'input', 1);
        }
        if (paddings.values.length !== 8)
            this.fail(codes/* CODES */.L.attribute, index, `paddings must be a 4×2 tensor (begin, end per axis), got ${paddings.values.length} values`, 'input', 1);
        const [h, w] = SPATIAL[this.layout].map((a) => [paddings.values[2 * a], paddings.values[2 * a + 1]]);
        if ([...h, ...w].some((p) => p < 0))
            this.fail(codes/* CODES */.L.attribute, index, `paddings must be ≥ 0, got ${(0,attrs/* show */.WU)(paddings.values)}`, 'input', 1);
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
            this.fail(codes/* CODES */.L.attribute, index, `its size must be [height, width] ≥ 1, got ${(0,attrs/* show */.WU)(size.values)}`, 'input', 1);
        const alignCorners = (0,attrs/* boolAttr */.Ey)(def.attr, 'align_corners') ?? false;
        const halfPixel = (0,attrs/* boolAttr */.Ey)(def.attr, 'half_pixel_centers') ?? false;
        if ((0,attrs/* isProblem */.AN)(alignCorners))
            this.fail(codes/* CODES */.L.attribute, index, alignCorners.problem, 'attr', 'align_corners');
        if ((0,attrs/* isProblem */.AN)(halfPixel))
            this.fail(codes/* CODES */.L.attribute, index, halfPixel.problem, 'attr', 'half_pixel_centers');
        // Spreading a global pool over a map (DeepLab's image pooling): every position already sees
        // the whole input, however it is spread.
        if (this.gates.has(this.g.dataInputs(index)[0]))
            return this.finish(index, this.add(index, def.name, rf/* pointwise */.rp, [x]), size.values);
        if (!xSize || xSize.some((n) => n === undefined)) {
            const to = size.values ? `to ${size.values.join('×')}` : 'to a fixed size';
            this.fail(codes/* CODES */.L.needsInputSize, index, `it resizes ${to}, so its scale depends on the input size, which the Placeholder leaves open; set it (--input-size, rules \`input_size\`)`);
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
                this.fail(codes/* CODES */.L.unsupported, index, `it concatenates along a spatial axis (${axis.values[0]}); rflint maps concats of channels`, 'input', axisInput);
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
            this.warnings.push((0,diagnostic/* warning */.$e)(codes/* CODES */.L.gate, `${this.g.label(index)} scales its input by a channel-attention gate ("${this.g.defs[gate].name}") computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, this.g.at(index)));
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


/***/ }),

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   m: () => (/* binding */ TFJS_GRAPH_CODES)
/* harmony export */ });
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


/***/ })

};
