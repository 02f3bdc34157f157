/**
 * Advice for every lever (docs/design.md §7.2): every failing output of examples/failing/, the U-Net
 * example under min_rf 196 and a ResNet-18 ONNX export under min_rf 500 on its last stage get
 * the four levers, and each entry is applied to the loaded graph HERE, by code of this test (not
 * rf/levers.ts's), and analysed again: its `rf` must be the smallest RF over positions of the
 * changed graph, `reaches` must say whether that meets the target on every axis, `outputSize`
 * the changed output's size. Prices are checked against hand counts where they are simple.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/check/load-file.js';
import type { Advice, Report } from '../../src/check/report.js';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { DEFAULT_LIMITS, type LoadedModel } from '../../src/formats/model.js';
import { validate } from '../../src/generated/report-schema.js';
import { ordered } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type Graph, type GraphNode, type Op, analyze, tensorRF } from '../../src/rf/index.js';

const REPO = new URL('../..', import.meta.url).pathname;

async function loaded(path: string): Promise<LoadedModel> {
  const load = await loadFile(REPO, path, { limits: DEFAULT_LIMITS });
  expect(load.model, path).toBeDefined();
  return load.model!;
}

async function reportOf(path: string, rules?: string): Promise<Report> {
  const parsed = rules ? parseRules(rules, 'rules.yaml') : undefined;
  const report = await runCheck({ cwd: REPO, patterns: [path], ...(parsed ? { rules: parsed.rules, rulesDiagnostics: parsed.diagnostics } : {}) });
  expect(validate(JSON.parse(JSON.stringify(ordered(report)))), JSON.stringify(validate.errors)).toBe(true);
  return report;
}

const byName = (graph: Graph, name: string): number => {
  const i = graph.nodes.findIndex((n) => n.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return i;
};

/** Inserts `added` (a chain) after node `after`, rewiring its consumers to the chain's end. */
function insertAfter(graph: Graph, after: number, added: readonly Op[]): Graph {
  const n = graph.nodes.length;
  const chain: GraphNode[] = added.map((op, i) => ({ name: `test+${i}`, op, inputs: [i === 0 ? after : n + i - 1] }));
  const end = n + added.length - 1;
  return { axes: graph.axes, nodes: [...graph.nodes.map((node) => ({ ...node, inputs: node.inputs.map((i) => (i === after ? end : i)) })), ...chain] };
}

/** Node `layer`'s conv with `edit` applied, its explicit padding grown by the extent's growth (end gets the odd pixel). */
function editConv(graph: Graph, layer: number, edit: (k: number, s: number, d: number) => [number, number, number]): Graph {
  return {
    axes: graph.axes,
    nodes: graph.nodes.map((node, i) => {
      if (i !== layer || node.op.kind !== 'conv') return node;
      const op = node.op;
      const next = op.kernel.map((k, a) => edit(k, op.stride[a]!, op.dilation[a]!));
      const pad = op.pad.map((p, a) => {
        const grow = next[a]![2] * (next[a]![0] - 1) - op.dilation[a]! * (op.kernel[a]! - 1);
        return 'begin' in p && grow > 0 ? { begin: p.begin + Math.floor(grow / 2), end: p.end + Math.ceil(grow / 2) } : p;
      });
      return { ...node, op: { ...op, kernel: next.map((x) => x[0]), stride: next.map((x) => x[1]), dilation: next.map((x) => x[2]), pad } };
    }),
  };
}

/** The advice entry applied to the graph by this test's own code. */
function apply(graph: Graph, a: Advice): Graph {
  const A = graph.axes;
  const box = (k: number, s: number, pool?: 'max'): Op => ({ kind: 'conv', ...(pool ? { pool } : {}), kernel: Array(A).fill(k), stride: Array(A).fill(s), dilation: Array(A).fill(1), pad: Array.from({ length: A }, () => ({ begin: Math.floor((k - 1) / 2), end: Math.floor((k - 1) / 2) })) });
  switch (a.lever) {
    case 'add_layers':
      return insertAfter(graph, byName(graph, a.after!), Array.from({ length: a.count! }, () => box(a.kernel!, 1)));
    case 'widen_kernel':
      return editConv(graph, byName(graph, a.layer!), (_k, s, d) => [a.kernel!, s, d]);
    case 'dilate':
      return editConv(graph, byName(graph, a.layer!), (k, s) => [k, s, a.dilation!]);
    case 'stride':
      if (a.layer !== undefined) return editConv(graph, byName(graph, a.layer), (k, _s, d) => [k, a.stride!, d]);
      return insertAfter(graph, byName(graph, a.after!), [box(a.kernel!, a.stride!, 'max')]);
  }
}

/** Every lever of every min_rf failure of `path`, applied and re-analysed. Returns the levers seen. */
async function checkLevers(path: string, rules?: string): Promise<Map<string, Advice[]>> {
  const report = await reportOf(path, rules);
  const model = await loaded(path);
  const seen = new Map<string, Advice[]>();
  for (const output of report.files[0]!.outputs) {
    for (const f of output.failures ?? []) {
      if (f.threshold !== 'min_rf') continue;
      const node = model.outputs.find((o) => o.name === output.name)?.node ?? model.tensors!.get(output.name)!;
      expect(f.advice, `${output.name}: advice`).toBeDefined();
      seen.set(output.name, f.advice!);
      const axes = f.axis === undefined ? Array.from({ length: model.graph.axes }, (_, a) => a) : [f.axis];
      for (const a of f.advice!) {
        const t = tensorRF(analyze(apply(model.graph, a), model.inputSize ? { inputSize: model.inputSize } : {}), node);
        if (t instanceof Error) throw t;
        expect(t.rfMin, `${output.name} ${a.lever}: rf after the change`).toEqual(a.rf);
        expect(axes.every((x) => t.rfMin![x]! >= f.expected), `${output.name} ${a.lever}: reaches`).toBe(a.reaches);
        expect(t.size ?? null, `${output.name} ${a.lever}: outputSize`).toEqual(a.cost.outputSize);
      }
    }
  }
  return seen;
}

const LEVERS = ['add_layers', 'widen_kernel', 'stride', 'dilate'];

describe('every lever, applied and re-checked', () => {
  const failing = readdirSync(join(REPO, 'examples/failing')).filter((f) => f.endsWith('.rf.yaml'));

  it.each(failing)('examples/failing/%s: every failing output gets the four levers', async (file) => {
    const seen = await checkLevers(`examples/failing/${file}`);
    expect(seen.size).toBeGreaterThan(0);
    for (const advice of seen.values()) expect(advice.map((a) => a.lever)).toEqual(LEVERS);
  });

  it("shallow-detector: the issue's figures, and the prices by hand (64 channels, 80×80 after conv4)", async () => {
    const advice = (await checkLevers('examples/failing/shallow-detector.rf.yaml')).get('boxes')!;
    const lever = (name: string) => advice.find((a) => a.lever === name)!;
    // 14 × (64·64·9) weights; each at 80·80 positions.
    expect(lever('add_layers')).toEqual({ lever: 'add_layers', after: 'conv4', count: 14, kernel: 3, rf: [131, 131], reaches: true, cost: { params: 516_096, macs: 3_303_014_400, outputSize: [80, 80], depth: 14 } });
    expect(lever('dilate')).toMatchObject({ layer: 'conv4', dilation: 15, rf: [131, 131], reaches: true, cost: { params: 0, macs: 0, outputSize: [80, 80], depth: 0 }, warning: expect.stringContaining('gridding') });
    // head 1×1 → 29×29 with 64 in, 6 out: 64·6·(29² − 1) weights more, at 80·80 positions.
    expect(lever('widen_kernel')).toMatchObject({ layer: 'head', kernel: 29, reaches: true, cost: { params: 64 * 6 * 840, macs: 64 * 6 * 840 * 6400 } });
    // A stride alone cannot reach 128 here: it says so, with the best RF it gives.
    expect(lever('stride')).toMatchObject({ reaches: false });
    expect(Math.min(...lever('stride').rf)).toBeLessThan(128);
    expect(lever('stride').cost.macs).toBeLessThan(0);
  });

  it('the U-Net example under min_rf 196: the levers reach 196 at every position, not only the largest', async () => {
    const seen = await checkLevers('examples/unet.rf.yaml', '- files: "**"\n  outputs: segmentation\n  min_rf: 196\n');
    // No stride: every stride or pool upstream changes the decoder's sizes, so the fixed crops of
    // the skip connections no longer match (RF011): the analysis refuses each candidate.
    expect(seen.get('segmentation')!.map((a) => a.lever)).toEqual(['add_layers', 'widen_kernel', 'dilate']);
    expect(seen.get('segmentation')!.every((a) => a.reaches && a.rf.every((r) => r >= 196))).toBe(true);
  });

  it('a ResNet-18 ONNX export with min_rf 500 on its last stage gets the four levers, priced from the weight shapes', async () => {
    const path = 'test/fixtures/onnx/matrix/resnet18__o17_fold_fixed_params.onnx';
    const seen = await checkLevers(path, '- files: "**"\n  outputs: layer4\n  min_rf: 500\n');
    const advice = seen.get('layer4')!;
    expect(advice.map((a) => a.lever)).toEqual(LEVERS);
    expect(advice.every((a) => a.reaches)).toBe(true);
    // Two 3×3 512→512 convs at 7×7: 2·512·512·9 weights, each at 49 positions.
    expect(advice[0]).toMatchObject({ count: 2, cost: { params: 2 * 512 * 512 * 9, macs: 2 * 512 * 512 * 9 * 49, depth: 2 } });
    // The stride lever sits between residual blocks (a stride inside one breaks its merge).
    expect(advice[2]).toMatchObject({ lever: 'stride', after: expect.any(String), kernel: expect.any(Number) });
    expect(advice[3]).toMatchObject({ lever: 'dilate', cost: { params: 0, macs: 0 } });
  });

  it('the PR comment shows the levers as a table', async () => {
    const markdown = renderMarkdown(await reportOf('examples/failing/shallow-detector.rf.yaml'));
    expect(markdown).toContain('**To reach min\\_rf 128 on boxes \\(now 19\\):**');
    expect(markdown).toContain('| add\\_layers | 14 × 3×3 conv after conv4 | 131×131 | yes | \\+516 k | \\+3\\.3 G | 80×80 | 14 |');
  });
});
