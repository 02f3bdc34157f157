export const id = 285;
export const ids = [285];
export const modules = {

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

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ outputInsights),
/* harmony export */   GS: () => (/* binding */ isNeutral),
/* harmony export */   PG: () => (/* binding */ renderExplainText),
/* harmony export */   XN: () => (/* binding */ explainCells),
/* harmony export */   np: () => (/* binding */ renderExplainMarkdown)
/* harmony export */ });
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);



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
    const title = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(path, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_LIMIT */ .iV)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(output.name)}${output.rf ? ` — RF ${axes(output.rf)}` : ''}${output.erf ? `, effective RF (95%) ${axes(output.erf.width95)}, σ ${axes(output.erf.sigma.map((s) => Math.round(s * 10) / 10))}` : ''}`;
    if (!output.explain) {
        const why = output.global ? 'the output is global: it sees the whole input' : 'the output has no RF (see the errors)';
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLines */ .OG)(`${title}\n  no table: ${why}\n`);
    }
    // Layer names and notes come from the model file: one visible line each, clipped.
    const rows = output.explain.map((row) => explainCells(row).map((cell, c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(cell, c === HEADER.length - 1 ? _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .MESSAGE_LIMIT */ .Gy : _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_LIMIT */ .Uo)));
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
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLines */ .OG)([title, ...[HEADER, ...rows].map((r) => `  ${line(r)}`), ...legend.map((l) => `  ${l}`)].join('\n') + '\n');
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   hasRfChanges: () => (/* reexport safe */ _deltas_js__WEBPACK_IMPORTED_MODULE_2__.mY),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   thresholdCell: () => (/* binding */ thresholdCell)
/* harmony export */ });
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7389);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);




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
