/**
 * Each Ultralytics module's geometry, as a small subgraph of the graph IR, following the
 * module's definition in ultralytics/nn/modules (conv.py, block.py, transformer.py) and, for the
 * files of the YOLOv5 repository, models/common.py. Only what maps positions matters: 1×1
 * convolutions, channel splits and activations are pointwise; every k×k convolution, pool,
 * resize and merge is kept, so the RF is exact (branches of different depth meet in merges).
 *
 * Arguments are read as `parse_model` passes them: the YAML's args without the input channels,
 * the repeats inserted as `n` for the modules that take it (`repeatsInside`).
 */
import { type Op, conv, deconv, merge, pad, pointwise, resize, spaceToDepth } from '../../rf/index.js';
import { ArgError, type Args, type Kernel, show } from './document.js';
import { AXES, type Emit, type ModuleDef, add, bottleneck, cat, convDilation, convolve, one, perAxis, pointwiseModule, pool, pw } from './primitives.js';
import { HEADS } from './heads.js';
import { WONGKINYIU_MODULES } from './wongkinyiu.js';

export type { Dialect, Emit, ModuleDef } from './primitives.js';
export { autopad } from './primitives.js';

// ---- blocks (ultralytics/nn/modules/block.py) -------------------------------------------


type Inner = (part: string, y: number) => number;

/** `C3`: cv3(cat(m(cv1(x)), cv2(x))) with n inner blocks. */
function c3(e: Emit, x: number, n: number, inner: Inner): number {
  let y = pw(e, 'cv1', x);
  for (let i = 0; i < n; i++) y = inner(`m.${i}`, y);
  return pw(e, 'cv3', cat(e, 'cat', [y, pw(e, 'cv2', x)]));
}

/** `C2f`: cv1 split in two; each inner block reads the last piece; cv2 of all pieces. */
function c2f(e: Emit, x: number, n: number, inner: Inner, out = 'cv2'): number {
  const first = pw(e, 'cv1', x);
  const pieces = [first];
  let y = first;
  for (let i = 0; i < n; i++) pieces.push((y = inner(`m.${i}`, y)));
  return pw(e, out, cat(e, 'cat', pieces));
}

/** Ultralytics' Bottleneck defaults to k = (3, 3); the YOLOv5 repository's is 1×1 then 3×3. */
const plainKernels = (e: Emit): [Kernel, Kernel] => (e.dialect !== 'ultralytics' ? [1, 3] : [3, 3]);

/** `GhostConv`: cv1 (k, s), then a 5×5 depthwise cv2, both halves concatenated. */
function ghostConv(e: Emit, part: string, x: number, k: Kernel, s: Kernel): number {
  const y = convolve(e, `${part}.cv1`, x, k, s);
  return cat(e, `${part}.cat`, [y, convolve(e, `${part}.cv2`, y, 5)]);
}

/** `GhostBottleneck`: GhostConv 1×1, a depthwise k×k only at stride 2, GhostConv 1×1; plus a shortcut. */
function ghostBottleneck(e: Emit, part: string, x: number, k: Kernel, s: Kernel): number {
  const strided = perAxis(s).some((v) => v === 2);
  let y = ghostConv(e, `${part}.conv.0`, x, 1, 1);
  if (strided) y = convolve(e, `${part}.conv.1`, y, k, s);
  y = ghostConv(e, `${part}.conv.2`, y, 1, 1);
  const shortcut = strided ? pw(e, `${part}.shortcut.1`, convolve(e, `${part}.shortcut.0`, x, k, s)) : x;
  return add(e, `${part}.add`, [y, shortcut]);
}

/** `Attention` of PSABlock: attention over all positions, plus a depthwise 3×3 `pe` on v. */
function psaBlock(e: Emit, part: string, x: number, peKernel = 3): number {
  const attended = add(e, `${part}.attn`, [e.attention(`${part}.attn.attention`, x), convolve(e, `${part}.attn.pe`, x, peKernel)]);
  return add(e, `${part}.add`, [x, attended]);
}

/** `RepCSP`: a C3 of RepBottlenecks (RepConv 3×3, Conv 3×3, shortcut). */
function repCsp(e: Emit, part: string, x: number, n: number): number {
  let y = pw(e, `${part}.cv1`, x);
  for (let i = 0; i < n; i++) y = bottleneck(e, `${part}.m.${i}`, y, 3, 3, true);
  return pw(e, `${part}.cv3`, cat(e, `${part}.cat`, [y, pw(e, `${part}.cv2`, x)]));
}

/** `CIB` (YOLOv10): depthwise 3×3, 1×1, depthwise 3×3 (7×7 + 3×3 with `lk`), 1×1, depthwise 3×3. */
function cib(e: Emit, part: string, x: number, shortcut: boolean, lk: boolean): number {
  let y = convolve(e, `${part}.cv1.0`, x, 3);
  if (lk) y = add(e, `${part}.cv1.2`, [convolve(e, `${part}.cv1.2.conv`, y, 7), convolve(e, `${part}.cv1.2.conv1`, y, 3)]);
  else y = convolve(e, `${part}.cv1.2`, y, 3);
  y = convolve(e, `${part}.cv1.4`, y, 3);
  return shortcut ? add(e, `${part}.add`, [x, y]) : y;
}

function sppfChain(e: Emit, x: number, k: Kernel, pools: number, last: string): number {
  const first = pw(e, 'cv1', x);
  const pieces = [first];
  const half = perAxis(k).map((v) => Math.floor(v / 2));
  for (let i = 0; i < pools; i++) pieces.push(pool(e, `m.${i}`, pieces[pieces.length - 1]!, 'max', k, 1, half));
  return pw(e, last, cat(e, 'cat', pieces));
}

// ---- the table --------------------------------------------------------------------------

export const MODULES: Readonly<Record<string, ModuleDef>> = {
  ...WONGKINYIU_MODULES,
  // conv.py. Conv(c1, c2, k=1, s=1, p=None, g=1, d=1): args [c2, k, s, p, g, d].
  Conv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'), convDilation(e, a, 5))),
  // DWConv(c1, c2, k=1, s=1, d=1): a grouped Conv.
  DWConv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), undefined, a.int(3, 'dilation', 1))),
  // RepConv(c1, c2, k=3, s=1, p=1): a k×k conv with a 1×1 branch inside its window.
  RepConv: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 1)),
  // Focus: space-to-depth by 2 (x[::2, ::2], x[1::2, ::2], …), then Conv(4·c1, c2, k, s, p).
  Focus: one((e, x, a) => convolve(e, 'conv', e.node('slice', spaceToDepth(AXES, 2), [x]), a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'))),
  GhostConv: one((e, x, a) => ghostConv(e, 'ghost', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1))),
  // ConvTranspose(c1, c2, k=2, s=2, p=0); nn.ConvTranspose2d(c1, c2, k, s=1, p=0, output_padding=0).
  ConvTranspose: one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 2), a.kernel(2, 'stride', 2), a.padding(3, 'padding') ?? 0, 0)),
  'nn.ConvTranspose2d': one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 0, a.int(4, 'output_padding', 0, 0))),
  DWConvTranspose2d: one((e, x, a) => transposed(e, x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding') ?? 0, a.int(4, 'output_padding', 0, 0))),
  Concat: { inputs: 'many', build: (e, xs) => cat(e, 'cat', xs) },

  // block.py
  Bottleneck: one((e, x, a) => {
    // Ultralytics: [c2, shortcut, g, k, e]; YOLOv5: [c2, shortcut, g, e].
    const k = e.dialect !== 'ultralytics' ? plainKernels(e) : kernelPair(a, 3, [3, 3]);
    return bottleneck(e, 'b', x, k[0], k[1], a.bool(1, true));
  }),
  BottleneckCSP: one(
    (e, x, a, n) => {
      const [k1, k2] = plainKernels(e);
      let y = pw(e, 'cv1', x);
      for (let i = 0; i < n; i++) y = bottleneck(e, `m.${i}`, y, k1, k2, a.bool(1, true));
      return pw(e, 'cv4', cat(e, 'cat', [pw(e, 'cv3', y), pw(e, 'cv2', x)]));
    },
    { repeatsInside: true },
  ),
  C1: one(
    (e, x, _a, n) => {
      const y = pw(e, 'cv1', x);
      let m = y;
      for (let i = 0; i < n; i++) m = convolve(e, `m.${i}`, m, 3);
      return add(e, 'add', [m, y]);
    },
    { repeatsInside: true },
  ),
  C2: one(
    (e, x, a, n) => {
      const first = pw(e, 'cv1', x);
      let y = first;
      for (let i = 0; i < n; i++) y = bottleneck(e, `m.${i}`, y, 3, 3, a.bool(1, true));
      return pw(e, 'cv2', cat(e, 'cat', [y, first]));
    },
    { repeatsInside: true },
  ),
  C2f: one((e, x, a, n) => c2f(e, x, n, (part, y) => bottleneck(e, part, y, 3, 3, a.bool(1, false))), { repeatsInside: true }),
  C3: one(
    (e, x, a, n) => {
      const [k1, k2] = e.dialect !== 'ultralytics' ? plainKernels(e) : ([1, 3] as const);
      return c3(e, x, n, (part, y) => bottleneck(e, part, y, k1, k2, a.bool(1, true)));
    },
    { repeatsInside: true },
  ),
  // C3x: Bottleneck k = ((1, 3), (3, 1)): a 1×3 then a 3×1 (YOLOv5: CrossConv, the same).
  C3x: one((e, x, a, n) => c3(e, x, n, (part, y) => bottleneck(e, part, y, [1, 3], [3, 1], a.bool(1, true))), { repeatsInside: true }),
  C3Ghost: one((e, x, _a, n) => c3(e, x, n, (part, y) => ghostBottleneck(e, part, y, 3, 1)), { repeatsInside: true }),
  GhostBottleneck: one((e, x, a) => ghostBottleneck(e, 'g', x, a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 1))),
  // C3k2(c1, c2, n, c3k=False, e=0.5, g=1, shortcut=True): C2f whose blocks are C3k (a C3 of two
  // 3×3/3×3 Bottlenecks) or Bottlenecks; parse_model forces c3k at scales m, l and x (and '').
  C3k2: one(
    (e, x, a, n) => {
      const c3k = a.bool(1, false) || 'mlx'.includes(e.scale);
      const shortcut = a.bool(4, true);
      return c2f(e, x, n, (part, y) => (c3k ? c3kBlock(e, part, y, 3, shortcut) : bottleneck(e, part, y, 3, 3, shortcut)));
    },
    { repeatsInside: true },
  ),
  RepC3: one(
    (e, x, _a, n) => {
      let y = pw(e, 'cv1', x);
      for (let i = 0; i < n; i++) y = convolve(e, `m.${i}`, y, 3);
      return pw(e, 'cv3', add(e, 'add', [y, pw(e, 'cv2', x)]));
    },
    { repeatsInside: true },
  ),
  // SPP(c1, c2, k=(5, 9, 13)): parallel stride-1 max pools of cv1, concatenated.
  SPP: one((e, x, a) => {
    const ks = a.raw(1) ?? [5, 9, 13];
    if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => typeof k === 'number' && Number.isSafeInteger(k) && k >= 1)) {
      throw new ArgError(`the pool sizes (argument 2) must be a list of integers ≥ 1, got ${show(ks)}`, 1);
    }
    const y = pw(e, 'cv1', x);
    return pw(e, 'cv2', cat(e, 'cat', [y, ...ks.map((k: number, i) => pool(e, `m.${i}`, y, 'max', k, 1, Math.floor(k / 2)))]));
  }),
  // SPPF(c1, c2, k=5[, n=3]): three chained k×k stride-1 max pools of cv1, all concatenated.
  SPPF: one((e, x, a) => sppfChain(e, x, a.int(1, 'kernel', 5), a.int(2, 'pools', 3), 'cv2')),
  // SPPELAN(c1, c2, c3, k=5): the same chain (cv1, three pools, cv5).
  SPPELAN: one((e, x, a) => sppfChain(e, x, a.int(2, 'kernel', 5), 3, 'cv5')),
  // RepNCSPELAN4(c1, c2, c3, c4, n=1): cv1 split; RepCSP + 3×3 twice, chained; cv4 of all.
  RepNCSPELAN4: one((e, x, a) => {
    const n = a.int(3, 'n', 1);
    const first = pw(e, 'cv1', x);
    const second = convolve(e, 'cv2.1', repCsp(e, 'cv2.0', first, n), 3);
    const third = convolve(e, 'cv3.1', repCsp(e, 'cv3.0', second, n), 3);
    return pw(e, 'cv4', cat(e, 'cat', [first, second, third]));
  }),
  // ELAN1: RepNCSPELAN4 with plain 3×3 convs instead of RepCSP + conv.
  ELAN1: one((e, x) => {
    const first = pw(e, 'cv1', x);
    const second = convolve(e, 'cv2', first, 3);
    const third = convolve(e, 'cv3', second, 3);
    return pw(e, 'cv4', cat(e, 'cat', [first, second, third]));
  }),
  // ADown: avg_pool2d(2, 1, 0), then half through Conv 3×3 s2 p1, half through max_pool2d(3, 2, 1) + 1×1.
  ADown: one((e, x) => {
    const smoothed = pool(e, 'avg', x, 'avg', 2, 1, 0);
    return cat(e, 'cat', [convolve(e, 'cv1', smoothed, 3, 2, 1), pw(e, 'cv2', pool(e, 'max', smoothed, 'max', 3, 2, 1))]);
  }),
  // AConv: avg_pool2d(2, 1, 0), then Conv 3×3 s2 p1.
  AConv: one((e, x) => convolve(e, 'cv1', pool(e, 'avg', x, 'avg', 2, 1, 0), 3, 2, 1)),
  // SCDown(c1, c2, k, s): 1×1, then a depthwise k×k at stride s.
  SCDown: one((e, x, a) => convolve(e, 'cv2', pw(e, 'cv1', x), a.kernel(1, 'kernel', 3), a.kernel(2, 'stride', 2))),
  // C2fCIB(c1, c2, n, shortcut=False, lk=False): C2f of CIB blocks.
  C2fCIB: one((e, x, a, n) => c2f(e, x, n, (part, y) => cib(e, part, y, a.bool(1, false), a.bool(2, false))), { repeatsInside: true }),
  // HGStem(c1, cm, c2) (RT-DETR): 3×3 s2; pad right/bottom; 2×2 + pad + 2×2 beside a 2×2 s1 ceil max pool; 3×3 s2; 1×1.
  HGStem: one((e, x) => {
    const stem1 = convolve(e, 'stem1', x, 3, 2);
    const padded = e.node('pad', pad(AXES, 0, 1), [stem1]);
    const a = convolve(e, 'stem2a', padded, 2, 1, 0);
    const b = convolve(e, 'stem2b', e.node('stem2a.pad', pad(AXES, 0, 1), [a]), 2, 1, 0);
    const pooled = pool(e, 'pool', padded, 'max', 2, 1, 0, true);
    return pw(e, 'stem4', convolve(e, 'stem3', cat(e, 'cat', [pooled, b]), 3, 2));
  }),
  // HGBlock(c1, cm, c2, k=3, n=6, lightconv=False, shortcut=False): n chained k×k convs, all concatenated.
  HGBlock: one(
    (e, x, a, n) => {
      const k = a.kernel(2, 'kernel', 3);
      const pieces = [x];
      for (let i = 0; i < n; i++) pieces.push(convolve(e, `m.${i}`, pieces[pieces.length - 1]!, k));
      const out = pw(e, 'ec', pw(e, 'sc', cat(e, 'cat', pieces)));
      return a.bool(4, false) ? add(e, 'add', [out, x]) : out;
    },
    { repeatsInside: true },
  ),

  // Attention (block.py, transformer.py): global, or with attention as pointwise, their convs.
  // C2PSA(c1, c2, n, e): cv1 split; n PSABlocks (attention + depthwise 3×3 `pe`, FFN 1×1) on one half.
  C2PSA: one(
    (e, x, _a, n) => {
      const first = pw(e, 'cv1', x);
      let y = first;
      for (let i = 0; i < n; i++) y = psaBlock(e, `m.${i}`, y);
      return pw(e, 'cv2', cat(e, 'cat', [first, y]));
    },
    { repeatsInside: true, attention: true },
  ),
  PSA: one((e, x) => {
    const first = pw(e, 'cv1', x);
    return pw(e, 'cv2', cat(e, 'cat', [first, psaBlock(e, 'attn', first)]));
  }, { attention: true }),
  C2fPSA: one((e, x, _a, n) => c2f(e, x, n, (part, y) => psaBlock(e, part, y)), { repeatsInside: true, attention: true }),
  // C3TR: a C3 whose blocks are a TransformerBlock (1×1 conv, linear, transformer layers).
  C3TR: one((e, x) => c3(e, x, 1, (part, y) => e.attention(part, y)), { repeatsInside: true, attention: true }),
  TransformerBlock: one((e, x) => e.attention('tr', x), { attention: true }),
  AIFI: one((e, x) => e.attention('encoder', x), { attention: true }),
  // A2C2f(c1, c2, n, a2=True, area=1, residual=False, mlp_ratio=2.0, e=0.5, g=1, shortcut=True):
  // blocks of two ABlocks (area attention + depthwise 7×7 `pe`), or C3k without a2.
  A2C2f: one(
    (e, x, a, n) => {
      const a2 = a.bool(1, true);
      const out = c2f(e, x, n, (part, y) => (a2 ? psaBlock(e, `${part}.1`, psaBlock(e, `${part}.0`, y, 7), 7) : c3kBlock(e, part, y, 3, a.bool(7, true))), 'cv2');
      return a2 && a.bool(3, false) ? add(e, 'residual', [x, out]) : out;
    },
    { repeatsInside: true, attention: true },
  ),

  // torch.nn
  'nn.Upsample': one((e, x, a) => {
    if (a.raw(0) !== undefined) throw new ArgError(`a fixed output size (argument 1, ${show(a.raw(0))}) depends on the input size; use [None, scale_factor, mode]`, 0);
    const f = a.number(1, 'scale_factor', 1);
    const mode = a.raw(2) ?? 'nearest';
    if (mode !== 'nearest' && mode !== 'bilinear') throw new ArgError(`mode (argument 3) must be "nearest" or "bilinear" (align_corners=False), got ${show(mode)}`, 2);
    return e.node('resize', resize(AXES, { scale: scaleFraction(f), mode: mode === 'nearest' ? 'nearest' : 'linear' }), [x]);
  }),
  // nn.MaxPool2d(kernel_size, stride=kernel_size, padding=0, dilation=1, return_indices, ceil_mode=False).
  'nn.MaxPool2d': one((e, x, a) => {
    const k = a.kernel(0, 'kernel_size', 1);
    const d = a.int(3, 'dilation', 1);
    return e.node('pool', conv(AXES, { pool: 'max', kernel: perAxis(k), stride: perAxis(a.kernel(1, 'stride', k)), dilation: d, pad: perAxis(a.padding(2, 'padding') ?? 0), ceilMode: a.bool(5, false) }), [x]);
  }),
  // nn.AvgPool2d(kernel_size, stride=kernel_size, padding=0, ceil_mode=False).
  'nn.AvgPool2d': one((e, x, a) => {
    const k = a.kernel(0, 'kernel_size', 1);
    return pool(e, 'pool', x, 'avg', k, a.kernel(1, 'stride', k), a.padding(2, 'padding') ?? 0, a.bool(3, false));
  }),
  // nn.ZeroPad2d(padding): an integer, or (left, right, top, bottom).
  'nn.ZeroPad2d': one((e, x, a) => {
    const p = a.raw(0);
    if (typeof p === 'number' && Number.isSafeInteger(p)) return e.node('pad', pad(AXES, p), [x]);
    if (Array.isArray(p) && p.length === 4 && p.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) {
      const [left, right, top, bottom] = p as number[];
      return e.node('pad', pad(AXES, [top!, left!], [bottom!, right!]), [x]);
    }
    throw new ArgError(`padding (argument 1) must be an integer or a list [left, right, top, bottom], got ${show(p)}`, 0);
  }),
  // nn.Conv2d takes its own args (not in parse_model's list): [c1, c2, k, s=1, p=0, d=1].
  'nn.Conv2d': one((e, x, a) => convolve(e, 'conv', x, a.kernel(2, 'kernel', 1), a.kernel(3, 'stride', 1), a.padding(4, 'padding') ?? 0, a.int(5, 'dilation', 1))),
  'nn.AdaptiveAvgPool2d': one((e, x) => e.node('pool', { kind: 'global', reason: 'adaptive pool (nn.AdaptiveAvgPool2d)' }, [x])),
  'nn.AdaptiveMaxPool2d': one((e, x) => e.node('pool', { kind: 'global', reason: 'adaptive pool (nn.AdaptiveMaxPool2d)' }, [x])),
  'nn.Identity': pointwiseModule,
  'nn.BatchNorm2d': pointwiseModule,
  'nn.ReLU': pointwiseModule,
  'nn.SiLU': pointwiseModule,
  'nn.LeakyReLU': pointwiseModule,
  'nn.Sigmoid': pointwiseModule,
  'nn.Dropout': pointwiseModule,
  'nn.Dropout2d': pointwiseModule,
};

function c3kBlock(e: Emit, part: string, y: number, k: number, shortcut: boolean): number {
  let z = pw(e, `${part}.cv1`, y);
  for (let i = 0; i < 2; i++) z = bottleneck(e, `${part}.m.${i}`, z, k, k, shortcut);
  return pw(e, `${part}.cv3`, cat(e, `${part}.cat`, [z, pw(e, `${part}.cv2`, y)]));
}

function transposed(e: Emit, x: number, k: Kernel, s: Kernel, p: Kernel, outputPadding: number): number {
  return e.node('deconv', deconv(AXES, { kernel: perAxis(k), stride: perAxis(s), pad: perAxis(p), outputPadding }), [x]);
}

/** Bottleneck's `k`: a pair of kernels ((3, 3) by default), each an integer or [height, width]. */
function kernelPair(a: Args, index: number, fallback: [Kernel, Kernel]): [Kernel, Kernel] {
  const v = a.raw(index);
  if (v === undefined) return fallback;
  const ok = (k: unknown): k is Kernel => (typeof k === 'number' && Number.isSafeInteger(k) && k >= 1) || (Array.isArray(k) && k.length === 2 && k.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1));
  if (Array.isArray(v) && v.length === 2 && v.every(ok)) return [v[0] as Kernel, v[1] as Kernel];
  throw new ArgError(`k (argument ${index + 1}) must be a pair of kernel sizes such as [3, 3], got ${show(v)}`, index);
}

/** A scale factor as an exact fraction (2 → 2/1, 0.5 → 1/2, 1.5 → 3/2). */
function scaleFraction(f: number): { num: number; den: number } {
  for (let den = 1; den <= 1024; den *= 2) {
    const num = f * den;
    if (Number.isInteger(num)) return { num, den };
  }
  throw new ArgError(`scale_factor (argument 2) must be a binary fraction such as 2, 0.5 or 1.5, got ${f}`, 1);
}

export const KNOWN_MODULES: readonly string[] = [...Object.keys(MODULES), ...Object.keys(HEADS)];
