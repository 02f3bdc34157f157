export const id = 224;
export const ids = [224];
export const modules = {

/***/ 4133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   o: () => (/* binding */ ULTRALYTICS_CODES)
/* harmony export */ });
/**
 * The diagnostic codes of the Ultralytics YOLO YAML loader (RF300–RF319), with the one-line
 * descriptions `check/codes.ts` keeps for SARIF rule names and docs/cli.md lists. Stable: add
 * new ones at the end, never renumber.
 */
const ULTRALYTICS_CODES = {
    RF300: 'the Ultralytics model YAML is not valid YAML',
    RF301: 'the Ultralytics model YAML is too large, too deeply nested or has too many aliases',
    RF302: 'a value in the Ultralytics model YAML has the wrong type or range',
    RF303: 'the Ultralytics model YAML lacks `backbone` or `head`',
    RF304: 'a row names a module rflint does not know',
    RF305: "a row's `from` names a layer that does not exist (yet)",
    RF306: "a module's arguments cannot be read",
    RF307: 'the scale chosen is not in the file\'s `scales:`',
    RF308: 'an attention layer makes the outputs after it global',
    RF309: 'the model expands to more nodes than the limit',
    RF310: 'the input size is not two positive integers (height, width)',
    RF311: "a row's `from` has the wrong number of inputs for its module",
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF300',
    limits: 'RF301',
    invalidValue: 'RF302',
    missingKey: 'RF303',
    unknownModule: 'RF304',
    badFrom: 'RF305',
    badArgs: 'RF306',
    unknownScale: 'RF307',
    attention: 'RF308',
    tooManyNodes: 'RF309',
    inputSize: 'RF310',
    inputCount: 'RF311',
};


/***/ }),

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_INPUT_SIZE: () => (/* reexport */ DEFAULT_INPUT_SIZE),
  ULTRALYTICS_CODES: () => (/* reexport */ codes/* ULTRALYTICS_CODES */.o),
  loadUltralyticsText: () => (/* reexport */ loadUltralyticsText),
  scaleFromFileName: () => (/* reexport */ scaleFromFileName),
  scaledRepeats: () => (/* reexport */ scaledRepeats),
  ultralyticsLoader: () => (/* binding */ ultralyticsLoader)
});

// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/ultralytics/recognise.ts
var recognise = __webpack_require__(2610);
// EXTERNAL MODULE: ./src/formats/ultralytics/codes.ts
var codes = __webpack_require__(4133);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var rf = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
;// CONCATENATED MODULE: ./src/formats/ultralytics/document.ts
/**
 * The shape of an Ultralytics model YAML once the schema accepted it, and its module
 * arguments as `parse_model` reads them: a string argument is the value of a name the file
 * defines (`nc`), else a Python literal (`None`, `True`, `'nearest'`).
 */
/** A problem with one argument (its index in the row's args), or with the args as a whole. */
class ArgError extends Error {
    index;
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
/** Typed access to a row's args, with Ultralytics' defaults and our wording for a bad value. */
class Args {
    values;
    names;
    constructor(values, names) {
        this.values = values;
        this.names = names;
    }
    get length() {
        return this.values.length;
    }
    /** The value at `index` after Python's evaluation of strings; undefined when absent or None. */
    raw(index) {
        const v = this.values[index];
        if (typeof v !== 'string')
            return v ?? undefined;
        if (Object.hasOwn(this.names, v))
            return this.names[v];
        if (v === 'None')
            return undefined;
        if (v === 'True' || v === 'False')
            return v === 'True';
        if (/^[-+]?\d+(\.\d*)?([eE][-+]?\d+)?$/.test(v))
            return Number(v);
        const quoted = /^(['"])(.*)\1$/.exec(v);
        return quoted ? quoted[2] : v;
    }
    int(index, what, fallback, min = 1) {
        const v = this.raw(index);
        if (v === undefined)
            return fallback;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
            throw new ArgError(`${what} (argument ${index + 1}) must be an integer ≥ ${min}, got ${show(v)}`, index);
        return v;
    }
    /** A kernel size: an integer, or one per axis [height, width]. */
    kernel(index, what, fallback) {
        const v = this.raw(index);
        if (v === undefined)
            return fallback;
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1)
            return v;
        if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1))
            return v;
        throw new ArgError(`${what} (argument ${index + 1}) must be an integer ≥ 1 or a list [height, width] of them, got ${show(v)}`, index);
    }
    /** A padding: absent or None (Ultralytics' autopad), an integer ≥ 0, or one per axis. */
    padding(index, what) {
        const v = this.raw(index);
        if (v === undefined)
            return undefined;
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
            return v;
        if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0))
            return v;
        throw new ArgError(`${what} (argument ${index + 1}) must be None (automatic), an integer ≥ 0 or a list [height, width] of them, got ${show(v)}`, index);
    }
    bool(index, fallback) {
        const v = this.raw(index);
        if (v === undefined)
            return fallback;
        return Boolean(v);
    }
    number(index, what, fallback) {
        const v = this.raw(index);
        if (v === undefined)
            return fallback;
        if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v))
            throw new ArgError(`${what} (argument ${index + 1}) must be a number > 0, got ${show(v)}`, index);
        return v;
    }
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/heads.ts
/** YOLOv5's and YOLOv7's Detect take `[nc, anchors]`; Ultralytics' and YOLOv9's take `[nc]`. */
const detectBranch = (a) => (a.length >= 2 ? 'anchored' : 'v8');
/** YOLOv5's Segment takes `[nc, anchors, nm, npr]`; Ultralytics' and YOLOv9's `[nc, nm, npr]`. */
const segmentBranch = (a) => (a.length >= 4 || Array.isArray(a.raw(1)) ? 'anchored' : 'v8');
const HEADS = {
    Detect: { kind: 'detect', branch: detectBranch },
    Segment: { kind: 'detect', branch: segmentBranch, proto: 'first' },
    Pose: { kind: 'detect', branch: 'v8' },
    OBB: { kind: 'detect', branch: 'v8' },
    v10Detect: { kind: 'detect', branch: 'v8' },
    WorldDetect: { kind: 'detect', branch: 'v8' },
    YOLOEDetect: { kind: 'detect', branch: 'v8' },
    YOLOESegment: { kind: 'detect', branch: 'v8', proto: 'first' },
    RTDETRDecoder: { kind: 'detect-plain', branch: 'anchored' },
    Classify: { kind: 'classify', branch: 'anchored' },
    // YOLOv7 (models/yolo.py): IDetect is Detect with implicit knowledge; IAuxDetect reads the lead
    // levels, then as many auxiliary levels.
    IDetect: { kind: 'detect', branch: 'anchored' },
    IAuxDetect: { kind: 'detect', branch: 'anchored', groups: ['P', 'A'] },
    // YOLOv9 (models/yolo.py): the auxiliary levels come first.
    DDetect: { kind: 'detect', branch: 'v8' },
    DualDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P'] },
    DualDDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P'] },
    TripleDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P', 'P'] },
    TripleDDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P', 'P'] },
    DSegment: { kind: 'detect', branch: 'v8', proto: 'last-1x1' },
    DualDSegment: { kind: 'detect', branch: 'v8', groups: ['A', 'P'], proto: 'last-two-1x1' },
    Panoptic: { kind: 'detect', branch: 'v8', proto: 'first', semantic: true },
};
/** The heads only the YOLOv7 repository defines: a file with one uses YOLOv7's Conv. */
const YOLOV7_HEADS = new Set(['IDetect', 'IAuxDetect', 'IKeypoint', 'IBin']);
/** The head's inputs as levels and prototype inputs; a message when their count does not fit. */
function planHead(def, name, args, count) {
    const protoCount = def.proto === 'last-1x1' ? 1 : def.proto === 'last-two-1x1' ? 2 : 0;
    const groups = def.groups ?? ['P'];
    const levelCount = count - protoCount;
    if (levelCount < groups.length || levelCount % groups.length !== 0) {
        const what = protoCount > 0 ? ` and then ${protoCount === 1 ? 'the prototype input' : 'two prototype inputs'}` : '';
        return `\`${name}\` reads ${groups.length > 1 ? `${groups.length} equal groups of levels (${groups.join(', ')})` : 'at least one level'}${what}, but \`from\` lists ${count}`;
    }
    const per = levelCount / groups.length;
    const levels = Array.from({ length: levelCount }, (_, input) => ({ input, group: groups[Math.floor(input / per)], groupIndex: Math.floor(input / per) }));
    const protoInputs = def.proto === 'first' ? [0] : Array.from({ length: protoCount }, (_, k) => levelCount + k);
    return { levels, protoInputs, branch: typeof def.branch === 'function' ? def.branch(args) : def.branch };
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/primitives.ts
/**
 * What every module's subgraph is made of: the emitter a module writes its nodes to, and the
 * convolutions, pools and merges of Ultralytics' conv.py (and of models/common.py of the YOLOv5,
 * YOLOv7 and YOLOv9 repositories, which share them) that the module tables compose.
 */


const AXES = 2;
const perAxis = (k) => (typeof k === 'number' ? [k, k] : [...k]);
/** Ultralytics' `autopad`: `p = k // 2` of the dilated kernel `d·(k − 1) + 1`, per axis. */
function autopad(k, p, d = 1) {
    if (p !== undefined)
        return perAxis(p);
    return perAxis(k).map((x) => Math.floor((d > 1 ? d * (x - 1) + 1 : x) / 2));
}
/** `Conv` (and DWConv, RepConv, nn.Conv2d): a k×k convolution with symmetric padding. */
function convolve(e, part, x, k, s = 1, p, d = 1) {
    const kernel = perAxis(k);
    if (kernel.every((v) => v === 1) && perAxis(s).every((v) => v === 1) && (p === undefined || perAxis(p).every((v) => v === 0))) {
        return e.node(part, rf/* pointwise */.rp, [x]);
    }
    return e.node(part, (0,rf/* conv */.xT)(AXES, { kernel, stride: perAxis(s), dilation: d, pad: autopad(k, p, d) }), [x]);
}
function pool(e, part, x, kind, k, s, p, ceilMode = false) {
    return e.node(part, (0,rf/* conv */.xT)(AXES, { pool: kind, kernel: perAxis(k), stride: perAxis(s), pad: perAxis(p), ceilMode }), [x]);
}
const pw = (e, part, x) => e.node(part, rf/* pointwise */.rp, [x]);
const cat = (e, part, xs) => e.node(part, (0,rf/* merge */.h1)('concat'), [...new Set(xs)]);
const add = (e, part, xs) => e.node(part, (0,rf/* merge */.h1)('add'), xs);
/** `Bottleneck`: cv1 k1, cv2 k2, plus the input when `shortcut` (and c1 = c2: always inside the CSP blocks). */
function bottleneck(e, part, x, k1, k2, shortcut) {
    const y = convolve(e, `${part}.cv2`, convolve(e, `${part}.cv1`, x, k1), k2);
    return shortcut ? add(e, `${part}.add`, [x, y]) : y;
}
const one = (build, extra = {}) => ({
    inputs: 'one',
    ...extra,
    build: (e, xs, a, n) => build(e, xs[0], a, n),
});
const pointwiseModule = one((e, x) => pw(e, 'op', x));
/**
 * `Conv`'s sixth argument. Ultralytics, YOLOv5 ≥ 7.0 and YOLOv9 define `Conv(c1, c2, k, s, p, g,
 * d, act)`: an integer there is the dilation. YOLOv7 (and YOLOv5 before 7.0) define `Conv(c1, c2,
 * k, s, p, g, act)`: the sixth is the activation, `nn.LeakyReLU(0.1)` or a boolean, which
 * parse_model evaluates to a module; such a value is an activation in every dialect, since a
 * dilation can only be an integer. In a YOLOv7 file even an integer there is the activation.
 */
function convDilation(e, a, index) {
    const v = a.raw(index);
    if (v === undefined || typeof v === 'boolean' || (typeof v === 'string' && /^nn\.[A-Za-z_]\w*(\(.*\))?$/.test(v)))
        return 1;
    if (e.dialect === 'yolov7' && typeof v === 'number')
        return 1;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
        throw new ArgError(`dilation (argument ${index + 1}) must be an integer ≥ 1, or an activation such as nn.LeakyReLU(0.1) (YOLOv7's Conv), got ${show(v)}`, index);
    }
    return v;
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/wongkinyiu.ts
/**
 * The modules of WongKinYiu's YOLO repositories (YOLOv7, YOLOv9, YOLOR and ScaledYOLOv4), as
 * their models/common.py define them, in the same small subgraphs as the Ultralytics modules:
 * 1×1 convolutions and channel splits are pointwise; every k×k convolution, pool, resize and
 * merge is kept. Arguments are read as their parse_model passes them: the YAML's args without
 * the input channels, with the repeats inserted as `n` for the CSP blocks (`repeatsInside`).
 */



/**
 * YOLOv7's Bottleneck (1×1, 3×3) and Res/ResX (1×1, 3×3, 1×1; grouped for ResX), with RepConv in
 * the Rep forms (a 3×3 beside a 1×1 inside its window): all the same positions, a 3×3 and the input.
 */
const plainUnit = (e, part, x, shortcut) => bottleneck(e, part, x, 1, 3, shortcut);
/** YOLOv7's Ghost (stride 1): GhostConv 1×1 (a 1×1 and a 5×5 depthwise on it), twice; plus the input. */
const ghostUnit = (e, part, x) => {
    const ghost = (name, y) => cat(e, `${name}.cat`, [y, convolve(e, `${name}.cv2`, pw(e, `${name}.cv1`, y), 5)]);
    return add(e, `${part}.add`, [x, ghost(`${part}.conv.2`, ghost(`${part}.conv.0`, x))]);
};
function units(e, x, n, unit, shortcut) {
    let y = x;
    for (let i = 0; i < n; i++)
        y = unit(e, `m.${i}`, y, shortcut);
    return y;
}
/** BottleneckCSPA(c1, c2, n, shortcut, g, e): cv3(cat(m(cv1(x)), cv2(x))). */
const cspA = (unit, shortcut) => one((e, x, a, n) => pw(e, 'cv3', cat(e, 'cat', [units(e, pw(e, 'cv1', x), n, unit, a.bool(1, shortcut)), pw(e, 'cv2', x)])), { repeatsInside: true });
/** BottleneckCSPB: x1 = cv1(x); cv3(cat(m(x1), cv2(x1))). */
const cspB = (unit, shortcut) => one((e, x, a, n) => {
    const x1 = pw(e, 'cv1', x);
    return pw(e, 'cv3', cat(e, 'cat', [units(e, x1, n, unit, a.bool(1, shortcut)), pw(e, 'cv2', x1)]));
}, { repeatsInside: true });
/** BottleneckCSPC: cv4(cat(cv3(m(cv1(x))), cv2(x))). */
const cspC = (unit, shortcut) => one((e, x, a, n) => pw(e, 'cv4', cat(e, 'cat', [pw(e, 'cv3', units(e, pw(e, 'cv1', x), n, unit, a.bool(1, shortcut))), pw(e, 'cv2', x)])), { repeatsInside: true });
/** A list of pool sizes (SPP's and SPPCSPC's `k`), (5, 9, 13) by default. */
function poolSizes(a, index) {
    const ks = a.raw(index) ?? [5, 9, 13];
    if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => typeof k === 'number' && Number.isSafeInteger(k) && k >= 1)) {
        throw new ArgError(`the pool sizes (argument ${index + 1}) must be a list of integers ≥ 1, got ${show(ks)}`, index);
    }
    return ks;
}
/** Stride-1 max pools of k // 2 padding beside their input, concatenated (SPP's pyramid). */
function pyramid(e, x, ks) {
    return cat(e, 'cat', [x, ...ks.map((k, i) => pool(e, `m.${i}`, x, 'max', k, 1, Math.floor(k / 2)))]);
}
const WONGKINYIU_MODULES = {
    // MP(k=2): nn.MaxPool2d(k, stride=k). SP(k=3, s=1): nn.MaxPool2d(k, s, padding=k // 2).
    // parse_model passes their args as written (no channels).
    MP: one((e, x, a) => {
        const k = a.int(0, 'kernel', 2);
        return pool(e, 'm', x, 'max', k, k, 0);
    }),
    SP: one((e, x, a) => {
        const k = a.int(0, 'kernel', 3);
        return pool(e, 'm', x, 'max', k, a.int(1, 'stride', 1), Math.floor(k / 2));
    }),
    // ReOrg: cat(x[::2, ::2], x[1::2, ::2], x[::2, 1::2], x[1::2, 1::2]): space-to-depth by 2.
    ReOrg: one((e, x) => e.node('slice', (0,rf/* spaceToDepth */.FI)(AXES, 2), [x])),
    // Shortcut: x[0] + x[1] (only the first two of `from`).
    Shortcut: {
        inputs: 'many',
        build: (e, xs) => {
            if (xs.length < 2)
                throw new ArgError(`Shortcut adds x[0] and x[1]: \`from\` must list two layers, got ${xs.length}`);
            return add(e, 'add', xs.slice(0, 2));
        },
    },
    // Stem(c1, c2, k, s, p, g, act) ignores k and s: cv1 3×3 s2; cv4(cat(cv3 3×3 s2 of cv2 1×1, a 2×2 s2 max pool)).
    Stem: one((e, x) => {
        const y = convolve(e, 'cv1', x, 3, 2);
        return pw(e, 'cv4', cat(e, 'cat', [convolve(e, 'cv3', pw(e, 'cv2', y), 3, 2), pool(e, 'pool', y, 'max', 2, 2, 0)]));
    }),
    // DownC(c1, c2, n, k=2): cat(cv2 (3×3 stride k) of cv1 (1×1), cv3 (1×1) of a k×k stride-k max pool).
    DownC: one((e, x, a) => {
        const k = a.int(1, 'stride', 2);
        return cat(e, 'cat', [convolve(e, 'cv2', pw(e, 'cv1', x), 3, k), pw(e, 'cv3', pool(e, 'mp', x, 'max', k, k, 0))]);
    }, { repeatsInside: true }),
    // SPPCSPC(c1, c2, n, shortcut, g, e, k=(5, 9, 13)): cv7(cat(cv6 3×3(cv5(pyramid(x1))), cv2(x))),
    // x1 = cv4(cv3 3×3(cv1(x))). YOLOv9 defines it the same.
    SPPCSPC: one((e, x, a) => {
        const x1 = pw(e, 'cv4', convolve(e, 'cv3', pw(e, 'cv1', x), 3));
        const y1 = convolve(e, 'cv6', pw(e, 'cv5', pyramid(e, x1, poolSizes(a, 4))), 3);
        return pw(e, 'cv7', cat(e, 'cat2', [y1, pw(e, 'cv2', x)]));
    }, { repeatsInside: true }),
    BottleneckCSPA: cspA(plainUnit, true),
    BottleneckCSPB: cspB(plainUnit, false),
    BottleneckCSPC: cspC(plainUnit, true),
    ResCSPA: cspA(plainUnit, true),
    ResCSPB: cspB(plainUnit, true),
    ResCSPC: cspC(plainUnit, true),
    ResXCSPA: cspA(plainUnit, true),
    ResXCSPB: cspB(plainUnit, true),
    ResXCSPC: cspC(plainUnit, true),
    RepBottleneckCSPA: cspA(plainUnit, true),
    RepBottleneckCSPB: cspB(plainUnit, false),
    RepBottleneckCSPC: cspC(plainUnit, true),
    RepResCSPA: cspA(plainUnit, true),
    RepResCSPB: cspB(plainUnit, false),
    RepResCSPC: cspC(plainUnit, true),
    RepResXCSPA: cspA(plainUnit, true),
    RepResXCSPB: cspB(plainUnit, false),
    RepResXCSPC: cspC(plainUnit, true),
    GhostCSPA: cspA(ghostUnit, true),
    GhostCSPB: cspB(ghostUnit, true),
    GhostCSPC: cspC(ghostUnit, true),
    // Res(c1, c2, shortcut=True, g, e) and ResX: 1×1, 3×3, 1×1, plus the input.
    Res: one((e, x, a) => plainUnit(e, 'r', x, a.bool(1, true))),
    ResX: one((e, x, a) => plainUnit(e, 'r', x, a.bool(1, true))),
    // YOLOv9. Silence: the identity (the first layer, so that later rows can read the image).
    Silence: one((e, x) => e.node('op', rf/* pointwise */.rp, [x])),
    // CBLinear(c1, c2s, k=1, s=1, p=None, g=1): one conv whose output is split by channels.
    CBLinear: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'))),
    // CBFuse(idx): every input but the last resized to the last one's size (nearest), all summed.
    CBFuse: {
        inputs: 'many',
        build: (e, xs) => {
            const target = xs[xs.length - 1];
            const resized = xs.slice(0, -1).map((x, i) => {
                const ratio = e.jump(x).map((j, axis) => j / e.jump(target)[axis]);
                if (ratio.some((r) => !Number.isInteger(r) || r < 1)) {
                    // F.interpolate(size=…) down to a finer level reads positions that depend on both sizes.
                    throw new ArgError(`CBFuse resizes input ${i + 1} (stride ${e.jump(x).join('×')}) to the stride of the last (${e.jump(target).join('×')}): rflint reads only upsampling by an integer factor there`);
                }
                return ratio.every((r) => r === 1) ? x : e.node(`resize.${i}`, (0,rf/* resize */.XR)(AXES, { scale: ratio, mode: 'nearest' }), [x]);
            });
            return e.node('sum', (0,rf/* merge */.h1)('add'), [...resized, target]);
        },
    },
};

;// CONCATENATED MODULE: ./src/formats/ultralytics/modules.ts
/**
 * Each Ultralytics module's geometry, as a small subgraph of the graph IR, following the
 * module's definition in ultralytics/nn/modules (conv.py, block.py, transformer.py) and, for the
 * files of the YOLOv5 repository, models/common.py. Only what maps positions matters: 1×1
 * convolutions, channel splits and activations are pointwise; every k×k convolution, pool,
 * resize and merge is kept, so the RF is exact (branches of different depth meet in merges).
 *
 * Arguments are read as `parse_model` passes them: the YAML's args without the input channels,
 * the repeats inserted as `n` for the modules that take it (`repeatsInside`).
 */






/** `C3`: cv3(cat(m(cv1(x)), cv2(x))) with n inner blocks. */
function c3(e, x, n, inner) {
    let y = pw(e, 'cv1', x);
    for (let i = 0; i < n; i++)
        y = inner(`m.${i}`, y);
    return pw(e, 'cv3', cat(e, 'cat', [y, pw(e, 'cv2', x)]));
}
/** `C2f`: cv1 split in two; each inner block reads the last piece; cv2 of all pieces. */
function c2f(e, x, n, inner, out = 'cv2') {
    const first = pw(e, 'cv1', x);
    const pieces = [first];
    let y = first;
    for (let i = 0; i < n; i++)
        pieces.push((y = inner(`m.${i}`, y)));
    return pw(e, out, cat(e, 'cat', pieces));
}
/** Ultralytics' Bottleneck defaults to k = (3, 3); the YOLOv5 repository's is 1×1 then 3×3. */
const plainKernels = (e) => (e.dialect !== 'ultralytics' ? [1, 3] : [3, 3]);
/** `GhostConv`: cv1 (k, s), then a 5×5 depthwise cv2, both halves concatenated. */
function ghostConv(e, part, x, k, s) {
    const y = convolve(e, `${part}.cv1`, x, k, s);
    return cat(e, `${part}.cat`, [y, convolve(e, `${part}.cv2`, y, 5)]);
}
/** `GhostBottleneck`: GhostConv 1×1, a depthwise k×k only at stride 2, GhostConv 1×1; plus a shortcut. */
function ghostBottleneck(e, part, x, k, s) {
    const strided = perAxis(s).some((v) => v === 2);
    let y = ghostConv(e, `${part}.conv.0`, x, 1, 1);
    if (strided)
        y = convolve(e, `${part}.conv.1`, y, k, s);
    y = ghostConv(e, `${part}.conv.2`, y, 1, 1);
    const shortcut = strided ? pw(e, `${part}.shortcut.1`, convolve(e, `${part}.shortcut.0`, x, k, s)) : x;
    return add(e, `${part}.add`, [y, shortcut]);
}
/** `Attention` of PSABlock: attention over all positions, plus a depthwise 3×3 `pe` on v. */
function psaBlock(e, part, x, peKernel = 3) {
    const attended = add(e, `${part}.attn`, [e.attention(`${part}.attn.attention`, x), convolve(e, `${part}.attn.pe`, x, peKernel)]);
    return add(e, `${part}.add`, [x, attended]);
}
/** `RepCSP`: a C3 of RepBottlenecks (RepConv 3×3, Conv 3×3, shortcut). */
function repCsp(e, part, x, n) {
    let y = pw(e, `${part}.cv1`, x);
    for (let i = 0; i < n; i++)
        y = bottleneck(e, `${part}.m.${i}`, y, 3, 3, true);
    return pw(e, `${part}.cv3`, cat(e, `${part}.cat`, [y, pw(e, `${part}.cv2`, x)]));
}
/** `CIB` (YOLOv10): depthwise 3×3, 1×1, depthwise 3×3 (7×7 + 3×3 with `lk`), 1×1, depthwise 3×3. */
function cib(e, part, x, shortcut, lk) {
    let y = convolve(e, `${part}.cv1.0`, x, 3);
    if (lk)
        y = add(e, `${part}.cv1.2`, [convolve(e, `${part}.cv1.2.conv`, y, 7), convolve(e, `${part}.cv1.2.conv1`, y, 3)]);
    else
        y = convolve(e, `${part}.cv1.2`, y, 3);
    y = convolve(e, `${part}.cv1.4`, y, 3);
    return shortcut ? add(e, `${part}.add`, [x, y]) : y;
}
function sppfChain(e, x, k, pools, last) {
    const first = pw(e, 'cv1', x);
    const pieces = [first];
    const half = perAxis(k).map((v) => Math.floor(v / 2));
    for (let i = 0; i < pools; i++)
        pieces.push(pool(e, `m.${i}`, pieces[pieces.length - 1], 'max', k, 1, half));
    return pw(e, last, cat(e, 'cat', pieces));
}
// ---- the table --------------------------------------------------------------------------
const MODULES = {
    ...WONGKINYIU_MODULES,
    // conv.py. Conv(c1, c2, k=1, s=1, p=None, g=1, d=1): args [c2, k, s, p, g, d].
    Conv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'), convDilation(e, a, 5))),
    // DWConv(c1, c2, k=1, s=1, d=1): a grouped Conv.
    DWConv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), undefined, a.int(3, 'dilation', 1))),
    // RepConv(c1, c2, k=3, s=1, p=1): a k×k conv with a 1×1 branch inside its window.
    RepConv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 1)),
    // Focus: space-to-depth by 2 (x[::2, ::2], x[1::2, ::2], …), then Conv(4·c1, c2, k, s, p).
    Focus: one((e, x, a) => convolve(e, 'conv', e.node('slice', (0,rf/* spaceToDepth */.FI)(AXES, 2), [x]), a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'))),
    GhostConv: one((e, x, a) => ghostConv(e, 'ghost', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1))),
    // ConvTranspose(c1, c2, k=2, s=2, p=0); nn.ConvTranspose2d(c1, c2, k, s=1, p=0, output_padding=0).
    ConvTranspose: one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 2), a.kernel(2, 'stride', 2), a.padding(3, 'padding') ?? 0, 0)),
    'nn.ConvTranspose2d': one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 0, a.int(4, 'output_padding', 0, 0))),
    DWConvTranspose2d: one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 0, a.int(4, 'output_padding', 0, 0))),
    Concat: { inputs: 'many', build: (e, xs) => cat(e, 'cat', xs) },
    // block.py
    Bottleneck: one((e, x, a) => {
        // Ultralytics: [c2, shortcut, g, k, e]; YOLOv5: [c2, shortcut, g, e].
        const k = e.dialect !== 'ultralytics' ? plainKernels(e) : kernelPair(a, 3, [3, 3]);
        return bottleneck(e, 'b', x, k[0], k[1], a.bool(1, true));
    }),
    BottleneckCSP: one((e, x, a, n) => {
        const [k1, k2] = plainKernels(e);
        let y = pw(e, 'cv1', x);
        for (let i = 0; i < n; i++)
            y = bottleneck(e, `m.${i}`, y, k1, k2, a.bool(1, true));
        return pw(e, 'cv4', cat(e, 'cat', [pw(e, 'cv3', y), pw(e, 'cv2', x)]));
    }, { repeatsInside: true }),
    C1: one((e, x, _a, n) => {
        const y = pw(e, 'cv1', x);
        let m = y;
        for (let i = 0; i < n; i++)
            m = convolve(e, `m.${i}`, m, 3);
        return add(e, 'add', [m, y]);
    }, { repeatsInside: true }),
    C2: one((e, x, a, n) => {
        const first = pw(e, 'cv1', x);
        let y = first;
        for (let i = 0; i < n; i++)
            y = bottleneck(e, `m.${i}`, y, 3, 3, a.bool(1, true));
        return pw(e, 'cv2', cat(e, 'cat', [y, first]));
    }, { repeatsInside: true }),
    C2f: one((e, x, a, n) => c2f(e, x, n, (part, y) => bottleneck(e, part, y, 3, 3, a.bool(1, false))), { repeatsInside: true }),
    C3: one((e, x, a, n) => {
        const [k1, k2] = e.dialect !== 'ultralytics' ? plainKernels(e) : [1, 3];
        return c3(e, x, n, (part, y) => bottleneck(e, part, y, k1, k2, a.bool(1, true)));
    }, { repeatsInside: true }),
    // C3x: Bottleneck k = ((1, 3), (3, 1)): a 1×3 then a 3×1 (YOLOv5: CrossConv, the same).
    C3x: one((e, x, a, n) => c3(e, x, n, (part, y) => bottleneck(e, part, y, [1, 3], [3, 1], a.bool(1, true))), { repeatsInside: true }),
    C3Ghost: one((e, x, _a, n) => c3(e, x, n, (part, y) => ghostBottleneck(e, part, y, 3, 1)), { repeatsInside: true }),
    GhostBottleneck: one((e, x, a) => ghostBottleneck(e, 'g', x, a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 1))),
    // C3k2(c1, c2, n, c3k=False, e=0.5, g=1, shortcut=True): C2f whose blocks are C3k (a C3 of two
    // 3×3/3×3 Bottlenecks) or Bottlenecks; parse_model forces c3k at scales m, l and x (and '').
    C3k2: one((e, x, a, n) => {
        const c3k = a.bool(1, false) || 'mlx'.includes(e.scale);
        const shortcut = a.bool(4, true);
        return c2f(e, x, n, (part, y) => (c3k ? c3kBlock(e, part, y, 3, shortcut) : bottleneck(e, part, y, 3, 3, shortcut)));
    }, { repeatsInside: true }),
    RepC3: one((e, x, _a, n) => {
        let y = pw(e, 'cv1', x);
        for (let i = 0; i < n; i++)
            y = convolve(e, `m.${i}`, y, 3);
        return pw(e, 'cv3', add(e, 'add', [y, pw(e, 'cv2', x)]));
    }, { repeatsInside: true }),
    // SPP(c1, c2, k=(5, 9, 13)): parallel stride-1 max pools of cv1, concatenated.
    SPP: one((e, x, a) => {
        const ks = a.raw(1) ?? [5, 9, 13];
        if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => typeof k === 'number' && Number.isSafeInteger(k) && k >= 1)) {
            throw new ArgError(`the pool sizes (argument 2) must be a list of integers ≥ 1, got ${show(ks)}`, 1);
        }
        const y = pw(e, 'cv1', x);
        return pw(e, 'cv2', cat(e, 'cat', [y, ...ks.map((k, i) => pool(e, `m.${i}`, y, 'max', k, 1, Math.floor(k / 2)))]));
    }),
    // SPPF(c1, c2, k=5[, n=3]): three chained k×k stride-1 max pools of cv1, all concatenated.
    SPPF: one((e, x, a) => sppfChain(e, x, a.int(1, 'kernel', 5), a.int(2, 'pools', 3), 'cv2')),
    // SPPELAN(c1, c2, c3, k=5): the same chain (cv1, three pools, cv5).
    SPPELAN: one((e, x, a) => sppfChain(e, x, a.int(2, 'kernel', 5), 3, 'cv5')),
    // RepNCSPELAN4(c1, c2, c3, c4, n=1): cv1 split; RepCSP + 3×3 twice, chained; cv4 of all.
    RepNCSPELAN4: one((e, x, a) => {
        const n = a.int(3, 'n', 1);
        const first = pw(e, 'cv1', x);
        const second = convolve(e, 'cv2.1', repCsp(e, 'cv2.0', first, n), 3);
        const third = convolve(e, 'cv3.1', repCsp(e, 'cv3.0', second, n), 3);
        return pw(e, 'cv4', cat(e, 'cat', [first, second, third]));
    }),
    // ELAN1: RepNCSPELAN4 with plain 3×3 convs instead of RepCSP + conv.
    ELAN1: one((e, x) => {
        const first = pw(e, 'cv1', x);
        const second = convolve(e, 'cv2', first, 3);
        const third = convolve(e, 'cv3', second, 3);
        return pw(e, 'cv4', cat(e, 'cat', [first, second, third]));
    }),
    // ADown: avg_pool2d(2, 1, 0), then half through Conv 3×3 s2 p1, half through max_pool2d(3, 2, 1) + 1×1.
    ADown: one((e, x) => {
        const smoothed = pool(e, 'avg', x, 'avg', 2, 1, 0);
        return cat(e, 'cat', [convolve(e, 'cv1', smoothed, 3, 2, 1), pw(e, 'cv2', pool(e, 'max', smoothed, 'max', 3, 2, 1))]);
    }),
    // AConv: avg_pool2d(2, 1, 0), then Conv 3×3 s2 p1.
    AConv: one((e, x) => convolve(e, 'cv1', pool(e, 'avg', x, 'avg', 2, 1, 0), 3, 2, 1)),
    // SCDown(c1, c2, k, s): 1×1, then a depthwise k×k at stride s.
    SCDown: one((e, x, a) => convolve(e, 'cv2', pw(e, 'cv1', x), a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 2))),
    // C2fCIB(c1, c2, n, shortcut=False, lk=False): C2f of CIB blocks.
    C2fCIB: one((e, x, a, n) => c2f(e, x, n, (part, y) => cib(e, part, y, a.bool(1, false), a.bool(2, false))), { repeatsInside: true }),
    // HGStem(c1, cm, c2) (RT-DETR): 3×3 s2; pad right/bottom; 2×2 + pad + 2×2 beside a 2×2 s1 ceil max pool; 3×3 s2; 1×1.
    HGStem: one((e, x) => {
        const stem1 = convolve(e, 'stem1', x, 3, 2);
        const padded = e.node('pad', (0,rf/* pad */.eV)(AXES, 0, 1), [stem1]);
        const a = convolve(e, 'stem2a', padded, 2, 1, 0);
        const b = convolve(e, 'stem2b', e.node('stem2a.pad', (0,rf/* pad */.eV)(AXES, 0, 1), [a]), 2, 1, 0);
        const pooled = pool(e, 'pool', padded, 'max', 2, 1, 0, true);
        return pw(e, 'stem4', convolve(e, 'stem3', cat(e, 'cat', [pooled, b]), 3, 2));
    }),
    // HGBlock(c1, cm, c2, k=3, n=6, lightconv=False, shortcut=False): n chained k×k convs, all concatenated.
    HGBlock: one((e, x, a, n) => {
        const k = a.kernel(2, 'kernel', 3);
        const pieces = [x];
        for (let i = 0; i < n; i++)
            pieces.push(convolve(e, `m.${i}`, pieces[pieces.length - 1], k));
        const out = pw(e, 'ec', pw(e, 'sc', cat(e, 'cat', pieces)));
        return a.bool(4, false) ? add(e, 'add', [out, x]) : out;
    }, { repeatsInside: true }),
    // Attention (block.py, transformer.py): global, or with attention as pointwise, their convs.
    // C2PSA(c1, c2, n, e): cv1 split; n PSABlocks (attention + depthwise 3×3 `pe`, FFN 1×1) on one half.
    C2PSA: one((e, x, _a, n) => {
        const first = pw(e, 'cv1', x);
        let y = first;
        for (let i = 0; i < n; i++)
            y = psaBlock(e, `m.${i}`, y);
        return pw(e, 'cv2', cat(e, 'cat', [first, y]));
    }, { repeatsInside: true, attention: true }),
    PSA: one((e, x) => {
        const first = pw(e, 'cv1', x);
        return pw(e, 'cv2', cat(e, 'cat', [first, psaBlock(e, 'attn', first)]));
    }, { attention: true }),
    C2fPSA: one((e, x, _a, n) => c2f(e, x, n, (part, y) => psaBlock(e, part, y)), { repeatsInside: true, attention: true }),
    // C3TR: a C3 whose blocks are a TransformerBlock (1×1 conv, linear, transformer layers).
    C3TR: one((e, x) => c3(e, x, 1, (part, y) => e.attention(part, y)), { repeatsInside: true, attention: true }),
    TransformerBlock: one((e, x) => e.attention('tr', x), { attention: true }),
    AIFI: one((e, x) => e.attention('encoder', x), { attention: true }),
    // A2C2f(c1, c2, n, a2=True, area=1, residual=False, mlp_ratio=2.0, e=0.5, g=1, shortcut=True):
    // blocks of two ABlocks (area attention + depthwise 7×7 `pe`), or C3k without a2.
    A2C2f: one((e, x, a, n) => {
        const a2 = a.bool(1, true);
        const out = c2f(e, x, n, (part, y) => (a2 ? psaBlock(e, `${part}.1`, psaBlock(e, `${part}.0`, y, 7), 7) : c3kBlock(e, part, y, 3, a.bool(7, true))), 'cv2');
        return a2 && a.bool(3, false) ? add(e, 'residual', [x, out]) : out;
    }, { repeatsInside: true, attention: true }),
    // torch.nn
    'nn.Upsample': one((e, x, a) => {
        if (a.raw(0) !== undefined)
            throw new ArgError(`a fixed output size (argument 1, ${show(a.raw(0))}) depends on the input size; use [None, scale_factor, mode]`, 0);
        const f = a.number(1, 'scale_factor', 1);
        const mode = a.raw(2) ?? 'nearest';
        if (mode !== 'nearest' && mode !== 'bilinear')
            throw new ArgError(`mode (argument 3) must be "nearest" or "bilinear" (align_corners=False), got ${show(mode)}`, 2);
        return e.node('resize', (0,rf/* resize */.XR)(AXES, { scale: scaleFraction(f), mode: mode === 'nearest' ? 'nearest' : 'linear' }), [x]);
    }),
    // nn.MaxPool2d(kernel_size, stride=kernel_size, padding=0, dilation=1, return_indices, ceil_mode=False).
    'nn.MaxPool2d': one((e, x, a) => {
        const k = a.kernel(0, 'kernel_size', 1);
        const d = a.int(3, 'dilation', 1);
        return e.node('pool', (0,rf/* conv */.xT)(AXES, { pool: 'max', kernel: perAxis(k), stride: perAxis(a.kernel(1, 'stride', k)), dilation: d, pad: perAxis(a.padding(2, 'padding') ?? 0), ceilMode: a.bool(5, false) }), [x]);
    }),
    // nn.AvgPool2d(kernel_size, stride=kernel_size, padding=0, ceil_mode=False).
    'nn.AvgPool2d': one((e, x, a) => {
        const k = a.kernel(0, 'kernel_size', 1);
        return pool(e, 'pool', x, 'avg', k, a.kernel(1, 'stride', k), a.padding(2, 'padding') ?? 0, a.bool(3, false));
    }),
    // nn.ZeroPad2d(padding): an integer, or (left, right, top, bottom).
    'nn.ZeroPad2d': one((e, x, a) => {
        const p = a.raw(0);
        if (typeof p === 'number' && Number.isSafeInteger(p))
            return e.node('pad', (0,rf/* pad */.eV)(AXES, p), [x]);
        if (Array.isArray(p) && p.length === 4 && p.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) {
            const [left, right, top, bottom] = p;
            return e.node('pad', (0,rf/* pad */.eV)(AXES, [top, left], [bottom, right]), [x]);
        }
        throw new ArgError(`padding (argument 1) must be an integer or a list [left, right, top, bottom], got ${show(p)}`, 0);
    }),
    // nn.Conv2d takes its own args (not in parse_model's list): [c1, c2, k, s=1, p=0, d=1].
    'nn.Conv2d': one((e, x, a) => convolve(e, 'conv', x, a.kernel(2, 'kernel', 1), a.kernel(3, 'stride', 1), a.padding(4, 'padding') ?? 0, a.int(5, 'dilation', 1))),
    'nn.AdaptiveAvgPool2d': one((e, x) => e.node('pool', { kind: 'global', reason: 'adaptive pool (nn.AdaptiveAvgPool2d)' }, [x])),
    'nn.AdaptiveMaxPool2d': one((e, x) => e.node('pool', { kind: 'global', reason: 'adaptive pool (nn.AdaptiveMaxPool2d)' }, [x])),
    'nn.Identity': pointwiseModule,
    'nn.BatchNorm2d': pointwiseModule,
    'nn.ReLU': pointwiseModule,
    'nn.SiLU': pointwiseModule,
    'nn.LeakyReLU': pointwiseModule,
    'nn.Sigmoid': pointwiseModule,
    'nn.Dropout': pointwiseModule,
    'nn.Dropout2d': pointwiseModule,
};
function c3kBlock(e, part, y, k, shortcut) {
    let z = pw(e, `${part}.cv1`, y);
    for (let i = 0; i < 2; i++)
        z = bottleneck(e, `${part}.m.${i}`, z, k, k, shortcut);
    return pw(e, `${part}.cv3`, cat(e, `${part}.cat`, [z, pw(e, `${part}.cv2`, y)]));
}
function transposed(e, x, k, s, p, outputPadding) {
    return e.node('deconv', (0,rf/* deconv */.Kg)(AXES, { kernel: perAxis(k), stride: perAxis(s), pad: perAxis(p), outputPadding }), [x]);
}
/** Bottleneck's `k`: a pair of kernels ((3, 3) by default), each an integer or [height, width]. */
function kernelPair(a, index, fallback) {
    const v = a.raw(index);
    if (v === undefined)
        return fallback;
    const ok = (k) => (typeof k === 'number' && Number.isSafeInteger(k) && k >= 1) || (Array.isArray(k) && k.length === 2 && k.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1));
    if (Array.isArray(v) && v.length === 2 && v.every(ok))
        return [v[0], v[1]];
    throw new ArgError(`k (argument ${index + 1}) must be a pair of kernel sizes such as [3, 3], got ${show(v)}`, index);
}
/** A scale factor as an exact fraction (2 → 2/1, 0.5 → 1/2, 1.5 → 3/2). */
function scaleFraction(f) {
    for (let den = 1; den <= 1024; den *= 2) {
        const num = f * den;
        if (Number.isInteger(num))
            return { num, den };
    }
    throw new ArgError(`scale_factor (argument 2) must be a binary fraction such as 2, 0.5 or 1.5, got ${f}`, 1);
}
const KNOWN_MODULES = [...Object.keys(MODULES), ...Object.keys(HEADS)];

;// CONCATENATED MODULE: ./src/formats/ultralytics/scale.ts
/**
 * Depth and width as Ultralytics' `parse_model` takes them (ultralytics/nn/tasks.py): from the
 * file's `scales:` at the scale chosen (a rule's `scale:` or --scale, else the one in the file
 * name, else the first, with a note), or from `depth_multiple` / `width_multiple` (YOLOv5).
 */



/**
 * The scale letter in a file name, as Ultralytics' `guess_model_scale` reads it:
 * `yolov8n.yaml` → `n`, `yolo11s-seg.yaml` → `s`, `yoloe-v8l.yaml` → `l`, `yolov8.yaml` → none.
 */
function scaleFromFileName(path) {
    const stem = (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]*$/, '');
    return /yolo(e-)?v?\d+([nslmx])/.exec(stem)?.[2];
}
function chooseScaling(file, path, requested, locate) {
    const scales = file.scales;
    if (!scales)
        return { depth: file.depth_multiple ?? 1, width: file.width_multiple ?? 1 };
    const names = Object.keys(scales);
    const fromName = scaleFromFileName(path);
    const scale = requested ?? fromName ?? names[0];
    const values = Object.hasOwn(scales, scale) ? scales[scale] : undefined;
    if (!values) {
        const how = requested !== undefined ? `scale \`${scale}\` was asked for (\`scale:\` in a rule, or --scale)` : `the file name asks for scale \`${scale}\``;
        const hint = scale.length > 1 ? (0,suggest/* didYouMean */.au)(scale, names) : '';
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownScale, `${how}, but \`scales:\` has ${(0,suggest/* alternatives */.Vo)(names)}${hint}; choose one of them with \`scale:\` in a rule or --scale`, locate.key(['scales']));
    }
    const assumption = requested === undefined && fromName === undefined
        ? `scale ${scale} (the first in \`scales:\`; set \`scale:\` in a rule or --scale to choose)`
        : undefined;
    return { scale, depth: values[0], width: values[1], ...(assumption ? { assumption } : {}) };
}
/**
 * Repeats as `parse_model` scales them: `max(round(n · depth), 1)` when n > 1. Python's round
 * goes half to even, on the double n · depth (so 0.5 · 5 = 2.5 → 2, 0.25 · 6 = 1.5 → 2).
 */
function scaledRepeats(n, depth) {
    if (n <= 1)
        return n;
    return Math.max(roundHalfEven(n * depth), 1);
}
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/build.ts
/**
 * Rows → graph IR, the way Ultralytics' `parse_model` walks them: backbone then head, layer i
 * reading `from` (−1: the previous layer, −k: layer i − k, k ≥ 0: layer k, or a list), each
 * module a small subgraph named `layer i (Module).part`, its last node `layer i (Module)`. Head
 * modules add no node: their inputs are the outputs, named P3, P4… by their stride.
 */








/** Stops the build at the first problem: one mistake, one diagnostic. */
class Stop extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
function buildGraph(file, settings, locate) {
    try {
        return build(file, settings, locate);
    }
    catch (err) {
        if (err instanceof Stop)
            return { diagnostics: [err.diagnostic] };
        throw err;
    }
}
function build(file, settings, locate) {
    const nodes = [];
    const positions = [];
    /** Per node, its jump per axis (a power of two, or a fraction after upsampling). */
    const strides = [];
    const layerOut = [];
    const outputs = [];
    const tensors = new Map();
    const attentionLayers = [];
    const rows = [
        ...file.backbone.map((row, i) => ({ row, path: ['backbone', i] })),
        ...file.head.map((row, i) => ({ row, path: ['head', i] })),
    ];
    const names = { nc: file.nc ?? 80 };
    for (const [key, value] of Object.entries(file))
        if (!Object.hasOwn(names, key) && key !== 'backbone' && key !== 'head')
            names[key] = value;
    const tooMany = (name, at) => {
        throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.tooManyNodes, `${name.replace(/\).*$/, ')')}: the model expands to more than ${settings.maxNodes} nodes (the limit); lower the repeats`, at));
    };
    const addNode = (name, op, inputs, at) => {
        settings.deadline?.check();
        if (nodes.length >= settings.maxNodes)
            tooMany(name, at);
        nodes.push({ name, op, inputs: [...inputs] });
        positions.push(at);
        strides.push(jump(op, inputs.length > 0 ? strides[inputs[0]] : [1, 1]));
        return nodes.length - 1;
    };
    const network = addNode('input', rf/* input */.hF, [], undefined);
    rows.forEach(({ row, path }, i) => {
        const [from, repeats, moduleName, args] = row;
        const at = locate.at(path);
        const label = `layer ${i} (${moduleName})`;
        const sources = resolveFrom(from, i, label, layerOut, network, [...path, 0], locate);
        // Own keys only: a row's module named `constructor` or `__proto__` is unknown, not Object's.
        const head = Object.hasOwn(HEADS, moduleName) ? HEADS[moduleName] : undefined;
        if (head) {
            layerOut.push(-1);
            headOutputs(head, moduleName, sources, i, at);
            return;
        }
        const def = Object.hasOwn(MODULES, moduleName) ? MODULES[moduleName] : undefined;
        const assumed = def ? undefined : settings.assume.get(moduleName);
        if (!def && !assumed) {
            throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.unknownModule, `${label}: unknown module \`${moduleName}\`${(0,suggest/* didYouMean */.au)(moduleName, KNOWN_MODULES)}; if you know how it maps positions, say so with assume (--assume ${moduleName}=pointwise or ${moduleName}=global, or \`assume\` in rules)`, locate.at([...path, 2])));
        }
        const list = Array.isArray(from);
        if (def && (def.inputs === 'one') === list) {
            throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.inputCount, def.inputs === 'one' ? `${label}: \`${moduleName}\` takes one input, but \`from\` lists ${sources.length}; merge them with a Concat row first` : `${label}: \`${moduleName}\` merges several layers: \`from\` must be a list such as [-1, 6]`, locate.at([...path, 0])));
        }
        const n = scaledRepeats(repeats, settings.depth);
        // Every repeat adds a node at least: a count of 10^20 is over the limit before any is built.
        if (n > settings.maxNodes - nodes.length)
            tooMany(label, at);
        const created = nodes.length;
        const emitFor = (prefix) => ({
            dialect: settings.dialect,
            scale: settings.scale,
            jump: (node) => strides[node],
            node: (part, op, inputs) => addNode(`${label}.${prefix}${part}`, op, inputs, at),
            attention: (part, x) => {
                if (settings.attentionPointwise)
                    return addNode(`${label}.${prefix}${part}`, rf/* pointwise */.rp, [x], at);
                if (!attentionLayers.some((l) => l.label === label))
                    attentionLayers.push({ label, at });
                // `reason` tells the report which layer made the outputs after it global.
                return addNode(`${label}.${prefix}${part}`, { kind: 'global', reason: `attention (${moduleName})` }, [x], at);
            },
        });
        let out;
        if (!def) {
            const joined = sources.length > 1 ? addNode(`${label}.inputs`, (0,rf/* merge */.h1)('concat'), sources, at) : sources[0];
            out = addNode(label, assumed === 'global' ? { kind: 'global', reason: `${moduleName}, assumed global` } : rf/* pointwise */.rp, [joined], at);
        }
        else {
            const argsOf = new Args(args, names);
            try {
                if (def.repeatsInside || n <= 1)
                    out = def.build(emitFor(''), sources, argsOf, def.repeatsInside ? n : 1);
                else {
                    out = sources[0];
                    for (let r = 0; r < n; r++)
                        out = def.build(emitFor(`${r}.`), [out], argsOf, 1);
                }
            }
            catch (err) {
                if (!(err instanceof ArgError))
                    throw err;
                const where = err.index !== undefined && err.index < args.length ? [...path, 3, err.index] : [...path, 3];
                throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.badArgs, `${label}: ${err.message}`, locate.at(where)));
            }
            // The module's last node is the layer: engine messages then name it as Ultralytics does.
            if (out >= created && out === nodes.length - 1)
                nodes[out] = { ...nodes[out], name: label };
            else
                out = addNode(label, rf/* pointwise */.rp, [out], at);
        }
        layerOut.push(out);
        tensors.set(`layer${i}`, out);
    });
    const warnings = attentionLayers.map(({ label, at }) => (0,diagnostic/* warning */.$e)(codes/* CODES */.L.attention, `${label} is attention: every output after it sees the whole input (global); to check the RF of the convolutions around it, treat attention as pointwise (--attention pointwise, or \`attention: pointwise\` in rules)`, at));
    return { nodes, positions, outputs, tensors, warnings };
    function headOutputs(head, moduleName, sources, i, at) {
        if (head.kind === 'classify') {
            // Classify(c1, c2, k=1, s=1, p=None): a Conv, a global average pool, a linear layer.
            const args = new Args(rows[i].row[3], names);
            let x = sources[0];
            try {
                const k = args.kernel(1, 'kernel', 1);
                const s = args.kernel(2, 'stride', 1);
                if (k !== 1 || s !== 1) {
                    const kk = typeof k === 'number' ? [k, k] : [...k];
                    x = addNode(`layer ${i} (${moduleName}).conv`, (0,rf/* conv */.xT)(2, { kernel: kk, stride: typeof s === 'number' ? s : [...s], pad: kk.map((v) => Math.floor(v / 2)) }), [x], at);
                }
            }
            catch (err) {
                if (!(err instanceof ArgError))
                    throw err;
                throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.badArgs, `layer ${i} (${moduleName}): ${err.message}`, at));
            }
            const out = addNode(`layer ${i} (${moduleName})`, { kind: 'global', reason: `global average pool (${moduleName})` }, [x], at);
            outputs.push({ name: unique(moduleName), node: out, thresholds: {}, position: at });
            return;
        }
        const plan = planHead(head, moduleName, new Args(rows[i].row[3], names), sources.length);
        if (typeof plan === 'string')
            throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.inputCount, `layer ${i} (${moduleName}): ${plan}`, locate.at([...rows[i].path, 0])));
        const label = `layer ${i} (${moduleName})`;
        const seen = new Set();
        for (const { input: j, group, groupIndex } of plan.levels) {
            const source = sources[j];
            const peers = plan.levels.filter((l) => l.groupIndex === groupIndex).map((l) => strides[sources[l.input]]);
            const level = levelName(strides[source], peers);
            const base = level ? `${group}${level.slice(1)}` : `layer${layerIndex(source)}${group === 'A' ? '.aux' : ''}`;
            // TripleDDetect's two lead groups read the same layers: one output each.
            if (seen.has(`${base}@${source}`))
                continue;
            seen.add(`${base}@${source}`);
            const name = unique(base);
            outputs.push({ name, node: source, thresholds: {}, position: at });
            if (head.kind === 'detect' && plan.branch === 'v8') {
                // cv2[j]: Conv(x, c2, 3), Conv(c2, c2, 3), then a 1×1: the box branch's RF.
                const conv3 = (0,rf/* conv */.xT)(2, { kernel: 3, pad: 1 });
                const first = addNode(`${label}.cv2.${j}.0`, conv3, [source], at);
                const box = addNode(`${label}.cv2.${j}.1`, conv3, [first], at);
                outputs.push({ name: unique(`${name}.box`), node: box, thresholds: {}, position: at });
            }
        }
        if (head.proto === 'first') {
            // Proto on the first input: Conv 3×3, 2× up, Conv 3×3, 1×1: the mask prototypes, at half
            // the first input's stride. Ultralytics upsamples by ConvTranspose2d(2, 2); the YOLOv5 and
            // YOLOv9 repositories by nn.Upsample(scale_factor=2, mode='nearest').
            const name = `${label}.proto`;
            const cv1 = addNode(`${name}.cv1`, (0,rf/* conv */.xT)(2, { kernel: 3, pad: 1 }), [sources[0]], at);
            const upOp = settings.dialect === 'ultralytics' ? (0,rf/* deconv */.Kg)(2, { kernel: 2, stride: 2 }) : (0,rf/* resize */.XR)(2, { scale: 2, mode: 'nearest' });
            const up = addNode(`${name}.upsample`, upOp, [cv1], at);
            const proto = addNode(name, (0,rf/* conv */.xT)(2, { kernel: 3, pad: 1 }), [up], at);
            outputs.push({ name: unique('proto'), node: proto, thresholds: {}, position: at });
        }
        else {
            plan.protoInputs.forEach((j, k) => {
                const part = k === 0 ? 'proto' : `proto${k + 1}`;
                const proto = addNode(`${label}.${part}`, rf/* pointwise */.rp, [sources[j]], at);
                outputs.push({ name: unique(part), node: proto, thresholds: {}, position: at });
            });
        }
        if (head.semantic) {
            // Panoptic's UConv on the first input: Conv 3×3, a 1×1, nn.Upsample(2, bilinear, align_corners=True).
            const name = `${label}.uconv`;
            const cv1 = addNode(`${name}.cv1`, (0,rf/* conv */.xT)(2, { kernel: 3, pad: 1 }), [sources[0]], at);
            const up = addNode(name, (0,rf/* resize */.XR)(2, { scale: 2, mode: 'linear', coordinates: 'align_corners' }), [cv1], at);
            outputs.push({ name: unique('semantic'), node: up, thresholds: {}, position: at });
        }
    }
    function layerIndex(node) {
        return layerOut.indexOf(node);
    }
    function unique(name) {
        let candidate = name;
        for (let k = 2; outputs.some((o) => o.name === candidate); k++)
            candidate = `${name}#${k}`;
        return candidate;
    }
}
/** `P3` for a stride of 8 on both axes, when that level is the only one of the head's inputs. */
function levelName(stride, all) {
    const s = stride[0];
    if (stride.some((v) => v !== s) || !Number.isInteger(s) || s < 1 || (s & (s - 1)) !== 0)
        return undefined;
    if (all.filter((t) => t[0] === s && t[1] === s).length > 1)
        return undefined;
    return `P${Math.log2(s)}`;
}
function jump(op, before) {
    switch (op.kind) {
        case 'conv':
            return before.map((j, a) => j * op.stride[a]);
        case 'deconv':
            return before.map((j, a) => j / op.stride[a]);
        case 'resize':
            return before.map((j, a) => (j * op.scale[a].den) / op.scale[a].num);
        case 'space_to_depth':
            return before.map((j, a) => j * op.block[a]);
        case 'depth_to_space':
            return before.map((j, a) => j / op.block[a]);
        default:
            return [...before];
    }
}
function resolveFrom(from, i, label, layerOut, network, path, locate) {
    const list = Array.isArray(from) ? from : [from];
    return list.map((f, k) => {
        const target = f < 0 ? i + f : f;
        const where = locate.at(Array.isArray(from) ? [...path, k] : path);
        if (f === -1 && i === 0)
            return network;
        if (target < 0 || target >= i) {
            const why = target >= i ? `reads layer ${target}, which comes at or after this one` : `reaches before the first layer`;
            const fix = i === 0 ? 'the first layer reads the image: use -1' : `use -1 for the previous layer, or the index of an earlier layer (0 to ${i - 1})`;
            throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.badFrom, `${label}: \`from\` ${f} ${why}; ${fix}`, where));
        }
        const node = layerOut[target];
        if (node < 0)
            throw new Stop((0,diagnostic/* error */.z3)(codes/* CODES */.L.badFrom, `${label}: \`from\` ${f} reads layer ${target}, a head (its outputs are not a tensor); read one of its inputs instead`, where));
        return node;
    });
}

// EXTERNAL MODULE: ./src/formats/native/codes.ts
var native_codes = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/formats/native/parse.ts
var parse = __webpack_require__(4973);
;// CONCATENATED MODULE: ./src/formats/ultralytics/parse.ts



const OURS = {
    [native_codes/* CODES */.Lp.syntax]: codes/* CODES */.L.syntax,
    [native_codes/* CODES */.Lp.tooDeep]: codes/* CODES */.L.limits,
    [native_codes/* CODES */.Lp.tooManyAliases]: codes/* CODES */.L.limits,
};
function parseYaml(text, limits) {
    const result = (0,parse/* parseText */.r)(text, limits);
    if ('parsed' in result)
        return result;
    return { diagnostics: result.diagnostics.map((d) => ({ ...d, code: OURS[d.code] ?? d.code, message: d.message.replace('or use `repeat`', 'or fewer') })) };
}

;// CONCATENATED MODULE: ./schema/ultralytics.schema.json
const ultralytics_schema_namespaceObject = {};
// EXTERNAL MODULE: ./src/formats/yaml/schema-errors.ts
var schema_errors = __webpack_require__(415);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/generated/ultralytics-schema.js
// Generated by scripts/gen-validators.mjs from schema/ultralytics.schema.json (npm run build); do not edit.
/* eslint-disable */

const runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const validate = validate20;/* harmony default export */ const ultralytics_schema = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/rflint/rflint/schema/ultralytics.schema.json","title":"Ultralytics YOLO model YAML (the keys rflint reads)","description":"The structure of an Ultralytics model YAML (YOLOv3/v5/v8/11 and their variants): `backbone` and `head` lists of rows [from, repeats, module, args]. Other top-level keys are allowed: real files carry many (anchors, kpt_shape, activation…).","type":"object","required":["backbone","head"],"properties":{"nc":{"description":"Number of classes: an integer ≥ 1","type":"integer","minimum":1},"depth_multiple":{"description":"Depth multiple: a number > 0 (repeats are scaled by it)","type":"number","exclusiveMinimum":0},"width_multiple":{"description":"Width multiple: a number > 0 (channels are scaled by it)","type":"number","exclusiveMinimum":0},"scales":{"description":"Compound scales: a mapping of scale name to [depth, width, max_channels]","type":"object","minProperties":1,"additionalProperties":{"description":"A scale: a list [depth, width] or [depth, width, max_channels] of numbers > 0","type":"array","minItems":2,"maxItems":3,"items":{"type":"number","exclusiveMinimum":0}}},"backbone":{"$ref":"#/$defs/rows"},"head":{"$ref":"#/$defs/rows"}},"$defs":{"rows":{"description":"Layers: a list of rows [from, repeats, module, args]","type":"array","items":{"$ref":"#/$defs/row"}},"row":{"description":"A layer: a list [from, repeats, module, args]","type":"array","minItems":4,"maxItems":4,"prefixItems":[{"description":"From: -1 (the previous layer), a negative offset, a layer index, or a list of them","anyOf":[{"type":"integer"},{"type":"array","minItems":1,"items":{"type":"integer"}}]},{"description":"Repeats: an integer ≥ 1","type":"integer","minimum":1},{"description":"Module: a name such as `Conv` or `nn.Upsample`","type":"string","minLength":1},{"description":"Args: a list of the module's arguments","type":"array"}]}}};const schema32 = {"description":"Layers: a list of rows [from, repeats, module, args]","type":"array","items":{"$ref":"#/$defs/row"}};const schema33 = {"description":"A layer: a list [from, repeats, module, args]","type":"array","minItems":4,"maxItems":4,"prefixItems":[{"description":"From: -1 (the previous layer), a negative offset, a layer index, or a list of them","anyOf":[{"type":"integer"},{"type":"array","minItems":1,"items":{"type":"integer"}}]},{"description":"Repeats: an integer ≥ 1","type":"integer","minimum":1},{"description":"Module: a name such as `Conv` or `nn.Upsample`","type":"string","minLength":1},{"description":"Args: a list of the module's arguments","type":"array"}]};const func1 = runtime0.default;function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(Array.isArray(data0)){if(data0.length > 4){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/row/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data0.length < 4){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/row/minItems",keyword:"minItems",params:{limit: 4},message:"must NOT have fewer than 4 items",schema:4,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const len1 = data0.length;if(len1 > 0){let data1 = data0[0];const _errs5 = errors;let valid4 = false;const _errs6 = errors;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err2 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/row/prefixItems/0/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.prefixItems[0].anyOf[0].type,parentSchema:schema33.prefixItems[0].anyOf[0],data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs6 === errors;valid4 = valid4 || _valid0;const _errs8 = errors;if(Array.isArray(data1)){if(data1.length < 1){const err3 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/row/prefixItems/0/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.prefixItems[0].anyOf[1],data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const len2 = data1.length;for(let i1=0; i1<len2; i1++){let data2 = data1[i1];if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/" + i0+"/0/" + i1,schemaPath:"#/$defs/row/prefixItems/0/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.prefixItems[0].anyOf[1].items.type,parentSchema:schema33.prefixItems[0].anyOf[1].items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/row/prefixItems/0/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.prefixItems[0].anyOf[1].type,parentSchema:schema33.prefixItems[0].anyOf[1],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs8 === errors;valid4 = valid4 || _valid0;if(!valid4){const err6 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/row/prefixItems/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.prefixItems[0].anyOf,parentSchema:schema33.prefixItems[0],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(len1 > 1){let data3 = data0[1];if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/row/prefixItems/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.prefixItems[1].type,parentSchema:schema33.prefixItems[1],data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/row/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.prefixItems[1],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(len1 > 2){let data4 = data0[2];if(typeof data4 === "string"){if(func1(data4) < 1){const err9 = {instancePath:instancePath+"/" + i0+"/2",schemaPath:"#/$defs/row/prefixItems/2/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.prefixItems[2],data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/" + i0+"/2",schemaPath:"#/$defs/row/prefixItems/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.prefixItems[2].type,parentSchema:schema33.prefixItems[2],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(len1 > 3){let data5 = data0[3];if(!(Array.isArray(data5))){const err11 = {instancePath:instancePath+"/" + i0+"/3",schemaPath:"#/$defs/row/prefixItems/3/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.prefixItems[3].type,parentSchema:schema33.prefixItems[3],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/row/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/rflint/rflint/schema/ultralytics.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.backbone === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backbone"},message:"must have required property '"+"backbone"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.head === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.nc !== undefined){let data0 = data.nc;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err2 = {instancePath:instancePath+"/nc",schemaPath:"#/properties/nc/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.nc.type,parentSchema:schema31.properties.nc,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 1 || isNaN(data0)){const err3 = {instancePath:instancePath+"/nc",schemaPath:"#/properties/nc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.nc,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.depth_multiple !== undefined){let data1 = data.depth_multiple;if((typeof data1 == "number") && (isFinite(data1))){if(data1 <= 0 || isNaN(data1)){const err4 = {instancePath:instancePath+"/depth_multiple",schemaPath:"#/properties/depth_multiple/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.depth_multiple,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/depth_multiple",schemaPath:"#/properties/depth_multiple/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.depth_multiple.type,parentSchema:schema31.properties.depth_multiple,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.width_multiple !== undefined){let data2 = data.width_multiple;if((typeof data2 == "number") && (isFinite(data2))){if(data2 <= 0 || isNaN(data2)){const err6 = {instancePath:instancePath+"/width_multiple",schemaPath:"#/properties/width_multiple/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.width_multiple,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/width_multiple",schemaPath:"#/properties/width_multiple/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.width_multiple.type,parentSchema:schema31.properties.width_multiple,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.scales !== undefined){let data3 = data.scales;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(Object.keys(data3).length < 1){const err8 = {instancePath:instancePath+"/scales",schemaPath:"#/properties/scales/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.scales,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key0 in data3){let data4 = data3[key0];if(Array.isArray(data4)){if(data4.length > 3){const err9 = {instancePath:instancePath+"/scales/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scales/additionalProperties/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.scales.additionalProperties,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data4.length < 2){const err10 = {instancePath:instancePath+"/scales/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scales/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema31.properties.scales.additionalProperties,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if((typeof data5 == "number") && (isFinite(data5))){if(data5 <= 0 || isNaN(data5)){const err11 = {instancePath:instancePath+"/scales/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/scales/additionalProperties/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.scales.additionalProperties.items,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/scales/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/scales/additionalProperties/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.scales.additionalProperties.items.type,parentSchema:schema31.properties.scales.additionalProperties.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/scales/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scales/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scales.additionalProperties.type,parentSchema:schema31.properties.scales.additionalProperties,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/scales",schemaPath:"#/properties/scales/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scales.type,parentSchema:schema31.properties.scales,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.backbone !== undefined){if(!(validate21(data.backbone, {instancePath:instancePath+"/backbone",parentData:data,parentDataProperty:"backbone",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.head !== undefined){if(!(validate21(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"nc":true,"depth_multiple":true,"width_multiple":true,"scales":true,"backbone":true,"head":true},"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/formats/ultralytics/schema.ts





const schema = (/* unused pure expression or super */ null && (schemaJson));
// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => validate;
function schemaErrors(data) {
    const validate = validator();
    return validate(data) ? [] : (validate.errors ?? []);
}
function validateSchema(data, locate) {
    const errors = schemaErrors(data);
    if (errors.length === 0)
        return [];
    return (0,schema_errors/* schemaDiagnostics */.mT)(errors, data, locate, {
        codes: { unknownKey: codes/* CODES */.L.invalidValue, missingKey: codes/* CODES */.L.missingKey, invalidValue: codes/* CODES */.L.invalidValue },
        special: (p) => rowProblem(p, data, locate),
    });
}
/** `layer 12 (head[2])`: how Ultralytics counts layers (backbone then head), and where the row is. */
function layerLabel(data, section, row) {
    const backbone = data.backbone;
    const index = section === 'head' && Array.isArray(backbone) ? backbone.length + row : row;
    return `layer ${index} (${section}[${row}])`;
}
const FIELDS = ['`from`', 'repeats', 'the module', 'args'];
function rowProblem(p, data, locate) {
    const path = p.path;
    const section = path[0];
    if (path.length === 0 && p.keyword === 'required') {
        const key = String(p.params.missingProperty);
        return (0,diagnostic/* error */.z3)(codes/* CODES */.L.missingKey, `missing \`${key}\`: an Ultralytics model has a \`backbone\` and a \`head\`, each a list of rows [from, repeats, module, args]`, locate.at([]));
    }
    if (section === 'backbone' || section === 'head') {
        if (path.length === 0)
            return undefined;
        if (path.length === 1) {
            if (p.keyword === 'type')
                return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `\`${section}\` must be a list of rows [from, repeats, module, args], got ${(0,schema_errors/* show */.WU)(p.value)}`, locate.at(path));
            return undefined;
        }
        const label = layerLabel(data, section, Number(path[1]));
        const at = locate.at(path);
        if (path.length === 2)
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${label}: a row is a list [from, repeats, module, args], got ${(0,schema_errors/* show */.WU)(p.value)}`, at);
        const field = FIELDS[Number(path[2])] ?? 'a value';
        if (path.length === 3 || (path[2] === 0 && path.length === 4)) {
            const what = ['-1 (the previous layer), a negative offset, a layer index or a list of them', 'an integer ≥ 1', 'a name such as `Conv` or `nn.Upsample`', 'a list of arguments'][Number(path[2])];
            return (0,diagnostic/* error */.z3)(codes/* CODES */.L.invalidValue, `${label}: ${field} must be ${what}, got ${(0,schema_errors/* show */.WU)(p.value)}`, at);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/load.ts
/**
 * An Ultralytics model YAML's text → LoadResult: parse, schema, scale, graph, structure. Each
 * stage stops the load at its first problem, so one mistake gives one diagnostic.
 */








/** Ultralytics' default image size (`imgsz=640`). */
const DEFAULT_INPUT_SIZE = [640, 640];
function loadUltralyticsText(text, path, options) {
    const withFile = (diagnostics) => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
    const parsed = parseYaml(text, options.limits);
    if ('diagnostics' in parsed)
        return withFile(parsed.diagnostics);
    const { data, locate } = parsed.parsed;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.missingKey, 'not an Ultralytics model: the file must be a mapping with `backbone:` and `head:` lists', { line: 1, column: 1 })]);
    }
    const schemaProblems = validateSchema(data, locate);
    if (schemaProblems.length > 0)
        return withFile(schemaProblems);
    const file = data;
    const assumptions = [];
    const inputSize = options.inputSize ?? DEFAULT_INPUT_SIZE;
    if (inputSize.length !== 2 || !inputSize.every((v) => Number.isSafeInteger(v) && v > 0)) {
        return withFile([(0,diagnostic/* error */.z3)(codes/* CODES */.L.inputSize, `the input size must be two positive integers (height, width) such as 640x640, got ${inputSize.join('x')}`)]);
    }
    if (!options.inputSize)
        assumptions.push(`input ${inputSize.join('×')} (Ultralytics' default; set input_size)`);
    const scaling = chooseScaling(file, path, options.scale, locate);
    if ('severity' in scaling)
        return withFile([scaling]);
    if (scaling.assumption)
        assumptions.push(scaling.assumption);
    const built = buildGraph(file, {
        dialect: dialectOf(file),
        // Without `scales:`, parse_model's scale is the file name's letter or '' (which is `in "mlx"`).
        scale: scaling.scale ?? scaleFromFileName(path) ?? '',
        depth: scaling.depth,
        attentionPointwise: options.attentionPointwise ?? false,
        assume: options.assume ?? new Map(),
        maxNodes: options.limits.maxNodes,
        deadline: options.deadline,
    }, locate);
    if ('diagnostics' in built)
        return withFile(built.diagnostics);
    const graph = { axes: 2, nodes: built.nodes };
    try {
        (0,rf/* validateGraph */.dC)(graph);
        (0,rf/* topologicalOrder */._o)(graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])]);
    }
    const model = {
        format: 'ultralytics',
        name: baseName(path),
        graph,
        inputSize,
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        assumptions,
    };
    return { model, diagnostics: built.warnings.map((d) => ({ ...d, file: path })) };
}
/**
 * Which repository's modules the file means. The files of the YOLOv5 lineage (YOLOv5, YOLOv7,
 * YOLOv9) declare `anchors` (YOLOv9's anchor-free ones too) and share a Bottleneck of 1×1 then
 * 3×3; a YOLOv7 head marks YOLOv7's Conv, whose sixth argument is the activation. What the head
 * runs is decided by the head module (heads.ts), not here.
 */
function dialectOf(file) {
    if (file.head.some((row) => YOLOV7_HEADS.has(row[2])))
        return 'yolov7';
    return file.anchors !== undefined ? 'yolov5' : 'ultralytics';
}
function baseName(path) {
    const file = path.split(/[\\/]/).pop() ?? path;
    return file.replace(/\.ya?ml$/i, '');
}

;// CONCATENATED MODULE: ./src/formats/ultralytics/index.ts
/**
 * Ultralytics YOLO model YAMLs (YOLOv3/v5/v8/11 and their variants, and the YOLOv5
 * repository's): a `.yaml`/`.yml` whose text has top-level `backbone:` and `head:` keys.
 */







const ultralyticsLoader = {
    ...recognise/* ultralyticsRecognition */.q,
    async load(source, options) {
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: codes/* CODES */.L.limits, notText: codes/* CODES */.L.syntax, kind: 'a model description' });
        if (typeof text !== 'string')
            return text;
        return loadUltralyticsText(text, source.path, options);
    },
};


/***/ })

};
