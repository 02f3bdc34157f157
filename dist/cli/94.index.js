export const id = 94;
export const ids = [94];
export const modules = {

/***/ 6094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRevision: () => (/* binding */ resolveRevision),
/* harmony export */   showAt: () => (/* binding */ showAt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63);
/**
 * The few git questions `--base REV` asks, answered by the git on PATH: where the repository is,
 * whether a revision exists, and a file's bytes at it (`git show REV:path`: nothing is checked
 * out). Every failure that is the user's to fix is a UsageError with one line.
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Model files are small; a big ONNX with weights is still read whole by `git show`. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
async function resolveRevision(cwd, rev) {
    let root;
    try {
        root = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--base needs git, which is not on PATH');
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--base ${rev}: ${cwd} is not inside a git repository`);
    }
    if (rev.startsWith('-'))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--base takes a git revision, got '${rev}'`);
    try {
        const commit = (await run('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd })).stdout.trim();
        return { root, commit, name: rev };
    }
    catch {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--base ${rev}: no such revision in this repository (a branch, tag or commit, e.g. main or HEAD~1)`);
    }
}
/** A file's bytes at the revision (path relative to `cwd`), or undefined when it does not exist there. */
async function showAt(revision, cwd, path) {
    const inRepo = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(revision.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    try {
        const { stdout } = await run('git', ['show', `${revision.commit}:${inRepo}`], { cwd: revision.root, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES });
        return new Uint8Array(stdout);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
