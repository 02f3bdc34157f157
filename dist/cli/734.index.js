export const id = 734;
export const ids = [734];
export const modules = {

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DARKNET_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Darknet `.cfg` loader (RF320–RF339), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const DARKNET_CODES = {
    RF320: 'a Darknet cfg line is neither a [section], a key=value pair nor a comment',
    RF321: 'a Darknet cfg does not start with a [net] section',
    RF322: 'a Darknet cfg has an unknown [section]',
    RF323: 'a Darknet cfg section has an unknown key',
    RF324: 'a Darknet cfg key has a value of the wrong type or range',
    RF325: 'a Darknet cfg section misses a key it needs',
    RF326: 'a [route], [shortcut], [sam] or [scale_channels] names a layer that is not before it',
    RF327: 'a Darknet layer type that rflint cannot map to geometry (recurrent, implicit)',
    RF328: 'a Darknet cfg file is larger than the size limit',
    RF329: 'a Darknet cfg file is not UTF-8 text',
    RF330: 'a Darknet cfg section repeats a key (Darknet uses the first)',
    RF331: 'a Darknet layer needs the input size, which [net] does not give',
    RF332: 'a Darknet cfg has no layers after [net]',
    RF333: 'a Darknet cfg has more layers than the limit',
    RF334: 'a channel-attention gate ([scale_channels]) makes the outputs after it global',
    RF335: 'a [shortcut] adds a layer whose size Darknet cannot sample onto the previous one (unequal width and height ratios)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF320',
    notNet: 'RF321',
    unknownSection: 'RF322',
    unknownKey: 'RF323',
    invalidValue: 'RF324',
    missingKey: 'RF325',
    badReference: 'RF326',
    unsupported: 'RF327',
    fileTooLarge: 'RF328',
    notText: 'RF329',
    duplicateKey: 'RF330',
    needsInputSize: 'RF331',
    noLayers: 'RF332',
    tooManyLayers: 'RF333',
    gate: 'RF334',
    shortcutSizes: 'RF335',
};


/***/ }),

/***/ 5734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DARKNET_CODES: () => (/* reexport */ codes/* DARKNET_CODES */.F),
  darknetLoader: () => (/* binding */ darknetLoader),
  loadDarknetText: () => (/* reexport */ loadDarknetText)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/darknet/recognise.ts
var recognise = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/formats/darknet/codes.ts
var codes = __webpack_require__(594);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
;// CONCATENATED MODULE: ./src/formats/darknet/sections.ts
/**
 * The section types Darknet reads and the keys each one reads, as AlexeyAB/darknet's
 * src/parser.c defines them (`string_to_layer_type` and each `parse_*`), plus the few keys only
 * pjreddie/darknet reads. A key Darknet does not
 * read in a section is a mistake there (Darknet only prints "Unused field"), so rflint says so,
 * with the nearest key it does read.
 */
/** Keys `parse_network_cfg_custom` reads in every layer section. */
const COMMON = ['stopbackward', 'clip', 'onlyforward', 'dont_update', 'burnin_update', 'train_only_bn', 'dontload', 'dontloadscales', 'learning_rate'];
const NET = [
    'max_batches', 'batch', 'learning_rate', 'learning_rate_min', 'sgdr_cycle', 'sgdr_mult', 'momentum', 'decay', 'subdivisions', 'time_steps',
    'track', 'augment_speed', 'sequential_subdivisions', 'try_fix_nan', 'weights_reject_freq', 'equidistant_point', 'badlabels_rejection_percentage',
    'num_sigmas_reject_badlabels', 'ema_alpha', 'use_cuda_graph', 'loss_scale', 'dynamic_minibatch', 'optimized_memory', 'workspace_size_limit_MB',
    'adam', 'B1', 'B2', 'eps', 'height', 'width', 'channels', 'inputs', 'max_crop', 'min_crop', 'flip', 'blur', 'gaussian_noise', 'mixup', 'cutmix',
    'mosaic', 'letter_box', 'mosaic_bound', 'contrastive', 'contrastive_jit_flip', 'contrastive_color', 'unsupervised', 'label_smooth_eps',
    'resize_step', 'attention', 'adversarial_lr', 'max_chart_loss', 'angle', 'aspect', 'saturation', 'exposure', 'hue', 'power', 'policy', 'burn_in',
    'step', 'scale', 'steps', 'scales', 'seq_scales', 'gamma', 'show_receptive_field',
    // Read by pjreddie/darknet, the original, whose cfgs are still common.
    'notruth', 'random', 'max_ratio', 'min_ratio', 'center', 'clip',
];
const CONVOLUTIONAL = [
    'filters', 'groups', 'size', 'stride', 'stride_x', 'stride_y', 'dilation', 'antialiasing', 'pad', 'padding', 'activation', 'assisted_excitation',
    'share_index', 'batch_normalize', 'cbn', 'binary', 'xnor', 'bin_output', 'sway', 'rotate', 'stretch', 'stretch_sway', 'flipped', 'dot', 'angle',
    'grad_centr', 'reverse', 'coordconv', 'stream', 'wait_stream',
];
const YOLO = [
    'classes', 'num', 'mask', 'max', 'show_details', 'max_delta', 'counters_per_class', 'label_smooth_eps', 'scale_x_y', 'objectness_smooth',
    'new_coords', 'iou_normalizer', 'obj_normalizer', 'cls_normalizer', 'delta_normalizer', 'iou_loss', 'iou_thresh_kind', 'beta_nms', 'nms_kind',
    'jitter', 'resize', 'focal_loss', 'ignore_thresh', 'truth_thresh', 'iou_thresh', 'random', 'track_history_size', 'sim_thresh', 'dets_for_track',
    'dets_for_show', 'track_ciou_norm', 'embedding_layer', 'map', 'anchors',
];
const REGION = [
    'coords', 'classes', 'num', 'max', 'log', 'sqrt', 'softmax', 'focal_loss', 'jitter', 'resize', 'rescore', 'thresh', 'classfix', 'absolute',
    'random', 'coord_scale', 'object_scale', 'noobject_scale', 'mask_scale', 'class_scale', 'bias_match', 'tree', 'map', 'anchors',
];
const DETECTION = [
    'coords', 'classes', 'rescore', 'num', 'side', 'softmax', 'sqrt', 'max', 'coord_scale', 'forced', 'object_scale', 'noobject_scale', 'class_scale',
    'jitter', 'resize', 'random', 'reorg',
];
const MAXPOOL = ['stride', 'stride_x', 'stride_y', 'size', 'padding', 'maxpool_depth', 'out_channels', 'antialiasing', 'maxpool_zero_nonmax'];
function kind(family, short, keys, common = true) {
    return { family, short, keys: common ? [...keys, ...COMMON] : keys };
}
const conv = kind('convolutional', 'conv', CONVOLUTIONAL);
const maxpool = kind('maxpool', 'maxpool', MAXPOOL);
const yolo = kind('head', 'yolo', YOLO);
/** Section types by the name between the brackets (case-sensitive, as Darknet compares them). */
const SECTIONS = new Map([
    ['net', kind('net', 'net', NET, false)],
    ['network', kind('net', 'net', NET, false)],
    ['convolutional', conv],
    ['conv', conv],
    ['local', kind('local', 'local', ['filters', 'size', 'stride', 'pad', 'activation'])],
    ['maxpool', maxpool],
    ['max', maxpool],
    ['local_avgpool', kind('local_avgpool', 'local_avgpool', ['stride', 'stride_x', 'stride_y', 'size', 'padding'])],
    ['local_avg', kind('local_avgpool', 'local_avgpool', ['stride', 'stride_x', 'stride_y', 'size', 'padding'])],
    ['avgpool', kind('avgpool', 'avgpool', [])],
    ['avg', kind('avgpool', 'avgpool', [])],
    ['connected', kind('connected', 'connected', ['output', 'activation', 'batch_normalize'])],
    ['conn', kind('connected', 'connected', ['output', 'activation', 'batch_normalize'])],
    ['route', kind('route', 'route', ['layers', 'groups', 'group_id', 'stream', 'wait_stream'])],
    // `alpha`/`beta`: pjreddie/darknet's weighted shortcut (same geometry).
    ['shortcut', kind('shortcut', 'shortcut', ['activation', 'weights_type', 'weights_normalization', 'from', 'alpha', 'beta'])],
    ['scale_channels', kind('scale_channels', 'scale_channels', ['from', 'scale_wh', 'activation'])],
    ['sam', kind('sam', 'sam', ['from', 'activation'])],
    ['upsample', kind('upsample', 'upsample', ['stride', 'scale'])],
    // `extra`/`flatten`: pjreddie/darknet's parse_reorg reads them (AlexeyAB's does not).
    ['reorg', kind('reorg', 'reorg', ['stride', 'reverse', 'extra', 'flatten'])],
    ['reorg3d', kind('reorg', 'reorg3d', ['stride', 'reverse'])],
    ['crop', kind('crop', 'crop', ['crop_height', 'crop_width', 'flip', 'angle', 'saturation', 'exposure', 'noadjust', 'shift'])],
    ['softmax', kind('softmax', 'softmax', ['groups', 'temperature', 'tree', 'spatial', 'noloss'])],
    ['soft', kind('softmax', 'softmax', ['groups', 'temperature', 'tree', 'spatial', 'noloss'])],
    ['dropout', kind('pointwise', 'dropout', ['probability', 'dropblock', 'dropblock_size_rel', 'dropblock_size_abs'])],
    ['activation', kind('pointwise', 'activation', ['activation'])],
    ['batchnorm', kind('pointwise', 'batchnorm', [])],
    // Local response normalization mixes channels (`size` of them), not positions.
    ['normalization', kind('pointwise', 'normalization', ['alpha', 'beta', 'kappa', 'size'])],
    ['lrn', kind('pointwise', 'normalization', ['alpha', 'beta', 'kappa', 'size'])],
    ['cost', kind('pointwise', 'cost', ['type', 'scale', 'ratio'])],
    ['empty', kind('pointwise', 'empty', [])],
    ['silence', kind('pointwise', 'empty', [])],
    ['yolo', yolo],
    ['Gaussian_yolo', kind('head', 'yolo', [...YOLO, 'uc_normalizer', 'yolo_point'])],
    ['region', kind('head', 'region', REGION)],
    ['detection', kind('head', 'detection', DETECTION)],
    ['rnn', kind('unsupported', 'rnn', [])],
    ['crnn', kind('unsupported', 'crnn', [])],
    ['gru', kind('unsupported', 'gru', [])],
    ['lstm', kind('unsupported', 'lstm', [])],
    ['conv_lstm', kind('unsupported', 'conv_lstm', [])],
    ['history', kind('unsupported', 'history', [])],
    ['implicit', kind('unsupported', 'implicit', [])],
    ['contrastive', kind('unsupported', 'contrastive', [])],
]);

;// CONCATENATED MODULE: ./src/formats/darknet/layers.ts
/**
 * Each section's geometry as Darknet defines it (AlexeyAB/darknet, src/parser.c and the
 * `*_layer.c` files), read from the section's keys with positions for every problem:
 *
 * - `[convolutional]`: `pad=1` means padding = size/2 (integer division), else `padding=`
 *   (default 0). The kernel reads input rows s·u − padding·dilation + dilation·j (im2col and
 *   cuDNN both pad by padding·dilation), and the output size is (in + 2·padding − size)/stride
 *   + 1, which ignores the dilation. A 1×1 kernel is never dilated. `antialiasing` moves the
 *   stride to a 3×3 blur (pad 1) after a stride-1 conv, or a 2×2 blur (pad 0) for `antialiasing=2`.
 * - `[maxpool]` / `[local_avgpool]`: padding defaults to size − 1; the window starts at
 *   −padding/2 and the output size is (in + padding − size)/stride + 1, so the rest of the
 *   padding is at the end (a size-2 stride-1 maxpool pads 0 before and 1 after and keeps the
 *   size). `maxpool_depth` pools over channels only.
 * - `[upsample]`: nearest (input row ⌊u/stride⌋); a negative stride sums stride×stride blocks.
 * - `[reorg]`: space-to-depth by `stride` (`reverse=1`: depth-to-space). See docs/darknet.md on
 *   how Darknet's own kernel orders the channels. pjreddie's `extra=` (a flat copy) and
 *   `flatten=` (positions and channels transposed) make it global.
 * - `[local]`: an unshared conv; padding `pad` (the value), output (in − (pad ? 1 : size))/stride + 1.
 * - `[crop]` (at inference): the centred crop_height × crop_width window.
 * - `[route]`: its layers' outputs concatenated along channels (`groups`/`group_id` keep one
 *   channel slice: no spatial effect); `[shortcut]` adds `from` to the previous layer (sampled
 *   when their sizes differ: see build.ts); `[sam]`
 *   multiplies them; `[scale_channels]` scales `from` per channel by the previous layer (a gate
 *   computed from a global pool: global), or by a map with `scale_wh=1`.
 * - `[avgpool]`, `[connected]`, and `[softmax]` without `spatial=1` see the whole input.
 */




/** `[convolutional]` (layer 3): how every message names a section. */
function describeSection(section, index) {
    return index === undefined ? `[${section.type}]` : `[${section.type}] (layer ${index})`;
}
class SectionReader {
    section;
    kind;
    index;
    first = new Map();
    constructor(section, kind, index) {
        this.section = section;
        this.kind = kind;
        this.index = index;
        for (const entry of section.entries)
            if (!this.first.has(entry.key))
                this.first.set(entry.key, entry);
    }
    get name() {
        return describeSection(this.section, this.index);
    }
    /** The first unknown key, with the nearest key this section reads. */
    unknownKey() {
        const known = new Set(this.kind.keys);
        const entry = this.section.entries.find((e) => !known.has(e.key));
        if (!entry)
            return undefined;
        const hint = (0,suggest/* didYouMean */.au)(entry.key, this.kind.keys);
        const own = this.kind.keys.some((k) => !COMMON.includes(k));
        const advice = hint !== '' ? hint : own ? '; remove it (Darknet ignores it)' : `; [${this.section.type}] takes no keys of its own`;
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownKey, `${this.name}: unknown key \`${entry.key}\`${advice}`, entry.at);
    }
    /** Keys given twice: Darknet reads the first. */
    duplicates() {
        const seen = new Set();
        const out = [];
        for (const entry of this.section.entries) {
            if (seen.has(entry.key)) {
                out.push({ ...(0,diagnostic/* error */.z3)(codes/* CODES */.L.duplicateKey, `${this.name}: \`${entry.key}\` is given again; Darknet reads the first (line ${this.first.get(entry.key).at.line}), remove one`, entry.at), severity: 'warning' });
            }
            seen.add(entry.key);
        }
        return out;
    }
    has(key) {
        return this.first.has(key);
    }
    entry(key) {
        return this.first.get(key);
    }
    /** An integer key, `fallback` when absent; a problem when it is not an integer ≥ min. */
    int(key, fallback, min = -Infinity) {
        const entry = this.first.get(key);
        if (!entry)
            return fallback;
        return this.parseInt(entry, entry.value, min);
    }
    /** A comma-separated list of integers (`layers=-1,61`). */
    ints(key) {
        const entry = this.first.get(key);
        if (!entry)
            return undefined;
        const values = [];
        for (const part of entry.value.split(',')) {
            const v = this.parseInt(entry, part, -Infinity);
            if (typeof v !== 'number')
                return v;
            values.push(v);
        }
        return values;
    }
    missing(key, example) {
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingKey, `${this.name}: missing \`${key}\`; add it, e.g. \`${example}\``, this.section.at);
    }
    invalid(key, message) {
        const entry = this.first.get(key);
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${this.name}: \`${key}\` ${message}`, entry?.valueAt ?? this.section.at);
    }
    parseInt(entry, text, min) {
        if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${this.name}: \`${entry.key}\` must be an integer, got \`${text}\``, entry.valueAt);
        }
        const v = Number(text);
        if (v < min)
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${this.name}: \`${entry.key}\` must be an integer ≥ ${min}, got ${v}`, entry.valueAt);
        return v;
    }
}
const isProblem = (v) => typeof v === 'object' && v !== null && 'code' in v;
/** Reads one layer section (not [net]); `index` is its Darknet index. */
function readLayer(reader, index) {
    const { section, kind } = reader;
    const previous = [index - 1];
    const done = (spec, inputs = previous) => ({ layer: { index, section, kind, spec, inputs } });
    const ints = {};
    /** Reads integer keys into `ints`; the first problem, if any. */
    const read = (specs) => {
        for (const [key, fallback, min] of specs) {
            const v = reader.int(key, fallback, min);
            if (isProblem(v))
                return v;
            ints[key] = v;
        }
        return undefined;
    };
    switch (kind.family) {
        case 'convolutional': {
            const problem = read([['size', 1, 1], ['stride', 1, 1], ['dilation', 1, 1], ['pad', 0, 0], ['padding', 0, 0], ['antialiasing', 0, 0], ['groups', 1, 1], ['filters', 1, 1], ['batch_normalize', 0, 0]]);
            if (problem)
                return { problem };
            // Darknet adds biases only without batch_normalize (they are the norm's shift otherwise).
            const cost = { channels: ints.filters, groups: ints.groups, bias: ints.batch_normalize === 0 };
            const strideXY = strides(reader, ints.stride);
            if (isProblem(strideXY))
                return { problem: strideXY };
            const size = ints.size;
            const dilation = size === 1 ? 1 : ints.dilation;
            const padding = ints.pad !== 0 ? Math.floor(size / 2) : ints.padding;
            const padBegin = padding * dilation;
            // So that the output size is Darknet's (in + 2·padding − size)/stride + 1.
            const padEnd = 2 * padding - size + dilation * (size - 1) + 1 - padBegin;
            return done({ ...layers_window(undefined, size, strideXY, dilation, padBegin, padEnd, ints.antialiasing), cost });
        }
        case 'maxpool':
        case 'local_avgpool': {
            const problem = read([['stride', 1, 1]]);
            if (problem)
                return { problem };
            const more = read([['size', ints.stride, 1], ['maxpool_depth', 0, 0], ['antialiasing', 0, 0]]);
            if (more)
                return { problem: more };
            const padding = reader.int('padding', ints.size - 1, 0);
            if (isProblem(padding))
                return { problem: padding };
            const strideXY = strides(reader, ints.stride);
            if (isProblem(strideXY))
                return { problem: strideXY };
            if (ints.maxpool_depth)
                return done({ kind: 'pointwise' });
            const begin = Math.floor(padding / 2);
            const pool = kind.family === 'maxpool' ? 'max' : 'avg';
            return done(layers_window(pool, ints.size, strideXY, 1, begin, padding - begin, ints.antialiasing));
        }
        case 'local': {
            const problem = read([['size', 1, 1], ['stride', 1, 1], ['pad', 0, 0]]);
            if (problem)
                return { problem };
            const { size, stride, pad } = ints;
            // Output (in − (pad ? 1 : size))/stride + 1 with im2col reading from −pad.
            return done({ kind: 'window', kernel: size, stride: [stride, stride], dilation: 1, padBegin: pad, padEnd: pad ? size - 1 - pad : 0 });
        }
        case 'avgpool':
            return done({ kind: 'global', reason: 'global average pool' });
        case 'connected': {
            const problem = read([['output', 1, 1], ['batch_normalize', 0, 0]]);
            if (problem)
                return { problem };
            return done({ kind: 'global', reason: 'fully connected', cost: { channels: ints.output, groups: 1, bias: ints.batch_normalize === 0 } });
        }
        case 'softmax': {
            const problem = read([['spatial', 0, -Infinity]]);
            if (problem)
                return { problem };
            // Darknet's softmax runs over all h·w·c values (per group) unless `spatial=1`.
            return done(ints.spatial ? { kind: 'pointwise' } : { kind: 'global', reason: 'softmax over every position (`spatial=1` makes it per position)' });
        }
        case 'route': {
            const layers = reader.ints('layers');
            if (layers === undefined)
                return { problem: reader.missing('layers', 'layers=-1,61') };
            if (isProblem(layers))
                return { problem: layers };
            const problem = read([['groups', 1, 1], ['group_id', 0, 0]]);
            if (problem)
                return { problem };
            if (ints.group_id >= ints.groups)
                return { problem: reader.invalid('group_id', `must be below \`groups\` (${ints.groups}), got ${ints.group_id}`) };
            const inputs = resolve(reader, 'layers', layers, index);
            if (isProblem(inputs))
                return { problem: inputs };
            // With groups, the route keeps a share of the channels, which the cost does not follow.
            const split = ints.groups > 1 ? { splitsChannels: true } : {};
            return done(inputs.length > 1 ? { kind: 'merge', merge: 'concat', ...split } : { kind: 'pointwise', ...split }, inputs);
        }
        case 'shortcut':
        case 'sam':
        case 'scale_channels': {
            const from = reader.ints('from');
            if (from === undefined)
                return { problem: reader.missing('from', 'from=-3') };
            if (isProblem(from))
                return { problem: from };
            if (kind.family !== 'shortcut' && from.length !== 1)
                return { problem: reader.invalid('from', `names one layer in ${reader.name}, got ${from.length}`) };
            const sources = resolve(reader, 'from', from, index);
            if (isProblem(sources))
                return { problem: sources };
            if (index === 0)
                return { problem: reader.invalid('from', 'needs a previous layer to combine with; [shortcut] cannot be the first layer') };
            // One `from`: pjreddie's shortcut_cpu, which samples a `from` of another size (build.ts).
            // Several (AlexeyAB's): their sizes must all be the previous layer's (its parser asserts it).
            if (kind.family === 'shortcut')
                return done(sources.length === 1 ? { kind: 'shortcut' } : { kind: 'merge', merge: 'add' }, [index - 1, ...sources]);
            const scaleWh = reader.int('scale_wh', 0);
            if (isProblem(scaleWh))
                return { problem: scaleWh };
            if (kind.family === 'sam' || scaleWh)
                return done({ kind: 'merge', merge: 'mul' }, [index - 1, ...sources]);
            // The output is `from`'s tensor scaled per channel by the previous layer (the gate).
            return done({ kind: 'gate', gate: index - 1 }, sources);
        }
        case 'upsample': {
            const stride = reader.int('stride', 2);
            if (isProblem(stride))
                return { problem: stride };
            if (stride === 0)
                return { problem: reader.invalid('stride', 'must not be 0 (2 doubles the size, −2 halves it)') };
            return done(stride > 0 ? { kind: 'upsample', factor: stride } : { kind: 'downsample', factor: -stride });
        }
        case 'reorg': {
            const problem = read([['stride', 1, 1], ['reverse', 0, -Infinity], ['extra', 0, -Infinity], ['flatten', 0, -Infinity]]);
            if (problem)
                return { problem };
            // pjreddie/darknet's reorg_layer.c: with `extra`, the output is the input copied into a flat
            // vector of inputs + extra values (out_w = out_h = 0: no longer an image); with `flatten`,
            // the input's positions and channels are transposed. Either way a position reads anywhere.
            if (ints.extra)
                return done({ kind: 'global', reason: `\`extra=${ints.extra}\` copies the input into a flat vector (pjreddie's [reorg])` });
            if (ints.flatten)
                return done({ kind: 'global', reason: "`flatten=1` transposes positions and channels (pjreddie's [reorg])" });
            return done({ kind: ints.reverse ? 'depth_to_space' : 'space_to_depth', block: ints.stride });
        }
        case 'crop': {
            const problem = read([['crop_height', 1, 1], ['crop_width', 1, 1]]);
            if (problem)
                return { problem };
            return done({ kind: 'crop', height: ints.crop_height, width: ints.crop_width });
        }
        case 'pointwise':
            return done({ kind: 'pointwise' });
        case 'head':
            return done({ kind: 'head' });
        case 'unsupported':
            return {
                problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.unsupported, `${reader.name}: rflint cannot map a [${section.type}] layer to positions (recurrent and implicit layers have no fixed geometry); remove it from the file rflint checks, or check an ONNX export instead`, section.at),
            };
        case 'net':
            return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.notNet, `${reader.name}: [${section.type}] can only be the first section`, section.at) };
    }
}
function layers_window(pool, kernel, stride, dilation, padBegin, padEnd, antialiasing) {
    if (!antialiasing)
        return { kind: 'window', ...(pool ? { pool } : {}), kernel, stride, dilation, padBegin, padEnd };
    const blur = antialiasing === 2 ? { kernel: 2, pad: 0, stride } : { kernel: 3, pad: 1, stride };
    // The layer runs at stride 1 (its output size with stride 1), the blur takes the stride.
    return { kind: 'window', ...(pool ? { pool } : {}), kernel, stride: [1, 1], dilation, padBegin, padEnd, blur };
}
/** `stride_y`/`stride_x` override `stride` per axis; returned as [height, width]. */
function strides(reader, stride) {
    const y = reader.int('stride_y', stride, 1);
    if (isProblem(y))
        return y;
    const x = reader.int('stride_x', stride, 1);
    if (isProblem(x))
        return x;
    return [y, x];
}
/** Darknet's layer references: negative values count back from this layer, others are absolute. */
function resolve(reader, key, refs, index) {
    const out = [];
    for (const ref of refs) {
        const target = ref < 0 ? index + ref : ref;
        if (target < 0 || target >= index) {
            const entry = reader.entry(key);
            const what = ref < 0 ? `${ref} (layer ${target})` : `${ref}`;
            const range = index === 0 ? 'no layer comes before it' : `use −1…−${index} or 0…${index - 1}`;
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.badReference, `${reader.name}: \`${key}\` names ${what}, which is not a layer before this one; ${range}`, entry.valueAt);
        }
        out.push(target);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/formats/darknet/build.ts
/**
 * Darknet layers → the engine's graph IR. Node 0 is the network input (`input`); each layer is
 * one node named `<type>@<index>` (`conv@12`, `maxpool@13`, `yolo@16`), whose tensor is the
 * layer's output. An anti-aliased layer is two nodes: its own window (`conv@5.window`, at
 * stride 1) and the blur that takes the stride and the layer's name. A head (`[yolo]`,
 * `[region]`, `[detection]`) is a pointwise node over the tensor feeding it, and an output.
 * Darknet's spatial sizes are tracked alongside: a `[crop]` needs them for its offset.
 */




const AXES = 2;
function buildGraph(layers, options) {
    // A [route] with groups keeps a share of the channels, which rf/cost.ts does not follow: such a
    // network is left unpriced (its cost null) rather than priced wrong.
    const priced = options.inputChannels !== undefined && !layers.some((l) => 'splitsChannels' in l.spec && l.spec.splitsChannels);
    const nodes = [{ name: 'input', op: rf/* input */.hF, inputs: [], ...(priced ? { channels: options.inputChannels } : {}) }];
    const positions = [undefined];
    const tensors = new Map([['input', 0]]);
    const outputs = [];
    const assumptions = [];
    const diagnostics = [];
    /** Node of each layer's output, by Darknet index; index −1 is the input. */
    const nodeOf = (index) => (index < 0 ? 0 : layerNode[index]);
    const layerNode = [];
    /** Darknet's [height, width] of each layer's output, when the input size is known. */
    const sizes = [];
    const sizeOf = (index) => (index < 0 ? options.inputSize : sizes[index]);
    let gateSeen = false;
    const add = (name, op, inputs, layer, cost) => {
        options.deadline?.check();
        nodes.push({ name, op, inputs, ...(cost ? { channels: cost.channels, ...(cost.groups > 1 ? { groups: cost.groups } : {}), ...(cost.bias ? { bias: true } : {}) } : {}) });
        positions.push(layer.section.at);
        return nodes.length - 1;
    };
    /**
     * pjreddie/darknet's shortcut_cpu adds `from` (w1 × h1) onto the previous layer (w2 × h2) with
     * stride = ⌊w1/w2⌋ and sample = ⌊w2/w1⌋ (each at least 1; Darknet asserts the same ratios on
     * the height): out[i·sample] += from[i·stride] for i < min(w1, w2). A larger `from` is read as a
     * strided view (a 1×1 window at the stride, cut to w2); a smaller one lands on every sample-th
     * position (a 1×1 transposed conv at the stride, padded to w2), the others read nothing of it.
     */
    const sampleShortcut = (name, from, w1, w2, layer) => {
        const where = describeSection(layer.section, layer.index);
        const stride = w1.map((n, a) => Math.max(1, Math.floor(n / w2[a])));
        const sample = w1.map((n, a) => Math.max(1, Math.floor(w2[a] / n)));
        if (stride[0] !== stride[1] || sample[0] !== sample[1]) {
            return {
                problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.shortcutSizes, `${where}: \`from\` is ${w1.join('×')} and the previous layer ${w2.join('×')} (height × width): Darknet samples one onto the other only with the same ratio on both axes (its shortcut_cpu asserts it); make the two layers' sizes proportional`, layer.section.at),
            };
        }
        let node;
        let size;
        if (w1.some((n, a) => n > w2[a])) {
            node = add(`${name}.from`, rf/* conv */.xT(AXES, { kernel: 1, stride }), [from], layer);
            size = w1.map((n, a) => Math.floor((n - 1) / stride[a]) + 1);
        }
        else {
            node = add(`${name}.from`, rf/* deconv */.Kg(AXES, { kernel: 1, stride: sample }), [from], layer);
            size = w1.map((n, a) => (n - 1) * sample[a] + 1);
        }
        // Only i < min(w1, w2) is added: cut what lies past it, and pad to the output's size.
        const kept = size.map((n, a) => Math.min(n, (Math.min(w1[a], w2[a]) - 1) * sample[a] + 1));
        const cut = size.map((n, a) => n - kept[a]);
        const fill = w2.map((n, a) => n - kept[a]);
        if (cut.some((c) => c > 0))
            node = add(`${name}.from.crop`, rf/* crop */.B$(AXES, 0, cut), [node], layer);
        if (fill.some((f) => f > 0))
            node = add(`${name}.from.pad`, rf/* pad */.eV(AXES, 0, fill), [node], layer);
        const smaller = w1.map((n, a) => Math.min(n, w2[a])).join('×');
        const how = stride[0] > 1
            ? `one position in ${stride[0]} of \`from\` (${w1.join('×')}) to the previous layer (${w2.join('×')})`
            : sample[0] > 1
                ? `\`from\` (${w1.join('×')}) to one position in ${sample[0]} of the previous layer (${w2.join('×')})`
                : `the first ${smaller} positions of \`from\` (${w1.join('×')}) to those of the previous layer (${w2.join('×')}), one to one`;
        return { node, assumption: `${where}: adds ${how}, as pjreddie/darknet's shortcut_cpu does (AlexeyAB's darknet asserts equal sizes)` };
    };
    for (const layer of layers) {
        const name = `${layer.kind.short}@${layer.index}`;
        const { spec } = layer;
        const inputs = layer.inputs.map(nodeOf);
        const inSize = sizeOf(layer.inputs[0]);
        let node;
        let size = inSize;
        switch (spec.kind) {
            case 'window': {
                const op = (stride) => ({
                    kind: 'conv',
                    ...(spec.pool ? { pool: spec.pool } : {}),
                    kernel: [spec.kernel, spec.kernel],
                    stride,
                    dilation: [spec.dilation, spec.dilation],
                    pad: [0, 1].map(() => ({ begin: spec.padBegin, end: spec.padEnd })),
                });
                size = inSize?.map((n, a) => Math.floor((n + spec.padBegin + spec.padEnd - spec.dilation * (spec.kernel - 1) - 1) / spec.stride[a]) + 1);
                if (spec.blur) {
                    const blur = spec.blur;
                    const inner = add(`${name}.window`, op(spec.stride), inputs, layer, spec.cost);
                    node = add(name, rf/* conv */.xT(AXES, { kernel: blur.kernel, stride: [...blur.stride], pad: blur.pad, pool: 'avg' }), [inner], layer);
                    size = size?.map((n, a) => Math.floor((n + 2 * blur.pad - blur.kernel) / blur.stride[a]) + 1);
                }
                else {
                    node = add(name, op(spec.stride), inputs, layer, spec.cost);
                }
                break;
            }
            case 'pointwise':
            case 'head':
                node = add(name, rf/* pointwise */.rp, inputs, layer);
                break;
            case 'global':
                node = add(name, { kind: 'global', reason: spec.reason }, inputs, layer, spec.cost);
                size = [1, 1];
                break;
            case 'merge':
                node = add(name, rf/* merge */.h1(spec.merge), inputs, layer);
                break;
            case 'shortcut': {
                const fromSize = sizeOf(layer.inputs[1]);
                if (!inSize || !fromSize || fromSize.every((n, a) => n === inSize[a])) {
                    // Equal sizes (or unknown: then a `from` at another stride is the engine's RF012).
                    node = add(name, rf/* merge */.h1('add'), inputs, layer);
                    break;
                }
                const sampled = sampleShortcut(name, inputs[1], fromSize, inSize, layer);
                if ('problem' in sampled)
                    return sampled;
                node = add(name, rf/* merge */.h1('add'), [inputs[0], sampled.node], layer);
                assumptions.push(sampled.assumption);
                break;
            }
            case 'gate': {
                const where = describeSection(layer.section, layer.index);
                if (options.channelAttentionPointwise) {
                    node = add(name, rf/* pointwise */.rp, inputs, layer);
                    assumptions.push(`${where}: the channel-attention gate is treated as pointwise, as asked`);
                }
                else {
                    node = add(name, { kind: 'global', reason: `channel-attention gate (layer ${spec.gate})` }, inputs, layer);
                    assumptions.push(`${where}: the channel-attention gate (from layer ${spec.gate}) makes what follows it global`);
                    if (!gateSeen) {
                        diagnostics.push((0,diagnostic/* warning */.$e)(codes/* CODES */.L.gate, `${where} scales its input by a channel-attention gate (layer ${spec.gate}) computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, layer.section.at));
                    }
                    gateSeen = true;
                }
                break;
            }
            case 'upsample':
                node = add(name, rf/* resize */.XR(AXES, { scale: spec.factor }), inputs, layer);
                size = inSize?.map((n) => n * spec.factor);
                break;
            case 'downsample':
                // Darknet's negative-stride [upsample] sums each factor×factor block.
                node = add(name, rf/* conv */.xT(AXES, { kernel: spec.factor, stride: spec.factor, pool: 'avg' }), inputs, layer);
                size = inSize?.map((n) => Math.floor(n / spec.factor));
                break;
            case 'space_to_depth':
                node = add(name, rf/* spaceToDepth */.FI(AXES, spec.block), inputs, layer);
                size = inSize?.map((n) => Math.floor(n / spec.block));
                break;
            case 'depth_to_space':
                node = add(name, rf/* depthToSpace */.Rj(AXES, spec.block), inputs, layer);
                size = inSize?.map((n) => n * spec.block);
                break;
            case 'crop': {
                const where = describeSection(layer.section, layer.index);
                if (!inSize) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.needsInputSize, `${where}: a crop's offset depends on the size of its input; give \`width\` and \`height\` in [net], or --input-size`, layer.section.at) };
                }
                const crop = [spec.height, spec.width];
                const axis = crop.findIndex((c, a) => c > inSize[a]);
                if (axis >= 0) {
                    return { problem: (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${where}: \`${axis === 0 ? 'crop_height' : 'crop_width'}\` is ${crop[axis]}, larger than its input (${inSize[axis]}); crop to at most the input size`, layer.section.at) };
                }
                // At inference Darknet keeps the centred window: offset (in − crop)/2.
                const begin = crop.map((c, a) => Math.floor((inSize[a] - c) / 2));
                node = add(name, rf/* crop */.B$(AXES, begin, crop.map((c, a) => inSize[a] - c - begin[a])), inputs, layer);
                size = crop;
                break;
            }
        }
        layerNode[layer.index] = node;
        sizes[layer.index] = size;
        tensors.set(name, node);
        if (spec.kind === 'head')
            outputs.push({ name, node, thresholds: {}, position: layer.section.at });
    }
    if (outputs.length === 0) {
        const last = layers[layers.length - 1];
        const name = `${last.kind.short}@${last.index}`;
        outputs.push({ name, node: layerNode[last.index], thresholds: {}, position: last.section.at });
    }
    return { graph: { axes: AXES, nodes }, outputs, tensors, positions, assumptions, diagnostics };
}

;// CONCATENATED MODULE: ./src/formats/darknet/parse.ts
/**
 * A Darknet cfg's text → its sections, each with the line and column of its header and of every
 * key, so every later diagnostic can point into the file.
 *
 * Darknet's own reader (`read_cfg` in src/parser.c) removes every space and tab from a line,
 * skips empty lines and lines starting with `#` or `;`, starts a section at a `[`, and splits
 * other lines at the first `=`. We read the same way, and also accept CRLF, a BOM and a comment
 * after a value (`size=3  # 3x3`), which Darknet would read as part of the value.
 */


function parseCfg(text, deadline) {
    const sections = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        deadline?.check();
        const raw = lines[i];
        const line = i + 1;
        const first = raw.search(/[^ \t]/);
        if (first < 0)
            continue;
        const column = first + 1;
        const lead = raw[first];
        if (lead === '#' || lead === ';')
            continue;
        if (lead === '[') {
            const close = raw.indexOf(']', first);
            const type = close < 0 ? '' : raw.slice(first + 1, close).replace(/[ \t]/g, '');
            const rest = close < 0 ? '' : stripComment(raw.slice(close + 1));
            if (close < 0 || type === '' || rest !== '') {
                return fail(`\`${raw.trim()}\` is not a section header; write it as \`[convolutional]\`, one per line`, { line, column });
            }
            sections.push({ type, at: { line, column }, entries: [] });
            continue;
        }
        const equals = raw.indexOf('=', first);
        if (equals < 0) {
            return fail(`\`${raw.trim()}\` is not a \`key=value\` pair, a [section] or a comment; add \`=value\` or start the line with \`#\``, { line, column });
        }
        const key = raw.slice(first, equals).replace(/[ \t]/g, '');
        if (key === '')
            return fail('a line starts with `=`: write the key before it (`size=3`)', { line, column });
        const section = sections[sections.length - 1];
        if (!section) {
            return fail(`\`${key}\` comes before any section; a Darknet cfg starts with \`[net]\``, { line, column });
        }
        const afterEquals = raw.slice(equals + 1);
        const valueStart = afterEquals.search(/[^ \t]/);
        const value = stripComment(afterEquals).replace(/[ \t]/g, '');
        const valueAt = value === '' || valueStart < 0 ? { line, column } : { line, column: equals + 2 + valueStart };
        section.entries.push({ key, value, at: { line, column }, valueAt });
    }
    return { sections };
}
/** A `#` or `;` after a value starts a comment. */
function stripComment(text) {
    const at = text.search(/[#;]/);
    return (at < 0 ? text : text.slice(0, at)).trim();
}
function fail(message, at) {
    return { diagnostics: [(0,diagnostic/* error */.z3)(codes/* CODES */.L.syntax, message, at)] };
}

;// CONCATENATED MODULE: ./src/formats/darknet/load.ts
/**
 * A Darknet cfg's text → LoadResult: parse with positions, read [net] and every layer section
 * (unknown sections and keys, values, references), build the graph. Problems of different
 * sections are all reported (each section is read on its own); a later stage runs only when the
 * earlier one found no error, so one mistake never cascades.
 */








function loadDarknetText(text, path, options, name = 'model') {
    const withFile = (diagnostics) => diagnostics.map((d) => ({ ...d, file: path }));
    const parsed = parseCfg(text, options.deadline);
    if ('diagnostics' in parsed)
        return { diagnostics: withFile(parsed.diagnostics) };
    const [first, ...rest] = parsed.sections;
    if (!first || SECTIONS.get(first.type)?.family !== 'net') {
        const at = first?.at ?? { line: 1, column: 1 };
        const got = first ? `starts with [${first.type}]` : 'has no sections';
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.notNet, `the file ${got}; a Darknet cfg starts with a [net] section giving width, height and channels`, at)]) };
    }
    if (rest.length === 0) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.noLayers, 'there are no layers after [net]; add the network\'s sections ([convolutional], …)', first.at)]) };
    }
    if (rest.length > options.limits.maxNodes) {
        const at = rest[options.limits.maxNodes].at;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.tooManyLayers, `more than ${options.limits.maxNodes} layers (the limit); is the file generated by mistake?`, at)]) };
    }
    const problems = [];
    const warnings = [];
    const net = new SectionReader(first, SECTIONS.get(first.type), undefined);
    const netKey = net.unknownKey();
    if (netKey)
        problems.push(netKey);
    warnings.push(...net.duplicates());
    const dims = [];
    for (const key of ['height', 'width']) {
        const v = net.int(key, 0, 0);
        if (typeof v !== 'number')
            problems.push(v);
        else
            dims.push(v);
    }
    const channels = net.int('channels', 3, 1);
    if (typeof channels !== 'number')
        problems.push(channels);
    const layers = [];
    rest.forEach((section, index) => {
        options.deadline?.check();
        const kind = SECTIONS.get(section.type);
        if (!kind) {
            const known = [...SECTIONS.keys()].filter((t) => t !== 'net' && t !== 'network');
            problems.push((0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownSection, `[${section.type}] (layer ${index}): unknown section${(0,suggest/* didYouMean */.au)(section.type, known) || '; see docs/darknet.md for the sections rflint reads'}`, section.at));
            return;
        }
        const reader = new SectionReader(section, kind, index);
        // A layer rflint cannot map is reported as such, whatever its keys.
        const unknown = kind.family === 'unsupported' ? undefined : reader.unknownKey();
        if (unknown) {
            problems.push(unknown);
            return;
        }
        warnings.push(...reader.duplicates());
        const result = readLayer(reader, index);
        if ('problem' in result)
            problems.push(result.problem);
        else
            layers.push(result.layer);
    });
    if (problems.length > 0)
        return { diagnostics: withFile([...problems, ...warnings]) };
    const given = options.inputSize;
    const inputSize = given && given.length > 0 ? (given.length === 1 ? [given[0], given[0]] : [...given]) : dims.every((n) => n > 0) ? dims : undefined;
    if (inputSize && inputSize.length !== 2) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `the input size has ${inputSize.length} values; a Darknet network takes height × width (e.g. --input-size 608x608)`, first.at)]) };
    }
    const built = buildGraph(layers, { ...(inputSize ? { inputSize } : {}), ...(typeof channels === 'number' ? { inputChannels: channels } : {}), ...(options.channelAttentionPointwise ? { channelAttentionPointwise: true } : {}), ...(options.deadline ? { deadline: options.deadline } : {}) });
    if ('problem' in built)
        return { diagnostics: withFile([built.problem, ...warnings]) };
    try {
        (0,rf/* validateGraph */.dC)(built.graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node]), ...warnings]) };
    }
    const source = given && given.length > 0 ? 'the input size given' : '[net] height and width';
    const assumptions = [...(inputSize ? [`input ${inputSize.join('×')} (height × width) from ${source}`] : []), ...built.assumptions];
    const model = {
        format: 'darknet',
        name,
        graph: built.graph,
        ...(inputSize ? { inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(assumptions.length > 0 ? { assumptions } : {}),
    };
    return { model, diagnostics: withFile([...warnings, ...built.diagnostics]) };
}

;// CONCATENATED MODULE: ./src/formats/darknet/index.ts
/**
 * The Darknet `.cfg` loader: recognised by content (a `[net]` or `[network]` first section and
 * Darknet layer sections near the top), whatever the file's extension.
 */







const darknetLoader = {
    ...recognise/* darknetRecognition */.h,
    async load(source, options) {
        const file = source.path;
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: codes/* CODES */.L.fileTooLarge, notText: codes/* CODES */.L.notText, kind: 'a Darknet cfg', notTextHint: '; a Darknet cfg is a text file' });
        if (typeof text !== 'string')
            return text;
        return loadDarknetText(text, file, options, (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.cfg$/i, ''));
    },
};


/***/ })

};
