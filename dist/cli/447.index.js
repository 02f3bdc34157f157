export const id = 447;
export const ids = [447];
export const modules = {

/***/ 447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeBadges: () => (/* binding */ writeBadges)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/badge-maker/lib/index.js + 5 modules
var lib = __webpack_require__(8833);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/badge.ts
/**
 * The status badge for a README: an SVG made with badge-maker (shields.io's own renderer, so it
 * looks like every other badge on the page), or shields.io's endpoint JSON for users who serve
 * the badge from a branch or a gist (https://shields.io/badges/endpoint-badge).
 */


/** A badge is a few words wide: a longer label is clipped (an output's name can be anything). */
const BADGE_TEXT_LIMIT = 40;

/** What the badge says, from the report alone. */
function badgeFields(report, options = {}) {
    const value = options.value ?? 'pass';
    const s = report.summary;
    const broken = s.failed > 0 || s.errors > 0;
    if (options.output !== undefined) {
        const o = report.files.flatMap((f) => f.outputs).find((x) => x.name === options.output);
        const label = options.label ?? options.output;
        if (!o)
            return { label, message: 'not found', color: 'lightgrey' };
        return { label, message: outputMessage(o, value), color: statusColor(o.status) };
    }
    if (value === 'min-rf') {
        return { label: options.label ?? 'min RF', message: s.minRf === null ? 'n/a' : `${s.minRf} px`, color: s.minRf === null ? 'lightgrey' : broken ? 'red' : 'brightgreen' };
    }
    const label = options.label ?? 'receptive field';
    if (s.errors > 0 && s.passed + s.failed === 0)
        return { label, message: `${s.errors} error${s.errors === 1 ? '' : 's'}`, color: 'red' };
    const checked = s.passed + s.failed;
    if (checked === 0)
        return { label, message: s.outputs > 0 ? 'no threshold' : 'no outputs', color: 'lightgrey' };
    return { label, message: `${s.passed}/${checked} pass`, color: broken ? 'red' : 'brightgreen' };
}
function outputMessage(o, value) {
    // The smallest over axes and positions (rfMin): the RF every position is guaranteed.
    const rf = o.global ? 'global' : o.rf ? `${Math.min(...(o.rfMin ?? o.rf))} px` : 'n/a';
    if (value === 'min-rf')
        return rf;
    return o.status === 'unchecked' ? rf : `${rf} ${o.status}`;
}
function statusColor(status) {
    return status === 'pass' ? 'brightgreen' : status === 'unchecked' ? 'blue' : 'red';
}
function renderBadgeSvg(fields) {
    // badge-maker XML-escapes the text itself (lib/xml.js); controls and bidi are ours to show.
    return (0,lib/* makeBadge */.O)({ label: (0,report_escape/* plainText */.wh)(fields.label, BADGE_TEXT_LIMIT), message: (0,report_escape/* plainText */.wh)(fields.message, BADGE_TEXT_LIMIT), color: fields.color });
}
/** shields.io endpoint JSON: `{schemaVersion: 1, label, message, color}`. */
function renderBadgeJson(fields) {
    return JSON.stringify({ schemaVersion: 1, label: (0,report_escape/* plainText */.wh)(fields.label, BADGE_TEXT_LIMIT), message: (0,report_escape/* plainText */.wh)(fields.message, BADGE_TEXT_LIMIT), color: fields.color }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(63);
;// CONCATENATED MODULE: ./src/cli/badges.ts
/** `--badge FILE` and `--badge-json FILE`: the status badge, written where the user asked. */




/**
 * `--badge-output NAME` must name an output, and `--badge-value pass` needs one with a threshold:
 * a grey "not found" badge, or the RF shown where a verdict was asked for, would pass unseen.
 */
function checkBadgeOutput(options, report) {
    if (options.output === undefined)
        return;
    const outputs = report.files.flatMap((f) => f.outputs);
    const names = (list) => (list.length === 0 ? 'none' : [...new Set(list.map((o) => o.name))].slice(0, 20).join(', '));
    const output = outputs.find((o) => o.name === options.output);
    if (!output)
        throw new args/* UsageError */.eb(`--badge-output ${options.output}: no output has that name; the outputs: ${names(outputs)}`);
    if ((options.value ?? 'pass') === 'pass' && output.status === 'unchecked') {
        throw new args/* UsageError */.eb(`--badge-output ${options.output} --badge-value pass: ${options.output} has no threshold, so it neither passes nor fails; ` +
            `use --badge-value min-rf, or an output with a threshold: ${names(outputs.filter((o) => o.status !== 'unchecked'))}`);
    }
}
async function writeBadges(badge, report, cwd) {
    checkBadgeOutput(badge.options, report);
    const fields = badgeFields(report, badge.options);
    for (const [path, text] of [
        [badge.svg, () => renderBadgeSvg(fields)],
        [badge.json, () => renderBadgeJson(fields)],
    ]) {
        if (path === undefined)
            continue;
        const target = (0,external_node_path_.resolve)(cwd, path);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.writeFile)(target, text());
        }
        catch (err) {
            throw new args/* UsageError */.eb(`cannot write the badge to ${path}: ${err.message.split('\n')[0]}`);
        }
    }
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
