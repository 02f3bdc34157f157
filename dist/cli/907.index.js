export const id = 907;
export const ids = [907,506,125];
export const modules = {

/***/ 5907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ic: () => (/* binding */ isModelFile),
  ZN: () => (/* binding */ loadFile),
  qj: () => (/* binding */ overBudget),
  db: () => (/* binding */ startDeadline)
});

// UNUSED EXPORTS: lfsPointer, loadSource

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/formats/caffe/recognise.ts
var recognise = __webpack_require__(9493);
// EXTERNAL MODULE: ./src/formats/darknet/recognise.ts
var darknet_recognise = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/formats/keras/recognise.ts
var keras_recognise = __webpack_require__(8392);
// EXTERNAL MODULE: ./src/formats/ncnn/recognise.ts
var ncnn_recognise = __webpack_require__(5239);
// EXTERNAL MODULE: ./src/formats/openvino/recognise.ts
var openvino_recognise = __webpack_require__(1382);
// EXTERNAL MODULE: ./src/formats/native/recognise.ts
var native_recognise = __webpack_require__(7391);
// EXTERNAL MODULE: ./src/formats/onnx/recognise.ts
var onnx_recognise = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/recognise.ts
var tfjs_graph_recognise = __webpack_require__(4024);
// EXTERNAL MODULE: ./src/formats/tf-graphdef/recognise.ts
var tf_graphdef_recognise = __webpack_require__(6276);
// EXTERNAL MODULE: ./src/formats/tflite/recognise.ts
var tflite_recognise = __webpack_require__(3270);
// EXTERNAL MODULE: ./src/formats/ultralytics/recognise.ts
var ultralytics_recognise = __webpack_require__(2610);
;// CONCATENATED MODULE: ./src/formats/index.ts











/** A loader whose module is imported (once) when it first loads a file. */
function lazy(recognition, importLoader) {
    let loader;
    return {
        ...recognition,
        async load(source, options) {
            return (await (loader ??= importLoader())).load(source, options);
        },
    };
}
const LOADERS = [
    lazy(native_recognise/* nativeRecognition */.d, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(985), __webpack_require__.e(75), __webpack_require__.e(733)]).then(__webpack_require__.bind(__webpack_require__, 2733))).nativeLoader),
    lazy(onnx_recognise/* onnxRecognition */.P, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 6526))).onnxLoader),
    lazy(ultralytics_recognise/* ultralyticsRecognition */.q, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(985), __webpack_require__.e(75), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 4224))).ultralyticsLoader),
    lazy(darknet_recognise/* darknetRecognition */.h, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 5734))).darknetLoader),
    lazy(recognise/* caffeRecognition */.Z, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 2675))).caffeLoader),
    lazy(tfjs_graph_recognise/* tfjsGraphRecognition */.j, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(985), __webpack_require__.e(560), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 2576))).tfjsGraphLoader),
    lazy(keras_recognise/* kerasRecognition */.Oe, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(306), __webpack_require__.e(985), __webpack_require__.e(75), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 9592))).kerasLoader),
    lazy(tf_graphdef_recognise/* tfGraphdefRecognition */.v, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(560), __webpack_require__.e(781)]).then(__webpack_require__.bind(__webpack_require__, 7781))).tfGraphdefLoader),
    lazy(tflite_recognise/* tfliteRecognition */.M, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(615)]).then(__webpack_require__.bind(__webpack_require__, 7615))).tfliteLoader),
    lazy(ncnn_recognise/* ncnnRecognition */.r, async () => (await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 5257))).ncnnLoader),
    lazy(openvino_recognise/* openvinoRecognition */.e, async () => (await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(985), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 1104))).openvinoLoader),
];
/**
 * How many leading bytes `matches` sees first: enough for a protobuf's first fields, a magic
 * number, an LFS pointer or a pickle. A text file they do not decide is then recognised from
 * all of it (check/load-file.ts): a YAML's `head:` or a JSON's `format` key may come much later.
 */
const HEAD_BYTES = 4096;
/**
 * Formats read whole as text, which the file-size limit guards (binary ones stream). Keras is
 * not among them: its `.keras` and `.h5` files hold weights, and its loader limits the JSON it
 * reads (a JSON file, config.json, model_config) itself.
 */
const TEXT_FORMATS = new Set(['native', 'tfjs', 'ultralytics', 'darknet', 'caffe', 'ncnn', 'openvino']);
function loaderFor(path, head, loaders = LOADERS) {
    return loaders.find((loader) => loader.matches(path, head));
}
/** Why a file no loader reads still looks like a model (`FormatLoader.resembles`), if it does. */
function resemblance(path, bytes, loaders = LOADERS) {
    for (const loader of loaders) {
        const why = loader.resembles?.(path, bytes);
        if (why !== undefined)
            return why;
    }
    return undefined;
}
function isTextFormat(format) {
    return TEXT_FORMATS.has(format);
}

;// CONCATENATED MODULE: ./src/formats/pickle.ts
/**
 * PyTorch checkpoints and other Python pickles are refused, never read: unpickling runs
 * whatever code the file holds (pickle's REDUCE opcode calls any importable function), so a
 * pull request could run code in CI through a model file. They are recognised by name and by
 * content, so renaming one to `.onnx` or `.yaml` does not get it read either.
 */

/** Names of pickled models: PyTorch (`torch.save`), Lightning checkpoints, plain pickles. */
const PICKLE_NAME = /\.(pt|pth|pkl|pickle|ckpt)$/i;
/** Pickle protocol 2–5 starts with PROTO (0x80) and the protocol number. */
const PROTO = 0x80;
/** `torch.save` since 1.6 writes a zip whose members live under `<name>/`, the pickle in `data.pkl`. */
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
/**
 * Why the file is a pickle, in words ("its name ends in .pt"), or undefined when it is not one.
 * The name alone is not enough when the bytes are a Caffe net's text: py-faster-rcnn names its
 * prototxts `train.pt`/`test.pt`. A pickle (any protocol, protocol 0's text too) or a zip never
 * starts like one, so the bytes decide.
 */
function pickleEvidence(path, head) {
    const named = PICKLE_NAME.exec(path);
    if (named && !recognise/* caffeRecognition */.Z.matches(path, head))
        return `its name ends in .${named[1]}`;
    if (head[0] === PROTO && head[1] >= 2 && head[1] <= 5)
        return `it starts with the header of a protocol-${head[1]} pickle`;
    if (ZIP_LOCAL.every((b, i) => head[i] === b) && zipNames(head).some((n) => n === 'data.pkl' || n.endsWith('/data.pkl'))) {
        return 'it is a PyTorch zip checkpoint holding data.pkl';
    }
    return undefined;
}
/** The message for a refused pickle: why, and what to do instead. */
function pickleMessage(evidence) {
    return (`this is a PyTorch checkpoint or Python pickle (${evidence}): rflint never loads pickles, because loading one runs ` +
        'whatever code it holds. Export the model to ONNX and check that file instead: ' +
        '`torch.onnx.export(model, dummy, "model.onnx")`, with `dummy` an input of the model\'s shape (e.g. `torch.randn(1, 3, 224, 224)`)');
}
/** The names of the zip's local file headers that lie in `head` (a zip's first members). */
function zipNames(head) {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const names = [];
    const decoder = new TextDecoder();
    // Member data may be stored uncompressed between headers: only the first few are reliable.
    for (let p = 0; p + 30 <= head.length && names.length < 8;) {
        if (view.getUint32(p, true) !== 0x04034b50)
            break;
        const compressed = view.getUint32(p + 18, true);
        const nameLength = view.getUint16(p + 26, true);
        const extraLength = view.getUint16(p + 28, true);
        if (p + 30 + nameLength > head.length)
            break;
        names.push(decoder.decode(head.subarray(p + 30, p + 30 + nameLength)));
        p += 30 + nameLength + extraLength + compressed;
    }
    return names;
}

// EXTERNAL MODULE: ./src/formats/sniff.ts
var sniff = __webpack_require__(8528);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/model.ts
var model = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/rf/deadline.ts
var deadline = __webpack_require__(7010);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/check/source.ts
/** A ModelSource over a real file: loaders read byte ranges, never the file system. */


/**
 * Files up to this size are read whole, synchronously: four system calls instead of five
 * trips through the thread pool, which cost more than the reads on a run of 2,000 small files.
 */
const READ_WHOLE = 1 << 20;
/** Throws the file system's error (ENOENT, EACCES, EISDIR): the caller makes it a diagnostic. */
async function openSource(absolutePath, reportedPath) {
    // O_NONBLOCK: a FIFO named like a model would block the open until some writer came along
    // (forever, in CI); opened this way it fails the regular-file check below instead.
    const fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    let size;
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
        size = info.size;
        if (size <= READ_WHOLE) {
            const bytes = readWhole(fd, size);
            return { source: { path: reportedPath, size: bytes.length, read: async (offset, length) => range(bytes, offset, length) }, close: async () => { } };
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    // A large file (an ONNX model with its weights): only the ranges the loader asks for.
    const handle = await (0,promises_.open)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    const source = {
        path: reportedPath,
        size,
        async read(offset, length) {
            // Clamped to the file, as `range` clamps a small file's bytes.
            const start = Math.max(0, Math.min(offset, size));
            const want = Math.max(0, Math.min(size, offset + length) - start);
            const buffer = new Uint8Array(want);
            let filled = 0;
            while (filled < want) {
                const { bytesRead } = await handle.read(buffer, filled, want - filled, start + filled);
                if (bytesRead === 0)
                    break; // the file shrank under us
                filled += bytesRead;
            }
            return filled === want ? buffer : buffer.subarray(0, filled);
        },
    };
    return { source, close: () => handle.close() };
}
/** The file's bytes, at most `size` of them (it may shrink under us). */
function readWhole(fd, size) {
    const buffer = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, filled, size - filled, filled);
        if (n === 0)
            break;
        filled += n;
    }
    return filled === size ? buffer : buffer.subarray(0, filled);
}
/** bytes[offset, offset + length), clamped to the file: a damaged archive's offsets can point anywhere. */
function range(bytes, offset, length) {
    const start = Math.max(0, Math.min(offset, bytes.length));
    return bytes.subarray(start, Math.max(start, Math.min(bytes.length, offset + length)));
}

;// CONCATENATED MODULE: ./src/check/load-file.ts
/**
 * One model file from disk to a LoadResult, whatever goes wrong: an unreadable file, no loader
 * for it, a text file over the size limit, or a loader that throws (our bug) all become one
 * diagnostic for that file, never an exception that would hide the other files' results.
 */








async function loadFile(cwd, path, options, loaders = LOADERS) {
    let opened;
    try {
        opened = await openSource((0,external_node_path_.resolve)(cwd, path), path);
    }
    catch (err) {
        return { diagnostics: [(0,diagnostic/* error */.z3)('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
    }
    try {
        return await loadSource(opened.source, options, loaders);
    }
    finally {
        await opened.close();
    }
}
/**
 * One opened model file to a LoadResult: the part of `loadFile` after the file system, which
 * the fuzz tests drive with bytes in memory.
 */
async function loadSource(source, options, loaders = LOADERS) {
    const path = source.path;
    try {
        const { special, loader, read, kind, looks } = await identify(source, options.limits, loaders);
        if (special)
            return { diagnostics: [special] };
        const overLimit = `the file is ${mb(source.size)}, over the ${mb(options.limits.maxFileBytes)} limit for text model files; split it or raise the limit`;
        if (!loader) {
            const resembles = looks !== undefined ? { resembles: looks } : {};
            // Over the limit and never read whole: its first bytes look like a model, so say why it was not read.
            if (looks !== undefined && source.size > options.limits.maxFileBytes)
                return { unrecognised: true, ...resembles, diagnostics: [(0,diagnostic/* error */.z3)('RF506', overLimit)] };
            const what = kind ? ` (it is ${kind})` : looks !== undefined ? ` (${looks})` : '';
            return { unrecognised: true, ...resembles, diagnostics: [(0,diagnostic/* error */.z3)('RF505', `rflint does not know this file's format${what}; it reads ${loaders.map((l) => l.recognises).join(', ')}`)] };
        }
        if (isTextFormat(loader.format) && source.size > options.limits.maxFileBytes) {
            return { format: loader.format, diagnostics: [(0,diagnostic/* error */.z3)('RF506', overLimit)] };
        }
        try {
            const deadline = options.deadline ?? startDeadline(options);
            return { ...(await loader.load(read, { ...options, deadline })), format: loader.format };
        }
        catch (err) {
            if (err instanceof deadline/* TimeBudgetExceeded */.s)
                return { format: loader.format, diagnostics: [overBudget(err)] };
            const reason = err instanceof Error ? err.message : String(err);
            return { format: loader.format, diagnostics: [(0,diagnostic/* error */.z3)('RF507', `the ${loader.format} loader failed unexpectedly (${reason}); this is a bug in rflint, please report it with the file`)] };
        }
    }
    catch (err) {
        return { diagnostics: [(0,diagnostic/* error */.z3)('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
    }
}
async function identify(source, limits, loaders) {
    const path = source.path;
    const head = await source.read(0, HEAD_BYTES);
    const pointer = lfsPointer(head);
    if (pointer !== undefined)
        return { read: source, special: (0,diagnostic/* error */.z3)('RF508', lfsMessage(pointer), { line: 1, column: 1 }) };
    const pickle = pickleEvidence(path, head);
    if (pickle)
        return { read: source, special: (0,diagnostic/* error */.z3)('RF510', pickleMessage(pickle)) };
    const kind = (0,sniff/* describeContent */.X)(head);
    const kindOf = kind !== undefined ? { kind } : {};
    const loader = loaderFor(path, head, loaders);
    if (loader)
        return { loader, read: source, ...kindOf };
    if (kind !== undefined)
        return { read: source, kind };
    // A text file its first bytes do not decide is recognised from all of it, within the size
    // limit: a YOLOv7-E6E YAML's `head:` is at byte 4,202. Most files a crawl meets are under
    // 1 MB and already in memory (source.ts), so this costs a decode and a few linear scans.
    let bytes = head;
    let read = source;
    if (head.length < source.size && source.size <= limits.maxFileBytes) {
        bytes = await source.read(0, source.size);
        read = inMemory(source, bytes);
        const found = loaderFor(path, bytes, loaders);
        if (found)
            return { loader: found, read };
    }
    const looks = resemblance(path, bytes, loaders);
    return { read, ...(looks !== undefined ? { looks } : {}) };
}
/**
 * Whether a file a folder search found is a model rflint would report (one a loader reads, or
 * that looks like one, or an LFS pointer or a pickle), without loading it: for the files a run
 * does not check (changed-only, shards), to tell a repository with no model file at all.
 */
async function isModelFile(cwd, path, limits, loaders = LOADERS) {
    let opened;
    try {
        opened = await openSource((0,external_node_path_.resolve)(cwd, path), path);
    }
    catch {
        return true; // unreadable: a check would report it (RF504)
    }
    try {
        const { special, loader, looks } = await identify(opened.source, limits, loaders);
        return special !== undefined || loader !== undefined || looks !== undefined;
    }
    catch {
        return true;
    }
    finally {
        await opened.close();
    }
}
/** The source over bytes already read: the loader's reads need not go to the file again. */
function inMemory(source, bytes) {
    return { path: source.path, size: bytes.length, read: async (offset, length) => range(bytes, offset, length) };
}
/** The file's time budget, from now: loading and checking it share one (`limits.timeBudgetMs`). */
function startDeadline(options) {
    return new deadline/* Deadline */.B(options.limits.timeBudgetMs ?? model/* DEFAULT_LIMITS */.d.timeBudgetMs);
}
/** RF511: the file ran out of its time budget (loading it, or checking it). */
function overBudget(err) {
    return (0,diagnostic/* error */.z3)('RF511', `${err.message} and was stopped: is it a runaway file (a huge \`repeat\`, millions of layers)? The other files are checked as usual`);
}
/**
 * A Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): the checkout
 * has the small text file that stands for the model, not the model. Returns its `size` line's
 * value when known ('' otherwise), undefined when the file is not a pointer.
 */
function lfsPointer(head) {
    const text = new TextDecoder().decode(head.subarray(0, 200));
    if (!text.startsWith('version https://git-lfs.github.com/spec/'))
        return undefined;
    return /\nsize (\d+)/.exec(text)?.[1] ?? '';
}
function lfsMessage(size) {
    const real = size ? ` of the real ${mb(Number(size))} file` : '';
    return (`this is a Git LFS pointer${real}, not the model: the checkout did not fetch LFS files; ` +
        'check out with LFS (actions/checkout with `lfs: true`, or `git lfs pull` locally)');
}
function ioReason(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'not a regular file';
    return err instanceof Error ? err.message : String(err);
}
function mb(bytes) {
    return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 100) / 10} kB`;
}


/***/ }),

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ caffeRecognition)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

/** A net's field at the start of a line: `layer {`, `layers {`, `input: "data"`. */
const NET_FIELD = /(?:^|[\r\n])[ \t]*(?:layers?[ \t]*:?[ \t]*\{|input[ \t]*:[ \t]*["'])/;
const LAYER_BLOCK = /(?:^|[\r\n])[ \t]*layers?[ \t]*:?[ \t]*\{/;
/** After any comments, a protobuf text file starts with `name:` or one of the net's fields. */
const FIRST_FIELD = /^(?:name|input|input_shape|input_dim|layers?|force_backward|state|debug_info)[ \t]*[:{]/;
/**
 * Whether the text starts like a net. The comments are skipped by hand, not by a regular
 * expression: `(\s*#[^\n]*)*` backtracks exponentially over comment lines that end in spaces
 * (25 such lines took 20 s).
 */
function startsLikeNet(text) {
    let i = text.startsWith('\uFEFF') ? 1 : 0;
    for (;;) {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
        if (text[i] !== '#')
            break;
        while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
            i++;
    }
    return FIRST_FIELD.test(text.slice(i, i + 64));
}
const caffeRecognition = {
    format: 'caffe',
    recognises: 'Caffe *.prototxt nets',
    matches(_path, head) {
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head);
        return startsLikeNet(text) && NET_FIELD.test(text);
    },
    // A `layer {` block at the start of a line is what a net has and a solver prototxt does not.
    resembles(path, bytes) {
        if (!/\.prototxt$/i.test(path))
            return undefined;
        return LAYER_BLOCK.test((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(bytes)) ? 'it has `layer {` blocks, as a Caffe net does, but does not start like one (`name:`, `input:` or `layer {`)' : undefined;
    },
};


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ darknetRecognition)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

/** The first section, after blank and comment lines, is [net] or [network]. */
// `\r(?!\n)`: a CRLF must end a line one way only, or the repetition backtracks exponentially.
const NET_FIRST = /^\uFEFF?(?:[ \t]*(?:[#;][^\r\n]*)?(?:\r\n|\r(?!\n)|\n))*[ \t]*\[[ \t]*net(?:work)?[ \t]*\]/;
/** A layer section Darknet reads, at the start of a line. */
const LAYER_SECTION = /(?:^|[\r\n])[ \t]*\[[ \t]*(?:convolutional|conv|maxpool|max|route|shortcut|connected|conn|avgpool|avg|local|crop|reorg|reorg3d|upsample|yolo|region|detection|dropout|softmax|soft|batchnorm|activation|scale_channels|sam|cost|local_avgpool|Gaussian_yolo|rnn|crnn|lstm|gru|conv_lstm)[ \t]*\]/;
const darknetRecognition = {
    format: 'darknet',
    recognises: 'Darknet *.cfg files',
    matches(_path, head) {
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head);
        return NET_FIRST.test(text) && LAYER_SECTION.test(text);
    },
    // Darknet's parser insists on [net] first; other tools' .cfg files (setup.cfg, tox.ini-like
    // configs) start with their own sections.
    resembles(path, bytes) {
        if (!/\.cfg$/i.test(path))
            return undefined;
        return NET_FIRST.test((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(bytes)) ? 'its first section is [net], as in a Darknet cfg, but it has no layer section rflint knows' : undefined;
    },
};


/***/ }),

/***/ 1017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(code, message, at, extra = {}) {
    return { severity: 'error', code, message, ...(at ?? {}), ...extra };
}
function warning(code, message, at, extra = {}) {
    return { severity: 'warning', code, message, ...(at ?? {}), ...extra };
}
/** `file:line:col: error: message [RF101]`: the form editors and problem matchers parse. */
function formatDiagnostic(d) {
    const where = [d.file ?? '<input>', d.line, d.line !== undefined ? d.column ?? 1 : undefined].filter((x) => x !== undefined).join(':');
    return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}


/***/ }),

/***/ 8392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ kerasRecognition),
/* harmony export */   Rf: () => (/* binding */ isKerasJson),
/* harmony export */   eI: () => (/* binding */ H5_NAME),
/* harmony export */   rb: () => (/* binding */ KERAS_NAME)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

const JSON_NAME = /\.json$/i;
const KERAS_NAME = /\.keras$/i;
const H5_NAME = /\.(h5|hdf5)$/i;
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/** A Keras model's top class, as JSON or as JSON inside a JSON string (double-encoded). */
const KERAS_CLASS = /\\?"class_name\\?"\s*:\s*\\?"(Sequential|Model|Functional)\\?"/;
const TFJS_TOPOLOGY = /"modelTopology"\s*:/;
/** What a TF.js graph model has and a layers model does not. */
const GRAPH_MODEL = /"format"\s*:\s*"graph-model"|"node"\s*:\s*\[/;
const KERAS_KEYS = /"(class_name|model_config|keras_version)"\s*:|"format"\s*:\s*"layers-model"/;
function isKerasJson(head) {
    const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head);
    // A word test first: these patterns start at every quote of a large JSON data file.
    if (!text.includes('class_name') && !text.includes('modelTopology'))
        return false;
    if (TFJS_TOPOLOGY.test(text))
        return !GRAPH_MODEL.test(text) && KERAS_KEYS.test(text);
    return KERAS_CLASS.test(text);
}
/**
 * An HDF5 file whose first bytes name a `model_config` attribute: h5py puts the root group's
 * attribute messages (names in place, long values in the heap) right after the superblock.
 */
function isKerasH5(head) {
    const at = [0, 512, 1024, 2048].find((p) => HDF5_SIGNATURE.every((b, i) => head[p + i] === b));
    return at !== undefined && new TextDecoder('latin1').decode(head).includes('model_config');
}
/** Keys only Keras and TF.js model files write (Keras' own save, TF.js's converter). */
const MODEL_FILE_KEYS = /"(keras_version|model_config|modelTopology|weightsManifest)"\s*:/;
const MODEL_FILE_WORDS = ['keras_version', 'model_config', 'modelTopology', 'weightsManifest'];
const kerasRecognition = {
    format: 'keras',
    recognises: 'Keras model JSON, *.keras and *.h5 files and TF.js layers model.json',
    matches(path, head) {
        if (JSON_NAME.test(path))
            return isKerasJson(head);
        if (KERAS_NAME.test(path))
            return head[0] === 0x50 && head[1] === 0x4b;
        if (H5_NAME.test(path))
            return isKerasH5(head);
        return false;
    },
    // An .h5 without `model_config` holds weights only: no architecture to read, not a model file.
    resembles(path, bytes) {
        if (!JSON_NAME.test(path))
            return undefined;
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(bytes);
        if (!MODEL_FILE_WORDS.some((word) => text.includes(word)))
            return undefined;
        const key = MODEL_FILE_KEYS.exec(text)?.[1];
        return key ? `it has a \`${key}\` key, as Keras and TF.js model files do, but no model rflint reads` : undefined;
    },
};


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
/**
 * Every limit on hostile or runaway input, in one place (docs/cli.md, "Limits", lists them).
 * Sizes are checked before the bytes are read or inflated, so a zip bomb never allocates.
 */
const DEFAULT_LIMITS = {
    maxFileBytes: 5_000_000,
    maxAliases: 1000,
    maxDepth: 64,
    maxNodes: 1_000_000,
    // The largest model maxNodes allows (10^6 nodes) loads and checks in about 16 s on a busy
    // 2-core machine; real models take well under 1 s. A budget is a guard, not a target.
    timeBudgetMs: 60_000,
    maxArchiveEntries: 10_000,
};


/***/ }),

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ nativeRecognition)
/* harmony export */ });
/* unused harmony export hasTopLevelRflintKey */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

const NATIVE_NAME = /\.rf\.(ya?ml|json)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** npm's own files: they name rflint as a dependency, never as a model. */
const NPM_FILE = /(^|[\\/])(package|package-lock|npm-shrinkwrap)\.json$/i;
/** An unindented `rflint:` key of a block mapping (any document of the stream). */
const YAML_TOP_KEY = /(?:^|\n)(?:rflint|"rflint"|'rflint')[ \t]*:/;
const nativeRecognition = {
    format: 'native',
    recognises: '*.rf.yaml, *.rf.yml, *.rf.json (or YAML/JSON with a top-level `rflint:` key)',
    matches(path, head) {
        if (NATIVE_NAME.test(path))
            return true;
        if (!YAML_OR_JSON.test(path) || NPM_FILE.test(path))
            return false;
        return hasTopLevelRflintKey((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head));
    },
};
/**
 * Whether the document's top-level mapping has the key `rflint`: a block mapping's unindented
 * key, or a key at depth 1 of a flow mapping (JSON, or YAML written as JSON). Linear in the text.
 */
function hasTopLevelRflintKey(text) {
    // Most files a crawl reads whole have no such word at all: one native scan decides them.
    if (!text.includes('rflint'))
        return false;
    let i = text.startsWith('\uFEFF') ? 1 : 0;
    // Past blank lines and comments: a flow mapping starts with `{`.
    for (;;) {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
        if (text[i] !== '#')
            break;
        while (i < text.length && text[i] !== '\n')
            i++;
    }
    if (text[i] !== '{')
        return YAML_TOP_KEY.test(text);
    return flowTopLevelKeys(text, i).has('rflint');
}
/** The keys at depth 1 of the flow mapping that opens at `start`; stops when it closes. */
function flowTopLevelKeys(text, start) {
    const keys = new Set();
    let depth = 0;
    // At depth 1, right after `{` or `,`: the next scalar is a key.
    let expectKey = false;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            const end = stringEnd(text, i);
            if (depth === 1 && expectKey && followedByColon(text, end))
                keys.add(unquote(text.slice(i + 1, end - 1), c));
            expectKey = false;
            i = end - 1;
        }
        else if (c === '{' || c === '[') {
            depth++;
            expectKey = depth === 1 && c === '{';
        }
        else if (c === '}' || c === ']') {
            depth--;
            if (depth === 0)
                break;
        }
        else if (c === ',') {
            expectKey = depth === 1;
        }
        else if (depth === 1 && expectKey && /[A-Za-z_]/.test(c)) {
            // A plain (unquoted) YAML flow key: `{rflint: 1, …}`.
            let end = i;
            while (end < text.length && /[\w.-]/.test(text[end]))
                end++;
            if (followedByColon(text, end))
                keys.add(text.slice(i, end));
            expectKey = false;
            i = end - 1;
        }
        else if (!' \t\r\n'.includes(c)) {
            expectKey = false;
        }
    }
    return keys;
}
/** The index just past the string that opens at `start` (JSON `\` escapes; YAML `''` in single quotes). */
function stringEnd(text, start) {
    const quote = text[start];
    for (let i = start + 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text[i] === quote) {
            if (quote === "'" && text[i + 1] === "'")
                i++;
            else
                return i + 1;
        }
    }
    return text.length;
}
function followedByColon(text, from) {
    let i = from;
    while (i < text.length && ' \t\r\n'.includes(text[i]))
        i++;
    return text[i] === ':';
}
/** Enough unescaping to compare with `rflint` (an escaped key is never it anyway). */
function unquote(body, quote) {
    return quote === "'" ? body.replace(/''/g, "'") : body;
}


/***/ }),

/***/ 5239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isBinaryParam),
/* harmony export */   r: () => (/* binding */ ncnnRecognition)
/* harmony export */ });
/** The magic line, then the layer and blob counts (ncnn's `Net::load_param`). */
const TEXT_HEAD = /^\uFEFF?[ \t]*7767517[ \t]*\r?\n[ \t]*\d+[ \t]+\d+[ \t]*(?:\r?\n|$)/;
/** The binary `.param.bin` starts with the magic as a little-endian int32 (0x007686DD). */
function isBinaryParam(head) {
    return head.length >= 12 && head[0] === 0xdd && head[1] === 0x86 && head[2] === 0x76 && head[3] === 0x00;
}
const ncnnRecognition = {
    format: 'ncnn',
    recognises: 'ncnn *.param files',
    matches(_path, head) {
        if (isBinaryParam(head))
            return true;
        return TEXT_HEAD.test(new TextDecoder().decode(head.subarray(0, 256)));
    },
};


/***/ }),

/***/ 3383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ onnxRecognition)
/* harmony export */ });
const onnxRecognition = {
    format: 'onnx',
    recognises: '*.onnx',
    matches(path) {
        return path.toLowerCase().endsWith('.onnx');
    },
};


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ openvinoRecognition)
/* harmony export */ });
/** After an XML declaration and comments, the root `<net` with a `version` attribute. */
const NET_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<net\b[^>]*\bversion\s*=\s*["']\d+["']/;
const openvinoRecognition = {
    format: 'openvino',
    recognises: 'OpenVINO IR *.xml files',
    matches(_path, head) {
        return NET_ROOT.test(new TextDecoder().decode(head.subarray(0, 4096)));
    },
};


/***/ }),

/***/ 8528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ describeContent)
/* harmony export */ });
/**
 * What a file is by its first bytes, for the messages about a file that is not what its name
 * says (an `.onnx` that is a saved error page, binary data named `.yaml`).
 */
const SIGNATURES = [
    { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zip archive' },
    { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty zip archive' },
    { bytes: [0x89, 0x48, 0x44, 0x46], kind: 'an HDF5 file' },
    { bytes: [0x1f, 0x8b], kind: 'a gzip file' },
    { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF' },
    { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
    { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
    { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable (ELF)' },
];
const HTML = /^\uFEFF?\s*<(!doctype html|html|head|body|!--)/i;
/** `an HTML page`, `a zip archive`, `binary data, not text`… or undefined for plain text. */
function describeContent(head) {
    for (const { bytes, kind } of SIGNATURES)
        if (bytes.every((b, i) => head[i] === b))
            return kind;
    const text = new TextDecoder().decode(head.subarray(0, 512));
    if (HTML.test(text))
        return 'an HTML page (a download that saved a web page instead of the file?)';
    if (!isText(head))
        return 'binary data, not text';
    return undefined;
}
/** UTF-8 without NUL bytes (a cut at the end of `head` may split a character: ignored). */
function isText(head) {
    if (head.includes(0))
        return false;
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readModelText),
/* harmony export */   b: () => (/* binding */ textOf)
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
const decoder = new TextDecoder();
let lastBytes;
let lastText = '';
/**
 * The bytes as text (invalid UTF-8 replaced), decoded once however many recognisers ask: the
 * registry tries each format in turn on the same bytes, up to a whole 5 MB file.
 */
function textOf(bytes) {
    if (bytes !== lastBytes) {
        lastText = decoder.decode(bytes);
        lastBytes = bytes;
    }
    return lastText;
}


/***/ }),

/***/ 6276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ tfGraphdefRecognition)
/* harmony export */ });
const PB_NAME = /\.pb$/i;
/** The varint at `pos`: its end, or undefined when it does not end within 10 bytes of `head`. */
function varintEnd(head, pos) {
    for (let i = pos; i < Math.min(head.length, pos + 10); i++)
        if (head[i] < 0x80)
            return i + 1;
    return undefined;
}
/** `0a <len> 0a`: a GraphDef's first node, starting with its name. */
function startsLikeGraphDef(head) {
    if (head[0] !== 0x0a)
        return false;
    const end = varintEnd(head, 1);
    return end !== undefined && head[end] === 0x0a;
}
/** `08 01 12`: a SavedModel's schema version 1, then its first MetaGraphDef. */
function startsLikeSavedModel(head) {
    return head[0] === 0x08 && head[1] === 0x01 && head[2] === 0x12;
}
const tfGraphdefRecognition = {
    format: 'tf-graphdef',
    recognises: 'TensorFlow frozen *.pb graphs and saved_model.pb',
    matches(path, head) {
        if (!PB_NAME.test(path))
            return false;
        return startsLikeGraphDef(head) || startsLikeSavedModel(head);
    },
};


/***/ }),

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ tfjsGraphRecognition)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

const JSON_NAME = /\.json$/i;
const GRAPH_FORMAT = /"format"\s*:\s*"graph-model"/;
const OTHER_FORMAT = /"format"\s*:\s*"(?!graph-model")/;
const GRAPHDEF_TOPOLOGY = /"modelTopology"\s*:\s*\{\s*"(?:node|versions|library)"\s*:/;
const tfjsGraphRecognition = {
    format: 'tfjs',
    recognises: 'TF.js graph model.json',
    matches(path, head) {
        if (!JSON_NAME.test(path))
            return false;
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head);
        // A word test first: the patterns start at every quote of a large JSON data file.
        if (!text.includes('graph-model') && !text.includes('modelTopology'))
            return false;
        if (GRAPH_FORMAT.test(text))
            return true;
        return !OTHER_FORMAT.test(text) && GRAPHDEF_TOPOLOGY.test(text);
    },
};


/***/ }),

/***/ 3270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ tfliteRecognition),
/* harmony export */   W: () => (/* binding */ hasTfliteIdentifier)
/* harmony export */ });
const TFL3 = [0x54, 0x46, 0x4c, 0x33];
function hasTfliteIdentifier(head) {
    return head.length >= 8 && TFL3.every((b, i) => head[4 + i] === b);
}
const tfliteRecognition = {
    format: 'tflite',
    recognises: 'TensorFlow Lite *.tflite',
    matches(path, head) {
        return /\.tflite$/i.test(path) || hasTfliteIdentifier(head);
    },
};


/***/ }),

/***/ 2610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ultralyticsRecognition)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

const YAML_NAME = /\.ya?ml$/i;
/**
 * Unindented `backbone:` and `head:` keys, each followed by a list (`- [` rows or a flow `[`),
 * past blank lines and comments (a comment stops before `\r`: `[^\n]*\r?` would backtrack
 * exponentially over CRLF comment lines): other tools' configs (mmdetection's `backbone: {type: …}`, a
 * `backbone: resnet50` setting) are not Ultralytics models.
 */
const BACKBONE_LIST = /(^\uFEFF?|\n)backbone[ \t]*:(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*[ \t]*(\[|-[ \t\r\n])/;
const HEAD_KEY = /(^\uFEFF?|\n)head[ \t]*:/;
const ultralyticsRecognition = {
    format: 'ultralytics',
    recognises: 'Ultralytics model YAMLs (`backbone:` and `head:`)',
    matches(path, head) {
        if (!YAML_NAME.test(path))
            return false;
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(head);
        return BACKBONE_LIST.test(text) && HEAD_KEY.test(text);
    },
    // A backbone given as a list of rows is a YOLO-style model file even without its head (a
    // `backbone: resnet50` setting or mmdetection's `backbone: {type: …}` is not a list).
    resembles(path, bytes) {
        if (!YAML_NAME.test(path))
            return undefined;
        return BACKBONE_LIST.test((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b)(bytes)) ? 'it has a `backbone:` list, as an Ultralytics model YAML does, but no `head:`' : undefined;
    },
};


/***/ }),

/***/ 7010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   s: () => (/* binding */ TimeBudgetExceeded)
/* harmony export */ });
/**
 * The per-file time budget, kept cooperatively: the loops that grow with the file (a loader's
 * nodes, the engine's per-node steps) call `check()`, which looks at the clock once every 1024
 * calls and throws `TimeBudgetExceeded` when the file has used its time. Cheaper than a worker
 * per file (no start-up, no copying the model across), and the other files go on: the check
 * layer catches it and reports that one file (RF511).
 *
 * The budget is wall-clock time since the file was opened, so a file that waited for another
 * (files load 8 at a time) has a little less of it: a budget is a guard against runaway files,
 * tens of times what a real model takes, not a measurement.
 */
class TimeBudgetExceeded extends Error {
    budgetMs;
    constructor(budgetMs) {
        super(`the file took more than its time budget of ${budgetMs} ms`);
        this.budgetMs = budgetMs;
        this.name = 'TimeBudgetExceeded';
    }
}
/** How many `check()` calls between looks at the clock: cheap enough for any inner loop. */
const CALLS_PER_LOOK = 1024;
class Deadline {
    budgetMs;
    calls = 0;
    end;
    constructor(budgetMs) {
        this.budgetMs = budgetMs;
        this.end = performance.now() + budgetMs;
    }
    check() {
        if (++this.calls % CALLS_PER_LOOK !== 0)
            return;
        if (performance.now() >= this.end)
            throw new TimeBudgetExceeded(this.budgetMs);
    }
}


/***/ })

};
