export const id = 104;
export const ids = [104];
export const modules = {

/***/ 4388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ mapReshape)
/* harmony export */ });
function mapReshape(inShape, outShape, layout, axes) {
    const down = new Array(axes).fill(1);
    const up = new Array(axes).fill(1);
    const out = outShape.map(() => null);
    if (inShape.length !== layout.length)
        return { kind: 'global', why: 'its input shape does not match its layout' };
    // A spatial dim of size 1 carries no position to follow once it is regrouped.
    const dropped = layout.findIndex((a, d) => a !== null && inShape[d] === 1 && !(outShape[d] === 1 && outShape.length === inShape.length));
    if (dropped >= 0)
        return { kind: 'global', why: `it drops spatial axis ${layout[dropped]} (of size 1)` };
    const ins = inShape.flatMap((n, d) => (n === 1 ? [] : [d]));
    const outs = outShape.flatMap((n, d) => (n === 1 ? [] : [d]));
    if (ins.reduce((p, d) => p * inShape[d], 1) !== outs.reduce((p, d) => p * outShape[d], 1)) {
        return { kind: 'global', why: 'its input and output sizes differ' };
    }
    let i = 0;
    let j = 0;
    while (i < ins.length) {
        // The next group: the shortest runs of dims whose products are equal.
        const gi = [ins[i++]];
        const gj = [outs[j++]];
        let pi = inShape[gi[0]];
        let pj = outShape[gj[0]];
        while (pi !== pj) {
            if (pi < pj) {
                const d = ins[i++];
                gi.push(d);
                pi *= inShape[d];
            }
            else {
                const d = outs[j++];
                gj.push(d);
                pj *= outShape[d];
            }
        }
        const spatial = gi.filter((d) => layout[d] !== null);
        if (spatial.length === 0)
            continue;
        if (spatial.length > 1)
            return { kind: 'global', why: `it merges spatial axes ${spatial.map((d) => layout[d]).join(' and ')}` };
        const s = spatial[0];
        const axis = layout[s];
        const at = gi.indexOf(s);
        const outer = gi.slice(0, at).reduce((p, d) => p * inShape[d], 1);
        const inner = gi.slice(at + 1).reduce((p, d) => p * inShape[d], 1);
        // Dims before the spatial one must come out whole, as dims of their own.
        let k = 0;
        let prefix = 1;
        while (prefix < outer && k < gj.length)
            prefix *= outShape[gj[k++]];
        if (prefix !== outer || k >= gj.length)
            return { kind: 'global', why: `it interleaves spatial axis ${axis} with other dims` };
        const head = gj[k];
        const rest = gj.slice(k + 1).reduce((p, d) => p * outShape[d], 1);
        out[head] = axis;
        if (rest === inner)
            continue;
        if (rest > inner && rest % inner === 0)
            down[axis] = rest / inner;
        else if (rest < inner && inner % rest === 0)
            up[axis] = inner / rest;
        else
            return { kind: 'global', why: `it regroups spatial axis ${axis} with other dims in a way that mixes positions` };
    }
    return { kind: 'map', layout: out, down, up };
}


/***/ }),

/***/ 1033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   W: () => (/* binding */ OPENVINO_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the OpenVINO IR loader (RF620–RF639), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const OPENVINO_CODES = {
    RF620: 'an OpenVINO IR .xml is not well-formed XML',
    RF621: 'an XML file is not an OpenVINO IR (v10 or v11): no <net> with <layers> and <edges>',
    RF622: 'an OpenVINO IR layer, port or edge misses an attribute or has a malformed one',
    RF623: 'an OpenVINO IR layer attribute (<data>) has a value of the wrong type or range',
    RF624: 'an OpenVINO IR edge names a layer or port that does not exist, or an input is not connected',
    RF625: 'an OpenVINO IR layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF626: 'an OpenVINO IR .xml is larger than the size limit',
    RF627: 'an OpenVINO IR .xml is not UTF-8 text',
    RF628: 'an OpenVINO IR layer needs a value the .xml does not give (static port dims, or a constant in the .bin)',
    RF629: 'an OpenVINO IR is over a limit (layers, XML elements, nesting) or declares entities (an XML bomb)',
    RF630: 'an OpenVINO IR layer that rflint cannot map to positions (a spatial Concat or Split, a convolution over moved axes)',
    RF631: 'a channel-attention gate (a product with a globally pooled tensor) makes the outputs after it global',
    RF632: 'an OpenVINO IR has no Parameter or no Result layer, or the graph has a cycle',
    RF633: 'an OpenVINO IR Transpose whose order the port dims do not tell apart (the order lives in the .bin)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF620',
    notIr: 'RF621',
    malformed: 'RF622',
    invalidValue: 'RF623',
    badEdge: 'RF624',
    unknownType: 'RF625',
    fileTooLarge: 'RF626',
    notText: 'RF627',
    needsValue: 'RF628',
    limit: 'RF629',
    unsupported: 'RF630',
    gate: 'RF631',
    noIo: 'RF632',
    ambiguous: 'RF633',
};


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OPENVINO_CODES: () => (/* reexport */ codes/* OPENVINO_CODES */.W),
  loadOpenvinoText: () => (/* reexport */ loadOpenvinoText),
  openvinoLoader: () => (/* binding */ openvinoLoader)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/openvino/recognise.ts
var recognise = __webpack_require__(1382);
// EXTERNAL MODULE: ./src/formats/openvino/codes.ts
var codes = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/onnx/reshape.ts
var reshape = __webpack_require__(4388);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/formats/openvino/ops.ts
const POINTWISE = [
    'ReLU', 'Relu', 'Clamp', 'Sigmoid', 'Tanh', 'Elu', 'Exp', 'Log', 'Sqrt', 'Abs', 'Negative', 'HSwish', 'HSigmoid', 'Swish', 'Mish', 'Gelu', 'SoftPlus',
    'SoftSign', 'PRelu', 'Selu', 'Erf', 'Floor', 'Ceiling', 'Round', 'Sign', 'Convert', 'ConvertLike', 'FakeQuantize', 'BatchNormInference', 'Identity',
    'LogicalNot', 'Sin', 'Cos', 'Acos', 'Asin', 'Atan', 'Sinh', 'Cosh', 'Asinh', 'Acosh', 'Atanh', 'Tan', 'IsNaN', 'IsInf', 'IsFinite', 'Select',
];
const ELTWISE = [
    'Add', 'Subtract', 'Multiply', 'Divide', 'Maximum', 'Minimum', 'Power', 'SquaredDifference', 'FloorMod', 'Mod', 'Equal', 'NotEqual', 'Greater',
    'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'LogicalXor',
];
const GLOBAL_REASONS = {
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
const FAMILIES = new Map([
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
    ...POINTWISE.map((t) => [t, 'pointwise']),
    ...ELTWISE.map((t) => [t, 'eltwise']),
    ...Object.keys(GLOBAL_REASONS).map((t) => [t, 'global']),
]);
/** NCHW: batch, channels, then height and width. */
const NCHW = [null, null, 0, 1];
/** NHWC: what TensorFlow models' inputs are before the converter's Transpose. */
const NHWC = [null, 0, 1, null];
/**
 * The permutations p with out[i] = in[p[i]]: one when the dims are distinct, several when some
 * repeat (a square feature map's height and width). Bounded: rank ≤ 8 is all an IR uses here.
 */
function permutations(inDims, outDims, limit = 64) {
    const found = [];
    if (inDims.length !== outDims.length || inDims.length > 8)
        return found;
    const used = new Array(inDims.length).fill(false);
    const perm = [];
    const walk = (i) => {
        if (found.length >= limit)
            return;
        if (i === outDims.length) {
            found.push([...perm]);
            return;
        }
        for (let j = 0; j < inDims.length; j++) {
            if (used[j] || inDims[j] !== outDims[i])
                continue;
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

;// CONCATENATED MODULE: ./src/formats/openvino/build.ts
/**
 * An OpenVINO IR's layers and edges → the engine's graph IR, walked in the order of the edges
 * (Kahn's: the file's order is not promised). Each value on an edge is either data (a graph node,
 * with the spatial axis each of its dims holds) or a constant (Const, ShapeOf and what is computed
 * from them only: weights, shapes, scales). Every layer with data in is one node, named after the
 * layer; rules may name a layer or any tensor name its output ports carry. Outputs are the inputs
 * of the Result layers.
 */







const AXES = 2;
class Refusal {
    diagnostic;
    constructor(diagnostic) {
        this.diagnostic = diagnostic;
    }
}
function buildGraph(ir, options) {
    try {
        return new Builder(ir, options).build();
    }
    catch (err) {
        if (err instanceof Refusal)
            return { problem: err.diagnostic };
        throw err;
    }
}
class Builder {
    ir;
    options;
    nodes = [];
    positions = [];
    names = new unique/* UniqueNames */.U();
    tensors = new Map();
    assumptions = [];
    diagnostics = [];
    /** `layer id:port id` → its value. */
    values = new Map();
    inputSize;
    firstImage = true;
    constructor(ir, options) {
        this.ir = ir;
        this.options = options;
    }
    build() {
        const { layers, edges } = this.ir;
        const byId = new Map(layers.map((l) => [l.id, l]));
        const into = new Map();
        for (const e of edges) {
            const key = `${e.toLayer}:${e.toPort}`;
            if (into.has(key))
                throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.badEdge, `two edges go into port ${e.toPort} of "${byId.get(e.toLayer).name}"; an input port has one`, e.at));
            into.set(key, e);
        }
        // Kahn's order over the layers.
        const indegree = new Map(layers.map((l) => [l.id, 0]));
        const consumers = new Map();
        for (const e of edges) {
            indegree.set(e.toLayer, indegree.get(e.toLayer) + 1);
            (consumers.get(e.fromLayer) ?? consumers.set(e.fromLayer, []).get(e.fromLayer)).push(e.toLayer);
        }
        const order = layers.filter((l) => indegree.get(l.id) === 0).map((l) => l.id);
        for (let head = 0; head < order.length; head++) {
            for (const c of consumers.get(order[head]) ?? []) {
                const d = indegree.get(c) - 1;
                indegree.set(c, d);
                if (d === 0)
                    order.push(c);
            }
        }
        if (order.length < layers.length) {
            const stuck = layers.find((l) => indegree.get(l.id) > 0);
            throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.noIo, `the edges make a cycle through "${stuck.name}"; an IR's graph is acyclic`, stuck.at));
        }
        const results = [];
        for (const id of order) {
            this.options.deadline?.check();
            const layer = byId.get(id);
            const inputs = layer.inputs.map((port) => {
                const edge = into.get(`${layer.id}:${port.id}`);
                if (!edge)
                    throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.badEdge, `input port ${port.id} of "${layer.name}" (${layer.type}) has no edge into it`, port.at));
                return this.values.get(`${edge.fromLayer}:${edge.fromPort}`);
            });
            if (layer.type === 'Result') {
                const edge = into.get(`${layer.id}:${layer.inputs[0]?.id}`);
                if (!edge || !inputs[0])
                    throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.badEdge, `Result "${layer.name}" has no input`, layer.at));
                const from = byId.get(edge.fromLayer);
                this.used(inputs[0]);
                results.push({ layer, value: inputs[0], producer: { layer: from, port: from.outputs.find((p) => p.id === edge.fromPort) } });
                continue;
            }
            const outs = this.layer(layer, inputs);
            layer.outputs.forEach((port, k) => {
                const value = outs[Math.min(k, outs.length - 1)];
                this.values.set(`${layer.id}:${port.id}`, value);
                if (value.kind === 'data')
                    for (const name of port.names)
                        if (!this.tensors.has(name))
                            this.tensors.set(name, value.node);
            });
            const first = outs[0];
            if (first?.kind === 'data' && !this.tensors.has(layer.name))
                this.tensors.set(layer.name, first.node);
        }
        if (!this.nodes.some((n) => n.op.kind === 'input')) {
            throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.noIo, 'the IR has no 4-D Parameter (the image input); rflint reads networks over images (N, C, H, W)', layers[0]?.at ?? { line: 1, column: 1 }));
        }
        if (results.length === 0)
            throw new Refusal((0,diagnostic/* error */.z3)(codes/* CODES */.L.noIo, 'the IR has no Result layer: no output to check', layers[0].at));
        const outputs = [];
        const used = new Set();
        for (const { layer, value, producer } of results) {
            if (value.kind !== 'data')
                continue;
            const name = producer.port?.names[0] ?? producer.layer.name;
            if (used.has(name))
                continue;
            used.add(name);
            outputs.push({ name, node: value.node, thresholds: {}, position: layer.at, ...(name !== producer.layer.name ? { aliases: [producer.layer.name] } : {}) });
        }
        return { graph: { axes: AXES, nodes: this.nodes }, outputs, tensors: this.tensors, positions: this.positions, inputSize: this.inputSize, assumptions: this.assumptions, diagnostics: this.diagnostics };
    }
    add(layer, op, ins) {
        this.nodes.push({ name: this.names.take(layer.name), op, inputs: ins });
        this.positions.push(layer.at);
        return this.nodes.length - 1;
    }
    refuse(code, layer, message, at = layer.at) {
        throw new Refusal((0,diagnostic/* error */.z3)(code, `layer "${layer.name}" (${layer.type}): ${message}`, at));
    }
    /** The output values of one layer, one per output port (or one for all). */
    layer(layer, inputs) {
        const family = FAMILIES.get(layer.type);
        const outDims = layer.outputs[0]?.dims ?? [];
        if (family === 'parameter')
            return [this.parameter(layer, outDims)];
        if (family === 'const' || family === 'shape')
            return [{ kind: 'const', dims: outDims }];
        const data = inputs.filter((v) => v.kind === 'data');
        // Computed from constants only (a Convert of f16 weights, shape arithmetic): a constant.
        if (data.length === 0)
            return layer.outputs.map((p) => ({ kind: 'const', dims: p.dims }));
        const x = inputs[0]?.kind === 'data' ? inputs[0] : data[0];
        const assumed = this.options.assume?.get(layer.type);
        if (!family || family === 'axes') {
            // MVN-2 (no axes input) normalises over the spatial axes at least.
            if (layer.type === 'MVN' && layer.inputs.length === 1 && !assumed)
                return this.globalOut(layer, x, 'MVN (normalised over all positions)');
            if (!assumed) {
                const hint = (0,suggest/* didYouMean */.au)(layer.type, [...FAMILIES.keys()]);
                const why = family === 'axes'
                    ? `normalises over the axes of a Const in the .bin, which rflint does not read; say \`--assume ${layer.type}=pointwise\` if they are the channels, \`=global\` if they include height or width`
                    : `unknown layer type \`${layer.type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${layer.type}=pointwise\` (rules: \`assume: { ${layer.type}: pointwise }\`), or \`=global\` if it sees the whole input`;
                throw new Refusal((0,diagnostic/* error */.z3)(family === 'axes' ? codes/* CODES */.L.needsValue : codes/* CODES */.L.unknownType, `layer "${layer.name}": ${why}`, layer.typeAt));
            }
            const note = `layers of type ${layer.type} are treated as ${assumed}, as asked`;
            if (!this.assumptions.includes(note))
                this.assumptions.push(note);
            if (assumed === 'pointwise')
                return this.same(layer, x, rf/* pointwise */.rp, [x.node], x.global, layer.outputs.length);
            return this.globalOut(layer, x, `${layer.type} (assumed global)`);
        }
        switch (family) {
            case 'pointwise':
                return [this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, x.global, layer.outputs[0]?.dims ?? x.dims, x)];
            case 'global':
                return this.globalOut(layer, x, GLOBAL_REASONS[layer.type]);
            case 'conv':
            case 'groupconv':
                return [this.conv(layer, x, inputs, false)];
            case 'deconv':
            case 'groupdeconv':
                return [this.conv(layer, x, inputs, true)];
            case 'maxpool':
            case 'avgpool':
                return this.same(layer, x, this.pool(layer, x, family === 'maxpool' ? 'max' : 'avg'), [x.node], x.global, layer.outputs.length);
            case 'interpolate':
                return [this.interpolate(layer, x)];
            case 'pad':
                return [this.pad(layer, x)];
            case 'concat':
                return [this.concat(layer, data, x)];
            case 'eltwise':
                return [this.eltwise(layer, data, x)];
            case 'reshape':
                return [this.reshape(layer, x, outDims)];
            case 'transpose':
                return [this.transpose(layer, x, outDims)];
            case 'reduce': {
                const reduced = x.layout.some((a, d) => a !== null && (outDims.length !== x.dims.length || (outDims[d] === 1 && x.dims[d] !== 1)));
                if (reduced || x.global)
                    return this.globalOut(layer, x, `${layer.type} over the spatial axes`);
                return [this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, false, outDims)];
            }
            case 'softmax': {
                const axis = this.int(layer, 'axis', 1);
                const d = axis < 0 ? axis + x.dims.length : axis;
                if (x.layout[d] !== null && x.layout[d] !== undefined && !x.global)
                    return this.globalOut(layer, x, `${layer.type} along a spatial axis`);
                return [this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, x.global, outDims)];
            }
            case 'split':
            case 'slice': {
                // Which dims changed is read off the ports; a change on a spatial one is a crop whose
                // offsets live in the .bin.
                for (const port of layer.outputs) {
                    const changed = x.layout.findIndex((a, d) => a !== null && port.dims.length === x.dims.length && port.dims[d] !== x.dims[d]);
                    if (port.dims.length !== x.dims.length || changed >= 0) {
                        if (x.global)
                            break;
                        this.refuse(port.dims.length !== x.dims.length ? codes/* CODES */.L.unsupported : codes/* CODES */.L.needsValue, layer, port.dims.length !== x.dims.length ? 'changes the rank of a tensor with spatial axes' : `cuts the ${x.layout[changed] === 0 ? 'height' : 'width'} axis (${x.dims[changed]} → ${port.dims[changed]}); where it cuts lives in a Const in the .bin, which rflint does not read`);
                    }
                }
                return layer.outputs.map((port) => this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, x.global, port.dims));
            }
            case 'depth_to_space':
            case 'space_to_depth': {
                const block = this.int(layer, 'block_size', 1);
                this.nchw(layer, x);
                const op = family === 'depth_to_space' ? rf/* depthToSpace */.Rj(AXES, block) : rf/* spaceToDepth */.FI(AXES, block);
                return [this.data(layer, op, [x.node], x.layout, x.global, outDims)];
            }
        }
        return this.refuse(codes/* CODES */.L.unknownType, layer, 'is not mapped');
    }
    parameter(layer, dims) {
        if (dims.length !== 4)
            return { kind: 'const', dims };
        // A channels-last image (TensorFlow's NHWC: a few channels last, more in dim 1).
        const nhwc = dims[3] > 0 && dims[3] <= 4 && dims[1] > 4;
        const layout = nhwc ? NHWC : NCHW;
        const node = this.add(layer, rf/* input */.hF, []);
        if (this.firstImage) {
            this.firstImage = false;
            const spatial = nhwc ? [dims[1], dims[2]] : [dims[2], dims[3]];
            this.inputSize = this.options.inputSize ?? (spatial.every((n) => n > 0) ? spatial : undefined);
            if (nhwc)
                this.assumptions.push(`input "${layer.name}" ${dims.join('×')} read as N, H, W, C (channels last)`);
        }
        return { kind: 'data', node, layout, global: false, dims };
    }
    data(layer, op, ins, layout, global, dims, from) {
        const ambiguous = !global && op.kind === 'pointwise' ? from?.ambiguous : undefined;
        return { kind: 'data', node: this.add(layer, op, ins), layout, global, dims, ...(ambiguous ? { ambiguous } : {}) };
    }
    /** An ambiguous Transpose's warning, once, when a layer's result depends on its order. */
    used(x) {
        if (x?.kind !== 'data' || !x.ambiguous || x.global)
            return;
        if (!this.diagnostics.includes(x.ambiguous))
            this.diagnostics.push(x.ambiguous);
    }
    same(layer, x, op, ins, global, outputs) {
        const node = this.add(layer, op, ins);
        return layer.outputs.slice(0, Math.max(1, outputs)).map((p) => ({ kind: 'data', node, layout: x.layout, global, dims: p.dims }));
    }
    globalOut(layer, x, reason) {
        const node = this.add(layer, { kind: 'global', reason: `${reason}: layer "${layer.name}"` }, [x.node]);
        return layer.outputs.map((p) => ({ kind: 'data', node, layout: p.dims.map(() => null), global: true, dims: p.dims }));
    }
    attr(layer, key) {
        return layer.data.get(key)?.value;
    }
    int(layer, key, fallback) {
        const raw = this.attr(layer, key);
        if (raw === undefined)
            return fallback;
        if (!/^\s*-?\d+\s*$/.test(raw))
            this.refuse(codes/* CODES */.L.invalidValue, layer, `\`${key}="${raw}"\` is not an integer`, layer.data.get(key).at);
        return Number(raw);
    }
    /** A per-axis list (`2,2` or `2, 2`), one value per spatial axis. */
    ints(layer, key, fallback, min = 0) {
        const raw = this.attr(layer, key);
        if (raw === undefined || raw.trim() === '') {
            if (fallback === undefined)
                this.refuse(codes/* CODES */.L.malformed, layer, `<data> has no \`${key}\``, layer.dataAt);
            return [fallback, fallback];
        }
        const values = raw.split(',').map((s) => s.trim());
        if (values.length !== AXES || values.some((v) => !/^-?\d+$/.test(v) || Number(v) < min)) {
            this.refuse(codes/* CODES */.L.invalidValue, layer, `\`${key}="${raw}"\` should be ${AXES} integers ≥ ${min} (height, width)`, layer.data.get(key).at);
        }
        return values.map(Number);
    }
    /** Spatial sizes of dims under a layout, when static. */
    spatial(dims, layout) {
        const out = [];
        for (let a = 0; a < AXES; a++) {
            const d = layout.indexOf(a);
            const n = d < 0 ? undefined : dims[d];
            if (n === undefined || n < 1)
                return undefined;
            out.push(n);
        }
        return out;
    }
    nchw(layer, x) {
        if (x.global)
            return;
        this.used(x);
        if (x.layout.length !== 4 || x.layout[2] !== 0 || x.layout[3] !== 1) {
            this.refuse(codes/* CODES */.L.unsupported, layer, `expects its input as N, C, H, W, but a Transpose or Reshape upstream moved the spatial axes (the input holds them at dims ${x.layout.map((a, d) => (a === null ? null : d)).filter((d) => d !== null).join(', ') || 'none'})`);
        }
    }
    autoPad(layer) {
        const raw = (this.attr(layer, 'auto_pad') ?? 'explicit').toLowerCase();
        if (raw === 'explicit' || raw === 'notset' || raw === '')
            return 'explicit';
        if (raw === 'valid' || raw === 'same_upper' || raw === 'same_lower')
            return raw;
        return this.refuse(codes/* CODES */.L.invalidValue, layer, `\`auto_pad="${raw}"\` must be explicit, valid, same_upper or same_lower`, layer.data.get('auto_pad').at);
    }
    conv(layer, x, inputs, transposed) {
        this.nchw(layer, x);
        const outDims = layer.outputs[0].dims;
        if (x.global)
            return this.globalOut(layer, x, layer.type)[0];
        const weights = inputs[1]?.dims ?? layer.inputs[1]?.dims ?? [];
        if (inputs[1]?.kind === 'data')
            this.refuse(codes/* CODES */.L.unsupported, layer, 'its weights come from the data path (a dynamic kernel); rflint reads convolutions with constant weights', layer.inputs[1].at);
        const kernel = weights.slice(-AXES);
        if (kernel.length !== AXES || kernel.some((k) => !(k >= 1)))
            this.refuse(codes/* CODES */.L.needsValue, layer, `the weights port (${weights.join('×') || 'no dims'}) does not give a ${AXES}-D kernel`, layer.inputs[1]?.at ?? layer.at);
        const stride = this.ints(layer, 'strides', 1, 1);
        const dilation = this.ints(layer, 'dilations', 1, 1);
        const mode = this.autoPad(layer);
        let begin = mode === 'explicit' ? this.ints(layer, 'pads_begin', 0) : [0, 0];
        let end = mode === 'explicit' ? this.ints(layer, 'pads_end', 0) : [0, 0];
        if (!transposed) {
            const pad = mode === 'same_upper' || mode === 'same_lower' ? [{ same: mode === 'same_upper' ? 'upper' : 'lower' }, { same: mode === 'same_upper' ? 'upper' : 'lower' }] : begin.map((b, a) => ({ begin: b, end: end[a] }));
            return this.data(layer, { kind: 'conv', kernel, stride, dilation, pad }, [x.node], x.layout, false, outDims);
        }
        const outputPadding = this.ints(layer, 'output_padding', 0);
        if (mode === 'same_upper' || mode === 'same_lower' || layer.inputs.length > 2) {
            // The cut is what brings the full output to the output port's dims.
            const n = this.spatial(x.dims, x.layout);
            const out = this.spatial(outDims, NCHW);
            if (!n || !out)
                this.refuse(codes/* CODES */.L.needsValue, layer, 'its output size comes from SAME padding or an output_shape input, and the ports have no static dims to read it from');
            const cuts = n.map((len, a) => (len - 1) * stride[a] + dilation[a] * (kernel[a] - 1) + 1 + outputPadding[a] - out[a]);
            if (cuts.some((c) => c < 0))
                this.refuse(codes/* CODES */.L.invalidValue, layer, `the output port (${out.join('×')}) is larger than the full transposed convolution`);
            const lower = mode === 'same_lower';
            begin = cuts.map((c) => (lower ? Math.ceil(c / 2) : Math.floor(c / 2)));
            end = cuts.map((c, a) => c - begin[a]);
        }
        return this.data(layer, { kind: 'deconv', kernel, stride, dilation, pad: begin.map((b, a) => ({ begin: b, end: end[a] })), outputPadding }, [x.node], x.layout, false, outDims);
    }
    pool(layer, x, pool) {
        this.nchw(layer, x);
        if (x.global)
            return { kind: 'global', reason: `${layer.type} of a global tensor: layer "${layer.name}"` };
        const kernel = this.ints(layer, 'kernel', undefined, 1);
        const stride = this.ints(layer, 'strides', 1, 1);
        const dilation = this.ints(layer, 'dilations', 1, 1);
        const mode = this.autoPad(layer);
        if (mode === 'same_upper' || mode === 'same_lower') {
            const same = mode === 'same_upper' ? 'upper' : 'lower';
            return { kind: 'conv', pool, kernel, stride, dilation, pad: [{ same }, { same }] };
        }
        const begin = mode === 'explicit' ? this.ints(layer, 'pads_begin', 0) : [0, 0];
        const end = mode === 'explicit' ? this.ints(layer, 'pads_end', 0) : [0, 0];
        const rounding = (this.attr(layer, 'rounding_type') ?? 'floor').toLowerCase();
        if (rounding !== 'floor' && rounding !== 'ceil' && rounding !== 'ceil_torch')
            this.refuse(codes/* CODES */.L.invalidValue, layer, `\`rounding_type="${rounding}"\` must be floor, ceil or ceil_torch`, layer.data.get('rounding_type').at);
        const pads = begin.map((b, a) => ({ begin: b, end: end[a] }));
        if (rounding === 'floor')
            return { kind: 'conv', pool, kernel, stride, dilation, pad: pads };
        // Ceil: the output port's dims say how many windows there are; an explicit end pad gives
        // exactly those (OpenVINO's `ceil` keeps a last window PyTorch's rule would drop).
        const n = this.spatial(x.dims, x.layout);
        const out = this.spatial(layer.outputs[0].dims, NCHW);
        if (n && out) {
            const extent = kernel.map((k, a) => dilation[a] * (k - 1) + 1);
            return { kind: 'conv', pool, kernel, stride, dilation, pad: pads.map((p, a) => ({ begin: p.begin, end: Math.max(p.end, (out[a] - 1) * stride[a] + extent[a] - n[a] - p.begin) })) };
        }
        return { kind: 'conv', pool, kernel, stride, dilation, pad: pads, ceilMode: true };
    }
    interpolate(layer, x) {
        const outDims = layer.outputs[0].dims;
        if (x.global)
            return this.globalOut(layer, x, 'Interpolate of a global tensor')[0];
        this.nchw(layer, x);
        const v1 = layer.version === 'opset1';
        const mode = (this.attr(layer, 'mode') ?? 'nearest').toLowerCase();
        const taps = mode === 'nearest' ? 'nearest' : mode === 'linear' || mode === 'linear_onnx' || mode === 'bilinear' ? 'linear' : mode === 'cubic' ? 'cubic' : undefined;
        if (!taps)
            this.refuse(codes/* CODES */.L.unsupported, layer, `\`mode="${mode}"\` (a filter that widens when downsampling) is not mapped; rflint reads nearest, linear, linear_onnx and cubic`, layer.data.get('mode')?.at ?? layer.dataAt);
        const antialias = (this.attr(layer, 'antialias') ?? 'false').toLowerCase();
        if (antialias === 'true' || antialias === '1')
            this.refuse(codes/* CODES */.L.unsupported, layer, '`antialias="true"` widens the window when downsampling; rflint reads resizes without it', layer.data.get('antialias').at);
        for (const key of ['pads_begin', 'pads_end']) {
            const raw = this.attr(layer, key);
            if (raw && raw.split(',').some((p) => Number(p.trim()) !== 0))
                this.refuse(codes/* CODES */.L.unsupported, layer, `\`${key}="${raw}"\` pads before resizing; rflint reads Interpolate without pads`, layer.data.get(key).at);
        }
        let coordinates;
        let rounding = 'floor';
        if (v1) {
            const align = (this.attr(layer, 'align_corners') ?? '0').toLowerCase();
            coordinates = align === '1' || align === 'true' ? 'align_corners' : taps === 'nearest' ? 'asymmetric' : 'half_pixel';
        }
        else {
            const c = (this.attr(layer, 'coordinate_transformation_mode') ?? 'half_pixel').toLowerCase();
            const known = ['half_pixel', 'pytorch_half_pixel', 'asymmetric', 'tf_half_pixel_for_nn', 'align_corners'];
            if (!known.includes(c))
                this.refuse(codes/* CODES */.L.invalidValue, layer, `\`coordinate_transformation_mode="${c}"\` must be one of ${known.join(', ')}`, layer.data.get('coordinate_transformation_mode').at);
            coordinates = c;
            const r = (this.attr(layer, 'nearest_mode') ?? 'round_prefer_floor').toLowerCase();
            if (taps === 'nearest') {
                if (!['round_prefer_floor', 'round_prefer_ceil', 'floor', 'ceil'].includes(r))
                    this.refuse(codes/* CODES */.L.unsupported, layer, `\`nearest_mode="${r}"\` is not mapped; rflint reads round_prefer_floor, round_prefer_ceil, floor and ceil`, layer.data.get('nearest_mode').at);
                rounding = r;
            }
        }
        const n = this.spatial(x.dims, x.layout);
        const out = this.spatial(outDims, NCHW);
        if (!n || !out)
            this.refuse(codes/* CODES */.L.needsValue, layer, 'its scales or sizes live in the .bin; rflint reads them off the ports, which have no static dims here');
        const scale = out.map((o, a) => {
            const g = rf/* gcd */.p_(o, n[a]);
            return rf/* frac */.Ju(o / g, n[a] / g);
        });
        return this.data(layer, { kind: 'resize', scale, mode: taps, rounding, coordinates, size: out }, [x.node], x.layout, false, outDims);
    }
    pad(layer, x) {
        const outDims = layer.outputs[0].dims;
        if (x.global)
            return this.data(layer, rf/* pointwise */.rp, [x.node], outDims.map(() => null), true, outDims);
        const totals = [];
        for (let a = 0; a < AXES; a++) {
            const d = x.layout.indexOf(a);
            const before = x.dims[d];
            const after = outDims[d];
            if (before === undefined || after === undefined || before < 1 || after < 1)
                this.refuse(codes/* CODES */.L.needsValue, layer, 'its pads live in the .bin; rflint reads them off the ports, which have no static dims here');
            totals.push(after - before);
        }
        if (totals.every((t) => t === 0))
            return this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, false, outDims);
        if (totals.some((t) => t < 0))
            this.refuse(codes/* CODES */.L.unsupported, layer, 'crops (negative pads); rflint reads Pad that pads');
        // Only the total is in the .xml; where it goes lives in the .bin. rf and stride do not
        // depend on the split, start does: the assumption is said with the figures.
        const begin = totals.map((t) => Math.floor(t / 2));
        const end = totals.map((t, a) => t - begin[a]);
        this.assumptions.push(`Pad "${layer.name}": its ${totals.join('×')} pixels of padding split ${begin.join('×')} before, ${end.join('×')} after (the split lives in the .bin; start depends on it, rf and stride do not)`);
        return this.data(layer, rf/* pad */.eV(AXES, begin, end), [x.node], x.layout, false, outDims);
    }
    concat(layer, data, x) {
        const outDims = layer.outputs[0].dims;
        const axis = this.int(layer, 'axis', 0);
        const d = axis < 0 ? axis + outDims.length : axis;
        const spatial = data.some((v) => !v.global && v.layout[d] !== null && v.layout[d] !== undefined);
        if (spatial)
            this.refuse(codes/* CODES */.L.unsupported, layer, `concatenates along axis ${axis}, a spatial axis; rflint reads Concat along the channels`, layer.data.get('axis')?.at ?? layer.at);
        const global = data.every((v) => v.global);
        if (data.length === 1)
            return this.data(layer, rf/* pointwise */.rp, [x.node], x.layout, x.global, outDims);
        return this.data(layer, rf/* merge */.h1('concat'), data.map((v) => v.node), global ? outDims.map(() => null) : data.find((v) => !v.global).layout, global, outDims);
    }
    eltwise(layer, data, x) {
        const outDims = layer.outputs[0].dims;
        const spatial = data.filter((v) => !v.global);
        const main = spatial.find((v) => v.dims.length === outDims.length) ?? spatial[0] ?? x;
        if (data.length === 1)
            return this.data(layer, rf/* pointwise */.rp, [x.node], main.layout, x.global, outDims);
        const gate = layer.type === 'Multiply' && spatial.length === 1 ? data.find((v) => v.global) : undefined;
        if (gate) {
            const where = `layer "${layer.name}" (${layer.type})`;
            if (this.options.channelAttentionPointwise) {
                this.assumptions.push(`${where}: the channel-attention gate is treated as pointwise, as asked`);
                return this.data(layer, rf/* pointwise */.rp, [main.node], main.layout, false, outDims);
            }
            if (!this.diagnostics.some((d) => d.code === codes/* CODES */.L.gate)) {
                this.diagnostics.push((0,diagnostic/* warning */.$e)(codes/* CODES */.L.gate, `${where} scales a feature map by a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, layer.at));
            }
            return this.data(layer, { kind: 'global', reason: `channel-attention gate: layer "${layer.name}"` }, [main.node], outDims.map(() => null), true, outDims);
        }
        const merge = layer.type === 'Add' ? 'add' : layer.type === 'Multiply' ? 'mul' : layer.type === 'Maximum' ? 'max' : layer.type.toLowerCase();
        return this.data(layer, rf/* merge */.h1(merge), data.map((v) => v.node), main.layout, spatial.length === 0, outDims);
    }
    reshape(layer, x, outDims) {
        if (x.global)
            return this.data(layer, rf/* pointwise */.rp, [x.node], outDims.map(() => null), true, outDims);
        if (x.dims.some((n) => n < 0) || outDims.some((n) => n < 0))
            this.refuse(codes/* CODES */.L.needsValue, layer, 'its ports have dynamic dims, so what it does to the spatial axes cannot be read off them');
        const mapped = (0,reshape/* mapReshape */.l)(x.dims, outDims, x.layout, AXES);
        if (mapped.kind === 'global')
            return this.globalOut(layer, x, `${layer.type}: ${mapped.why}`)[0];
        let node = x.node;
        let op = rf/* pointwise */.rp;
        if (mapped.down.some((b) => b !== 1))
            op = rf/* spaceToDepth */.FI(AXES, mapped.down);
        if (mapped.up.some((b) => b !== 1)) {
            if (op.kind !== 'pointwise')
                node = this.add({ ...layer, name: `${layer.name}/down` }, op, [node]);
            op = rf/* depthToSpace */.Rj(AXES, mapped.up);
        }
        return this.data(layer, op, [node], mapped.layout, false, outDims, x);
    }
    transpose(layer, x, outDims) {
        if (x.global)
            return this.data(layer, rf/* pointwise */.rp, [x.node], outDims.map(() => null), true, outDims);
        const perms = permutations(x.dims, outDims);
        if (perms.length === 0)
            this.refuse(codes/* CODES */.L.needsValue, layer, `its output dims (${outDims.join('×')}) are no permutation of its input's (${x.dims.join('×')})`);
        const layouts = perms.map((p) => p.map((d) => x.layout[d] ?? null));
        const key = (l) => l.join(',');
        const distinct = [...new Set(layouts.map(key))];
        let layout = layouts[0];
        if (distinct.length > 1) {
            // Equal dims (a square map's height and width) leave the order open: the one that keeps
            // the spatial axes in their order is taken, and said.
            const ordered = layouts.find((l) => {
                const spatial = l.filter((a) => a !== null);
                return spatial.every((a, i) => i === 0 || a > spatial[i - 1]);
            });
            layout = ordered ?? layout;
            const ambiguous = (0,diagnostic/* warning */.$e)(codes/* CODES */.L.ambiguous, `layer "${layer.name}" (Transpose): its order lives in the .bin and the port dims (${x.dims.join('×')} → ${outDims.join('×')}) fit ${distinct.length} ways; taken as the one that keeps height before width`, layer.at);
            return { kind: 'data', node: this.add(layer, rf/* pointwise */.rp, [x.node]), layout, global: false, dims: outDims, ambiguous };
        }
        return this.data(layer, rf/* pointwise */.rp, [x.node], layout, false, outDims, x);
    }
}

;// CONCATENATED MODULE: ./src/formats/openvino/ir.ts
/**
 * The element tree of an OpenVINO IR (v10, v11: what the model optimizer and `ovc` write) → its
 * layers, their ports with dims, and the edges, each with its position. The weights `.bin` is
 * never read: a Const layer is known by its shape only.
 *
 *     <net name="…" version="11">
 *       <layers>
 *         <layer id="3" name="conv1" type="Convolution" version="opset1">
 *           <data strides="2,2" pads_begin="3,3" pads_end="3,3" dilations="1,1" auto_pad="explicit"/>
 *           <input><port id="0"><dim>1</dim>…</port><port id="1">…</port></input>
 *           <output><port id="2" names="conv1_out"><dim>1</dim>…</port></output>
 *         </layer>…
 *       </layers>
 *       <edges><edge from-layer="0" from-port="0" to-layer="3" to-port="0"/>…</edges>
 *     </net>
 */


const INT = /^-?\d+$/;
function readIr(root, maxLayers) {
    const fail = (code, message, at) => ({ problems: [(0,diagnostic/* error */.z3)(code, message, at)] });
    if (root.name !== 'net')
        return fail(codes/* CODES */.L.notIr, `the root element is <${root.name}>; an OpenVINO IR is a <net> with <layers> and <edges>`, root.at);
    const versionAttr = root.attributes.get('version');
    const version = versionAttr && INT.test(versionAttr.value) ? Number(versionAttr.value) : undefined;
    if (version === undefined)
        return fail(codes/* CODES */.L.notIr, '<net> has no `version`; an OpenVINO IR says version="10" or "11"', root.at);
    if (version < 10) {
        return fail(codes/* CODES */.L.notIr, `IR version ${version} (the legacy format before OpenVINO 2020.4) is not read by rflint; convert the model again with a current OpenVINO (ovc, or mo) to get IR v11`, versionAttr.at);
    }
    const layersElement = root.children.find((c) => c.name === 'layers');
    const edgesElement = root.children.find((c) => c.name === 'edges');
    if (!layersElement || !edgesElement)
        return fail(codes/* CODES */.L.notIr, `<net> has no <${layersElement ? 'edges' : 'layers'}>; an OpenVINO IR lists its layers and the edges between them`, root.at);
    const layerElements = layersElement.children.filter((c) => c.name === 'layer');
    if (layerElements.length > maxLayers)
        return fail(codes/* CODES */.L.limit, `more than ${maxLayers} layers (the limit); is the file generated by mistake?`, layerElements[maxLayers].at);
    const problems = [];
    const layers = [];
    const ids = new Map();
    for (const element of layerElements) {
        const layer = readLayer(element);
        if ('problem' in layer) {
            problems.push(layer.problem);
            continue;
        }
        const seen = ids.get(layer.id);
        if (seen) {
            problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `layer id ${layer.id} is used twice (first by "${seen.name}" on line ${seen.at.line}); ids are unique`, element.attributes.get('id').at));
            continue;
        }
        ids.set(layer.id, layer);
        layers.push(layer);
    }
    const edges = [];
    for (const element of edgesElement.children.filter((c) => c.name === 'edge')) {
        const values = [];
        for (const key of ['from-layer', 'from-port', 'to-layer', 'to-port']) {
            const attr = element.attributes.get(key);
            if (!attr || !INT.test(attr.value)) {
                problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `<edge> ${attr ? `has \`${key}="${attr.value}"\`, not an id` : `has no \`${key}\``}; an edge is <edge from-layer="…" from-port="…" to-layer="…" to-port="…"/>`, attr?.at ?? element.at));
                break;
            }
            values.push(Number(attr.value));
        }
        if (values.length < 4)
            continue;
        const [fromLayer, fromPort, toLayer, toPort] = values;
        const from = ids.get(fromLayer);
        const to = ids.get(toLayer);
        const missing = !from ? `from-layer="${fromLayer}"` : !to ? `to-layer="${toLayer}"` : !from.outputs.some((p) => p.id === fromPort) ? `from-port="${fromPort}" (an output of "${from.name}")` : !to.inputs.some((p) => p.id === toPort) ? `to-port="${toPort}" (an input of "${to.name}")` : undefined;
        if (missing) {
            if (ids.size === layers.length && problems.length === 0)
                problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.badEdge, `the edge's ${missing} does not exist`, element.at));
            continue;
        }
        edges.push({ fromLayer, fromPort, toLayer, toPort, at: element.at });
    }
    if (problems.length > 0)
        return { problems };
    const nameAttr = root.attributes.get('name')?.value;
    return { name: nameAttr, version, layers, edges };
}
function readLayer(element) {
    const attr = (key) => element.attributes.get(key);
    const id = attr('id');
    const where = `layer${attr('name') ? ` "${attr('name').value}"` : ''}`;
    if (!id || !INT.test(id.value))
        return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `${where} ${id ? `has id="${id.value}", not a number` : 'has no `id`'}`, id?.at ?? element.at) };
    const type = attr('type');
    if (!type || type.value === '')
        return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `${where} has no \`type\` (Convolution, MaxPool…)`, element.at) };
    const data = element.children.find((c) => c.name === 'data');
    const ports = (kind) => {
        const out = [];
        for (const port of element.children.find((c) => c.name === kind)?.children.filter((c) => c.name === 'port') ?? []) {
            const pid = port.attributes.get('id');
            if (!pid || !INT.test(pid.value))
                return (0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `${where}: an ${kind} <port> ${pid ? `has id="${pid.value}"` : 'has no `id`'}`, pid?.at ?? port.at);
            const dims = [];
            for (const dim of port.children.filter((c) => c.name === 'dim')) {
                // A dim past 2^31 is no tensor's (and would overflow the exact scales computed from it).
                if (INT.test(dim.text) && Number(dim.text) >= -1 && Number(dim.text) <= 2 ** 31)
                    dims.push(Number(dim.text));
                else if (dim.text === '?' || /^-?\d+\.\.-?\d*$/.test(dim.text))
                    dims.push(-1);
                else
                    return (0,diagnostic/* error */.z3)(codes/* CODES */.L.malformed, `${where}: port ${pid.value} has <dim>${dim.text}</dim>; a dim is a size, or -1 / ? when dynamic`, dim.at);
            }
            const names = port.attributes.get('names')?.value;
            out.push({ id: Number(pid.value), dims, names: names ? splitNames(names) : [], at: port.at });
        }
        return out;
    };
    const inputs = ports('input');
    if (!Array.isArray(inputs))
        return { problem: inputs };
    const outputs = ports('output');
    if (!Array.isArray(outputs))
        return { problem: outputs };
    return {
        id: Number(id.value),
        name: attr('name')?.value ?? `#${id.value}`,
        type: type.value,
        version: attr('version')?.value ?? '',
        data: data?.attributes ?? new Map(),
        dataAt: data?.at ?? element.at,
        inputs,
        outputs,
        at: element.at,
        typeAt: type.at,
    };
}
/** `a,b` with `\,` for a comma inside a name (as OpenVINO escapes it). */
function splitNames(names) {
    return names
        .split(/(?<!\\),/)
        .map((n) => n.replaceAll('\\,', ',').trim())
        .filter((n) => n !== '');
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/formats/openvino/xml.ts
/**
 * An OpenVINO IR's XML text → a tree of elements whose every element and attribute keeps its
 * line and column, read with saxes (a conformant, non-validating streaming parser that tracks
 * positions and expands no entity it was not given).
 *
 * Hostile input: a document type declaration is refused outright (an IR has none, and internal
 * entities are how an XML bomb multiplies itself), so no entity but the five predefined ones and
 * character references is ever expanded; nesting deeper than `maxDepth` and more than
 * `maxElements` elements are refused while parsing, before the tree grows.
 */

class Stop {
    message;
    at;
    limit;
    constructor(message, at, limit = false) {
        this.message = message;
        this.at = at;
        this.limit = limit;
    }
}
function parseXml(text, limits, deadline) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const stack = [];
    let root;
    let elements = 0;
    // saxes' column is 0-based and points past what it has read.
    const here = () => ({ line: parser.line, column: parser.column + 1 });
    let tagAt = { line: 1, column: 1 };
    parser.on('doctype', () => {
        throw new Stop('the file has a document type declaration (<!DOCTYPE …>); an OpenVINO IR has none, and rflint expands no entities (an XML bomb is built from them)', here(), true);
    });
    parser.on('opentagstart', (tag) => {
        const now = here();
        tagAt = { line: now.line, column: Math.max(1, now.column - tag.name.length - 2) };
        if (++elements > limits.maxElements)
            throw new Stop(`more than ${limits.maxElements} XML elements (the limit); is the file generated by mistake?`, tagAt, true);
        if (stack.length >= limits.maxDepth)
            throw new Stop(`elements are nested more than ${limits.maxDepth} deep (the limit); an OpenVINO IR nests a handful`, tagAt, true);
        if (elements % 4096 === 0)
            deadline?.check();
    });
    const pendingAttributes = new Map();
    parser.on('attribute', (attribute) => {
        const now = here();
        // The position past `name="value"`, moved back to the name (when it fits on the line).
        const back = attribute.name.length + attribute.value.length + 3;
        pendingAttributes.set(attribute.name, { value: attribute.value, at: { line: now.line, column: Math.max(1, now.column - back) } });
    });
    parser.on('opentag', (tag) => {
        const element = { name: tag.name, attributes: new Map(pendingAttributes), children: [], text: '', at: tagAt };
        pendingAttributes.clear();
        stack.push(element);
    });
    parser.on('text', (t) => {
        const top = stack[stack.length - 1];
        if (top)
            top.text += t;
    });
    parser.on('closetag', () => {
        const done = stack.pop();
        const element = { name: done.name, attributes: done.attributes, children: done.children, text: done.text.trim(), at: done.at };
        const parent = stack[stack.length - 1];
        if (parent)
            parent.children.push(element);
        else
            root = element;
    });
    parser.on('error', (err) => {
        // saxes prefixes `line:column: `; the position is ours.
        throw new Stop(err.message.replace(/^\d+:\d+: /, ''), here());
    });
    try {
        parser.write(text.replace(/^\uFEFF/, '')).close();
    }
    catch (err) {
        if (err instanceof Stop)
            return { error: { message: err.message, at: err.at, ...(err.limit ? { limit: true } : {}) } };
        throw err;
    }
    if (!root)
        return { error: { message: 'the file has no root element', at: { line: 1, column: 1 } } };
    return { root };
}

;// CONCATENATED MODULE: ./src/formats/openvino/load.ts
/**
 * An OpenVINO IR's XML text → LoadResult: parse the XML with positions (no entities, limits on
 * elements and nesting), read the layers, ports and edges, build the graph from the edges.
 */






/** XML elements per layer an IR spends at most (layer, data, ports, dims, rt_info): generous. */
const ELEMENTS_PER_LAYER = 64;
function loadOpenvinoText(text, path, options, fileName = 'model') {
    const withFile = (diagnostics) => diagnostics.map((d) => ({ ...d, file: path }));
    const { limits } = options;
    const parsed = parseXml(text, { maxDepth: limits.maxDepth, maxElements: Math.min(limits.maxNodes * ELEMENTS_PER_LAYER, 50_000_000) }, options.deadline);
    if ('error' in parsed)
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(parsed.error.limit ? codes/* CODES */.L.limit : codes/* CODES */.L.syntax, parsed.error.message, parsed.error.at)]) };
    const ir = readIr(parsed.root, limits.maxNodes);
    if ('problems' in ir)
        return { diagnostics: withFile(ir.problems) };
    const given = options.inputSize;
    const inputSize = given && given.length > 0 ? (given.length === 1 ? [given[0], given[0]] : [...given]) : undefined;
    if (inputSize && (inputSize.length !== 2 || inputSize.some((n) => !Number.isSafeInteger(n) || n < 1))) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `the input size is ${inputSize.join('×')}; rflint reads 2-D OpenVINO IRs: give height × width (e.g. --input-size 224x224)`, parsed.root.at)]) };
    }
    let built;
    try {
        built = buildGraph(ir, { inputSize, assume: options.assume, channelAttentionPointwise: options.channelAttentionPointwise, deadline: options.deadline });
    }
    catch (err) {
        // Sizes so large their exact ratios overflow (a resize after a chain of huge layers).
        if (!(err instanceof rf/* OverflowError */.B9))
            throw err;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)('RF014', err.message)]) };
    }
    if ('problem' in built)
        return { diagnostics: withFile([built.problem]) };
    try {
        (0,rf/* validateGraph */.dC)(built.graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])]) };
    }
    const source = inputSize ? 'the input size given' : "the Parameter's dims";
    const notes = [...(built.inputSize ? [`input ${built.inputSize.join('×')} (height × width) from ${source}`] : []), ...built.assumptions];
    const model = {
        format: 'openvino',
        name: ir.name && ir.name !== '' ? ir.name : fileName,
        graph: built.graph,
        ...(built.inputSize ? { inputSize: built.inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(notes.length > 0 ? { assumptions: notes } : {}),
    };
    return { model, diagnostics: withFile(built.diagnostics) };
}

;// CONCATENATED MODULE: ./src/formats/openvino/index.ts
/**
 * The OpenVINO IR loader: recognised by content (an XML root `<net version="…">`), whatever the
 * file's extension. The `.bin` beside the `.xml` holds the weights and every constant, and is
 * never read.
 */







const openvinoLoader = {
    ...recognise/* openvinoRecognition */.e,
    async load(source, options) {
        const file = source.path;
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: codes/* CODES */.L.fileTooLarge, notText: codes/* CODES */.L.notText, kind: 'an OpenVINO IR .xml', notTextHint: '; an OpenVINO IR .xml is a text file (the .bin beside it holds the weights)' });
        if (typeof text !== 'string')
            return text;
        return loadOpenvinoText(text, file, options, (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.xml$/i, ''));
    },
};


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
