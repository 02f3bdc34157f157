/**
 * The effective RF (src/rf/erf.ts) against the forward brute-force oracle (erf-oracle.ts) on
 * random chains and DAGs of every op: the exact profiles must be equal weight for weight, and
 * sigma and the 95 % width must agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/rf/analyze.js';
import { effectiveRF, erfProfile } from '../../src/rf/erf.js';
import type { Graph } from '../../src/rf/graph.js';
import { GraphBuilder, conv, input, merge, pointwise, resize } from '../../src/rf/ops.js';
import { residualNet, unet } from '../../bench/graphs.js';
import { erfOracleProfile, erfOracleStats } from './erf-oracle.js';
import { OracleUnsupported } from './oracle.js';
import { anySpec, buildChain, buildDag, stageSpec } from './random-graphs.js';

const RUNS = { chain: 400, dag: 400, sized: 200 };

/** Compares the last node's ERF on every axis; false when the case is outside both definitions. */
function compare(graph: Graph, inputSize?: readonly number[]): boolean {
  const an = analyze(graph, inputSize ? { inputSize } : {});
  const out = graph.nodes.length - 1;
  if (an.status[out] !== -1 || an.global[out]) return false;
  const erf = effectiveRF(an, out);
  for (let a = 0; a < graph.axes; a++) {
    let want: Map<number, readonly [bigint, bigint]>;
    try {
      want = erfOracleProfile(graph, out, a, inputSize ? { inputSize: inputSize[a]! } : {});
    } catch (err) {
      if (err instanceof OracleUnsupported) return false;
      throw err;
    }
    const got = erfProfile(an, out, a);
    if (!got) {
      // Position 0 sees nothing (a transposed conv's hole): no profile, no ERF.
      expect([...want.values()].every(([n]) => n === 0n), 'an empty profile').toBe(true);
      expect(erf).toBeUndefined();
      continue;
    }
    // Weight for weight, as exact fractions: got.num[i] / got.den = n / d.
    const positions = new Set([...want.keys()].filter((x) => want.get(x)![0] !== 0n));
    got!.num.forEach((n, i) => {
      if (n !== 0n) positions.add(got!.lo + i);
    });
    for (const x of positions) {
      const [n, d] = want.get(x) ?? [0n, 1n];
      const g = got!.num[x - got!.lo] ?? 0n;
      expect(g * d, `weight at ${x}`).toBe(n * got!.den);
    }
    const stats = erfOracleStats(want);
    if (!stats) {
      expect(erf).toBeUndefined();
      continue;
    }
    expect(erf!.width95[a]).toBe(stats.width95);
    expect(erf!.sigma[a]).toBeCloseTo(stats.sigma, 9);
  }
  return true;
}

describe('effective RF: known profiles', () => {
  const chain = (...ops: Parameters<GraphBuilder['add']>[1][]): Graph => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    ops.forEach((op, i) => b.add(`l${i}`, op, [i]));
    return b.build();
  };
  it('one 3-tap conv is a box: sigma √(2/3), 95 % in all 3 taps', () => {
    const erf = effectiveRF(analyze(chain(conv(1, { kernel: 3, pad: 1 }))), 1)!;
    expect(erf.sigma[0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(erf.width95).toEqual([3]);
  });
  it('two 3-tap convs are the triangle 1 2 3 2 1 / 9: sigma √(4/3), width 5', () => {
    const erf = effectiveRF(analyze(chain(conv(1, { kernel: 3 }), conv(1, { kernel: 3 }))), 2)!;
    expect(erf.sigma[0]).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(erf.width95).toEqual([5]);
  });
  it('a stride-2 conv spaces the next kernel by the jump', () => {
    const an = analyze(chain(conv(1, { kernel: 2, stride: 2 }), conv(1, { kernel: 2 })));
    const p = erfProfile(an, 2, 0)!;
    expect({ lo: p.lo, num: p.num.map((n) => Number(n)), den: Number(p.den) }).toEqual({ lo: 0, num: [1, 1, 1, 1], den: 4 });
  });
  it('add averages its inputs: a residual 3-tap conv is 1/6 2/3 1/6', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('c', conv(1, { kernel: 3, pad: 1 }), ['x']);
    b.add('sum', merge('add'), ['c', 'x']);
    const an = analyze(b.build());
    const p = erfProfile(an, 2, 0)!;
    expect(p.num.map((n) => Number(n) / Number(p.den))).toEqual([1 / 6, 2 / 3, 1 / 6]);
    const erf = effectiveRF(an, 2)!;
    expect(erf.sigma[0]).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(erf.width95).toEqual([3]);
  });
  it('nearest upsampling copies: the ERF of ×2 then a 2-tap conv is the one input pixel', () => {
    const erf = effectiveRF(analyze(chain(resize(1, { scale: 2 }), conv(1, { kernel: 2 }), pointwise)), 3)!;
    // Position 1 reads input pixels 0 and 1 equally: the narrowest position is position 0.
    expect(erf).toEqual({ sigma: [0], width95: [1], width95Min: [1] });
  });
  it('a global output has no ERF; a budget too small gives none', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('g', { kind: 'global' }, ['x']);
    expect(effectiveRF(analyze(b.build()), 1)).toBeUndefined();
    expect(effectiveRF(analyze(residualNet(8, 2)), residualNet(8, 2).nodes.length - 1, { maxSteps: 10 })).toBeUndefined();
  });
});

describe('effective RF vs the forward brute-force oracle', () => {
  it(`1-D chains of every op (${RUNS.chain} graphs)`, () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(anySpec({ sized: false }), { minLength: 1, maxLength: 6 }), (layers) => {
        if (compare(buildChain(layers.map((s) => [s]), 1))) compared++;
      }),
      { numRuns: RUNS.chain },
    );
    expect(compared).toBeGreaterThan(RUNS.chain * 0.5);
  });

  it(`1-D DAGs with merges and skips (${RUNS.dag} graphs)`, () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: false }), { minLength: 1, maxLength: 4 }), (stages) => {
        if (compare(buildDag(stages))) compared++;
      }),
      { numRuns: RUNS.dag },
    );
    expect(compared).toBeGreaterThan(RUNS.dag * 0.5);
  });

  it(`with an input size: SAME pads, align_corners (${RUNS.sized} chains)`, () => {
    fc.assert(
      fc.property(fc.array(anySpec({ sized: true }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (layers, n) => {
        compare(buildChain(layers.map((s) => [s]), 1), [n]);
      }),
      { numRuns: RUNS.sized },
    );
  });

  it('the benchmark U-Net and a 2-D residual net', () => {
    expect(compare(unet(3))).toBe(true);
    expect(compare(residualNet(6, 2))).toBe(true);
  });
});
