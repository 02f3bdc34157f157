export const id = 75;
export const ids = [75];
export const modules = {

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

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ astProblem),
/* harmony export */   b: () => (/* binding */ flowTooDeep)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Guards against hostile or runaway files, checked before the expensive step each protects:
 * the text's flow nesting before parsing (the YAML composer recurses, so 10^5 `[` would take
 * seconds and then overflow), the document's aliases and depth before building plain data
 * (billion laughs), and the node count before expanding `repeat`.
 */

/** Offset of the first `[` or `{` deeper than `maxDepth`, skipping quoted text and comments. */
function flowTooDeep(text, maxDepth) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    quote = undefined;
            }
            continue;
        }
        const before = i === 0 ? '\n' : text[i - 1];
        if ((c === '"' || c === "'") && /[\s[{,:]/.test(before))
            quote = c;
        else if (c === '#' && /\s/.test(before)) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length : eol;
        }
        else if (c === '[' || c === '{') {
            if (++depth > maxDepth)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
/**
 * The first alias beyond `maxAliases`, the first node deeper than `maxDepth`, or the first alias
 * inside the very node its anchor names (`&b [x, *b]`: the plain data would contain itself, and
 * everything that walks it — the schema check, JSON — would recurse forever). Iterative.
 */
function astProblem(doc, maxAliases, maxDepth) {
    let aliases = 0;
    const stack = [{ node: doc.contents, depth: 1, up: undefined }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { node, depth } = frame;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            if (++aliases > maxAliases)
                return { kind: 'aliases', range: node.range ?? undefined };
            // At most maxAliases × maxDepth steps: an alias can only name an anchor set before it, so
            // a cycle always runs through one of the alias's own ancestors.
            const target = node.resolve(doc);
            for (let up = frame.up; up; up = up.up)
                if (up.node === target)
                    return { kind: 'cycle', range: node.range ?? undefined };
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (depth > maxDepth)
                return { kind: 'depth', range: node.range ?? undefined };
            // Pushed in reverse so nodes pop in document order: the error points at the first offender.
            const items = node.items;
            for (let i = items.length - 1; i >= 0; i--) {
                const item = items[i];
                stack.push({ node: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? item.value : item, depth: depth + 1, up: frame });
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1017);
/* harmony import */ var _yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2858);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6348);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6556);
/**
 * Text → plain data plus a locator of source positions. YAML and JSON share the parser (JSON
 * is YAML 1.2), so both get 1-based line/column positions the same way.
 */





function parseText(text, limits) {
    const fail = (code, message, offset) => {
        // Some failures come before the document exists, so positions come from the text itself.
        const at = offset === undefined ? undefined : (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .spans */ .iV)(text)(offset);
        return { diagnostics: [(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)(code, message, at)] };
    };
    const deep = (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .flowTooDeep */ .b)(text, limits.maxDepth);
    if (deep !== undefined) {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooDeep, `nesting deeper than ${limits.maxDepth} levels; a model file never needs that many (is the file generated by mistake?)`, deep);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: true, version: '1.2' });
    const syntax = doc.errors[0];
    if (syntax) {
        // yaml appends " at line L, column C:" and a code frame; we give the position separately.
        const message = syntax.message.split(/ at line \d+, column \d+/)[0].replace(/\s+$/, '');
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, describeSyntax(syntax.code, message), syntax.pos[0]);
    }
    const problem = (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .astProblem */ .Y)(doc, limits.maxAliases, limits.maxDepth);
    if (problem?.kind === 'aliases') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooManyAliases, `more than ${limits.maxAliases} YAML aliases (*name); write the layers out or use \`repeat\``, problem.range?.[0]);
    }
    if (problem?.kind === 'cycle') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, `this alias (*name) sits inside the node its anchor (&name) marks, so the node would contain itself; copy the part you meant instead`, problem.range?.[0]);
    }
    if (problem?.kind === 'depth') {
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooDeep, `nesting deeper than ${limits.maxDepth} levels; a model file never needs that many`, problem.range?.[0]);
    }
    let data;
    try {
        // maxAliasCount bounds the expanded size: a few aliases of aliases can still mean 10^9 nodes.
        data = doc.toJS({ maxAliasCount: limits.maxAliases });
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        // The first alias when one can be found (`*` then a BOM is one that cannot), else the start.
        const at = firstAlias(text) ?? 0;
        if (err.message.startsWith('Unresolved alias'))
            return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.syntax, `an alias (*name) names no anchor (&name) set before it`, at);
        return fail(_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .CODES */ .Lp.tooManyAliases, `YAML aliases expand to too many nodes (a "billion laughs" file?); write the layers out or use \`repeat\``, at);
    }
    return { parsed: { data, locate: (0,_yaml_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .locator */ .fl)(doc, text) } };
}
function describeSyntax(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same mapping; remove one';
    if (code === 'MULTIPLE_DOCS')
        return 'the file holds several YAML documents; a model file holds one';
    return `invalid YAML/JSON: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
function firstAlias(text) {
    const match = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    return match ? match.index + match[1].length : undefined;
}


/***/ }),

/***/ 2858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   fl: () => (/* binding */ locator),
/* harmony export */   iV: () => (/* binding */ spans)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Source positions in a YAML or JSON text (JSON is YAML 1.2, so it parses the same): a path in
 * the parsed data (`layers/3/kernel`) → the node it came from, as 1-based line and column, so a
 * diagnostic points at the offending value, or at the key of an unknown key.
 */

function locator(doc, text) {
    const span = spans(text);
    const position = (range) => (range ? span(range[0], range[1]) : { line: 1, column: 1 });
    // Aliases are followed to their anchor: `*conv` points where the anchored layer is written.
    const resolve = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node);
    const walk = (path) => {
        let node = resolve(doc.contents);
        let parent = undefined;
        for (const segment of path) {
            // Sequences by index (O(1): a file may hold 10^5 layers), mappings by key.
            const child = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[Number(segment)] : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? pairOf(node.items, segment) : undefined;
            if (child === undefined)
                return { node, parent, found: false };
            parent = node;
            node = resolve((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(child) ? child.value : child);
        }
        return { node, parent, found: true };
    };
    const rangeOf = (node) => node?.range;
    return {
        at: (path) => position(rangeOf(walk(path).node)),
        key(path) {
            const { parent, found } = walk(path);
            const pair = found && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent) ? pairOf(parent.items, path[path.length - 1]) : undefined;
            return pair ? position(rangeOf(pair.key)) : this.at(path.slice(0, -1));
        },
        span,
    };
}
function pairOf(items, segment) {
    return items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === String(segment));
}
/**
 * Character offsets → 1-based positions, from the text alone (some failures come before a
 * document exists). Lines end at `\n`, so CRLF files count the same; a byte-order mark is not
 * a column (the parser's offsets count it, editors do not show it).
 */
function spans(text) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const point = (offset) => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        const skip = low === 0 ? bom : 0;
        return { line: low + 1, column: Math.max(1, offset - lineStarts[low] + 1 - skip) };
    };
    return (start, end) => {
        const from = point(start);
        if (end === undefined)
            return { line: from.line, column: from.column };
        const to = point(end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
}
/**
 * `layers[3].block[0].kernel`: how a person reads a path. `root` names the top (`rules` gives
 * `rules[0].min_rf`); without one the top is `the file`.
 */
function describePath(path, root = '') {
    let out = root;
    for (const segment of path)
        out += typeof segment === 'number' || /^\d+$/.test(segment) ? `[${segment}]` : `${out ? '.' : ''}${segment}`;
    return out || 'the file';
}


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ dataPath),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   mT: () => (/* binding */ schemaDiagnostics)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1017);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2858);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1728);



/** One diagnostic per offending location, in file order. */
function schemaDiagnostics(errors, data, locate, wording) {
    const live = mergeForbiddenKeys(dropMisspeltRequired(collapse(errors.filter((e) => e.keyword !== 'if'))));
    const seen = new Set();
    const out = [];
    for (const { e, keys } of live) {
        const path = dataPath(e.instancePath);
        const problem = {
            keyword: e.keyword,
            path,
            label: (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(path, wording.root),
            value: valueAt(data, path),
            params: e.params,
            schemaPath: e.schemaPath,
            parentSchema: e.parentSchema,
            message: e.message,
            keys,
        };
        const d = wording.special?.(problem) ?? common(problem, locate, wording);
        const key = `${d.line}:${d.column}:${d.message}`;
        if (!seen.has(key))
            out.push(d);
        seen.add(key);
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** `/layers/3/kernel` (ajv's JSON pointer) → `['layers', 3, 'kernel']`. */
function dataPath(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path)
        node = node !== null && typeof node === 'object' ? node[segment] : undefined;
    return node;
}
/** A value as a message quotes it: JSON, cut short. */
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
const TYPE_NAMES = {
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    null: 'empty',
};
function common(p, locate, wording) {
    const { codes } = wording;
    const { label, params } = p;
    const got = `got ${show(p.value)}`;
    const at = locate.at(p.path);
    const invalid = (message) => (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.invalidValue, `${label}: ${message}`, at);
    switch (p.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = knownKeys(p.parentSchema);
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, known) || (known.length > 0 ? `; expected ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .alternatives */ .Vo)(known)}` : '');
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.unknownKey, `${label}: unknown key \`${key}\`${hint}`, locate.key([...p.path, key]));
        }
        case 'required':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.missingKey, `${label}: missing \`${String(params.missingProperty)}\``, at);
        case 'false schema': {
            const one = p.keys.length === 1;
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(codes.unknownKey, `${(0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .describePath */ .NH)(p.path.slice(0, -1), wording.root)}: ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .allOf */ .bn)(p.keys)} ${one ? 'is' : 'are'} not allowed here; remove ${one ? 'it' : 'them'}`, locate.key(p.path));
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            return invalid(`must be ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .alternatives */ .Vo)(allowed)}, ${got}${typeof p.value === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(p.value, allowed) : ''}`);
        }
        case 'const':
            return invalid(`must be ${show(params.allowedValue)}, ${got}`);
        case 'type':
            return invalid(`must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, ${got}`);
        case 'minimum':
            return invalid(`must be ≥ ${String(params.limit)}, ${got}`);
        case 'exclusiveMinimum':
            return invalid(`must be > ${String(params.limit)}, ${got}`);
        case 'maximum':
            return invalid(`must be ≤ ${String(params.limit)}, ${got}`);
        case 'exclusiveMaximum':
            return invalid(`must be < ${String(params.limit)}, ${got}`);
        case 'minItems':
        case 'maxItems': {
            const description = accepted(p.parentSchema);
            if (description)
                return invalid(`must be ${description}, ${got}`);
            const limit = Number(params.limit);
            const bound = p.keyword === 'minItems' ? 'at least' : 'at most';
            const last = p.path[p.path.length - 1];
            if (Array.isArray(p.value) && wording.perAxisKeys?.includes(String(last))) {
                return invalid(`must have ${bound} ${limit} value${limit === 1 ? '' : 's'} (one per axis), got ${p.value.length}`);
            }
            return invalid(`must have ${bound} ${limit} item${limit === 1 ? '' : 's'}, ${got}`);
        }
        case 'minLength':
            return invalid('must not be empty');
        default: {
            const description = accepted(p.parentSchema);
            return invalid(`${description ? `must be ${description}` : (p.message ?? 'is not valid')}, ${got}`);
        }
    }
}
/** The keys a mapping's schema knows, in the schema's order. */
function knownKeys(schema) {
    return Object.keys(schema?.properties ?? {});
}
/**
 * What a location accepts, as a noun phrase that reads after "must be": the description
 * without its title ("Kernel size: an integer ≥ 1, …" → "an integer ≥ 1, …"), else the types
 * of its branches ("an integer or a list of them"). Editor prose (a sentence: it ends with a
 * full stop) does not read well there, so it is skipped.
 */
function accepted(schema) {
    const description = schema?.description;
    if (typeof description === 'string') {
        const phrase = description.replace(/^[A-Z][\w /]*:\s+/, '');
        if (/^(a|an|one) /.test(phrase) && !phrase.endsWith('.'))
            return phrase;
    }
    return branchTypes(schema);
}
/** `oneOf: [{type: integer}, {type: array, items: {type: integer}}]` → "an integer or a list of them". */
function branchTypes(schema) {
    const branches = schema?.oneOf ?? schema?.anyOf;
    if (!branches)
        return undefined;
    const scalars = [];
    const names = [];
    for (const branch of branches) {
        if (typeof branch.type !== 'string')
            return undefined;
        const item = branch.items?.type;
        if (branch.type === 'array' && typeof item === 'string' && scalars.includes(item))
            names.push('a list of them');
        else
            names.push(TYPE_NAMES[branch.type] ?? branch.type);
        scalars.push(branch.type);
    }
    return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
/**
 * oneOf/anyOf: keep the errors of the one branch that fits the value, drop the others (and
 * the oneOf/anyOf itself); when none or several fit, keep only the oneOf/anyOf. Outer
 * alternatives first, so an inner one only sees the branch its owner kept.
 */
function collapse(errors) {
    const live = new Set(errors);
    const alternativesFirst = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
    for (const alt of alternativesFirst) {
        if (!live.has(alt))
            continue;
        const prefix = `${alt.schemaPath}/`;
        const branches = new Map();
        for (const e of live) {
            if (e === alt || !e.schemaPath.startsWith(prefix) || !within(e.instancePath, alt.instancePath))
                continue;
            const branch = e.schemaPath.slice(prefix.length).split('/')[0];
            branches.set(branch, [...(branches.get(branch) ?? []), e]);
        }
        // A branch "fits" unless it rejects the value's type at this very location.
        const fitting = [...branches.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
        const keep = fitting.length === 1 ? fitting[0] : [];
        for (const errs of branches.values())
            for (const e of errs)
                if (!keep.includes(e))
                    live.delete(e);
        if (keep.length > 0)
            live.delete(alt);
    }
    return errors.filter((e) => live.has(e));
}
function within(path, ancestor) {
    return path === ancestor || path.startsWith(`${ancestor}/`);
}
/** `layer:` for `layers:` is one mistake: keep "unknown key, did you mean", drop "missing `layers`". */
function dropMisspeltRequired(errors) {
    const meant = new Set();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        const match = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .pA)(String(e.params.additionalProperty), knownKeys(e.parentSchema));
        if (match !== undefined)
            meant.add(`${e.instancePath}/${match}`);
    }
    return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}/${String(e.params.missingProperty)}`)));
}
/** Forbidden keys (`false` schemas) of one mapping: one problem naming them all, at the first. */
function mergeForbiddenKeys(errors) {
    const byMapping = new Map();
    const out = [];
    for (const e of errors) {
        const cut = e.instancePath.lastIndexOf('/');
        const key = dataPath(e.instancePath).at(-1);
        if (e.keyword !== 'false schema' || key === undefined) {
            out.push({ e, keys: [] });
            continue;
        }
        const mapping = e.instancePath.slice(0, cut);
        const keys = byMapping.get(mapping);
        if (keys)
            keys.push(String(key));
        else {
            const first = [String(key)];
            byMapping.set(mapping, first);
            out.push({ e, keys: first });
        }
    }
    return out;
}


/***/ })

};
