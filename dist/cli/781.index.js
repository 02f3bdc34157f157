export const id = 781;
export const ids = [781];
export const modules = {

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ FROM_TFJS),
/* harmony export */   KH: () => (/* binding */ TF_GRAPHDEF_CODES),
/* harmony export */   Lp: () => (/* binding */ CODES)
/* harmony export */ });
/* harmony import */ var _tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2892);
/**
 * Diagnostic codes of the TensorFlow GraphDef loader (RF640–RF659): frozen `*.pb` graphs and
 * `saved_model.pb`. The graph is built by the TF.js graph builder (formats/tfjs-graph), whose
 * codes are mapped to these one for one (`FROM_TFJS`), so a `.pb` never reports a model.json code.
 * Stable: add, never renumber.
 */

const TF_GRAPHDEF_CODES = {
    RF640: 'a TensorFlow GraphDef or SavedModel file is truncated',
    RF641: 'a TensorFlow GraphDef or SavedModel file is not a valid protobuf message',
    RF642: 'the file is neither a GraphDef with nodes nor a SavedModel with a graph',
    RF643: 'a GraphDef node has an op rflint cannot map to positions (say how with --assume)',
    RF644: 'a GraphDef node attribute is missing or has the wrong value',
    RF645: 'a GraphDef node names an input that no node has',
    RF646: "a convolution's kernel shape is in neither its Const node nor its variable",
    RF647: 'a value the geometry needs (paddings, a resize size) is not a small integer Const in the file',
    RF648: 'a GraphDef layer needs the input size, which its Placeholder does not give',
    RF649: 'the GraphDef has no Placeholder input feeding its layers',
    RF650: 'a GraphDef node does something rflint cannot map (a concat along a spatial axis)',
    RF651: 'the GraphDef has a cycle (TF control flow)',
    RF652: 'the graph has more nodes than the limit, functions inlined',
    RF653: 'two GraphDef nodes have the same name',
    RF654: 'a channel-attention gate in a GraphDef makes the outputs after it global',
    RF655: 'a function call cannot be inlined (an unknown function, recursion, or a call deeper than the limit)',
    RF656: "a SavedModel signature's input or output names no tensor of the graph",
};
const CODES = {
    truncated: 'RF640',
    corrupt: 'RF641',
    structure: 'RF642',
    tooManyNodes: 'RF652',
    call: 'RF655',
    signature: 'RF656',
};
/** The TF.js graph builder's codes → ours. */
const FROM_TFJS = {
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unknownOp]: 'RF643',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.attribute]: 'RF644',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unknownInput]: 'RF645',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.kernelShape]: 'RF646',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.valueInWeights]: 'RF647',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.needsInputSize]: 'RF648',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.noInput]: 'RF649',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unsupported]: 'RF650',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.cycle]: 'RF651',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.tooManyNodes]: 'RF652',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.duplicateName]: 'RF653',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.gate]: 'RF654',
};


/***/ }),

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TF_GRAPHDEF_CODES: () => (/* reexport */ codes/* TF_GRAPHDEF_CODES */.KH),
  tfGraphdefLoader: () => (/* binding */ tfGraphdefLoader)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/sniff.ts
var sniff = __webpack_require__(8528);
// EXTERNAL MODULE: ./src/formats/toolkit/protobuf.ts
var protobuf = __webpack_require__(8502);
// EXTERNAL MODULE: ./src/formats/tf-graphdef/codes.ts
var codes = __webpack_require__(7755);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/build.ts + 2 modules
var build = __webpack_require__(7560);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/attrs.ts
var attrs = __webpack_require__(5181);
;// CONCATENATED MODULE: ./src/formats/tf-graphdef/functions.ts
/** Keras SavedModels nest three or four calls; TF's own inliner has no fixed bound. */
const MAX_CALL_DEPTH = 32;
const CALL_OPS = new Set(['StatefulPartitionedCall', 'PartitionedCall']);
class CallProblem extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
class Inliner {
    functions;
    maxNodes;
    nodes = [];
    /** Call node's global name → its outputs' graph tensors (memoised), or 'busy' while inlining. */
    calls = new Map();
    constructor(functions, maxNodes) {
        this.functions = functions;
        this.maxNodes = maxNodes;
    }
    /** The function a node calls, when it is a call of a function in the library. */
    callee(node) {
        if (CALL_OPS.has(node.op)) {
            const name = node.attr.f?.func?.name;
            return name === undefined ? undefined : this.functions.get(name);
        }
        // graph.proto: a node whose op names a library function is a call of it.
        return this.functions.get(node.op);
    }
    /** Inlines the top-level graph; returns a resolver of graph tensor names (a signature's). */
    inlineGraph(graph) {
        const scope = { prefix: '', byName: indexByName(graph.nodes), args: new Map(), stack: [] };
        this.emit(scope, graph.nodes);
        return (ref) => this.resolve(scope, ref, 'graph');
    }
    emit(scope, nodes) {
        const form = scope.stack.length === 0 ? 'graph' : 'function';
        for (const node of nodes) {
            const fn = this.callee(node);
            if (fn) {
                this.inlineCall(scope, node, fn);
                continue;
            }
            if (CALL_OPS.has(node.op)) {
                const name = node.attr.f?.func?.name;
                throw new CallProblem('call', `node "${scope.prefix}${node.name}" (${node.op}) calls function "${name ?? '?'}", which the file's function library does not define`);
            }
            if (this.nodes.length >= this.maxNodes)
                throw new CallProblem('tooManyNodes', `more than ${this.maxNodes} nodes (the limit) with the functions inlined; is the file generated by mistake?`);
            const input = [];
            for (const ref of node.input) {
                if (ref.startsWith('^'))
                    continue;
                input.push(this.resolve(scope, ref, form) ?? `${scope.prefix}${ref}`);
            }
            this.nodes.push({ name: `${scope.prefix}${node.name}`, op: node.op, input, attr: node.attr });
        }
    }
    /** Inlines one call (once, however many of its outputs are used). */
    inlineCall(scope, node, fn) {
        const name = `${scope.prefix}${node.name}`;
        const done = this.calls.get(name);
        if (done === 'busy')
            throw new CallProblem('call', `node "${name}" (${node.op}) takes an input computed from its own output: the graph has a cycle`);
        if (done)
            return done;
        if (scope.stack.length >= MAX_CALL_DEPTH || scope.stack.includes(fn.name)) {
            const why = scope.stack.includes(fn.name) ? `function "${fn.name}" calls itself (${[...scope.stack, fn.name].join(' → ')})` : `calls nest deeper than ${MAX_CALL_DEPTH}`;
            throw new CallProblem('call', `node "${name}" (${node.op}) cannot be inlined: ${why}; rflint reads networks without recursion`);
        }
        this.calls.set(name, 'busy');
        const form = scope.stack.length === 0 ? 'graph' : 'function';
        const data = node.input.filter((ref) => !ref.startsWith('^'));
        const args = new Map();
        fn.inputArgs.forEach((arg, i) => {
            const ref = data[i];
            if (ref !== undefined)
                args.set(arg, this.resolve(scope, ref, form) ?? `${scope.prefix}${ref}`);
        });
        const body = { prefix: `${name}/`, byName: indexByName(fn.nodes), args, stack: [...scope.stack, fn.name] };
        this.emit(body, fn.nodes);
        const outputs = fn.outputArgs.map((arg) => {
            const ret = fn.ret.get(arg);
            return (ret === undefined ? undefined : this.resolve(body, ret, 'function')) ?? `${name}/${arg}`;
        });
        this.calls.set(name, outputs);
        return outputs;
    }
    /**
     * A reference in `scope` → the graph tensor it names, inlining a call it reads first. Graph
     * form: `node` or `node:k`; function form: `arg`, `arg:k`, `node:out_arg` or `node:out_arg:k`.
     */
    resolve(scope, ref, form) {
        const parts = ref.split(':');
        const head = parts[0];
        const arg = scope.args.get(head);
        if (arg !== undefined && form === 'function')
            return arg;
        const node = scope.byName.get(head);
        if (!node)
            return undefined;
        const k = Number(parts[parts.length - 1]);
        const index = parts.length > 1 && Number.isInteger(k) && k >= 0 ? k : 0;
        const fn = this.callee(node);
        if (fn) {
            const outputs = this.inlineCall(scope, node, fn);
            return outputs[index] ?? outputs[0];
        }
        return index === 0 ? `${scope.prefix}${head}` : `${scope.prefix}${head}:${index}`;
    }
}
function indexByName(nodes) {
    const byName = new Map();
    for (const node of nodes)
        if (!byName.has(node.name))
            byName.set(node.name, node);
    return byName;
}
/**
 * The nodes the outputs are computed from (their inputs, transitively), in file order: a
 * SavedModel's graph also holds the saver (a `saver_filename` Placeholder feeding SaveV2), which
 * is no part of the network its signature serves.
 */
function ancestors(nodes, outputs) {
    const byName = indexByName(nodes);
    const keep = new Set();
    const stack = outputs.map((ref) => ref.replace(/:\d+$/, ''));
    while (stack.length > 0) {
        const name = stack.pop();
        if (keep.has(name))
            continue;
        const node = byName.get(name);
        if (!node)
            continue;
        keep.add(name);
        for (const ref of node.input)
            if (!ref.startsWith('^'))
                stack.push(ref.replace(/:\d+$/, ''));
    }
    return nodes.filter((node) => keep.has(node.name));
}

;// CONCATENATED MODULE: ./src/formats/tf-graphdef/load.ts
/**
 * A decoded GraphDef or SavedModel → LoadResult: pick the serving graph, inline its function
 * calls, keep what its signature's outputs are computed from, then build it with the TF.js
 * graph builder (the same NodeDefs, there written in JSON) and speak in our own codes.
 */






/** A binary file has no lines: messages name each node by its index and name instead. */
const BINARY = { binary: true, at: () => undefined };
/** Ops that hold a variable, whose `shape` attribute is its (a filter's) shape. */
const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);
/** Ops that pass a variable's value on unchanged (a filter reaches its conv through them). */
const READ_OPS = new Set(['ReadVariableOp', 'Identity']);
function loadDecoded(decoded, path, name, options) {
    const withFile = (diagnostics) => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path, code: codes/* FROM_TFJS */.$0[d.code] ?? d.code })) });
    const picked = pickGraph(decoded);
    if ('problem' in picked)
        return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.Lp.structure, picked.problem)]);
    const { graph, signature } = picked;
    let nodes;
    const outputs = [];
    try {
        const inliner = new Inliner(graph.functions, options.limits.maxNodes);
        const resolve = inliner.inlineGraph(graph);
        nodes = inliner.nodes;
        if (signature) {
            for (const [key, tensor] of signature.outputs) {
                const resolved = resolve(tensor);
                if (resolved === undefined)
                    return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.Lp.signature, `signature "${signature.key}": output "${key}" is tensor "${tensor}", which no node of the graph produces`)]);
                outputs.push({ key, tensor: resolved });
            }
            for (const [key, tensor] of signature.inputs) {
                if (resolve(tensor) === undefined)
                    return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.Lp.signature, `signature "${signature.key}": input "${key}" is tensor "${tensor}", which no node of the graph produces`)]);
            }
            nodes = ancestors(nodes, outputs.map((o) => o.tensor));
        }
    }
    catch (err) {
        if (!(err instanceof CallProblem))
            throw err;
        return withFile([(0,diagnostic/* error */.z3)(err.kind === 'call' ? codes/* CODES */.Lp.call : codes/* CODES */.Lp.tooManyNodes, err.message)]);
    }
    const file = { modelTopology: { node: nodes }, weightsManifest: [{ weights: variableShapes(nodes) }] };
    const built = (0,build/* buildGraph */.Z)(file, BINARY, options);
    if ('diagnostics' in built)
        return withFile(built.diagnostics);
    try {
        (0,rf/* validateGraph */.dC)(built.graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return withFile([(0,diagnostic/* error */.z3)(err.code, err.message), ...built.warnings]);
    }
    const model = {
        format: 'tf-graphdef',
        name,
        graph: built.graph,
        ...(built.inputSize ? { inputSize: built.inputSize } : {}),
        outputs: signature ? signatureOutputs(outputs, built.tensors, built.outputs) : built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(built.assumptions.length > 0 ? { assumptions: built.assumptions } : {}),
    };
    return { model, diagnostics: withFile(built.warnings).diagnostics };
}
/** A GraphDef's graph, or the SavedModel's serving graph (tag `serve`) and its default signature. */
function pickGraph(decoded) {
    if (decoded.kind === 'graphdef') {
        if (decoded.graph.nodes.length === 0)
            return { problem: 'the file has no graph nodes: a frozen GraphDef (*.pb) lists its NodeDefs (field 1); is it another kind of protobuf?' };
        return { graph: decoded.graph };
    }
    const withGraph = decoded.metaGraphs.filter((m) => m.graph !== undefined && m.graph.nodes.length > 0);
    const meta = withGraph.find((m) => m.tags.includes('serve')) ?? withGraph[0];
    if (!meta)
        return { problem: 'the SavedModel has no meta graph with nodes: saved_model.pb holds the graph (its variables/ folder only the weights)' };
    const signature = meta.signatures.find((s) => s.key === 'serving_default') ?? meta.signatures.find((s) => s.outputs.size > 0 && s.key !== '__saved_model_init_op');
    return signature && signature.outputs.size > 0 ? { graph: meta.graph, signature } : { graph: meta.graph };
}
/**
 * The shape of each variable, under its own name and under the reads of it (`ReadVariableOp`,
 * Identity): the builder finds a filter's shape by the name of the node its conv reads it from.
 */
function variableShapes(nodes) {
    const byName = new Map(nodes.map((n) => [n.name, n]));
    const shapes = new Map();
    const shapeOf = (name, hops) => {
        if (shapes.has(name))
            return shapes.get(name);
        const node = byName.get(name);
        let shape;
        if (node && VARIABLE_OPS.has(node.op))
            shape = (0,attrs/* shapeDims */.n9)(node.attr.shape?.shape);
        else if (node && READ_OPS.has(node.op) && node.input[0] !== undefined && hops < 16)
            shape = shapeOf(node.input[0].replace(/:\d+$/, ''), hops + 1);
        shapes.set(name, shape);
        return shape;
    };
    const out = [];
    for (const node of nodes) {
        if (!VARIABLE_OPS.has(node.op) && !READ_OPS.has(node.op))
            continue;
        const shape = shapeOf(node.name, 0);
        if (shape)
            out.push({ name: node.name, shape });
    }
    return out;
}
/** A SavedModel's outputs are its signature's, by key; the tensor's own name stays an alias. */
function signatureOutputs(outputs, tensors, fallback) {
    const out = [];
    for (const { key, tensor } of outputs) {
        const node = tensors.get(tensor.replace(/:\d+$/, ''));
        if (node === undefined)
            continue;
        out.push({ name: key, node, aliases: [tensor], thresholds: {} });
    }
    return out.length > 0 ? out : [...fallback];
}

;// CONCATENATED MODULE: ./src/formats/tf-graphdef/proto.ts


/** The largest integer tensor whose values are read: 64 int64s (paddings of a rank-32 tensor). */
const SMALL_INT_BYTES = 512;
/** DataType values (types.proto) by the names TF's JSON mapping writes. */
const DTYPES = { 1: 'DT_FLOAT', 2: 'DT_DOUBLE', 3: 'DT_INT32', 4: 'DT_UINT8', 7: 'DT_STRING', 9: 'DT_INT64', 10: 'DT_BOOL', 19: 'DT_HALF', 20: 'DT_RESOURCE' };
class Decoder {
    reader;
    limits;
    nodes = 0;
    constructor(reader, limits) {
        this.reader = reader;
        this.limits = limits;
    }
    /** A GraphDef or a SavedModel, told apart by their first field (recognise.ts does the same). */
    async file() {
        const all = this.reader.all;
        // Tag 0x08 is field 1 as a varint: SavedModel.saved_model_schema_version (a GraphDef's field 1 is its nodes).
        const [tag] = await this.reader.bytes({ start: 0, end: Math.min(1, all.end) });
        if (tag === 0x08)
            return { kind: 'saved_model', metaGraphs: await this.savedModel(all) };
        return { kind: 'graphdef', graph: await this.graphDef(all) };
    }
    async savedModel(span) {
        const metaGraphs = [];
        await this.reader.fields(span, async (f) => {
            if (f.number === 2)
                metaGraphs.push(await this.metaGraph(expect(f, protobuf/* LEN */.gL, 'SavedModel.meta_graphs').span));
        });
        return metaGraphs;
    }
    async metaGraph(span) {
        const tags = [];
        let graph;
        const signatures = [];
        await this.reader.fields(span, async (f) => {
            switch (f.number) {
                case 1: // meta_info_def: its tags (field 4) say which graph serves
                    await this.reader.fields(expect(f, protobuf/* LEN */.gL, 'MetaGraphDef.meta_info_def').span, async (g) => {
                        if (g.number === 4)
                            tags.push(await this.reader.string(expect(g, protobuf/* LEN */.gL, 'MetaInfoDef.tags').span));
                    });
                    break;
                case 2:
                    graph = await this.graphDef(expect(f, protobuf/* LEN */.gL, 'MetaGraphDef.graph_def').span);
                    break;
                case 5: {
                    const entry = await this.mapEntry(expect(f, protobuf/* LEN */.gL, 'MetaGraphDef.signature_def').span);
                    signatures.push(await this.signature(entry.key, entry.value));
                    break;
                }
            }
        });
        return { tags, ...(graph ? { graph } : {}), signatures };
    }
    async signature(key, span) {
        const inputs = new Map();
        const outputs = new Map();
        if (span) {
            await this.reader.fields(span, async (f) => {
                if (f.number !== 1 && f.number !== 2)
                    return;
                const entry = await this.mapEntry(expect(f, protobuf/* LEN */.gL, 'SignatureDef.inputs').span);
                let name = '';
                if (entry.value) {
                    await this.reader.fields(entry.value, async (g) => {
                        if (g.number === 1)
                            name = await this.reader.string(expect(g, protobuf/* LEN */.gL, 'TensorInfo.name').span);
                    });
                }
                (f.number === 1 ? inputs : outputs).set(entry.key, name);
            });
        }
        return { key, inputs, outputs };
    }
    async graphDef(span) {
        const nodes = [];
        const functions = new Map();
        await this.reader.fields(span, async (f) => {
            if (f.number === 1)
                nodes.push(await this.node(expect(f, protobuf/* LEN */.gL, 'GraphDef.node').span));
            else if (f.number === 2) {
                await this.reader.fields(expect(f, protobuf/* LEN */.gL, 'GraphDef.library').span, async (g) => {
                    if (g.number !== 1)
                        return; // gradients are not the forward graph
                    const fn = await this.function(expect(g, protobuf/* LEN */.gL, 'FunctionDefLibrary.function').span);
                    functions.set(fn.name, fn);
                });
            }
        });
        return { nodes, functions };
    }
    async function(span) {
        let name = '';
        const inputArgs = [];
        const outputArgs = [];
        const nodes = [];
        const ret = new Map();
        await this.reader.fields(span, async (f) => {
            switch (f.number) {
                case 1: // signature: OpDef
                    await this.reader.fields(expect(f, protobuf/* LEN */.gL, 'FunctionDef.signature').span, async (g) => {
                        if (g.number === 1)
                            name = await this.reader.string(expect(g, protobuf/* LEN */.gL, 'OpDef.name').span);
                        else if (g.number === 2 || g.number === 3) {
                            let arg = '';
                            await this.reader.fields(expect(g, protobuf/* LEN */.gL, 'OpDef.ArgDef').span, async (h) => {
                                if (h.number === 1)
                                    arg = await this.reader.string(expect(h, protobuf/* LEN */.gL, 'ArgDef.name').span);
                            });
                            (g.number === 2 ? inputArgs : outputArgs).push(arg);
                        }
                    });
                    break;
                case 3:
                    nodes.push(await this.node(expect(f, protobuf/* LEN */.gL, 'FunctionDef.node_def').span));
                    break;
                case 4: {
                    const entry = await this.mapEntry(expect(f, protobuf/* LEN */.gL, 'FunctionDef.ret').span);
                    ret.set(entry.key, entry.value ? await this.reader.string(entry.value) : '');
                    break;
                }
            }
        });
        return { name, inputArgs, outputArgs, nodes, ret };
    }
    async node(span) {
        if (++this.nodes > this.limits.maxNodes) {
            throw new protobuf/* WireError */.cC(codes/* CODES */.Lp.tooManyNodes, `the file holds more than ${this.limits.maxNodes} nodes (the limit, graph and functions together); is it generated by mistake?`, span.start);
        }
        this.limits.deadline?.check();
        let name = '';
        let op = '';
        const input = [];
        const attr = {};
        await this.reader.fields(span, async (f) => {
            switch (f.number) {
                case 1:
                    name = await this.reader.string(expect(f, protobuf/* LEN */.gL, 'NodeDef.name').span);
                    break;
                case 2:
                    op = await this.reader.string(expect(f, protobuf/* LEN */.gL, 'NodeDef.op').span);
                    break;
                case 3:
                    input.push(await this.reader.string(expect(f, protobuf/* LEN */.gL, 'NodeDef.input').span));
                    break;
                case 5: {
                    const entry = await this.mapEntry(expect(f, protobuf/* LEN */.gL, 'NodeDef.attr').span);
                    if (entry.value)
                        attr[entry.key] = await this.attrValue(entry.value);
                    break;
                }
            }
        });
        return { name, op, input, attr };
    }
    /** A map entry: `key` (field 1, a string) and the span of `value` (field 2). */
    async mapEntry(span) {
        let key = '';
        let value;
        await this.reader.fields(span, async (f) => {
            if (f.number === 1)
                key = await this.reader.string(expect(f, protobuf/* LEN */.gL, 'map key').span);
            else if (f.number === 2)
                value = f.wireType === protobuf/* LEN */.gL ? f.span : undefined;
        });
        return { key, value };
    }
    async attrValue(span) {
        const value = {};
        await this.reader.fields(span, async (f) => {
            switch (f.number) {
                case 1:
                    value.list = await this.listValue(expect(f, protobuf/* LEN */.gL, 'AttrValue.list').span);
                    break;
                case 2:
                    value.s = await this.base64(expect(f, protobuf/* LEN */.gL, 'AttrValue.s').span);
                    break;
                case 3:
                    value.i = expect(f, protobuf/* VARINT */.rA, 'AttrValue.i').value;
                    break;
                case 4:
                    value.f = expect(f, protobuf/* FIXED32 */.Wc, 'AttrValue.f').value;
                    break;
                case 5:
                    value.b = expect(f, protobuf/* VARINT */.rA, 'AttrValue.b').value !== 0;
                    break;
                case 6:
                    value.type = DTYPES[expect(f, protobuf/* VARINT */.rA, 'AttrValue.type').value] ?? `DT_${f.value}`;
                    break;
                case 7:
                    value.shape = await this.shape(expect(f, protobuf/* LEN */.gL, 'AttrValue.shape').span);
                    break;
                case 8:
                    value.tensor = await this.tensor(expect(f, protobuf/* LEN */.gL, 'AttrValue.tensor').span);
                    break;
                case 9:
                    value.placeholder = await this.reader.string(expect(f, protobuf/* LEN */.gL, 'AttrValue.placeholder').span);
                    break;
                case 10: {
                    // NameAttrList: its name only; its attributes nest AttrValues again, never read.
                    let name = '';
                    await this.reader.fields(expect(f, protobuf/* LEN */.gL, 'AttrValue.func').span, async (g) => {
                        if (g.number === 1)
                            name = await this.reader.string(expect(g, protobuf/* LEN */.gL, 'NameAttrList.name').span);
                    });
                    value.func = { name };
                    break;
                }
            }
        });
        return value;
    }
    /** `list.i` and `list.s` (strides, ksize, fused_ops); lists of shapes, tensors and functions are skipped. */
    async listValue(span) {
        const i = [];
        const s = [];
        await this.reader.fields(span, async (f) => {
            if (f.number === 2)
                s.push(await this.base64(expect(f, protobuf/* LEN */.gL, 'ListValue.s').span));
            else if (f.number === 3) {
                // Packed as TF writes it; a writer may also emit one varint per value.
                if (f.wireType === protobuf/* LEN */.gL)
                    i.push(...(await this.reader.packedVarints(f.span)));
                else
                    i.push(expect(f, protobuf/* VARINT */.rA, 'ListValue.i').value);
            }
        });
        return { ...(i.length > 0 ? { i } : {}), ...(s.length > 0 ? { s } : {}) };
    }
    async shape(span) {
        const dim = [];
        let unknownRank = false;
        await this.reader.fields(span, async (f) => {
            if (f.number === 2) {
                let size = 0;
                await this.reader.fields(expect(f, protobuf/* LEN */.gL, 'TensorShapeProto.dim').span, (g) => {
                    if (g.number === 1)
                        size = expect(g, protobuf/* VARINT */.rA, 'Dim.size').value;
                });
                dim.push({ size });
            }
            else if (f.number === 3)
                unknownRank = expect(f, protobuf/* VARINT */.rA, 'TensorShapeProto.unknown_rank').value !== 0;
        });
        return unknownRank ? { unknownRank: true } : { dim };
    }
    /** dtype, shape and, for a small integer tensor, its values; weights are skipped by length. */
    async tensor(span) {
        let dtype = 0;
        let tensorShape;
        let content;
        const ints = [];
        await this.reader.fields(span, async (f) => {
            switch (f.number) {
                case 1:
                    dtype = expect(f, protobuf/* VARINT */.rA, 'TensorProto.dtype').value;
                    break;
                case 2:
                    tensorShape = await this.shape(expect(f, protobuf/* LEN */.gL, 'TensorProto.tensor_shape').span);
                    break;
                case 4:
                    content = expect(f, protobuf/* LEN */.gL, 'TensorProto.tensor_content').span;
                    break;
                case 7: // int_val
                case 10: // int64_val
                    if (f.wireType === protobuf/* LEN */.gL) {
                        if (f.span.end - f.span.start <= SMALL_INT_BYTES)
                            ints.push(...(await this.reader.packedVarints(f.span)));
                    }
                    else if (ints.length < SMALL_INT_BYTES)
                        ints.push(expect(f, protobuf/* VARINT */.rA, 'TensorProto.int_val').value);
                    break;
            }
        });
        const out = { dtype: DTYPES[dtype] ?? `DT_${dtype}`, ...(tensorShape ? { tensorShape } : {}) };
        const width = dtype === 3 ? 4 : dtype === 9 ? 8 : 0;
        const c = content;
        if (c && width > 0 && c.end - c.start <= SMALL_INT_BYTES && (c.end - c.start) % width === 0) {
            const bytes = await this.reader.bytes(c);
            const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            out.intVal = Array.from({ length: bytes.length / width }, (_, k) => (width === 8 ? Number(view.getBigInt64(k * 8, true)) : view.getInt32(k * 4, true)));
        }
        else if (!c && ints.length > 0 && width > 0) {
            out.intVal = ints;
        }
        return out;
    }
    async base64(span) {
        return Buffer.from(await this.reader.bytes(span)).toString('base64');
    }
}
function decodeFile(reader, limits) {
    return new Decoder(reader, limits).file();
}
function expect(f, wireType, what) {
    if (f.wireType === wireType)
        return f;
    throw new protobuf/* WireError */.cC(codes/* CODES */.Lp.corrupt, `${what} at byte ${f.at} has wire type ${f.wireType}, not ${wireType}: this is not a TensorFlow GraphDef, or it is corrupt`, f.at);
}

// EXTERNAL MODULE: ./src/formats/tf-graphdef/recognise.ts
var recognise = __webpack_require__(6276);
;// CONCATENATED MODULE: ./src/formats/tf-graphdef/index.ts
/**
 * The TensorFlow GraphDef loader: a frozen graph (`*.pb`) or a SavedModel's `saved_model.pb`
 * (its `variables/` folder, the weights, is never read). The protobuf is streamed with the shared
 * wire reader, weights skipped by length; the nodes go to the TF.js graph builder.
 */









const TF_WIRE = { format: 'TensorFlow GraphDef', truncated: codes/* CODES */.Lp.truncated, corrupt: codes/* CODES */.Lp.corrupt };
const tfGraphdefLoader = {
    ...recognise/* tfGraphdefRecognition */.v,
    async load(source, options) {
        const file = source.path;
        if (source.size === 0)
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.Lp.truncated, 'the file is empty: a GraphDef holds at least one node', undefined, { file })] };
        let decoded;
        try {
            decoded = await decodeFile(new protobuf/* WireReader */.ZT(source, TF_WIRE), { maxNodes: options.limits.maxNodes, ...(options.deadline ? { deadline: options.deadline } : {}) });
        }
        catch (err) {
            if (!(err instanceof protobuf/* WireError */.cC))
                throw err;
            const kind = (0,sniff/* describeContent */.X)(await source.read(0, 512));
            const message = kind && kind !== 'binary data, not text' ? `this is ${kind}, not a TensorFlow GraphDef (${err.message})` : err.message;
            return { diagnostics: [(0,diagnostic/* error */.z3)(err.code, message, undefined, { file })] };
        }
        return loadDecoded(decoded, file, modelName(file), options);
    },
};
/** `frozen_inference_graph.pb` → its name; `resnet/1/saved_model.pb` → `resnet/1`'s folder name. */
function modelName(path) {
    const p = path.replaceAll('\\', '/');
    const base = (0,posix_.basename)(p);
    if (base.toLowerCase() === 'saved_model.pb') {
        const dir = (0,posix_.basename)((0,posix_.dirname)(p));
        if (dir !== '' && dir !== '.')
            return dir;
    }
    return base.replace(/\.pb$/i, '');
}


/***/ }),

/***/ 8502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wc: () => (/* binding */ FIXED32),
/* harmony export */   ZT: () => (/* binding */ WireReader),
/* harmony export */   cC: () => (/* binding */ WireError),
/* harmony export */   gL: () => (/* binding */ LEN),
/* harmony export */   rA: () => (/* binding */ VARINT),
/* harmony export */   xp: () => (/* binding */ FIXED64)
/* harmony export */ });
const VARINT = 0;
const FIXED64 = 1;
const LEN = 2;
const FIXED32 = 5;
const MAX_VARINT_BYTES = 10;
const TWO_32 = 2 ** 32;
const UTF8 = new TextDecoder();
/** A malformed file: the dialect's `truncated` code when it ends too early, `corrupt` when its bytes make no sense. */
class WireError extends Error {
    code;
    offset;
    constructor(code, message, 
    /** The byte offset the problem was found at. */
    offset) {
        super(message);
        this.code = code;
        this.offset = offset;
        this.name = 'WireError';
    }
}
class WireReader {
    source;
    dialect;
    chunkSize;
    buffer = new Uint8Array(0);
    bufferStart = 0;
    constructor(source, dialect, chunkSize = 1 << 16) {
        this.source = source;
        this.dialect = dialect;
        this.chunkSize = chunkSize;
    }
    get size() {
        return this.source.size;
    }
    /** The whole file as a span: the top-level message. */
    get all() {
        return { start: 0, end: this.source.size };
    }
    /** Visits each field of the message in `span`, in file order. */
    async fields(span, visit) {
        let pos = span.start;
        while (pos < span.end) {
            const at = pos;
            const tag = await this.varint(pos, span.end);
            pos = tag.next;
            const number = Math.floor(tag.value / 8);
            const wireType = tag.value % 8;
            if (number < 1 || tag.value < 0 || tag.value >= TWO_32) {
                throw new WireError(this.dialect.corrupt, `invalid field tag ${tag.value} at byte ${at}: this is not ${article(this.dialect.format)} (protobuf) file, or it is corrupt`, at);
            }
            let value;
            let payload;
            switch (wireType) {
                case VARINT: {
                    const v = await this.varint(pos, span.end);
                    value = v.value;
                    payload = { start: pos, end: v.next };
                    break;
                }
                case FIXED64:
                case FIXED32: {
                    const width = wireType === FIXED64 ? 8 : 4;
                    this.within(pos, width, span, `field ${number} at byte ${at}`);
                    const bytes = await this.view(pos, width);
                    const data = new DataView(bytes.buffer, bytes.byteOffset, width);
                    value = width === 8 ? data.getFloat64(0, true) : data.getFloat32(0, true);
                    payload = { start: pos, end: pos + width };
                    break;
                }
                case LEN: {
                    const length = await this.varint(pos, span.end);
                    if (length.value < 0) {
                        throw new WireError(this.dialect.corrupt, `field ${number} at byte ${at} has a negative length (${length.value}): the file is corrupt`, at);
                    }
                    this.within(length.next, length.value, span, `field ${number} at byte ${at}`);
                    value = length.value;
                    payload = { start: length.next, end: length.next + length.value };
                    break;
                }
                default:
                    throw new WireError(this.dialect.corrupt, `field ${number} at byte ${at} has wire type ${wireType}, which ${this.dialect.format} never uses: the file is corrupt`, at);
            }
            pos = payload.end;
            await visit({ number, wireType, at, value, span: payload });
        }
    }
    /** A copy of the bytes of `span` (for names and small tensors only). */
    async bytes(span) {
        const length = span.end - span.start;
        if (length <= this.chunkSize)
            return (await this.view(span.start, length)).slice();
        const bytes = await this.source.read(span.start, length);
        if (bytes.length < length)
            throw this.truncated(span.start, length);
        return bytes;
    }
    async string(span) {
        return UTF8.decode(await this.bytes(span));
    }
    /** The varints packed in `span` (a packed repeated int field). */
    async packedVarints(span) {
        const values = [];
        let pos = span.start;
        while (pos < span.end) {
            const v = await this.varint(pos, span.end);
            values.push(v.value);
            pos = v.next;
        }
        return values;
    }
    /** The little-endian floats (width 4) or doubles (width 8) packed in `span`. */
    async packedFloats(span, width) {
        const length = span.end - span.start;
        if (length % width !== 0) {
            throw new WireError(this.dialect.corrupt, `packed ${width === 4 ? 'floats' : 'doubles'} at byte ${span.start} take ${length} bytes, not a multiple of ${width}: the file is corrupt`, span.start);
        }
        const bytes = await this.bytes(span);
        const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return Array.from({ length: length / width }, (_, i) => (width === 4 ? data.getFloat32(i * 4, true) : data.getFloat64(i * 8, true)));
    }
    /** Reads a varint at `pos` that must end before `limit`. */
    async varint(pos, limit) {
        const available = Math.min(MAX_VARINT_BYTES, limit - pos);
        // Decoded in place from the buffer (no view object): this is the reader's hot path.
        if (pos < this.bufferStart || pos + available > this.bufferStart + this.buffer.length)
            await this.view(pos, available);
        const buffer = this.buffer;
        const base = pos - this.bufferStart;
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < available; i++) {
            const b = buffer[base + i];
            const bits = b & 0x7f;
            if (i < 4)
                lo |= bits << (7 * i);
            else if (i === 4) {
                lo |= (bits & 0x0f) << 28;
                hi |= bits >> 4;
            }
            else
                hi |= bits << (7 * i - 32);
            if (b < 0x80)
                return { value: int64(lo >>> 0, hi >>> 0), next: pos + i + 1 };
        }
        if (available === MAX_VARINT_BYTES) {
            throw new WireError(this.dialect.corrupt, `the varint at byte ${pos} is longer than ${MAX_VARINT_BYTES} bytes: the file is corrupt`, pos);
        }
        if (limit === this.source.size)
            throw this.truncated(pos, available + 1);
        throw new WireError(this.dialect.corrupt, `the varint at byte ${pos} runs past the end of its message at byte ${limit}: the file is corrupt`, pos);
    }
    /** Checks that `length` bytes at `pos` fit in the enclosing message `span`. */
    within(pos, length, span, what) {
        if (pos + length <= span.end)
            return;
        if (span.end === this.source.size)
            throw this.truncated(pos, length, what);
        throw new WireError(this.dialect.corrupt, `${what} declares ${length} bytes from byte ${pos}, past the end of its enclosing message at byte ${span.end}: the file is corrupt`, pos);
    }
    truncated(pos, length, what = 'a field') {
        return new WireError(this.dialect.truncated, `${what} needs bytes up to ${pos + length} but the file ends at byte ${this.source.size}: the file is truncated (an interrupted download or a Git LFS pointer?)`, pos);
    }
    /** A view (not a copy) of `length` bytes at `pos`, refilling the buffer from the source when needed. */
    async view(pos, length) {
        const offset = pos - this.bufferStart;
        if (offset < 0 || offset + length > this.buffer.length) {
            const want = Math.min(Math.max(length, this.chunkSize), this.source.size - pos);
            if (want < length)
                throw this.truncated(pos, length);
            this.buffer = await this.source.read(pos, want);
            this.bufferStart = pos;
            if (this.buffer.length < length)
                throw this.truncated(pos, length);
            return this.buffer.subarray(0, length);
        }
        return this.buffer.subarray(offset, offset + length);
    }
}
/** The two's-complement int64 hi:lo as a number: exact within ±2^53, rounded beyond. */
function int64(lo, hi) {
    if (hi < 0x200000)
        return hi * TWO_32 + lo;
    return Number(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)));
}
/** `an ONNX`, `a TensorFlow GraphDef`. */
function article(format) {
    return /^[AEIOU]/i.test(format) ? `an ${format}` : `a ${format}`;
}


/***/ })

};
