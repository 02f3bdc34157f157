/// <reference lib="dom" />
/**
 * The page's script: the canvas of the input with the RF of one output position. It runs in the
 * browser, serialised into the page with Function.prototype.toString (page.ts), so it must stay
 * ONE self-contained function: no imports but types, no helper outside its body. It reads the
 * data from the page's JSON element and writes model-derived text with textContent only.
 *
 * Geometry (check/windows.ts): on each axis, position u = r + m·period sees input positions
 * lo[r] + m·step … hi[r] + m·step. The canvas spans the input plus the padding any shown window
 * reaches; a box is drawn in input pixels, clipped to the input, its padding part hatched.
 * What is drawn is also written to the canvas's `data-box` (JSON) and, in words, to a live
 * region: tests and screen readers read the same numbers.
 */
import type { OutputWindows } from '../../check/report.js';
import type { PageData, PageGeometry, PageOutput } from './data.js';

export function rflintClient(): void {
  type Span = { lo: number; hi: number };
  interface Axis {
    readonly w: OutputWindows;
    /** Input size on this axis, margins of padding drawn before and after it, positions shown. */
    readonly size: number;
    readonly before: number;
    readonly after: number;
    readonly count: number;
    /**
     * Where each position sits on the input: the centre of its window without upsampling; after
     * it, centre(first position) + u·stride, as windows of several phases share a centre and
     * the pointer must reach each phase.
     */
    readonly anchors: Float64Array;
  }
  interface View {
    readonly label: string;
    readonly geometry: PageGeometry;
    readonly canvas: HTMLCanvasElement;
    readonly figure: HTMLElement;
    /** Model axes; the last one is x, the one before it y (none for 1-D). */
    axes: Axis[];
    u: number[];
    text: string;
  }

  const dataElement = document.getElementById('rflint-data');
  const select = document.getElementById('viewer-output') as HTMLSelectElement | null;
  const viewsElement = document.getElementById('viewer-views');
  const textElement = document.getElementById('viewer-text');
  const sizeInput = document.getElementById('viewer-size') as HTMLInputElement | null;
  const imageInput = document.getElementById('viewer-image') as HTMLInputElement | null;
  const viewer = document.getElementById('viewer');
  if (!dataElement || !select || !viewsElement || !textElement || !sizeInput || !imageInput || !viewer) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
  const byId = new Map(data.outputs.map((o) => [o.id, o]));

  let output: PageOutput | undefined;
  let views: View[] = [];
  let sizes: number[] = [];
  let image: HTMLImageElement | undefined;
  let imageUrl: string | undefined;
  let frame = 0;

  const mod = (u: number, p: number) => ((u % p) + p) % p;

  function windowAt(w: OutputWindows, u: number): Span | undefined {
    const r = mod(u, w.period);
    const m = (u - r) / w.period;
    const lo = w.lo[r];
    const hi = w.hi[r];
    if (lo === null || lo === undefined || hi === null || hi === undefined) return undefined;
    return { lo: lo + m * w.step, hi: hi + m * w.step };
  }

  /** Weights (per mille of the peak) of position u's ERF on one axis, from input position lo. */
  function erfAt(w: OutputWindows, u: number): { lo: number; weights: number[] } | undefined {
    const r = mod(u, w.period);
    const profile = w.erf?.[r];
    if (!profile) return undefined;
    return { lo: profile.lo + ((u - r) / w.period) * w.step, weights: profile.weights };
  }

  /** Positions shown: the output's size at the model's input size, else those centred inside the input. */
  function makeAxis(w: OutputWindows, size: number): Axis {
    let count: number;
    if (w.outputSize !== undefined && w.inputSize === size) count = w.outputSize;
    else {
      count = 0;
      for (let u = 0; u < 1 << 16; u++) {
        const s = windowAt(w, u);
        if (s && (s.lo + s.hi) / 2 > size - 1) break;
        count = u + 1;
      }
    }
    count = Math.max(1, count);
    const anchors = new Float64Array(count);
    let minLo = 0;
    let maxHi = size - 1;
    let first: number | undefined;
    for (let u = 0; u < count; u++) {
      const s = windowAt(w, u);
      if (s && first === undefined) first = (s.lo + s.hi) / 2 - (u * w.step) / w.period;
      anchors[u] = s ? (w.period === 1 ? (s.lo + s.hi) / 2 : first! + (u * w.step) / w.period) : NaN;
      if (s && s.lo < minLo) minLo = s.lo;
      if (s && s.hi > maxHi) maxHi = s.hi;
    }
    // Padding drawn around the input: as far as windows reach, at most the input's size.
    return { w, size, before: Math.min(-minLo, size), after: Math.min(maxHi - (size - 1), size), count, anchors };
  }

  function nearest(axis: Axis, x: number): number {
    let best = 0;
    let distance = Infinity;
    for (let u = 0; u < axis.count; u++) {
      const d = Math.abs(axis.anchors[u]! - x);
      if (d < distance) [best, distance] = [u, d];
    }
    return best;
  }

  function defaultSizes(o: PageOutput): number[] {
    const windows = o.windows ?? o.base?.windows ?? [];
    if (windows.length === 0) return [224, 224];
    return windows.map((w) => w.inputSize ?? (windows.length === 1 ? 1024 : 224));
  }

  function setOutput(id: string): void {
    const next = byId.get(id);
    if (!next) return;
    output = next;
    select!.value = id;
    sizes = defaultSizes(next);
    sizeInput!.value = sizes.join('x');
    sizeInput!.removeAttribute('aria-invalid');
    build();
  }

  function build(): void {
    if (!output) return;
    viewsElement!.textContent = '';
    const geometries: [string, PageGeometry][] = output.base ? [[data.baseName ?? 'base', output.base], ['head', output]] : [['', output]];
    views = geometries.map(([label, geometry]) => {
      const figure = document.createElement('figure');
      figure.className = 'view';
      const canvas = document.createElement('canvas');
      canvas.tabIndex = 0;
      canvas.setAttribute('role', 'img');
      figure.append(canvas);
      const caption = document.createElement('figcaption');
      caption.textContent = `${label ? `${label}: ` : ''}${output!.name} (RF ${geometry.global ? 'global' : (geometry.rf ?? ['?']).join('×')})`;
      figure.append(caption);
      viewsElement!.append(figure);
      const view: View = { label, geometry, canvas, figure, axes: [], u: [], text: '' };
      canvas.addEventListener('mousemove', (event) => pointAt(view, event));
      canvas.addEventListener('keydown', (event) => key(view, event));
      canvas.addEventListener('click', () => canvas.focus());
      return view;
    });
    // Base and head get the same margins, so the input is the same size in both pictures.
    for (const view of views) view.axes = axesOf(view);
    for (const view of views) {
      view.axes = view.axes.map((axis, a) => ({ ...axis, before: Math.max(...views.map((v) => v.axes[a]?.before ?? 0)), after: Math.max(...views.map((v) => v.axes[a]?.after ?? 0)) }));
      layout(view);
    }
    redraw();
  }

  function axesOf(view: View): Axis[] {
    const windows = view.geometry.windows;
    return windows ? windows.map((w, a) => makeAxis(w, sizes[a] ?? sizes[sizes.length - 1]!)) : [];
  }

  function layout(view: View): void {
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
  function origin(view: View): { x: number; y: number } {
    const A = view.axes.length;
    return { x: view.axes[A - 1]?.before ?? 0, y: A >= 2 ? view.axes[A - 2]!.before : 0 };
  }

  function pointAt(view: View, event: MouseEvent): void {
    // The content box: the border is not part of the picture.
    const { canvas } = view;
    const rect = canvas.getBoundingClientRect();
    const o = origin(view);
    const x = ((event.clientX - rect.left - canvas.clientLeft) / canvas.clientWidth) * canvas.width - o.x;
    const y = ((event.clientY - rect.top - canvas.clientTop) / canvas.clientHeight) * canvas.height - o.y;
    // Every view shows the position nearest to the same input point: base and head side by side.
    for (const v of views) {
      const A = v.axes.length;
      if (A === 0) continue;
      v.u[A - 1] = nearest(v.axes[A - 1]!, x);
      if (A >= 2) v.u[A - 2] = nearest(v.axes[A - 2]!, y);
    }
    schedule();
  }

  function key(view: View, event: KeyboardEvent): void {
    const A = view.axes.length;
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      const options = Array.from(select!.options);
      const next = options[select!.selectedIndex + (event.key === 'PageDown' ? 1 : -1)];
      event.preventDefault();
      if (next) {
        setOutput(next.value);
        views[views.length - 1]?.canvas.focus();
      }
      return;
    }
    if (A === 0) return;
    const stepBy = event.shiftKey ? 10 : 1;
    // A 3-D model (time, height, width): [ and ] move along the axis the picture does not show.
    const move: Record<string, [number, number]> = {
      ArrowLeft: [A - 1, -stepBy],
      ArrowRight: [A - 1, stepBy],
      ArrowUp: [A - 2, -stepBy],
      ArrowDown: [A - 2, stepBy],
      ...(A > 2 ? { '[': [0, -1] as [number, number], ']': [0, 1] as [number, number] } : {}),
    };
    const m = move[event.key];
    if (event.key === 'Home' || event.key === 'End') {
      for (let a = 0; a < A; a++) view.u[a] = event.key === 'Home' ? 0 : view.axes[a]!.count - 1;
    } else if (m && m[0] >= 0) {
      const [a, d] = m;
      view.u[a] = Math.max(0, Math.min(view.axes[a]!.count - 1, view.u[a]! + d));
    } else return;
    event.preventDefault();
    // The other view follows by centre.
    for (const v of views) {
      if (v === view) continue;
      for (let a = 0; a < Math.min(A, v.axes.length); a++) v.u[a] = nearest(v.axes[a]!, view.axes[a]!.anchors[view.u[a]!]!);
    }
    schedule();
  }

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      redraw();
    });
  }

  function redraw(): void {
    for (const view of views) draw(view);
    textElement!.textContent = views.map((v) => v.text).join('\n');
  }

  let hatch: CanvasPattern | null = null;
  function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
    if (hatch) return hatch;
    const tile = document.createElement('canvas');
    tile.width = tile.height = 6;
    const t = tile.getContext('2d')!;
    t.strokeStyle = 'rgba(0,0,0,0.45)';
    t.beginPath();
    t.moveTo(0, 6);
    t.lineTo(6, 0);
    t.stroke();
    hatch = ctx.createPattern(tile, 'repeat');
    return hatch;
  }

  function draw(view: View): void {
    const { canvas, axes } = view;
    const ctx = canvas.getContext('2d')!;
    const A = axes.length;
    const o = origin(view);
    const sx = A > 0 ? axes[A - 1]!.size : sizes[sizes.length - 1] ?? 224;
    const sy = A >= 2 ? axes[A - 2]!.size : A === 1 ? canvas.height : sizes[sizes.length - 2] ?? 224;
    // One CSS pixel in canvas units, per axis: lines stay visible however the canvas is scaled.
    const px = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
    const py = canvas.clientHeight > 0 ? canvas.height / canvas.clientHeight : 1;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#eef1f4';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (image) ctx.drawImage(image, o.x, o.y, sx, sy);
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
    const spans = axes.map((axis, a) => windowAt(axis.w, view.u[a]!));
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
    describe(view, spans as Span[]);
  }

  /** A rectangle's outline, `tx` wide on the sides and `ty` on top and bottom (fillStyle). */
  function frameRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, tx: number, ty: number): void {
    ctx.fillRect(x, y, w, ty);
    ctx.fillRect(x, y + h - ty, w, ty);
    ctx.fillRect(x, y, tx, h);
    ctx.fillRect(x + w - tx, y, tx, h);
  }

  /** A dot at each position's anchor when they are far enough apart to tell (≥ 5 CSS pixels). */
  function drawGrid(ctx: CanvasRenderingContext2D, view: View, o: { x: number; y: number }, px: number, py: number): void {
    const A = view.axes.length;
    const xs = view.axes[A - 1]!;
    const ys = A >= 2 ? view.axes[A - 2]! : undefined;
    const gap = (axis: Axis) => (axis.count > 1 ? Math.abs(axis.anchors[axis.count - 1]! - axis.anchors[0]!) / (axis.count - 1) : Infinity);
    if (gap(xs) / px < 5 || (ys && gap(ys) / py < 5) || xs.count * (ys?.count ?? 1) > 20000) return;
    ctx.fillStyle = 'rgba(9,105,218,0.85)';
    const rows = ys ? Array.from(ys.anchors) : [view.canvas.height / 2 - o.y - 0.5];
    for (const cy of rows) {
      for (const cx of xs.anchors) {
        if (Number.isNaN(cx) || Number.isNaN(cy)) continue;
        ctx.fillRect(o.x + cx + 0.5 - 1.5 * px, o.y + cy + 0.5 - 1.5 * py, 3 * px, 3 * py);
      }
    }
  }

  /** The ERF heat-map: the product of the per-axis profiles (the uniform network is separable). */
  function drawErf(ctx: CanvasRenderingContext2D, view: View, o: { x: number; y: number }, sx: number, sy: number): void {
    const A = view.axes.length;
    const ex = erfAt(view.axes[A - 1]!.w, view.u[A - 1]!);
    const ey = A >= 2 ? erfAt(view.axes[A - 2]!.w, view.u[A - 2]!) : { lo: 0, weights: new Array<number>(sy).fill(1000) };
    if (!ex || !ey) return;
    const w = ex.weights.length;
    const h = ey.weights.length;
    if (w * h > 4_000_000) return;
    const tile = document.createElement('canvas');
    tile.width = w;
    tile.height = h;
    const t = tile.getContext('2d')!;
    const pixels = t.createImageData(w, h);
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const heat = (ex.weights[i]! * ey.weights[j]!) / 1e6;
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

  function prefix(view: View): string {
    return `${view.label ? `${view.label}: ` : ''}${output?.name ?? ''}: `;
  }

  function describe(view: View, spans: Span[]): void {
    const A = view.axes.length;
    const names = A === 1 ? ['positions'] : A === 2 ? ['rows', 'columns'] : view.axes.map((_, a) => (a === A - 1 ? 'columns' : a === A - 2 ? 'rows' : `axis ${a}`));
    const clipLo = spans.map((s) => Math.max(0, s.lo));
    const clipHi = spans.map((s, a) => Math.min(view.axes[a]!.size - 1, s.hi));
    const parts = spans.map((s, a) => {
      const axis = view.axes[a]!;
      const inside = clipHi[a]! >= clipLo[a]! ? `${clipLo[a]}…${clipHi[a]}` : 'none';
      const padding = [s.lo < 0 ? `${-s.lo} before` : '', s.hi > axis.size - 1 ? `${s.hi - axis.size + 1} after` : ''].filter(Boolean).join(', ');
      const phase = axis.w.period > 1 ? `; phase ${mod(view.u[a]!, axis.w.period)} of ${axis.w.period}` : '';
      return `${names[a]} ${s.lo}…${s.hi} (${s.hi - s.lo + 1}; in the input ${inside}${padding ? `; padding ${padding}` : ''}${phase})`;
    });
    const shown = A > 2 ? ` (the picture shows axis 0 at position ${view.u[0]}: [ and ] move along it)` : '';
    view.text = `${prefix(view)}position ${view.u.join(', ')} sees ${parts.join(', ')}; centre ${spans.map((s) => (s.lo + s.hi) / 2).join(', ')}${shown}.`;
    view.canvas.dataset.box = JSON.stringify({ u: view.u, lo: spans.map((s) => s.lo), hi: spans.map((s) => s.hi), clipLo, clipHi });
    view.canvas.setAttribute('aria-label', `${view.text} Arrow keys move the position; Page Down and Page Up change the output.`);
  }

  function loadImage(file: File | undefined): void {
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      textElement!.textContent = `${file.name} is not an image.`;
      return;
    }
    // Read here, never sent anywhere: an object URL of the local file.
    const url = URL.createObjectURL(file);
    const next = new Image();
    next.onload = () => {
      if (imageUrl) URL.revokeObjectURL(imageUrl);
      imageUrl = url;
      image = next;
      viewer!.dataset.image = `${file.name} ${next.naturalWidth}x${next.naturalHeight}`;
      redraw();
      textElement!.textContent = `Showing ${file.name} (${next.naturalWidth}×${next.naturalHeight}) resized to the input, as the network sees it.\n${textElement!.textContent}`;
    };
    next.onerror = () => {
      URL.revokeObjectURL(url);
      textElement!.textContent = `${file.name} could not be read as an image.`;
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
    sizes = values.length === 1 ? new Array<number>(A).fill(values[0]!) : values;
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
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button.show'))) {
    button.addEventListener('click', () => {
      setOutput(button.dataset.output ?? '');
      viewer.scrollIntoView();
      views[views.length - 1]?.canvas.focus();
    });
  }
  const first = data.outputs.find((o) => o.windows) ?? data.outputs[0];
  if (first) setOutput(first.id);
}
