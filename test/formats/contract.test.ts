/**
 * The loader contract, once for every format: the same small network — a 3×3 conv, a 3×3
 * stride-2 conv, a squeeze-and-excitation gate, a 3×3 conv — written in each format, picked by
 * the registry from its name and bytes, must give the same RF and honour the same options. A
 * loader that drifts from its siblings (Keras once ignored --channel-attention) fails here.
 *
 * The truth, by the recurrence of docs/design.md §3: RF 3, then 3 + 2·1 = 5 at jump 2, then
 * 5 + 2·2 = 9 at jump 2, start −1 − 1·1 − 1·2 = −4 (every conv pads 1).
 */
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../src/formats/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type ModelSource } from '../../src/formats/model.js';
import { analyze, tensorRF, toNumber } from '../../src/rf/index.js';
import { FLOAT, attrInts, model as onnxModel, valueInfo } from './onnx/encode.js';
import { GraphJson } from './tfjs-graph/helpers.js';
import { OP } from '../../src/formats/tflite/ops.js';
import { type ModelJson, graphDefOf } from '../support/tf-protobuf.js';
import { SAME, VALID, i32, i8, tfliteModel } from '../support/tflite-writer.js';

interface Spelling {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The tensor after the gate's last conv, as the format names it. */
  readonly out: string;
  /** The same network with the gate replaced by an op of a type no loader knows, `Frob`. */
  readonly unknown?: Uint8Array;
}

const text = (s: string) => new TextEncoder().encode(s);

const native: Spelling = {
  path: 'se.rf.yaml',
  out: 'out',
  bytes: text(`rflint: 1
name: se
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: 3, padding: 1 }
  - { name: c2, op: conv, kernel: 3, stride: 2, padding: 1 }
  - { name: gate, op: se }
  - { name: out, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: out, layer: out }
`),
};

const darknet: Spelling = {
  path: 'se.cfg',
  out: 'conv@5',
  bytes: text(`[net]
width=64
height=64
channels=3

[convolutional]
filters=4
size=3
stride=1
pad=1
activation=leaky

[convolutional]
filters=4
size=3
stride=2
pad=1
activation=leaky

[avgpool]

[convolutional]
filters=4
size=1
stride=1
activation=logistic

[scale_channels]
from=-3

[convolutional]
filters=4
size=3
stride=1
pad=1
activation=leaky
`),
};

const caffeNet = (gate: string) => `name: "se"
input: "data"
input_shape { dim: 1 dim: 3 dim: 64 dim: 64 }
layer { name: "c1" type: "Convolution" bottom: "data" top: "c1" convolution_param { num_output: 4 kernel_size: 3 pad: 1 } }
layer { name: "c2" type: "Convolution" bottom: "c1" top: "c2" convolution_param { num_output: 4 kernel_size: 3 stride: 2 pad: 1 } }
${gate}
layer { name: "out" type: "Convolution" bottom: "se" top: "out" convolution_param { num_output: 4 kernel_size: 3 pad: 1 } }
`;
const caffe: Spelling = {
  path: 'se.prototxt',
  out: 'out',
  bytes: text(
    caffeNet(`layer { name: "g" type: "Pooling" bottom: "c2" top: "g" pooling_param { global_pooling: true } }
layer { name: "s" type: "Sigmoid" bottom: "g" top: "g" }
layer { name: "se" type: "Scale" bottom: "c2" bottom: "g" top: "se" scale_param { axis: 0 } }`),
  ),
  unknown: text(caffeNet('layer { name: "se" type: "Frob" bottom: "c2" top: "se" }')),
};

const kerasNet = (gate: object[]) =>
  text(
    JSON.stringify({
      class_name: 'Model',
      config: {
        name: 'se',
        layers: [
          { name: 'x', class_name: 'InputLayer', config: { name: 'x', batch_input_shape: [null, 64, 64, 3] }, inbound_nodes: [] },
          { name: 'c1', class_name: 'Conv2D', config: { name: 'c1', filters: 4, kernel_size: [3, 3], padding: 'same' }, inbound_nodes: [[['x', 0, 0, {}]]] },
          { name: 'p', class_name: 'ZeroPadding2D', config: { name: 'p', padding: [[1, 1], [1, 1]] }, inbound_nodes: [[['c1', 0, 0, {}]]] },
          { name: 'c2', class_name: 'Conv2D', config: { name: 'c2', filters: 4, kernel_size: [3, 3], strides: [2, 2], padding: 'valid' }, inbound_nodes: [[['p', 0, 0, {}]]] },
          ...gate,
          { name: 'out', class_name: 'Conv2D', config: { name: 'out', filters: 4, kernel_size: [3, 3], padding: 'same' }, inbound_nodes: [[['se', 0, 0, {}]]] },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['out', 0, 0]],
      },
    }),
  );
const keras: Spelling = {
  path: 'se.json',
  out: 'out',
  bytes: kerasNet([
    { name: 'g', class_name: 'GlobalAveragePooling2D', config: { name: 'g' }, inbound_nodes: [[['c2', 0, 0, {}]]] },
    { name: 'fc', class_name: 'Dense', config: { name: 'fc', units: 4, activation: 'sigmoid' }, inbound_nodes: [[['g', 0, 0, {}]]] },
    { name: 'r', class_name: 'Reshape', config: { name: 'r', target_shape: [1, 1, 4] }, inbound_nodes: [[['fc', 0, 0, {}]]] },
    { name: 'se', class_name: 'Multiply', config: { name: 'se' }, inbound_nodes: [[['c2', 0, 0, {}], ['r', 0, 0, {}]]] },
  ]),
  unknown: kerasNet([{ name: 'se', class_name: 'Frob', config: { name: 'se' }, inbound_nodes: [[['c2', 0, 0, {}]]] }]),
};

function tfjsGraph(): Spelling {
  const net = (unknown: boolean) => {
    const g = new GraphJson();
    const x = g.placeholder('x', 64, 64);
    const c1 = g.conv('c1', x, 3);
    const padded = g.node('p', 'Pad', [c1, g.ints('p/paddings', [0, 0, 1, 1, 1, 1, 0, 0], [4, 2])]);
    const c2 = g.conv('c2', padded, 3, { stride: 2, padding: 'VALID' });
    let se: string;
    if (unknown) {
      se = g.node('se', 'Frob', [c2]);
    } else {
      const mean = g.node('g', 'Mean', [c2, g.ints('g/axes', [1, 2], [2])], { keep_dims: { b: true } });
      se = g.node('se', 'Mul', [c2, g.node('s', 'Sigmoid', [mean])]);
    }
    g.conv('out', se, 3);
    return text(g.text());
  };
  return { path: 'web_model/model.json', out: 'out', bytes: net(false), unknown: net(true) };
}

function onnx(): Spelling {
  const conv = (name: string, input: string, stride: number) => ({
    op: 'Conv',
    name,
    inputs: [input, `${name}.w`],
    outputs: [name],
    attrs: [attrInts('kernel_shape', [3, 3]), attrInts('strides', [stride, stride]), attrInts('pads', [1, 1, 1, 1])],
  });
  const weights = ['c1', 'c2', 'out'].map((name) => ({ name: `${name}.w`, dims: [4, name === 'c1' ? 3 : 4, 3, 3], dataType: FLOAT, floats: [] }));
  const net = (gate: { op: string; name: string; inputs: string[]; outputs: string[] }[]) =>
    onnxModel({
      opset: 13,
      graph: {
        name: 'se',
        nodes: [conv('c1', 'x', 1), conv('c2', 'c1', 2), ...gate, conv('out', 'se', 1)],
        inputs: [valueInfo('x', [1, 3, 64, 64])],
        outputs: [valueInfo('out', [1, 4, 32, 32])],
        initializers: weights,
      },
    });
  const bytes = net([
    { op: 'GlobalAveragePool', name: 'g', inputs: ['c2'], outputs: ['g'] },
    { op: 'Sigmoid', name: 's', inputs: ['g'], outputs: ['s'] },
    { op: 'Mul', name: 'se', inputs: ['c2', 's'], outputs: ['se'] },
  ]);
  return { path: 'se.onnx', out: 'out', bytes, unknown: net([{ op: 'Frob', name: 'se', inputs: ['c2'], outputs: ['se'] }]) };
}

/** The TF.js graph spelling's NodeDefs as a binary frozen GraphDef. */
function tfGraphdef(): Spelling {
  const js = tfjsGraph();
  const pb = (json: Uint8Array) => graphDefOf(JSON.parse(new TextDecoder().decode(json)) as ModelJson);
  return { path: 'se.pb', out: 'out', bytes: pb(js.bytes), unknown: pb(js.unknown!) };
}

function tflite(): Spelling {
  const C = 4;
  const conv = (name: string, x: string, s: number, padding: number) => ({
    code: OP.CONV_2D,
    inputs: [x, { const: [C, 3, 3, C] }],
    output: name,
    shape: [1, 64 / s, 64 / s, C],
    options: [i8(padding), i32(s), i32(s), i8(0), i32(1), i32(1)],
  });
  const net = (unknown: boolean) =>
    tfliteModel({
      input: 'x',
      inputShape: [1, 64, 64, 3],
      layers: [
        conv('c1', 'x', 1, SAME),
        { code: OP.PAD, inputs: ['c1', { const: [4, 2], ints: [0, 0, 1, 1, 1, 1, 0, 0] }], output: 'p', shape: [1, 66, 66, C] },
        conv('c2', 'p', 2, VALID),
        ...(unknown
          ? [{ code: OP.CUSTOM, custom: 'Frob', inputs: ['c2'], output: 'se', shape: [1, 32, 32, C] }]
          : [
              { code: OP.MEAN, inputs: ['c2', { const: [2], ints: [1, 2] }], output: 'g', shape: [1, 1, 1, C], options: [i8(1)] },
              { code: OP.LOGISTIC, inputs: ['g'], output: 's', shape: [1, 1, 1, C] },
              { code: OP.MUL, inputs: ['c2', 's'], output: 'se', shape: [1, 32, 32, C], options: [i8(0)] },
            ]),
        { ...conv('out', 'se', 1, SAME), shape: [1, 32, 32, C] },
      ],
      outputs: ['out'],
    });
  return { path: 'se.tflite', out: 'out', bytes: net(false), unknown: net(true) };
}

const SPELLINGS: Record<string, Spelling> = { native, onnx: onnx(), darknet, caffe, keras, 'tfjs-graph': tfjsGraph(), 'tf-graphdef': tfGraphdef(), tflite: tflite() };

/** The gate warning each format reports (one code for the shared check, RF022; the older ones kept). */
const GATE_CODES = ['RF022', 'RF206', 'RF334', 'RF374', 'RF393', 'RF654'];

function source(s: Spelling): ModelSource {
  return { path: s.path, size: s.bytes.length, read: async (offset, length) => s.bytes.subarray(offset, offset + length) };
}

async function load(s: Spelling, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const loader = loaderFor(s.path, s.bytes);
  expect(loader, `a loader reads ${s.path}`).toBeDefined();
  return loader!.load(source(s), { limits: DEFAULT_LIMITS, ...options });
}

async function outRF(s: Spelling, options: Partial<LoadOptions> = {}) {
  const result = await load(s, options);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const m = result.model!;
  const node = m.outputs.find((o) => o.name === s.out)?.node ?? m.tensors?.get(s.out);
  expect(node, `${s.path} names ${s.out}`).toBeDefined();
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), node!);
  if (t instanceof Error) throw t;
  return { t, result, model: m };
}

describe.each(Object.entries(SPELLINGS))('the loader contract: %s', (format, spelling) => {
  it('is picked by the registry from its name and bytes', () => {
    expect(loaderFor(spelling.path, spelling.bytes)?.format).toBe(format === 'tfjs-graph' ? 'tfjs' : format);
  });

  it('a squeeze-and-excitation gate makes what follows it global, and says so once', async () => {
    const { t, result } = await outRF(spelling);
    expect(t.global).toBe(true);
    const gates = result.diagnostics.filter((d) => GATE_CODES.includes(d.code)).map((d) => d.severity);
    // The native format's `se` op is global by definition and needs no warning.
    expect(gates).toEqual(format === 'native' ? [] : ['warning']);
  });

  it('--channel-attention pointwise gives the convolutions\' RF: 9 at stride 2, start −4, on every axis', async () => {
    const { t } = await outRF(spelling, { channelAttentionPointwise: true });
    expect(t.global).toBe(false);
    expect(t.rf).toEqual([9, 9]);
    expect(t.rfMin).toEqual([9, 9]);
    expect(t.stride!.map(toNumber)).toEqual([2, 2]);
    expect(t.start).toEqual([-4, -4]);
    expect(t.size).toEqual([32, 32]);
  });

  it('takes its input size from the file, and a given one over it', async () => {
    expect((await outRF(spelling, { channelAttentionPointwise: true })).model.inputSize).toEqual([64, 64]);
    const given = await outRF(spelling, { channelAttentionPointwise: true, inputSize: [96, 96] });
    expect(given.model.inputSize).toEqual([96, 96]);
    expect(given.t.size).toEqual([48, 48]);
  });

  // The native format's ops are a closed list (RF101); Darknet's unknown sections have no
  // `--assume` yet (a user-described module is issue 22's `modules:`).
  it.runIf(spelling.unknown !== undefined)('an op of a type it does not know is an error that names --assume, and --assume Frob=pointwise reads it', async () => {
    const unknown: Spelling = { ...spelling, bytes: spelling.unknown! };
    const refused = await load(unknown);
    const errors = refused.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/--assume Frob=pointwise/);
    const { t } = await outRF(unknown, { assume: new Map([['Frob', 'pointwise']]) });
    expect([t.global, t.rf, t.start]).toEqual([false, [9, 9], [-4, -4]]);
    const global = await outRF(unknown, { assume: new Map([['Frob', 'global']]) });
    expect(global.t.global).toBe(true);
  });

  it('refuses a graph over the node limit with an error, not a model', async () => {
    const result = await load(spelling, { limits: { ...DEFAULT_LIMITS, maxNodes: 3 } });
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });
});

describe('the registry', () => {
  it('every format a loader reports is in the report schema, so its reports validate when read back', async () => {
    const { readFileSync } = await import('node:fs');
    const { LOADERS } = await import('../../src/formats/index.js');
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as { $defs: { file: { properties: { format: { enum: string[] } } } } };
    const known = schema.$defs.file.properties.format.enum;
    expect(LOADERS.map((l) => l.format).filter((f) => !known.includes(f))).toEqual([]);
  });
});
