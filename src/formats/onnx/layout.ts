/**
 * What the loader knows about a tensor on the data path: its graph node, and which of its
 * dimensions are spatial. ONNX ops name axes by position, and models move them (ConvNeXt
 * permutes NCHW → NHWC around its LayerNorm and Linear layers), so each dimension carries the
 * spatial axis it holds (0 … axes−1, in the input's order) or null (batch, channels, features).
 */
import type { Dim } from './proto.js';

export type Layout = readonly (number | null)[];

export interface DataTensor {
  readonly node: number;
  readonly layout: Layout;
  /** The engine will find it global (it depends on the whole input). */
  readonly global: boolean;
  /**
   * Set on a global tensor of spatial size 1 computed from one feature map only (a global
   * pool and the layers after it): the gate of a squeeze-and-excitation block. The node of
   * that feature map.
   */
  readonly pooledFrom?: number;
}

export type { ConstTensor } from './evaluate.js';

/** NCHW-style input layout: batch, channels, then the spatial axes in order. */
export function inputLayout(axes: number): Layout {
  return [null, null, ...Array.from({ length: axes }, (_, a) => a)];
}

export function hasSpatial(layout: Layout, dims: Iterable<number> = layout.keys()): boolean {
  for (const d of dims) if (layout[d] !== null && layout[d] !== undefined) return true;
  return false;
}

/** A negative ONNX axis counts from the end. */
export function normalizeAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** Concrete sizes of a static shape, or undefined when some dimension is symbolic or unknown. */
export function concrete(shape: readonly Dim[] | undefined): number[] | undefined {
  if (!shape || shape.some((d) => typeof d !== 'number' || d < 0)) return undefined;
  return shape as number[];
}
