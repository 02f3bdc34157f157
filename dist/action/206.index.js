export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderHtml: () => (/* binding */ renderHtml)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/html/client.ts
function rflintClient() {
    const dataElement = document.getElementById('rflint-data');
    const select = document.getElementById('viewer-output');
    const viewsElement = document.getElementById('viewer-views');
    const textElement = document.getElementById('viewer-text');
    const sizeInput = document.getElementById('viewer-size');
    const imageInput = document.getElementById('viewer-image');
    const viewer = document.getElementById('viewer');
    if (!dataElement || !select || !viewsElement || !textElement || !sizeInput || !imageInput || !viewer)
        return;
    const data = JSON.parse(dataElement.textContent ?? '{}');
    const byId = new Map(data.outputs.map((o) => [o.id, o]));
    let output;
    let views = [];
    let sizes = [];
    let image;
    let imageUrl;
    let frame = 0;
    const mod = (u, p) => ((u % p) + p) % p;
    function windowAt(w, u) {
        const r = mod(u, w.period);
        const m = (u - r) / w.period;
        const lo = w.lo[r];
        const hi = w.hi[r];
        if (lo === null || lo === undefined || hi === null || hi === undefined)
            return undefined;
        return { lo: lo + m * w.step, hi: hi + m * w.step };
    }
    /** Weights (per mille of the peak) of position u's ERF on one axis, from input position lo. */
    function erfAt(w, u) {
        const r = mod(u, w.period);
        const profile = w.erf?.[r];
        if (!profile)
            return undefined;
        return { lo: profile.lo + ((u - r) / w.period) * w.step, weights: profile.weights };
    }
    /** Positions shown: the output's size at the model's input size, else those centred inside the input. */
    function makeAxis(w, size) {
        let count;
        if (w.outputSize !== undefined && w.inputSize === size)
            count = w.outputSize;
        else {
            count = 0;
            for (let u = 0; u < 1 << 16; u++) {
                const s = windowAt(w, u);
                if (s && (s.lo + s.hi) / 2 > size - 1)
                    break;
                count = u + 1;
            }
        }
        count = Math.max(1, count);
        const anchors = new Float64Array(count);
        let minLo = 0;
        let maxHi = size - 1;
        let first;
        for (let u = 0; u < count; u++) {
            const s = windowAt(w, u);
            if (s && first === undefined)
                first = (s.lo + s.hi) / 2 - (u * w.step) / w.period;
            anchors[u] = s ? (w.period === 1 ? (s.lo + s.hi) / 2 : first + (u * w.step) / w.period) : NaN;
            if (s && s.lo < minLo)
                minLo = s.lo;
            if (s && s.hi > maxHi)
                maxHi = s.hi;
        }
        // Padding drawn around the input: as far as windows reach, at most the input's size.
        return { w, size, before: Math.min(-minLo, size), after: Math.min(maxHi - (size - 1), size), count, anchors };
    }
    function nearest(axis, x) {
        let best = 0;
        let distance = Infinity;
        for (let u = 0; u < axis.count; u++) {
            const d = Math.abs(axis.anchors[u] - x);
            if (d < distance)
                [best, distance] = [u, d];
        }
        return best;
    }
    function defaultSizes(o) {
        const windows = o.windows ?? o.base?.windows ?? [];
        if (windows.length === 0)
            return [224, 224];
        return windows.map((w) => w.inputSize ?? (windows.length === 1 ? 1024 : 224));
    }
    function setOutput(id) {
        const next = byId.get(id);
        if (!next)
            return;
        output = next;
        select.value = id;
        sizes = defaultSizes(next);
        sizeInput.value = sizes.join('x');
        sizeInput.removeAttribute('aria-invalid');
        build();
    }
    function build() {
        if (!output)
            return;
        viewsElement.textContent = '';
        const geometries = output.base ? [[data.baseName ?? 'base', output.base], ['head', output]] : [['', output]];
        views = geometries.map(([label, geometry]) => {
            const figure = document.createElement('figure');
            figure.className = 'view';
            const canvas = document.createElement('canvas');
            canvas.tabIndex = 0;
            canvas.setAttribute('role', 'img');
            figure.append(canvas);
            const caption = document.createElement('figcaption');
            caption.textContent = `${label ? `${label}: ` : ''}${output.name} (RF ${geometry.global ? 'global' : (geometry.rf ?? ['?']).join('×')})`;
            figure.append(caption);
            viewsElement.append(figure);
            const view = { label, geometry, canvas, figure, axes: [], u: [], text: '' };
            canvas.addEventListener('mousemove', (event) => pointAt(view, event));
            canvas.addEventListener('keydown', (event) => key(view, event));
            canvas.addEventListener('click', () => canvas.focus());
            return view;
        });
        // Base and head get the same margins, so the input is the same size in both pictures.
        for (const view of views)
            view.axes = axesOf(view);
        for (const view of views) {
            view.axes = view.axes.map((axis, a) => ({ ...axis, before: Math.max(...views.map((v) => v.axes[a]?.before ?? 0)), after: Math.max(...views.map((v) => v.axes[a]?.after ?? 0)) }));
            layout(view);
        }
        redraw();
    }
    function axesOf(view) {
        const windows = view.geometry.windows;
        return windows ? windows.map((w, a) => makeAxis(w, sizes[a] ?? sizes[sizes.length - 1])) : [];
    }
    function layout(view) {
        const A = view.geometry.windows?.length ?? sizes.length;
        view.u = view.axes.map((axis) => Math.floor((axis.count - 1) / 2));
        const x = view.axes[A - 1];
        const y = A >= 2 ? view.axes[A - 2] : undefined;
        const sx = sizes[A - 1] ?? 224;
        const sy = A >= 2 ? sizes[A - 2] ?? 224 : 0;
        const width = x ? x.before + x.size + x.after : sx;
        // 1-D: a strip, stretched by CSS.
        const height = A >= 2 ? (y ? y.before + y.size + y.after : sy) : Math.max(8, Math.min(64, Math.round(width / 8)));
        view.canvas.width = width;
        view.canvas.height = height;
        view.figure.classList.toggle('one-d', A < 2);
    }
    /** Canvas coordinates of input position (x, y). */
    function origin(view) {
        const A = view.axes.length;
        return { x: view.axes[A - 1]?.before ?? 0, y: A >= 2 ? view.axes[A - 2].before : 0 };
    }
    function pointAt(view, event) {
        // The content box: the border is not part of the picture.
        const { canvas } = view;
        const rect = canvas.getBoundingClientRect();
        const o = origin(view);
        const x = ((event.clientX - rect.left - canvas.clientLeft) / canvas.clientWidth) * canvas.width - o.x;
        const y = ((event.clientY - rect.top - canvas.clientTop) / canvas.clientHeight) * canvas.height - o.y;
        // Every view shows the position nearest to the same input point: base and head side by side.
        for (const v of views) {
            const A = v.axes.length;
            if (A === 0)
                continue;
            v.u[A - 1] = nearest(v.axes[A - 1], x);
            if (A >= 2)
                v.u[A - 2] = nearest(v.axes[A - 2], y);
        }
        schedule();
    }
    function key(view, event) {
        const A = view.axes.length;
        if (event.key === 'PageDown' || event.key === 'PageUp') {
            const options = Array.from(select.options);
            const next = options[select.selectedIndex + (event.key === 'PageDown' ? 1 : -1)];
            event.preventDefault();
            if (next) {
                setOutput(next.value);
                views[views.length - 1]?.canvas.focus();
            }
            return;
        }
        if (A === 0)
            return;
        const stepBy = event.shiftKey ? 10 : 1;
        // A 3-D model (time, height, width): [ and ] move along the axis the picture does not show.
        const move = {
            ArrowLeft: [A - 1, -stepBy],
            ArrowRight: [A - 1, stepBy],
            ArrowUp: [A - 2, -stepBy],
            ArrowDown: [A - 2, stepBy],
            ...(A > 2 ? { '[': [0, -1], ']': [0, 1] } : {}),
        };
        const m = move[event.key];
        if (event.key === 'Home' || event.key === 'End') {
            for (let a = 0; a < A; a++)
                view.u[a] = event.key === 'Home' ? 0 : view.axes[a].count - 1;
        }
        else if (m && m[0] >= 0) {
            const [a, d] = m;
            view.u[a] = Math.max(0, Math.min(view.axes[a].count - 1, view.u[a] + d));
        }
        else
            return;
        event.preventDefault();
        // The other view follows by centre.
        for (const v of views) {
            if (v === view)
                continue;
            for (let a = 0; a < Math.min(A, v.axes.length); a++)
                v.u[a] = nearest(v.axes[a], view.axes[a].anchors[view.u[a]]);
        }
        schedule();
    }
    function schedule() {
        if (frame)
            return;
        frame = requestAnimationFrame(() => {
            frame = 0;
            redraw();
        });
    }
    function redraw() {
        for (const view of views)
            draw(view);
        textElement.textContent = views.map((v) => v.text).join('\n');
    }
    let hatch = null;
    function hatchPattern(ctx) {
        if (hatch)
            return hatch;
        const tile = document.createElement('canvas');
        tile.width = tile.height = 6;
        const t = tile.getContext('2d');
        t.strokeStyle = 'rgba(0,0,0,0.45)';
        t.beginPath();
        t.moveTo(0, 6);
        t.lineTo(6, 0);
        t.stroke();
        hatch = ctx.createPattern(tile, 'repeat');
        return hatch;
    }
    function draw(view) {
        const { canvas, axes } = view;
        const ctx = canvas.getContext('2d');
        const A = axes.length;
        const o = origin(view);
        const sx = A > 0 ? axes[A - 1].size : sizes[sizes.length - 1] ?? 224;
        const sy = A >= 2 ? axes[A - 2].size : A === 1 ? canvas.height : sizes[sizes.length - 2] ?? 224;
        // One CSS pixel in canvas units, per axis: lines stay visible however the canvas is scaled.
        const px = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
        const py = canvas.clientHeight > 0 ? canvas.height / canvas.clientHeight : 1;
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.fillStyle = '#eef1f4';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        if (image)
            ctx.drawImage(image, o.x, o.y, sx, sy);
        else {
            ctx.fillStyle = '#ffffff';
            ctx.fillRect(o.x, o.y, sx, sy);
        }
        ctx.fillStyle = '#1f2328';
        frameRect(ctx, o.x, o.y, sx, sy, px, py);
        if (view.geometry.global || A === 0) {
            view.canvas.dataset.box = JSON.stringify({ global: view.geometry.global });
            view.text = `${prefix(view)}${view.geometry.global ? 'global: every position sees the whole input.' : 'no window known for this output (see its diagnostics).'}`;
            canvas.setAttribute('aria-label', view.text);
            return;
        }
        drawGrid(ctx, view, o, px, py);
        const spans = axes.map((axis, a) => windowAt(axis.w, view.u[a]));
        const x = spans[A - 1];
        const y = A >= 2 ? spans[A - 2] : { lo: 0, hi: sy - 1 };
        if (!x || !y || spans.some((s) => !s)) {
            view.canvas.dataset.box = JSON.stringify({ u: view.u, lo: null, hi: null });
            view.text = `${prefix(view)}position ${view.u.join(', ')} reads no input (a hole of a transposed convolution).`;
            canvas.setAttribute('aria-label', view.text);
            return;
        }
        drawErf(ctx, view, o, sx, sy);
        // The part of the box in the padding, hatched; the box; the centre.
        ctx.save();
        ctx.beginPath();
        ctx.rect(o.x + x.lo, o.y + y.lo, x.hi - x.lo + 1, y.hi - y.lo + 1);
        ctx.rect(o.x, o.y, sx, sy);
        ctx.clip('evenodd');
        ctx.fillStyle = hatchPattern(ctx) ?? 'rgba(0,0,0,0.3)';
        ctx.fillRect(o.x + x.lo, o.y + y.lo, x.hi - x.lo + 1, y.hi - y.lo + 1);
        ctx.restore();
        ctx.fillStyle = '#ffffff';
        frameRect(ctx, o.x + x.lo - px, o.y + y.lo - py, x.hi - x.lo + 1 + 2 * px, y.hi - y.lo + 1 + 2 * py, px, py);
        ctx.fillStyle = '#000000';
        frameRect(ctx, o.x + x.lo, o.y + y.lo, x.hi - x.lo + 1, y.hi - y.lo + 1, 2 * px, 2 * py);
        const cx = o.x + (x.lo + x.hi + 1) / 2;
        const cy = o.y + (y.lo + y.hi + 1) / 2;
        ctx.fillRect(cx - 6 * px, cy - py, 12 * px, 2 * py);
        ctx.fillRect(cx - px, cy - 6 * py, 2 * px, 12 * py);
        describe(view, spans);
    }
    /** A rectangle's outline, `tx` wide on the sides and `ty` on top and bottom (fillStyle). */
    function frameRect(ctx, x, y, w, h, tx, ty) {
        ctx.fillRect(x, y, w, ty);
        ctx.fillRect(x, y + h - ty, w, ty);
        ctx.fillRect(x, y, tx, h);
        ctx.fillRect(x + w - tx, y, tx, h);
    }
    /** A dot at each position's anchor when they are far enough apart to tell (≥ 5 CSS pixels). */
    function drawGrid(ctx, view, o, px, py) {
        const A = view.axes.length;
        const xs = view.axes[A - 1];
        const ys = A >= 2 ? view.axes[A - 2] : undefined;
        const gap = (axis) => (axis.count > 1 ? Math.abs(axis.anchors[axis.count - 1] - axis.anchors[0]) / (axis.count - 1) : Infinity);
        if (gap(xs) / px < 5 || (ys && gap(ys) / py < 5) || xs.count * (ys?.count ?? 1) > 20000)
            return;
        ctx.fillStyle = 'rgba(9,105,218,0.85)';
        const rows = ys ? Array.from(ys.anchors) : [view.canvas.height / 2 - o.y - 0.5];
        for (const cy of rows) {
            for (const cx of xs.anchors) {
                if (Number.isNaN(cx) || Number.isNaN(cy))
                    continue;
                ctx.fillRect(o.x + cx + 0.5 - 1.5 * px, o.y + cy + 0.5 - 1.5 * py, 3 * px, 3 * py);
            }
        }
    }
    /** The ERF heat-map: the product of the per-axis profiles (the uniform network is separable). */
    function drawErf(ctx, view, o, sx, sy) {
        const A = view.axes.length;
        const ex = erfAt(view.axes[A - 1].w, view.u[A - 1]);
        const ey = A >= 2 ? erfAt(view.axes[A - 2].w, view.u[A - 2]) : { lo: 0, weights: new Array(sy).fill(1000) };
        if (!ex || !ey)
            return;
        const w = ex.weights.length;
        const h = ey.weights.length;
        if (w * h > 4_000_000)
            return;
        const tile = document.createElement('canvas');
        tile.width = w;
        tile.height = h;
        const t = tile.getContext('2d');
        const pixels = t.createImageData(w, h);
        for (let j = 0; j < h; j++) {
            for (let i = 0; i < w; i++) {
                const heat = (ex.weights[i] * ey.weights[j]) / 1e6;
                const p = 4 * (j * w + i);
                pixels.data[p] = 230;
                pixels.data[p + 1] = 80;
                pixels.data[p + 2] = 0;
                // A square-root ramp: a skip connection puts a sharp peak on a wide ERF, which must still show.
                pixels.data[p + 3] = Math.round(Math.sqrt(heat) * 170);
            }
        }
        t.putImageData(pixels, 0, 0);
        ctx.save();
        ctx.beginPath();
        ctx.rect(o.x, o.y, sx, sy);
        ctx.clip();
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(tile, o.x + ex.lo, o.y + ey.lo);
        ctx.restore();
    }
    function prefix(view) {
        return `${view.label ? `${view.label}: ` : ''}${output?.name ?? ''}: `;
    }
    function describe(view, spans) {
        const A = view.axes.length;
        const names = A === 1 ? ['positions'] : A === 2 ? ['rows', 'columns'] : view.axes.map((_, a) => (a === A - 1 ? 'columns' : a === A - 2 ? 'rows' : `axis ${a}`));
        const clipLo = spans.map((s) => Math.max(0, s.lo));
        const clipHi = spans.map((s, a) => Math.min(view.axes[a].size - 1, s.hi));
        const parts = spans.map((s, a) => {
            const axis = view.axes[a];
            const inside = clipHi[a] >= clipLo[a] ? `${clipLo[a]}…${clipHi[a]}` : 'none';
            const padding = [s.lo < 0 ? `${-s.lo} before` : '', s.hi > axis.size - 1 ? `${s.hi - axis.size + 1} after` : ''].filter(Boolean).join(', ');
            const phase = axis.w.period > 1 ? `; phase ${mod(view.u[a], axis.w.period)} of ${axis.w.period}` : '';
            return `${names[a]} ${s.lo}…${s.hi} (${s.hi - s.lo + 1}; in the input ${inside}${padding ? `; padding ${padding}` : ''}${phase})`;
        });
        const shown = A > 2 ? ` (the picture shows axis 0 at position ${view.u[0]}: [ and ] move along it)` : '';
        view.text = `${prefix(view)}position ${view.u.join(', ')} sees ${parts.join(', ')}; centre ${spans.map((s) => (s.lo + s.hi) / 2).join(', ')}${shown}.`;
        view.canvas.dataset.box = JSON.stringify({ u: view.u, lo: spans.map((s) => s.lo), hi: spans.map((s) => s.hi), clipLo, clipHi });
        view.canvas.setAttribute('aria-label', `${view.text} Arrow keys move the position; Page Down and Page Up change the output.`);
    }
    function loadImage(file) {
        if (!file)
            return;
        if (!file.type.startsWith('image/')) {
            textElement.textContent = `${file.name} is not an image.`;
            return;
        }
        // Read here, never sent anywhere: an object URL of the local file.
        const url = URL.createObjectURL(file);
        const next = new Image();
        next.onload = () => {
            if (imageUrl)
                URL.revokeObjectURL(imageUrl);
            imageUrl = url;
            image = next;
            viewer.dataset.image = `${file.name} ${next.naturalWidth}x${next.naturalHeight}`;
            redraw();
            textElement.textContent = `Showing ${file.name} (${next.naturalWidth}×${next.naturalHeight}) resized to the input, as the network sees it.\n${textElement.textContent}`;
        };
        next.onerror = () => {
            URL.revokeObjectURL(url);
            textElement.textContent = `${file.name} could not be read as an image.`;
        };
        next.src = url;
    }
    select.addEventListener('change', () => setOutput(select.value));
    sizeInput.addEventListener('change', () => {
        const values = sizeInput.value.trim().toLowerCase().split(/[x×, ]+/).map(Number);
        const A = output?.windows?.length ?? output?.base?.windows?.length ?? 2;
        const ok = values.every((v) => Number.isSafeInteger(v) && v >= 1 && v <= 16384) && (values.length === 1 || values.length === A);
        if (!ok) {
            sizeInput.setAttribute('aria-invalid', 'true');
            textElement.textContent = `Input size: whole numbers from 1 to 16384, one or ${A}, as 224x224.`;
            return;
        }
        sizeInput.removeAttribute('aria-invalid');
        sizes = values.length === 1 ? new Array(A).fill(values[0]) : values;
        build();
    });
    imageInput.addEventListener('change', () => loadImage(imageInput.files?.[0]));
    viewsElement.addEventListener('dragover', (event) => {
        event.preventDefault();
        viewer.classList.add('drop');
    });
    viewsElement.addEventListener('dragleave', () => viewer.classList.remove('drop'));
    viewsElement.addEventListener('drop', (event) => {
        event.preventDefault();
        viewer.classList.remove('drop');
        loadImage(event.dataTransfer?.files[0]);
    });
    for (const button of Array.from(document.querySelectorAll('button.show'))) {
        button.addEventListener('click', () => {
            setOutput(button.dataset.output ?? '');
            viewer.scrollIntoView();
            views[views.length - 1]?.canvas.focus();
        });
    }
    const first = data.outputs.find((o) => o.windows) ?? data.outputs[0];
    if (first)
        setOutput(first.id);
}

// EXTERNAL MODULE: ./src/report/deltas.ts
var deltas = __webpack_require__(511);
;// CONCATENATED MODULE: ./src/report/html/data.ts

/** The id of the section of output `index` (in report order); the server and the script agree on it. */
function outputId(index) {
    return `out-${index}`;
}
function pageData(report, baseName) {
    const outputs = [];
    for (const file of report.files) {
        for (const output of file.outputs) {
            const before = changedBase(output, file, report.base);
            outputs.push({
                id: outputId(outputs.length),
                file: file.path,
                name: output.name,
                status: output.status,
                ...geometry(output),
                ...(before ? { base: geometry(before) } : {}),
            });
        }
    }
    return { outputs, ...(report.base ? { baseName: baseName ?? 'base' } : {}) };
}
/** The base's output of the same file and name, when its RF differs from the head's. */
function changedBase(output, file, base) {
    if (!base || (0,deltas/* outputDelta */.Wb)(output, file, base).kind !== 'changed')
        return undefined;
    return base.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
}
function geometry(output) {
    const stride = output.strideExact ?? output.stride?.map(String) ?? null;
    return { rf: output.rf, global: output.global, stride, ...(output.windows ? { windows: output.windows } : {}) };
}

;// CONCATENATED MODULE: ./src/report/html/escape.ts
/**
 * The two ways model-derived text enters the page: as HTML text or attribute values, and as the
 * data the client script reads. Names, paths and messages come from files anyone can write in a
 * pull request: nothing may close a tag, open a script or end an attribute.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u2028': '&#x2028;', '\u2029': '&#x2029;' };
/**
 * Text for an element's content or a quoted attribute value. Control characters (other than
 * tab and newline) are dropped: HTML forbids them as characters and they only ever hide text;
 * the line separators become references, so no copy of the page carries them raw.
 */
function escapeHtml(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"'\u2028\u2029]/g, (c) => HTML[c]);
}
/**
 * JSON to embed in `<script type="application/json">`: `<` can never start `</script>` or
 * `<!--`, `>` and `&` are escaped alike, and U+2028/U+2029 (line terminators in old JavaScript)
 * are escaped too, so the element's text is JSON.parse-able and inert. The escapes are JSON's own
 * (`\u003c`), so JSON.parse restores the exact strings.
 */
function scriptJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __webpack_require__(194);
// EXTERNAL MODULE: ./src/report/explain.ts
var explain = __webpack_require__(7389);
// EXTERNAL MODULE: ./src/report/levers.ts
var levers = __webpack_require__(641);
;// CONCATENATED MODULE: ./src/report/failures.ts
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
function failures_fileDiagnostics(file) {
    const own = file.diagnostics.map((d) => ({ ...d, file: file.path }));
    return [...own, ...failureDiagnostics(file)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: a table per file (output, RF per axis, stride, start, coverage,
 * threshold, verdict), then its problems as `file:line:col: error: message [code]`, the form
 * editors and problem matchers parse, and a summary line. Colour only when asked.
 */





const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m' };
function renderText(report, options = {}) {
    const paint = options.color ? (style, text) => `${ANSI[style]}${text}\x1b[0m` : (_style, text) => text;
    const keep = (d) => !options.quiet || d.severity === 'error';
    const blocks = [];
    const runLevel = (report.diagnostics ?? []).filter(keep);
    if (runLevel.length > 0)
        blocks.push(runLevel.map((d) => diagnosticLine(d, paint)).join('\n'));
    for (const file of report.files) {
        const outputs = options.quiet ? file.outputs.filter((o) => o.status === 'fail' || o.status === 'error') : file.outputs;
        const diagnostics = fileDiagnostics(file).filter(keep);
        if (options.quiet && outputs.length === 0 && diagnostics.length === 0)
            continue;
        const lines = [`${paint('bold', plainText(file.path, PATH_LIMIT))} ${paint('dim', `(${file.format}${file.name ? `, ${plainText(file.name)}` : ''})`)}`];
        if (!options.quiet)
            lines.push(...(file.assumptions ?? []).map((a) => `  ${paint('dim', `assumed: ${plainText(a, MESSAGE_LIMIT)}`)}`));
        const cost = options.quiet ? undefined : costText(file, report.base);
        if (cost)
            lines.push(`  ${paint('dim', `cost: ${cost}`)}`);
        if (outputs.length > 0)
            lines.push(...table(outputs, paint).map((row) => `  ${row}`));
        else if (file.diagnostics.length === 0)
            lines.push(`  ${paint('dim', 'no outputs declared')}`);
        lines.push(...diagnostics.map((d) => `  ${diagnosticLine(d, paint)}`));
        for (const o of outputs)
            lines.push(...leverLines(o, paint));
        blocks.push(lines.join('\n'));
    }
    if (report.base)
        blocks.push(changesBlock(changes(report, report.base), options.baseName ?? 'the base', paint));
    const summary = summaryLine(report.summary, paint);
    // Names are escaped field by field; the whole text once more line by line, because the CLI's
    // output lands in the Actions log, where a line starting with `::` is a command.
    if (options.quiet && report.summary.failed === 0 && report.summary.errors === 0)
        return logLines(blocks.join('\n\n'));
    return logLines([...blocks, summary].join('\n\n') + '\n');
}
function table(outputs, paint) {
    // The ERF column only when some output has one (reports made before it existed have none).
    const withErf = outputs.some((o) => o.erf);
    const header = ['output', 'RF', ...(withErf ? ['ERF 95%'] : []), 'stride', 'start', 'coverage', 'threshold', 'verdict'];
    const rows = outputs.map((o) => [o.tensor ? `${plainText(o.name)} (${plainText(o.tensor)})` : plainText(o.name), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), startCell(o), coverageCell(o), thresholdCell(o.thresholds), o.status]);
    const verdict = header.length - 1;
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]))));
    const line = (cells, style) => cells
        .map((cell, c) => {
        // The last column is not padded: no trailing blanks, coloured or not.
        const padded = c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell));
        return style ? style(c, padded) : padded;
    })
        .join('  ');
    return [
        line(header, (_c, t) => paint('dim', t)),
        ...rows.map((r) => line(r, (c, t) => (c === verdict ? paintStatus(r[verdict], t, paint) : t))),
    ];
}
/** The levers of a failed min_rf, as an aligned table under the file's problems. */
function leverLines(o, paint) {
    return leverTables(o).flatMap((t) => {
        const rows = t.rows.map((r) => r.map((c) => plainText(c)));
        const widths = LEVER_HEADER.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]))));
        const line = (cells) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell)))).join('  ');
        return [`  ${plainText(t.title)}`, `    ${paint('dim', line(LEVER_HEADER))}`, ...rows.map((r) => `    ${line(r)}`), ...t.notes.map((n) => `    ${paint('dim', `warning: ${plainText(n)}`)}`)];
    });
}
function paintStatus(status, text, paint) {
    if (status === 'pass')
        return paint('green', text);
    if (status === 'fail' || status === 'error')
        return paint('red', text);
    return paint('dim', text);
}
const axes = (values) => values.map((v) => (v === null ? '?' : String(v))).join('×');
function rfCell(o) {
    if (o.global)
        return o.globalBy ? `global (by ${plainText(o.globalBy.node)}${o.globalBy.reason ? `: ${plainText(o.globalBy.reason)}` : ''})` : 'global';
    // After upsampling the RF varies with the position: rfText shows the range.
    return rfText(o);
}
/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o) {
    if (!o.erf)
        return '—';
    return `${erfWidthText(o.erf)} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
}
function strideCell(o) {
    if (o.strideExact)
        return axes(o.strideExact);
    return o.stride ? axes(o.stride) : '—';
}
function startCell(o) {
    return o.start ? axes(o.start) : '—';
}
function coverageCell(o) {
    return o.coverage === null ? '—' : `${Math.round(o.coverage * 100)}%`;
}
function thresholdCell(t) {
    const parts = [];
    const value = (v) => (typeof v === 'number' ? String(v) : v.join('×'));
    if (t.min_rf !== undefined)
        parts.push(`≥ ${value(t.min_rf)}`);
    if (t.max_rf !== undefined)
        parts.push(`≤ ${value(t.max_rf)}`);
    if (t.min_coverage !== undefined)
        parts.push(`cov ≥ ${Math.round(t.min_coverage * 100)}%`);
    if (t.min_erf !== undefined)
        parts.push(`ERF ≥ ${value(t.min_erf)}`);
    return parts.length > 0 ? parts.join(', ') : '—';
}
function diagnosticLine(d, paint) {
    const text = formatDiagnostic({ ...d, message: plainText(d.message, MESSAGE_LIMIT), ...(d.file !== undefined ? { file: plainText(d.file, PATH_LIMIT) } : {}) });
    const marker = `: ${d.severity}: `;
    const i = text.indexOf(marker);
    if (i < 0)
        return text;
    return text.slice(0, i) + `: ${paint(d.severity === 'error' ? 'red' : 'yellow', d.severity)}: ` + text.slice(i + marker.length);
}
/** `Against main: 1 output changed` and one line per change, aligned. */
function changesBlock(list, against, paint) {
    const head = changesHeadline(list, against);
    const lines = [paint('bold', head.charAt(0).toUpperCase() + head.slice(1))];
    const shown = list.map((c) => ({ ...c, path: plainText(c.path, PATH_LIMIT), output: plainText(c.output, NAME_LIMIT) }));
    const width = (k) => Math.max(0, ...shown.map((c) => c[k].length));
    for (const c of shown) {
        const style = c.kind === 'removed' ? 'red' : c.kind === 'new' ? 'green' : 'yellow';
        lines.push(`  ${c.path.padEnd(width('path'))}  ${c.output.padEnd(width('output'))}  ${paint(style, c.text)}`);
    }
    return lines.join('\n');
}
function summaryLine(s, paint = (_s, t) => t) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const unchecked = s.outputs - s.passed - s.failed;
    const verdict = s.failed > 0 || s.errors > 0 ? paint('red', 'FAIL') : paint('green', 'PASS');
    const parts = [
        `${plural(s.files, 'file')}, ${plural(s.outputs, 'output')}: ${s.passed} passed, ${s.failed} failed${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
        `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.ignored ? ` (${s.ignored} ignored)` : ''}`,
        ...(s.minRf !== null ? [`smallest RF ${s.minRf}`] : []),
    ];
    return `${verdict} ${parts.join('; ')}`;
}
/** Display width: ANSI escapes take none. */
function width(text) {
    // eslint-disable-next-line no-control-regex
    return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

;// CONCATENATED MODULE: ./src/report/html/chart.ts

const W = 640;
const PLOT_H = 152;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
/** In words: where the RF starts and ends, the threshold and the base. */
function chartDescription(series) {
    const n = series.rf.length;
    const parts = [`RF grows from ${series.rf[0]} at ${series.labels[0]} to ${series.rf[n - 1]} at ${series.labels[n - 1]} over ${n} layers shown`];
    if (series.threshold !== undefined)
        parts.push(`min_rf ${series.threshold} (${series.rf[n - 1] >= series.threshold ? 'met' : 'not met'})`);
    if (series.base)
        parts.push(`the base ended at ${series.base[series.base.length - 1]}`);
    return parts.join('; ') + '.';
}
function renderChart(series, id) {
    const plotW = W - LEFT - RIGHT;
    const plotH = PLOT_H;
    // Room for the labels, slanted at 55°: about 4.5 units per character (labels are ≤ 24 long).
    const H = TOP + plotH + 16 + Math.ceil(Math.max(...series.labels.map((l) => [...l].length)) * 4.5);
    const all = [...series.rf, ...(series.base ?? []), ...(series.threshold !== undefined ? [series.threshold] : [])];
    const yMax = niceTop(Math.max(...all));
    const n = series.rf.length;
    const x = (i) => round(LEFT + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1)));
    const y = (v) => round(TOP + plotH - (v / yMax) * plotH);
    const points = (vs) => vs.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    const parts = [
        `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">`,
        `<title id="${id}-t">${escapeHtml(series.title)}</title>`,
        `<desc id="${id}-d">${escapeHtml(chartDescription(series))}</desc>`,
    ];
    for (let t = 0; t <= 4; t++) {
        const v = (yMax * t) / 4;
        parts.push(`<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${y(v)}" y2="${y(v)}"/><text x="${LEFT - 4}" y="${y(v) + 4}" text-anchor="end">${round(v)}</text>`);
    }
    series.labels.forEach((label, i) => {
        const ly = TOP + plotH + 8;
        parts.push(`<text x="${x(i)}" y="${ly}" transform="rotate(-55 ${x(i)} ${ly})" text-anchor="end">${escapeHtml(label)}</text>`);
    });
    if (series.threshold !== undefined) {
        parts.push(`<line class="threshold" x1="${LEFT}" x2="${W - RIGHT}" y1="${y(series.threshold)}" y2="${y(series.threshold)}"/>`);
        parts.push(`<text class="threshold-label" x="${W - RIGHT}" y="${y(series.threshold) - 4}" text-anchor="end">min_rf ${series.threshold}</text>`);
    }
    if (series.base)
        parts.push(`<polyline class="base" points="${points(series.base)}"/>`);
    parts.push(`<polyline class="head" points="${points(series.rf)}"/>`);
    parts.push('</svg>');
    const legend = ['solid: RF after each layer', ...(series.threshold !== undefined ? ['long dashes: min_rf'] : []), ...(series.base ? ['dots: the base'] : [])];
    return `<figure class="chart-figure">${parts.join('')}<figcaption>${escapeHtml(legend.join(' · '))}</figcaption></figure>`;
}
function round(v) {
    return Math.round(v * 10) / 10;
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

;// CONCATENATED MODULE: ./src/report/html/sections.ts










const STATUS = { pass: '✔ pass', fail: '✘ fail', unchecked: '○ no threshold', error: '✘ error' };
function renderBody(report, baseName) {
    let index = 0;
    const ids = new Map();
    for (const file of report.files)
        for (const o of file.outputs)
            ids.set(o, outputId(index++));
    const against = baseName ?? 'the base';
    return [
        '<header>',
        '<h1>rflint report</h1>',
        `<p class="summary">${escapeHtml(summaryLine(report.summary))}</p>`,
        report.base ? `<p class="changes">${escapeHtml((0,deltas/* changesHeadline */.Ae)((0,deltas/* changes */.Ao)(report, report.base), against))}</p>` : '',
        '<p class="hint">Layer-by-layer tables: J before is the input pixels per step of the layer’s input; RF after the exact RF of its output; inverse the span of its input one output position reads along this path; share how much the layer grew the RF, over the final RF.</p>',
        '</header>',
        toc(report, ids),
        '<main>',
        viewer(report, ids),
        runDiagnostics(report.diagnostics ?? []),
        ...report.files.map((file) => fileSection(file, report.base, ids, against)),
        '</main>',
    ].join('\n');
}
function toc(report, ids) {
    const files = report.files.map((file) => {
        const items = file.outputs.map((o) => `<li><a href="#${ids.get(o)}">${escapeHtml(o.name)}</a> <span class="status ${o.status}">${STATUS[o.status]}</span> RF ${escapeHtml((0,deltas/* rfText */.UW)(o))}</li>`);
        return `<li><a href="#${fileId(ids, file)}">${escapeHtml(file.path)}</a>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</li>`;
    });
    return `<nav aria-label="Files and outputs"><h2>Outputs</h2><ul class="toc">${files.join('')}</ul></nav>`;
}
/** The canvas panel: the script fills it; without script it says what it would show. */
function viewer(report, ids) {
    const options = report.files.flatMap((file) => file.outputs.map((o) => `<option value="${ids.get(o)}">${escapeHtml(`${file.path}: ${o.name}`)}</option>`));
    if (options.length === 0)
        return '';
    return [
        '<section id="viewer" aria-labelledby="viewer-title">',
        '<h2 id="viewer-title">The RF on the input</h2>',
        '<p class="help">Hover an output position (or focus the picture and use the arrow keys; Shift moves 10, Page Down and Page Up change the output) to draw the input window it sees: the solid box is its RF, the hatched part falls in the padding, the heat-map is its effective RF (uniform weights, square-root scale), the cross its centre. Drop an image on the picture to see the boxes on it; it stays on this computer.</p>',
        '<div class="controls">',
        `<label>Output <select id="viewer-output">${options.join('')}</select></label>`,
        '<label>Input size <input id="viewer-size" size="11" spellcheck="false" aria-describedby="viewer-size-help"></label>',
        '<span id="viewer-size-help" class="hint">per axis, as 224x224</span>',
        '<label>Image <input id="viewer-image" type="file" accept="image/*"></label>',
        '</div>',
        '<div id="viewer-views" class="views"><noscript>The picture needs JavaScript; the tables below hold every number.</noscript></div>',
        '<p id="viewer-text" class="box-text" role="status" aria-live="polite"></p>',
        '</section>',
    ].join('\n');
}
function runDiagnostics(list) {
    if (list.length === 0)
        return '';
    return `<section aria-labelledby="run-diagnostics"><h2 id="run-diagnostics">Run</h2>${diagnosticList(list)}</section>`;
}
function fileSection(file, base, ids, against) {
    const diagnostics = failures_fileDiagnostics(file);
    return [
        `<section class="file" id="${fileId(ids, file)}" aria-labelledby="${fileId(ids, file)}-h">`,
        `<h2 id="${fileId(ids, file)}-h">${escapeHtml(file.path)} <span class="format">${escapeHtml(file.format)}${file.name ? ` · ${escapeHtml(file.name)}` : ''}</span></h2>`,
        (file.assumptions ?? []).length > 0 ? `<ul class="assumptions">${file.assumptions.map((a) => `<li>Assumed: ${escapeHtml(a)}</li>`).join('')}</ul>` : '',
        (0,deltas/* costText */.rs)(file, base) ? `<p class="cost">Cost: ${escapeHtml((0,deltas/* costText */.rs)(file, base))}</p>` : '',
        diagnostics.length > 0 ? diagnosticList(diagnostics) : '',
        file.outputs.length > 0 ? outputsTable(file, base, ids) : '<p>No output could be analysed.</p>',
        ...file.outputs.flatMap((o) => (0,levers/* leverTables */.S)(o).map(leverTableHtml)),
        ...file.outputs.map((o) => outputSection(o, file, base, ids.get(o), against)),
        '</section>',
    ].join('\n');
}
/** Files have no index of their own: the id of their first output's section, or of the path. */
function fileId(ids, file) {
    const first = file.outputs[0];
    return first ? `file-${ids.get(first)}` : `file-${[...file.path].map((c) => c.codePointAt(0).toString(36)).join('').slice(0, 60)}`;
}
function diagnosticList(list) {
    const items = list.map((d) => {
        const place = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}` : '';
        return `<li class="${d.severity}"><span class="severity">${d.severity}</span> <code>${escapeHtml(d.code)}</code> ${place ? `<span class="place">${escapeHtml(place)}</span> ` : ''}${escapeHtml(d.message)}</li>`;
    });
    return `<ul class="diagnostics">${items.join('')}</ul>`;
}
function outputsTable(file, base, ids) {
    const head = ['output', 'RF', 'ERF (95%)', 'stride', 'start', 'coverage', 'thresholds', 'verdict', ...(base ? ['Δ RF'] : [])];
    const rows = file.outputs.map((o) => {
        const delta = base ? (0,deltas/* outputDelta */.Wb)(o, file, base) : undefined;
        const cells = [
            `<a href="#${ids.get(o)}">${escapeHtml(o.name)}</a>`,
            escapeHtml((0,deltas/* rfText */.UW)(o)),
            o.erf ? escapeHtml((0,deltas/* erfWidthText */.nM)(o.erf)) : '—',
            o.global ? '—' : escapeHtml((o.strideExact ?? o.stride?.map(String) ?? ['—']).join('×')),
            o.start ? o.start.map((s) => (s === null ? '?' : String(s))).join('×') : '—',
            o.coverage === null ? '—' : `${Math.round(o.coverage * 1000) / 10}%`,
            escapeHtml((0,markdown/* thresholdCell */.sp)(o.thresholds)),
            `<span class="status ${o.status}">${STATUS[o.status]}</span>`,
            ...(delta ? [delta.kind === 'changed' ? escapeHtml(delta.text) : delta.kind === 'new' ? 'new' : '='] : []),
        ];
        return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
    });
    return `<table class="outputs"><caption class="sr-only">Outputs of ${escapeHtml(file.path)}</caption><thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function outputSection(o, file, base, id, against) {
    const before = changedBase(o, file, base);
    const series = (0,chart/* chartSeries */.s2)(o, before);
    return [
        `<section class="output" id="${id}" aria-labelledby="${id}-h">`,
        `<h3 id="${id}-h">${escapeHtml(o.name)} <span class="status ${o.status}">${STATUS[o.status]}</span></h3>`,
        o.windows || o.global ? `<p><button type="button" class="show" data-output="${id}">Show ${escapeHtml(o.name)} on the input</button></p>` : '',
        before ? compareTable(o, before, against) : '',
        o.global ? `<p>Global: every position sees the whole input${o.globalBy ? ` (from ${escapeHtml(o.globalBy.node)}${o.globalBy.reason ? `, ${escapeHtml(o.globalBy.reason)}` : ''})` : ''}.</p>` : '',
        series ? renderChart(series, `${id}-chart`) : '',
        explainTable(o),
        '</section>',
    ].join('\n');
}
/** Base and head side by side, for an output whose RF changed. */
function compareTable(o, before, against) {
    const row = (label, f) => `<tr><th scope="row">${label}</th><td>${escapeHtml(f(before))}</td><td>${escapeHtml(f(o))}</td></tr>`;
    return [
        `<table class="compare"><caption>${escapeHtml(o.name)}: ${escapeHtml(against)} and this change</caption>`,
        `<thead><tr><th scope="col"></th><th scope="col">${escapeHtml(against)}</th><th scope="col">head</th></tr></thead><tbody>`,
        row('RF', deltas/* rfText */.UW),
        row('stride', (x) => (x.strideExact ?? x.stride?.map(String) ?? ['—']).join('×')),
        row('start', (x) => (x.start ? x.start.map((s) => (s === null ? '?' : String(s))).join('×') : '—')),
        row('ERF (95%)', (x) => (x.erf ? (0,deltas/* erfWidthText */.nM)(x.erf) : '—')),
        row('verdict', (x) => STATUS[x.status]),
        '</tbody></table>',
    ].join('');
}
function explainTable(o) {
    if (!o.explain)
        return '';
    const shown = o.explain.filter((row, i) => i === o.explain.length - 1 || !(0,explain/* isNeutral */.GS)(row));
    const left = o.explain.length - shown.length;
    // End tags of cells and rows are optional in HTML: the longest tables are a third smaller without them.
    const header = (0,explain/* explainHeader */.Lb)(o.explain);
    const withCost = header.includes('MACs');
    const rows = shown.map((row) => `<tr>${(0,explain/* explainCells */.XN)(row, withCost).map((c, i) => (i === 0 ? `<th>${escapeHtml(c)}` : `<td>${escapeHtml(c)}`)).join('')}`);
    return [
        `<details><summary>How ${escapeHtml(o.name)} gets its RF, layer by layer</summary>`,
        `<table class="explain"><thead><tr>${header.map((c) => `<th>${c}`).join('')}<tbody>${rows.join('')}</table>`,
        left > 0 ? `<p class="hint">${left === 1 ? '1 layer that changes' : `${left} layers that change`} nothing (1×1 stride-1 convs, pointwise ops) left out; <code>rflint explain</code> lists every one.</p>` : '',
        '</details>',
    ].join('');
}
function sections_axes(values) {
    return values.every((v) => v === values[0]) ? String(values[0]) : values.join('×');
}
/** The levers of a failed min_rf (report/levers.ts), as a small table. */
function leverTableHtml(t) {
    const rows = t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`);
    const notes = t.notes.map((n) => `<p class="hint">⚠️ ${escapeHtml(n)}</p>`).join('');
    return `<table class="levers"><caption>${escapeHtml(t.title)}</caption><thead><tr>${levers/* LEVER_HEADER */.z.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>${notes}`;
}

;// CONCATENATED MODULE: ./src/report/html/styles.ts
/**
 * The page's stylesheet, inline (the page opens from disk and from an artifact: no CDN). Status
 * and lines carry a symbol or a dash pattern besides their colour, so the page reads without it.
 */
const STYLES = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 16px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
code, .place { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 12.5px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, canvas:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.summary { font-weight: 600; }
.hint, .format { color: var(--muted); font-weight: normal; font-size: 13px; }
.status.pass { color: var(--pass); } .status.fail, .status.error { color: var(--fail); font-weight: 600; } .status.unchecked { color: var(--muted); }
.toc { columns: 2 320px; padding-left: 18px; } .toc ul { padding-left: 16px; margin: 2px 0 8px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td { font-variant-numeric: tabular-nums; }
.explain { font-size: 12px; } .explain td:last-child { max-width: 360px; }
.diagnostics { list-style: none; padding: 0; } .diagnostics li { margin: 3px 0; padding-left: 8px; border-left: 4px solid var(--line); }
.diagnostics li.error { border-left: 4px double var(--fail); } .diagnostics li.warning { border-left: 4px dashed var(--warn); }
.severity { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.chart { width: 100%; max-width: 640px; height: auto; font: 10px sans-serif; }
.chart .grid { stroke: #e5e5e5; } .chart .head { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .base { fill: none; stroke: #6e7781; stroke-width: 2; stroke-dasharray: 2 3; }
.chart .threshold { stroke: var(--fail); stroke-dasharray: 8 4; } .chart .threshold-label { fill: var(--fail); }
figure { margin: 8px 0; } figcaption { color: var(--muted); font-size: 12px; }
#viewer { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.controls select { max-width: 420px; }
.views { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
.view { margin: 0; max-width: 560px; } .view canvas { display: block; width: 100%; height: auto; border: 1px solid var(--line); cursor: crosshair; image-rendering: pixelated; }
.view.one-d { max-width: none; } .view.one-d canvas { height: 96px; }
#viewer.drop canvas { outline: 3px dashed var(--accent); }
.box-text { min-height: 3em; font-variant-numeric: tabular-nums; white-space: pre-line; }
button.show { font: inherit; padding: 2px 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { #viewer { display: none; } }
`;

;// CONCATENATED MODULE: ./src/report/html/page.ts
/**
 * `--format html`: one self-contained page (inline CSS and JS, no network, opens from disk and
 * from a workflow artifact). The Content-Security-Policy allows only this page's own style and
 * script, by hash, and images from local object URLs: a string that slipped through escaping
 * could still not run a script or fetch anything.
 */






function renderHtml(report, options = {}) {
    // esbuild (tsx, vitest) with keepNames wraps nested functions in `__name(fn, "name")`: an
    // identity stands in for its helper, which lives outside the serialised function.
    const script = `const __name = (f) => f;\n(${rflintClient.toString()})();`;
    const csp = [
        "default-src 'none'",
        `style-src '${sha256(STYLES)}'`,
        `script-src '${sha256(script)}'`,
        'img-src blob: data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta name="generator" content="rflint${options.version ? ` ${options.version.replace(/[^\w.+-]/g, '')}` : ''}">`,
        '<title>rflint report</title>',
        `<style>${STYLES}</style>`,
        '</head>',
        '<body>',
        renderBody(report, options.baseName),
        `<script type="application/json" id="rflint-data">${scriptJson(pageData(report, options.baseName))}</script>`,
        `<script>${script}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
function sha256(text) {
    return `sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}`;
}


/***/ })

};
