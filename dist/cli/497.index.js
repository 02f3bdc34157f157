export const id = 497;
export const ids = [497,808,794];
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

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainReport: () => (/* binding */ explainReport)
/* harmony export */ });
/* harmony import */ var _check_nothing_found_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8808);
/* harmony import */ var _report_html_page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9317);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2794);
/* harmony import */ var _report_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7389);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63);






/** The text to print and the exit code: 1 when a file could not be analysed, 2 when nothing was found. */
function explainReport(report, command, format) {
    if (report.files.length === 0)
        return { text: (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__.renderText)(report, { quiet: false }), code: (0,_check_nothing_found_js__WEBPACK_IMPORTED_MODULE_0__.isNothingFound)(report) ? 2 : 1 };
    const chosen = report.files.map((file) => ({ file, outputs: command.output === undefined ? file.outputs : file.outputs.filter((o) => o.name === command.output || o.tensor === command.output) }));
    if (command.output !== undefined && chosen.every((c) => c.outputs.length === 0)) {
        const names = [...new Set(report.files.flatMap((f) => f.outputs.map((o) => o.name)))];
        const where = report.files.length === 1 ? report.files[0].path : `${command.file} (${report.files.length} files)`;
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${where} has no output named '${command.output}'; its outputs: ${names.length > 0 ? names.join(', ') : 'none'}`);
    }
    const broken = report.files.some((f) => f.outputs.length === 0 || f.diagnostics.some((d) => d.severity === 'error'));
    const code = broken ? 1 : 0;
    const shown = chosen.filter((c) => c.outputs.length > 0);
    const files = shown.map((c) => ({ ...c.file, outputs: c.outputs }));
    // A file with no output to explain still says why (its diagnostics), as a check would.
    const unexplained = report.files.filter((f) => f.outputs.length === 0);
    const problems = unexplained.length > 0 ? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__.renderText)({ ...report, files: unexplained }, { quiet: false }) : '';
    switch (format) {
        case 'json':
            return { text: (0,_report_json_js__WEBPACK_IMPORTED_MODULE_5__.renderJson)({ ...report, files }), code };
        case 'html':
            return { text: (0,_report_html_page_js__WEBPACK_IMPORTED_MODULE_1__.renderHtml)({ ...report, files }), code };
        case 'markdown': {
            const several = shown.length > 1;
            const text = shown.flatMap((c) => [...(several ? [`## ${c.file.path}`, ''] : []), ...c.outputs.flatMap((o) => [`### ${o.name}`, '', ...(0,_report_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .renderExplainMarkdown */ .np)(o), ''])]).join('\n');
            return { text: text + (problems ? `\n${problems}` : ''), code };
        }
        default:
            return { text: [...shown.flatMap((c) => c.outputs.map((o) => (0,_report_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .renderExplainText */ .PG)(c.file.path, o))), ...(problems ? [problems] : [])].join('\n'), code };
    }
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ordered: () => (/* binding */ ordered),
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
function renderJson(report) {
    return stringify(ordered(report), '') + '\n';
}
/** JSON indented by two spaces, with per-axis arrays (`[427, 427]`) kept on one line. */
function stringify(value, indent) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const inner = indent + '  ';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (value.every((v) => v === null || typeof v !== 'object'))
            return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
        return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0)
        return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`).join(',\n')}\n${indent}}`;
}
/** A copy of the report with every object's keys in contract order. */
function ordered(report) {
    return {
        version: report.version,
        files: report.files.map(file),
        ...(report.diagnostics ? { diagnostics: report.diagnostics.map(diagnostic) } : {}),
        summary: summary(report.summary),
        ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
        ...(report.base ? { base: ordered(report.base) } : {}),
    };
}
function pick(value, keys) {
    const out = {};
    for (const key of keys)
        if (value[key] !== undefined)
            out[key] = value[key];
    return out;
}
function file(f) {
    return {
        path: f.path,
        format: f.format,
        name: f.name,
        ...(f.assumptions ? { assumptions: [...f.assumptions] } : {}),
        ...(f.cost ? { cost: { params: f.cost.params, macs: f.cost.macs } } : {}),
        diagnostics: f.diagnostics.map(diagnostic),
        outputs: f.outputs.map(output),
    };
}
function diagnostic(d) {
    return pick(d, ['severity', 'code', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'output']);
}
function output(o) {
    const keys = ['name', 'tensor', 'rf', 'rfMin', 'stride', 'strideExact', 'start', 'center', 'global', 'globalBy', 'aligned', 'outputSize', 'coverage', 'erf', 'explain', 'thresholds', 'status', 'failures', 'line', 'column'];
    return { ...pick(o, keys), thresholds: thresholds(o.thresholds), ...(o.failures ? { failures: o.failures.map(failure) } : {}) };
}
function thresholds(t) {
    return pick(t, ['min_rf', 'max_rf', 'min_coverage', 'min_erf']);
}
function failure(f) {
    return pick(f, ['threshold', 'source', 'rule', 'axis', 'expected', 'actual', 'message', 'advice']);
}
function summary(s) {
    return pick(s, ['files', 'outputs', 'passed', 'failed', 'errors', 'warnings', 'minRf', 'ignored']);
}


/***/ })

};
