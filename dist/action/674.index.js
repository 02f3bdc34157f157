export const id = 674;
export const ids = [674];
export const modules = {

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NCNN_CODES: () => (/* reexport */ NCNN_CODES),
  loadNcnnText: () => (/* reexport */ loadNcnnText),
  ncnnLoader: () => (/* binding */ ncnnLoader)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/formats/text.ts
var formats_text = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/formats/ncnn/recognise.ts
var recognise = __webpack_require__(5239);
;// CONCATENATED MODULE: ./src/formats/ncnn/codes.ts
/**
 * Diagnostic codes of the ncnn `.param` loader (RF600–RF619), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const NCNN_CODES = {
    RF600: 'an ncnn param file does not start with the magic 7767517 and its layer and blob counts, or a layer line is malformed',
    RF601: 'an ncnn param file has no layers, or fewer layer lines than its count says',
    RF602: 'an ncnn layer parameter has a value of the wrong type or range',
    RF603: 'an ncnn layer misses an input blob or a parameter it needs',
    RF604: 'an ncnn layer reads a blob that no earlier layer produces',
    RF605: 'an ncnn layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF606: 'an ncnn param file is larger than the size limit',
    RF607: 'an ncnn param file is not UTF-8 text',
    RF608: 'an ncnn layer needs the input size, which the param file does not give',
    RF609: 'an ncnn param file has more layers than the limit',
    RF610: 'an ncnn layer that rflint cannot map to positions (a spatial Concat or Slice, dynamic weights)',
    RF611: 'an ncnn param file names a blob or a layer twice, or its blob count disagrees with its layers',
    RF612: 'an ncnn channel-attention gate (a BinaryOp or Eltwise product with a globally pooled blob) makes the outputs after it global',
    RF613: 'an ncnn binary param file (`.param.bin`): rflint reads the text `.param`',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF600',
    noLayers: 'RF601',
    invalidValue: 'RF602',
    missing: 'RF603',
    badBottom: 'RF604',
    unknownType: 'RF605',
    fileTooLarge: 'RF606',
    notText: 'RF607',
    needsInputSize: 'RF608',
    tooManyLayers: 'RF609',
    unsupported: 'RF610',
    duplicate: 'RF611',
    gate: 'RF612',
    binary: 'RF613',
};

// EXTERNAL MODULE: ./src/rf/index.ts + 10 modules
var rf = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/formats/yaml/suggest.ts
var suggest = __webpack_require__(1728);
// EXTERNAL MODULE: ./src/formats/unique.ts
var unique = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/formats/ncnn/build.ts
/**
 * ncnn layers → the engine's graph IR. Each `Input` is an input node named after its blob; each
 * layer is one node per top blob, named after the layer (a second top: `layer/top`). A blob is
 * written once, by one layer (ncnn has no in-place blobs in its files). `MemoryData` blobs are
 * constants: no image position reaches them, so a merge with one reads only its other blobs.
 *
 * Spatial sizes are tracked alongside with ncnn's rules when the input size is known: a Crop or
 * an Interp to a fixed size needs them, and so does ncnn's "full" pooling (pad_mode 0), which
 * pads the end up to a whole stride and so keeps a last window that PyTorch's ceil rule drops.
 */





const AXES = 2;
/** A decimal scale (`2.000000e+00`, `0.5`) as an exact fraction. */
function decimalFraction(value) {
    for (let den = 1; den <= 1_000_000; den *= 10) {
        const num = Math.round(value * den);
        if (!Number.isSafeInteger(num))
            return undefined;
        if (Math.abs(value * den - num) < 1e-6 * den && num > 0) {
            const g = rf/* gcd */.p_(num, den);
            return rf/* frac */.Ju(num / g, den / g);
        }
    }
    return undefined;
}
function buildGraph(layers, options) {
    const nodes = [];
    const positions = [];
    const tensors = new Map();
    const layerNames = new Map();
    const blobs = new Map();
    const order = [];
    const names = new unique/* UniqueNames */.U();
    const assumptions = [];
    const diagnostics = [];
    let inputSize;
    let firstInput = true;
    const add = (name, op, ins, at) => {
        options.deadline?.check();
        nodes.push({ name: names.take(name), op, inputs: ins });
        positions.push(at);
        return nodes.length - 1;
    };
    const write = (blob) => {
        const earlier = blobs.get(blob.name);
        if (earlier)
            return (0,diagnostic/* error */.z3)(CODES.duplicate, `blob \`${blob.name}\` is written twice (first at line ${earlier.at.line}); ncnn blob names are unique: rename one`, blob.at);
        blobs.set(blob.name, blob);
        order.push(blob);
        if (blob.node !== undefined)
            tensors.set(blob.name, blob.node);
        return undefined;
    };
    for (const { line, spec } of layers) {
        const where = `layer "${line.name.text}" (${line.type.text})`;
        const bottoms = [];
        for (const bottom of line.bottoms) {
            const blob = blobs.get(bottom.text);
            if (!blob) {
                const known = [...blobs.keys()];
                const hint = (0,suggest/* didYouMean */.au)(bottom.text, known) || (known.length > 0 ? `; the blobs so far are ${known.slice(0, 8).map((k) => `\`${k}\``).join(', ')}${known.length > 8 ? ', …' : ''}` : '; an ncnn net starts with an `Input` layer');
                return { problem: (0,diagnostic/* error */.z3)(CODES.badBottom, `${where}: blob \`${bottom.text}\` is not written by an earlier layer${hint}`, bottom.at) };
            }
            blob.consumed = true;
            bottoms.push(blob);
        }
        const at = line.at;
        const tops = line.tops;
        const writeAll = (make) => {
            for (let i = 0; i < tops.length; i++) {
                const problem = write({ ...make(i), name: tops[i].text, at: tops[i].at, input: false, consumed: false });
                if (problem)
                    return problem;
            }
            return undefined;
        };
        if (spec.kind === 'input') {
            if (tops.length === 0)
                return { problem: (0,diagnostic/* error */.z3)(CODES.missing, `${where} writes no blob; give it one (\`Input data 0 1 data 0=224 1=224 2=3\`)`, at) };
            let size = spec.size;
            if (firstInput) {
                // The first input is the image; the engine measures every input on the same axis.
                if (options.inputSize)
                    size = options.inputSize;
                inputSize = size;
            }
            const node = add(line.name.text, rf/* input */.hF, [], at);
            layerNames.set(line.name.text, node);
            const problem = writeAll(() => ({ node, global: false, size: firstInput ? size : undefined }));
            if (problem)
                return { problem };
            firstInput = false;
            continue;
        }
        if (tops.length === 0)
            return { problem: (0,diagnostic/* error */.z3)(CODES.missing, `${where} writes no blob; name its output after its inputs`, at) };
        if (spec.kind === 'constant') {
            const problem = writeAll(() => ({ node: undefined, global: false, size: undefined }));
            if (problem)
                return { problem };
            continue;
        }
        if (bottoms.length === 0)
            return { problem: (0,diagnostic/* error */.z3)(CODES.missing, `${where} reads no blob; name its input before its output`, at) };
        const live = bottoms.filter((b) => b.node !== undefined);
        if (live.length === 0) {
            // Computed from constants only: a constant too.
            const problem = writeAll(() => ({ node: undefined, global: false, size: undefined }));
            if (problem)
                return { problem };
            continue;
        }
        const x = live[0];
        const n = x.size;
        if (spec.kind === 'split') {
            // The same tensor under new names: no node of its own, so stage ends and rules name the blob.
            const problem = writeAll(() => ({ node: x.node, global: x.global, size: x.size }));
            if (problem)
                return { problem };
            layerNames.set(line.name.text, x.node);
            continue;
        }
        let op;
        let size = n;
        let ins = [x.node];
        let global = live.some((b) => b.global);
        const needsSize = (what) => ({
            problem: (0,diagnostic/* error */.z3)(CODES.needsInputSize, `${where}: ${what} depends on the input size, which the file does not give (its Input has no 0=w 1=h); give --input-size (rules: \`input_size\`)`, at),
        });
        switch (spec.kind) {
            case 'window': {
                const pads = [...spec.pad];
                let ceilMode = false;
                const extent = spec.kernel.map((k, a) => spec.dilation[a] * (k - 1) + 1);
                if (spec.full) {
                    if (n) {
                        // ncnn pads the end up to a whole stride (`make_padding`, pad_mode 0): an explicit end pad.
                        spec.pad.forEach((p, a) => {
                            if (!('begin' in p))
                                return;
                            const span = n[a] + p.begin + p.end - extent[a];
                            const tail = span % spec.stride[a] === 0 ? 0 : spec.stride[a] - (((span % spec.stride[a]) + spec.stride[a]) % spec.stride[a]);
                            pads[a] = { begin: p.begin, end: p.end + tail };
                        });
                    }
                    else
                        ceilMode = true;
                }
                op = { kind: 'conv', ...(spec.pool ? { pool: spec.pool } : {}), kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: pads, ...(ceilMode ? { ceilMode: true } : {}) };
                size = n?.map((len, a) => {
                    const p = pads[a];
                    if ('same' in p)
                        return Math.ceil(len / spec.stride[a]);
                    return Math.floor((len + p.begin + p.end - extent[a]) / spec.stride[a]) + 1;
                });
                break;
            }
            case 'deconv': {
                const full = n?.map((len, a) => (len - 1) * spec.stride[a] + spec.dilation[a] * (spec.kernel[a] - 1) + 1 + spec.outputPadding[a]);
                let pad;
                if (spec.pad === 'upper' || spec.pad === 'lower') {
                    if (!full)
                        return needsSize('a SAME transposed convolution cut to its output size (20=, 21=)');
                    const same = spec.pad;
                    const cuts = full.map((f, a) => f - spec.outputSize[a]);
                    if (cuts.some((c) => c < 0))
                        return { problem: (0,diagnostic/* error */.z3)(CODES.invalidValue, `${where}: the output size ${spec.outputSize.join('×')} is larger than the full transposed convolution (${full.join('×')}); ncnn cuts, it does not pad`, at) };
                    pad = cuts.map((c) => (same === 'upper' ? [Math.floor(c / 2), c - Math.floor(c / 2)] : [c - Math.floor(c / 2), Math.floor(c / 2)]));
                }
                else
                    pad = [...spec.pad];
                op = { kind: 'deconv', kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: pad.map(([begin, end]) => ({ begin, end })), outputPadding: [...spec.outputPadding] };
                size = full?.map((f, a) => f - pad[a][0] - pad[a][1]);
                break;
            }
            case 'pointwise':
                op = rf/* pointwise */.rp;
                break;
            case 'global':
                op = { kind: 'global', reason: `${spec.reason}: layer "${line.name.text}"` };
                size = undefined;
                global = true;
                break;
            case 'copies':
            case 'concat': {
                if (!spec.channels && live.some((b) => !b.global)) {
                    return { problem: (0,diagnostic/* error */.z3)(CODES.unsupported, `${where}: a ${line.type.text} along axis ${spec.axis} (a spatial axis of a c×h×w blob) does not map positions one to one; rflint reads ${line.type.text} along the channels (axis 0)`, at) };
                }
                if (spec.kind === 'concat' && live.length > 1) {
                    ins = live.map((b) => b.node);
                    op = rf/* merge */.h1('concat');
                }
                else
                    op = rf/* pointwise */.rp;
                break;
            }
            case 'merge': {
                if (live.length === 1) {
                    op = rf/* pointwise */.rp;
                    break;
                }
                ins = live.map((b) => b.node);
                op = rf/* merge */.h1(spec.merge);
                const gate = spec.merge === 'mul' && !x.global ? live.slice(1).find((b) => b.global) : undefined;
                if (!gate)
                    break;
                // A product with a blob computed from the whole input (squeeze-and-excitation's
                // sigmoid after a global pool): a channel-attention gate.
                if (options.channelAttentionPointwise) {
                    op = rf/* pointwise */.rp;
                    ins = [x.node];
                    global = false;
                    assumptions.push(`${where}: the channel-attention gate \`${gate.name}\` is treated as pointwise, as asked`);
                }
                else {
                    op = { kind: 'global', reason: `channel-attention gate \`${gate.name}\`: layer "${line.name.text}"` };
                    ins = [x.node];
                    if (!diagnostics.some((d) => d.code === CODES.gate)) {
                        diagnostics.push((0,diagnostic/* warning */.$e)(CODES.gate, `${where} scales \`${x.name}\` by \`${gate.name}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`, at));
                    }
                }
                break;
            }
            case 'resize': {
                let out = spec.size;
                if (spec.reference) {
                    const reference = bottoms[1];
                    if (!reference || reference.node === undefined)
                        return { problem: (0,diagnostic/* error */.z3)(CODES.missing, `${where}: the output size comes from a second blob (5=1), which it does not read`, at) };
                    if (!reference.size)
                        return needsSize(`the size of \`${reference.name}\`, which it resizes to,`);
                    out = reference.size;
                }
                const coordinates = spec.mode === 'nearest' ? 'asymmetric' : spec.alignCorners ? 'align_corners' : 'half_pixel';
                let scale;
                if (out) {
                    if (!n)
                        return needsSize(`resizing to ${out.join('×')}`);
                    scale = out.map((o, a) => {
                        const g = rf/* gcd */.p_(o, n[a]);
                        return rf/* frac */.Ju(o / g, n[a] / g);
                    });
                }
                else {
                    const given = spec.scale.map(decimalFraction);
                    const bad = given.findIndex((f) => f === undefined);
                    if (bad >= 0)
                        return { problem: (0,diagnostic/* error */.z3)(CODES.invalidValue, `${where}: the scale ${spec.scale[bad]} is not a decimal rflint can read exactly`, at) };
                    scale = given;
                    out = n?.map((len, a) => Math.floor((len * scale[a].num) / scale[a].den));
                    // Bilinear and bicubic map by in/out (`linear_coeffs`), nearest by 1/scale.
                    if (out && spec.mode !== 'nearest')
                        scale = out.map((o, a) => rf/* frac */.Ju(o / rf/* gcd */.p_(o, n[a]), n[a] / rf/* gcd */.p_(o, n[a])));
                }
                op = { kind: 'resize', scale, mode: spec.mode, rounding: 'floor', coordinates, ...(out && (spec.size || spec.reference) ? { size: [...out] } : {}) };
                size = out;
                break;
            }
            case 'pad':
                op = rf/* pad */.eV(AXES, [...spec.begin], [...spec.end]);
                size = n?.map((len, a) => len + spec.begin[a] + spec.end[a]);
                break;
            case 'crop': {
                const reference = spec.reference ? bottoms[1] : undefined;
                if (spec.reference && (!reference || reference.node === undefined))
                    return { problem: (0,diagnostic/* error */.z3)(CODES.missing, `${where}: a Crop without an output size crops to a second blob's size; give it one`, at) };
                if (reference && (!n || !reference.size))
                    return needsSize(`cropping \`${x.name}\` to the size of \`${reference.name}\``);
                const begin = [];
                const end = [];
                const out = [];
                for (let a = 0; a < AXES; a++) {
                    const c = spec.axes[a];
                    const len = n?.[a];
                    const axisName = a === 0 ? 'height' : 'width';
                    if (len === undefined) {
                        if (c.begin < 0)
                            return needsSize(`a crop from the end of the ${axisName}`);
                        begin.push(c.begin);
                        end.push(0);
                        continue;
                    }
                    let b;
                    let kept;
                    if (c.form === 'numpy') {
                        b = c.begin >= 0 ? c.begin : len + c.begin;
                        const stop = c.end === undefined ? len : Math.min(len, c.end > 0 ? c.end : len + c.end);
                        kept = stop - b;
                    }
                    else if (c.form === 'reference') {
                        b = c.begin;
                        kept = reference.size[a];
                    }
                    else {
                        b = c.begin;
                        kept = len - c.begin - c.fromEnd;
                        if (c.length !== undefined)
                            kept = Math.min(c.length, kept);
                    }
                    if (b < 0 || kept < 1 || b + kept > len) {
                        return { problem: (0,diagnostic/* error */.z3)(CODES.invalidValue, `${where}: the crop keeps ${kept} of ${len} from offset ${b} on the ${axisName} axis, outside \`${x.name}\`; fix the offsets or the size`, at) };
                    }
                    begin.push(b);
                    end.push(len - b - kept);
                    out.push(kept);
                }
                op = rf/* crop */.B$(AXES, begin, end);
                size = n ? out : undefined;
                break;
            }
            case 'space_to_depth':
                op = rf/* spaceToDepth */.FI(AXES, spec.block);
                size = n?.map((len) => len / spec.block);
                if (n && n.some((len) => len % spec.block !== 0))
                    return { problem: (0,diagnostic/* error */.z3)(CODES.invalidValue, `${where}: Reorg by ${spec.block} needs sizes divisible by ${spec.block}, got ${n.join('×')}`, at) };
                break;
            case 'depth_to_space':
                op = rf/* depthToSpace */.Rj(AXES, spec.block);
                size = n?.map((len) => len * spec.block);
                break;
        }
        let own;
        for (let i = 0; i < tops.length; i++) {
            const top = tops[i];
            const node = add(i === 0 ? line.name.text : `${line.name.text}/${top.text}`, op, ins, at);
            own ??= node;
            const problem = write({ name: top.text, node, global, size: global ? undefined : size, at: top.at, input: false, consumed: false });
            if (problem)
                return { problem };
        }
        layerNames.set(line.name.text, own);
    }
    // A blob's name wins over a layer's.
    for (const [name, node] of layerNames)
        if (!tensors.has(name))
            tensors.set(name, node);
    const outputs = order
        .filter((b) => !b.consumed && !b.input && b.node !== undefined && nodes[b.node].op.kind !== 'input')
        .map((b) => ({ name: b.name, node: b.node, thresholds: {}, position: b.at }));
    return { graph: { axes: AXES, nodes }, outputs, tensors, positions, inputSize, assumptions, diagnostics };
}

;// CONCATENATED MODULE: ./src/formats/ncnn/layers.ts
/**
 * Each ncnn layer type's geometry, from its numbered parameters as `load_param` in ncnn's
 * src/layer/*.cpp reads them (ids and defaults; w before h, as ncnn writes them):
 *
 * - `Convolution`, `ConvolutionDepthWise`: 1 kernel_w, 11 kernel_h (= w), 2/12 dilation,
 *   3/13 stride, 4 pad_left, 15 pad_right (= left), 14 pad_top (= left), 16 pad_bottom (= top).
 *   All four −233: TF/ONNX SAME_UPPER (the extra pixel at the end), −234: SAME_LOWER
 *   (`make_padding` in convolution.cpp); 19 dynamic_weight takes the weights from a second blob.
 * - `Deconvolution`, `DeconvolutionDepthWise`: the same ids; 18/19 output_pad right/bottom,
 *   20/21 output_w/h. Output (in − 1)·s + d(k − 1) + 1 + output_pad, then the pads are cut;
 *   with −233/−234 and output_w/h the cut is what brings it to output_w/h (`cut_padding`).
 * - `Pooling`: 0 type (0 max, 1 avg), 1/11 kernel, 2/12 stride, 3 pad_left, 14 right, 13 top,
 *   15 bottom, 4 global_pooling, 5 pad_mode (0 full: a tail pad so the last partial window is
 *   kept, 1 valid, 2 SAME_UPPER, 3 SAME_LOWER), 7 adaptive_pooling.
 * - `Interp`: 0 resize_type (1 nearest, 2 bilinear, 3 bicubic), 1/2 height/width scale,
 *   3/4 output height/width, 6 align_corner; a second blob gives the size. Nearest reads
 *   ⌊x·in/out⌋ (asymmetric), bilinear and bicubic (x + ½)·in/out − ½ (half-pixel).
 * - `Crop`: 0/1 w/h offset, 3/4 outw/outh (−233: the rest), 6/7 w/h offset from the end, or
 *   9/10/11 starts/ends/axes (numpy slicing), or a second blob whose size it crops to.
 * - `Padding`: 0 top, 1 bottom, 2 left, 3 right (7/8 are channels). `PixelShuffle` 0 factor,
 *   `Reorg` 0 stride. `Concat`/`Slice` along axis 0 (channels of a c×h×w blob).
 * - `Eltwise` (0 op: prod, sum, max), `BinaryOp` of two blobs: merges; `Split`: copies.
 * - `InnerProduct`, `Flatten`, `Reshape`, `Gemm`, `MultiHeadAttention`…: the whole input.
 *   `Yolov3DetectionOutput`, `YoloDetectionOutput`, `DetectionOutput`, `PriorBox`: decoding
 *   and NMS over every box, or boxes from the sizes only: global.
 */



const POINTWISE = [
    'AbsVal', 'BatchNorm', 'Bias', 'BNLL', 'Cast', 'CELU', 'Clip', 'Dequantize', 'Dropout', 'ELU', 'Erf', 'Exp', 'GELU', 'GLU', 'HardSigmoid', 'HardSwish',
    'Log', 'Mish', 'Noop', 'Packing', 'Power', 'PReLU', 'Quantize', 'ReLU', 'Requantize', 'Scale', 'SELU', 'ShuffleChannel', 'Shrink', 'Sigmoid', 'Softplus',
    'Swish', 'TanH', 'Threshold', 'UnaryOp', 'DeepCopy', 'Squeeze', 'ExpandDims',
];
const GLOBAL = {
    InnerProduct: 'InnerProduct (fully connected)',
    Flatten: 'Flatten',
    Reshape: 'Reshape (the spatial axes are rearranged)',
    Gemm: 'Gemm (a matrix product over the flattened input)',
    MatMul: 'MatMul',
    MultiHeadAttention: 'MultiHeadAttention',
    SDPA: 'scaled dot-product attention',
    Yolov3DetectionOutput: 'Yolov3DetectionOutput (decoding and NMS over every box)',
    YoloDetectionOutput: 'YoloDetectionOutput (decoding and NMS over every box)',
    DetectionOutput: 'DetectionOutput (decoding and NMS over every box)',
    PriorBox: 'PriorBox (prior boxes from the sizes only)',
    Proposal: 'Proposal (region proposals over every anchor)',
    ArgMax: 'ArgMax',
    Reduction: 'Reduction',
    MVN: 'MVN (normalised by the mean over all positions)',
    InstanceNorm: 'InstanceNorm (normalised over all positions)',
    GroupNorm: 'GroupNorm (normalised over all positions)',
    LayerNorm: 'LayerNorm',
    RMSNorm: 'RMSNorm',
    SPP: 'SPP (spatial pyramid pooling)',
    StatisticsPooling: 'StatisticsPooling',
    Embed: 'Embed',
    Tile: 'Tile',
    LSTM: 'LSTM',
    GRU: 'GRU',
    RNN: 'RNN',
    ROIPooling: 'ROIPooling',
    ROIAlign: 'ROIAlign',
    PSROIPooling: 'PSROIPooling',
    Einsum: 'Einsum',
    CumulativeSum: 'CumulativeSum',
    GridSample: 'GridSample (sampling positions from a blob)',
    RotaryEmbed: 'RotaryEmbed',
};
const TYPES = new Map([
    ['Input', 'input'],
    ['MemoryData', 'memory'],
    ['Convolution', 'conv'],
    ['ConvolutionDepthWise', 'conv'],
    ['Deconvolution', 'deconv'],
    ['DeconvolutionDepthWise', 'deconv'],
    ['Pooling', 'pool'],
    ['Interp', 'interp'],
    ['Crop', 'crop'],
    ['Padding', 'padding'],
    ['PixelShuffle', 'pixelshuffle'],
    ['Reorg', 'reorg'],
    ['Concat', 'concat'],
    ['Slice', 'slice'],
    ['Split', 'split'],
    ['Eltwise', 'eltwise'],
    ['BinaryOp', 'binary'],
    ['Softmax', 'softmax'],
    ['Permute', 'permute'],
    ['Normalize', 'normalize'],
    ['LRN', 'lrn'],
    ...POINTWISE.map((t) => [t, 'pointwise']),
    ...Object.keys(GLOBAL).map((t) => [t, 'global']),
]);
function knownType(type) {
    return TYPES.has(type);
}
function unknownType(layer) {
    const type = layer.type.text;
    const hint = (0,suggest/* didYouMean */.au)(type, [...TYPES.keys()]);
    return (0,diagnostic/* error */.z3)(CODES.unknownType, `layer "${layer.name.text}": unknown layer type \`${type}\`${hint}; if it maps each position to itself (an activation, a norm) say so with \`--assume ${type}=pointwise\` (rules: \`assume: { ${type}: pointwise }\`), or \`=global\` if it sees the whole input`, layer.type.at);
}
/** A layer's numbered parameters, read with ncnn's defaults; every problem at its `id=value`. */
class Params {
    layer;
    constructor(layer) {
        this.layer = layer;
    }
    get where() {
        return `layer "${this.layer.name.text}" (${this.layer.type.text})`;
    }
    invalid(param, what) {
        return (0,diagnostic/* error */.z3)(CODES.invalidValue, `${this.where}: parameter \`${param.text}\` ${what}`, param.at);
    }
    /** An int (ncnn's `pd.get(id, int)`), at least `min`. */
    int(id, fallback, min = -Infinity) {
        const p = this.layer.params.get(id);
        if (!p)
            return fallback;
        if (p.value.kind !== 'int')
            return this.invalid(p, `must be an integer (id ${id} is read as one)`);
        const v = p.value.value;
        if (!Number.isSafeInteger(v) || v < min || Math.abs(v) > 2 ** 31)
            return this.invalid(p, `must be an integer${min > -Infinity ? ` ≥ ${min}` : ''}`);
        return v;
    }
    float(id, fallback) {
        const p = this.layer.params.get(id);
        if (!p)
            return fallback;
        if (p.value.kind === 'int' || p.value.kind === 'float')
            return p.value.value;
        return this.invalid(p, 'must be a number');
    }
    ints(id) {
        const p = this.layer.params.get(id);
        if (!p)
            return undefined;
        if (p.value.kind === 'int')
            return [p.value.value];
        if (p.value.kind !== 'array' || p.value.float)
            return this.invalid(p, 'must be an array of integers');
        return p.value.values;
    }
    has(id) {
        return this.layer.params.has(id);
    }
    at(id) {
        return this.layer.params.get(id)?.at ?? this.layer.at;
    }
}
const isProblem = (v) => typeof v === 'object' && v !== null && 'code' in v;
/** Reads ints in order; the first problem wins. */
function layers_all(values) {
    for (const v of values)
        if (isProblem(v))
            return v;
    return values;
}
/** A known type's parameters → its geometry. `bottoms` is how many blobs it reads. */
function readLayer(layer) {
    const type = layer.type.text;
    const family = TYPES.get(type);
    const p = new Params(layer);
    const unsupported = (what, at = layer.at) => (0,diagnostic/* error */.z3)(CODES.unsupported, `${p.where}: ${what}`, at);
    switch (family) {
        case 'input': {
            const dims = layers_all([p.int(0, 0, 0), p.int(1, 0, 0), p.int(11, 0, 0)]);
            if (isProblem(dims))
                return dims;
            const [w, h, d] = dims;
            if (d > 0)
                return unsupported(`a 3-D input (11=${d}); rflint reads ncnn's 2-D nets (w × h × c)`, p.at(11));
            return { kind: 'input', ...(w > 0 && h > 0 ? { size: [h, w] } : {}) };
        }
        case 'memory':
            return { kind: 'constant' };
        case 'conv':
        case 'deconv':
            return readConv(p, family === 'deconv');
        case 'pool':
            return readPool(p);
        case 'interp': {
            const v = layers_all([p.int(0, 0), p.float(1, 1), p.float(2, 1), p.int(3, 0, 0), p.int(4, 0, 0), p.int(5, 0), p.int(6, 0)]);
            if (isProblem(v))
                return v;
            const [type_, hs, ws, oh, ow, dynamic, align] = v;
            const modes = { 1: 'nearest', 2: 'linear', 3: 'cubic' };
            const mode = modes[type_];
            if (!mode)
                return p.invalid(layer.params.get(0) ?? { text: `0=${type_}`, at: layer.at }, 'must be 1 (nearest), 2 (bilinear) or 3 (bicubic)');
            if (p.has(9))
                return unsupported('the output size is an expression of other blobs (9=…); rflint reads fixed scales, sizes or a reference blob', p.at(9));
            const reference = dynamic === 1 || layer.bottoms.length > 1;
            if (!reference) {
                for (const [id, s] of [[1, hs], [2, ws]])
                    if (!(s > 0) || !Number.isFinite(s))
                        return p.invalid(layer.params.get(id), 'must be a scale > 0');
            }
            const size = oh > 0 && ow > 0 ? [oh, ow] : undefined;
            return { kind: 'resize', mode, alignCorners: align === 1 && mode !== 'nearest', reference, ...(size ? { size } : { scale: [hs, ws] }) };
        }
        case 'crop':
            return readCrop(p);
        case 'padding': {
            const v = layers_all([p.int(0, 0), p.int(1, 0), p.int(2, 0), p.int(3, 0)]);
            if (isProblem(v))
                return v;
            const [top, bottom, left, right] = v;
            for (const [id, n] of [[0, top], [1, bottom], [2, left], [3, right]])
                if (n < 0)
                    return p.invalid(layer.params.get(id), 'must be ≥ 0 (ncnn pads, it does not crop)');
            if (layer.bottoms.length > 1)
                return unsupported('the pads come from a second blob; rflint reads fixed pads', layer.bottoms[1].at);
            return { kind: 'pad', begin: [top, left], end: [bottom, right] };
        }
        case 'pixelshuffle': {
            const r = p.int(0, 1, 1);
            return isProblem(r) ? r : { kind: 'depth_to_space', block: r };
        }
        case 'reorg': {
            const s = p.int(0, 1, 1);
            return isProblem(s) ? s : { kind: 'space_to_depth', block: s };
        }
        case 'concat':
        case 'slice': {
            const axis = family === 'concat' ? p.int(0, 0) : p.int(1, 0);
            if (isProblem(axis))
                return axis;
            // Axis 0 of a c×h×w blob (−3 counted from the end) is the channels.
            const channels = axis === 0 || axis === -3;
            return family === 'concat' ? { kind: 'concat', axis, channels } : { kind: 'copies', axis, channels };
        }
        case 'split':
            return { kind: 'split' };
        case 'eltwise': {
            const op = p.int(0, 0);
            if (isProblem(op))
                return op;
            const merge = { 0: 'mul', 1: 'add', 2: 'max' }[op];
            if (!merge)
                return p.invalid(layer.params.get(0), 'must be 0 (product), 1 (sum) or 2 (max)');
            return { kind: 'merge', merge };
        }
        case 'binary': {
            const v = layers_all([p.int(0, 0), p.int(1, 0)]);
            if (isProblem(v))
                return v;
            const [op, scalar] = v;
            if (scalar !== 0 || layer.bottoms.length === 1)
                return { kind: 'pointwise' };
            const names = ['add', 'sub', 'mul', 'div', 'max', 'min', 'pow', 'rsub', 'rdiv', 'rpow', 'atan2', 'ratan2'];
            return { kind: 'merge', merge: names[op] ?? `binary${op}` };
        }
        case 'softmax': {
            const axis = p.int(0, 0);
            if (isProblem(axis))
                return axis;
            return axis === 0 || axis === -3 ? { kind: 'pointwise' } : { kind: 'global', reason: `Softmax along axis ${axis}` };
        }
        case 'permute': {
            const order = p.int(0, 0);
            if (isProblem(order))
                return order;
            return order === 0 ? { kind: 'pointwise' } : { kind: 'global', reason: `Permute (order ${order} moves the spatial axes)` };
        }
        case 'normalize': {
            const across = p.int(0, 0);
            if (isProblem(across))
                return across;
            return across === 0 ? { kind: 'pointwise' } : { kind: 'global', reason: 'Normalize across_spatial (normalised over all positions)' };
        }
        case 'lrn': {
            const region = p.int(0, 0);
            if (isProblem(region))
                return region;
            if (region === 0)
                return { kind: 'pointwise' };
            return unsupported('LRN within a channel (0=1) is not mapped yet; use `--assume` only if you know its window', p.at(0));
        }
        case 'pointwise':
            return { kind: 'pointwise' };
        case 'global':
            return { kind: 'global', reason: GLOBAL[type] };
    }
}
/** Convolution, depthwise and transposed: the ids are shared. */
function readConv(p, transposed) {
    const layer = p.layer;
    const kw = p.int(1, 0, 1);
    if (isProblem(kw))
        return kw;
    if (!p.has(1))
        return (0,diagnostic/* error */.z3)(CODES.missing, `${p.where}: no kernel size (parameter 1=kernel_w, e.g. \`1=3\`)`, layer.at);
    const v = layers_all([p.int(11, kw, 1), p.int(2, 1, 1), p.int(3, 1, 1)]);
    if (isProblem(v))
        return v;
    const [kh, dw, sw] = v;
    const w = layers_all([p.int(12, dw, 1), p.int(13, sw, 1)]);
    if (isProblem(w))
        return w;
    const [dh, sh] = w;
    const dynamic = p.int(transposed ? 28 : 19, 0);
    if (isProblem(dynamic))
        return dynamic;
    if (dynamic !== 0)
        return (0,diagnostic/* error */.z3)(CODES.unsupported, `${p.where}: the weights come from a second blob (dynamic_weight); rflint reads convolutions with their own weights`, p.at(transposed ? 28 : 19));
    const pads = readPads(p, [4, 15, 14, 16]);
    if (isProblem(pads))
        return pads;
    const kernel = [kh, kw];
    const stride = [sh, sw];
    const dilation = [dh, dw];
    if (!transposed) {
        const pad = pads === 'upper' || pads === 'lower' ? [{ same: pads }, { same: pads }] : pads.map(([begin, end]) => ({ begin, end }));
        return { kind: 'window', kernel, stride, dilation, pad };
    }
    const o = layers_all([p.int(18, 0, 0), p.int(20, 0, 0)]);
    if (isProblem(o))
        return o;
    const [opr, ow] = o;
    const o2 = layers_all([p.int(19, opr, 0), p.int(21, ow, 0)]);
    if (isProblem(o2))
        return o2;
    const [opb, oh] = o2;
    const outputSize = ow > 0 && oh > 0 ? [oh, ow] : undefined;
    // SAME without output_w/h cuts nothing (`cut_padding` keeps the whole output).
    const pad = (pads === 'upper' || pads === 'lower') && !outputSize ? [[0, 0], [0, 0]] : pads;
    return { kind: 'deconv', kernel, stride, dilation, pad, outputPadding: [opb, opr], ...(outputSize ? { outputSize } : {}) };
}
/**
 * Four pads by id (left, right, top, bottom, each defaulting as ncnn's do), → [begin, end] per
 * axis (height, width), or SAME when all four are −233 (upper) or −234 (lower).
 */
function readPads(p, [leftId, rightId, topId, bottomId]) {
    const left = p.int(leftId, 0);
    if (isProblem(left))
        return left;
    const rest = layers_all([p.int(rightId, left), p.int(topId, left)]);
    if (isProblem(rest))
        return rest;
    const [right, top] = rest;
    const bottom = p.int(bottomId, top);
    if (isProblem(bottom))
        return bottom;
    const four = [left, right, top, bottom];
    if (four.every((x) => x === -233))
        return 'upper';
    if (four.every((x) => x === -234))
        return 'lower';
    const ids = [leftId, rightId, topId, bottomId];
    const bad = four.findIndex((x) => x < 0);
    if (bad >= 0) {
        const param = p.layer.params.get(ids[bad]) ?? p.layer.params.get(leftId);
        return p.invalid(param, 'must be ≥ 0, or −233 (SAME_UPPER) or −234 (SAME_LOWER) on all four sides; ncnn pads nothing when they are mixed');
    }
    return [
        [top, bottom],
        [left, right],
    ];
}
function readPool(p) {
    const layer = p.layer;
    const v = layers_all([p.int(0, 0), p.int(4, 0), p.int(5, 0), p.int(7, 0)]);
    if (isProblem(v))
        return v;
    const [type, global, padMode, adaptive] = v;
    if (type !== 0 && type !== 1)
        return p.invalid(layer.params.get(0), 'must be 0 (max) or 1 (average)');
    if (global !== 0)
        return { kind: 'global', reason: 'Pooling with global_pooling' };
    if (adaptive !== 0)
        return { kind: 'global', reason: 'adaptive Pooling (windows from the input size)' };
    if (padMode < 0 || padMode > 3)
        return p.invalid(layer.params.get(5), 'must be 0 (full), 1 (valid), 2 (SAME_UPPER) or 3 (SAME_LOWER)');
    const kw = p.int(1, 0, 1);
    if (isProblem(kw))
        return kw;
    if (!p.has(1))
        return (0,diagnostic/* error */.z3)(CODES.missing, `${p.where}: no kernel size (parameter 1=kernel_w, e.g. \`1=2\`), and no global_pooling (4=1)`, layer.at);
    const k = layers_all([p.int(11, kw, 1), p.int(2, 1, 1)]);
    if (isProblem(k))
        return k;
    const [kh, sw] = k;
    const sh = p.int(12, sw, 1);
    if (isProblem(sh))
        return sh;
    const pool = type === 0 ? 'max' : 'avg';
    const base = { kind: 'window', pool, kernel: [kh, kw], stride: [sh, sw], dilation: [1, 1] };
    if (padMode === 2 || padMode === 3) {
        const same = padMode === 2 ? 'upper' : 'lower';
        return { ...base, pad: [{ same }, { same }] };
    }
    const pads = readPads(p, [3, 14, 13, 15]);
    if (isProblem(pads))
        return pads;
    if (pads === 'upper' || pads === 'lower')
        return p.invalid(layer.params.get(3), 'must be ≥ 0: a pooling layer says SAME with pad_mode (5=2 or 5=3)');
    return { ...base, pad: pads.map(([begin, end]) => ({ begin, end })), ...(padMode === 0 ? { full: true } : {}) };
}
function readCrop(p) {
    const layer = p.layer;
    const starts = p.ints(9);
    const ends = p.ints(10);
    const axesParam = p.ints(11);
    for (const x of [starts, ends, axesParam])
        if (isProblem(x))
            return x;
    for (const id of [19, 20, 21])
        if (p.has(id))
            return (0,diagnostic/* error */.z3)(CODES.unsupported, `${p.where}: the crop is an expression of other blobs (${id}=…); rflint reads fixed crops`, p.at(id));
    const numpy = starts !== undefined && ends !== undefined;
    if (numpy) {
        const s = starts;
        const e = ends;
        // Axes of a c×h×w blob: 0 channels, 1 height, 2 width (negative: from the end).
        const axes = axesParam ?? s.map((_, i) => i);
        if (s.length !== e.length || axes.length !== s.length)
            return p.invalid(layer.params.get(9), `and 10=… (ends), 11=… (axes) must have as many values (${s.length}, ${e.length}, ${axes.length})`);
        const out = [undefined, undefined];
        for (let i = 0; i < axes.length; i++) {
            const axis = axes[i] < 0 ? axes[i] + 3 : axes[i];
            if (axis === 0)
                continue;
            if (axis !== 1 && axis !== 2)
                return p.invalid(layer.params.get(11) ?? layer.params.get(9), `names axis ${axes[i]}; a c×h×w blob has axes 0–2`);
            const start = s[i] === -233 ? 0 : s[i];
            const end = e[i] === -233 ? undefined : e[i];
            out[axis - 1] = { form: 'numpy', begin: start, ...(end === undefined ? {} : { end }) };
        }
        return { kind: 'crop', axes: out.map((a) => a ?? { form: 'numpy', begin: 0 }), reference: false };
    }
    const v = layers_all([p.int(0, 0, 0), p.int(1, 0, 0), p.int(3, 0), p.int(4, 0), p.int(6, 0, 0), p.int(7, 0, 0), p.int(5, 0), p.int(2, 0, 0), p.int(8, 0, 0)]);
    if (isProblem(v))
        return v;
    const [wo, ho, outw, outh, wo2, ho2, outc, co, co2] = v;
    const reference = outw === 0 && outh === 0 && outc === 0 && wo2 === 0 && ho2 === 0 && co2 === 0;
    if (reference) {
        if (layer.bottoms.length < 2)
            return (0,diagnostic/* error */.z3)(CODES.missing, `${p.where}: a Crop without an output size (3=outw, 4=outh) crops to a second blob's size; give it a second blob or the size`, layer.at);
        return { kind: 'crop', axes: [{ form: 'reference', begin: ho }, { form: 'reference', begin: wo }], reference: true };
    }
    const axis = (begin, kept, fromEnd) => ({ form: 'ncnn', begin, fromEnd, ...(kept === -233 ? {} : { length: kept }) });
    for (const [id, n] of [[3, outw], [4, outh]])
        if (n < 0 && n !== -233)
            return p.invalid(layer.params.get(id), 'must be a size ≥ 0, or −233 for the rest');
    // ncnn keeps min(outw, the rest): outw is written as −233 for "the rest", and 0 keeps nothing.
    for (const [id, n] of [[3, outw], [4, outh]])
        if (n === 0)
            return (0,diagnostic/* error */.z3)(CODES.invalidValue, `${p.where}: the crop keeps ${id === 3 ? 'no column (3=outw' : 'no row (4=outh'} is 0); give the size, or −233 for the rest`, p.at(id));
    return { kind: 'crop', axes: [axis(ho, outh, ho2), axis(wo, outw, wo2)], reference: false };
}

;// CONCATENATED MODULE: ./src/formats/ncnn/parse.ts
/**
 * An ncnn `.param` text → its layer lines, every token with its line and column.
 *
 * The format (ncnn's docs/developer-guide/param-and-model-file-structure.md, read by
 * `Net::load_param` and `ParamDict::load_param` in src/net.cpp and src/paramdict.cpp):
 *
 *     7767517
 *     [layer count] [blob count]
 *     [type] [name] [bottom count] [top count] [bottoms…] [tops…] [id=value…]
 *
 * A value is an int, a float (it has a `.` or an `e`), a string (it starts with a letter or `"`),
 * or an array: `-23300-id=n,v1,…,vn` (the old form, `n` values) or `id=v1,v2,…` (the new one).
 * Ids are 0–31. ncnn reads the layer lines with scanf, so any whitespace separates tokens; files
 * have one layer a line, and so do we (a layer's tokens must stay on its line), which gives every
 * problem a precise place.
 */


const MAGIC = '7767517';
/** NCNN_MAX_PARAM_COUNT (src/platform.h.in). */
const MAX_PARAM_ID = 31;
/** An old-style array's id: -23300 − id. */
const ARRAY_BASE = -23300;
const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The whitespace-separated tokens of one line, with their columns. */
function tokens(line, lineNo) {
    const out = [];
    const re = /[^ \t\v\f]+/g;
    for (let m = re.exec(line); m; m = re.exec(line))
        out.push({ text: m[0], at: { line: lineNo, column: m.index + 1 } });
    return out;
}
function parseParam(text, maxLayers, deadline) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const fail = (message, at) => ({ diagnostics: [(0,diagnostic/* error */.z3)(CODES.syntax, message, at)] });
    let i = 0;
    const next = () => {
        while (i < lines.length) {
            const found = tokens(lines[i], i + 1);
            i++;
            if (found.length > 0)
                return found;
        }
        return undefined;
    };
    const magic = next();
    if (!magic || magic[0].text !== MAGIC || magic.length > 1) {
        const at = magic?.[magic[0].text === MAGIC ? 1 : 0]?.at ?? { line: 1, column: 1 };
        return fail(`an ncnn param file starts with the magic number ${MAGIC} alone on its first line${magic ? `, found \`${magic.map((t) => t.text).join(' ')}\`` : ''}`, at);
    }
    const counts = next();
    if (!counts || counts.length !== 2 || !counts.every((t) => /^\d+$/.test(t.text))) {
        return fail('the second line of an ncnn param file gives the layer count and the blob count, e.g. `23 23`', counts?.[0]?.at ?? { line: i + 1, column: 1 });
    }
    const layerCount = Number(counts[0].text);
    const blobCount = Number(counts[1].text);
    const countsAt = counts[0].at;
    if (layerCount === 0)
        return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.noLayers, 'the layer count is 0; an ncnn net has an `Input` layer and the layers after it', countsAt)] };
    if (layerCount > maxLayers) {
        return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.tooManyLayers, `the file declares ${layerCount} layers, more than the limit (${maxLayers}); is the file generated by mistake?`, countsAt)] };
    }
    const layers = [];
    const problems = [];
    const warnings = [];
    for (;;) {
        deadline?.check();
        const line = next();
        if (!line)
            break;
        if (layers.length === layerCount) {
            // ncnn stops after the count (benchmark/models/nanodet_m.param has a line past it).
            warnings.push((0,diagnostic/* warning */.$e)(CODES.noLayers, `the file has more layer lines than the ${layerCount} its count line declares; ncnn reads only the first ${layerCount}, and so does rflint: fix the count if the rest belongs to the net`, line[0].at));
            break;
        }
        const layer = layerLine(line);
        if ('problem' in layer)
            problems.push(layer.problem);
        else
            layers.push(layer);
    }
    if (problems.length > 0)
        return { diagnostics: problems };
    if (layers.length < layerCount) {
        return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.noLayers, `the count line declares ${layerCount} layers but the file has ${layers.length}; is the file cut short?`, countsAt)] };
    }
    return { file: { layerCount, blobCount, countsAt, layers, warnings } };
}
function layerLine(line) {
    const bad = (message, at) => ({ problem: (0,diagnostic/* error */.z3)(CODES.syntax, message, at) });
    const [type, name, bottomCount, topCount] = line;
    const form = '`Type name bottoms tops bottom… top… id=value…`';
    if (!name || !bottomCount || !topCount)
        return bad(`a layer line is ${form}; this one has only ${line.length} field${line.length === 1 ? '' : 's'}`, line[0].at);
    for (const count of [bottomCount, topCount]) {
        if (!/^\d+$/.test(count.text))
            return bad(`\`${count.text}\` should be the layer's ${count === bottomCount ? 'input' : 'output'} blob count (a layer line is ${form})`, count.at);
    }
    const nb = Number(bottomCount.text);
    const nt = Number(topCount.text);
    if (line.length < 4 + nb + nt)
        return bad(`layer "${name.text}" declares ${nb} input and ${nt} output blobs but names ${line.length - 4}`, line[line.length - 1].at);
    const bottoms = line.slice(4, 4 + nb);
    const tops = line.slice(4 + nb, 4 + nb + nt);
    for (const blob of [...bottoms, ...tops]) {
        if (/^-?\d+=/.test(blob.text))
            return bad(`layer "${name.text}" declares ${nb} input and ${nt} output blobs, but \`${blob.text}\` is a parameter; fix the counts`, blob.at);
    }
    const params = new Map();
    for (const token of line.slice(4 + nb + nt)) {
        const param = readParam(token);
        if ('problem' in param)
            return param;
        if (params.has(param.id))
            return bad(`layer "${name.text}" gives parameter ${param.id} twice; keep one`, token.at);
        params.set(param.id, param);
    }
    return { type: type, name, bottoms, tops, params, at: type.at };
}
function readParam(token) {
    const bad = (message) => ({ problem: (0,diagnostic/* error */.z3)(CODES.syntax, message, token.at) });
    const eq = token.text.indexOf('=');
    const key = eq < 0 ? token.text : token.text.slice(0, eq);
    if (eq < 0 || !INT.test(key))
        return bad(`\`${token.text}\` is not a parameter: parameters are \`id=value\` (\`0=64 1=3\`) after the layer's blobs`);
    let id = Number(key);
    const raw = token.text.slice(eq + 1);
    const oldArray = id <= ARRAY_BASE;
    if (oldArray)
        id = ARRAY_BASE - id;
    if (!Number.isSafeInteger(id) || id < 0 || id > MAX_PARAM_ID) {
        return bad(`parameter id ${key} is out of range: ids are 0–${MAX_PARAM_ID}, arrays ${ARRAY_BASE} − id`);
    }
    const at = token.at;
    const text = token.text;
    if (raw === '')
        return bad(`parameter ${key} has no value after \`=\``);
    if (oldArray) {
        const parts = raw.split(',');
        const n = parts[0];
        if (!/^\d+$/.test(n))
            return bad(`array parameter ${key} starts with its length (\`${key}=2,1,1\`), found \`${n}\``);
        const values = parts.slice(1);
        if (values.length !== Number(n))
            return bad(`array parameter ${key} says it has ${n} values but gives ${values.length}`);
        const array = numbers(values);
        if (!array)
            return bad(`array parameter ${key} has a value that is not a number: \`${raw}\``);
        return { id, value: { kind: 'array', ...array }, text, at };
    }
    if (/^[A-Za-z"]/.test(raw))
        return { id, value: { kind: 'string', value: raw.replace(/^"|"$/g, '') }, text, at };
    if (raw.includes(',')) {
        const array = numbers(raw.split(','));
        if (!array)
            return bad(`parameter ${key} has a value that is not a number: \`${raw}\``);
        return { id, value: { kind: 'array', ...array }, text, at };
    }
    const one = numbers([raw]);
    if (!one)
        return bad(`parameter ${key} has a value that is not a number: \`${raw}\``);
    return { id, value: one.float ? { kind: 'float', value: one.values[0] } : { kind: 'int', value: one.values[0] }, text, at };
}
/** Numbers as ncnn reads them: a float when any has `.` or `e` (the array's type is its last's). */
function numbers(parts) {
    let float = false;
    const values = [];
    for (const part of parts) {
        if (INT.test(part))
            values.push(Number(part));
        else if (FLOAT.test(part)) {
            float = true;
            values.push(Number(part));
        }
        else
            return undefined;
    }
    return { float, values };
}

;// CONCATENATED MODULE: ./src/formats/ncnn/load.ts
/**
 * An ncnn `.param` text → LoadResult: parse the layer lines with positions, read every layer's
 * numbered parameters (unknown types, values), build the graph. Problems of different layers are
 * all reported; building runs only when reading found no error.
 */






function loadNcnnText(text, path, options, fileName = 'model') {
    const withFile = (diagnostics) => diagnostics.map((d) => ({ ...d, file: path }));
    const parsed = parseParam(text, options.limits.maxNodes, options.deadline);
    if ('diagnostics' in parsed)
        return { diagnostics: withFile(parsed.diagnostics) };
    const { file } = parsed;
    const problems = [];
    const warnings = [...file.warnings];
    const layers = [];
    const assumptions = [];
    const layerNames = new Map();
    let blobs = 0;
    for (const line of file.layers) {
        options.deadline?.check();
        blobs += line.tops.length;
        const seen = layerNames.get(line.name.text);
        if (seen !== undefined) {
            problems.push((0,diagnostic/* error */.z3)(CODES.duplicate, `layer name "${line.name.text}" is used twice (first on line ${seen}); ncnn layer names are unique: rename one`, line.name.at));
            continue;
        }
        layerNames.set(line.name.text, line.at.line);
        const type = line.type.text;
        let spec;
        if (knownType(type)) {
            const read = readLayer(line);
            if ('code' in read) {
                problems.push(read);
                continue;
            }
            spec = read;
        }
        else {
            const assumed = options.assume?.get(type);
            if (!assumed) {
                problems.push(unknownType(line));
                continue;
            }
            spec = assumed === 'pointwise' ? { kind: 'pointwise' } : { kind: 'global', reason: `${type} (assumed global)` };
            const note = `layers of type ${type} are treated as ${assumed}, as asked`;
            if (!assumptions.includes(note))
                assumptions.push(note);
        }
        layers.push({ line, spec });
    }
    if (problems.length > 0)
        return { diagnostics: withFile(problems) };
    if (blobs !== file.blobCount) {
        warnings.push((0,diagnostic/* warning */.$e)(CODES.duplicate, `the count line declares ${file.blobCount} blobs but the layers write ${blobs}; ncnn sizes its blob table by the count: fix it`, file.countsAt));
    }
    const given = options.inputSize;
    const inputSize = given && given.length > 0 ? (given.length === 1 ? [given[0], given[0]] : [...given]) : undefined;
    if (inputSize && (inputSize.length !== 2 || inputSize.some((n) => !Number.isSafeInteger(n) || n < 1))) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(CODES.invalidValue, `the input size is ${inputSize.join('×')}; rflint reads 2-D ncnn nets: give height × width (e.g. --input-size 224x224)`, file.layers[0].at)]) };
    }
    let built;
    try {
        built = buildGraph(layers, { inputSize, channelAttentionPointwise: options.channelAttentionPointwise, deadline: options.deadline });
    }
    catch (err) {
        // Sizes so large their exact ratios overflow (a resize after a chain of huge layers).
        if (!(err instanceof rf/* OverflowError */.B9))
            throw err;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)('RF014', err.message)]) };
    }
    if ('problem' in built)
        return { diagnostics: withFile([built.problem, ...warnings]) };
    if (!built.graph.nodes.some((n) => n.op.kind === 'input')) {
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(CODES.missing, 'the net has no `Input` layer; an ncnn net starts with one (`Input data 0 1 data 0=224 1=224 2=3`)', file.layers[0].at), ...warnings]) };
    }
    try {
        (0,rf/* validateGraph */.dC)(built.graph);
    }
    catch (err) {
        if (!(err instanceof rf/* GraphError */.h9))
            throw err;
        return { diagnostics: withFile([(0,diagnostic/* error */.z3)(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node]), ...warnings]) };
    }
    const source = inputSize ? 'the input size given' : 'the Input layer (0=w 1=h)';
    const notes = [...(built.inputSize ? [`input ${built.inputSize.join('×')} (height × width) from ${source}`] : []), ...assumptions, ...built.assumptions];
    const model = {
        format: 'ncnn',
        name: fileName,
        graph: built.graph,
        ...(built.inputSize ? { inputSize: built.inputSize } : {}),
        outputs: built.outputs,
        positions: built.positions,
        tensors: built.tensors,
        ...(notes.length > 0 ? { assumptions: notes } : {}),
    };
    return { model, diagnostics: withFile([...warnings, ...built.diagnostics]) };
}

;// CONCATENATED MODULE: ./src/formats/ncnn/index.ts
/**
 * The ncnn `.param` loader: recognised by content (the magic 7767517 and the count line),
 * whatever the file's extension. The `.bin` beside it holds the weights and is never read.
 */








const ncnnLoader = {
    ...recognise/* ncnnRecognition */.r,
    async load(source, options) {
        const file = source.path;
        if ((0,recognise/* isBinaryParam */.N)(await source.read(0, 16))) {
            // The binary form names layer types by their index in ncnn's build-time layer registry
            // and blobs by number: it is generated from the text form (ncnn2mem), which rflint reads.
            return { diagnostics: [(0,diagnostic/* error */.z3)(CODES.binary, 'this is an ncnn binary param file (ncnn2mem writes it from the text .param); check the text .param it was made from instead', undefined, { file })] };
        }
        const text = await (0,formats_text/* readModelText */.X)(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'an ncnn param file', notTextHint: '; an ncnn .param is a text file (the .bin beside it holds the weights)' });
        if (typeof text !== 'string')
            return text;
        return loadNcnnText(text, file, options, (0,posix_.basename)(file.replaceAll('\\', '/')).replace(/\.param$/i, ''));
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
