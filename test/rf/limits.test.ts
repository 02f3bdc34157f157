/**
 * The engine's explicit limits and its statements about what depends on the input size: each
 * is a GraphError with a code and the node, or a flag, never a wrong number.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder, GraphError, analyze, conv, frac, input, merge, resize, tensorRF, type TensorRF } from '../../src/rf/index.js';

const rfOf = (b: GraphBuilder, node: number, inputSize?: number[]) => tensorRF(analyze(b.build(), inputSize ? { inputSize } : {}), node);

describe('limits', () => {
  it('RF013: a period longer than maxPeriod (rational resize factors multiply periods)', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    // ×1001/1000 repeats every 1001 output positions.
    const up = b.add('up', resize(1, { scale: frac(1001, 1000) }), ['x']);
    const err = tensorRF(analyze(b.build(), { maxPeriod: 1000 }), up) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.code).toBe('RF013');
    expect(err.node).toBe(up);
    expect(err.message).toBe('up: the RF repeats only every 1001 positions (more than 1000); rational resize factors multiply periods');
    // With the default limit (65,536) the same graph is exact.
    expect((tensorRF(analyze(b.build()), up) as TensorRF).stride![0]).toEqual(frac(1000, 1001));
  });

  it('RF014: strides past 2^53 are an error at the node, not a rounded number', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    let prev = 'x';
    for (let i = 0; i < 60; i++) {
      b.add(`s${i}`, conv(1, { kernel: 1, stride: 2 }), [prev]);
      prev = `s${i}`;
    }
    const analysis = analyze(b.build());
    const err = tensorRF(analysis, b.id('s59')) as GraphError;
    expect(err.code).toBe('RF014');
    // s52's stride would be 2^53, past the last safe integer: it fails, and every node after
    // it; its predecessors keep their exact numbers.
    expect(err.node).toBe(b.id('s52'));
    expect(err.message).toMatch(/^s52: a stride or position exceeds 2\^53/);
    expect((tensorRF(analysis, b.id('s51')) as TensorRF).stride![0]).toEqual(frac(2 ** 52));
  });

  it('RF016: a huge kernel where every tap must be visited is an error, not a hang', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('up', resize(1, { scale: 2 }), ['x']);
    // After upsampling the map is periodic: each of the 2 positions of a period visits 10^9 taps.
    const huge = b.add('huge', conv(1, { kernel: 1_000_000_000 }), ['up']);
    const err = rfOf(b, huge) as GraphError;
    expect(err.code).toBe('RF016');
    expect(err.node).toBe(huge);
    expect(err.message).toBe('huge: analysing this layer exactly would take 2.0e+9 more steps (the limit is 1e+8 per model); check its kernel, stride and the resize factors upstream');
    // Where the map is affine the kernel size costs nothing: 10^9 taps, RF 10^9.
    const c = b.add('affine', conv(1, { kernel: 1_000_000_000 }), ['x']);
    expect(rfOf(b, c)).toMatchObject({ rf: [1_000_000_000] });
  });

  it('RF015: a SAME stride-2 layer after upsampling needs the input size', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('up', resize(1, { scale: 2 }), ['x']);
    const c = b.add('c', conv(1, { kernel: 3, stride: 2, pad: 'same_upper' }), ['up']);
    const err = rfOf(b, c) as GraphError;
    expect(err.code).toBe('RF015');
    expect(err.message).toBe('c: after upsampling, the RF through this SAME-padded stride-2 layer depends on the input size; set the input size');
    // With a size it is exact.
    expect(rfOf(b, c, [16])).toMatchObject({ rf: [2], stride: [frac(1)], size: [16] });
  });

  it('RF015: align_corners resizing needs the input size', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    const up = b.add('up', resize(1, { scale: 2, mode: 'linear', coordinates: 'align_corners' }), ['x']);
    expect((rfOf(b, up) as GraphError).code).toBe('RF015');
    // 4 → 8 with align_corners: x = u·3/7, so the scale is 7/3 and the stride 3/7.
    expect(rfOf(b, up, [4])).toMatchObject({ rf: [2], rfMin: [1], stride: [frac(3, 7)], size: [8] });
  });
});

describe('what depends on the input size', () => {
  // Main path: 3×3 stride-2 SAME, whose begin pad is 0 (even sizes: it reads 2u … 2u+2) or 1
  // (odd sizes: 2u−1 … 2u+1). Shortcut: shifted by 2, then 1×1 stride-2 SAME (always pad 0):
  // it reads 2u+2. The hull is 3 wide for even sizes and 4 for odd ones.
  function tfResidual(): { b: GraphBuilder; sum: number } {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('main', conv(1, { kernel: 3, stride: 2, pad: 'same_upper' }), ['x']);
    b.add('shift', { kind: 'pad', begin: [-2], end: [2] }, ['x']);
    b.add('short', conv(1, { kernel: 1, stride: 2, pad: 'same_upper' }), ['shift']);
    const sum = b.add('sum', merge('add'), ['main', 'short']);
    return { b, sum };
  }

  it('flags the merge, and gives the RF of input sizes divisible by the strides', () => {
    const { b, sum } = tfResidual();
    const unsized = rfOf(b, sum) as TensorRF;
    expect(unsized.sizeDependentAt).toBe(sum);
    expect(unsized.start).toEqual([null]);
    expect(unsized.rf).toEqual([3]);
    for (const n of [8, 16, 64]) {
      const sized = rfOf(b, sum, [n]) as TensorRF;
      expect(sized.sizeDependentAt).toBeUndefined();
      expect(sized.rf).toEqual(unsized.rf);
    }
    // An odd size shifts the main path's pad and the hull: that is why the flag exists.
    expect((rfOf(b, sum, [9]) as TensorRF).rf).toEqual([4]);
  });

  it('a chain through the same SAME layer keeps an exact RF without the size', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('a', conv(1, { kernel: 3, stride: 2, pad: 'same_upper' }), ['x']);
    const c = b.add('c', conv(1, { kernel: 3, pad: 1 }), ['a']);
    const t = rfOf(b, c) as TensorRF;
    expect(t.sizeDependentAt).toBeUndefined();
    expect(t.start).toEqual([null]);
    for (const n of [8, 9, 10, 11]) expect((rfOf(b, c, [n]) as TensorRF).rf).toEqual(t.rf);
  });
});
