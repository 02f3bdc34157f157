export const id = 649;
export const ids = [649];
export const modules = {

/***/ 3590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CAFFE_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Caffe prototxt loader (RF380–RF399), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const CAFFE_CODES = {
    RF380: 'a Caffe prototxt is not valid protobuf text format',
    RF381: 'a Caffe prototxt has no layers',
    RF382: 'a Caffe layer or parameter message has a field Caffe does not define',
    RF383: 'a Caffe field has a value of the wrong type or range',
    RF384: 'a Caffe layer misses a field it needs',
    RF385: 'a Caffe layer reads a blob (`bottom`) that no earlier layer or input produces',
    RF386: 'a Caffe layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF387: 'a Caffe prototxt file is larger than the size limit',
    RF388: 'a Caffe prototxt file is not UTF-8 text',
    RF389: 'a Caffe layer needs the input size, which the prototxt does not give',
    RF390: 'a Caffe prototxt has more layers than the limit',
    RF391: 'a Caffe layer that rflint cannot map to positions (a spatial Slice, a Concat along a spatial axis)',
    RF392: "a Caffe net's input is not declared with 4 dims (N, C, H, W) or its size is not positive",
    RF393: 'a channel-attention gate (a product with a globally pooled blob) makes the outputs after it global',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF380',
    noLayers: 'RF381',
    unknownField: 'RF382',
    invalidValue: 'RF383',
    missingField: 'RF384',
    badBottom: 'RF385',
    unknownType: 'RF386',
    fileTooLarge: 'RF387',
    notText: 'RF388',
    needsInputSize: 'RF389',
    tooManyLayers: 'RF390',
    unsupported: 'RF391',
    badInput: 'RF392',
    gate: 'RF393',
};


/***/ }),

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DARKNET_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Darknet `.cfg` loader (RF320–RF339), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const DARKNET_CODES = {
    RF320: 'a Darknet cfg line is neither a [section], a key=value pair nor a comment',
    RF321: 'a Darknet cfg does not start with a [net] section',
    RF322: 'a Darknet cfg has an unknown [section]',
    RF323: 'a Darknet cfg section has an unknown key',
    RF324: 'a Darknet cfg key has a value of the wrong type or range',
    RF325: 'a Darknet cfg section misses a key it needs',
    RF326: 'a [route], [shortcut], [sam] or [scale_channels] names a layer that is not before it',
    RF327: 'a Darknet layer type that rflint cannot map to geometry (recurrent, implicit)',
    RF328: 'a Darknet cfg file is larger than the size limit',
    RF329: 'a Darknet cfg file is not UTF-8 text',
    RF330: 'a Darknet cfg section repeats a key (Darknet uses the first)',
    RF331: 'a Darknet layer needs the input size, which [net] does not give',
    RF332: 'a Darknet cfg has no layers after [net]',
    RF333: 'a Darknet cfg has more layers than the limit',
    RF334: 'a channel-attention gate ([scale_channels]) makes the outputs after it global',
    RF335: 'a [shortcut] adds a layer whose size Darknet cannot sample onto the previous one (unequal width and height ratios)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF320',
    notNet: 'RF321',
    unknownSection: 'RF322',
    unknownKey: 'RF323',
    invalidValue: 'RF324',
    missingKey: 'RF325',
    badReference: 'RF326',
    unsupported: 'RF327',
    fileTooLarge: 'RF328',
    notText: 'RF329',
    duplicateKey: 'RF330',
    needsInputSize: 'RF331',
    noLayers: 'RF332',
    tooManyLayers: 'RF333',
    gate: 'RF334',
    shortcutSizes: 'RF335',
};


/***/ }),

/***/ 3055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ KERAS_CODES),
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the Keras loader (Keras JSON, `.keras`, `.h5`, TF.js layers models),
 * RF340–RF359, with the one-line descriptions `check/codes.ts` shows as SARIF rule names and
 * docs/cli.md lists. Stable: add, never renumber.
 */
const KERAS_CODES = {
    RF340: 'a Keras model file is not valid JSON (or not UTF-8 text)',
    RF341: 'a Keras model file is too large or too deeply nested',
    RF342: 'a Keras model JSON lacks a key it needs or has a value of the wrong type',
    RF343: 'a Keras layer has a parameter of the wrong type or range',
    RF344: 'a Keras layer class that rflint does not know (a custom layer): say how it maps positions with assume',
    RF345: 'a Keras Lambda layer runs code rflint cannot read: say how it maps positions with assume',
    RF346: 'a Keras layer or model input names a layer or call that does not exist',
    RF347: 'a `.keras` file is not a zip holding config.json',
    RF348: 'a `.h5` file is not HDF5 or has no model_config attribute',
    RF349: 'a Keras model has no layers, no inputs or no outputs',
    RF350: 'a Keras model has more layers than the limit',
    RF351: 'the input size does not fit the model (wrong number of axes)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF340',
    limits: 'RF341',
    structure: 'RF342',
    invalidValue: 'RF343',
    unknownLayer: 'RF344',
    lambda: 'RF345',
    badReference: 'RF346',
    notZip: 'RF347',
    notHdf5: 'RF348',
    empty: 'RF349',
    tooManyLayers: 'RF350',
    inputSize: 'RF351',
};


/***/ }),

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ CODES),
/* harmony export */   PF: () => (/* binding */ CYCLE),
/* harmony export */   R3: () => (/* binding */ NATIVE_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the native format (RF1xx). Stable: users search for them and
 * docs/format.md lists them; add new ones at the end, never renumber.
 */
const CODES = {
    /** The text is not valid YAML/JSON (syntax, duplicate key, several documents). */
    syntax: 'RF100',
    unknownOp: 'RF101',
    unknownKey: 'RF102',
    /** A value of the wrong type or out of range. */
    invalidValue: 'RF103',
    missingKey: 'RF104',
    duplicateName: 'RF105',
    /** A name in `inputs` or an output's `layer` that no layer has. */
    unknownName: 'RF106',
    /** A key that exists but does not apply to this op (`scale` on a conv). */
    keyNotForOp: 'RF107',
    /** A per-axis list whose length differs from the number of axes. */
    axisCount: 'RF108',
    coverageWithoutSize: 'RF109',
    fileTooLarge: 'RF110',
    tooManyAliases: 'RF111',
    tooDeep: 'RF112',
    tooManyLayers: 'RF113',
    /** `rflint:` missing or a version this build does not read. */
    version: 'RF114',
    /** A padding kind that this op or this number of axes cannot use (`causal` in 2-D). */
    paddingKind: 'RF115',
    /** A merge with one input, or another op with several. */
    inputCount: 'RF116',
    /** `min_rf` larger than `max_rf` on some axis: the output can never pass. */
    thresholdRange: 'RF117',
};
/**
 * The one-line description of each code, as `check/codes.ts` shows it as a SARIF rule name
 * (docs/format.md lists them with an example message each).
 */
const NATIVE_CODES = {
    RF100: 'a native model file is not valid YAML or JSON',
    RF101: 'a layer has an unknown op',
    RF102: 'a native model file has an unknown key',
    RF103: 'a value of the wrong type or out of range',
    RF104: 'a required key is missing',
    RF105: 'a name is used twice among siblings',
    RF106: 'a name in `inputs` or an output\'s `layer` that no layer has',
    RF107: 'a key that does not apply to the op',
    RF108: 'a per-axis list whose length differs from the number of axes',
    RF109: 'min_coverage needs input.size',
    RF110: 'a native model file is larger than the size limit',
    RF111: 'too many YAML aliases, or aliases that expand to too much',
    RF112: 'nesting deeper than the limit',
    RF113: 'more layers after expanding `repeat` than the limit',
    RF114: '`rflint:` is missing, or a format version this rflint does not read',
    RF115: 'a padding kind this op or this number of axes cannot use',
    RF116: 'a merge with fewer than two inputs, or another op with several',
    RF117: 'min_rf is above max_rf: the output can never pass',
};
/** The engine's code for a cycle, reported by the loader with the layers' positions. */
const CYCLE = 'RF001';


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   t: () => (/* binding */ NCNN_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the ncnn `.param` loader (RF600–RF619), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const NCNN_CODES = {
    RF600: 'an ncnn param file does not start with the magic 7767517 and its layer and blob counts, or a layer line is malformed',
    RF601: 'an ncnn param file has no layers, or fewer layer lines than its count says',
    RF602: 'an ncnn layer parameter has a value of the wrong type or range',
    RF603: 'an ncnn layer misses an input blob or a parameter it needs',
    RF604: 'an ncnn layer reads a blob that no earlier layer produces',
    RF605: 'an ncnn layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF606: 'an ncnn param file is larger than the size limit',
    RF607: 'an ncnn param file is not UTF-8 text',
    RF608: 'an ncnn layer needs the input size, which the param file does not give',
    RF609: 'an ncnn param file has more layers than the limit',
    RF610: 'an ncnn layer that rflint cannot map to positions (a spatial Concat or Slice, dynamic weights)',
    RF611: 'an ncnn param file names a blob or a layer twice, or its blob count disagrees with its layers',
    RF612: 'an ncnn channel-attention gate (a BinaryOp or Eltwise product with a globally pooled blob) makes the outputs after it global',
    RF613: 'an ncnn binary param file (`.param.bin`): rflint reads the text `.param`',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF600',
    noLayers: 'RF601',
    invalidValue: 'RF602',
    missing: 'RF603',
    badBottom: 'RF604',
    unknownType: 'RF605',
    fileTooLarge: 'RF606',
    notText: 'RF607',
    needsInputSize: 'RF608',
    tooManyLayers: 'RF609',
    unsupported: 'RF610',
    duplicate: 'RF611',
    gate: 'RF612',
    binary: 'RF613',
};


/***/ }),

/***/ 1033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   W: () => (/* binding */ OPENVINO_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the OpenVINO IR loader (RF620–RF639), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
const OPENVINO_CODES = {
    RF620: 'an OpenVINO IR .xml is not well-formed XML',
    RF621: 'an XML file is not an OpenVINO IR (v10 or v11): no <net> with <layers> and <edges>',
    RF622: 'an OpenVINO IR layer, port or edge misses an attribute or has a malformed one',
    RF623: 'an OpenVINO IR layer attribute (<data>) has a value of the wrong type or range',
    RF624: 'an OpenVINO IR edge names a layer or port that does not exist, or an input is not connected',
    RF625: 'an OpenVINO IR layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
    RF626: 'an OpenVINO IR .xml is larger than the size limit',
    RF627: 'an OpenVINO IR .xml is not UTF-8 text',
    RF628: 'an OpenVINO IR layer needs a value the .xml does not give (static port dims, or a constant in the .bin)',
    RF629: 'an OpenVINO IR is over a limit (layers, XML elements, nesting) or declares entities (an XML bomb)',
    RF630: 'an OpenVINO IR layer that rflint cannot map to positions (a spatial Concat or Split, a convolution over moved axes)',
    RF631: 'a channel-attention gate (a product with a globally pooled tensor) makes the outputs after it global',
    RF632: 'an OpenVINO IR has no Parameter or no Result layer, or the graph has a cycle',
    RF633: 'an OpenVINO IR Transpose whose order the port dims do not tell apart (the order lives in the .bin)',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF620',
    notIr: 'RF621',
    malformed: 'RF622',
    invalidValue: 'RF623',
    badEdge: 'RF624',
    unknownType: 'RF625',
    fileTooLarge: 'RF626',
    notText: 'RF627',
    needsValue: 'RF628',
    limit: 'RF629',
    unsupported: 'RF630',
    gate: 'RF631',
    noIo: 'RF632',
    ambiguous: 'RF633',
};


/***/ }),

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ FROM_TFJS),
/* harmony export */   KH: () => (/* binding */ TF_GRAPHDEF_CODES),
/* harmony export */   Lp: () => (/* binding */ CODES)
/* harmony export */ });
/* harmony import */ var _tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2892);
/**
 * Diagnostic codes of the TensorFlow GraphDef loader (RF640–RF659): frozen `*.pb` graphs and
 * `saved_model.pb`. The graph is built by the TF.js graph builder (formats/tfjs-graph), whose
 * codes are mapped to these one for one (`FROM_TFJS`), so a `.pb` never reports a model.json code.
 * Stable: add, never renumber.
 */

const TF_GRAPHDEF_CODES = {
    RF640: 'a TensorFlow GraphDef or SavedModel file is truncated',
    RF641: 'a TensorFlow GraphDef or SavedModel file is not a valid protobuf message',
    RF642: 'the file is neither a GraphDef with nodes nor a SavedModel with a graph',
    RF643: 'a GraphDef node has an op rflint cannot map to positions (say how with --assume)',
    RF644: 'a GraphDef node attribute is missing or has the wrong value',
    RF645: 'a GraphDef node names an input that no node has',
    RF646: "a convolution's kernel shape is in neither its Const node nor its variable",
    RF647: 'a value the geometry needs (paddings, a resize size) is not a small integer Const in the file',
    RF648: 'a GraphDef layer needs the input size, which its Placeholder does not give',
    RF649: 'the GraphDef has no Placeholder input feeding its layers',
    RF650: 'a GraphDef node does something rflint cannot map (a concat along a spatial axis)',
    RF651: 'the GraphDef has a cycle (TF control flow)',
    RF652: 'the graph has more nodes than the limit, functions inlined',
    RF653: 'two GraphDef nodes have the same name',
    RF654: 'a channel-attention gate in a GraphDef makes the outputs after it global',
    RF655: 'a function call cannot be inlined (an unknown function, recursion, or a call deeper than the limit)',
    RF656: "a SavedModel signature's input or output names no tensor of the graph",
};
const CODES = {
    truncated: 'RF640',
    corrupt: 'RF641',
    structure: 'RF642',
    tooManyNodes: 'RF652',
    call: 'RF655',
    signature: 'RF656',
};
/** The TF.js graph builder's codes → ours. */
const FROM_TFJS = {
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unknownOp]: 'RF643',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.attribute]: 'RF644',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unknownInput]: 'RF645',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.kernelShape]: 'RF646',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.valueInWeights]: 'RF647',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.needsInputSize]: 'RF648',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.noInput]: 'RF649',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.unsupported]: 'RF650',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.cycle]: 'RF651',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.tooManyNodes]: 'RF652',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.duplicateName]: 'RF653',
    [_tfjs_graph_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L.gate]: 'RF654',
};


/***/ }),

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   m: () => (/* binding */ TFJS_GRAPH_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the TensorFlow.js graph-model loader (RF360–RF379), with the one-line
 * descriptions `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add,
 * never renumber.
 */
const TFJS_GRAPH_CODES = {
    RF360: 'a TF.js model.json is not valid JSON',
    RF361: 'a TF.js graph model has the wrong structure (modelTopology.node, weightsManifest)',
    RF362: 'a TF.js model.json is too large, too deeply nested or not UTF-8 text',
    RF363: 'a graph node has an op rflint cannot map to positions (say how with --assume)',
    RF364: 'a graph node attribute is missing or has the wrong value',
    RF365: 'a graph node names an input that no node has',
    RF366: "a convolution's kernel shape is in neither its Const node nor weightsManifest",
    RF367: 'a value the geometry needs (paddings, a resize size) is stored in the weight shards',
    RF368: 'a layer needs the input size, which the Placeholder does not give',
    RF369: 'the graph has no Placeholder input feeding its layers',
    RF370: 'a graph node does something rflint cannot map (a concat along a spatial axis)',
    RF371: 'the graph has a cycle (TF control flow)',
    RF372: 'the graph has more nodes than the limit',
    RF373: 'two graph nodes have the same name',
    RF374: 'a channel-attention gate (squeeze-and-excitation) makes the outputs after it global',
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF360',
    structure: 'RF361',
    limits: 'RF362',
    unknownOp: 'RF363',
    attribute: 'RF364',
    unknownInput: 'RF365',
    kernelShape: 'RF366',
    valueInWeights: 'RF367',
    needsInputSize: 'RF368',
    noInput: 'RF369',
    unsupported: 'RF370',
    cycle: 'RF371',
    tooManyNodes: 'RF372',
    duplicateName: 'RF373',
    gate: 'RF374',
};


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   g: () => (/* binding */ TFLITE_CODES)
/* harmony export */ });
/**
 * Diagnostic codes of the TensorFlow Lite loader (RF660–RF679), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. A channel-attention gate is
 * the engine's RF022, as for Keras. Stable: add, never renumber.
 */
const TFLITE_CODES = {
    RF660: 'the file is not a TFLite FlatBuffer (no TFL3 identifier), or is too small to be one',
    RF661: 'a TFLite offset points outside the file or at itself (a truncated or corrupt file)',
    RF662: 'the TFLite model has no usable subgraph, or its operators name tensors out of order',
    RF663: 'a TFLite operator (builtin or custom) rflint cannot map to positions (say how with --assume)',
    RF664: "a TFLite operator's options are missing or out of range (a stride of 0, an unknown padding)",
    RF665: "a TFLite convolution's weights tensor is not 4-D [out, height, width, in]",
    RF666: 'a value a TFLite operator needs (paddings, slice bounds) is computed at run time',
    RF667: 'a TFLite resize needs sizes the file leaves open (a dynamic shape)',
    RF668: "no output of the TFLite subgraph is computed from its input",
    RF669: 'a TFLite operator does something rflint cannot map (a concat along a spatial axis)',
    RF670: 'the TFLite model has more operators or tensors than the limit',
};
const CODES = {
    notTflite: 'RF660',
    corrupt: 'RF661',
    structure: 'RF662',
    unknownOp: 'RF663',
    options: 'RF664',
    kernelShape: 'RF665',
    valueNotInFile: 'RF666',
    needsInputSize: 'RF667',
    noInput: 'RF668',
    unsupported: 'RF669',
    tooMany: 'RF670',
};


/***/ }),

/***/ 4133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   o: () => (/* binding */ ULTRALYTICS_CODES)
/* harmony export */ });
/**
 * The diagnostic codes of the Ultralytics YOLO YAML loader (RF300–RF319), with the one-line
 * descriptions `check/codes.ts` keeps for SARIF rule names and docs/cli.md lists. Stable: add
 * new ones at the end, never renumber.
 */
const ULTRALYTICS_CODES = {
    RF300: 'the Ultralytics model YAML is not valid YAML',
    RF301: 'the Ultralytics model YAML is too large, too deeply nested or has too many aliases',
    RF302: 'a value in the Ultralytics model YAML has the wrong type or range',
    RF303: 'the Ultralytics model YAML lacks `backbone` or `head`',
    RF304: 'a row names a module rflint does not know',
    RF305: "a row's `from` names a layer that does not exist (yet)",
    RF306: "a module's arguments cannot be read",
    RF307: 'the scale chosen is not in the file\'s `scales:`',
    RF308: 'an attention layer makes the outputs after it global',
    RF309: 'the model expands to more nodes than the limit',
    RF310: 'the input size is not two positive integers (height, width)',
    RF311: "a row's `from` has the wrong number of inputs for its module",
};
/** The codes by what they mean, for the loader's own use. */
const CODES = {
    syntax: 'RF300',
    limits: 'RF301',
    invalidValue: 'RF302',
    missingKey: 'RF303',
    unknownModule: 'RF304',
    badFrom: 'RF305',
    badArgs: 'RF306',
    unknownScale: 'RF307',
    attention: 'RF308',
    tooManyNodes: 'RF309',
    inputSize: 'RF310',
    inputCount: 'RF311',
};


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

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif),
  toSarif: () => (/* binding */ toSarif)
});

// EXTERNAL MODULE: ./src/formats/caffe/codes.ts
var codes = __webpack_require__(3590);
// EXTERNAL MODULE: ./src/formats/darknet/codes.ts
var darknet_codes = __webpack_require__(594);
// EXTERNAL MODULE: ./src/formats/keras/codes.ts
var keras_codes = __webpack_require__(3055);
// EXTERNAL MODULE: ./src/formats/native/codes.ts
var native_codes = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/formats/ncnn/codes.ts
var ncnn_codes = __webpack_require__(788);
// EXTERNAL MODULE: ./src/formats/openvino/codes.ts
var openvino_codes = __webpack_require__(1033);
;// CONCATENATED MODULE: ./src/formats/onnx/codes.ts
/**
 * The diagnostic codes the ONNX loader raises (RF2xx), with one-line descriptions in the form
 * `check/codes.ts` keeps for SARIF rule names. Codes are stable: add, never renumber.
 */
const ONNX_CODES = {
    RF201: 'the ONNX file is truncated',
    RF202: 'the ONNX file is not a valid protobuf message (corrupt varint, length or wire type)',
    RF203: 'the ONNX model has no usable graph or data input',
    RF204: 'an unknown operator lies on a path to an output',
    RF205: 'an operator is used in a way rflint cannot map to geometry',
    RF206: 'a channel-attention gate makes the outputs after it global',
    RF207: 'the geometry depends on the input size, which the file leaves open (dynamic axes)',
};

// EXTERNAL MODULE: ./src/formats/tfjs-graph/codes.ts
var tfjs_graph_codes = __webpack_require__(2892);
// EXTERNAL MODULE: ./src/formats/tf-graphdef/codes.ts
var tf_graphdef_codes = __webpack_require__(7755);
// EXTERNAL MODULE: ./src/formats/tflite/codes.ts
var tflite_codes = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/formats/ultralytics/codes.ts
var ultralytics_codes = __webpack_require__(4133);
// EXTERNAL MODULE: ./src/rf/codes.ts
var rf_codes = __webpack_require__(6262);
;// CONCATENATED MODULE: ./src/check/codes.ts
/**
 * The diagnostic codes this layer raises (RF4xx thresholds and rules, RF5xx discovery and
 * I/O), with the
 * one-line descriptions SARIF shows as rule names. Codes are stable: add, never renumber.
 */












const CODES = {
    RF401: 'the rules are not valid YAML',
    RF402: 'a rule has a value of the wrong type or range',
    RF403: 'a rule has an unknown key',
    RF404: 'a rule matches no model file',
    RF405: "a rule's outputs match no output of the files it matches: its thresholds check nothing",
    RF406: 'a per-axis threshold has the wrong number of values',
    RF410: 'the RF is smaller than min_rf',
    RF411: 'the RF is larger than max_rf',
    RF412: 'the RF covers less of the input than min_coverage',
    RF413: 'min_coverage needs an input size',
    RF414: 'an output with an RF threshold is global',
    RF415: 'every output of a file is global: check its stage ends instead',
    RF416: 'the effective RF is narrower than min_erf',
    RF417: 'min_erf cannot be checked: the effective RF is unknown',
    RF420: 'the model has more parameters than max_params',
    RF421: 'the model takes more multiply–accumulates than max_macs',
    RF422: 'max_params or max_macs cannot be checked: channels or the input size unknown',
    RF501: 'a pattern matches no model file',
    RF502: 'a path does not exist',
    RF503: 'a symbolic link points outside the working directory',
    RF504: 'a file cannot be read',
    RF505: 'no loader reads this file',
    RF506: 'a file is larger than the limit',
    RF507: 'a loader failed unexpectedly',
    RF508: 'the file is a Git LFS pointer, not the model',
    RF509: 'a path points outside the workspace',
    RF510: 'a PyTorch or pickle file: never loaded, since unpickling runs code',
    RF511: 'a file took longer than the per-file time budget',
    RF512: 'a file a folder search found looks like a model, but no loader reads it',
    RF513: 'no model file was found',
};
const ALL = { ...rf_codes/* ENGINE_CODES */.Q, ...native_codes/* NATIVE_CODES */.R3, ...ONNX_CODES, ...ultralytics_codes/* ULTRALYTICS_CODES */.o, ...darknet_codes/* DARKNET_CODES */.F, ...codes/* CAFFE_CODES */.J, ...keras_codes/* KERAS_CODES */.I, ...tfjs_graph_codes/* TFJS_GRAPH_CODES */.m, ...tf_graphdef_codes/* TF_GRAPHDEF_CODES */.KH, ...tflite_codes/* TFLITE_CODES */.g, ...ncnn_codes/* NCNN_CODES */.t, ...openvino_codes/* OPENVINO_CODES */.W, ...CODES };
/** A description for any code, ours or another layer's (SARIF needs one per rule). */
function describeCode(code) {
    if (code in ALL)
        return ALL[code];
    if (code.startsWith('RF0'))
        return 'the model graph is invalid or cannot be analysed';
    if (code.startsWith('RF2'))
        return 'the ONNX model is invalid or unsupported';
    if (code.startsWith('RF3'))
        return 'the model file is invalid';
    return 'rflint diagnostic';
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/failures.ts
var failures = __webpack_require__(7999);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub
 * code scanning reads it: one run, one rule per diagnostic code, one result per diagnostic and
 * per failed threshold (on the output's line).
 */



function renderSarif(report, options) {
    return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
function toSarif(report, options) {
    const diagnostics = [...(report.diagnostics ?? []), ...report.files.flatMap(failures/* fileDiagnostics */.l)];
    const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'rflint',
                        version: options.toolVersion,
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules: codes.map((id) => ({ id, shortDescription: { text: describeCode(id) } })),
                    },
                },
                results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
            },
        ],
    };
}
function result(d, ruleIndex) {
    return {
        ruleId: d.code,
        ruleIndex,
        level: d.severity,
        // Plain text, but `[x](1)` would be an embedded link: brackets escaped, controls visible.
        message: { text: (0,report_escape/* sarifText */.BC)(d.message) },
        ...(d.file !== undefined ? { locations: [sarif_location(d, d.file)] } : {}),
    };
}
function sarif_location(d, file) {
    const region = d.line !== undefined
        ? {
            startLine: d.line,
            startColumn: d.column ?? 1,
            ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
            ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
        }
        : undefined;
    return {
        physicalLocation: {
            // Relative to the checkout: code scanning resolves it against the repository root.
            artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {}),
        },
    };
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ENGINE_CODES)
/* harmony export */ });
/**
 * The engine's codes (RF0xx), raised as GraphError (or, for RF020/RF021, reported as warnings
 * by the check layer), with one-line descriptions for docs and SARIF rule names. Stable: add,
 * never renumber.
 */
const ENGINE_CODES = {
    RF001: 'the graph has a cycle',
    RF002: 'a node names an input that does not exist, or has none',
    RF003: 'a per-axis value has the wrong number of axes (1 to 3)',
    RF004: 'an op parameter is out of range (kernel, stride, dilation ≥ 1; integers)',
    RF010: 'a tensor size becomes ≤ 0 (the input is too small for a layer)',
    RF011: 'a merge joins tensors of different sizes',
    RF012: 'a merge joins paths of different strides (the RF would grow with the position)',
    RF013: 'the RF repeats with a period longer than the limit (rational resize factors)',
    RF014: 'a stride or position exceeds 2^53',
    RF015: 'the RF depends on the input size here (SAME after upsampling, align_corners): set it',
    RF016: 'the exact analysis would exceed its step limit (a huge kernel after upsampling)',
    RF020: 'merged paths see the input with different centres (the RF is lopsided)',
    RF021: 'the RF depends on the input size (SAME padding upstream of a merge)',
    // Raised by loaders through formats/toolkit/channel-attention.ts, one code for every format
    // that uses it (ONNX, Darknet, TF.js graph and Caffe still raise their older RF206, RF334,
    // RF374 and RF393 for the same finding).
    RF022: 'a channel-attention gate (a product with a tensor computed from the whole input) makes the outputs after it global',
};


/***/ })

};
