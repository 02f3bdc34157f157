/**
 * The TensorFlow GraphDef loader against the TF.js graph fixtures (test/fixtures/tfjs-graph,
 * written by TensorFlow and measured by gradients in PyTorch): each network encoded as a binary
 * frozen GraphDef and as a TF2 SavedModel (test/support/tf-protobuf.ts) must give exactly what
 * the model.json gives and what the oracle measured, node by node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/formats/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { tfGraphdefLoader } from '../../../src/formats/tf-graphdef/index.js';
import { tfjsGraphLoader } from '../../../src/formats/tfjs-graph/index.js';
import { analyze, tensorRF } from '../../../src/rf/index.js';
import { fileSource, model, onlyError, rfOf } from '../../support/loaded.js';
import { type Bytes, type ModelJson, type NodeJson, bytes, concat, graphDefOf, int, nodeDef, savedModelOf, str } from '../../support/tf-protobuf.js';
import { figures } from '../tfjs-graph/helpers.js';

const DIR = 'test/fixtures/tfjs-graph';
const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as { models: Record<string, { file: string; inputSize: number[]; nodes: Record<string, { global?: boolean }> }> };

function source(path: string, data: Bytes) {
  return { path, size: data.length, read: async (offset: number, length: number) => data.subarray(offset, offset + length) };
}

async function loadBytes(data: Bytes, options: Partial<LoadOptions> = {}, path = 'model/frozen.pb'): Promise<LoadResult> {
  return tfGraphdefLoader.load(source(path, data), { limits: DEFAULT_LIMITS, ...options });
}

/** Every tensor's figures, by name (prefix removed), for comparing two loads of one network. */
function allFigures(m: LoadedModel, prefix = ''): Record<string, unknown> {
  const result = analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {});
  const out: Record<string, unknown> = {};
  for (const [name, node] of m.tensors ?? []) {
    if (!name.startsWith(prefix)) continue;
    const t = tensorRF(result, node);
    out[name.slice(prefix.length)] = t instanceof Error ? t.message : t;
  }
  return out;
}

const PREFIX = 'StatefulPartitionedCall/StatefulPartitionedCall/';

describe('a frozen GraphDef gives what the same network as a TF.js model.json gives', () => {
  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every tensor identical, every measured node exact`, async () => {
      const doc = JSON.parse(readFileSync(join(DIR, expected.file), 'utf8')) as ModelJson;
      const json = model(await tfjsGraphLoader.load(await fileSource(join(DIR, expected.file)), { limits: DEFAULT_LIMITS }));
      const pb = model(await loadBytes(graphDefOf(doc)));
      expect(pb.format).toBe('tf-graphdef');
      expect(pb.inputSize).toEqual(expected.inputSize);
      expect(pb.outputs.map((o) => o.name)).toEqual(json.outputs.map((o) => o.name));
      // The same premises; a binary file's messages name each node by its index too.
      expect(pb.assumptions?.map((a) => a.replace(/^node \d+ /, 'node '))).toEqual(json.assumptions);
      expect(allFigures(pb)).toEqual(allFigures(json));
      for (const [node, m] of Object.entries(expected.nodes)) {
        const got = figures(rfOf(pb, node));
        expect(m.global ? { global: got.global } : got, `${name} ${node}`).toEqual(m.global ? { global: true } : m);
      }
    });

    it(`${name}: as a TF2 SavedModel (functions inlined, saver left out), the same figures`, async () => {
      const doc = JSON.parse(readFileSync(join(DIR, expected.file), 'utf8')) as ModelJson;
      const frozen = model(await loadBytes(graphDefOf(doc)));
      const saved = model(await loadBytes(savedModelOf(doc), {}, `models/${name}/1/saved_model.pb`));
      expect(saved.name).toBe('1');
      expect(saved.outputs.map((o) => o.name)).toEqual(frozen.outputs.map((o) => o.name));
      expect(saved.outputs.map((o) => o.aliases)).toEqual(frozen.outputs.map((o) => [`${PREFIX}${o.name}`]));
      const ours = allFigures(saved, PREFIX);
      const theirs = allFigures(frozen);
      for (const [tensor, f] of Object.entries(theirs)) if (tensor in ours) expect(ours[tensor], tensor).toEqual(f);
      for (const node of Object.keys(expected.nodes)) expect(ours[node], node).toEqual(theirs[node]);
    });
  }
});

/**
 * A TF1 SavedModel (tf.compat.v1.saved_model): each weight a VariableV2 with its `shape`, read
 * through `name/read` (Identity), no functions; the signature names the output node directly.
 */
function tf1SavedModel(doc: ModelJson, output: string): Bytes {
  const weights = new Map((doc.weightsManifest ?? []).flatMap((g) => g.weights ?? []).map((w) => [w.name, w.shape] as const));
  const consts = doc.modelTopology.node.filter((n) => n.op === 'Const' && (weights.has(n.name) || ((n.attr?.value?.tensor as { dtype?: string } | undefined)?.dtype === 'DT_FLOAT')));
  const shapeOf = (n: NodeJson) => weights.get(n.name) ?? ((n.attr!.value!.tensor as { tensorShape: { dim: { size: string }[] } }).tensorShape.dim.map((d) => Number(d.size)));
  const vars = new Set(consts.map((c) => c.name));
  const nodes: NodeJson[] = doc.modelTopology.node.flatMap((n): NodeJson[] =>
    vars.has(n.name)
      ? [
          { name: n.name, op: 'VariableV2', attr: { shape: { shape: { dim: shapeOf(n).map((size) => ({ size: String(size) })) } }, dtype: { type: 'DT_FLOAT' } } },
          { name: `${n.name}/read`, op: 'Identity', input: [n.name] },
        ]
      : [{ ...n, input: (n.input ?? []).map((r) => (vars.has(r) ? `${r}/read` : r)) }],
  );
  const graph = concat(...nodes.map((n) => bytes(1, nodeDef(n))));
  const signature = concat(bytes(2, concat(str(1, 'out'), bytes(2, str(1, `${output}:0`)))));
  const meta = concat(bytes(1, str(4, 'serve')), bytes(2, graph), bytes(5, concat(str(1, 'serving_default'), bytes(2, signature))));
  return concat(int(1, 1), bytes(2, meta));
}

describe('a TF1 SavedModel (variables read through Identity)', () => {
  it('mobilenet: kernel shapes from the VariableV2 nodes, the signature output by its key', async () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'mobilenet.json'), 'utf8')) as ModelJson;
    const frozen = model(await loadBytes(graphDefOf(doc)));
    const saved = model(await loadBytes(tf1SavedModel(doc, 'heat'), {}, 'tf1/saved_model.pb'));
    expect(saved.outputs.map((o) => [o.name, o.aliases])).toEqual([['out', ['heat']]]);
    expect(figures(rfOf(saved, 'out'))).toEqual(figures(rfOf(frozen, 'heat')));
    expect(allFigures(saved)).toEqual(Object.fromEntries(Object.entries(allFigures(frozen)).filter(([k]) => k in allFigures(saved))));
  });
});

/** image → 3×3 stride-2 conv, as a frozen graph. */
function tiny(extra: Bytes[] = []): Bytes {
  const doc: ModelJson = {
    modelTopology: {
      node: [
        { name: 'image', op: 'Placeholder', attr: { shape: { shape: { dim: [{ size: '-1' }, { size: '32' }, { size: '32' }, { size: '3' }] } } } },
        { name: 'w', op: 'Const', attr: { value: { tensor: { dtype: 'DT_FLOAT' } } } },
        { name: 'conv', op: 'Conv2D', input: ['image', 'w'], attr: { strides: { list: { i: ['1', '2', '2', '1'] } }, padding: { s: Buffer.from('VALID').toString('base64') } } },
      ],
    },
    weightsManifest: [{ weights: [{ name: 'w', shape: [3, 3, 3, 8] }] }],
  };
  return concat(graphDefOf(doc), ...extra);
}

describe('recognising a GraphDef', () => {
  it('claims *.pb that starts like a GraphDef (a node, its name first) or a SavedModel', () => {
    expect(loaderFor('frozen_inference_graph.pb', tiny())?.format).toBe('tf-graphdef');
    expect(loaderFor('m/1/saved_model.pb', savedModelOf({ modelTopology: { node: [] } }))?.format).toBe('tf-graphdef');
  });

  it('leaves other names and other protobufs named .pb alone', () => {
    expect(tfGraphdefLoader.matches('model.onnx', tiny())).toBe(false);
    expect(tfGraphdefLoader.matches('x.pb', int(1, 7))).toBe(false);
    expect(tfGraphdefLoader.matches('x.pb', bytes(1, int(2, 3)))).toBe(false);
    expect(tfGraphdefLoader.matches('x.pb', new TextEncoder().encode('node {\n  name: "x"\n}'))).toBe(false);
  });
});

describe('reading a GraphDef', () => {
  it('skips the weights by length: a conv filter of 100 MB is never read', async () => {
    const head = tiny();
    let read = 0;
    const big = concat(head, bytes(1, concat(str(1, 'huge'), str(2, 'Const'), bytes(5, concat(str(1, 'value'), bytes(2, bytes(8, bytes(4, new Uint8Array(8_000_000)))))))));
    const src = { path: 'm.pb', size: big.length, read: async (o: number, l: number) => ((read += Math.min(l, big.length - o)), big.subarray(o, o + l)) };
    const m = model(await tfGraphdefLoader.load(src, { limits: DEFAULT_LIMITS }));
    expect(figures(rfOf(m, 'conv'))).toMatchObject({ rf: 3, stride: 2 });
    expect(read).toBeLessThan(300_000);
  });

  it('names a node by its index and name (a binary file has no lines)', async () => {
    const bad = tiny([bytes(1, concat(str(1, 'odd'), str(2, 'FancyOp'), str(3, 'conv')))]);
    const e = onlyError(await loadBytes(bad));
    expect(e.code).toBe('RF643');
    expect(e.message).toMatch(/^node 3 "odd" \(FancyOp\): rflint does not know how op `FancyOp` maps positions/);
    expect(e.line).toBeUndefined();
  });

  it('a truncated file is RF640, a corrupt one RF641, an empty one RF640, never a throw', async () => {
    const whole = tiny();
    for (let cut = 1; cut < whole.length; cut += 7) {
      const r = await loadBytes(whole.subarray(0, cut));
      // A cut between nodes leaves a smaller graph; any other cut is the file's error, in our codes.
      if (r.model === undefined) expect(r.diagnostics.map((d) => d.code)).toEqual([expect.stringMatching(/^RF6[45]\d$/)]);
    }
    expect(onlyError(await loadBytes(whole.subarray(0, whole.length - 3))).code).toBe('RF640');
    expect(onlyError(await loadBytes(Uint8Array.from([0x0a, 0x02, 0x0f, 0x00]))).code).toBe('RF641');
    expect(onlyError(await loadBytes(new Uint8Array()))).toMatchObject({ code: 'RF640', message: 'the file is empty: a GraphDef holds at least one node' });
  });

  it('a protobuf of unbounded nesting is skipped by length, not recursed into', async () => {
    // 100 000 nested func attributes: NameAttrList.attr → AttrValue.func → …
    let nested: Bytes = str(1, 'f');
    for (let i = 0; i < 2000; i++) nested = concat(str(1, 'f'), bytes(2, concat(str(1, 'a'), bytes(2, bytes(10, nested)))));
    const node = bytes(1, concat(str(1, 'deep'), str(2, 'NoOp'), bytes(5, concat(str(1, 'f'), bytes(2, bytes(10, nested))))));
    const m = model(await loadBytes(tiny([node])));
    expect(m.outputs.map((o) => o.name)).toEqual(['conv']);
  });

  it('a function that calls itself is RF655, a call of no function RF655', async () => {
    const callSelf = bytes(2, bytes(1, concat(bytes(1, concat(str(1, 'loop'), bytes(2, str(1, 'x')), bytes(3, str(1, 'y')))), bytes(3, concat(str(1, 'again'), str(2, 'loop'), str(3, 'x'))), bytes(4, concat(str(1, 'y'), str(2, 'again:output:0'))))));
    const caller = bytes(1, concat(str(1, 'call'), str(2, 'loop'), str(3, 'conv')));
    const e = onlyError(await loadBytes(tiny([caller, callSelf])));
    expect(e.code).toBe('RF655');
    expect(e.message).toMatch(/function "loop" calls itself \(loop → loop\)/);
    const missing = bytes(1, concat(str(1, 'call'), str(2, 'StatefulPartitionedCall'), str(3, 'conv'), bytes(5, concat(str(1, 'f'), bytes(2, bytes(10, str(1, 'nowhere')))))));
    expect(onlyError(await loadBytes(tiny([missing])))).toMatchObject({ code: 'RF655', message: expect.stringMatching(/calls function "nowhere", which the file's function library does not define/) });
  });

  it('more nodes than the limit is RF652, before they are all read', async () => {
    expect(onlyError(await loadBytes(tiny(), { limits: { ...DEFAULT_LIMITS, maxNodes: 2 } })).code).toBe('RF652');
  });
});
