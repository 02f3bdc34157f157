export const id = 794;
export const ids = [794];
export const modules = {

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
