export const id = 592;
export const ids = [592];
export const modules = {

/***/ 3055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ KERAS_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Keras loader (Keras JSON, `.keras`, `.h5`, TF.js layers models),
 * RF340–RF359, with the one-line descriptions `check/codes.ts` shows as SARIF rule names and
 * docs/cli.md lists. Stable: add, never renumber.
 */
const KERAS_CODES = {
    RF340: 'a Keras model file is not valid JSON (or not UTF-8 text)',
    RF341: 'a Keras model file is too large or too deeply nested',
    RF342: 'a Keras model JSON lacks a key it needs or has a value of the wrong type',
    RF343: 'a Keras layer has a parameter of the wrong type or range',
    RF344: 'a Keras layer class that rflint does not know (a custom layer): say how it maps positions with assume',
    RF345: 'a Keras Lambda layer runs code rflint cannot read: say how it maps positions with assume',
    RF346: 'a Keras layer or model input names a layer or call that does not exist',
    RF347: 'a `.keras` file is not a zip holding config.json',
    RF348: 'a `.h5` file is not HDF5 or has no model_config attribute',
    RF349: 'a Keras model has no layers, no inputs or no outputs',
    RF350: 'a Keras model has more layers than the limit',
    RF351: 'the input size does not fit the model (wrong number of axes)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF340',
    limits: 'RF341',
    structure: 'RF342',
    invalidValue: 'RF343',
    unknownLayer: 'RF344',
    lambda: 'RF345',
    badReference: 'RF346',
    notZip: 'RF347',
    notHdf5: 'RF348',
    empty: 'RF349',
    tooManyLayers: 'RF350',
    inputSize: 'RF351',
};


/***/ }),

/***/ 9592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KERAS_CODES: () => (/* reexport */ codes/* KERAS_CODES */.I),
  isKerasJson: () => (/* reexport */ recognise/* isKerasJson */.Rf),
  kerasLoader: () => (/* binding */ kerasLoader),
  loadKerasConfig: () => (/* reexport */ loadKerasConfig),
  loadKerasText: () => (/* reexport */ loadKerasText)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/model.ts
var model = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/formats/keras/recognise.ts
var recognise = __webpack_require__(8392);
// EXTERNAL MODULE: ./src/formats/keras/codes.ts
var codes = __webpack_require__(3055);
;// CONCATENATED MODULE: ./src/formats/keras/hdf5.ts
const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const MSG_CONTINUATION = 0x10;
const MSG_ATTRIBUTE = 0x0c;
const MSG_ATTRIBUTE_INFO = 0x15;
/** Object header blocks read at most (a root group has one or two). */
const MAX_BLOCKS = 64;
class Problem extends Error {
}
/** Little-endian reads over a block of the file, with the file's offset and length sizes. */
class Reader {
    bytes;
    offsetSize;
    lengthSize;
    constructor(bytes, offsetSize, lengthSize) {
        this.bytes = bytes;
        this.offsetSize = offsetSize;
        this.lengthSize = lengthSize;
    }
    view = () => new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    u8(at) {
        this.need(at, 1);
        return this.bytes[at];
    }
    u16(at) {
        this.need(at, 2);
        return this.view().getUint16(at, true);
    }
    u32(at) {
        this.need(at, 4);
        return this.view().getUint32(at, true);
    }
    uint(at, size) {
        this.need(at, size);
        let value = 0;
        for (let i = size - 1; i >= 0; i--)
            value = value * 256 + this.bytes[at + i];
        return value;
    }
    offset(at) {
        return this.uint(at, this.offsetSize);
    }
    length(at) {
        return this.uint(at, this.lengthSize);
    }
    need(at, size) {
        if (at < 0 || at + size > this.bytes.length)
            throw new Problem('the file is damaged (a structure runs past its block)');
    }
}
async function readRootStringAttribute(source, name, maxBytes) {
    try {
        return await read(source, name, maxBytes);
    }
    catch (err) {
        if (err instanceof Problem)
            return { problem: err.message };
        throw err;
    }
}
async function read(source, name, maxBytes) {
    // The superblock is at 0, or after a user block at 512, 1024, 2048, …
    let at = -1;
    for (let p = 0; p < source.size && p <= 1 << 20; p = p === 0 ? 512 : p * 2) {
        const head = await source.read(p, 8);
        if (SIGNATURE.every((b, i) => head[i] === b)) {
            at = p;
            break;
        }
    }
    if (at < 0)
        throw new Problem('it is not an HDF5 file (no HDF5 signature)');
    const sb = await source.read(at, 128);
    const version = sb[8];
    let r;
    let base;
    let root;
    if (version === 0 || version === 1) {
        r = new Reader(sb, sb[13], sb[14]);
        const addresses = version === 0 ? 24 : 28;
        base = r.offset(addresses);
        // Base, free space, end of file, driver info, then the root group's symbol table entry.
        root = r.offset(addresses + 4 * r.offsetSize + r.offsetSize);
    }
    else if (version === 2 || version === 3) {
        r = new Reader(sb, sb[9], sb[10]);
        base = r.offset(12);
        root = r.offset(12 + 3 * r.offsetSize);
    }
    else {
        throw new Problem(`its superblock version ${version} is unknown`);
    }
    if (![2, 4, 8].includes(r.offsetSize) || ![2, 4, 8].includes(r.lengthSize))
        throw new Problem('its superblock is damaged');
    const file = { source, base, offsetSize: r.offsetSize, lengthSize: r.lengthSize, maxBytes };
    const messages = await objectHeaderMessages(file, base + root);
    let dense = false;
    for (const message of messages) {
        if (message.type === MSG_ATTRIBUTE_INFO)
            dense = true;
        if (message.type !== MSG_ATTRIBUTE)
            continue;
        const value = await attribute(file, message.data, name);
        if (value !== undefined)
            return { text: value };
    }
    throw new Problem(dense ? `its root group keeps its attributes in dense storage, which rflint does not read; no ${name} found among the others` : `its root group has no ${name} attribute (is it a weights-only file?)`);
}
async function block(file, at, length) {
    if (length > file.maxBytes)
        throw new Problem('an object header is larger than the limit');
    const bytes = await file.source.read(at, length);
    if (bytes.length < length)
        throw new Problem('the file is truncated');
    return new Reader(bytes, file.offsetSize, file.lengthSize);
}
/** Every message of an object header, following continuation messages. */
async function objectHeaderMessages(file, at) {
    const first = await block(file, at, 16);
    const messages = [];
    const continuations = [];
    const collect = (r, start, end, v2, creationOrder) => {
        let p = start;
        const header = v2 ? 4 + (creationOrder ? 2 : 0) : 8;
        while (p + header <= end) {
            const type = v2 ? r.u8(p) : r.u16(p);
            const size = v2 ? r.u16(p + 1) : r.u16(p + 2);
            const data = p + header;
            if (data + size > end)
                throw new Problem('an object header message runs past its block');
            const body = new Reader(r.bytes.subarray(data, data + size), file.offsetSize, file.lengthSize);
            if (type === MSG_CONTINUATION)
                continuations.push([file.base + body.offset(0), body.length(file.offsetSize)]);
            else
                messages.push({ type, data: body });
            p = data + size;
        }
    };
    if (first.u8(0) === 1) {
        // Version 1: 16-byte prefix (with alignment), then messages of 8-byte-aligned sizes.
        const size = first.u32(8);
        collect(await block(file, at + 16, size), 0, size, false, false);
        for (let i = 0; i < continuations.length && i < MAX_BLOCKS; i++) {
            const [where, length] = continuations[i];
            collect(await block(file, where, length), 0, length, false, false);
        }
        return messages;
    }
    if (String.fromCharCode(first.u8(0), first.u8(1), first.u8(2), first.u8(3)) !== 'OHDR' || first.u8(4) !== 2)
        throw new Problem('its root object header is not one HDF5 describes');
    const flags = first.u8(5);
    let p = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
    const sizeBytes = 1 << (flags & 3);
    const prefix = await block(file, at, p + sizeBytes);
    const chunk = prefix.uint(p, sizeBytes);
    p += sizeBytes;
    const creationOrder = (flags & 0x04) !== 0;
    collect(await block(file, at + p, chunk), 0, chunk, true, creationOrder);
    for (let i = 0; i < continuations.length && i < MAX_BLOCKS; i++) {
        const [where, length] = continuations[i];
        // "OCHK", the messages, a 4-byte checksum.
        collect(await block(file, where, length), 4, length - 4, true, creationOrder);
    }
    return messages;
}
/** The attribute's string value when its name is `name`; undefined for other attributes. */
async function attribute(file, r, name) {
    const version = r.u8(0);
    const nameSize = r.u16(2);
    const typeSize = r.u16(4);
    const spaceSize = r.u16(6);
    const pad = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
    let p = version === 3 ? 9 : 8;
    const attributeName = new TextDecoder().decode(r.bytes.subarray(p, p + nameSize)).replace(/\0+$/, '');
    if (attributeName !== name)
        return undefined;
    if (version === 2 || version === 3) {
        if (r.u8(1) & 1)
            throw new Problem(`the ${name} attribute has a shared datatype, which rflint does not read`);
    }
    p += pad(nameSize);
    const type = p;
    p += pad(typeSize);
    const space = p;
    p += pad(spaceSize);
    const data = p;
    const typeClass = r.u8(type) & 0x0f;
    const size = r.u32(type + 4);
    const rank = r.u8(space + 1);
    if (rank > 1)
        throw new Problem(`the ${name} attribute is an array of rank ${rank}, not a string`);
    const decode = (bytes) => {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\0+$/, '');
        }
        catch {
            throw new Problem(`the ${name} attribute is not UTF-8 text`);
        }
    };
    if (typeClass === 3) {
        // A fixed-length string (h5py writes bytes so): the value is in the message.
        if (size > file.maxBytes)
            throw new Problem(`the ${name} attribute is ${size} bytes, over the ${file.maxBytes}-byte limit for model files`);
        return decode(r.bytes.subarray(data, data + size));
    }
    if (typeClass === 9 && (r.u8(type + 1) & 0x0f) === 1) {
        // A variable-length string (h5py writes str so): length, global heap collection, object index.
        const length = r.u32(data);
        if (length > file.maxBytes)
            throw new Problem(`the ${name} attribute is ${length} bytes, over the ${file.maxBytes}-byte limit for model files`);
        const collection = file.base + r.offset(data + 4);
        const index = r.u32(data + 4 + file.offsetSize);
        return decode(await heapObject(file, collection, index, length));
    }
    throw new Problem(`the ${name} attribute is not a string (HDF5 datatype class ${typeClass})`);
}
/** Object `index` of the global heap collection at `at`. */
async function heapObject(file, at, index, length) {
    const head = await block(file, at, 8 + file.lengthSize);
    if (String.fromCharCode(head.u8(0), head.u8(1), head.u8(2), head.u8(3)) !== 'GCOL')
        throw new Problem('its global heap is damaged');
    const size = head.length(8);
    if (size > file.maxBytes + 4096 + length)
        throw new Problem('its global heap collection is larger than the limit');
    const heap = await block(file, at, size);
    let p = 8 + file.lengthSize;
    while (p + 8 + file.lengthSize <= size) {
        const id = heap.u16(p);
        const objectSize = heap.length(p + 8);
        const data = p + 8 + file.lengthSize;
        if (id === 0)
            break;
        if (id === index) {
            if (data + objectSize > size)
                throw new Problem('its global heap is damaged');
            return heap.bytes.subarray(data, data + Math.min(objectSize, length));
        }
        p = data + Math.ceil(objectSize / 8) * 8;
    }
    throw new Problem('its global heap has no such object (the file is damaged)');
}

// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/toolkit/channel-attention.ts
var channel_attention = __webpack_require__(6601);
// EXTERNAL MODULE: ./src/formats/native/codes.ts
var native_codes = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/formats/native/parse.ts
var parse = __webpack_require__(4973);
;// CONCATENATED MODULE: ./src/formats/keras/config.ts
class ConfigError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
class LayerConfig {
    layer;
    className;
    config;
    path;
    locate;
    constructor(
    /** The layer's name, for messages. */
    layer, className, config, 
    /** Where `config` sits in the document. */
    path, locate) {
        this.layer = layer;
        this.className = className;
        this.config = config;
        this.path = path;
        this.locate = locate;
    }
    at(key) {
        return this.locate?.at(key === undefined ? this.path : [...this.path, key]);
    }
    has(key) {
        return this.config[key] !== undefined && this.config[key] !== null;
    }
    /** The first of `keys` the config sets (Keras 2/3 name first, then Keras 1's). */
    first(keys) {
        for (const key of keys)
            if (this.has(key))
                return { key, value: this.config[key] };
        return undefined;
    }
    fail(key, message) {
        throw new ConfigError(`${this.layer} (${this.className}): \`${key}\` ${message}`, this.at(key));
    }
    /**
     * Per-axis integers ≥ min: a scalar for every axis or one per axis. Keras 1 splits them into
     * keys (`nb_row`, `nb_col`), given as `split`.
     */
    ints(keys, axes, fallback, min, split) {
        if (split && split.every((k) => this.has(k))) {
            return split.map((k) => this.int([k], undefined, min));
        }
        const found = this.first(keys);
        if (!found) {
            if (fallback)
                return [...fallback];
            this.fail(keys[0], 'is missing');
        }
        const { key, value } = found;
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 1 && axes > 1)
            while (list.length < axes)
                list.push(list[0]);
        if (list.length !== axes || !list.every((v) => Number.isSafeInteger(v) && v >= min)) {
            this.fail(key, `must be an integer ≥ ${min} or ${axes} of them, got ${show(value)}`);
        }
        return list;
    }
    int(keys, fallback, min) {
        const found = this.first(keys);
        if (!found) {
            if (fallback !== undefined)
                return fallback;
            this.fail(keys[0], 'is missing');
        }
        const v = Array.isArray(found.value) && found.value.length === 1 ? found.value[0] : found.value;
        if (!Number.isSafeInteger(v) || v < min)
            this.fail(found.key, `must be an integer ≥ ${min}, got ${show(found.value)}`);
        return v;
    }
    string(keys, allowed, fallback) {
        const found = this.first(keys);
        if (!found)
            return fallback;
        if (typeof found.value !== 'string' || !allowed.includes(found.value)) {
            this.fail(found.key, `must be ${allowed.map((a) => `"${a}"`).join(', ')}, got ${show(found.value)}`);
        }
        return found.value;
    }
    raw(key) {
        return this.config[key];
    }
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

// EXTERNAL MODULE: ./src/rf/fraction.ts
var fraction = __webpack_require__(2920);
;// CONCATENATED MODULE: ./src/formats/keras/layout.ts
/** The layout of a tensor of shape `dims` (batch excluded) in the model's data format. */
function layoutOfShape(dims, format) {
    if (dims.length === 0)
        return { sizes: [], channelAxis: false, channels: 1 };
    if (dims.length === 1)
        return { sizes: [dims[0]], channelAxis: false, channels: 1 };
    return format === 'channels_last'
        ? { sizes: dims.slice(0, -1), channelAxis: true, channels: dims[dims.length - 1] }
        : { sizes: dims.slice(1), channelAxis: true, channels: dims[0] };
}
/** A flat vector of `channels` features: what Flatten, Dense and global pools give. */
function flat(channels) {
    return { sizes: [], channelAxis: true, channels };
}
/**
 * Whether reshaping `from` to `to` keeps every element at the same spatial position: the sizes
 * other than 1 are the same, on the same axes, and so is the channel count. Reshaping
 * (1024) to (1024, 1, 1) is such a re-view; (7, 7, 16) to (49, 16) is not.
 */
function samePositions(from, to) {
    if (from.channels === null || from.channels !== to.channels)
        return false;
    const axes = Math.max(from.sizes.length, to.sizes.length);
    for (let a = 0; a < axes; a++) {
        const x = from.sizes[a] ?? 1;
        const y = to.sizes[a] ?? 1;
        if (x === null || y === null || x !== y)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/formats/keras/layers.ts



/** Why a layer cannot be mapped: rflint does not know it, or it runs code (Lambda). */
class UnknownLayer extends Error {
    kind;
    constructor(kind) {
        super(kind);
        this.kind = kind;
    }
}
const POINTWISE = new Set([
    'InputLayer', 'Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'ThresholdedReLU', 'Softmax', 'Softplus', 'Softsign',
    'BatchNormalization', 'LayerNormalization', 'GroupNormalization', 'UnitNormalization', 'SyncBatchNormalization',
    'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout',
    'ActivityRegularization', 'Masking', 'Rescaling', 'Normalization', 'Identity', 'RandomFlip', 'RandomContrast',
    'RandomBrightness', 'Cast',
]);
/** Layers that mix every position of their input: recurrent layers over a sequence, attention. */
const MIXING = {
    LSTM: 'recurrent', GRU: 'recurrent', SimpleRNN: 'recurrent', RNN: 'recurrent', Bidirectional: 'recurrent',
    ConvLSTM1D: 'recurrent', ConvLSTM2D: 'recurrent', ConvLSTM3D: 'recurrent', CuDNNLSTM: 'recurrent', CuDNNGRU: 'recurrent',
    MultiHeadAttention: 'attention', Attention: 'attention', AdditiveAttention: 'attention', GroupQueryAttention: 'attention',
};
const MERGES = {
    Add: 'add', Subtract: 'sub', Multiply: 'mul', Average: 'mean', Maximum: 'max', Minimum: 'min', Concatenate: 'concat',
};
/** Keras 1's `Merge` modes. */
const MERGE_MODES = { sum: 'add', mul: 'mul', ave: 'mean', max: 'max', concat: 'concat' };
/** The number of spatial axes a layer class works on (`Conv2D` → 2), from its name. */
function layerAxes(className) {
    const m = /(?:Conv|Convolution|Pooling|Pool|Padding|Cropping|UpSampling|Deconvolution|LocallyConnected)(\d)D/.exec(className);
    return m ? Number(m[1]) : undefined;
}
function applyLayer(layer, inputs, ctx) {
    const cls = layer.className;
    const x = inputs[0];
    if (POINTWISE.has(cls)) {
        // Keras 1's Activation and friends, Keras 3's preprocessing layers: position by position.
        return { op: { kind: 'pointwise' }, out: x };
    }
    if (cls === 'Lambda' || cls === 'TFOpLambda' || cls === 'SlicingOpLambda')
        return assumed(layer, x, ctx, 'lambda');
    if (cls in MERGES || cls === 'Merge')
        return merge(layer, inputs, ctx);
    if (cls === 'Dot')
        return { op: { kind: 'global', reason: `Dot ${layer.layer}` }, out: flat(null) };
    const mixing = MIXING[cls];
    if (mixing === 'attention' && ctx.attentionPointwise)
        return { op: { kind: 'pointwise' }, out: x };
    if (mixing)
        return { op: { kind: 'global', reason: `${mixing} ${cls} ${layer.layer}` }, out: { ...x, sizes: [] } };
    const n = layerAxes(cls);
    if (/^Global(Average|Avg|Max)Pool(ing)?\dD$/.test(cls)) {
        const keep = layer.raw('keepdims') === true;
        return { op: { kind: 'global', reason: `${cls} ${layer.layer}` }, out: keep ? { ...x, sizes: x.sizes.map(() => 1) } : flat(x.channels) };
    }
    if (n !== undefined && /^(Conv|Convolution|AtrousConvolution|SeparableConv|SeparableConvolution|DepthwiseConv|LocallyConnected)\dD$/.test(cls))
        return convolution(layer, x, n, ctx);
    if (n !== undefined && /^(Conv\dDTranspose|Convolution\dDTranspose|Deconvolution\dD)$/.test(cls))
        return transposed(layer, x, n, ctx);
    if (n !== undefined && /^(MaxPooling|AveragePooling|MaxPool|AvgPool|AveragePool)\dD$/.test(cls))
        return pooling(layer, x, n, ctx);
    if (n !== undefined && /^ZeroPadding\dD$/.test(cls))
        return padding(layer, x, n, ctx, 1);
    if (n !== undefined && /^Cropping\dD$/.test(cls))
        return padding(layer, x, n, ctx, -1);
    if (n !== undefined && /^UpSampling\dD$/.test(cls))
        return upsampling(layer, x, n, ctx);
    switch (cls) {
        case 'Dense':
            return dense(layer, x, ctx);
        case 'Flatten':
            return flatten(layer, x);
        case 'Reshape':
            return reshape(layer, x, ctx);
        case 'Permute':
            return permute(layer, x, ctx);
        case 'RepeatVector':
            return { op: { kind: 'pointwise' }, out: { sizes: [layer.int(['n'], undefined, 1)], channelAxis: true, channels: x.channels } };
        case 'Embedding': {
            // Token ids at each position become vectors: position by position, with a new channel axis.
            return { op: { kind: 'pointwise' }, out: { sizes: x.sizes, channelAxis: true, channels: layer.has('output_dim') ? layer.int(['output_dim'], undefined, 1) : null } };
        }
        default:
            return assumed(layer, x, ctx, 'unknown');
    }
}
/** A Lambda or a custom layer: what the user's `assume` says, else an error naming the layer. */
function assumed(layer, x, ctx, kind) {
    const how = ctx.assume.get(layer.className) ?? ctx.assume.get(layer.layer);
    if (how === 'global')
        return { op: { kind: 'global', reason: `${layer.className} ${layer.layer} (assumed global)` }, out: flat(null) };
    if (how === 'pointwise')
        return { op: { kind: 'pointwise' }, out: outputShapeOf(layer, x, ctx) };
    throw new UnknownLayer(kind);
}
/** A Lambda's declared output shape (Keras 1 `output_shape`), else its input's layout. */
function outputShapeOf(layer, x, ctx) {
    const shape = layer.raw('output_shape');
    if (Array.isArray(shape) && shape.length > 0 && shape.every((v) => v === null || Number.isSafeInteger(v)))
        return layoutOfShape(shape, formatOf(layer, ctx));
    return x;
}
function formatOf(layer, ctx) {
    const format = layer.raw('data_format');
    if (format === 'channels_first' || format === 'channels_last')
        return format;
    const ordering = layer.raw('dim_ordering');
    if (ordering === 'th')
        return 'channels_first';
    if (ordering === 'tf')
        return 'channels_last';
    return ctx.format;
}
/** Per graph axis: the layer's own values on its first `n` axes, `fill` beyond them. */
function widen(values, axes, fill) {
    return Array.from({ length: axes }, (_, a) => (a < values.length ? values[a] : fill));
}
function kernelOf(layer, n) {
    const split = n === 2 ? ['nb_row', 'nb_col'] : n === 3 ? ['kernel_dim1', 'kernel_dim2', 'kernel_dim3'] : undefined;
    return layer.ints(['kernel_size', 'filter_length'], n, undefined, 1, split);
}
function paddingOf(layer) {
    return layer.string(['padding', 'border_mode'], ['valid', 'same', 'causal', 'full'], 'valid');
}
function pads(padding, kernel, dilation, axes, layer) {
    return widen(kernel.map((k, a) => {
        const span = dilation[a] * (k - 1);
        if (padding === 'same')
            return { same: 'upper' };
        if (padding === 'causal') {
            if (kernel.length !== 1)
                layer.fail('padding', 'can be "causal" only in 1-D layers');
            return { begin: span, end: 0 };
        }
        if (padding === 'full')
            return { begin: span, end: span };
        return { begin: 0, end: 0 };
    }), axes, { begin: 0, end: 0 });
}
/** The size after a window: TF's VALID and SAME, Keras 1's `full`, causal. */
function windowSize(n, k, s, d, padding) {
    if (n === null)
        return null;
    const span = d * (k - 1) + 1;
    if (padding === 'same' || padding === 'causal')
        return Math.ceil(n / s);
    if (padding === 'full')
        return Math.floor((n + span - 2) / s) + 1;
    return Math.floor((n - span) / s) + 1;
}
function checkRank(layer, x, n) {
    if (x.sizes.length !== n && x.sizes.length !== 0) {
        throw new ConfigError(`${layer.layer} (${layer.className}) works on ${n} spatial axes, but its input has ${x.sizes.length}`, layer.at());
    }
}
function convolution(layer, x, n, ctx) {
    checkRank(layer, x, n);
    const kernel = kernelOf(layer, n);
    const stride = layer.ints(['strides', 'subsample', 'subsample_length'], n, Array(n).fill(1), 1);
    const dilation = layer.ints(['dilation_rate', 'atrous_rate'], n, Array(n).fill(1), 1);
    const padding = paddingOf(layer);
    const depthwise = /^DepthwiseConv/.test(layer.className);
    const multiplier = depthwise ? layer.int(['depth_multiplier'], 1, 1) : 1;
    const channels = depthwise ? (x.channels === null ? null : x.channels * multiplier) : layer.has('filters') || layer.has('nb_filter') ? layer.int(['filters', 'nb_filter'], undefined, 1) : null;
    const sizes = x.sizes.map((size, a) => windowSize(size, kernel[a], stride[a], dilation[a], padding));
    return {
        op: { kind: 'conv', kernel: widen(kernel, ctx.axes, 1), stride: widen(stride, ctx.axes, 1), dilation: widen(dilation, ctx.axes, 1), pad: pads(padding, kernel, dilation, ctx.axes, layer) },
        out: { sizes, channelAxis: true, channels },
    };
}
function transposed(layer, x, n, ctx) {
    checkRank(layer, x, n);
    const kernel = kernelOf(layer, n);
    const stride = layer.ints(['strides', 'subsample'], n, Array(n).fill(1), 1);
    const dilation = layer.ints(['dilation_rate'], n, Array(n).fill(1), 1);
    const padding = paddingOf(layer);
    if (padding !== 'valid' && padding !== 'same')
        layer.fail('padding', `must be "valid" or "same" in a transposed convolution, got "${padding}"`);
    const given = layer.has('output_padding') ? layer.ints(['output_padding'], n, undefined, 0) : undefined;
    // Keras' deconv_output_length fixes the output size; TF's conv2d_backprop_input then pads the
    // (virtual) forward convolution SAME or VALID on it: begin = floor(total / 2).
    const begin = [];
    const end = [];
    const extra = [];
    const sizes = [];
    for (let a = 0; a < n; a++) {
        const k = dilation[a] * (kernel[a] - 1) + 1;
        const s = stride[a];
        // out − ((in − 1)·s + k): how much longer the output is than the full transposed conv.
        let grow;
        if (given)
            grow = padding === 'same' ? given[a] - 2 * Math.floor(k / 2) : given[a];
        else
            grow = padding === 'same' ? s - k : Math.max(s - k, 0);
        const total = Math.max(-grow, 0);
        begin.push(Math.floor(total / 2));
        end.push(total - Math.floor(total / 2));
        extra.push(Math.max(grow, 0));
        const size = x.sizes[a] ?? null;
        sizes.push(size === null ? null : (size - 1) * s + k + grow);
    }
    const channels = layer.has('filters') || layer.has('nb_filter') ? layer.int(['filters', 'nb_filter'], undefined, 1) : null;
    return {
        op: {
            kind: 'deconv',
            kernel: widen(kernel, ctx.axes, 1),
            stride: widen(stride, ctx.axes, 1),
            dilation: widen(dilation, ctx.axes, 1),
            pad: widen(begin.map((b, a) => ({ begin: b, end: end[a] })), ctx.axes, { begin: 0, end: 0 }),
            outputPadding: widen(extra, ctx.axes, 0),
        },
        out: { sizes, channelAxis: true, channels },
    };
}
function pooling(layer, x, n, ctx) {
    checkRank(layer, x, n);
    const kernel = layer.ints(['pool_size', 'pool_length'], n, Array(n).fill(2), 1);
    const stride = layer.ints(['strides', 'stride'], n, kernel, 1);
    const padding = paddingOf(layer);
    if (padding !== 'valid' && padding !== 'same')
        layer.fail('padding', `must be "valid" or "same" in a pooling layer, got "${padding}"`);
    const ones = Array(n).fill(1);
    const sizes = x.sizes.map((size, a) => windowSize(size, kernel[a], stride[a], 1, padding));
    return {
        op: { kind: 'conv', pool: /^Max/.test(layer.className) ? 'max' : 'avg', kernel: widen(kernel, ctx.axes, 1), stride: widen(stride, ctx.axes, 1), dilation: widen(ones, ctx.axes, 1), pad: pads(padding, kernel, ones, ctx.axes, layer) },
        out: { ...x, sizes },
    };
}
/**
 * ZeroPadding / Cropping (sign −1): an integer (every side), one per axis (both sides), or
 * [begin, end] per axis; in 1-D a pair is [begin, end]. Keras 1 also wrote a dict of sides.
 */
function padding(layer, x, n, ctx, sign) {
    checkRank(layer, x, n);
    const key = sign > 0 ? 'padding' : 'cropping';
    // Keras' defaults: ZeroPadding pads 1 on every side, Cropping crops nothing.
    const value = layer.raw(key) ?? (sign > 0 ? 1 : 0);
    const bad = () => layer.fail(key, `must be an integer ≥ 0, one per axis, or [begin, end] per axis, got ${show(value)}`);
    const count = (v) => (Number.isSafeInteger(v) && v >= 0 ? v : bad());
    let sides;
    if (isObject(value)) {
        const side = (k) => count(value[k] ?? 0);
        sides = n === 2 ? [[side('top_pad'), side('bottom_pad')], [side('left_pad'), side('right_pad')]] : bad();
    }
    else if (!Array.isArray(value))
        sides = Array.from({ length: n }, () => [count(value), count(value)]);
    else if (n === 1 && value.length === 2 && value.every((v) => !Array.isArray(v)))
        sides = [[count(value[0]), count(value[1])]];
    else if (value.length === n)
        sides = value.map((v) => (Array.isArray(v) && v.length === 2 ? [count(v[0]), count(v[1])] : [count(v), count(v)]));
    else
        bad();
    const begin = sides.map(([b]) => sign * b);
    const end = sides.map(([, e]) => sign * e);
    const sizes = x.sizes.map((size, a) => (size === null ? null : size + begin[a] + end[a]));
    return { op: { kind: 'pad', begin: widen(begin, ctx.axes, 0), end: widen(end, ctx.axes, 0) }, out: { ...x, sizes } };
}
function upsampling(layer, x, n, ctx) {
    checkRank(layer, x, n);
    const factor = layer.ints(['size', 'length'], n, Array(n).fill(2), 1);
    const mode = layer.string(['interpolation'], ['nearest', 'bilinear'], 'nearest');
    const sizes = x.sizes.map((size, a) => (size === null ? null : size * factor[a]));
    return {
        op: {
            kind: 'resize',
            scale: widen(factor, ctx.axes, 1).map((f) => (0,fraction/* frac */.Ju)(f)),
            mode: mode === 'bilinear' ? 'linear' : 'nearest',
            rounding: 'floor',
            coordinates: mode === 'bilinear' ? ctx.bilinear : 'asymmetric',
        },
        out: { ...x, sizes },
    };
}
function merge(layer, inputs, ctx) {
    const x = inputs[0];
    let kind = MERGES[layer.className];
    if (layer.className === 'Merge') {
        const mode = layer.raw('mode') ?? 'sum';
        kind = typeof mode === 'string' ? MERGE_MODES[mode] : undefined;
        if (!kind)
            return { op: { kind: 'global', reason: `Merge ${layer.layer} (mode ${show(mode)})` }, out: flat(null) };
    }
    if (inputs.length < 2)
        return { op: { kind: 'pointwise' }, out: x };
    if (kind !== 'concat')
        return { op: { kind: 'merge', merge: kind }, out: x };
    // Concatenating along the channel axis is a merge; along a spatial axis it moves positions.
    const axis = layer.raw(layer.className === 'Merge' ? 'concat_axis' : 'axis') ?? -1;
    const rank = x.sizes.length + (x.channelAxis ? 1 : 0);
    const format = formatOf(layer, ctx);
    const channelIndex = !x.channelAxis ? -1 : format === 'channels_last' ? rank : 1;
    const index = typeof axis === 'number' ? (axis < 0 ? rank + 1 + axis : axis) : NaN;
    const channels = inputs.every((l) => l.channels !== null) ? inputs.reduce((sum, l) => sum + l.channels, 0) : null;
    if (index === channelIndex)
        return { op: { kind: 'merge', merge: 'concat' }, out: { ...x, channels } };
    return { op: { kind: 'merge', merge: 'concat' }, out: flat(null), globalInputs: `${layer.className} ${layer.layer} along a spatial axis` };
}
function dense(layer, x, ctx) {
    const units = layer.has('units') || layer.has('output_dim') ? layer.int(['units', 'output_dim'], undefined, 1) : null;
    // Dense works on the last axis: the channels of a channels_last tensor (position by position).
    if (x.sizes.length === 0 || (x.channelAxis && ctx.format === 'channels_last' && formatOf(layer, ctx) === 'channels_last')) {
        return { op: { kind: 'pointwise' }, out: { ...x, channels: units } };
    }
    return { op: { kind: 'global', reason: `Dense ${layer.layer} over positions` }, out: flat(units) };
}
function flatten(layer, x) {
    const channels = x.channels !== null && x.sizes.every((s) => s !== null) ? x.sizes.reduce((p, s) => p * s, x.channels) : null;
    // Even a 1×1 map is global: its size (and so whether Flatten mixes positions) follows the input's.
    if (x.sizes.length === 0)
        return { op: { kind: 'pointwise' }, out: flat(channels) };
    return { op: { kind: 'global', reason: `Flatten ${layer.layer}` }, out: flat(channels) };
}
function reshape(layer, x, ctx) {
    const target = layer.raw('target_shape');
    if (!Array.isArray(target) || !target.every((v) => Number.isSafeInteger(v) && (v === -1 || v >= 1))) {
        layer.fail('target_shape', `must be a list of sizes ≥ 1 (one may be -1), got ${show(target)}`);
    }
    const dims = [...target];
    const unknown = dims.indexOf(-1);
    if (unknown >= 0) {
        const total = x.channels !== null && x.sizes.every((s) => s !== null) ? x.sizes.reduce((p, s) => p * s, x.channels) : null;
        const known = dims.reduce((p, d) => (d === -1 ? p : p * d), 1);
        dims[unknown] = total === null ? null : total / known;
    }
    const out = dims.length === 1 ? flat(dims[0]) : layoutOfShape(dims, ctx.format);
    if (samePositions(x, out))
        return { op: { kind: 'pointwise' }, out };
    return { op: { kind: 'global', reason: `Reshape ${layer.layer} to ${show(target)}` }, out };
}
function permute(layer, x, ctx) {
    const dims = layer.raw('dims');
    const rank = x.sizes.length + (x.channelAxis ? 1 : 0);
    if (!Array.isArray(dims) || dims.length !== rank)
        layer.fail('dims', `must list the ${rank} axes of its input, got ${show(dims)}`);
    // Positions stay where they are when every spatial axis of size > 1 keeps its place.
    const first = x.channelAxis && ctx.format === 'channels_first' ? 2 : 1;
    const kept = x.sizes.every((size, a) => size === 1 || dims[first + a - 1] === first + a);
    if (kept)
        return { op: { kind: 'pointwise' }, out: x };
    return { op: { kind: 'global', reason: `Permute ${layer.layer} moves spatial axes` }, out: flat(null) };
}

// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/formats/keras/build.ts





/** A problem that stops the build, with its code. */
class BuildError extends Error {
    code;
    at;
    constructor(code, message, at) {
        super(message);
        this.code = code;
        this.at = at;
    }
}
const MODEL_CLASSES = new Set(['Sequential', 'Model', 'Functional']);
function buildModel(model, path, settings, locate) {
    const builder = new Builder(settings, locate);
    const outputs = builder.model(model, path, '', undefined);
    const modelOutputs = outputs.map(({ name, tensor, at }) => ({ name, node: tensor.node, thresholds: {}, ...(at ? { position: at } : {}) }));
    // A nested model's layers also answer to their own names, unless an outer layer has it.
    for (const [alias, node] of builder.aliases)
        if (!builder.tensors.has(alias))
            builder.tensors.set(alias, node);
    return { nodes: builder.nodes, positions: builder.positions, outputs: modelOutputs, tensors: builder.tensors, inputs: builder.inputs };
}
class Builder {
    settings;
    locate;
    nodes = [];
    positions = [];
    tensors = new Map();
    /** Keras's own names are unique; a damaged file's repeats get `#1`, `#2`… */
    names = new unique/* UniqueNames */.U(1);
    aliases = new Map();
    inputs = [];
    constructor(settings, locate) {
        this.settings = settings;
        this.locate = locate;
    }
    at(path) {
        return this.locate?.at(path);
    }
    add(name, op, inputs, at) {
        if (this.nodes.length >= this.settings.maxNodes) {
            throw new BuildError(codes/* CODES */.L.tooManyLayers, `more than ${this.settings.maxNodes} layers (the limit); is the file generated by mistake?`, at);
        }
        this.settings.deadline?.check();
        const unique = this.names.take(name);
        this.nodes.push({ name: unique, op, inputs });
        this.positions.push(at);
        this.tensors.set(unique, this.nodes.length - 1);
        const local = unique.split('/').pop();
        if (local !== unique && !this.aliases.has(local))
            this.aliases.set(local, this.nodes.length - 1);
        return this.nodes.length - 1;
    }
    input(name, shape, at) {
        const dims = Array.isArray(shape) ? shape.slice(1).map((d) => (Number.isSafeInteger(d) && d > 0 ? d : null)) : undefined;
        const layout = dims ? layoutOfShape(dims, this.settings.format) : { sizes: Array(this.settings.axes).fill(null), channelAxis: true, channels: null };
        this.inputs.push(layout);
        return { node: this.add(name, { kind: 'input' }, [], at), layout };
    }
    /** Builds a model (the top one, or one called as a layer on `bound`); returns its outputs. */
    model(model, path, prefix, bound) {
        const config = model.config;
        if (model.class_name === 'Sequential' || Array.isArray(config))
            return this.sequential(model, path, prefix, bound);
        if (!isObject(config) || !Array.isArray(config.layers)) {
            throw new BuildError(codes/* CODES */.L.structure, `${describe(model)}: \`config.layers\` must be the list of layers`, this.at([...path, 'config']));
        }
        return this.functional(config, [...path, 'config'], prefix, bound);
    }
    sequential(model, path, prefix, bound) {
        const layersPath = Array.isArray(model.config) ? [...path, 'config'] : [...path, 'config', 'layers'];
        const layers = Array.isArray(model.config) ? model.config : isObject(model.config) ? model.config.layers : undefined;
        if (!Array.isArray(layers))
            throw new BuildError(codes/* CODES */.L.structure, `${describe(model)}: a Sequential model's \`config\` must be a list of layers or hold \`layers\``, this.at([...path, 'config']));
        if (layers.length === 0)
            throw new BuildError(codes/* CODES */.L.empty, `${describe(model)} has no layers`, this.at(layersPath));
        let first = 0;
        let x;
        if (bound) {
            x = bound[0];
            if (layerEntry(layers[0], [...layersPath, 0], this).className === 'InputLayer')
                first = 1;
        }
        else {
            const entry = layerEntry(layers[0], [...layersPath, 0], this);
            const c = entry.config;
            // Keras 2's first layer carries `batch_input_shape`; Keras 3 starts with an InputLayer (`batch_shape`); Keras 1 may give `input_shape`.
            const shape = c.batch_shape ?? c.batch_input_shape ?? (Array.isArray(c.input_shape) ? [null, ...c.input_shape] : c.input_dim !== undefined ? [null, c.input_dim] : undefined);
            if (entry.className === 'InputLayer') {
                first = 1;
                x = this.input(`${prefix}${entry.name}`, shape, this.at(entry.path));
            }
            else {
                x = this.input(`${prefix}input`, shape, this.at(entry.path));
            }
        }
        for (let i = first; i < layers.length; i++) {
            const entry = layerEntry(layers[i], [...layersPath, i], this);
            x = this.call(entry, [x], prefix, 0)[0];
        }
        const last = layerEntry(layers[layers.length - 1], [...layersPath, layers.length - 1], this);
        return [{ name: `${prefix}${last.name}`, tensor: x, at: this.at(last.path) }];
    }
    functional(config, path, prefix, bound) {
        const layers = config.layers;
        const entries = new Map();
        layers.forEach((layer, i) => {
            const entry = layerEntry(layer, [...path, 'layers', i], this);
            entries.set(entry.name, entry);
        });
        const inputRefs = refList(config.input_layers, [...path, 'input_layers'], this);
        const outputRefs = refList(config.output_layers, [...path, 'output_layers'], this);
        if (outputRefs.length === 0)
            throw new BuildError(codes/* CODES */.L.empty, 'the model lists no `output_layers`', this.at(path));
        const boundByName = new Map();
        if (bound)
            inputRefs.forEach(([name], i) => bound[i] && boundByName.set(name, bound[i]));
        const calls = new Map();
        const visiting = new Set();
        const resolve = ([name, nodeIndex, tensorIndex], from) => {
            const entry = entries.get(name);
            if (!entry)
                throw new BuildError(codes/* CODES */.L.badReference, `no layer named "${name}" in the model`, this.at(from));
            const key = `${name}\u0000${nodeIndex}`;
            let outs = calls.get(key);
            if (!outs) {
                if (visiting.has(key))
                    throw new BuildError(codes/* CODES */.L.badReference, `the layer "${name}" takes its own output as input (a cycle)`, this.at(entry.path));
                visiting.add(key);
                if (entry.className === 'InputLayer') {
                    const given = boundByName.get(name);
                    outs = [given ?? this.input(`${prefix}${name}`, entry.config.batch_shape ?? entry.config.batch_input_shape, this.at(entry.path))];
                }
                else {
                    const nodes = entry.raw.inbound_nodes;
                    const node = Array.isArray(nodes) ? nodes[nodeIndex] : undefined;
                    if (node === undefined)
                        throw new BuildError(codes/* CODES */.L.badReference, `"${name}" has no call #${nodeIndex} (its \`inbound_nodes\` has ${Array.isArray(nodes) ? nodes.length : 0})`, this.at(from));
                    const nodePath = [...entry.path, 'inbound_nodes', nodeIndex];
                    const inputs = inboundRefs(node, nodePath, this).map((ref) => resolve(ref, nodePath));
                    if (inputs.length === 0)
                        throw new BuildError(codes/* CODES */.L.structure, `"${name}" call #${nodeIndex} has no input tensors`, this.at(nodePath));
                    outs = this.call(entry, inputs, prefix, nodeIndex);
                }
                visiting.delete(key);
                calls.set(key, outs);
            }
            const tensor = outs[tensorIndex];
            if (!tensor)
                throw new BuildError(codes/* CODES */.L.badReference, `"${name}" has no output #${tensorIndex}`, this.at(from));
            return tensor;
        };
        // Inputs first, so they get the first nodes in the model's order.
        inputRefs.forEach((ref, i) => resolve(ref, [...path, 'input_layers', i]));
        return outputRefs.map((ref, i) => {
            const [name, nodeIndex, tensorIndex] = ref;
            const tensor = resolve(ref, [...path, 'output_layers', i]);
            return { name: `${prefix}${name}${nodeIndex > 0 ? `@${nodeIndex}` : ''}${tensorIndex > 0 ? `:${tensorIndex}` : ''}`, tensor, at: this.at(entries.get(name).path) };
        });
    }
    /** One call of a layer (or of a model used as a layer) on `inputs`. */
    call(entry, inputs, prefix, callIndex) {
        const name = `${prefix}${entry.name}${callIndex > 0 ? `@${callIndex}` : ''}`;
        const at = this.at(entry.path);
        if (MODEL_CLASSES.has(entry.className) || (isObject(entry.config) && Array.isArray(entry.config.layers) && entry.className !== 'Merge')) {
            return this.model(entry.raw, entry.path, `${name}/`, inputs).map((o) => o.tensor);
        }
        if (entry.className === 'Merge' && Array.isArray(entry.config.layers)) {
            throw new BuildError(codes/* CODES */.L.structure, `${entry.name}: a Keras 1 Merge of Sequential branches is not read; save the model as a functional Model (Keras ≥ 1.2) instead`, at);
        }
        const layer = new LayerConfig(entry.name, entry.className, entry.config, [...entry.path, 'config'], this.locate);
        let applied;
        try {
            applied = applyLayer(layer, inputs.map((t) => t.layout), this.settings.context);
        }
        catch (err) {
            if (err instanceof ConfigError)
                throw new BuildError(codes/* CODES */.L.invalidValue, err.message, err.at ?? at);
            if (!(err instanceof UnknownLayer))
                throw err;
            const how = `; if it keeps positions (an activation, a scaling), say so with --assume ${entry.className}=pointwise (rules: \`assume: {${entry.className}: pointwise}\`), or ${entry.className}=global if it mixes them`;
            if (err.kind === 'lambda')
                throw new BuildError(codes/* CODES */.L.lambda, `${entry.name} is a ${entry.className} layer: its Python code is not in the file, so rflint cannot tell how it maps positions${how}`, at);
            throw new BuildError(codes/* CODES */.L.unknownLayer, `${entry.name}: unknown layer class \`${entry.className}\` (a custom layer?)${how}`, at);
        }
        let sources = inputs.map((t) => t.node);
        let op = applied.op;
        // A layer of several inputs that mixes positions (attention of a query and a value) sees all
        // of each; one that keeps them (an assumed custom layer) reads position u of each.
        const reason = applied.globalInputs ?? (op.kind === 'global' && sources.length > 1 ? op.reason : undefined);
        if (reason) {
            sources = sources.map((node, i) => this.add(`${name}/in${i}`, { kind: 'global', reason }, [node], at));
            if (op.kind === 'global')
                op = { kind: 'merge', merge: entry.className };
        }
        if (op.kind !== 'merge' && sources.length > 1)
            op = { kind: 'merge', merge: entry.className };
        return [{ node: this.add(name, op, sources, at), layout: applied.out }];
    }
}
function layerEntry(value, path, b) {
    const at = b.locate?.at(path);
    if (!isObject(value) || typeof value.class_name !== 'string') {
        throw new BuildError(codes/* CODES */.L.structure, `a layer must be an object with \`class_name\` and \`config\`, got ${show(value)}`, at);
    }
    const config = isObject(value.config) ? value.config : Array.isArray(value.config) ? { layers: value.config } : {};
    const name = typeof value.name === 'string' ? value.name : typeof config.name === 'string' ? config.name : undefined;
    if (name === undefined)
        throw new BuildError(codes/* CODES */.L.structure, `a ${value.class_name} layer has no \`name\``, at);
    return { name, className: value.class_name, config: Array.isArray(value.config) ? { ...config } : config, raw: value, path };
}
function isRef(v) {
    return Array.isArray(v) && v.length >= 1 && typeof v[0] === 'string' && (v.length < 2 || Number.isSafeInteger(v[1])) && (v.length < 3 || Number.isSafeInteger(v[2]));
}
function toRef(v) {
    return [v[0], v[1] ?? 0, v[2] ?? 0];
}
/** `input_layers` / `output_layers`: a list of [name, node, tensor], or one (Keras 3, one tensor). */
function refList(value, path, b) {
    if (value === undefined || value === null)
        return [];
    if (isRef(value))
        return [toRef(value)];
    if (Array.isArray(value) && value.every(isRef))
        return value.map(toRef);
    throw new BuildError(codes/* CODES */.L.structure, `must list [layer name, node index, tensor index] triples, got ${show(value)}`, b.locate?.at(path));
}
/** The input tensors of one inbound node, in order: Keras 1/2 lists or Keras 3 `{args}`. */
function inboundRefs(node, path, b) {
    if (Array.isArray(node)) {
        if (node.every(isRef))
            return node.map(toRef);
        // Some Keras 2 files nest once more: [[[name, node, tensor, {}]]].
    }
    if (isObject(node) && ('args' in node || 'kwargs' in node)) {
        const refs = [];
        collectHistory(node.args, refs, 0);
        return refs;
    }
    throw new BuildError(codes/* CODES */.L.structure, `an inbound node must be a list of [layer, node, tensor, kwargs] or {args, kwargs}, got ${show(node)}`, b.locate?.at(path));
}
/** Keras 3: tensors in `args` (at any depth: Concatenate takes a list) carry `keras_history`. */
function collectHistory(value, refs, depth) {
    if (depth > 16)
        return;
    if (Array.isArray(value)) {
        for (const v of value)
            collectHistory(v, refs, depth + 1);
        return;
    }
    if (!isObject(value))
        return;
    const history = isObject(value.config) ? value.config.keras_history : undefined;
    if (value.class_name === '__keras_tensor__' && isRef(history)) {
        refs.push(toRef(history));
        return;
    }
    for (const v of Object.values(value))
        collectHistory(v, refs, depth + 1);
}
function describe(model) {
    const name = isObject(model.config) && typeof model.config.name === 'string' ? ` "${model.config.name}"` : '';
    return `the ${typeof model.class_name === 'string' ? model.class_name : 'model'}${name}`;
}

;// CONCATENATED MODULE: ./schema/keras.schema.json
const keras_schema_namespaceObject = {};
// EXTERNAL MODULE: ./src/formats/yaml/schema-errors.ts
var schema_errors = __webpack_require__(415);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/generated/keras-schema.js
// Generated by scripts/gen-validators.mjs from schema/keras.schema.json (npm run build); do not edit.
/* eslint-disable */

const runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const validate = validate20;/* harmony default export */ const keras_schema = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/rflint/rflint/schema/keras.schema.json","title":"Keras model JSON (the structure rflint reads)","description":"A Keras model as model.to_json() writes it (Keras 1, 2 and 3), as a TF.js layers model's modelTopology holds it, as a .keras file's config.json and an .h5 file's model_config hold it. Only the structure is checked here (models, layers, references); each layer's own parameters are checked by the loader, which knows every layer class. Other keys are allowed: real files carry many (module, registered_name, build_config, initializers…).","$ref":"#/$defs/model","$defs":{"model":{"description":"A model: an object with `class_name` (Sequential, Model, Functional) and `config`","type":"object","required":["class_name","config"],"properties":{"class_name":{"description":"The model class: a string such as \"Sequential\" or \"Functional\"","type":"string","minLength":1},"config":{"description":"The model's config: a list of layers (Keras 1 Sequential) or an object with `layers`","if":{"type":"array"},"then":{"$ref":"#/$defs/layers"},"else":{"$ref":"#/$defs/modelConfig"}}}},"modelConfig":{"description":"A model's config: an object with `layers` (and `input_layers`, `output_layers` for a functional model)","type":"object","required":["layers"],"properties":{"name":{"type":"string"},"layers":{"$ref":"#/$defs/layers"},"input_layers":{"$ref":"#/$defs/refs"},"output_layers":{"$ref":"#/$defs/refs"}}},"layers":{"description":"A list of layers, each an object with `class_name` and `config`","type":"array","items":{"$ref":"#/$defs/layer"}},"layer":{"description":"A layer: an object with `class_name` and `config` (and `name`, `inbound_nodes` in a functional model)","type":"object","required":["class_name","config"],"properties":{"class_name":{"description":"The layer class: a string such as \"Conv2D\"","type":"string","minLength":1},"name":{"type":"string"},"config":{"description":"The layer's config: an object (or a model's config)","anyOf":[{"type":"object"},{"type":"array"}]},"inbound_nodes":{"description":"The layer's calls: a list of [[layer, node, tensor, kwargs], …] lists (Keras 1/2) or {args, kwargs} objects (Keras 3)","type":"array","items":{"anyOf":[{"type":"array"},{"type":"object"}]}}}},"refs":{"description":"Tensors: [layer name, node index, tensor index], or a list of them","type":"array","if":{"items":{"not":{"type":"array"}}},"then":{"$ref":"#/$defs/ref"},"else":{"items":{"$ref":"#/$defs/ref"}}},"ref":{"description":"A tensor: [layer name, node index, tensor index]","type":"array","minItems":3,"maxItems":3,"prefixItems":[{"type":"string"},{"type":"integer","minimum":0},{"type":"integer","minimum":0}]}}};const schema32 = {"description":"A model: an object with `class_name` (Sequential, Model, Functional) and `config`","type":"object","required":["class_name","config"],"properties":{"class_name":{"description":"The model class: a string such as \"Sequential\" or \"Functional\"","type":"string","minLength":1},"config":{"description":"The model's config: a list of layers (Keras 1 Sequential) or an object with `layers`","if":{"type":"array"},"then":{"$ref":"#/$defs/layers"},"else":{"$ref":"#/$defs/modelConfig"}}}};const func1 = runtime0.default;const schema33 = {"description":"A list of layers, each an object with `class_name` and `config`","type":"array","items":{"$ref":"#/$defs/layer"}};const schema34 = {"description":"A layer: an object with `class_name` and `config` (and `name`, `inbound_nodes` in a functional model)","type":"object","required":["class_name","config"],"properties":{"class_name":{"description":"The layer class: a string such as \"Conv2D\"","type":"string","minLength":1},"name":{"type":"string"},"config":{"description":"The layer's config: an object (or a model's config)","anyOf":[{"type":"object"},{"type":"array"}]},"inbound_nodes":{"description":"The layer's calls: a list of [[layer, node, tensor, kwargs], …] lists (Keras 1/2) or {args, kwargs} objects (Keras 3)","type":"array","items":{"anyOf":[{"type":"array"},{"type":"object"}]}}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.class_name === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/layer/required",keyword:"required",params:{missingProperty: "class_name"},message:"must have required property '"+"class_name"+"'",schema:schema34.required,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data0.config === undefined){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/layer/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.required,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.class_name !== undefined){let data1 = data0.class_name;if(typeof data1 === "string"){if(func1(data1) < 1){const err2 = {instancePath:instancePath+"/" + i0+"/class_name",schemaPath:"#/$defs/layer/properties/class_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.class_name,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0+"/class_name",schemaPath:"#/$defs/layer/properties/class_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.class_name.type,parentSchema:schema34.properties.class_name,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.name !== undefined){let data2 = data0.name;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/layer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.config !== undefined){let data3 = data0.config;const _errs9 = errors;let valid4 = false;const _errs10 = errors;if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){const err5 = {instancePath:instancePath+"/" + i0+"/config",schemaPath:"#/$defs/layer/properties/config/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.config.anyOf[0].type,parentSchema:schema34.properties.config.anyOf[0],data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs10 === errors;valid4 = valid4 || _valid0;const _errs12 = errors;if(!(Array.isArray(data3))){const err6 = {instancePath:instancePath+"/" + i0+"/config",schemaPath:"#/$defs/layer/properties/config/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.config.anyOf[1].type,parentSchema:schema34.properties.config.anyOf[1],data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs12 === errors;valid4 = valid4 || _valid0;if(!valid4){const err7 = {instancePath:instancePath+"/" + i0+"/config",schemaPath:"#/$defs/layer/properties/config/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.config.anyOf,parentSchema:schema34.properties.config,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}}if(data0.inbound_nodes !== undefined){let data4 = data0.inbound_nodes;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];const _errs17 = errors;let valid7 = false;const _errs18 = errors;if(!(Array.isArray(data5))){const err8 = {instancePath:instancePath+"/" + i0+"/inbound_nodes/" + i1,schemaPath:"#/$defs/layer/properties/inbound_nodes/items/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.inbound_nodes.items.anyOf[0].type,parentSchema:schema34.properties.inbound_nodes.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid1 = _errs18 === errors;valid7 = valid7 || _valid1;const _errs20 = errors;if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){const err9 = {instancePath:instancePath+"/" + i0+"/inbound_nodes/" + i1,schemaPath:"#/$defs/layer/properties/inbound_nodes/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.inbound_nodes.items.anyOf[1].type,parentSchema:schema34.properties.inbound_nodes.items.anyOf[1],data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid1 = _errs20 === errors;valid7 = valid7 || _valid1;if(!valid7){const err10 = {instancePath:instancePath+"/" + i0+"/inbound_nodes/" + i1,schemaPath:"#/$defs/layer/properties/inbound_nodes/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.inbound_nodes.items.anyOf,parentSchema:schema34.properties.inbound_nodes.items,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}}}else {const err11 = {instancePath:instancePath+"/" + i0+"/inbound_nodes",schemaPath:"#/$defs/layer/properties/inbound_nodes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.inbound_nodes.type,parentSchema:schema34.properties.inbound_nodes,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/layer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema35 = {"description":"A model's config: an object with `layers` (and `input_layers`, `output_layers` for a functional model)","type":"object","required":["layers"],"properties":{"name":{"type":"string"},"layers":{"$ref":"#/$defs/layers"},"input_layers":{"$ref":"#/$defs/refs"},"output_layers":{"$ref":"#/$defs/refs"}}};const schema36 = {"description":"Tensors: [layer name, node index, tensor index], or a list of them","type":"array","if":{"items":{"not":{"type":"array"}}},"then":{"$ref":"#/$defs/ref"},"else":{"items":{"$ref":"#/$defs/ref"}}};const schema37 = {"description":"A tensor: [layer name, node index, tensor index]","type":"array","minItems":3,"maxItems":3,"prefixItems":[{"type":"string"},{"type":"integer","minimum":0},{"type":"integer","minimum":0}]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(Array.isArray(data))){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(Array.isArray(data)){var valid1 = true;const len0 = data.length;for(let i0=0; i0<len0; i0++){const _errs3 = errors;const _errs4 = errors;const _errs5 = errors;if(!(Array.isArray(data[i0]))){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var valid2 = _errs5 === errors;if(valid2){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}var valid1 = _errs3 === errors;if(!valid1){break;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs7 = errors;if(Array.isArray(data)){if(data.length > 3){const err3 = {instancePath,schemaPath:"#/$defs/ref/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema37,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.length < 3){const err4 = {instancePath,schemaPath:"#/$defs/ref/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema37,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len1 = data.length;if(len1 > 0){let data1 = data[0];if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/0",schemaPath:"#/$defs/ref/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.prefixItems[0].type,parentSchema:schema37.prefixItems[0],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(len1 > 1){let data2 = data[1];if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/1",schemaPath:"#/$defs/ref/prefixItems/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.prefixItems[1].type,parentSchema:schema37.prefixItems[1],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 0 || isNaN(data2)){const err7 = {instancePath:instancePath+"/1",schemaPath:"#/$defs/ref/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.prefixItems[1],data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(len1 > 2){let data3 = data[2];if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err8 = {instancePath:instancePath+"/2",schemaPath:"#/$defs/ref/prefixItems/2/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.prefixItems[2].type,parentSchema:schema37.prefixItems[2],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err9 = {instancePath:instancePath+"/2",schemaPath:"#/$defs/ref/prefixItems/2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.prefixItems[2],data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {instancePath,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs7 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs16 = errors;if(Array.isArray(data)){const len2 = data.length;for(let i1=0; i1<len2; i1++){let data4 = data[i1];if(Array.isArray(data4)){if(data4.length > 3){const err11 = {instancePath:instancePath+"/" + i1,schemaPath:"#/$defs/ref/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema37,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4.length < 3){const err12 = {instancePath:instancePath+"/" + i1,schemaPath:"#/$defs/ref/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema37,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len3 = data4.length;if(len3 > 0){let data5 = data4[0];if(typeof data5 !== "string"){const err13 = {instancePath:instancePath+"/" + i1+"/0",schemaPath:"#/$defs/ref/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.prefixItems[0].type,parentSchema:schema37.prefixItems[0],data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(len3 > 1){let data6 = data4[1];if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err14 = {instancePath:instancePath+"/" + i1+"/1",schemaPath:"#/$defs/ref/prefixItems/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.prefixItems[1].type,parentSchema:schema37.prefixItems[1],data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err15 = {instancePath:instancePath+"/" + i1+"/1",schemaPath:"#/$defs/ref/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.prefixItems[1],data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(len3 > 2){let data7 = data4[2];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err16 = {instancePath:instancePath+"/" + i1+"/2",schemaPath:"#/$defs/ref/prefixItems/2/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.prefixItems[2].type,parentSchema:schema37.prefixItems[2],data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err17 = {instancePath:instancePath+"/" + i1+"/2",schemaPath:"#/$defs/ref/prefixItems/2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.prefixItems[2],data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}else {const err18 = {instancePath:instancePath+"/" + i1,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}var _valid0 = _errs16 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err19 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema36.if,parentSchema:schema36,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.layers === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layers"},message:"must have required property '"+"layers"+"'",schema:schema35.required,parentSchema:schema35,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.layers !== undefined){if(!(validate22(data.layers, {instancePath:instancePath+"/layers",parentData:data,parentDataProperty:"layers",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.input_layers !== undefined){if(!(validate26(data.input_layers, {instancePath:instancePath+"/input_layers",parentData:data,parentDataProperty:"input_layers",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.output_layers !== undefined){if(!(validate26(data.output_layers, {instancePath:instancePath+"/output_layers",parentData:data,parentDataProperty:"output_layers",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":{"name":true,"layers":true,"input_layers":true,"output_layers":true},"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.class_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "class_name"},message:"must have required property '"+"class_name"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.config === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.class_name !== undefined){let data0 = data.class_name;if(typeof data0 === "string"){if(func1(data0) < 1){const err2 = {instancePath:instancePath+"/class_name",schemaPath:"#/properties/class_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.class_name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/class_name",schemaPath:"#/properties/class_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.class_name.type,parentSchema:schema32.properties.class_name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.config !== undefined){let data1 = data.config;const _errs4 = errors;let valid1 = true;const _errs5 = errors;if(!(Array.isArray(data1))){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs5 === errors;errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs7 = errors;if(!(validate22(data1, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var _valid0 = _errs7 === errors;valid1 = _valid0;ifClause0 = "then";}else {const _errs8 = errors;if(!(validate24(data1, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}var _valid0 = _errs8 === errors;valid1 = _valid0;if(valid1){var props0 = {};props0.name = true;props0.layers = true;props0.input_layers = true;props0.output_layers = true;}ifClause0 = "else";}if(!valid1){const err5 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema32.properties.config.if,parentSchema:schema32.properties.config,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":{"class_name":true,"config":true},"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/rflint/rflint/schema/keras.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"class_name":true,"config":true},"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/formats/keras/schema.ts
/**
 * The structure of a Keras model config (schema/keras.schema.json), checked with ajv like the
 * other JSON and YAML formats, with the common wording of formats/yaml/schema-errors.ts. Layer
 * parameters are the builder's to check: it knows each class's keys under their Keras 1 and 2/3 names.
 */




const schema = (/* unused pure expression or super */ null && (schemaJson));
// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => validate;
/** Problems with the model at `base` in the document `locate` reads, positioned there. */
function validateSchema(model, base, locate) {
    const validate = validator();
    if (validate(model))
        return [];
    const inDocument = {
        at: (path) => locate?.at([...base, ...path]) ?? { line: 1, column: 1 },
        key: (path) => locate?.key([...base, ...path]) ?? { line: 1, column: 1 },
        span: (start, end) => locate?.span(start, end) ?? { line: 1, column: 1 },
    };
    return (0,schema_errors/* schemaDiagnostics */.mT)(validate.errors ?? [], model, inDocument, {
        codes: { unknownKey: codes/* CODES */.L.structure, missingKey: codes/* CODES */.L.structure, invalidValue: codes/* CODES */.L.structure },
    });
}

;// CONCATENATED MODULE: ./src/formats/keras/load.ts
/**
 * A Keras model's JSON text → LoadResult, whatever held it: `model.to_json()` output (also
 * double-encoded: a JSON string whose content is the model JSON), a TF.js layers `model.json`
 * (`modelTopology`, the Keras JSON sometimes under `model_config`), a `.keras` zip's
 * `config.json` or an `.h5` file's `model_config` attribute. Each stage stops at its first
 * problem, so one mistake gives one diagnostic.
 */










const PARSE_CODES = { [native_codes/* CODES */.Lp.syntax]: codes/* CODES */.L.syntax, [native_codes/* CODES */.Lp.tooDeep]: codes/* CODES */.L.limits, [native_codes/* CODES */.Lp.tooManyAliases]: codes/* CODES */.L.limits };
/** Parses the JSON text (twice when double-encoded) and loads the model config it holds. */
function loadKerasText(text, path, options, fallbackName, origin = 'json') {
    // Inside a .keras or .h5 file the JSON's lines are not the file's: the place goes in the message.
    const inner = origin === 'keras' ? 'config.json' : origin === 'h5' ? 'model_config' : undefined;
    const withFile = (diagnostics) => diagnostics.map((d) => {
        if (!inner || d.line === undefined)
            return { ...d, file: path };
        const { line, column, endLine: _endLine, endColumn: _endColumn, ...rest } = d;
        return { ...rest, message: `${d.message} (${inner} line ${line}, column ${column ?? 1})`, file: path };
    });
    let current = text;
    let data;
    let locate;
    // A file written with json.dump(model.to_json()) holds a string: its content is the model.
    for (let depth = 0;; depth++) {
        const parsed = (0,parse/* parseText */.r)(current, options.limits);
        if ('diagnostics' in parsed)
            return { diagnostics: withFile(parsed.diagnostics.map((d) => ({ ...d, code: PARSE_CODES[d.code] ?? d.code }))) };
        ({ data, locate } = parsed.parsed);
        if (typeof data !== 'string' || depth >= 2)
            break;
        current = data;
    }
    const found = modelConfig(data);
    if ('problem' in found)
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.structure, found.problem, { line: 1, column: 1 })]) };
    const source = { name: fallbackName, tfjs: found.tfjs, origin, ...(found.kerasVersion ? { kerasVersion: found.kerasVersion } : {}) };
    const result = loadKerasConfig(found.model, found.path, locate, options, source);
    const loaded = result.model && inner ? { ...result.model, positions: result.model.positions.map(() => undefined), outputs: result.model.outputs.map(({ position: _position, ...o }) => o) } : result.model;
    return { ...(loaded ? { model: loaded } : {}), diagnostics: withFile(result.diagnostics) };
}
/** The Keras model config inside a parsed file, and where it sits. */
function modelConfig(data) {
    if (!isObject(data))
        return { problem: 'not a Keras model: the file must hold an object with `class_name` and `config` (model.to_json()), or a TF.js `modelTopology`' };
    if ('modelTopology' in data) {
        if (data.format === 'graph-model')
            return { problem: 'a TF.js graph model (`format: "graph-model"`), not a layers model' };
        const topology = data.modelTopology;
        if (!isObject(topology))
            return { problem: '`modelTopology` must be an object (the Keras model JSON)' };
        const version = typeof topology.keras_version === 'string' ? topology.keras_version : undefined;
        if (isObject(topology.model_config))
            return { model: topology.model_config, path: ['modelTopology', 'model_config'], tfjs: true, ...(version ? { kerasVersion: version } : {}) };
        if (typeof topology.class_name === 'string')
            return { model: topology, path: ['modelTopology'], tfjs: true, ...(version ? { kerasVersion: version } : {}) };
        return { problem: '`modelTopology` holds no Keras model (`class_name` and `config`, or `model_config`)' };
    }
    if (typeof data.class_name === 'string' && 'config' in data) {
        return { model: data, path: [], tfjs: false, ...(typeof data.keras_version === 'string' ? { kerasVersion: data.keras_version } : {}) };
    }
    return { problem: 'not a Keras model: the file must hold an object with `class_name` and `config` (model.to_json()), or a TF.js `modelTopology`' };
}
/**
 * A parsed Keras model config (`{class_name, config}`) → LoadResult. The entry point the
 * `.keras`, `.h5` and TF.js layers paths share. `path` is where `model` sits in the document
 * `locate` reads positions from.
 */
function loadKerasConfig(model, path, locate, options, source) {
    const problems = validateSchema(model, path, locate);
    if (problems.length > 0)
        return { diagnostics: problems };
    const scan = scanModel(model);
    const bilinear = source.tfjs || /^(1\.|2\.[0-2]\.)/.test(source.kerasVersion ?? '') ? 'asymmetric' : 'half_pixel';
    let built;
    try {
        built = buildModel(model, path, { axes: scan.axes, format: scan.format, maxNodes: options.limits.maxNodes, deadline: options.deadline, context: { axes: scan.axes, format: scan.format, bilinear, assume: options.assume ?? new Map(), attentionPointwise: options.attentionPointwise ?? false } }, locate);
    }
    catch (err) {
        if (!(err instanceof BuildError))
            throw err;
        return { diagnostics: [(0,diagnostic/* error */.z3)(err.code, err.message, err.at)] };
    }
    const assumptions = [];
    // The file's input size: every spatial input the same, each axis known (a rank-1 input of a
    // 2-D model has size 1 on the second axis).
    const spatial = built.inputs.filter((l) => l.sizes.length > 0);
    const first = spatial[0];
    const known = first !== undefined && first.sizes.every((s) => s !== null) && spatial.every((l) => l.sizes.length === first.sizes.length && l.sizes.every((s, a) => s === first.sizes[a]));
    let fileSize = known ? Array.from({ length: scan.axes }, (_, a) => first.sizes[a] ?? 1) : undefined;
    let graph = { axes: scan.axes, nodes: built.nodes };
    if (fileSize) {
        // CREPE reshapes 1024 samples to 1024×1 for Conv2D: the unit axis carries no geometry.
        ({ graph, inputSize: fileSize } = dropUnitAxes(graph, fileSize));
    }
    let inputSize = fileSize;
    const given = options.inputSize;
    if (given && given.length > 0) {
        if (given.length !== graph.axes && given.length !== 1) {
            return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.inputSize, `the input size has ${given.length} values; this model has ${graph.axes} spatial ${graph.axes === 1 ? 'axis' : 'axes'}`, locate?.at(path))] };
        }
        inputSize = given.length === 1 ? Array(graph.axes).fill(given[0]) : [...given];
        assumptions.push(`input ${inputSize.join('×')} from the input size given`);
    }
    else if (inputSize) {
        assumptions.push(`input ${inputSize.join('×')} from the model's input shape`);
    }
    const diagnostics = [];
    try {
        // A Multiply by a squeeze-and-excitation branch: global as written, pointwise when asked.
        const gated = (0,channel_attention/* gateChannelAttention */.Vc)(graph.axes, graph.nodes, (node) => node.op.kind === 'merge' && node.op.merge === 'mul', options.channelAttentionPointwise ?? false);
        const first = gated.gates[0];
        if (first) {
            const name = (node) => graph.nodes[node].name;
            if (options.channelAttentionPointwise) {
                for (const gate of gated.gates)
                    assumptions.push((0,channel_attention/* gateAssumption */.D3)(`layer "${name(gate.node)}"`, name(gate.gate)));
                graph = { axes: graph.axes, nodes: gated.nodes };
            }
            else {
                diagnostics.push((0,diagnostic/* warning */.$e)('RF022', (0,channel_attention/* gateMessage */.V6)(`layer "${name(first.node)}"`, name(first.scaled), name(first.gate)), built.positions[first.node]));
            }
        }
        (0,rf/* validateGraph */.dC)(graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return { diagnostics: [(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])] };
    }
    const configName = isObject(model.config) && typeof model.config.name === 'string' ? model.config.name : undefined;
    const loaded = {
        format: 'keras',
        name: configName ?? source.name,
        graph,
        ...(inputSize ? { inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(assumptions.length > 0 ? { assumptions } : {}),
    };
    return { model: loaded, diagnostics };
}
/**
 * The number of spatial axes (the most any layer or input has) and the data format (channels
 * first when any layer says so: Keras 1's `dim_ordering: "th"`, `data_format: "channels_first"`).
 */
function scanModel(model) {
    let axes = 1;
    let format = 'channels_last';
    const stack = [model];
    while (stack.length > 0) {
        const value = stack.pop();
        if (Array.isArray(value)) {
            stack.push(...value);
            continue;
        }
        if (!isObject(value))
            continue;
        if (typeof value.class_name === 'string' && value.class_name !== '__keras_tensor__') {
            axes = Math.max(axes, layerAxes(value.class_name) ?? 1);
            const config = value.config;
            if (isObject(config)) {
                if (config.data_format === 'channels_first' || config.dim_ordering === 'th')
                    format = 'channels_first';
                const shape = config.batch_shape ?? config.batch_input_shape;
                if (Array.isArray(shape) && shape.length >= 3)
                    axes = Math.max(axes, shape.length - 2);
            }
        }
        for (const [key, v] of Object.entries(value))
            if (key !== 'inbound_nodes' && typeof v === 'object')
                stack.push(v);
    }
    return { axes: Math.min(axes, 3), format };
}
/** Removes the axes of size 1 on which no op does anything (kernel 1, stride 1, no padding). */
function dropUnitAxes(graph, inputSize) {
    const keep = inputSize.map((size, a) => size !== 1 || graph.nodes.some((node) => !identityOn(node.op, a)));
    if (keep.every(Boolean) || !keep.some(Boolean))
        return { graph, inputSize: [...inputSize] };
    const pick = (values) => values.filter((_, a) => keep[a]);
    const nodes = graph.nodes.map((node) => {
        const op = node.op;
        switch (op.kind) {
            case 'conv':
                return { ...node, op: { ...op, kernel: pick(op.kernel), stride: pick(op.stride), dilation: pick(op.dilation), pad: pick(op.pad) } };
            case 'deconv':
                return { ...node, op: { ...op, kernel: pick(op.kernel), stride: pick(op.stride), dilation: pick(op.dilation), pad: pick(op.pad), outputPadding: pick(op.outputPadding) } };
            case 'resize':
                return { ...node, op: { ...op, scale: pick(op.scale), ...(op.size ? { size: pick(op.size) } : {}) } };
            case 'pad':
                return { ...node, op: { ...op, begin: pick(op.begin), end: pick(op.end) } };
            case 'space_to_depth':
            case 'depth_to_space':
                return { ...node, op: { ...op, block: pick(op.block) } };
            default:
                return node;
        }
    });
    return { graph: { axes: keep.filter(Boolean).length, nodes }, inputSize: pick(inputSize) };
}
function identityOn(op, a) {
    switch (op.kind) {
        case 'conv':
            return op.kernel[a] === 1 && op.stride[a] === 1 && ('same' in op.pad[a] || (op.pad[a].begin === 0 && op.pad[a].end === 0));
        case 'deconv':
            return op.kernel[a] === 1 && op.stride[a] === 1 && op.pad[a].begin === 0 && op.pad[a].end === 0 && op.outputPadding[a] === 0;
        case 'resize':
            return op.scale[a].num === op.scale[a].den;
        case 'pad':
            return op.begin[a] === 0 && op.end[a] === 0;
        case 'space_to_depth':
        case 'depth_to_space':
            return op.block[a] === 1;
        default:
            return true;
    }
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/formats/keras/zip.ts
/**
 * One member of a zip file (a Keras 3 `.keras` file's `config.json`), read without reading the
 * rest: the end-of-central-directory record (ZIP64 too), the central directory, then only that
 * member's bytes, inflated with fflate (a small pure-JS inflater). The weights beside it
 * (`model.weights.h5`, often hundreds of megabytes) are never read. Layout: PKWARE APPNOTE.TXT
 * §4.3 (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT).
 */

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The EOCD record (22 bytes) plus the longest comment (65535). */
const TAIL = 22 + 65535;
/** A central directory larger than this is not a Keras file's (it holds three members). */
const MAX_CENTRAL_DIRECTORY = 16 << 20;
/**
 * Limits: the member's declared size (checked before anything is allocated), its actual inflated
 * size (inflated into a buffer one byte larger than declared, so a member that lies about its
 * size — a zip bomb — stops there), and the number of entries listed.
 */
async function readZipMember(source, name, maxBytes, maxEntries) {
    const tailStart = Math.max(0, source.size - TAIL);
    const tail = await source.read(tailStart, source.size - tailStart);
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (view.getUint32(i, true) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return { problem: 'it is not a zip file (no end-of-central-directory record)' };
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    if ((cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
        const at = Number(view.getBigUint64(eocd - 20 + 8, true));
        const record = await source.read(at, 56);
        const r = new DataView(record.buffer, record.byteOffset, record.byteLength);
        if (record.length < 56 || r.getUint32(0, true) !== ZIP64_EOCD)
            return { problem: 'its ZIP64 end-of-central-directory record is damaged' };
        count = Number(r.getBigUint64(32, true));
        cdSize = Number(r.getBigUint64(40, true));
        cdOffset = Number(r.getBigUint64(48, true));
    }
    if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > source.size)
        return { problem: 'its central directory is damaged or too large' };
    if (count > maxEntries)
        return { problem: `it lists ${count} entries, over the limit of ${maxEntries} (a Keras file holds three)` };
    const cd = await source.read(cdOffset, cdSize);
    const c = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
    const decoder = new TextDecoder();
    const names = [];
    for (let p = 0, i = 0; i < count && p + 46 <= cd.length; i++) {
        if (c.getUint32(p, true) !== CENTRAL)
            return { problem: 'its central directory is damaged' };
        const method = c.getUint16(p + 10, true);
        let compressed = c.getUint32(p + 20, true);
        let size = c.getUint32(p + 24, true);
        const nameLength = c.getUint16(p + 28, true);
        const extraLength = c.getUint16(p + 30, true);
        const commentLength = c.getUint16(p + 32, true);
        let local = c.getUint32(p + 42, true);
        const member = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
        names.push(member);
        if (member === name) {
            // ZIP64: the sizes and offset that do not fit 32 bits are in the 0x0001 extra field, in this order.
            // A damaged extra field may claim more bytes than the directory holds: never read past either.
            const extraEnd = Math.min(p + 46 + nameLength + extraLength, cd.length);
            const u64 = (q) => (q + 8 <= extraEnd ? Number(c.getBigUint64(q, true)) : Number.NaN);
            for (let e = p + 46 + nameLength; e + 4 <= extraEnd;) {
                const id = c.getUint16(e, true);
                const length = c.getUint16(e + 2, true);
                if (id === 1) {
                    let q = e + 4;
                    if (size === 0xffffffff)
                        (size = u64(q)), (q += 8);
                    if (compressed === 0xffffffff)
                        (compressed = u64(q)), (q += 8);
                    if (local === 0xffffffff)
                        local = u64(q);
                }
                e += 4 + length;
            }
            if ([size, compressed, local].some((n) => !Number.isSafeInteger(n)))
                return { problem: `its ${name} entry is damaged` };
            if (size > maxBytes)
                return { problem: `its ${name} is ${size} bytes, over the ${maxBytes}-byte limit for model files` };
            const header = await source.read(local, 30);
            const h = new DataView(header.buffer, header.byteOffset, header.byteLength);
            if (header.length < 30 || h.getUint32(0, true) !== LOCAL)
                return { problem: `its ${name} entry is damaged` };
            const start = local + 30 + h.getUint16(26, true) + h.getUint16(28, true);
            if (start + compressed > source.size)
                return { problem: `its ${name} entry runs past the end of the file (the zip is damaged)` };
            const data = await source.read(start, compressed);
            let bytes;
            try {
                if (method === 0)
                    bytes = data;
                else if (method === 8)
                    bytes = (0,esm/* inflateSync */.HM)(data, { out: new Uint8Array(size + 1) });
                else
                    return { problem: `its ${name} is compressed with method ${method}; only stored and deflated members are read` };
            }
            catch {
                return { problem: `its ${name} does not inflate (the zip is damaged)` };
            }
            if (bytes.length !== size)
                return { problem: `its ${name} ${bytes.length > size ? 'inflates to more than' : 'is shorter than'} the ${size} bytes its entry declares (the zip is damaged, or a zip bomb)` };
            try {
                return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
            }
            catch {
                return { problem: `its ${name} is not UTF-8 text` };
            }
        }
        p += 46 + nameLength + extraLength + commentLength;
    }
    const shown = names.slice(0, 5).join(', ');
    return { problem: `it holds no ${name}${names.length > 0 ? ` (it holds ${shown}${names.length > 5 ? ', …' : ''})` : ''}` };
}

;// CONCATENATED MODULE: ./src/formats/keras/index.ts
/**
 * The Keras loader: `model.to_json()` files (Keras 1, 2, 3; also double-encoded), TF.js layers
 * models (`model.json` with a Keras `modelTopology`), `.keras` zips and `.h5` files. JSON files
 * are recognised by content; TF.js graph models (`format: "graph-model"`, a `node` list) are
 * left to their own loader. Every file of this loader reports format `keras`.
 */











const kerasLoader = {
    ...recognise/* kerasRecognition */.Oe,
    async load(source, options) {
        const file = source.path;
        const name = (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.(json|keras|h5|hdf5)$/i, '');
        const max = options.limits.maxFileBytes;
        const fail = (code, message) => ({ diagnostics: [(0,diagnostic/* error */.z3)(code, message, { line: 1, column: 1 }, { file })] });
        let text;
        let origin = 'json';
        if (recognise/* KERAS_NAME */.rb.test(file)) {
            // Keras 3: a zip of config.json, metadata.json and model.weights.h5; only config.json is read.
            const member = await readZipMember(source, 'config.json', max, options.limits.maxArchiveEntries ?? model/* DEFAULT_LIMITS */.d.maxArchiveEntries);
            if ('problem' in member)
                return fail(codes/* CODES */.L.notZip, `not a Keras 3 .keras file: ${member.problem}`);
            text = member.text;
            origin = 'keras';
        }
        else if (recognise/* H5_NAME */.eI.test(file)) {
            // Keras 2 (model.save('x.h5')): the model JSON is the root group's model_config attribute.
            const attribute = await readRootStringAttribute(source, 'model_config', max);
            if ('problem' in attribute)
                return fail(codes/* CODES */.L.notHdf5, `not a Keras .h5 model: ${attribute.problem}`);
            text = attribute.text;
            origin = 'h5';
        }
        else {
            if (source.size > max)
                return fail(codes/* CODES */.L.limits, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a Keras model JSON?`);
            try {
                text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
            }
            catch {
                return fail(codes/* CODES */.L.syntax, 'the file is not UTF-8 text; Keras model JSON is UTF-8');
            }
        }
        return loadKerasText(text, file, options, name, origin);
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
