export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainReport: () => (/* binding */ explainReport)
/* harmony export */ });
/* harmony import */ var _report_html_page_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9317);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);
/* harmony import */ var _report_explain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7389);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63);





/** The text to print and the exit code: 1 when the file could not be analysed. */
function explainReport(report, command, format) {
    const file = report.files[0];
    const broken = !file || file.outputs.length === 0 || file.diagnostics.some((d) => d.severity === 'error');
    if (!file || file.outputs.length === 0)
        return { text: (0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderText */ .S)(report, { quiet: false }), code: 1 };
    const outputs = command.output === undefined ? file.outputs : file.outputs.filter((o) => o.name === command.output || o.tensor === command.output);
    if (outputs.length === 0) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${file.path} has no output named '${command.output}'; its outputs: ${file.outputs.map((o) => o.name).join(', ')}`);
    }
    const code = broken ? 1 : 0;
    switch (format) {
        case 'json':
            return { text: (0,_report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .h)({ ...report, files: [{ ...file, outputs }] }), code };
        case 'html':
            return { text: (0,_report_html_page_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHtml */ .K)({ ...report, files: [{ ...file, outputs }] }), code };
        case 'markdown':
            return { text: outputs.flatMap((o) => [`### ${o.name}`, '', ...(0,_report_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .renderExplainMarkdown */ .np)(o), '']).join('\n'), code };
        default:
            return { text: outputs.map((o) => (0,_report_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .renderExplainText */ .PG)(file.path, o)).join('\n'), code };
    }
}


/***/ })

};
