export const id = 655;
export const ids = [655];
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   Gy: () => (/* binding */ MESSAGE_LIMIT),
/* harmony export */   OG: () => (/* binding */ logLines),
/* harmony export */   Uo: () => (/* binding */ NAME_LIMIT),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   iV: () => (/* binding */ PATH_LIMIT),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* unused harmony exports codePoint, clip, visibleControls, markdownCode, htmlText, htmlAttribute, MERMAID_LABEL_LIMIT, annotationText */
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
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1017);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7999);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
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
        const diagnostics = (0,_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .fileDiagnostics */ .l)(file).filter(keep);
        if (options.quiet && outputs.length === 0 && diagnostics.length === 0)
            continue;
        const lines = [`${paint('bold', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(file.path, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_LIMIT */ .iV))} ${paint('dim', `(${file.format}${file.name ? `, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(file.name)}` : ''})`)}`];
        if (!options.quiet)
            lines.push(...(file.assumptions ?? []).map((a) => `  ${paint('dim', `assumed: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(a, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MESSAGE_LIMIT */ .Gy)}`)}`));
        if (outputs.length > 0)
            lines.push(...table(outputs, paint).map((row) => `  ${row}`));
        else if (file.diagnostics.length === 0)
            lines.push(`  ${paint('dim', 'no outputs declared')}`);
        lines.push(...diagnostics.map((d) => `  ${diagnosticLine(d, paint)}`));
        blocks.push(lines.join('\n'));
    }
    if (report.base)
        blocks.push(changesBlock((0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .changes */ .Ao)(report, report.base), options.baseName ?? 'the base', paint));
    const summary = summaryLine(report.summary, paint);
    // Names are escaped field by field; the whole text once more line by line, because the CLI's
    // output lands in the Actions log, where a line starting with `::` is a command.
    if (options.quiet && report.summary.failed === 0 && report.summary.errors === 0)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLines */ .OG)(blocks.join('\n\n'));
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLines */ .OG)([...blocks, summary].join('\n\n') + '\n');
}
function table(outputs, paint) {
    // The ERF column only when some output has one (reports made before it existed have none).
    const withErf = outputs.some((o) => o.erf);
    const header = ['output', 'RF', ...(withErf ? ['ERF 95%'] : []), 'stride', 'start', 'coverage', 'threshold', 'verdict'];
    const rows = outputs.map((o) => [o.tensor ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(o.name)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(o.tensor)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(o.name), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), startCell(o), coverageCell(o), thresholdCell(o.thresholds), o.status]);
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
        return o.globalBy ? `global (by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(o.globalBy.node)}${o.globalBy.reason ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(o.globalBy.reason)}` : ''})` : 'global';
    if (!o.rf)
        return '—';
    const rf = axes(o.rf);
    // After upsampling the RF varies with the position: show the range.
    return o.rfMin && o.rfMin.some((m, a) => m !== o.rf[a]) ? `${axes(o.rfMin)}–${rf}` : rf;
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
    const text = (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)({ ...d, message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(d.message, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MESSAGE_LIMIT */ .Gy), ...(d.file !== undefined ? { file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(d.file, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_LIMIT */ .iV) } : {}) });
    const marker = `: ${d.severity}: `;
    const i = text.indexOf(marker);
    if (i < 0)
        return text;
    return text.slice(0, i) + `: ${paint(d.severity === 'error' ? 'red' : 'yellow', d.severity)}: ` + text.slice(i + marker.length);
}
/** `Against main: 1 output changed` and one line per change, aligned. */
function changesBlock(list, against, paint) {
    const head = (0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .changesHeadline */ .Ae)(list, against);
    const lines = [paint('bold', head.charAt(0).toUpperCase() + head.slice(1))];
    const shown = list.map((c) => ({ ...c, path: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(c.path, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_LIMIT */ .iV), output: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(c.output, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_LIMIT */ .Uo) }));
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


/***/ })

};
