/** The Keras loader on inline JSON: schemas, layers, names, and the errors a user would see. */
import { describe, expect, it } from 'vitest';
import { kerasLoader } from '../../../src/formats/keras/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { fileSource, load, model, onlyError, rfOf } from './helpers.js';

const enc = (text: string) => new TextEncoder().encode(text);

/** A Keras 2 functional model: an input of `shape` (batch excluded), then `layers` in a chain. */
function chain(shape: (number | null)[], layers: { class_name: string; config: Record<string, unknown> }[], format = 'channels_last') {
  const entries: unknown[] = [{ name: 'x', class_name: 'InputLayer', config: { name: 'x', batch_input_shape: [null, ...shape] }, inbound_nodes: [] }];
  let previous = 'x';
  for (const [i, layer] of layers.entries()) {
    const name = (layer.config.name as string | undefined) ?? `l${i}`;
    entries.push({ name, class_name: layer.class_name, config: { name, data_format: format, ...layer.config }, inbound_nodes: [[[previous, 0, 0, {}]]] });
    previous = name;
  }
  return { class_name: 'Model', config: { name: 'm', layers: entries, input_layers: [['x', 0, 0]], output_layers: [[previous, 0, 0]] } };
}

describe('recognising Keras files by content', () => {
  it('takes Keras JSON (plain and double-encoded) and TF.js layers models, not graph models or other JSON', () => {
    const m = (path: string, text: string) => kerasLoader.matches(path, enc(text));
    expect(m('a.json', '{"class_name": "Sequential", "config": []}')).toBe(true);
    expect(m('a.json', '{"module": "keras", "class_name": "Functional", "config": {}}')).toBe(true);
    expect(m('a.json', JSON.stringify(JSON.stringify({ class_name: 'Model', config: {} })))).toBe(true);
    expect(m('model.json', '{"modelTopology": {"keras_version": "2.2.4", "model_config": {}}}')).toBe(true);
    expect(m('model.json', '{"format": "layers-model", "modelTopology": {"class_name": "Sequential"}}')).toBe(true);
    expect(m('model.json', '{"format": "graph-model", "modelTopology": {"node": []}}')).toBe(false);
    expect(m('model.json', '{"modelTopology": {"node": [{"name": "x", "op": "Placeholder"}], "versions": {}}}')).toBe(false);
    expect(m('package.json', '{"name": "app", "version": "1.0.0", "config": {}}')).toBe(false);
    expect(m('model.yaml', '{"class_name": "Sequential", "config": []}')).toBe(false);
  });
});

describe('channel-attention gates', () => {
  // Squeeze-and-excitation after a 5×5 conv: the same network as the Caffe loader's test.
  const se = () => {
    const entries = [
      { name: 'x', class_name: 'InputLayer', config: { name: 'x', batch_input_shape: [null, 32, 32, 3] }, inbound_nodes: [] },
      { name: 'c', class_name: 'Conv2D', config: { name: 'c', filters: 4, kernel_size: [5, 5], strides: [1, 1], padding: 'same' }, inbound_nodes: [[['x', 0, 0, {}]]] },
      { name: 'g', class_name: 'GlobalAveragePooling2D', config: { name: 'g' }, inbound_nodes: [[['c', 0, 0, {}]]] },
      { name: 'fc', class_name: 'Dense', config: { name: 'fc', units: 4, activation: 'sigmoid' }, inbound_nodes: [[['g', 0, 0, {}]]] },
      { name: 'r', class_name: 'Reshape', config: { name: 'r', target_shape: [1, 1, 4] }, inbound_nodes: [[['fc', 0, 0, {}]]] },
      { name: 'se', class_name: 'Multiply', config: { name: 'se' }, inbound_nodes: [[['c', 0, 0, {}], ['r', 0, 0, {}]]] },
      { name: 'd', class_name: 'Conv2D', config: { name: 'd', filters: 4, kernel_size: [1, 1] }, inbound_nodes: [[['se', 0, 0, {}]]] },
    ];
    return { class_name: 'Model', config: { name: 'se-net', layers: entries, input_layers: [['x', 0, 0]], output_layers: [['d', 0, 0]] } };
  };

  it('a Multiply by a globally pooled branch is global with a warning (RF022), at the Multiply', () => {
    const result = load(se());
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['warning', 'RF022', 'layer "se" scales `c` by `r`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or `channel_attention: pointwise` in rules) to get their spatial RF'],
    ]);
    expect(result.diagnostics[0]!.line).toBeGreaterThan(1);
    expect(rfOf(model(result), 'd').global).toBe(true);
  });

  it('--channel-attention pointwise reads it as the identity on the feature map: the 5×5 conv\'s RF, as Caffe gives', () => {
    const m = model(load(se(), { channelAttentionPointwise: true }));
    const d = rfOf(m, 'd');
    expect(d.global).toBe(false);
    expect(d.rf).toEqual([5, 5]);
    expect(m.assumptions).toContain('layer "se": the channel-attention gate `r` is treated as pointwise, as asked');
  });

  it('a product of two local maps is no gate', () => {
    const model2 = se();
    const layers = model2.config.layers as { name: string; inbound_nodes: unknown }[];
    layers.find((l) => l.name === 'se')!.inbound_nodes = [[['c', 0, 0, {}], ['c', 0, 0, {}]]];
    const result = load(model2);
    expect(result.diagnostics).toEqual([]);
    expect(rfOf(model(result), 'd').rf).toEqual([5, 5]);
  });
});

describe('Keras schemas', () => {
  it('Keras 3 Sequential: an InputLayer with batch_shape, then the layers', () => {
    const m = model(load({
      module: 'keras', class_name: 'Sequential',
      config: { name: 'seq', layers: [
        { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 32, 32, 3], name: 'input_layer' } },
        { module: 'keras.layers', class_name: 'Conv2D', config: { name: 'conv', filters: 4, kernel_size: [3, 3], strides: [2, 2], padding: 'same' } },
        { module: 'keras.layers', class_name: 'Conv2D', config: { name: 'conv2', filters: 4, kernel_size: [3, 3], strides: [1, 1], padding: 'valid' } },
      ] },
    }));
    expect(m.name).toBe('seq');
    expect(m.inputSize).toEqual([32, 32]);
    expect(m.outputs.map((o) => o.name)).toEqual(['conv2']);
    expect(rfOf(m, 'conv2')).toMatchObject({ rf: [7, 7], stride: [{ num: 2, den: 1 }, { num: 2, den: 1 }], start: [0, 0] });
  });

  it('a Sequential model used as a layer of another: its layers are outer/inner, and inner when unique', () => {
    const inner = { class_name: 'Sequential', config: { name: 'inner', layers: [{ class_name: 'Conv2D', config: { name: 'c', filters: 2, kernel_size: 3 } }] } };
    const m = model(load({ class_name: 'Sequential', config: { name: 'outer', layers: [{ class_name: 'Conv2D', config: { name: 'first', filters: 2, kernel_size: 3, batch_input_shape: [null, 16, 16, 1] } }, inner] } }));
    expect(m.tensors!.get('inner/c')).toBe(m.tensors!.get('c'));
    expect(rfOf(m, 'c').rf).toEqual([5, 5]);
  });

  it('TF `same` padding: no input size, no start; the size given sets it', () => {
    const file = chain([null, null, 3], [{ class_name: 'Conv2D', config: { kernel_size: 3, strides: 2, padding: 'same', filters: 2 } }]);
    const open = model(load(file));
    expect(open.inputSize).toBeUndefined();
    expect(rfOf(open, 'l0').start).toEqual([null, null]);
    const sized = model(load(file, { inputSize: [33, 32] }));
    expect(sized.inputSize).toEqual([33, 32]);
    expect(rfOf(sized, 'l0').start).toEqual([-1, 0]);
  });
});

describe('layers that may or may not mix positions', () => {
  it('Dense on a channels_last map is pointwise; on channels_first it mixes the last spatial axis', () => {
    const last = model(load(chain([8, 8, 3], [{ class_name: 'Dense', config: { units: 4 } }])));
    expect(rfOf(last, 'l0').rf).toEqual([1, 1]);
    const first = model(load(chain([3, 8, 8], [{ class_name: 'Dense', config: { units: 4 } }], 'channels_first')));
    expect(rfOf(first, 'l0').global).toBe(true);
    expect(first.graph.nodes[first.tensors!.get('l0')!]!.op).toEqual({ kind: 'global', reason: 'Dense l0 over positions' });
  });

  it('Reshape: a re-view (adding unit axes) keeps positions, anything else is global', () => {
    const view = model(load(chain([64], [{ class_name: 'Reshape', config: { target_shape: [64, 1, 1] } }, { class_name: 'Conv2D', config: { filters: 2, kernel_size: [5, 1] } }])));
    expect(view.graph.axes).toBe(1);
    expect(rfOf(view, 'l1').rf).toEqual([5]);
    const moved = model(load(chain([8, 8, 2], [{ class_name: 'Reshape', config: { target_shape: [64, 2] } }])));
    expect(rfOf(moved, 'l0').global).toBe(true);
  });

  it('global pools and Flatten say which layer made the output global', () => {
    const m = model(load(chain([8, 8, 2], [{ class_name: 'GlobalMaxPooling2D', config: { name: 'gmp' } }])));
    const t = rfOf(m, 'gmp');
    expect(m.graph.nodes[t.globalAt!]!.op).toEqual({ kind: 'global', reason: 'GlobalMaxPooling2D gmp' });
  });
});

describe('errors', () => {
  it('a Lambda layer: RF345 at the layer, with the assume that lifts it', () => {
    const file = chain([8, 8, 1], [{ class_name: 'Lambda', config: { name: 'scale', function: ['4wEAAAAAAAAA', null, null] } }]);
    const e = onlyError(load(file));
    expect(e).toMatchObject({ code: 'RF345', file: 'model.json', line: 20, column: 4 }); // the layer's `{`
    expect(e.message).toMatch(/^scale is a Lambda layer: .* --assume Lambda=pointwise/);
    expect(rfOf(model(load(file, { assume: new Map([['Lambda', 'pointwise']]) })), 'scale').rf).toEqual([1, 1]);
    expect(rfOf(model(load(file, { assume: new Map([['scale', 'global']]) })), 'scale').global).toBe(true);
  });

  it('an unknown (custom) layer class: RF344 naming it', () => {
    const e = onlyError(load(chain([8, 8, 1], [{ class_name: 'MyAttention', config: { name: 'attn' } }])));
    expect(e.code).toBe('RF344');
    expect(e.message).toMatch(/^attn: unknown layer class `MyAttention` \(a custom layer\?\); .*--assume MyAttention=pointwise/);
  });

  it('a bad parameter: RF343 at the key', () => {
    const e = onlyError(load(chain([8, 8, 1], [{ class_name: 'Conv2D', config: { name: 'c', kernel_size: [3, 0] } }])));
    expect(e).toMatchObject({ code: 'RF343', message: 'c (Conv2D): `kernel_size` must be an integer ≥ 1 or 2 of them, got [3,0]' });
    expect(e.line).toBeGreaterThan(1);
  });

  it('an inbound node naming a layer that does not exist: RF346', () => {
    const file = chain([8, 8, 1], [{ class_name: 'ReLU', config: { name: 'r' } }]);
    (file.config.layers[1] as { inbound_nodes: unknown }).inbound_nodes = [[['nope', 0, 0, {}]]];
    expect(onlyError(load(file))).toMatchObject({ code: 'RF346', message: 'no layer named "nope" in the model' });
  });

  it('not JSON: RF340 at the place; not a model: RF342; a TF.js graph model: RF342', () => {
    expect(onlyError(load('{"class_name": "Sequential", "config": [,]}'))).toMatchObject({ code: 'RF340', line: 1 });
    expect(onlyError(load({ name: 'x' }))).toMatchObject({ code: 'RF342' });
    expect(onlyError(load({ format: 'graph-model', modelTopology: { node: [] } })).message).toMatch(/graph model/);
  });

  it('an input size of the wrong length: RF351', () => {
    expect(onlyError(load(chain([8, 8, 1], [{ class_name: 'ReLU', config: {} }]), { inputSize: [8, 8, 8] }))).toMatchObject({ code: 'RF351' });
  });

  it('a .keras that is not a zip (RF347), an .h5 holding only weights (RF348)', async () => {
    const bytes = enc('PK not really a zip');
    const fake = { path: 'm.keras', size: bytes.length, read: async (o: number, l: number) => bytes.subarray(o, o + l) };
    expect(onlyError(await kerasLoader.load(fake, { limits: DEFAULT_LIMITS }))).toMatchObject({ code: 'RF347', message: 'not a Keras 3 .keras file: it is not a zip file (no end-of-central-directory record)' });
    const weights = await fileSource('test/fixtures/keras/weights-only.h5');
    expect(kerasLoader.matches('weights-only.h5', await weights.read(0, 4096))).toBe(false);
    expect(onlyError(await kerasLoader.load(weights, { limits: DEFAULT_LIMITS }))).toMatchObject({ code: 'RF348', message: 'not a Keras .h5 model: its root group has no model_config attribute (is it a weights-only file?)' });
  });
});

describe('the schema (schema/keras.schema.json)', () => {
  it('a layer without class_name, a bad output reference: RF342 at each place', () => {
    const file = chain([8, 8, 1], [{ class_name: 'ReLU', config: { name: 'r' } }]);
    delete (file.config.layers[1] as { class_name?: string }).class_name;
    (file.config as { output_layers: unknown }).output_layers = [['r', 'zero', 0]];
    const result = load(file);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RF342', 'config.layers[1]: missing `class_name`'],
      ['RF342', 'config.output_layers[0][1]: must be an integer, got "zero"'],
    ]);
  });
});

describe('recurrent and attention layers', () => {
  it('an LSTM is global; attention is global unless --attention pointwise', () => {
    const lstm = model(load(chain([100, 8], [{ class_name: 'Conv1D', config: { name: 'c', filters: 4, kernel_size: 3 } }, { class_name: 'LSTM', config: { name: 'rnn', units: 4 } }])));
    expect(lstm.graph.nodes[lstm.tensors!.get('rnn')!]!.op).toEqual({ kind: 'global', reason: 'recurrent LSTM rnn' });
    const file = chain([16, 16, 8], [{ class_name: 'MultiHeadAttention', config: { name: 'mha', num_heads: 2, key_dim: 4 } }]);
    expect(rfOf(model(load(file)), 'mha').global).toBe(true);
    expect(rfOf(model(load(file, { attentionPointwise: true })), 'mha').rf).toEqual([1, 1]);
  });
});

describe('layers of several inputs', () => {
  it('attention over a query and a value: global, naming the layer', () => {
    const file = chain([16, 16, 8], [{ class_name: 'Conv2D', config: { name: 'q', filters: 8, kernel_size: 1 } }]);
    file.config.layers.push({ name: 'mha', class_name: 'MultiHeadAttention', config: { name: 'mha', num_heads: 2, key_dim: 4 }, inbound_nodes: [[['q', 0, 0, {}], ['x', 0, 0, {}]]] });
    (file.config as { output_layers: unknown }).output_layers = [['mha', 0, 0]];
    const m = model(load(file));
    const t = rfOf(m, 'mha');
    expect(t.global).toBe(true);
    expect(m.graph.nodes[t.globalAt!]!.op).toEqual({ kind: 'global', reason: 'attention MultiHeadAttention mha' });
  });
});

describe('positions inside .keras and .h5 files', () => {
  it('a problem in an .h5 file names its place in model_config, not a line of the binary file', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = new Uint8Array(await readFile('test/fixtures/keras/keras2.h5'));
    // Turn the ReLU class into an unknown one, same length: "ReLU" → "ReLX".
    const at = Buffer.from(bytes).indexOf('"ReLU"');
    bytes[at + 4] = 'X'.charCodeAt(0);
    const source = { path: 'm.h5', size: bytes.length, read: async (o: number, l: number) => bytes.subarray(o, o + l) };
    const e = onlyError(await kerasLoader.load(source, { limits: DEFAULT_LIMITS }));
    expect(e.code).toBe('RF344');
    expect(e.line).toBeUndefined();
    expect(e.message).toMatch(/^conv1_relu: unknown layer class `ReLX` .* \(model_config line 1, column \d+\)$/);
  });
});

describe('the input size given', () => {
  it('applies to the axes left once unit axes are dropped: CREPE-like 1-D models take one number', () => {
    const file = chain([64], [{ class_name: 'Reshape', config: { target_shape: [64, 1, 1] } }, { class_name: 'Conv2D', config: { filters: 2, kernel_size: [5, 1], strides: [2, 1], padding: 'same' } }]);
    const m = model(load(file, { inputSize: [101] }));
    expect(m.graph.axes).toBe(1);
    expect(m.inputSize).toEqual([101]);
    expect(m.assumptions).toEqual(['input 101 from the input size given']);
  });
});
