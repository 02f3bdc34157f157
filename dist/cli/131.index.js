export const id = 131;
export const ids = [131];
export const modules = {

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAtBase: () => (/* binding */ checkAtBase)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3868);
/**
 * The same check on another version of the files (a pull request's base, a git revision): the
 * head's files are fetched at that version into a temporary folder and checked there with the
 * same settings, so the deltas compare like with like. How bytes are fetched is passed in (the
 * REST API in the action, `git show` on the command line).
 */



/** Fetches at once: enough to hide latency, few enough to stay clear of rate limits. */
const CONCURRENT_FETCHES = 6;
async function checkAtBase(head, fetch, settings, tempRoot) {
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, 'rflint-base-'));
    try {
        let fetched = 0;
        // Only paths inside the working directory: a file named as ../x was checked in place, and
        // its base must not be written outside this temp folder.
        const inside = head.files.filter((file) => !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file.path) && !file.path.split(/[\\/]/).includes('..'));
        for (let i = 0; i < inside.length; i += CONCURRENT_FETCHES) {
            await Promise.all(inside.slice(i, i + CONCURRENT_FETCHES).map(async (file) => {
                const bytes = await fetch(file.path);
                if (bytes === undefined)
                    return;
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, file.path);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, bytes);
                fetched++;
            }));
        }
        if (fetched === 0)
            return { reason: 'none of the checked files exists at the base' };
        const { only: _only, ...rest } = settings;
        return { report: await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__.runCheck)({ ...rest, cwd: folder, patterns: inside.map((f) => f.path) }) };
    }
    catch (err) {
        return { reason: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true });
    }
}


/***/ })

};
