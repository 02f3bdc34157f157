import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { evaluateThresholds, gatherThresholds, mergeThresholds } from '../../src/check/thresholds.js';
import { GraphBuilder, type TensorRF, analyze, conv, global, input, tensorRF } from '../../src/rf/index.js';

/** The real engine on a small net: RF of `c3` is 7 (three 3×3 stride-1 convs) on a 2-D input. */
function rfOf(build: (g: GraphBuilder) => number, inputSize?: number[]): TensorRF {
  const g = new GraphBuilder(2);
  g.add('input', input);
  const node = build(g);
  const rf = tensorRF(analyze(g.build(), inputSize ? { inputSize } : {}), node);
  if (!('global' in rf)) throw rf;
  return rf;
}
const threeConvs = (g: GraphBuilder) => {
  g.add('c1', conv(2, { kernel: 3, pad: 1 }), ['input']);
  g.add('c2', conv(2, { kernel: 3, pad: 1 }), ['c1']);
  return g.add('c3', conv(2, { kernel: 3, pad: 1 }), ['c2']);
};
const rectangular = (g: GraphBuilder) => g.add('c', conv(2, { kernel: [3, 9] }), ['input']);
const globalPool = (g: GraphBuilder) => g.add('gp', global, [threeConvs(g)]);

const rules = parseRules(
  `- files: "models/**"
  min_rf: 5
- files: "models/**"
  outputs: "p*"
  min_rf: [9, 3]
- files: "other/**"
  min_rf: 100
`,
  'rules.yaml',
).rules;

describe('gatherThresholds', () => {
  it('takes the file, every matching rule (by path and output name), and no default when min_rf is set', () => {
    const entries = gatherThresholds('models/a.rf.yaml', { name: 'p3', thresholds: { max_rf: 50 } }, rules, 64);
    expect(entries).toEqual([
      { threshold: 'max_rf', value: 50, source: 'file' },
      { threshold: 'min_rf', value: 5, source: 'rules', rule: 0 },
      { threshold: 'min_rf', value: [9, 3], source: 'rules', rule: 1 },
    ]);
  });

  it('skips rules whose outputs do not match', () => {
    expect(gatherThresholds('models/a.rf.yaml', { name: 'seg', thresholds: {} }, rules, undefined).map((e) => e.rule)).toEqual([0]);
  });

  it('adds the default min_rf only to outputs without one', () => {
    expect(gatherThresholds('x.rf.yaml', { name: 'seg', thresholds: { max_rf: 9 } }, rules, 64)).toEqual([
      { threshold: 'max_rf', value: 9, source: 'file' },
      { threshold: 'min_rf', value: 64, source: 'default' },
    ]);
    expect(gatherThresholds('x.rf.yaml', { name: 'seg', thresholds: { min_rf: 3 } }, rules, 64)).toEqual([{ threshold: 'min_rf', value: 3, source: 'file' }]);
  });
});

describe('mergeThresholds', () => {
  it('keeps the strictest per axis, a scalar when all are scalars', () => {
    const entries = gatherThresholds('models/a.rf.yaml', { name: 'p3', thresholds: { min_rf: 4, max_rf: 50, min_coverage: 0.1 } }, rules, undefined);
    expect(mergeThresholds(entries, 2)).toEqual({ min_rf: [9, 5], max_rf: 50, min_coverage: 0.1 });
    expect(mergeThresholds(entries.slice(0, 2), 2)).toEqual({ min_rf: 4, max_rf: 50 });
  });
});

describe('evaluateThresholds', () => {
  it('passes when every threshold holds', () => {
    const e = evaluateThresholds([{ threshold: 'min_rf', value: 7, source: 'file' }, { threshold: 'max_rf', value: 7, source: 'default' }], rfOf(threeConvs), 2);
    expect(e).toEqual({ status: 'pass', failures: [], problems: [] });
  });

  it('is unchecked without thresholds', () => {
    expect(evaluateThresholds([], rfOf(threeConvs), 2).status).toBe('unchecked');
  });

  it('reports one failure for a scalar failing alike on every axis, with what to do', () => {
    const e = evaluateThresholds([{ threshold: 'min_rf', value: 256, source: 'rules', rule: 3 }], rfOf(threeConvs), 2);
    expect(e.status).toBe('fail');
    expect(e.failures).toEqual([
      {
        threshold: 'min_rf',
        source: 'rules',
        rule: 3,
        expected: 256,
        actual: 7,
        message: 'RF 7 < min_rf 256 on every axis (from rules[3]); add a layer, or increase a stride, a pooling or a dilation upstream',
      },
    ]);
  });

  it('checks per-axis lists axis by axis', () => {
    const rf = rfOf(rectangular); // 3 × 9
    const e = evaluateThresholds([{ threshold: 'min_rf', value: [5, 5], source: 'file' }, { threshold: 'max_rf', value: 8, source: 'file' }], rf, 2);
    expect(e.failures.map((f) => [f.threshold, f.axis, f.expected, f.actual])).toEqual([
      ['min_rf', 0, 5, 3],
      ['max_rf', 1, 8, 9],
    ]);
    expect(e.failures[1]!.message).toBe('RF 9 > max_rf 8 on axis 1 (from the model file); remove a layer, or reduce a stride, a pooling or a dilation upstream');
  });

  it('is an error when a per-axis list has the wrong length', () => {
    const e = evaluateThresholds([{ threshold: 'min_rf', value: [5, 5, 5], source: 'rules', rule: 0 }], rfOf(threeConvs), 2);
    expect(e.status).toBe('error');
    expect(e.problems).toEqual([{ code: 'RF406', severity: 'error', message: 'min_rf (from rules[0]) has 3 values for 2 axes; give one per axis or a single number' }]);
  });

  it('lets a global output pass min_rf and fail max_rf once', () => {
    const rf = rfOf(globalPool);
    expect(rf.global).toBe(true);
    expect(evaluateThresholds([{ threshold: 'min_rf', value: 10_000, source: 'default' }], rf, 2).status).toBe('pass');
    const e = evaluateThresholds([{ threshold: 'max_rf', value: [100, 100], source: 'file' }], rf, 2);
    expect(e.failures).toEqual([
      expect.objectContaining({ threshold: 'max_rf', expected: 100, actual: null, message: expect.stringContaining('the output is global') }),
    ]);
    expect(e.failures[0]).not.toHaveProperty('axis');
  });

  it('needs an input size for min_coverage, and checks it with one', () => {
    const entry = { threshold: 'min_coverage', value: 0.5, source: 'file' } as const;
    const unsized = evaluateThresholds([entry], rfOf(threeConvs), 2);
    expect(unsized.status).toBe('unchecked');
    expect(unsized.problems[0]).toMatchObject({ code: 'RF413', severity: 'warning' });
    // RF 7 on a 16-pixel input: the central output sees 7/16 of it.
    const sized = evaluateThresholds([entry], rfOf(threeConvs, [16, 16]), 2);
    expect(sized.failures).toEqual([expect.objectContaining({ threshold: 'min_coverage', expected: 0.5, actual: 7 / 16, message: expect.stringMatching(/^coverage 0.438 < min_coverage 0.5 on every axis/) })]);
    expect(evaluateThresholds([entry], rfOf(threeConvs, [12, 12]), 2).status).toBe('pass');
  });
});
