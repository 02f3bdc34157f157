export const id = 506;
export const ids = [506,125];
export const modules = {

/***/ 1017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(code, message, at, extra = {}) {
    return { severity: 'error', code, message, ...(at ?? {}), ...extra };
}
function warning(code, message, at, extra = {}) {
    return { severity: 'warning', code, message, ...(at ?? {}), ...extra };
}
/** `file:line:col: error: message [RF101]`: the form editors and problem matchers parse. */
function formatDiagnostic(d) {
    const where = [d.file ?? '<input>', d.line, d.line !== undefined ? d.column ?? 1 : undefined].filter((x) => x !== undefined).join(':');
    return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}


/***/ }),

/***/ 7010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   s: () => (/* binding */ TimeBudgetExceeded)
/* harmony export */ });
/**
 * The per-file time budget, kept cooperatively: the loops that grow with the file (a loader's
 * nodes, the engine's per-node steps) call `check()`, which looks at the clock once every 1024
 * calls and throws `TimeBudgetExceeded` when the file has used its time. Cheaper than a worker
 * per file (no start-up, no copying the model across), and the other files go on: the check
 * layer catches it and reports that one file (RF511).
 *
 * The budget is wall-clock time since the file was opened, so a file that waited for another
 * (files load 8 at a time) has a little less of it: a budget is a guard against runaway files,
 * tens of times what a real model takes, not a measurement.
 */
class TimeBudgetExceeded extends Error {
    budgetMs;
    constructor(budgetMs) {
        super(`the file took more than its time budget of ${budgetMs} ms`);
        this.budgetMs = budgetMs;
        this.name = 'TimeBudgetExceeded';
    }
}
/** How many `check()` calls between looks at the clock: cheap enough for any inner loop. */
const CALLS_PER_LOOK = 1024;
class Deadline {
    budgetMs;
    calls = 0;
    end;
    constructor(budgetMs) {
        this.budgetMs = budgetMs;
        this.end = performance.now() + budgetMs;
    }
    check() {
        if (++this.calls % CALLS_PER_LOOK !== 0)
            return;
        if (performance.now() >= this.end)
            throw new TimeBudgetExceeded(this.budgetMs);
    }
}


/***/ })

};
