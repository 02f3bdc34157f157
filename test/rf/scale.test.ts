/**
 * Size limits of the engine: deep chains and dense DAGs must analyse without recursion on
 * depth (no stack overflow) and without enumerating paths. No timing assertions here; see
 * `npm run bench` for the figures.
 */
import { describe, expect, it } from 'vitest';
import { analyze, tensorRF, type TensorRF } from '../../src/rf/analyze.js';
import { GraphError } from '../../src/rf/graph.js';
import { convChain, denseDag, residualNet } from '../../bench/graphs.js';

function rfOf(analysis: ReturnType<typeof analyze>, node: number): TensorRF {
  const result = tensorRF(analysis, node);
  if (result instanceof GraphError) throw result;
  return result;
}

describe('engine at scale', () => {
  it('a 10^6-node chain of 3×3 convs: RF 2·10^6 − 1, start −(10^6 − 1)', () => {
    const graph = convChain(1_000_000, 1);
    const last = graph.nodes.length - 1;
    const t = rfOf(analyze(graph), last);
    // 999,999 centred 3-tap convs each add 2.
    expect(t.rf).toEqual([1_999_999]);
    expect(t.start).toEqual([-999_999]);
    expect(t.stride!.map((f) => f.num / f.den)).toEqual([1]);
  });

  it('a 10^5-node DAG with ~10^6 edges: each merge joins the 20 previous tensors', () => {
    const graph = denseDag(100_000, 20);
    const edges = graph.nodes.reduce((sum, node) => sum + node.inputs.length, 0);
    expect(edges).toBeGreaterThan(1_000_000);
    const t = rfOf(analyze(graph), graph.nodes.length - 1);
    // The longest path passes through every conv (odd indices 1 … 99,999): 50,000 × 2 + 1.
    expect(t.rf).toEqual([100_001]);
    expect(t.start).toEqual([-50_000]);
    expect(t.aligned).toBe(true);
  });

  it('a 200-block residual net (2^200 paths) in one pass: RF 1 + 200·2·2', () => {
    const graph = residualNet(200, 2);
    const t = rfOf(analyze(graph), graph.nodes.length - 1);
    expect(t.rf).toEqual([801, 801]);
    expect(t.aligned).toBe(true);
  });
});
