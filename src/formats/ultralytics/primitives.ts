/**
 * What every module's subgraph is made of: the emitter a module writes its nodes to, and the
 * convolutions, pools and merges of Ultralytics' conv.py (and of models/common.py of the YOLOv5,
 * YOLOv7 and YOLOv9 repositories, which share them) that the module tables compose.
 */
import { type Op, conv, merge, pointwise } from '../../rf/index.js';
import { ArgError, type Args, type Kernel, show } from './document.js';

export const AXES = 2;

/**
 * Which module definitions a file means: Ultralytics' own; the YOLOv5 repository's (and the
 * YOLOv9 repository's, which shares its Bottleneck); or the YOLOv7 repository's, whose modules are
 * YOLOv5's before 7.0 (`Conv(c1, c2, k, s, p, g, act)`: no dilation).
 */
export type Dialect = 'ultralytics' | 'yolov5' | 'yolov7';

export interface Emit {
  /** Adds a node of the current layer; `part` names it within the module (`cv1`, `m.0.cv2`). */
  node(part: string, op: Op, inputs: readonly number[]): number;
  /** Attention (a global op, named as the layer's), or pointwise when the user asked for that. */
  attention(part: string, x: number): number;
  readonly dialect: Dialect;
  /**
   * The scale as parse_model sees it: C3k2 forces `c3k` when `scale in "mlx"`, which holds for
   * m, l, x and for '' (a file without `scales:` whose name has no scale letter).
   */
  readonly scale: string;
  /** A node's jump per axis (CBFuse resizes each input to the last one's size). */
  jump(node: number): readonly number[];
}

export interface ModuleDef {
  /** `many`: `from` is a list (Concat); `one`: a single input. */
  readonly inputs: 'one' | 'many';
  /** `parse_model` passes the repeats as the module's `n` instead of stacking n copies. */
  readonly repeatsInside?: boolean;
  /** Holds attention: global unless attention is treated as pointwise. */
  readonly attention?: boolean;
  build(e: Emit, x: readonly number[], a: Args, n: number): number;
}

export const perAxis = (k: Kernel): number[] => (typeof k === 'number' ? [k, k] : [...k]);

/** Ultralytics' `autopad`: `p = k // 2` of the dilated kernel `d·(k − 1) + 1`, per axis. */
export function autopad(k: Kernel, p: Kernel | undefined, d = 1): number[] {
  if (p !== undefined) return perAxis(p);
  return perAxis(k).map((x) => Math.floor((d > 1 ? d * (x - 1) + 1 : x) / 2));
}

/** `Conv` (and DWConv, RepConv, nn.Conv2d): a k×k convolution with symmetric padding. */
export function convolve(e: Emit, part: string, x: number, k: Kernel, s: Kernel = 1, p?: Kernel, d = 1): number {
  const kernel = perAxis(k);
  if (kernel.every((v) => v === 1) && perAxis(s).every((v) => v === 1) && (p === undefined || perAxis(p).every((v) => v === 0))) {
    return e.node(part, pointwise, [x]);
  }
  return e.node(part, conv(AXES, { kernel, stride: perAxis(s), dilation: d, pad: autopad(k, p, d) }), [x]);
}

export function pool(e: Emit, part: string, x: number, kind: 'max' | 'avg', k: Kernel, s: Kernel, p: Kernel, ceilMode = false): number {
  return e.node(part, conv(AXES, { pool: kind, kernel: perAxis(k), stride: perAxis(s), pad: perAxis(p), ceilMode }), [x]);
}

export const pw = (e: Emit, part: string, x: number): number => e.node(part, pointwise, [x]);
export const cat = (e: Emit, part: string, xs: readonly number[]): number => e.node(part, merge('concat'), [...new Set(xs)]);
export const add = (e: Emit, part: string, xs: readonly number[]): number => e.node(part, merge('add'), xs);

/** `Bottleneck`: cv1 k1, cv2 k2, plus the input when `shortcut` (and c1 = c2: always inside the CSP blocks). */
export function bottleneck(e: Emit, part: string, x: number, k1: Kernel, k2: Kernel, shortcut: boolean): number {
  const y = convolve(e, `${part}.cv2`, convolve(e, `${part}.cv1`, x, k1), k2);
  return shortcut ? add(e, `${part}.add`, [x, y]) : y;
}

export const one = (build: (e: Emit, x: number, a: Args, n: number) => number, extra: Partial<ModuleDef> = {}): ModuleDef => ({
  inputs: 'one',
  ...extra,
  build: (e, xs, a, n) => build(e, xs[0]!, a, n),
});

export const pointwiseModule = one((e, x) => pw(e, 'op', x));

/**
 * `Conv`'s sixth argument. Ultralytics, YOLOv5 ≥ 7.0 and YOLOv9 define `Conv(c1, c2, k, s, p, g,
 * d, act)`: an integer there is the dilation. YOLOv7 (and YOLOv5 before 7.0) define `Conv(c1, c2,
 * k, s, p, g, act)`: the sixth is the activation, `nn.LeakyReLU(0.1)` or a boolean, which
 * parse_model evaluates to a module; such a value is an activation in every dialect, since a
 * dilation can only be an integer. In a YOLOv7 file even an integer there is the activation.
 */
export function convDilation(e: Emit, a: Args, index: number): number {
  const v = a.raw(index);
  if (v === undefined || typeof v === 'boolean' || (typeof v === 'string' && /^nn\.[A-Za-z_]\w*(\(.*\))?$/.test(v))) return 1;
  if (e.dialect === 'yolov7' && typeof v === 'number') return 1;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    throw new ArgError(`dilation (argument ${index + 1}) must be an integer ≥ 1, or an activation such as nn.LeakyReLU(0.1) (YOLOv7's Conv), got ${show(v)}`, index);
  }
  return v;
}
