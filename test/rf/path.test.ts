/**
 * The explain path (src/rf/path.ts): on random chains without upsampling its numbers are the
 * classic recurrence computed here from the op parameters alone (r_n = r_{n−1} + d·(k−1)·J_{n−1},
 * J_n = J_{n−1}·s_n), and the inverse method walked back from the output ends at the RF; on
 * DAGs the path follows the branch that reaches the hull's ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, tensorRF } from '../../src/rf/analyze.js';
import { GraphBuilder, conv, input, merge, pointwise, resize } from '../../src/rf/ops.js';
import { rfPath } from '../../src/rf/path.js';
import { toNumber } from '../../src/rf/fraction.js';

describe('rfPath', () => {
  it('on random conv/pool chains: the classic recurrence, and the inverse method gives the RF', () => {
    const layer = fc.record({ k: fc.integer({ min: 1, max: 7 }), s: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: 1, max: 3 }), p: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 10 }), (layers) => {
        const b = new GraphBuilder(1);
        b.add('x', input);
        layers.forEach((l, i) => b.add(`c${i}`, conv(1, { kernel: l.k, stride: l.s, dilation: l.d, pad: l.p }), [i]));
        const an = analyze(b.build());
        const steps = rfPath(an, layers.length)!;
        expect(steps.map((s) => s.node)).toEqual(layers.map((_, i) => i).concat(layers.length));
        let r = 1;
        let J = 1;
        layers.forEach((l, i) => {
          const step = steps[i + 1]!;
          expect(toNumber(step.jumpBefore[0]!)).toBe(J);
          r += l.d * (l.k - 1) * J;
          J *= l.s;
          expect(step.rf[0]).toBe(r);
        });
        // Inverse, from the output back: RF ← (RF − 1)·s + d·(k − 1) + 1.
        let inv = 1;
        for (let i = layers.length - 1; i >= 0; i--) {
          const l = layers[i]!;
          inv = (inv - 1) * l.s + l.d * (l.k - 1) + 1;
          expect(steps[i + 1]!.inverse[0]).toBe(inv);
        }
        expect(steps[0]!.inverse[0]).toBe(r);
      }),
      { numRuns: 300 },
    );
  });

  it('follows the branch of a residual block that reaches the ends, and says who reaches them', () => {
    const b = new GraphBuilder(2);
    b.add('x', input);
    b.add('stem', conv(2, { kernel: 3, pad: 1 }), ['x']);
    b.add('a', conv(2, { kernel: 3, pad: 1 }), ['stem']);
    b.add('relu', pointwise, ['a']);
    b.add('b', conv(2, { kernel: 3, pad: 1 }), ['relu']);
    b.add('sum', merge('add'), ['stem', 'b']);
    const an = analyze(b.build());
    const steps = rfPath(an, 5)!;
    // The pointwise relu is left out.
    expect(steps.map((s) => s.node)).toEqual([0, 1, 2, 4, 5]);
    expect(steps[4]!.merge).toEqual({ followed: 4, lo: [4], hi: [4] });
    expect(steps.map((s) => s.rf[0])).toEqual([1, 3, 5, 7, 7]);
  });

  it('after upsampling: the engine largest RF and the period', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('c', conv(1, { kernel: 3, stride: 2 }), ['x']);
    b.add('up', resize(1, { scale: 2, mode: 'linear' }), ['c']);
    b.add('d', conv(1, { kernel: 3, pad: 1 }), ['up']);
    const an = analyze(b.build());
    const steps = rfPath(an, 3)!;
    const last = steps[steps.length - 1]!;
    const t = tensorRF(an, 3);
    if (t instanceof Error) throw t;
    expect(last.rf).toEqual(t.rf);
    expect(last.period).toEqual([2]);
    expect(toNumber(last.jumpBefore[0]!)).toBe(1);
  });

  it('has no path for a global output', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('g', { kind: 'global' }, ['x']);
    expect(rfPath(analyze(b.build()), 1)).toBeUndefined();
  });
});
