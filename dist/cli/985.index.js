export const id = 985;
export const ids = [985];
export const modules = {

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ENGINE_CODES)
/* harmony export */ });
/**
 * The engine's codes (RF0xx), raised as GraphError (or, for RF020/RF021, reported as warnings
 * by the check layer), with one-line descriptions for docs and SARIF rule names. Stable: add,
 * never renumber.
 */
const ENGINE_CODES = {
    RF001: 'the graph has a cycle',
    RF002: 'a node names an input that does not exist, or has none',
    RF003: 'a per-axis value has the wrong number of axes (1 to 3)',
    RF004: 'an op parameter is out of range (kernel, stride, dilation ≥ 1; integers)',
    RF010: 'a tensor size becomes ≤ 0 (the input is too small for a layer)',
    RF011: 'a merge joins tensors of different sizes',
    RF012: 'a merge joins paths of different strides (the RF would grow with the position)',
    RF013: 'the RF repeats with a period longer than the limit (rational resize factors)',
    RF014: 'a stride or position exceeds 2^53',
    RF015: 'the RF depends on the input size here (SAME after upsampling, align_corners): set it',
    RF016: 'the exact analysis would exceed its step limit (a huge kernel after upsampling)',
    RF020: 'merged paths see the input with different centres (the RF is lopsided)',
    RF021: 'the RF depends on the input size (SAME padding upstream of a merge)',
    // Raised by loaders through formats/toolkit/channel-attention.ts, one code for every format
    // that uses it (ONNX, Darknet, TF.js graph and Caffe still raise their older RF206, RF334,
    // RF374 and RF393 for the same finding).
    RF022: 'a channel-attention gate (a product with a tensor computed from the whole input) makes the outputs after it global',
};


/***/ }),

/***/ 2920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ OverflowError),
/* harmony export */   GP: () => (/* binding */ format),
/* harmony export */   Ju: () => (/* binding */ frac),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   lJ: () => (/* binding */ lcm),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   wh: () => (/* binding */ floorDiv)
/* harmony export */ });
/* unused harmony exports mul, div, eq */
function gcd(a, b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
function lcm(a, b) {
    return a === 0 || b === 0 ? 0 : checked((a / gcd(a, b)) * b);
}
/** Floor division of integers (JS `%` truncates towards zero; axes are unbounded both ways). */
function floorDiv(a, b) {
    return Math.floor(a / b);
}
class OverflowError extends Error {
    constructor() {
        super('a stride or position exceeds 2^53: the network is too deep or too strided to analyse exactly');
    }
}
function checked(n) {
    if (!Number.isSafeInteger(n))
        throw new OverflowError();
    return n;
}
function frac(num, den = 1) {
    if (den === 0)
        throw new RangeError('fraction with a zero denominator');
    checked(num);
    checked(den);
    const g = gcd(num, den) || 1;
    const sign = den < 0 ? -1 : 1;
    return { num: (sign * num) / g, den: (sign * den) / g };
}
function mul(a, b) {
    const g1 = gcd(a.num, b.den) || 1;
    const g2 = gcd(b.num, a.den) || 1;
    return frac(checked((a.num / g1) * (b.num / g2)), checked((a.den / g2) * (b.den / g1)));
}
function div(a, b) {
    return mul(a, frac(b.den, b.num));
}
function eq(a, b) {
    return a.num === b.num && a.den === b.den;
}
function toNumber(f) {
    return f.num / f.den;
}
/** `2`, `1/3`: the exact form, for people. */
function format(f) {
    return f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;
}
/** Reads `2`, `0.5`, `3/2` into an exact fraction (decimals are taken at face value). */
function parse(value) {
    // A number beyond 2^53 (a scale of 9007199254740993) is no fraction rflint can work with:
    // null, like any other value that is not one, rather than an OverflowError out of a loader.
    try {
        return parseFraction(value);
    }
    catch (err) {
        if (err instanceof OverflowError)
            return null;
        throw err;
    }
}
function parseFraction(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return null;
        if (Number.isInteger(value))
            return frac(value);
        return parseFraction(String(value));
    }
    const ratio = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (ratio)
        return Number(ratio[2]) === 0 ? null : frac(Number(ratio[1]), Number(ratio[2]));
    const decimal = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec(value);
    if (!decimal)
        return null;
    const digits = decimal[3] ?? '';
    if (digits.length > 12)
        return null;
    const den = 10 ** digits.length;
    const num = Number(decimal[2]) * den + Number(digits || '0');
    return frac(decimal[1] === '-' ? -num : num, den);
}


/***/ }),

/***/ 6476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _o: () => (/* binding */ topologicalOrder),
/* harmony export */   dC: () => (/* binding */ validateGraph),
/* harmony export */   h9: () => (/* binding */ GraphError)
/* harmony export */ });
/** A problem with a graph or its analysis, tied to a node so a loader can give its position. */
class GraphError extends Error {
    code;
    node;
    related;
    constructor(
    /** Stable code: RF0xx (see README, "Diagnostic codes"). */
    code, message, 
    /** Index of the node at fault, when there is one. */
    node, 
    /** Other nodes involved (the rest of a cycle, the other inputs of a merge). */
    related = []) {
        super(message);
        this.code = code;
        this.node = node;
        this.related = related;
        this.name = 'GraphError';
    }
}
const MAX_AXES = 3;
/** Checks each op's parameters (lengths per axis, ranges) before any analysis. */
function validateGraph(graph) {
    if (validGraphs.has(graph))
        return;
    if (!Number.isInteger(graph.axes) || graph.axes < 1 || graph.axes > MAX_AXES) {
        throw new GraphError('RF003', `a model has 1 to ${MAX_AXES} spatial axes, got ${graph.axes}`);
    }
    // Instances of a repeated block share their op objects: each is checked once per axis count.
    const validOps = new Set();
    graph.nodes.forEach((node, index) => {
        validateInputs(graph, node, index);
        if (validOps.has(node.op))
            return;
        validateOp(graph, node, index);
        validOps.add(node.op);
    });
    validGraphs.add(graph);
}
/**
 * A graph is immutable once built (its types are readonly), and the loader and the engine both
 * validate and order it: the second time is free. Keyed by identity, so a new graph is new work.
 */
const validGraphs = new WeakSet();
const orders = new WeakMap();
/** What depends on the node and not only on its op: its inputs. */
function validateInputs(graph, node, index) {
    for (const input of node.inputs) {
        if (!Number.isInteger(input) || input < 0 || input >= graph.nodes.length)
            fail(node, index, `input #${input} does not exist`, 'RF002');
    }
    const { kind } = node.op;
    if (kind === 'input') {
        if (node.inputs.length > 0)
            fail(node, index, 'an input node takes no inputs');
        return;
    }
    if (node.inputs.length === 0)
        fail(node, index, `a ${kind} node needs at least one input`, 'RF002');
    if (kind !== 'merge' && node.inputs.length > 1)
        fail(node, index, `a ${kind} node takes one input, got ${node.inputs.length}`);
}
/** The op's own parameters (its first node names it in the message). */
function validateOp(graph, node, index) {
    const op = node.op;
    const check = (what, values, min) => {
        checkLength(graph, node, index, what, values);
        checkIntegers(node, index, what, values, min);
    };
    switch (op.kind) {
        case 'conv':
            check('kernel', op.kernel, 1);
            check('stride', op.stride, 1);
            check('dilation', op.dilation, 1);
            checkLength(graph, node, index, 'padding', op.pad);
            for (const p of op.pad)
                if ('begin' in p)
                    checkIntegers(node, index, 'padding', [p.begin, p.end], -Infinity);
            return;
        case 'deconv':
            check('kernel', op.kernel, 1);
            check('stride', op.stride, 1);
            check('dilation', op.dilation, 1);
            checkLength(graph, node, index, 'padding', op.pad);
            check('output_padding', op.outputPadding, 0);
            return;
        case 'resize':
            checkLength(graph, node, index, 'scale', op.scale);
            for (const f of op.scale)
                if (!(f.num > 0 && f.den > 0))
                    fail(node, index, `scale must be > 0, got ${f.num}/${f.den}`);
            if (op.size)
                check('size', op.size, 1);
            return;
        case 'pad':
            check('pad begin', op.begin, -Infinity);
            check('pad end', op.end, -Infinity);
            return;
        case 'space_to_depth':
        case 'depth_to_space':
            check('block', op.block, 1);
            return;
        default:
            return;
    }
}
function fail(node, index, message, code = 'RF004') {
    throw new GraphError(code, `${node.name}: ${message}`, index);
}
function checkLength(graph, node, index, what, values) {
    if (values.length !== graph.axes)
        fail(node, index, `${what} has ${values.length} values for ${graph.axes} axes`, 'RF003');
}
/** Integers ≥ min (−Infinity: any integer). */
function checkIntegers(node, index, what, values, min) {
    for (const v of values) {
        if (!Number.isSafeInteger(v) || v < min)
            fail(node, index, min === -Infinity ? `${what} must be an integer, got ${v}` : `${what} must be an integer ≥ ${min}, got ${v}`);
    }
}
/**
 * Kahn's algorithm: iterative, so a 10^6-node chain cannot overflow the stack. Throws RF001
 * naming the nodes of a cycle, RF002 for an input that does not exist.
 */
function topologicalOrder(graph) {
    let order = orders.get(graph);
    if (!order)
        orders.set(graph, (order = kahn(graph)));
    return order;
}
function kahn(graph) {
    const n = graph.nodes.length;
    const indegree = new Int32Array(n);
    const consumerCount = new Int32Array(n + 1);
    graph.nodes.forEach((node, index) => {
        for (const input of node.inputs) {
            if (!Number.isInteger(input) || input < 0 || input >= n) {
                throw new GraphError('RF002', `${node.name}: input #${input} does not exist`, index);
            }
            indegree[index]++;
            consumerCount[input + 1]++;
        }
    });
    // Consumers in CSR form: offsets[i]..offsets[i+1] in `consumers`.
    for (let i = 0; i < n; i++)
        consumerCount[i + 1] += consumerCount[i];
    const consumers = new Int32Array(consumerCount[n]);
    const fill = consumerCount.slice(0, n);
    graph.nodes.forEach((node, index) => {
        for (const input of node.inputs)
            consumers[fill[input]++] = index;
    });
    const order = [];
    for (let i = 0; i < n; i++)
        if (indegree[i] === 0)
            order.push(i);
    for (let head = 0; head < order.length; head++) {
        const v = order[head];
        for (let e = consumerCount[v]; e < consumerCount[v + 1]; e++) {
            const c = consumers[e];
            if (--indegree[c] === 0)
                order.push(c);
        }
    }
    if (order.length < n) {
        const cycle = findCycle(graph, indegree);
        throw new GraphError('RF001', `the graph has a cycle: ${cycle.map((i) => graph.nodes[i].name).join(' → ')}`, cycle[0], cycle.slice(1, -1));
    }
    return order;
}
/** Walks input edges among the nodes Kahn left over until one repeats: that loop is a cycle. */
function findCycle(graph, indegree) {
    let v = indegree.findIndex((d) => d > 0);
    const seenAt = new Map();
    const path = [];
    while (!seenAt.has(v)) {
        seenAt.set(v, path.length);
        path.push(v);
        v = graph.nodes[v].inputs.find((i) => indegree[i] > 0);
    }
    // The walk went consumer → producer; report producer → consumer, closing the loop.
    const cycle = path.slice(seenAt.get(v)).reverse();
    return [...cycle, cycle[0]];
}


/***/ }),

/***/ 7985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bu: () => (/* reexport */ ERF_STEPS_PER_FILE),
  h9: () => (/* reexport */ rf_graph/* GraphError */.h9),
  B9: () => (/* reexport */ fraction/* OverflowError */.B9),
  sB: () => (/* reexport */ deadline/* TimeBudgetExceeded */.s),
  ns: () => (/* reexport */ analyze),
  xT: () => (/* reexport */ conv),
  B$: () => (/* reexport */ crop),
  Kg: () => (/* reexport */ deconv),
  Rj: () => (/* reexport */ depthToSpace),
  UK: () => (/* reexport */ effectiveRF),
  J6: () => (/* reexport */ erfProfile),
  GP: () => (/* reexport */ fraction/* format */.GP),
  Ju: () => (/* reexport */ fraction/* frac */.Ju),
  p_: () => (/* reexport */ fraction/* gcd */.p_),
  hF: () => (/* reexport */ input),
  gu: () => (/* reexport */ isPriced),
  Te: () => (/* reexport */ leverAdvice),
  h1: () => (/* reexport */ merge),
  SY: () => (/* reexport */ networkCost),
  eV: () => (/* reexport */ pad),
  qg: () => (/* reexport */ fraction/* parse */.qg),
  Lx: () => (/* reexport */ perAxis),
  rp: () => (/* reexport */ pointwise),
  XR: () => (/* reexport */ resize),
  CV: () => (/* reexport */ rfPath),
  FI: () => (/* reexport */ spaceToDepth),
  qw: () => (/* reexport */ tensorRF),
  Ro: () => (/* reexport */ fraction/* toNumber */.Ro),
  _o: () => (/* reexport */ rf_graph/* topologicalOrder */._o),
  dC: () => (/* reexport */ rf_graph/* validateGraph */.dC)
});

// UNUSED EXPORTS: Analysis, Deadline, ENGINE_CODES, GraphBuilder, channelsOf, checked, div, eq, floorDiv, global, lcm, mul, profileStats

// EXTERNAL MODULE: ./src/rf/fraction.ts
var fraction = __webpack_require__(2920);
// EXTERNAL MODULE: ./src/rf/graph.ts
var rf_graph = __webpack_require__(6476);
;// CONCATENATED MODULE: ./src/rf/ops.ts
/**
 * Constructors for ops with the usual defaults (stride 1, dilation 1, padding 0), taking a
 * scalar for all axes or one value per axis, and a small builder that names nodes.
 */

function perAxis(value, axes) {
    return Array.isArray(value) ? [...value] : Array.from({ length: axes }, () => value);
}
function pads(pad, axes) {
    if (pad === 'same_upper' || pad === 'same_lower') {
        return perAxis({ same: pad === 'same_upper' ? 'upper' : 'lower' }, axes);
    }
    return perAxis(pad ?? 0, axes).map((p) => typeof p === 'number' ? { begin: p, end: p } : { begin: p[0], end: p[1] });
}
function conv(axes, params) {
    return {
        kind: 'conv',
        ...(params.pool ? { pool: params.pool } : {}),
        kernel: perAxis(params.kernel, axes),
        stride: perAxis(params.stride ?? 1, axes),
        dilation: perAxis(params.dilation ?? 1, axes),
        pad: pads(params.pad, axes),
        ...(params.ceilMode ? { ceilMode: true } : {}),
    };
}
function deconv(axes, params) {
    return {
        kind: 'deconv',
        kernel: perAxis(params.kernel, axes),
        stride: perAxis(params.stride ?? 1, axes),
        dilation: perAxis(params.dilation ?? 1, axes),
        pad: pads(params.pad, axes),
        outputPadding: perAxis(params.outputPadding ?? 0, axes),
    };
}
function resize(axes, params) {
    const mode = params.mode ?? 'nearest';
    return {
        kind: 'resize',
        scale: perAxis(params.scale, axes).map((f) => (typeof f === 'number' ? (0,fraction/* frac */.Ju)(f) : f)),
        mode,
        rounding: params.rounding ?? 'floor',
        // PyTorch's defaults: `nearest` is asymmetric + floor, `bilinear` is half_pixel.
        coordinates: params.coordinates ?? (mode === 'nearest' ? 'asymmetric' : 'half_pixel'),
        ...(params.size !== undefined ? { size: perAxis(params.size, axes) } : {}),
    };
}
function pad(axes, begin, end = begin) {
    return { kind: 'pad', begin: perAxis(begin, axes), end: perAxis(end, axes) };
}
function crop(axes, begin, end = begin) {
    return { kind: 'pad', begin: perAxis(begin, axes).map((c) => -c), end: perAxis(end, axes).map((c) => -c) };
}
const spaceToDepth = (axes, block) => ({ kind: 'space_to_depth', block: perAxis(block, axes) });
const depthToSpace = (axes, block) => ({ kind: 'depth_to_space', block: perAxis(block, axes) });
const pointwise = { kind: 'pointwise' };
const global = { kind: 'global' };
const merge = (kind) => ({ kind: 'merge', merge: kind });
const input = { kind: 'input' };
/** Builds a graph by name, for tests, benchmarks and loaders that know their order. */
class GraphBuilder {
    axes;
    nodes = [];
    ids = new Map();
    constructor(axes) {
        this.axes = axes;
    }
    /** Adds a node; `inputs` are names or ids of nodes added before. Returns the new id. */
    add(name, op, inputs = []) {
        const ids = inputs.map((i) => (typeof i === 'number' ? i : this.id(i)));
        this.ids.set(name, this.nodes.length);
        this.nodes.push({ name, op, inputs: ids });
        return this.nodes.length - 1;
    }
    id(name) {
        const id = this.ids.get(name);
        if (id === undefined)
            throw new Error(`no node named ${name}`);
        return id;
    }
    /** A graph of the nodes so far (a copy: adding more later must not change a built graph). */
    build() {
        return { axes: this.axes, nodes: [...this.nodes] };
    }
}

;// CONCATENATED MODULE: ./src/rf/resolve.ts
/**
 * Resolves one op on one axis into its index map (window.ts) and its output size: SAME pads
 * from the input size, PyTorch/ONNX size rules (floor, ceil_mode), resize coordinate modes.
 */


/**
 * The axis map of `op` on axis `a` with its pads resolved, and the output size when the input
 * size is known. `varies`: a SAME begin pad that depends on the unknown input size.
 */
function resolveAxis(op, a, 
/** The input's size on this axis, when known. */
n, 
/** The input's period: SAME pads that vary with the size are exact only when it is 1. */
inputPeriod, name, index) {
    const sizeError = (out) => {
        throw new rf_graph/* GraphError */.h9('RF010', `${name}: the output size on axis ${a} would be ${out} (input size ${n}); the input is too small for this layer`, index);
    };
    switch (op.kind) {
        case 'pointwise':
            return { map: { kind: 'identity', offset: 0 }, size: n, varies: false };
        case 'pad': {
            const begin = op.begin[a];
            const size = n === undefined ? undefined : n + begin + op.end[a];
            if (size !== undefined && size <= 0)
                sizeError(size);
            return { map: { kind: 'identity', offset: begin }, size, varies: false };
        }
        case 'conv': {
            const k = op.kernel[a];
            const s = op.stride[a];
            const d = op.dilation[a];
            const extent = d * (k - 1) + 1;
            const pad = op.pad[a];
            let begin;
            let varies = false;
            let size;
            if ('same' in pad) {
                // TF/ONNX SAME: out = ceil(n / s), total pad = max((out − 1)·s + extent − n, 0); the extra
                // pixel goes at the end (upper) or the start (lower). It depends on n mod s.
                const beginFor = (total) => (pad.same === 'upper' ? Math.floor(total / 2) : Math.ceil(total / 2));
                if (n !== undefined) {
                    size = Math.ceil(n / s);
                    begin = beginFor(Math.max((size - 1) * s + extent - n, 0));
                }
                else {
                    // n = s·m − r for r in 0..s−1 gives total = max(extent − s + r, 0).
                    // The begin pad grows with r, so it varies iff r = s − 1 differs from r = 0 (a list
                    // of all s begins would allocate s entries: a corrupt stride of 2^32 must not).
                    begin = beginFor(Math.max(extent - s, 0));
                    varies = beginFor(Math.max(extent - 1, 0)) !== begin;
                    if (varies && inputPeriod > 1) {
                        throw new rf_graph/* GraphError */.h9('RF015', `${name}: after upsampling, the RF through this SAME-padded stride-${s} layer depends on the input size; set the input size`, index);
                    }
                }
            }
            else {
                begin = pad.begin;
                if (n !== undefined) {
                    const span = n + pad.begin + pad.end - extent;
                    size = Math.floor(span / s) + 1;
                    if (op.ceilMode) {
                        size = Math.ceil(span / s) + 1;
                        // PyTorch/ONNX: the last window must start inside the input or the begin padding.
                        if ((size - 1) * s >= n + pad.begin)
                            size--;
                    }
                }
            }
            if (size !== undefined && size <= 0)
                sizeError(size);
            return { map: { kind: 'window', kernel: k, stride: s, dilation: d, begin }, size, varies };
        }
        case 'deconv': {
            const k = op.kernel[a];
            const s = op.stride[a];
            const d = op.dilation[a];
            const pad = op.pad[a];
            const size = n === undefined ? undefined : (n - 1) * s - pad.begin - pad.end + d * (k - 1) + 1 + op.outputPadding[a];
            if (size !== undefined && size <= 0)
                sizeError(size);
            return { map: { kind: 'transposed', kernel: k, stride: s, dilation: d, begin: pad.begin }, size, varies: false };
        }
        case 'space_to_depth': {
            const b = op.block[a];
            if (n !== undefined && n % b !== 0) {
                throw new rf_graph/* GraphError */.h9('RF010', `${name}: space-to-depth needs a size divisible by ${b} on axis ${a}, got ${n}`, index);
            }
            return { map: { kind: 'block', block: b }, size: n === undefined ? undefined : n / b, varies: false };
        }
        case 'depth_to_space': {
            const b = op.block[a];
            return { map: { kind: 'spread', block: b }, size: n === undefined ? undefined : n * b, varies: false };
        }
        case 'resize': {
            let scale = op.scale[a];
            const size = op.size?.[a] ?? (n === undefined ? undefined : Math.floor((n * scale.num) / scale.den));
            if (size !== undefined && size <= 0)
                sizeError(size);
            let halfIn = false;
            let halfOut = false;
            switch (op.coordinates) {
                case 'asymmetric':
                    break;
                case 'half_pixel':
                case 'pytorch_half_pixel':
                    halfIn = halfOut = true;
                    break;
                case 'tf_half_pixel_for_nn':
                    halfIn = true;
                    break;
                case 'align_corners':
                    if (n === undefined || size === undefined) {
                        throw new rf_graph/* GraphError */.h9('RF015', `${name}: align_corners resizing maps positions by the input size; set the input size`, index);
                    }
                    // x = u·(n − 1)/(size − 1). With one input pixel every output reads it.
                    if (n === 1)
                        return { map: { kind: 'spread', block: size }, size, varies: false };
                    if (size > 1)
                        scale = (0,fraction/* frac */.Ju)(size - 1, n - 1);
                    break;
            }
            // An output of size 1 reads x = 0 (pytorch_half_pixel, align_corners): position 0 → 0.
            if (size === 1 && (op.coordinates === 'pytorch_half_pixel' || op.coordinates === 'align_corners')) {
                return { map: { kind: 'identity', offset: 0 }, size, varies: false };
            }
            return {
                map: { kind: 'resize', num: scale.num, den: scale.den, halfIn, halfOut, taps: op.mode, rounding: op.rounding },
                size,
                varies: false,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/rf/window.ts
/**
 * The index map of each op, one axis at a time: which input positions feed output position u
 * (`forEachTap`), and how the map repeats (`period`): taps(u + p) = taps(u) + q. Positions are
 * integers on an unbounded axis, padding positions included (docs/design.md §3).
 */

/** taps(u + p) = taps(u) + q. */
function period(map) {
    switch (map.kind) {
        case 'identity':
            return { p: 1, q: 1 };
        case 'window':
            return { p: 1, q: map.stride };
        case 'transposed':
            return { p: map.stride, q: 1 };
        case 'block':
            return { p: 1, q: map.block };
        case 'spread':
            return { p: map.block, q: 1 };
        case 'resize':
            return { p: map.num, q: map.den };
    }
}
/** How many taps `forEachTap` visits for one position, at most: the work of one entry. */
function tapCount(map) {
    switch (map.kind) {
        case 'window':
        case 'transposed':
            return map.kernel;
        case 'block':
            return map.block;
        case 'resize':
            return map.taps === 'cubic' ? 4 : 2;
        default:
            return 1;
    }
}
/** Calls `tap(v)` for every input position v that output position u reads (possibly none). */
function forEachTap(map, u, tap) {
    switch (map.kind) {
        case 'identity':
            tap(u - map.offset);
            return;
        case 'window': {
            const first = map.stride * u - map.begin;
            for (let j = 0; j < map.kernel; j++)
                tap(first + map.dilation * j);
            return;
        }
        case 'transposed': {
            // Input i writes output s·i − begin + d·j; so output u hears from i = (u + begin − d·j) / s.
            for (let j = 0; j < map.kernel; j++) {
                const t = u + map.begin - map.dilation * j;
                if (t % map.stride === 0)
                    tap(t / map.stride);
            }
            return;
        }
        case 'block': {
            for (let j = 0; j < map.block; j++)
                tap(map.block * u + j);
            return;
        }
        case 'spread':
            tap((0,fraction/* floorDiv */.wh)(u, map.block));
            return;
        case 'resize':
            resizeTaps(map, u, tap);
            return;
    }
}
function resizeTaps(map, u, tap) {
    // x = N / D exactly, with D = 2n: x = ((2u + 2a)·m − 2b·n) / 2n.
    const D = 2 * map.num;
    const N = (2 * u + (map.halfIn ? 1 : 0)) * map.den - (map.halfOut ? map.num : 0);
    const fl = (0,fraction/* floorDiv */.wh)(N, D);
    const exact = N - fl * D === 0;
    if (map.taps === 'nearest') {
        const twice = 2 * N; // compare x with fl + 1/2 without fractions: 2N vs (2fl + 1)·D
        const half = (2 * fl + 1) * D;
        let v;
        switch (map.rounding) {
            case 'floor':
                v = fl;
                break;
            case 'ceil':
                v = exact ? fl : fl + 1;
                break;
            case 'round_prefer_floor':
                v = twice > half ? fl + 1 : fl;
                break;
            case 'round_prefer_ceil':
                v = twice >= half ? fl + 1 : fl;
                break;
        }
        tap(v);
        return;
    }
    // Linear weights are non-zero for |v − x| < 1, cubic (Keys) ones for |v − x| < 2 except at
    // |v − x| = 1: at an integer x only v = x is read.
    if (exact) {
        tap(fl);
        return;
    }
    const reach = map.taps === 'linear' ? 0 : 1;
    for (let v = fl - reach; v <= fl + 1 + reach; v++)
        tap(v);
}

;// CONCATENATED MODULE: ./src/rf/analyze.ts
/**
 * Exact receptive fields of every tensor of a graph, in one forward pass in topological order.
 *
 * For each tensor and axis we keep lo(u) and hi(u), the hull of the input positions that can
 * reach position u, over one period of u: lo(u + P) = lo(u) + Q (P = 1 for a net without
 * upsampling, where lo is affine). A tensor's hull is the hull of its taps' hulls, and the hull
 * of a union is the hull of the hulls, so this forward pass is exact for every op, even where a
 * backward walk of intervals is not (a transposed conv with holes). It costs O(P · taps) per
 * node and axis: linear in the graph, and it never enumerates paths.
 *
 * State lives in flat typed arrays indexed by node · axes + axis: a 10^6-node chain allocates
 * almost nothing per node.
 */




const DEFAULT_MAX_PERIOD = 1 << 16;
const DEFAULT_MAX_STEPS = 100_000_000;
const OK = -1;
/** The result of `analyze`: query tensors with `tensorRF`. */
class Analysis {
    graph;
    order;
    inputSize;
    maxPeriod;
    maxSteps;
    /** Failures of single nodes (a size ≤ 0, a merge of different strides…), each reported once. */
    errors = [];
    /** Per node: OK, or the index in `errors` of the failure that prevents its RF. */
    status;
    global;
    /** Per global node: the `global` op upstream that made it global (itself for one). */
    globalAt;
    aligned;
    sizeDependentAt;
    misalignment = new Map();
    // Per node·axis.
    P;
    Q;
    /** lo(0), hi(0); the whole table for u < P lives in `tables` when P > 1. */
    lo0;
    hi0;
    tables = new Map();
    /** Size per node·axis, NaN when unknown. */
    size;
    /** Sorted ids of upstream SAME layers whose begin pad varies with the unknown input size. */
    shiftKey;
    /** Tap evaluations so far, against `maxSteps`. */
    steps = 0;
    /** The file's time budget (AnalyzeOptions.deadline), for analyses derived from this one. */
    deadline;
    constructor(graph, order, inputSize, maxPeriod, maxSteps) {
        this.graph = graph;
        this.order = order;
        this.inputSize = inputSize;
        this.maxPeriod = maxPeriod;
        this.maxSteps = maxSteps;
        const n = graph.nodes.length;
        const k = n * graph.axes;
        this.status = new Int32Array(n).fill(OK);
        this.global = new Uint8Array(n);
        this.globalAt = new Int32Array(n).fill(-1);
        this.aligned = new Uint8Array(n).fill(1);
        this.sizeDependentAt = new Int32Array(n).fill(-1);
        this.P = new Float64Array(k);
        this.Q = new Float64Array(k);
        this.lo0 = new Float64Array(k);
        this.hi0 = new Float64Array(k);
        this.size = new Float64Array(k).fill(NaN);
        this.shiftKey = new Array(k).fill('');
    }
    /** lo(u) of slot k (node·axes + axis), from its period table. */
    lo(k, u) {
        const P = this.P[k];
        if (P === 1)
            return this.lo0[k] + u * this.Q[k];
        const r = ((u % P) + P) % P;
        return this.tables.get(k).lo[r] + ((u - r) / P) * this.Q[k];
    }
    hi(k, u) {
        const P = this.P[k];
        if (P === 1)
            return this.hi0[k] + u * this.Q[k];
        const r = ((u % P) + P) % P;
        return this.tables.get(k).hi[r] + ((u - r) / P) * this.Q[k];
    }
}
/** Throws GraphError for a structurally broken graph; per-node failures go to `errors`. */
function analyze(graph, options = {}) {
    (0,rf_graph/* validateGraph */.dC)(graph);
    const order = (0,rf_graph/* topologicalOrder */._o)(graph);
    const inputSize = options.inputSize;
    if (inputSize && inputSize.length !== graph.axes) {
        throw new rf_graph/* GraphError */.h9('RF003', `input size has ${inputSize.length} values for ${graph.axes} axes`);
    }
    for (const n of inputSize ?? []) {
        if (!Number.isSafeInteger(n) || n < 1)
            throw new rf_graph/* GraphError */.h9('RF010', `input size must be integers ≥ 1, got ${n}`);
    }
    const an = new Analysis(graph, order, inputSize, options.maxPeriod ?? DEFAULT_MAX_PERIOD, options.maxSteps ?? DEFAULT_MAX_STEPS);
    an.deadline = options.deadline;
    for (const index of order) {
        options.deadline?.check();
        const node = graph.nodes[index];
        let blocked = OK;
        for (const i of node.inputs)
            if (an.status[i] !== OK && blocked === OK)
                blocked = an.status[i];
        if (blocked !== OK) {
            an.status[index] = blocked;
            continue;
        }
        try {
            step(an, node.op, node.inputs, index);
        }
        catch (err) {
            const error = err instanceof rf_graph/* GraphError */.h9 ? err : err instanceof fraction/* OverflowError */.B9 ? new rf_graph/* GraphError */.h9('RF014', `${node.name}: ${err.message}`, index) : undefined;
            if (!error)
                throw err;
            an.status[index] = an.errors.push(error) - 1;
        }
    }
    return an;
}
function step(an, op, inputs, index) {
    const A = an.graph.axes;
    const name = an.graph.nodes[index].name;
    if (op.kind === 'input') {
        for (let a = 0; a < A; a++) {
            const k = index * A + a;
            an.P[k] = 1;
            an.Q[k] = 1;
            an.size[k] = an.inputSize?.[a] ?? NaN;
        }
        return;
    }
    inheritFlags(an, inputs, index);
    if (op.kind === 'global' || inputs.some((i) => an.global[i])) {
        an.global[index] = 1;
        // The first layer on the path that sees everything: a dense layer after a global pool is not it.
        const upstream = inputs.find((i) => an.global[i]);
        an.globalAt[index] = upstream === undefined ? index : an.globalAt[upstream];
        return;
    }
    if (op.kind === 'merge') {
        analyze_merge(an, inputs, index);
        return;
    }
    const x = inputs[0];
    for (let a = 0; a < A; a++) {
        const kx = x * A + a;
        const n = an.size[kx];
        const { map, size, varies } = resolveAxis(op, a, Number.isNaN(n) ? undefined : n, an.P[kx], name, index);
        const k = index * A + a;
        an.size[k] = size ?? NaN;
        an.shiftKey[k] = varies ? addKey(an.shiftKey[kx], index) : an.shiftKey[kx];
        propagate(an, map, kx, k, name, index);
    }
}
function inheritFlags(an, inputs, index) {
    for (const i of inputs) {
        if (!an.aligned[i])
            an.aligned[index] = 0;
        const m = an.misalignment.get(i);
        if (m && !an.misalignment.has(index))
            an.misalignment.set(index, m);
        if (an.sizeDependentAt[i] !== -1 && an.sizeDependentAt[index] === -1)
            an.sizeDependentAt[index] = an.sizeDependentAt[i];
    }
}
function addKey(key, id) {
    const ids = key ? key.split(',').map(Number) : [];
    if (!ids.includes(id))
        ids.push(id);
    return ids.sort((a, b) => a - b).join(',');
}
/** Charges `cost` tap evaluations, or fails the node when the analysis would exceed its budget. */
function spend(an, cost, name, index) {
    if (an.steps + cost > an.maxSteps) {
        throw new rf_graph/* GraphError */.h9('RF016', `${name}: analysing this layer exactly would take ${cost.toExponential(1)} more steps (the limit is ${an.maxSteps.toExponential(0)} per model); check its kernel, stride and the resize factors upstream`, index);
    }
    an.steps += cost;
}
function periodTooLong(name, index, P, maxPeriod) {
    return new rf_graph/* GraphError */.h9('RF013', `${name}: the RF repeats only every ${P} positions (more than ${maxPeriod}); rational resize factors multiply periods`, index);
}
/** Fills slot k (the op's output) from slot kx (its input) through `map`. */
function propagate(an, map, kx, k, name, index) {
    const { p, q } = period(map);
    const Px = an.P[kx];
    // Shifting u by P moves the taps by t·q, which must be a multiple of the input's period.
    const t = Px / (0,fraction/* gcd */.p_)(Px, q);
    const P = (0,fraction/* checked */.KD)(p * t);
    if (P > an.maxPeriod)
        throw periodTooLong(name, index, P, an.maxPeriod);
    const Q = (0,fraction/* checked */.KD)(((t * q) / Px) * an.Q[kx]);
    an.P[k] = P;
    an.Q[k] = Q;
    if (P === 1 && Px === 1 && map.kind === 'window') {
        // The affine case (no upsampling upstream): lo and hi are monotone in v.
        const first = -map.begin;
        const last = first + map.dilation * (map.kernel - 1);
        const lo = an.lo0[kx] + first * an.Q[kx];
        const hi = an.hi0[kx] + last * an.Q[kx];
        if (lo !== Infinity && !(Number.isSafeInteger(lo) && Number.isSafeInteger(hi)))
            throw new fraction/* OverflowError */.B9();
        an.lo0[k] = lo;
        an.hi0[k] = hi;
        return;
    }
    spend(an, P * tapCount(map), name, index);
    const lo = [];
    const hi = [];
    for (let u = 0; u < P; u++) {
        let min = Infinity;
        let max = -Infinity;
        forEachTap(map, u, (v) => {
            const l = an.lo(kx, v);
            const h = an.hi(kx, v);
            if (l < min)
                min = l;
            if (h > max)
                max = h;
        });
        if (min !== Infinity && !(Number.isSafeInteger(min) && Number.isSafeInteger(max)))
            throw new fraction/* OverflowError */.B9();
        lo.push(min);
        hi.push(max);
    }
    setTable(an, k, lo, hi);
}
function setTable(an, k, lo, hi) {
    an.lo0[k] = lo[0];
    an.hi0[k] = hi[0];
    if (lo.length > 1)
        an.tables.set(k, { lo, hi });
}
function analyze_merge(an, inputs, index) {
    const A = an.graph.axes;
    const nodes = an.graph.nodes;
    const node = nodes[index];
    let misaligned;
    let sizeDependentHere = false;
    for (let a = 0; a < A; a++) {
        const slots = inputs.map((i) => i * A + a);
        const k0 = slots[0];
        const k = index * A + a;
        // Equal jumps Q/P, or the RF would grow with the position.
        for (const ki of slots) {
            if (an.Q[ki] * an.P[k0] !== an.Q[k0] * an.P[ki]) {
                const strides = slots.map((s, i) => `${nodes[inputs[i]].name} stride ${formatJump(an, s)}`).join(', ');
                throw new rf_graph/* GraphError */.h9('RF012', `${node.name}: merges inputs with different strides on axis ${a} (${strides}); resample one of them first`, index, inputs);
            }
        }
        const size = an.size[k0];
        if (!Number.isNaN(size) && slots.some((ki) => an.size[ki] !== size)) {
            const list = slots.map((s, i) => `${nodes[inputs[i]].name} ${an.size[s]}`).join(', ');
            throw new rf_graph/* GraphError */.h9('RF011', `${node.name}: merges inputs of different sizes on axis ${a} (${list})`, index, inputs);
        }
        an.size[k] = size;
        let key = an.shiftKey[k0];
        for (const ki of slots) {
            if (an.shiftKey[ki] !== an.shiftKey[k0])
                sizeDependentHere = true;
            for (const id of an.shiftKey[ki] ? an.shiftKey[ki].split(',') : [])
                key = addKey(key, Number(id));
        }
        an.shiftKey[k] = key;
        const P = slots.reduce((acc, ki) => (0,fraction/* lcm */.lJ)(acc, an.P[ki]), 1);
        if (P > an.maxPeriod)
            throw periodTooLong(node.name, index, P, an.maxPeriod);
        spend(an, P * slots.length, node.name, index);
        an.P[k] = P;
        an.Q[k] = (0,fraction/* checked */.KD)((P / an.P[k0]) * an.Q[k0]);
        const lo = [];
        const hi = [];
        for (let u = 0; u < P; u++) {
            let min = Infinity;
            let max = -Infinity;
            let centre;
            let offCentre = false;
            for (const ki of slots) {
                const l = an.lo(ki, u);
                if (l === Infinity)
                    continue;
                const h = an.hi(ki, u);
                // Compare centres as lo + hi: integers, no halves.
                if (centre === undefined)
                    centre = l + h;
                else if (centre !== l + h)
                    offCentre = true;
                if (l < min)
                    min = l;
                if (h > max)
                    max = h;
            }
            if (offCentre && (!misaligned || misaligned.contained)) {
                // Contained: some input alone spans the union.
                const contained = slots.some((ki) => an.lo(ki, u) === min && an.hi(ki, u) === max);
                if (!misaligned || !contained)
                    misaligned = { ...misalignmentAt(an, index, slots, a, u), contained };
            }
            lo.push(min);
            hi.push(max);
        }
        setTable(an, k, lo, hi);
    }
    if (misaligned) {
        an.aligned[index] = 0;
        if (!an.misalignment.has(index))
            an.misalignment.set(index, misaligned);
    }
    if (sizeDependentHere && an.sizeDependentAt[index] === -1)
        an.sizeDependentAt[index] = index;
}
function misalignmentAt(an, merge, slots, axis, u) {
    const centers = slots.map((k) => {
        const lo = an.lo(k, u);
        return lo === Infinity || an.shiftKey[k] ? null : (lo + an.hi(k, u)) / 2;
    });
    return { merge, axis, position: u, centers };
}
function centerAt0(an, k) {
    return an.lo0[k] === Infinity || an.shiftKey[k] ? null : (an.lo0[k] + an.hi0[k]) / 2;
}
function formatJump(an, k) {
    const f = (0,fraction/* frac */.Ju)(an.Q[k], an.P[k]);
    return f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;
}
/** The RF of one node, or the failure that prevents it (summarised on demand: cheap). */
function tensorRF(an, node) {
    if (!(node >= 0 && node < an.status.length))
        throw new RangeError(`no node #${node}`);
    const status = an.status[node];
    if (status !== OK)
        return an.errors[status];
    const A = an.graph.axes;
    const misalignment = an.misalignment.get(node);
    const flags = {
        aligned: an.aligned[node] === 1,
        ...(misalignment ? { misalignment } : {}),
        ...(an.sizeDependentAt[node] !== -1 ? { sizeDependentAt: an.sizeDependentAt[node] } : {}),
    };
    if (an.global[node]) {
        return {
            global: true,
            globalAt: an.globalAt[node],
            rf: null,
            rfMin: null,
            stride: null,
            start: null,
            center: null,
            ...flags,
            ...(an.inputSize ? { coverage: an.inputSize.map(() => 1) } : {}),
        };
    }
    const rf = [];
    const rfMin = [];
    const start = [];
    const center = [];
    const stride = [];
    const size = [];
    const coverage = [];
    for (let a = 0; a < A; a++) {
        const k = node * A + a;
        let max = 0;
        let min = Infinity;
        for (let u = 0; u < an.P[k]; u++) {
            const lo = an.lo(k, u);
            const width = lo === Infinity ? 0 : an.hi(k, u) - lo + 1;
            if (width > max)
                max = width;
            if (width < min)
                min = width;
        }
        rf.push(max);
        rfMin.push(min);
        const c = centerAt0(an, k);
        start.push(c === null ? null : an.lo0[k]);
        center.push(c);
        stride.push((0,fraction/* frac */.Ju)(an.Q[k], an.P[k]));
        size.push(an.size[k]);
        if (an.inputSize)
            coverage.push(coverageOf(an, k, an.inputSize[a]));
    }
    const sized = an.inputSize !== undefined && size.every((s) => !Number.isNaN(s));
    return { global: false, rf, rfMin, stride, start, center, ...flags, ...(sized ? { size, coverage } : {}) };
}
/**
 * The smallest fraction of [0, n) covered by the RFs of the central positions: one of each
 * phase, the `minimalPeriod` positions centred on floor((size − 1) / 2) (kept inside the map).
 */
function coverageOf(an, k, n) {
    const size = an.size[k];
    const p = minimalPeriod(an, k);
    const centre = Math.floor((size - 1) / 2);
    const first = Math.max(0, Math.min(centre - Math.floor((p - 1) / 2), size - p));
    const last = Math.min(size - 1, first + p - 1);
    let smallest = Infinity;
    for (let u = first; u <= last; u++)
        smallest = Math.min(smallest, coveredAt(an, k, u, n));
    return smallest;
}
function coveredAt(an, k, u, n) {
    const lo = an.lo(k, u);
    if (lo === Infinity)
        return 0;
    return Math.max(0, Math.min(an.hi(k, u), n - 1) - Math.max(lo, 0) + 1) / n;
}
/**
 * The smallest p dividing the slot's period P with lo(u + p) = lo(u) + c and hi(u + p) = hi(u)
 * + c for every u: the table may repeat more often than the ops' periods say, and "one position
 * of each phase" must not depend on how the period was found.
 */
function minimalPeriod(an, k) {
    const P = an.P[k];
    for (let p = 1; p < P; p++) {
        if (P % p !== 0)
            continue;
        const shift = an.lo(k, p) - an.lo(k, 0);
        let repeats = true;
        for (let u = 0; u < P && repeats; u++) {
            const lo = an.lo(k, u);
            const loNext = an.lo(k, u + p);
            if (lo === Infinity || loNext === Infinity)
                repeats = lo === loNext;
            else
                repeats = loNext - lo === shift && an.hi(k, u + p) - an.hi(k, u) === shift;
        }
        if (repeats)
            return p;
    }
    return P;
}

// EXTERNAL MODULE: ./src/rf/codes.ts
var codes = __webpack_require__(6262);
;// CONCATENATED MODULE: ./src/rf/erf-float.ts


/** The unit roundoff of a double, and the spacing of the subnormals. */
const U = 2 ** -53;
const SUBNORMAL = 2 ** -1074;
/** x / n for a weight x > 0 and a count n ≥ 1, never rounded to 0 (see above). */
function share(x, n) {
    return x / n || Number.MIN_VALUE;
}
/**
 * The profile of position `position` of `node` on `axis`, as erf.ts's `erfProfile` computes it
 * and spending the budget exactly as it does (so both agree on when there is no ERF): undefined
 * when there is none or the budget ran out.
 */
function floatProfile(an, node, axis, budget, 
/** When given, receives (node, map) for every op the pass went through, in order. */
maps, position = 0) {
    const { graph } = an;
    let roundings = 0;
    const adjoint = new Map([[node, { lo: position, w: Float64Array.of(1) }]]);
    const add = (i, lo, w) => {
        const have = adjoint.get(i);
        if (!have) {
            adjoint.set(i, { lo, w });
            return true;
        }
        const from = Math.min(have.lo, lo);
        const to = Math.max(have.lo + have.w.length, lo + w.length);
        budget.left -= to - from;
        if (budget.left < 0)
            return false;
        const sum = new Float64Array(to - from);
        sum.set(have.w, have.lo - from);
        const at = lo - from;
        for (let j = 0; j < w.length; j++)
            sum[at + j] += w[j];
        roundings += w.length;
        adjoint.set(i, { lo: from, w: sum });
        return true;
    };
    for (let t = an.order.length - 1; t >= 0; t--) {
        an.deadline?.check();
        const v = an.order[t];
        const adj = adjoint.get(v);
        if (!adj)
            continue;
        const { op, inputs } = graph.nodes[v];
        if (op.kind === 'input')
            return trim(adj, roundings);
        adjoint.delete(v);
        if (op.kind === 'merge') {
            const m = inputs.length;
            const each = adj.w.map((x) => (x === 0 ? 0 : share(x, m)));
            roundings += 1;
            for (const i of inputs)
                if (!add(i, adj.lo, each.slice()))
                    return undefined;
            continue;
        }
        if (op.kind === 'global')
            return undefined;
        const x = inputs[0];
        const map = axisMap(an, v, axis);
        maps?.push(v, map);
        const step = map.kind === 'window' ? windowStep(map, adj, budget) : map.kind === 'identity' ? identityStep(map, adj, budget) : anyStep(map, adj, budget);
        if (step === 'budget')
            return undefined;
        if (!step)
            continue; // nothing reaches this position through here
        roundings += step.roundings;
        if (!add(x, step.lo, step.w))
            return undefined;
    }
    return undefined;
}
/** The map of node v (an op with one input) on `axis`, its pads resolved as the analysis did. */
function axisMap(an, v, axis) {
    const { op, inputs, name } = an.graph.nodes[v];
    const kx = inputs[0] * an.graph.axes + axis;
    const size = an.size[kx];
    return resolveAxis(op, axis, Number.isNaN(size) ? undefined : size, an.P[kx], name, v).map;
}
/**
 * The budget as erf.ts spends it: per position with a weight, its taps + 1, then the span of
 * the result. The deductions never make it grow, so the budget runs out exactly when their sum
 * exceeds what is left, whatever their order.
 */
function erf_float_spend(budget, steps) {
    budget.left -= steps;
    return budget.left >= 0;
}
/** Taps at stride·u − begin + dilation·j: the common case, without a call per tap. */
function windowStep(map, adj, budget) {
    const { kernel: k, stride: s, dilation: d, begin: b } = map;
    const { w, lo } = adj;
    let first = -1;
    let last = -1;
    let weighted = 0;
    for (let i = 0; i < w.length; i++) {
        if (w[i] === 0)
            continue;
        if (first < 0)
            first = i;
        last = i;
        weighted++;
    }
    if (first < 0 || k === 0)
        return erf_float_spend(budget, weighted) ? undefined : 'budget';
    const min = s * (lo + first) - b;
    const max = s * (lo + last) - b + d * (k - 1);
    if (!erf_float_spend(budget, weighted * (k + 1) + (max - min + 1)))
        return 'budget';
    const out = new Float64Array(max - min + 1);
    for (let i = first; i <= last; i++) {
        if (w[i] === 0)
            continue;
        const each = share(w[i], k);
        const base = s * (lo + i) - b - min;
        for (let j = 0; j < k; j++)
            out[base + d * j] += each;
    }
    return { lo: min, w: out, roundings: 1 + weighted * k };
}
/** v = u − offset: the same weights, shifted (pads, crops, pointwise ops). */
function identityStep(map, adj, budget) {
    const { w, lo } = adj;
    let first = 0;
    let last = w.length - 1;
    while (first <= last && w[first] === 0)
        first++;
    while (last >= first && w[last] === 0)
        last--;
    if (first > last)
        return undefined;
    let weighted = 0;
    for (let i = first; i <= last; i++)
        if (w[i] !== 0)
            weighted++;
    if (!erf_float_spend(budget, 2 * weighted + (last - first + 1)))
        return 'budget';
    return { lo: lo + first - map.offset, w: w.slice(first, last + 1), roundings: 0 };
}
/** Every other map, tap by tap through window.ts. */
function anyStep(map, adj, budget) {
    const taps = [];
    const start = new Int32Array(adj.w.length + 1);
    let min = Infinity;
    let max = -Infinity;
    const push = (p) => {
        taps.push(p);
        if (p < min)
            min = p;
        if (p > max)
            max = p;
    };
    for (let i = 0; i < adj.w.length; i++) {
        start[i] = taps.length;
        if (adj.w[i] === 0)
            continue;
        // Counted before they are listed: a kernel of 2^31 must run out of budget, not memory.
        if (budget.left - tapCount(map) < 0)
            return 'budget';
        const before = taps.length;
        forEachTap(map, adj.lo + i, push);
        if (!erf_float_spend(budget, taps.length - before + 1))
            return 'budget';
    }
    start[adj.w.length] = taps.length;
    if (min === Infinity)
        return undefined;
    if (!erf_float_spend(budget, max - min + 1))
        return 'budget';
    const w = new Float64Array(max - min + 1);
    for (let i = 0; i < adj.w.length; i++) {
        const n = start[i + 1] - start[i];
        if (n === 0)
            continue;
        const each = share(adj.w[i], n);
        for (let j = start[i]; j < start[i + 1]; j++)
            w[taps[j] - min] += each;
    }
    return { lo: min, w, roundings: 1 + taps.length };
}
function trim(p, roundings) {
    let first = 0;
    let last = p.w.length - 1;
    while (first <= last && p.w[first] === 0)
        first++;
    while (last >= first && p.w[last] === 0)
        last--;
    return { lo: p.lo + first, w: p.w.slice(first, last + 1), roundings };
}
/**
 * sigma and width95 of a float profile (undefined when its mass is 0), or 'unsure' when a
 * comparison behind width95 is too close to call in floats.
 */
function floatStats(profile) {
    const { w, lo } = profile;
    const n = w.length;
    // Prefix sums of non-negative terms: each within (1 ± γ) of its exact value.
    const prefix = new Float64Array(n + 1);
    let s1 = 0;
    for (let i = 0; i < n; i++) {
        prefix[i + 1] = prefix[i] + w[i];
        s1 += w[i] * i;
    }
    const total = prefix[n];
    if (total === 0)
        return undefined;
    const k = profile.roundings + n + 2;
    const gamma = (k * U) / (1 - k * U);
    // |20·window − 19·total| below this could have either sign: the window is a difference of two
    // prefixes (error ≤ 2γ·total each side), the rest is a few roundings more.
    const slack = 128 * gamma * total + 64 * k * SUBNORMAL;
    let unsure = false;
    const enough = (l, r) => {
        const margin = 20 * (prefix[r] - prefix[l]) - 19 * total;
        if (Math.abs(margin) <= slack)
            unsure = true;
        return margin > 0;
    };
    let best = n;
    let left = 0;
    for (let right = 0; right < n && !unsure; right++) {
        while (left <= right && enough(left + 1, right + 1))
            left++;
        if (enough(left, right + 1))
            best = Math.min(best, right - left + 1);
    }
    if (unsure)
        return 'unsure';
    const mean = s1 / total;
    let s2 = 0;
    for (let i = 0; i < n; i++)
        s2 += w[i] * (i - mean) * (i - mean);
    return { mean: lo + mean, sigma: Math.sqrt(s2 / total), width95: best };
}

;// CONCATENATED MODULE: ./src/rf/erf.ts
/**
 * The effective receptive field (Luo et al., 2016, "Understanding the Effective Receptive Field
 * in Deep Convolutional Neural Networks"): how much each input position contributes to one
 * output position when every learned weight is uniform. docs/design.md §3, "Effective RF".
 *
 * Definition (per axis, of output position 0; the network taken as linear):
 * - every op that reads positions (conv, pool, transposed conv, resize, space-to-depth…) is the
 *   MEAN of the positions its index map reads for that output position (window.ts): a conv with
 *   kernel k and dilation d at jump J is a box of k taps spaced d·J in input pixels, a
 *   transposed conv averages the inputs that write to the position (none: it contributes
 *   nothing), a linear or cubic resize averages the positions it reads (its fixed
 *   interpolation weights are replaced by uniform ones, like every other kernel), a nearest
 *   resize copies one position;
 * - pointwise ops, pads and crops are the identity;
 * - every merge (`add`, `mul`, `concat`, `max`…) is the MEAN of its inputs: each input's profile
 *   is normalised (mass 1) and they count equally. For `concat` this is what a following conv
 *   does when it sums over channels with uniform weights and each input brings as many
 *   channels; `mul` and `max` are linearised the same way.
 * The profile is the gradient of that linear network's output position 0 with respect to the
 * input, computed by one backward pass over the output's ancestors in reverse topological
 * order: never path by path. `effectiveRF` runs it in floats with an error bound that certifies
 * the answer (erf-float.ts) and in big integers (numerators over one common denominator, here)
 * only when the bound cannot decide (a tie); `erfProfile` is always exact.
 *
 * Reported per axis: `sigma`, the standard deviation of the profile in input pixels, and
 * `width95`, the length of the SHORTEST window of consecutive input positions holding at least
 * 95 % of the profile's mass (exact: compared as 20·window ≥ 19·total in integers).
 */




/** The steps all the ERFs of one file may take together (`ErfOptions.shared`). */
const ERF_STEPS_PER_FILE = 16_000_000;
/** Big-integer work is ~50× a float's: this keeps one output under a second. */
const erf_DEFAULT_MAX_STEPS = 4_000_000;
/** The fraction of the mass `width95` holds, as 19/20. */
const MASS_NUM = 19n;
const MASS_DEN = 20n;
/**
 * The ERF of `node`, or undefined when it has none (global, an error upstream, a profile of
 * mass 0) or when computing it would exceed `maxSteps`.
 */
function effectiveRF(an, node, options = {}) {
    if (an.status[node] !== -1 || an.global[node])
        return undefined;
    const own = options.maxSteps ?? erf_DEFAULT_MAX_STEPS;
    const budget = { left: Math.min(own, options.shared?.left ?? own) };
    const start = budget.left;
    try {
        return erfOf(an, node, budget);
    }
    finally {
        if (options.shared)
            options.shared.left -= start - budget.left;
    }
}
function erfOf(an, node, budget) {
    const sigma = [];
    const width95 = [];
    const width95Min = [];
    let everyPosition = true;
    const maps = [];
    let first;
    for (let a = 0; a < an.graph.axes; a++) {
        const before = budget.left;
        // An axis whose every map is axis 0's (square kernels, equal strides and sizes) has its
        // profile step for step: its answer and its cost are axis 0's.
        if (first && sameMaps(an, maps, a)) {
            budget.left -= first.spent;
            if (budget.left < 0)
                return undefined;
            sigma.push(first.sigma);
            width95.push(first.width95);
            if (first.width95Min === undefined)
                everyPosition = false;
            else
                width95Min.push(first.width95Min);
            continue;
        }
        const at0 = statsAt(an, node, a, 0, budget, a === 0 ? maps : undefined);
        if (!at0)
            return undefined;
        sigma.push(at0.sigma);
        width95.push(at0.width95);
        // The profile of u + p is that of u shifted (p the minimal period of the hulls, analyze.ts):
        // one period of positions gives the smallest width over all of them.
        let smallest = at0.width95;
        const period = minimalPeriod(an, node * an.graph.axes + a);
        for (let u = 1; u < period && smallest !== undefined; u++) {
            const at = statsAt(an, node, a, u, budget);
            smallest = at ? Math.min(smallest, at.width95) : undefined;
        }
        if (smallest === undefined)
            everyPosition = false;
        else
            width95Min.push(smallest);
        if (a === 0)
            first = { spent: before - budget.left, sigma: at0.sigma, width95: at0.width95, width95Min: smallest };
    }
    return { sigma, width95, ...(everyPosition ? { width95Min } : {}) };
}
/**
 * The statistics of position `u` on `axis`. Floats first (exact whenever they can be certified:
 * erf-float.ts), big integers when they cannot; the exact pass then spends the budget the float
 * pass spent, not twice.
 */
function statsAt(an, node, axis, u, budget, maps) {
    const before = budget.left;
    const fast = floatProfile(an, node, axis, budget, maps, u);
    if (!fast)
        return undefined;
    const stats = floatStats(fast);
    if (stats !== 'unsure')
        return stats;
    budget.left = before;
    const profile = erfProfile(an, node, axis, budget, u);
    return profile ? profileStats(profile) : undefined;
}
/** Whether every op axis 0's pass went through has the same map on `axis`. */
function sameMaps(an, maps, axis) {
    for (let i = 0; i < maps.length; i += 2) {
        const want = maps[i + 1];
        const got = axisMap(an, maps[i], axis);
        for (const key in want)
            if (want[key] !== got[key])
                return false;
    }
    return true;
}
/**
 * The exact profile of position `position` of `node` on `axis`, or undefined when the budget
 * runs out. Each node's adjoint is freed as soon as it has been passed to its inputs.
 */
function erfProfile(an, node, axis, budget = { left: erf_DEFAULT_MAX_STEPS }, position = 0) {
    const { graph } = an;
    const A = graph.axes;
    const adjoint = new Map([[node, { lo: position, num: [1n], den: 1n }]]);
    // Reverse topological order visits every consumer of a node before the node itself.
    for (let t = an.order.length - 1; t >= 0; t--) {
        an.deadline?.check();
        const v = an.order[t];
        const adj = adjoint.get(v);
        if (!adj)
            continue;
        const { op, inputs, name } = graph.nodes[v];
        if (op.kind === 'input')
            return erf_trim(adj);
        adjoint.delete(v);
        if (op.kind === 'merge') {
            const m = BigInt(inputs.length);
            for (const i of inputs)
                if (!accumulate(adjoint, i, { lo: adj.lo, num: adj.num, den: adj.den * m }, budget))
                    return undefined;
            continue;
        }
        if (op.kind === 'global')
            return undefined; // not reached: a global node makes its consumers global
        const x = inputs[0];
        const kx = x * A + axis;
        const size = an.size[kx];
        const { map } = resolveAxis(op, axis, Number.isNaN(size) ? undefined : size, an.P[kx], name, v);
        // Taps of each position with a weight; the common denominator grows by the lcm of their counts.
        const taps = [];
        let L = 1;
        let min = Infinity;
        let max = -Infinity;
        for (let i = 0; i < adj.num.length; i++) {
            const list = [];
            if (adj.num[i] !== 0n) {
                // Counted before they are listed: a kernel of 2^31 must run out of budget, not memory.
                if (budget.left - tapCount(map) < 0)
                    return undefined;
                forEachTap(map, adj.lo + i, (p) => list.push(p));
                budget.left -= list.length + 1;
                if (budget.left < 0)
                    return undefined;
                if (list.length > 0)
                    L = lcmInt(L, list.length);
                for (const p of list) {
                    if (p < min)
                        min = p;
                    if (p > max)
                        max = p;
                }
            }
            taps.push(list);
        }
        if (min === Infinity)
            continue; // nothing reaches this position through here
        // The dense profile costs one step per position it spans: a dilation of 10^9 spreads two
        // taps 10^9 apart, which must run out of budget, not out of memory.
        budget.left -= max - min + 1;
        if (budget.left < 0)
            return undefined;
        const num = new Array(max - min + 1).fill(0n);
        const bigL = BigInt(L);
        taps.forEach((list, i) => {
            if (list.length === 0)
                return;
            const w = adj.num[i] * (bigL / BigInt(list.length));
            for (const p of list)
                num[p - min] += w;
        });
        if (!accumulate(adjoint, x, { lo: min, num, den: adj.den * bigL }, budget))
            return undefined;
    }
    // The node does not depend on the network input (a constant): no profile.
    return undefined;
}
/**
 * Adds `add` into the adjoint of node `i`, over the union of their ranges and a common
 * denominator; false when the union spans more positions than the budget has left (two
 * branches offset by 10^9 must not allocate 10^9 entries).
 */
function accumulate(adjoint, i, add, budget) {
    const have = adjoint.get(i);
    if (!have) {
        adjoint.set(i, { lo: add.lo, num: [...add.num], den: add.den });
        return true;
    }
    const g = gcdBig(have.den, add.den);
    const den = (have.den / g) * add.den;
    const fHave = den / have.den;
    const fAdd = den / add.den;
    const lo = Math.min(have.lo, add.lo);
    const hi = Math.max(have.lo + have.num.length, add.lo + add.num.length);
    budget.left -= hi - lo;
    if (budget.left < 0)
        return false;
    const num = new Array(hi - lo).fill(0n);
    have.num.forEach((n, j) => (num[have.lo - lo + j] = n * fHave));
    add.num.forEach((n, j) => (num[add.lo - lo + j] += n * fAdd));
    adjoint.set(i, { lo, num, den });
    return true;
}
/** Drops zero weights at both ends. */
function erf_trim(p) {
    let first = 0;
    let last = p.num.length - 1;
    while (first <= last && p.num[first] === 0n)
        first++;
    while (last >= first && p.num[last] === 0n)
        last--;
    return { lo: p.lo + first, num: p.num.slice(first, last + 1), den: p.den };
}
/** sigma and width95 of a profile; undefined when its mass is 0. */
function profileStats(profile) {
    const { num, lo } = profile;
    let s0 = 0n;
    let s1 = 0n;
    let s2 = 0n;
    num.forEach((w, i) => {
        // Positions relative to lo keep the sums small; variance is shift-invariant.
        const x = BigInt(i);
        s0 += w;
        s1 += w * x;
        s2 += w * x * x;
    });
    if (s0 === 0n)
        return undefined;
    const variance = ratio(s2 * s0 - s1 * s1, s0 * s0);
    return { mean: lo + ratio(s1, s0), sigma: Math.sqrt(variance), width95: shortestWindow(num, s0) };
}
/** Two pointers: for every right end the shortest window ending there with enough mass. */
function shortestWindow(num, total) {
    const need = MASS_NUM * total;
    let best = num.length;
    let left = 0;
    let sum = 0n;
    for (let right = 0; right < num.length; right++) {
        sum += num[right];
        while (left <= right && MASS_DEN * (sum - num[left]) >= need)
            sum -= num[left++];
        if (MASS_DEN * sum >= need)
            best = Math.min(best, right - left + 1);
    }
    return best;
}
/** a / b as a float, also when both exceed the float range. */
function ratio(a, b) {
    const bits = Math.max(a.toString(16).length, b.toString(16).length) * 4;
    const shift = BigInt(Math.max(0, bits - 1000));
    return Number(a >> shift) / Number(b >> shift);
}
function gcdBig(a, b) {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a < 0n ? -a : a;
}
function lcmInt(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return (a / x) * b;
}

;// CONCATENATED MODULE: ./src/rf/path.ts



/** Widest span walked exactly through a non-monotone map (transposed conv, resize). */
const MAX_SPAN = 1 << 20;
/**
 * The steps from the network input to `output`, or undefined when the output has no geometry
 * (global, or an error upstream).
 */
function rfPath(an, output) {
    if (an.status[output] !== -1 || an.global[output])
        return undefined;
    const { graph } = an;
    const A = graph.axes;
    // Walk back: the nodes of the path, output first, and for merges the chosen input.
    const chain = [];
    let v = output;
    for (;;) {
        const node = graph.nodes[v];
        if (node.op.kind === 'input' || node.inputs.length === 0) {
            chain.push({ node: v });
            break;
        }
        if (node.op.kind === 'merge') {
            const merge = chooseInput(an, v);
            chain.push({ node: v, merge });
            v = merge.followed;
        }
        else {
            chain.push({ node: v });
            v = node.inputs[0];
        }
    }
    // The inverse method along the chain: position 0 of the output back to the input.
    const spans = [];
    let span = Array.from({ length: A }, () => [0, 0]);
    for (const { node: n } of chain) {
        const op = graph.nodes[n].op;
        if (op.kind !== 'input' && op.kind !== 'merge' && op.kind !== 'global') {
            const x = graph.nodes[n].inputs[0];
            span = span.map((s, a) => (s === null ? null : mapSpan(an, op, n, x, a, s)));
        }
        spans.push(span);
    }
    const steps = [];
    for (let i = chain.length - 1; i >= 0; i--) {
        const { node: n, merge } = chain[i];
        const op = graph.nodes[n].op;
        if (op.kind === 'pointwise' && i !== 0)
            continue;
        const x = graph.nodes[n].inputs[0];
        const rf = [];
        const period = [];
        const jumpBefore = [];
        for (let a = 0; a < A; a++) {
            const k = n * A + a;
            rf.push(widest(an, k));
            period.push(an.P[k]);
            jumpBefore.push(x === undefined ? (0,fraction/* frac */.Ju)(1) : (0,fraction/* frac */.Ju)(an.Q[x * A + a], an.P[x * A + a]));
        }
        const inverse = spans[i].map((s) => (s === null ? null : s[1] - s[0] + 1));
        steps.push({ node: n, jumpBefore, rf, period, inverse, ...(merge ? { merge } : {}) });
    }
    return steps;
}
/** The input of merge `v` reaching the most hull ends at position 0, then the widest, then the first. */
function chooseInput(an, v) {
    const A = an.graph.axes;
    const inputs = an.graph.nodes[v].inputs;
    const reaches = (i, end) => Array.from({ length: A }, (_, a) => (end === 'lo' ? an.lo(i * A + a, 0) === an.lo(v * A + a, 0) : an.hi(i * A + a, 0) === an.hi(v * A + a, 0)));
    const score = (i) => [...reaches(i, 'lo'), ...reaches(i, 'hi')].filter(Boolean).length;
    const width = (i) => Array.from({ length: A }, (_, a) => widest(an, i * A + a)).reduce((s, w) => s + w, 0);
    let followed = inputs[0];
    for (const i of inputs) {
        if (score(i) > score(followed) || (score(i) === score(followed) && width(i) > width(followed)))
            followed = i;
    }
    const lo = inputs.filter((i) => reaches(i, 'lo').every(Boolean));
    const hi = inputs.filter((i) => reaches(i, 'hi').every(Boolean));
    return { followed, lo: [...new Set(lo)], hi: [...new Set(hi)] };
}
/** The largest RF over one period of slot k. */
function widest(an, k) {
    let max = 0;
    for (let u = 0; u < an.P[k]; u++) {
        const lo = an.lo(k, u);
        if (lo !== Infinity)
            max = Math.max(max, an.hi(k, u) - lo + 1);
    }
    return max;
}
/** The span of node x's positions read by positions [first, last] of node n through its op. */
function mapSpan(an, op, n, x, a, [first, last]) {
    const kx = x * an.graph.axes + a;
    const size = an.size[kx];
    let map;
    try {
        map = resolveAxis(op, a, Number.isNaN(size) ? undefined : size, an.P[kx], an.graph.nodes[n].name, n).map;
    }
    catch {
        return null;
    }
    const monotone = map.kind === 'identity' || map.kind === 'window' || map.kind === 'block' || map.kind === 'spread';
    if (!monotone && last - first > MAX_SPAN)
        return null;
    let lo = Infinity;
    let hi = -Infinity;
    const visit = (u) => forEachTap(map, u, (p) => {
        if (p < lo)
            lo = p;
        if (p > hi)
            hi = p;
    });
    if (monotone) {
        visit(first);
        visit(last);
    }
    else {
        for (let u = first; u <= last; u++)
            visit(u);
    }
    return lo === Infinity ? null : [lo, hi];
}

// EXTERNAL MODULE: ./src/rf/deadline.ts
var deadline = __webpack_require__(7010);
;// CONCATENATED MODULE: ./src/rf/cost.ts
const FREE = { params: 0, macs: 0 };
/** Whether the op is priced: convolutions, transposed convolutions, dense layers. */
function isPriced(graph, node) {
    const n = graph.nodes[node];
    if (n.params)
        return true;
    const op = n.op;
    return (op.kind === 'conv' && op.pool === undefined) || op.kind === 'deconv' || (op.kind === 'global' && n.channels !== undefined);
}
/** Output channels of every node, from what the loader stated. */
function channelsOf(graph, order) {
    const channels = new Float64Array(graph.nodes.length).fill(NaN);
    for (const v of order) {
        const node = graph.nodes[v];
        if (node.channels !== undefined) {
            channels[v] = node.channels;
            continue;
        }
        const ins = node.inputs.map((i) => channels[i]);
        const op = node.op;
        if (op.kind === 'input' || ins.length === 0)
            continue;
        if (op.kind === 'merge')
            channels[v] = op.merge === 'concat' ? ins.reduce((a, b) => a + b, 0) : ins[0];
        else if (op.kind === 'space_to_depth')
            channels[v] = ins[0] * op.block.reduce((a, b) => a * b, 1);
        else if (op.kind === 'depth_to_space')
            channels[v] = ins[0] / op.block.reduce((a, b) => a * b, 1);
        // A conv that states no channels (a pool, or a format that does not say): it keeps them.
        else if (!isPriced(graph, v) || op.kind === 'conv')
            channels[v] = ins[0];
    }
    return channels;
}
/** The cost of every layer of an analysed graph (sizes from the analysis, when it has an input size). */
function networkCost(an) {
    const { graph } = an;
    const A = graph.axes;
    const channels = channelsOf(graph, an.order);
    const positions = (node) => {
        let n = 1;
        for (let a = 0; a < A; a++) {
            const s = an.size[node * A + a];
            if (Number.isNaN(s) || an.status[node] !== -1)
                return null;
            n *= s;
        }
        return n;
    };
    const layers = graph.nodes.map((node, v) => {
        if (!isPriced(graph, v))
            return FREE;
        // A dense layer on a map that is not global reads it flattened: Cin·∏ its input's size.
        const flattened = node.op.kind === 'global' && !an.global[node.inputs[0]] ? positions(node.inputs[0]) : 1;
        const weights = flattened === null ? null : weightsOf(graph, v, channels, flattened);
        if (weights === null)
            return { params: null, macs: null };
        const op = node.op;
        let macs = weights.weights;
        if (op.kind === 'deconv') {
            const n = positions(node.inputs[0]);
            macs = n === null ? null : n * weights.weights;
        }
        else if (op.kind !== 'global') {
            const n = positions(v);
            macs = n === null ? null : n * weights.weights;
        }
        return { params: weights.weights + weights.bias, macs };
    });
    const total = (key) => {
        let sum = 0;
        for (const l of layers) {
            if (l[key] === null)
                return null;
            sum += l[key];
        }
        return sum;
    };
    return { layers, params: total('params'), macs: total('macs'), channels };
}
/** Weights and biases of a priced node: stated (ONNX), or Cout·(Cin·flattened)/groups·∏k from the channels. */
function weightsOf(graph, v, channels, flattened) {
    const node = graph.nodes[v];
    if (node.params)
        return node.params;
    const cout = channels[v];
    const cin = node.inputs.length > 0 ? channels[node.inputs[0]] : NaN;
    if (!(cout > 0 && cin > 0) || node.channels === undefined)
        return null;
    const groups = node.groups ?? 1;
    const op = node.op;
    const taps = op.kind === 'conv' || op.kind === 'deconv' ? op.kernel.reduce((a, b) => a * b, 1) : 1;
    const weights = cout * ((cin * flattened) / groups) * taps;
    return Number.isSafeInteger(weights) ? { weights, bias: node.bias ? cout : 0 } : null;
}

;// CONCATENATED MODULE: ./src/rf/levers.ts
/**
 * The levers that grow a receptive field, each verified and priced (docs/design.md §7.2): more layers,
 * a wider kernel, more stride, more dilation. Every entry is the changed graph analysed again,
 * at every output position (the smallest RF over positions must reach the target: a minimum is
 * a guarantee everywhere), never a formula's guess; in a DAG a change on a branch that does not
 * bound the hull gains nothing, and a stride in a residual stage breaks its merges: such
 * candidates are dropped by the analysis itself.
 *
 * Where each lever is tried first (the classic derivation, r_n = r_{n−1} + d·(k − 1)·J_{n−1}):
 * - add_layers: 3×3 stride-1 convs (padding 1: the size is kept) after the tensor of the largest
 *   jump J, each adding 2·J: the deepest place is the cheapest per layer;
 * - widen_kernel: the conv whose input has the largest d·J, each +2 of kernel adding 2·d·J (its
 *   padding grows with it, so the size is kept);
 * - dilate: the conv with the largest (k − 1)·J, each +1 of dilation adding (k − 1)·J (padding
 *   likewise); past the kernel size the taps leave holes (gridding);
 * - stride: ×2, ×3, ×4 on a conv or pool; the entry that reaches while keeping the largest
 *   output map wins. Near the output a stride changes little: `reaches` is then false and `rf`
 *   is the best it gives.
 * The price is the changed graph's cost (cost.ts) minus the base's: parameters and MACs added
 * (negative: saved), the output's size after the change, the layers added.
 */



const CANDIDATES = 4;
const STRIDE_CANDIDATES = 8;
const STRIDE_FACTORS = [2, 3, 4];
/** Poolings tried after a tensor: 2×2 and 3×3 (padding 1), stride 2, as in classic backbones. */
const POOLS = [
    { kernel: 2, stride: 2 },
    { kernel: 3, stride: 2 },
];
/** More added layers (or a kernel, a dilation this large) is no advice: never built. */
const MAX_ADDED_LAYERS = 1000;
const MAX_KERNEL = 1 << 16;
/**
 * One entry per lever that has a candidate for bringing the smallest RF of `output` to `target`
 * on each of `axes` (a lever with no candidate at all, such as widening in a graph with no conv,
 * is left out). Empty when the output is global, broken, or already reaches the target.
 */
function leverAdvice(base, output, axes, target) {
    const { graph, inputSize } = base;
    const now = tensorRF(base, output);
    if (now instanceof rf_graph/* GraphError */.h9 || now.rfMin === null)
        return [];
    const deficit = (rf) => Math.max(...axes.map((a) => target[a] - rf[a]));
    if (deficit(now.rfMin) <= 0)
        return [];
    const baseCost = networkCost(base);
    const measure = (candidate) => {
        const an = analyze(candidate, { ...(inputSize ? { inputSize } : {}), ...(base.deadline ? { deadline: base.deadline } : {}) });
        const t = tensorRF(an, output);
        if (t instanceof rf_graph/* GraphError */.h9 || t.rfMin === null)
            return undefined;
        const cost = networkCost(an);
        return { rf: [...t.rfMin], size: t.size ? [...t.size] : null, params: cost.params, macs: cost.macs };
    };
    const reaches = (m) => deficit(m.rf) <= 0;
    const price = (m, depth) => ({
        params: m.params === null || baseCost.params === null ? null : m.params - baseCost.params,
        macs: m.macs === null || baseCost.macs === null ? null : m.macs - baseCost.macs,
        outputSize: m.size,
        depth,
    });
    const jump = (node, a) => {
        const k = node * graph.axes + a;
        return base.status[node] !== -1 || base.global[node] ? undefined : base.Q[k] / base.P[k];
    };
    const minJump = (node) => Math.min(...axes.map((a) => jump(node, a) ?? 0));
    const ancestors = ancestorsOf(graph, output);
    const convs = ancestors.filter((n) => {
        const op = graph.nodes[n].op;
        // The output's own conv too: widening or dilating it grows its RF.
        return op.kind === 'conv' && op.pool === undefined;
    });
    const levers = [];
    // add_layers: deepest first.
    const places = ancestors
        .filter((n) => n !== output && graph.nodes[n].op.kind !== 'input' && minJump(n) >= 1)
        .sort((a, b) => minJump(b) - minJump(a) || b - a);
    const tried = [];
    for (const after of places.slice(0, CANDIDATES)) {
        const count = Math.max(...axes.map((a) => Math.ceil((target[a] - now.rfMin[a]) / (2 * jump(after, a)))));
        if (!(count >= 1 && count <= MAX_ADDED_LAYERS))
            continue;
        const m = measure(insertConvs(graph, after, count, baseCost.channels[after]));
        if (!m)
            continue;
        const entry = { lever: 'add_layers', after, count, gainEach: 2 * jump(after, axes[0]), rf: m.rf, reaches: reaches(m), cost: price(m, count) };
        if (entry.reaches) {
            levers.push(entry);
            break;
        }
        tried.push(entry);
    }
    if (!levers.some((l) => l.lever === 'add_layers') && tried.length > 0)
        levers.push(best(tried));
    // widen_kernel: the largest d·J first.
    const widenGain = (n, a) => {
        const op = graph.nodes[n].op;
        return 2 * op.dilation[a] * (jump(graph.nodes[n].inputs[0], a) ?? 0);
    };
    levers.push(...firstReaching(convs
        .filter((n) => axes.every((a) => widenGain(n, a) > 0))
        .sort((x, y) => widenGain(y, axes[0]) - widenGain(x, axes[0]) || y - x)
        .slice(0, CANDIDATES)
        .flatMap((layer) => {
        const op = graph.nodes[layer].op;
        const steps = Math.max(...axes.map((a) => Math.ceil((target[a] - now.rfMin[a]) / widenGain(layer, a))));
        const kernel = Math.max(...axes.map((a) => op.kernel[a])) + 2 * steps;
        if (!(kernel <= MAX_KERNEL))
            return [];
        const m = measure(withWindow(graph, layer, axes, { kernel }));
        if (!m)
            return [];
        return [{ lever: 'widen_kernel', layer, kernel, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }];
    })));
    // stride: near the output first (cheapest in resolution); the reaching entry with the largest map wins.
    const strided = ancestors
        .filter((n) => n !== output && graph.nodes[n].op.kind === 'conv')
        .sort((x, y) => minJump(y) - minJump(x) || y - x)
        .slice(0, STRIDE_CANDIDATES)
        .flatMap((layer) => {
        const op = graph.nodes[layer].op;
        return STRIDE_FACTORS.flatMap((f) => {
            const stride = Math.max(...axes.map((a) => op.stride[a])) * f;
            const m = measure(withWindow(graph, layer, axes, { stride }));
            return m ? [{ lever: 'stride', layer, stride, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }] : [];
        });
    });
    // Or a pooling after a tensor: on a residual network's trunk (after a merge) a stride inside a
    // block would break the merge, a pool between blocks does not.
    const pooled = places.slice(0, STRIDE_CANDIDATES).flatMap((after) => POOLS.flatMap(({ kernel, stride }) => {
        const m = measure(insertPool(graph, after, kernel, stride));
        return m ? [{ lever: 'stride', after, kernel, stride, rf: m.rf, reaches: reaches(m), cost: price(m, 0) }] : [];
    }));
    strided.push(...pooled);
    const reachingStrides = strided.filter((l) => l.reaches).sort((x, y) => levers_area(y.cost.outputSize) - levers_area(x.cost.outputSize) || x.stride - y.stride);
    if (reachingStrides.length > 0)
        levers.push(reachingStrides[0]);
    else if (strided.length > 0)
        levers.push(best(strided));
    // dilate: the largest (k − 1)·J first.
    const dilateGain = (n, a) => {
        const op = graph.nodes[n].op;
        return (op.kernel[a] - 1) * (jump(graph.nodes[n].inputs[0], a) ?? 0);
    };
    levers.push(...firstReaching(convs
        .filter((n) => axes.every((a) => dilateGain(n, a) > 0))
        .sort((x, y) => dilateGain(y, axes[0]) - dilateGain(x, axes[0]) || y - x)
        .slice(0, CANDIDATES)
        .flatMap((layer) => {
        const op = graph.nodes[layer].op;
        const dilation = Math.max(...axes.map((a) => op.dilation[a] + Math.ceil((target[a] - now.rfMin[a]) / dilateGain(layer, a))));
        if (!(dilation <= MAX_KERNEL))
            return [];
        const m = measure(withWindow(graph, layer, axes, { dilation }));
        if (!m)
            return [];
        const gridding = axes.some((a) => dilation > op.kernel[a]);
        return [{ lever: 'dilate', layer, dilation, rf: m.rf, reaches: reaches(m), cost: price(m, 0), ...(gridding ? { gridding } : {}) }];
    })));
    return levers;
}
/** The first entry that reaches, else the best of them (the largest smallest-RF). */
function firstReaching(entries) {
    const hit = entries.find((e) => e.reaches);
    return hit ? [hit] : entries.length > 0 ? [best(entries)] : [];
}
function best(entries) {
    const score = (l) => Math.min(...l.rf);
    return entries.reduce((a, b) => (score(b) > score(a) ? b : a));
}
function levers_area(size) {
    return size ? size.reduce((a, b) => a * b, 1) : 0;
}
function ancestorsOf(graph, node) {
    const seen = new Uint8Array(graph.nodes.length);
    const stack = [node];
    const out = [];
    seen[node] = 1;
    while (stack.length) {
        const v = stack.pop();
        out.push(v);
        for (const i of graph.nodes[v].inputs) {
            if (!seen[i]) {
                seen[i] = 1;
                stack.push(i);
            }
        }
    }
    return out;
}
/**
 * The graph with `count` 3×3 stride-1 convs, padding 1, after `after`, its consumers rewired;
 * each with `channels` in and out (NaN: unknown, so unpriced) and no bias (a norm follows).
 */
function insertConvs(graph, after, count, channels = NaN) {
    const A = graph.axes;
    const op = {
        kind: 'conv',
        kernel: Array(A).fill(3),
        stride: Array(A).fill(1),
        dilation: Array(A).fill(1),
        pad: Array.from({ length: A }, () => ({ begin: 1, end: 1 })),
    };
    const n = graph.nodes.length;
    const priced = Number.isFinite(channels) ? { channels } : {};
    const added = Array.from({ length: count }, (_, i) => ({ name: `+conv${i}`, op, inputs: [i === 0 ? after : n + i - 1], ...priced }));
    const last = n + count - 1;
    const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? last : i)) }));
    return { axes: A, nodes: [...nodes, ...added] };
}
/** The graph with a max pool (kernel k, stride s; padding 1 for k = 3) after `after`, its consumers rewired. */
function insertPool(graph, after, kernel, stride) {
    const A = graph.axes;
    const pad = Math.floor((kernel - 1) / 2);
    const op = { kind: 'conv', pool: 'max', kernel: Array(A).fill(kernel), stride: Array(A).fill(stride), dilation: Array(A).fill(1), pad: Array.from({ length: A }, () => ({ begin: pad, end: pad })) };
    const n = graph.nodes.length;
    const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? n : i)) }));
    return { axes: A, nodes: [...nodes, { name: '+pool', op, inputs: [after] }] };
}
/**
 * The graph with node `target`'s kernel, stride or dilation changed on `axes`. A wider kernel or
 * a larger dilation gets the padding that keeps the output's size (the extent's growth split,
 * the extra pixel at the end); weights a format stated (ONNX) scale with the kernel's taps.
 */
function withWindow(graph, target, axes, change) {
    const nodes = graph.nodes.map((node, i) => {
        if (i !== target || node.op.kind !== 'conv')
            return node;
        const op = node.op;
        const kernel = [...op.kernel];
        const stride = [...op.stride];
        const dilation = [...op.dilation];
        const pad = [...op.pad];
        for (const a of axes) {
            const extentBefore = dilation[a] * (kernel[a] - 1);
            if (change.kernel !== undefined)
                kernel[a] = change.kernel;
            if (change.stride !== undefined)
                stride[a] = change.stride;
            if (change.dilation !== undefined)
                dilation[a] = change.dilation;
            const grow = dilation[a] * (kernel[a] - 1) - extentBefore;
            const p = pad[a];
            if ('begin' in p && grow > 0)
                pad[a] = { begin: p.begin + Math.floor(grow / 2), end: p.end + Math.ceil(grow / 2) };
        }
        const taps = (k) => k.reduce((x, y) => x * y, 1);
        const params = node.params ? { params: { ...node.params, weights: (node.params.weights / taps(op.kernel)) * taps(kernel) } } : {};
        return { ...node, op: { ...op, kernel, stride, dilation, pad }, ...params };
    });
    return { axes: graph.axes, nodes };
}

;// CONCATENATED MODULE: ./src/rf/index.ts
/** The receptive-field engine: pure, no I/O. */












/***/ })

};
