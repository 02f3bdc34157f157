/**
 * A minimum holds at every output position (docs/design.md §7.1): min_rf, min_erf and min_coverage are
 * held to the smallest value over positions, max_rf to the largest. The U-Net example's
 * segmentation output sees 188 or 204 pixels by u mod 16, so `min_rf: 196` must fail; the
 * summary, the badge and every renderer show the smallest RF or the range.
 *
 * The smallest values are proved against a brute force that shares no code with the engine:
 * the SET of input positions each output position reads (per op definitions, test/rf/oracle.ts's
 * reads), propagated position by position, their hulls measured over many periods, and the ERF
 * profile of every position by the forward oracle (test/rf/erf-oracle.ts).
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { badgeFields } from '../../src/report/badge.js';
import { renderHtml } from '../../src/report/html/page.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { analyze, effectiveRF, tensorRF } from '../../src/rf/index.js';
import type { Graph } from '../../src/rf/graph.js';
import { erfOracleProfile, erfOracleStats } from '../rf/erf-oracle.js';
import { OracleUnsupported, oracleReads } from '../rf/oracle.js';
import { anySpec, buildChain, buildDag, stageSpec } from '../rf/random-graphs.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rflint-positions-'));
  await copyFile(join(EXAMPLES, 'unet.rf.yaml'), join(dir, 'unet.rf.yaml'));
  // The same network with only the segmentation output: the summary's smallest RF is its own.
  const text = await readFile(join(EXAMPLES, 'unet.rf.yaml'), 'utf8');
  const segOnly = text.replace(/^ {2}- \{ name: bottleneck, layer: .*\n/m, '');
  expect(segOnly).not.toBe(text);
  await writeFile(join(dir, 'seg.rf.yaml'), segOnly);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function unetWith(rule: string, file = 'unet.rf.yaml') {
  const rules = parseRules(rule, 'rules.yaml');
  expect(rules.diagnostics).toEqual([]);
  return runCheck({ cwd: dir, patterns: [file], rules: rules.rules, rulesDiagnostics: rules.diagnostics });
}

describe('the U-Net example: 188 or 204 by position', () => {
  it('fails min_rf 196 at its smallest position, passes 188, and max_rf 200 fails on the largest', async () => {
    const report = await unetWith('- files: "**"\n  outputs: segmentation\n  min_rf: 196\n');
    const seg = report.files[0]!.outputs.find((o) => o.name === 'segmentation')!;
    expect([seg.rfMin, seg.rf]).toEqual([[188, 188], [204, 204]]);
    expect(seg.status).toBe('fail');
    expect(seg.failures).toEqual([
      expect.objectContaining({ threshold: 'min_rf', expected: 196, actual: 188, message: expect.stringMatching(/^RF 188 at its smallest position \(188–204 by position\) < min_rf 196 on every axis \(from rules\[0\]\)/) }),
    ]);
    expect((await unetWith('- files: "**"\n  outputs: segmentation\n  min_rf: 188\n')).files[0]!.outputs.find((o) => o.name === 'segmentation')!.status).toBe('pass');
    const max = (await unetWith('- files: "**"\n  outputs: segmentation\n  max_rf: 200\n')).files[0]!.outputs.find((o) => o.name === 'segmentation')!;
    expect(max.failures?.map((f) => [f.threshold, f.actual])).toEqual([['max_rf', 204]]);
    expect(badgeFields(report, { value: 'min-rf', output: 'segmentation' }).message).toBe('188 px');
    // The summary's smallest RF, the badge's min-rf and the action's min-rf output (summary.minRf).
    const alone = await unetWith('- files: "**"\n  min_rf: 196\n', 'seg.rf.yaml');
    expect(alone.files[0]!.outputs.map((o) => o.name)).toEqual(['segmentation']);
    expect(alone.summary.minRf).toBe(188);
    expect(badgeFields(alone, { value: 'min-rf' }).message).toBe('188 px');
    expect(renderMarkdown(alone)).toContain('smallest RF 188');
  });

  it('every renderer shows the range', async () => {
    const report = await unetWith('- files: "**"\n  outputs: segmentation\n  min_rf: 196\n');
    expect(renderText(report)).toContain('188–204×188–204');
    expect(renderMarkdown(report)).toContain('188–204 × 188–204');
    expect(renderHtml(report)).toContain('188–204×188–204');
  });
});

/** The set of network-input positions output u of `node` reads, by brute force (no hulls until the end). */
function bruteSets(graph: Graph, axis: number, inputSize?: number): (node: number, u: number) => Set<number> {
  const reads = oracleReads(graph, axis, inputSize === undefined ? {} : { inputSize });
  const memo = graph.nodes.map(() => new Map<number, Set<number>>());
  const setAt = (node: number, u: number): Set<number> => {
    const cached = memo[node]!.get(u);
    if (cached) return cached;
    const { op, inputs } = graph.nodes[node]!;
    const out = new Set<number>();
    if (op.kind === 'input') out.add(u);
    else if (op.kind === 'merge') for (const i of inputs) for (const x of setAt(i, u)) out.add(x);
    else for (const v of reads(node, u)) for (const x of setAt(inputs[0]!, v)) out.add(x);
    memo[node]!.set(u, out);
    return out;
  };
  return setAt;
}

const width = (s: Set<number>): number => (s.size === 0 ? 0 : Math.max(...s) - Math.min(...s) + 1);

/**
 * Checks the last node's rfMin and width95Min against brute force over positions −W … W
 * (W = 2·48: several periods of every graph the specs build, whose periods are ≤ 16 here).
 * False when the case is outside the oracles' definitions.
 */
function compareSmallest(graph: Graph): boolean {
  const an = analyze(graph);
  const out = graph.nodes.length - 1;
  const rf = tensorRF(an, out);
  if (rf instanceof Error || rf.global) return false;
  // The engine's period bounds the work; a wrong (too small) one cannot hide a phase: the
  // brute force looks at 96 positions whatever the engine says.
  if (an.P.slice(out * graph.axes, (out + 1) * graph.axes).some((p) => p > 16)) return false;
  const erf = effectiveRF(an, out, { maxSteps: 1e8 });
  for (let a = 0; a < graph.axes; a++) {
    let setAt: (node: number, u: number) => Set<number>;
    try {
      setAt = bruteSets(graph, a);
    } catch (err) {
      if (err instanceof OracleUnsupported) return false;
      throw err;
    }
    let smallest = Infinity;
    let largest = 0;
    for (let u = -48; u < 48; u++) {
      const w = width(setAt(out, u));
      smallest = Math.min(smallest, w);
      largest = Math.max(largest, w);
    }
    expect(rf.rfMin![a], `rfMin on axis ${a}`).toBe(smallest);
    expect(rf.rf![a], `rf on axis ${a}`).toBe(largest);
    // The ERF's 95 % width at each position, the smallest over 32 positions (2 periods of 16).
    let narrowest = Infinity;
    for (let u = 0; u < 32; u++) {
      const stats = erfOracleStats(erfOracleProfile(graph, out, a, {}, u));
      if (stats) narrowest = Math.min(narrowest, stats.width95);
    }
    if (erf?.width95Min) expect(erf.width95Min[a], `width95Min on axis ${a}`).toBe(narrowest);
  }
  return true;
}

describe('the smallest over positions vs brute force', () => {
  it('random chains with upsampling and transposed convs (300 graphs)', () => {
    let compared = 0;
    let varied = 0;
    fc.assert(
      fc.property(fc.array(anySpec({ sized: false }), { minLength: 1, maxLength: 5 }), (layers) => {
        const graph = buildChain(layers.map((s) => [s]), 1);
        if (compareSmallest(graph)) {
          compared++;
          const rf = tensorRF(analyze(graph), graph.nodes.length - 1);
          if (!(rf instanceof Error) && rf.rf && rf.rfMin![0] !== rf.rf[0]) varied++;
        }
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(150);
    // Not only affine cases: the RF varies by position in many of them.
    expect(varied).toBeGreaterThan(20);
  });

  it('random DAGs with merges (150 graphs)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(stageSpec({ sized: false }), { minLength: 1, maxLength: 3 }), (stages) => {
        if (compareSmallest(buildDag(stages))) compared++;
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(50);
  });

  it('the narrowest position is not position 0: ×2 nearest, then a 2-tap conv padded by 1', () => {
    // Position 0 reads upsampled −1 and 0 (inputs −1, 0); position 1 reads 0 and 1 (input 0 twice).
    const graph: Graph = {
      axes: 1,
      nodes: [
        { name: 'x', op: { kind: 'input' }, inputs: [] },
        { name: 'up', op: { kind: 'resize', scale: [{ num: 2, den: 1 }], mode: 'nearest', rounding: 'floor', coordinates: 'asymmetric' }, inputs: [0] },
        { name: 'c', op: { kind: 'conv', kernel: [2], stride: [1], dilation: [1], pad: [{ begin: 1, end: 0 }] }, inputs: [1] },
      ],
    };
    const setAt = bruteSets(graph, 0);
    expect([0, 1].map((u) => width(setAt(2, u)))).toEqual([2, 1]);
    const rf = tensorRF(analyze(graph), 2);
    if (rf instanceof Error) throw rf;
    expect([rf.rfMin![0], rf.rf![0]]).toEqual([1, 2]);
    // Position 0's ERF is 2 wide; the smallest over positions is position 1's.
    expect(effectiveRF(analyze(graph), 2)).toMatchObject({ width95: [2], width95Min: [1] });
    expect(compareSmallest(graph)).toBe(true);
  });
});
