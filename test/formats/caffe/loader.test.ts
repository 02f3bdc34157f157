/** The Caffe loader on inline prototxts: recognition, blobs, outputs, names, assumptions. */
import { describe, expect, it } from 'vitest';
import { caffeLoader } from '../../../src/formats/caffe/index.js';
import { loaderFor } from '../../../src/formats/index.js';
import { conv, figures, load, model, net, rfOf } from './helpers.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('recognising a Caffe net', () => {
  it.each([
    ['a deploy net with `input:`', 'name: "n"\ninput: "data"\ninput_dim: 1\n'],
    ['a net with layer blocks', '# comment\nlayer {\n  name: "data"\n  type: "Input"\n}'],
    ['a legacy net', 'name: "n"\nlayers {\n  name: "conv1"\n  type: CONVOLUTION\n}'],
  ])('reads %s, whatever the file name', (_what, text) => {
    expect(caffeLoader.matches('model.txt', bytes(text))).toBe(true);
    expect(loaderFor('nets/x.prototxt', bytes(text))?.format).toBe('caffe');
  });

  it.each([
    ['a solver', 'net: "train_val.prototxt"\ntest_iter: 1000\nbase_lr: 0.01\nlr_policy: "step"\n'],
    ['a TF graph pbtxt', 'node {\n  name: "input"\n  op: "Placeholder"\n}\n'],
    ['a YAML file', 'layer:\n  name: x\n'],
  ])('leaves %s alone', (_what, text) => {
    expect(caffeLoader.matches('solver.prototxt', bytes(text))).toBe(false);
  });
});

describe('blobs, in-place layers and outputs', () => {
  it('an in-place layer writes a new version of its blob: later bottoms read it, the name means the latest', () => {
    const m = model(load(net(`${conv('conv1', 'data')}layer { name: "relu1" type: "ReLU" bottom: "conv1" top: "conv1" }\n${conv('conv2', 'conv1')}`)));
    const g = m.graph;
    const conv2 = g.nodes.find((n) => n.name === 'conv2')!;
    expect(g.nodes[conv2.inputs[0]!]!.name).toBe('relu1');
    expect(m.tensors!.get('conv1')).toBe(g.nodes.findIndex((n) => n.name === 'relu1'));
    expect(m.tensors!.get('relu1')).toBe(m.tensors!.get('conv1'));
    expect(m.outputs.map((o) => o.name)).toEqual(['conv2']);
  });

  it('outputs are the blobs no layer reads, in the order they are written', () => {
    const m = model(load(net(conv('a', 'data') + conv('b', 'a') + conv('c', 'a') + conv('d', 'c'))));
    expect(m.outputs.map((o) => [o.name, o.position?.line])).toEqual([['b', 5], ['d', 7]]);
  });

  it('SSD: the outputs are the feature maps the *_mbox_loc / *_mbox_conf heads read', () => {
    const heads = `${conv('f1', 'data', 'kernel_size: 3 stride: 2 pad: 1')}${conv('f1_mbox_loc', 'f1')}${conv('f1_mbox_conf', 'f1')}${conv('f2', 'f1', 'kernel_size: 3 stride: 2 pad: 1')}${conv('f2_mbox_loc', 'f2')}
layer { name: "cat" type: "Concat" bottom: "f1_mbox_loc" bottom: "f2_mbox_loc" top: "mbox_loc" }`;
    const m = model(load(net(heads)));
    expect(m.outputs.map((o) => o.name)).toEqual(['f1', 'f2']);
    expect(figures(rfOf(m, 'f2'))).toMatchObject({ rf: [7, 7], stride: [4, 4] });
  });

  it('a layer with several tops has a node per top; Silence consumes without a top', () => {
    const text = net(`layer { name: "split" type: "Split" bottom: "data" top: "x" top: "y" }\n${conv('cx', 'x')}layer { name: "s" type: "Silence" bottom: "y" }`);
    const m = model(load(text));
    expect(m.graph.nodes.map((n) => n.name)).toEqual(['data', 'split', 'split/y', 'cx']);
    expect(m.outputs.map((o) => o.name)).toEqual(['cx']);
  });

  it('names the model after `name:`, and says where the input size comes from', () => {
    const m = model(load(net(conv('c', 'data'))));
    expect(m.name).toBe('t');
    expect(m.inputSize).toEqual([64, 64]);
    expect(m.assumptions).toEqual(['input 64×64 (height × width) from the declared shape of `data`']);
    const given = model(load(net(conv('c', 'data')), { inputSize: [96] }));
    expect(given.inputSize).toEqual([96, 96]);
    expect(given.assumptions).toEqual(['input 96×96 (height × width) from the input size given']);
  });

  it('reads a net without an input shape, with no input size', () => {
    const m = model(load(net(conv('c', 'data', 'kernel_size: 3 stride: 2'), 'input: "data"')));
    expect(m.inputSize).toBeUndefined();
    expect(figures(rfOf(m, 'c'))).toMatchObject({ rf: [3, 3], stride: [2, 2], start: [0, 0] });
  });

  it('skips layers of the TRAIN phase and says so', () => {
    const text = `layer { name: "d" type: "Data" top: "data" include { phase: TRAIN } transform_param { crop_size: 24 } }
layer { name: "d" type: "Data" top: "data" include { phase: TEST } transform_param { crop_size: 28 } }
layer { name: "train_only" type: "Convolution" bottom: "data" top: "t" exclude { phase: TEST } convolution_param { kernel_size: 3 } }
${conv('c', 'data')}`;
    const m = model(load(text));
    expect(m.inputSize).toEqual([28, 28]);
    expect(m.outputs.map((o) => o.name)).toEqual(['c']);
    expect(m.assumptions).toContain('2 layers of the TRAIN phase skipped: the net as it runs in TEST');
  });

  it('reads the legacy enum by number too', () => {
    const m = model(load(net('layers { name: "p" type: 17 bottom: "data" top: "p" pooling_param { kernel_size: 2 stride: 2 } }')));
    expect(figures(rfOf(m, 'p'))).toMatchObject({ rf: [2, 2], stride: [2, 2], size: [32, 32] });
  });

  it('an unknown type the user vouches for maps as asked, and the report says so', () => {
    const text = net(`${conv('c', 'data')}layer { name: "act" type: "Mish" bottom: "c" top: "c" }\n${conv('d', 'c')}`);
    const m = model(load(text, { assume: new Map([['Mish', 'pointwise']]) }));
    expect(figures(rfOf(m, 'd'))).toMatchObject({ rf: [5, 5] });
    expect(m.assumptions).toContain('layers of type Mish are treated as pointwise, as asked');
    const g = model(load(text, { assume: new Map([['Mish', 'global']]) }));
    expect(rfOf(g, 'd').global).toBe(true);
  });

  it('global layers name what made them global', () => {
    const m = model(load(net(`layer { name: "fc" type: "InnerProduct" bottom: "data" top: "fc" inner_product_param { num_output: 2 } }`)));
    const node = m.graph.nodes[m.tensors!.get('fc')!]!;
    expect(node.op).toEqual({ kind: 'global', reason: 'InnerProduct (fully connected): layer "fc"' });
  });

  it.each([
    ['Flatten of every axis', 'type: "Flatten"', true],
    ['Flatten of the spatial axes only', 'type: "Flatten" flatten_param { axis: 2 }', true],
    ['Flatten of one axis', 'type: "Flatten" flatten_param { axis: 3 }', false],
    ['Reshape copying H and W', 'type: "Reshape" reshape_param { shape { dim: 0 dim: -1 dim: 0 dim: 0 } }', false],
    ['Reshape of the channels only', 'type: "Reshape" reshape_param { shape { dim: 3 } axis: 1 num_axes: 1 }', false],
    ['Reshape splitting the channels (H and W move)', 'type: "Reshape" reshape_param { shape { dim: 1 dim: 3 } axis: 1 num_axes: 1 }', true],
    ['Reshape to 3 dims', 'type: "Reshape" reshape_param { shape { dim: 0 dim: -1 dim: 3 } }', true],
    ['Permute moving the channels last', 'type: "Permute" permute_param { order: 0 order: 2 order: 3 order: 1 }', true],
    ['Permute of batch and channels', 'type: "Permute" permute_param { order: 1 order: 0 }', false],
    ['Softmax over channels', 'type: "Softmax"', false],
    ['Softmax over height', 'type: "Softmax" softmax_param { axis: 2 }', true],
    ['Normalize across_spatial', 'type: "Normalize"', true],
    ['Normalize per position', 'type: "Normalize" norm_param { across_spatial: false }', false],
    ['LRN across channels', 'type: "LRN"', false],
    ['global pooling', 'type: "Pooling" pooling_param { global_pooling: true }', true],
    // One bottom: a copy along any axis (Darknet→Caffe converters write it for a one-layer [route]).
    ['Concat of one bottom, along width', 'type: "Concat" concat_param { axis: 3 }', false],
    ['Concat of one bottom', 'type: "Concat"', false],
  ])('%s: global %s', (_what, layer, global) => {
    const m = model(load(net(`layer { name: "x" ${layer} bottom: "data" top: "x" }`)));
    expect(rfOf(m, 'x').global).toBe(global);
  });

  it('a Scale by a globally pooled blob is a channel-attention gate: global with a warning, or pointwise when asked', () => {
    const text = net(`${conv('c', 'data')}layer { name: "g" type: "Pooling" bottom: "c" top: "g" pooling_param { global_pooling: true } }
layer { name: "s" type: "Sigmoid" bottom: "g" top: "g" }
layer { name: "se" type: "Scale" bottom: "c" bottom: "g" top: "se" scale_param { axis: 0 } }
${conv('d', 'se')}`);
    const gated = load(text);
    expect(gated.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'RF393', 7]]);
    expect(rfOf(model(gated), 'd').global).toBe(true);
    const pointwise = model(load(text, { channelAttentionPointwise: true }));
    expect(figures(rfOf(pointwise, 'd'))).toMatchObject({ rf: [5, 5] });
    expect(pointwise.assumptions).toContain('layer "se" (Scale): the channel-attention gate `g` is treated as pointwise, as asked');
  });

  it('Upsample takes `scale`, or refuses an output size without the pooling mask', () => {
    const m = model(load(net(`${conv('c', 'data', 'kernel_size: 2 stride: 2')}layer { name: "u" type: "Upsample" bottom: "c" top: "u" upsample_param { scale: 2 } }`)));
    expect(figures(rfOf(m, 'u'))).toMatchObject({ rf: [2, 2], stride: [1, 1], size: [64, 64] });
    const e = load(net('layer { name: "u" type: "Upsample" bottom: "data" top: "u" upsample_param { upsample_h: 20 upsample_w: 20 } }')).diagnostics[0]!;
    expect([e.code, e.line, e.message]).toEqual(['RF383', 4, 'upsample_param of layer "u": `upsample_h` sets the output size of SegNet\'s max-unpooling, which reads the pooling mask as a second bottom; give it (`bottom: "pool1_mask"`), or the factor with `scale: 2`']);
  });

  it('LRN within channels is a local_size window', () => {
    const m = model(load(net('layer { name: "n" type: "LRN" bottom: "data" top: "n" lrn_param { norm_region: WITHIN_CHANNEL local_size: 3 } }')));
    expect(figures(rfOf(m, 'n'))).toMatchObject({ rf: [3, 3], start: [-1, -1], size: [64, 64] });
  });
});
