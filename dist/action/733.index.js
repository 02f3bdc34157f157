export const id = 733;
export const ids = [733];
export const modules = {

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ CODES),
/* harmony export */   PF: () => (/* binding */ CYCLE)
/* harmony export */ });
/* unused harmony export NATIVE_CODES */
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
/**
 * The one-line description of each code, as `check/codes.ts` shows it as a SARIF rule name
 * (docs/format.md lists them with an example message each).
 */
const NATIVE_CODES = {
    RF100: 'a native model file is not valid YAML or JSON',
    RF101: 'a layer has an unknown op',
    RF102: 'a native model file has an unknown key',
    RF103: 'a value of the wrong type or out of range',
    RF104: 'a required key is missing',
    RF105: 'a name is used twice among siblings',
    RF106: 'a name in `inputs` or an output\'s `layer` that no layer has',
    RF107: 'a key that does not apply to the op',
    RF108: 'a per-axis list whose length differs from the number of axes',
    RF109: 'min_coverage needs input.size',
    RF110: 'a native model file is larger than the size limit',
    RF111: 'too many YAML aliases, or aliases that expand to too much',
    RF112: 'nesting deeper than the limit',
    RF113: 'more layers after expanding `repeat` than the limit',
    RF114: '`rflint:` is missing, or a format version this rflint does not read',
    RF115: 'a padding kind this op or this number of axes cannot use',
    RF116: 'a merge with fewer than two inputs, or another op with several',
    RF117: 'min_rf is above max_rf: the output can never pass',
};
/** The engine's code for a cycle, reported by the loader with the layers' positions. */
const CYCLE = 'RF001';


/***/ }),

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CODES: () => (/* reexport */ codes/* CODES */.Lp),
  loadNativeText: () => (/* reexport */ loadNativeText),
  nativeLoader: () => (/* binding */ nativeLoader),
  schema: () => (/* reexport */ schema),
  schemaErrors: () => (/* reexport */ schemaErrors)
});

// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/native/recognise.ts
var recognise = __webpack_require__(7391);
// EXTERNAL MODULE: ./src/formats/native/codes.ts
var codes = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 10 modules
var rf = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/formats/yaml/locate.ts
var yaml_locate = __webpack_require__(2858);
;// CONCATENATED MODULE: ./src/formats/native/document.ts
/** Every op name of the format → the geometry it has. */
const OP_FAMILIES = {
    conv: 'conv',
    maxpool: 'pool',
    avgpool: 'pool',
    deconv: 'deconv',
    upsample: 'upsample',
    pad: 'pad',
    crop: 'crop',
    space_to_depth: 'space_to_depth',
    depth_to_space: 'depth_to_space',
    // Every output reads the whole input. `se` (squeeze-and-excitation) too, unless the user
    // asks to treat channel attention as pointwise.
    global_pool: 'global',
    dense: 'global',
    attention: 'global',
    flatten: 'global',
    se: 'global',
    add: 'merge',
    sub: 'merge',
    mul: 'merge',
    concat: 'merge',
    max: 'merge',
    min: 'merge',
    mean: 'merge',
    identity: 'pointwise',
    relu: 'pointwise',
    relu6: 'pointwise',
    leaky_relu: 'pointwise',
    prelu: 'pointwise',
    elu: 'pointwise',
    gelu: 'pointwise',
    silu: 'pointwise',
    swish: 'pointwise',
    hardswish: 'pointwise',
    mish: 'pointwise',
    sigmoid: 'pointwise',
    tanh: 'pointwise',
    softmax: 'pointwise',
    bn: 'pointwise',
    batchnorm: 'pointwise',
    norm: 'pointwise',
    layernorm: 'pointwise',
    act: 'pointwise',
    dropout: 'pointwise',
};
/** The keys that hold one value per axis (for counting axes and checking list lengths). */
const PER_AXIS_LAYER_KEYS = ['kernel', 'stride', 'dilation', 'padding', 'scale', 'output_padding', 'crop', 'block_size'];
const PER_AXIS_OUTPUT_KEYS = ['min_rf', 'max_rf', 'min_erf'];

;// CONCATENATED MODULE: ./src/formats/native/axes.ts
/**
 * The number of spatial axes, and lists whose length disagrees with it. `input.size` decides
 * when given; otherwise the longest per-axis list in the file (a 3-D net says `kernel: [3, 3, 3]`
 * somewhere), else 2.
 */




function countAxes(file, locate) {
    const lists = [];
    const visit = (layers, path) => {
        layers.forEach((layer, i) => {
            const here = [...path, i];
            for (const key of PER_AXIS_LAYER_KEYS) {
                const value = layer[key];
                if (Array.isArray(value))
                    lists.push({ path: [...here, key], length: value.length });
            }
            if (layer.block)
                visit(layer.block, [...here, 'block']);
        });
    };
    visit(file.layers, ['layers']);
    file.outputs?.forEach((output, i) => {
        for (const key of PER_AXIS_OUTPUT_KEYS) {
            const value = output[key];
            if (Array.isArray(value))
                lists.push({ path: ['outputs', i, key], length: value.length });
        }
    });
    let axes = 2;
    let source = 'the default';
    if (file.input) {
        axes = file.input.size.length;
        source = `input.size has ${axes}`;
    }
    else {
        const longest = lists.reduce((best, l) => (best && best.length >= l.length ? best : l), undefined);
        if (longest) {
            axes = longest.length;
            source = `${(0,yaml_locate/* describePath */.NH)(longest.path)} has ${axes}`;
        }
    }
    const diagnostics = lists
        .filter((l) => l.length !== axes)
        .map((l) => (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.axisCount, `${(0,yaml_locate/* describePath */.NH)(l.path)}: ${l.length} value${l.length === 1 ? '' : 's'} for a model with ${axes} ax${axes === 1 ? 'is' : 'es'} (${source}); give one per axis, or a single number for all`, locate.at(l.path)));
    return { axes, diagnostics };
}

;// CONCATENATED MODULE: ./src/formats/native/padding.ts
function pads(padding, axes, kernel, dilation) {
    if (padding === undefined || padding === 'valid')
        return { pads: fill({ begin: 0, end: 0 }, axes) };
    if (padding === 'same' || padding === 'same_upper')
        return { pads: fill({ same: 'upper' }, axes) };
    if (padding === 'same_lower')
        return { pads: fill({ same: 'lower' }, axes) };
    if (padding === 'causal') {
        if (axes !== 1)
            return { problem: '`causal` padding is for 1-D models; for more axes give [begin, end] pairs, e.g. [[2, 0], [1, 1]]' };
        return { pads: [{ begin: dilation[0] * (kernel[0] - 1), end: 0 }] };
    }
    return { pads: explicit(padding, axes) };
}
/** An integer, one per axis, or [begin, end] per axis → {begin, end} per axis. */
function explicit(value, axes) {
    if (typeof value === 'number')
        return fill({ begin: value, end: value }, axes);
    return value.map((p) => (typeof p === 'number' ? { begin: p, end: p } : { begin: p[0], end: p[1] }));
}
function fill(value, axes) {
    return Array.from({ length: axes }, () => value);
}

;// CONCATENATED MODULE: ./src/formats/native/build.ts
/**
 * Expanded layers → the engine's graph IR, through the op constructors of src/rf. Pools are
 * convs with a `pool` tag, crop is a negative pad, global_pool/dense/attention are `global`,
 * add/mul/concat are merges.
 */






function buildGraph(nodes, axes, locate, options, inputChannels) {
    const diagnostics = [];
    const reported = new Set();
    // Instances of a block share their definition's op (the IR is immutable): 10^6 nodes of a
    // repeated block cost one op each, not one per node.
    const built = new Map();
    const graphNodes = nodes.map((node, index) => {
        if (index === 0)
            return { name: node.name, op: rf/* input */.hF, inputs: [], ...(inputChannels !== undefined ? { channels: inputChannels } : {}) };
        options.deadline?.check();
        let result = built.get(node.layer);
        // Input-count problems depend on the node's inputs, so only valid ops are shared.
        if (!result || 'problem' in result)
            built.set(node.layer, (result = buildOp(node, axes, locate, options)));
        if ('problem' in result) {
            // Every instance of a block shares the definition: report it once.
            if (!reported.has(node.layer))
                diagnostics.push(result.problem);
            reported.add(node.layer);
            return { name: node.name, op: rf/* pointwise */.rp, inputs: node.inputs };
        }
        return { name: node.name, op: result.op, inputs: node.inputs, ...costFields(node.layer) };
    });
    return { graph: { axes, nodes: graphNodes }, diagnostics };
}
function buildOp(node, axes, locate, options) {
    const layer = node.layer;
    const family = OP_FAMILIES[layer.op];
    const fail = (code, key, message) => {
        const path = key ? [...node.path, key] : node.path;
        return { problem: (0,diagnostic/* error */.z3)(code, `${(0,yaml_locate/* describePath */.NH)(path)}: ${message}`, locate.at(path)) };
    };
    const merges = family === 'merge';
    if (merges && node.inputs.length < 2) {
        return fail(codes/* CODES */.Lp.inputCount, layer.inputs === undefined ? undefined : 'inputs', `\`${layer.op}\` merges two or more layers: list them in \`inputs\`, e.g. inputs: [conv2, ^]`);
    }
    if (!merges && node.inputs.length !== 1) {
        return fail(codes/* CODES */.Lp.inputCount, 'inputs', `\`${layer.op}\` takes one input, got ${node.inputs.length}; merge them first with add or concat`);
    }
    const each = (value, fallback) => rf/* perAxis */.Lx(value ?? fallback, axes);
    switch (family) {
        case 'conv':
        case 'pool': {
            const kernel = each(layer.kernel, 1);
            const dilation = each(layer.dilation, 1);
            const pad = pads(layer.padding, axes, kernel, dilation);
            if ('problem' in pad)
                return fail(codes/* CODES */.Lp.paddingKind, 'padding', pad.problem);
            return {
                op: {
                    kind: 'conv',
                    ...(family === 'pool' ? { pool: layer.op === 'maxpool' ? 'max' : 'avg' } : {}),
                    kernel,
                    stride: each(layer.stride, 1),
                    dilation,
                    pad: pad.pads,
                    ...(layer.ceil_mode ? { ceilMode: true } : {}),
                },
            };
        }
        case 'deconv': {
            const padding = layer.padding;
            if (typeof padding === 'string' && padding !== 'valid') {
                return fail(codes/* CODES */.Lp.paddingKind, 'padding', `\`${padding}\` padding is not defined for a transposed conv; give the PyTorch padding (an integer or [begin, end] pairs)`);
            }
            return {
                op: rf/* deconv */.Kg(axes, {
                    kernel: each(layer.kernel, 1),
                    stride: each(layer.stride, 1),
                    dilation: each(layer.dilation, 1),
                    pad: explicit(typeof padding === 'string' || padding === undefined ? 0 : padding, axes).map((p) => [p.begin, p.end]),
                    outputPadding: each(layer.output_padding, 0),
                }),
            };
        }
        case 'upsample': {
            const scale = each(layer.scale, 1).map((s) => rf/* parse */.qg(s));
            const bad = scale.findIndex((f) => f === null || f.num <= 0);
            if (bad >= 0)
                return fail(codes/* CODES */.Lp.invalidValue, 'scale', `must be a number > 0 or a ratio such as "3/2", got ${JSON.stringify(each(layer.scale, 1)[bad])}`);
            const linear = layer.mode !== undefined && layer.mode !== 'nearest';
            if (layer.align_corners && !linear)
                return fail(codes/* CODES */.Lp.invalidValue, 'align_corners', '`align_corners` applies to bilinear upsampling only; add `mode: bilinear` or remove it');
            return {
                op: rf/* resize */.XR(axes, {
                    scale: scale,
                    mode: linear ? 'linear' : 'nearest',
                    coordinates: layer.align_corners ? 'align_corners' : linear ? 'half_pixel' : 'asymmetric',
                }),
            };
        }
        case 'pad': {
            if (typeof layer.padding === 'string') {
                return fail(codes/* CODES */.Lp.paddingKind, 'padding', `the \`pad\` op needs explicit amounts (an integer or [begin, end] pairs), not \`${layer.padding}\``);
            }
            const p = explicit(layer.padding, axes);
            return { op: rf/* pad */.eV(axes, p.map((x) => x.begin), p.map((x) => x.end)) };
        }
        case 'crop': {
            const c = explicit(layer.crop, axes);
            return { op: rf/* crop */.B$(axes, c.map((x) => x.begin), c.map((x) => x.end)) };
        }
        case 'space_to_depth':
            return { op: rf/* spaceToDepth */.FI(axes, each(layer.block_size, 1)) };
        case 'depth_to_space':
            return { op: rf/* depthToSpace */.Rj(axes, each(layer.block_size, 1)) };
        case 'global':
            return { op: layer.op === 'se' && options.channelAttentionPointwise ? rf/* pointwise */.rp : { kind: 'global', reason: layer.op } };
        case 'merge':
            return { op: rf/* merge */.h1(layer.op) };
        case 'pointwise':
            return { op: rf/* pointwise */.rp };
    }
}
/** What prices the layer (rf/cost.ts), as the file states it. */
function costFields(layer) {
    return {
        ...(layer.channels !== undefined ? { channels: layer.channels } : {}),
        ...(layer.groups !== undefined ? { groups: layer.groups } : {}),
        ...(layer.bias ? { bias: true } : {}),
    };
}

// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
;// CONCATENATED MODULE: ./src/formats/native/names.ts
/**
 * Names among siblings: unique in each list of layers (blocks open a new scope, so `conv1` may
 * appear in every residual unit), and `input` is taken at the top level by the network input.
 */



const NETWORK_INPUT = 'input';
const BLOCK_INPUT = '^';
function duplicateNames(layers, path, locate) {
    const out = [];
    const first = new Map();
    if (path.length === 1)
        first.set(NETWORK_INPUT, []);
    layers.forEach((layer, i) => {
        const here = [...path, i];
        if (layer.name !== undefined) {
            const earlier = first.get(layer.name);
            if (earlier) {
                const where = earlier.length === 0 ? 'the network input is called `input`' : `first used at line ${locate.at([...earlier, 'name']).line}, ${(0,yaml_locate/* describePath */.NH)(earlier)}`;
                out.push((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.duplicateName, `${(0,yaml_locate/* describePath */.NH)(here)}.name: duplicate name \`${layer.name}\` (${where}); names must be unique among the layers of a list`, locate.at([...here, 'name'])));
            }
            else
                first.set(layer.name, here);
        }
        if (layer.block)
            out.push(...duplicateNames(layer.block, [...here, 'block'], locate));
    });
    return out;
}

;// CONCATENATED MODULE: ./src/formats/native/expand.ts





/** Nodes after expansion, capped just above `cap` so a huge `repeat` cannot overflow. */
function countNodes(layers, cap) {
    let total = 0;
    for (const layer of layers) {
        total += layer.block ? Math.min((layer.repeat ?? 1) * countNodes(layer.block, cap), cap + 1) : 1;
        if (total > cap)
            return cap + 1;
    }
    return total;
}
/** The `repeat` most responsible for going over `cap` (the largest block, descended). */
function overLimitAt(layers, path, cap) {
    let best = -1;
    let bestCount = -1;
    layers.forEach((layer, i) => {
        const count = layer.block ? countNodes([layer], cap) : 0;
        if (count > bestCount)
            [best, bestCount] = [i, count];
    });
    const layer = layers[best];
    if (!layer?.block)
        return path;
    if (countNodes(layer.block, cap) > cap)
        return overLimitAt(layer.block, [...path, best, 'block'], cap);
    return layer.repeat !== undefined ? [...path, best, 'repeat'] : [...path, best];
}
function expand(layers, locate, deadline) {
    const nodes = [{ name: NETWORK_INPUT, layer: {}, path: [], inputs: [] }];
    const pending = [];
    const diagnostics = [];
    const reported = new Set();
    const report = (d) => {
        const key = `${d.line}:${d.column}:${d.message}`;
        if (!reported.has(key))
            diagnostics.push(d);
        reported.add(key);
    };
    /** Resolves an `inputs` spec in `scope`; undefined (and a diagnostic) when a name is unknown. */
    const resolveInputs = (layer, path, scope, previous) => {
        if (layer.inputs === undefined) {
            const input = previous ?? scope.input();
            return input === undefined ? undefined : [input];
        }
        const names = typeof layer.inputs === 'string' ? [layer.inputs] : layer.inputs;
        const ids = [];
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const id = lookup(name, scope);
            if (id !== undefined) {
                ids.push(id);
                continue;
            }
            const itemPath = typeof layer.inputs === 'string' ? [...path, 'inputs'] : [...path, 'inputs', i];
            const hint = (0,suggest/* nearest */.pA)(name, visibleNames(scope));
            report((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.unknownName, `${(0,yaml_locate/* describePath */.NH)(itemPath)}: no layer named \`${name}\` here${hint ? `; did you mean \`${hint}\`?` : ' (inputs name a layer of the same block or an enclosing one, `^` or `input`)'}`, locate.at(itemPath)));
        }
        return ids.length === names.length ? ids : undefined;
    };
    const lookup = (name, scope) => {
        if (name === BLOCK_INPUT)
            return scope.input();
        const dotted = name.includes('.');
        for (let s = scope; s; s = s.parent) {
            const id = dotted ? scopedName(name, s.template, s.base) : shifted(s.template.names.get(name), s.base);
            if (id !== undefined)
                return id;
        }
        return undefined;
    };
    /** `b.1.x` → layer x of instance 1 of block b (from the top level); `b.1` → that instance's end. */
    const scopedName = (name, from, fromBase) => {
        const parts = name.split('.');
        let template = from;
        let base = fromBase;
        for (let k = 0; k < parts.length; k++) {
            const part = parts[k];
            const index = parts[k + 1];
            const block = template.blocks.get(part);
            if (block && index !== undefined && /^\d+$/.test(index)) {
                const instance = block.instances[Number(index)];
                if (!instance)
                    return undefined;
                if (k + 2 === parts.length)
                    return shifted(instance.end, base);
                base += instance.base;
                template = block.template;
                k++;
            }
            else
                return k === parts.length - 1 ? shifted(template.names.get(part), base) : undefined;
        }
        return undefined;
    };
    const visibleNames = (scope) => {
        const names = new Set();
        for (let s = scope; s; s = s.parent)
            for (const n of s.template.names.keys())
                names.add(n);
        if (scope.parent)
            names.add(BLOCK_INPUT);
        return [...names];
    };
    // Every instance of a block shares the paths of its definition: 10^6 nodes, few paths.
    const childPaths = new WeakMap();
    const pathsOf = (list, path) => {
        let paths = childPaths.get(path);
        if (!paths)
            childPaths.set(path, (paths = list.map((_, i) => [...path, i])));
        return paths;
    };
    const templates = new WeakMap();
    const templateOf = (list) => {
        let template = templates.get(list);
        if (!template)
            templates.set(list, (template = { names: new Map(), blocks: new Map(), complete: false }));
        return template;
    };
    /** Allocates the nodes of one list of layers (`scope` is its instance); returns the node the list ends with. */
    const allocate = (list, path, scope, prefix) => {
        let previous;
        const paths = pathsOf(list, path);
        const { template, base } = scope;
        // Only the first instance of a list records its names: the others lay out the same nodes.
        const record = !template.complete;
        for (let i = 0; i < list.length; i++) {
            const layer = list[i];
            const here = paths[i];
            const local = layer.name ?? `${layer.block ? 'block' : layer.op}#${i}`;
            const full = `${prefix}${local}`;
            let out;
            if (layer.block) {
                const before = previous;
                let instanceInput = memo(() => {
                    const ids = resolveInputs(layer, here, scope, before);
                    if (ids && ids.length !== 1) {
                        report((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.inputCount, `${(0,yaml_locate/* describePath */.NH)([...here, 'inputs'])}: a block takes one input (\`^\`), got ${ids.length}`, locate.at([...here, 'inputs'])));
                        return undefined;
                    }
                    return ids?.[0];
                });
                const blockPath = [...here, 'block'];
                const inner = templateOf(layer.block);
                const instances = record && layer.name !== undefined ? [] : undefined;
                if (instances)
                    template.blocks.set(layer.name, { template: inner, instances });
                for (let r = 0; r < (layer.repeat ?? 1); r++) {
                    const first = nodes.length;
                    const end = allocate(layer.block, blockPath, { parent: scope, template: inner, base: first, input: instanceInput }, `${full}.${r}.`);
                    inner.complete = true;
                    instances?.push({ base: first - base, end: end === undefined ? undefined : end - base });
                    out = end;
                    instanceInput = () => end;
                }
            }
            else {
                deadline?.check();
                out = nodes.length;
                nodes.push({ name: full, layer, path: here, inputs: [] });
                pending.push({ node: out, scope, previous });
            }
            if (record && out !== undefined && layer.name !== undefined)
                template.names.set(layer.name, out - base);
            previous = out;
        }
        return previous;
    };
    const root = { parent: undefined, template: { names: new Map([[NETWORK_INPUT, 0]]), blocks: new Map(), complete: false }, base: 0, input: () => 0 };
    const end = allocate(layers, ['layers'], root, '');
    for (const p of pending) {
        deadline?.check();
        const node = nodes[p.node];
        node.inputs = resolveInputs(node.layer, node.path, p.scope, p.previous) ?? [];
    }
    if (diagnostics.length > 0 || end === undefined)
        return { diagnostics };
    const lastLayer = layers[layers.length - 1];
    const lastName = lastLayer.name ?? nodes[end].name;
    return {
        diagnostics,
        expansion: {
            nodes,
            resolve: (name) => lookup(name, root),
            topNames: [...root.template.names.keys()],
            last: { node: end, name: lastName },
        },
    };
}
function shifted(offset, base) {
    return offset === undefined ? undefined : offset + base;
}
function memo(fn) {
    let done = false;
    let value;
    return () => {
        if (!done)
            [value, done] = [fn(), true];
        return value;
    };
}

;// CONCATENATED MODULE: ./src/formats/native/outputs.ts
/**
 * The file's `outputs` → the outputs to check, each with its thresholds and position. Without
 * `outputs`, the last layer is the one output, named after it.
 */




/** `sized`: whether the model has an input size, from the file or given (--input-size, rules). */
function resolveOutputs(file, expansion, axes, locate, sized) {
    if (!file.outputs) {
        return { outputs: [{ name: expansion.last.name, node: expansion.last.node, thresholds: {}, position: locate.at(['layers', file.layers.length - 1]) }], diagnostics: [] };
    }
    const diagnostics = [];
    const outputs = [];
    file.outputs.forEach((output, i) => {
        const path = ['outputs', i];
        const node = expansion.resolve(output.layer);
        if (node === undefined) {
            diagnostics.push((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.unknownName, `${(0,yaml_locate/* describePath */.NH)([...path, 'layer'])}: no layer named \`${output.layer}\`${(0,suggest/* didYouMean */.au)(output.layer, expansion.topNames)}`, locate.at([...path, 'layer'])));
            return;
        }
        if (output.min_coverage !== undefined && !sized) {
            diagnostics.push((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.coverageWithoutSize, `${(0,yaml_locate/* describePath */.NH)([...path, 'min_coverage'])}: coverage is a fraction of the input size; add \`input: { size: [...] }\` at the top level, or give --input-size`, locate.key([...path, 'min_coverage'])));
        }
        if (output.min_rf !== undefined && output.max_rf !== undefined) {
            const min = perAxis(output.min_rf, axes);
            const max = perAxis(output.max_rf, axes);
            const axis = min.findIndex((m, a) => m > max[a]);
            if (axis >= 0) {
                diagnostics.push((0,diagnostic/* error */.z3)(codes/* CODES */.Lp.thresholdRange, `${(0,yaml_locate/* describePath */.NH)(path)}: min_rf ${min[axis]} is above max_rf ${max[axis]} on axis ${axis}, so this output can never pass`, locate.at([...path, 'min_rf'])));
            }
        }
        const thresholds = {
            ...(output.min_rf !== undefined ? { min_rf: output.min_rf } : {}),
            ...(output.max_rf !== undefined ? { max_rf: output.max_rf } : {}),
            ...(output.min_coverage !== undefined ? { min_coverage: output.min_coverage } : {}),
            ...(output.min_erf !== undefined ? { min_erf: output.min_erf } : {}),
        };
        outputs.push({ name: output.name ?? output.layer, node, thresholds, position: locate.at(path) });
    });
    return { outputs, diagnostics };
}
function perAxis(value, axes) {
    return typeof value === 'number' ? Array.from({ length: axes }, () => value) : value;
}

// EXTERNAL MODULE: ./src/formats/native/parse.ts
var parse = __webpack_require__(4973);
// EXTERNAL MODULE: ./src/formats/yaml/json.ts
var json = __webpack_require__(8238);
;// CONCATENATED MODULE: ./schema/rflint.schema.json
const rflint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"rflint model","description":"A network architecture for rflint, the receptive-field checker (format version 1). See docs/format.md.","type":"object","additionalProperties":false,"required":["rflint","layers"],"properties":{"$schema":{"type":"string","description":"The schema this file follows (for editors)."},"rflint":{"const":1,"description":"The format version: 1."},"name":{"type":"string","description":"The model name used in reports (default: the file name)."},"description":{"type":"string","description":"Free text: where the architecture comes from."},"input":{"type":"object","additionalProperties":false,"required":["size"],"description":"The network input.","properties":{"size":{"type":"array","description":"a list of 1 to 3 integers ≥ 1, one per spatial axis","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}},"channels":{"type":"integer","minimum":1,"description":"Channels of the network input (3 for RGB): with each conv\'s `channels`, rflint counts parameters and MACs"}}},"layers":{"type":"array","minItems":1,"description":"The layers, in order; each takes the previous one unless `inputs` says otherwise.","items":{"$ref":"#/$defs/layer"}},"outputs":{"type":"array","minItems":1,"description":"The tensors to check (default: the last layer).","items":{"type":"object","additionalProperties":false,"required":["layer"],"properties":{"name":{"type":"string","minLength":1,"description":"The name reported (default: the layer name)."},"layer":{"type":"string","minLength":1,"description":"The layer whose output this is (a block name means its last layer)."},"min_rf":{"description":"Smallest acceptable RF: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"max_rf":{"description":"Largest acceptable RF: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"min_coverage":{"type":"number","minimum":0,"maximum":1,"description":"Fraction (0–1) of the input size, per axis, that the RF of a central output must cover; needs input.size."},"min_erf":{"description":"Smallest acceptable effective RF: the shortest window holding 95 % of the influence under uniform weights (docs/cli.md, \\"Effective RF\\"); an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]}}}},"max_params":{"type":"integer","minimum":1,"description":"Largest acceptable number of learned parameters (weights and biases of convs and dense layers); needs `channels` on the layers"},"max_macs":{"type":"integer","minimum":1,"description":"Largest acceptable multiply–accumulates per input image (convs, transposed convs, dense layers); needs `channels` and `input.size`"}},"$defs":{"layer":{"type":"object","description":"A layer: an `op` with its parameters, or a `block` of layers instantiated `repeat` times.","additionalProperties":false,"properties":{"name":{"type":"string","description":"a name without `.`, `#`, `^` or spaces","pattern":"^[^.#^\\\\s]+$"},"op":{"type":"string","description":"The operator.","enum":["conv","maxpool","avgpool","deconv","upsample","pad","crop","space_to_depth","depth_to_space","global_pool","dense","attention","flatten","se","add","sub","mul","concat","max","min","mean","identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]},"inputs":{"description":"a layer name or a list of them (default: the previous layer); `^` is the enclosing block input, `input` the network input","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"kernel":{"description":"Kernel size: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"stride":{"description":"Stride: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"dilation":{"description":"Dilation: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"padding":{"description":"Padding: an integer ≥ 0 (both sides), a list with one per axis, a list of [begin, end] pairs, or one of same, same_lower, valid, causal","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}},{"type":"string","enum":["same","same_upper","same_lower","valid","causal"]}]},"ceil_mode":{"type":"boolean","description":"Pools: round the output size up (PyTorch ceil_mode)."},"scale":{"description":"Upsampling factor: a number > 0 or a ratio such as \\"3/2\\", or a list with one per axis","anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \\"3/2\\"","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?(\\\\s*/\\\\s*[1-9][0-9]*)?\\\\s*$"},{"type":"array","minItems":1,"maxItems":3,"items":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \\"3/2\\"","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?(\\\\s*/\\\\s*[1-9][0-9]*)?\\\\s*$"}]}}]},"mode":{"type":"string","description":"Upsampling: nearest (PyTorch nearest) or bilinear (half-pixel, align_corners=False); linear and trilinear are aliases of bilinear.","enum":["nearest","bilinear","linear","trilinear"]},"align_corners":{"type":"boolean","description":"Bilinear upsampling with PyTorch align_corners=True (needs input.size)."},"output_padding":{"description":"Transposed conv output padding: an integer ≥ 0, or a list with one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}}]},"crop":{"description":"Crop: an integer ≥ 0 (both sides), a list with one per axis, or a list of [begin, end] pairs, one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}}]},"block_size":{"description":"Block size of space_to_depth / depth_to_space: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"repeat":{"type":"integer","minimum":1,"description":"How many times `block` is instantiated, one after the other (default 1)."},"block":{"type":"array","minItems":1,"description":"The layers of a block: instance i of block b is named b.i, its layer x is b.i.x.","items":{"$ref":"#/$defs/layer"}},"channels":{"type":"integer","minimum":1,"description":"Output channels of a conv, deconv or dense layer (its filters); other layers keep their input\'s. Prices the model: parameters and MACs"},"groups":{"type":"integer","minimum":1,"description":"Groups of a grouped conv (default 1; depthwise: the input\'s channels)"},"bias":{"type":"boolean","description":"Whether the layer adds a bias per output channel (default false: a norm usually follows)"}},"allOf":[{"if":{"required":["block"],"properties":{"block":true}},"then":{"properties":{"op":false,"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"channels":false,"groups":false,"bias":false}},"else":{"required":["op"],"properties":{"repeat":false,"op":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["conv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["maxpool","avgpool"]}}},"then":{"required":["kernel"],"properties":{"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["deconv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["upsample"]}}},"then":{"required":["scale"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"output_padding":false,"crop":false,"block_size":false,"scale":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["pad"]}}},"then":{"required":["padding"],"properties":{"kernel":false,"stride":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"padding":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["crop"]}}},"then":{"required":["crop"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"block_size":false,"crop":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["space_to_depth","depth_to_space"]}}},"then":{"required":["block_size"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["global_pool","dense","attention","flatten","se"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["add","sub","mul","concat","max","min","mean"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}}]}}}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/generated/rflint-schema.js
// Generated by scripts/gen-validators.mjs from schema/rflint.schema.json (npm run build); do not edit.
/* eslint-disable */

const runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const validate = validate20;/* harmony default export */ const rflint_schema = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"rflint model","description":"A network architecture for rflint, the receptive-field checker (format version 1). See docs/format.md.","type":"object","additionalProperties":false,"required":["rflint","layers"],"properties":{"$schema":{"type":"string","description":"The schema this file follows (for editors)."},"rflint":{"const":1,"description":"The format version: 1."},"name":{"type":"string","description":"The model name used in reports (default: the file name)."},"description":{"type":"string","description":"Free text: where the architecture comes from."},"input":{"type":"object","additionalProperties":false,"required":["size"],"description":"The network input.","properties":{"size":{"type":"array","description":"a list of 1 to 3 integers ≥ 1, one per spatial axis","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}},"channels":{"type":"integer","minimum":1,"description":"Channels of the network input (3 for RGB): with each conv's `channels`, rflint counts parameters and MACs"}}},"layers":{"type":"array","minItems":1,"description":"The layers, in order; each takes the previous one unless `inputs` says otherwise.","items":{"$ref":"#/$defs/layer"}},"outputs":{"type":"array","minItems":1,"description":"The tensors to check (default: the last layer).","items":{"type":"object","additionalProperties":false,"required":["layer"],"properties":{"name":{"type":"string","minLength":1,"description":"The name reported (default: the layer name)."},"layer":{"type":"string","minLength":1,"description":"The layer whose output this is (a block name means its last layer)."},"min_rf":{"description":"Smallest acceptable RF: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"max_rf":{"description":"Largest acceptable RF: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"min_coverage":{"type":"number","minimum":0,"maximum":1,"description":"Fraction (0–1) of the input size, per axis, that the RF of a central output must cover; needs input.size."},"min_erf":{"description":"Smallest acceptable effective RF: the shortest window holding 95 % of the influence under uniform weights (docs/cli.md, \"Effective RF\"); an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]}}}},"max_params":{"type":"integer","minimum":1,"description":"Largest acceptable number of learned parameters (weights and biases of convs and dense layers); needs `channels` on the layers"},"max_macs":{"type":"integer","minimum":1,"description":"Largest acceptable multiply–accumulates per input image (convs, transposed convs, dense layers); needs `channels` and `input.size`"}},"$defs":{"layer":{"type":"object","description":"A layer: an `op` with its parameters, or a `block` of layers instantiated `repeat` times.","additionalProperties":false,"properties":{"name":{"type":"string","description":"a name without `.`, `#`, `^` or spaces","pattern":"^[^.#^\\s]+$"},"op":{"type":"string","description":"The operator.","enum":["conv","maxpool","avgpool","deconv","upsample","pad","crop","space_to_depth","depth_to_space","global_pool","dense","attention","flatten","se","add","sub","mul","concat","max","min","mean","identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]},"inputs":{"description":"a layer name or a list of them (default: the previous layer); `^` is the enclosing block input, `input` the network input","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"kernel":{"description":"Kernel size: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"stride":{"description":"Stride: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"dilation":{"description":"Dilation: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"padding":{"description":"Padding: an integer ≥ 0 (both sides), a list with one per axis, a list of [begin, end] pairs, or one of same, same_lower, valid, causal","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}},{"type":"string","enum":["same","same_upper","same_lower","valid","causal"]}]},"ceil_mode":{"type":"boolean","description":"Pools: round the output size up (PyTorch ceil_mode)."},"scale":{"description":"Upsampling factor: a number > 0 or a ratio such as \"3/2\", or a list with one per axis","anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \"3/2\"","pattern":"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"},{"type":"array","minItems":1,"maxItems":3,"items":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \"3/2\"","pattern":"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"}]}}]},"mode":{"type":"string","description":"Upsampling: nearest (PyTorch nearest) or bilinear (half-pixel, align_corners=False); linear and trilinear are aliases of bilinear.","enum":["nearest","bilinear","linear","trilinear"]},"align_corners":{"type":"boolean","description":"Bilinear upsampling with PyTorch align_corners=True (needs input.size)."},"output_padding":{"description":"Transposed conv output padding: an integer ≥ 0, or a list with one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}}]},"crop":{"description":"Crop: an integer ≥ 0 (both sides), a list with one per axis, or a list of [begin, end] pairs, one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}}]},"block_size":{"description":"Block size of space_to_depth / depth_to_space: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"repeat":{"type":"integer","minimum":1,"description":"How many times `block` is instantiated, one after the other (default 1)."},"block":{"type":"array","minItems":1,"description":"The layers of a block: instance i of block b is named b.i, its layer x is b.i.x.","items":{"$ref":"#/$defs/layer"}},"channels":{"type":"integer","minimum":1,"description":"Output channels of a conv, deconv or dense layer (its filters); other layers keep their input's. Prices the model: parameters and MACs"},"groups":{"type":"integer","minimum":1,"description":"Groups of a grouped conv (default 1; depthwise: the input's channels)"},"bias":{"type":"boolean","description":"Whether the layer adds a bias per output channel (default false: a norm usually follows)"}},"allOf":[{"if":{"required":["block"],"properties":{"block":true}},"then":{"properties":{"op":false,"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"channels":false,"groups":false,"bias":false}},"else":{"required":["op"],"properties":{"repeat":false,"op":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["conv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["maxpool","avgpool"]}}},"then":{"required":["kernel"],"properties":{"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["deconv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["upsample"]}}},"then":{"required":["scale"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"output_padding":false,"crop":false,"block_size":false,"scale":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["pad"]}}},"then":{"required":["padding"],"properties":{"kernel":false,"stride":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"padding":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["crop"]}}},"then":{"required":["crop"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"block_size":false,"crop":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["space_to_depth","depth_to_space"]}}},"then":{"required":["block_size"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["global_pool","dense","attention","flatten","se"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["add","sub","mul","concat","max","min","mean"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}}]}}};const func1 = Object.prototype.hasOwnProperty;const func3 = runtime0.default;const schema32 = {"type":"object","description":"A layer: an `op` with its parameters, or a `block` of layers instantiated `repeat` times.","additionalProperties":false,"properties":{"name":{"type":"string","description":"a name without `.`, `#`, `^` or spaces","pattern":"^[^.#^\\s]+$"},"op":{"type":"string","description":"The operator.","enum":["conv","maxpool","avgpool","deconv","upsample","pad","crop","space_to_depth","depth_to_space","global_pool","dense","attention","flatten","se","add","sub","mul","concat","max","min","mean","identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]},"inputs":{"description":"a layer name or a list of them (default: the previous layer); `^` is the enclosing block input, `input` the network input","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"kernel":{"description":"Kernel size: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"stride":{"description":"Stride: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"dilation":{"description":"Dilation: an integer ≥ 1 (default 1), or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"padding":{"description":"Padding: an integer ≥ 0 (both sides), a list with one per axis, a list of [begin, end] pairs, or one of same, same_lower, valid, causal","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}},{"type":"string","enum":["same","same_upper","same_lower","valid","causal"]}]},"ceil_mode":{"type":"boolean","description":"Pools: round the output size up (PyTorch ceil_mode)."},"scale":{"description":"Upsampling factor: a number > 0 or a ratio such as \"3/2\", or a list with one per axis","anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \"3/2\"","pattern":"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"},{"type":"array","minItems":1,"maxItems":3,"items":{"anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","description":"a number or a ratio such as \"3/2\"","pattern":"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"}]}}]},"mode":{"type":"string","description":"Upsampling: nearest (PyTorch nearest) or bilinear (half-pixel, align_corners=False); linear and trilinear are aliases of bilinear.","enum":["nearest","bilinear","linear","trilinear"]},"align_corners":{"type":"boolean","description":"Bilinear upsampling with PyTorch align_corners=True (needs input.size)."},"output_padding":{"description":"Transposed conv output padding: an integer ≥ 0, or a list with one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}}]},"crop":{"description":"Crop: an integer ≥ 0 (both sides), a list with one per axis, or a list of [begin, end] pairs, one per axis","anyOf":[{"type":"integer","minimum":0},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":0}},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"array","description":"a [begin, end] pair","minItems":2,"maxItems":2,"items":{"type":"integer","minimum":0}}}]},"block_size":{"description":"Block size of space_to_depth / depth_to_space: an integer ≥ 1, or a list with one per axis","anyOf":[{"type":"integer","minimum":1},{"type":"array","minItems":1,"maxItems":3,"items":{"type":"integer","minimum":1}}]},"repeat":{"type":"integer","minimum":1,"description":"How many times `block` is instantiated, one after the other (default 1)."},"block":{"type":"array","minItems":1,"description":"The layers of a block: instance i of block b is named b.i, its layer x is b.i.x.","items":{"$ref":"#/$defs/layer"}},"channels":{"type":"integer","minimum":1,"description":"Output channels of a conv, deconv or dense layer (its filters); other layers keep their input's. Prices the model: parameters and MACs"},"groups":{"type":"integer","minimum":1,"description":"Groups of a grouped conv (default 1; depthwise: the input's channels)"},"bias":{"type":"boolean","description":"Whether the layer adds a bias per output channel (default false: a norm usually follows)"}},"allOf":[{"if":{"required":["block"],"properties":{"block":true}},"then":{"properties":{"op":false,"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"channels":false,"groups":false,"bias":false}},"else":{"required":["op"],"properties":{"repeat":false,"op":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["conv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["maxpool","avgpool"]}}},"then":{"required":["kernel"],"properties":{"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["deconv"]}}},"then":{"required":["kernel"],"properties":{"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"crop":false,"block_size":false,"kernel":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["upsample"]}}},"then":{"required":["scale"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"output_padding":false,"crop":false,"block_size":false,"scale":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["pad"]}}},"then":{"required":["padding"],"properties":{"kernel":false,"stride":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false,"padding":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["crop"]}}},"then":{"required":["crop"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"block_size":false,"crop":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["space_to_depth","depth_to_space"]}}},"then":{"required":["block_size"],"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":true}}},{"if":{"required":["op"],"properties":{"op":{"enum":["global_pool","dense","attention","flatten","se"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["add","sub","mul","concat","max","min","mean"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}},{"if":{"required":["op"],"properties":{"op":{"enum":["identity","relu","relu6","leaky_relu","prelu","elu","gelu","silu","swish","hardswish","mish","sigmoid","tanh","softmax","bn","batchnorm","norm","layernorm","act","dropout"]}}},"then":{"properties":{"kernel":false,"stride":false,"padding":false,"dilation":false,"ceil_mode":false,"scale":false,"mode":false,"align_corners":false,"output_padding":false,"crop":false,"block_size":false}}}]};const pattern4 = new RegExp("^[^.#^\\s]+$", "u");const pattern5 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$", "u");const wrapper0 = {validate: validate21};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.block === undefined) && (missing0 = "block")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.op !== undefined){const err1 = {instancePath:instancePath+"/op",schemaPath:"#/allOf/0/then/properties/op/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.op,data:data.op};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.kernel !== undefined){const err2 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/0/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.stride !== undefined){const err3 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/0/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.padding !== undefined){const err4 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/0/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.dilation !== undefined){const err5 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/0/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.ceil_mode !== undefined){const err6 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/0/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.scale !== undefined){const err7 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/0/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.mode !== undefined){const err8 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/0/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.align_corners !== undefined){const err9 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/0/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.output_padding !== undefined){const err10 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/0/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.crop !== undefined){const err11 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/0/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.block_size !== undefined){const err12 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/0/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.channels !== undefined){const err13 = {instancePath:instancePath+"/channels",schemaPath:"#/allOf/0/then/properties/channels/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.channels,data:data.channels};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.groups !== undefined){const err14 = {instancePath:instancePath+"/groups",schemaPath:"#/allOf/0/then/properties/groups/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.groups,data:data.groups};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data.bias !== undefined){const err15 = {instancePath:instancePath+"/bias",schemaPath:"#/allOf/0/then/properties/bias/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].then.properties.bias,data:data.bias};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}var _valid0 = _errs4 === errors;valid1 = _valid0;if(valid1){var props0 = {};props0.op = true;props0.kernel = true;props0.stride = true;props0.padding = true;props0.dilation = true;props0.ceil_mode = true;props0.scale = true;props0.mode = true;props0.align_corners = true;props0.output_padding = true;props0.crop = true;props0.block_size = true;props0.channels = true;props0.groups = true;props0.bias = true;props0.block = true;}ifClause0 = "then";}else {const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.op === undefined){const err16 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema32.allOf[0].else.required,parentSchema:schema32.allOf[0].else,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data.repeat !== undefined){const err17 = {instancePath:instancePath+"/repeat",schemaPath:"#/allOf/0/else/properties/repeat/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[0].else.properties.repeat,data:data.repeat};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var _valid0 = _errs5 === errors;valid1 = _valid0;if(valid1){if(props0 !== true){props0 = props0 || {};props0.repeat = true;props0.op = true;}}ifClause0 = "else";}if(!valid1){const err18 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema32.allOf[0].if,parentSchema:schema32.allOf[0],data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}const _errs7 = errors;let valid4 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.op === undefined) && (missing1 = "op")){const err19 = {};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}else {if(data.op !== undefined){if(!(data.op === "conv")){const err20 = {};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel === undefined){const err21 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'",schema:schema32.allOf[1].then.required,parentSchema:schema32.allOf[1].then,data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data.ceil_mode !== undefined){const err22 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/1/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data.scale !== undefined){const err23 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/1/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data.mode !== undefined){const err24 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/1/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data.align_corners !== undefined){const err25 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/1/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data.output_padding !== undefined){const err26 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/1/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data.crop !== undefined){const err27 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/1/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data.block_size !== undefined){const err28 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/1/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[1].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}var _valid1 = _errs10 === errors;valid4 = _valid1;if(valid4){var props1 = {};props1.ceil_mode = true;props1.scale = true;props1.mode = true;props1.align_corners = true;props1.output_padding = true;props1.crop = true;props1.block_size = true;props1.kernel = true;props1.op = true;}}if(!valid4){const err29 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[1].if,parentSchema:schema32.allOf[1],data};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs12 = errors;let valid7 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.op === undefined) && (missing2 = "op")){const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}else {if(data.op !== undefined){let data24 = data.op;if(!((data24 === "maxpool") || (data24 === "avgpool"))){const err31 = {};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel === undefined){const err32 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'",schema:schema32.allOf[2].then.required,parentSchema:schema32.allOf[2].then,data};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data.scale !== undefined){const err33 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/2/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data.mode !== undefined){const err34 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/2/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data.align_corners !== undefined){const err35 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/2/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data.output_padding !== undefined){const err36 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/2/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data.crop !== undefined){const err37 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/2/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data.block_size !== undefined){const err38 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/2/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[2].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}var _valid2 = _errs15 === errors;valid7 = _valid2;if(valid7){var props2 = {};props2.scale = true;props2.mode = true;props2.align_corners = true;props2.output_padding = true;props2.crop = true;props2.block_size = true;props2.kernel = true;props2.op = true;}}if(!valid7){const err39 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[2].if,parentSchema:schema32.allOf[2],data};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}const _errs17 = errors;let valid10 = true;const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.op === undefined) && (missing3 = "op")){const err40 = {};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {if(data.op !== undefined){if(!(data.op === "deconv")){const err41 = {};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}}var _valid3 = _errs18 === errors;errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}if(_valid3){const _errs20 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel === undefined){const err42 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'",schema:schema32.allOf[3].then.required,parentSchema:schema32.allOf[3].then,data};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data.ceil_mode !== undefined){const err43 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/3/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data.scale !== undefined){const err44 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/3/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data.mode !== undefined){const err45 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/3/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data.align_corners !== undefined){const err46 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/3/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data.crop !== undefined){const err47 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/3/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data.block_size !== undefined){const err48 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/3/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[3].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}var _valid3 = _errs20 === errors;valid10 = _valid3;if(valid10){var props3 = {};props3.ceil_mode = true;props3.scale = true;props3.mode = true;props3.align_corners = true;props3.crop = true;props3.block_size = true;props3.kernel = true;props3.op = true;}}if(!valid10){const err49 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[3].if,parentSchema:schema32.allOf[3],data};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(props0 !== true && props3 !== undefined){if(props3 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props3);}}const _errs22 = errors;let valid13 = true;const _errs23 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.op === undefined) && (missing4 = "op")){const err50 = {};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}else {if(data.op !== undefined){if(!(data.op === "upsample")){const err51 = {};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}}var _valid4 = _errs23 === errors;errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}if(_valid4){const _errs25 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.scale === undefined){const err52 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'",schema:schema32.allOf[4].then.required,parentSchema:schema32.allOf[4].then,data};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data.kernel !== undefined){const err53 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/4/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data.stride !== undefined){const err54 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/4/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data.padding !== undefined){const err55 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/4/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data.dilation !== undefined){const err56 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/4/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data.ceil_mode !== undefined){const err57 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/4/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data.output_padding !== undefined){const err58 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/4/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data.crop !== undefined){const err59 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/4/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data.block_size !== undefined){const err60 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/4/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[4].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}var _valid4 = _errs25 === errors;valid13 = _valid4;if(valid13){var props4 = {};props4.kernel = true;props4.stride = true;props4.padding = true;props4.dilation = true;props4.ceil_mode = true;props4.output_padding = true;props4.crop = true;props4.block_size = true;props4.scale = true;props4.op = true;}}if(!valid13){const err61 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[4].if,parentSchema:schema32.allOf[4],data};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(props0 !== true && props4 !== undefined){if(props4 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props4);}}const _errs27 = errors;let valid16 = true;const _errs28 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if((data.op === undefined) && (missing5 = "op")){const err62 = {};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}else {if(data.op !== undefined){if(!(data.op === "pad")){const err63 = {};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}}var _valid5 = _errs28 === errors;errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}if(_valid5){const _errs30 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.padding === undefined){const err64 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "padding"},message:"must have required property '"+"padding"+"'",schema:schema32.allOf[5].then.required,parentSchema:schema32.allOf[5].then,data};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data.kernel !== undefined){const err65 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/5/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data.stride !== undefined){const err66 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/5/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data.dilation !== undefined){const err67 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/5/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data.ceil_mode !== undefined){const err68 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/5/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data.scale !== undefined){const err69 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/5/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data.mode !== undefined){const err70 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/5/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data.align_corners !== undefined){const err71 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/5/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data.output_padding !== undefined){const err72 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/5/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data.crop !== undefined){const err73 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/5/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data.block_size !== undefined){const err74 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/5/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[5].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}var _valid5 = _errs30 === errors;valid16 = _valid5;if(valid16){var props5 = {};props5.kernel = true;props5.stride = true;props5.dilation = true;props5.ceil_mode = true;props5.scale = true;props5.mode = true;props5.align_corners = true;props5.output_padding = true;props5.crop = true;props5.block_size = true;props5.padding = true;props5.op = true;}}if(!valid16){const err75 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[5].if,parentSchema:schema32.allOf[5],data};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(props0 !== true && props5 !== undefined){if(props5 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props5);}}const _errs32 = errors;let valid19 = true;const _errs33 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing6;if((data.op === undefined) && (missing6 = "op")){const err76 = {};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}else {if(data.op !== undefined){if(!(data.op === "crop")){const err77 = {};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}}var _valid6 = _errs33 === errors;errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}if(_valid6){const _errs35 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.crop === undefined){const err78 = {instancePath,schemaPath:"#/allOf/6/then/required",keyword:"required",params:{missingProperty: "crop"},message:"must have required property '"+"crop"+"'",schema:schema32.allOf[6].then.required,parentSchema:schema32.allOf[6].then,data};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data.kernel !== undefined){const err79 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/6/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data.stride !== undefined){const err80 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/6/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data.padding !== undefined){const err81 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/6/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data.dilation !== undefined){const err82 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/6/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(data.ceil_mode !== undefined){const err83 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/6/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data.scale !== undefined){const err84 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/6/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(data.mode !== undefined){const err85 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/6/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(data.align_corners !== undefined){const err86 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/6/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data.output_padding !== undefined){const err87 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/6/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(data.block_size !== undefined){const err88 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/6/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[6].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}var _valid6 = _errs35 === errors;valid19 = _valid6;if(valid19){var props6 = {};props6.kernel = true;props6.stride = true;props6.padding = true;props6.dilation = true;props6.ceil_mode = true;props6.scale = true;props6.mode = true;props6.align_corners = true;props6.output_padding = true;props6.block_size = true;props6.crop = true;props6.op = true;}}if(!valid19){const err89 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[6].if,parentSchema:schema32.allOf[6],data};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(props0 !== true && props6 !== undefined){if(props6 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props6);}}const _errs37 = errors;let valid22 = true;const _errs38 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing7;if((data.op === undefined) && (missing7 = "op")){const err90 = {};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}else {if(data.op !== undefined){let data69 = data.op;if(!((data69 === "space_to_depth") || (data69 === "depth_to_space"))){const err91 = {};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}}var _valid7 = _errs38 === errors;errors = _errs37;if(vErrors !== null){if(_errs37){vErrors.length = _errs37;}else {vErrors = null;}}if(_valid7){const _errs40 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.block_size === undefined){const err92 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "block_size"},message:"must have required property '"+"block_size"+"'",schema:schema32.allOf[7].then.required,parentSchema:schema32.allOf[7].then,data};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(data.kernel !== undefined){const err93 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/7/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(data.stride !== undefined){const err94 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/7/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if(data.padding !== undefined){const err95 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/7/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}if(data.dilation !== undefined){const err96 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/7/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}if(data.ceil_mode !== undefined){const err97 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/7/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data.scale !== undefined){const err98 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/7/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if(data.mode !== undefined){const err99 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/7/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data.align_corners !== undefined){const err100 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/7/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(data.output_padding !== undefined){const err101 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/7/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data.crop !== undefined){const err102 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/7/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[7].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}var _valid7 = _errs40 === errors;valid22 = _valid7;if(valid22){var props7 = {};props7.kernel = true;props7.stride = true;props7.padding = true;props7.dilation = true;props7.ceil_mode = true;props7.scale = true;props7.mode = true;props7.align_corners = true;props7.output_padding = true;props7.crop = true;props7.block_size = true;props7.op = true;}}if(!valid22){const err103 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[7].if,parentSchema:schema32.allOf[7],data};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(props0 !== true && props7 !== undefined){if(props7 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props7);}}const _errs42 = errors;let valid25 = true;const _errs43 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing8;if((data.op === undefined) && (missing8 = "op")){const err104 = {};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}else {if(data.op !== undefined){let data80 = data.op;if(!(((((data80 === "global_pool") || (data80 === "dense")) || (data80 === "attention")) || (data80 === "flatten")) || (data80 === "se"))){const err105 = {};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}}}var _valid8 = _errs43 === errors;errors = _errs42;if(vErrors !== null){if(_errs42){vErrors.length = _errs42;}else {vErrors = null;}}if(_valid8){const _errs45 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel !== undefined){const err106 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/8/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data.stride !== undefined){const err107 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/8/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(data.padding !== undefined){const err108 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/8/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data.dilation !== undefined){const err109 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/8/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if(data.ceil_mode !== undefined){const err110 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/8/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if(data.scale !== undefined){const err111 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/8/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(data.mode !== undefined){const err112 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/8/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data.align_corners !== undefined){const err113 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/8/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(data.output_padding !== undefined){const err114 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/8/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}if(data.crop !== undefined){const err115 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/8/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if(data.block_size !== undefined){const err116 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/8/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[8].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}var _valid8 = _errs45 === errors;valid25 = _valid8;if(valid25){var props8 = {};props8.kernel = true;props8.stride = true;props8.padding = true;props8.dilation = true;props8.ceil_mode = true;props8.scale = true;props8.mode = true;props8.align_corners = true;props8.output_padding = true;props8.crop = true;props8.block_size = true;props8.op = true;}}if(!valid25){const err117 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[8].if,parentSchema:schema32.allOf[8],data};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if(props0 !== true && props8 !== undefined){if(props8 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props8);}}const _errs47 = errors;let valid28 = true;const _errs48 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing9;if((data.op === undefined) && (missing9 = "op")){const err118 = {};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}else {if(data.op !== undefined){let data92 = data.op;if(!(((((((data92 === "add") || (data92 === "sub")) || (data92 === "mul")) || (data92 === "concat")) || (data92 === "max")) || (data92 === "min")) || (data92 === "mean"))){const err119 = {};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}}}var _valid9 = _errs48 === errors;errors = _errs47;if(vErrors !== null){if(_errs47){vErrors.length = _errs47;}else {vErrors = null;}}if(_valid9){const _errs50 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel !== undefined){const err120 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/9/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(data.stride !== undefined){const err121 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/9/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}if(data.padding !== undefined){const err122 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/9/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}if(data.dilation !== undefined){const err123 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/9/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}if(data.ceil_mode !== undefined){const err124 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/9/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}if(data.scale !== undefined){const err125 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/9/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}if(data.mode !== undefined){const err126 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/9/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if(data.align_corners !== undefined){const err127 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/9/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}if(data.output_padding !== undefined){const err128 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/9/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}if(data.crop !== undefined){const err129 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/9/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}if(data.block_size !== undefined){const err130 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/9/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[9].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}var _valid9 = _errs50 === errors;valid28 = _valid9;if(valid28){var props9 = {};props9.kernel = true;props9.stride = true;props9.padding = true;props9.dilation = true;props9.ceil_mode = true;props9.scale = true;props9.mode = true;props9.align_corners = true;props9.output_padding = true;props9.crop = true;props9.block_size = true;props9.op = true;}}if(!valid28){const err131 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[9].if,parentSchema:schema32.allOf[9],data};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(props0 !== true && props9 !== undefined){if(props9 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props9);}}const _errs52 = errors;let valid31 = true;const _errs53 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing10;if((data.op === undefined) && (missing10 = "op")){const err132 = {};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}else {if(data.op !== undefined){let data104 = data.op;if(!((((((((((((((((((((data104 === "identity") || (data104 === "relu")) || (data104 === "relu6")) || (data104 === "leaky_relu")) || (data104 === "prelu")) || (data104 === "elu")) || (data104 === "gelu")) || (data104 === "silu")) || (data104 === "swish")) || (data104 === "hardswish")) || (data104 === "mish")) || (data104 === "sigmoid")) || (data104 === "tanh")) || (data104 === "softmax")) || (data104 === "bn")) || (data104 === "batchnorm")) || (data104 === "norm")) || (data104 === "layernorm")) || (data104 === "act")) || (data104 === "dropout"))){const err133 = {};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}}}var _valid10 = _errs53 === errors;errors = _errs52;if(vErrors !== null){if(_errs52){vErrors.length = _errs52;}else {vErrors = null;}}if(_valid10){const _errs55 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kernel !== undefined){const err134 = {instancePath:instancePath+"/kernel",schemaPath:"#/allOf/10/then/properties/kernel/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.kernel,data:data.kernel};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}if(data.stride !== undefined){const err135 = {instancePath:instancePath+"/stride",schemaPath:"#/allOf/10/then/properties/stride/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.stride,data:data.stride};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}if(data.padding !== undefined){const err136 = {instancePath:instancePath+"/padding",schemaPath:"#/allOf/10/then/properties/padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.padding,data:data.padding};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if(data.dilation !== undefined){const err137 = {instancePath:instancePath+"/dilation",schemaPath:"#/allOf/10/then/properties/dilation/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.dilation,data:data.dilation};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}if(data.ceil_mode !== undefined){const err138 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/allOf/10/then/properties/ceil_mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.ceil_mode,data:data.ceil_mode};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}if(data.scale !== undefined){const err139 = {instancePath:instancePath+"/scale",schemaPath:"#/allOf/10/then/properties/scale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.scale,data:data.scale};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}if(data.mode !== undefined){const err140 = {instancePath:instancePath+"/mode",schemaPath:"#/allOf/10/then/properties/mode/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.mode,data:data.mode};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}if(data.align_corners !== undefined){const err141 = {instancePath:instancePath+"/align_corners",schemaPath:"#/allOf/10/then/properties/align_corners/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.align_corners,data:data.align_corners};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(data.output_padding !== undefined){const err142 = {instancePath:instancePath+"/output_padding",schemaPath:"#/allOf/10/then/properties/output_padding/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.output_padding,data:data.output_padding};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}if(data.crop !== undefined){const err143 = {instancePath:instancePath+"/crop",schemaPath:"#/allOf/10/then/properties/crop/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.crop,data:data.crop};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}if(data.block_size !== undefined){const err144 = {instancePath:instancePath+"/block_size",schemaPath:"#/allOf/10/then/properties/block_size/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema32.allOf[10].then.properties.block_size,data:data.block_size};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}var _valid10 = _errs55 === errors;valid31 = _valid10;if(valid31){var props10 = {};props10.kernel = true;props10.stride = true;props10.padding = true;props10.dilation = true;props10.ceil_mode = true;props10.scale = true;props10.mode = true;props10.align_corners = true;props10.output_padding = true;props10.crop = true;props10.block_size = true;props10.op = true;}}if(!valid31){const err145 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema32.allOf[10].if,parentSchema:schema32.allOf[10],data};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if(props0 !== true && props10 !== undefined){if(props10 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props10);}}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema32.properties, key0))){const err146 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data.name !== undefined){let data116 = data.name;if(typeof data116 === "string"){if(!pattern4.test(data116)){const err147 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^.#^\\s]+$"},message:"must match pattern \""+"^[^.#^\\s]+$"+"\"",schema:"^[^.#^\\s]+$",parentSchema:schema32.properties.name,data:data116};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}else {const err148 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data116};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data.op !== undefined){let data117 = data.op;if(typeof data117 !== "string"){const err149 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.op.type,parentSchema:schema32.properties.op,data:data117};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if(!(((((((((((((((((((((((((((((((((((((((((data117 === "conv") || (data117 === "maxpool")) || (data117 === "avgpool")) || (data117 === "deconv")) || (data117 === "upsample")) || (data117 === "pad")) || (data117 === "crop")) || (data117 === "space_to_depth")) || (data117 === "depth_to_space")) || (data117 === "global_pool")) || (data117 === "dense")) || (data117 === "attention")) || (data117 === "flatten")) || (data117 === "se")) || (data117 === "add")) || (data117 === "sub")) || (data117 === "mul")) || (data117 === "concat")) || (data117 === "max")) || (data117 === "min")) || (data117 === "mean")) || (data117 === "identity")) || (data117 === "relu")) || (data117 === "relu6")) || (data117 === "leaky_relu")) || (data117 === "prelu")) || (data117 === "elu")) || (data117 === "gelu")) || (data117 === "silu")) || (data117 === "swish")) || (data117 === "hardswish")) || (data117 === "mish")) || (data117 === "sigmoid")) || (data117 === "tanh")) || (data117 === "softmax")) || (data117 === "bn")) || (data117 === "batchnorm")) || (data117 === "norm")) || (data117 === "layernorm")) || (data117 === "act")) || (data117 === "dropout"))){const err150 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema32.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.op.enum,parentSchema:schema32.properties.op,data:data117};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data.inputs !== undefined){let data118 = data.inputs;const _errs62 = errors;let valid35 = false;const _errs63 = errors;if(typeof data118 === "string"){if(func3(data118) < 1){const err151 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.inputs.anyOf[0],data:data118};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}else {const err152 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.inputs.anyOf[0].type,parentSchema:schema32.properties.inputs.anyOf[0],data:data118};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}var _valid11 = _errs63 === errors;valid35 = valid35 || _valid11;const _errs65 = errors;if(Array.isArray(data118)){if(data118.length < 1){const err153 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.inputs.anyOf[1],data:data118};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}const len0 = data118.length;for(let i0=0; i0<len0; i0++){let data119 = data118[i0];if(typeof data119 === "string"){if(func3(data119) < 1){const err154 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.inputs.anyOf[1].items,data:data119};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}else {const err155 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.inputs.anyOf[1].items.type,parentSchema:schema32.properties.inputs.anyOf[1].items,data:data119};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}}else {const err156 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.inputs.anyOf[1].type,parentSchema:schema32.properties.inputs.anyOf[1],data:data118};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}var _valid11 = _errs65 === errors;valid35 = valid35 || _valid11;if(!valid35){const err157 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.inputs.anyOf,parentSchema:schema32.properties.inputs,data:data118};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}else {errors = _errs62;if(vErrors !== null){if(_errs62){vErrors.length = _errs62;}else {vErrors = null;}}}}if(data.kernel !== undefined){let data120 = data.kernel;const _errs70 = errors;let valid38 = false;const _errs71 = errors;if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){const err158 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.kernel.anyOf[0].type,parentSchema:schema32.properties.kernel.anyOf[0],data:data120};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}if((typeof data120 == "number") && (isFinite(data120))){if(data120 < 1 || isNaN(data120)){const err159 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.kernel.anyOf[0],data:data120};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}var _valid12 = _errs71 === errors;valid38 = valid38 || _valid12;const _errs73 = errors;if(Array.isArray(data120)){if(data120.length > 3){const err160 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.kernel.anyOf[1],data:data120};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data120.length < 1){const err161 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.kernel.anyOf[1],data:data120};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}const len1 = data120.length;for(let i1=0; i1<len1; i1++){let data121 = data120[i1];if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){const err162 = {instancePath:instancePath+"/kernel/" + i1,schemaPath:"#/properties/kernel/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.kernel.anyOf[1].items.type,parentSchema:schema32.properties.kernel.anyOf[1].items,data:data121};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if((typeof data121 == "number") && (isFinite(data121))){if(data121 < 1 || isNaN(data121)){const err163 = {instancePath:instancePath+"/kernel/" + i1,schemaPath:"#/properties/kernel/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.kernel.anyOf[1].items,data:data121};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}}}else {const err164 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.kernel.anyOf[1].type,parentSchema:schema32.properties.kernel.anyOf[1],data:data120};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}var _valid12 = _errs73 === errors;valid38 = valid38 || _valid12;if(!valid38){const err165 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.kernel.anyOf,parentSchema:schema32.properties.kernel,data:data120};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}else {errors = _errs70;if(vErrors !== null){if(_errs70){vErrors.length = _errs70;}else {vErrors = null;}}}}if(data.stride !== undefined){let data122 = data.stride;const _errs78 = errors;let valid41 = false;const _errs79 = errors;if(!(((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122))) && (isFinite(data122)))){const err166 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.stride.anyOf[0].type,parentSchema:schema32.properties.stride.anyOf[0],data:data122};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}if((typeof data122 == "number") && (isFinite(data122))){if(data122 < 1 || isNaN(data122)){const err167 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.stride.anyOf[0],data:data122};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}var _valid13 = _errs79 === errors;valid41 = valid41 || _valid13;const _errs81 = errors;if(Array.isArray(data122)){if(data122.length > 3){const err168 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.stride.anyOf[1],data:data122};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}if(data122.length < 1){const err169 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.stride.anyOf[1],data:data122};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}const len2 = data122.length;for(let i2=0; i2<len2; i2++){let data123 = data122[i2];if(!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123)))){const err170 = {instancePath:instancePath+"/stride/" + i2,schemaPath:"#/properties/stride/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.stride.anyOf[1].items.type,parentSchema:schema32.properties.stride.anyOf[1].items,data:data123};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}if((typeof data123 == "number") && (isFinite(data123))){if(data123 < 1 || isNaN(data123)){const err171 = {instancePath:instancePath+"/stride/" + i2,schemaPath:"#/properties/stride/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.stride.anyOf[1].items,data:data123};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}}}else {const err172 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.stride.anyOf[1].type,parentSchema:schema32.properties.stride.anyOf[1],data:data122};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}var _valid13 = _errs81 === errors;valid41 = valid41 || _valid13;if(!valid41){const err173 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.stride.anyOf,parentSchema:schema32.properties.stride,data:data122};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}else {errors = _errs78;if(vErrors !== null){if(_errs78){vErrors.length = _errs78;}else {vErrors = null;}}}}if(data.dilation !== undefined){let data124 = data.dilation;const _errs86 = errors;let valid44 = false;const _errs87 = errors;if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){const err174 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.dilation.anyOf[0].type,parentSchema:schema32.properties.dilation.anyOf[0],data:data124};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}if((typeof data124 == "number") && (isFinite(data124))){if(data124 < 1 || isNaN(data124)){const err175 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.dilation.anyOf[0],data:data124};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}var _valid14 = _errs87 === errors;valid44 = valid44 || _valid14;const _errs89 = errors;if(Array.isArray(data124)){if(data124.length > 3){const err176 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.dilation.anyOf[1],data:data124};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}if(data124.length < 1){const err177 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.dilation.anyOf[1],data:data124};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}const len3 = data124.length;for(let i3=0; i3<len3; i3++){let data125 = data124[i3];if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){const err178 = {instancePath:instancePath+"/dilation/" + i3,schemaPath:"#/properties/dilation/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.dilation.anyOf[1].items.type,parentSchema:schema32.properties.dilation.anyOf[1].items,data:data125};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if((typeof data125 == "number") && (isFinite(data125))){if(data125 < 1 || isNaN(data125)){const err179 = {instancePath:instancePath+"/dilation/" + i3,schemaPath:"#/properties/dilation/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.dilation.anyOf[1].items,data:data125};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}}}else {const err180 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.dilation.anyOf[1].type,parentSchema:schema32.properties.dilation.anyOf[1],data:data124};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}var _valid14 = _errs89 === errors;valid44 = valid44 || _valid14;if(!valid44){const err181 = {instancePath:instancePath+"/dilation",schemaPath:"#/properties/dilation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.dilation.anyOf,parentSchema:schema32.properties.dilation,data:data124};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}else {errors = _errs86;if(vErrors !== null){if(_errs86){vErrors.length = _errs86;}else {vErrors = null;}}}}if(data.padding !== undefined){let data126 = data.padding;const _errs94 = errors;let valid47 = false;const _errs95 = errors;if(!(((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126))) && (isFinite(data126)))){const err182 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.padding.anyOf[0].type,parentSchema:schema32.properties.padding.anyOf[0],data:data126};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if((typeof data126 == "number") && (isFinite(data126))){if(data126 < 0 || isNaN(data126)){const err183 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.padding.anyOf[0],data:data126};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}var _valid15 = _errs95 === errors;valid47 = valid47 || _valid15;const _errs97 = errors;if(Array.isArray(data126)){if(data126.length > 3){const err184 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.padding.anyOf[1],data:data126};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}if(data126.length < 1){const err185 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.padding.anyOf[1],data:data126};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}const len4 = data126.length;for(let i4=0; i4<len4; i4++){let data127 = data126[i4];if(!(((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127))) && (isFinite(data127)))){const err186 = {instancePath:instancePath+"/padding/" + i4,schemaPath:"#/properties/padding/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.padding.anyOf[1].items.type,parentSchema:schema32.properties.padding.anyOf[1].items,data:data127};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}if((typeof data127 == "number") && (isFinite(data127))){if(data127 < 0 || isNaN(data127)){const err187 = {instancePath:instancePath+"/padding/" + i4,schemaPath:"#/properties/padding/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.padding.anyOf[1].items,data:data127};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}}else {const err188 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.padding.anyOf[1].type,parentSchema:schema32.properties.padding.anyOf[1],data:data126};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}var _valid15 = _errs97 === errors;valid47 = valid47 || _valid15;if(_valid15){var items4 = true;}const _errs101 = errors;if(Array.isArray(data126)){if(data126.length > 3){const err189 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/2/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.padding.anyOf[2],data:data126};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}if(data126.length < 1){const err190 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.padding.anyOf[2],data:data126};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}const len5 = data126.length;for(let i5=0; i5<len5; i5++){let data128 = data126[i5];if(Array.isArray(data128)){if(data128.length > 2){const err191 = {instancePath:instancePath+"/padding/" + i5,schemaPath:"#/properties/padding/anyOf/2/items/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema32.properties.padding.anyOf[2].items,data:data128};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}if(data128.length < 2){const err192 = {instancePath:instancePath+"/padding/" + i5,schemaPath:"#/properties/padding/anyOf/2/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema32.properties.padding.anyOf[2].items,data:data128};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}const len6 = data128.length;for(let i6=0; i6<len6; i6++){let data129 = data128[i6];if(!(((typeof data129 == "number") && (!(data129 % 1) && !isNaN(data129))) && (isFinite(data129)))){const err193 = {instancePath:instancePath+"/padding/" + i5+"/" + i6,schemaPath:"#/properties/padding/anyOf/2/items/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.padding.anyOf[2].items.items.type,parentSchema:schema32.properties.padding.anyOf[2].items.items,data:data129};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}if((typeof data129 == "number") && (isFinite(data129))){if(data129 < 0 || isNaN(data129)){const err194 = {instancePath:instancePath+"/padding/" + i5+"/" + i6,schemaPath:"#/properties/padding/anyOf/2/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.padding.anyOf[2].items.items,data:data129};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}}}else {const err195 = {instancePath:instancePath+"/padding/" + i5,schemaPath:"#/properties/padding/anyOf/2/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.padding.anyOf[2].items.type,parentSchema:schema32.properties.padding.anyOf[2].items,data:data128};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}}else {const err196 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.padding.anyOf[2].type,parentSchema:schema32.properties.padding.anyOf[2],data:data126};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}var _valid15 = _errs101 === errors;valid47 = valid47 || _valid15;if(_valid15){if(items4 !== true){items4 = true;}}const _errs107 = errors;if(typeof data126 !== "string"){const err197 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.padding.anyOf[3].type,parentSchema:schema32.properties.padding.anyOf[3],data:data126};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}if(!(((((data126 === "same") || (data126 === "same_upper")) || (data126 === "same_lower")) || (data126 === "valid")) || (data126 === "causal"))){const err198 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf/3/enum",keyword:"enum",params:{allowedValues: schema32.properties.padding.anyOf[3].enum},message:"must be equal to one of the allowed values",schema:schema32.properties.padding.anyOf[3].enum,parentSchema:schema32.properties.padding.anyOf[3],data:data126};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}var _valid15 = _errs107 === errors;valid47 = valid47 || _valid15;if(!valid47){const err199 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.padding.anyOf,parentSchema:schema32.properties.padding,data:data126};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}else {errors = _errs94;if(vErrors !== null){if(_errs94){vErrors.length = _errs94;}else {vErrors = null;}}}}if(data.ceil_mode !== undefined){let data130 = data.ceil_mode;if(typeof data130 !== "boolean"){const err200 = {instancePath:instancePath+"/ceil_mode",schemaPath:"#/properties/ceil_mode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.ceil_mode.type,parentSchema:schema32.properties.ceil_mode,data:data130};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data.scale !== undefined){let data131 = data.scale;const _errs112 = errors;let valid54 = false;const _errs113 = errors;if((typeof data131 == "number") && (isFinite(data131))){if(data131 <= 0 || isNaN(data131)){const err201 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.scale.anyOf[0],data:data131};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}else {const err202 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.scale.anyOf[0].type,parentSchema:schema32.properties.scale.anyOf[0],data:data131};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}var _valid16 = _errs113 === errors;valid54 = valid54 || _valid16;const _errs115 = errors;if(typeof data131 === "string"){if(!pattern5.test(data131)){const err203 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"},message:"must match pattern \""+"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"+"\"",schema:"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$",parentSchema:schema32.properties.scale.anyOf[1],data:data131};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}else {const err204 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.scale.anyOf[1].type,parentSchema:schema32.properties.scale.anyOf[1],data:data131};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}var _valid16 = _errs115 === errors;valid54 = valid54 || _valid16;const _errs117 = errors;if(Array.isArray(data131)){if(data131.length > 3){const err205 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/2/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.scale.anyOf[2],data:data131};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}if(data131.length < 1){const err206 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.scale.anyOf[2],data:data131};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}const len7 = data131.length;for(let i7=0; i7<len7; i7++){let data132 = data131[i7];const _errs120 = errors;let valid57 = false;const _errs121 = errors;if((typeof data132 == "number") && (isFinite(data132))){if(data132 <= 0 || isNaN(data132)){const err207 = {instancePath:instancePath+"/scale/" + i7,schemaPath:"#/properties/scale/anyOf/2/items/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.scale.anyOf[2].items.anyOf[0],data:data132};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}else {const err208 = {instancePath:instancePath+"/scale/" + i7,schemaPath:"#/properties/scale/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.scale.anyOf[2].items.anyOf[0].type,parentSchema:schema32.properties.scale.anyOf[2].items.anyOf[0],data:data132};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}var _valid17 = _errs121 === errors;valid57 = valid57 || _valid17;const _errs123 = errors;if(typeof data132 === "string"){if(!pattern5.test(data132)){const err209 = {instancePath:instancePath+"/scale/" + i7,schemaPath:"#/properties/scale/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"},message:"must match pattern \""+"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$"+"\"",schema:"^\\s*[0-9]+(\\.[0-9]+)?(\\s*/\\s*[1-9][0-9]*)?\\s*$",parentSchema:schema32.properties.scale.anyOf[2].items.anyOf[1],data:data132};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}else {const err210 = {instancePath:instancePath+"/scale/" + i7,schemaPath:"#/properties/scale/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.scale.anyOf[2].items.anyOf[1].type,parentSchema:schema32.properties.scale.anyOf[2].items.anyOf[1],data:data132};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}var _valid17 = _errs123 === errors;valid57 = valid57 || _valid17;if(!valid57){const err211 = {instancePath:instancePath+"/scale/" + i7,schemaPath:"#/properties/scale/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.scale.anyOf[2].items.anyOf,parentSchema:schema32.properties.scale.anyOf[2].items,data:data132};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}else {errors = _errs120;if(vErrors !== null){if(_errs120){vErrors.length = _errs120;}else {vErrors = null;}}}}}else {const err212 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.scale.anyOf[2].type,parentSchema:schema32.properties.scale.anyOf[2],data:data131};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}var _valid16 = _errs117 === errors;valid54 = valid54 || _valid16;if(!valid54){const err213 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.scale.anyOf,parentSchema:schema32.properties.scale,data:data131};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}else {errors = _errs112;if(vErrors !== null){if(_errs112){vErrors.length = _errs112;}else {vErrors = null;}}}}if(data.mode !== undefined){let data133 = data.mode;if(typeof data133 !== "string"){const err214 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mode.type,parentSchema:schema32.properties.mode,data:data133};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}if(!((((data133 === "nearest") || (data133 === "bilinear")) || (data133 === "linear")) || (data133 === "trilinear"))){const err215 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.mode.enum,parentSchema:schema32.properties.mode,data:data133};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data.align_corners !== undefined){let data134 = data.align_corners;if(typeof data134 !== "boolean"){const err216 = {instancePath:instancePath+"/align_corners",schemaPath:"#/properties/align_corners/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.align_corners.type,parentSchema:schema32.properties.align_corners,data:data134};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data.output_padding !== undefined){let data135 = data.output_padding;const _errs130 = errors;let valid58 = false;const _errs131 = errors;if(!(((typeof data135 == "number") && (!(data135 % 1) && !isNaN(data135))) && (isFinite(data135)))){const err217 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.output_padding.anyOf[0].type,parentSchema:schema32.properties.output_padding.anyOf[0],data:data135};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}if((typeof data135 == "number") && (isFinite(data135))){if(data135 < 0 || isNaN(data135)){const err218 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.output_padding.anyOf[0],data:data135};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}var _valid18 = _errs131 === errors;valid58 = valid58 || _valid18;const _errs133 = errors;if(Array.isArray(data135)){if(data135.length > 3){const err219 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.output_padding.anyOf[1],data:data135};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}if(data135.length < 1){const err220 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.output_padding.anyOf[1],data:data135};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}const len8 = data135.length;for(let i8=0; i8<len8; i8++){let data136 = data135[i8];if(!(((typeof data136 == "number") && (!(data136 % 1) && !isNaN(data136))) && (isFinite(data136)))){const err221 = {instancePath:instancePath+"/output_padding/" + i8,schemaPath:"#/properties/output_padding/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.output_padding.anyOf[1].items.type,parentSchema:schema32.properties.output_padding.anyOf[1].items,data:data136};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}if((typeof data136 == "number") && (isFinite(data136))){if(data136 < 0 || isNaN(data136)){const err222 = {instancePath:instancePath+"/output_padding/" + i8,schemaPath:"#/properties/output_padding/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.output_padding.anyOf[1].items,data:data136};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}}}else {const err223 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.output_padding.anyOf[1].type,parentSchema:schema32.properties.output_padding.anyOf[1],data:data135};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}var _valid18 = _errs133 === errors;valid58 = valid58 || _valid18;if(!valid58){const err224 = {instancePath:instancePath+"/output_padding",schemaPath:"#/properties/output_padding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.output_padding.anyOf,parentSchema:schema32.properties.output_padding,data:data135};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}else {errors = _errs130;if(vErrors !== null){if(_errs130){vErrors.length = _errs130;}else {vErrors = null;}}}}if(data.crop !== undefined){let data137 = data.crop;const _errs138 = errors;let valid61 = false;const _errs139 = errors;if(!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137)))){const err225 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.crop.anyOf[0].type,parentSchema:schema32.properties.crop.anyOf[0],data:data137};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}if((typeof data137 == "number") && (isFinite(data137))){if(data137 < 0 || isNaN(data137)){const err226 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.crop.anyOf[0],data:data137};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}var _valid19 = _errs139 === errors;valid61 = valid61 || _valid19;const _errs141 = errors;if(Array.isArray(data137)){if(data137.length > 3){const err227 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.crop.anyOf[1],data:data137};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}if(data137.length < 1){const err228 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.crop.anyOf[1],data:data137};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}const len9 = data137.length;for(let i9=0; i9<len9; i9++){let data138 = data137[i9];if(!(((typeof data138 == "number") && (!(data138 % 1) && !isNaN(data138))) && (isFinite(data138)))){const err229 = {instancePath:instancePath+"/crop/" + i9,schemaPath:"#/properties/crop/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.crop.anyOf[1].items.type,parentSchema:schema32.properties.crop.anyOf[1].items,data:data138};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}if((typeof data138 == "number") && (isFinite(data138))){if(data138 < 0 || isNaN(data138)){const err230 = {instancePath:instancePath+"/crop/" + i9,schemaPath:"#/properties/crop/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.crop.anyOf[1].items,data:data138};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}}else {const err231 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.crop.anyOf[1].type,parentSchema:schema32.properties.crop.anyOf[1],data:data137};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}var _valid19 = _errs141 === errors;valid61 = valid61 || _valid19;if(_valid19){var items7 = true;}const _errs145 = errors;if(Array.isArray(data137)){if(data137.length > 3){const err232 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/2/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.crop.anyOf[2],data:data137};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}if(data137.length < 1){const err233 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.crop.anyOf[2],data:data137};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}const len10 = data137.length;for(let i10=0; i10<len10; i10++){let data139 = data137[i10];if(Array.isArray(data139)){if(data139.length > 2){const err234 = {instancePath:instancePath+"/crop/" + i10,schemaPath:"#/properties/crop/anyOf/2/items/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema32.properties.crop.anyOf[2].items,data:data139};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}if(data139.length < 2){const err235 = {instancePath:instancePath+"/crop/" + i10,schemaPath:"#/properties/crop/anyOf/2/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema32.properties.crop.anyOf[2].items,data:data139};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}const len11 = data139.length;for(let i11=0; i11<len11; i11++){let data140 = data139[i11];if(!(((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140))) && (isFinite(data140)))){const err236 = {instancePath:instancePath+"/crop/" + i10+"/" + i11,schemaPath:"#/properties/crop/anyOf/2/items/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.crop.anyOf[2].items.items.type,parentSchema:schema32.properties.crop.anyOf[2].items.items,data:data140};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}if((typeof data140 == "number") && (isFinite(data140))){if(data140 < 0 || isNaN(data140)){const err237 = {instancePath:instancePath+"/crop/" + i10+"/" + i11,schemaPath:"#/properties/crop/anyOf/2/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.crop.anyOf[2].items.items,data:data140};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}}else {const err238 = {instancePath:instancePath+"/crop/" + i10,schemaPath:"#/properties/crop/anyOf/2/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.crop.anyOf[2].items.type,parentSchema:schema32.properties.crop.anyOf[2].items,data:data139};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}}else {const err239 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.crop.anyOf[2].type,parentSchema:schema32.properties.crop.anyOf[2],data:data137};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}var _valid19 = _errs145 === errors;valid61 = valid61 || _valid19;if(_valid19){if(items7 !== true){items7 = true;}}if(!valid61){const err240 = {instancePath:instancePath+"/crop",schemaPath:"#/properties/crop/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.crop.anyOf,parentSchema:schema32.properties.crop,data:data137};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}else {errors = _errs138;if(vErrors !== null){if(_errs138){vErrors.length = _errs138;}else {vErrors = null;}}}}if(data.block_size !== undefined){let data141 = data.block_size;const _errs152 = errors;let valid68 = false;const _errs153 = errors;if(!(((typeof data141 == "number") && (!(data141 % 1) && !isNaN(data141))) && (isFinite(data141)))){const err241 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.block_size.anyOf[0].type,parentSchema:schema32.properties.block_size.anyOf[0],data:data141};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}if((typeof data141 == "number") && (isFinite(data141))){if(data141 < 1 || isNaN(data141)){const err242 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.block_size.anyOf[0],data:data141};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}var _valid20 = _errs153 === errors;valid68 = valid68 || _valid20;const _errs155 = errors;if(Array.isArray(data141)){if(data141.length > 3){const err243 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.block_size.anyOf[1],data:data141};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}if(data141.length < 1){const err244 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.block_size.anyOf[1],data:data141};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}const len12 = data141.length;for(let i12=0; i12<len12; i12++){let data142 = data141[i12];if(!(((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142))) && (isFinite(data142)))){const err245 = {instancePath:instancePath+"/block_size/" + i12,schemaPath:"#/properties/block_size/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.block_size.anyOf[1].items.type,parentSchema:schema32.properties.block_size.anyOf[1].items,data:data142};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}if((typeof data142 == "number") && (isFinite(data142))){if(data142 < 1 || isNaN(data142)){const err246 = {instancePath:instancePath+"/block_size/" + i12,schemaPath:"#/properties/block_size/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.block_size.anyOf[1].items,data:data142};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}}}else {const err247 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.block_size.anyOf[1].type,parentSchema:schema32.properties.block_size.anyOf[1],data:data141};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}var _valid20 = _errs155 === errors;valid68 = valid68 || _valid20;if(!valid68){const err248 = {instancePath:instancePath+"/block_size",schemaPath:"#/properties/block_size/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.block_size.anyOf,parentSchema:schema32.properties.block_size,data:data141};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}else {errors = _errs152;if(vErrors !== null){if(_errs152){vErrors.length = _errs152;}else {vErrors = null;}}}}if(data.repeat !== undefined){let data143 = data.repeat;if(!(((typeof data143 == "number") && (!(data143 % 1) && !isNaN(data143))) && (isFinite(data143)))){const err249 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.repeat.type,parentSchema:schema32.properties.repeat,data:data143};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}if((typeof data143 == "number") && (isFinite(data143))){if(data143 < 1 || isNaN(data143)){const err250 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.repeat,data:data143};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}}if(data.block !== undefined){let data144 = data.block;if(Array.isArray(data144)){if(data144.length < 1){const err251 = {instancePath:instancePath+"/block",schemaPath:"#/properties/block/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.block,data:data144};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}const len13 = data144.length;for(let i13=0; i13<len13; i13++){if(!(wrapper0.validate(data144[i13], {instancePath:instancePath+"/block/" + i13,parentData:data144,parentDataProperty:i13,rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err252 = {instancePath:instancePath+"/block",schemaPath:"#/properties/block/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.block.type,parentSchema:schema32.properties.block,data:data144};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}if(data.channels !== undefined){let data146 = data.channels;if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){const err253 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.channels.type,parentSchema:schema32.properties.channels,data:data146};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}if((typeof data146 == "number") && (isFinite(data146))){if(data146 < 1 || isNaN(data146)){const err254 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.channels,data:data146};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}}if(data.groups !== undefined){let data147 = data.groups;if(!(((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147))) && (isFinite(data147)))){const err255 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.groups.type,parentSchema:schema32.properties.groups,data:data147};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}if((typeof data147 == "number") && (isFinite(data147))){if(data147 < 1 || isNaN(data147)){const err256 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.groups,data:data147};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}}if(data.bias !== undefined){let data148 = data.bias;if(typeof data148 !== "boolean"){const err257 = {instancePath:instancePath+"/bias",schemaPath:"#/properties/bias/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.bias.type,parentSchema:schema32.properties.bias,data:data148};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}}else {const err258 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.rflint === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rflint"},message:"must have required property '"+"rflint"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layers === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layers"},message:"must have required property '"+"layers"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.rflint !== undefined){let data1 = data.rflint;if(1 !== data1){const err4 = {instancePath:instancePath+"/rflint",schemaPath:"#/properties/rflint/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.rflint,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.description !== undefined){let data3 = data.description;if(typeof data3 !== "string"){const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.input !== undefined){let data4 = data.input;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.size === undefined){const err7 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema31.properties.input.required,parentSchema:schema31.properties.input,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data4){if(!((key1 === "size") || (key1 === "channels"))){const err8 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.input,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.size !== undefined){let data5 = data4.size;if(Array.isArray(data5)){if(data5.length > 3){const err9 = {instancePath:instancePath+"/input/size",schemaPath:"#/properties/input/properties/size/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.input.properties.size,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data5.length < 1){const err10 = {instancePath:instancePath+"/input/size",schemaPath:"#/properties/input/properties/size/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.input.properties.size,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err11 = {instancePath:instancePath+"/input/size/" + i0,schemaPath:"#/properties/input/properties/size/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.input.properties.size.items.type,parentSchema:schema31.properties.input.properties.size.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err12 = {instancePath:instancePath+"/input/size/" + i0,schemaPath:"#/properties/input/properties/size/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.input.properties.size.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/input/size",schemaPath:"#/properties/input/properties/size/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.input.properties.size.type,parentSchema:schema31.properties.input.properties.size,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.channels !== undefined){let data7 = data4.channels;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err14 = {instancePath:instancePath+"/input/channels",schemaPath:"#/properties/input/properties/channels/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.input.properties.channels.type,parentSchema:schema31.properties.input.properties.channels,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err15 = {instancePath:instancePath+"/input/channels",schemaPath:"#/properties/input/properties/channels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.input.properties.channels,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}else {const err16 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.input.type,parentSchema:schema31.properties.input,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.layers !== undefined){let data8 = data.layers;if(Array.isArray(data8)){if(data8.length < 1){const err17 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.layers,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len1 = data8.length;for(let i1=0; i1<len1; i1++){if(!(validate21(data8[i1], {instancePath:instancePath+"/layers/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err18 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.layers.type,parentSchema:schema31.properties.layers,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.outputs !== undefined){let data10 = data.outputs;if(Array.isArray(data10)){if(data10.length < 1){const err19 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.outputs,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len2 = data10.length;for(let i2=0; i2<len2; i2++){let data11 = data10[i2];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.layer === undefined){const err20 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/properties/outputs/items/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'",schema:schema31.properties.outputs.items.required,parentSchema:schema31.properties.outputs.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key2 in data11){if(!((((((key2 === "name") || (key2 === "layer")) || (key2 === "min_rf")) || (key2 === "max_rf")) || (key2 === "min_coverage")) || (key2 === "min_erf"))){const err21 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/properties/outputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.outputs.items,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data11.name !== undefined){let data12 = data11.name;if(typeof data12 === "string"){if(func3(data12) < 1){const err22 = {instancePath:instancePath+"/outputs/" + i2+"/name",schemaPath:"#/properties/outputs/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.outputs.items.properties.name,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/outputs/" + i2+"/name",schemaPath:"#/properties/outputs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.outputs.items.properties.name.type,parentSchema:schema31.properties.outputs.items.properties.name,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data11.layer !== undefined){let data13 = data11.layer;if(typeof data13 === "string"){if(func3(data13) < 1){const err24 = {instancePath:instancePath+"/outputs/" + i2+"/layer",schemaPath:"#/properties/outputs/items/properties/layer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.outputs.items.properties.layer,data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/outputs/" + i2+"/layer",schemaPath:"#/properties/outputs/items/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.outputs.items.properties.layer.type,parentSchema:schema31.properties.outputs.items.properties.layer,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.min_rf !== undefined){let data14 = data11.min_rf;const _errs31 = errors;let valid9 = false;const _errs32 = errors;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err26 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.min_rf.anyOf[0].type,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[0],data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1 || isNaN(data14)){const err27 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[0],data:data14};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}var _valid0 = _errs32 === errors;valid9 = valid9 || _valid0;const _errs34 = errors;if(Array.isArray(data14)){if(data14.length > 3){const err28 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[1],data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data14.length < 1){const err29 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[1],data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}const len3 = data14.length;for(let i3=0; i3<len3; i3++){let data15 = data14[i3];if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err30 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf/" + i3,schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.min_rf.anyOf[1].items.type,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[1].items,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err31 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf/" + i3,schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[1].items,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}else {const err32 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.outputs.items.properties.min_rf.anyOf[1].type,parentSchema:schema31.properties.outputs.items.properties.min_rf.anyOf[1],data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid0 = _errs34 === errors;valid9 = valid9 || _valid0;if(!valid9){const err33 = {instancePath:instancePath+"/outputs/" + i2+"/min_rf",schemaPath:"#/properties/outputs/items/properties/min_rf/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.outputs.items.properties.min_rf.anyOf,parentSchema:schema31.properties.outputs.items.properties.min_rf,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}if(data11.max_rf !== undefined){let data16 = data11.max_rf;const _errs39 = errors;let valid12 = false;const _errs40 = errors;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err34 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.max_rf.anyOf[0].type,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[0],data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err35 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[0],data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}var _valid1 = _errs40 === errors;valid12 = valid12 || _valid1;const _errs42 = errors;if(Array.isArray(data16)){if(data16.length > 3){const err36 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[1],data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data16.length < 1){const err37 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[1],data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}const len4 = data16.length;for(let i4=0; i4<len4; i4++){let data17 = data16[i4];if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err38 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf/" + i4,schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.max_rf.anyOf[1].items.type,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[1].items,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err39 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf/" + i4,schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[1].items,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}}else {const err40 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.outputs.items.properties.max_rf.anyOf[1].type,parentSchema:schema31.properties.outputs.items.properties.max_rf.anyOf[1],data:data16};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid1 = _errs42 === errors;valid12 = valid12 || _valid1;if(!valid12){const err41 = {instancePath:instancePath+"/outputs/" + i2+"/max_rf",schemaPath:"#/properties/outputs/items/properties/max_rf/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.outputs.items.properties.max_rf.anyOf,parentSchema:schema31.properties.outputs.items.properties.max_rf,data:data16};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}}}if(data11.min_coverage !== undefined){let data18 = data11.min_coverage;if((typeof data18 == "number") && (isFinite(data18))){if(data18 > 1 || isNaN(data18)){const err42 = {instancePath:instancePath+"/outputs/" + i2+"/min_coverage",schemaPath:"#/properties/outputs/items/properties/min_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_coverage,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data18 < 0 || isNaN(data18)){const err43 = {instancePath:instancePath+"/outputs/" + i2+"/min_coverage",schemaPath:"#/properties/outputs/items/properties/min_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.outputs.items.properties.min_coverage,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/outputs/" + i2+"/min_coverage",schemaPath:"#/properties/outputs/items/properties/min_coverage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.outputs.items.properties.min_coverage.type,parentSchema:schema31.properties.outputs.items.properties.min_coverage,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data11.min_erf !== undefined){let data19 = data11.min_erf;const _errs49 = errors;let valid15 = false;const _errs50 = errors;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err45 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.min_erf.anyOf[0].type,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[0],data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err46 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[0],data:data19};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}var _valid2 = _errs50 === errors;valid15 = valid15 || _valid2;const _errs52 = errors;if(Array.isArray(data19)){if(data19.length > 3){const err47 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[1],data:data19};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data19.length < 1){const err48 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[1],data:data19};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}const len5 = data19.length;for(let i5=0; i5<len5; i5++){let data20 = data19[i5];if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err49 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf/" + i5,schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.outputs.items.properties.min_erf.anyOf[1].items.type,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[1].items,data:data20};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 1 || isNaN(data20)){const err50 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf/" + i5,schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[1].items,data:data20};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}}else {const err51 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.outputs.items.properties.min_erf.anyOf[1].type,parentSchema:schema31.properties.outputs.items.properties.min_erf.anyOf[1],data:data19};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}var _valid2 = _errs52 === errors;valid15 = valid15 || _valid2;if(!valid15){const err52 = {instancePath:instancePath+"/outputs/" + i2+"/min_erf",schemaPath:"#/properties/outputs/items/properties/min_erf/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.outputs.items.properties.min_erf.anyOf,parentSchema:schema31.properties.outputs.items.properties.min_erf,data:data19};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}else {errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}}}}else {const err53 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/properties/outputs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.outputs.items.type,parentSchema:schema31.properties.outputs.items,data:data11};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.outputs.type,parentSchema:schema31.properties.outputs,data:data10};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.max_params !== undefined){let data21 = data.max_params;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err55 = {instancePath:instancePath+"/max_params",schemaPath:"#/properties/max_params/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.max_params.type,parentSchema:schema31.properties.max_params,data:data21};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 1 || isNaN(data21)){const err56 = {instancePath:instancePath+"/max_params",schemaPath:"#/properties/max_params/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.max_params,data:data21};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}if(data.max_macs !== undefined){let data22 = data.max_macs;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err57 = {instancePath:instancePath+"/max_macs",schemaPath:"#/properties/max_macs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.max_macs.type,parentSchema:schema31.properties.max_macs,data:data22};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 1 || isNaN(data22)){const err58 = {instancePath:instancePath+"/max_macs",schemaPath:"#/properties/max_macs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.max_macs,data:data22};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}}else {const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
// EXTERNAL MODULE: ./src/formats/yaml/schema-errors.ts
var schema_errors = __webpack_require__(415);
;// CONCATENATED MODULE: ./src/formats/native/schema-messages.ts






const PER_AXIS_KEYS = [...PER_AXIS_LAYER_KEYS, ...PER_AXIS_OUTPUT_KEYS];
function schemaDiagnostics(errors, data, locate) {
    return (0,schema_errors/* schemaDiagnostics */.mT)(errors, data, locate, {
        codes: { unknownKey: codes/* CODES */.Lp.unknownKey, missingKey: codes/* CODES */.Lp.missingKey, invalidValue: codes/* CODES */.Lp.invalidValue },
        perAxisKeys: PER_AXIS_KEYS,
        special: (p) => special(p, data, locate),
    });
}
function special(p, data, locate) {
    const { path, label } = p;
    const at = locate.at(path);
    const last = path[path.length - 1];
    switch (p.keyword) {
        case 'required': {
            const key = String(p.params.missingProperty);
            if (path.length === 0 && key === 'rflint')
                return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.version, 'not an rflint model: add `rflint: 1` at the top', at);
            const op = (0,schema_errors/* valueAt */.fK)(data, path)?.op;
            if (p.schemaPath.includes('/then/') && typeof op === 'string')
                return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.missingKey, `${label}: op \`${op}\` needs \`${key}\``, at);
            if (key === 'op')
                return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.missingKey, `${label}: missing \`op\` (a layer has an \`op\`, or a \`block\` of layers)`, at);
            return undefined;
        }
        case 'false schema': {
            // The schema forbids keys per op (`if op … then key: false`): say which op they miss.
            const one = p.keys.length === 1;
            const parentPath = path.slice(0, -1);
            const parent = (0,schema_errors/* valueAt */.fK)(data, parentPath);
            const where = locate.key(path);
            const owner = (0,yaml_locate/* describePath */.NH)(parentPath);
            if (last === 'repeat' && one)
                return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.keyNotForOp, `${owner}: \`repeat\` needs a \`block\` of layers to repeat`, where);
            if (parent?.block !== undefined)
                return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.keyNotForOp, `${owner}: a layer with \`block\` takes no ${(0,suggest/* allOf */.bn)(p.keys)} (put ops inside the block)`, where);
            return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.keyNotForOp, `${owner}: ${(0,suggest/* allOf */.bn)(p.keys)} ${one ? 'does' : 'do'} not apply to op \`${String(parent?.op)}\`; remove ${one ? 'it' : 'them'}`, where);
        }
        case 'enum':
            if (last !== 'op' || typeof p.value !== 'string')
                return undefined;
            return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.unknownOp, `${label}: unknown op \`${p.value}\`${(0,suggest/* didYouMean */.au)(p.value, p.params.allowedValues.map(String)) || '; see docs/format.md for the ops'}`, at);
        case 'const':
            if (path.length !== 1 || path[0] !== 'rflint')
                return undefined;
            return (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.version, `unsupported format version ${(0,schema_errors/* show */.WU)(p.value)}: this rflint reads \`rflint: 1\``, at);
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/formats/native/schema.ts



const schema = rflint_schema_namespaceObject;
// Compiled at build time (scripts/gen-validators.mjs) with `verbose`, which keeps each error's
// schema and data: the messages quote the value and the description of what was expected.
const validator = () => validate;
/** Raw ajv errors (for tests that check the examples), or none. */
function schemaErrors(data) {
    const validate = validator();
    return validate(data) ? [] : (validate.errors ?? []);
}
/** One diagnostic per offending location, in file order. */
function validateSchema(data, locate) {
    const errors = schemaErrors(data);
    return errors.length === 0 ? [] : schemaDiagnostics(errors, data, locate);
}

;// CONCATENATED MODULE: ./src/formats/native/load.ts












const JSON_NAME = /\.json$/i;
function loadNativeText(text, path, options) {
    const withFile = (diagnostics) => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
    // JSON at JSON.parse's speed; a file it does not take gets the YAML parser's diagnostics.
    const fast = JSON_NAME.test(path) ? (0,json/* parseJsonFast */.Q)(text, options.limits) : undefined;
    const parsed = fast ? { parsed: fast } : (0,parse/* parseText */.r)(text, options.limits);
    if ('diagnostics' in parsed)
        return withFile(parsed.diagnostics);
    const { data, locate } = parsed.parsed;
    const schemaProblems = validateSchema(data, locate);
    if (schemaProblems.length > 0)
        return withFile(schemaProblems);
    const file = data;
    const duplicates = duplicateNames(file.layers, ['layers'], locate);
    if (duplicates.length > 0)
        return withFile(duplicates);
    const maxNodes = options.limits.maxNodes;
    if (countNodes(file.layers, maxNodes) > maxNodes) {
        const at = overLimitAt(file.layers, ['layers'], maxNodes);
        return withFile([
            (0,diagnostic/* error */.z3)(codes/* CODES */.Lp.tooManyLayers, `${(0,yaml_locate/* describePath */.NH)(at)}: the layers expand to more than ${maxNodes} nodes (the limit); lower \`repeat\``, locate.at(at)),
        ]);
    }
    const { axes, diagnostics: axisProblems } = countAxes(file, locate);
    if (axisProblems.length > 0)
        return withFile(axisProblems);
    const expanded = expand(file.layers, locate, options.deadline);
    if (!expanded.expansion)
        return withFile(expanded.diagnostics);
    const { nodes } = expanded.expansion;
    const { graph, diagnostics: opProblems } = buildGraph(nodes, axes, locate, options, file.input?.channels);
    if (opProblems.length > 0)
        return withFile(opProblems);
    // A size given (--input-size, rules `input_size`) holds over the file's own, as in every format.
    const given = options.inputSize;
    if (given && given.length !== axes && given.length !== 1) {
        return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.Lp.axisCount, `the input size given has ${given.length} values; this model has ${axes} ${axes === 1 ? 'axis' : 'axes'}`, locate.at(file.input ? ['input', 'size'] : []))]);
    }
    const inputSize = given && given.length > 0 ? (given.length === 1 ? Array(axes).fill(given[0]) : [...given]) : file.input?.size;
    const { outputs, diagnostics: outputProblems } = resolveOutputs(file, expanded.expansion, axes, locate, inputSize !== undefined);
    if (outputProblems.length > 0)
        return withFile(outputProblems);
    // Instances of a block share their definition's position.
    const byDefinition = new Map();
    const positions = nodes.map((node) => {
        options.deadline?.check();
        if (node.path.length === 0)
            return file.input ? locate.at(['input']) : undefined;
        let at = byDefinition.get(node.layer);
        if (!at)
            byDefinition.set(node.layer, (at = locate.at(node.path)));
        return at;
    });
    try {
        (0,rf/* validateGraph */.dC)(graph);
        (0,rf/* topologicalOrder */._o)(graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        if (err.code === codes/* CYCLE */.PF && err.node !== undefined)
            return withFile([cycleDiagnostic(err, nodes, positions, locate)]);
        return withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : positions[err.node])]);
    }
    const model = {
        format: 'native',
        name: file.name ?? baseName(path),
        graph,
        ...(inputSize ? { inputSize } : {}),
        ...(file.max_params !== undefined || file.max_macs !== undefined ? { limits: { ...(file.max_params !== undefined ? { max_params: file.max_params } : {}), ...(file.max_macs !== undefined ? { max_macs: file.max_macs } : {}) } } : {}),
        outputs,
        positions,
        ...(given && given.length > 0 ? { assumptions: [`input ${inputSize.join('×')} from the input size given`] } : {}),
    };
    return { model, diagnostics: [] };
}
/**
 * Names the layers of the cycle in data-flow order with their lines, and points at the
 * `inputs` that closes it (an explicit `inputs` naming a later layer is what makes a cycle).
 */
function cycleDiagnostic(err, nodes, positions, locate) {
    const cycle = [...new Set([err.node, ...err.related])];
    const where = (i) => `${nodes[i].name} (line ${positions[i]?.line ?? '?'})`;
    const culprit = cycle.find((i) => nodes[i].layer.inputs !== undefined) ?? cycle[0];
    const path = nodes[culprit].layer.inputs !== undefined ? [...nodes[culprit].path, 'inputs'] : nodes[culprit].path;
    return (0,diagnostic/* error */.z3)(codes/* CYCLE */.PF, `the layers form a cycle: ${[...cycle, cycle[0]].map(where).join(' → ')}; \`inputs\` of ${nodes[culprit].name} names a layer that depends on it`, locate.at(path));
}
function baseName(path) {
    const file = path.split(/[\\/]/).pop() ?? path;
    return file.replace(/(\.rf)?\.(ya?ml|json)$/i, '');
}

;// CONCATENATED MODULE: ./src/formats/native/index.ts
/**
 * The native rflint format (docs/design.md §4.1): `*.rf.yaml|yml|json`, or any YAML/JSON file with a
 * top-level `rflint:` key.
 */







const nativeLoader = {
    ...recognise/* nativeRecognition */.d,
    async load(source, options) {
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: codes/* CODES */.Lp.fileTooLarge, notText: codes/* CODES */.Lp.syntax, kind: 'a model description' });
        if (typeof text !== 'string')
            return text;
        return loadNativeText(text, source.path, options);
    },
};


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1017);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2858);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6348);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6556);
/**
 * Text → plain data plus a locator of source positions. YAML and JSON share the parser (JSON
 * is YAML 1.2), so both get 1-based line/column positions the same way.
 */





function parseText(text, limits) {
    const fail = (code, message, offset) => {
        // Some failures come before the document exists, so positions come from the text itself.
        const at = offset === undefined ? undefined : (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .spans */ .iV)(text)(offset);
        return { diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)(code, message, at)] };
    };
    const deep = (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .flowTooDeep */ .b)(text, limits.maxDepth);
    if (deep !== undefined) {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooDeep, `nesting deeper than ${limits.maxDepth} levels; a model file never needs that many (is the file generated by mistake?)`, deep);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: true, version: '1.2' });
    const syntax = doc.errors[0];
    if (syntax) {
        // yaml appends " at line L, column C:" and a code frame; we give the position separately.
        const message = syntax.message.split(/ at line \d+, column \d+/)[0].replace(/\s+$/, '');
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, describeSyntax(syntax.code, message), syntax.pos[0]);
    }
    const problem = (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .astProblem */ .Y)(doc, limits.maxAliases, limits.maxDepth);
    if (problem?.kind === 'aliases') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooManyAliases, `more than ${limits.maxAliases} YAML aliases (*name); write the layers out or use \`repeat\``, problem.range?.[0]);
    }
    if (problem?.kind === 'cycle') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, `this alias (*name) sits inside the node its anchor (&name) marks, so the node would contain itself; copy the part you meant instead`, problem.range?.[0]);
    }
    if (problem?.kind === 'depth') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooDeep, `nesting deeper than ${limits.maxDepth} levels; a model file never needs that many`, problem.range?.[0]);
    }
    let data;
    try {
        // maxAliasCount bounds the expanded size: a few aliases of aliases can still mean 10^9 nodes.
        data = doc.toJS({ maxAliasCount: limits.maxAliases });
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        // The first alias when one can be found (`*` then a BOM is one that cannot), else the start.
        const at = firstAlias(text) ?? 0;
        if (err.message.startsWith('Unresolved alias'))
            return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, `an alias (*name) names no anchor (&name) set before it`, at);
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooManyAliases, `YAML aliases expand to too many nodes (a "billion laughs" file?); write the layers out or use \`repeat\``, at);
    }
    return { parsed: { data, locate: (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locator */ .fl)(doc, text) } };
}
function describeSyntax(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same mapping; remove one';
    if (code === 'MULTIPLE_DOCS')
        return 'the file holds several YAML documents; a model file holds one';
    return `invalid YAML/JSON: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
function firstAlias(text) {
    const match = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    return match ? match.index + match[1].length : undefined;
}


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
    constructor(message, offset, code = _native_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .Lp.syntax) {
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
                throw new SyntaxProblem(`nesting deeper than ${this.maxDepth} levels; a model file never needs that many (is the file generated by mistake?)`, this.at, _native_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .Lp.tooDeep);
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
