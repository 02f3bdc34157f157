export const id = 299;
export const ids = [299];
export const modules = {

/***/ 7299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   docsLine: () => (/* binding */ docsLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where `--help` sends the reader: docs/cli.md as installed beside this script (the package
 * ships docs/; the bundle is dist/cli/index.js, the source src/cli/docs-path.ts, both two
 * folders below the package root), else the file's place in rflint's repository.
 */



// Built from parts so the bundler does not take it for an asset to copy into dist/.
const FROM_HERE = ['..', '..', 'docs', 'cli.md'];
function docsLine() {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), ...FROM_HERE);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? `Docs: ${path}` : "Docs: docs/cli.md in rflint's repository";
}


/***/ })

};
