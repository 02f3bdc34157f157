export const id = 517;
export const ids = [517];
export const modules = {

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Ct: () => (/* binding */ fileCost),
/* harmony export */   rR: () => (/* binding */ costLimitDiagnostics)
/* harmony export */ });
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _rf_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7985);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4145);
/**
 * A file's cost (rf/cost.ts) and its limits: `max_params` and `max_macs` from the model file,
 * every rule matching the file and the run's defaults (the action's `max-params`/`max-macs`),
 * the strictest winning. A limit that cannot be checked (channels or the input size unknown) is
 * a warning, never a silent pass.
 */



/** The file's cost, or undefined when it has no priced layer at all (nothing to count). */
function fileCost(model, cost) {
    if (!model.graph.nodes.some((_, v) => (0,_rf_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPriced */ .gu)(model.graph, v)))
        return undefined;
    return { params: cost.params, macs: cost.macs };
}
function costLimitDiagnostics(path, model, cost, rules, defaults) {
    const entries = [];
    const rulesUsed = [];
    const add = (limits, from, rule) => {
        for (const name of ['max_params', 'max_macs']) {
            const value = limits?.[name];
            if (value === undefined)
                continue;
            entries.push({ name, value, from });
            if (rule !== undefined)
                rulesUsed.push(rule);
        }
    };
    add(model.limits, 'from the model file');
    for (const rule of rules)
        if ((0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleMatchesFile */ .Au)(rule, path))
            add(rule.limits, `from rules[${rule.index}]`, rule.index);
    for (const name of ['max_params', 'max_macs']) {
        if (defaults[name] !== undefined && !entries.some((e) => e.name === name))
            entries.push({ name, value: defaults[name], from: `the default ${name.replace('_', '-')}` });
    }
    const diagnostics = [];
    const at = model.outputs[0]?.position;
    for (const entry of entries) {
        const what = entry.name === 'max_params' ? 'parameters' : 'MACs';
        const actual = entry.name === 'max_params' ? cost?.params : cost?.macs;
        if (actual === undefined || actual === null) {
            const why = !cost ? 'the model has no convolution or dense layer to count' : entry.name === 'max_macs' && cost.params !== null ? 'it needs the input size' : "the file does not give every conv's channels";
            diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF422', `${entry.name} ${entry.value} (${entry.from}) is not checked: ${why}`, at));
            continue;
        }
        if (actual <= entry.value)
            continue;
        const code = entry.name === 'max_params' ? 'RF420' : 'RF421';
        diagnostics.push((0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)(code, `the model has ${formatCount(actual)} ${what} (${actual}) > ${entry.name} ${entry.value} (${entry.from}); remove or narrow layers, or raise ${entry.name}`, at));
    }
    return { diagnostics, rulesUsed };
}
/** `1.81 G`, `516 k`, `94`: three significant digits, SI prefixes (as torchvision's tables). */
function formatCount(n) {
    if (n === null)
        return '?';
    const units = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
    for (const [size, unit] of units)
        if (Math.abs(n) >= size)
            return `${Number((n / size).toPrecision(3))} ${unit}`;
    return String(n);
}


/***/ }),

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ ruleMatchesFile),
/* harmony export */   GX: () => (/* binding */ unusedRules),
/* harmony export */   Jg: () => (/* binding */ ruleMatchesOutput),
/* harmony export */   ay: () => (/* binding */ outputSuggestion),
/* harmony export */   mW: () => (/* binding */ loadOptionsFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1017);
/* harmony import */ var _formats_yaml_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1728);
/** Which rules apply to a file and an output: picomatch globs, compiled once per rule. */



const compiled = new WeakMap();
function matchers(rule) {
    let m = compiled.get(rule);
    if (!m) {
        // dot: a file the user chose to check (even under .github/) is matched by `**`.
        m = { files: picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...rule.files], { dot: true }), ...(rule.outputs ? { outputs: picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...rule.outputs], { dot: true }) } : {}) };
        compiled.set(rule, m);
    }
    return m;
}
function ruleMatchesFile(rule, path) {
    return matchers(rule).files(path);
}
/**
 * `; did you mean \`pool5\`?` for output patterns that match none of `names`: the names a
 * pattern matches but for case (`Pool5`, `p5*` for `P5`), else the nearest by edit distance.
 */
function outputSuggestion(patterns, names) {
    const byCase = names.filter((name) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...patterns], { dot: true, nocase: true })(name));
    const near = byCase.length > 0 ? byCase : patterns.map((p) => (0,_formats_yaml_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(p, names)).filter((n) => n !== undefined);
    const unique = [...new Set(near)].slice(0, 3);
    return unique.length === 0 ? '' : `; did you mean ${unique.map((n) => `\`${n}\``).join(' or ')}?`;
}
function ruleMatchesOutput(rule, output) {
    const m = matchers(rule).outputs;
    return m ? m(output) : true;
}
/**
 * Loader options for one file: the command line's (or the action's) settings, then each rule
 * that matches the file, in order: later rules win, `assume` maps add up.
 */
function loadOptionsFor(path, rules, base) {
    const assume = new Map(base.assume ?? []);
    let { channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = base;
    for (const rule of rules) {
        if (!ruleMatchesFile(rule, path))
            continue;
        for (const [op, mapping] of rule.assume ?? [])
            assume.set(op, mapping);
        if (rule.channelAttention)
            channelAttentionPointwise = rule.channelAttention === 'pointwise';
        if (rule.attention)
            attentionPointwise = rule.attention === 'pointwise';
        inputSize = rule.inputSize ?? inputSize;
        dataInput = rule.dataInput ?? dataInput;
        scale = rule.scale ?? scale;
        stages = rule.stages ?? stages;
    }
    return {
        limits: base.limits,
        ...(assume.size > 0 ? { assume } : {}),
        ...(channelAttentionPointwise !== undefined ? { channelAttentionPointwise } : {}),
        ...(attentionPointwise !== undefined ? { attentionPointwise } : {}),
        ...(inputSize !== undefined ? { inputSize } : {}),
        ...(dataInput !== undefined ? { dataInput } : {}),
        ...(scale !== undefined ? { scale } : {}),
        ...(stages !== undefined ? { stages } : {}),
    };
}
/** A rule whose `files` match none of the discovered files is most likely a typo. */
function unusedRules(rules, files) {
    return rules
        .filter((rule) => !files.some((file) => ruleMatchesFile(rule, file)))
        .map((rule) => (0,_formats_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e)('RF404', `rules[${rule.index}] matches no model file (files: ${rule.files.map((f) => `\`${f}\``).join(', ')}); check the glob against the paths checked`, rule.position, {
        file: rule.source,
    }));
}


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ changesHeadline),
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   UW: () => (/* binding */ rfText),
/* harmony export */   Wb: () => (/* binding */ outputDelta),
/* harmony export */   kR: () => (/* binding */ rfAxes),
/* harmony export */   mY: () => (/* binding */ hasRfChanges),
/* harmony export */   nM: () => (/* binding */ erfWidthText),
/* harmony export */   rs: () => (/* binding */ costText)
/* harmony export */ });
/* harmony import */ var _check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4904);
/**
 * What changed against a base report (the PR's base in the action, `--base REV` on the command
 * line): per output, its RF before and after, new outputs and removed ones. Every renderer shows
 * deltas from here, so the terminal and the PR comment say the same thing.
 */

/**
 * `427`, `427×400`, `global`, `—`; where the RF varies by position (after upsampling), the range
 * per axis, smallest first: `188–204`, `188–204×188–204`. Every renderer shows an RF through here.
 */
function rfText(o, separator = '×') {
    if (o.global)
        return 'global';
    return o.rf === null ? '—' : rfAxes(o).join(separator);
}
/** Per axis: `204`, or `188–204` where the RF varies by position. */
function rfAxes(o) {
    return (o.rf ?? []).map((rf, a) => {
        const min = o.rfMin?.[a];
        return min !== undefined && min !== rf ? `${min}–${rf}` : String(rf);
    });
}
/** The 95 % width of the ERF at position 0, and the narrowest position's where it differs: `143 (narrowest position 131)`. */
function erfWidthText(erf, separator = '×', show = (v) => v.join(separator)) {
    const at0 = show(erf.width95);
    const min = erf.width95Min;
    return min && min.some((m, a) => m !== erf.width95[a]) ? `${at0} (narrowest position ${show(min)})` : at0;
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
    // The smallest RF over positions too: it is what min_rf holds, and it can move alone.
    const minDiffs = output.rf.map((rf, i) => (output.rfMin?.[i] ?? rf) - (before.rfMin?.[i] ?? before.rf?.[i] ?? rf));
    if (diffs.every((d) => d === 0) && minDiffs.every((d) => d === 0))
        return { kind: 'same' };
    if (minDiffs.every((d, i) => d === diffs[i]))
        return { kind: 'changed', text: diffs.map(signed).join(' × ') };
    return { kind: 'changed', text: `smallest ${minDiffs.map(signed).join(' × ')}, largest ${diffs.map(signed).join(' × ')}` };
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
            else {
                const delta = outputDelta(o, file, base);
                if (delta.kind !== 'changed')
                    continue;
                const diff = o.rf && old.rf && o.rf.length === old.rf.length && !o.global && !old.global ? ` (${delta.text})` : '';
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
/**
 * The file's cost, against the base's when it has one: `11.7 M parameters · MACs 4.09 G → 3.87 G`.
 * Undefined when the file has no cost to show (no priced layer, or nothing known).
 */
function costText(file, base) {
    const cost = file.cost;
    if (!cost || (cost.params === null && cost.macs === null))
        return undefined;
    const before = base?.files.find((f) => f.path === file.path)?.cost;
    const part = (label, now, was) => {
        if (was !== undefined && was !== null && now !== null && was !== now)
            return `${label} ${(0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(was)} → ${(0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(now)}`;
        return `${label} ${(0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(now)}`;
    };
    return `${part('parameters', cost.params, before?.params)} · ${part('MACs', cost.macs, before?.macs)}`;
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

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ leverTables),
/* harmony export */   z: () => (/* binding */ LEVER_HEADER)
/* harmony export */ });
/* harmony import */ var _check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4904);
/**
 * The levers of a failed min_rf as a small table (docs/design.md §7.2), one fact for every renderer: the
 * text report, the PR comment and the HTML page show the same rows. "To reach min_rf 128 (boxes)":
 * each lever's change, the smallest RF it gives, whether it reaches, and what it costs.
 */

const LEVER_HEADER = ['lever', 'change', 'RF after', 'reaches', 'params', 'MACs', 'output size', 'layers added'];
/** The tables of an output's failures that carry advice. */
function leverTables(output) {
    return (output.failures ?? []).filter((f) => f.advice && f.advice.length > 0).map((f) => leverTable(output, f));
}
function leverTable(output, f) {
    const axis = f.axis === undefined ? '' : ` on axis ${f.axis}`;
    const advice = f.advice;
    return {
        title: `To reach min_rf ${f.expected}${axis} on ${output.name} (now ${f.actual}):`,
        rows: advice.map((a) => [a.lever, change(a), a.rf.join('×'), a.reaches ? 'yes' : 'no', signed(a.cost.params), signed(a.cost.macs), a.cost.outputSize ? a.cost.outputSize.join('×') : '—', String(a.cost.depth)]),
        notes: advice.flatMap((a) => (a.warning ? [`${a.lever}: ${a.warning}`] : [])),
    };
}
function change(a) {
    switch (a.lever) {
        case 'add_layers':
            return `${a.count} × ${a.kernel}×${a.kernel} conv after ${a.after}`;
        case 'widen_kernel':
            return `kernel of ${a.layer} → ${a.kernel}`;
        case 'stride':
            return a.layer !== undefined ? `stride of ${a.layer} → ${a.stride}` : `pool ${a.kernel}/${a.stride} after ${a.after}`;
        case 'dilate':
            return `dilation of ${a.layer} → ${a.dilation}`;
    }
}
/** `+516 k`, `−1.37 G`, `0`, `?`. */
function signed(n) {
    if (n === null)
        return '?';
    if (n === 0)
        return '0';
    return n > 0 ? `+${(0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(n)}` : `−${(0,_check_cost_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(-n)}`;
}


/***/ })

};
