/**
 * What a Reshape does to the spatial axes, worked out from the input and output shapes. Dims are
 * grouped where the running products of the two shapes meet (row-major order is kept within a
 * group); then in each group:
 *
 * - no spatial dim: channels regrouped (ShuffleNet's `[N, g, C/g, H, W]`, a detector's anchors);
 * - one spatial dim H followed by r values of other dims (`[H, r]`, flat index h·r + c), written
 *   as dims `[b0, rest…]`: b0's index is h when rest = r (a channel regroup), h // b when rest =
 *   r·b (space-to-depth by b: `[H/b, b]` pulled out of H) and h·b + c // rest when r = rest·b
 *   (depth-to-space by b: pixel shuffle's `[H, r] → [H·r]`); non-spatial dims before it must
 *   come out as dims of their own;
 * - anything else (two spatial axes merged, a spatial axis interleaved with others) mixes
 *   positions: global.
 *
 * Swin's window partition and reverse come out exact this way: a window's positions become
 * channels of one coarse position, which is what attention inside the window sees.
 */
import type { Layout } from './layout.js';

export type ReshapeMap =
  | {
      readonly kind: 'map';
      readonly layout: Layout;
      /** Per spatial axis of the model: space-to-depth block (1: none). */
      readonly down: readonly number[];
      /** Per spatial axis: depth-to-space block (1: none). */
      readonly up: readonly number[];
    }
  | { readonly kind: 'global'; readonly why: string };

export function mapReshape(inShape: readonly number[], outShape: readonly number[], layout: Layout, axes: number): ReshapeMap {
  const down = new Array<number>(axes).fill(1);
  const up = new Array<number>(axes).fill(1);
  const out: (number | null)[] = outShape.map(() => null);
  if (inShape.length !== layout.length) return { kind: 'global', why: 'its input shape does not match its layout' };
  // A spatial dim of size 1 carries no position to follow once it is regrouped.
  const dropped = layout.findIndex((a, d) => a !== null && inShape[d] === 1 && !(outShape[d] === 1 && outShape.length === inShape.length));
  if (dropped >= 0) return { kind: 'global', why: `it drops spatial axis ${layout[dropped]} (of size 1)` };
  const ins = inShape.flatMap((n, d) => (n === 1 ? [] : [d]));
  const outs = outShape.flatMap((n, d) => (n === 1 ? [] : [d]));
  if (ins.reduce((p, d) => p * inShape[d]!, 1) !== outs.reduce((p, d) => p * outShape[d]!, 1)) {
    return { kind: 'global', why: 'its input and output sizes differ' };
  }
  let i = 0;
  let j = 0;
  while (i < ins.length) {
    // The next group: the shortest runs of dims whose products are equal.
    const gi = [ins[i++]!];
    const gj = [outs[j++]!];
    let pi = inShape[gi[0]!]!;
    let pj = outShape[gj[0]!]!;
    while (pi !== pj) {
      if (pi < pj) {
        const d = ins[i++]!;
        gi.push(d);
        pi *= inShape[d]!;
      } else {
        const d = outs[j++]!;
        gj.push(d);
        pj *= outShape[d]!;
      }
    }
    const spatial = gi.filter((d) => layout[d] !== null);
    if (spatial.length === 0) continue;
    if (spatial.length > 1) return { kind: 'global', why: `it merges spatial axes ${spatial.map((d) => layout[d]).join(' and ')}` };
    const s = spatial[0]!;
    const axis = layout[s]!;
    const at = gi.indexOf(s);
    const outer = gi.slice(0, at).reduce((p, d) => p * inShape[d]!, 1);
    const inner = gi.slice(at + 1).reduce((p, d) => p * inShape[d]!, 1);
    // Dims before the spatial one must come out whole, as dims of their own.
    let k = 0;
    let prefix = 1;
    while (prefix < outer && k < gj.length) prefix *= outShape[gj[k++]!]!;
    if (prefix !== outer || k >= gj.length) return { kind: 'global', why: `it interleaves spatial axis ${axis} with other dims` };
    const head = gj[k]!;
    const rest = gj.slice(k + 1).reduce((p, d) => p * outShape[d]!, 1);
    out[head] = axis;
    if (rest === inner) continue;
    if (rest > inner && rest % inner === 0) down[axis] = rest / inner;
    else if (rest < inner && inner % rest === 0) up[axis] = inner / rest;
    else return { kind: 'global', why: `it regroups spatial axis ${axis} with other dims in a way that mixes positions` };
  }
  return { kind: 'map', layout: out, down, up };
}
