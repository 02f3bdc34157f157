/**
 * The index map of each op, one axis at a time: which input positions feed output position u
 * (`forEachTap`), and how the map repeats (`period`): taps(u + p) = taps(u) + q. Positions are
 * integers on an unbounded axis, padding positions included (docs/design.md §3).
 */
import { floorDiv } from './fraction.js';
import type { Op } from './graph.js';

/** The per-axis geometry the analysis resolved for one op (SAME pads and sizes fixed). */
export type AxisMap =
  | { readonly kind: 'identity'; readonly offset: number } // pad, crop, pointwise: v = u − offset
  | { readonly kind: 'window'; readonly kernel: number; readonly stride: number; readonly dilation: number; readonly begin: number }
  | { readonly kind: 'transposed'; readonly kernel: number; readonly stride: number; readonly dilation: number; readonly begin: number }
  | { readonly kind: 'block'; readonly block: number } // space-to-depth: v = b·u + j
  | { readonly kind: 'spread'; readonly block: number } // depth-to-space: v = floor(u / r)
  | {
      readonly kind: 'resize';
      /** Output/input ratio n/m: x = (u + a)·m/n − b, with a, b in halves. */
      readonly num: number;
      readonly den: number;
      readonly halfIn: boolean; // a = 1/2
      readonly halfOut: boolean; // b = 1/2
      readonly taps: 'nearest' | 'linear' | 'cubic';
      readonly rounding: Extract<Op, { kind: 'resize' }>['rounding'];
    };

/** taps(u + p) = taps(u) + q. */
export function period(map: AxisMap): { p: number; q: number } {
  switch (map.kind) {
    case 'identity':
      return { p: 1, q: 1 };
    case 'window':
      return { p: 1, q: map.stride };
    case 'transposed':
      return { p: map.stride, q: 1 };
    case 'block':
      return { p: 1, q: map.block };
    case 'spread':
      return { p: map.block, q: 1 };
    case 'resize':
      return { p: map.num, q: map.den };
  }
}

/** How many taps `forEachTap` visits for one position, at most: the work of one entry. */
export function tapCount(map: AxisMap): number {
  switch (map.kind) {
    case 'window':
    case 'transposed':
      return map.kernel;
    case 'block':
      return map.block;
    case 'resize':
      return map.taps === 'cubic' ? 4 : 2;
    default:
      return 1;
  }
}

/** Calls `tap(v)` for every input position v that output position u reads (possibly none). */
export function forEachTap(map: AxisMap, u: number, tap: (v: number) => void): void {
  switch (map.kind) {
    case 'identity':
      tap(u - map.offset);
      return;
    case 'window': {
      const first = map.stride * u - map.begin;
      for (let j = 0; j < map.kernel; j++) tap(first + map.dilation * j);
      return;
    }
    case 'transposed': {
      // Input i writes output s·i − begin + d·j; so output u hears from i = (u + begin − d·j) / s.
      for (let j = 0; j < map.kernel; j++) {
        const t = u + map.begin - map.dilation * j;
        if (t % map.stride === 0) tap(t / map.stride);
      }
      return;
    }
    case 'block': {
      for (let j = 0; j < map.block; j++) tap(map.block * u + j);
      return;
    }
    case 'spread':
      tap(floorDiv(u, map.block));
      return;
    case 'resize':
      resizeTaps(map, u, tap);
      return;
  }
}

function resizeTaps(map: Extract<AxisMap, { kind: 'resize' }>, u: number, tap: (v: number) => void): void {
  // x = N / D exactly, with D = 2n: x = ((2u + 2a)·m − 2b·n) / 2n.
  const D = 2 * map.num;
  const N = (2 * u + (map.halfIn ? 1 : 0)) * map.den - (map.halfOut ? map.num : 0);
  const fl = floorDiv(N, D);
  const exact = N - fl * D === 0;
  if (map.taps === 'nearest') {
    const twice = 2 * N; // compare x with fl + 1/2 without fractions: 2N vs (2fl + 1)·D
    const half = (2 * fl + 1) * D;
    let v: number;
    switch (map.rounding) {
      case 'floor':
        v = fl;
        break;
      case 'ceil':
        v = exact ? fl : fl + 1;
        break;
      case 'round_prefer_floor':
        v = twice > half ? fl + 1 : fl;
        break;
      case 'round_prefer_ceil':
        v = twice >= half ? fl + 1 : fl;
        break;
    }
    tap(v);
    return;
  }
  // Linear weights are non-zero for |v − x| < 1, cubic (Keys) ones for |v − x| < 2 except at
  // |v − x| = 1: at an integer x only v = x is read.
  if (exact) {
    tap(fl);
    return;
  }
  const reach = map.taps === 'linear' ? 0 : 1;
  for (let v = fl - reach; v <= fl + 1 + reach; v++) tap(v);
}
