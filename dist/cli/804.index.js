export const id = 804;
export const ids = [804,960];
export const modules = {

/***/ 8804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MergeError: () => (/* binding */ MergeError),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5960);

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
        summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__.summarize)(files, diagnostics, ignored),
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
