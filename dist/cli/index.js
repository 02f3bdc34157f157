import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ isPoolWorker),
/* harmony export */   i: () => (/* binding */ POOL_TAG)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a bundle's entry knows it was started as one of pool.ts's worker threads. Its own module,
 * importing nothing else, so an entry can ask before it loads anything.
 */

const POOL_TAG = 'rflint-check-worker';
function isPoolWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === POOL_TAG;
}


/***/ }),

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inShard),
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/**
 * `--shard K/N` and the action's `shard: K/N`: one of N CI jobs checks the files whose path
 * hashes to K. The split depends on each path alone (not on the list of files), so adding a
 * file never moves another file to a different shard, and every job agrees without talking.
 */
/** A shard larger than this is a typo: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;
/** `2/4` → `{ index: 2, count: 4 }`; anything else throws an Error whose message says what to write. */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new Error(`shard must be K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (such as 2/4: the second of four jobs), got '${text}'`);
    }
    return { index, count };
}
/** Whether the file at `path` (relative, `/`-separated) belongs to `shard`. */
function inShard(path, shard) {
    return fnv1a(path) % shard.count === shard.index - 1;
}
/** FNV-1a, 32 bits, over the UTF-8 bytes: small, stable across Node versions and machines. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}


/***/ }),

/***/ 63:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _$: () => (/* binding */ HELP),
  eb: () => (/* binding */ UsageError),
  hT: () => (/* binding */ parseCliArgs)
});

// UNUSED EXPORTS: FORMATS, parseSize

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __nccwpck_require__(1728);
// EXTERNAL MODULE: ./src/check/shard.ts
var check_shard = __nccwpck_require__(4456);
;// CONCATENATED MODULE: ./src/report/badge-options.ts
const BADGE_VALUES = ['pass', 'min-rf'];

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line, read once into typed settings. Every mistake is a UsageError with one line
 * that says what to type instead (exit code 2).
 */




const FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'];
class UsageError extends Error {
    name = 'UsageError';
}
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    'min-rf': { type: 'string' },
    rules: { type: 'string', short: 'r' },
    assume: { type: 'string', multiple: true },
    'channel-attention': { type: 'string' },
    attention: { type: 'string' },
    'input-size': { type: 'string' },
    input: { type: 'string' },
    scale: { type: 'string' },
    stages: { type: 'boolean' },
    ignore: { type: 'string', multiple: true },
    base: { type: 'string' },
    badge: { type: 'string' },
    'badge-json': { type: 'string' },
    'badge-value': { type: 'string' },
    'badge-label': { type: 'string' },
    'badge-output': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    'no-color': { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    // Explain, ERF and charts.
    explain: { type: 'boolean' },
    'min-erf': { type: 'string' },
    chart: { type: 'string' },
    // Sharding and threads.
    shard: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
};
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(explain(err));
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        const hint = (0,suggest/* nearest */.pA)(format, FORMATS);
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'${hint ? `; did you mean '${hint}'?` : ''}`);
    }
    let minRf;
    if (values['min-rf'] !== undefined) {
        minRf = Number(values['min-rf']);
        if (!/^\s*\d+\s*$/.test(values['min-rf']) || !Number.isSafeInteger(minRf) || minRf < 1) {
            throw new UsageError(`--min-rf must be a whole number ≥ 1 (input positions), got '${values['min-rf']}'`);
        }
    }
    if (values.rules === '')
        throw new UsageError('--rules needs a file name');
    const assume = new Map();
    for (const item of values.assume ?? []) {
        const m = /^([\w.:-]+)=(pointwise|global)$/.exec(item);
        if (!m)
            throw new UsageError(`--assume takes OP=pointwise or OP=global (an operator type such as MyGate=pointwise), got '${item}'`);
        assume.set(m[1], m[2]);
    }
    const channelAttention = mapping('--channel-attention', values['channel-attention']);
    const attention = mapping('--attention', values.attention);
    const inputSize = values['input-size'] === undefined ? undefined : parseSize(values['input-size']);
    const ignore = (values.ignore ?? []).flatMap((v) => v.split(',')).map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
    const badCode = ignore.find((c) => !/^RF\d{3}$/.test(c));
    if (badCode !== undefined)
        throw new UsageError(`--ignore takes diagnostic codes such as RF020 (comma-separated or repeated), got '${badCode}'`);
    const badge = badgeSettings(values);
    for (const [flag, value] of [['--input', values.input], ['--scale', values.scale], ['--base', values.base]]) {
        if (value !== undefined && value.trim() === '')
            throw new UsageError(`${flag} needs a value`);
    }
    const issue11 = explainErfChart(values, positionals);
    const issue12 = sharding(values.shard, positionals);
    return {
        ...issue11,
        ...issue12,
        ...jobs(values.jobs),
        patterns: issue11.explainCommand ? [issue11.explainCommand.file] : positionals,
        format: format,
        ...(minRf !== undefined ? { minRf } : {}),
        ...(values.rules !== undefined ? { rulesFile: values.rules } : {}),
        ...(assume.size > 0 ? { assume } : {}),
        ...(channelAttention !== undefined ? { channelAttention } : {}),
        ...(attention !== undefined ? { attention } : {}),
        ...(inputSize !== undefined ? { inputSize } : {}),
        ...(values.input !== undefined ? { dataInput: values.input } : {}),
        ...(values.scale !== undefined ? { scale: values.scale } : {}),
        stages: values.stages ?? false,
        ...(ignore.length > 0 ? { ignore } : {}),
        ...(values.base !== undefined ? { base: values.base } : {}),
        ...(badge ? { badge } : {}),
        allowEmpty: values['allow-empty'] ?? false,
        quiet: values.quiet ?? false,
        color: !(values['no-color'] ?? false),
        debug: values.debug ?? false,
        help: values.help ?? false,
        version: values.version ?? false,
    };
}
function badgeSettings(values) {
    const svg = values.badge;
    const json = values['badge-json'];
    const value = values['badge-value'];
    const label = values['badge-label'];
    const output = values['badge-output'];
    for (const [flag, v] of [['--badge', svg], ['--badge-json', json], ['--badge-label', label], ['--badge-output', output]]) {
        if (v !== undefined && v.trim() === '')
            throw new UsageError(`${flag} needs a value`);
    }
    if (value !== undefined && !BADGE_VALUES.includes(value))
        throw new UsageError(`--badge-value must be one of ${BADGE_VALUES.join(', ')}, got '${value}'`);
    if (svg === undefined && json === undefined) {
        if (value ?? label ?? output)
            throw new UsageError('--badge-value, --badge-label and --badge-output go with --badge FILE or --badge-json FILE');
        return undefined;
    }
    const options = { ...(value ? { value: value } : {}), ...(label ? { label } : {}), ...(output ? { output } : {}) };
    return { ...(svg ? { svg } : {}), ...(json ? { json } : {}), options };
}
/** The settings of `explain`, `--explain`, `--min-erf` and `--chart`. */
function explainErfChart(values, positionals) {
    let explainCommand;
    // `rflint explain FILE [OUTPUT]`; a lone `explain` is a path like any other.
    if (positionals[0] === 'explain' && positionals.length > 1) {
        if (positionals.length > 3)
            throw new UsageError(`explain takes one model file and at most one output name, got ${positionals.length - 1} arguments`);
        explainCommand = { file: positionals[1], ...(positionals[2] !== undefined ? { output: positionals[2] } : {}) };
    }
    let minErf;
    const text = values['min-erf'];
    if (text !== undefined) {
        minErf = Number(text);
        if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(minErf) || minErf < 1) {
            throw new UsageError(`--min-erf must be a whole number ≥ 1 (the 95 % width of the effective RF, in input pixels), got '${text}'`);
        }
    }
    if (values.chart !== undefined && values.chart.trim() === '')
        throw new UsageError('--chart needs a folder');
    return {
        ...(explainCommand ? { explainCommand } : {}),
        explain: values.explain ?? false,
        ...(minErf !== undefined ? { minErf } : {}),
        ...(values.chart !== undefined ? { chartDir: values.chart } : {}),
    };
}
/** `--shard K/N` and `rflint merge REPORT…`. */
function sharding(shardText, positionals) {
    let shard;
    if (shardText !== undefined) {
        try {
            shard = (0,check_shard/* parseShard */.u)(shardText);
        }
        catch (err) {
            throw new UsageError(`--${err.message}`);
        }
    }
    // `rflint merge REPORT…`; a lone `merge` is a path like any other.
    if (positionals[0] !== 'merge' || positionals.length < 2)
        return shard ? { shard } : {};
    if (shard)
        throw new UsageError('--shard goes with a check, not with merge: merge takes the reports of every shard');
    return { mergeCommand: { reports: positionals.slice(1) } };
}
function jobs(text) {
    if (text === undefined)
        return {};
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < 1 || n > 64)
        throw new UsageError(`--jobs takes a number of threads from 1 to 64, got '${text}'`);
    return { jobs: n };
}
function mapping(flag, value) {
    if (value === undefined || value === 'pointwise' || value === 'global')
        return value;
    throw new UsageError(`${flag} must be pointwise or global, got '${value}'`);
}
/** `512`, `512x512`, `16x512x512` (height before width; `×` and `,` also separate). */
function parseSize(text) {
    const parts = text.trim().split(/\s*[x×,]\s*/i);
    const sizes = parts.map(Number);
    if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p)) || sizes.some((n) => n < 1 || !Number.isSafeInteger(n))) {
        throw new UsageError(`--input-size takes whole numbers ≥ 1 per axis, height before width, such as 512x512 or 640, got '${text}'`);
    }
    return sizes;
}
/** node:util's messages span lines and talk about positionals; ours fit on one. */
function explain(err) {
    const code = err.code;
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
        const name = option.replace(/^-+/, '').split('=')[0];
        const hint = (0,suggest/* nearest */.pA)(name, Object.keys(OPTIONS));
        return `unknown option ${option}${hint ? `; did you mean --${hint}?` : ''}`;
    }
    const long = /--[\w-]+/.exec(message)?.[0];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) {
        if (/argument missing/.test(message))
            return `${long} needs a value`;
        if (/ambiguous/.test(message))
            return `${long} needs a value; to give one that starts with '-', write ${long}=VALUE`;
        return `${long} takes no value`;
    }
    return message.split('\n')[0];
}
const HELP = `Usage: rflint [PATH|GLOB ...] [options]
       rflint explain FILE [OUTPUT] [options]
       rflint merge REPORT.json... [options]

Checks the receptive field of every output of the model files given (files, folders, globs;
'!glob' excludes). With no path: the model files under the current folder. A folder is
searched for *.rf.yaml, *.rf.yml, *.rf.json, *.onnx and *.keras by name, and for the
*.yaml, *.yml, *.json, *.cfg, *.prototxt, *.h5 and *.hdf5 files whose content is a model
(native, Ultralytics, Keras, TF.js, Darknet, Caffe); it passes over other files, but reports
one that looks like a model and that no loader reads (RF512). Finding no model file at all
is an error (RF513, exit 2) unless --allow-empty. 'explain' prints, for each output of FILE (or
only OUTPUT), the table of the layers on the path that sets its RF. 'merge' combines the
JSON reports of the shards of one run (--shard K/N --format json; paths or globs) into the
report of the whole run, shown as a check's.

Options:
  -f, --format FORMAT  text (default), json, markdown, sarif or html (one self-contained
                       page: tables, charts and each output's RF drawn on the input)
      --min-rf N       default min_rf for outputs that set none
  -r, --rules FILE     thresholds by path: a YAML list of {files, outputs, min_rf, max_rf,
                       min_coverage, min_erf, input_size, input, scale, stages, assume,
                       channel_attention, attention}
      --assume OP=MAP  treat the unknown operator OP as pointwise or global (repeatable)
      --channel-attention pointwise|global
                       squeeze-and-excitation gates: global (default) or pointwise, to
                       get the spatial RF of EfficientNet-like models
      --attention pointwise|global
                       spatial attention (transformer blocks): global (default) or
                       pointwise, to get the RF of the convolutions around it
      --input-size HxW the input size (one value: every axis), for files whose size is
                       dynamic or unset; needed where the geometry depends on it
      --input NAME     the data input of an ONNX file whose inputs are ambiguous
      --scale S        the scale of multi-scale files (Ultralytics n, s, m, l, x)
      --stages         also check the last tensor at each stride (stage ends), named
                       by tensor and as stride8, stride16, …
      --badge FILE     write an SVG status badge ("receptive field | 16/16 pass")
      --badge-json FILE
                       write shields.io endpoint JSON for the same badge
      --badge-value pass|min-rf
                       what the badge shows (default pass; min-rf: "min RF | 427 px")
      --badge-label TEXT, --badge-output NAME
                       the badge's label; one output's RF instead of the whole run
      --base REV       also check the files as they are at git revision REV (read with
                       git show, nothing checked out) and show what changed
      --ignore CODES   silence these warning codes (RF020,RF021; repeatable); rules
                       can do it per file and output with 'ignore'
      --explain        add each output's layer-by-layer table to --format json
      --min-erf N      default min_erf (the 95% width of the effective RF) for outputs
                       that set none
      --chart DIR      write an SVG chart of RF growth per output into DIR
      --shard K/N      check only the K-th of N shards of the files (split by a hash of
                       each path, so a file keeps its shard when files are added)
  -j, --jobs N         threads that check files, this one included (default 1; worker
                       threads start only for 64 files or more; the report is the same)
      --allow-empty    finding no model file is not an error (a repository that may
                       have none)
  -q, --quiet          show only failures and errors
      --no-color       no colours (also: NO_COLOR=1)
      --debug          show stack traces of unexpected errors
  -V, --version        print the version
  -h, --help           print this help

Exit codes: 0 every checked output passes, 1 a threshold fails or a file has an error,
2 a usage error, or no model file found (without --allow-empty).`;


/***/ }),

/***/ 1728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vo: () => (/* binding */ alternatives),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   bn: () => (/* binding */ allOf),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean `stride`?": the nearest known word by edit distance, when it is near enough.
 * Shared by the native format, the rules and the command line.
 */
/**
 * The closest candidate, or none: a third of the word (at least 1 edit) may differ, so
 * `min_rfs` → `min_rf` and `cnov` → `conv`, but `foo` → nothing. Ties go to the first candidate.
 */
function nearest(word, candidates) {
    const limit = Math.max(1, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return bestDistance <= limit ? best : undefined;
}
/** `; did you mean \`stride\`?`, or nothing. */
function didYouMean(word, candidates) {
    const hit = nearest(word, candidates);
    return hit === undefined ? '' : `; did you mean \`${hit}\`?`;
}
/** `\`a\``, `\`a\` or \`b\``, `one of \`a\`, \`b\`, \`c\``: the values a place accepts. */
function alternatives(values) {
    const quoted = values.map((v) => `\`${v}\``);
    if (quoted.length <= 2)
        return quoted.join(' or ');
    return `one of ${quoted.join(', ')}`;
}
/** `\`a\``, `\`a\` and \`b\``, `\`a\`, \`b\` and \`c\``: every one of several keys. */
function allOf(values) {
    const quoted = values.map((v) => `\`${v}\``);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment): swapped
 * letters (`stirde`) are the commonest typo and count as one edit. Names are short: O(n·m).
 */
function editDistance(a, b) {
    // Three rows: the transposition looks two rows back.
    let before = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            row.push(d);
        }
        [before, prev] = [prev, row];
    }
    return prev[b.length];
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3916:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/check/pool-tag.ts
var pool_tag = __nccwpck_require__(5569);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __nccwpck_require__(63);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * rflint's command line: parse the arguments, run the check, render, and return the exit code
 * (0 all pass, 1 a threshold fails or a file has an error, 2 a usage error). Catches once.
 */




async function main(argv, io) {
    let settings;
    try {
        settings = (0,args/* parseCliArgs */.hT)(argv);
        if (settings.help)
            return print(io, `${args/* HELP */._$}\n\n${(await __nccwpck_require__.e(/* import() */ 299).then(__nccwpck_require__.bind(__nccwpck_require__, 7299))).docsLine()}\n`, 0);
        if (settings.version)
            return print(io, `rflint ${package_namespaceObject.rE}\n`, 0);
        if (settings.mergeCommand)
            return await merge(settings, io);
        const rules = settings.rulesFile ? await (await Promise.all(/* import() */[__nccwpck_require__.e(96), __nccwpck_require__.e(663)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2663))).readRulesFile(io.cwd, settings.rulesFile) : undefined;
        // Checked first: a typo in the revision is a usage error, before any work.
        const revision = settings.base !== undefined ? await (await __nccwpck_require__.e(/* import() */ 566).then(__nccwpck_require__.bind(__nccwpck_require__, 4566))).resolveRevision(io.cwd, settings.base) : undefined;
        const check = {
            cwd: io.cwd,
            patterns: settings.patterns,
            ...(rules ? { rules: rules.rules, rulesDiagnostics: rules.diagnostics } : {}),
            ...(settings.minRf !== undefined ? { minRf: settings.minRf } : {}),
            ...(settings.assume ? { assume: settings.assume } : {}),
            ...(settings.channelAttention ? { channelAttentionPointwise: settings.channelAttention === 'pointwise' } : {}),
            ...(settings.attention ? { attentionPointwise: settings.attention === 'pointwise' } : {}),
            ...(settings.inputSize ? { inputSize: settings.inputSize } : {}),
            ...(settings.dataInput !== undefined ? { dataInput: settings.dataInput } : {}),
            ...(settings.scale !== undefined ? { scale: settings.scale } : {}),
            ...(settings.stages ? { stages: true } : {}),
            ...(settings.ignore ? { ignore: settings.ignore } : {}),
            // Explain, ERF and charts: charts and the Markdown's tables come from the explain rows.
            ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
            ...(wantsExplain(settings) ? { explain: true } : {}),
            // The HTML page draws every position's window: the engine's per-phase tables.
            ...(settings.format === 'html' ? { windows: true } : {}),
            ...(settings.shard ? { shard: settings.shard } : {}),
            ...(settings.allowEmpty ? { allowEmpty: true } : {}),
            ...workers(settings, io),
        };
        const head = await (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382), __nccwpck_require__.e(985), __nccwpck_require__.e(907), __nccwpck_require__.e(340), __nccwpck_require__.e(241)]).then(__nccwpck_require__.bind(__nccwpck_require__, 241))).runCheck(check);
        if (settings.explainCommand) {
            const { text, code } = (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382), __nccwpck_require__.e(985), __nccwpck_require__.e(907), __nccwpck_require__.e(517), __nccwpck_require__.e(285), __nccwpck_require__.e(317), __nccwpck_require__.e(497)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8497))).explainReport(head, settings.explainCommand, settings.format);
            return print(io, text, code);
        }
        const report = revision ? await withBase(head, revision, io.cwd, check) : head;
        return await show(report, settings, io, revision?.name);
    }
    catch (err) {
        // By name: their modules are loaded only by the runs that can throw them.
        if (err instanceof args/* UsageError */.eb || (err instanceof Error && (err.name === 'ReportFileError' || err.name === 'MergeError'))) {
            io.stderr.write(`rflint: ${err.message}\nTry 'rflint --help' for the options.\n`);
            return 2;
        }
        const detail = settings?.debug && err instanceof Error && err.stack ? err.stack : `${err instanceof Error ? err.message : String(err)} (run with --debug for the stack trace)`;
        io.stderr.write(`rflint: internal error: ${detail}\nThis is a bug in rflint; please report it.\n`);
        return 2;
    }
}
/**
 * `--jobs N`: worker threads for runs with many files. Asked for, not by default: on 2 cores
 * they gain little (2,000 small files, 2 threads against one: 1.01, 0.86 and 0.97 of the time
 * in three sittings), because one thread already keeps both cores busy with V8's garbage
 * collector and compiler threads.
 */
function workers(settings, io) {
    const jobs = settings.jobs ?? 1;
    return io.entry && jobs > 1 ? { workers: { entry: io.entry, jobs, minFiles: 64 } } : {};
}
/** Charts, badges and the report in the format asked for; the exit code. */
async function show(report, settings, io, baseName) {
    if (settings.chartDir !== undefined)
        io.stderr.write(await (await __nccwpck_require__.e(/* import() */ 629).then(__nccwpck_require__.bind(__nccwpck_require__, 2629))).writeCharts(report, (0,external_node_path_.resolve)(io.cwd, settings.chartDir)));
    // https://no-color.org: any non-empty NO_COLOR turns colour off.
    const color = settings.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
    if (settings.badge)
        await (await Promise.all(/* import() */[__nccwpck_require__.e(833), __nccwpck_require__.e(447)]).then(__nccwpck_require__.bind(__nccwpck_require__, 447))).writeBadges(settings.badge, report, io.cwd);
    const [{ render, withoutExplain }, { hasFailures }, { isNothingFound, NOTHING_FOUND }] = await Promise.all([__nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 4984)), __nccwpck_require__.e(/* import() */ 960).then(__nccwpck_require__.bind(__nccwpck_require__, 5960)), Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382), __nccwpck_require__.e(907), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8808))]);
    const shown = settings.explain || settings.format === 'markdown' || settings.format === 'html' ? report : withoutExplain(report);
    io.stdout.write(await render(shown, { format: settings.format, color, quiet: settings.quiet, version: package_namespaceObject.rE, ...(baseName !== undefined ? { baseName } : {}) }));
    if (isNothingFound(report)) {
        // Also on stderr, past a JSON or SARIF report redirected to a file: why the run exits 2.
        if (settings.format !== 'text')
            io.stderr.write(`rflint: ${report.diagnostics.find((d) => d.code === NOTHING_FOUND).message}\n`);
        return 2;
    }
    return hasFailures(report.summary) ? 1 : 0;
}
/** `rflint merge REPORT…`: the shards' reports as the one report of the whole run. */
async function merge(settings, io) {
    const [{ mergeReports }, { readReports }] = await Promise.all([__nccwpck_require__.e(/* import() */ 804).then(__nccwpck_require__.bind(__nccwpck_require__, 8804)), Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2835))]);
    const report = mergeReports(await readReports(settings.mergeCommand.reports, io.cwd));
    return show(report, settings, io, report.base ? 'base' : undefined);
}
/** The same check on the files at the revision; when none exists there, the head alone. */
async function withBase(head, revision, cwd, check) {
    const [{ checkAtBase }, { showAt }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382), __nccwpck_require__.e(985), __nccwpck_require__.e(907), __nccwpck_require__.e(340), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 131)), __nccwpck_require__.e(/* import() */ 566).then(__nccwpck_require__.bind(__nccwpck_require__, 4566))]);
    const result = await checkAtBase(head, (path) => showAt(revision, cwd, path), check, (0,external_node_os_namespaceObject.tmpdir)());
    if (!result.report)
        throw new args/* UsageError */.eb(`--base ${revision.name}: ${result.reason}`);
    return { ...head, base: result.report };
}
function wantsExplain(settings) {
    return settings.explain || settings.explainCommand !== undefined || settings.chartDir !== undefined || settings.format === 'markdown' || settings.format === 'html';
}
function print(io, text, code) {
    io.stdout.write(text);
    return code;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** The entry ncc bundles into dist/cli/ (dist/cli.js, the `rflint` bin, imports it). */


// A worker thread of a run with many files (check/pool.ts) runs this same file.
if ((0,pool_tag/* isPoolWorker */.X)())
    void Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(985), __nccwpck_require__.e(907), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6340)).then((pool) => pool.serveChecks());
else
    run();
function run() {
    // argv[1], this file (or the bin linking to it): what the worker threads run.
    main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, entry: process.argv[1] }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        // main catches everything; this is the last guard, still without a stack trace.
        process.stderr.write(`rflint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
    });
}

