/**
 * Padding kinds of the format → the engine's per-axis Pad. `same` is TF/ONNX SAME_UPPER (the
 * odd pixel at the end) and depends on the input size, so it stays symbolic for the engine;
 * `causal` puts all of d·(k−1) before the first sample, as WaveNet and TCNs do.
 */
import type { Pad } from '../../rf/index.js';
import type { PaddingValue } from './document.js';

export type PadResult = { readonly pads: Pad[] } | { readonly problem: string };

export function pads(padding: PaddingValue | undefined, axes: number, kernel: readonly number[], dilation: readonly number[]): PadResult {
  if (padding === undefined || padding === 'valid') return { pads: fill({ begin: 0, end: 0 }, axes) };
  if (padding === 'same' || padding === 'same_upper') return { pads: fill({ same: 'upper' }, axes) };
  if (padding === 'same_lower') return { pads: fill({ same: 'lower' }, axes) };
  if (padding === 'causal') {
    if (axes !== 1) return { problem: '`causal` padding is for 1-D models; for more axes give [begin, end] pairs, e.g. [[2, 0], [1, 1]]' };
    return { pads: [{ begin: dilation[0]! * (kernel[0]! - 1), end: 0 }] };
  }
  return { pads: explicit(padding, axes) };
}

/** An integer, one per axis, or [begin, end] per axis → {begin, end} per axis. */
export function explicit(value: number | readonly number[] | readonly (readonly [number, number])[], axes: number): { begin: number; end: number }[] {
  if (typeof value === 'number') return fill({ begin: value, end: value }, axes);
  return value.map((p) => (typeof p === 'number' ? { begin: p, end: p } : { begin: p[0], end: p[1] }));
}

function fill<T>(value: T, axes: number): T[] {
  return Array.from({ length: axes }, () => value);
}
