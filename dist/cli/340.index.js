export const id = 340;
export const ids = [340];
export const modules = {

/***/ 3959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ checkFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/rf/deadline.ts
var deadline = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/check/load-file.ts + 3 modules
var load_file = __webpack_require__(5907);
// EXTERNAL MODULE: ./src/check/match.ts
var match = __webpack_require__(4145);
// EXTERNAL MODULE: ./src/check/cost-limits.ts
var cost_limits = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/rf/index.ts + 9 modules
var src_rf = __webpack_require__(7985);
;// CONCATENATED MODULE: ./src/check/advice.ts
/**
 * Advice for a failed min_rf (docs/design.md §7.2): the engine's levers (rf/levers.ts), each applied to
 * the graph and re-analysed at every position, named and priced for the report, and the two
 * cheapest in words in the failure's message ("add 14 3×3 convs after `conv4` (+8 each), or
 * widen the kernel of `head` to 29 (+112)") — more useful than "add a layer upstream".
 */

/**
 * Each lever re-analyses the graph a few times to verify itself: past this size a failure
 * keeps the generic hint rather than slow the check down.
 */
const MAX_NODES_FOR_ADVICE = 50_000;
function withAdvice(analysis, node, failure) {
    if (failure.threshold !== 'min_rf' || failure.actual === null || analysis.graph.nodes.length > MAX_NODES_FOR_ADVICE)
        return failure;
    // A failure without an axis failed the same way on every axis: every axis must reach.
    const axes = failure.axis === undefined ? Array.from({ length: analysis.graph.axes }, (_, a) => a) : [failure.axis];
    const target = Array.from({ length: analysis.graph.axes }, () => failure.expected);
    const levers = (0,src_rf/* leverAdvice */.Te)(analysis, node, axes, target);
    if (levers.length === 0)
        return failure;
    const name = (i) => analysis.graph.nodes[i].name;
    const advice = levers.map((l) => named(l, name));
    // The sentence names up to two layers: long (hostile) names are clipped so it stays readable.
    const short = (i) => {
        const n = name(i);
        return [...n].length > 120 ? `${[...n].slice(0, 119).join('')}…` : n;
    };
    const ways = [];
    const add = levers.find((l) => l.lever === 'add_layers' && l.reaches);
    if (add)
        ways.push(`add ${add.count} 3×3 conv${add.count > 1 ? 's' : ''} after \`${short(add.after)}\` (+${add.gainEach} each)`);
    const widen = levers.find((l) => l.lever === 'widen_kernel' && l.reaches);
    if (widen) {
        const gain = Math.min(...axes.map((a) => widen.rf[a] - failure.actual));
        ways.push(`widen the kernel of \`${short(widen.layer)}\` to ${widen.kernel} (+${gain})`);
    }
    const generic = /; add a layer, or increase a stride, a pooling or a dilation upstream$/;
    const message = ways.length > 0 ? `${failure.message.replace(generic, '')}; to reach it, ${ways.join(', or ')}` : failure.message;
    return { ...failure, message, advice };
}
function named(l, name) {
    const warning = l.gridding ? `dilation ${l.dilation} exceeds the kernel: positions inside the RF are reached by no path (gridding)` : undefined;
    return {
        lever: l.lever,
        ...(l.after !== undefined ? { after: name(l.after) } : {}),
        ...(l.count !== undefined ? { count: l.count, kernel: 3 } : {}),
        ...(l.layer !== undefined ? { layer: name(l.layer) } : {}),
        ...(l.kernel !== undefined ? { kernel: l.kernel } : {}),
        ...(l.stride !== undefined ? { stride: l.stride } : {}),
        ...(l.dilation !== undefined ? { dilation: l.dilation } : {}),
        rf: [...l.rf],
        reaches: l.reaches,
        cost: { params: l.cost.params, macs: l.cost.macs, outputSize: l.cost.outputSize ? [...l.cost.outputSize] : null, depth: l.cost.depth },
        ...(warning ? { warning } : {}),
    };
}

;// CONCATENATED MODULE: ./src/check/explain.ts

function explainOutput(model, analysis, output, cost) {
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
            // What the layer costs (rf/cost.ts): null where the channels or sizes are unknown.
            ...(cost ? { params: cost.layers[step.node].params, macs: cost.layers[step.node].macs } : {}),
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
            if (!rf.global && !erf?.width95Min) {
                const why = erf ? 'at every output position (its phases after upsampling)' : 'exactly';
                problems.push({ code: 'RF417', severity: 'warning', message: `min_erf (${from}) is not checked: the effective RF of this output is too costly to compute ${why}` });
                continue;
            }
            evaluated++;
            const narrow = rf.global ? [] : limits.flatMap((limit, axis) => {
                // The smallest over positions: a minimum is a guarantee for every position (docs/design.md §7.1).
                const actual = erf.width95Min[axis];
                const varies = actual !== erf.width95[axis] ? ' at its narrowest position' : '';
                return actual >= limit ? [] : [failure(entry, axis, limit, actual, `effective RF ${actual}${varies} < min_erf ${limit} on axis ${axis} (${from}): 95 % of the influence comes from a narrower window; add layers or dilation upstream, or lower min_erf`)];
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
        // The smallest RF over positions (rfMin): after upsampling a quarter of the positions may
        // see less than the largest RF says, and a minimum is a guarantee for every position.
        const actual = rf.rfMin?.[axis];
        if (actual === undefined || actual >= limit)
            return [];
        const largest = rf.rf[axis];
        const varies = largest !== actual ? ` at its smallest position (${actual}–${largest} by position)` : '';
        return [failure(entry, axis, limit, actual, `RF ${actual}${varies} < min_rf ${limit} on axis ${axis} (${from}); add a layer, or increase a stride, a pooling or a dilation upstream`)];
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
    const cost = (0,src_rf/* networkCost */.SY)(analysis);
    const priced = (0,cost_limits/* fileCost */.Ct)(model, cost);
    const limits = (0,cost_limits/* costLimitDiagnostics */.rR)(path, model, priced, rules, options.defaultLimits ?? {});
    diagnostics.push(...limits.diagnostics);
    for (const r of limits.rulesUsed)
        rulesUsed.add(r);
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
            ...explained(options.explain ? explainOutput(model, analysis, output.node, cost) : undefined),
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
    return { outputs, diagnostics, rulesUsed, ...(priced ? { cost: priced } : {}) };
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
/** The report fields the engine gives (docs/design.md §6): strides as numbers, exact where fractional. */
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
    return { sigma: erf.sigma.map((s) => Math.round(s * 1000) / 1000), width95: [...erf.width95], ...(erf.width95Min ? { width95Min: [...erf.width95Min] } : {}) };
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
    const options = { ...(0,match/* loadOptionsFor */.mW)(path, rules, context.load), deadline: (0,load_file/* startDeadline */.db)(context.load) };
    const load = await (0,load_file/* loadFile */.ZN)(context.cwd, path, options);
    let checked;
    let budget = [];
    try {
        checked = load.model ? checkModel(path, load.model, rules, { ...context.check, ...(options.stages ? { stages: true } : {}), deadline: options.deadline }) : undefined;
    }
    catch (err) {
        if (!(err instanceof deadline/* TimeBudgetExceeded */.s))
            throw err;
        budget = [(0,load_file/* overBudget */.qj)(err)];
    }
    const all = [...(optional && load.resembles !== undefined ? [lookalike(path, load)] : load.diagnostics), ...(checked?.diagnostics ?? []), ...budget];
    const kept = all.filter((d) => !silenced(d, path, rules, context.ignore));
    const report = {
        path,
        format: load.model?.format ?? load.format ?? 'unknown',
        name: load.model?.name ?? modelName(path),
        diagnostics: kept.map(withoutFile),
        outputs: checked?.outputs ?? [],
        ...(load.model?.assumptions?.length ? { assumptions: [...load.model.assumptions] } : {}),
        ...(checked?.cost ? { cost: { ...checked.cost } } : {}),
    };
    return {
        path,
        notOurs: Boolean(load.unrecognised && optional && load.resembles === undefined),
        report,
        rulesUsed: [...(checked?.rulesUsed ?? [])],
        loaded: load.model !== undefined,
        ignored: all.length - kept.length,
    };
}
/**
 * RF512: a file a folder search found, that no loader reads but that looks like a model. It is
 * reported rather than passed over (a CI run would never check it), with the way to leave it out.
 */
function lookalike(path, load) {
    const over = load.diagnostics.find((d) => d.code === 'RF506');
    const why = over ? `${over.message}, and it looks like a model (${load.resembles})` : `it looks like a model, but no loader reads it: ${load.resembles}`;
    return (0,diagnostic/* error */.z3)('RF512', `${why}; a folder search found it, so it is reported rather than skipped: fix it, or exclude it with \`!${path}\` if it is not a model`);
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

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Ct: () => (/* binding */ fileCost),
/* harmony export */   rR: () => (/* binding */ costLimitDiagnostics)
/* harmony export */ });
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _rf_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7985);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4145);
/**
 * A file's cost (rf/cost.ts) and its limits: `max_params` and `max_macs` from the model file,
 * every rule matching the file and the run's defaults (the action's `max-params`/`max-macs`),
 * the strictest winning. A limit that cannot be checked (channels or the input size unknown) is
 * a warning, never a silent pass.
 */



/** The file's cost, or undefined when it has no priced layer at all (nothing to count). */
function fileCost(model, cost) {
    if (!model.graph.nodes.some((_, v) => (0,_rf_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPriced */ .gu)(model.graph, v)))
        return undefined;
    return { params: cost.params, macs: cost.macs };
}
function costLimitDiagnostics(path, model, cost, rules, defaults) {
    const entries = [];
    const rulesUsed = [];
    const add = (limits, from, rule) => {
        for (const name of ['max_params', 'max_macs']) {
            const value = limits?.[name];
            if (value === undefined)
                continue;
            entries.push({ name, value, from });
            if (rule !== undefined)
                rulesUsed.push(rule);
        }
    };
    add(model.limits, 'from the model file');
    for (const rule of rules)
        if ((0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleMatchesFile */ .Au)(rule, path))
            add(rule.limits, `from rules[${rule.index}]`, rule.index);
    for (const name of ['max_params', 'max_macs']) {
        if (defaults[name] !== undefined && !entries.some((e) => e.name === name))
            entries.push({ name, value: defaults[name], from: `the default ${name.replace('_', '-')}` });
    }
    const diagnostics = [];
    const at = model.outputs[0]?.position;
    for (const entry of entries) {
        const what = entry.name === 'max_params' ? 'parameters' : 'MACs';
        const actual = entry.name === 'max_params' ? cost?.params : cost?.macs;
        if (actual === undefined || actual === null) {
            const why = !cost ? 'the model has no convolution or dense layer to count' : entry.name === 'max_macs' && cost.params !== null ? 'it needs the input size' : "the file does not give every conv's channels";
            diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF422', `${entry.name} ${entry.value} (${entry.from}) is not checked: ${why}`, at));
            continue;
        }
        if (actual <= entry.value)
            continue;
        const code = entry.name === 'max_params' ? 'RF420' : 'RF421';
        diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)(code, `the model has ${formatCount(actual)} ${what} (${actual}) > ${entry.name} ${entry.value} (${entry.from}); remove or narrow layers, or raise ${entry.name}`, at));
    }
    return { diagnostics, rulesUsed };
}
/** `1.81 G`, `516 k`, `94`: three significant digits, SI prefixes (as torchvision's tables). */
function formatCount(n) {
    if (n === null)
        return '?';
    const units = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
    for (const [size, unit] of units)
        if (Math.abs(n) >= size)
            return `${Number((n / size).toPrecision(3))} ${unit}`;
    return String(n);
}


/***/ }),

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ ruleMatchesFile),
/* harmony export */   GX: () => (/* binding */ unusedRules),
/* harmony export */   Jg: () => (/* binding */ ruleMatchesOutput),
/* harmony export */   ay: () => (/* binding */ outputSuggestion),
/* harmony export */   mW: () => (/* binding */ loadOptionsFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _formats_yaml_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1728);
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
/**
 * `; did you mean \`pool5\`?` for output patterns that match none of `names`: the names a
 * pattern matches but for case (`Pool5`, `p5*` for `P5`), else the nearest by edit distance.
 */
function outputSuggestion(patterns, names) {
    const byCase = names.filter((name) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...patterns], { dot: true, nocase: true })(name));
    const near = byCase.length > 0 ? byCase : patterns.map((p) => (0,_formats_yaml_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(p, names)).filter((n) => n !== undefined);
    const unique = [...new Set(near)].slice(0, 3);
    return unique.length === 0 ? '' : `; did you mean ${unique.map((n) => `\`${n}\``).join(' or ')}?`;
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
        .map((rule) => (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF404', `rules[${rule.index}] matches no model file (files: ${rule.files.map((f) => `\`${f}\``).join(', ')}); check the glob against the paths checked`, rule.position, {
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
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3959);
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


/***/ })

};
