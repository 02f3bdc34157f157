/** What a Reshape does to the spatial axes, from its input and output shapes. */
import { describe, expect, it } from 'vitest';
import { mapReshape } from '../../../src/formats/onnx/reshape.js';

const NCHW = [null, null, 0, 1];

describe('mapReshape', () => {
  it('regrouping channels keeps the positions (ShuffleNet, a detector head\'s anchors)', () => {
    expect(mapReshape([1, 116, 28, 28], [1, 2, 58, 28, 28], NCHW, 2)).toEqual({ kind: 'map', layout: [null, null, null, 0, 1], down: [1, 1], up: [1, 1] });
    expect(mapReshape([1, 58, 2, 28, 28], [1, 116, 28, 28], [null, null, null, 0, 1], 2)).toEqual({ kind: 'map', layout: NCHW, down: [1, 1], up: [1, 1] });
  });

  it('splitting a spatial axis into blocks is space-to-depth; folding channels into it is depth-to-space', () => {
    expect(mapReshape([1, 3, 32, 32], [1, 3, 16, 2, 16, 2], NCHW, 2)).toEqual({ kind: 'map', layout: [null, null, 0, null, 1, null], down: [2, 2], up: [1, 1] });
    expect(mapReshape([1, 4, 16, 2, 16, 2], [1, 4, 32, 32], [null, null, 0, null, 1, null], 2)).toEqual({ kind: 'map', layout: NCHW, down: [1, 1], up: [2, 2] });
    // Swin's window partition in NHWC: [1, 56, 56, 96] → [1, 8, 7, 8, 7, 96].
    expect(mapReshape([1, 56, 56, 96], [1, 8, 7, 8, 7, 96], [null, 0, 1, null], 2)).toEqual({ kind: 'map', layout: [null, 0, null, 1, null, null], down: [7, 7], up: [1, 1] });
  });

  it('merging positions is global, and says why', () => {
    expect(mapReshape([1, 8, 32, 32], [1, 8, 1024], NCHW, 2)).toEqual({ kind: 'global', why: 'it merges spatial axes 0 and 1' });
    // [C, H] → [C·H]: channel-major, a position is spread over the whole dim.
    expect(mapReshape([1, 4, 32], [1, 128], [null, null, 0], 1)).toEqual({ kind: 'global', why: 'it interleaves spatial axis 0 with other dims' });
    expect(mapReshape([1, 8, 1, 1], [1, 8], NCHW, 2)).toEqual({ kind: 'global', why: 'it drops spatial axis 0 (of size 1)' });
  });
});
