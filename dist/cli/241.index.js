export const id = 241;
export const ids = [241,960,808];
export const modules = {

/***/ 5109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ MODEL_FILE_GLOBS),
/* harmony export */   NU: () => (/* binding */ CONTENT_FILE_GLOBS),
/* harmony export */   k4: () => (/* binding */ discover)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/**
 * Which model files to check: paths, folders and globs (negations `!**\/vendor/**` exclude),
 * relative to the working directory. Symbolic links are never followed out of it: a crawl does
 * not enter links at all, and every path found is checked by its real path. With a `root` (the
 * action's GITHUB_WORKSPACE), nothing outside it is read at all: not a file named `../x`, not a
 * pattern whose folder lies outside, not a link (nor a working directory) that resolves outside.
 */




/** The names a folder is searched for (docs/design.md §4): these are model files by their name alone. */
const MODEL_FILE_GLOBS = ['**/*.rf.yaml', '**/*.rf.yml', '**/*.rf.json', '**/*.onnx', '**/*.keras', '**/*.tflite'];
/**
 * Names a folder is also searched for, kept only when a loader recognises the content (an
 * Ultralytics YAML among CI workflows and configs, a Darknet cfg among other .cfg files, a Caffe
 * net among solver prototxts, Keras or TF.js model JSON among package.json and friends, a Keras
 * .h5 among HDF5 data files): a file found this way that no loader reads is skipped without a
 * word.
 */
const CONTENT_FILE_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.cfg', '**/*.prototxt', '**/*.param', '**/*.xml', '**/*.json', '**/*.h5', '**/*.hdf5', '**/*.pb'];
/** Never worth crawling, and full of other people's models. */
const ALWAYS_IGNORED = ['**/node_modules/**'];
async function discover(patterns, cwd, confine) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(confine ?? cwd);
    const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const positives = patterns.filter((p) => !p.startsWith('!') && p.trim() !== '');
    const found = new Set();
    const optional = new Set();
    const required = new Set();
    const diagnostics = [];
    for (const pattern of positives.length > 0 ? positives : ['.']) {
        if (confine !== undefined && !staysInside(pattern, cwd, confine)) {
            diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('RF509', `\`${pattern}\` points outside the workspace (${confine}); rflint reads only the repository's files`));
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
                diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF503', `${file} is a symbolic link to ${outside}, outside the ${confine !== undefined ? 'workspace' : 'working directory'}; it is not followed`, undefined, { file }));
                continue;
            }
            found.add(file);
            kept++;
        }
        if (diagnostic)
            diagnostics.push(diagnostic);
        else if (kept === 0 && files.length === 0) {
            diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF501', `\`${pattern}\` matches no model file; check the path or glob`));
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
    if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern))
        return { files: (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)([pattern], options)).map(toPosix) };
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
    if (!info)
        return { files: [], diagnostic: (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('RF502', `${pattern}: no such file or folder`) };
    const path = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute)) || '.';
    if (info.isDirectory()) {
        const base = path === '.' ? '' : `${(0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .escapePath */ .ft)(path)}/`;
        // Inside a named folder, only dot entries the user did not name are skipped.
        const byName = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(MODEL_FILE_GLOBS.map((g) => base + g), options)).map(toPosix);
        const named = new Set(byName);
        const byContent = new Set((await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(CONTENT_FILE_GLOBS.map((g) => base + g), options)).map(toPosix).filter((f) => !named.has(f)));
        return { files: [...byName, ...byContent], byContent };
    }
    // A file named explicitly is checked whatever its name, unless a negation excludes it.
    const excluded = negations.length > 0 && (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)([(0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .escapePath */ .ft)(path)], { ...options, ignore: negations })).length === 0;
    return { files: excluded ? [] : [path] };
}
/**
 * The real path when `file` resolves outside the real `root` through a symbolic link, else
 * undefined. Without confinement, a file named outside `cwd` is not judged.
 */
async function escapesRoot(file, cwd, root, confined) {
    // Named outside the folder on purpose (`rflint ../other/model.rf.yaml`): not a link escape.
    if (!confined && !isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file))))
        return undefined;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file)).catch(() => undefined);
    if (real === undefined)
        return undefined;
    return isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, real)) ? undefined : real;
}
/**
 * Whether a pattern stays inside `confine`: its folder part (up to the first glob segment) lies
 * inside, and no `..` follows a glob segment (`**\/../..` could climb anywhere).
 */
function staysInside(pattern, cwd, confine) {
    const segments = pattern.split(/[\\/]/);
    const magic = segments.findIndex((segment) => (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(segment));
    const fixed = magic < 0 ? segments : segments.slice(0, magic);
    if (magic >= 0 && segments.slice(magic).includes('..'))
        return false;
    return isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(confine), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, fixed.join('/') || '.')));
}
function isInside(relativePath) {
    return relativePath === '' || (!relativePath.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(relativePath));
}
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 8808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NOTHING_FOUND: () => (/* binding */ NOTHING_FOUND),
/* harmony export */   foundAnyModel: () => (/* binding */ foundAnyModel),
/* harmony export */   isNothingFound: () => (/* binding */ isNothingFound),
/* harmony export */   nothingFound: () => (/* binding */ nothingFound)
/* harmony export */ });
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5109);
/* harmony import */ var _load_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5907);
/**
 * Nothing found is a failure (RF513): a mistyped CI glob, an empty folder or a crawl that meets
 * no model file would otherwise pass green forever. `allowEmpty` (`--allow-empty`, the action's
 * `allow-empty: true`) is for repositories that may legitimately have none.
 */



const NOTHING_FOUND = 'RF513';
/**
 * Whether the search found at least one model file: one the run checked, or one it left out
 * (changed-only, another shard) that is named like a model or that a loader would read.
 */
async function foundAnyModel(found, checked, unchecked, cwd, limits) {
    if (checked > 0)
        return true;
    if (unchecked.some((file) => !found.optional.has(file)))
        return true;
    for (const file of unchecked)
        if (await (0,_load_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isModelFile */ .ic)(cwd, file, limits))
            return true;
    return false;
}
/** RF513, naming what was searched and what it met. `passedOver`: the files found that are no model. */
function nothingFound(patterns, passedOver) {
    const positives = patterns.filter((p) => !p.startsWith('!') && p.trim() !== '');
    const searched = positives.length === 0 ? 'the current folder' : positives.map((p) => `\`${p}\``).join(', ');
    const excluded = patterns.filter((p) => p.startsWith('!'));
    const except = excluded.length > 0 ? ` (except ${excluded.map((p) => `\`${p.slice(1)}\``).join(', ')})` : '';
    const sample = passedOver.slice(0, 3).map((p) => `\`${p}\``).join(', ') + (passedOver.length > 3 ? ', …' : '');
    const met = passedOver.length === 0
        ? 'and found no file there'
        : `and found ${passedOver.length} file${passedOver.length === 1 ? '' : 's'}, none of them a model of a format rflint reads (${sample})`;
    const byName = _discover_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_FILE_GLOBS */ .JO.map((g) => g.replace('**/', '')).join(', ');
    const byContent = _discover_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_FILE_GLOBS */ .NU.map((g) => g.replace('**/', '')).join(', ');
    return (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)(NOTHING_FOUND, `no model file found: searched ${searched}${except} ${met}. A folder is searched for ${byName} by name and ${byContent} by content; ` +
        'check the paths and globs, or allow it (`--allow-empty`, the action\'s `allow-empty: true`) where having no model file is expected');
}
/** Whether a report ends in RF513: the CLI exits 2, the action fails whatever `fail-on` says. */
function isNothingFound(report) {
    return (report.diagnostics ?? []).some((d) => d.code === NOTHING_FOUND);
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _formats_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5881);
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1017);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3959);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5109);
/* harmony import */ var _nothing_found_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8808);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4145);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6340);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4456);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5960);
/**
 * The one function the action and the CLI both call: patterns + rules → Report. Discovers the
 * files, loads each through the loader registry, analyses and applies thresholds. One broken
 * file never hides the results of the others.
 */









/** Files loaded at once: enough to overlap I/O, few enough to bound memory. */
const CONCURRENCY = 8;
async function runCheck(settings) {
    const rules = settings.rules ?? [];
    const found = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .discover */ .k4)(settings.patterns, settings.cwd, settings.root);
    const files = found.files.filter((f) => (!settings.only || settings.only.has(f)) && (!settings.shard || (0,_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .inShard */ .I)(f, settings.shard)));
    const { assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = settings;
    const context = {
        cwd: settings.cwd,
        rules,
        load: { limits: settings.limits ?? _formats_model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .d, ...defined({ assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages }) },
        check: defined({
            defaultMinRf: settings.minRf,
            defaultMinErf: settings.minErf,
            explain: settings.explain,
            windows: settings.windows,
            defaultLimits: defined({ max_params: settings.maxParams, max_macs: settings.maxMacs }),
        }),
        ignore: settings.ignore ?? [],
    };
    const items = files.map((path) => ({ path, optional: found.optional.has(path) }));
    const outcomes = settings.workers && items.length >= settings.workers.minFiles
        ? await (0,_pool_js__WEBPACK_IMPORTED_MODULE_5__.checkInWorkers)(items, context, settings.workers)
        : await mapLimited(items, CONCURRENCY, ({ path, optional }) => (0,_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFile */ .v)(path, optional, context));
    // A YAML or cfg found in a folder that no loader reads is some other tool's file: not ours.
    const notOurs = new Set(outcomes.filter((o) => o.notOurs).map((o) => o.path));
    const results = outcomes.filter((o) => !o.notOurs);
    const ignored = results.reduce((sum, o) => sum + o.ignored, 0);
    const checkedFiles = results.map((r) => r.path);
    // Whether a rule's outputs match nothing needs every file's outputs: one shard cannot tell.
    const outputGlobs = settings.shard ? [] : unusedOutputGlobs(rules, results, checkedFiles);
    const checked = new Set(files);
    const limits = settings.limits ?? _formats_model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .d;
    const empty = !(await (0,_nothing_found_js__WEBPACK_IMPORTED_MODULE_3__.foundAnyModel)(found, results.length, found.files.filter((f) => !checked.has(f)), settings.cwd, limits));
    // Nothing at all found: RF513 says it once for every pattern (or it is allowed), not RF501 per pattern.
    const searchDiagnostics = empty ? found.diagnostics.filter((d) => d.code !== 'RF501') : found.diagnostics;
    const emptyDiagnostics = empty && !settings.allowEmpty ? [(0,_nothing_found_js__WEBPACK_IMPORTED_MODULE_3__.nothingFound)(settings.patterns, [...notOurs])] : [];
    const diagnostics = [...(settings.rulesDiagnostics ?? []), ...searchDiagnostics, ...emptyDiagnostics, ...(0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .unusedRules */ .GX)(rules, found.files.filter((f) => !notOurs.has(f))), ...outputGlobs];
    const reports = results.map((r) => r.report);
    const shard = settings.shard ? { shard: { index: settings.shard.index, count: settings.shard.count } } : {};
    return { version: 1, files: reports, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__.summarize)(reports, diagnostics, ignored), diagnostics, ...shard };
}
/**
 * RF405, an error: a rule with `outputs` and thresholds that selects no output of the files it
 * matches (all of them loaded) checks nothing, so its thresholds would pass green forever, the
 * trap of an empty glob. Most likely a typo (`Pool5` for `pool5`): the message offers the
 * nearest names and lists each matched file's outputs.
 */
function unusedOutputGlobs(rules, results, files) {
    if (files.length === 0 || results.some((r) => !r.loaded))
        return [];
    const used = new Set(results.flatMap((r) => r.rulesUsed));
    return rules
        .filter((rule) => rule.outputs && !used.has(rule.index) && Object.keys(rule.thresholds).length > 0)
        .flatMap((rule) => {
        const matched = results.filter((r) => (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleMatchesFile */ .Au)(rule, r.path));
        if (matched.length === 0)
            return [];
        const names = matched.map((r) => r.report.outputs.flatMap((o) => [o.name, ...(o.tensor !== undefined ? [o.tensor] : [])]));
        const hint = (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .outputSuggestion */ .ay)(rule.outputs, [...new Set(names.flat())]);
        const listed = matched.slice(0, 3).map((r, i) => `${r.path}: ${listOf(names[i])}`);
        const more = matched.length > 3 ? `; and ${matched.length - 3} more files` : '';
        const message = `rules[${rule.index}] matches files but none of their outputs (outputs: ${rule.outputs.map((o) => `\`${o}\``).join(', ')}), so its thresholds check nothing` +
            `${hint || '.'} The outputs: ${listed.join('; ')}${more}`;
        return [(0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_8__/* .error */ .z3)('RF405', message, rule.outputsPosition ?? rule.position, { file: rule.source })];
    });
}
/** `\`a\`, \`b\``, at most 12 of them: a file's output names. */
function listOf(names) {
    if (names.length === 0)
        return 'none';
    return names.slice(0, 12).map((n) => `\`${n}\``).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
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
    // The smallest RF among the outputs analysed (min over axes and over positions: rfMin, what
    // min_rf is held to); global outputs have none.
    const rfs = outputs.flatMap((o) => (o.status !== 'error' && o.rf ? [Math.min(...(o.rfMin ?? o.rf))] : []));
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
