export const id = 145;
export const ids = [145];
export const modules = {

/***/ 6526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  onnxLoader: () => (/* binding */ onnxLoader)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/sniff.ts
var sniff = __webpack_require__(8528);
// EXTERNAL MODULE: ./src/formats/onnx/recognise.ts
var recognise = __webpack_require__(3383);
;// CONCATENATED MODULE: ./src/formats/onnx/functions.ts
/** Functions may call functions; recursion is forbidden by the spec, so a deep chain is corrupt. */
const MAX_DEPTH = 32;
class FunctionError extends Error {
}
/** Expands calls inline; more than `maxNodes` nodes after expansion is a FunctionError (nested calls multiply). */
function expandFunctions(nodes, functions, maxNodes) {
    const tooMany = () => new FunctionError(`the graph has more than ${maxNodes} nodes (the limit) after expanding its functions`);
    if (functions.length === 0) {
        if (nodes.length > maxNodes)
            throw tooMany();
        return [...nodes];
    }
    const byKey = new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f]));
    const out = [];
    const expand = (list, depth) => {
        for (const node of list) {
            const fn = byKey.get(key(node.domain, node.opType, node.overload));
            if (!fn) {
                if (out.push(node) > maxNodes)
                    throw tooMany();
                continue;
            }
            if (depth >= MAX_DEPTH) {
                throw new FunctionError(`function ${fn.name} calls functions more than ${MAX_DEPTH} deep (a recursive function?); ONNX forbids recursion`);
            }
            expand(inline(node, fn), depth + 1);
        }
    };
    expand(nodes, 0);
    return out;
}
function key(domain, name, overload) {
    return `${domain}\u0000${name}\u0000${overload}`;
}
function inline(call, fn) {
    const prefix = call.name || call.outputs[0] || fn.name;
    const rename = new Map();
    fn.inputs.forEach((name, i) => rename.set(name, call.inputs[i] ?? ''));
    fn.outputs.forEach((name, i) => rename.set(name, call.outputs[i] ?? ''));
    const tensor = (name) => (name === '' ? '' : (rename.get(name) ?? `${prefix}/${name}`));
    return fn.nodes.map((inner, i) => {
        const attributes = new Map();
        for (const [name, a] of inner.attributes) {
            if (a.refAttrName === undefined) {
                attributes.set(name, a);
                continue;
            }
            const value = call.attributes.get(a.refAttrName) ?? fn.attributeDefaults.get(a.refAttrName);
            if (value)
                attributes.set(name, { ...value, name });
        }
        return {
            ...inner,
            name: `${prefix}/${inner.name || `${inner.opType}_${i}`}`,
            inputs: inner.inputs.map(tensor),
            outputs: inner.outputs.map(tensor),
            attributes,
        };
    });
}

;// CONCATENATED MODULE: ./src/formats/onnx/inputs.ts
/** Per op type: the input slots that hold parameters, never data. */
const PARAMETER_SLOTS = new Map(Object.entries({
    Conv: [1, 2],
    ConvTranspose: [1, 2],
    ConvInteger: [1, 2, 3],
    QLinearConv: [1, 2, 3, 4, 5, 6, 7, 8],
    Gemm: [1, 2],
    BatchNormalization: [1, 2, 3, 4],
    InstanceNormalization: [1, 2],
    LayerNormalization: [1, 2],
    GroupNormalization: [1, 2],
    RMSNormalization: [1],
    SimplifiedLayerNormalization: [1],
    SkipLayerNormalization: [2, 3, 4],
    PRelu: [1],
    QuantizeLinear: [1, 2],
    DequantizeLinear: [1, 2],
}).map(([op, slots]) => [op, new Set(slots)]));
function classifyInputs(graph, nodes, named) {
    const free = graph.inputs.filter((v) => !graph.initializers.has(v.name));
    if (named !== undefined) {
        const chosen = free.find((v) => v.name === named);
        if (!chosen) {
            return { problem: `there is no graph input "${named}" (the --input or rules \`input\` setting); the inputs are ${list(free)}` };
        }
        return { data: [chosen], parameters: free.filter((v) => v !== chosen) };
    }
    const uses = new Map();
    for (const node of nodes) {
        const slots = node.domain === '' ? PARAMETER_SLOTS.get(node.opType) : undefined;
        node.inputs.forEach((name, slot) => {
            const u = uses.get(name) ?? { parameter: 0, other: 0 };
            if (slots?.has(slot))
                u.parameter++;
            else
                u.other++;
            uses.set(name, u);
        });
    }
    const spatial = free.filter((v) => {
        const u = uses.get(v.name);
        if (u && u.other === 0 && u.parameter > 0)
            return false; // a weight, a bias, a norm's statistic
        return v.shape === undefined || v.shape.length >= 3;
    });
    // Among several, a batch dim is symbolic or 1 (a layer scale [C, 1, 1] used in a Mul is not),
    // and an image has positions: a [1, C, 1, 1] per-channel factor (FrozenBatchNorm's scale as
    // exported) does not, when another candidate does.
    const batched = spatial.filter((v) => v.shape?.[0] === undefined || typeof v.shape[0] === 'string' || v.shape[0] === 1);
    const narrowed = spatial.length > 1 && batched.length > 0 ? batched : spatial;
    const pointLike = (v) => v.shape !== undefined && v.shape.length >= 3 && v.shape.slice(2).every((d) => d === 1);
    const candidates = narrowed.length > 1 && narrowed.some((v) => !pointLike(v)) ? narrowed.filter((v) => !pointLike(v)) : narrowed;
    if (candidates.length <= 1)
        return { data: candidates, parameters: free.filter((v) => !candidates.includes(v)) };
    // Several images of the same rank (a siamese or multi-view net) are all data.
    const ranks = new Set(candidates.map((v) => v.shape?.length));
    if (ranks.size === 1)
        return { data: candidates, parameters: free.filter((v) => !candidates.includes(v)) };
    return {
        problem: `several graph inputs could be the image: ${list(candidates)}; name it with --input NAME (or \`input: NAME\` in a rule)`,
    };
}
function list(inputs) {
    if (inputs.length === 0)
        return 'none';
    return inputs.map((v) => `"${v.name}" (${v.shape ? `[${v.shape.map((d) => d ?? '?').join(', ')}]` : 'no shape'})`).join(', ');
}

;// CONCATENATED MODULE: ./src/formats/onnx/layout.ts
/** NCHW-style input layout: batch, channels, then the spatial axes in order. */
function inputLayout(axes) {
    return [null, null, ...Array.from({ length: axes }, (_, a) => a)];
}
function hasSpatial(layout, dims = layout.keys()) {
    for (const d of dims)
        if (layout[d] !== null && layout[d] !== undefined)
            return true;
    return false;
}
/** A negative ONNX axis counts from the end. */
function normalizeAxis(axis, rank) {
    return axis < 0 ? axis + rank : axis;
}
/** Concrete sizes of a static shape, or undefined when some dimension is symbolic or unknown. */
function concrete(shape) {
    if (!shape || shape.some((d) => typeof d !== 'number' || d < 0))
        return undefined;
    return shape;
}

// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
;// CONCATENATED MODULE: ./src/formats/onnx/evaluate.ts

/** Largest tensor whose values are computed: shape arithmetic and geometry parameters are tiny. */
const MAX_VALUES = 4096;
/** TensorProto.DataType: the integer and boolean types. */
const INTEGER_TYPES = new Set([2, 3, 4, 5, 6, 7, 9, 12, 13]);
const isIntegerType = (dataType) => INTEGER_TYPES.has(dataType);
const attrOf = (node) => (name) => node.attributes.get(name);
const valuesOf = (ctx, i) => known(ctx.input(i));
const foldConstant = (node) => constantNode(attrOf(node));
const foldIdentity = (_node, ctx) => ctx.input(0);
/** Cast (to the `to` type) and CastLike (to the second input's type): integers round toward zero. */
const foldCast = (node, ctx) => {
    const x = ctx.input(0);
    if (!x)
        return undefined;
    const toInt = node.opType === 'Cast' ? isIntegerType(node.attributes.get('to')?.i ?? 1) : (ctx.input(1)?.int ?? false);
    return { ...x, int: toInt, ...(x.values && toInt ? { values: x.values.map(Math.trunc) } : {}) };
};
const foldShape = (node, ctx) => {
    const shape = ctx.shape(0);
    if (!shape)
        return undefined;
    const a = attrOf(node);
    const rank = shape.length;
    const clampAxis = (i) => Math.min(Math.max(normalizeAxis(i, rank), 0), rank);
    const start = clampAxis(a('start')?.i ?? 0);
    const end = a('end')?.i === undefined ? rank : clampAxis(a('end').i);
    const picked = shape.slice(start, Math.max(start, end));
    if (picked.some((d) => d === undefined))
        return undefined;
    return { dims: [picked.length], values: picked, int: true };
};
const foldSize = (_node, ctx) => {
    const shape = ctx.shape(0);
    if (!shape || shape.some((d) => d === undefined))
        return undefined;
    return { dims: [], values: [shape.reduce((p, d) => p * d, 1)], int: true };
};
const foldConstantOfShape = (node, ctx) => {
    const dims = valuesOf(ctx, 0);
    if (!dims)
        return undefined;
    const value = node.attributes.get('value')?.t;
    const fill = value?.values?.[0] ?? 0;
    const int = value ? isIntegerType(value.dataType) : false;
    return make(dims, () => fill, int);
};
const foldRange = (_node, ctx) => {
    const [start, limit, delta] = [valuesOf(ctx, 0)?.[0], valuesOf(ctx, 1)?.[0], valuesOf(ctx, 2)?.[0]];
    if (start === undefined || limit === undefined || delta === undefined || delta === 0)
        return undefined;
    const n = Math.max(Math.ceil((limit - start) / delta), 0);
    return make([n], (i) => start + i * delta, (ctx.input(0)?.int ?? false) && (ctx.input(2)?.int ?? false));
};
const foldReshape = (node, ctx) => reshape(ctx.input(0), valuesOf(ctx, 1), node.attributes.get('allowzero')?.i === 1);
const foldFlatten = (node, ctx) => {
    const x = ctx.input(0);
    if (!x?.dims)
        return undefined;
    const axis = normalizeAxis(node.attributes.get('axis')?.i ?? 1, x.dims.length);
    const prod = (ds) => ds.reduce((p, d) => p * d, 1);
    return { ...x, dims: [prod(x.dims.slice(0, axis)), prod(x.dims.slice(axis))] };
};
/** Squeeze and Unsqueeze: axes an attribute up to opset 12, an input from 13. */
const foldSqueeze = (node, ctx) => {
    const x = ctx.input(0);
    if (!x?.dims)
        return undefined;
    const axes = ctx.opset >= 13 ? valuesOf(ctx, 1) : node.attributes.get('axes')?.ints;
    const dims = node.opType === 'Squeeze' ? squeezeDims(x.dims, axes) : unsqueezeDims(x.dims, axes);
    return dims ? { ...x, dims } : undefined;
};
const foldTranspose = (node, ctx) => {
    const x = ctx.input(0);
    if (!x?.dims)
        return undefined;
    const perm = node.attributes.get('perm')?.ints ?? [...x.dims.keys()].reverse();
    if (perm.length !== x.dims.length)
        return undefined;
    const dims = perm.map((p) => x.dims[p]);
    if (!x.values || count(x.dims) > MAX_VALUES)
        return { dims, ...(x.int !== undefined ? { int: x.int } : {}) };
    return { ...x, dims, values: gather(x.dims, x.values, dims.map((n) => range(n)), perm) };
};
const foldConcat = (node, ctx) => concat(node.inputs.map((_, i) => ctx.input(i)), node.attributes.get('axis')?.i ?? 0);
const foldGather = (node, ctx) => gatherOp(ctx.input(0), ctx.input(1), node.attributes.get('axis')?.i ?? 0);
const foldSlice = (node, ctx) => {
    const a = attrOf(node);
    const v = (i) => valuesOf(ctx, i);
    const x = ctx.input(0);
    const starts = ctx.opset >= 10 ? v(1) : a('starts')?.ints;
    const ends = ctx.opset >= 10 ? v(2) : a('ends')?.ints;
    if (!x?.dims || !starts || !ends)
        return undefined;
    const axes = (ctx.opset >= 10 && node.inputs[3] ? v(3) : ctx.opset < 10 ? a('axes')?.ints : undefined) ?? starts.map((_, i) => i);
    const steps = (ctx.opset >= 10 && node.inputs[4] ? v(4) : undefined) ?? starts.map(() => 1);
    if ((ctx.opset >= 10 && node.inputs[3] && !v(3)) || (node.inputs[4] && !v(4)))
        return undefined;
    return sliceOp(x, starts, ends, axes, steps);
};
const foldSplit = (node, ctx) => splitOp(node, ctx, attrOf(node));
const foldExpand = (_node, ctx) => {
    const x = ctx.input(0);
    const shape = valuesOf(ctx, 1);
    if (!x?.dims || !shape)
        return undefined;
    const dims = broadcastDims([x.dims, shape]);
    return dims ? broadcastTo(x, dims) : undefined;
};
const foldTile = (_node, ctx) => {
    const x = ctx.input(0);
    const repeats = valuesOf(ctx, 1);
    if (!x?.dims || !repeats || repeats.length !== x.dims.length)
        return undefined;
    const dims = x.dims.map((d, i) => d * repeats[i]);
    if (!x.values || count(dims) > MAX_VALUES)
        return { dims, ...(x.int !== undefined ? { int: x.int } : {}) };
    return { ...x, dims, values: gather(x.dims, x.values, dims.map((n, i) => range(n).map((j) => j % x.dims[i])), [...x.dims.keys()]) };
};
/** ReduceProd, ReduceSum, ReduceMin, ReduceMax over `axes`, with `f` the reduction. */
const foldReduce = (f) => (node, ctx) => reduce(node, ctx, attrOf(node), f);
const foldWhere = (_node, ctx) => {
    const [c, x, y] = [ctx.input(0), ctx.input(1), ctx.input(2)];
    return elementwise([c, x, y], (p, q, r) => (p ? q : r), (x?.int ?? false) && (y?.int ?? false));
};
const foldNot = (_node, ctx) => elementwise([ctx.input(0)], (p) => (p ? 0 : 1), true);
/** An elementwise op of one input; `keepsInt`: integers stay integers (not Sqrt, Reciprocal). */
const foldUnary = (f, keepsInt = true) => (_node, ctx) => {
    const x = ctx.input(0);
    return elementwise([x], f, (x?.int ?? false) && keepsInt);
};
/** ONNX Round: half to even. */
const roundHalfEven = (x) => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));
/** Min, Max, Sum, Mean over any number of inputs; `keepsInt`: an integer result for integer inputs. */
const foldVariadic = (f, keepsInt = true) => (node, ctx) => {
    const parts = node.inputs.map((_, i) => ctx.input(i));
    return elementwise(parts, f, parts.every((p) => p?.int) && keepsInt);
};
/**
 * A binary elementwise op: `f` gets whether both inputs are integers (Div truncates then) and the
 * node (Mod reads `fmod`); a `comparison` (Equal, And…) gives 0/1 integers.
 */
const foldBinary = (f, comparison = false) => (node, ctx) => {
    const [x, y] = [ctx.input(0), ctx.input(1)];
    const int = (x?.int ?? false) && (y?.int ?? false);
    return elementwise([x, y], (p, q) => f(p, q, int, node), comparison || int);
};
function known(t) {
    return t?.values;
}
function range(n) {
    return Array.from({ length: n }, (_, i) => i);
}
function count(dims) {
    return dims.reduce((p, d) => p * d, 1);
}
/** A tensor of `dims` whose value at flat index i is fill(i); only dims when too large. */
function make(dims, fill, int) {
    if (dims.some((d) => !Number.isSafeInteger(d) || d < 0))
        return undefined;
    const n = count(dims);
    return n <= MAX_VALUES ? { dims, values: Array.from({ length: n }, (_, i) => fill(i)), int } : { dims, int };
}
function constantNode(a) {
    const t = a('value')?.t;
    if (t)
        return { dims: t.dims, ...(t.values ? { values: t.values } : {}), int: isIntegerType(t.dataType) };
    const f = a('value_float')?.f;
    if (f !== undefined)
        return { dims: [], values: [f], int: false };
    const i = a('value_int')?.i;
    if (i !== undefined)
        return { dims: [], values: [i], int: true };
    const floats = a('value_floats')?.floats;
    if (floats)
        return { dims: [floats.length], values: floats, int: false };
    const ints = a('value_ints')?.ints;
    if (ints)
        return { dims: [ints.length], values: ints, int: true };
    return undefined;
}
/** Row-major strides. */
function stridesOf(dims) {
    const out = new Array(dims.length).fill(1);
    for (let d = dims.length - 2; d >= 0; d--)
        out[d] = out[d + 1] * dims[d + 1];
    return out;
}
/**
 * The values at every index tuple of `picks` (per output dim, the source index along source dim
 * `sourceDim[d]`), in row-major order of the output.
 */
function gather(dims, values, picks, sourceDim) {
    const strides = stridesOf(dims);
    let offsets = [0];
    picks.forEach((pick, d) => {
        const s = strides[sourceDim[d]];
        offsets = offsets.flatMap((o) => pick.map((i) => o + i * s));
    });
    return offsets.map((o) => values[o]);
}
/** Reshape with 0 (copy the input dim, unless allowzero) and −1 (whatever is left). */
function reshapeDims(input, target, allowZero) {
    const out = target.map((t, i) => (t === 0 && !allowZero ? input[i] : t));
    if (out.some((d) => d === undefined || d < -1) || out.filter((d) => d === -1).length > 1)
        return undefined;
    const total = count(input);
    const rest = count(out.filter((d) => d !== -1));
    if (!out.includes(-1))
        return rest === total ? out : undefined;
    if (rest === 0 || total % rest !== 0)
        return undefined;
    return out.map((d) => (d === -1 ? total / rest : d));
}
function reshape(x, target, allowZero) {
    if (!x || !target)
        return undefined;
    const dims = x.dims ?? (x.values ? [x.values.length] : undefined);
    if (!dims)
        return undefined;
    const out = reshapeDims(dims, target, allowZero);
    return out ? { ...x, dims: out } : undefined;
}
function squeezeDims(dims, axes) {
    if (!axes)
        return dims.filter((d) => d !== 1);
    const drop = new Set(axes.map((x) => normalizeAxis(x, dims.length)));
    return dims.filter((_, i) => !drop.has(i));
}
function unsqueezeDims(dims, axes) {
    if (!axes)
        return undefined;
    const rank = dims.length + axes.length;
    const out = [...dims];
    for (const d of axes.map((x) => normalizeAxis(x, rank)).sort((p, q) => p - q))
        out.splice(d, 0, 1);
    return out;
}
function concat(parts, axis) {
    if (parts.length === 0 || parts.some((p) => !p?.dims))
        return undefined;
    const rank = parts[0].dims.length;
    if (parts.some((p) => p.dims.length !== rank))
        return undefined;
    const d = normalizeAxis(axis, rank);
    const dims = [...parts[0].dims];
    dims[d] = parts.reduce((n, p) => n + p.dims[d], 0);
    const int = parts.every((p) => p.int);
    if (parts.some((p) => !p.values))
        return { dims, int };
    // Row-major: for each index of the dims before `d`, the parts' blocks one after another.
    const outer = count(dims.slice(0, d));
    const values = [];
    for (let o = 0; o < outer; o++) {
        for (const p of parts) {
            const block = count(p.dims.slice(d));
            values.push(...p.values.slice(o * block, (o + 1) * block));
        }
    }
    return { dims, values, int };
}
function gatherOp(data, indices, axis) {
    if (!data?.dims || !indices?.values)
        return undefined;
    const d = normalizeAxis(axis, data.dims.length);
    const n = data.dims[d];
    if (n === undefined)
        return undefined;
    const picked = indices.values.map((i) => (i < 0 ? i + n : i));
    if (picked.some((i) => i < 0 || i >= n))
        return undefined;
    const indexDims = indices.dims ?? [indices.values.length];
    const dims = [...data.dims.slice(0, d), ...indexDims, ...data.dims.slice(d + 1)];
    if (!data.values || count(data.dims) > MAX_VALUES)
        return { dims, ...(data.int !== undefined ? { int: data.int } : {}) };
    const picks = data.dims.map((m, i) => (i === d ? picked : range(m)));
    return { dims, values: gather(data.dims, data.values, picks, [...data.dims.keys()]), ...(data.int !== undefined ? { int: data.int } : {}) };
}
/** ONNX Slice: negative starts/ends count from the end, clamped; negative steps walk backwards. */
function sliceIndices(n, start, end, step) {
    if (step === 0)
        return undefined;
    const norm = (x) => (x < 0 ? x + n : x);
    const picks = [];
    if (step > 0) {
        const from = Math.min(Math.max(norm(start), 0), n);
        const to = Math.min(Math.max(norm(end), 0), n);
        for (let i = from; i < to; i += step)
            picks.push(i);
    }
    else {
        const from = Math.min(Math.max(norm(start), -1), n - 1);
        const to = Math.min(Math.max(norm(end), -1), n - 1);
        for (let i = from; i > to; i += step)
            picks.push(i);
    }
    return picks;
}
/** How many indices `sliceIndices` picks, without listing them (a dim may be 2^31). */
function sliceCount(n, start, end, step) {
    if (step === 0)
        return undefined;
    const norm = (x) => (x < 0 ? x + n : x);
    if (step > 0) {
        const from = Math.min(Math.max(norm(start), 0), n);
        const to = Math.min(Math.max(norm(end), 0), n);
        return Math.max(Math.ceil((to - from) / step), 0);
    }
    const from = Math.min(Math.max(norm(start), -1), n - 1);
    const to = Math.min(Math.max(norm(end), -1), n - 1);
    return Math.max(Math.ceil((from - to) / -step), 0);
}
function sliceOp(x, starts, ends, axes, steps) {
    const dims = x.dims;
    // Only small tensors' values are listed: a shape of [2^31] (a corrupt ConstantOfShape) is sliced by counting.
    if (!x.values || count(dims) > MAX_VALUES) {
        const outDims = [...dims];
        for (let j = 0; j < axes.length; j++) {
            const d = normalizeAxis(axes[j], dims.length);
            const n = d < 0 || d >= dims.length ? undefined : sliceCount(dims[d], starts[j], ends[j], steps[j] ?? 1);
            if (n === undefined)
                return undefined;
            outDims[d] = n;
        }
        return { dims: outDims, ...(x.int !== undefined ? { int: x.int } : {}) };
    }
    const picks = dims.map((n) => range(n));
    for (let j = 0; j < axes.length; j++) {
        const d = normalizeAxis(axes[j], dims.length);
        const pick = sliceIndices(dims[d], starts[j], ends[j], steps[j] ?? 1);
        if (!pick || d < 0 || d >= dims.length)
            return undefined;
        picks[d] = pick;
    }
    const outDims = picks.map((p) => p.length);
    if (!x.values)
        return { ...x, dims: outDims };
    return { ...x, dims: outDims, values: gather(dims, x.values, picks, [...dims.keys()]) };
}
function splitOp(node, ctx, a) {
    const x = ctx.input(0);
    if (!x?.dims)
        return undefined;
    const sizes = splitSizes(x.dims, node, ctx.opset, a, (i) => ctx.input(i)?.values);
    if (!sizes)
        return undefined;
    const d = normalizeAxis(a('axis')?.i ?? 0, x.dims.length);
    let at = 0;
    return sizes.map((size) => {
        const part = sliceOp(x, [at], [at + size], [d], [1]);
        at += size;
        return part;
    });
}
/** Split's part sizes: the `split` attribute (< 13) or input (13+), num_outputs (18+), else equal parts. */
function splitSizes(dims, node, opset, a, input) {
    const d = normalizeAxis(a('axis')?.i ?? 0, dims.length);
    const given = opset >= 13 ? (node.inputs[1] ? input(1) : undefined) : a('split')?.ints;
    if (opset >= 13 && node.inputs[1] && !given)
        return undefined;
    if (given)
        return [...given];
    const n = dims[d];
    const parts = a('num_outputs')?.i ?? node.outputs.length;
    if (n === undefined || parts < 1)
        return undefined;
    // num_outputs: ceil-sized parts, the last one smaller (opset 18).
    const size = Math.ceil(n / parts);
    return range(parts).map((i) => Math.max(Math.min(size, n - i * size), 0));
}
function reduce(node, ctx, a, f) {
    const x = ctx.input(0);
    if (!x?.dims || !x.values)
        return undefined;
    const inputFrom = node.opType === 'ReduceSum' ? 13 : 18;
    const axesGiven = ctx.opset >= inputFrom ? (node.inputs[1] ? ctx.input(1)?.values : undefined) : a('axes')?.ints;
    if (ctx.opset >= inputFrom && node.inputs[1] && !axesGiven)
        return undefined;
    if ((!axesGiven || axesGiven.length === 0) && a('noop_with_empty_axes')?.i === 1)
        return x;
    const rank = x.dims.length;
    const axes = new Set((axesGiven && axesGiven.length > 0 ? axesGiven : range(rank)).map((ax) => normalizeAxis(ax, rank)));
    const keep = (a('keepdims')?.i ?? 1) === 1;
    const outDims = x.dims.map((n, i) => (axes.has(i) ? 1 : n));
    const strides = stridesOf(x.dims);
    const outStrides = stridesOf(outDims);
    const acc = new Map();
    x.values.forEach((value, flat) => {
        let o = 0;
        x.dims.forEach((_, i) => {
            const idx = Math.floor(flat / strides[i]) % x.dims[i];
            if (!axes.has(i))
                o += idx * outStrides[i];
        });
        acc.set(o, acc.has(o) ? f(acc.get(o), value) : value);
    });
    const values = range(count(outDims)).map((i) => acc.get(i) ?? 0);
    return { dims: keep ? outDims : x.dims.filter((_, i) => !axes.has(i)), values, int: x.int ?? false };
}
/** Multidirectional (numpy) broadcasting of shapes; undefined when they do not broadcast. */
function broadcastDims(shapes) {
    const rank = Math.max(...shapes.map((s) => s.length));
    const out = [];
    for (let i = 0; i < rank; i++) {
        let size = 1;
        for (const s of shapes) {
            const d = s[s.length - rank + i] ?? 1;
            if (d === 1)
                continue;
            if (size !== 1 && size !== d)
                return undefined;
            size = d;
        }
        out.push(size);
    }
    return out;
}
function broadcastTo(x, dims) {
    const xd = x.dims;
    if (!x.values)
        return { ...x, dims };
    const lead = dims.length - xd.length;
    const picks = dims.slice(lead).map((n, i) => range(n).map((j) => (xd[i] === 1 ? 0 : j)));
    const inner = gather(xd, x.values, picks, [...xd.keys()]);
    const repeat = count(dims.slice(0, lead));
    if (repeat * inner.length > MAX_VALUES)
        return { ...x, dims };
    return { ...x, dims, values: Array.from({ length: repeat }, () => inner).flat() };
}
function elementwise(parts, f, int) {
    if (parts.some((p) => !p?.values))
        return undefined;
    const shapes = parts.map((p) => p.dims ?? [p.values.length]);
    const dims = broadcastDims(shapes);
    if (!dims || count(dims) > MAX_VALUES)
        return undefined;
    const full = parts.map((p, i) => broadcastTo({ ...p, dims: shapes[i] }, dims).values);
    return { dims, values: range(count(dims)).map((i) => f(...full.map((vs) => vs[i]))), int };
}

// EXTERNAL MODULE: ./src/formats/onnx/reshape.ts
var onnx_reshape = __webpack_require__(4388);
;// CONCATENATED MODULE: ./src/formats/onnx/ops.ts
/**
 * ONNX operators with one input on the data path, mapped to the graph IR: the op's index map
 * per spatial axis and the layout of its output. Operator semantics follow
 * https://onnx.ai/onnx/operators/ (attribute defaults and the opset where an attribute became
 * an input are noted where they matter). Merges and channel-attention gates are in graph.ts.
 */



/** An operator used in a way the loader cannot map (RF205); the message names the node. */
class MappingError extends Error {
}
/** Every output position sees the whole input, and why (the report names the layer and this). */
function globalBecause(reason) {
    return { kind: 'global', reason };
}
/** Elementwise ops, activations and normalisations: output position u reads input position u. */
const keep = (ctx) => ({ op: rf/* pointwise */.rp, layout: ctx.x.layout });
const conv = (ctx) => ops_window(ctx);
/** QLinearConv: x, x_scale, x_zero_point, w…: the weight is input 3. */
const qlinearConv = (ctx) => ops_window(ctx, undefined, 3);
const maxPool = (ctx) => ops_window(ctx, 'max');
const averagePool = (ctx) => ops_window(ctx, 'avg');
const lpPool = (ctx) => ops_window(ctx, 'lp');
const spaceToDepth = (ctx) => ({ op: { kind: 'space_to_depth', block: blockSize(ctx) }, layout: ctx.x.layout });
const depthToSpace = (ctx) => ({ op: { kind: 'depth_to_space', block: blockSize(ctx) }, layout: ctx.x.layout });
const gemm = () => ({ op: globalBecause('Gemm (a dense layer)'), layout: [null, null] });
function fail(ctx, message) {
    throw new MappingError(`${ctx.label}: ${message}`);
}
function attr(ctx, name) {
    return ctx.node.attributes.get(name);
}
const ops_int = (ctx, name, def) => attr(ctx, name)?.i ?? def;
const ints = (ctx, name) => attr(ctx, name)?.ints;
const str = (ctx, name, def) => attr(ctx, name)?.s ?? def;
/** Values of constant input `i`, or an error saying the model computes it at run time. */
function constValues(ctx, i, what) {
    const c = ctx.constant(i);
    if (c?.values)
        return c.values;
    return fail(ctx, `its ${what} (input ${i + 1}, "${ctx.node.inputs[i]}") is computed at run time from the values of a tensor rflint does not evaluate (only shapes and small constants are); export with do_constant_folding=True, or simplify the file first (onnxsim) so that it becomes a constant`);
}
/** An optional constant input: undefined when omitted ('' or absent). */
function optionalValues(ctx, i, what) {
    const name = ctx.node.inputs[i];
    if (name === undefined || name === '')
        return undefined;
    return constValues(ctx, i, what);
}
/** The spatial axis held by each of the dims 2… of an NCHW-style op input. */
function spatialDims(ctx) {
    const layout = ctx.x.layout;
    const dims = layout.slice(2);
    const ok = layout.length === ctx.axes + 2 &&
        layout[0] === null &&
        layout[1] === null &&
        dims.every((a) => a !== null) &&
        new Set(dims).size === dims.length;
    if (!ok) {
        fail(ctx, `expects its input as (N, C, spatial…) but the data has layout ${describe(layout)}; a Transpose upstream moved the spatial axes`);
    }
    return dims;
}
/**
 * The dims 2… of a window op's input: each holds a spatial axis, or null for an axis of no
 * spatial meaning (the size-1 axis that Unsqueeze adds when older PyTorch and tf2onnx write a 1-D
 * conv or pool as Unsqueeze → 2-D op → Squeeze). The op maps positions on the spatial dims only;
 * `unit` lists the others, where it must be a 1-wide window without padding.
 */
function windowDims(ctx) {
    const layout = ctx.x.layout;
    const dims = layout.slice(2);
    const spatial = dims.filter((a) => a !== null);
    const ok = layout[0] === null && layout[1] === null && spatial.length === ctx.axes && new Set(spatial).size === spatial.length;
    if (!ok) {
        fail(ctx, `expects its input as (N, C, spatial…) but the data has layout ${describe(layout)}; an op upstream (a Transpose or Reshape) moved the spatial axes`);
    }
    return { dims, unit: dims.flatMap((a, j) => (a === null ? [j] : [])) };
}
/** Values per dim → per spatial axis, in the model's axis order (the unit dims left out). */
function bySpatial(dims, values) {
    const out = new Array(dims.filter((a) => a !== null).length);
    dims.forEach((axis, j) => {
        if (axis !== null)
            out[axis] = values[j];
    });
    return out;
}
/** On a dim with no spatial meaning the window must be 1 wide, unpadded: else it is not a 1-D op. */
function checkUnitDims(ctx, unit, kernel, pad) {
    for (const j of unit) {
        const p = pad[j];
        if (kernel[j] !== 1 || !('begin' in p) || p.begin !== 0 || p.end !== 0) {
            fail(ctx, `runs on dim ${j + 2}, which holds no spatial axis (such as the size-1 axis an Unsqueeze adds for a 1-D op), with a kernel of ${kernel[j]}${'begin' in p ? ` and pads ${p.begin}, ${p.end}` : ' and SAME padding'}; rflint maps a window there only when it is 1 wide and unpadded`);
        }
    }
}
function describe(layout) {
    return `(${layout.map((a) => (a === null ? '·' : `spatial ${a}`)).join(', ')})`;
}
/** Reorders per-dim values (dims 2…) into the model's axis order. */
function byAxis(dims, values) {
    const out = new Array(dims.length);
    dims.forEach((axis, j) => (out[axis] = values[j]));
    return out;
}
function perDim(ctx, name, count, def) {
    const values = ints(ctx, name);
    if (values === undefined)
        return Array.from({ length: count }, () => def);
    if (values.length !== count)
        fail(ctx, `${name} has ${values.length} values, expected ${count}`);
    return [...values];
}
/** kernel_shape, or the weight's dims 2… (ONNX allows omitting it). */
function kernelShape(ctx, count, weightInput) {
    const given = ints(ctx, 'kernel_shape');
    const dims = given ?? ctx.constant(weightInput)?.dims?.slice(2);
    if (!dims)
        fail(ctx, 'has no kernel_shape and its weight\'s shape is not in the file');
    if (dims.length !== count)
        fail(ctx, `kernel_shape has ${dims.length} values for ${count} spatial axes`);
    return [...dims];
}
function autoPad(ctx) {
    return str(ctx, 'auto_pad', 'NOTSET');
}
/** Conv, pools: output u reads s·u − p + d·j. Pads are [x1_begin, x2_begin…, x1_end, x2_end…]. */
function ops_window(ctx, pool, weightInput = 1) {
    const { dims, unit } = windowDims(ctx);
    const n = dims.length;
    const kernel = kernelShape(ctx, n, pool ? -1 : weightInput);
    const stride = perDim(ctx, 'strides', n, 1);
    const dilation = perDim(ctx, 'dilations', n, 1);
    const pads = perDim(ctx, 'pads', 2 * n, 0);
    const mode = autoPad(ctx);
    const pad = Array.from({ length: n }, (_, j) => {
        switch (mode) {
            case 'SAME_UPPER':
                return { same: 'upper' };
            case 'SAME_LOWER':
                return { same: 'lower' };
            case 'VALID':
                return { begin: 0, end: 0 };
            case 'NOTSET':
                return { begin: pads[j], end: pads[n + j] };
            default:
                return fail(ctx, `auto_pad "${mode}" is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
        }
    });
    // SAME on a unit dim pads (k − s)/2…: with k = 1 and stride ≥ 1 nothing, so read it as zero.
    const padAt = pad.map((p, j) => (unit.includes(j) && 'same' in p && kernel[j] === 1 ? { begin: 0, end: 0 } : p));
    checkUnitDims(ctx, unit, kernel, padAt);
    const op = {
        kind: 'conv',
        ...(pool ? { pool } : {}),
        kernel: bySpatial(dims, kernel),
        stride: bySpatial(dims, stride),
        dilation: bySpatial(dims, dilation),
        pad: bySpatial(dims, padAt),
        ...(pool && ops_int(ctx, 'ceil_mode', 0) === 1 ? { ceilMode: true } : {}),
    };
    return { op, layout: ctx.x.layout };
}
/** ConvTranspose: input i writes s·i − p + d·j. output_shape fixes the pads from the input size. */
function convTranspose(ctx) {
    const { dims, unit } = windowDims(ctx);
    const n = dims.length;
    const kernel = kernelShape(ctx, n, 1);
    const stride = perDim(ctx, 'strides', n, 1);
    const dilation = perDim(ctx, 'dilations', n, 1);
    const outputPadding = perDim(ctx, 'output_padding', n, 0);
    const pads = perDim(ctx, 'pads', 2 * n, 0);
    const mode = autoPad(ctx);
    const outputShape = ints(ctx, 'output_shape')?.slice(-n);
    const inSize = concrete(ctx.shape(ctx.node.inputs[0]))?.slice(2);
    const pad = Array.from({ length: n }, (_, j) => {
        const extent = dilation[j] * (kernel[j] - 1) + 1;
        // ONNX: total = s·(in − 1) + output_padding + extent − out, where out is output_shape or,
        // for SAME, in·s (so the total does not depend on the input size).
        let total;
        if (outputShape) {
            if (!inSize)
                fail(ctx, 'has output_shape, whose pads depend on the input size, but the input\'s shape is not in the file; export with fixed input shapes');
            total = stride[j] * (inSize[j] - 1) + outputPadding[j] + extent - outputShape[j];
        }
        else if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
            total = outputPadding[j] + extent - stride[j];
        }
        if (total === undefined)
            return mode === 'VALID' ? { begin: 0, end: 0 } : { begin: pads[j], end: pads[n + j] };
        const half = Math.floor(total / 2);
        return mode === 'SAME_UPPER' ? { begin: half, end: total - half } : { begin: total - half, end: half };
    });
    checkUnitDims(ctx, unit, kernel, pad);
    const grown = unit.find((j) => outputPadding[j] !== 0 || (stride[j] > 1 && kernel[j] > 1));
    if (grown !== undefined)
        fail(ctx, `grows dim ${grown + 2}, which holds no spatial axis; rflint maps a transposed conv there only when it keeps its size 1`);
    const op = {
        kind: 'deconv',
        kernel: bySpatial(dims, kernel),
        stride: bySpatial(dims, stride),
        dilation: bySpatial(dims, dilation),
        pad: bySpatial(dims, pad),
        outputPadding: bySpatial(dims, outputPadding),
    };
    return { op, layout: ctx.x.layout };
}
function globalPool(ctx) {
    return { op: globalBecause(ctx.node.opType), layout: ctx.x.layout, pools: true };
}
/** Pad: `paddings`/`pads` attribute up to opset 10, then the `pads` input; `axes` input from 18. */
function padOp(ctx) {
    const mode = str(ctx, 'mode', 'constant');
    if (mode === 'wrap')
        fail(ctx, 'mode "wrap" (circular padding) reads the far side of the input, which rflint cannot map');
    const rank = ctx.x.layout.length;
    const pads = ctx.opset >= 11 ? constValues(ctx, 1, 'pads') : (ints(ctx, 'pads') ?? ints(ctx, 'paddings'));
    if (!pads)
        fail(ctx, 'has no pads');
    const axes = (ctx.opset >= 18 ? optionalValues(ctx, 3, 'axes') : undefined)?.map((a) => normalizeAxis(a, rank)) ?? [...ctx.x.layout.keys()];
    if (pads.length !== 2 * axes.length)
        fail(ctx, `has ${pads.length} pads for ${axes.length} axes (expected begins then ends)`);
    const begin = new Array(ctx.axes).fill(0);
    const end = new Array(ctx.axes).fill(0);
    axes.forEach((d, j) => {
        const axis = ctx.x.layout[d];
        if (axis === null || axis === undefined)
            return;
        begin[axis] = pads[j];
        end[axis] = pads[axes.length + j];
    });
    return { op: { kind: 'pad', begin, end }, layout: ctx.x.layout };
}
/** Ends at or beyond this are "to the end" (exporters write INT64_MAX or INT32_MAX). */
const TO_END = 2 ** 31 - 1;
/** Slice on a spatial axis is a crop (step 1) or a strided 1-wide window (step > 1). */
function slice(ctx) {
    const rank = ctx.x.layout.length;
    const fromInputs = ctx.opset >= 10;
    const starts = fromInputs ? constValues(ctx, 1, 'starts') : ints(ctx, 'starts');
    const ends = fromInputs ? constValues(ctx, 2, 'ends') : ints(ctx, 'ends');
    if (!starts || !ends)
        fail(ctx, 'has no starts or ends');
    const axes = (fromInputs ? optionalValues(ctx, 3, 'axes') : ints(ctx, 'axes')) ?? starts.map((_, i) => i);
    const steps = (fromInputs ? optionalValues(ctx, 4, 'steps') : undefined) ?? starts.map(() => 1);
    const begin = new Array(ctx.axes).fill(0);
    const end = new Array(ctx.axes).fill(0);
    const stride = new Array(ctx.axes).fill(1);
    const size = concrete(ctx.shape(ctx.node.inputs[0]));
    axes.forEach((a, j) => {
        const d = normalizeAxis(a, rank);
        const axis = ctx.x.layout[d];
        if (axis === null || axis === undefined)
            return;
        const step = steps[j];
        if (step < 1)
            fail(ctx, `slices spatial axis ${axis} with step ${step}; a reversed axis has no receptive-field map`);
        const n = size?.[d];
        const start = starts[j];
        const stop = ends[j];
        const needSize = (what) => n ?? fail(ctx, `its ${what} on spatial axis ${axis} counts from the size of the tensor, which rflint cannot tell; set the input size (--input-size, or \`input_size\` in a rule)`);
        const clamp = (v, len) => Math.min(Math.max(v, 0), len);
        begin[axis] = start < 0 ? clamp(start + needSize(`start ${start}`), needSize('')) : n === undefined ? start : clamp(start, n);
        if (stop >= TO_END)
            end[axis] = 0;
        else if (stop < 0)
            end[axis] = n === undefined ? -stop : n - clamp(stop + n, n);
        else
            end[axis] = needSize(`end ${stop}`) - clamp(stop, needSize(''));
        stride[axis] = step;
    });
    if (stride.every((s) => s === 1)) {
        return { op: { kind: 'pad', begin: begin.map((b) => -b), end: end.map((e) => -e) }, layout: ctx.x.layout };
    }
    const op = {
        kind: 'conv',
        kernel: stride.map(() => 1),
        stride,
        dilation: stride.map(() => 1),
        pad: begin.map((b, a) => ({ begin: -b, end: -end[a] })),
    };
    return { op, layout: ctx.x.layout };
}
const ROUNDINGS = ['floor', 'ceil', 'round_prefer_floor', 'round_prefer_ceil'];
const COORDINATES = ['asymmetric', 'half_pixel', 'pytorch_half_pixel', 'tf_half_pixel_for_nn', 'align_corners'];
/**
 * Resize (opset 10: scales input; 11+: roi, scales, sizes; 18: axes) and Upsample (scales
 * attribute in opset 7, input in 9). Upsample and Resize-10 map coordinates asymmetrically and
 * round nearest down (PyTorch's `nearest`); Resize-11 defaults to half_pixel, round_prefer_floor.
 */
function resizeOp(ctx) {
    const layout = ctx.x.layout;
    const rank = layout.length;
    const legacy = ctx.node.opType === 'Upsample' || ctx.opset < 11;
    const modeName = str(ctx, 'mode', 'nearest');
    const mode = modeName === 'bilinear' || modeName === 'trilinear' ? 'linear' : modeName;
    if (mode !== 'nearest' && mode !== 'linear' && mode !== 'cubic')
        fail(ctx, `mode "${modeName}" is not nearest, linear or cubic`);
    const coordinates = legacy ? 'asymmetric' : str(ctx, 'coordinate_transformation_mode', 'half_pixel');
    if (!COORDINATES.includes(coordinates)) {
        fail(ctx, `coordinate_transformation_mode "${coordinates}" is not supported (supported: ${COORDINATES.join(', ')})`);
    }
    const rounding = legacy ? 'floor' : str(ctx, 'nearest_mode', 'round_prefer_floor');
    if (!ROUNDINGS.includes(rounding))
        fail(ctx, `nearest_mode "${rounding}" is not supported`);
    if (ops_int(ctx, 'antialias', 0) === 1)
        fail(ctx, 'antialias widens the kernel when downsampling, which rflint cannot map');
    const policy = str(ctx, 'keep_aspect_ratio_policy', 'stretch');
    if (policy !== 'stretch')
        fail(ctx, `keep_aspect_ratio_policy "${policy}" is not supported`);
    let scales;
    let sizes;
    if (ctx.node.opType === 'Upsample' && ctx.opset < 9)
        scales = attr(ctx, 'scales')?.floats;
    else if (legacy)
        scales = constValues(ctx, 1, 'scales');
    else {
        scales = optionalValues(ctx, 2, 'scales');
        if (!scales || scales.length === 0)
            sizes = optionalValues(ctx, 3, 'sizes');
    }
    if ((!scales || scales.length === 0) && !sizes)
        fail(ctx, 'has neither scales nor sizes');
    const axes = (ctx.opset >= 18 ? ints(ctx, 'axes') : undefined)?.map((a) => normalizeAxis(a, rank)) ?? [...layout.keys()];
    const inSize = concrete(ctx.shape(ctx.node.inputs[0]));
    const scale = new Array(ctx.axes).fill((0,rf/* frac */.Ju)(1));
    const size = [];
    axes.forEach((d, j) => {
        const axis = layout[d];
        if (axis === null || axis === undefined)
            return;
        if (scales && scales.length > 0) {
            scale[axis] = toFraction(scales[j], ctx);
            return;
        }
        const n = inSize?.[d];
        if (n === undefined)
            fail(ctx, 'resizes to fixed sizes, whose scale depends on the size of its input, which rflint cannot tell; set the input size (--input-size, or `input_size` in a rule)');
        scale[axis] = (0,rf/* frac */.Ju)(sizes[j], n);
        size[axis] = sizes[j];
    });
    const op = {
        kind: 'resize',
        scale,
        mode,
        rounding: rounding,
        coordinates: coordinates,
        ...(sizes && Array.from({ length: ctx.axes }, (_, a) => size[a]).every((s) => s !== undefined) ? { size } : {}),
    };
    return { op, layout };
}
/** A float scale as the simplest fraction within float32 precision (1/3 is stored as 0.33333334). */
function toFraction(x, ctx) {
    if (!(x > 0) || !Number.isFinite(x))
        fail(ctx, `scale ${x} must be a positive number`);
    // A scale past 2^53 (a corrupt file's 1e20) has no exact fraction: say so, not OverflowError.
    if (x >= 2 ** 53 || 1 / x >= 2 ** 53)
        fail(ctx, `scale ${x} is too large or too small to analyse exactly`);
    const tolerance = x * 1e-6;
    // Continued fractions: the convergents are the best approximations with small denominators.
    let [h0, h1, k0, k1] = [0, 1, 1, 0];
    let rest = x;
    for (let i = 0; i < 32; i++) {
        const a = Math.floor(rest);
        [h0, h1] = [h1, a * h1 + h0];
        [k0, k1] = [k1, a * k1 + k0];
        if (!Number.isSafeInteger(h1) || !Number.isSafeInteger(k1))
            break;
        if (Math.abs(h1 / k1 - x) <= tolerance)
            return (0,rf/* frac */.Ju)(h1, k1);
        if (rest === a || k1 > 1_000_000)
            break;
        rest = 1 / (rest - a);
    }
    return fail(ctx, `scale ${x} is not a simple fraction`);
}
function blockSize(ctx) {
    spatialDims(ctx);
    const block = ops_int(ctx, 'blocksize', 0);
    if (block < 1)
        fail(ctx, 'has no blocksize');
    return new Array(ctx.axes).fill(block);
}
/** Concat of one data tensor with constants (a learned token, extra channels). */
function ops_concat(ctx) {
    const layout = ctx.x.layout;
    const d = normalizeAxis(ops_int(ctx, 'axis', 0), layout.length);
    if (hasSpatial(layout, [d]))
        fail(ctx, `concatenates along spatial axis ${layout[d]}, which rflint cannot map`);
    return keep(ctx);
}
/** Flatten(axis) makes a matrix: a spatial axis merged with any other dim is gone. */
function flatten(ctx) {
    const layout = ctx.x.layout;
    const axis = normalizeAxis(ops_int(ctx, 'axis', 1), layout.length);
    const group = (dims) => (dims.length === 1 ? dims[0] : null);
    const head = layout.slice(0, axis);
    const tail = layout.slice(axis);
    const merged = (dims) => dims.length > 1 && hasSpatial(dims);
    if (merged(head) || merged(tail))
        return { op: globalBecause('Flatten merges spatial axes'), layout: [null, null] };
    return { op: rf/* pointwise */.rp, layout: [group(head), group(tail)] };
}
/**
 * Reshape: how it moves the spatial axes is worked out from its input and output shapes
 * (reshape.ts): channel regroups keep the positions, splitting a spatial axis into blocks is
 * space-to-depth, folding channels into one is depth-to-space, merging positions is global.
 */
function ops_reshape(ctx) {
    const layout = ctx.x.layout;
    const target = ctx.opset >= 5 ? ctx.constant(1)?.values : ints(ctx, 'shape');
    if (!hasSpatial(layout))
        return { op: rf/* pointwise */.rp, layout: (concrete(ctx.shape(ctx.node.outputs[0])) ?? target ?? []).map(() => null) };
    // The same dims, written 0 (copy) in place: the simplest regrouping.
    if (target && target.length === layout.length && layout.every((a, d) => a === null || target[d] === 0)) {
        return { op: rf/* pointwise */.rp, layout };
    }
    const inShape = concrete(ctx.shape(ctx.node.inputs[0]));
    const outShape = concrete(ctx.shape(ctx.node.outputs[0]));
    if (!inShape || !outShape) {
        fail(ctx, `reshapes a feature map to ${target ? `[${target.join(', ')}]` : 'a shape computed at run time'} and rflint cannot tell the sizes involved; set the input size (--input-size, or \`input_size\` in a rule)`);
    }
    const m = (0,onnx_reshape/* mapReshape */.l)(inShape, outShape, layout, ctx.axes);
    if (m.kind === 'global')
        return { op: globalBecause(`Reshape: ${m.why}`), layout: outShape.map(() => null) };
    const down = m.down.some((b) => b > 1) ? { kind: 'space_to_depth', block: m.down } : undefined;
    const up = m.up.some((b) => b > 1) ? { kind: 'depth_to_space', block: m.up } : undefined;
    if (down && up)
        return { op: down, after: up, layout: m.layout };
    return { op: down ?? up ?? rf/* pointwise */.rp, layout: m.layout };
}
/** MatMul contracts the data's last dim (x·W) or, with the data on the right, its dim −2. */
function matMul(ctx) {
    const layout = ctx.x.layout;
    const right = ctx.xIndex === 1;
    const contracted = right ? layout.length - 2 : layout.length - 1;
    if (layout.length < 2 || hasSpatial(layout, [contracted]))
        return { op: globalBecause('MatMul over spatial positions'), layout: layout.map(() => null) };
    const weightRank = ctx.constant(right ? 0 : 1)?.dims?.length;
    const out = [...layout];
    if (!right && weightRank === 1)
        out.pop();
    return { op: rf/* pointwise */.rp, layout: out };
}
function transpose(ctx) {
    const layout = ctx.x.layout;
    const perm = ints(ctx, 'perm') ?? [...layout.keys()].reverse();
    if (perm.length !== layout.length)
        fail(ctx, `perm has ${perm.length} values for a tensor of rank ${layout.length}`);
    return { op: rf/* pointwise */.rp, layout: perm.map((d) => layout[normalizeAxis(d, layout.length)] ?? null) };
}
/** Axes of Squeeze/Unsqueeze/Reduce*: an attribute, or input 2 from the opset given. */
function axesOf(ctx, inputFrom) {
    if (ctx.opset >= inputFrom)
        return optionalValues(ctx, 1, 'axes');
    return ints(ctx, 'axes');
}
function squeeze(ctx) {
    const layout = ctx.x.layout;
    let axes = axesOf(ctx, 13)?.map((a) => normalizeAxis(a, layout.length));
    if (!axes) {
        const shape = concrete(ctx.shape(ctx.node.inputs[0]));
        if (!shape) {
            if (ctx.x.global)
                return { op: rf/* pointwise */.rp, layout: layout.filter((a) => a === null) };
            fail(ctx, 'squeezes every dim of size 1, but the input\'s shape is not in the file');
        }
        axes = shape.flatMap((s, d) => (s === 1 ? [d] : []));
    }
    const out = layout.filter((_, d) => !axes.includes(d));
    // A spatial axis of size 1 squeezed away: the tensor no longer has that axis.
    if (hasSpatial(layout, axes))
        return { op: globalBecause('Squeeze removes a spatial axis'), layout: out.map(() => null) };
    return { op: rf/* pointwise */.rp, layout: out };
}
function unsqueeze(ctx) {
    const out = [...ctx.x.layout];
    const axes = axesOf(ctx, 13);
    if (!axes)
        fail(ctx, 'has no axes');
    const rank = out.length + axes.length;
    for (const d of axes.map((a) => normalizeAxis(a, rank)).sort((a, b) => a - b))
        out.splice(d, 0, null);
    return { op: rf/* pointwise */.rp, layout: out };
}
/** Gather along a channel/feature dim picks channels; along a spatial dim it is not a geometry. */
function ops_gather(ctx) {
    const layout = ctx.x.layout;
    const d = normalizeAxis(ops_int(ctx, 'axis', 0), layout.length);
    if (hasSpatial(layout, [d]))
        fail(ctx, `gathers along spatial axis ${layout[d]}, which rflint cannot map`);
    const indices = ctx.constant(1);
    const indexRank = indices?.dims?.length ?? 1;
    return { op: rf/* pointwise */.rp, layout: [...layout.slice(0, d), ...new Array(indexRank).fill(null), ...layout.slice(d + 1)] };
}
function split(ctx) {
    const layout = ctx.x.layout;
    const d = normalizeAxis(ops_int(ctx, 'axis', 0), layout.length);
    if (hasSpatial(layout, [d]))
        fail(ctx, `splits along spatial axis ${layout[d]}, which rflint cannot map`);
    return { op: rf/* pointwise */.rp, layout, outputs: ctx.node.outputs.map(() => layout) };
}
/** Softmax over positions (attention) is global; over channels, pointwise. */
function softmax(ctx) {
    const layout = ctx.x.layout;
    const rank = layout.length;
    // Up to opset 12 the input is coerced to 2-D at `axis` (default 1): every dim from it on.
    const dims = ctx.opset < 13
        ? [...layout.keys()].slice(normalizeAxis(ops_int(ctx, 'axis', 1), rank))
        : [normalizeAxis(ops_int(ctx, 'axis', -1), rank)];
    return { op: hasSpatial(layout, dims) ? globalBecause(`${ctx.node.opType} over spatial positions`) : rf/* pointwise */.rp, layout };
}
/** Reductions over a spatial axis are global (a global pool when over all of them). */
function ops_reduce(ctx) {
    const layout = ctx.x.layout;
    const rank = layout.length;
    const isArg = ctx.node.opType.startsWith('Arg');
    const inputFrom = ctx.node.opType === 'ReduceSum' ? 13 : 18;
    let axes = isArg ? [ops_int(ctx, 'axis', 0)] : axesOf(ctx, inputFrom);
    if (!axes || axes.length === 0) {
        if (ops_int(ctx, 'noop_with_empty_axes', 0) === 1)
            return keep(ctx);
        axes = [...layout.keys()];
    }
    const dims = axes.map((a) => normalizeAxis(a, rank));
    const keepDims = ops_int(ctx, 'keepdims', 1) === 1;
    const out = keepDims ? layout : layout.filter((_, d) => !dims.includes(d));
    if (!hasSpatial(layout, dims))
        return { op: rf/* pointwise */.rp, layout: out };
    const allSpatial = layout.every((a, d) => a === null || dims.includes(d));
    return { op: globalBecause(`${ctx.node.opType} over spatial axes`), layout: out, ...(allSpatial ? { pools: true } : {}) };
}
/** Expand broadcasts to a shape: new leading dims, spatial dims kept. */
function expand(ctx) {
    const shape = constValues(ctx, 1, 'shape');
    const layout = ctx.x.layout;
    const extra = Math.max(shape.length - layout.length, 0);
    return { op: rf/* pointwise */.rp, layout: [...new Array(extra).fill(null), ...layout] };
}

;// CONCATENATED MODULE: ./src/formats/onnx/shapes.ts


const shapes_attrOf = (node) => (name) => node.attributes.get(name);
/** The shape of the first input: elementwise ops of one input, activations, normalisations. */
const sameShape = (_node, ctx) => [ctx.shape(0)];
/** Elementwise ops over several inputs: numpy broadcasting. */
const broadcastShape = (node, ctx) => [broadcastPartial(node.inputs.map((_, i) => ctx.shape(i)))];
/** Conv and its quantised forms: the weight (input `weightInput`) gives the channels and the kernel. */
const convShape = (weightInput) => (node, ctx) => {
    const x = ctx.shape(0);
    const weight = ctx.shape(weightInput);
    return [x ? windowShape(x, shapes_attrOf(node), weight?.[0], weight?.slice(2)) : undefined];
};
/** Pools keep the channels; MaxPool's optional second output (indices) has the same shape. */
const poolShape = (node, ctx) => {
    const x = ctx.shape(0);
    const a = shapes_attrOf(node);
    return [x ? windowShape(x, a, x[1], undefined) : undefined, ...(node.outputs.length > 1 && x ? [windowShape(x, a, x[1], undefined)] : [])];
};
const convTransposeShapeRule = (node, ctx) => {
    const x = ctx.shape(0);
    return [x ? convTransposeShape(x, shapes_attrOf(node), ctx.shape(1)) : undefined];
};
const globalPoolShape = (_node, ctx) => {
    const x = ctx.shape(0);
    return [x ? [x[0], x[1], ...x.slice(2).map(() => 1)] : undefined];
};
const padShapeRule = (node, ctx) => [padShape(ctx.shape(0), ctx, shapes_attrOf(node))];
const sliceShapeRule = (node, ctx) => [sliceShape(ctx.shape(0), ctx, shapes_attrOf(node), node)];
const resizeShapeRule = (node, ctx) => [resizeShape(ctx.shape(0), ctx, shapes_attrOf(node), node)];
const concatShape = (node, ctx) => {
    const parts = node.inputs.map((_, i) => ctx.shape(i));
    if (parts.some((p) => !p))
        return [undefined];
    const rank = parts[0].length;
    const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, rank);
    const out = [...parts[0]];
    out[d] = parts.reduce((n, p) => (n === undefined || p[d] === undefined ? undefined : n + p[d]), 0);
    for (let i = 0; i < rank; i++)
        if (i !== d && out[i] === undefined)
            out[i] = parts.find((p) => p[i] !== undefined)?.[i];
    return [out];
};
const splitShape = (node, ctx) => {
    const x = ctx.shape(0);
    if (!x)
        return node.outputs.map(() => undefined);
    const a = shapes_attrOf(node);
    const d = normalizeAxis(a('axis')?.i ?? 0, x.length);
    const sizes = splitSizes(x, node, ctx.opset, a, (i) => ctx.values(i));
    return node.outputs.map((_, k) => {
        const out = [...x];
        out[d] = sizes?.[k];
        return out;
    });
};
const reshapeShape = (node, ctx) => {
    const x = ctx.shape(0);
    const a = shapes_attrOf(node);
    const target = ctx.opset >= 5 ? ctx.values(1) : a('shape')?.ints;
    if (!target)
        return [undefined];
    if (x && x.every((d) => d !== undefined))
        return [reshapeDims(x, target, a('allowzero')?.i === 1)];
    // Without the input's sizes, the target's own numbers are still its dims.
    return [target.map((t, i) => (t === 0 ? x?.[i] : t === -1 ? undefined : t))];
};
const flattenShape = (node, ctx) => {
    const x = ctx.shape(0);
    if (!x)
        return [undefined];
    const axis = normalizeAxis(node.attributes.get('axis')?.i ?? 1, x.length);
    return [[product(x.slice(0, axis)), product(x.slice(axis))]];
};
const transposeShape = (node, ctx) => {
    const x = ctx.shape(0);
    if (!x)
        return [undefined];
    const perm = node.attributes.get('perm')?.ints ?? [...x.keys()].reverse();
    return [perm.map((p) => x[p])];
};
const squeezeShape = (node, ctx) => {
    const x = ctx.shape(0);
    if (!x)
        return [undefined];
    const axes = (ctx.opset >= 13 ? ctx.values(1) : node.attributes.get('axes')?.ints)?.map((d) => normalizeAxis(d, x.length));
    if (!axes)
        return [x.some((d) => d === undefined) ? undefined : x.filter((d) => d !== 1)];
    return [x.filter((_, i) => !axes.includes(i))];
};
const unsqueezeShape = (node, ctx) => {
    const x = ctx.shape(0);
    const axes = ctx.opset >= 13 ? ctx.values(1) : node.attributes.get('axes')?.ints;
    if (!x || !axes)
        return [undefined];
    const rank = x.length + axes.length;
    const out = [...x];
    for (const d of axes.map((v) => normalizeAxis(v, rank)).sort((p, q) => p - q))
        out.splice(d, 0, 1);
    return [out];
};
const gatherShape = (node, ctx) => {
    const x = ctx.shape(0);
    const indices = ctx.shape(1);
    if (!x || !indices)
        return [undefined];
    const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, x.length);
    return [[...x.slice(0, d), ...indices, ...x.slice(d + 1)]];
};
const matMulShapeRule = (_node, ctx) => [matMulShape(ctx.shape(0), ctx.shape(1))];
const gemmShape = (node, ctx) => {
    const x = ctx.shape(0);
    const b = ctx.shape(1);
    if (!x || !b)
        return [undefined];
    const a = shapes_attrOf(node);
    return [[a('transA')?.i === 1 ? x[1] : x[0], a('transB')?.i === 1 ? b[0] : b[1]]];
};
/** Shape: a 1-D tensor of the input's rank (between `start` and `end`, opset 15). */
const shapeOpShape = (node, ctx) => {
    const x = ctx.shape(0);
    if (!x)
        return [undefined];
    const a = shapes_attrOf(node);
    const rank = x.length;
    const clampAxis = (i) => Math.min(Math.max(normalizeAxis(i, rank), 0), rank);
    const start = clampAxis(a('start')?.i ?? 0);
    const end = a('end')?.i === undefined ? rank : clampAxis(a('end').i);
    return [[Math.max(end - start, 0)]];
};
const scalarShape = () => [[]];
const expandShape = (_node, ctx) => {
    const x = ctx.shape(0);
    const target = ctx.values(1);
    if (!x || !target)
        return [undefined];
    return [broadcastPartial([x, target])];
};
const tileShape = (_node, ctx) => {
    const x = ctx.shape(0);
    const repeats = ctx.values(1);
    if (!x || !repeats)
        return [undefined];
    return [x.map((d, i) => (d === undefined ? undefined : d * repeats[i]))];
};
/** DepthToSpace (`up`) and SpaceToDepth: the block moves between channels and positions. */
const blockShape = (up) => (node, ctx) => {
    const x = ctx.shape(0);
    const b = node.attributes.get('blocksize')?.i;
    if (!x || !b)
        return [undefined];
    const spatial = x.slice(2).map((d) => (d === undefined ? undefined : up ? d * b : Math.floor(d / b)));
    const channels = x[1] === undefined ? undefined : up ? x[1] / (b * b) : x[1] * b ** (x.length - 2);
    return [[x[0], channels, ...spatial]];
};
const reduceShapeRule = (node, ctx) => [reduceShape(ctx.shape(0), ctx, shapes_attrOf(node), node.opType)];
const constantOfShapeShape = (_node, ctx) => {
    const dims = ctx.values(0);
    return [dims ? [...dims] : undefined];
};
/** The shape of a constant or initializer. */
function shapeOfConst(t) {
    return t?.dims ?? (t?.values ? [t.values.length] : undefined);
}
function product(dims) {
    let p = 1;
    for (const d of dims) {
        if (d === undefined)
            return undefined;
        p *= d;
    }
    return p;
}
function broadcastPartial(shapes) {
    if (shapes.some((s) => s === undefined))
        return undefined;
    const all = shapes;
    if (all.every((s) => s.every((d) => d !== undefined)))
        return broadcastDims(all);
    const rank = Math.max(...all.map((s) => s.length));
    return Array.from({ length: rank }, (_, i) => {
        const dims = all.map((s) => (s.length - rank + i < 0 ? 1 : s[s.length - rank + i]));
        const sizes = dims.filter((d) => d !== undefined);
        // An unknown dim broadcast with a known one > 1 is that one; with only 1s it stays unknown.
        if (sizes.length < dims.length)
            return sizes.some((d) => d > 1) ? Math.max(...sizes) : undefined;
        return Math.max(...sizes);
    });
}
/** Conv and pools (ONNX's shape rules: auto_pad, explicit pads, ceil_mode). */
function windowShape(x, a, channels, weightKernel) {
    // A corrupt input of rank 0 or 1 has no spatial axes (and must not make an array of length −1).
    const n = Math.max(x.length - 2, 0);
    const kernel = a('kernel_shape')?.ints ?? weightKernel;
    const stride = a('strides')?.ints ?? new Array(n).fill(1);
    const dilation = a('dilations')?.ints ?? new Array(n).fill(1);
    const pads = a('pads')?.ints ?? new Array(2 * n).fill(0);
    const mode = a('auto_pad')?.s ?? 'NOTSET';
    const ceil = a('ceil_mode')?.i === 1;
    const spatial = x.slice(2).map((size, j) => {
        const k = kernel?.[j];
        if (size === undefined || k === undefined)
            return undefined;
        const s = stride[j] ?? 1;
        const extent = (dilation[j] ?? 1) * (k - 1) + 1;
        if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER')
            return Math.ceil(size / s);
        if (mode === 'VALID')
            return Math.floor((size - extent) / s) + 1;
        const total = size + (pads[j] ?? 0) + (pads[n + j] ?? 0) - extent;
        let out = (ceil ? Math.ceil(total / s) : Math.floor(total / s)) + 1;
        // ceil_mode: the last window must start inside the input or its begin pad (as PyTorch and onnxruntime).
        if (ceil && (out - 1) * s >= size + (pads[j] ?? 0))
            out--;
        return out;
    });
    return [x[0], channels, ...spatial];
}
function convTransposeShape(x, a, weight) {
    const n = x.length - 2;
    const group = a('group')?.i ?? 1;
    const channels = weight?.[1] === undefined ? undefined : weight[1] * group;
    const given = a('output_shape')?.ints;
    if (given)
        return [x[0], channels, ...given.slice(-n)];
    const kernel = a('kernel_shape')?.ints ?? weight?.slice(2);
    const stride = a('strides')?.ints ?? new Array(n).fill(1);
    const dilation = a('dilations')?.ints ?? new Array(n).fill(1);
    const outputPadding = a('output_padding')?.ints ?? new Array(n).fill(0);
    const pads = a('pads')?.ints ?? new Array(2 * n).fill(0);
    const mode = a('auto_pad')?.s ?? 'NOTSET';
    const spatial = x.slice(2).map((size, j) => {
        const k = kernel?.[j];
        if (size === undefined || k === undefined)
            return undefined;
        const s = stride[j] ?? 1;
        if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER')
            return size * s;
        const extent = (dilation[j] ?? 1) * (k - 1) + 1;
        const total = mode === 'VALID' ? 0 : (pads[j] ?? 0) + (pads[n + j] ?? 0);
        return s * (size - 1) + (outputPadding[j] ?? 0) + extent - total;
    });
    return [x[0], channels, ...spatial];
}
function padShape(x, ctx, a) {
    if (!x)
        return undefined;
    const pads = ctx.opset >= 11 ? ctx.values(1) : (a('pads')?.ints ?? a('paddings')?.ints);
    if (!pads)
        return x.map(() => undefined);
    const axes = (ctx.opset >= 18 ? ctx.values(3) : undefined)?.map((d) => normalizeAxis(d, x.length)) ?? [...x.keys()];
    const out = [...x];
    axes.forEach((d, j) => {
        const size = out[d];
        out[d] = size === undefined ? undefined : size + pads[j] + pads[axes.length + j];
    });
    return out;
}
function sliceShape(x, ctx, a, node) {
    if (!x)
        return undefined;
    const fromInputs = ctx.opset >= 10;
    const starts = fromInputs ? ctx.values(1) : a('starts')?.ints;
    const ends = fromInputs ? ctx.values(2) : a('ends')?.ints;
    if (!starts || !ends)
        return x.map(() => undefined);
    const axes = (fromInputs ? (node.inputs[3] ? ctx.values(3) : undefined) : a('axes')?.ints) ?? starts.map((_, i) => i);
    const steps = (fromInputs && node.inputs[4] ? ctx.values(4) : undefined) ?? starts.map(() => 1);
    const out = [...x];
    axes.forEach((axis, j) => {
        const d = normalizeAxis(axis, x.length);
        const n = x[d];
        out[d] = n === undefined ? undefined : sliceCount(n, starts[j], ends[j], steps[j] ?? 1);
    });
    return out;
}
function resizeShape(x, ctx, a, node) {
    if (!x)
        return undefined;
    let scales;
    let sizes;
    if (node.opType === 'Upsample' && ctx.opset < 9)
        scales = a('scales')?.floats;
    else if (node.opType === 'Upsample' || ctx.opset < 11)
        scales = ctx.values(1);
    else {
        scales = node.inputs[2] ? ctx.values(2) : undefined;
        if (!scales || scales.length === 0)
            sizes = node.inputs[3] ? ctx.values(3) : undefined;
    }
    const axes = (ctx.opset >= 18 ? a('axes')?.ints : undefined)?.map((d) => normalizeAxis(d, x.length)) ?? [...x.keys()];
    const out = [...x];
    axes.forEach((d, j) => {
        if (sizes)
            out[d] = sizes[j];
        else if (scales && scales.length > 0)
            out[d] = x[d] === undefined ? undefined : Math.floor(x[d] * scales[j] + 1e-9);
        else
            out[d] = undefined;
    });
    return out;
}
function matMulShape(a, b) {
    if (!a || !b)
        return undefined;
    const left = a.length === 1 ? [1, a[0]] : a;
    const right = b.length === 1 ? [b[0], 1] : b;
    const batch = broadcastPartial([left.slice(0, -2), right.slice(0, -2)]) ?? [];
    const out = [...batch, left[left.length - 2], right[right.length - 1]];
    if (a.length === 1)
        out.splice(out.length - 2, 1);
    if (b.length === 1)
        out.pop();
    return out;
}
function reduceShape(x, ctx, a, op) {
    if (!x)
        return undefined;
    const isArg = op.startsWith('Arg');
    const inputFrom = op === 'ReduceSum' ? 13 : 18;
    let axes = isArg ? [a('axis')?.i ?? 0] : ctx.opset >= inputFrom ? ctx.values(1) : a('axes')?.ints;
    if (!axes || axes.length === 0) {
        if (a('noop_with_empty_axes')?.i === 1)
            return x;
        axes = [...x.keys()];
    }
    const dims = axes.map((d) => normalizeAxis(d, x.length));
    const keep = (a('keepdims')?.i ?? 1) === 1;
    return keep ? x.map((d, i) => (dims.includes(i) ? 1 : d)) : x.filter((_, i) => !dims.includes(i));
}

;// CONCATENATED MODULE: ./src/formats/onnx/op-table.ts
/**
 * Every ONNX operator the loader knows, one record each: how it maps positions on the data path
 * (ops.ts), the shape of its outputs (shapes.ts), whether it combines several data-path inputs
 * position by position, and how it folds to a constant (evaluate.ts). The walk (walk.ts) asks
 * only this table, so an op's knowledge cannot drift apart across lists: a mapped op without a
 * shape rule, say, is a test failure (test/formats/onnx/op-table.test.ts), not a silent unknown
 * shape after it. Semantics follow https://onnx.ai/onnx/operators/.
 */



/** One input, position u reads position u, the output has its shape: activations, norms, casts. */
const unary = (fold) => ({ geometry: keep, shape: sameShape, ...(fold ? { fold } : {}) });
/** Elementwise over broadcast inputs: with one data input and constants, pointwise; with several, a merge. */
const op_table_elementwise = (fold) => ({ geometry: keep, shape: broadcastShape, merges: true, ...(fold ? { fold } : {}) });
const reduction = (fold) => ({ geometry: ops_reduce, shape: reduceShapeRule, ...(fold ? { fold } : {}) });
const add = (x, y) => x + y;
const RECORDS = {
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
    Add: op_table_elementwise(foldBinary(add)),
    Sub: op_table_elementwise(foldBinary((x, y) => x - y)),
    Mul: op_table_elementwise(foldBinary((x, y) => x * y)),
    // Integer division truncates (as onnxruntime and C do); exporters floor explicitly when they mean it.
    Div: op_table_elementwise(foldBinary((x, y, int) => (int ? Math.trunc(x / y) : x / y))),
    // Mod: the sign of the divisor (Python's %) unless fmod=1 (C's fmod, the dividend's sign).
    Mod: op_table_elementwise(foldBinary((x, y, _int, node) => (node.attributes.get('fmod')?.i === 1 ? x % y : ((x % y) + y) % y))),
    Pow: op_table_elementwise(foldBinary((x, y) => x ** y)),
    Equal: op_table_elementwise(foldBinary((x, y) => (x === y ? 1 : 0), true)),
    Less: op_table_elementwise(foldBinary((x, y) => (x < y ? 1 : 0), true)),
    LessOrEqual: op_table_elementwise(foldBinary((x, y) => (x <= y ? 1 : 0), true)),
    Greater: op_table_elementwise(foldBinary((x, y) => (x > y ? 1 : 0), true)),
    GreaterOrEqual: op_table_elementwise(foldBinary((x, y) => (x >= y ? 1 : 0), true)),
    And: op_table_elementwise(foldBinary((x, y) => (x && y ? 1 : 0), true)),
    Or: op_table_elementwise(foldBinary((x, y) => (x || y ? 1 : 0), true)),
    Xor: op_table_elementwise(),
    BitShift: op_table_elementwise(),
    BitwiseAnd: op_table_elementwise(),
    BitwiseOr: op_table_elementwise(),
    BitwiseXor: op_table_elementwise(),
    Max: op_table_elementwise(foldVariadic(Math.max)),
    Min: op_table_elementwise(foldVariadic(Math.min)),
    Sum: op_table_elementwise(foldVariadic((...xs) => xs.reduce(add, 0))),
    Mean: op_table_elementwise(foldVariadic((...xs) => xs.reduce(add, 0) / xs.length, false)),
    Where: op_table_elementwise(foldWhere),
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
    Concat: { geometry: ops_concat, shape: concatShape, merges: true, fold: foldConcat },
    Flatten: { geometry: flatten, shape: flattenShape, fold: foldFlatten },
    Reshape: { geometry: ops_reshape, shape: reshapeShape, fold: foldReshape },
    Transpose: { geometry: transpose, shape: transposeShape, fold: foldTranspose },
    Squeeze: { geometry: squeeze, shape: squeezeShape, fold: foldSqueeze },
    Unsqueeze: { geometry: unsqueeze, shape: unsqueezeShape, fold: foldSqueeze },
    Gather: { geometry: ops_gather, shape: gatherShape, fold: foldGather },
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
const ONNX_OPS = new Map(Object.entries(RECORDS));
/** The output shapes of `node` (one per output), each undefined when its rank is unknown. */
function inferShapes(node, ctx) {
    const rule = ONNX_OPS.get(node.opType)?.shape;
    return rule ? rule(node, ctx) : node.outputs.map(() => undefined);
}
/** The values of every output of `node`, for the ops that fold; undefined where unknown. */
function evaluate(node, ctx) {
    const out = ONNX_OPS.get(node.opType)?.fold?.(node, ctx);
    if (out === undefined)
        return undefined;
    return Array.isArray(out) ? out : [out];
}

// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/formats/onnx/walk.ts
/**
 * One walk over an ONNX graph at one input size: every node in order, each either evaluated as
 * a constant (it does not depend on the image: initializers, shape arithmetic, `If` with a known
 * condition) or mapped to the graph IR (ops.ts). Shapes are inferred along the way (shapes.ts),
 * data path included, so `Shape(x)` folds and a Reshape's effect on the spatial axes is known.
 */







/** Ops whose outputs describe a tensor's shape, not its values: never on the data path. */
const SHAPE_OPS = new Set(['Shape', 'Size']);
/** Control flow whose body runs a number of times the loader does not evaluate. */
/** Operators whose taps come from another input: their only true geometry is global. */
const READS_WHERE_AN_INPUT_SAYS = new Map([
    ['GridSample', 'its sampling grid (another input) gives'],
    ['DeformConv', 'its offsets (another input) shift its kernel to'],
    ['MaxUnpool', 'its indices (another input) give'],
    ['RoiAlign', 'its regions of interest (another input) give'],
]);
const LOOPS = new Set(['Loop', 'Scan']);
function walkGraph(settings) {
    const { graph, opset, axes, options } = settings;
    const graphNodes = [];
    const labels = [];
    const names = new unique/* UniqueNames */.U();
    const data = new Map();
    const consts = new Map();
    const shapes = new Map();
    const fileShapes = new Map();
    const unmapped = [];
    const gates = [];
    const toShape = (dims) => dims.map((d) => (typeof d === 'number' && d >= 0 ? d : undefined));
    const addConstant = (name, t) => {
        consts.set(name, t);
        const s = shapeOfConst(t);
        if (s)
            shapes.set(name, s);
    };
    const registerGraphConstants = (g) => {
        for (const [name, t] of g.initializers)
            addConstant(name, { dims: t.dims, ...(t.values ? { values: t.values } : {}), int: isIntegerType(t.dataType) });
    };
    registerGraphConstants(graph);
    for (const v of settings.parameters) {
        if (!v.shape)
            continue;
        const shape = toShape(v.shape);
        shapes.set(v.name, shape);
        if (shape.every((d) => d !== undefined))
            consts.set(v.name, { dims: shape });
    }
    if (settings.valueInfo)
        for (const v of [...graph.valueInfo, ...graph.outputs])
            if (v.shape)
                fileShapes.set(v.name, toShape(v.shape));
    const shapeOf = (name) => {
        const inferred = shapes.get(name);
        const declared = fileShapes.get(name);
        if (!inferred || !declared || inferred.length !== declared.length)
            return inferred ?? declared;
        return inferred.map((d, i) => d ?? declared[i]);
    };
    const addNode = (preferred, op, inputs, label) => {
        options.deadline?.check();
        const unique = names.take(preferred);
        graphNodes.push({ name: unique, op, inputs });
        labels.push(label);
        return graphNodes.length - 1;
    };
    for (const v of settings.dataInputs) {
        const declared = v.shape ? toShape(v.shape) : undefined;
        // A symbolic batch is 1: `x.view(x.size(0), …)` then folds like any other shape arithmetic.
        shapes.set(v.name, [declared?.[0] ?? 1, declared?.[1], ...(settings.inputSize ?? declared?.slice(2) ?? new Array(axes).fill(undefined))]);
        data.set(v.name, { node: addNode(v.name, rf/* input */.hF, [], `input "${v.name}"`), layout: inputLayout(axes), global: false });
    }
    const ancestors = (from, target) => {
        // Whether `target` feeds `from` (or is it): walks inputs, each node once.
        const seen = new Set();
        const stack = [from];
        while (stack.length > 0) {
            const v = stack.pop();
            if (v === target)
                return true;
            if (seen.has(v))
                continue;
            seen.add(v);
            stack.push(...graphNodes[v].inputs);
        }
        return false;
    };
    const inferOutputs = (node) => {
        const inferred = inferShapes(node, {
            shape: (i) => (node.inputs[i] ? shapeOf(node.inputs[i]) : undefined),
            values: (i) => (node.inputs[i] ? consts.get(node.inputs[i])?.values : undefined),
            opset,
        });
        node.outputs.forEach((out, k) => {
            const s = inferred[k];
            if (out && s)
                shapes.set(out, s);
        });
    };
    const foldConstant = (node) => {
        if (node.domain !== '')
            return;
        const values = evaluate(node, {
            input: (i) => (node.inputs[i] ? consts.get(node.inputs[i]) : undefined),
            shape: (i) => (node.inputs[i] ? shapeOf(node.inputs[i]) : undefined),
            opset,
        });
        node.outputs.forEach((out, k) => {
            const t = values?.[k];
            if (out && t)
                addConstant(out, t);
        });
        inferOutputs(node);
    };
    /** If: a known condition inlines its branch; otherwise the branch that runs is unknown. */
    const ifNode = (node, label, depth) => {
        const cond = consts.get(node.inputs[0] ?? '')?.values?.[0];
        const branch = cond === undefined ? undefined : node.attributes.get(cond ? 'then_branch' : 'else_branch')?.g;
        if (branch) {
            registerGraphConstants(branch);
            visit(branch.nodes, depth + 1);
            branch.outputs.forEach((v, k) => {
                const out = node.outputs[k];
                if (!out)
                    return;
                const d = data.get(v.name);
                const c = consts.get(v.name);
                const s = shapeOf(v.name);
                if (d)
                    data.set(out, d);
                if (c)
                    consts.set(out, c);
                if (s)
                    shapes.set(out, s);
            });
            return;
        }
        // Which data tensors the branches read: if any, the If is on the data path.
        const reads = [node.attributes.get('then_branch')?.g, node.attributes.get('else_branch')?.g].flatMap((g) => g?.nodes.flatMap((n) => n.inputs) ?? []);
        const feature = reads.map((n) => data.get(n)).find((t) => t !== undefined);
        if (!feature)
            return;
        const assumed = options.assume?.get('If');
        const id = addNode(node.name || node.outputs[0] || 'If', assumed === 'global' ? globalBecause('If (assumed global)') : rf/* pointwise */.rp, [feature.node], label);
        if (!assumed) {
            unmapped.push({
                node: id,
                code: 'RF205',
                message: `${label}: its condition is computed at run time${cond === undefined && node.inputs[0] ? ` ("${node.inputs[0]}")` : ''}, so rflint cannot tell which branch runs; export with fixed input shapes, or say how it maps positions with --assume If=pointwise or If=global`,
            });
        }
        for (const out of node.outputs)
            if (out)
                data.set(out, { node: id, layout: feature.layout, global: feature.global || assumed === 'global' });
    };
    const step = (node, depth) => {
        const label = `node "${node.name || node.outputs[0] || '?'}" (${node.domain ? `${node.domain}.` : ''}${node.opType})`;
        if (node.opType === 'If' && node.domain === '')
            return ifNode(node, label, depth);
        const inputs = node.inputs.map((n) => (n === '' ? undefined : data.get(n)));
        const dataIn = inputs.flatMap((t, i) => (t ? [{ t, i }] : []));
        if (dataIn.length === 0 || SHAPE_OPS.has(node.opType))
            return foldConstant(node);
        inferOutputs(node);
        const constant = (i) => {
            const n = node.inputs[i];
            return n === undefined || n === '' ? undefined : consts.get(n);
        };
        const nodeName = node.name || node.outputs[0] || node.opType;
        const emit = (op, from, layout, extra = {}) => {
            const id = addNode(nodeName, op, from.map((t) => t.node), label);
            const isGlobal = op.kind === 'global' || from.some((t) => t.global);
            const outName = node.outputs[0];
            if (outName)
                data.set(outName, { node: id, layout, global: isGlobal, ...extra });
            return id;
        };
        const x = dataIn[0].t;
        const record = node.domain === '' ? ONNX_OPS.get(node.opType) : undefined;
        const known = record?.geometry !== undefined || record?.merges === true;
        if (dataIn.length > 1 && known && record?.merges) {
            const ts = dataIn.map((d) => d.t);
            const gate = channelGate(node, ts, ancestors);
            if (gate && options.channelAttentionPointwise) {
                emit(rf/* pointwise */.rp, [gate.feature], gate.feature.layout, gate.feature.pooledFrom !== undefined ? { pooledFrom: gate.feature.pooledFrom } : {});
                return;
            }
            if (gate)
                gates.push({ node: graphNodes.length, label });
            if (node.opType === 'Concat' && !ts.every((t) => t.global)) {
                const widest = ts.find((t) => !t.global);
                const d = normalizeAxis(node.attributes.get('axis')?.i ?? 0, widest.layout.length);
                if (hasSpatial(widest.layout, [d])) {
                    unmapped.push({ node: graphNodes.length, code: 'RF205', message: `${label}: concatenates along spatial axis ${widest.layout[d]}, which rflint cannot map` });
                }
            }
            // A gate made from one feature map stays a gate; the widest input gives the layout.
            const pooled = ts.every((t) => t.pooledFrom !== undefined && t.pooledFrom === ts[0].pooledFrom) ? { pooledFrom: ts[0].pooledFrom } : {};
            const layout = ts.reduce((a, t) => (t.layout.length > a.length ? t.layout : a), x.layout);
            emit((0,rf/* merge */.h1)(node.opType.toLowerCase()), ts, layout, pooled);
            return;
        }
        if (dataIn.length > 1 && known) {
            // Products of two data tensors (attention) mix all positions; other ops are not geometry.
            if (['MatMul', 'MatMulInteger', 'Gemm'].includes(node.opType) || dataIn.every((d) => d.t.global)) {
                emit(globalBecause(`${node.opType} of two feature maps (attention)`), dataIn.map((d) => d.t), x.layout);
                return;
            }
            unmapped.push({ node: graphNodes.length, code: 'RF205', message: `${label}: takes ${dataIn.length} inputs that depend on the image, which rflint cannot map for ${node.opType}` });
            emit((0,rf/* merge */.h1)(node.opType.toLowerCase()), dataIn.map((d) => d.t), x.layout);
            return;
        }
        const ctx = { node, opset, axes, label, x, xIndex: dataIn[0].i, constant, shape: shapeOf };
        const pooled = x.pooledFrom !== undefined ? { pooledFrom: x.pooledFrom } : {};
        let mapping;
        try {
            mapping = record?.geometry?.(ctx);
        }
        catch (err) {
            if (!(err instanceof MappingError))
                throw err;
            if (x.global) {
                emit(rf/* pointwise */.rp, [x], x.layout, pooled); // whatever the op does, a global input stays global
                return;
            }
            unmapped.push({ node: graphNodes.length, code: 'RF205', message: err.message });
            emit(rf/* pointwise */.rp, [x], x.layout);
            return;
        }
        if (!mapping) {
            const assumed = options.assume?.get(node.opType) ?? options.assume?.get(`${node.domain}.${node.opType}`);
            if (assumed || x.global) {
                emit(assumed === 'global' ? globalBecause(`${node.opType} (assumed global)`) : rf/* pointwise */.rp, [x], x.layout, pooled);
                return;
            }
            const opName = node.domain ? `${node.domain}.${node.opType}` : node.opType;
            const sampled = node.domain === '' || node.domain === 'ai.onnx' ? READS_WHERE_AN_INPUT_SAYS.get(node.opType) : undefined;
            const what = LOOPS.has(node.opType) && node.domain === '' ? `control flow (${opName}) repeats its body a number of times rflint does not evaluate` : `unknown operator ${opName} on a path to an output`;
            unmapped.push({
                node: graphNodes.length,
                code: 'RF204',
                // Pointwise would be a confident wrong RF for these: only global is true.
                message: sampled
                    ? `${label}: ${opName} reads the positions ${sampled}, at run time: any output position may read any input position; say so with --assume ${node.opType}=global (or \`assume\` in rules)`
                    : `${label}: ${what}; if you know how it maps positions, say so with assume (--assume ${node.opType}=pointwise or ${node.opType}=global, or \`assume\` in rules)`,
            });
            emit(rf/* pointwise */.rp, [x], x.layout);
            return;
        }
        const m = mapping;
        const extra = m.pools ? { pooledFrom: x.node } : pooled;
        if (m.outputs) {
            m.outputs.forEach((layout, k) => {
                const out = node.outputs[k];
                if (!out)
                    return;
                const id = addNode(out, m.op, [x.node], label);
                data.set(out, { node: id, layout, global: m.op.kind === 'global' || x.global, ...extra });
            });
            return;
        }
        if (m.after) {
            // Two IR nodes for one ONNX node (a Reshape that is space-to-depth on one axis and depth-to-space on another).
            const first = addNode(`${nodeName}/${m.op.kind}`, m.op, [x.node], label);
            emit(m.after, [{ ...x, node: first }], m.layout, extra);
            return;
        }
        const id = emit(m.op, [x], m.layout, extra);
        const cost = weightCost(node.opType, constant, (name) => node.attributes.get(name)?.i);
        if (cost)
            graphNodes[id] = { ...graphNodes[id], ...cost };
    };
    const visit = (list, depth) => {
        for (const node of list)
            step(node, depth);
    };
    visit(settings.nodes, 0);
    const outputs = [];
    for (const v of graph.outputs) {
        const t = data.get(v.name);
        if (t)
            outputs.push({ name: v.name, node: t.node, thresholds: {} });
    }
    const tensors = new Map();
    for (const [name, t] of data)
        tensors.set(name, t.node);
    return { nodes: graphNodes, labels, outputs, tensors, unmapped, gates };
}
/**
 * A channel-attention gate: a Mul of a feature map by a global tensor of spatial size 1 made
 * from that same feature map (or one it feeds): squeeze-and-excitation, CBAM's channel branch.
 */
function channelGate(node, inputs, feeds) {
    if (node.opType !== 'Mul' || inputs.length !== 2)
        return undefined;
    const [a, b] = inputs;
    for (const [gate, feature] of [
        [a, b],
        [b, a],
    ]) {
        if (gate.pooledFrom !== undefined && !feature.global && feeds(feature.node, gate.pooledFrom))
            return { feature };
        if (gate.pooledFrom !== undefined && !feature.global && feeds(gate.pooledFrom, feature.node))
            return { feature };
    }
    return undefined;
}
/**
 * Parameters and output channels from the weight's shape (an initializer's dims, or a graph
 * input's declared shape when the model was exported with export_params=False): Conv's W is
 * [Cout, Cin/group, k…], ConvTranspose's [Cin, Cout/group, k…], Gemm's B [K, N] ([N, K] with
 * transB), a MatMul's constant right operand [K, N]. Undefined when the shape is not known.
 */
function weightCost(opType, constant, attribute) {
    const w = constant(1)?.dims;
    if (!w || w.length < 2 || !w.every((d) => Number.isSafeInteger(d) && d > 0))
        return undefined;
    const weights = w.reduce((a, b) => a * b, 1);
    const biasDims = opType === 'MatMul' ? undefined : constant(2)?.dims;
    const bias = biasDims && biasDims.length > 0 ? biasDims.reduce((a, b) => a * b, 1) : 0;
    switch (opType) {
        case 'Conv':
            return { params: { weights, bias }, channels: w[0] };
        case 'ConvTranspose':
            return { params: { weights, bias }, channels: w[1] * (attribute('group') ?? 1) };
        case 'Gemm':
            return w.length === 2 ? { params: { weights, bias }, channels: attribute('transB') === 1 ? w[0] : w[1] } : undefined;
        case 'MatMul':
            return w.length === 2 ? { params: { weights, bias: 0 }, channels: w[1] } : undefined;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/formats/onnx/graph.ts
/**
 * An ONNX model → the graph IR. Finds the image among the graph inputs, settles the input size
 * (the user's, the file's, or none: see below), walks the nodes (walk.ts), and reports every
 * graph output under its ONNX name. Unknown operators become errors only when they lie on a path
 * to an output.
 *
 * A file exported with dynamic height and width leaves the input size open, and its geometry may
 * be computed from it at run time (`F.interpolate(x, size=input.shape[-2:])`). Such a file is
 * walked twice, at two unrelated sizes: when both walks give the same graph, nothing depends on
 * the size and that graph is the answer for every size; when they differ, the first node that
 * differs is where the RF depends on the size, and the user is asked for one.
 */





/**
 * Input sizes for the two walks of a dynamic-size file: large enough for any stride, and of the
 * form 1 + 2^k·m, so halving them again and again (⌈n/2⌉, as every stride-2 layer does) stays odd
 * for 9 to 10 levels. A geometry that holds only for sizes divisible by the strides (an FPN's
 * upsampling back to its lateral's size) then differs between the walks: 2049 gives 1025, 513,
 * 257, 129, 65 and 1537 gives 769, 385, 193, 97, 49.
 */
const PROBE_SIZES = [2049, 1537];
function buildGraph(model, name, file, options) {
    const fail = (code, message) => ({ diagnostics: [(0,diagnostic/* error */.z3)(code, message, undefined, { file })] });
    const graph = model.graph;
    if (!graph)
        return fail('RF203', 'the file has no graph (ModelProto.graph is missing); is this an ONNX model?');
    let nodes;
    try {
        nodes = expandFunctions(graph.nodes, model.functions, options.limits.maxNodes);
    }
    catch (err) {
        if (err instanceof FunctionError)
            return fail('RF203', err.message);
        throw err;
    }
    const roles = classifyInputs(graph, nodes, options.dataInput);
    if ('problem' in roles)
        return fail('RF203', roles.problem);
    const dataInputs = roles.data;
    if (dataInputs.length === 0) {
        const names = graph.inputs.filter((v) => !graph.initializers.has(v.name)).map((v) => `"${v.name}" (rank ${v.shape?.length ?? '?'})`);
        return fail('RF203', `no graph input has spatial axes (rank ≥ 3, as N, C, H, W)${names.length ? `: the inputs are ${names.join(', ')}` : ''}`);
    }
    const first = dataInputs[0];
    const axes = first.shape ? first.shape.length - 2 : inferAxes(nodes);
    if (axes === undefined || axes < 1 || axes > 3) {
        return fail('RF203', `cannot tell the number of spatial axes of input "${first.name}": give it a shape (N, C, spatial…) with 1 to 3 spatial axes`);
    }
    for (const v of dataInputs) {
        if ((v.shape?.length ?? axes + 2) !== axes + 2)
            return fail('RF203', `inputs "${first.name}" and "${v.name}" have different numbers of spatial axes`);
    }
    const requested = options.inputSize ? perAxis(options.inputSize, axes) : undefined;
    if (options.inputSize && !requested) {
        return fail('RF203', `the input size has ${options.inputSize.length} values, but input "${first.name}" has ${axes} spatial axes; give one value, or one per axis`);
    }
    const declared = concrete(first.shape)?.slice(2).filter((n) => n > 0);
    const fileSize = declared && declared.length === axes ? declared : undefined;
    const base = { graph, nodes, dataInputs, parameters: roles.parameters, opset: model.opsets.get('') ?? 1, axes, options };
    let walk;
    let inputSize;
    const open = first.shape?.slice(2).some((d) => typeof d !== 'number' || d <= 0) ?? false;
    if (requested || fileSize || !open) {
        inputSize = requested ?? fileSize;
        // value_info describes the file's own size: stale when the user asks for another.
        walk = walkGraph({ ...base, ...(inputSize ? { inputSize } : {}), valueInfo: !requested });
    }
    else {
        const [a, b] = PROBE_SIZES.map((n) => walkGraph({ ...base, inputSize: new Array(axes).fill(n), valueInfo: false }));
        const needed = neededNodes(a);
        // Unknown operators on the way are the first thing to fix: finish() reports them.
        if (!a.unmapped.some((u) => needed.has(u.node))) {
            const differ = firstDifference(a.nodes, b.nodes, needed);
            if (differ !== undefined)
                return fail('RF207', sizeDependence(a.labels[differ] ?? `node "${a.nodes[differ]?.name}"`, first.name, first.shape, axes));
        }
        walk = { ...a, nodes: a.nodes.map(withoutSizes) };
    }
    return finish(walk, graph.name || name, file, axes, inputSize, first.name, options);
}
function finish(walk, name, file, axes, inputSize, inputName, options) {
    const diagnostics = [];
    const { outputs } = walk;
    if (outputs.length === 0)
        return { diagnostics: [(0,diagnostic/* error */.z3)('RF203', `no graph output depends on the data input "${inputName}"`, undefined, { file })] };
    // Unknown or unmappable nodes matter only when an output depends on them.
    const needed = neededNodes(walk);
    const blocking = walk.unmapped.filter((u) => needed.has(u.node));
    if (blocking.length > 0) {
        const seen = new Set();
        for (const u of blocking) {
            if (seen.has(u.message))
                continue;
            seen.add(u.message);
            diagnostics.push((0,diagnostic/* error */.z3)(u.code, u.message, undefined, { file }));
        }
        return { diagnostics };
    }
    const neededGates = walk.gates.filter((g) => needed.has(g.node));
    if (neededGates.length > 0 && !options.channelAttentionPointwise) {
        diagnostics.push((0,diagnostic/* warning */.$e)('RF206', `${neededGates.length} channel-attention gate${neededGates.length > 1 ? 's' : ''} (squeeze-and-excitation, first at ${neededGates[0].label}) make the outputs after them global; treat them as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, undefined, { file }));
    }
    return {
        model: {
            format: 'onnx',
            name,
            graph: { axes, nodes: walk.nodes },
            ...(inputSize && inputSize.every((n) => n > 0) ? { inputSize } : {}),
            outputs,
            positions: walk.nodes.map(() => undefined),
            tensors: walk.tensors,
        },
        diagnostics,
    };
}
/** Nodes some graph output depends on. */
function neededNodes(walk) {
    const needed = new Set();
    const stack = walk.outputs.map((o) => o.node);
    while (stack.length > 0) {
        const v = stack.pop();
        if (needed.has(v))
            continue;
        needed.add(v);
        stack.push(...walk.nodes[v].inputs);
    }
    return needed;
}
/** The first needed node whose geometry differs between two walks (a Resize's fixed output size aside). */
function firstDifference(a, b, needed) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (needed.has(i) && JSON.stringify(withoutSizes(a[i])) !== JSON.stringify(withoutSizes(b[i])))
            return i;
    }
    return a.length === b.length ? undefined : n;
}
/** Sizes that only hold at the probe's input size are dropped; the engine then works without one. */
function withoutSizes(node) {
    if (node.op.kind !== 'resize' || !node.op.size)
        return node;
    const { size: _size, ...op } = node.op;
    return { ...node, op };
}
function sizeDependence(label, input, shape, axes) {
    const dims = shape.map((d) => (typeof d === 'number' && d > 0 ? d : (d ?? '?'))).join(', ');
    const example = new Array(axes).fill(512);
    return (`${label} computes its geometry from the input's size, which the file leaves open (input "${input}" is [${dims}]), so the RF depends on the input size here; ` +
        `set it with --input-size ${example.join('x')} or \`input_size: [${example.join(', ')}]\` in a rule (or export with a fixed input size)`);
}
/** One size for every axis, or one per axis; undefined when the count does not fit. */
function perAxis(size, axes) {
    if (size.length === axes)
        return [...size];
    if (size.length === 1)
        return new Array(axes).fill(size[0]);
    return undefined;
}
/** Without an input shape: the rank of the first Conv/pool kernel. */
function inferAxes(nodes) {
    for (const n of nodes) {
        const k = n.attributes.get('kernel_shape')?.ints;
        if (k && k.length > 0)
            return k.length;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/formats/toolkit/protobuf.ts
var protobuf = __webpack_require__(8502);
;// CONCATENATED MODULE: ./src/formats/onnx/wire.ts


const ONNX_WIRE = { format: 'ONNX', truncated: 'RF201', corrupt: 'RF202' };
class WireReader extends protobuf/* WireReader */.ZT {
    constructor(source, chunkSize) {
        super(source, ONNX_WIRE, chunkSize);
    }
}

;// CONCATENATED MODULE: ./src/formats/onnx/proto.ts
/**
 * Decodes the part of onnx.proto that geometry needs, field numbers as in
 * https://github.com/onnx/onnx/blob/main/onnx/onnx.proto. Weights keep only their name, dims
 * and type; the values of small numeric tensors (≤ 1 KiB: Pad pads, Resize scales, Slice
 * starts, Reshape shapes) are read, larger ones skipped by length. Subgraphs (If/Loop bodies)
 * and docs are skipped.
 */

/** Largest tensor whose values we read: geometry parameters are a handful of numbers. */
const SMALL_TENSOR_BYTES = 1024;
/** TensorProto.DataType values we decode. */
const FLOAT = 1;
const INT32 = 6;
const INT64 = 7;
const DOUBLE = 11;
const ELEMENT_BYTES = { [FLOAT]: 4, [INT32]: 4, [INT64]: 8, [DOUBLE]: 8 };
/** Subgraphs nest (an If in an If); deeper ones are left undecoded, and their If stays unknown. */
const MAX_SUBGRAPH_DEPTH = 8;
async function decodeModel(reader) {
    let irVersion = 0;
    let graph;
    const opsets = new Map();
    const functions = [];
    await reader.fields(reader.all, async (f) => {
        switch (f.number) {
            case 1:
                irVersion = expect(f, protobuf/* VARINT */.rA, 'ModelProto.ir_version').value;
                break;
            case 7:
                graph = await decodeGraph(reader, expect(f, protobuf/* LEN */.gL, 'ModelProto.graph').span);
                break;
            case 8: {
                const opset = await decodeOpset(reader, expect(f, protobuf/* LEN */.gL, 'ModelProto.opset_import').span);
                opsets.set(opset.domain === 'ai.onnx' ? '' : opset.domain, opset.version);
                break;
            }
            case 25:
                functions.push(await decodeFunction(reader, expect(f, protobuf/* LEN */.gL, 'ModelProto.functions').span));
                break;
        }
    });
    return { irVersion, opsets, ...(graph ? { graph } : {}), functions };
}
async function decodeOpset(reader, span) {
    let domain = '';
    let version = 0;
    await reader.fields(span, async (f) => {
        if (f.number === 1)
            domain = await reader.string(expect(f, protobuf/* LEN */.gL, 'OperatorSetIdProto.domain').span);
        else if (f.number === 2)
            version = expect(f, protobuf/* VARINT */.rA, 'OperatorSetIdProto.version').value;
    });
    return { domain, version };
}
async function decodeGraph(reader, span, depth = 0) {
    let name = '';
    const nodes = [];
    const initializers = new Map();
    const inputs = [];
    const outputs = [];
    const valueInfo = [];
    await reader.fields(span, async (f) => {
        switch (f.number) {
            case 1:
                nodes.push(await decodeNode(reader, expect(f, protobuf/* LEN */.gL, 'GraphProto.node').span, depth));
                break;
            case 2:
                name = await reader.string(expect(f, protobuf/* LEN */.gL, 'GraphProto.name').span);
                break;
            case 5: {
                const tensor = await decodeTensor(reader, expect(f, protobuf/* LEN */.gL, 'GraphProto.initializer').span);
                initializers.set(tensor.name, tensor);
                break;
            }
            case 11:
                inputs.push(await decodeValueInfo(reader, expect(f, protobuf/* LEN */.gL, 'GraphProto.input').span));
                break;
            case 12:
                outputs.push(await decodeValueInfo(reader, expect(f, protobuf/* LEN */.gL, 'GraphProto.output').span));
                break;
            case 13:
                valueInfo.push(await decodeValueInfo(reader, expect(f, protobuf/* LEN */.gL, 'GraphProto.value_info').span));
                break;
        }
    });
    return { name, nodes, initializers, inputs, outputs, valueInfo };
}
async function decodeNode(reader, span, depth = 0) {
    let name = '';
    let opType = '';
    let domain = '';
    let overload = '';
    const inputs = [];
    const outputs = [];
    const attributes = new Map();
    await reader.fields(span, async (f) => {
        switch (f.number) {
            case 1:
                inputs.push(await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.input').span));
                break;
            case 2:
                outputs.push(await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.output').span));
                break;
            case 3:
                name = await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.name').span);
                break;
            case 4:
                opType = await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.op_type').span);
                break;
            case 5: {
                const attribute = await decodeAttribute(reader, expect(f, protobuf/* LEN */.gL, 'NodeProto.attribute').span, depth);
                attributes.set(attribute.name, attribute);
                break;
            }
            case 7:
                domain = await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.domain').span);
                break;
            case 8:
                overload = await reader.string(expect(f, protobuf/* LEN */.gL, 'NodeProto.overload').span);
                break;
        }
    });
    return { name, opType, domain: domain === 'ai.onnx' ? '' : domain, overload, inputs, outputs, attributes };
}
async function decodeAttribute(reader, span, depth = 0) {
    const a = { name: '' };
    const ints = [];
    const floats = [];
    const strings = [];
    await reader.fields(span, async (f) => {
        switch (f.number) {
            case 1:
                a.name = await reader.string(expect(f, protobuf/* LEN */.gL, 'AttributeProto.name').span);
                break;
            case 21:
                a.refAttrName = await reader.string(expect(f, protobuf/* LEN */.gL, 'AttributeProto.ref_attr_name').span);
                break;
            case 2:
                a.f = expect(f, protobuf/* FIXED32 */.Wc, 'AttributeProto.f').value;
                break;
            case 3:
                a.i = expect(f, protobuf/* VARINT */.rA, 'AttributeProto.i').value;
                break;
            case 4:
                a.s = await reader.string(expect(f, protobuf/* LEN */.gL, 'AttributeProto.s').span);
                break;
            case 5:
                a.t = await decodeTensor(reader, expect(f, protobuf/* LEN */.gL, 'AttributeProto.t').span);
                break;
            case 6:
                if (depth < MAX_SUBGRAPH_DEPTH)
                    a.g = await decodeGraph(reader, expect(f, protobuf/* LEN */.gL, 'AttributeProto.g').span, depth + 1);
                break;
            case 7:
                // proto2 repeated scalars: unpacked (one FIXED32 per value) or packed (one LEN).
                if (f.wireType === protobuf/* LEN */.gL)
                    floats.push(...(await reader.packedFloats(f.span, 4)));
                else
                    floats.push(expect(f, protobuf/* FIXED32 */.Wc, 'AttributeProto.floats').value);
                break;
            case 8:
                if (f.wireType === protobuf/* LEN */.gL)
                    ints.push(...(await reader.packedVarints(f.span)));
                else
                    ints.push(expect(f, protobuf/* VARINT */.rA, 'AttributeProto.ints').value);
                break;
            case 9:
                strings.push(await reader.string(expect(f, protobuf/* LEN */.gL, 'AttributeProto.strings').span));
                break;
        }
    });
    if (ints.length > 0)
        a.ints = ints;
    if (floats.length > 0)
        a.floats = floats;
    if (strings.length > 0)
        a.strings = strings;
    return a;
}
/**
 * Name, dims and type of a tensor; its values only when small and stored in the file. Small
 * payloads are copied as they pass (never re-read behind the reader's position), large ones
 * skipped by length.
 */
async function decodeTensor(reader, span) {
    let name = '';
    let dataType = 0;
    const dims = [];
    let raw;
    const values = [];
    let tooLarge = false;
    const small = (f) => {
        if (f.span.end - f.span.start <= SMALL_TENSOR_BYTES && values.length * 4 < SMALL_TENSOR_BYTES)
            return true;
        tooLarge = true;
        return false;
    };
    await reader.fields(span, async (f) => {
        switch (f.number) {
            case 1:
                if (f.wireType === protobuf/* LEN */.gL)
                    dims.push(...(await reader.packedVarints(f.span)));
                else
                    dims.push(expect(f, protobuf/* VARINT */.rA, 'TensorProto.dims').value);
                break;
            case 2:
                dataType = expect(f, protobuf/* VARINT */.rA, 'TensorProto.data_type').value;
                break;
            case 8:
                name = await reader.string(expect(f, protobuf/* LEN */.gL, 'TensorProto.name').span);
                break;
            case 9:
                if (small(expect(f, protobuf/* LEN */.gL, 'TensorProto.raw_data')))
                    raw = await reader.bytes(f.span);
                break;
            // Typed data: float_data (4), int32_data (5), int64_data (7), double_data (10); packed
            // (one LEN field) or unpacked (one field per value).
            case 4:
            case 10:
                if (!small(f))
                    break;
                if (f.wireType === protobuf/* LEN */.gL)
                    values.push(...(await reader.packedFloats(f.span, f.number === 4 ? 4 : 8)));
                else
                    values.push(expect(f, f.number === 4 ? protobuf/* FIXED32 */.Wc : protobuf/* FIXED64 */.xp, 'TensorProto.float_data').value);
                break;
            case 5:
            case 7:
                if (!small(f))
                    break;
                if (f.wireType === protobuf/* LEN */.gL)
                    values.push(...(await reader.packedVarints(f.span)));
                else
                    values.push(expect(f, protobuf/* VARINT */.rA, 'TensorProto.int_data').value);
                break;
        }
    });
    const decoded = tooLarge ? undefined : raw ? rawValues(dataType, raw) : ELEMENT_BYTES[dataType] !== undefined ? values : undefined;
    return { name, dims, dataType, ...(decoded ? { values: decoded } : {}) };
}
/** Little-endian raw_data of the element types geometry parameters use. */
function rawValues(dataType, bytes) {
    const width = ELEMENT_BYTES[dataType];
    if (width === undefined || bytes.length % width !== 0)
        return undefined;
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Array.from({ length: bytes.length / width }, (_, i) => {
        switch (dataType) {
            case FLOAT:
                return data.getFloat32(i * 4, true);
            case INT32:
                return data.getInt32(i * 4, true);
            case DOUBLE:
                return data.getFloat64(i * 8, true);
            default:
                return Number(data.getBigInt64(i * 8, true));
        }
    });
}
async function decodeValueInfo(reader, span) {
    let name = '';
    let shape;
    await reader.fields(span, async (f) => {
        if (f.number === 1)
            name = await reader.string(expect(f, protobuf/* LEN */.gL, 'ValueInfoProto.name').span);
        else if (f.number === 2)
            shape = await decodeTypeShape(reader, expect(f, protobuf/* LEN */.gL, 'ValueInfoProto.type').span);
    });
    return { name, ...(shape ? { shape } : {}) };
}
/** TypeProto.tensor_type (1) or sparse_tensor_type (8) → shape (2) → dims (1). */
async function decodeTypeShape(reader, span) {
    let shape;
    await reader.fields(span, async (f) => {
        if (f.number !== 1 && f.number !== 8)
            return;
        await reader.fields(expect(f, protobuf/* LEN */.gL, 'TypeProto.tensor_type').span, async (t) => {
            if (t.number !== 2)
                return;
            shape = [];
            await reader.fields(expect(t, protobuf/* LEN */.gL, 'TypeProto.Tensor.shape').span, async (s) => {
                if (s.number === 1)
                    shape.push(await decodeDim(reader, expect(s, protobuf/* LEN */.gL, 'TensorShapeProto.dim').span));
            });
        });
    });
    return shape;
}
async function decodeDim(reader, span) {
    let dim;
    await reader.fields(span, async (f) => {
        if (f.number === 1)
            dim = expect(f, protobuf/* VARINT */.rA, 'Dimension.dim_value').value;
        else if (f.number === 2)
            dim = await reader.string(expect(f, protobuf/* LEN */.gL, 'Dimension.dim_param').span);
    });
    return dim;
}
async function decodeFunction(reader, span) {
    let name = '';
    let domain = '';
    let overload = '';
    const inputs = [];
    const outputs = [];
    const nodes = [];
    const attributeDefaults = new Map();
    await reader.fields(span, async (f) => {
        switch (f.number) {
            case 1:
                name = await reader.string(expect(f, protobuf/* LEN */.gL, 'FunctionProto.name').span);
                break;
            case 4:
                inputs.push(await reader.string(expect(f, protobuf/* LEN */.gL, 'FunctionProto.input').span));
                break;
            case 5:
                outputs.push(await reader.string(expect(f, protobuf/* LEN */.gL, 'FunctionProto.output').span));
                break;
            case 7:
                nodes.push(await decodeNode(reader, expect(f, protobuf/* LEN */.gL, 'FunctionProto.node').span));
                break;
            case 10:
                domain = await reader.string(expect(f, protobuf/* LEN */.gL, 'FunctionProto.domain').span);
                break;
            case 11: {
                const attribute = await decodeAttribute(reader, expect(f, protobuf/* LEN */.gL, 'FunctionProto.attribute_proto').span);
                attributeDefaults.set(attribute.name, attribute);
                break;
            }
            case 13:
                overload = await reader.string(expect(f, protobuf/* LEN */.gL, 'FunctionProto.overload').span);
                break;
        }
    });
    return { name, domain: domain === 'ai.onnx' ? '' : domain, overload, inputs, outputs, attributeDefaults, nodes };
}
const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32'];
/** The field if it has the wire type onnx.proto gives it; a corrupt file otherwise. */
function expect(f, wireType, what) {
    if (f.wireType === wireType)
        return f;
    throw new protobuf/* WireError */.cC('RF202', `${what} (field ${f.number}) at byte ${f.at} is ${WIRE_NAMES[f.wireType] ?? f.wireType}, expected ${WIRE_NAMES[wireType]}: the file is corrupt or not ONNX`, f.at);
}

;// CONCATENATED MODULE: ./src/formats/onnx/index.ts
/**
 * The ONNX loader: streams the protobuf (never loading weights), decodes the graph, maps it to
 * the graph IR. Problems with the file are RF2xx diagnostics that name the byte offset or the node.
 */







const onnxLoader = {
    ...recognise/* onnxRecognition */.P,
    async load(source, options) {
        const file = source.path;
        if (source.size === 0)
            return { diagnostics: [(0,diagnostic/* error */.z3)('RF201', 'the file is empty: an ONNX model holds at least a graph', undefined, { file })] };
        let model;
        try {
            model = await decodeModel(new WireReader(source));
        }
        catch (err) {
            if (!(err instanceof protobuf/* WireError */.cC))
                throw err;
            // A file that is something else (a zip, a saved web page) says so, not only "corrupt".
            const kind = (0,sniff/* describeContent */.X)(await source.read(0, 512));
            const message = kind && kind !== 'binary data, not text' ? `this is ${kind}, not an ONNX model (${err.message})` : err.message;
            return { diagnostics: [(0,diagnostic/* error */.z3)(err.code, message, undefined, { file })] };
        }
        return buildGraph(model, (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.onnx$/i, ''), file, options);
    },
};


/***/ }),

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
