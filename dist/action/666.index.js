export const id = 666;
export const ids = [666];
export const modules = {

/***/ 6987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/**
 * The HTTP status of an Octokit RequestError (or of anything with a numeric `status`). Apart
 * from github.ts, which loads Octokit: only a run with a token imports that (action/main.ts).
 */
function httpStatus(err) {
    return typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : undefined;
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ info)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);
/**
 * The action's log lines. core.info writes its text as is, and the runner reads any line of the
 * log whose trimmed text starts with `::` as a workflow command (`::add-mask::`,
 * `::stop-commands::`, `::error::`): a file name or a message that quotes a model file could
 * issue one. Every line goes through logLines (report/escape.ts) first. core.debug, warning and
 * error escape their message themselves (%, CR, LF: @actions/core lib/command.js).
 */


function info(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLines */ .OG)(text));
}


/***/ }),

/***/ 5666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
;// CONCATENATED MODULE: ./src/check/shard.ts
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

;// CONCATENATED MODULE: ./src/check/summary.ts
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
    const files = found.files.filter((f) => (!settings.only || settings.only.has(f)) && (!settings.shard || inShard(f, settings.shard)));
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
    return { version: 1, files: reports, summary: summarize(reports, diagnostics, ignored), diagnostics, ...shard };
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/check/base.ts
/**
 * The same check on another version of the files (a pull request's base, a git revision): the
 * head's files are fetched at that version into a temporary folder and checked there with the
 * same settings, so the deltas compare like with like. How bytes are fetched is passed in (the
 * REST API in the action, `git show` on the command line).
 */



/** Fetches at once: enough to hide latency, few enough to stay clear of rate limits. */
const CONCURRENT_FETCHES = 6;
async function checkAtBase(head, fetch, settings, tempRoot) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, 'rflint-base-'));
    try {
        let fetched = 0;
        // Only paths inside the working directory: a file named as ../x was checked in place, and
        // its base must not be written outside this temp folder.
        const inside = head.files.filter((file) => !(0,external_node_path_.isAbsolute)(file.path) && !file.path.split(/[\\/]/).includes('..'));
        for (let i = 0; i < inside.length; i += CONCURRENT_FETCHES) {
            await Promise.all(inside.slice(i, i + CONCURRENT_FETCHES).map(async (file) => {
                const bytes = await fetch(file.path);
                if (bytes === undefined)
                    return;
                const target = (0,external_node_path_.join)(folder, file.path);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
                (0,external_node_fs_.writeFileSync)(target, bytes);
                fetched++;
            }));
        }
        if (fetched === 0)
            return { reason: 'none of the checked files exists at the base' };
        const { only: _only, ...rest } = settings;
        return { report: await runCheck({ ...rest, cwd: folder, patterns: inside.map((f) => f.path) }) };
    }
    catch (err) {
        return { reason: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
    }
    finally {
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/action/http-status.ts
var http_status = __webpack_require__(6987);
;// CONCATENATED MODULE: ./src/action/paths.ts
/**
 * Paths in three frames: the report's (relative to the working directory), the repository's
 * (relative to the workspace: what GitHub's APIs, annotations and blob links use), and the disk's.
 * Always `/`-separated outside the disk frame.
 */

function posix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}
/** A report path (relative to the working directory) as a repository path. */
function toRepoPath(reportPath, workingDirectory, workspace) {
    return posix((0,external_node_path_.relative)(workspace, (0,external_node_path_.join)(workingDirectory, reportPath)));
}
/** A repository path as a report path, or undefined when it lies outside the working directory. */
function fromRepoPath(repoPath, workingDirectory, workspace) {
    const rel = (0,external_node_path_.relative)(workingDirectory, (0,external_node_path_.join)(workspace, repoPath));
    if (rel === '' || rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return posix(rel);
}
/** A repository path in a URL: each segment encoded, the slashes kept. */
function encodePath(repoPath) {
    return repoPath.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/action/base.ts
/**
 * The RF deltas' other side: the checked files as they are at the PR's base, fetched through the
 * REST API (no second checkout needed) and checked with the same settings (check/base.ts).
 * Best effort: any failure means no deltas, never a failed step.
 */



/** The raw bytes of a file at a commit, or undefined when it does not exist there (new in the PR). */
async function fetchAt(api, input, repoPath) {
    try {
        // The path goes into the URL literally (segments encoded): a route template would encode its slashes.
        const response = await api.request(`GET /repos/{owner}/{repo}/contents/${encodePath(repoPath)}`, {
            owner: input.owner,
            repo: input.repo,
            ref: input.baseSha,
            mediaType: { format: 'raw' },
            // Read the body ourselves: Octokit would decode it as text when the type says charset=utf-8.
            request: { parseSuccessResponseBody: false },
        });
        return new Uint8Array(await new Response(response.data).arrayBuffer());
    }
    catch (err) {
        const status = (0,http_status/* httpStatus */.n)(err);
        if (status === 404)
            return undefined;
        // Octokit's message is the body's (`Server Error`): the status says more in the log.
        if (status !== undefined)
            throw new Error(`HTTP ${status} from the contents API (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
        throw err;
    }
}
async function checkBase(api, head, input) {
    return checkAtBase(head, (path) => fetchAt(api, input, toRepoPath(path, input.workingDirectory, input.workspace)), input.check, input.runnerTemp);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/action/changed.ts
/**
 * The files a pull request changes, for `changed-only`: from the REST API, or from git when the
 * PR is larger than the API lists.
 */



/**
 * "Responses include a maximum of 3000 files" (docs.github.com/rest/pulls/pulls#list-pull-requests-files):
 * a list this long may be cut short.
 */
const PULL_FILES_API_LIMIT = 3000;
async function fromGit(pr, workspace) {
    // Three dots: what the head changed since it left the base, as the PR's "Files changed" tab.
    // --diff-filter=d drops deleted files; -z keeps unusual names intact.
    const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['diff', '--name-only', '-z', '--diff-filter=d', `${pr.baseSha}...${pr.headSha}`], {
        cwd: workspace,
        maxBuffer: 256 * 1024 * 1024,
    });
    return stdout.split('\0').filter((p) => p !== '');
}
async function changedFiles(api, pr, where) {
    let repoPaths;
    let note;
    const listed = (pr.changedFiles ?? 0) > PULL_FILES_API_LIMIT
        ? undefined
        : await api.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: where.owner, repo: where.repo, pull_number: pr.number, per_page: 100 });
    if (listed !== undefined && listed.length < PULL_FILES_API_LIMIT) {
        repoPaths = listed.filter((f) => f.status !== 'removed').map((f) => f.filename);
    }
    else {
        try {
            repoPaths = await fromGit(pr, where.workspace);
        }
        catch (err) {
            // Checking everything is slower but never wrong; skipping files silently would be.
            return {
                note: `This pull request changes more than ${PULL_FILES_API_LIMIT} files, more than the GitHub API lists, and \`git diff\` against the base failed (check out with \`fetch-depth: 0\`): every model file was checked.`,
                detail: `git diff failed: ${firstLine(err)}`,
            };
        }
        note = `This pull request changes more than ${PULL_FILES_API_LIMIT} files, more than the GitHub API lists: the changed files came from \`git diff base...head\`.`;
    }
    const paths = new Set(repoPaths.map((p) => fromRepoPath(p, where.workingDirectory, where.workspace)).filter((p) => p !== undefined));
    return { paths, ...(note ? { note } : {}) };
}
function firstLine(err) {
    return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/formats/native/limits.ts
var limits = __webpack_require__(6556);
// EXTERNAL MODULE: ./src/formats/yaml/locate.ts
var yaml_locate = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/formats/yaml/schema-errors.ts
var schema_errors = __webpack_require__(415);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/generated/rules-schema.js
// Generated by scripts/gen-validators.mjs from schema/rules.schema.json (npm run build); do not edit.
/* eslint-disable */

const runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const validate = validate20;/* harmony default export */ const rules_schema = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/rflint/rflint/schema/rules.schema.json","title":"rflint rules","description":"Thresholds for model files by path (the action's `rules` input, the CLI's --rules FILE). Every rule whose `files` match a model file applies to it; thresholds from the file and from every matching rule must all hold.","type":"array","items":{"$ref":"#/$defs/rule"},"$defs":{"globs":{"description":"A glob or a list of globs (picomatch syntax), relative to the working directory.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}]},"rf":{"description":"A receptive field in input positions: a scalar for every axis, or one value per axis.","oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]},"mapping":{"enum":["pointwise","global"]},"rule":{"type":"object","required":["files"],"additionalProperties":false,"properties":{"files":{"$ref":"#/$defs/globs"},"outputs":{"$ref":"#/$defs/globs","description":"Which outputs (by name) the thresholds apply to; default all."},"min_rf":{"$ref":"#/$defs/rf"},"max_rf":{"$ref":"#/$defs/rf"},"min_erf":{"$ref":"#/$defs/rf","description":"Smallest acceptable effective RF (the 95 % width under uniform weights), one value or one per axis."},"min_coverage":{"type":"number","minimum":0,"maximum":1,"description":"Fraction of the input, per axis, that a central output's RF must cover; needs an input size."},"assume":{"type":"object","description":"Operators rflint does not know, and how they map positions.","additionalProperties":{"$ref":"#/$defs/mapping"}},"channel_attention":{"$ref":"#/$defs/mapping","description":"How squeeze-and-excitation gates count: `global` (default) or `pointwise`."},"attention":{"$ref":"#/$defs/mapping","description":"How spatial attention (transformer blocks such as C2PSA) counts: `global` (default) or `pointwise`, to get the convolutions' RF."},"input_size":{"description":"The network input's size: one value for every axis, or one per axis (height before width). Used where the file leaves the size open (dynamic ONNX axes) and over the size a file sets.","oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]},"input":{"type":"string","minLength":1,"description":"The name of the data input (ONNX), when the file has several graph inputs that could be the image."},"scale":{"type":"string","minLength":1,"description":"The scale of a multi-scale model file (Ultralytics `scales:` key such as n, s, m, l, x)."},"ignore":{"description":"Warning codes to silence for the files (and, with `outputs`, the outputs) this rule matches, such as RF020. Errors cannot be silenced.","oneOf":[{"type":"string","pattern":"^RF[0-9]{3}$"},{"type":"array","items":{"type":"string","pattern":"^RF[0-9]{3}$"},"minItems":1}]},"stages":{"type":"boolean","description":"Also check the last tensor at each stride (the stage ends), named by tensor and as stride8, stride16, …"}}}}};const schema32 = {"type":"object","required":["files"],"additionalProperties":false,"properties":{"files":{"$ref":"#/$defs/globs"},"outputs":{"$ref":"#/$defs/globs","description":"Which outputs (by name) the thresholds apply to; default all."},"min_rf":{"$ref":"#/$defs/rf"},"max_rf":{"$ref":"#/$defs/rf"},"min_erf":{"$ref":"#/$defs/rf","description":"Smallest acceptable effective RF (the 95 % width under uniform weights), one value or one per axis."},"min_coverage":{"type":"number","minimum":0,"maximum":1,"description":"Fraction of the input, per axis, that a central output's RF must cover; needs an input size."},"assume":{"type":"object","description":"Operators rflint does not know, and how they map positions.","additionalProperties":{"$ref":"#/$defs/mapping"}},"channel_attention":{"$ref":"#/$defs/mapping","description":"How squeeze-and-excitation gates count: `global` (default) or `pointwise`."},"attention":{"$ref":"#/$defs/mapping","description":"How spatial attention (transformer blocks such as C2PSA) counts: `global` (default) or `pointwise`, to get the convolutions' RF."},"input_size":{"description":"The network input's size: one value for every axis, or one per axis (height before width). Used where the file leaves the size open (dynamic ONNX axes) and over the size a file sets.","oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]},"input":{"type":"string","minLength":1,"description":"The name of the data input (ONNX), when the file has several graph inputs that could be the image."},"scale":{"type":"string","minLength":1,"description":"The scale of a multi-scale model file (Ultralytics `scales:` key such as n, s, m, l, x)."},"ignore":{"description":"Warning codes to silence for the files (and, with `outputs`, the outputs) this rule matches, such as RF020. Errors cannot be silenced.","oneOf":[{"type":"string","pattern":"^RF[0-9]{3}$"},{"type":"array","items":{"type":"string","pattern":"^RF[0-9]{3}$"},"minItems":1}]},"stages":{"type":"boolean","description":"Also check the last tensor at each stride (the stage ends), named by tensor and as stride8, stride16, …"}}};const schema33 = {"description":"A glob or a list of globs (picomatch syntax), relative to the working directory.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}]};const schema35 = {"description":"A receptive field in input positions: a scalar for every axis, or one value per axis.","oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]};const schema38 = {"enum":["pointwise","global"]};const func1 = Object.prototype.hasOwnProperty;const func2 = runtime0.default;const pattern4 = new RegExp("^RF[0-9]{3}$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.files === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema32.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.files !== undefined){let data0 = data.files;const _errs4 = errors;let valid2 = false;let passing0 = null;const _errs5 = errors;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.oneOf[0],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.oneOf[0].type,parentSchema:schema33.oneOf[0],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs5 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs7 = errors;if(Array.isArray(data0)){if(data0.length < 1){const err4 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.oneOf[1],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.oneOf[1].items.type,parentSchema:schema33.oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.oneOf[1].type,parentSchema:schema33.oneOf[1],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err8 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema33.oneOf,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data.outputs !== undefined){let data2 = data.outputs;const _errs13 = errors;let valid6 = false;let passing1 = null;const _errs14 = errors;if(typeof data2 === "string"){if(func2(data2) < 1){const err9 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.oneOf[0],data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.oneOf[0].type,parentSchema:schema33.oneOf[0],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid1 = _errs14 === errors;if(_valid1){valid6 = true;passing1 = 0;}const _errs16 = errors;if(Array.isArray(data2)){if(data2.length < 1){const err11 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.oneOf[1],data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(typeof data3 === "string"){if(func2(data3) < 1){const err12 = {instancePath:instancePath+"/outputs/" + i1,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/outputs/" + i1,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.oneOf[1].items.type,parentSchema:schema33.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.oneOf[1].type,parentSchema:schema33.oneOf[1],data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid1 = _errs16 === errors;if(_valid1 && valid6){valid6 = false;passing1 = [passing1, 1];}else {if(_valid1){valid6 = true;passing1 = 1;}}if(!valid6){const err15 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema33.oneOf,parentSchema:schema33,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}}if(data.min_rf !== undefined){let data4 = data.min_rf;const _errs22 = errors;let valid10 = false;let passing2 = null;const _errs23 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err16 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[0].type,parentSchema:schema35.oneOf[0],data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err17 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[0],data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var _valid2 = _errs23 === errors;if(_valid2){valid10 = true;passing2 = 0;}const _errs25 = errors;if(Array.isArray(data4)){if(data4.length > 3){const err18 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema35.oneOf[1],data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data4.length < 1){const err19 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.oneOf[1],data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len2 = data4.length;for(let i2=0; i2<len2; i2++){let data5 = data4[i2];if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err20 = {instancePath:instancePath+"/min_rf/" + i2,schemaPath:"#/$defs/rf/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[1].items.type,parentSchema:schema35.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err21 = {instancePath:instancePath+"/min_rf/" + i2,schemaPath:"#/$defs/rf/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}else {const err22 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.oneOf[1].type,parentSchema:schema35.oneOf[1],data:data4};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid2 = _errs25 === errors;if(_valid2 && valid10){valid10 = false;passing2 = [passing2, 1];}else {if(_valid2){valid10 = true;passing2 = 1;}}if(!valid10){const err23 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rf/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema35.oneOf,parentSchema:schema35,data:data4};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}}}if(data.max_rf !== undefined){let data6 = data.max_rf;const _errs31 = errors;let valid14 = false;let passing3 = null;const _errs32 = errors;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err24 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[0].type,parentSchema:schema35.oneOf[0],data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err25 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[0],data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}var _valid3 = _errs32 === errors;if(_valid3){valid14 = true;passing3 = 0;}const _errs34 = errors;if(Array.isArray(data6)){if(data6.length > 3){const err26 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema35.oneOf[1],data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data6.length < 1){const err27 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.oneOf[1],data:data6};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}const len3 = data6.length;for(let i3=0; i3<len3; i3++){let data7 = data6[i3];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err28 = {instancePath:instancePath+"/max_rf/" + i3,schemaPath:"#/$defs/rf/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[1].items.type,parentSchema:schema35.oneOf[1].items,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err29 = {instancePath:instancePath+"/max_rf/" + i3,schemaPath:"#/$defs/rf/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[1].items,data:data7};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.oneOf[1].type,parentSchema:schema35.oneOf[1],data:data6};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid3 = _errs34 === errors;if(_valid3 && valid14){valid14 = false;passing3 = [passing3, 1];}else {if(_valid3){valid14 = true;passing3 = 1;}}if(!valid14){const err31 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rf/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema35.oneOf,parentSchema:schema35,data:data6};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}if(data.min_erf !== undefined){let data8 = data.min_erf;const _errs40 = errors;let valid18 = false;let passing4 = null;const _errs41 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err32 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[0].type,parentSchema:schema35.oneOf[0],data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err33 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[0],data:data8};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}var _valid4 = _errs41 === errors;if(_valid4){valid18 = true;passing4 = 0;}const _errs43 = errors;if(Array.isArray(data8)){if(data8.length > 3){const err34 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema35.oneOf[1],data:data8};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data8.length < 1){const err35 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.oneOf[1],data:data8};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}const len4 = data8.length;for(let i4=0; i4<len4; i4++){let data9 = data8[i4];if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err36 = {instancePath:instancePath+"/min_erf/" + i4,schemaPath:"#/$defs/rf/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.oneOf[1].items.type,parentSchema:schema35.oneOf[1].items,data:data9};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err37 = {instancePath:instancePath+"/min_erf/" + i4,schemaPath:"#/$defs/rf/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema35.oneOf[1].items,data:data9};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}}else {const err38 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.oneOf[1].type,parentSchema:schema35.oneOf[1],data:data8};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid4 = _errs43 === errors;if(_valid4 && valid18){valid18 = false;passing4 = [passing4, 1];}else {if(_valid4){valid18 = true;passing4 = 1;}}if(!valid18){const err39 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rf/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema35.oneOf,parentSchema:schema35,data:data8};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}else {errors = _errs40;if(vErrors !== null){if(_errs40){vErrors.length = _errs40;}else {vErrors = null;}}}}if(data.min_coverage !== undefined){let data10 = data.min_coverage;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 1 || isNaN(data10)){const err40 = {instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema32.properties.min_coverage,data:data10};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data10 < 0 || isNaN(data10)){const err41 = {instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.min_coverage,data:data10};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.min_coverage.type,parentSchema:schema32.properties.min_coverage,data:data10};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.assume !== undefined){let data11 = data.assume;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){let data12 = data11[key1];if(!((data12 === "pointwise") || (data12 === "global"))){const err43 = {instancePath:instancePath+"/assume/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/mapping/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data12};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/assume",schemaPath:"#/properties/assume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.assume.type,parentSchema:schema32.properties.assume,data:data11};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.channel_attention !== undefined){let data13 = data.channel_attention;if(!((data13 === "pointwise") || (data13 === "global"))){const err45 = {instancePath:instancePath+"/channel_attention",schemaPath:"#/$defs/mapping/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data13};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.attention !== undefined){let data14 = data.attention;if(!((data14 === "pointwise") || (data14 === "global"))){const err46 = {instancePath:instancePath+"/attention",schemaPath:"#/$defs/mapping/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data14};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.input_size !== undefined){let data15 = data.input_size;const _errs59 = errors;let valid25 = false;let passing5 = null;const _errs60 = errors;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err47 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.input_size.oneOf[0].type,parentSchema:schema32.properties.input_size.oneOf[0],data:data15};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err48 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.input_size.oneOf[0],data:data15};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}var _valid5 = _errs60 === errors;if(_valid5){valid25 = true;passing5 = 0;}const _errs62 = errors;if(Array.isArray(data15)){if(data15.length > 3){const err49 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema32.properties.input_size.oneOf[1],data:data15};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data15.length < 1){const err50 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.input_size.oneOf[1],data:data15};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}const len5 = data15.length;for(let i5=0; i5<len5; i5++){let data16 = data15[i5];if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err51 = {instancePath:instancePath+"/input_size/" + i5,schemaPath:"#/properties/input_size/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.input_size.oneOf[1].items.type,parentSchema:schema32.properties.input_size.oneOf[1].items,data:data16};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err52 = {instancePath:instancePath+"/input_size/" + i5,schemaPath:"#/properties/input_size/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.input_size.oneOf[1].items,data:data16};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}}else {const err53 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.input_size.oneOf[1].type,parentSchema:schema32.properties.input_size.oneOf[1],data:data15};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}var _valid5 = _errs62 === errors;if(_valid5 && valid25){valid25 = false;passing5 = [passing5, 1];}else {if(_valid5){valid25 = true;passing5 = 1;}}if(!valid25){const err54 = {instancePath:instancePath+"/input_size",schemaPath:"#/properties/input_size/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema32.properties.input_size.oneOf,parentSchema:schema32.properties.input_size,data:data15};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}else {errors = _errs59;if(vErrors !== null){if(_errs59){vErrors.length = _errs59;}else {vErrors = null;}}}}if(data.input !== undefined){let data17 = data.input;if(typeof data17 === "string"){if(func2(data17) < 1){const err55 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.input,data:data17};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.input.type,parentSchema:schema32.properties.input,data:data17};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.scale !== undefined){let data18 = data.scale;if(typeof data18 === "string"){if(func2(data18) < 1){const err57 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.scale,data:data18};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.scale.type,parentSchema:schema32.properties.scale,data:data18};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.ignore !== undefined){let data19 = data.ignore;const _errs71 = errors;let valid28 = false;let passing6 = null;const _errs72 = errors;if(typeof data19 === "string"){if(!pattern4.test(data19)){const err59 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^RF[0-9]{3}$"},message:"must match pattern \""+"^RF[0-9]{3}$"+"\"",schema:"^RF[0-9]{3}$",parentSchema:schema32.properties.ignore.oneOf[0],data:data19};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ignore.oneOf[0].type,parentSchema:schema32.properties.ignore.oneOf[0],data:data19};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid6 = _errs72 === errors;if(_valid6){valid28 = true;passing6 = 0;}const _errs74 = errors;if(Array.isArray(data19)){if(data19.length < 1){const err61 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.ignore.oneOf[1],data:data19};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}const len6 = data19.length;for(let i6=0; i6<len6; i6++){let data20 = data19[i6];if(typeof data20 === "string"){if(!pattern4.test(data20)){const err62 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^RF[0-9]{3}$"},message:"must match pattern \""+"^RF[0-9]{3}$"+"\"",schema:"^RF[0-9]{3}$",parentSchema:schema32.properties.ignore.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/ignore/" + i6,schemaPath:"#/properties/ignore/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ignore.oneOf[1].items.type,parentSchema:schema32.properties.ignore.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.ignore.oneOf[1].type,parentSchema:schema32.properties.ignore.oneOf[1],data:data19};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}var _valid6 = _errs74 === errors;if(_valid6 && valid28){valid28 = false;passing6 = [passing6, 1];}else {if(_valid6){valid28 = true;passing6 = 1;}}if(!valid28){const err65 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema32.properties.ignore.oneOf,parentSchema:schema32.properties.ignore,data:data19};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}else {errors = _errs71;if(vErrors !== null){if(_errs71){vErrors.length = _errs71;}else {vErrors = null;}}}}if(data.stages !== undefined){let data21 = data.stages;if(typeof data21 !== "boolean"){const err66 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.stages.type,parentSchema:schema32.properties.stages,data:data21};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/rflint/rflint/schema/rules.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate21(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/check/rules.ts






// Compiled at build time (scripts/gen-validators.mjs): strict (a typo in our schema fails the
// build), allErrors (a user sees every problem of a rule at once), verbose (the messages need
// each error's schema).
const validator = () => validate;
function parseRules(text, source) {
    // yaml reads a byte-order mark before a mapping, but not before `- ` (a rules list): drop it.
    const body = text.replace(/^\uFEFF/, '');
    const doc = (0,yaml_dist/* parseDocument */.Tp)(body, { prettyErrors: false, uniqueKeys: true });
    const locate = (0,yaml_locate/* locator */.fl)(doc, body);
    if (doc.errors.length > 0) {
        const diagnostics = doc.errors.map((e) => (0,formats_diagnostic/* error */.z3)('RF401', `the rules are not valid YAML: ${rules_firstLine(e.message)}`, locate.span(e.pos[0], e.pos[1]), { file: source }));
        return { rules: [], diagnostics };
    }
    const problem = (0,limits/* astProblem */.Y)(doc, 100, 64);
    if (problem) {
        const what = problem.kind === 'cycle' ? 'an alias (*name) sits inside the node its anchor (&name) marks' : problem.kind === 'depth' ? 'the rules nest deeper than 64 levels' : 'the rules use more than 100 YAML aliases';
        return { rules: [], diagnostics: [(0,formats_diagnostic/* error */.z3)('RF401', `the rules cannot be read: ${what}`, problem.range ? locate.span(problem.range[0], problem.range[1]) : undefined, { file: source })] };
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        return { rules: [], diagnostics: [(0,formats_diagnostic/* error */.z3)('RF401', `the rules cannot be read: ${err.message}`, undefined, { file: source })] };
    }
    if (value === null || value === undefined)
        return { rules: [], diagnostics: [] };
    const validate = validator();
    if (validate(value))
        return { rules: value.map((raw, index) => toRule(raw, index, source, locate)), diagnostics: [] };
    const errors = validate.errors ?? [];
    const diagnostics = describeErrors(errors, value, locate).map((d) => ({ ...d, file: source }));
    // Rules without errors still apply; the errors fail the run anyway.
    const broken = new Set(errors.map((e) => (0,schema_errors/* dataPath */.Kf)(e.instancePath)[0]));
    const rules = Array.isArray(value) ? value.flatMap((raw, index) => (broken.has(index) ? [] : [toRule(raw, index, source, locate)])) : [];
    return { rules, diagnostics };
}
function toRule(raw, index, source, locate) {
    const list = (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
    const thresholds = {
        ...(raw.min_rf !== undefined ? { min_rf: raw.min_rf } : {}),
        ...(raw.max_rf !== undefined ? { max_rf: raw.max_rf } : {}),
        ...(raw.min_coverage !== undefined ? { min_coverage: raw.min_coverage } : {}),
        ...(raw.min_erf !== undefined ? { min_erf: raw.min_erf } : {}),
    };
    const outputs = list(raw.outputs);
    return {
        files: list(raw.files),
        ...(outputs ? { outputs } : {}),
        thresholds,
        ...(raw.assume ? { assume: new Map(Object.entries(raw.assume)) } : {}),
        ...(raw.channel_attention ? { channelAttention: raw.channel_attention } : {}),
        ...(raw.attention ? { attention: raw.attention } : {}),
        ...(raw.input_size !== undefined ? { inputSize: Array.isArray(raw.input_size) ? raw.input_size : [raw.input_size] } : {}),
        ...(raw.input !== undefined ? { dataInput: raw.input } : {}),
        ...(raw.scale !== undefined ? { scale: raw.scale } : {}),
        ...(raw.stages !== undefined ? { stages: raw.stages } : {}),
        ...(raw.ignore !== undefined ? { ignore: list(raw.ignore) } : {}),
        position: locate.at([index, 'files']),
        ...(outputs ? { outputsPosition: locate.at([index, 'outputs']) } : {}),
        index,
        source,
    };
}
/** Schema errors in the common wording (formats/yaml/schema-errors.ts), but for two of ours. */
function describeErrors(errors, value, locate) {
    return (0,schema_errors/* schemaDiagnostics */.mT)(errors, value, locate, {
        root: 'rules',
        codes: { unknownKey: 'RF403', missingKey: 'RF402', invalidValue: 'RF402' },
        perAxisKeys: ['min_rf', 'max_rf', 'min_erf'],
        special: (p) => {
            if (p.keyword === 'type' && p.path.length === 0)
                return (0,formats_diagnostic/* error */.z3)('RF402', `the rules must be a list of rules (\`- files: ...\`), got ${p.value !== null && typeof p.value === 'object' ? 'a mapping' : (0,schema_errors/* show */.WU)(p.value)}`, locate.at([]));
            if (p.keyword === 'required' && p.params.missingProperty === 'files')
                return (0,formats_diagnostic/* error */.z3)('RF402', `${p.label}: missing \`files\`: the globs of the model files this rule applies to`, locate.at(p.path));
            return undefined;
        },
    });
}
function rules_firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./src/report/badge-options.ts
const BADGE_VALUES = ['pass', 'min-rf'];

;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * The action's inputs, read and validated once into one typed object; nothing deeper calls
 * core.getInput. A bad value is one InputError whose message names the input and what to write.
 */







/** A bad input value: the message is all the user sees. */
class InputError extends Error {
    name = 'InputError';
}
/** action.yml's former default `files` (v0.1), written out by some workflows. */
const FORMER_DEFAULT_FILES = ['**/*.rf.yaml', '**/*.rf.yml', '**/*.rf.json'];
/**
 * Without `files`: the working directory searched as the CLI searches a folder, every model
 * file by its name or its content (DESIGN §4). One pattern: discovery warns once, not per name.
 */
const DEFAULT_PATTERNS = ['.'];
function oneOf(name, value, allowed, fallback) {
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(`Input '${name}' is '${value}': use one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
// The same spellings as core.getBooleanInput (the YAML 1.2 core schema).
function settings_boolean(name, value, fallback) {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input '${name}' is '${value}': use 'true' or 'false'.`);
}
function positiveInteger(name, value) {
    if (value === '')
        return undefined;
    if (!/^[0-9]+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
        throw new InputError(`Input '${name}' is '${value}': use a whole number of input pixels, 1 or more.`);
    }
    return Number(value);
}
function lines(value) {
    return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
function insideWorkspace(name, path, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new InputError(`Input '${name}' is '${path}', outside the workspace ${workspace}: give a path inside the repository.`);
    }
    return rel === '' ? '.' : rel.split(external_node_path_.sep).join('/');
}
/** The badge inputs: paths relative to the working directory, inside the workspace or RUNNER_TEMP. */
function badgeSettings(read, workspace, workingDirectory) {
    const runnerTemp = process.env.RUNNER_TEMP;
    const path = (name) => {
        const value = read(name).trim();
        if (value === '')
            return undefined;
        const absolute = (0,external_node_path_.resolve)(workingDirectory, value);
        const inTemp = runnerTemp !== undefined && runnerTemp !== '' && !(0,external_node_path_.relative)(runnerTemp, absolute).startsWith('..') && !(0,external_node_path_.isAbsolute)((0,external_node_path_.relative)(runnerTemp, absolute));
        if (!inTemp)
            insideWorkspace(name, absolute, workspace);
        return absolute;
    };
    const svg = path('badge-path');
    const json = path('badge-json-path');
    const value = read('badge-value').trim();
    const label = read('badge-label').trim();
    const output = read('badge-output').trim();
    if (svg === undefined && json === undefined)
        return undefined;
    const options = {
        ...(value !== '' ? { value: oneOf('badge-value', value, BADGE_VALUES, 'pass') } : {}),
        ...(label !== '' ? { label } : {}),
        ...(output !== '' ? { output } : {}),
    };
    return { ...(svg ? { svg } : {}), ...(json ? { json } : {}), options };
}
/** The inputs `shard` and `merge-reports` (issue 12): one mode at a time. */
function shardSettings(read, fromReport) {
    const shardText = read('shard').trim();
    const mergeReports = lines(read('merge-reports'));
    let shard;
    if (shardText !== '') {
        try {
            shard = parseShard(shardText);
        }
        catch (err) {
            throw new InputError(`Input '${err.message.replace(/^shard /, "shard' ")}.`);
        }
    }
    if (mergeReports.length > 0 && (shard || fromReport)) {
        throw new InputError(`Input 'merge-reports' publishes the shards' reports without checking: give it alone, without '${shard ? 'shard' : 'from-report'}'.`);
    }
    if (shard && fromReport)
        throw new InputError("Input 'from-report' publishes a report without checking: give it without 'shard'.");
    return { ...(shard ? { shard } : {}), ...(mergeReports.length > 0 ? { mergeReports } : {}) };
}
/**
 * Reads every input once. `read` returns an input's raw value ('' when unset), as
 * core.getInput does; `workspace` is GITHUB_WORKSPACE.
 */
function getSettings(read = (name) => core/* getInput */.V4(name), workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    const workingDirectory = (0,external_node_path_.resolve)(workspace, read('working-directory') || '.');
    const workingDirectoryName = insideWorkspace('working-directory', workingDirectory, workspace);
    if (!(0,external_node_fs_.existsSync)(workingDirectory) || !(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
        throw new InputError(`Input 'working-directory' is '${read('working-directory')}', which is not a folder of the workspace: check the path (is the repository checked out?).`);
    }
    const rulesText = read('rules');
    const parsed = rulesText.trim() === '' ? { rules: [], diagnostics: [] } : parseRules(rulesText, 'rules');
    const ruleErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (ruleErrors.length > 0) {
        const more = ruleErrors.length > 1 ? ` (and ${ruleErrors.length - 1} more)` : '';
        throw new InputError(`Input 'rules' is invalid: ${(0,formats_diagnostic/* formatDiagnostic */.xy)({ ...ruleErrors[0], file: 'rules' })}${more}`);
    }
    const fromReportInput = read('from-report').trim();
    const files = lines(read('files'));
    const minRf = positiveInteger('min-rf', read('min-rf').trim());
    const badge = badgeSettings(read, workspace, workingDirectory);
    const minErf = positiveInteger('min-erf', read('min-erf').trim());
    const sharding = shardSettings(read, fromReportInput !== '');
    return {
        ...sharding,
        ...(badge ? { badge } : {}),
        files: files.length === 0 ? DEFAULT_PATTERNS : files.join('\n') === FORMER_DEFAULT_FILES.join('\n') ? ['**/*.rf.{yaml,yml,json}'] : files,
        changedOnly: settings_boolean('changed-only', read('changed-only').trim(), false),
        rules: parsed.rules,
        rulesDiagnostics: parsed.diagnostics,
        ...(minRf !== undefined ? { minRf } : {}),
        ...(minErf !== undefined ? { minErf } : {}),
        failOn: oneOf('fail-on', read('fail-on').trim(), ['error', 'warning', 'never'], 'error'),
        comment: oneOf('comment', read('comment').trim(), ['changes', 'always', 'on-failure', 'never'], 'changes'),
        token: read('github-token').trim(),
        workingDirectory,
        workingDirectoryName,
        ...(fromReportInput !== '' ? { fromReport: (0,external_node_path_.resolve)(workingDirectory, fromReportInput) } : {}),
        htmlReport: settings_boolean('html-report', read('html-report').trim(), false),
    };
}

;// CONCATENATED MODULE: ./src/action/check-workspace.ts
/** The normal mode: check the model files of the workspace (or the PR's changed ones) and the base. */








async function checkWorkspace(settings, event, api, entry) {
    const pr = event.pullRequest;
    const notes = [];
    let only;
    if (settings.changedOnly && !pr) {
        (0,log/* info */.p)(`changed-only applies to pull requests; on a ${event.name || 'local'} event every model file is checked.`);
    }
    else if (settings.changedOnly && pr) {
        if (!api)
            throw new InputError("Input 'changed-only' needs 'github-token' to list the pull request's files: keep its default, ${{ github.token }}.");
        // An API that fails (an outage past the retries, a token without `pull-requests: read`)
        // costs time, not the verdict: every model file is checked instead, and the report says so.
        const changed = await changedFiles(api, pr, { owner: event.owner, repo: event.repo, workspace: event.workspace, workingDirectory: settings.workingDirectory }).catch((err) => {
            const status = (0,http_status/* httpStatus */.n)(err);
            const hint = status === 403 || status === 404 ? "; give the workflow 'permissions: pull-requests: read'" : '';
            const reason = `${err instanceof Error ? err.message.split('\n')[0] : String(err)}${hint}`;
            core/* warning */.$e(`changed-only: cannot list the pull request's files (${reason}); checking every model file instead.`);
            return { note: `The pull request's files could not be listed (${status !== undefined ? `HTTP ${status}` : 'no answer'} from the GitHub API): every model file was checked.` };
        });
        if (changed.detail)
            (0,log/* info */.p)(changed.detail);
        if (changed.note)
            notes.push(changed.note);
        only = changed.paths;
        if (only)
            (0,log/* info */.p)(`changed-only: the pull request changes ${only.size} file${only.size === 1 ? '' : 's'} in the working directory.`);
    }
    const check = {
        cwd: settings.workingDirectory,
        patterns: settings.files,
        rules: settings.rules,
        rulesDiagnostics: [...settings.rulesDiagnostics],
        ...(settings.minRf !== undefined ? { minRf: settings.minRf } : {}),
        ...(only ? { only } : {}),
        // The comment's layer-by-layer tables and charts (issue 11), for the head and the base alike.
        ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
        explain: true,
        // The HTML report draws each position's window (issue 14), for the head and the base alike.
        ...(settings.htmlReport ? { windows: true } : {}),
        ...(settings.shard ? { shard: settings.shard } : {}),
        // A monorepo's thousands of files on every core of the runner (4 on GitHub's hosted ones).
        ...(entry && (0,external_node_os_.availableParallelism)() > 1 ? { workers: { entry, jobs: Math.min((0,external_node_os_.availableParallelism)(), 4), minFiles: 64 } } : {}),
    };
    // The head is read in the checkout, confined to it; the base (check/base.ts) in a temp folder.
    const report = await runCheck({ ...check, root: event.workspace });
    let base;
    if (pr && api && report.files.length > 0) {
        const result = await checkBase(api, report, { owner: event.owner, repo: event.repo, baseSha: pr.baseSha, workspace: event.workspace, workingDirectory: settings.workingDirectory, runnerTemp: event.runnerTemp, check });
        if (result.report)
            base = result.report;
        else
            (0,log/* info */.p)(`No RF deltas against the base: ${result.reason}.`);
    }
    const headSha = pr?.headSha ?? event.sha;
    return {
        report,
        ...(base ? { base } : {}),
        notes,
        ...(pr ? { pullRequest: pr.number } : {}),
        headSha,
        annotate: true,
        origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pr ? { pullRequest: pr.number, headSha: pr.headSha, baseSha: pr.baseSha } : {}) },
    };
}

;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * What the runner tells us about the run: the repository, the event and its payload. Read once
 * from the environment the runner sets (GITHUB_*), as values the rest of the action is given.
 */


function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function pullRequestOf(payload) {
    const pr = record(payload['pull_request']);
    const head = record(pr?.['head'])?.['sha'];
    const base = record(pr?.['base'])?.['sha'];
    if (!pr || typeof pr['number'] !== 'number' || typeof head !== 'string' || typeof base !== 'string')
        return undefined;
    const changed = pr['changed_files'];
    return { number: pr['number'], headSha: head, baseSha: base, ...(typeof changed === 'number' ? { changedFiles: changed } : {}) };
}
function workflowRunOf(payload) {
    const run = record(payload['workflow_run']);
    const headSha = run?.['head_sha'];
    if (typeof headSha !== 'string')
        return undefined;
    const pulls = Array.isArray(run?.['pull_requests']) ? run['pull_requests'] : [];
    return { headSha, pullNumbers: pulls.map((p) => record(p)?.['number']).filter((n) => typeof n === 'number') };
}
function readEvent(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const path = env.GITHUB_EVENT_PATH;
    const payload = path && (0,external_node_fs_.existsSync)(path) ? record(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'))) ?? {} : {};
    const name = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = name.startsWith('pull_request') ? pullRequestOf(payload) : undefined;
    const workflowRun = name === 'workflow_run' ? workflowRunOf(payload) : undefined;
    return {
        name,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        ...(pullRequest ? { pullRequest } : {}),
        ...(workflowRun ? { workflowRun } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/generated/report-schema.js
// Generated by scripts/gen-validators.mjs from schema/report.schema.json (npm run build); do not edit.
/* eslint-disable */

const report_schema_runtime0 = ucs2length && Object.prototype.hasOwnProperty.call(ucs2length, 'default') ? ucs2length : ucs2length_namespaceObject;
const report_schema_validate = report_schema_validate20;/* harmony default export */ const report_schema = ((/* unused pure expression or super */ null && (report_schema_validate20)));const report_schema_schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/rflint/rflint/schema/report.schema.json","title":"rflint JSON report","description":"What `rflint --format json` prints and the action writes to its `report` output (DESIGN §6). Fields may be added; none is renamed.","type":"object","required":["version","files","summary"],"additionalProperties":false,"properties":{"version":{"const":1},"files":{"type":"array","items":{"$ref":"#/$defs/file"}},"diagnostics":{"description":"Problems about no single model file: the rules, a pattern that matched nothing.","type":"array","items":{"$ref":"#/$defs/diagnostic"}},"summary":{"$ref":"#/$defs/summary"},"github":{"description":"Where the action made the report: lets a later trusted workflow (workflow_run) find the pull request.","type":"object","additionalProperties":false,"properties":{"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"event":{"type":"string","maxLength":100},"pullRequest":{"type":"integer","minimum":1},"headSha":{"type":"string","pattern":"^[0-9a-f]{40,64}$"},"baseSha":{"type":"string","pattern":"^[0-9a-f]{40,64}$"}}},"base":{"description":"The same check on the pull request's base, for the deltas.","$ref":"#"},"shard":{"description":"The run checked only this shard of the files (`--shard K/N`, the action's `shard`); `rflint merge` combines the N reports.","type":"object","required":["index","count"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":1,"maximum":256},"count":{"type":"integer","minimum":1,"maximum":256}}}},"$defs":{"perAxisInt":{"type":"array","items":{"type":"integer"},"minItems":1,"maxItems":3},"perAxisNullable":{"type":"array","items":{"type":["integer","number","null"]},"minItems":1,"maxItems":3},"rfThreshold":{"oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]},"diagnostic":{"type":"object","required":["severity","code","message"],"additionalProperties":false,"properties":{"severity":{"enum":["error","warning"]},"code":{"type":"string","pattern":"^RF[0-9]{3}$"},"message":{"type":"string","minLength":1},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1},"output":{"type":"string"}}},"file":{"type":"object","required":["path","format","name","diagnostics","outputs"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"description":"Relative to the working directory, `/`-separated."},"format":{"enum":["native","onnx","keras","tfjs","ultralytics","darknet","caffe","unknown"]},"name":{"type":"string"},"diagnostics":{"type":"array","items":{"$ref":"#/$defs/diagnostic"}},"outputs":{"type":"array","items":{"$ref":"#/$defs/output"}},"assumptions":{"type":"array","items":{"type":"string"},"description":"What the loader assumed where the file is silent (a scale, an input size), in words."}}},"explainRow":{"type":"object","required":["layer","op","jump","rf","inverse","share"],"additionalProperties":false,"properties":{"layer":{"type":"string"},"op":{"type":"string"},"kernel":{"$ref":"#/$defs/perAxisInt"},"stride":{"$ref":"#/$defs/perAxisInt"},"dilation":{"$ref":"#/$defs/perAxisInt"},"jump":{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":3,"description":"The jump J before the layer."},"rf":{"$ref":"#/$defs/perAxisInt","description":"The exact RF after the layer."},"inverse":{"$ref":"#/$defs/perAxisNullable","description":"The inverse method: the window of the layer's input one output position sees along the path."},"share":{"type":"array","items":{"type":"number"},"minItems":1,"maxItems":3,"description":"The layer's share of the final RF (0–1)."},"period":{"$ref":"#/$defs/perAxisInt"},"merge":{"type":"object","required":["inputs","followed","lo","hi"],"additionalProperties":false,"properties":{"inputs":{"type":"array","items":{"type":"string"}},"followed":{"type":"string"},"lo":{"type":"array","items":{"type":"string"}},"hi":{"type":"array","items":{"type":"string"}}}}}},"windows":{"type":"object","required":["period","step","lo","hi"],"additionalProperties":false,"properties":{"period":{"type":"integer","minimum":1},"step":{"type":"integer"},"lo":{"type":"array","items":{"type":["integer","null"]},"minItems":1},"hi":{"type":"array","items":{"type":["integer","null"]},"minItems":1},"inputSize":{"type":"integer","minimum":1},"outputSize":{"type":"integer","minimum":0},"erf":{"description":"Per phase r: the ERF profile of position r, weights per mille of its peak from input position lo (null: none).","type":"array","items":{"oneOf":[{"type":"null"},{"type":"object","required":["lo","weights"],"additionalProperties":false,"properties":{"lo":{"type":"integer"},"weights":{"type":"array","items":{"type":"integer","minimum":0,"maximum":1000}}}}]}}}},"thresholds":{"type":"object","additionalProperties":false,"properties":{"min_rf":{"$ref":"#/$defs/rfThreshold"},"max_rf":{"$ref":"#/$defs/rfThreshold"},"min_coverage":{"type":"number","minimum":0,"maximum":1},"min_erf":{"$ref":"#/$defs/rfThreshold"}}},"failure":{"type":"object","required":["threshold","source","expected","actual","message"],"additionalProperties":false,"properties":{"threshold":{"enum":["min_rf","max_rf","min_coverage","min_erf"]},"source":{"enum":["file","rules","default"]},"rule":{"type":"integer","minimum":0,"description":"0-based index of the rule, when source is `rules`."},"axis":{"type":"integer","minimum":0,"description":"Absent when the threshold fails the same way on every axis."},"expected":{"type":"number"},"actual":{"type":["number","null"],"description":"null: the output is global."},"message":{"type":"string","minLength":1}}},"output":{"type":"object","required":["name","rf","rfMin","stride","start","center","global","aligned","outputSize","coverage","thresholds","status"],"additionalProperties":false,"properties":{"name":{"type":"string"},"rf":{"description":"Largest RF over output positions, per axis; null when global or not analysed.","oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"rfMin":{"oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"stride":{"description":"The jump per axis; a fraction such as 0.5 after upsampling.","oneOf":[{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":3},{"type":"null"}]},"strideExact":{"description":"The exact stride (`1/3`) when some axis is fractional.","oneOf":[{"type":"array","items":{"type":"string","pattern":"^[0-9]+(/[0-9]+)?$"},"minItems":1,"maxItems":3},{"type":"null"}]},"start":{"description":"lo(0) per axis; an entry is null when it varies with the input size.","oneOf":[{"$ref":"#/$defs/perAxisNullable"},{"type":"null"}]},"center":{"oneOf":[{"$ref":"#/$defs/perAxisNullable"},{"type":"null"}]},"global":{"type":"boolean"},"globalBy":{"description":"When global: the layer that sees the whole input (its name, and what it is).","type":"object","required":["node"],"additionalProperties":false,"properties":{"node":{"type":"string"},"reason":{"type":"string"}}},"tensor":{"type":"string","description":"A stage end's tensor name; the output's name is then its alias (stride16)."},"aligned":{"type":"boolean"},"outputSize":{"oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"coverage":{"description":"The smallest per-axis coverage (0–1); null without an input size.","type":["number","null"],"minimum":0,"maximum":1},"erf":{"description":"The effective RF under uniform weights (Luo et al. 2016), per axis: the standard deviation and the shortest window holding 95 % of the influence, in input pixels. Absent when global or too costly.","type":"object","required":["sigma","width95"],"additionalProperties":false,"properties":{"sigma":{"type":"array","items":{"type":"number","minimum":0},"minItems":1,"maxItems":3},"width95":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}}},"windows":{"description":"With --format html (and the action's html-report): per axis, the input window of every output position. Position u = r + m·period sees lo[r] + m·step … hi[r] + m·step (null: it reads nothing).","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/windows"}},"explain":{"description":"With --explain: the layer-by-layer table of the path that sets the RF, from the input to the output.","type":"array","items":{"$ref":"#/$defs/explainRow"}},"thresholds":{"$ref":"#/$defs/thresholds"},"status":{"enum":["pass","fail","unchecked","error"]},"failures":{"type":"array","items":{"$ref":"#/$defs/failure"},"minItems":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}},"if":{"properties":{"global":{"const":true}}},"then":{"properties":{"rf":{"type":"null"}}}},"summary":{"type":"object","required":["files","outputs","passed","failed","errors","warnings","minRf"],"additionalProperties":false,"properties":{"files":{"type":"integer","minimum":0},"outputs":{"type":"integer","minimum":0},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"errors":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"minRf":{"description":"The smallest RF (min over axes) among the outputs analysed.","type":["integer","null"]},"ignored":{"description":"Warnings silenced by `ignore` (rules) or --ignore, not counted in `warnings`.","type":"integer","minimum":0}}}}};const report_schema_schema33 = {"type":"object","required":["severity","code","message"],"additionalProperties":false,"properties":{"severity":{"enum":["error","warning"]},"code":{"type":"string","pattern":"^RF[0-9]{3}$"},"message":{"type":"string","minLength":1},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1},"output":{"type":"string"}}};const schema54 = {"type":"object","required":["files","outputs","passed","failed","errors","warnings","minRf"],"additionalProperties":false,"properties":{"files":{"type":"integer","minimum":0},"outputs":{"type":"integer","minimum":0},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"errors":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"minRf":{"description":"The smallest RF (min over axes) among the outputs analysed.","type":["integer","null"]},"ignored":{"description":"Warnings silenced by `ignore` (rules) or --ignore, not counted in `warnings`.","type":"integer","minimum":0}}};const report_schema_schema32 = {"type":"object","required":["path","format","name","diagnostics","outputs"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"description":"Relative to the working directory, `/`-separated."},"format":{"enum":["native","onnx","keras","tfjs","ultralytics","darknet","caffe","unknown"]},"name":{"type":"string"},"diagnostics":{"type":"array","items":{"$ref":"#/$defs/diagnostic"}},"outputs":{"type":"array","items":{"$ref":"#/$defs/output"}},"assumptions":{"type":"array","items":{"type":"string"},"description":"What the loader assumed where the file is silent (a scale, an input size), in words."}}};const report_schema_func1 = report_schema_runtime0.default;const report_schema_func2 = Object.prototype.hasOwnProperty;const report_schema_pattern4 = new RegExp("^RF[0-9]{3}$", "u");const schema34 = {"type":"object","required":["name","rf","rfMin","stride","start","center","global","aligned","outputSize","coverage","thresholds","status"],"additionalProperties":false,"properties":{"name":{"type":"string"},"rf":{"description":"Largest RF over output positions, per axis; null when global or not analysed.","oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"rfMin":{"oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"stride":{"description":"The jump per axis; a fraction such as 0.5 after upsampling.","oneOf":[{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":3},{"type":"null"}]},"strideExact":{"description":"The exact stride (`1/3`) when some axis is fractional.","oneOf":[{"type":"array","items":{"type":"string","pattern":"^[0-9]+(/[0-9]+)?$"},"minItems":1,"maxItems":3},{"type":"null"}]},"start":{"description":"lo(0) per axis; an entry is null when it varies with the input size.","oneOf":[{"$ref":"#/$defs/perAxisNullable"},{"type":"null"}]},"center":{"oneOf":[{"$ref":"#/$defs/perAxisNullable"},{"type":"null"}]},"global":{"type":"boolean"},"globalBy":{"description":"When global: the layer that sees the whole input (its name, and what it is).","type":"object","required":["node"],"additionalProperties":false,"properties":{"node":{"type":"string"},"reason":{"type":"string"}}},"tensor":{"type":"string","description":"A stage end's tensor name; the output's name is then its alias (stride16)."},"aligned":{"type":"boolean"},"outputSize":{"oneOf":[{"$ref":"#/$defs/perAxisInt"},{"type":"null"}]},"coverage":{"description":"The smallest per-axis coverage (0–1); null without an input size.","type":["number","null"],"minimum":0,"maximum":1},"erf":{"description":"The effective RF under uniform weights (Luo et al. 2016), per axis: the standard deviation and the shortest window holding 95 % of the influence, in input pixels. Absent when global or too costly.","type":"object","required":["sigma","width95"],"additionalProperties":false,"properties":{"sigma":{"type":"array","items":{"type":"number","minimum":0},"minItems":1,"maxItems":3},"width95":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}}},"windows":{"description":"With --format html (and the action's html-report): per axis, the input window of every output position. Position u = r + m·period sees lo[r] + m·step … hi[r] + m·step (null: it reads nothing).","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/windows"}},"explain":{"description":"With --explain: the layer-by-layer table of the path that sets the RF, from the input to the output.","type":"array","items":{"$ref":"#/$defs/explainRow"}},"thresholds":{"$ref":"#/$defs/thresholds"},"status":{"enum":["pass","fail","unchecked","error"]},"failures":{"type":"array","items":{"$ref":"#/$defs/failure"},"minItems":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}},"if":{"properties":{"global":{"const":true}}},"then":{"properties":{"rf":{"type":"null"}}}};const report_schema_schema35 = {"type":"array","items":{"type":"integer"},"minItems":1,"maxItems":3};const schema37 = {"type":"array","items":{"type":["integer","number","null"]},"minItems":1,"maxItems":3};const schema40 = {"type":"object","required":["period","step","lo","hi"],"additionalProperties":false,"properties":{"period":{"type":"integer","minimum":1},"step":{"type":"integer"},"lo":{"type":"array","items":{"type":["integer","null"]},"minItems":1},"hi":{"type":"array","items":{"type":["integer","null"]},"minItems":1},"inputSize":{"type":"integer","minimum":1},"outputSize":{"type":"integer","minimum":0},"erf":{"description":"Per phase r: the ERF profile of position r, weights per mille of its peak from input position lo (null: none).","type":"array","items":{"oneOf":[{"type":"null"},{"type":"object","required":["lo","weights"],"additionalProperties":false,"properties":{"lo":{"type":"integer"},"weights":{"type":"array","items":{"type":"integer","minimum":0,"maximum":1000}}}}]}}}};const schema52 = {"type":"object","required":["threshold","source","expected","actual","message"],"additionalProperties":false,"properties":{"threshold":{"enum":["min_rf","max_rf","min_coverage","min_erf"]},"source":{"enum":["file","rules","default"]},"rule":{"type":"integer","minimum":0,"description":"0-based index of the rule, when source is `rules`."},"axis":{"type":"integer","minimum":0,"description":"Absent when the threshold fails the same way on every axis."},"expected":{"type":"number"},"actual":{"type":["number","null"],"description":"null: the output is global."},"message":{"type":"string","minLength":1}}};const pattern5 = new RegExp("^[0-9]+(/[0-9]+)?$", "u");const schema41 = {"type":"object","required":["layer","op","jump","rf","inverse","share"],"additionalProperties":false,"properties":{"layer":{"type":"string"},"op":{"type":"string"},"kernel":{"$ref":"#/$defs/perAxisInt"},"stride":{"$ref":"#/$defs/perAxisInt"},"dilation":{"$ref":"#/$defs/perAxisInt"},"jump":{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":3,"description":"The jump J before the layer."},"rf":{"$ref":"#/$defs/perAxisInt","description":"The exact RF after the layer."},"inverse":{"$ref":"#/$defs/perAxisNullable","description":"The inverse method: the window of the layer's input one output position sees along the path."},"share":{"type":"array","items":{"type":"number"},"minItems":1,"maxItems":3,"description":"The layer's share of the final RF (0–1)."},"period":{"$ref":"#/$defs/perAxisInt"},"merge":{"type":"object","required":["inputs","followed","lo","hi"],"additionalProperties":false,"properties":{"inputs":{"type":"array","items":{"type":"string"}},"followed":{"type":"string"},"lo":{"type":"array","items":{"type":"string"}},"hi":{"type":"array","items":{"type":"string"}}}}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((data.layer === undefined) && (missing0 = "layer")) || ((data.op === undefined) && (missing0 = "op"))) || ((data.jump === undefined) && (missing0 = "jump"))) || ((data.rf === undefined) && (missing0 = "rf"))) || ((data.inverse === undefined) && (missing0 = "inverse"))) || ((data.share === undefined) && (missing0 = "share"))){validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(report_schema_func2.call(schema41.properties, key0))){validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.layer !== undefined){const _errs2 = errors;if(typeof data.layer !== "string"){validate23.errors = [{instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.op !== undefined){const _errs4 = errors;if(typeof data.op !== "string"){validate23.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.kernel !== undefined){let data2 = data.kernel;const _errs6 = errors;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data2)){if(data2.length > 3){validate23.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data2.length < 1){validate23.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs9 = errors;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){validate23.errors = [{instancePath:instancePath+"/kernel/" + i0,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid2 = _errs9 === errors;if(!valid2){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.stride !== undefined){let data4 = data.stride;const _errs11 = errors;const _errs12 = errors;if(errors === _errs12){if(Array.isArray(data4)){if(data4.length > 3){validate23.errors = [{instancePath:instancePath+"/stride",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data4.length < 1){validate23.errors = [{instancePath:instancePath+"/stride",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid4 = true;const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];const _errs14 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){validate23.errors = [{instancePath:instancePath+"/stride/" + i1,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid4 = _errs14 === errors;if(!valid4){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/stride",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.dilation !== undefined){let data6 = data.dilation;const _errs16 = errors;const _errs17 = errors;if(errors === _errs17){if(Array.isArray(data6)){if(data6.length > 3){validate23.errors = [{instancePath:instancePath+"/dilation",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data6.length < 1){validate23.errors = [{instancePath:instancePath+"/dilation",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid6 = true;const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];const _errs19 = errors;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){validate23.errors = [{instancePath:instancePath+"/dilation/" + i2,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid6 = _errs19 === errors;if(!valid6){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/dilation",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.jump !== undefined){let data8 = data.jump;const _errs21 = errors;if(errors === _errs21){if(Array.isArray(data8)){if(data8.length > 3){validate23.errors = [{instancePath:instancePath+"/jump",schemaPath:"#/properties/jump/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data8.length < 1){validate23.errors = [{instancePath:instancePath+"/jump",schemaPath:"#/properties/jump/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid7 = true;const len3 = data8.length;for(let i3=0; i3<len3; i3++){let data9 = data8[i3];const _errs23 = errors;if(errors === _errs23){if((typeof data9 == "number") && (isFinite(data9))){if(data9 <= 0 || isNaN(data9)){validate23.errors = [{instancePath:instancePath+"/jump/" + i3,schemaPath:"#/properties/jump/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];return false;}}else {validate23.errors = [{instancePath:instancePath+"/jump/" + i3,schemaPath:"#/properties/jump/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid7 = _errs23 === errors;if(!valid7){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/jump",schemaPath:"#/properties/jump/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs21 === errors;}else {var valid0 = true;}if(valid0){if(data.rf !== undefined){let data10 = data.rf;const _errs25 = errors;const _errs26 = errors;if(errors === _errs26){if(Array.isArray(data10)){if(data10.length > 3){validate23.errors = [{instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data10.length < 1){validate23.errors = [{instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid9 = true;const len4 = data10.length;for(let i4=0; i4<len4; i4++){let data11 = data10[i4];const _errs28 = errors;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){validate23.errors = [{instancePath:instancePath+"/rf/" + i4,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid9 = _errs28 === errors;if(!valid9){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.inverse !== undefined){let data12 = data.inverse;const _errs30 = errors;const _errs31 = errors;if(errors === _errs31){if(Array.isArray(data12)){if(data12.length > 3){validate23.errors = [{instancePath:instancePath+"/inverse",schemaPath:"#/$defs/perAxisNullable/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data12.length < 1){validate23.errors = [{instancePath:instancePath+"/inverse",schemaPath:"#/$defs/perAxisNullable/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid11 = true;const len5 = data12.length;for(let i5=0; i5<len5; i5++){let data13 = data12[i5];const _errs33 = errors;if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){validate23.errors = [{instancePath:instancePath+"/inverse/" + i5,schemaPath:"#/$defs/perAxisNullable/items/type",keyword:"type",params:{type: schema37.items.type},message:"must be integer,number,null"}];return false;}var valid11 = _errs33 === errors;if(!valid11){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/inverse",schemaPath:"#/$defs/perAxisNullable/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs30 === errors;}else {var valid0 = true;}if(valid0){if(data.share !== undefined){let data14 = data.share;const _errs35 = errors;if(errors === _errs35){if(Array.isArray(data14)){if(data14.length > 3){validate23.errors = [{instancePath:instancePath+"/share",schemaPath:"#/properties/share/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data14.length < 1){validate23.errors = [{instancePath:instancePath+"/share",schemaPath:"#/properties/share/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid12 = true;const len6 = data14.length;for(let i6=0; i6<len6; i6++){let data15 = data14[i6];const _errs37 = errors;if(!((typeof data15 == "number") && (isFinite(data15)))){validate23.errors = [{instancePath:instancePath+"/share/" + i6,schemaPath:"#/properties/share/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}var valid12 = _errs37 === errors;if(!valid12){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/share",schemaPath:"#/properties/share/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs35 === errors;}else {var valid0 = true;}if(valid0){if(data.period !== undefined){let data16 = data.period;const _errs39 = errors;const _errs40 = errors;if(errors === _errs40){if(Array.isArray(data16)){if(data16.length > 3){validate23.errors = [{instancePath:instancePath+"/period",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data16.length < 1){validate23.errors = [{instancePath:instancePath+"/period",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid14 = true;const len7 = data16.length;for(let i7=0; i7<len7; i7++){let data17 = data16[i7];const _errs42 = errors;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){validate23.errors = [{instancePath:instancePath+"/period/" + i7,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid14 = _errs42 === errors;if(!valid14){break;}}}}}else {validate23.errors = [{instancePath:instancePath+"/period",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs39 === errors;}else {var valid0 = true;}if(valid0){if(data.merge !== undefined){let data18 = data.merge;const _errs44 = errors;if(errors === _errs44){if(data18 && typeof data18 == "object" && !Array.isArray(data18)){let missing1;if(((((data18.inputs === undefined) && (missing1 = "inputs")) || ((data18.followed === undefined) && (missing1 = "followed"))) || ((data18.lo === undefined) && (missing1 = "lo"))) || ((data18.hi === undefined) && (missing1 = "hi"))){validate23.errors = [{instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs46 = errors;for(const key1 in data18){if(!((((key1 === "inputs") || (key1 === "followed")) || (key1 === "lo")) || (key1 === "hi"))){validate23.errors = [{instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs46 === errors){if(data18.inputs !== undefined){let data19 = data18.inputs;const _errs47 = errors;if(errors === _errs47){if(Array.isArray(data19)){var valid16 = true;const len8 = data19.length;for(let i8=0; i8<len8; i8++){const _errs49 = errors;if(typeof data19[i8] !== "string"){validate23.errors = [{instancePath:instancePath+"/merge/inputs/" + i8,schemaPath:"#/properties/merge/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid16 = _errs49 === errors;if(!valid16){break;}}}else {validate23.errors = [{instancePath:instancePath+"/merge/inputs",schemaPath:"#/properties/merge/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs47 === errors;}else {var valid15 = true;}if(valid15){if(data18.followed !== undefined){const _errs51 = errors;if(typeof data18.followed !== "string"){validate23.errors = [{instancePath:instancePath+"/merge/followed",schemaPath:"#/properties/merge/properties/followed/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid15 = _errs51 === errors;}else {var valid15 = true;}if(valid15){if(data18.lo !== undefined){let data22 = data18.lo;const _errs53 = errors;if(errors === _errs53){if(Array.isArray(data22)){var valid17 = true;const len9 = data22.length;for(let i9=0; i9<len9; i9++){const _errs55 = errors;if(typeof data22[i9] !== "string"){validate23.errors = [{instancePath:instancePath+"/merge/lo/" + i9,schemaPath:"#/properties/merge/properties/lo/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid17 = _errs55 === errors;if(!valid17){break;}}}else {validate23.errors = [{instancePath:instancePath+"/merge/lo",schemaPath:"#/properties/merge/properties/lo/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs53 === errors;}else {var valid15 = true;}if(valid15){if(data18.hi !== undefined){let data24 = data18.hi;const _errs57 = errors;if(errors === _errs57){if(Array.isArray(data24)){var valid18 = true;const len10 = data24.length;for(let i10=0; i10<len10; i10++){const _errs59 = errors;if(typeof data24[i10] !== "string"){validate23.errors = [{instancePath:instancePath+"/merge/hi/" + i10,schemaPath:"#/properties/merge/properties/hi/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid18 = _errs59 === errors;if(!valid18){break;}}}else {validate23.errors = [{instancePath:instancePath+"/merge/hi",schemaPath:"#/properties/merge/properties/hi/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs57 === errors;}else {var valid15 = true;}}}}}}}else {validate23.errors = [{instancePath:instancePath+"/merge",schemaPath:"#/properties/merge/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs44 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}else {validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema48 = {"type":"object","additionalProperties":false,"properties":{"min_rf":{"$ref":"#/$defs/rfThreshold"},"max_rf":{"$ref":"#/$defs/rfThreshold"},"min_coverage":{"type":"number","minimum":0,"maximum":1},"min_erf":{"$ref":"#/$defs/rfThreshold"}}};const schema49 = {"oneOf":[{"type":"integer","minimum":1},{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"maxItems":3}]};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!((((key0 === "min_rf") || (key0 === "max_rf")) || (key0 === "min_coverage")) || (key0 === "min_erf"))){validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.min_rf !== undefined){let data0 = data.min_rf;const _errs2 = errors;const _errs4 = errors;let valid2 = false;let passing0 = null;const _errs5 = errors;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err0 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(errors === _errs5){if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 1 || isNaN(data0)){const err1 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}var _valid0 = _errs5 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data0)){if(data0.length > 3){const err2 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {if(data0.length < 1){const err3 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {var valid3 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];const _errs9 = errors;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err4 = {instancePath:instancePath+"/min_rf/" + i0,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(errors === _errs9){if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err5 = {instancePath:instancePath+"/min_rf/" + i0,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}var valid3 = _errs9 === errors;if(!valid3){break;}}}}}else {const err6 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid0 = _errs7 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err7 = {instancePath:instancePath+"/min_rf",schemaPath:"#/$defs/rfThreshold/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.max_rf !== undefined){let data2 = data.max_rf;const _errs11 = errors;const _errs13 = errors;let valid5 = false;let passing1 = null;const _errs14 = errors;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err8 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(errors === _errs14){if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err9 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}var _valid1 = _errs14 === errors;if(_valid1){valid5 = true;passing1 = 0;}const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data2)){if(data2.length > 3){const err10 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {if(data2.length < 1){const err11 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {var valid6 = true;const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];const _errs18 = errors;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err12 = {instancePath:instancePath+"/max_rf/" + i1,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(errors === _errs18){if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err13 = {instancePath:instancePath+"/max_rf/" + i1,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}var valid6 = _errs18 === errors;if(!valid6){break;}}}}}else {const err14 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid1 = _errs16 === errors;if(_valid1 && valid5){valid5 = false;passing1 = [passing1, 1];}else {if(_valid1){valid5 = true;passing1 = 1;}}if(!valid5){const err15 = {instancePath:instancePath+"/max_rf",schemaPath:"#/$defs/rfThreshold/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.min_coverage !== undefined){let data4 = data.min_coverage;const _errs20 = errors;if(errors === _errs20){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 1 || isNaN(data4)){validate25.errors = [{instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];return false;}else {if(data4 < 0 || isNaN(data4)){validate25.errors = [{instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}else {validate25.errors = [{instancePath:instancePath+"/min_coverage",schemaPath:"#/properties/min_coverage/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.min_erf !== undefined){let data5 = data.min_erf;const _errs22 = errors;const _errs24 = errors;let valid8 = false;let passing2 = null;const _errs25 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(errors === _errs25){if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err17 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}var _valid2 = _errs25 === errors;if(_valid2){valid8 = true;passing2 = 0;}const _errs27 = errors;if(errors === _errs27){if(Array.isArray(data5)){if(data5.length > 3){const err18 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {if(data5.length < 1){const err19 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}else {var valid9 = true;const len2 = data5.length;for(let i2=0; i2<len2; i2++){let data6 = data5[i2];const _errs29 = errors;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err20 = {instancePath:instancePath+"/min_erf/" + i2,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(errors === _errs29){if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err21 = {instancePath:instancePath+"/min_erf/" + i2,schemaPath:"#/$defs/rfThreshold/oneOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}var valid9 = _errs29 === errors;if(!valid9){break;}}}}}else {const err22 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid2 = _errs27 === errors;if(_valid2 && valid8){valid8 = false;passing2 = [passing2, 1];}else {if(_valid2){valid8 = true;passing2 = 1;}}if(!valid8){const err23 = {instancePath:instancePath+"/min_erf",schemaPath:"#/$defs/rfThreshold/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;validate25.errors = vErrors;return false;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}var valid0 = _errs22 === errors;}else {var valid0 = true;}}}}}}else {validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.global !== undefined){if(true !== data.global){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.rf !== undefined){if(data.rf !== null){validate22.errors = [{instancePath:instancePath+"/rf",schemaPath:"#/then/properties/rf/type",keyword:"type",params:{type: "null"},message:"must be null"}];return false;}}}var _valid0 = _errs4 === errors;valid0 = _valid0;if(valid0){var props0 = {};props0.rf = true;props0.global = true;}}if(!valid0){const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;validate22.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((((((((data.name === undefined) && (missing0 = "name")) || ((data.rf === undefined) && (missing0 = "rf"))) || ((data.rfMin === undefined) && (missing0 = "rfMin"))) || ((data.stride === undefined) && (missing0 = "stride"))) || ((data.start === undefined) && (missing0 = "start"))) || ((data.center === undefined) && (missing0 = "center"))) || ((data.global === undefined) && (missing0 = "global"))) || ((data.aligned === undefined) && (missing0 = "aligned"))) || ((data.outputSize === undefined) && (missing0 = "outputSize"))) || ((data.coverage === undefined) && (missing0 = "coverage"))) || ((data.thresholds === undefined) && (missing0 = "thresholds"))) || ((data.status === undefined) && (missing0 = "status"))){validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs7 = errors;for(const key0 in data){if(!(report_schema_func2.call(schema34.properties, key0))){validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs7 === errors){if(data.name !== undefined){const _errs8 = errors;if(typeof data.name !== "string"){validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid3 = _errs8 === errors;}else {var valid3 = true;}if(valid3){if(data.rf !== undefined){let data3 = data.rf;const _errs10 = errors;const _errs11 = errors;let valid4 = false;let passing0 = null;const _errs12 = errors;const _errs13 = errors;if(errors === _errs13){if(Array.isArray(data3)){if(data3.length > 3){const err2 = {instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {if(data3.length < 1){const err3 = {instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {var valid6 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];const _errs15 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err4 = {instancePath:instancePath+"/rf/" + i0,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var valid6 = _errs15 === errors;if(!valid6){break;}}}}}else {const err5 = {instancePath:instancePath+"/rf",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var _valid1 = _errs12 === errors;if(_valid1){valid4 = true;passing0 = 0;}const _errs17 = errors;if(data3 !== null){const err6 = {instancePath:instancePath+"/rf",schemaPath:"#/properties/rf/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid1 = _errs17 === errors;if(_valid1 && valid4){valid4 = false;passing0 = [passing0, 1];}else {if(_valid1){valid4 = true;passing0 = 1;}}if(!valid4){const err7 = {instancePath:instancePath+"/rf",schemaPath:"#/properties/rf/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}var valid3 = _errs10 === errors;}else {var valid3 = true;}if(valid3){if(data.rfMin !== undefined){let data5 = data.rfMin;const _errs19 = errors;const _errs20 = errors;let valid7 = false;let passing1 = null;const _errs21 = errors;const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data5)){if(data5.length > 3){const err8 = {instancePath:instancePath+"/rfMin",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data5.length < 1){const err9 = {instancePath:instancePath+"/rfMin",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {var valid9 = true;const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];const _errs24 = errors;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err10 = {instancePath:instancePath+"/rfMin/" + i1,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var valid9 = _errs24 === errors;if(!valid9){break;}}}}}else {const err11 = {instancePath:instancePath+"/rfMin",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid2 = _errs21 === errors;if(_valid2){valid7 = true;passing1 = 0;}const _errs26 = errors;if(data5 !== null){const err12 = {instancePath:instancePath+"/rfMin",schemaPath:"#/properties/rfMin/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid2 = _errs26 === errors;if(_valid2 && valid7){valid7 = false;passing1 = [passing1, 1];}else {if(_valid2){valid7 = true;passing1 = 1;}}if(!valid7){const err13 = {instancePath:instancePath+"/rfMin",schemaPath:"#/properties/rfMin/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}}var valid3 = _errs19 === errors;}else {var valid3 = true;}if(valid3){if(data.stride !== undefined){let data7 = data.stride;const _errs28 = errors;const _errs29 = errors;let valid10 = false;let passing2 = null;const _errs30 = errors;if(errors === _errs30){if(Array.isArray(data7)){if(data7.length > 3){const err14 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {if(data7.length < 1){const err15 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/oneOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {var valid11 = true;const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];const _errs32 = errors;if(errors === _errs32){if((typeof data8 == "number") && (isFinite(data8))){if(data8 <= 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/stride/" + i2,schemaPath:"#/properties/stride/oneOf/0/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/stride/" + i2,schemaPath:"#/properties/stride/oneOf/0/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var valid11 = _errs32 === errors;if(!valid11){break;}}}}}else {const err18 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var _valid3 = _errs30 === errors;if(_valid3){valid10 = true;passing2 = 0;}const _errs34 = errors;if(data7 !== null){const err19 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid3 = _errs34 === errors;if(_valid3 && valid10){valid10 = false;passing2 = [passing2, 1];}else {if(_valid3){valid10 = true;passing2 = 1;}}if(!valid10){const err20 = {instancePath:instancePath+"/stride",schemaPath:"#/properties/stride/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs29;if(vErrors !== null){if(_errs29){vErrors.length = _errs29;}else {vErrors = null;}}}var valid3 = _errs28 === errors;}else {var valid3 = true;}if(valid3){if(data.strideExact !== undefined){let data9 = data.strideExact;const _errs36 = errors;const _errs37 = errors;let valid12 = false;let passing3 = null;const _errs38 = errors;if(errors === _errs38){if(Array.isArray(data9)){if(data9.length > 3){const err21 = {instancePath:instancePath+"/strideExact",schemaPath:"#/properties/strideExact/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {if(data9.length < 1){const err22 = {instancePath:instancePath+"/strideExact",schemaPath:"#/properties/strideExact/oneOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}else {var valid13 = true;const len3 = data9.length;for(let i3=0; i3<len3; i3++){let data10 = data9[i3];const _errs40 = errors;if(errors === _errs40){if(typeof data10 === "string"){if(!pattern5.test(data10)){const err23 = {instancePath:instancePath+"/strideExact/" + i3,schemaPath:"#/properties/strideExact/oneOf/0/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(/[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(/[0-9]+)?$"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/strideExact/" + i3,schemaPath:"#/properties/strideExact/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}var valid13 = _errs40 === errors;if(!valid13){break;}}}}}else {const err25 = {instancePath:instancePath+"/strideExact",schemaPath:"#/properties/strideExact/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}var _valid4 = _errs38 === errors;if(_valid4){valid12 = true;passing3 = 0;}const _errs42 = errors;if(data9 !== null){const err26 = {instancePath:instancePath+"/strideExact",schemaPath:"#/properties/strideExact/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid4 = _errs42 === errors;if(_valid4 && valid12){valid12 = false;passing3 = [passing3, 1];}else {if(_valid4){valid12 = true;passing3 = 1;}}if(!valid12){const err27 = {instancePath:instancePath+"/strideExact",schemaPath:"#/properties/strideExact/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs37;if(vErrors !== null){if(_errs37){vErrors.length = _errs37;}else {vErrors = null;}}}var valid3 = _errs36 === errors;}else {var valid3 = true;}if(valid3){if(data.start !== undefined){let data11 = data.start;const _errs44 = errors;const _errs45 = errors;let valid14 = false;let passing4 = null;const _errs46 = errors;const _errs47 = errors;if(errors === _errs47){if(Array.isArray(data11)){if(data11.length > 3){const err28 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/perAxisNullable/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}else {if(data11.length < 1){const err29 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/perAxisNullable/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {var valid16 = true;const len4 = data11.length;for(let i4=0; i4<len4; i4++){let data12 = data11[i4];const _errs49 = errors;if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){const err30 = {instancePath:instancePath+"/start/" + i4,schemaPath:"#/$defs/perAxisNullable/items/type",keyword:"type",params:{type: schema37.items.type},message:"must be integer,number,null"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var valid16 = _errs49 === errors;if(!valid16){break;}}}}}else {const err31 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/perAxisNullable/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}var _valid5 = _errs46 === errors;if(_valid5){valid14 = true;passing4 = 0;}const _errs51 = errors;if(data11 !== null){const err32 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid5 = _errs51 === errors;if(_valid5 && valid14){valid14 = false;passing4 = [passing4, 1];}else {if(_valid5){valid14 = true;passing4 = 1;}}if(!valid14){const err33 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs45;if(vErrors !== null){if(_errs45){vErrors.length = _errs45;}else {vErrors = null;}}}var valid3 = _errs44 === errors;}else {var valid3 = true;}if(valid3){if(data.center !== undefined){let data13 = data.center;const _errs53 = errors;const _errs54 = errors;let valid17 = false;let passing5 = null;const _errs55 = errors;const _errs56 = errors;if(errors === _errs56){if(Array.isArray(data13)){if(data13.length > 3){const err34 = {instancePath:instancePath+"/center",schemaPath:"#/$defs/perAxisNullable/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}else {if(data13.length < 1){const err35 = {instancePath:instancePath+"/center",schemaPath:"#/$defs/perAxisNullable/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}else {var valid19 = true;const len5 = data13.length;for(let i5=0; i5<len5; i5++){let data14 = data13[i5];const _errs58 = errors;if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){const err36 = {instancePath:instancePath+"/center/" + i5,schemaPath:"#/$defs/perAxisNullable/items/type",keyword:"type",params:{type: schema37.items.type},message:"must be integer,number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var valid19 = _errs58 === errors;if(!valid19){break;}}}}}else {const err37 = {instancePath:instancePath+"/center",schemaPath:"#/$defs/perAxisNullable/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}var _valid6 = _errs55 === errors;if(_valid6){valid17 = true;passing5 = 0;}const _errs60 = errors;if(data13 !== null){const err38 = {instancePath:instancePath+"/center",schemaPath:"#/properties/center/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid6 = _errs60 === errors;if(_valid6 && valid17){valid17 = false;passing5 = [passing5, 1];}else {if(_valid6){valid17 = true;passing5 = 1;}}if(!valid17){const err39 = {instancePath:instancePath+"/center",schemaPath:"#/properties/center/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs54;if(vErrors !== null){if(_errs54){vErrors.length = _errs54;}else {vErrors = null;}}}var valid3 = _errs53 === errors;}else {var valid3 = true;}if(valid3){if(data.global !== undefined){const _errs62 = errors;if(typeof data.global !== "boolean"){validate22.errors = [{instancePath:instancePath+"/global",schemaPath:"#/properties/global/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid3 = _errs62 === errors;}else {var valid3 = true;}if(valid3){if(data.globalBy !== undefined){let data16 = data.globalBy;const _errs64 = errors;if(errors === _errs64){if(data16 && typeof data16 == "object" && !Array.isArray(data16)){let missing1;if((data16.node === undefined) && (missing1 = "node")){validate22.errors = [{instancePath:instancePath+"/globalBy",schemaPath:"#/properties/globalBy/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs66 = errors;for(const key1 in data16){if(!((key1 === "node") || (key1 === "reason"))){validate22.errors = [{instancePath:instancePath+"/globalBy",schemaPath:"#/properties/globalBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs66 === errors){if(data16.node !== undefined){const _errs67 = errors;if(typeof data16.node !== "string"){validate22.errors = [{instancePath:instancePath+"/globalBy/node",schemaPath:"#/properties/globalBy/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid20 = _errs67 === errors;}else {var valid20 = true;}if(valid20){if(data16.reason !== undefined){const _errs69 = errors;if(typeof data16.reason !== "string"){validate22.errors = [{instancePath:instancePath+"/globalBy/reason",schemaPath:"#/properties/globalBy/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid20 = _errs69 === errors;}else {var valid20 = true;}}}}}else {validate22.errors = [{instancePath:instancePath+"/globalBy",schemaPath:"#/properties/globalBy/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid3 = _errs64 === errors;}else {var valid3 = true;}if(valid3){if(data.tensor !== undefined){const _errs71 = errors;if(typeof data.tensor !== "string"){validate22.errors = [{instancePath:instancePath+"/tensor",schemaPath:"#/properties/tensor/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid3 = _errs71 === errors;}else {var valid3 = true;}if(valid3){if(data.aligned !== undefined){const _errs73 = errors;if(typeof data.aligned !== "boolean"){validate22.errors = [{instancePath:instancePath+"/aligned",schemaPath:"#/properties/aligned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid3 = _errs73 === errors;}else {var valid3 = true;}if(valid3){if(data.outputSize !== undefined){let data21 = data.outputSize;const _errs75 = errors;const _errs76 = errors;let valid21 = false;let passing6 = null;const _errs77 = errors;const _errs78 = errors;if(errors === _errs78){if(Array.isArray(data21)){if(data21.length > 3){const err40 = {instancePath:instancePath+"/outputSize",schemaPath:"#/$defs/perAxisInt/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {if(data21.length < 1){const err41 = {instancePath:instancePath+"/outputSize",schemaPath:"#/$defs/perAxisInt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {var valid23 = true;const len6 = data21.length;for(let i6=0; i6<len6; i6++){let data22 = data21[i6];const _errs80 = errors;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err42 = {instancePath:instancePath+"/outputSize/" + i6,schemaPath:"#/$defs/perAxisInt/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}var valid23 = _errs80 === errors;if(!valid23){break;}}}}}else {const err43 = {instancePath:instancePath+"/outputSize",schemaPath:"#/$defs/perAxisInt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}var _valid7 = _errs77 === errors;if(_valid7){valid21 = true;passing6 = 0;}const _errs82 = errors;if(data21 !== null){const err44 = {instancePath:instancePath+"/outputSize",schemaPath:"#/properties/outputSize/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var _valid7 = _errs82 === errors;if(_valid7 && valid21){valid21 = false;passing6 = [passing6, 1];}else {if(_valid7){valid21 = true;passing6 = 1;}}if(!valid21){const err45 = {instancePath:instancePath+"/outputSize",schemaPath:"#/properties/outputSize/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs76;if(vErrors !== null){if(_errs76){vErrors.length = _errs76;}else {vErrors = null;}}}var valid3 = _errs75 === errors;}else {var valid3 = true;}if(valid3){if(data.coverage !== undefined){let data23 = data.coverage;const _errs84 = errors;if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){validate22.errors = [{instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: schema34.properties.coverage.type},message:"must be number,null"}];return false;}if(errors === _errs84){if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 1 || isNaN(data23)){validate22.errors = [{instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];return false;}else {if(data23 < 0 || isNaN(data23)){validate22.errors = [{instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid3 = _errs84 === errors;}else {var valid3 = true;}if(valid3){if(data.erf !== undefined){let data24 = data.erf;const _errs86 = errors;if(errors === _errs86){if(data24 && typeof data24 == "object" && !Array.isArray(data24)){let missing2;if(((data24.sigma === undefined) && (missing2 = "sigma")) || ((data24.width95 === undefined) && (missing2 = "width95"))){validate22.errors = [{instancePath:instancePath+"/erf",schemaPath:"#/properties/erf/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs88 = errors;for(const key2 in data24){if(!((key2 === "sigma") || (key2 === "width95"))){validate22.errors = [{instancePath:instancePath+"/erf",schemaPath:"#/properties/erf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs88 === errors){if(data24.sigma !== undefined){let data25 = data24.sigma;const _errs89 = errors;if(errors === _errs89){if(Array.isArray(data25)){if(data25.length > 3){validate22.errors = [{instancePath:instancePath+"/erf/sigma",schemaPath:"#/properties/erf/properties/sigma/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data25.length < 1){validate22.errors = [{instancePath:instancePath+"/erf/sigma",schemaPath:"#/properties/erf/properties/sigma/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid25 = true;const len7 = data25.length;for(let i7=0; i7<len7; i7++){let data26 = data25[i7];const _errs91 = errors;if(errors === _errs91){if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 0 || isNaN(data26)){validate22.errors = [{instancePath:instancePath+"/erf/sigma/" + i7,schemaPath:"#/properties/erf/properties/sigma/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate22.errors = [{instancePath:instancePath+"/erf/sigma/" + i7,schemaPath:"#/properties/erf/properties/sigma/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid25 = _errs91 === errors;if(!valid25){break;}}}}}else {validate22.errors = [{instancePath:instancePath+"/erf/sigma",schemaPath:"#/properties/erf/properties/sigma/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid24 = _errs89 === errors;}else {var valid24 = true;}if(valid24){if(data24.width95 !== undefined){let data27 = data24.width95;const _errs93 = errors;if(errors === _errs93){if(Array.isArray(data27)){if(data27.length > 3){validate22.errors = [{instancePath:instancePath+"/erf/width95",schemaPath:"#/properties/erf/properties/width95/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data27.length < 1){validate22.errors = [{instancePath:instancePath+"/erf/width95",schemaPath:"#/properties/erf/properties/width95/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid26 = true;const len8 = data27.length;for(let i8=0; i8<len8; i8++){let data28 = data27[i8];const _errs95 = errors;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){validate22.errors = [{instancePath:instancePath+"/erf/width95/" + i8,schemaPath:"#/properties/erf/properties/width95/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs95){if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 1 || isNaN(data28)){validate22.errors = [{instancePath:instancePath+"/erf/width95/" + i8,schemaPath:"#/properties/erf/properties/width95/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid26 = _errs95 === errors;if(!valid26){break;}}}}}else {validate22.errors = [{instancePath:instancePath+"/erf/width95",schemaPath:"#/properties/erf/properties/width95/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid24 = _errs93 === errors;}else {var valid24 = true;}}}}}else {validate22.errors = [{instancePath:instancePath+"/erf",schemaPath:"#/properties/erf/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid3 = _errs86 === errors;}else {var valid3 = true;}if(valid3){if(data.windows !== undefined){let data29 = data.windows;const _errs97 = errors;if(errors === _errs97){if(Array.isArray(data29)){if(data29.length > 3){validate22.errors = [{instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];return false;}else {if(data29.length < 1){validate22.errors = [{instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid27 = true;const len9 = data29.length;for(let i9=0; i9<len9; i9++){let data30 = data29[i9];const _errs99 = errors;const _errs100 = errors;if(errors === _errs100){if(data30 && typeof data30 == "object" && !Array.isArray(data30)){let missing3;if(((((data30.period === undefined) && (missing3 = "period")) || ((data30.step === undefined) && (missing3 = "step"))) || ((data30.lo === undefined) && (missing3 = "lo"))) || ((data30.hi === undefined) && (missing3 = "hi"))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9,schemaPath:"#/$defs/windows/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs102 = errors;for(const key3 in data30){if(!(((((((key3 === "period") || (key3 === "step")) || (key3 === "lo")) || (key3 === "hi")) || (key3 === "inputSize")) || (key3 === "outputSize")) || (key3 === "erf"))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9,schemaPath:"#/$defs/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs102 === errors){if(data30.period !== undefined){let data31 = data30.period;const _errs103 = errors;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/period",schemaPath:"#/$defs/windows/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs103){if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 1 || isNaN(data31)){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/period",schemaPath:"#/$defs/windows/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid29 = _errs103 === errors;}else {var valid29 = true;}if(valid29){if(data30.step !== undefined){let data32 = data30.step;const _errs105 = errors;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/step",schemaPath:"#/$defs/windows/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}var valid29 = _errs105 === errors;}else {var valid29 = true;}if(valid29){if(data30.lo !== undefined){let data33 = data30.lo;const _errs107 = errors;if(errors === _errs107){if(Array.isArray(data33)){if(data33.length < 1){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/lo",schemaPath:"#/$defs/windows/properties/lo/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid30 = true;const len10 = data33.length;for(let i10=0; i10<len10; i10++){let data34 = data33[i10];const _errs109 = errors;if((!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) && (data34 !== null)){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/lo/" + i10,schemaPath:"#/$defs/windows/properties/lo/items/type",keyword:"type",params:{type: schema40.properties.lo.items.type},message:"must be integer,null"}];return false;}var valid30 = _errs109 === errors;if(!valid30){break;}}}}else {validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/lo",schemaPath:"#/$defs/windows/properties/lo/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid29 = _errs107 === errors;}else {var valid29 = true;}if(valid29){if(data30.hi !== undefined){let data35 = data30.hi;const _errs111 = errors;if(errors === _errs111){if(Array.isArray(data35)){if(data35.length < 1){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/hi",schemaPath:"#/$defs/windows/properties/hi/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid31 = true;const len11 = data35.length;for(let i11=0; i11<len11; i11++){let data36 = data35[i11];const _errs113 = errors;if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/hi/" + i11,schemaPath:"#/$defs/windows/properties/hi/items/type",keyword:"type",params:{type: schema40.properties.hi.items.type},message:"must be integer,null"}];return false;}var valid31 = _errs113 === errors;if(!valid31){break;}}}}else {validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/hi",schemaPath:"#/$defs/windows/properties/hi/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid29 = _errs111 === errors;}else {var valid29 = true;}if(valid29){if(data30.inputSize !== undefined){let data37 = data30.inputSize;const _errs115 = errors;if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/inputSize",schemaPath:"#/$defs/windows/properties/inputSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs115){if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 1 || isNaN(data37)){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/inputSize",schemaPath:"#/$defs/windows/properties/inputSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid29 = _errs115 === errors;}else {var valid29 = true;}if(valid29){if(data30.outputSize !== undefined){let data38 = data30.outputSize;const _errs117 = errors;if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/outputSize",schemaPath:"#/$defs/windows/properties/outputSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs117){if((typeof data38 == "number") && (isFinite(data38))){if(data38 < 0 || isNaN(data38)){validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/outputSize",schemaPath:"#/$defs/windows/properties/outputSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid29 = _errs117 === errors;}else {var valid29 = true;}if(valid29){if(data30.erf !== undefined){let data39 = data30.erf;const _errs119 = errors;if(errors === _errs119){if(Array.isArray(data39)){var valid32 = true;const len12 = data39.length;for(let i12=0; i12<len12; i12++){let data40 = data39[i12];const _errs121 = errors;const _errs122 = errors;let valid33 = false;let passing7 = null;const _errs123 = errors;if(data40 !== null){const err46 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}var _valid8 = _errs123 === errors;if(_valid8){valid33 = true;passing7 = 0;}const _errs125 = errors;if(errors === _errs125){if(data40 && typeof data40 == "object" && !Array.isArray(data40)){let missing4;if(((data40.lo === undefined) && (missing4 = "lo")) || ((data40.weights === undefined) && (missing4 = "weights"))){const err47 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}else {const _errs127 = errors;for(const key4 in data40){if(!((key4 === "lo") || (key4 === "weights"))){const err48 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;break;}}if(_errs127 === errors){if(data40.lo !== undefined){let data41 = data40.lo;const _errs128 = errors;if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){const err49 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12+"/lo",schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/properties/lo/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var valid34 = _errs128 === errors;}else {var valid34 = true;}if(valid34){if(data40.weights !== undefined){let data42 = data40.weights;const _errs130 = errors;if(errors === _errs130){if(Array.isArray(data42)){var valid35 = true;const len13 = data42.length;for(let i13=0; i13<len13; i13++){let data43 = data42[i13];const _errs132 = errors;if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){const err50 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12+"/weights/" + i13,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/properties/weights/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(errors === _errs132){if((typeof data43 == "number") && (isFinite(data43))){if(data43 > 1000 || isNaN(data43)){const err51 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12+"/weights/" + i13,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/properties/weights/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {if(data43 < 0 || isNaN(data43)){const err52 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12+"/weights/" + i13,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/properties/weights/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}}var valid35 = _errs132 === errors;if(!valid35){break;}}}else {const err53 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12+"/weights",schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/properties/weights/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}var valid34 = _errs130 === errors;}else {var valid34 = true;}}}}}else {const err54 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12,schemaPath:"#/$defs/windows/properties/erf/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}var _valid8 = _errs125 === errors;if(_valid8 && valid33){valid33 = false;passing7 = [passing7, 1];}else {if(_valid8){valid33 = true;passing7 = 1;}}if(!valid33){const err55 = {instancePath:instancePath+"/windows/" + i9+"/erf/" + i12,schemaPath:"#/$defs/windows/properties/erf/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;validate22.errors = vErrors;return false;}else {errors = _errs122;if(vErrors !== null){if(_errs122){vErrors.length = _errs122;}else {vErrors = null;}}}var valid32 = _errs121 === errors;if(!valid32){break;}}}else {validate22.errors = [{instancePath:instancePath+"/windows/" + i9+"/erf",schemaPath:"#/$defs/windows/properties/erf/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid29 = _errs119 === errors;}else {var valid29 = true;}}}}}}}}}}else {validate22.errors = [{instancePath:instancePath+"/windows/" + i9,schemaPath:"#/$defs/windows/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid27 = _errs99 === errors;if(!valid27){break;}}}}}else {validate22.errors = [{instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid3 = _errs97 === errors;}else {var valid3 = true;}if(valid3){if(data.explain !== undefined){let data44 = data.explain;const _errs134 = errors;if(errors === _errs134){if(Array.isArray(data44)){var valid36 = true;const len14 = data44.length;for(let i14=0; i14<len14; i14++){const _errs136 = errors;if(!(validate23(data44[i14], {instancePath:instancePath+"/explain/" + i14,parentData:data44,parentDataProperty:i14,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}var valid36 = _errs136 === errors;if(!valid36){break;}}}else {validate22.errors = [{instancePath:instancePath+"/explain",schemaPath:"#/properties/explain/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid3 = _errs134 === errors;}else {var valid3 = true;}if(valid3){if(data.thresholds !== undefined){const _errs137 = errors;if(!(validate25(data.thresholds, {instancePath:instancePath+"/thresholds",parentData:data,parentDataProperty:"thresholds",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}var valid3 = _errs137 === errors;}else {var valid3 = true;}if(valid3){if(data.status !== undefined){let data47 = data.status;const _errs138 = errors;if(!((((data47 === "pass") || (data47 === "fail")) || (data47 === "unchecked")) || (data47 === "error"))){validate22.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema34.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid3 = _errs138 === errors;}else {var valid3 = true;}if(valid3){if(data.failures !== undefined){let data48 = data.failures;const _errs139 = errors;if(errors === _errs139){if(Array.isArray(data48)){if(data48.length < 1){validate22.errors = [{instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid37 = true;const len15 = data48.length;for(let i15=0; i15<len15; i15++){let data49 = data48[i15];const _errs141 = errors;const _errs142 = errors;if(errors === _errs142){if(data49 && typeof data49 == "object" && !Array.isArray(data49)){let missing5;if((((((data49.threshold === undefined) && (missing5 = "threshold")) || ((data49.source === undefined) && (missing5 = "source"))) || ((data49.expected === undefined) && (missing5 = "expected"))) || ((data49.actual === undefined) && (missing5 = "actual"))) || ((data49.message === undefined) && (missing5 = "message"))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15,schemaPath:"#/$defs/failure/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}else {const _errs144 = errors;for(const key5 in data49){if(!(((((((key5 === "threshold") || (key5 === "source")) || (key5 === "rule")) || (key5 === "axis")) || (key5 === "expected")) || (key5 === "actual")) || (key5 === "message"))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15,schemaPath:"#/$defs/failure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];return false;break;}}if(_errs144 === errors){if(data49.threshold !== undefined){let data50 = data49.threshold;const _errs145 = errors;if(!((((data50 === "min_rf") || (data50 === "max_rf")) || (data50 === "min_coverage")) || (data50 === "min_erf"))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/threshold",schemaPath:"#/$defs/failure/properties/threshold/enum",keyword:"enum",params:{allowedValues: schema52.properties.threshold.enum},message:"must be equal to one of the allowed values"}];return false;}var valid39 = _errs145 === errors;}else {var valid39 = true;}if(valid39){if(data49.source !== undefined){let data51 = data49.source;const _errs146 = errors;if(!(((data51 === "file") || (data51 === "rules")) || (data51 === "default"))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/source",schemaPath:"#/$defs/failure/properties/source/enum",keyword:"enum",params:{allowedValues: schema52.properties.source.enum},message:"must be equal to one of the allowed values"}];return false;}var valid39 = _errs146 === errors;}else {var valid39 = true;}if(valid39){if(data49.rule !== undefined){let data52 = data49.rule;const _errs147 = errors;if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/rule",schemaPath:"#/$defs/failure/properties/rule/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs147){if((typeof data52 == "number") && (isFinite(data52))){if(data52 < 0 || isNaN(data52)){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/rule",schemaPath:"#/$defs/failure/properties/rule/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid39 = _errs147 === errors;}else {var valid39 = true;}if(valid39){if(data49.axis !== undefined){let data53 = data49.axis;const _errs149 = errors;if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/axis",schemaPath:"#/$defs/failure/properties/axis/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs149){if((typeof data53 == "number") && (isFinite(data53))){if(data53 < 0 || isNaN(data53)){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/axis",schemaPath:"#/$defs/failure/properties/axis/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid39 = _errs149 === errors;}else {var valid39 = true;}if(valid39){if(data49.expected !== undefined){let data54 = data49.expected;const _errs151 = errors;if(!((typeof data54 == "number") && (isFinite(data54)))){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/expected",schemaPath:"#/$defs/failure/properties/expected/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}var valid39 = _errs151 === errors;}else {var valid39 = true;}if(valid39){if(data49.actual !== undefined){let data55 = data49.actual;const _errs153 = errors;if((!((typeof data55 == "number") && (isFinite(data55)))) && (data55 !== null)){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/actual",schemaPath:"#/$defs/failure/properties/actual/type",keyword:"type",params:{type: schema52.properties.actual.type},message:"must be number,null"}];return false;}var valid39 = _errs153 === errors;}else {var valid39 = true;}if(valid39){if(data49.message !== undefined){let data56 = data49.message;const _errs155 = errors;if(errors === _errs155){if(typeof data56 === "string"){if(report_schema_func1(data56) < 1){validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/message",schemaPath:"#/$defs/failure/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate22.errors = [{instancePath:instancePath+"/failures/" + i15+"/message",schemaPath:"#/$defs/failure/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid39 = _errs155 === errors;}else {var valid39 = true;}}}}}}}}}}else {validate22.errors = [{instancePath:instancePath+"/failures/" + i15,schemaPath:"#/$defs/failure/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid37 = _errs141 === errors;if(!valid37){break;}}}}else {validate22.errors = [{instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid3 = _errs139 === errors;}else {var valid3 = true;}if(valid3){if(data.line !== undefined){let data57 = data.line;const _errs157 = errors;if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){validate22.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs157){if((typeof data57 == "number") && (isFinite(data57))){if(data57 < 1 || isNaN(data57)){validate22.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs157 === errors;}else {var valid3 = true;}if(valid3){if(data.column !== undefined){let data58 = data.column;const _errs159 = errors;if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){validate22.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs159){if((typeof data58 == "number") && (isFinite(data58))){if(data58 < 1 || isNaN(data58)){validate22.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs159 === errors;}else {var valid3 = true;}}}}}}}}}}}}}}}}}}}}}}}}else {validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function report_schema_validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = report_schema_validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((data.path === undefined) && (missing0 = "path")) || ((data.format === undefined) && (missing0 = "format"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.diagnostics === undefined) && (missing0 = "diagnostics"))) || ((data.outputs === undefined) && (missing0 = "outputs"))){report_schema_validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "path") || (key0 === "format")) || (key0 === "name")) || (key0 === "diagnostics")) || (key0 === "outputs")) || (key0 === "assumptions"))){report_schema_validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.path !== undefined){let data0 = data.path;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(report_schema_func1(data0) < 1){report_schema_validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.format !== undefined){let data1 = data.format;const _errs4 = errors;if(!((((((((data1 === "native") || (data1 === "onnx")) || (data1 === "keras")) || (data1 === "tfjs")) || (data1 === "ultralytics")) || (data1 === "darknet")) || (data1 === "caffe")) || (data1 === "unknown"))){report_schema_validate21.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: report_schema_schema32.properties.format.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.name !== undefined){const _errs5 = errors;if(typeof data.name !== "string"){report_schema_validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.diagnostics !== undefined){let data3 = data.diagnostics;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data3)){var valid1 = true;const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];const _errs9 = errors;const _errs10 = errors;if(errors === _errs10){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if((((data4.severity === undefined) && (missing1 = "severity")) || ((data4.code === undefined) && (missing1 = "code"))) || ((data4.message === undefined) && (missing1 = "message"))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0,schemaPath:"#/$defs/diagnostic/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs12 = errors;for(const key1 in data4){if(!(report_schema_func2.call(report_schema_schema33.properties, key1))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0,schemaPath:"#/$defs/diagnostic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs12 === errors){if(data4.severity !== undefined){let data5 = data4.severity;const _errs13 = errors;if(!((data5 === "error") || (data5 === "warning"))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/severity",schemaPath:"#/$defs/diagnostic/properties/severity/enum",keyword:"enum",params:{allowedValues: report_schema_schema33.properties.severity.enum},message:"must be equal to one of the allowed values"}];return false;}var valid3 = _errs13 === errors;}else {var valid3 = true;}if(valid3){if(data4.code !== undefined){let data6 = data4.code;const _errs14 = errors;if(errors === _errs14){if(typeof data6 === "string"){if(!report_schema_pattern4.test(data6)){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/code",schemaPath:"#/$defs/diagnostic/properties/code/pattern",keyword:"pattern",params:{pattern: "^RF[0-9]{3}$"},message:"must match pattern \""+"^RF[0-9]{3}$"+"\""}];return false;}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/code",schemaPath:"#/$defs/diagnostic/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid3 = _errs14 === errors;}else {var valid3 = true;}if(valid3){if(data4.message !== undefined){let data7 = data4.message;const _errs16 = errors;if(errors === _errs16){if(typeof data7 === "string"){if(report_schema_func1(data7) < 1){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/message",schemaPath:"#/$defs/diagnostic/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/message",schemaPath:"#/$defs/diagnostic/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid3 = _errs16 === errors;}else {var valid3 = true;}if(valid3){if(data4.file !== undefined){const _errs18 = errors;if(typeof data4.file !== "string"){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/file",schemaPath:"#/$defs/diagnostic/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid3 = _errs18 === errors;}else {var valid3 = true;}if(valid3){if(data4.line !== undefined){let data9 = data4.line;const _errs20 = errors;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/line",schemaPath:"#/$defs/diagnostic/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs20){if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/line",schemaPath:"#/$defs/diagnostic/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs20 === errors;}else {var valid3 = true;}if(valid3){if(data4.column !== undefined){let data10 = data4.column;const _errs22 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/column",schemaPath:"#/$defs/diagnostic/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs22){if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/column",schemaPath:"#/$defs/diagnostic/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs22 === errors;}else {var valid3 = true;}if(valid3){if(data4.endLine !== undefined){let data11 = data4.endLine;const _errs24 = errors;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/endLine",schemaPath:"#/$defs/diagnostic/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs24){if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/endLine",schemaPath:"#/$defs/diagnostic/properties/endLine/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs24 === errors;}else {var valid3 = true;}if(valid3){if(data4.endColumn !== undefined){let data12 = data4.endColumn;const _errs26 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/endColumn",schemaPath:"#/$defs/diagnostic/properties/endColumn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs26){if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/endColumn",schemaPath:"#/$defs/diagnostic/properties/endColumn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid3 = _errs26 === errors;}else {var valid3 = true;}if(valid3){if(data4.output !== undefined){const _errs28 = errors;if(typeof data4.output !== "string"){report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0+"/output",schemaPath:"#/$defs/diagnostic/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid3 = _errs28 === errors;}else {var valid3 = true;}}}}}}}}}}}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics/" + i0,schemaPath:"#/$defs/diagnostic/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid1 = _errs9 === errors;if(!valid1){break;}}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.outputs !== undefined){let data14 = data.outputs;const _errs30 = errors;if(errors === _errs30){if(Array.isArray(data14)){var valid4 = true;const len1 = data14.length;for(let i1=0; i1<len1; i1++){const _errs32 = errors;if(!(validate22(data14[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}var valid4 = _errs32 === errors;if(!valid4){break;}}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs30 === errors;}else {var valid0 = true;}if(valid0){if(data.assumptions !== undefined){let data16 = data.assumptions;const _errs33 = errors;if(errors === _errs33){if(Array.isArray(data16)){var valid5 = true;const len2 = data16.length;for(let i2=0; i2<len2; i2++){const _errs35 = errors;if(typeof data16[i2] !== "string"){report_schema_validate21.errors = [{instancePath:instancePath+"/assumptions/" + i2,schemaPath:"#/properties/assumptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid5 = _errs35 === errors;if(!valid5){break;}}}else {report_schema_validate21.errors = [{instancePath:instancePath+"/assumptions",schemaPath:"#/properties/assumptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs33 === errors;}else {var valid0 = true;}}}}}}}}}else {report_schema_validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}report_schema_validate21.errors = vErrors;return errors === 0;}report_schema_validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const pattern7 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern8 = new RegExp("^[0-9a-f]{40,64}$", "u");function report_schema_validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/rflint/rflint/schema/report.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = report_schema_validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.version === undefined) && (missing0 = "version")) || ((data.files === undefined) && (missing0 = "files"))) || ((data.summary === undefined) && (missing0 = "summary"))){report_schema_validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "version") || (key0 === "files")) || (key0 === "diagnostics")) || (key0 === "summary")) || (key0 === "github")) || (key0 === "base")) || (key0 === "shard"))){report_schema_validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.version !== undefined){const _errs2 = errors;if(1 !== data.version){report_schema_validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.files !== undefined){let data1 = data.files;const _errs3 = errors;if(errors === _errs3){if(Array.isArray(data1)){var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){const _errs5 = errors;if(!(report_schema_validate21(data1[i0], {instancePath:instancePath+"/files/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? report_schema_validate21.errors : vErrors.concat(report_schema_validate21.errors);errors = vErrors.length;}var valid1 = _errs5 === errors;if(!valid1){break;}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.diagnostics !== undefined){let data3 = data.diagnostics;const _errs6 = errors;if(errors === _errs6){if(Array.isArray(data3)){var valid2 = true;const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];const _errs8 = errors;const _errs9 = errors;if(errors === _errs9){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if((((data4.severity === undefined) && (missing1 = "severity")) || ((data4.code === undefined) && (missing1 = "code"))) || ((data4.message === undefined) && (missing1 = "message"))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1,schemaPath:"#/$defs/diagnostic/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs11 = errors;for(const key1 in data4){if(!(report_schema_func2.call(report_schema_schema33.properties, key1))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1,schemaPath:"#/$defs/diagnostic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs11 === errors){if(data4.severity !== undefined){let data5 = data4.severity;const _errs12 = errors;if(!((data5 === "error") || (data5 === "warning"))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/severity",schemaPath:"#/$defs/diagnostic/properties/severity/enum",keyword:"enum",params:{allowedValues: report_schema_schema33.properties.severity.enum},message:"must be equal to one of the allowed values"}];return false;}var valid4 = _errs12 === errors;}else {var valid4 = true;}if(valid4){if(data4.code !== undefined){let data6 = data4.code;const _errs13 = errors;if(errors === _errs13){if(typeof data6 === "string"){if(!report_schema_pattern4.test(data6)){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/code",schemaPath:"#/$defs/diagnostic/properties/code/pattern",keyword:"pattern",params:{pattern: "^RF[0-9]{3}$"},message:"must match pattern \""+"^RF[0-9]{3}$"+"\""}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/code",schemaPath:"#/$defs/diagnostic/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs13 === errors;}else {var valid4 = true;}if(valid4){if(data4.message !== undefined){let data7 = data4.message;const _errs15 = errors;if(errors === _errs15){if(typeof data7 === "string"){if(report_schema_func1(data7) < 1){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/message",schemaPath:"#/$defs/diagnostic/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/message",schemaPath:"#/$defs/diagnostic/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs15 === errors;}else {var valid4 = true;}if(valid4){if(data4.file !== undefined){const _errs17 = errors;if(typeof data4.file !== "string"){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/file",schemaPath:"#/$defs/diagnostic/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs17 === errors;}else {var valid4 = true;}if(valid4){if(data4.line !== undefined){let data9 = data4.line;const _errs19 = errors;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/line",schemaPath:"#/$defs/diagnostic/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs19){if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/line",schemaPath:"#/$defs/diagnostic/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid4 = _errs19 === errors;}else {var valid4 = true;}if(valid4){if(data4.column !== undefined){let data10 = data4.column;const _errs21 = errors;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/column",schemaPath:"#/$defs/diagnostic/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs21){if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/column",schemaPath:"#/$defs/diagnostic/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid4 = _errs21 === errors;}else {var valid4 = true;}if(valid4){if(data4.endLine !== undefined){let data11 = data4.endLine;const _errs23 = errors;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/endLine",schemaPath:"#/$defs/diagnostic/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs23){if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/endLine",schemaPath:"#/$defs/diagnostic/properties/endLine/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid4 = _errs23 === errors;}else {var valid4 = true;}if(valid4){if(data4.endColumn !== undefined){let data12 = data4.endColumn;const _errs25 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/endColumn",schemaPath:"#/$defs/diagnostic/properties/endColumn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs25){if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/endColumn",schemaPath:"#/$defs/diagnostic/properties/endColumn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid4 = _errs25 === errors;}else {var valid4 = true;}if(valid4){if(data4.output !== undefined){const _errs27 = errors;if(typeof data4.output !== "string"){report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1+"/output",schemaPath:"#/$defs/diagnostic/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs27 === errors;}else {var valid4 = true;}}}}}}}}}}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics/" + i1,schemaPath:"#/$defs/diagnostic/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid2 = _errs8 === errors;if(!valid2){break;}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.summary !== undefined){let data14 = data.summary;const _errs29 = errors;const _errs30 = errors;if(errors === _errs30){if(data14 && typeof data14 == "object" && !Array.isArray(data14)){let missing2;if((((((((data14.files === undefined) && (missing2 = "files")) || ((data14.outputs === undefined) && (missing2 = "outputs"))) || ((data14.passed === undefined) && (missing2 = "passed"))) || ((data14.failed === undefined) && (missing2 = "failed"))) || ((data14.errors === undefined) && (missing2 = "errors"))) || ((data14.warnings === undefined) && (missing2 = "warnings"))) || ((data14.minRf === undefined) && (missing2 = "minRf"))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/summary/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs32 = errors;for(const key2 in data14){if(!((((((((key2 === "files") || (key2 === "outputs")) || (key2 === "passed")) || (key2 === "failed")) || (key2 === "errors")) || (key2 === "warnings")) || (key2 === "minRf")) || (key2 === "ignored"))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs32 === errors){if(data14.files !== undefined){let data15 = data14.files;const _errs33 = errors;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/files",schemaPath:"#/$defs/summary/properties/files/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs33){if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 0 || isNaN(data15)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/files",schemaPath:"#/$defs/summary/properties/files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs33 === errors;}else {var valid6 = true;}if(valid6){if(data14.outputs !== undefined){let data16 = data14.outputs;const _errs35 = errors;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/outputs",schemaPath:"#/$defs/summary/properties/outputs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs35){if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 0 || isNaN(data16)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/outputs",schemaPath:"#/$defs/summary/properties/outputs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs35 === errors;}else {var valid6 = true;}if(valid6){if(data14.passed !== undefined){let data17 = data14.passed;const _errs37 = errors;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/passed",schemaPath:"#/$defs/summary/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs37){if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 0 || isNaN(data17)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/passed",schemaPath:"#/$defs/summary/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs37 === errors;}else {var valid6 = true;}if(valid6){if(data14.failed !== undefined){let data18 = data14.failed;const _errs39 = errors;if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/failed",schemaPath:"#/$defs/summary/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs39){if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 0 || isNaN(data18)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/failed",schemaPath:"#/$defs/summary/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs39 === errors;}else {var valid6 = true;}if(valid6){if(data14.errors !== undefined){let data19 = data14.errors;const _errs41 = errors;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/errors",schemaPath:"#/$defs/summary/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs41){if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/errors",schemaPath:"#/$defs/summary/properties/errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs41 === errors;}else {var valid6 = true;}if(valid6){if(data14.warnings !== undefined){let data20 = data14.warnings;const _errs43 = errors;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/warnings",schemaPath:"#/$defs/summary/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs43){if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/warnings",schemaPath:"#/$defs/summary/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs43 === errors;}else {var valid6 = true;}if(valid6){if(data14.minRf !== undefined){let data21 = data14.minRf;const _errs45 = errors;if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/minRf",schemaPath:"#/$defs/summary/properties/minRf/type",keyword:"type",params:{type: schema54.properties.minRf.type},message:"must be integer,null"}];return false;}var valid6 = _errs45 === errors;}else {var valid6 = true;}if(valid6){if(data14.ignored !== undefined){let data22 = data14.ignored;const _errs47 = errors;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/ignored",schemaPath:"#/$defs/summary/properties/ignored/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs47){if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 0 || isNaN(data22)){report_schema_validate20.errors = [{instancePath:instancePath+"/summary/ignored",schemaPath:"#/$defs/summary/properties/ignored/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid6 = _errs47 === errors;}else {var valid6 = true;}}}}}}}}}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/summary/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs29 === errors;}else {var valid0 = true;}if(valid0){if(data.github !== undefined){let data23 = data.github;const _errs49 = errors;if(errors === _errs49){if(data23 && typeof data23 == "object" && !Array.isArray(data23)){const _errs51 = errors;for(const key3 in data23){if(!(((((key3 === "repository") || (key3 === "event")) || (key3 === "pullRequest")) || (key3 === "headSha")) || (key3 === "baseSha"))){report_schema_validate20.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs51 === errors){if(data23.repository !== undefined){let data24 = data23.repository;const _errs52 = errors;if(errors === _errs52){if(typeof data24 === "string"){if(!pattern7.test(data24)){report_schema_validate20.errors = [{instancePath:instancePath+"/github/repository",schemaPath:"#/properties/github/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/github/repository",schemaPath:"#/properties/github/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs52 === errors;}else {var valid7 = true;}if(valid7){if(data23.event !== undefined){let data25 = data23.event;const _errs54 = errors;if(errors === _errs54){if(typeof data25 === "string"){if(report_schema_func1(data25) > 100){report_schema_validate20.errors = [{instancePath:instancePath+"/github/event",schemaPath:"#/properties/github/properties/event/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/github/event",schemaPath:"#/properties/github/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs54 === errors;}else {var valid7 = true;}if(valid7){if(data23.pullRequest !== undefined){let data26 = data23.pullRequest;const _errs56 = errors;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){report_schema_validate20.errors = [{instancePath:instancePath+"/github/pullRequest",schemaPath:"#/properties/github/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs56){if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 1 || isNaN(data26)){report_schema_validate20.errors = [{instancePath:instancePath+"/github/pullRequest",schemaPath:"#/properties/github/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid7 = _errs56 === errors;}else {var valid7 = true;}if(valid7){if(data23.headSha !== undefined){let data27 = data23.headSha;const _errs58 = errors;if(errors === _errs58){if(typeof data27 === "string"){if(!pattern8.test(data27)){report_schema_validate20.errors = [{instancePath:instancePath+"/github/headSha",schemaPath:"#/properties/github/properties/headSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40,64}$"},message:"must match pattern \""+"^[0-9a-f]{40,64}$"+"\""}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/github/headSha",schemaPath:"#/properties/github/properties/headSha/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs58 === errors;}else {var valid7 = true;}if(valid7){if(data23.baseSha !== undefined){let data28 = data23.baseSha;const _errs60 = errors;if(errors === _errs60){if(typeof data28 === "string"){if(!pattern8.test(data28)){report_schema_validate20.errors = [{instancePath:instancePath+"/github/baseSha",schemaPath:"#/properties/github/properties/baseSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40,64}$"},message:"must match pattern \""+"^[0-9a-f]{40,64}$"+"\""}];return false;}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/github/baseSha",schemaPath:"#/properties/github/properties/baseSha/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid7 = _errs60 === errors;}else {var valid7 = true;}}}}}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs49 === errors;}else {var valid0 = true;}if(valid0){if(data.base !== undefined){const _errs62 = errors;if(!(report_schema_validate20(data.base, {instancePath:instancePath+"/base",parentData:data,parentDataProperty:"base",rootData,dynamicAnchors}))){vErrors = vErrors === null ? report_schema_validate20.errors : vErrors.concat(report_schema_validate20.errors);errors = vErrors.length;}var valid0 = _errs62 === errors;}else {var valid0 = true;}if(valid0){if(data.shard !== undefined){let data30 = data.shard;const _errs63 = errors;if(errors === _errs63){if(data30 && typeof data30 == "object" && !Array.isArray(data30)){let missing3;if(((data30.index === undefined) && (missing3 = "index")) || ((data30.count === undefined) && (missing3 = "count"))){report_schema_validate20.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs65 = errors;for(const key4 in data30){if(!((key4 === "index") || (key4 === "count"))){report_schema_validate20.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs65 === errors){if(data30.index !== undefined){let data31 = data30.index;const _errs66 = errors;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs66){if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 256 || isNaN(data31)){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"}];return false;}else {if(data31 < 1 || isNaN(data31)){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid8 = _errs66 === errors;}else {var valid8 = true;}if(valid8){if(data30.count !== undefined){let data32 = data30.count;const _errs68 = errors;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs68){if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 256 || isNaN(data32)){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"}];return false;}else {if(data32 < 1 || isNaN(data32)){report_schema_validate20.errors = [{instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid8 = _errs68 === errors;}else {var valid8 = true;}}}}}else {report_schema_validate20.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs63 === errors;}else {var valid0 = true;}}}}}}}}}}else {report_schema_validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}report_schema_validate20.errors = vErrors;return errors === 0;}report_schema_validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/check/report-file.ts
/**
 * Reading a JSON report back (the action's `from-report` and `merge-reports`, `rflint merge`).
 * What comes back is only data, validated against the published schema; nothing in it is ever
 * executed, and every string in it is escaped when rendered.
 */




/** A report larger than this is not a real one (a million outputs would be ~300 MB). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/** A report file that cannot be read or is not a report: the message says which and what to do. */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
// The published schema of the report, strings bounded by the file size limit above.
// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const report_file_validator = () => report_schema_validate;
/** Reads and validates a report written by an earlier run; a bad file is a ReportFileError. */
function readReport(path) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_REPORT_BYTES)
            throw new ReportFileError(`${path} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB, which no rflint report is.`);
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err instanceof ReportFileError)
            throw err;
        throw new ReportFileError(`cannot read ${path} (${err.message.split('\n')[0]}): did the artifact download into the working directory?`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new ReportFileError(`${path} is not JSON (${err.message}): give the file of the 'report' output (or of rflint --format json).`);
    }
    const validate = report_file_validator();
    if (!validate(value)) {
        const e = validate.errors?.[0];
        throw new ReportFileError(`${path} is not an rflint report: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}.`);
    }
    return value;
}
/**
 * The reports named by paths and globs relative to `cwd` (`reports/*.json`), read and validated,
 * each under the name the user wrote or the glob found. A glob that matches nothing is an error:
 * a missing artifact must not pass as a smaller run.
 */
async function readReports(patterns, cwd) {
    const paths = [];
    for (const pattern of patterns) {
        if (!(0,dist/* isDynamicPattern */.ey)(pattern)) {
            paths.push(pattern);
            continue;
        }
        const found = (await (0,dist/* glob */.TI)(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
        if (found.length === 0)
            throw new ReportFileError(`${pattern} matches no file in ${cwd}: did the artifacts download there?`);
        paths.push(...found);
    }
    return [...new Set(paths)].map((source) => ({ source, report: readReport((0,external_node_path_.resolve)(cwd, source)) }));
}

;// CONCATENATED MODULE: ./src/action/report-file.ts
/**
 * The JSON report on disk (output `report`), and reading one back for `from-report`: the fork
 * pattern, where an untrusted run writes the report and a trusted workflow publishes it. The
 * reading and its validation live in check/report-file.ts, shared with `rflint merge`.
 */




/** A shard's report is named after it, so the shards' artifacts download into one folder side by side. */
function writeReportFile(runnerTemp, content) {
    const name = content.shard ? `rflint-report-${content.shard.index}-of-${content.shard.count}.json` : 'rflint-report.json';
    const path = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp, 'rflint-')), name);
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(content, null, 2) + '\n');
    return path;
}
/** Reads and validates a report written by an earlier run; a bad file is an InputError naming `input`. */
function readReportFile(path, input = 'from-report') {
    try {
        return readReport(path);
    }
    catch (err) {
        if (err instanceof ReportFileError)
            throw new InputError(`Input '${input}': ${err.message}`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/action/from-report.ts
/**
 * `from-report`: publish the report an earlier, untrusted run wrote (a fork's pull request has a
 * read-only token, so a trusted `workflow_run` workflow posts the comment). The report is data
 * only; the pull request it names is believed only when the trusted event payload agrees.
 */







/**
 * The PR to comment on. On workflow_run, the payload (trusted) names it for a same-repository PR;
 * for a fork's PR it lists none (a GitHub limitation), so the report's number is used only if that
 * PR's head is the commit the untrusted run checked, as the payload says.
 */
async function pullRequestFor(claimed, event, api) {
    const run = event.workflowRun;
    if (!run) {
        if (event.pullRequest)
            return event.pullRequest.number;
        // On a push or a manual run nothing trusted says which pull request the report is about.
        if (claimed !== undefined)
            core/* warning */.$e(`The report names pull request #${claimed}, but only a pull_request or workflow_run event can confirm it: not commenting.`);
        return undefined;
    }
    if (run.pullNumbers[0] !== undefined)
        return run.pullNumbers[0];
    if (claimed === undefined || !api)
        return undefined;
    let head;
    try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: event.owner, repo: event.repo, pull_number: claimed });
        head = data.head.sha;
    }
    catch (err) {
        // Unverified is untrusted: no comment, but the summary and the verdict still come.
        core/* warning */.$e(`The report names pull request #${claimed}, which could not be checked (${err instanceof Error ? err.message.split('\n')[0] : String(err)}): not commenting.`);
        return undefined;
    }
    if (head === run.headSha)
        return claimed;
    core/* warning */.$e(`The report names pull request #${claimed}, whose head ${head.slice(0, 7)} is not the commit the workflow run checked (${run.headSha.slice(0, 7)}): not commenting.`);
    return undefined;
}
/**
 * Refuses a report that names a file outside the repository (`../../x`, `/etc/x`): rflint never
 * writes one in the action, and its links and annotations would point elsewhere on github.com.
 */
function checkReportPaths(report, input, workingDirectory, workspace) {
    const paths = [...report.files.map((f) => f.path), ...(report.diagnostics ?? []).flatMap((d) => (d.file !== undefined ? [d.file] : []))];
    for (const path of paths) {
        const repoPath = toRepoPath(path, workingDirectory, workspace);
        if ((0,external_node_path_.isAbsolute)(path) || path.includes('\\') || path.includes('\0') || repoPath === '..' || repoPath.startsWith('../') || (0,external_node_path_.isAbsolute)(repoPath)) {
            throw new InputError(`Input '${input}': the report names a file outside the repository (${JSON.stringify((0,report_escape/* plainText */.wh)(path, report_escape/* PATH_LIMIT */.iV))}), which no rflint run in this action writes: not publishing it.`);
        }
    }
}
async function publishedReport(settings, event, api) {
    const { github: origin, base, ...report } = readReportFile(settings.fromReport);
    checkReportPaths(report, 'from-report', settings.workingDirectory, event.workspace);
    const pullRequest = await pullRequestFor(origin?.pullRequest, event, api);
    if (pullRequest === undefined)
        (0,log/* info */.p)('from-report: no pull request to comment on; writing the summary and the outputs only.');
    return {
        report,
        ...(base ? { base } : {}),
        notes: [],
        ...(pullRequest !== undefined ? { pullRequest } : {}),
        headSha: event.workflowRun?.headSha ?? origin?.headSha ?? event.sha,
        annotate: false,
        origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pullRequest !== undefined ? { pullRequest } : {}) },
    };
}

;// CONCATENATED MODULE: ./src/check/merge.ts

/** Reports that do not add up to one run: the message names the file or the shard. */
class MergeError extends Error {
    name = 'MergeError';
}
/**
 * Merges the reports of every shard of one run. With shards, all must have the same N and each K
 * must appear once; reports without a `shard` (disjoint folders checked apart) merge as they are.
 */
function mergeReports(reports) {
    if (reports.length === 0)
        throw new MergeError('no report to merge: give the JSON reports of the shards (rflint --shard K/N --format json)');
    checkShards(reports);
    const owner = new Map();
    const files = [];
    for (const { source, report } of reports) {
        for (const file of report.files) {
            const first = owner.get(file.path);
            if (first !== undefined)
                throw new MergeError(`${file.path} is in two reports, ${first} and ${source}: merge the reports of one run, each shard once`);
            owner.set(file.path, source);
            files.push(file);
        }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // Every shard reports the run's own diagnostics (the rules, a pattern that matched nothing): once each.
    const seen = new Set();
    const diagnostics = [];
    for (const d of reports.flatMap((r) => r.report.diagnostics ?? [])) {
        const key = JSON.stringify(d);
        if (!seen.has(key)) {
            seen.add(key);
            diagnostics.push(d);
        }
    }
    const ignored = reports.reduce((sum, r) => sum + (r.report.summary.ignored ?? 0), 0);
    const origins = new Set(reports.map((r) => JSON.stringify(r.report.github ?? null)));
    const github = origins.size === 1 ? reports[0].report.github : undefined;
    const bases = reports.map((r) => r.report.base);
    const base = bases.every((b) => b !== undefined) ? mergeReports(bases.map((b, i) => ({ source: `the base of ${reports[i].source}`, report: b }))) : undefined;
    return {
        version: 1,
        files,
        summary: summarize(files, diagnostics, ignored),
        diagnostics,
        ...(github ? { github } : {}),
        ...(base ? { base } : {}),
    };
}
function checkShards(reports) {
    const sharded = reports.filter((r) => r.report.shard);
    if (sharded.length === 0)
        return;
    if (sharded.length < reports.length) {
        const plain = reports.find((r) => !r.report.shard);
        throw new MergeError(`${plain.source} is not the report of a shard, but ${sharded[0].source} is (shard ${shardName(sharded[0])}): merge the reports of one sharded run`);
    }
    const count = sharded[0].report.shard.count;
    const other = sharded.find((r) => r.report.shard.count !== count);
    if (other)
        throw new MergeError(`${sharded[0].source} is shard ${shardName(sharded[0])} but ${other.source} is shard ${shardName(other)}: merge the reports of one run, all with the same N`);
    const byIndex = new Map();
    for (const r of sharded) {
        const index = r.report.shard.index;
        const first = byIndex.get(index);
        if (first !== undefined)
            throw new MergeError(`shard ${index}/${count} is given twice, ${first} and ${r.source}: give each shard's report once`);
        byIndex.set(index, r.source);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
        const names = missing.map((i) => `${i}/${count}`).join(', ');
        throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${names} missing: ${byIndex.size} of ${count} reports given (did a matrix job fail, or its artifact not download?)`);
    }
}
function shardName(r) {
    return `${r.report.shard.index}/${r.report.shard.count}`;
}

;// CONCATENATED MODULE: ./src/action/merge-reports.ts
/**
 * `merge-reports`: the last job of a sharded run. Reads the JSON reports the matrix jobs
 * (`shard: K/N`) uploaded, merges them into the report of one run, and publishes it as a normal
 * run would: one verdict, one comment, one summary, one badge.
 */





async function mergedReport(settings, event, api) {
    let merged;
    try {
        merged = mergeReports(await readReports(settings.mergeReports, settings.workingDirectory));
    }
    catch (err) {
        if (err instanceof ReportFileError || err instanceof MergeError)
            throw new InputError(`Input 'merge-reports': ${err.message}`);
        throw err;
    }
    const { github: origin, base, ...report } = merged;
    checkReportPaths(report, 'merge-reports', settings.workingDirectory, event.workspace);
    (0,log/* info */.p)(`merge-reports: ${report.files.length} file${report.files.length === 1 ? '' : 's'} from the shards' reports.`);
    const pullRequest = await pullRequestFor(origin?.pullRequest, event, api);
    return {
        report,
        ...(base ? { base } : {}),
        notes: [],
        ...(pullRequest !== undefined ? { pullRequest } : {}),
        headSha: event.workflowRun?.headSha ?? event.pullRequest?.headSha ?? origin?.headSha ?? event.sha,
        // Each shard annotated its own files.
        annotate: false,
        origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pullRequest !== undefined ? { pullRequest } : {}), ...(origin?.headSha ? { headSha: origin.headSha } : {}), ...(origin?.baseSha ? { baseSha: origin.baseSha } : {}) },
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/action/annotations.ts
/**
 * Annotations on the offending file and line. GitHub shows at most 10 annotations of each type
 * (error, warning) per step (docs.github.com/actions/reference/workflow-commands: "limited to
 * 10 … per step"), so the most important go first: errors, then failed thresholds, then
 * warnings; the rest go to the log, and the summary says how many.
 */



/** GitHub's limit per type and step. */
const GITHUB_ANNOTATION_LIMIT = 10;
/**
 * Ours: one slot of each type stays free for the step's own message, the verdict of
 * core.setFailed (an error annotation) or the one warning about a comment that could not be posted.
 */
const ANNOTATIONS_SHOWN_PER_TYPE = GITHUB_ANNOTATION_LIMIT - 1;
/**
 * Every annotation of a report, most important first. `toRepoPath` maps a report path to the
 * repository path GitHub needs; a run diagnostic whose `file` is `rulesSource` is about the
 * `rules` input, not a file, so it gets no file and says the line in its message.
 */
function planAnnotations(report, toRepoPath, rulesSource = 'rules') {
    const all = [];
    const at = (line, column) => ({ ...(line !== undefined ? { startLine: line } : {}), ...(column !== undefined ? { startColumn: column } : {}) });
    for (const d of report.diagnostics ?? []) {
        const file = d.file !== undefined && d.file !== rulesSource ? { file: toRepoPath(d.file) } : {};
        const where = d.file === rulesSource && d.line !== undefined ? ` (rules input, line ${d.line})` : '';
        all.push({ level: d.severity, rank: d.severity === 'error' ? 0 : 2, title: `rflint ${d.code}`, message: d.message + where, ...file, ...(d.file !== rulesSource ? at(d.line, d.column) : {}) });
    }
    for (const f of report.files) {
        const file = toRepoPath(f.path);
        for (const d of f.diagnostics) {
            all.push({ level: d.severity, rank: d.severity === 'error' ? 0 : 2, title: `rflint ${d.code}`, message: d.message, file, ...at(d.line, d.column) });
        }
        for (const o of f.outputs) {
            if (o.status !== 'fail')
                continue;
            const reasons = (o.failures ?? []).map((x) => x.message);
            all.push({ level: 'error', rank: 1, title: `rflint: output ${o.name} fails its threshold`, message: reasons.join('\n') || `output ${o.name} fails its threshold`, file, ...at(o.line, o.column) });
        }
    }
    // A stable sort keeps the report's order within a rank.
    return all.sort((a, b) => a.rank - b.rank);
}
/** Splits the plan into what GitHub will show (the first of each level, up to `limit`) and the rest. */
function selectShown(plan, limit = ANNOTATIONS_SHOWN_PER_TYPE) {
    const used = { error: 0, warning: 0 };
    const shown = [];
    const rest = [];
    for (const a of plan)
        (used[a.level]++ < limit ? shown : rest).push(a);
    return { shown, rest };
}
function emitAnnotations(plan) {
    const { shown, rest } = selectShown(plan);
    for (const a of shown) {
        const { level, message, rank: _rank, title, ...properties } = a;
        // @actions/core escapes what would end the command (%, CR, LF; `:` and `,` in properties);
        // bidi controls and length are ours (report/escape.ts).
        (level === 'error' ? core/* error */.z3 : core/* warning */.$e)((0,report_escape/* annotationText */.xr)(message), { ...properties, title: (0,report_escape/* plainText */.wh)(title, report_escape/* NAME_LIMIT */.Uo + 40) });
    }
    for (const a of rest) {
        const where = a.file === undefined ? '' : `${(0,report_escape/* plainText */.wh)(a.file, report_escape/* PATH_LIMIT */.iV)}${a.startLine !== undefined ? `:${a.startLine}${a.startColumn !== undefined ? `:${a.startColumn}` : ''}` : ''}: `;
        (0,log/* info */.p)(`${where}${a.level}: ${(0,report_escape/* plainText */.wh)(a.message, 1000)} [${(0,report_escape/* plainText */.wh)(a.title, report_escape/* NAME_LIMIT */.Uo + 40)}]`);
    }
    return {
        errorsNotShown: rest.filter((a) => a.level === 'error').length,
        warningsNotShown: rest.filter((a) => a.level === 'warning').length,
    };
}

// EXTERNAL MODULE: ./src/report/deltas.ts
var deltas = __webpack_require__(511);
;// CONCATENATED MODULE: ./src/action/comment.ts

/** The hidden first line that finds our comment again (one per working directory). */
function commentMarker(workingDirectoryName) {
    // `--` and `>` could close the HTML comment early; a folder name rarely has them, but never trust it.
    return `<!-- rflint:${workingDirectoryName.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`;
}
/**
 * The `comment` input's meaning. `changes`: post when there is something to say (a failure, an
 * error, a warning, an RF change against the base); `on-failure`: post when the step fails.
 * Both always update a comment that exists, so a fixed PR never keeps a stale red comment.
 */
function commentIntent(mode, report, base, fails) {
    const s = report.summary;
    switch (mode) {
        case 'never': return 'none';
        case 'always': return 'upsert';
        case 'on-failure': return fails ? 'upsert' : 'update-only';
        case 'changes': return s.failed > 0 || s.errors > 0 || s.warnings > 0 || (0,deltas/* hasRfChanges */.mY)(report, base) ? 'upsert' : 'update-only';
    }
}
/** Who posts with the workflow's GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Finds our comment (the marker, posted by us: the Actions bot or the token's own user, so a
 * comment by someone else that quotes the marker is never edited), then creates or updates it.
 * API errors propagate: the caller decides how loud.
 */
async function upsertComment(api, target, marker, body, intent) {
    if (intent === 'none')
        return { action: 'skipped' };
    const { owner, repo, issueNumber } = target;
    const isOurs = ownComments(api);
    // Every page: a busy PR has hundreds of comments, and missing ours would post a duplicate.
    let existing;
    for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, per_page: 100 })) {
        for (const c of page.data) {
            if (typeof c.body === 'string' && c.body.trimStart().startsWith(marker) && (await isOurs(c.user?.login))) {
                existing = c;
                break;
            }
        }
        if (existing)
            break;
    }
    if (existing) {
        const { data } = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: existing.id, body });
        return { action: 'updated', id: Number(data.id), url: data.html_url };
    }
    if (intent === 'update-only')
        return { action: 'skipped' };
    const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: Number(data.id), url: data.html_url };
}
/**
 * Whether a login is the token's: the Actions bot, or (with a personal token) the user `GET
 * /user` names. That request is made once, and only when a marked comment by someone else turns
 * up: an installation token cannot call it, and the common case needs no extra request.
 */
function ownComments(api) {
    let self;
    return async (login) => {
        if (login === undefined)
            return false;
        if (login === ACTIONS_BOT)
            return true;
        self ??= api.request('GET /user').then((r) => r.data.login, () => undefined);
        return (await self) === login;
    };
}
/** The one warning a read-only token (a fork's pull request) earns, with the way out. */
const FORK_WARNING = 'rflint could not comment on this pull request: the token is read-only (HTTP 403), as GitHub makes it for pull requests from forks. ' +
    'The verdict, the annotations and the job summary are unaffected. To get the comment, use the two-workflow pattern: this workflow uploads ' +
    "the JSON report (output 'report') as an artifact, and a second workflow on 'workflow_run' with 'pull-requests: write' downloads it and runs rflint with 'from-report'. See the README, 'Pull requests from forks'.";

;// CONCATENATED MODULE: ./src/action/html-report.ts
/**
 * The action's HTML report (input `html-report`, issue 14): the CLI's `--format html` page,
 * written beside the JSON report in RUNNER_TEMP for the workflow to upload as an artifact, and
 * the link to the run's artifacts that the job summary and the PR comment show.
 */


/** Writes the page next to the JSON report (`reportPath`); returns its path. */
async function writeHtmlReport(reportPath, report) {
    // Imported here: most runs write no page.
    const { renderHtml } = await __webpack_require__.e(/* import() */ 206).then(__webpack_require__.bind(__webpack_require__, 206));
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(reportPath), reportPath.replace(/^.*[\\/]/, '').replace(/\.json$/, '.html'));
    (0,external_node_fs_.writeFileSync)(path, renderHtml(report, report.base ? { baseName: 'base' } : {}));
    return path;
}
/** The run's artifacts section, where actions/upload-artifact puts the page; undefined outside a run. */
function artifactsUrl(event) {
    if (!event.runId || !event.owner || !event.repo)
        return undefined;
    return `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${encodeURIComponent(event.runId)}#artifacts`;
}
/** The note under the summary and the comment. */
function htmlReportNote(event) {
    const url = artifactsUrl(event);
    return url ? `The HTML report (each output's RF drawn on the input, growth charts, layer tables) is in [this run's artifacts](${url}).` : undefined;
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
/** The step's outputs (action.yml): counts, the smallest RF, a one-line summary, the report's path. */

/** `3 outputs in 2 files: 2 passed, 1 failed, 0 errors, 1 warning; smallest RF 7`. */
function summaryLine(report) {
    const s = report.summary;
    const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const rf = s.minRf === null ? '' : `; smallest RF ${s.minRf}`;
    return `rflint: ${n(s.outputs, 'output')} in ${n(s.files, 'file')}: ${s.passed} passed, ${s.failed} failed, ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}${rf}`;
}
function setOutputs(report, reportPath) {
    const s = report.summary;
    core/* setOutput */.uH('report', reportPath);
    core/* setOutput */.uH('passed', s.passed);
    core/* setOutput */.uH('failed', s.failed);
    core/* setOutput */.uH('errors', s.errors);
    core/* setOutput */.uH('warnings', s.warnings);
    core/* setOutput */.uH('min-rf', s.minRf ?? '');
    core/* setOutput */.uH('summary', summaryLine(report));
}

;// CONCATENATED MODULE: ./src/action/summary.ts
/**
 * The job summary: the same Markdown as the comment, on every event, so a push or a manual run
 * shows the report too.
 */

/**
 * GitHub's limit is 1 MiB per step ("Job summaries are limited to 1MiB", docs.github.com/actions/
 * reference/workflow-commands). Markdown lengths are UTF-16 units, at most 3 UTF-8 bytes each,
 * so this many units always fits.
 */
const SUMMARY_MAX_LENGTH = Math.floor((1024 * 1024 - 1024) / 3);
/** Appends the Markdown to the step's summary; false when the runner gives no summary file. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return false;
    await core/* summary */.z.addRaw(markdown, true).write();
    return true;
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * Everything the action shows: annotations, the job summary, the outputs and the PR comment.
 * A problem with the comment is a warning at most; it never hides the verdict.
 */











async function publish(outcome, settings, event, api, fails) {
    const { report, base } = outcome;
    const repoPath = (path) => toRepoPath(path, settings.workingDirectory, event.workspace);
    const notes = [...outcome.notes];
    if (outcome.annotate) {
        const { errorsNotShown, warningsNotShown } = emitAnnotations(planAnnotations(report, repoPath));
        const hidden = [errorsNotShown > 0 ? `${errorsNotShown} more errors` : '', warningsNotShown > 0 ? `${warningsNotShown} more warnings` : ''].filter(Boolean);
        if (hidden.length > 0)
            notes.push(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations of each kind per step: ${hidden.join(' and ')} are not annotated; they are in the log and in the tables below.`);
    }
    if (settings.htmlReport) {
        const note = htmlReportNote(event);
        if (note)
            notes.push(note);
    }
    const options = {
        ...(base ? { base } : {}),
        blobUrl: (path, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${outcome.headSha}/${encodePath(repoPath(path))}${line !== undefined ? `#L${line}` : ''}`,
        title: settings.workingDirectoryName === '.' ? 'rflint' : `rflint · ${(0,markdown/* escapeMarkdown */.FV)(settings.workingDirectoryName)}`,
        notes,
    };
    const summary = (0,markdown/* renderMarkdown */.Gc)(report, { ...options, maxLength: SUMMARY_MAX_LENGTH, truncatedHint: 'the full report is the JSON file of the step output `report`' });
    try {
        if (!(await writeSummary(summary)))
            (0,log/* info */.p)('No job summary file (GITHUB_STEP_SUMMARY): the report is in the annotations and the outputs only.');
    }
    catch (err) {
        core/* warning */.$e(`rflint could not write the job summary (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict is unaffected.`);
    }
    const reportPath = writeReportFile(event.runnerTemp, { ...report, github: outcome.origin, ...(base ? { base } : {}) });
    setOutputs(report, reportPath);
    if (settings.htmlReport) {
        const htmlPath = await writeHtmlReport(reportPath, { ...report, ...(base ? { base } : {}) });
        core/* setOutput */.uH('html-report', htmlPath);
        (0,log/* info */.p)(`HTML report: ${htmlPath} (upload it with actions/upload-artifact; see the README).`);
    }
    // Imported here: badge-maker is large, and most runs write no badge.
    if (settings.badge)
        (await Promise.all(/* import() */[__webpack_require__.e(833), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 2348))).writeBadgeFiles(settings.badge, report, [event.workspace, event.runnerTemp]);
    if (outcome.pullRequest === undefined)
        return;
    if (!api) {
        (0,log/* info */.p)("No 'github-token': no pull request comment.");
        return;
    }
    const marker = commentMarker(settings.workingDirectoryName);
    const body = (0,markdown/* renderMarkdown */.Gc)(report, { ...options, marker, truncatedHint: 'the full report is in the job summary of this check' });
    try {
        const intent = commentIntent(settings.comment, report, base, fails);
        const result = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: outcome.pullRequest }, marker, body, intent);
        (0,log/* info */.p)(result.action === 'skipped' ? `PR comment: nothing to post (comment: ${settings.comment}).` : `PR comment ${result.action}: ${result.url}`);
    }
    catch (err) {
        if ((0,http_status/* httpStatus */.n)(err) === 403)
            core/* warning */.$e(FORK_WARNING);
        else
            core/* warning */.$e(`rflint could not post the pull request comment (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict, the annotations and the job summary are unaffected.`);
    }
}

;// CONCATENATED MODULE: ./src/action/verdict.ts
/** `annotated`: this run annotated the files (a run that publishes an earlier or merged report did not). */
function failureReason(summary, failOn, annotated = true) {
    if (failOn === 'never')
        return undefined;
    const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const parts = [];
    if (summary.failed > 0)
        parts.push(`${n(summary.failed, 'output')} failed ${summary.failed === 1 ? 'its threshold' : 'their thresholds'}`);
    if (summary.errors > 0)
        parts.push(n(summary.errors, 'error'));
    if (failOn === 'warning' && summary.warnings > 0)
        parts.push(`${n(summary.warnings, 'warning')} (fail-on: warning)`);
    return parts.length === 0 ? undefined : `rflint: ${parts.join(', ')}; see ${annotated ? 'the annotations and ' : ''}the job summary.`;
}

;// CONCATENATED MODULE: ./src/action/main.ts
/** The action: read the settings, check (or read a report), publish, and give the verdict. */








/** `entry`: the script the runner started, which worker threads run too (check/pool.ts). */
async function main(entry) {
    try {
        const settings = getSettings();
        const event = readEvent();
        // Octokit is loaded only when there is a token to call GitHub with.
        const api = settings.token ? (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(339)]).then(__webpack_require__.bind(__webpack_require__, 6339))).createApi(settings.token) : undefined;
        const outcome = settings.fromReport ? await publishedReport(settings, event, api) : settings.mergeReports ? await mergedReport(settings, event, api) : await checkWorkspace(settings, event, api, entry);
        const reason = failureReason(outcome.report.summary, settings.failOn, outcome.annotate);
        await publish(outcome, settings, event, api, reason !== undefined);
        if (reason)
            core/* setFailed */.C1(reason);
    }
    catch (err) {
        // Our own bug or an environment problem: one line for the user, the stack for --debug.
        if (err instanceof Error && err.stack)
            core/* debug */.Yz(err.stack);
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        core/* setFailed */.C1(err instanceof InputError ? message : `rflint failed: ${message}`);
    }
}


/***/ }),

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ astProblem),
/* harmony export */   b: () => (/* binding */ flowTooDeep)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Guards against hostile or runaway files, checked before the expensive step each protects:
 * the text's flow nesting before parsing (the YAML composer recurses, so 10^5 `[` would take
 * seconds and then overflow), the document's aliases and depth before building plain data
 * (billion laughs), and the node count before expanding `repeat`.
 */

/** Offset of the first `[` or `{` deeper than `maxDepth`, skipping quoted text and comments. */
function flowTooDeep(text, maxDepth) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    quote = undefined;
            }
            continue;
        }
        const before = i === 0 ? '\n' : text[i - 1];
        if ((c === '"' || c === "'") && /[\s[{,:]/.test(before))
            quote = c;
        else if (c === '#' && /\s/.test(before)) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length : eol;
        }
        else if (c === '[' || c === '{') {
            if (++depth > maxDepth)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
/**
 * The first alias beyond `maxAliases`, the first node deeper than `maxDepth`, or the first alias
 * inside the very node its anchor names (`&b [x, *b]`: the plain data would contain itself, and
 * everything that walks it — the schema check, JSON — would recurse forever). Iterative.
 */
function astProblem(doc, maxAliases, maxDepth) {
    let aliases = 0;
    const stack = [{ node: doc.contents, depth: 1, up: undefined }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { node, depth } = frame;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            if (++aliases > maxAliases)
                return { kind: 'aliases', range: node.range ?? undefined };
            // At most maxAliases × maxDepth steps: an alias can only name an anchor set before it, so
            // a cycle always runs through one of the alias's own ancestors.
            const target = node.resolve(doc);
            for (let up = frame.up; up; up = up.up)
                if (up.node === target)
                    return { kind: 'cycle', range: node.range ?? undefined };
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (depth > maxDepth)
                return { kind: 'depth', range: node.range ?? undefined };
            // Pushed in reverse so nodes pop in document order: the error points at the first offender.
            const items = node.items;
            for (let i = items.length - 1; i >= 0; i--) {
                const item = items[i];
                stack.push({ node: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? item.value : item, depth: depth + 1, up: frame });
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 2858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   fl: () => (/* binding */ locator),
/* harmony export */   iV: () => (/* binding */ spans)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Source positions in a YAML or JSON text (JSON is YAML 1.2, so it parses the same): a path in
 * the parsed data (`layers/3/kernel`) → the node it came from, as 1-based line and column, so a
 * diagnostic points at the offending value, or at the key of an unknown key.
 */

function locator(doc, text) {
    const span = spans(text);
    const position = (range) => (range ? span(range[0], range[1]) : { line: 1, column: 1 });
    // Aliases are followed to their anchor: `*conv` points where the anchored layer is written.
    const resolve = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node);
    const walk = (path) => {
        let node = resolve(doc.contents);
        let parent = undefined;
        for (const segment of path) {
            // Sequences by index (O(1): a file may hold 10^5 layers), mappings by key.
            const child = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[Number(segment)] : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? pairOf(node.items, segment) : undefined;
            if (child === undefined)
                return { node, parent, found: false };
            parent = node;
            node = resolve((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(child) ? child.value : child);
        }
        return { node, parent, found: true };
    };
    const rangeOf = (node) => node?.range;
    return {
        at: (path) => position(rangeOf(walk(path).node)),
        key(path) {
            const { parent, found } = walk(path);
            const pair = found && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent) ? pairOf(parent.items, path[path.length - 1]) : undefined;
            return pair ? position(rangeOf(pair.key)) : this.at(path.slice(0, -1));
        },
        span,
    };
}
function pairOf(items, segment) {
    return items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === String(segment));
}
/**
 * Character offsets → 1-based positions, from the text alone (some failures come before a
 * document exists). Lines end at `\n`, so CRLF files count the same; a byte-order mark is not
 * a column (the parser's offsets count it, editors do not show it).
 */
function spans(text) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const point = (offset) => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        const skip = low === 0 ? bom : 0;
        return { line: low + 1, column: Math.max(1, offset - lineStarts[low] + 1 - skip) };
    };
    return (start, end) => {
        const from = point(start);
        if (end === undefined)
            return { line: from.line, column: from.column };
        const to = point(end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
}
/**
 * `layers[3].block[0].kernel`: how a person reads a path. `root` names the top (`rules` gives
 * `rules[0].min_rf`); without one the top is `the file`.
 */
function describePath(path, root = '') {
    let out = root;
    for (const segment of path)
        out += typeof segment === 'number' || /^\d+$/.test(segment) ? `[${segment}]` : `${out ? '.' : ''}${segment}`;
    return out || 'the file';
}


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ dataPath),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   mT: () => (/* binding */ schemaDiagnostics)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1017);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2858);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1728);



/** One diagnostic per offending location, in file order. */
function schemaDiagnostics(errors, data, locate, wording) {
    const live = mergeForbiddenKeys(dropMisspeltRequired(collapse(errors.filter((e) => e.keyword !== 'if'))));
    const seen = new Set();
    const out = [];
    for (const { e, keys } of live) {
        const path = dataPath(e.instancePath);
        const problem = {
            keyword: e.keyword,
            path,
            label: (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(path, wording.root),
            value: valueAt(data, path),
            params: e.params,
            schemaPath: e.schemaPath,
            parentSchema: e.parentSchema,
            message: e.message,
            keys,
        };
        const d = wording.special?.(problem) ?? common(problem, locate, wording);
        const key = `${d.line}:${d.column}:${d.message}`;
        if (!seen.has(key))
            out.push(d);
        seen.add(key);
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** `/layers/3/kernel` (ajv's JSON pointer) → `['layers', 3, 'kernel']`. */
function dataPath(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path)
        node = node !== null && typeof node === 'object' ? node[segment] : undefined;
    return node;
}
/** A value as a message quotes it: JSON, cut short. */
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
const TYPE_NAMES = {
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    null: 'empty',
};
function common(p, locate, wording) {
    const { codes } = wording;
    const { label, params } = p;
    const got = `got ${show(p.value)}`;
    const at = locate.at(p.path);
    const invalid = (message) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.invalidValue, `${label}: ${message}`, at);
    switch (p.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = knownKeys(p.parentSchema);
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, known) || (known.length > 0 ? `; expected ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .alternatives */ .Vo)(known)}` : '');
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.unknownKey, `${label}: unknown key \`${key}\`${hint}`, locate.key([...p.path, key]));
        }
        case 'required':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.missingKey, `${label}: missing \`${String(params.missingProperty)}\``, at);
        case 'false schema': {
            const one = p.keys.length === 1;
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.unknownKey, `${(0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(p.path.slice(0, -1), wording.root)}: ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .allOf */ .bn)(p.keys)} ${one ? 'is' : 'are'} not allowed here; remove ${one ? 'it' : 'them'}`, locate.key(p.path));
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            return invalid(`must be ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .alternatives */ .Vo)(allowed)}, ${got}${typeof p.value === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(p.value, allowed) : ''}`);
        }
        case 'const':
            return invalid(`must be ${show(params.allowedValue)}, ${got}`);
        case 'type':
            return invalid(`must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, ${got}`);
        case 'minimum':
            return invalid(`must be ≥ ${String(params.limit)}, ${got}`);
        case 'exclusiveMinimum':
            return invalid(`must be > ${String(params.limit)}, ${got}`);
        case 'maximum':
            return invalid(`must be ≤ ${String(params.limit)}, ${got}`);
        case 'exclusiveMaximum':
            return invalid(`must be < ${String(params.limit)}, ${got}`);
        case 'minItems':
        case 'maxItems': {
            const description = accepted(p.parentSchema);
            if (description)
                return invalid(`must be ${description}, ${got}`);
            const limit = Number(params.limit);
            const bound = p.keyword === 'minItems' ? 'at least' : 'at most';
            const last = p.path[p.path.length - 1];
            if (Array.isArray(p.value) && wording.perAxisKeys?.includes(String(last))) {
                return invalid(`must have ${bound} ${limit} value${limit === 1 ? '' : 's'} (one per axis), got ${p.value.length}`);
            }
            return invalid(`must have ${bound} ${limit} item${limit === 1 ? '' : 's'}, ${got}`);
        }
        case 'minLength':
            return invalid('must not be empty');
        default: {
            const description = accepted(p.parentSchema);
            return invalid(`${description ? `must be ${description}` : (p.message ?? 'is not valid')}, ${got}`);
        }
    }
}
/** The keys a mapping's schema knows, in the schema's order. */
function knownKeys(schema) {
    return Object.keys(schema?.properties ?? {});
}
/**
 * What a location accepts, as a noun phrase that reads after "must be": the description
 * without its title ("Kernel size: an integer ≥ 1, …" → "an integer ≥ 1, …"), else the types
 * of its branches ("an integer or a list of them"). Editor prose (a sentence: it ends with a
 * full stop) does not read well there, so it is skipped.
 */
function accepted(schema) {
    const description = schema?.description;
    if (typeof description === 'string') {
        const phrase = description.replace(/^[A-Z][\w /]*:\s+/, '');
        if (/^(a|an|one) /.test(phrase) && !phrase.endsWith('.'))
            return phrase;
    }
    return branchTypes(schema);
}
/** `oneOf: [{type: integer}, {type: array, items: {type: integer}}]` → "an integer or a list of them". */
function branchTypes(schema) {
    const branches = schema?.oneOf ?? schema?.anyOf;
    if (!branches)
        return undefined;
    const scalars = [];
    const names = [];
    for (const branch of branches) {
        if (typeof branch.type !== 'string')
            return undefined;
        const item = branch.items?.type;
        if (branch.type === 'array' && typeof item === 'string' && scalars.includes(item))
            names.push('a list of them');
        else
            names.push(TYPE_NAMES[branch.type] ?? branch.type);
        scalars.push(branch.type);
    }
    return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
/**
 * oneOf/anyOf: keep the errors of the one branch that fits the value, drop the others (and
 * the oneOf/anyOf itself); when none or several fit, keep only the oneOf/anyOf. Outer
 * alternatives first, so an inner one only sees the branch its owner kept.
 */
function collapse(errors) {
    const live = new Set(errors);
    const alternativesFirst = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
    for (const alt of alternativesFirst) {
        if (!live.has(alt))
            continue;
        const prefix = `${alt.schemaPath}/`;
        const branches = new Map();
        for (const e of live) {
            if (e === alt || !e.schemaPath.startsWith(prefix) || !within(e.instancePath, alt.instancePath))
                continue;
            const branch = e.schemaPath.slice(prefix.length).split('/')[0];
            branches.set(branch, [...(branches.get(branch) ?? []), e]);
        }
        // A branch "fits" unless it rejects the value's type at this very location.
        const fitting = [...branches.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
        const keep = fitting.length === 1 ? fitting[0] : [];
        for (const errs of branches.values())
            for (const e of errs)
                if (!keep.includes(e))
                    live.delete(e);
        if (keep.length > 0)
            live.delete(alt);
    }
    return errors.filter((e) => live.has(e));
}
function within(path, ancestor) {
    return path === ancestor || path.startsWith(`${ancestor}/`);
}
/** `layer:` for `layers:` is one mistake: keep "unknown key, did you mean", drop "missing `layers`". */
function dropMisspeltRequired(errors) {
    const meant = new Set();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        const match = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .pA)(String(e.params.additionalProperty), knownKeys(e.parentSchema));
        if (match !== undefined)
            meant.add(`${e.instancePath}/${match}`);
    }
    return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}/${String(e.params.missingProperty)}`)));
}
/** Forbidden keys (`false` schemas) of one mapping: one problem naming them all, at the first. */
function mergeForbiddenKeys(errors) {
    const byMapping = new Map();
    const out = [];
    for (const e of errors) {
        const cut = e.instancePath.lastIndexOf('/');
        const key = dataPath(e.instancePath).at(-1);
        if (e.keyword !== 'false schema' || key === undefined) {
            out.push({ e, keys: [] });
            continue;
        }
        const mapping = e.instancePath.slice(0, cut);
        const keys = byMapping.get(mapping);
        if (keys)
            keys.push(String(key));
        else {
            const first = [String(key)];
            byMapping.set(mapping, first);
            out.push({ e, keys: first });
        }
    }
    return out;
}


/***/ }),

/***/ 1728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s2: () => (/* binding */ chartSeries),
/* harmony export */   wh: () => (/* binding */ renderMermaidChart)
/* harmony export */ });
/* unused harmony exports MAX_POINTS, renderSvgChart */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6412);

/** xychart-beta draws every category label: beyond a few dozen they overlap. */
const MAX_POINTS = 40;
/** The series of an output with an explain table, or undefined (global, no table). */
function chartSeries(output, base) {
    const rows = output.explain;
    if (!rows || rows.length === 0)
        return undefined;
    const picked = sample(rows);
    const rfOf = (row) => Math.min(...row.rf);
    const t = output.thresholds.min_rf;
    const threshold = t === undefined ? undefined : typeof t === 'number' ? t : Math.max(...t);
    let baseLine;
    if (base?.explain && base.explain.length > 0) {
        const byLayer = new Map(base.explain.map((r) => [r.layer, rfOf(r)]));
        let last = rfOf(base.explain[0]);
        baseLine = picked.map((r) => (last = byLayer.get(r.layer) ?? last));
        // The base's own final RF at the output, whatever its path's names.
        baseLine[baseLine.length - 1] = rfOf(base.explain[base.explain.length - 1]);
        if (baseLine.every((v, i) => v === rfOf(picked[i])))
            baseLine = undefined;
    }
    return {
        title: `RF growth: ${output.name}`,
        labels: picked.map((r) => shortName(r.layer)),
        rf: picked.map(rfOf),
        ...(threshold !== undefined ? { threshold } : {}),
        ...(baseLine ? { base: baseLine } : {}),
    };
}
/** Rows that grow the RF or change the jump, sampled evenly to MAX_POINTS (first and last kept). */
function sample(rows) {
    const meaningful = rows.filter((r, i) => i === 0 || i === rows.length - 1 || r.share.some((s) => s !== 0) || (r.stride ?? []).some((s) => s !== 1) || r.op.startsWith('resize'));
    if (meaningful.length <= MAX_POINTS)
        return meaningful;
    const out = [];
    for (let i = 0; i < MAX_POINTS; i++)
        out.push(meaningful[Math.round((i * (meaningful.length - 1)) / (MAX_POINTS - 1))]);
    return out;
}
/** `layer4.0.units.1.conv2` → `layer4.0.units.1.conv2` clipped to its last 24 characters. */
function shortName(name) {
    return name.length <= 24 ? name : '…' + name.slice(-23);
}

/** The `xychart-beta` block (without the fence), and a one-line legend to print under it. */
function renderMermaidChart(series) {
    const values = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
    const top = niceTop(Math.max(...values));
    const lines = [
        'xychart-beta',
        `    title ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidLabel */ ._b)(series.title)}`,
        `    x-axis [${series.labels.map((label) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidLabel */ ._b)(label)).join(', ')}]`,
        `    y-axis ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidLabel */ ._b)('RF (input pixels)')} 0 --> ${top}`,
        `    line [${series.rf.join(', ')}]`,
    ];
    const legend = ['1st line: RF after each layer'];
    if (series.threshold !== undefined) {
        lines.push(`    line [${series.rf.map(() => series.threshold).join(', ')}]`);
        legend.push(`${legend.length === 1 ? '2nd' : '3rd'} line: min_rf ${series.threshold}`);
    }
    if (series.base) {
        lines.push(`    line [${series.base.join(', ')}]`);
        legend.push(`${legend.length === 1 ? '2nd' : '3rd'} line: the base branch`);
    }
    return { chart: lines.join('\n'), legend: legend.join(' · ') };
}
/** A round upper bound for the y axis: 1, 2 or 5 × 10^n above the maximum. */
function niceTop(max) {
    if (max <= 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(max));
    for (const m of [1, 2, 5, 10])
        if (m * p >= max * 1.05)
            return m * p;
    return 10 * p;
}
/** Labels and titles in the SVG: XML-escaped, controls visible (report/escape.ts). */
function xml(text) {
    return xmlText(text, 200);
}
/** A standalone SVG of the chart: axes, ticks, the RF line, the threshold and the base dashed. */
function renderSvgChart(series) {
    const W = 760;
    const H = 400;
    const left = 60;
    const right = 20;
    const top = 40;
    const bottom = 130;
    const plotW = W - left - right;
    const plotH = H - top - bottom;
    const values = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
    const yMax = niceTop(Math.max(...values));
    const n = series.rf.length;
    const x = (i) => left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
    const y = (v) => top + plotH - (v / yMax) * plotH;
    const fmt = (v) => String(Math.round(v * 10) / 10);
    const points = (vs) => vs.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`).join(' ');
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
        `<title>${xml(series.title)}</title>`,
        `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
        `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15">${xml(series.title)}</text>`,
    ];
    for (let t = 0; t <= 5; t++) {
        const v = (yMax * t) / 5;
        parts.push(`<line x1="${left}" x2="${W - right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e5e5e5"/>`);
        parts.push(`<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${fmt(v)}</text>`);
    }
    parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`);
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`);
    parts.push(`<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">RF (input pixels)</text>`);
    series.labels.forEach((label, i) => {
        const lx = fmt(x(i));
        const ly = top + plotH + 10;
        parts.push(`<text x="${lx}" y="${ly}" transform="rotate(-50 ${lx} ${ly})" text-anchor="end">${xml(label)}</text>`);
    });
    if (series.threshold !== undefined) {
        const ty = fmt(y(series.threshold));
        parts.push(`<line x1="${left}" x2="${W - right}" y1="${ty}" y2="${ty}" stroke="#d73a49" stroke-dasharray="6 4"/>`);
        parts.push(`<text x="${W - right}" y="${fmt(y(series.threshold) - 4)}" text-anchor="end" fill="#d73a49">min_rf ${series.threshold}</text>`);
    }
    if (series.base)
        parts.push(`<polyline points="${points(series.base)}" fill="none" stroke="#8a8a8a" stroke-width="2" stroke-dasharray="3 3"/>`);
    parts.push(`<polyline points="${points(series.rf)}" fill="none" stroke="#0366d6" stroke-width="2"/>`);
    series.rf.forEach((v, i) => parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="2.5" fill="#0366d6"><title>${xml(`${series.labels[i]}: RF ${v}`)}</title></circle>`));
    const legend = [`<tspan fill="#0366d6">— RF after each layer</tspan>`];
    if (series.threshold !== undefined)
        legend.push(`<tspan fill="#d73a49">- - min_rf</tspan>`);
    if (series.base)
        legend.push(`<tspan fill="#8a8a8a">··· base</tspan>`);
    parts.push(`<text x="${left}" y="${H - 8}">${legend.join('<tspan>   </tspan>')}</text>`);
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ changesHeadline),
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   UW: () => (/* binding */ rfText),
/* harmony export */   Wb: () => (/* binding */ outputDelta),
/* harmony export */   mY: () => (/* binding */ hasRfChanges)
/* harmony export */ });
/** `427`, `427×400`, `global`, `—`. */
function rfText(o) {
    if (o.global)
        return 'global';
    return o.rf === null ? '—' : o.rf.join('×');
}
function signed(d) {
    return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}
function outputDelta(output, file, base) {
    const before = base.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
    if (before === undefined)
        return { kind: 'new' };
    if (before.global !== output.global)
        return { kind: 'changed', text: output.global ? `now global (was ${rfText(before)})` : 'was global' };
    if (before.rf === null || output.rf === null)
        return { kind: 'same' };
    if (before.rf.length !== output.rf.length)
        return { kind: 'changed', text: `was ${rfText(before)}` };
    const diffs = output.rf.map((rf, i) => rf - (before.rf?.[i] ?? rf));
    if (diffs.every((d) => d === 0))
        return { kind: 'same' };
    return { kind: 'changed', text: diffs.map(signed).join(' × ') };
}
/** Whether any output's RF differs from the base's (a reason to comment in `changes` mode). */
function hasRfChanges(report, base) {
    if (base === undefined)
        return false;
    return report.files.some((file) => file.outputs.some((o) => outputDelta(o, file, base).kind === 'changed'));
}
/** Every output that changed, appeared or disappeared, in the head's file order. */
function changes(report, base) {
    const out = [];
    for (const file of report.files) {
        const before = base.files.find((f) => f.path === file.path);
        for (const o of file.outputs) {
            const old = before?.outputs.find((b) => b.name === o.name);
            if (!old)
                out.push({ path: file.path, output: o.name, kind: 'new', text: `new (RF ${rfText(o)})` });
            else if (outputDelta(o, file, base).kind === 'changed') {
                const diff = o.rf && old.rf && o.rf.length === old.rf.length && !o.global && !old.global ? ` (${o.rf.map((rf, i) => signed(rf - old.rf[i])).join(' × ')})` : '';
                out.push({ path: file.path, output: o.name, kind: 'changed', text: `RF ${rfText(old)} → ${rfText(o)}${diff}` });
            }
        }
        for (const old of before?.outputs ?? []) {
            if (!file.outputs.some((o) => o.name === old.name))
                out.push({ path: file.path, output: old.name, kind: 'removed', text: `removed (was RF ${rfText(old)})` });
        }
    }
    return out;
}
/** `2 outputs changed, 1 new, 1 removed against main`, or `no RF changes against main`. */
function changesHeadline(list, against) {
    const count = (kind) => list.filter((c) => c.kind === kind).length;
    const parts = [count('changed') ? `${count('changed')} output${count('changed') === 1 ? '' : 's'} changed` : '', count('new') ? `${count('new')} new` : '', count('removed') ? `${count('removed')} removed` : ''].filter(Boolean);
    return parts.length === 0 ? `no RF changes against ${against}` : `${parts.join(', ')} against ${against}`;
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   OG: () => (/* binding */ logLines),
/* harmony export */   Uo: () => (/* binding */ NAME_LIMIT),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   iV: () => (/* binding */ PATH_LIMIT),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* unused harmony exports MESSAGE_LIMIT, codePoint, clip, visibleControls, markdownCode, htmlText, htmlAttribute, xmlText, MERMAID_LABEL_LIMIT, sarifText */
/**
 * Untrusted text made inert, one function per target syntax. Everything a model file holds
 * (paths, model, layer and output names, messages that quote them) is written by whoever opened
 * the pull request: it must not inject Markdown, HTML, Mermaid, XML or workflow commands, break a
 * table, mention people, hide itself behind bidi controls (Trojan Source, CVE-2021-42574) or
 * flood a page. Every renderer escapes through here, so there is one place to get it right.
 *
 * Common to all targets: text longer than its limit is clipped with an ellipsis (counted in code
 * points, so a surrogate pair is never split), and invisible controls (C0/C1, bidi embeddings,
 * overrides and isolates, directional marks, the BOM) become visible as `<U+202E>`.
 */
/** A model, layer or output name shown in a table, a title or a log line. */
const NAME_LIMIT = 120;
/** A path shown in a heading or a log line. */
const PATH_LIMIT = 200;
/** A diagnostic message (it quotes names, so it is untrusted too). */
const MESSAGE_LIMIT = 1000;
// Bidi embeddings, overrides and isolates, the directional marks and the Arabic letter mark: what
// Trojan Source uses to make text read differently from how it is stored. Plus the BOM and C1.
const BIDI_AND_INVISIBLE = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u0080-\\u009F';
/** Every control but tab and the line breaks, which each target treats its own way. */
const CONTROLS = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F${BIDI_AND_INVISIBLE}]`, 'g');
/** The same with the line breaks (CR, LF, NEL is in C1 above, LS, PS) and tab: for one-line targets. */
const CONTROLS_AND_BREAKS = new RegExp(`[\\u0000-\\u001F\\u007F\\u2028\\u2029${BIDI_AND_INVISIBLE}]`, 'g');
/** `<U+202E>`: a control as text a reader can see. */
function codePoint(c) {
    return `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}
/** At most `max` code points, the last one an ellipsis when clipped. */
function clip(text, max) {
    if (text.length <= max)
        return text; // UTF-16 length ≥ code points: nothing to count.
    const points = [...text];
    return points.length <= max ? text : points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/** Controls made visible; line breaks kept (annotation messages, SARIF texts may span lines). */
function visibleControls(text) {
    return text.replace(CONTROLS, codePoint);
}
/** One line of plain text (the terminal, a log line, a badge): every control and break visible. */
function plainText(text, max = NAME_LIMIT) {
    return clip(text, max).replace(CONTROLS_AND_BREAKS, codePoint);
}
// ---------------------------------------------------------------------------------------------
// Markdown (GitHub-flavoured: the PR comment and the job summary)
const ZWJ = '\u200D';
// One pass, so the escapes of one kind are never re-escaped by another.
const MARKDOWN_SPECIAL = new RegExp([
    '\\r\\n|[\\r\\n\\u2028\\u2029]', // a newline ends a table row or a paragraph
    `[\\u0000-\\u0008\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F${BIDI_AND_INVISIBLE}]`,
    '\\bwww\\.', // autolinks
    '[&<>"|]', // HTML and table cells
    '[\\\\`*_[\\]()!~+\\-.]', // Markdown punctuation
    '[@#]', // mentions, issue references
    ':(?=\\/\\/)', // autolinks
].join('|'), 'gi');
const ONE_CONTROL = new RegExp(`^[\\u0000-\\u001F\\u007F${BIDI_AND_INVISIBLE}]$`);
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };
/**
 * Untrusted text as inert Markdown, for a line or a table cell alike: newlines become spaces (a
 * newline ends a table row), HTML specials and `|` become entities, Markdown punctuation is
 * backslash-escaped, controls become a visible `<U+202E>`, and a zero-width joiner after `@`/`#`
 * and inside `://`/`www.` stops mentions, issue references and autolinks.
 */
function markdownText(text, max = NAME_LIMIT) {
    return clip(text, max).replace(MARKDOWN_SPECIAL, (c) => {
        if (c.length === 4)
            return c.slice(0, 3) + ZWJ + '\\.'; // `www.`
        if (/^(\r\n|[\r\n\u2028\u2029])$/.test(c))
            return ' ';
        if (c === '\t')
            return ' ';
        if (ONE_CONTROL.test(c))
            return '&lt;' + codePoint(c).slice(1, -1) + '&gt;';
        const entity = ENTITY[c];
        if (entity !== undefined)
            return entity;
        if (c === '@' || c === '#')
            return c + ZWJ;
        if (c === ':')
            return ':' + ZWJ;
        return '\\' + c;
    });
}
/**
 * Untrusted text shown as code: an HTML `<code>` element around Markdown-escaped text, so no
 * backtick in the text can close it (a Markdown code span would need a longer fence).
 */
function markdownCode(text, max = NAME_LIMIT) {
    return `<code>${markdownText(text, max)}</code>`;
}
/** A URL our code built that may hold parts of an untrusted path: kept one link destination. */
function markdownUrl(url) {
    return url.replace(/[\s()<>"'\\`[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
// ---------------------------------------------------------------------------------------------
// HTML and XML (the HTML report, the SVG chart)
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Untrusted text as HTML element content or a quoted attribute value (both quotes escaped). */
function htmlText(text, max = NAME_LIMIT) {
    return plainText(text, max).replace(/[&<>"']/g, (c) => HTML[c]);
}
/** An HTML attribute value (always write it between double quotes): the same escapes as text. */
const htmlAttribute = (/* unused pure expression or super */ null && (htmlText));
/** Untrusted text as XML character data or an attribute value (SVG): valid XML 1.0, inert. */
function xmlText(text, max = NAME_LIMIT) {
    // plainText leaves no character XML 1.0 forbids but U+FFFE/U+FFFF, which are dropped.
    return plainText(text, max).replace(/[\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML[c]));
}
// ---------------------------------------------------------------------------------------------
// Mermaid (the growth chart inside a ```mermaid fence)
/** A Mermaid label is shorter: the chart draws it on an axis. */
const MERMAID_LABEL_LIMIT = 60;
/**
 * A Mermaid string literal: xychart-beta has no escape for `"`, and the chart must not leave its
 * code fence (a backtick) nor start a directive (`%%`), so only a safe set of characters is kept;
 * the others, controls included, become `_`.
 */
function mermaidLabel(text, max = MERMAID_LABEL_LIMIT) {
    return `"${[...clip(text, max)].map((c) => (/[\p{L}\p{N} ._:/+\-…()]/u.test(c) && !/\p{Cf}/u.test(c) ? c : '_')).join('')}"`;
}
// ---------------------------------------------------------------------------------------------
// SARIF (code scanning) and workflow commands (the Actions log)
/**
 * A SARIF `message.text`: plain text in which `[text](n)` is an embedded link (SARIF 2.1.0
 * §3.11.6), so a literal bracket is escaped with a backslash, as the spec says; controls visible.
 */
function sarifText(text, max = MESSAGE_LIMIT) {
    return visibleControls(clip(text, max)).replace(/[\\[\]]/g, (c) => '\\' + c);
}
/**
 * Text for an annotation (core.error/warning): @actions/core already escapes `%`, CR and LF in
 * the message and `:`/`,` in the properties (node_modules/@actions/core/lib/command.js), so no
 * property or command can be injected there. What it leaves: bidi controls, which would make the
 * annotation read differently, and length.
 */
function annotationText(text, max = MESSAGE_LIMIT) {
    return visibleControls(clip(text, max));
}
/**
 * Lines for the log (core.info, the CLI on a runner). The runner reads a line whose trimmed text
 * starts with `::` as a command (`::add-mask::`, `::stop-commands::`, `::error::`) and `##[`
 * anywhere as an old-style one (actions/runner, ActionCommandManager): a zero-width space between
 * the two characters makes them text. Lines are split and checked one by one, so a newline in
 * untrusted text cannot start a command either; fields should still be escaped with plainText.
 */
function logLines(text) {
    return text
        .split(/\r\n|[\r\n]/)
        .map((line) => line.replace(/^(\s*):(?=:)/u, '$1:\u200B').replace(/#(?=#\[)/g, '#\u200B'))
        .join('\n');
}


/***/ }),

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ outputInsights),
/* harmony export */   GS: () => (/* binding */ isNeutral),
/* harmony export */   XN: () => (/* binding */ explainCells)
/* harmony export */ });
/* unused harmony exports renderExplainText, renderExplainMarkdown */
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);



const HEADER = ['layer', 'op', 'k', 's', 'd', 'J before', 'RF after', 'inverse', 'share', 'note'];
/** One value per axis, or one for all when they agree. */
function axes(values) {
    if (!values || values.length === 0)
        return '';
    const shown = values.map((v) => (v === null ? '?' : typeof v === 'number' ? formatNumber(v) : v));
    return shown.every((v) => v === shown[0]) ? shown[0] : shown.join('×');
}
/** Integers as they are; fractions (a jump after upsampling) to 4 significant digits. */
function formatNumber(v) {
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}
function percent(share) {
    return axes(share.map((s) => `${Math.round(s * 1000) / 10}%`));
}
/** What a reader needs beside the numbers: merges (and which inputs reach each end) and periods. */
function note(row) {
    const parts = [];
    if (row.merge) {
        const short = (name) => relative(name, row.layer);
        const { inputs, followed, lo, hi } = row.merge;
        const ends = lo.length === 1 && hi.length === 1 && lo[0] === hi[0]
            ? `both ends via ${short(lo[0])}`
            : `left end via ${lo.map(short).join(', ') || '—'}, right end via ${hi.map(short).join(', ') || '—'}`;
        parts.push(`merge of ${inputs.map(short).join(' + ')}: ${ends}${lo.includes(followed) && hi.includes(followed) ? '' : `; follows ${short(followed)}`}`);
    }
    if (row.period)
        parts.push(`RF repeats every ${axes(row.period)} positions (largest shown)`);
    return parts.join('; ');
}
/** `layer1.0.down.0.conv3` beside `layer1.0.down.0.add` is `conv3`: names inside the same block. */
function relative(name, beside) {
    const scope = beside.slice(0, beside.lastIndexOf('.') + 1);
    return scope && name.startsWith(scope) ? name.slice(scope.length) : name;
}
/** A row that changes nothing a reader looks for: a 1×1 stride-1 layer or a pointwise op. */
function isNeutral(row) {
    if (row.merge || row.period || row.op === 'input')
        return false;
    return row.share.every((s) => s === 0) && (row.stride ?? [1]).every((s) => s === 1) && !row.op.startsWith('resize') && row.op !== 'depth_to_space';
}
/** The cells of one row, in HEADER order. */
function explainCells(row) {
    return [row.layer, row.op, axes(row.kernel), axes(row.stride), axes(row.dilation), axes(row.jump), axes(row.rf), axes(row.inverse), percent(row.share), note(row)];
}
/** The table as aligned text, with a title line for the output. */
function renderExplainText(path, output) {
    const title = `${plainText(path, PATH_LIMIT)}: ${plainText(output.name)}${output.rf ? ` — RF ${axes(output.rf)}` : ''}${output.erf ? `, effective RF (95%) ${axes(output.erf.width95)}, σ ${axes(output.erf.sigma.map((s) => Math.round(s * 10) / 10))}` : ''}`;
    if (!output.explain) {
        const why = output.global ? 'the output is global: it sees the whole input' : 'the output has no RF (see the errors)';
        return logLines(`${title}\n  no table: ${why}\n`);
    }
    // Layer names and notes come from the model file: one visible line each, clipped.
    const rows = output.explain.map((row) => explainCells(row).map((cell, c) => plainText(cell, c === HEADER.length - 1 ? MESSAGE_LIMIT : NAME_LIMIT)));
    const widths = HEADER.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]].length)));
    const line = (cells) => cells
        .map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - [...cell].length)))
        .join('  ')
        .trimEnd();
    const legend = [
        "J before: input pixels per step of the layer's input. RF after: the exact RF of its output",
        '(r_n = r_{n−1} + d·(k − 1)·J_{n−1} on a chain). inverse: the span of its input that one output',
        'position reads along this path, from the output back (RF ← (RF − 1)·s + d·(k − 1) + 1).',
        'share: how much the layer grew the RF, over the final RF.',
    ];
    return logLines([title, ...[HEADER, ...rows].map((r) => `  ${line(r)}`), ...legend.map((l) => `  ${l}`)].join('\n') + '\n');
}
/**
 * The table as Markdown inside `<details>`, for the PR comment. The layers that cause a change
 * against the base are bold and marked ◀: those whose own geometry (op, k, s, d) differs from
 * the base's layer of the same name, and those the base has not; layers the base had and the
 * path lost are listed under the table. (Jumps, RFs and shares downstream of a change differ
 * too, but follow from it.)
 */
function renderExplainMarkdown(output, base) {
    if (!output.explain)
        return [];
    const own = (r) => explainCells(r).slice(1, 5).join('|');
    const before = new Map((base?.explain ?? []).map((r) => [r.layer, own(r)]));
    const lines = [`<details><summary>How <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(output.name, 80)}</code> gets its RF, layer by layer</summary>`, ''];
    lines.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
    const shownRows = output.explain.filter((row, i) => i === output.explain.length - 1 || !isNeutral(row));
    for (const row of shownRows) {
        const cells = explainCells(row);
        const was = before.get(row.layer);
        const mark = base?.explain === undefined ? '' : was === undefined ? 'new' : was !== own(row) ? 'changed' : '';
        const shown = cells.map((c, i) => (i === 0 || i === cells.length - 1 ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c, i === 0 ? 80 : 200) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c, 40)));
        lines.push(`| ${shown.map((c, i) => (mark && c && i < shown.length - 1 ? `**${c}**` : c)).join(' | ')}${mark ? ` ◀ ${mark}` : ''} |`);
    }
    const kept = new Set(output.explain.map((r) => r.layer));
    const lost = (base?.explain ?? []).filter((r) => !kept.has(r.layer) && !isNeutral(r)).map((r) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(r.layer, 80)}</code>`);
    if (lost.length > 0)
        lines.push('', `Not on the path any more (the base had them): ${lost.join(', ')}`);
    const left = output.explain.length - shownRows.length;
    if (left > 0)
        lines.push('', `<sub>${left} layer${left === 1 ? '' : 's'} that change nothing (1×1 stride-1 convs, pointwise ops) left out; \`rflint explain\` shows every one.</sub>`);
    lines.push('', '</details>');
    return lines;
}
/**
 * What the PR comment adds under a file's table for each output that failed or whose RF changed
 * against the base: the growth chart (Mermaid) and the collapsed layer-by-layer table.
 */
function outputInsights(file, base) {
    const lines = [];
    for (const output of file.outputs) {
        if (!output.explain)
            continue;
        const changed = base !== undefined && (0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .outputDelta */ .Wb)(output, file, base).kind === 'changed';
        if (output.status !== 'fail' && !changed)
            continue;
        const before = base?.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
        lines.push('', `#### <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(output.name, 80)}</code>: ${output.status === 'fail' ? 'failed' : 'changed'}`);
        const series = (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .chartSeries */ .s2)(output, before);
        if (series) {
            const { chart, legend } = (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMermaidChart */ .wh)(series);
            lines.push('', '```mermaid', ...chart.split('\n'), '```', `<sub>${legend}</sub>`);
        }
        lines.push('', ...renderExplainMarkdown(output, before));
    }
    return lines;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   sp: () => (/* binding */ thresholdCell)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT */
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7389);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);




/** GitHub rejects a comment body longer than this (the REST API says "maximum is 65536 characters"). */
const COMMENT_LIMIT = 65_536;
/**
 * Untrusted text as inert Markdown for a table cell or a line (report/escape.ts, where every
 * target's escaping lives); kept under this name for the modules that import it from here.
 */
function escapeMarkdown(text, maxChars = 300) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(text, maxChars);
}
function axes(values) {
    return values.map((v) => (v === null ? '?' : String(v))).join(' × ');
}
function rfCell(o) {
    if (o.global)
        return o.globalBy ? `global (by <code>${escapeMarkdown(o.globalBy.node, 80)}</code>${o.globalBy.reason ? `, ${escapeMarkdown(o.globalBy.reason, 60)}` : ''})` : 'global';
    if (o.rf === null)
        return '—';
    return axes(o.rf.map((rf, i) => {
        const min = o.rfMin?.[i];
        return min !== undefined && min !== rf ? `${min}–${rf}` : rf;
    }));
}
/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o) {
    if (!o.erf)
        return '—';
    return `${axes(o.erf.width95)} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
}
function strideCell(o) {
    if (o.strideExact)
        return axes(o.strideExact);
    return o.stride === null ? '—' : axes(o.stride.map((s) => Number(s.toPrecision(6))));
}
function scalarOrAxes(v) {
    return typeof v === 'number' ? String(v) : axes(v);
}
/** The thresholds in words (`RF ≥ 400, coverage ≥ 25%`): the Markdown table's cell and the HTML page's. */
function thresholdCell(t) {
    const parts = [];
    if (t.min_rf !== undefined)
        parts.push(`RF ≥ ${scalarOrAxes(t.min_rf)}`);
    if (t.max_rf !== undefined)
        parts.push(`RF ≤ ${scalarOrAxes(t.max_rf)}`);
    if (t.min_coverage !== undefined)
        parts.push(`coverage ≥ ${Math.round(t.min_coverage * 1000) / 10}%`);
    if (t.min_erf !== undefined)
        parts.push(`ERF ≥ ${scalarOrAxes(t.min_erf)}`);
    return parts.length === 0 ? '—' : parts.join(', ');
}
function verdictCell(o) {
    switch (o.status) {
        case 'pass': return '✅ pass';
        case 'unchecked': return '⚪ no threshold';
        case 'error': return '⚠️ error';
        case 'fail': {
            const why = (o.failures ?? []).map((f) => escapeMarkdown(f.message, 200)).join('; ');
            return why ? `❌ fail: ${why}` : '❌ fail';
        }
    }
}
/** `**Against the base**: 1 output changed, 1 removed — `a.onnx` layer4 RF 483 → 427 (−56); …` */
function changesLine(list, against) {
    const shown = list.slice(0, 10).map((c) => `<code>${escapeMarkdown(c.path, 120)}</code> ${escapeMarkdown(c.output, 80)}: ${escapeMarkdown(c.text, 80)}`);
    const more = list.length > shown.length ? `; and ${list.length - shown.length} more` : '';
    const headline = (0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .changesHeadline */ .Ae)(list, against);
    return `**${escapeMarkdown(headline.charAt(0).toUpperCase() + headline.slice(1), 200)}**${shown.length ? `: ${shown.join('; ')}${more}` : ''}`;
}
function deltaCell(delta) {
    return delta.kind === 'new' ? 'new' : delta.kind === 'same' ? '=' : delta.text;
}
function isTroubled(f) {
    return f.diagnostics.length > 0 || f.outputs.some((o) => o.status === 'fail' || o.status === 'error');
}
function headline(report) {
    const s = report.summary;
    if (s.files === 0)
        return '⚪ No model files were checked.';
    if (s.errors > 0 || s.failed > 0) {
        const parts = [s.failed > 0 ? `${s.failed} of ${s.outputs} output${s.outputs === 1 ? '' : 's'} failed` : '', s.errors > 0 ? `${s.errors} error${s.errors === 1 ? '' : 's'}` : ''];
        return `❌ ${parts.filter(Boolean).join(', ')}`;
    }
    if (s.passed === 0 && s.outputs > 0)
        return `⚪ ${s.outputs} output${s.outputs === 1 ? '' : 's'} without a threshold`;
    return `✅ ${s.passed} of ${s.outputs} output${s.outputs === 1 ? '' : 's'} passed`;
}
function countsLine(report) {
    const s = report.summary;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const rf = s.minRf === null ? '' : ` · smallest RF ${s.minRf}`;
    return `${plural(s.files, 'file')} · ${plural(s.outputs, 'output')}: ${s.passed} passed, ${s.failed} failed · ${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')}${s.ignored ? ` (${s.ignored} ignored)` : ''}${rf}`;
}
function diagnosticLine(d, place) {
    return `- ${d.severity === 'error' ? '❌' : '⚠️'} ${place}${escapeMarkdown(d.message, 1000)} (${escapeMarkdown(d.code, 20)})`;
}
/** Problems of the run rather than of one model file: the rules, a pattern that matched nothing. */
function runLines(diagnostics) {
    if (diagnostics.length === 0)
        return [];
    return ['', '### Rules and discovery', '', ...diagnostics.map((d) => {
            const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
            return diagnosticLine(d, where ? `${escapeMarkdown(where, 200)}: ` : '');
        })];
}
function fileLines(file, options) {
    const path = escapeMarkdown(file.path, 200);
    const title = file.name && file.name !== file.path ? ` — ${escapeMarkdown(file.name, 120)}` : '';
    const link = options.blobUrl ? `[<code>${path}</code>](${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(options.blobUrl(file.path))})` : `<code>${path}</code>`;
    const failing = file.diagnostics.some((d) => d.severity === 'error') || file.outputs.some((o) => o.status === 'fail' || o.status === 'error');
    const icon = failing ? '❌' : file.diagnostics.length > 0 ? '⚠️' : '✅';
    const lines = ['', `### ${icon} ${link}${title}`, ''];
    if (file.assumptions?.length)
        lines.push(`<sub>Assumed: ${file.assumptions.map((a) => escapeMarkdown(a, 300)).join('; ')}</sub>`, '');
    if (file.outputs.length > 0) {
        const base = options.base;
        // The ERF column only when some output has one (reports made before it existed have none).
        const withErf = file.outputs.some((o) => o.erf);
        lines.push(`| output | RF |${withErf ? ' ERF 95% |' : ''} stride | threshold | verdict |${base ? ' Δ RF vs base |' : ''}`);
        lines.push(`|---|---|${withErf ? '---|' : ''}---|---|---|${base ? '---|' : ''}`);
        for (const o of file.outputs) {
            const cells = [o.tensor ? `${escapeMarkdown(o.name, 40)} <sub><code>${escapeMarkdown(o.tensor, 100)}</code></sub>` : escapeMarkdown(o.name, 120), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), thresholdCell(o.thresholds), verdictCell(o)];
            if (base)
                cells.push(deltaCell((0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .outputDelta */ .Wb)(o, file, base)));
            lines.push(`| ${cells.join(' | ')} |`);
        }
        // Issue 11: the growth chart and the layer-by-layer table of failed and changed outputs.
        lines.push(...(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .outputInsights */ .$1)(file, base));
    }
    if (file.diagnostics.length > 0)
        lines.push('');
    for (const d of file.diagnostics) {
        const where = d.line === undefined ? '' : `line ${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
        const place = where && options.blobUrl ? `[${where}](${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(options.blobUrl(file.path, d.line))}): ` : where ? `${where}: ` : '';
        lines.push(diagnosticLine(d, place));
    }
    return lines;
}
/**
 * The report as Markdown: the marker, a headline, a table per file (files with problems first),
 * and each file's errors with links to their lines. Never longer than `maxLength`: files that do
 * not fit are left out with a note saying how many and where to find them.
 */
function renderMarkdown(report, options = {}) {
    const maxLength = options.maxLength ?? COMMENT_LIMIT;
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`## ${options.title ?? 'rflint'}: ${headline(report)}`, '', countsLine(report));
    if (options.base)
        head.push('', changesLine((0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .changes */ .Ao)(report, options.base), options.baseName ?? 'the base'));
    for (const note of options.notes ?? [])
        head.push('', note);
    const files = [...report.files].sort((a, b) => Number(isTroubled(b)) - Number(isTroubled(a)));
    const hint = options.truncatedHint ?? 'the full report is in the JSON report';
    // Room for the truncation note, so adding it can never push the body over the limit.
    const noteRoom = 200 + hint.length;
    let body = head.join('\n');
    let complete = 0;
    let truncated = false;
    // Rendered lazily: past the limit, the remaining files are never escaped at all.
    const sections = [() => runLines(report.diagnostics ?? []), ...files.map((file) => () => fileLines(file, options))];
    outer: for (const [i, section] of sections.entries()) {
        for (const line of section()) {
            if (body.length + 1 + line.length + noteRoom > maxLength) {
                truncated = true;
                break outer;
            }
            body += '\n' + line;
        }
        if (i > 0)
            complete++;
    }
    if (truncated) {
        const left = files.length - complete;
        body += `\n\n> [!NOTE]\n> Truncated to fit: ${left} of ${files.length} file${files.length === 1 ? ' is' : 's are'} not shown in full here; ${hint}.`;
    }
    // A head longer than the limit (absurd notes) is the only way to get here too long.
    return body.length + 1 <= maxLength ? body + '\n' : body.slice(0, maxLength);
}


/***/ })

};
