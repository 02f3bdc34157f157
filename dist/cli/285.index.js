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

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ outputInsights),
/* harmony export */   GS: () => (/* binding */ isNeutral),
/* harmony export */   Lb: () => (/* binding */ explainHeader),
/* harmony export */   PG: () => (/* binding */ renderExplainText),
/* harmony export */   XN: () => (/* binding */ explainCells),
/* harmony export */   np: () => (/* binding */ renderExplainMarkdown)
/* harmony export */ });
/* harmony import */ var _check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4904);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(194);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);




const PLAIN_HEADER = ['layer', 'op', 'k', 's', 'd', 'J before', 'RF after', 'inverse', 'share', 'note'];
const COST_HEADER = ['layer', 'op', 'k', 's', 'd', 'J before', 'RF after', 'inverse', 'share', 'params', 'MACs', 'note'];
/** Whether the table gets the params and MACs columns: only when the format knows some cost. */
function priced(rows) {
    return rows.some((r) => typeof r.params === 'number' && r.params > 0);
}
/** The table's column names (the cost columns only for priced files). */
function explainHeader(rows) {
    return priced(rows) ? COST_HEADER : PLAIN_HEADER;
}
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
/** A layer's parameters or MACs: blank for the layers that have none, `?` when unknown. */
function count(n) {
    return n === undefined || n === 0 ? '' : (0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(n);
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
function explainCells(row, withCost = false) {
    const cost = withCost ? [count(row.params), count(row.macs)] : [];
    return [row.layer, row.op, axes(row.kernel), axes(row.stride), axes(row.dilation), axes(row.jump), axes(row.rf), axes(row.inverse), percent(row.share), ...cost, note(row)];
}
/** The table as aligned text, with a title line for the output. */
function renderExplainText(path, output) {
    const title = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(path, _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_LIMIT */ .iV)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(output.name)}${output.rf ? ` — RF ${axes((0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .rfAxes */ .kR)(output))}` : ''}${output.erf ? `, effective RF (95%) ${(0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .erfWidthText */ .nM)(output.erf, '×', axes)}, σ ${axes(output.erf.sigma.map((s) => Math.round(s * 10) / 10))}` : ''}`;
    if (!output.explain) {
        const why = output.global ? 'the output is global: it sees the whole input' : 'the output has no RF (see the errors)';
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logLines */ .OG)(`${title}\n  no table: ${why}\n`);
    }
    // Layer names and notes come from the model file: one visible line each, clipped.
    const HEADER = explainHeader(output.explain);
    const withCost = HEADER === COST_HEADER;
    const rows = output.explain.map((row) => explainCells(row, withCost).map((cell, c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(cell, c === HEADER.length - 1 ? _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .MESSAGE_LIMIT */ .Gy : _escape_js__WEBPACK_IMPORTED_MODULE_3__/* .NAME_LIMIT */ .Uo)));
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
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logLines */ .OG)([title, ...[HEADER, ...rows].map((r) => `  ${line(r)}`), ...legend.map((l) => `  ${l}`)].join('\n') + '\n');
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
    const lines = [`<details><summary>How <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(output.name, 80)}</code> gets its RF, layer by layer</summary>`, ''];
    const HEADER = explainHeader(output.explain);
    const withCost = HEADER === COST_HEADER;
    lines.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
    const shownRows = output.explain.filter((row, i) => i === output.explain.length - 1 || !isNeutral(row));
    for (const row of shownRows) {
        const cells = explainCells(row, withCost);
        const was = before.get(row.layer);
        const mark = base?.explain === undefined ? '' : was === undefined ? 'new' : was !== own(row) ? 'changed' : '';
        const shown = cells.map((c, i) => (i === 0 || i === cells.length - 1 ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(c, i === 0 ? 80 : 200) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(c, 40)));
        lines.push(`| ${shown.map((c, i) => (mark && c && i < shown.length - 1 ? `**${c}**` : c)).join(' | ')}${mark ? ` ◀ ${mark}` : ''} |`);
    }
    const kept = new Set(output.explain.map((r) => r.layer));
    const lost = (base?.explain ?? []).filter((r) => !kept.has(r.layer) && !isNeutral(r)).map((r) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(r.layer, 80)}</code>`);
    if (lost.length > 0)
        lines.push('', `Not on the path any more (the base had them): ${lost.join(', ')}`);
    const left = output.explain.length - shownRows.length;
    if (left > 0)
        lines.push('', `<sub>${left === 1 ? '1 layer that changes' : `${left} layers that change`} nothing (1×1 stride-1 convs, pointwise ops) left out; \`rflint explain\` shows every one.</sub>`);
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
        lines.push('', `#### <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(output.name, 80)}</code>: ${output.status === 'fail' ? 'failed' : 'changed'}`);
        const series = (0,_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .chartSeries */ .s2)(output, before);
        if (series) {
            const { chart, legend } = (0,_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMermaidChart */ .wh)(series);
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
/* harmony import */ var _levers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(641);
/* harmony import */ var _deltas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(511);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);





/** GitHub rejects a comment body longer than this (the REST API says "maximum is 65536 characters"). */
const COMMENT_LIMIT = 65_536;
/**
 * Untrusted text as inert Markdown for a table cell or a line (report/escape.ts, where every
 * target's escaping lives); kept under this name for the modules that import it from here.
 */
function escapeMarkdown(text, maxChars = 300) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(text, maxChars);
}
function axes(values) {
    return values.map((v) => (v === null ? '?' : String(v))).join(' × ');
}
function rfCell(o) {
    if (o.global)
        return o.globalBy ? `global (by <code>${escapeMarkdown(o.globalBy.node, 80)}</code>${o.globalBy.reason ? `, ${escapeMarkdown(o.globalBy.reason, 60)}` : ''})` : 'global';
    return (0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .rfText */ .UW)(o, ' × ');
}
/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o) {
    if (!o.erf)
        return '—';
    return `${(0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .erfWidthText */ .nM)(o.erf, ' × ')} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
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
    const link = options.blobUrl ? `[<code>${path}</code>](${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownUrl */ .$x)(options.blobUrl(file.path))})` : `<code>${path}</code>`;
    const failing = file.diagnostics.some((d) => d.severity === 'error') || file.outputs.some((o) => o.status === 'fail' || o.status === 'error');
    const icon = failing ? '❌' : file.diagnostics.length > 0 ? '⚠️' : '✅';
    const lines = ['', `### ${icon} ${link}${title}`, ''];
    if (file.assumptions?.length)
        lines.push(`<sub>Assumed: ${file.assumptions.map((a) => escapeMarkdown(a, 300)).join('; ')}</sub>`, '');
    const cost = (0,_deltas_js__WEBPACK_IMPORTED_MODULE_2__/* .costText */ .rs)(file, options.base);
    if (cost)
        lines.push(`Cost: ${escapeMarkdown(cost, 200)}`, '');
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
        for (const o of file.outputs) {
            for (const t of (0,_levers_js__WEBPACK_IMPORTED_MODULE_1__/* .leverTables */ .S)(o)) {
                lines.push('', `**${escapeMarkdown(t.title, 200)}**`, '', `| ${_levers_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVER_HEADER */ .z.join(' | ')} |`, `|${_levers_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVER_HEADER */ .z.map(() => '---').join('|')}|`);
                lines.push(...t.rows.map((r) => `| ${r.map((c) => escapeMarkdown(c, 120)).join(' | ')} |`));
                if (t.notes.length > 0)
                    lines.push('', ...t.notes.map((n) => `<sub>⚠️ ${escapeMarkdown(n, 200)}</sub>`));
            }
        }
        // Issue 11: the growth chart and the layer-by-layer table of failed and changed outputs.
        lines.push(...(0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .outputInsights */ .$1)(file, base));
    }
    if (file.diagnostics.length > 0)
        lines.push('');
    for (const d of file.diagnostics) {
        const where = d.line === undefined ? '' : `line ${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
        const place = where && options.blobUrl ? `[${where}](${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownUrl */ .$x)(options.blobUrl(file.path, d.line))}): ` : where ? `${where}: ` : '';
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
