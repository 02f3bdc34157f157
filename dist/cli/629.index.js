export const id = 629;
export const ids = [629];
export const modules = {

/***/ 2629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeCharts: () => (/* binding */ writeCharts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(194);
/** `--chart DIR`: one standalone SVG of RF growth per output with a path (report/chart.ts). */



/** Writes the charts; returns the lines to print on stderr (one per file written). */
async function writeCharts(report, dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const written = [];
    const used = new Set();
    for (const file of report.files) {
        for (const output of file.outputs) {
            const series = (0,_report_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .chartSeries */ .s2)(output);
            if (!series)
                continue;
            const name = uniqueName(`${fileStem(file.path)}.${output.name}`, used);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${name}.svg`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, (0,_report_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSvgChart */ .ZN)(series));
            written.push(`rflint: wrote ${path}\n`);
        }
    }
    return written.join('');
}
/** `models/resnet50.rf.yaml` → `resnet50`. */
function fileStem(path) {
    return path.split('/').pop().replace(/\.rf\.(ya?ml|json)$/i, '').replace(/\.[^.]+$/, '');
}
/** A file name from untrusted names: safe characters only, and never twice the same. */
function uniqueName(raw, used) {
    const base = raw.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_').slice(0, 120) || 'output';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++)
        name = `${base}-${i}`;
    used.add(name.toLowerCase());
    return name;
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ renderSvgChart),
/* harmony export */   s2: () => (/* binding */ chartSeries),
/* harmony export */   wh: () => (/* binding */ renderMermaidChart)
/* harmony export */ });
/* unused harmony export MAX_POINTS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

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
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(text, 200);
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


/***/ })

};
