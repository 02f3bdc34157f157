export const id = 348;
export const ids = [348];
export const modules = {

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeBadgeFiles: () => (/* binding */ writeBadgeFiles)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./node_modules/badge-maker/lib/index.js + 5 modules
var lib = __webpack_require__(8833);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
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

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/action/safe-write.ts
/**
 * Writing a file the workflow named (the badge) into a checkout the pull request controls: the
 * PR could commit the badge's path, or a folder on it, as a symbolic link to a file of the
 * runner (`~/.bashrc`, a tool in the tool cache), and a plain write would follow it. The folder
 * must resolve inside one of `roots` (the workspace, RUNNER_TEMP), and the file itself is opened
 * with O_NOFOLLOW, so a link in its place fails instead of being written through.
 */


class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
function inside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function writeFileInside(path, text, roots) {
    const realRoots = roots.filter((r) => r !== '' && (0,external_node_fs_.existsSync)(r)).map((r) => (0,external_node_fs_.realpathSync)(r));
    // The deepest folder that exists already decides where mkdir will create the rest.
    let existing = (0,external_node_path_.dirname)(path);
    while (!(0,external_node_fs_.existsSync)(existing) && (0,external_node_path_.dirname)(existing) !== existing)
        existing = (0,external_node_path_.dirname)(existing);
    const real = (0,external_node_fs_.realpathSync)(existing);
    if (!realRoots.some((root) => inside(real, root)))
        throw new UnsafePathError(`${(0,external_node_path_.dirname)(path)} resolves to ${real}, outside the workspace (a symbolic link?): not writing there`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    let fd;
    try {
        // O_NOFOLLOW is undefined on Windows, where creating links needs privileges anyway.
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o644);
    }
    catch (err) {
        if (err.code === 'ELOOP')
            throw new UnsafePathError(`${path} is a symbolic link: not writing through it`);
        throw err;
    }
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/action/badge-files.ts
/** The `badge-path` / `badge-json-path` inputs: the status badge written into the workspace, and the `badge` output. */




/** `roots`: the folders the badge may land in (the workspace, RUNNER_TEMP), links resolved. */
function writeBadgeFiles(badge, report, roots) {
    const fields = badgeFields(report, badge.options);
    try {
        if (badge.svg) {
            writeFileInside(badge.svg, renderBadgeSvg(fields), roots);
            core/* setOutput */.uH('badge', badge.svg);
        }
        if (badge.json) {
            writeFileInside(badge.json, renderBadgeJson(fields), roots);
            core/* setOutput */.uH('badge-json', badge.json);
        }
        (0,log/* info */.p)(`Badge: ${fields.label} | ${fields.message} (${fields.color}).`);
    }
    catch (err) {
        core/* warning */.$e(`rflint could not write the badge (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict is unaffected.`);
    }
}


/***/ })

};
