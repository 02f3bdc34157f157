export const id = 984;
export const ids = [984];
export const modules = {

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   render: () => (/* binding */ render),
/* harmony export */   withoutExplain: () => (/* binding */ withoutExplain)
/* harmony export */ });
async function render(report, options) {
    switch (options.format) {
        case 'json':
            return (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794))).renderJson(report);
        case 'sarif':
            return (await __webpack_require__.e(/* import() */ 649).then(__webpack_require__.bind(__webpack_require__, 9649))).renderSarif(report, { toolVersion: options.version });
        case 'markdown':
            return withNewline((await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(985), __webpack_require__.e(517), __webpack_require__.e(285), __webpack_require__.e(506)]).then(__webpack_require__.bind(__webpack_require__, 4285))).renderMarkdown(report, report.base ? { base: report.base, ...(options.baseName ? { baseName: options.baseName } : {}) } : {}));
        case 'html':
            return (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(985), __webpack_require__.e(517), __webpack_require__.e(285), __webpack_require__.e(317), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 9317))).renderHtml(report, { version: options.version, ...(options.baseName ? { baseName: options.baseName } : {}) });
        case 'text':
            return (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(985), __webpack_require__.e(517), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 5655))).renderText(report, { color: options.color, quiet: options.quiet, ...(options.baseName ? { baseName: options.baseName } : {}) });
    }
}
/** The report without the explain tables (charts need them; the JSON shows them with --explain only). */
function withoutExplain(report) {
    return {
        ...report,
        files: report.files.map((f) => ({ ...f, outputs: f.outputs.map(({ explain: _explain, ...o }) => o) })),
        ...(report.base ? { base: withoutExplain(report.base) } : {}),
    };
}
function withNewline(text) {
    return text.endsWith('\n') ? text : text + '\n';
}


/***/ })

};
