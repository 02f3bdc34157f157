/**
 * The certified float pass of the effective RF (src/rf/erf-float.ts): every weight within its
 * bound of the exact one, the answer always the exact pass's, and the fall-backs to big integers
 * (a tie at 95 %, weights near the subnormals) taken when they must be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/rf/analyze.js';
import { effectiveRF, erfProfile, profileStats } from '../../src/rf/erf.js';
import { floatProfile, floatStats } from '../../src/rf/erf-float.js';
import type { Graph } from '../../src/rf/graph.js';
import { GraphBuilder, conv, input } from '../../src/rf/ops.js';
import { anySpec, buildChain, buildDag, multiAxisSpec, stageSpec } from './random-graphs.js';

const BIG = { left: 4_000_000 };

/** The exact answer, axis by axis, as erf.ts computed it before floats. */
function exact(graph: Graph, node: number) {
  const an = analyze(graph);
  const sigma: number[] = [];
  const width95: number[] = [];
  for (let a = 0; a < graph.axes; a++) {
    const profile = erfProfile(an, node, a, { ...BIG });
    const stats = profile && profileStats(profile);
    if (!stats) return undefined;
    sigma.push(stats.sigma);
    width95.push(stats.width95);
  }
  return { sigma, width95 };
}

function expectSame(graph: Graph): void {
  const out = graph.nodes.length - 1;
  const an = analyze(graph);
  if (an.status[out] !== -1 || an.global[out]) return;
  const want = exact(graph, out);
  const got = effectiveRF(an, out);
  if (!want) {
    expect(got).toBeUndefined();
    return;
  }
  expect(got!.width95).toEqual(want.width95);
  got!.sigma.forEach((s, a) => expect(s).toBeCloseTo(want.sigma[a]!, 9));
}

function chain1d(...ops: Parameters<GraphBuilder['add']>[1][]): Graph {
  const b = new GraphBuilder(1);
  b.add('x', input);
  ops.forEach((op, i) => b.add(`l${i}`, op, [i]));
  return b.build();
}

describe('float profile', () => {
  it('every weight is within the certified bound of the exact fraction', () => {
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: false }), { minLength: 1, maxLength: 4 }), (stages) => {
        const graph = buildDag(stages);
        const an = analyze(graph);
        const out = graph.nodes.length - 1;
        if (an.status[out] !== -1 || an.global[out]) return;
        const fast = floatProfile(an, out, 0, { ...BIG });
        const want = erfProfile(an, out, 0, { ...BIG });
        if (!want) {
          expect(fast).toBeUndefined();
          return;
        }
        if (!fast) throw new Error('no float profile');
        expect(fast.lo).toBe(want.lo);
        expect(fast.w.length).toBe(want.num.length);
        const k = fast.roundings;
        const gamma = (k * 2 ** -53) / (1 - k * 2 ** -53);
        want.num.forEach((n, i) => {
          const w = Number(n) / Number(want.den);
          expect(Math.abs(fast.w[i]! - w)).toBeLessThanOrEqual(gamma * w * 1.000001 + 1e-300);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('effective RF through floats equals the exact one', () => {
  it('on random 1-D chains and DAGs', () => {
    fc.assert(
      fc.property(fc.array(anySpec({ sized: false }), { minLength: 1, maxLength: 6 }), (layers) => {
        expectSame(buildChain(layers.map((s) => [s]), 1));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: false }), { minLength: 1, maxLength: 4 }), (stages) => {
        expectSame(buildDag(stages));
      }),
      { numRuns: 300 },
    );
  });

  it('on 2-D and 3-D chains whose axes differ or agree (axis 0 reused only when every map agrees)', () => {
    const layer = (axes: number) =>
      fc.oneof(
        multiAxisSpec(axes),
        // The same op on every axis: the reuse path.
        multiAxisSpec(1).map((s) => Array.from({ length: axes }, () => s[0]!)),
      );
    for (const axes of [2, 3]) {
      fc.assert(
        fc.property(fc.array(layer(axes), { minLength: 1, maxLength: 5 }), (layers) => {
          expectSame(buildChain(layers, axes));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('a 1×3 then 3×1 kernel: the axes differ and each is its own', () => {
    const b = new GraphBuilder(2);
    b.add('x', input);
    b.add('a', conv(2, { kernel: [1, 5] }), ['x']);
    b.add('b', conv(2, { kernel: [3, 1] }), ['a']);
    const erf = effectiveRF(analyze(b.build()), 2)!;
    expect(erf.width95).toEqual([3, 5]);
    expectSame(b.build());
  });

  it('a tie at 95 % (19 of 20 equal taps) is too close for floats and is decided exactly', () => {
    const an = analyze(chain1d(conv(1, { kernel: 20 })));
    const fast = floatProfile(an, 1, 0, { ...BIG });
    expect(fast && floatStats(fast)).toBe('unsure');
    expect(effectiveRF(an, 1)!.width95).toEqual([19]);
  });

  it('weights below the smallest double (1,100 two-tap convs: the tails are 2^-1100) stay non-zero, and the answer exact', () => {
    const graph = chain1d(...Array.from({ length: 1100 }, () => conv(1, { kernel: 2 })));
    const an = analyze(graph);
    const fast = floatProfile(an, 1100, 0, { ...BIG })!;
    const want = erfProfile(an, 1100, 0, { ...BIG })!;
    expect(fast.w.length).toBe(want.num.length);
    expect(fast.w.every((x) => x > 0)).toBe(true);
    expect(fast.w[0]).toBe(Number.MIN_VALUE);
    const stats = profileStats(want)!;
    const erf = effectiveRF(an, 1100)!;
    expect(erf.width95).toEqual([stats.width95]);
    expect(erf.sigma[0]).toBeCloseTo(stats.sigma, 9);
    // The binomial: σ = √(1100 · 1/4).
    expect(erf.sigma[0]).toBeCloseTo(Math.sqrt(1100 / 4), 9);
  });

  it('spends the budget as the exact pass does: no ERF exactly when that pass has none', () => {
    const graph = chain1d(conv(1, { kernel: 3 }), conv(1, { kernel: 3 }), conv(1, { kernel: 3 }));
    const an = analyze(graph);
    let steps = 0;
    while (!erfProfile(an, 3, 0, { left: steps })) steps++;
    expect(effectiveRF(an, 3, { maxSteps: steps - 1 })).toBeUndefined();
    expect(effectiveRF(an, 3, { maxSteps: steps })).toBeDefined();
  });
});
