/**
 * The engine against the brute-force oracle (test/rf/oracle.ts) on random graphs: chains and
 * DAGs using every op, multi-axis graphs axis by axis, graphs with an input size (SAME pads,
 * shapes, errors), and merges of different strides. Every node of every graph is compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, tensorRF } from '../../src/rf/analyze.js';
import { type Graph, GraphError } from '../../src/rf/graph.js';
import { residualNet, unet } from '../../bench/graphs.js';
import { type OracleResult, OracleUnsupported, oracle } from './oracle.js';
import {
  FACTORS,
  GraphSketch,
  type OpSpec,
  type ResidualSpec,
  anySpec,
  branchSpec,
  buildChain,
  buildDag,
  multiAxisSpec,
  neutralSpec,
  stageSpec,
  toOp,
} from './random-graphs.js';

/** Runs per property; their sum is the number of random graphs checked in CI (≥ 10,000). */
const RUNS = { chain: 3000, dag: 3500, multiAxis: 1000, sizedChain: 1500, sizedDag: 1000, strideMismatch: 500 };

/** Compares every node of `graph` on every axis with the oracle; returns how many nodes failed (RF0xx). */
function compareWithOracle(graph: Graph, inputSize?: readonly number[]): { errors: number } {
  const perAxis: OracleResult[][] = [];
  for (let a = 0; a < graph.axes; a++) perAxis.push(oracle(graph, a, inputSize ? { inputSize: inputSize[a]! } : {}));
  const analysis = analyze(graph, inputSize ? { inputSize } : {});
  let errors = 0;
  graph.nodes.forEach((node, i) => {
    const engine = tensorRF(analysis, i);
    const expected = perAxis.map((results) => results[i]!);
    const where = `${node.name} (${node.op.kind})`;
    const failure = expected.find((e) => e.kind === 'error');
    if (failure) {
      errors++;
      expect(engine instanceof GraphError ? { code: engine.code, node: engine.node } : 'no error', where).toEqual({ code: failure.code, node: failure.node });
      return;
    }
    if (engine instanceof GraphError) throw new Error(`${where}: engine failed with ${engine.code} ${engine.message}; the oracle has no error`);
    const oks = expected.filter((e) => e.kind === 'rf');
    expect(engine.global, where).toBe(oks[0]!.global);
    expect(engine.aligned, `${where} aligned`).toBe(oks.every((o) => o.aligned));
    if (engine.global) return;
    oks.forEach((o, a) => {
      const got = {
        rf: engine.rf![a],
        rfMin: engine.rfMin![a],
        stride: o.stride ? { num: engine.stride![a]!.num, den: engine.stride![a]!.den } : null,
        start: engine.start![a],
        center: engine.center![a],
        ...(inputSize ? { size: engine.size?.[a], coverage: engine.coverage?.[a] } : {}),
      };
      const want = {
        rf: o.rf,
        rfMin: o.rfMin,
        stride: o.stride,
        start: o.start,
        center: o.center,
        ...(inputSize ? { size: o.size, coverage: o.coverage } : {}),
      };
      expect(got, `${where} axis ${a}`).toEqual(want);
    });
  });
  return { errors };
}

/** Runs `check` unless the oracle has no definition for the case (counted, kept rare). */
function unlessUnsupported(counter: { skipped: number }, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof OracleUnsupported)) throw err;
    counter.skipped++;
  }
}

describe('engine vs brute-force oracle', () => {
  it(`1-D chains of every op (${RUNS.chain} graphs)`, () => {
    fc.assert(
      fc.property(fc.array(anySpec({ sized: false }), { minLength: 1, maxLength: 8 }), (layers) => {
        compareWithOracle(buildChain(layers.map((s) => [s]), 1));
      }),
      { numRuns: RUNS.chain },
    );
  });

  it(`1-D DAGs merging equal-stride branches, with skips (${RUNS.dag} graphs)`, () => {
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: false }), { minLength: 1, maxLength: 5 }), (stages) => {
        compareWithOracle(buildDag(stages));
      }),
      { numRuns: RUNS.dag },
    );
  });

  it(`2-D and 3-D graphs, each axis against the 1-D oracle (${RUNS.multiAxis} graphs)`, () => {
    const graphs = fc.integer({ min: 2, max: 3 }).chain((axes) =>
      fc.record({
        axes: fc.constant(axes),
        layers: fc.array(
          fc.oneof(
            { arbitrary: multiAxisSpec(axes), weight: 4 },
            {
              arbitrary: fc.record({
                residual: fc.array(multiAxisSpec(axes, true), { minLength: 1, maxLength: 3 }),
                merge: fc.constantFrom('add', 'concat'),
              }),
              weight: 1,
            },
          ),
          { minLength: 1, maxLength: 6 },
        ),
      }),
    );
    fc.assert(
      fc.property(graphs, ({ axes, layers }) => {
        compareWithOracle(buildChain(layers as (OpSpec[] | ResidualSpec)[], axes));
      }),
      { numRuns: RUNS.multiAxis },
    );
  });

  it(`with an input size: SAME pads, ceil_mode, shapes, RF010 (${RUNS.sizedChain} chains)`, () => {
    const counter = { skipped: 0 };
    let clean = 0;
    fc.assert(
      fc.property(
        fc.array(anySpec({ sized: true }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 40 }),
        (layers, n) => {
          unlessUnsupported(counter, () => {
            const { errors } = compareWithOracle(buildChain(layers.map((s) => [s]), 1), [n]);
            if (errors === 0) clean++;
          });
        },
      ),
      { numRuns: RUNS.sizedChain },
    );
    // Keep the property meaningful: most graphs must be analysable, few skipped.
    expect(clean).toBeGreaterThan(RUNS.sizedChain * 0.3);
    expect(counter.skipped).toBeLessThan(RUNS.sizedChain * 0.1);
  });

  it(`with an input size: DAGs, RF010 and RF011 (${RUNS.sizedDag} graphs)`, () => {
    const counter = { skipped: 0 };
    let clean = 0;
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: true }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 48 }), (stages, n) => {
        unlessUnsupported(counter, () => {
          const { errors } = compareWithOracle(buildDag(stages), [n]);
          if (errors === 0) clean++;
        });
      }),
      { numRuns: RUNS.sizedDag },
    );
    expect(clean).toBeGreaterThan(RUNS.sizedDag * 0.1);
    expect(counter.skipped).toBeLessThan(RUNS.sizedDag * 0.1);
  });

  it('the benchmark U-Net (period 16) and a residual net match the oracle on every node', () => {
    compareWithOracle(unet(4));
    compareWithOracle(unet(4), [64, 48]);
    compareWithOracle(residualNet(12, 2));
  });

  it(`merging branches of different strides is RF012 at the merge (${RUNS.strideMismatch} graphs)`, () => {
    const mismatch = fc
      .tuple(fc.constantFrom(...FACTORS), fc.constantFrom(...FACTORS))
      .filter(([a, b]) => a[0] * b[1] !== b[0] * a[1])
      .chain(([a, b]) =>
        fc.record({
          prefix: fc.array(neutralSpec({ sized: false }), { maxLength: 3 }),
          left: branchSpec(a, { sized: false }),
          right: branchSpec(b, { sized: false }),
          suffix: fc.array(neutralSpec({ sized: false }), { maxLength: 2 }),
        }),
      );
    fc.assert(
      fc.property(mismatch, ({ prefix, left, right, suffix }) => {
        const sketch = new GraphSketch(1);
        let head = 0;
        for (const s of prefix) head = sketch.add(toOp([s]), [head]);
        const ends = [left, right].map((branch) => {
          let node = head;
          for (const s of [...branch.before, ...branch.core, ...branch.after]) node = sketch.add(toOp([s]), [node]);
          return node;
        });
        const merged = sketch.add({ kind: 'merge', merge: 'add' }, ends);
        let tail = merged;
        for (const s of suffix) tail = sketch.add(toOp([s]), [tail]);
        const graph = sketch.graph();
        // The oracle measures different jumps on the two sides and predicts RF012 there too.
        compareWithOracle(graph);
        const analysis = analyze(graph);
        for (const node of [merged, tail]) {
          const result = tensorRF(analysis, node);
          expect(result instanceof GraphError ? { code: result.code, node: result.node } : result).toEqual({ code: 'RF012', node: merged });
        }
      }),
      { numRuns: RUNS.strideMismatch },
    );
  });
});
