export const id = 675;
export const ids = [675];
export const modules = {

/***/ 3590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CAFFE_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Caffe prototxt loader (RF380–RF399), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const CAFFE_CODES = {
    RF380: 'a Caffe prototxt is not valid protobuf text format',
    RF381: 'a Caffe prototxt has no layers',
    RF382: 'a Caffe layer or parameter message has a field Caffe does not define',
    RF383: 'a Caffe field has a value of the wrong type or range',
    RF384: 'a Caffe layer misses a field it needs',
    RF385: 'a Caffe layer reads a blob (`bottom`) that no earlier layer or input produces',
    RF386: 'a Caffe layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF387: 'a Caffe prototxt file is larger than the size limit',
    RF388: 'a Caffe prototxt file is not UTF-8 text',
    RF389: 'a Caffe layer needs the input size, which the prototxt does not give',
    RF390: 'a Caffe prototxt has more layers than the limit',
    RF391: 'a Caffe layer that rflint cannot map to positions (a spatial Slice, a Concat along a spatial axis)',
    RF392: "a Caffe net's input is not declared with 4 dims (N, C, H, W) or its size is not positive",
    RF393: 'a channel-attention gate (a product with a globally pooled blob) makes the outputs after it global',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF380',
    noLayers: 'RF381',
    unknownField: 'RF382',
    invalidValue: 'RF383',
    missingField: 'RF384',
    badBottom: 'RF385',
    unknownType: 'RF386',
    fileTooLarge: 'RF387',
    notText: 'RF388',
    needsInputSize: 'RF389',
    tooManyLayers: 'RF390',
    unsupported: 'RF391',
    badInput: 'RF392',
    gate: 'RF393',
};


/***/ }),

/***/ 2675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CAFFE_CODES: () => (/* reexport */ codes/* CAFFE_CODES */.J),
  caffeLoader: () => (/* binding */ caffeLoader),
  loadCaffeText: () => (/* reexport */ loadCaffeText)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/caffe/recognise.ts
var recognise = __webpack_require__(9493);
// EXTERNAL MODULE: ./src/formats/caffe/codes.ts
var codes = __webpack_require__(3590);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/formats/caffe/build.ts
/**
 * Caffe layers → the engine's graph IR. Each network input (and each top of a data layer) is an
 * input node named after its blob; each layer is one node per top, named after the layer (a
 * second top of the same layer: `layer/top`). A blob name refers to its latest writer, as in
 * Caffe: an in-place layer (`top` == `bottom`: ReLU, BatchNorm, Scale) writes a new version of
 * the blob, and later bottoms read that. Spatial sizes are tracked alongside, with Caffe's
 * rules, when the input size is known: a Crop needs them, and so does Caffe's pooling, which
 * may keep a window the ceil rule of PyTorch would drop.
 */





const AXES = 2;
/** An SSD prediction head: its input is the feature map whose RF matters. */
const SSD_HEAD = /_mbox_(loc|conf)$/;
function buildGraph(inputs, layers, options) {
    const { inputSize } = options;
    const nodes = [];
    const positions = [];
    const tensors = new Map();
    const layerNames = new Map();
    const blobs = new Map();
    const versions = [];
    const names = new unique/* UniqueNames */.U();
    const assumptions = [];
    const diagnostics = [];
    /** The blob versions each layer read. */
    const read = new Map();
    const add = (name, op, ins, at) => {
        options.deadline?.check();
        const unique = names.take(name);
        nodes.push({ name: unique, op, inputs: ins });
        positions.push(at);
        return nodes.length - 1;
    };
    const write = (name, node, size, at, global, input = false) => {
        const blob = { node, global, size, consumed: false, at, name, input };
        blobs.set(name, blob);
        versions.push(blob);
        tensors.set(name, node);
    };
    let first = true;
    const inputNode = (name, at) => {
        // The first input is the image; the engine measures every input on the same axis.
        write(name, add(name, rf/* input */.hF, [], at), first ? inputSize : undefined, at, false, true);
        first = false;
    };
    for (const input of inputs)
        inputNode(input.name, input.at);
    /** A channel-attention gate on `x`: pointwise when asked (with a note), else global (RF393 once). */
    const gated = (layer, x, gate) => {
        const where = `layer "${layer.name}" (${layer.type})`;
        if (options.channelAttentionPointwise) {
            assumptions.push(`${where}: the channel-attention gate \`${gate.name}\` is treated as pointwise, as asked`);
            return { op: rf/* pointwise */.rp, global: false };
        }
        if (!diagnostics.some((d) => d.code === codes/* CODES */.L.gate)) {
            diagnostics.push((0,diagnostic/* warning */.$e)(codes/* CODES */.L.gate, `${where} scales \`${x.name}\` by \`${gate.name}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, layer.at));
        }
        return { op: { kind: 'global', reason: `channel-attention gate \`${gate.name}\`: layer "${layer.name}"` }, global: true };
    };
    for (const layer of layers) {
        const { spec } = layer;
        const bottoms = [];
        for (const bottom of layer.bottoms) {
            const blob = blobs.get(bottom.name);
            if (!blob) {
                const known = [...blobs.keys()];
                const hint = (0,suggest/* didYouMean */.au)(bottom.name, known);
                const advice = hint || (known.length > 0 ? `; the blobs so far are ${known.slice(0, 8).map((k) => `\`${k}\``).join(', ')}${known.length > 8 ? ', …' : ''}` : '; declare the input first (`input: "data"` with its shape, or an `Input` layer)');
                return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.badBottom, `layer "${layer.name}": bottom \`${bottom.name}\` is not produced by an earlier layer or input${advice}`, bottom.at) };
            }
            blob.consumed = true;
            bottoms.push(blob);
        }
        read.set(layer, bottoms);
        if (spec.kind === 'data') {
            for (const top of layer.tops)
                inputNode(top, layer.at);
            const image = layer.tops[0];
            if (image !== undefined)
                layerNames.set(layer.name, blobs.get(image).node);
            continue;
        }
        if (spec.kind === 'sink')
            continue;
        if (bottoms.length === 0) {
            return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingField, `layer "${layer.name}" (${layer.type}) has no \`bottom\`; name the blob it reads, e.g. \`bottom: "data"\``, layer.at) };
        }
        if (layer.tops.length === 0) {
            return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingField, `layer "${layer.name}" (${layer.type}) has no \`top\`; name the blob it writes, e.g. \`top: "${layer.name}"\``, layer.at) };
        }
        const x = bottoms[0];
        const n = x.size;
        let op;
        let size = n;
        let ins = [x.node];
        let global = bottoms.some((b) => b.global);
        switch (spec.kind) {
            case 'window': {
                const extent = spec.kernel.map((k, a) => spec.dilation[a] * (k - 1) + 1);
                const pads = spec.pad.map((p) => ({ begin: p, end: p }));
                let ceilMode = false;
                if (spec.caffeCeil) {
                    ceilMode = true;
                    if (n) {
                        const out = n.map((len, a) => {
                            const p = spec.pad[a];
                            const s = spec.stride[a];
                            let o = Math.ceil((len + 2 * p - extent[a]) / s) + 1;
                            if (p > 0 && (o - 1) * s >= len + p)
                                o--;
                            return o;
                        });
                        // With no padding Caffe keeps a last window starting at or past the input's end,
                        // which PyTorch's ceil rule drops: say so with explicit end padding instead.
                        if (out.some((o, a) => (o - 1) * spec.stride[a] >= n[a] + spec.pad[a])) {
                            ceilMode = false;
                            out.forEach((o, a) => (pads[a] = { begin: spec.pad[a], end: (o - 1) * spec.stride[a] + extent[a] - n[a] - spec.pad[a] }));
                        }
                        size = out;
                    }
                }
                else if (n) {
                    size = n.map((len, a) => Math.floor((len + 2 * spec.pad[a] - extent[a]) / spec.stride[a]) + 1);
                }
                op = {
                    kind: 'conv',
                    ...(spec.pool ? { pool: spec.pool } : {}),
                    kernel: [...spec.kernel],
                    stride: [...spec.stride],
                    dilation: [...spec.dilation],
                    pad: pads,
                    ...(ceilMode ? { ceilMode: true } : {}),
                };
                break;
            }
            case 'deconv':
                op = rf/* deconv */.Kg(AXES, { kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: [...spec.pad] });
                size = n?.map((len, a) => (len - 1) * spec.stride[a] + spec.dilation[a] * (spec.kernel[a] - 1) + 1 - 2 * spec.pad[a]);
                break;
            case 'pointwise':
                op = rf/* pointwise */.rp;
                break;
            case 'global':
                op = { kind: 'global', reason: `${spec.reason}: layer "${layer.name}"` };
                size = undefined;
                global = true;
                break;
            case 'merge': {
                if (bottoms.length < 2)
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingField, `layer "${layer.name}" (${layer.type}) combines blobs and needs two bottoms or more, got ${bottoms.length}`, layer.at) };
                ins = bottoms.map((b) => b.node);
                op = rf/* merge */.h1(spec.merge);
                const gate = spec.merge === 'mul' && !x.global ? bottoms.slice(1).find((b) => b.global) : undefined;
                if (!gate)
                    break;
                // A product with a blob computed from the whole input (squeeze-and-excitation's
                // sigmoid after a global pool): a channel-attention gate.
                ({ op, global } = gated(layer, x, gate));
                ins = [x.node];
                break;
            }
            case 'axpy': {
                // a·x + y (the SENet release's fused scale-and-add): with `a` a gate from a global pool,
                // the same channel attention as a Scale by it; otherwise every bottom's positions.
                const [a, xs, ys] = bottoms;
                op = rf/* merge */.h1('add');
                ins = [xs.node, ys.node];
                if (a.global && !xs.global) {
                    const gate = gated(layer, xs, a);
                    // Global: every position already, y adds nothing (and a global node reads one input).
                    if (gate.op.kind === 'global')
                        [op, ins] = [gate.op, [xs.node]];
                    global = gate.global || ys.global;
                }
                else {
                    ins = [a.node, xs.node, ys.node];
                }
                size = xs.size;
                break;
            }
            case 'interp': {
                if (!n) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.needsInputSize, `layer "${layer.name}": an Interp's corners-aligned map depends on its input and output sizes; declare the input's shape (\`input_shape { dim: … }\`) or give --input-size`, layer.at) };
                }
                // PSPNet's order when both are given: shrink first, then zoom (shrink alone, zoom alone, or the size otherwise).
                const eff = n.map((len) => len + spec.padBeg + spec.padEnd);
                if (eff.some((e) => e < 1))
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `layer "${layer.name}": \`pad_beg\`/\`pad_end\` crop more than \`${x.name}\` holds (${n.join('×')})`, layer.at) };
                let out = spec.size ? [...spec.size] : eff;
                if (spec.shrink !== undefined && !spec.size)
                    out = out.map((o) => Math.floor((o - 1) / spec.shrink) + 1);
                if (spec.zoom !== undefined && !spec.size)
                    out = out.map((o) => o + (o - 1) * (spec.zoom - 1));
                if (spec.padBeg < 0 || spec.padEnd < 0)
                    ins = [add(`${layer.name}/crop`, rf/* crop */.B$(AXES, -spec.padBeg, -spec.padEnd), ins, layer.at)];
                op = rf/* resize */.XR(AXES, { scale: out.map((o, a) => rf/* frac */.Ju(o, eff[a])), mode: 'linear', coordinates: 'align_corners', size: out });
                size = out;
                break;
            }
            case 'upsample': {
                const pool = bottoms.length > 1 ? nodes[bottoms[1].node].op : undefined;
                if (pool?.kind === 'conv' && pool.pool === 'max') {
                    // SegNet's max-unpooling: each input writes its value where its pool window's maximum
                    // was (the mask), nothing elsewhere. Output u can receive from input i when u lies in
                    // i's window: the pool's transposed geometry, the hull of what the mask allows.
                    const p = pool.pad.map((q) => ('begin' in q ? q.begin : 0));
                    op = rf/* deconv */.Kg(AXES, { kernel: [...pool.kernel], stride: [...pool.stride], pad: p });
                    const natural = n?.map((len, a) => (len - 1) * pool.stride[a] + pool.kernel[a] - 2 * p[a]);
                    size = spec.size ?? (n ? n.map((len, a) => len * spec.factor[a]) : undefined);
                    if (natural && size) {
                        // The output size is upsample_h × upsample_w (or in · scale − pad_out): cut or pad the end.
                        const node = add(`${layer.name}/unpool`, op, ins, layer.at);
                        const end = size.map((m, a) => m - natural[a]);
                        op = { kind: 'pad', begin: [0, 0], end };
                        ins = [node];
                    }
                    break;
                }
                if (spec.size) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `layer "${layer.name}": \`upsample_h\`/\`upsample_w\` unpool by the mask of a max Pooling, but \`${bottoms[1]?.name}\` is not one; give the pooling layer's mask top as the second bottom`, layer.at) };
                }
                op = rf/* resize */.XR(AXES, { scale: [...spec.factor] });
                size = n?.map((len, a) => len * spec.factor[a]);
                break;
            }
            case 'crop': {
                const reference = bottoms[1];
                if (!n || !reference.size) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.needsInputSize, `layer "${layer.name}": a Crop takes its size from \`${reference.name}\`, whose size depends on the input size; declare the input's shape (\`input_shape { dim: … }\`) or give --input-size`, layer.at) };
                }
                const begin = spec.offsets.map((o) => o ?? 0);
                const end = spec.offsets.map((o, a) => (o === undefined ? 0 : n[a] - o - reference.size[a]));
                const axis = end.findIndex((e) => e < 0);
                if (axis >= 0) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `layer "${layer.name}": cropping ${reference.size[axis]} from ${n[axis]} at offset ${begin[axis]} on the ${axis === 0 ? 'height' : 'width'} axis runs past the end of \`${x.name}\`; lower the offset`, layer.at) };
                }
                op = rf/* crop */.B$(AXES, begin, end);
                size = spec.offsets.map((o, a) => (o === undefined ? n[a] : reference.size[a]));
                break;
            }
        }
        let own;
        layer.tops.forEach((top, i) => {
            const node = i === 0 ? add(layer.name, op, ins, layer.at) : add(`${layer.name}/${top}`, op, ins, layer.at);
            own ??= node;
            write(top, node, global ? undefined : size, layer.at, global);
        });
        layerNames.set(layer.name, own);
    }
    // A blob's name wins over a layer's: `conv1` is the blob after its in-place ReLU.
    for (const [name, node] of layerNames)
        if (!tensors.has(name))
            tensors.set(name, node);
    return { graph: { axes: AXES, nodes }, outputs: outputsOf(layers, read, versions), tensors, positions, assumptions, diagnostics };
}
/** SSD: the feature maps its `*_mbox_loc`/`*_mbox_conf` heads read; otherwise the unread blobs. */
function outputsOf(layers, read, versions) {
    const heads = layers.filter((l) => l.spec.kind === 'window' && (SSD_HEAD.test(l.name) || l.tops.some((t) => SSD_HEAD.test(t))));
    const found = heads.map((l) => read.get(l)?.[0]).filter((b) => b !== undefined);
    const chosen = found.length > 0 ? found.filter((b, i) => found.indexOf(b) === i) : versions.filter((b) => !b.consumed && !b.input);
    return chosen.map((b) => ({ name: b.name, node: b.node, thresholds: {}, ...(b.at ? { position: b.at } : {}) }));
}

;// CONCATENATED MODULE: ./src/formats/caffe/fields.ts
/**
 * Reading typed values out of a text-format message, each problem a diagnostic at the value's
 * position: integers, repeated integers, bools, enums, strings, and the check that every field
 * of a message is one Caffe defines (with the nearest one it defines).
 */



class MessageReader {
    node;
    where;
    at;
    constructor(node, 
    /** How messages name where they are: `layer "conv1"`, `convolution_param of layer "conv1"`. */
    where, 
    /** Where problems with the message as a whole point: its field's name (`layer`), else its `{`. */
    at = node.at) {
        this.node = node;
        this.where = where;
        this.at = at;
    }
    all(name) {
        return this.node.fields.filter((f) => f.name === name);
    }
    /** A non-repeated field: TextFormat keeps the last value given. */
    last(name) {
        const all = this.all(name);
        return all[all.length - 1];
    }
    has(name) {
        return this.node.fields.some((f) => f.name === name);
    }
    /** The first field not in `known`, with the nearest known one. */
    unknown(known, accept = () => false) {
        const field = this.node.fields.find((f) => !known.includes(f.name) && !accept(f.name));
        if (!field)
            return undefined;
        const hint = (0,suggest/* didYouMean */.au)(field.name, known);
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownField, `${this.where}: unknown field \`${field.name}\`${hint || '; Caffe does not define it here (see docs/caffe.md)'}`, field.at);
    }
    /** A sub-message (`convolution_param { … }`), or undefined when absent. */
    message(name) {
        const field = this.last(name);
        if (!field)
            return undefined;
        if (field.value.kind !== 'message')
            return this.invalid(field, `is a message: write \`${name} { … }\``);
        return new MessageReader(field.value, `${name} of ${this.where}`, field.at);
    }
    messages(name) {
        return this.all(name).map((field) => (field.value.kind === 'message' ? new MessageReader(field.value, `${name} of ${this.where}`, field.at) : this.invalid(field, `is a message: write \`${name} { … }\``)));
    }
    /** An integer ≥ min, `fallback` when absent. */
    int(name, fallback, min = -Infinity) {
        const field = this.last(name);
        return field ? this.intOf(field, min) : fallback;
    }
    /** Every value of a repeated integer field. */
    ints(name, min = -Infinity) {
        const out = [];
        for (const field of this.all(name)) {
            const v = this.intOf(field, min);
            if (typeof v !== 'number')
                return v;
            out.push(v);
        }
        return out;
    }
    bool(name, fallback) {
        const field = this.last(name);
        if (!field)
            return fallback;
        const v = field.value;
        if (v.kind === 'ident' && /^(true|True|t|false|False|f)$/.test(v.value))
            return v.value.startsWith('t') || v.value.startsWith('T');
        if (v.kind === 'number' && (v.value === 0 || v.value === 1))
            return v.value === 1;
        return this.invalid(field, 'must be `true` or `false`');
    }
    /** An enum by name (or by its number, which TextFormat also accepts). */
    enumOf(name, values, fallback, numbers = {}) {
        const field = this.last(name);
        if (!field)
            return fallback;
        const v = field.value;
        if (v.kind === 'ident' && values.includes(v.value))
            return v.value;
        if (v.kind === 'number' && numbers[v.value] !== undefined)
            return numbers[v.value];
        const got = v.kind === 'message' ? 'a message' : v.kind === 'string' ? `"${v.value}"` : 'value' in v ? String(v.value) : '';
        const hint = v.kind === 'ident' ? (0,suggest/* didYouMean */.au)(v.value, values) : '';
        return this.invalid(field, `must be one of ${values.join(', ')}, got ${got}${hint}`);
    }
    string(name) {
        const field = this.last(name);
        if (!field)
            return undefined;
        return field.value.kind === 'string' ? field.value.value : this.invalid(field, 'must be a quoted string');
    }
    strings(name) {
        const out = [];
        for (const field of this.all(name)) {
            if (field.value.kind !== 'string')
                return this.invalid(field, 'must be a quoted string');
            out.push({ value: field.value.value, at: field.value.at });
        }
        return out;
    }
    invalid(field, message) {
        const at = field.value.kind === 'message' ? field.at : field.value.at;
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${this.where}: \`${field.name}\` ${message}`, at);
    }
    missing(name, example) {
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingField, `${this.where}: missing \`${name}\`; add it, e.g. \`${example}\``, this.at);
    }
    intOf(field, min) {
        const v = field.value;
        if (v.kind !== 'number' || !Number.isSafeInteger(v.value)) {
            const got = v.kind === 'message' ? 'a message' : v.kind === 'number' ? v.text : v.kind === 'string' ? `"${v.value}"` : v.value;
            return this.invalid(field, `must be an integer, got ${got}`);
        }
        if (v.value < min)
            return this.invalid(field, `must be an integer ≥ ${min}, got ${v.value}`);
        return v.value;
    }
}
function isProblem(value) {
    return typeof value === 'object' && value !== null && 'severity' in value && 'code' in value;
}

;// CONCATENATED MODULE: ./src/formats/caffe/layers.ts
/**
 * Each Caffe layer type's geometry, as BVLC Caffe (src/caffe/proto/caffe.proto and the
 * `*_layer.cpp` files) and the SSD fork (weiliu89/caffe, branch ssd) define it:
 *
 * - `Convolution` (also the forks' `DepthwiseConvolution`/`ConvolutionDepthwise`): `kernel_size`,
 *   `pad`, `stride`, `dilation` are repeated: one value for every spatial axis or one per axis;
 *   `kernel_h/w`, `pad_h/w`, `stride_h/w` instead for 2-D. Output ⌊(in + 2p − d(k−1) − 1)/s⌋ + 1.
 * - `Deconvolution`: the same parameters; output s(in − 1) + d(k − 1) + 1 − 2p.
 * - `Pooling`: MAX, AVE, STOCHASTIC over a window; Caffe rounds the output size **up**,
 *   ⌈(in + 2p − k)/s⌉ + 1, then, when p > 0, drops the last window if it starts at or beyond
 *   in + p (`round_mode: FLOOR`, in newer BVLC, rounds down). `global_pooling` sees everything.
 * - `LRN`: ACROSS_CHANNELS is per position; WITHIN_CHANNEL averages a local_size × local_size
 *   window (pad (local_size − 1)/2, stride 1) of squares: a window op.
 * - `Crop`: the first bottom cropped to the second's shape from `axis` on, at `offset`.
 * - `Eltwise`, `Concat` (channels), `InnerProduct` (global), `Flatten`/`Reshape`/`Permute`
 *   (global unless the spatial axes provably keep their place), `Softmax` (per position over
 *   channels; over another axis it is global).
 * - `Upsample` (the YOLO and SegNet forks): each output reads input ⌊u / scale⌋ (SegNet's
 *   unpooling writes there or nothing: the same hull at most).
 * - SSD: `Normalize` (per position with `across_spatial: false`, else global), `PriorBox` (boxes
 *   from the sizes only: global), `DetectionOutput` (global).
 * - Forks: `BN` (SegNet, PSPNet, TSN: a batch norm, per position); `ROIPooling`/`PSROIPooling`/
 *   `ROIAlign` (global per region of interest); `DenseImageData` (SegNet) and a `Python` layer
 *   with no bottom (py-faster-rcnn's data layers) are data layers: their first top is the image.
 */




/** Layer types by the name `type:` gives (case-sensitive, as Caffe's registry). */
const TYPES = new Map([
    // DenseImageData: SegNet's (alexgkendall/caffe-segnet) image + label reader.
    ...['Data', 'ImageData', 'HDF5Data', 'MemoryData', 'WindowData', 'DummyData', 'AnnotatedData', 'VideoData', 'DenseImageData'].map((t) => [t, { family: 'data' }]),
    ['Input', { family: 'input' }],
    ['Convolution', { family: 'conv' }],
    ['DepthwiseConvolution', { family: 'conv' }],
    ['ConvolutionDepthwise', { family: 'conv' }],
    ['Deconvolution', { family: 'deconv' }],
    ['Pooling', { family: 'pool' }],
    ...['ReLU', 'PReLU', 'ELU', 'Sigmoid', 'TanH', 'AbsVal', 'BNLL', 'Power', 'Exp', 'Log', 'Threshold', 'Dropout', 'BatchNorm', 'Clip', 'Swish', 'ReLU6', 'Split', 'ShuffleChannel', 'Bias', 'BN'].map((t) => [t, { family: 'pointwise' }]),
    ['Scale', { family: 'scale' }],
    ['Upsample', { family: 'upsample' }],
    ['Eltwise', { family: 'eltwise' }],
    ['Concat', { family: 'concat' }],
    ['Crop', { family: 'crop' }],
    ['Flatten', { family: 'flatten' }],
    ['Reshape', { family: 'reshape' }],
    ['Permute', { family: 'permute' }],
    ['Softmax', { family: 'softmax' }],
    ['LRN', { family: 'lrn' }],
    ['Normalize', { family: 'normalize' }],
    ['Slice', { family: 'slice' }],
    ['Silence', { family: 'sink' }],
    ['Axpy', { family: 'axpy' }],
    ['Interp', { family: 'interp' }],
    ['InnerProduct', { family: 'global', reason: 'InnerProduct (fully connected)' }],
    ['PriorBox', { family: 'global', reason: 'PriorBox (prior boxes from the sizes only)' }],
    ['DetectionOutput', { family: 'global', reason: 'DetectionOutput (decoding and NMS over every box)' }],
    ['MVN', { family: 'global', reason: 'MVN (normalised by the mean over all positions)' }],
    // Fast/Faster R-CNN and R-FCN: each output pools a region of interest whose box comes from
    // another input (the proposals), anywhere in the image: global per region.
    ...['ROIPooling', 'PSROIPooling', 'ROIAlign'].map((t) => [t, { family: 'global', reason: `${t} (pools each region of interest, whose box comes from another input: global per region)` }]),
    ['SPP', { family: 'global', reason: 'SPP (spatial pyramid pooling)' }],
    ['ArgMax', { family: 'global', reason: 'ArgMax' }],
    ['Reduction', { family: 'global', reason: 'Reduction' }],
    ['Embed', { family: 'global', reason: 'Embed' }],
    ['Tile', { family: 'global', reason: 'Tile' }],
    ['LSTM', { family: 'global', reason: 'LSTM' }],
    ['RNN', { family: 'global', reason: 'RNN' }],
    ...['Accuracy', 'SoftmaxWithLoss', 'EuclideanLoss', 'HingeLoss', 'InfogainLoss', 'MultinomialLogisticLoss', 'SigmoidCrossEntropyLoss', 'ContrastiveLoss', 'MultiBoxLoss', 'DetectionEvaluate', 'HDF5Output', 'SmoothL1Loss'].map((t) => [t, { family: 'global', reason: `${t} (a loss or metric over the whole output)` }]),
]);
/** The legacy `layers { type: CONVOLUTION }` enum (V1LayerParameter.LayerType) → today's names. */
const V1_TYPES = {
    ABSVAL: 'AbsVal', ACCURACY: 'Accuracy', ARGMAX: 'ArgMax', BNLL: 'BNLL', CONCAT: 'Concat', CONTRASTIVE_LOSS: 'ContrastiveLoss', CONVOLUTION: 'Convolution',
    DATA: 'Data', DECONVOLUTION: 'Deconvolution', DROPOUT: 'Dropout', DUMMY_DATA: 'DummyData', EUCLIDEAN_LOSS: 'EuclideanLoss', ELTWISE: 'Eltwise', EXP: 'Exp',
    FLATTEN: 'Flatten', HDF5_DATA: 'HDF5Data', HDF5_OUTPUT: 'HDF5Output', HINGE_LOSS: 'HingeLoss', IMAGE_DATA: 'ImageData', INFOGAIN_LOSS: 'InfogainLoss',
    INNER_PRODUCT: 'InnerProduct', LRN: 'LRN', MEMORY_DATA: 'MemoryData', MULTINOMIAL_LOGISTIC_LOSS: 'MultinomialLogisticLoss', MVN: 'MVN', POOLING: 'Pooling',
    POWER: 'Power', RELU: 'ReLU', SIGMOID: 'Sigmoid', SIGMOID_CROSS_ENTROPY_LOSS: 'SigmoidCrossEntropyLoss', SILENCE: 'Silence', SOFTMAX: 'Softmax',
    SOFTMAX_LOSS: 'SoftmaxWithLoss', SPLIT: 'Split', SLICE: 'Slice', TANH: 'TanH', WINDOW_DATA: 'WindowData', THRESHOLD: 'Threshold',
};
const V1_NUMBERS = {
    35: 'ABSVAL', 1: 'ACCURACY', 30: 'ARGMAX', 2: 'BNLL', 3: 'CONCAT', 37: 'CONTRASTIVE_LOSS', 4: 'CONVOLUTION', 5: 'DATA', 39: 'DECONVOLUTION', 6: 'DROPOUT',
    32: 'DUMMY_DATA', 7: 'EUCLIDEAN_LOSS', 25: 'ELTWISE', 38: 'EXP', 8: 'FLATTEN', 9: 'HDF5_DATA', 10: 'HDF5_OUTPUT', 28: 'HINGE_LOSS', 12: 'IMAGE_DATA',
    13: 'INFOGAIN_LOSS', 14: 'INNER_PRODUCT', 15: 'LRN', 29: 'MEMORY_DATA', 16: 'MULTINOMIAL_LOGISTIC_LOSS', 34: 'MVN', 17: 'POOLING', 26: 'POWER', 18: 'RELU',
    19: 'SIGMOID', 27: 'SIGMOID_CROSS_ENTROPY_LOSS', 36: 'SILENCE', 20: 'SOFTMAX', 21: 'SOFTMAX_LOSS', 22: 'SPLIT', 33: 'SLICE', 23: 'TANH', 24: 'WINDOW_DATA', 31: 'THRESHOLD',
};
/** LayerParameter's fields (BVLC and the SSD fork); any other `*_param` is a fork's, accepted. */
const LAYER_FIELDS = ['name', 'type', 'bottom', 'top', 'phase', 'loss_weight', 'param', 'blobs', 'propagate_down', 'include', 'exclude'];
/** V1LayerParameter's own fields. */
const V1_LAYER_FIELDS = ['name', 'type', 'bottom', 'top', 'include', 'exclude', 'blobs', 'param', 'blob_share_mode', 'blobs_lr', 'weight_decay', 'loss_weight'];
const CONV_FIELDS = ['num_output', 'bias_term', 'pad', 'kernel_size', 'stride', 'dilation', 'pad_h', 'pad_w', 'kernel_h', 'kernel_w', 'stride_h', 'stride_w', 'group', 'weight_filler', 'bias_filler', 'engine', 'axis', 'force_nd_im2col'];
const POOL_FIELDS = ['pool', 'pad', 'pad_h', 'pad_w', 'kernel_size', 'kernel_h', 'kernel_w', 'stride', 'stride_h', 'stride_w', 'engine', 'global_pooling', 'round_mode', 'ceil_mode'];
const layers_AXES = 2;
/** The type a layer names: a V2 string, or a V1 enum (`CONVOLUTION`, or its number). */
function layerType(layer, legacy) {
    const field = layer.last('type');
    if (!field)
        return layer.missing('type', legacy ? 'type: CONVOLUTION' : 'type: "Convolution"');
    const v = field.value;
    if (!legacy) {
        if (v.kind !== 'string')
            return layer.invalid(field, `must be a quoted string, e.g. \`type: "Convolution"\``);
        return { type: v.value, at: v.at };
    }
    if (v.kind === 'ident' && V1_TYPES[v.value])
        return { type: V1_TYPES[v.value], at: v.at };
    if (v.kind === 'number' && V1_NUMBERS[v.value])
        return { type: V1_TYPES[V1_NUMBERS[v.value]], at: v.at };
    if (v.kind === 'ident') {
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownType, `${layer.where}: unknown legacy layer type \`${v.value}\`${(0,suggest/* didYouMean */.au)(v.value, Object.keys(V1_TYPES))}`, v.at);
    }
    return layer.invalid(field, 'in legacy `layers { }` is an enum name, e.g. `type: CONVOLUTION`');
}
function knownType(type) {
    return TYPES.has(type);
}
/** Whether a known type is a data layer (it writes blobs and reads none). */
function isDataLayer(type) {
    return TYPES.get(type)?.family === 'data' || type === 'Input';
}
function unknownType(layer, type, at) {
    if (type === 'Python') {
        // One type for every Python layer: pointwise would be a claim about code rflint never reads.
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownType, `${layer.where}: a Python layer reads its bottoms with code rflint does not run or read (py-faster-rcnn's proposal and target layers see every position); say so with \`--assume Python=global\` (rules: \`assume: { Python: global }\`)`, at);
    }
    const hint = (0,suggest/* didYouMean */.au)(type, [...TYPES.keys()]);
    return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownType, `${layer.where}: unknown layer type \`${type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${type}=pointwise\` (rules: \`assume: { ${type}: pointwise }\`), or \`=global\` if it sees the whole input`, at);
}
/** Reads a known type's parameters into its geometry. */
function readLayer(layer, type, bottoms) {
    const entry = TYPES.get(type);
    const done = (spec) => ({ type, spec });
    switch (entry.family) {
        case 'data':
            return done({ kind: 'data', ...dataShape(layer) });
        case 'input': {
            const param = layer.message('input_param');
            if (isProblem(param))
                return param;
            if (!param)
                return done({ kind: 'data' });
            const unknown = param.unknown(['shape']);
            if (unknown)
                return unknown;
            const shapes = param.messages('shape');
            const first = shapes[0];
            if (!first)
                return done({ kind: 'data' });
            if (isProblem(first))
                return first;
            const dims = first.ints('dim');
            if (isProblem(dims))
                return dims;
            return done({ kind: 'data', shape: dims });
        }
        case 'conv':
        case 'deconv': {
            const param = layer.message('convolution_param');
            if (isProblem(param))
                return param;
            if (!param)
                return layer.missing('convolution_param', 'convolution_param { num_output: 64 kernel_size: 3 }');
            const unknown = param.unknown(CONV_FIELDS);
            if (unknown)
                return unknown;
            const axis = param.int('axis', 1);
            if (isProblem(axis))
                return axis;
            if (axis !== 1 && axis !== -3)
                return param.invalid(param.last('axis'), 'other than 1 (the channels of N, C, H, W) is not read by rflint');
            const kernel = perAxis(param, 'kernel_size', 'kernel_h', 'kernel_w', undefined, 1);
            if (isProblem(kernel))
                return kernel;
            const stride = perAxis(param, 'stride', 'stride_h', 'stride_w', 1, 1);
            if (isProblem(stride))
                return stride;
            const pad = perAxis(param, 'pad', 'pad_h', 'pad_w', 0, 0);
            if (isProblem(pad))
                return pad;
            const dilation = perAxis(param, 'dilation', undefined, undefined, 1, 1);
            if (isProblem(dilation))
                return dilation;
            return done({ kind: entry.family === 'conv' ? 'window' : 'deconv', kernel, stride, pad, dilation });
        }
        case 'pool': {
            const param = layer.message('pooling_param');
            if (isProblem(param))
                return param;
            if (!param)
                return layer.missing('pooling_param', 'pooling_param { pool: MAX kernel_size: 3 stride: 2 }');
            const unknown = param.unknown(POOL_FIELDS);
            if (unknown)
                return unknown;
            const pool = param.enumOf('pool', ['MAX', 'AVE', 'STOCHASTIC'], 'MAX', { 0: 'MAX', 1: 'AVE', 2: 'STOCHASTIC' });
            if (isProblem(pool))
                return pool;
            const global = param.bool('global_pooling', false);
            if (isProblem(global))
                return global;
            if (global)
                return done({ kind: 'global', reason: `Pooling (global_pooling, ${pool})` });
            const kernel = perAxis(param, 'kernel_size', 'kernel_h', 'kernel_w', undefined, 1);
            if (isProblem(kernel))
                return kernel;
            const stride = perAxis(param, 'stride', 'stride_h', 'stride_w', 1, 1);
            if (isProblem(stride))
                return stride;
            const pad = perAxis(param, 'pad', 'pad_h', 'pad_w', 0, 0);
            if (isProblem(pad))
                return pad;
            const round = param.enumOf('round_mode', ['CEIL', 'FLOOR'], 'CEIL', { 0: 'CEIL', 1: 'FLOOR' });
            if (isProblem(round))
                return round;
            const ceil = param.bool('ceil_mode', round === 'CEIL');
            if (isProblem(ceil))
                return ceil;
            const badPad = pad.findIndex((p, a) => p >= kernel[a]);
            if (badPad >= 0)
                return param.invalid(param.last('pad') ?? param.last(badPad === 0 ? 'pad_h' : 'pad_w'), `must be below the kernel size (${kernel[badPad]}), as Caffe checks`);
            return done({ kind: 'window', kernel, stride, pad, dilation: [1, 1], pool: pool === 'AVE' ? 'avg' : 'max', ...(ceil ? { caffeCeil: true } : {}) });
        }
        case 'pointwise':
            return done({ kind: 'pointwise' });
        case 'scale':
            // With a second bottom, Scale multiplies by it (broadcast): the gate of squeeze-and-excitation.
            return done(bottoms > 1 ? { kind: 'merge', merge: 'mul' } : { kind: 'pointwise' });
        case 'global':
            return done({ kind: 'global', reason: entry.reason });
        case 'upsample': {
            const param = layer.message('upsample_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['scale', 'scale_h', 'scale_w', 'pad_out_h', 'pad_out_w', 'upsample_h', 'upsample_w']);
            if (unknown)
                return unknown;
            const sized = param?.last('upsample_h') ?? param?.last('upsample_w');
            if (sized) {
                // SegNet: the output size, with the pool's mask as the second bottom (build.ts reads the pool).
                if (bottoms < 2)
                    return param.invalid(sized, 'sets the output size of SegNet\'s max-unpooling, which reads the pooling mask as a second bottom; give it (`bottom: "pool1_mask"`), or the factor with `scale: 2`');
                const h = param.int('upsample_h', 0);
                if (isProblem(h))
                    return h;
                const w = param.int('upsample_w', 0);
                if (isProblem(w))
                    return w;
                if (h < 2 || w < 2)
                    return param.invalid(sized, 'needs both `upsample_h` and `upsample_w`, each above 1 (as SegNet checks)');
                return done({ kind: 'upsample', factor: [2, 2], size: [h, w] });
            }
            const factor = param ? perAxis(param, 'scale', 'scale_h', 'scale_w', 2, 1) : [2, 2];
            if (isProblem(factor))
                return factor;
            return done({ kind: 'upsample', factor });
        }
        case 'sink':
            return done({ kind: 'sink' });
        case 'interp': {
            const param = layer.message('interp_param');
            if (isProblem(param))
                return param;
            if (!param)
                return layer.missing('interp_param', 'interp_param { zoom_factor: 8 }');
            const unknown = param.unknown(['height', 'width', 'zoom_factor', 'shrink_factor', 'pad_beg', 'pad_end']);
            if (unknown)
                return unknown;
            const values = {};
            for (const key of ['height', 'width', 'zoom_factor', 'shrink_factor']) {
                if (!param.has(key))
                    continue;
                const v = param.int(key, 1);
                if (isProblem(v))
                    return v;
                if (v < 1)
                    return param.invalid(param.last(key), 'must be at least 1, as Caffe checks');
                values[key] = v;
            }
            const padBeg = param.int('pad_beg', 0);
            if (isProblem(padBeg))
                return padBeg;
            const padEnd = param.int('pad_end', 0);
            if (isProblem(padEnd))
                return padEnd;
            for (const [key, v] of [['pad_beg', padBeg], ['pad_end', padEnd]]) {
                if (v > 0)
                    return param.invalid(param.last(key), 'must be 0 or negative (a crop), as Caffe checks');
            }
            const { height, width, zoom_factor: zoom, shrink_factor: shrink } = values;
            const sized = height !== undefined && width !== undefined;
            if (zoom === undefined && shrink === undefined && !sized)
                return layer.missing('interp_param', 'interp_param { zoom_factor: 8 } (or shrink_factor, or height and width)');
            return done({ kind: 'interp', padBeg, padEnd, ...(zoom !== undefined || shrink !== undefined ? { ...(zoom !== undefined ? { zoom } : {}), ...(shrink !== undefined ? { shrink } : {}) } : { size: [height, width] }) });
        }
        case 'axpy':
            if (bottoms !== 3)
                return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${layer.where}: an Axpy takes three bottoms (the per-channel scale a, then x and y: a·x + y), got ${bottoms}`, layer.at);
            return done({ kind: 'axpy' });
        case 'eltwise': {
            const param = layer.message('eltwise_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['operation', 'coeff', 'stable_prod_grad']);
            if (unknown)
                return unknown;
            const operation = param ? param.enumOf('operation', ['PROD', 'SUM', 'MAX'], 'SUM', { 0: 'PROD', 1: 'SUM', 2: 'MAX' }) : 'SUM';
            if (isProblem(operation))
                return operation;
            return done({ kind: 'merge', merge: operation === 'PROD' ? 'mul' : operation === 'SUM' ? 'add' : 'max' });
        }
        case 'concat': {
            const param = layer.message('concat_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['axis', 'concat_dim']);
            if (unknown)
                return unknown;
            const axis = param ? (param.has('axis') ? param.int('axis', 1) : param.int('concat_dim', 1)) : 1;
            if (isProblem(axis))
                return axis;
            // One bottom (valid Caffe, written by Darknet→Caffe converters for a one-layer [route]): a copy.
            if (bottoms === 1)
                return done({ kind: 'pointwise' });
            if (axis === 1 || axis === -3)
                return done({ kind: 'merge', merge: 'concat' });
            if (axis === 0 || axis === -4)
                return done({ kind: 'merge', merge: 'concat (batch)' });
            // Along a spatial axis the inputs sit side by side: each keeps its own positions only when
            // they are already global (SSD's flattened heads); rflint does not map such a concat.
            return done({ kind: 'global', reason: `Concat along axis ${axis}` });
        }
        case 'crop': {
            const param = layer.message('crop_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['axis', 'offset']);
            if (unknown)
                return unknown;
            if (bottoms !== 2)
                return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${layer.where}: a Crop takes two bottoms (the blob to crop and the one whose shape it takes), got ${bottoms}`, layer.at);
            const axis = param ? param.int('axis', 2) : 2;
            if (isProblem(axis))
                return axis;
            const offset = param ? param.ints('offset', 0) : [];
            if (isProblem(offset))
                return offset;
            const start = axis < 0 ? axis + 2 + layers_AXES : axis;
            if (start < 0 || start >= 2 + layers_AXES)
                return param.invalid(param.last('axis'), `must be an axis of N, C, H, W (0–3 or −4…−1), got ${axis}`);
            const cropped = 2 + layers_AXES - start;
            if (offset.length > 1 && offset.length !== cropped) {
                return param.invalid(param.last('offset'), `gives ${offset.length} values for the ${cropped} axes from axis ${start}: give one for all, or one per axis`);
            }
            const offsets = Array.from({ length: layers_AXES }, (_, a) => (2 + a < start ? undefined : offset.length === 0 ? 0 : offset.length === 1 ? offset[0] : offset[2 + a - start]));
            return done({ kind: 'crop', offsets });
        }
        case 'flatten': {
            const param = layer.message('flatten_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['axis', 'end_axis']);
            if (unknown)
                return unknown;
            const axis = param ? param.int('axis', 1) : 1;
            if (isProblem(axis))
                return axis;
            const end = param ? param.int('end_axis', -1) : -1;
            if (isProblem(end))
                return end;
            const [first, last] = [normalise(axis), normalise(end)];
            // Flattening one axis, or only the batch and channels, keeps every position in place.
            const spatial = last >= 2 && first < last;
            return done(spatial ? { kind: 'global', reason: `Flatten (axes ${first}–${last})` } : { kind: 'pointwise' });
        }
        case 'reshape': {
            const param = layer.message('reshape_param');
            if (isProblem(param))
                return param;
            if (!param)
                return done({ kind: 'pointwise' });
            const unknown = param.unknown(['shape', 'axis', 'num_axes']);
            if (unknown)
                return unknown;
            const shape = param.message('shape');
            if (isProblem(shape))
                return shape;
            const dims = shape ? shape.ints('dim') : [];
            if (isProblem(dims))
                return dims;
            const axis = param.int('axis', 0);
            if (isProblem(axis))
                return axis;
            const numAxes = param.int('num_axes', -1, -1);
            if (isProblem(numAxes))
                return numAxes;
            const start = axis < 0 ? axis + 2 + layers_AXES + 1 : axis;
            const end = numAxes === -1 ? 2 + layers_AXES : start + numAxes;
            // The spatial axes keep their place when the reshape leaves them out of its range, or
            // copies them (`dim: 0`) at the same place.
            const keeps = dims.length === end - start && [2, 3].every((a) => a < start || a >= end || dims[a - start] === 0);
            return done(keeps ? { kind: 'pointwise' } : { kind: 'global', reason: `Reshape (to ${dims.join(', ')})` });
        }
        case 'permute': {
            const param = layer.message('permute_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['order']);
            if (unknown)
                return unknown;
            const order = param ? param.ints('order', 0) : [];
            if (isProblem(order))
                return order;
            // SSD's Permute: unlisted axes follow in their order.
            const full = [...order, ...[0, 1, 2, 3].filter((a) => !order.includes(a))];
            return done(full[2] === 2 && full[3] === 3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Permute (order ${full.join(', ')} moves the spatial axes)` });
        }
        case 'softmax': {
            const param = layer.message('softmax_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['engine', 'axis']);
            if (unknown)
                return unknown;
            const axis = param ? param.int('axis', 1) : 1;
            if (isProblem(axis))
                return axis;
            return done(axis === 1 || axis === -3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Softmax over axis ${axis}` });
        }
        case 'lrn': {
            const param = layer.message('lrn_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['local_size', 'alpha', 'beta', 'norm_region', 'k', 'engine']);
            if (unknown)
                return unknown;
            const region = param ? param.enumOf('norm_region', ['ACROSS_CHANNELS', 'WITHIN_CHANNEL'], 'ACROSS_CHANNELS', { 0: 'ACROSS_CHANNELS', 1: 'WITHIN_CHANNEL' }) : 'ACROSS_CHANNELS';
            if (isProblem(region))
                return region;
            if (region === 'ACROSS_CHANNELS')
                return done({ kind: 'pointwise' });
            const size = param.int('local_size', 5, 1);
            if (isProblem(size))
                return size;
            if (size % 2 === 0)
                return param.invalid(param.last('local_size'), `must be odd for WITHIN_CHANNEL, got ${size}`);
            // Caffe: an AVE pool of the squares, local_size wide, stride 1, pad (local_size − 1)/2.
            const p = (size - 1) / 2;
            return done({ kind: 'window', kernel: [size, size], stride: [1, 1], pad: [p, p], dilation: [1, 1], pool: 'avg', caffeCeil: true });
        }
        case 'normalize': {
            const param = layer.message('norm_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['across_spatial', 'scale_filler', 'channel_shared', 'eps']);
            if (unknown)
                return unknown;
            const across = param ? param.bool('across_spatial', true) : true;
            if (isProblem(across))
                return across;
            return done(across ? { kind: 'global', reason: 'Normalize (across_spatial)' } : { kind: 'pointwise' });
        }
        case 'slice': {
            const param = layer.message('slice_param');
            if (isProblem(param))
                return param;
            const unknown = param?.unknown(['axis', 'slice_point', 'slice_dim']);
            if (unknown)
                return unknown;
            const axis = param ? (param.has('axis') ? param.int('axis', 1) : param.int('slice_dim', 1)) : 1;
            if (isProblem(axis))
                return axis;
            if (axis === 1 || axis === -3 || axis === 0 || axis === -4)
                return done({ kind: 'pointwise' });
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unsupported, `${layer.where}: a Slice along axis ${axis} (a spatial axis) is not read by rflint; slice channels (axis 1), or check an ONNX export`, layer.at);
        }
    }
}
function normalise(axis) {
    return axis < 0 ? axis + 2 + layers_AXES : axis;
}
/** Data layers: the size a crop or a MemoryData/DummyData layer fixes. */
function dataShape(layer) {
    const int = (m, name) => {
        if (!m || isProblem(m))
            return undefined;
        const v = m.int(name, 0);
        return typeof v === 'number' && v > 0 ? v : undefined;
    };
    const memory = layer.message('memory_data_param');
    const h = int(memory, 'height');
    const w = int(memory, 'width');
    if (h && w)
        return { shape: [1, 1, h, w] };
    const crop = int(layer.message('transform_param'), 'crop_size');
    if (crop)
        return { shape: [1, 1, crop, crop] };
    const dummy = layer.message('dummy_data_param');
    if (dummy && !isProblem(dummy)) {
        const shape = dummy.messages('shape')[0];
        if (shape && !isProblem(shape)) {
            const dims = shape.ints('dim');
            if (!isProblem(dims) && dims.length === 4)
                return { shape: dims };
        }
    }
    return {};
}
/**
 * A per-axis parameter: `name` repeated (one value for all axes or one per axis), or the 2-D
 * `name_h`/`name_w` pair, which Caffe does not allow together with it.
 */
function perAxis(param, name, h, w, fallback, min) {
    const values = param.ints(name, min);
    if (isProblem(values))
        return values;
    if (h && w && (param.has(h) || param.has(w))) {
        if (values.length > 0)
            return param.invalid(param.last(h) ?? param.last(w), `cannot be given with \`${name}\`; give either \`${name}\` or \`${h}\` and \`${w}\``);
        if (fallback === undefined && !(param.has(h) && param.has(w)))
            return param.missing(param.has(h) ? w : h, `${h}: 3 ${w}: 3`);
        const vh = param.int(h, fallback ?? 0, min);
        if (isProblem(vh))
            return vh;
        const vw = param.int(w, fallback ?? 0, min);
        if (isProblem(vw))
            return vw;
        return [vh, vw];
    }
    if (values.length === 0) {
        if (fallback === undefined)
            return param.missing(name, `${name}: 3`);
        return [fallback, fallback];
    }
    if (values.length === 1)
        return [values[0], values[0]];
    if (values.length === layers_AXES)
        return values;
    return param.invalid(param.all(name)[layers_AXES], `is given ${values.length} times: give one value for both spatial axes, or one per axis (height, width)`);
}

;// CONCATENATED MODULE: ./src/formats/caffe/text.ts
class TextFormatError {
    message;
    at;
    constructor(message, at) {
        this.message = message;
        this.at = at;
    }
}
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fF]?)/y;
const SIMPLE_ESCAPES = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
function parseText(text, maxDepth) {
    try {
        return { message: new Parser(text, maxDepth).file() };
    }
    catch (err) {
        if (err instanceof TextFormatError)
            return { error: { message: err.message, at: err.at } };
        throw err;
    }
}
class Parser {
    text;
    maxDepth;
    offset = 0;
    line = 1;
    /** Offset of the current line's first character. */
    lineStart = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        if (text.startsWith('\uFEFF'))
            this.offset = this.lineStart = 1;
    }
    file() {
        const fields = this.fields(undefined, 0);
        return { kind: 'message', at: { line: 1, column: 1 }, fields };
    }
    position() {
        return { line: this.line, column: this.offset - this.lineStart + 1 };
    }
    fail(message, at = this.position()) {
        throw new TextFormatError(message, at);
    }
    /** Skips whitespace and comments, counting lines (CRLF once, a lone CR as a line end). */
    skip() {
        const t = this.text;
        while (this.offset < t.length) {
            const c = t[this.offset];
            if (c === '\n' || (c === '\r' && t[this.offset + 1] !== '\n')) {
                this.offset++;
                this.line++;
                this.lineStart = this.offset;
            }
            else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
                this.offset++;
            }
            else if (c === '#') {
                while (this.offset < t.length && t[this.offset] !== '\n' && t[this.offset] !== '\r')
                    this.offset++;
            }
            else {
                return;
            }
        }
    }
    peek() {
        this.skip();
        return this.text[this.offset];
    }
    /** The fields up to `close` (or the end of the file when undefined). */
    fields(close, depth) {
        const fields = [];
        for (;;) {
            const c = this.peek();
            if (c === undefined) {
                if (close !== undefined)
                    this.fail(`the file ends inside a message: a \`${close}\` is missing`);
                return fields;
            }
            if (c === close) {
                this.offset++;
                return fields;
            }
            if (c === '}' || c === '>')
                this.fail(`\`${c}\` closes nothing here; remove it or open the message before it`);
            fields.push(...this.field(depth));
            const sep = this.peek();
            if (sep === ',' || sep === ';')
                this.offset++;
        }
    }
    /** One field, or several for a list (`dim: [1, 3]`). */
    field(depth) {
        const at = this.position();
        if (this.text[this.offset] === '[')
            this.fail('extension fields (`[package.name]`) are not read by rflint; Caffe does not use them');
        const name = this.ident();
        if (name === undefined)
            this.fail(`expected a field name, found \`${this.text[this.offset]}\``);
        let c = this.peek();
        const colon = c === ':';
        if (colon) {
            this.offset++;
            c = this.peek();
        }
        if (c === '{' || c === '<')
            return [{ name, at, value: this.message(depth + 1) }];
        if (!colon)
            this.fail(`\`${name}\` needs \`:\` before its value, or \`{\` to open a message`, at);
        if (c === '[') {
            this.offset++;
            const values = [];
            if (this.peek() === ']') {
                this.offset++;
                return values;
            }
            for (;;) {
                const p = this.peek();
                values.push({ name, at, value: p === '{' || p === '<' ? this.message(depth + 1) : this.scalar() });
                const next = this.peek();
                this.offset++;
                if (next === ']')
                    return values;
                if (next !== ',')
                    this.fail(`a list needs \`,\` between values and \`]\` at its end, found \`${next ?? 'the end of the file'}\``, this.back());
            }
        }
        return [{ name, at, value: this.scalar() }];
    }
    back() {
        this.offset--;
        const at = this.position();
        this.offset++;
        return at;
    }
    message(depth) {
        if (depth > this.maxDepth)
            this.fail(`messages are nested more than ${this.maxDepth} deep (the limit); is the file generated by mistake?`);
        const at = this.position();
        const open = this.text[this.offset];
        this.offset++;
        return { kind: 'message', at, fields: this.fields(open === '{' ? '}' : '>', depth) };
    }
    ident() {
        IDENT.lastIndex = this.offset;
        const m = IDENT.exec(this.text);
        if (!m)
            return undefined;
        this.offset += m[0].length;
        return m[0];
    }
    scalar() {
        const at = this.position();
        const c = this.text[this.offset];
        if (c === '"' || c === "'") {
            let value = '';
            // Adjacent strings are one value, as in C.
            while (this.text[this.offset] === '"' || this.text[this.offset] === "'") {
                value += this.string();
                const next = this.peek();
                if (next !== '"' && next !== "'")
                    break;
            }
            return { kind: 'string', value, at };
        }
        NUMBER.lastIndex = this.offset;
        const number = NUMBER.exec(this.text);
        if (number) {
            this.offset += number[0].length;
            // `1e5x` or `3abc` is not a number followed by a field: TextFormat rejects it too.
            IDENT.lastIndex = this.offset;
            if (IDENT.test(this.text))
                this.fail(`\`${number[0]}${this.text.slice(this.offset).match(/^\w+/)[0]}\` is not a number`, at);
            const text = number[0];
            const body = /^-?0[xX]/.test(text) ? text : text.replace(/[fF]$/, '');
            const negative = body.startsWith('-');
            const digits = negative ? body.slice(1) : body;
            let value;
            if (/^0[xX]/.test(digits))
                value = parseInt(digits.slice(2), 16);
            else if (/^0[0-7]+$/.test(digits))
                value = parseInt(digits.slice(1), 8);
            else
                value = Number(digits);
            return { kind: 'number', value: negative ? -value : value, text, at };
        }
        const negative = c === '-';
        if (negative)
            this.offset++;
        const word = this.ident();
        if (word === undefined)
            this.fail(`expected a value (a number, a "string", an enum name or \`{\`), found \`${c ?? 'the end of the file'}\``, at);
        const lower = word.toLowerCase();
        if (lower === 'inf' || lower === 'infinity')
            return { kind: 'number', value: negative ? -Infinity : Infinity, text: (negative ? '-' : '') + word, at };
        if (lower === 'nan')
            return { kind: 'number', value: NaN, text: word, at };
        if (negative)
            this.fail(`\`-${word}\` is not a number`, at);
        return { kind: 'ident', value: word, at };
    }
    /** One quoted string with C escapes; the quote it starts with ends it, on the same line. */
    string() {
        const t = this.text;
        const quote = t[this.offset];
        const start = this.position();
        this.offset++;
        const bytes = [];
        const pushText = (s) => {
            for (const b of new TextEncoder().encode(s))
                bytes.push(b);
        };
        for (;;) {
            const c = t[this.offset];
            if (c === undefined || c === '\n' || c === '\r')
                this.fail(`a string is not closed on its line: add \`${quote}\``, start);
            this.offset++;
            if (c === quote)
                break;
            if (c !== '\\') {
                pushText(c);
                continue;
            }
            const e = t[this.offset];
            if (e === undefined)
                this.fail('a string ends with `\\`', start);
            this.offset++;
            if (e in SIMPLE_ESCAPES)
                pushText(SIMPLE_ESCAPES[e]);
            else if (/[0-7]/.test(e)) {
                let digits = e;
                while (digits.length < 3 && /[0-7]/.test(t[this.offset] ?? ''))
                    digits += t[this.offset++];
                bytes.push(parseInt(digits, 8) & 0xff);
            }
            else if (e === 'x' || e === 'X') {
                let digits = '';
                while (digits.length < 2 && /[0-9a-fA-F]/.test(t[this.offset] ?? ''))
                    digits += t[this.offset++];
                if (digits === '')
                    this.fail('`\\x` needs hex digits', start);
                bytes.push(parseInt(digits, 16));
            }
            else {
                this.fail(`\`\\${e}\` is not an escape a string may use (\\n, \\t, \\", \\\\, \\x41, \\101…)`, start);
            }
        }
        return new TextDecoder().decode(new Uint8Array(bytes));
    }
}

;// CONCATENATED MODULE: ./src/formats/caffe/load.ts
/**
 * A Caffe prototxt's text → LoadResult: parse the text format with positions, read the net's
 * inputs and every layer (unknown fields and types, values), build the graph. Problems of
 * different layers are all reported; building runs only when reading found no error.
 *
 * Layers of the TRAIN phase only (`include { phase: TRAIN }`, `exclude { phase: TEST }`) are
 * skipped: a train_val prototxt then reads like the deployed net, one data layer per blob.
 */







/** NetParameter's fields. */
const NET_FIELDS = ['name', 'input', 'input_shape', 'input_dim', 'force_backward', 'state', 'debug_info', 'layer', 'layers'];
function loadCaffeText(text, path, options, fileName = 'model') {
    const withFile = (diagnostics) => diagnostics.map((d) => ({ ...d, file: path }));
    const parsed = parseText(text, options.limits.maxDepth);
    if ('error' in parsed)
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.syntax, parsed.error.message, parsed.error.at)]) };
    const net = new MessageReader(parsed.message, 'the net');
    const unknown = net.unknown(NET_FIELDS);
    if (unknown)
        return { diagnostics: withFile([unknown]) };
    const layerFields = parsed.message.fields.filter((f) => f.name === 'layer' || f.name === 'layers');
    if (layerFields.length === 0) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.noLayers, 'the file has no `layer { … }` blocks; a Caffe net lists its layers (a solver prototxt is not a net: check the net it names)', { line: 1, column: 1 })]) };
    }
    if (layerFields.length > options.limits.maxNodes) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.tooManyLayers, `more than ${options.limits.maxNodes} layers (the limit); is the file generated by mistake?`, layerFields[options.limits.maxNodes].at)]) };
    }
    const problems = [];
    const inputs = readInputs(net, problems);
    const layers = [];
    const assumptions = [];
    let skipped = 0;
    /** TRAIN-only data layers: the input when the net has no other (a train net). */
    const trainData = [];
    layerFields.forEach((field, index) => {
        const legacy = field.name === 'layers';
        if (field.value.kind !== 'message') {
            problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.syntax, `\`${field.name}\` is a message: write \`${field.name} { name: "…" type: … }\``, field.at));
            return;
        }
        const named = new MessageReader(field.value, `layer #${index}`);
        const nameValue = named.string('name');
        if (isProblem(nameValue))
            return problems.push(nameValue);
        const name = nameValue ?? `#${index}`;
        const layer = new MessageReader(field.value, `layer "${name}"`, field.at);
        const odd = layer.unknown(legacy ? V1_LAYER_FIELDS : LAYER_FIELDS, (f) => f.endsWith('_param'));
        if (odd)
            return problems.push(odd);
        const test = inTestPhase(layer);
        if (!test)
            skipped++;
        const type = layerType(layer, legacy);
        if (isProblem(type))
            return test ? problems.push(type) : undefined;
        const bottoms = layer.strings('bottom');
        if (isProblem(bottoms))
            return test ? problems.push(bottoms) : undefined;
        const tops = layer.strings('top');
        if (isProblem(tops))
            return test ? problems.push(tops) : undefined;
        if (!test) {
            // Kept aside: a train net's only data layer may be TRAIN-phase (read below).
            if (bottoms.length === 0 && tops.length > 0 && isDataType(type.type)) {
                const read = knownType(type.type) ? readLayer(layer, type.type, 0) : undefined;
                const spec = read && !isProblem(read) ? read.spec : { kind: 'data' };
                trainData.push({ index, layer: { name, type: type.type, at: field.at, bottoms: [], tops: tops.map((t) => t.value), spec } });
            }
            return;
        }
        let spec;
        if (type.type === 'Python' && bottoms.length === 0) {
            // A Python layer that reads nothing writes the data (py-faster-rcnn's roi_data_layer): an input.
            spec = { kind: 'data' };
        }
        else if (knownType(type.type)) {
            const read = readLayer(layer, type.type, bottoms.length);
            if (isProblem(read))
                return problems.push(read);
            spec = read.spec;
        }
        else {
            const assumed = options.assume?.get(type.type);
            if (!assumed)
                return problems.push(unknownType(layer, type.type, type.at));
            spec = assumed === 'pointwise' ? { kind: 'pointwise' } : { kind: 'global', reason: `${type.type} (assumed global)` };
            const note = `layers of type ${type.type} are treated as ${assumed}, as asked`;
            if (!assumptions.includes(note))
                assumptions.push(note);
        }
        layers.push({ name, type: type.type, at: field.at, bottoms: bottoms.map((b) => ({ name: b.value, at: b.at })), tops: tops.map((t) => t.value), spec });
        return undefined;
    });
    if (problems.length > 0)
        return { diagnostics: withFile(problems) };
    if (inputs.length === 0 && !layers.some((l) => l.spec.kind === 'data') && trainData.length > 0) {
        // No TEST-phase input at all: the net is read as it runs in TRAIN, from its data layers.
        layers.unshift(...trainData.map((t) => t.layer));
        skipped -= trainData.length;
        const names = trainData.map((t) => `"${t.layer.name}"`).join(', ');
        assumptions.push(`the input is the TRAIN-phase data layer${trainData.length === 1 ? '' : 's'} ${names}: the net has no TEST-phase one`);
    }
    const given = options.inputSize;
    let inputSize;
    let source;
    if (given && given.length > 0) {
        inputSize = given.length === 1 ? [given[0], given[0]] : [...given];
        source = 'the input size given';
    }
    else {
        const data = layers.find((l) => l.spec.kind === 'data');
        const declared = inputs.length > 0 ? inputs[0].shape : data?.spec.kind === 'data' ? data.spec.shape : undefined;
        if (declared) {
            inputSize = declared.slice(2);
            source = inputs.length > 0 ? `the declared shape of \`${inputs[0].name}\`` : `the ${data.type} layer "${data.name}"`;
        }
    }
    if (inputSize && (inputSize.length !== 2 || inputSize.some((n) => !Number.isSafeInteger(n) || n < 1))) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.badInput, `the input size is ${inputSize.join('×')}; rflint reads 2-D Caffe nets: give height × width (e.g. --input-size 224x224)`, inputs[0]?.at ?? { line: 1, column: 1 })]) };
    }
    const built = buildGraph(inputs, layers, { inputSize, channelAttentionPointwise: options.channelAttentionPointwise, deadline: options.deadline });
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
    const notes = [
        ...(inputSize ? [`input ${inputSize.join('×')} (height × width) from ${source}`] : []),
        ...(skipped > 0 ? [`${skipped} layer${skipped === 1 ? '' : 's'} of the TRAIN phase skipped: the net as it runs in TEST`] : []),
        ...assumptions,
        ...built.assumptions,
    ];
    const netName = net.string('name');
    const model = {
        format: 'caffe',
        name: typeof netName === 'string' && netName !== '' ? netName : fileName,
        graph: built.graph,
        ...(inputSize ? { inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(notes.length > 0 ? { assumptions: notes } : {}),
    };
    return { model, diagnostics: withFile(built.diagnostics) };
}
/** `input:` with `input_shape { dim }` per input, or 4 `input_dim:` per input (N, C, H, W). */
function readInputs(net, problems) {
    const names = net.strings('input');
    if (isProblem(names)) {
        problems.push(names);
        return [];
    }
    const shapes = net.messages('input_shape');
    const dims = net.ints('input_dim', 1);
    if (isProblem(dims)) {
        problems.push(dims);
        return [];
    }
    const at = names[0]?.at ?? { line: 1, column: 1 };
    if (shapes.length > 0 && dims.length > 0) {
        problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.badInput, 'the net gives both `input_shape` and `input_dim`; keep one (`input_shape { dim: 1 dim: 3 dim: 224 dim: 224 }`)', at));
        return [];
    }
    if (shapes.length > 0 && shapes.length !== names.length) {
        problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.badInput, `the net names ${names.length} input${names.length === 1 ? '' : 's'} but gives ${shapes.length} \`input_shape\`; give one shape per \`input\``, at));
        return [];
    }
    if (dims.length > 0 && dims.length !== 4 * names.length) {
        problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.badInput, `the net gives ${dims.length} \`input_dim\` for ${names.length} input${names.length === 1 ? '' : 's'}; give four per input (N, C, H, W)`, at));
        return [];
    }
    return names.map((name, i) => {
        let shape;
        if (dims.length > 0)
            shape = dims.slice(4 * i, 4 * i + 4);
        const message = shapes[i];
        if (message) {
            if (isProblem(message))
                problems.push(message);
            else {
                const read = message.ints('dim', 1);
                if (isProblem(read))
                    problems.push(read);
                else
                    shape = read;
            }
        }
        if (i === 0 && shape && shape.length !== 4) {
            problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.badInput, `the input \`${name.value}\` has ${shape.length} dims; rflint reads 2-D nets, whose image input is N, C, H, W`, name.at));
        }
        return { name: name.value, at: name.at, ...(shape ? { shape } : {}) };
    });
}
/** Types that write data and read no bottom: the known data layers and a `Python` layer. */
function isDataType(type) {
    return type === 'Python' || (knownType(type) && isDataLayer(type));
}
/** Whether the layer runs in the TEST phase (deploy nets have no phase rules at all). */
function inTestPhase(layer) {
    const phaseOf = (rule) => {
        const phase = rule.enumOf('phase', ['TRAIN', 'TEST'], 'TEST', { 0: 'TRAIN', 1: 'TEST' });
        return rule.has('phase') && !isProblem(phase) ? phase : undefined;
    };
    const rules = (name) => layer.messages(name).filter((r) => !isProblem(r));
    // Caffe runs a layer when any `include` rule matches (a rule without a phase matches any).
    const include = rules('include');
    if (include.length > 0 && !include.some((r) => phaseOf(r) !== 'TRAIN'))
        return false;
    if (rules('exclude').some((r) => phaseOf(r) === 'TEST'))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/formats/caffe/index.ts
/**
 * The Caffe prototxt loader: recognised by content (a net's `layer {`/`layers {` blocks or its
 * `input:`), whatever the file's extension; a solver prototxt has neither and is left alone.
 */







const caffeLoader = {
    ...recognise/* caffeRecognition */.Z,
    async load(source, options) {
        const file = source.path;
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: codes/* CODES */.L.fileTooLarge, notText: codes/* CODES */.L.notText, kind: 'a Caffe prototxt', notTextHint: '; a Caffe prototxt is a text file (a .caffemodel holds weights: check the prototxt beside it)' });
        if (typeof text !== 'string')
            return text;
        return loadCaffeText(text, file, options, (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.prototxt$/i, ''));
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
