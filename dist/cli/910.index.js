export const id = 910;
export const ids = [910,960];
export const modules = {

/***/ 9910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/formats/model.ts
var model = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/formats/diagnostic.ts
var formats_diagnostic = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/check/check-file.ts + 10 modules
var check_file = __webpack_require__(3850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/check/discover.ts
/**
 * Which model files to check: paths, folders and globs (negations `!**\/vendor/**` exclude),
 * relative to the working directory. Symbolic links are never followed out of it: a crawl does
 * not enter links at all, and every path found is checked by its real path. With a `root` (the
 * action's GITHUB_WORKSPACE), nothing outside it is read at all: not a file named `../x`, not a
 * pattern whose folder lies outside, not a link (nor a working directory) that resolves outside.
 */




/** The names a folder is searched for (DESIGN §4): these are model files by their name alone. */
const MODEL_FILE_GLOBS = ['**/*.rf.yaml', '**/*.rf.yml', '**/*.rf.json', '**/*.onnx', '**/*.keras'];
/**
 * Names a folder is also searched for, kept only when a loader recognises the content (an
 * Ultralytics YAML among CI workflows and configs, a Darknet cfg among other .cfg files, a Caffe
 * net among solver prototxts, Keras or TF.js model JSON among package.json and friends, a Keras
 * .h5 among HDF5 data files): a file found this way that no loader reads is skipped without a
 * word.
 */
const CONTENT_FILE_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.cfg', '**/*.prototxt', '**/*.json', '**/*.h5', '**/*.hdf5'];
/** Never worth crawling, and full of other people's models. */
const ALWAYS_IGNORED = ['**/node_modules/**'];
async function discover(patterns, cwd, confine) {
    const root = await (0,promises_.realpath)(confine ?? cwd);
    const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const positives = patterns.filter((p) => !p.startsWith('!') && p.trim() !== '');
    const found = new Set();
    const optional = new Set();
    const required = new Set();
    const diagnostics = [];
    for (const pattern of positives.length > 0 ? positives : ['.']) {
        if (confine !== undefined && !staysInside(pattern, cwd, confine)) {
            diagnostics.push((0,formats_diagnostic/* error */.z3)('RF509', `\`${pattern}\` points outside the workspace (${confine}); rflint reads only the repository's files`));
            continue;
        }
        const { files, byContent, diagnostic } = await expand(pattern, cwd, negations);
        let kept = 0;
        for (const file of files) {
            if (byContent?.has(file))
                optional.add(file);
            else
                required.add(file);
            const outside = await escapesRoot(file, cwd, root, confine !== undefined);
            if (outside) {
                diagnostics.push((0,formats_diagnostic/* warning */.$e)('RF503', `${file} is a symbolic link to ${outside}, outside the ${confine !== undefined ? 'workspace' : 'working directory'}; it is not followed`, undefined, { file }));
                continue;
            }
            found.add(file);
            kept++;
        }
        if (diagnostic)
            diagnostics.push(diagnostic);
        else if (kept === 0 && files.length === 0) {
            diagnostics.push((0,formats_diagnostic/* warning */.$e)('RF501', `\`${pattern}\` matches no model file; check the path or glob`));
        }
    }
    // A file some pattern asked for by name is not optional, however else it was found.
    for (const file of required)
        optional.delete(file);
    return { files: [...found].sort(), optional, diagnostics };
}
/** The files one positive pattern names: itself, a folder's model files, or a glob's matches. */
async function expand(pattern, cwd, negations) {
    const ignore = [...negations, ...(pattern.includes('node_modules') ? [] : ALWAYS_IGNORED)];
    const options = { cwd, ignore, dot: false, followSymbolicLinks: false, expandDirectories: false, onlyFiles: true };
    if ((0,dist/* isDynamicPattern */.ey)(pattern))
        return { files: (await (0,dist/* glob */.TI)([pattern], options)).map(toPosix) };
    const absolute = (0,external_node_path_.resolve)(cwd, pattern);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info)
        return { files: [], diagnostic: (0,formats_diagnostic/* error */.z3)('RF502', `${pattern}: no such file or folder`) };
    const path = toPosix((0,external_node_path_.relative)(cwd, absolute)) || '.';
    if (info.isDirectory()) {
        const base = path === '.' ? '' : `${(0,dist/* escapePath */.ft)(path)}/`;
        // Inside a named folder, only dot entries the user did not name are skipped.
        const byName = (await (0,dist/* glob */.TI)(MODEL_FILE_GLOBS.map((g) => base + g), options)).map(toPosix);
        const named = new Set(byName);
        const byContent = new Set((await (0,dist/* glob */.TI)(CONTENT_FILE_GLOBS.map((g) => base + g), options)).map(toPosix).filter((f) => !named.has(f)));
        return { files: [...byName, ...byContent], byContent };
    }
    // A file named explicitly is checked whatever its name, unless a negation excludes it.
    const excluded = negations.length > 0 && (await (0,dist/* glob */.TI)([(0,dist/* escapePath */.ft)(path)], { ...options, ignore: negations })).length === 0;
    return { files: excluded ? [] : [path] };
}
/**
 * The real path when `file` resolves outside the real `root` through a symbolic link, else
 * undefined. Without confinement, a file named outside `cwd` is not judged.
 */
async function escapesRoot(file, cwd, root, confined) {
    // Named outside the folder on purpose (`rflint ../other/model.rf.yaml`): not a link escape.
    if (!confined && !isInside((0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd), (0,external_node_path_.resolve)(cwd, file))))
        return undefined;
    const real = await (0,promises_.realpath)((0,external_node_path_.resolve)(cwd, file)).catch(() => undefined);
    if (real === undefined)
        return undefined;
    return isInside((0,external_node_path_.relative)(root, real)) ? undefined : real;
}
/**
 * Whether a pattern stays inside `confine`: its folder part (up to the first glob segment) lies
 * inside, and no `..` follows a glob segment (`**\/../..` could climb anywhere).
 */
function staysInside(pattern, cwd, confine) {
    const segments = pattern.split(/[\\/]/);
    const magic = segments.findIndex((segment) => (0,dist/* isDynamicPattern */.ey)(segment));
    const fixed = magic < 0 ? segments : segments.slice(0, magic);
    if (magic >= 0 && segments.slice(magic).includes('..'))
        return false;
    return isInside((0,external_node_path_.relative)((0,external_node_path_.resolve)(confine), (0,external_node_path_.resolve)(cwd, fixed.join('/') || '.')));
}
function isInside(relativePath) {
    return relativePath === '' || (!relativePath.startsWith('..') && !(0,external_node_path_.isAbsolute)(relativePath));
}
function toPosix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./src/check/match.ts
var match = __webpack_require__(4145);
// EXTERNAL MODULE: ./src/check/pool.ts
var pool = __webpack_require__(6340);
// EXTERNAL MODULE: ./src/check/shard.ts
var check_shard = __webpack_require__(4456);
// EXTERNAL MODULE: ./src/check/summary.ts
var summary = __webpack_require__(5960);
;// CONCATENATED MODULE: ./src/check/run.ts
/**
 * The one function the action and the CLI both call: patterns + rules → Report. Discovers the
 * files, loads each through the loader registry, analyses and applies thresholds. One broken
 * file never hides the results of the others.
 */








/** Files loaded at once: enough to overlap I/O, few enough to bound memory. */
const CONCURRENCY = 8;
async function runCheck(settings) {
    const rules = settings.rules ?? [];
    const found = await discover(settings.patterns, settings.cwd, settings.root);
    const files = found.files.filter((f) => (!settings.only || settings.only.has(f)) && (!settings.shard || (0,check_shard/* inShard */.I)(f, settings.shard)));
    const { assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = settings;
    const context = {
        cwd: settings.cwd,
        rules,
        load: { limits: settings.limits ?? model/* DEFAULT_LIMITS */.d, ...defined({ assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages }) },
        check: defined({ defaultMinRf: settings.minRf, defaultMinErf: settings.minErf, explain: settings.explain, windows: settings.windows }),
        ignore: settings.ignore ?? [],
    };
    const items = files.map((path) => ({ path, optional: found.optional.has(path) }));
    const outcomes = settings.workers && items.length >= settings.workers.minFiles
        ? await (0,pool.checkInWorkers)(items, context, settings.workers)
        : await mapLimited(items, CONCURRENCY, ({ path, optional }) => (0,check_file/* checkFile */.v)(path, optional, context));
    // A YAML or cfg found in a folder that no loader reads is some other tool's file: not ours.
    const notOurs = new Set(outcomes.filter((o) => o.notOurs).map((o) => o.path));
    const results = outcomes.filter((o) => !o.notOurs);
    const ignored = results.reduce((sum, o) => sum + o.ignored, 0);
    const checkedFiles = results.map((r) => r.path);
    // Whether a rule's outputs match nothing needs every file's outputs: one shard cannot tell.
    const outputGlobs = settings.shard ? [] : unusedOutputGlobs(rules, results, checkedFiles);
    const diagnostics = [...(settings.rulesDiagnostics ?? []), ...found.diagnostics, ...(0,match/* unusedRules */.GX)(rules, found.files.filter((f) => !notOurs.has(f))), ...outputGlobs];
    const reports = results.map((r) => r.report);
    const shard = settings.shard ? { shard: { index: settings.shard.index, count: settings.shard.count } } : {};
    return { version: 1, files: reports, summary: (0,summary.summarize)(reports, diagnostics, ignored), diagnostics, ...shard };
}
/**
 * A rule with `outputs` that selects no output of the files it matches (all of them loaded) is
 * most likely a typo in the output name.
 */
function unusedOutputGlobs(rules, results, files) {
    if (files.length === 0 || results.some((r) => !r.loaded))
        return [];
    const used = new Set(results.flatMap((r) => r.rulesUsed));
    return rules
        .filter((rule) => rule.outputs && !used.has(rule.index) && Object.keys(rule.thresholds).length > 0)
        .filter((rule) => files.some((file) => (0,match/* ruleMatchesFile */.Au)(rule, file)))
        .map((rule) => (0,formats_diagnostic/* warning */.$e)('RF405', `rules[${rule.index}] matches files but none of their outputs (outputs: ${rule.outputs.map((o) => `\`${o}\``).join(', ')}); check the output names`, rule.outputsPosition ?? rule.position, {
        file: rule.source,
    }));
}
/** The entries whose value is set (exactOptionalPropertyTypes forbids explicit undefined). */
function defined(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasFailures: () => (/* binding */ hasFailures),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
function summarize(files, runDiagnostics = [], ignored = 0) {
    const outputs = files.flatMap((f) => f.outputs);
    const diagnostics = [...runDiagnostics, ...files.flatMap((f) => f.diagnostics)];
    // The smallest RF among the outputs analysed (min over axes); global outputs have none.
    const rfs = outputs.flatMap((o) => (o.status !== 'error' && o.rf ? [Math.min(...o.rf)] : []));
    return {
        files: files.length,
        outputs: outputs.length,
        passed: outputs.filter((o) => o.status === 'pass').length,
        failed: outputs.filter((o) => o.status === 'fail').length,
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        minRf: rfs.length > 0 ? Math.min(...rfs) : null,
        ...(ignored > 0 ? { ignored } : {}),
    };
}
/** Whether the run fails (exit 1, a red check): a threshold failed or anything is an error. */
function hasFailures(summary) {
    return summary.failed > 0 || summary.errors > 0;
}


/***/ })

};
