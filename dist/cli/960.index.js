export const id = 960;
export const ids = [960];
export const modules = {

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
