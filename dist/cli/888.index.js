export const id = 888;
export const ids = [888,506,125];
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

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ fileDiagnostics)
/* harmony export */ });
/* unused harmony export failureDiagnostics */
const CODE = { min_rf: 'RF410', max_rf: 'RF411', min_coverage: 'RF412', min_erf: 'RF416' };
function failureDiagnostics(file) {
    return file.outputs.flatMap((output) => (output.failures ?? []).map((f) => ({
        severity: 'error',
        code: CODE[f.threshold],
        message: `${output.name}: ${f.message}`,
        file: file.path,
        output: output.name,
        ...(output.line !== undefined ? { line: output.line, column: output.column ?? 1 } : {}),
    })));
}
/** The file's own diagnostics with its path, then its threshold failures, in line order. */
function fileDiagnostics(file) {
    const own = file.diagnostics.map((d) => ({ ...d, file: file.path }));
    return [...own, ...failureDiagnostics(file)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1017);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(511);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7999);
/* harmony import */ var _levers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(641);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/**
 * The terminal report: a table per file (output, RF per axis, stride, start, coverage,
 * threshold, verdict), then its problems as `file:line:col: error: message [code]`, the form
 * editors and problem matchers parse, and a summary line. Colour only when asked.
 */





const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m' };
function renderText(report, options = {}) {
    const paint = options.color ? (style, text) => `${ANSI[style]}${text}\x1b[0m` : (_style, text) => text;
    const keep = (d) => !options.quiet || d.severity === 'error';
    const blocks = [];
    const runLevel = (report.diagnostics ?? []).filter(keep);
    if (runLevel.length > 0)
        blocks.push(runLevel.map((d) => diagnosticLine(d, paint)).join('\n'));
    for (const file of report.files) {
        const outputs = options.quiet ? file.outputs.filter((o) => o.status === 'fail' || o.status === 'error') : file.outputs;
        const diagnostics = (0,_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .fileDiagnostics */ .l)(file).filter(keep);
        if (options.quiet && outputs.length === 0 && diagnostics.length === 0)
            continue;
        const lines = [`${paint('bold', (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(file.path, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_LIMIT */ .iV))} ${paint('dim', `(${file.format}${file.name ? `, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(file.name)}` : ''})`)}`];
        if (!options.quiet)
            lines.push(...(file.assumptions ?? []).map((a) => `  ${paint('dim', `assumed: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(a, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .MESSAGE_LIMIT */ .Gy)}`)}`));
        const cost = options.quiet ? undefined : (0,_deltas_js__WEBPACK_IMPORTED_MODULE_0__/* .costText */ .rs)(file, report.base);
        if (cost)
            lines.push(`  ${paint('dim', `cost: ${cost}`)}`);
        if (outputs.length > 0)
            lines.push(...table(outputs, paint).map((row) => `  ${row}`));
        else if (file.diagnostics.length === 0)
            lines.push(`  ${paint('dim', 'no outputs declared')}`);
        lines.push(...diagnostics.map((d) => `  ${diagnosticLine(d, paint)}`));
        for (const o of outputs)
            lines.push(...leverLines(o, paint));
        blocks.push(lines.join('\n'));
    }
    if (report.base)
        blocks.push(changesBlock((0,_deltas_js__WEBPACK_IMPORTED_MODULE_0__/* .changes */ .Ao)(report, report.base), options.baseName ?? 'the base', paint));
    const summary = summaryLine(report.summary, paint);
    // Names are escaped field by field; the whole text once more line by line, because the CLI's
    // output lands in the Actions log, where a line starting with `::` is a command.
    if (options.quiet && report.summary.failed === 0 && report.summary.errors === 0)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logLines */ .OG)(blocks.join('\n\n'));
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logLines */ .OG)([...blocks, summary].join('\n\n') + '\n');
}
function table(outputs, paint) {
    // The ERF column only when some output has one (reports made before it existed have none).
    const withErf = outputs.some((o) => o.erf);
    const header = ['output', 'RF', ...(withErf ? ['ERF 95%'] : []), 'stride', 'start', 'coverage', 'threshold', 'verdict'];
    const rows = outputs.map((o) => [o.tensor ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(o.name)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(o.tensor)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(o.name), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), startCell(o), coverageCell(o), thresholdCell(o.thresholds), o.status]);
    const verdict = header.length - 1;
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]))));
    const line = (cells, style) => cells
        .map((cell, c) => {
        // The last column is not padded: no trailing blanks, coloured or not.
        const padded = c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell));
        return style ? style(c, padded) : padded;
    })
        .join('  ');
    return [
        line(header, (_c, t) => paint('dim', t)),
        ...rows.map((r) => line(r, (c, t) => (c === verdict ? paintStatus(r[verdict], t, paint) : t))),
    ];
}
/** The levers of a failed min_rf, as an aligned table under the file's problems. */
function leverLines(o, paint) {
    return (0,_levers_js__WEBPACK_IMPORTED_MODULE_2__/* .leverTables */ .S)(o).flatMap((t) => {
        const rows = t.rows.map((r) => r.map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(c)));
        const widths = _levers_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVER_HEADER */ .z.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]))));
        const line = (cells) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell)))).join('  ');
        return [`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(t.title)}`, `    ${paint('dim', line(_levers_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVER_HEADER */ .z))}`, ...rows.map((r) => `    ${line(r)}`), ...t.notes.map((n) => `    ${paint('dim', `warning: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(n)}`)}`)];
    });
}
function paintStatus(status, text, paint) {
    if (status === 'pass')
        return paint('green', text);
    if (status === 'fail' || status === 'error')
        return paint('red', text);
    return paint('dim', text);
}
const axes = (values) => values.map((v) => (v === null ? '?' : String(v))).join('×');
function rfCell(o) {
    if (o.global)
        return o.globalBy ? `global (by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(o.globalBy.node)}${o.globalBy.reason ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(o.globalBy.reason)}` : ''})` : 'global';
    // After upsampling the RF varies with the position: rfText shows the range.
    return (0,_deltas_js__WEBPACK_IMPORTED_MODULE_0__/* .rfText */ .UW)(o);
}
/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o) {
    if (!o.erf)
        return '—';
    return `${(0,_deltas_js__WEBPACK_IMPORTED_MODULE_0__/* .erfWidthText */ .nM)(o.erf)} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
}
function strideCell(o) {
    if (o.strideExact)
        return axes(o.strideExact);
    return o.stride ? axes(o.stride) : '—';
}
function startCell(o) {
    return o.start ? axes(o.start) : '—';
}
function coverageCell(o) {
    return o.coverage === null ? '—' : `${Math.round(o.coverage * 100)}%`;
}
function thresholdCell(t) {
    const parts = [];
    const value = (v) => (typeof v === 'number' ? String(v) : v.join('×'));
    if (t.min_rf !== undefined)
        parts.push(`≥ ${value(t.min_rf)}`);
    if (t.max_rf !== undefined)
        parts.push(`≤ ${value(t.max_rf)}`);
    if (t.min_coverage !== undefined)
        parts.push(`cov ≥ ${Math.round(t.min_coverage * 100)}%`);
    if (t.min_erf !== undefined)
        parts.push(`ERF ≥ ${value(t.min_erf)}`);
    return parts.length > 0 ? parts.join(', ') : '—';
}
function diagnosticLine(d, paint) {
    const text = (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)({ ...d, message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(d.message, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .MESSAGE_LIMIT */ .Gy), ...(d.file !== undefined ? { file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(d.file, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_LIMIT */ .iV) } : {}) });
    const marker = `: ${d.severity}: `;
    const i = text.indexOf(marker);
    if (i < 0)
        return text;
    return text.slice(0, i) + `: ${paint(d.severity === 'error' ? 'red' : 'yellow', d.severity)}: ` + text.slice(i + marker.length);
}
/** `Against main: 1 output changed` and one line per change, aligned. */
function changesBlock(list, against, paint) {
    const head = (0,_deltas_js__WEBPACK_IMPORTED_MODULE_0__/* .changesHeadline */ .Ae)(list, against);
    const lines = [paint('bold', head.charAt(0).toUpperCase() + head.slice(1))];
    const shown = list.map((c) => ({ ...c, path: (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(c.path, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_LIMIT */ .iV), output: (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(c.output, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .NAME_LIMIT */ .Uo) }));
    const width = (k) => Math.max(0, ...shown.map((c) => c[k].length));
    for (const c of shown) {
        const style = c.kind === 'removed' ? 'red' : c.kind === 'new' ? 'green' : 'yellow';
        lines.push(`  ${c.path.padEnd(width('path'))}  ${c.output.padEnd(width('output'))}  ${paint(style, c.text)}`);
    }
    return lines.join('\n');
}
function summaryLine(s, paint = (_s, t) => t) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const unchecked = s.outputs - s.passed - s.failed;
    const verdict = s.failed > 0 || s.errors > 0 ? paint('red', 'FAIL') : paint('green', 'PASS');
    const parts = [
        `${plural(s.files, 'file')}, ${plural(s.outputs, 'output')}: ${s.passed} passed, ${s.failed} failed${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
        `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.ignored ? ` (${s.ignored} ignored)` : ''}`,
        ...(s.minRf !== null ? [`smallest RF ${s.minRf}`] : []),
    ];
    return `${verdict} ${parts.join('; ')}`;
}
/** Display width: ANSI escapes take none. */
function width(text) {
    // eslint-disable-next-line no-control-regex
    return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
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
