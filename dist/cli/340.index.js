export const id = 340;
export const ids = [340];
export const modules = {

/***/ 3850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ checkFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/rf/deadline.ts
var deadline = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/formats/caffe/recognise.ts
var recognise = __webpack_require__(9493);
// EXTERNAL MODULE: ./src/formats/darknet/recognise.ts
var darknet_recognise = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/formats/keras/recognise.ts
var keras_recognise = __webpack_require__(8392);
// EXTERNAL MODULE: ./src/formats/native/recognise.ts
var native_recognise = __webpack_require__(7391);
// EXTERNAL MODULE: ./src/formats/onnx/recognise.ts
var onnx_recognise = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/formats/tfjs-graph/recognise.ts
var tfjs_graph_recognise = __webpack_require__(4024);
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
    lazy(native_recognise/* nativeRecognition */.d, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(75), __webpack_require__.e(733)]).then(__webpack_require__.bind(__webpack_require__, 2733))).nativeLoader),
    lazy(onnx_recognise/* onnxRecognition */.P, async () => (await __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 7605))).onnxLoader),
    lazy(ultralytics_recognise/* ultralyticsRecognition */.q, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(75), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 1578))).ultralyticsLoader),
    lazy(darknet_recognise/* darknetRecognition */.h, async () => (await __webpack_require__.e(/* import() */ 734).then(__webpack_require__.bind(__webpack_require__, 5734))).darknetLoader),
    lazy(recognise/* caffeRecognition */.Z, async () => (await __webpack_require__.e(/* import() */ 675).then(__webpack_require__.bind(__webpack_require__, 2675))).caffeLoader),
    lazy(tfjs_graph_recognise/* tfjsGraphRecognition */.j, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 684))).tfjsGraphLoader),
    lazy(keras_recognise/* kerasRecognition */.Oe, async () => (await Promise.all(/* import() */[__webpack_require__.e(96), __webpack_require__.e(306), __webpack_require__.e(75), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 9592))).kerasLoader),
];
/** How many leading bytes `matches` sees: enough for a YAML header or a protobuf's first fields. */
const HEAD_BYTES = 4096;
/**
 * Formats read whole as text, which the file-size limit guards (binary ones stream). Keras is
 * not among them: its `.keras` and `.h5` files hold weights, and its loader limits the JSON it
 * reads (a JSON file, config.json, model_config) itself.
 */
const TEXT_FORMATS = new Set(['native', 'tfjs', 'ultralytics', 'darknet', 'caffe']);
function loaderFor(path, head, loaders = LOADERS) {
    return loaders.find((loader) => loader.matches(path, head));
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
/** Why the file is a pickle, in words ("its name ends in .pt"), or undefined when it is not one. */
function pickleEvidence(path, head) {
    const named = PICKLE_NAME.exec(path);
    if (named)
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
        const head = await source.read(0, HEAD_BYTES);
        const pointer = lfsPointer(head);
        if (pointer !== undefined)
            return { diagnostics: [(0,diagnostic/* error */.z3)('RF508', lfsMessage(pointer), { line: 1, column: 1 })] };
        const pickle = pickleEvidence(path, head);
        if (pickle)
            return { diagnostics: [(0,diagnostic/* error */.z3)('RF510', pickleMessage(pickle))] };
        const loader = loaderFor(path, head, loaders);
        if (!loader) {
            const kind = (0,sniff/* describeContent */.X)(head);
            const what = kind ? ` (it is ${kind})` : '';
            return { unrecognised: true, diagnostics: [(0,diagnostic/* error */.z3)('RF505', `rflint does not know this file's format${what}; it reads ${loaders.map((l) => l.recognises).join(', ')}`)] };
        }
        if (isTextFormat(loader.format) && source.size > options.limits.maxFileBytes) {
            return {
                format: loader.format,
                diagnostics: [(0,diagnostic/* error */.z3)('RF506', `the file is ${mb(source.size)}, over the ${mb(options.limits.maxFileBytes)} limit for text model files; split it or raise the limit`)],
            };
        }
        try {
            const deadline = options.deadline ?? startDeadline(options);
            return { ...(await loader.load(source, { ...options, deadline })), format: loader.format };
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

// EXTERNAL MODULE: ./src/check/match.ts
var match = __webpack_require__(4145);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var src_rf = __webpack_require__(6960);
;// CONCATENATED MODULE: ./src/check/advice.ts
/**
 * Turns the engine's verified growth advice into words for a failed min_rf: which layer to
 * widen, or how many 3×3 convs to add where — more useful than "add a layer upstream".
 */

/**
 * Each piece of advice re-analyses the graph a few times to verify itself: past this size a
 * failure keeps the generic hint rather than slow the check down.
 */
const MAX_NODES_FOR_ADVICE = 50_000;
function withAdvice(analysis, node, failure) {
    if (failure.threshold !== 'min_rf' || failure.actual === null || analysis.graph.nodes.length > MAX_NODES_FOR_ADVICE)
        return failure;
    const advice = (0,src_rf/* growAdvice */.il)(analysis, node, failure.axis ?? 0, failure.expected);
    if (!advice || (!advice.addLayers && !advice.widen))
        return failure;
    const name = (i) => `\`${analysis.graph.nodes[i].name}\``;
    const ways = [];
    if (advice.addLayers) {
        const { after, count, gainEach } = advice.addLayers;
        ways.push(`add ${count} 3×3 conv${count > 1 ? 's' : ''} after ${name(after)} (+${gainEach} each)`);
    }
    if (advice.widen)
        ways.push(`widen the kernel of ${name(advice.widen.node)} to ${advice.widen.kernel} (+${advice.widen.gain})`);
    const message = failure.message.replace(/; add a layer, or increase a stride, a pooling or a dilation upstream$/, '');
    return { ...failure, message: `${message}; to reach it, ${ways.join(', or ')}` };
}

;// CONCATENATED MODULE: ./src/check/explain.ts

function explainOutput(model, analysis, output) {
    const steps = (0,src_rf/* rfPath */.CV)(analysis, output);
    if (!steps || steps.length === 0)
        return undefined;
    const final = steps[steps.length - 1].rf;
    const nodes = model.graph.nodes;
    let previous;
    return steps.map((step) => {
        const node = nodes[step.node];
        const share = step.rf.map((rf, a) => round((rf - (previous?.[a] ?? 0)) / final[a]));
        previous = step.rf;
        return {
            layer: node.name,
            ...geometry(node.op),
            jump: step.jumpBefore.map(src_rf/* toNumber */.Ro),
            rf: [...step.rf],
            inverse: [...step.inverse],
            share,
            ...(step.period.some((p) => p > 1) ? { period: [...step.period] } : {}),
            ...(step.merge ? { merge: mergeOf(model, step) } : {}),
        };
    });
}
/** The op's name as a reader knows it, and its k, s, d where it has them. */
function geometry(op) {
    switch (op.kind) {
        case 'conv':
            return { op: op.pool ? `${op.pool}pool` : 'conv', kernel: [...op.kernel], stride: [...op.stride], dilation: [...op.dilation] };
        case 'deconv':
            return { op: 'deconv', kernel: [...op.kernel], stride: [...op.stride], dilation: [...op.dilation] };
        case 'resize':
            return { op: `resize ×${op.scale.map((f) => (f.den === 1 ? String(f.num) : `${f.num}/${f.den}`)).join('×')} ${op.mode}` };
        case 'space_to_depth':
            return { op: 'space_to_depth', kernel: [...op.block], stride: [...op.block] };
        case 'depth_to_space':
            return { op: 'depth_to_space' };
        case 'merge':
            return { op: op.merge };
        default:
            return { op: op.kind };
    }
}
function mergeOf(model, step) {
    const nodes = model.graph.nodes;
    const name = (i) => nodes[i].name;
    return { inputs: nodes[step.node].inputs.map(name), followed: name(step.merge.followed), lo: step.merge.lo.map(name), hi: step.merge.hi.map(name) };
}
function round(x) {
    return Math.round(x * 10000) / 10000;
}

;// CONCATENATED MODULE: ./src/check/windows.ts
/**
 * The window of every output position, per axis (`--format html`, the action's `html-report`):
 * what the report page draws on the input. The engine keeps lo(u) and hi(u) over one period P of
 * positions, with lo(u + P) = lo(u) + Q (analyze.ts); after upsampling the window depends on the
 * position's phase u mod P, so the page needs the whole table, not just `start` and `rf`. The
 * ERF profile of each phase is the heat-map inside the box.
 */

/** More phases than this: the page shows the numbers only (a rational resize can make P huge). */
const MAX_WINDOW_PERIOD = 1024;
/** ERF profiles of at most this many phases per axis (each is a backward pass). */
const MAX_ERF_PHASES = 64;
/** Tap visits for all the ERF profiles of one output (erf.ts's default is per profile). */
const ERF_BUDGET = 4_000_000;
/** Heat-map weights are per mille of the profile's peak: plenty for a colour ramp, and small. */
const WEIGHT_SCALE = 1000;
/** The per-axis windows of `node`, or undefined when global, failed or the period is too long. */
function outputWindows(analysis, node) {
    if (analysis.status[node] !== -1 || analysis.global[node])
        return undefined;
    const A = analysis.graph.axes;
    const axes = [];
    const budget = { left: ERF_BUDGET };
    for (let a = 0; a < A; a++) {
        const k = node * A + a;
        const period = analysis.P[k];
        if (period > MAX_WINDOW_PERIOD)
            return undefined;
        const lo = [];
        const hi = [];
        for (let u = 0; u < period; u++) {
            const l = analysis.lo(k, u);
            // Infinity: a transposed conv's hole, a position that reads nothing.
            lo.push(l === Infinity ? null : l);
            hi.push(l === Infinity ? null : analysis.hi(k, u));
        }
        const size = analysis.inputSize?.[a];
        const out = analysis.size[k];
        axes.push({
            period,
            step: analysis.Q[k],
            lo,
            hi,
            ...(size !== undefined ? { inputSize: size } : {}),
            ...(!Number.isNaN(out) ? { outputSize: out } : {}),
            ...erfOf(analysis, node, a, period, budget),
        });
    }
    return axes;
}
/** Each phase's profile scaled to its peak; nothing when the budget runs out (the box stays). */
function erfOf(analysis, node, axis, period, budget) {
    if (period > MAX_ERF_PHASES)
        return {};
    const erf = [];
    for (let u = 0; u < period; u++) {
        const profile = (0,src_rf/* erfProfile */.J6)(analysis, node, axis, budget, u);
        if (!profile) {
            if (budget.left < 0)
                return {};
            erf.push(null);
            continue;
        }
        let peak = 0n;
        for (const n of profile.num)
            if (n > peak)
                peak = n;
        if (peak === 0n) {
            erf.push(null);
            continue;
        }
        // Exact integer division of big numerators: floats would overflow for deep nets.
        const weights = profile.num.map((n) => Number((n * BigInt(2 * WEIGHT_SCALE) + peak) / (2n * peak)));
        // Weights that round to 0 at the ends say nothing a heat-map can show.
        const first = weights.findIndex((w) => w > 0);
        let last = weights.length - 1;
        while (weights[last] === 0)
            last--;
        erf.push({ lo: profile.lo + first, weights: weights.slice(first, last + 1) });
    }
    return { erf };
}

;// CONCATENATED MODULE: ./src/check/stages.ts

/** Past this many nodes, finding stage ends would cost more than the check itself. */
const MAX_STAGE_NODES = 200_000;
function stageEnds(model, analysis) {
    const nodes = model.graph.nodes;
    if (nodes.length > MAX_STAGE_NODES)
        return [];
    const names = tensorNames(model);
    const best = new Map();
    // Where the format names its tensors (ONNX tensors, Ultralytics layers), only those: not the
    // inner nodes a loader builds for one layer.
    const named = model.tensors ? new Set(model.tensors.values()) : undefined;
    for (const node of analysis.order) {
        if (nodes[node].op.kind === 'input' || (named && !named.has(node)))
            continue;
        const rf = (0,src_rf/* tensorRF */.qw)(analysis, node);
        if (rf instanceof Error || rf.global || !rf.rf || !rf.stride)
            continue;
        if (rf.stride.some((s) => s.den !== 1))
            continue; // between two strides: after upsampling
        const strides = rf.stride.map((s) => s.num);
        const key = strides.every((s) => s === strides[0]) ? `stride${strides[0]}` : `stride${strides.join('x')}`;
        const size = Math.max(...rf.rf);
        const seen = best.get(key);
        if (!seen || size >= seen.size)
            best.set(key, { node, rf, size });
    }
    return [...best.entries()]
        .filter(([, b]) => b.size > 1)
        .sort(([, a], [, b]) => strideOf(a.rf) - strideOf(b.rf))
        .map(([alias, b]) => ({ alias, name: names.get(b.node) ?? nodes[b.node].name, node: b.node, rf: b.rf }));
}
function strideOf(rf) {
    return rf.stride.reduce((p, s) => p * s.num, 1);
}
/** Node → the name a rule would use for it: its tensor name where the format has them. */
function tensorNames(model) {
    const names = new Map();
    for (const [name, node] of model.tensors ?? [])
        if (!names.has(node))
            names.set(node, name);
    for (const output of model.outputs)
        names.set(output.node, output.name);
    return names;
}

;// CONCATENATED MODULE: ./src/check/thresholds.ts

const NAMES = ['min_rf', 'max_rf', 'min_coverage', 'min_erf'];
function gatherThresholds(path, output, rules, defaultMinRf, defaultMinErf) {
    const entries = [];
    const add = (t, source, rule) => {
        for (const threshold of NAMES) {
            const value = t[threshold];
            if (value !== undefined)
                entries.push({ threshold, value, source, ...(rule !== undefined ? { rule } : {}) });
        }
    };
    add(output.thresholds, 'file');
    for (const rule of rules) {
        const names = [output.name, ...(output.aliases ?? [])];
        if ((0,match/* ruleMatchesFile */.Au)(rule, path) && names.some((name) => (0,match/* ruleMatchesOutput */.Jg)(rule, name)))
            add(rule.thresholds, 'rules', rule.index);
    }
    // The default is for outputs that set no min_rf of their own (nor through a rule).
    if (defaultMinRf !== undefined && !entries.some((e) => e.threshold === 'min_rf')) {
        entries.push({ threshold: 'min_rf', value: defaultMinRf, source: 'default' });
    }
    if (defaultMinErf !== undefined && !entries.some((e) => e.threshold === 'min_erf')) {
        entries.push({ threshold: 'min_erf', value: defaultMinErf, source: 'default' });
    }
    return entries;
}
/** The thresholds in force, the strictest per axis (a scalar stays a scalar when all are). */
function mergeThresholds(entries, axes) {
    const pick = (name, strictest) => {
        const values = entries.filter((e) => e.threshold === name).map((e) => e.value);
        if (values.length === 0)
            return undefined;
        if (values.every((v) => typeof v === 'number'))
            return values.reduce((a, b) => strictest(a, b));
        return Array.from({ length: axes }, (_, a) => values.map((v) => (typeof v === 'number' ? v : v[a] ?? v[0])).reduce((x, y) => strictest(x, y)));
    };
    const min_rf = pick('min_rf', Math.max);
    const max_rf = pick('max_rf', Math.min);
    const min_coverage = pick('min_coverage', Math.max);
    const min_erf = pick('min_erf', Math.max);
    return {
        ...(min_rf !== undefined ? { min_rf } : {}),
        ...(max_rf !== undefined ? { max_rf } : {}),
        ...(min_coverage !== undefined ? { min_coverage } : {}),
        ...(min_erf !== undefined ? { min_erf } : {}),
    };
}
function evaluateThresholds(entries, rf, axes, erf) {
    const failures = [];
    const problems = [];
    let evaluated = 0;
    for (const entry of entries) {
        const from = origin(entry);
        if (entry.threshold === 'min_coverage') {
            const limit = entry.value;
            if (!rf.coverage) {
                problems.push({ code: 'RF413', severity: 'warning', message: `min_coverage ${limit} (${from}) is not checked: it needs the input size; set \`input.size\` in the model file` });
                continue;
            }
            evaluated++;
            const short = rf.coverage.flatMap((coverage, axis) => coverage < limit
                ? [failure(entry, axis, limit, coverage, `coverage ${thresholds_round(coverage)} < min_coverage ${limit} on axis ${axis} (${from}); grow the RF (more layers, a larger stride or dilation) or lower min_coverage`)]
                : []);
            failures.push(...collapse(entry, short));
            continue;
        }
        const limits = typeof entry.value === 'number' ? Array.from({ length: axes }, () => entry.value) : entry.value;
        if (limits.length !== axes) {
            problems.push({ code: 'RF406', severity: 'error', message: `${entry.threshold} (${from}) has ${limits.length} values for ${axes} axes; give one per axis or a single number` });
            continue;
        }
        if (entry.threshold === 'min_erf') {
            // A global output sees everything: like min_rf, any min_erf holds.
            if (!rf.global && !erf) {
                problems.push({ code: 'RF417', severity: 'warning', message: `min_erf (${from}) is not checked: the effective RF of this output is too costly to compute exactly` });
                continue;
            }
            evaluated++;
            const narrow = rf.global ? [] : limits.flatMap((limit, axis) => {
                const actual = erf.width95[axis];
                return actual >= limit ? [] : [failure(entry, axis, limit, actual, `effective RF ${actual} < min_erf ${limit} on axis ${axis} (${from}): 95 % of the influence comes from a narrower window; add layers or dilation upstream, or lower min_erf`)];
            });
            failures.push(...collapse(entry, narrow));
            continue;
        }
        evaluated++;
        failures.push(...collapse(entry, limits.flatMap((limit, axis) => rfFailure(entry, rf, axis, limit, from))));
    }
    const status = problems.some((p) => p.severity === 'error') ? 'error' : failures.length > 0 ? 'fail' : evaluated > 0 ? 'pass' : 'unchecked';
    return { status, failures, problems };
}
function failure(entry, axis, expected, actual, message) {
    return { threshold: entry.threshold, source: entry.source, ...(entry.rule !== undefined ? { rule: entry.rule } : {}), axis, expected, actual, message };
}
function rfFailure(entry, rf, axis, limit, from) {
    if (entry.threshold === 'min_rf') {
        // A global output sees the whole input: any min_rf holds.
        const actual = rf.rf?.[axis];
        if (actual === undefined || actual >= limit)
            return [];
        return [failure(entry, axis, limit, actual, `RF ${actual} < min_rf ${limit} on axis ${axis} (${from}); add a layer, or increase a stride, a pooling or a dilation upstream`)];
    }
    if (rf.global) {
        // One failure for the output, not per axis: no axis is more global than another.
        if (axis > 0)
            return [];
        const { axis: _axis, ...whole } = failure(entry, axis, limit, null, '');
        return [{ ...whole, message: `the output is global (it sees the whole input), so max_rf ${limit} (${from}) cannot hold; remove the global op upstream or the max_rf` }];
    }
    const actual = rf.rf[axis];
    if (actual <= limit)
        return [];
    return [failure(entry, axis, limit, actual, `RF ${actual} > max_rf ${limit} on axis ${axis} (${from}); remove a layer, or reduce a stride, a pooling or a dilation upstream`)];
}
/**
 * A scalar threshold failing the same way on every axis (the square 2-D case) is one failure,
 * without an axis, not one line per axis.
 */
function collapse(entry, failures) {
    if (typeof entry.value !== 'number' || failures.length < 2 || failures.some((f) => f.actual !== failures[0].actual))
        return failures;
    const { axis: _axis, ...first } = failures[0];
    return [{ ...first, message: first.message.replace(/ on axis \d+/, ' on every axis') }];
}
/** Where a threshold comes from, as the user wrote it. */
function origin(entry) {
    if (entry.source === 'file')
        return 'from the model file';
    if (entry.source === 'rules')
        return `from rules[${entry.rule}]`;
    return entry.threshold === 'min_erf' ? 'the default min-erf' : 'the default min-rf';
}
function thresholds_round(x) {
    return String(Math.round(x * 1000) / 1000);
}

;// CONCATENATED MODULE: ./src/check/model-check.ts








function checkModel(path, model, rules, options = {}) {
    const { defaultMinRf } = options;
    const diagnostics = [];
    const rulesUsed = new Set();
    const at = (node) => (node === undefined ? undefined : model.positions[node]);
    let analysis;
    try {
        analysis = (0,src_rf/* analyze */.ns)(model.graph, { ...(model.inputSize ? { inputSize: model.inputSize } : {}), ...(options.deadline ? { deadline: options.deadline } : {}) });
    }
    catch (err) {
        if (!(err instanceof src_rf/* GraphError */.h9))
            throw err;
        return { outputs: [], diagnostics: [(0,diagnostic/* error */.z3)(err.code, err.message, at(err.node))], rulesUsed };
    }
    // One ERF budget for all the file's outputs (rf/erf.ts).
    const erfSteps = { left: src_rf/* ERF_STEPS_PER_FILE */.bu };
    const reportedErrors = new Set();
    const reportedNodes = new Set();
    const nodeName = (i) => model.graph.nodes[i]?.name ?? `#${i}`;
    let stages;
    const stageList = () => (stages ??= stageEnds(model, analysis));
    const stageOutputs = options.stages ? stageList().map((s) => ({ name: s.alias, aliases: [s.name], node: s.node, thresholds: {}, ...(model.positions[s.node] ? { position: model.positions[s.node] } : {}) })) : [];
    const declared = [...model.outputs, ...stageOutputs];
    const outputs = [...declared, ...tensorsNamedByRules(path, model, rules, declared)].map((output) => {
        const entries = gatherThresholds(path, output, rules, defaultMinRf, options.defaultMinErf);
        for (const e of entries)
            if (e.rule !== undefined)
                rulesUsed.add(e.rule);
        const thresholds = mergeThresholds(entries, model.graph.axes);
        const where = output.position ? { line: output.position.line, column: output.position.column } : {};
        const rf = (0,src_rf/* tensorRF */.qw)(analysis, output.node);
        if (rf instanceof src_rf/* GraphError */.h9) {
            if (!reportedErrors.has(rf)) {
                reportedErrors.add(rf);
                diagnostics.push((0,diagnostic/* error */.z3)(rf.code, rf.message, at(rf.node)));
            }
            return { ...unknownGeometry(output.name), thresholds, status: 'error', ...where };
        }
        // Only when the paths stick out on different sides: a path whose RF contains the others'
        // (a residual around a causal conv, an FPN's upsampled top) is off-centre by design.
        if (rf.misalignment && !rf.misalignment.contained && !reportedNodes.has(`m${rf.misalignment.merge}`)) {
            reportedNodes.add(`m${rf.misalignment.merge}`);
            const merge = model.graph.nodes[rf.misalignment.merge];
            const inputs = merge.inputs.map(nodeName);
            const { axis, position, centers } = rf.misalignment;
            const detail = centers.map((c, i) => `${inputs[i]} at ${c ?? '?'}`).join(' vs ');
            const known = centers.filter((c) => c !== null);
            const by = known.length > 1 ? ` by ${Math.max(...known) - Math.min(...known)} px` : '';
            const onAxis = model.graph.axes > 1 ? ` on axis ${axis}` : '';
            diagnostics.push((0,diagnostic/* warning */.$e)('RF020', `${merge.name} merges paths whose RFs are off-centre${by} at its position ${position}${onAxis} (${detail}) and stick out on different sides, so the RF of ${output.name} is lopsided; align their paddings or crops`, at(rf.misalignment.merge), { output: output.name }));
        }
        if (rf.sizeDependentAt !== undefined && !reportedNodes.has(`s${rf.sizeDependentAt}`)) {
            reportedNodes.add(`s${rf.sizeDependentAt}`);
            diagnostics.push((0,diagnostic/* warning */.$e)('RF021', `${nodeName(rf.sizeDependentAt)} merges paths whose SAME paddings shift with the input size: the RF of ${output.name} is exact only for sizes divisible by every stride upstream; set the input size to check one exactly`, at(rf.sizeDependentAt), { output: output.name }));
        }
        // Only thresholds set for this output (the file, a rule): --min-rf is everybody's default.
        if (rf.global && entries.some((e) => e.source !== 'default' && (e.threshold === 'min_rf' || e.threshold === 'max_rf'))) {
            diagnostics.push((0,diagnostic/* warning */.$e)('RF414', `${output.name} is global: ${describeGlobal(model, rf.globalAt)} sees the whole input, so an RF threshold on it says nothing; hold a tensor before it instead (\`--stages\` lists them)`, at(rf.globalAt), { output: output.name }));
        }
        const erf = rf.global ? undefined : (0,src_rf/* effectiveRF */.UK)(analysis, output.node, { shared: erfSteps });
        const evaluation = evaluateThresholds(entries, rf, model.graph.axes, erf);
        const failures = evaluation.failures.map((f) => withAdvice(analysis, output.node, f));
        for (const p of evaluation.problems) {
            diagnostics.push({ severity: p.severity, code: p.code, message: `${output.name}: ${p.message}`, output: output.name, ...where });
        }
        return {
            ...model_check_geometry(output.name, rf),
            ...(erf ? { erf: erfReport(erf) } : {}),
            ...explained(options.explain ? explainOutput(model, analysis, output.node) : undefined),
            ...windowed(options.windows ? outputWindows(analysis, output.node) : undefined),
            ...(rf.global && rf.globalAt !== undefined ? { globalBy: globalBy(model, rf.globalAt) } : {}),
            ...(output.aliases && stageOutputs.includes(output) ? { tensor: output.aliases[0] } : {}),
            thresholds,
            status: evaluation.status,
            ...(failures.length > 0 ? { failures } : {}),
            ...where,
        };
    });
    if (!options.stages && outputs.length > 0 && outputs.every((o) => o.global) && stageList().length > 0) {
        diagnostics.push(allGlobal(path, model, outputs, stageList()));
    }
    return { outputs, diagnostics, rulesUsed };
}
function globalBy(model, node) {
    const n = model.graph.nodes[node];
    const reason = n.op.kind === 'global' ? n.op.reason : undefined;
    return { node: n.name, ...(reason ? { reason } : {}) };
}
/** `` `/avgpool/GlobalAveragePool` (GlobalAveragePool) `` */
function describeGlobal(model, node) {
    if (node === undefined)
        return 'a layer';
    const { node: name, reason } = globalBy(model, node);
    return `\`${name}\`${reason ? ` (${reason})` : ''}`;
}
/**
 * A classifier's outputs are all global: say it once, with what to check instead — the stage
 * ends and their RFs, and the rule that checks them.
 */
function allGlobal(path, model, outputs, stages) {
    const first = outputs[0];
    const by = first.globalBy ? ` (made global by \`${first.globalBy.node}\`${first.globalBy.reason ? `, ${first.globalBy.reason}` : ''})` : '';
    const list = stages.map((s) => `${s.alias} \`${s.name}\` RF ${s.rf.rf.join('×')}`).join('; ');
    const last = stages[stages.length - 1];
    const rule = `- { files: "${path}", stages: true, outputs: "${last.alias}", min_rf: ${Math.max(...last.rf.rf)} }`;
    return (0,diagnostic/* warning */.$e)('RF415', `every output is global${by}, so no RF threshold can say anything about this network; check its stage ends instead: ${list}. Run with --stages, or add the rule \`${rule}\``, model.outputs[0]?.position);
}
/**
 * Intermediate tensors (ONNX) that a rule's `outputs` names: checked like declared outputs, so a
 * team can hold `p5*` of an exported detector to a threshold without editing the export.
 */
function tensorsNamedByRules(path, model, rules, outputs) {
    if (!model.tensors)
        return [];
    const declared = new Set(outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])]));
    const selecting = rules.filter((r) => r.outputs && (0,match/* ruleMatchesFile */.Au)(r, path));
    if (selecting.length === 0)
        return [];
    const extra = [];
    for (const [name, node] of model.tensors) {
        if (!declared.has(name) && selecting.some((r) => (0,match/* ruleMatchesOutput */.Jg)(r, name)))
            extra.push({ name, node, thresholds: {} });
    }
    return extra;
}
/** The report fields the engine gives (DESIGN §6): strides as numbers, exact where fractional. */
function model_check_geometry(name, rf) {
    const fractional = rf.stride?.some((s) => s.den !== 1) ?? false;
    return {
        name,
        rf: rf.rf ? [...rf.rf] : null,
        rfMin: rf.rfMin ? [...rf.rfMin] : null,
        stride: rf.stride ? rf.stride.map(src_rf/* toNumber */.Ro) : null,
        ...(fractional ? { strideExact: rf.stride.map(src_rf/* format */.GP) } : {}),
        start: rf.start ? [...rf.start] : null,
        center: rf.center ? [...rf.center] : null,
        global: rf.global,
        aligned: rf.aligned,
        outputSize: rf.size ? [...rf.size] : null,
        coverage: rf.coverage && rf.coverage.length > 0 ? Math.min(...rf.coverage) : null,
    };
}
function explained(rows) {
    return rows ? { explain: rows } : {};
}
function windowed(windows) {
    return windows ? { windows } : {};
}
/** sigma to a thousandth of a pixel: the float is exact to ~1e-12, the rest is noise in a diff. */
function erfReport(erf) {
    return { sigma: erf.sigma.map((s) => Math.round(s * 1000) / 1000), width95: [...erf.width95] };
}
function unknownGeometry(name) {
    return { name, rf: null, rfMin: null, stride: null, start: null, center: null, global: false, aligned: true, outputSize: null, coverage: null };
}

;// CONCATENATED MODULE: ./src/check/check-file.ts
/**
 * One model file, from its path to its part of the report: load it, check it, drop the
 * warnings the user silenced. Everything it needs is plain data (`FileContext`), so the same
 * function runs on the main thread and in the worker threads of pool.ts.
 */





/**
 * `optional`: the file was found by a folder search (not named), so one no loader recognises is
 * not ours rather than an error.
 */
async function checkFile(path, optional, context) {
    const { rules } = context;
    // One time budget per file, for loading and checking it.
    const options = { ...(0,match/* loadOptionsFor */.mW)(path, rules, context.load), deadline: startDeadline(context.load) };
    const load = await loadFile(context.cwd, path, options);
    let checked;
    let budget = [];
    try {
        checked = load.model ? checkModel(path, load.model, rules, { ...context.check, ...(options.stages ? { stages: true } : {}), deadline: options.deadline }) : undefined;
    }
    catch (err) {
        if (!(err instanceof deadline/* TimeBudgetExceeded */.s))
            throw err;
        budget = [overBudget(err)];
    }
    const all = [...load.diagnostics, ...(checked?.diagnostics ?? []), ...budget];
    const kept = all.filter((d) => !silenced(d, path, rules, context.ignore));
    const report = {
        path,
        format: load.model?.format ?? load.format ?? 'unknown',
        name: load.model?.name ?? modelName(path),
        diagnostics: kept.map(withoutFile),
        outputs: checked?.outputs ?? [],
        ...(load.model?.assumptions?.length ? { assumptions: [...load.model.assumptions] } : {}),
    };
    return {
        path,
        notOurs: Boolean(load.unrecognised && optional),
        report,
        rulesUsed: [...(checked?.rulesUsed ?? [])],
        loaded: load.model !== undefined,
        ignored: all.length - kept.length,
    };
}
/**
 * A warning the user silenced: by `--ignore`, or by a rule that matches the file (and, when the
 * rule names outputs, the output the warning is about). Errors are never silenced: they mean an
 * answer is missing or wrong.
 */
function silenced(d, path, rules, ignore) {
    if (d.severity !== 'warning')
        return false;
    if (ignore.includes(d.code))
        return true;
    return rules.some((r) => r.ignore?.includes(d.code) && (0,match/* ruleMatchesFile */.Au)(r, path) && (!r.outputs || (d.output !== undefined && (0,match/* ruleMatchesOutput */.Jg)(r, d.output))));
}
function withoutFile(d) {
    const { file: _file, ...rest } = d;
    return rest;
}
/** `models/resnet50.rf.yaml` → `resnet50`: the name of a file no loader could name. */
function modelName(path) {
    return (0,external_node_path_.basename)(path).replace(/\.rf\.(ya?ml|json)$/i, '').replace(/\.[^.]+$/, '');
}


/***/ }),

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ ruleMatchesFile),
/* harmony export */   GX: () => (/* binding */ unusedRules),
/* harmony export */   Jg: () => (/* binding */ ruleMatchesOutput),
/* harmony export */   mW: () => (/* binding */ loadOptionsFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1017);
/** Which rules apply to a file and an output: picomatch globs, compiled once per rule. */


const compiled = new WeakMap();
function matchers(rule) {
    let m = compiled.get(rule);
    if (!m) {
        // dot: a file the user chose to check (even under .github/) is matched by `**`.
        m = { files: picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...rule.files], { dot: true }), ...(rule.outputs ? { outputs: picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...rule.outputs], { dot: true }) } : {}) };
        compiled.set(rule, m);
    }
    return m;
}
function ruleMatchesFile(rule, path) {
    return matchers(rule).files(path);
}
function ruleMatchesOutput(rule, output) {
    const m = matchers(rule).outputs;
    return m ? m(output) : true;
}
/**
 * Loader options for one file: the command line's (or the action's) settings, then each rule
 * that matches the file, in order: later rules win, `assume` maps add up.
 */
function loadOptionsFor(path, rules, base) {
    const assume = new Map(base.assume ?? []);
    let { channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = base;
    for (const rule of rules) {
        if (!ruleMatchesFile(rule, path))
            continue;
        for (const [op, mapping] of rule.assume ?? [])
            assume.set(op, mapping);
        if (rule.channelAttention)
            channelAttentionPointwise = rule.channelAttention === 'pointwise';
        if (rule.attention)
            attentionPointwise = rule.attention === 'pointwise';
        inputSize = rule.inputSize ?? inputSize;
        dataInput = rule.dataInput ?? dataInput;
        scale = rule.scale ?? scale;
        stages = rule.stages ?? stages;
    }
    return {
        limits: base.limits,
        ...(assume.size > 0 ? { assume } : {}),
        ...(channelAttentionPointwise !== undefined ? { channelAttentionPointwise } : {}),
        ...(attentionPointwise !== undefined ? { attentionPointwise } : {}),
        ...(inputSize !== undefined ? { inputSize } : {}),
        ...(dataInput !== undefined ? { dataInput } : {}),
        ...(scale !== undefined ? { scale } : {}),
        ...(stages !== undefined ? { stages } : {}),
    };
}
/** A rule whose `files` match none of the discovered files is most likely a typo. */
function unusedRules(rules, files) {
    return rules
        .filter((rule) => !files.some((file) => ruleMatchesFile(rule, file)))
        .map((rule) => (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)('RF404', `rules[${rule.index}] matches no model file (files: ${rule.files.map((f) => `\`${f}\``).join(', ')}); check the glob against the paths checked`, rule.position, {
        file: rule.source,
    }));
}


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkInWorkers: () => (/* binding */ checkInWorkers),
/* harmony export */   serveChecks: () => (/* binding */ serveChecks)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3850);
/* harmony import */ var _pool_tag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5569);
/**
 * Many files on several cores. The main thread and `jobs − 1` worker threads take files from
 * one queue, a batch at a time, and each file's outcome lands at its index: the report is the
 * one a single thread writes. A worker runs the same bundle as the main thread (`entry`), whose
 * entry calls `serveChecks` when it finds itself in a worker (pool-tag.ts).
 *
 * A worker that cannot start or dies hands its unfinished files back to the main thread, so the
 * pool never changes what the run reports, only how long it takes.
 */



async function checkInWorkers(items, context, plan, stats = { main: 0, workers: 0 }) {
    const outcomes = new Array(items.length);
    // Small batches balance the threads; one message per file would cost more than small files.
    const size = Math.max(1, Math.min(16, Math.ceil(items.length / (Math.max(1, plan.jobs) * 8))));
    let next = 0;
    const take = () => {
        if (next >= items.length)
            return undefined;
        const from = next;
        next = Math.min(items.length, next + size);
        return { from, items: items.slice(from, next) };
    };
    const onMain = async (batch) => {
        for (let j = 0; j < batch.items.length; j++)
            outcomes[batch.from + j] = await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFile */ .v)(batch.items[j].path, batch.items[j].optional, context);
        stats.main += batch.items.length;
    };
    const worker = () => new Promise((done) => {
        const inFlight = new Map();
        let thread;
        try {
            thread = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(plan.entry, { workerData: { tag: _pool_tag_js__WEBPACK_IMPORTED_MODULE_2__/* .POOL_TAG */ .i, context } });
        }
        catch {
            done([]);
            return;
        }
        const send = () => {
            const batch = take();
            if (!batch)
                return;
            inFlight.set(batch.from, batch);
            thread.postMessage(batch);
        };
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            void thread.terminate();
            // Whatever it did not return goes back to the main thread.
            done([...inFlight.values()]);
        };
        thread.on('message', (message) => {
            message.outcomes.forEach((o, j) => (outcomes[message.from + j] = o));
            stats.workers += message.outcomes.length;
            inFlight.delete(message.from);
            send();
            if (inFlight.size === 0)
                finish();
        });
        thread.on('error', finish);
        thread.on('exit', finish);
        // Two batches ahead: the next is there when one is done, while the main thread is busy.
        send();
        send();
        if (inFlight.size === 0)
            finish();
    });
    const workers = Array.from({ length: Math.max(0, plan.jobs - 1) }, worker);
    // The main thread works too, yielding between batches so the workers' results come in.
    for (let batch = take(); batch; batch = take()) {
        await onMain(batch);
        await new Promise((resolve) => setImmediate(resolve));
    }
    for (const leftovers of await Promise.all(workers))
        for (const batch of leftovers)
            await onMain(batch);
    return outcomes;
}
/** The worker's side: check each batch the main thread sends, and send the outcomes back. */
function serveChecks() {
    const { context } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', async (batch) => {
        const outcomes = [];
        for (const item of batch.items)
            outcomes.push(await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFile */ .v)(item.path, item.optional, context));
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ from: batch.from, outcomes });
    });
}


/***/ }),

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ caffeRecognition)
/* harmony export */ });
/** A net's field at the start of a line: `layer {`, `layers {`, `input: "data"`. */
const NET_FIELD = /(?:^|[\r\n])[ \t]*(?:layers?[ \t]*:?[ \t]*\{|input[ \t]*:[ \t]*["'])/;
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
        const text = new TextDecoder().decode(head);
        return startsLikeNet(text) && NET_FIELD.test(text);
    },
};


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ darknetRecognition)
/* harmony export */ });
/** The first section, after blank and comment lines, is [net] or [network]. */
// `\r(?!\n)`: a CRLF must end a line one way only, or the repetition backtracks exponentially.
const NET_FIRST = /^\uFEFF?(?:[ \t]*(?:[#;][^\r\n]*)?(?:\r\n|\r(?!\n)|\n))*[ \t]*\[[ \t]*net(?:work)?[ \t]*\]/;
/** A layer section Darknet reads, at the start of a line. */
const LAYER_SECTION = /(?:^|[\r\n])[ \t]*\[[ \t]*(?:convolutional|conv|maxpool|max|route|shortcut|connected|conn|avgpool|avg|local|crop|reorg|reorg3d|upsample|yolo|region|detection|dropout|softmax|soft|batchnorm|activation|scale_channels|sam|cost|local_avgpool|Gaussian_yolo|rnn|crnn|lstm|gru|conv_lstm)[ \t]*\]/;
const darknetRecognition = {
    format: 'darknet',
    recognises: 'Darknet *.cfg files',
    matches(_path, head) {
        const text = new TextDecoder().decode(head);
        return NET_FIRST.test(text) && LAYER_SECTION.test(text);
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
    const text = new TextDecoder().decode(head);
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
const NATIVE_NAME = /\.rf\.(ya?ml|json)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `rflint:` key: unindented in YAML, `"rflint":` anywhere in a JSON head. */
const RFLINT_KEY = /(^|\n)(rflint|"rflint"|'rflint')\s*:|"rflint"\s*:/;
const nativeRecognition = {
    format: 'native',
    recognises: '*.rf.yaml, *.rf.yml, *.rf.json (with a top-level `rflint:` key)',
    matches(path, head) {
        if (NATIVE_NAME.test(path))
            return true;
        return YAML_OR_JSON.test(path) && RFLINT_KEY.test(new TextDecoder().decode(head));
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

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ tfjsGraphRecognition)
/* harmony export */ });
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
        const text = new TextDecoder().decode(head);
        if (GRAPH_FORMAT.test(text))
            return true;
        return !OTHER_FORMAT.test(text) && GRAPHDEF_TOPOLOGY.test(text);
    },
};


/***/ }),

/***/ 2610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ultralyticsRecognition)
/* harmony export */ });
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
        const text = new TextDecoder().decode(head);
        return BACKBONE_LIST.test(text) && HEAD_KEY.test(text);
    },
};


/***/ }),

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

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bu: () => (/* reexport */ ERF_STEPS_PER_FILE),
  h9: () => (/* reexport */ GraphError),
  ns: () => (/* reexport */ analyze),
  xT: () => (/* reexport */ conv),
  B$: () => (/* reexport */ crop),
  Kg: () => (/* reexport */ deconv),
  Rj: () => (/* reexport */ depthToSpace),
  UK: () => (/* reexport */ effectiveRF),
  J6: () => (/* reexport */ erfProfile),
  GP: () => (/* reexport */ fraction/* format */.GP),
  Ju: () => (/* reexport */ fraction/* frac */.Ju),
  il: () => (/* reexport */ growAdvice),
  hF: () => (/* reexport */ input),
  h1: () => (/* reexport */ merge),
  eV: () => (/* reexport */ pad),
  qg: () => (/* reexport */ fraction/* parse */.qg),
  Lx: () => (/* reexport */ perAxis),
  rp: () => (/* reexport */ pointwise),
  XR: () => (/* reexport */ resize),
  CV: () => (/* reexport */ rfPath),
  FI: () => (/* reexport */ spaceToDepth),
  qw: () => (/* reexport */ tensorRF),
  Ro: () => (/* reexport */ fraction/* toNumber */.Ro),
  _o: () => (/* reexport */ topologicalOrder),
  dC: () => (/* reexport */ validateGraph)
});

// UNUSED EXPORTS: Analysis, Deadline, ENGINE_CODES, GraphBuilder, OverflowError, TimeBudgetExceeded, checked, div, eq, floorDiv, gcd, global, lcm, mul, profileStats

// EXTERNAL MODULE: ./src/rf/fraction.ts
var fraction = __webpack_require__(2920);
;// CONCATENATED MODULE: ./src/rf/graph.ts
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
        throw new GraphError('RF010', `${name}: the output size on axis ${a} would be ${out} (input size ${n}); the input is too small for this layer`, index);
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
                        throw new GraphError('RF015', `${name}: after upsampling, the RF through this SAME-padded stride-${s} layer depends on the input size; set the input size`, index);
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
                throw new GraphError('RF010', `${name}: space-to-depth needs a size divisible by ${b} on axis ${a}, got ${n}`, index);
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
                        throw new GraphError('RF015', `${name}: align_corners resizing maps positions by the input size; set the input size`, index);
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
 * integers on an unbounded axis, padding positions included (DESIGN §3).
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
    validateGraph(graph);
    const order = topologicalOrder(graph);
    const inputSize = options.inputSize;
    if (inputSize && inputSize.length !== graph.axes) {
        throw new GraphError('RF003', `input size has ${inputSize.length} values for ${graph.axes} axes`);
    }
    for (const n of inputSize ?? []) {
        if (!Number.isSafeInteger(n) || n < 1)
            throw new GraphError('RF010', `input size must be integers ≥ 1, got ${n}`);
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
            const error = err instanceof GraphError ? err : err instanceof fraction/* OverflowError */.B9 ? new GraphError('RF014', `${node.name}: ${err.message}`, index) : undefined;
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
        throw new GraphError('RF016', `${name}: analysing this layer exactly would take ${cost.toExponential(1)} more steps (the limit is ${an.maxSteps.toExponential(0)} per model); check its kernel, stride and the resize factors upstream`, index);
    }
    an.steps += cost;
}
function periodTooLong(name, index, P, maxPeriod) {
    return new GraphError('RF013', `${name}: the RF repeats only every ${P} positions (more than ${maxPeriod}); rational resize factors multiply periods`, index);
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
                throw new GraphError('RF012', `${node.name}: merges inputs with different strides on axis ${a} (${strides}); resample one of them first`, index, inputs);
            }
        }
        const size = an.size[k0];
        if (!Number.isNaN(size) && slots.some((ki) => an.size[ki] !== size)) {
            const list = slots.map((s, i) => `${nodes[inputs[i]].name} ${an.size[s]}`).join(', ');
            throw new GraphError('RF011', `${node.name}: merges inputs of different sizes on axis ${a} (${list})`, index, inputs);
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
/** The fraction of [0, n) covered by the RF of the central position floor((size − 1) / 2). */
function coverageOf(an, k, n) {
    const u = Math.floor((an.size[k] - 1) / 2);
    const lo = an.lo(k, u);
    if (lo === Infinity)
        return 0;
    return Math.max(0, Math.min(an.hi(k, u), n - 1) - Math.max(lo, 0) + 1) / n;
}

;// CONCATENATED MODULE: ./src/rf/grow.ts
/**
 * How to grow a receptive field that is too small (DESIGN §3, "the three levers"). Widening
 * layer n's kernel by 2 adds 2·d_n·J_{n−1} on a critical path, and a 3×3 stride-1 conv added
 * after a tensor of jump J adds 2·J; the deepest tensors (largest J) are the cheapest places.
 * Each piece of advice is verified by analysing the changed graph, so it is never a guess: in a
 * DAG a branch that does not bound the hull gains nothing.
 */


const CANDIDATES = 4;
/**
 * More added layers than this is no advice (a min_rf of 10^20 asks for it): never built, since
 * building and analysing the grown graph would take memory and time without bound.
 */
const MAX_ADDED_LAYERS = 1000;
/**
 * Advice to bring the RF of `output` on `axis` to at least `target`, or undefined when no
 * verified change is found (a global output, or an RF bounded by another branch).
 */
function growAdvice(base, output, axis, target) {
    const { graph, inputSize } = base;
    const now = tensorRF(base, output);
    if (now instanceof GraphError || now.rf === null)
        return undefined;
    const deficit = target - now.rf[axis];
    if (deficit <= 0)
        return {};
    // The jump Q/P straight from the analysis: sorting calls this often.
    const jumpOf = (node) => {
        const k = node * graph.axes + axis;
        return base.status[node] !== -1 || base.global[node] ? undefined : base.Q[k] / base.P[k];
    };
    const ancestors = ancestorsOf(graph, output);
    const reaches = (candidate) => {
        const t = tensorRF(analyze(candidate, { ...(inputSize ? { inputSize } : {}), ...(base.deadline ? { deadline: base.deadline } : {}) }), output);
        return !(t instanceof GraphError) && t.rf !== null && t.rf[axis] >= target;
    };
    // Deepest first: the largest jump gives the largest gain per added layer.
    const byJump = ancestors
        // Layers added after the output itself would not change it.
        .filter((n) => n !== output && graph.nodes[n].op.kind !== 'input' && jumpOf(n) !== undefined && jumpOf(n) >= 1)
        .sort((a, b) => jumpOf(b) - jumpOf(a) || b - a);
    let addLayers;
    for (const after of byJump.slice(0, CANDIDATES)) {
        const gainEach = 2 * jumpOf(after);
        const count = Math.ceil(deficit / gainEach);
        if (!(count <= MAX_ADDED_LAYERS))
            continue;
        if (reaches(insertConvs(graph, after, count))) {
            addLayers = { after, count, gainEach };
            break;
        }
    }
    let widen;
    const convs = ancestors
        .map((n) => ({ n, node: graph.nodes[n] }))
        .filter(({ node }) => node.op.kind === 'conv' && node.op.pool === undefined)
        .map(({ n, node }) => {
        const op = node.op;
        const jin = jumpOf(node.inputs[0]);
        return { n, op, gainPer2: jin === undefined ? 0 : 2 * op.dilation[axis] * jin };
    })
        .filter((c) => c.gainPer2 > 0)
        .sort((a, b) => b.gainPer2 - a.gainPer2 || b.n - a.n);
    for (const c of convs.slice(0, CANDIDATES)) {
        const kernel = c.op.kernel[axis] + 2 * Math.ceil(deficit / c.gainPer2);
        if (!Number.isSafeInteger(kernel))
            continue;
        if (reaches(withKernel(graph, c.n, axis, kernel))) {
            widen = { node: c.n, kernel, gain: ((kernel - c.op.kernel[axis]) / 2) * c.gainPer2 };
            break;
        }
    }
    if (!addLayers && !widen)
        return undefined;
    return { ...(addLayers ? { addLayers } : {}), ...(widen ? { widen } : {}) };
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
/** The graph with `count` 3×3 stride-1 SAME convs after `after`, its consumers rewired. */
function insertConvs(graph, after, count) {
    const A = graph.axes;
    const op = {
        kind: 'conv',
        kernel: Array(A).fill(3),
        stride: Array(A).fill(1),
        dilation: Array(A).fill(1),
        pad: Array.from({ length: A }, () => ({ begin: 1, end: 1 })),
    };
    const n = graph.nodes.length;
    const added = Array.from({ length: count }, (_, i) => ({ name: `+conv${i}`, op, inputs: [i === 0 ? after : n + i - 1] }));
    const last = n + count - 1;
    const nodes = graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? last : i)) }));
    return { axes: A, nodes: [...nodes, ...added] };
}
function withKernel(graph, target, axis, kernel) {
    const nodes = graph.nodes.map((node, i) => {
        if (i !== target || node.op.kind !== 'conv')
            return node;
        const k = [...node.op.kernel];
        k[axis] = kernel;
        return { ...node, op: { ...node.op, kernel: k } };
    });
    return { axes: graph.axes, nodes };
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
 * The profile of position 0 of `node` on `axis`, as erf.ts's `erfProfile` computes it
 * and spending the budget exactly as it does (so both agree on when there is no ERF): undefined
 * when there is none or the budget ran out.
 */
function floatProfile(an, node, axis, budget, 
/** When given, receives (node, map) for every op the pass went through, in order. */
maps) {
    const { graph } = an;
    let roundings = 0;
    const adjoint = new Map([[node, { lo: 0, w: Float64Array.of(1) }]]);
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
            continue;
        }
        // Floats first (exact whenever they can be certified: erf-float.ts), big integers when
        // they cannot; the exact pass then spends the budget the float pass spent, not twice.
        const fast = floatProfile(an, node, a, budget, a === 0 ? maps : undefined);
        if (!fast)
            return undefined;
        let stats = floatStats(fast);
        if (stats === 'unsure') {
            budget.left = before;
            const profile = erfProfile(an, node, a, budget);
            if (!profile)
                return undefined;
            stats = profileStats(profile);
        }
        if (!stats)
            return undefined;
        sigma.push(stats.sigma);
        width95.push(stats.width95);
        if (a === 0)
            first = { spent: before - budget.left, sigma: stats.sigma, width95: stats.width95 };
    }
    return { sigma, width95 };
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
;// CONCATENATED MODULE: ./src/rf/index.ts
/** The receptive-field engine: pure, no I/O. */











/***/ })

};
