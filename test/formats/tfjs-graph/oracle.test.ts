/**
 * TF.js graph models written for these tests (test/fixtures/tfjs-graph, by
 * test/fixtures/gen/tfjs_graph_fixtures.py) against the receptive fields
 * test/fixtures/gen/tfjs_graph_oracle.py measured by gradients in PyTorch, from its own reading
 * of the GraphDef JSON: an oracle that shares no code with rflint. Every node on the data path
 * must match exactly: rf, rfMin, stride, start and size at the Placeholder's size, or global.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { tfjsGraphLoader } from '../../../src/formats/tfjs-graph/index.js';
import { type Figures, fileSource, figures, loadFile, rfOf } from './helpers.js';

const DIR = 'test/fixtures/tfjs-graph';

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; inputSize: readonly number[]; nodes: Record<string, Figures>; gatesIdentity?: Record<string, Figures> }>;
};

describe(`TF.js graph models match RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('has a fixture for each thing the loader must get right', () => {
    expect(Object.keys(measured.models).sort()).toEqual(['convs', 'decoder', 'fpn', 'keras-deconv', 'mobilenet', 'se']);
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every node on the data path`, async () => {
      const model = await loadFile(join(DIR, expected.file));
      expect(model.inputSize).toEqual(expected.inputSize);
      for (const [node, m] of Object.entries(expected.nodes)) {
        const got = figures(rfOf(model, node));
        expect(m.global ? { global: got.global } : got, `${name} ${node}`).toEqual(m.global ? { global: true } : m);
      }
    });
  }

  it('se: a squeeze-and-excitation gate makes what follows global, with a warning; --channel-attention pointwise gives the RF measured without the gate', async () => {
    const expected = measured.models.se!;
    const result = await tfjsGraphLoader.load(await fileSource(join(DIR, 'se.json')), { limits: DEFAULT_LIMITS });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'RF374', 324]]);
    expect(result.diagnostics[0]!.message).toBe(
      'node "se/mul" (Mul) scales its input by a channel-attention gate ("se/sigmoid") computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or `channel_attention: pointwise` in rules) to get their spatial RF',
    );
    const pointwise = await loadFile(join(DIR, 'se.json'), { channelAttentionPointwise: true });
    for (const [node, m] of Object.entries(expected.gatesIdentity!)) {
      const got = figures(rfOf(pointwise, node));
      expect(m.global ? { global: got.global } : got, node).toEqual(m.global ? { global: true } : m);
    }
    expect(pointwise.assumptions).toContain('1 channel-attention gate ("se/mul") treated as pointwise, as asked');
  });

  it('fpn with its resize sizes in the weight shards, as the converter writes it: each size from the tensor it is merged with', async () => {
    const expected = measured.models.fpn!;
    const model = await loadFile(join(DIR, 'fpn-shards.json'));
    for (const [node, m] of Object.entries(expected.nodes)) expect(figures(rfOf(model, node)), node).toEqual(m);
    expect(model.assumptions).toEqual([
      'input 256×256 (height × width) from the shape of Placeholder "image"',
      'node "up3" (ResizeNearestNeighbor): output size 64×64 from the tensor it is merged with in "p2", since its size is stored in the weight shards (Const "up3/size")',
      'node "up2" (ResizeBilinear): output size 128×128 from the tensor it is merged with in "p1", since its size is stored in the weight shards (Const "up2/size")',
    ]);
  });

  it('the outputs are the nodes nothing consumes, named as in the file', async () => {
    const outputs = async (name: string) => (await loadFile(join(DIR, `${name}.json`))).outputs.map((o) => o.name);
    expect(await outputs('convs')).toEqual(['out']);
    expect(await outputs('mobilenet')).toEqual(['heat', 'Identity']);
    expect(await outputs('decoder')).toEqual(['head', 'near_ac_conv', 'deconv2', 'd2s', 'mirror_conv']);
    expect(await outputs('keras-deconv')).toEqual(['up_valid']);
  });

  it('says why a global output is global: the layer that made it so', async () => {
    const model = await loadFile(join(DIR, 'mobilenet.json'));
    const t = rfOf(model, 'Identity');
    expect(t.global).toBe(true);
    expect(model.graph.nodes[t.globalAt!]).toMatchObject({ name: 'gap', op: { kind: 'global', reason: 'Mean over the spatial axes' } });
  });

  it('states what it assumed: the input size, and Keras\' output size where input_sizes is computed at run time', async () => {
    const model = await loadFile(join(DIR, 'keras-deconv.json'));
    expect(model.assumptions).toEqual([
      'input 64×64 (height × width) from the shape of Placeholder "x"',
      'node "up_same" (Conv2DBackpropInput): output size as Keras computes it (n · stride), since `input_sizes` is computed at run time (by "up_same/stack")',
      'node "up_valid" (Conv2DBackpropInput): output size as Keras computes it (n · stride + max(kernel − stride, 0)), since `input_sizes` is computed at run time (by "up_valid/stack")',
    ]);
  });
});
