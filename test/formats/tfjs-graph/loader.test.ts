/** The TF.js graph-model loader on inline GraphDefs: recognition, attributes, ops, outputs. */
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/formats/index.js';
import { tfjsGraphLoader } from '../../../src/formats/tfjs-graph/index.js';
import { GraphJson, b64, figures, ints, load, model, rfOf } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** image 64×64 → 3×3 stride-2 SAME conv → 3×3 conv. */
function small(): GraphJson {
  const g = new GraphJson();
  const x = g.placeholder('image', 64, 64);
  const c1 = g.conv('c1', x, 3, { stride: 2 });
  g.conv('c2', c1, 3);
  return g;
}

describe('recognising a TF.js graph model', () => {
  it('claims a .json whose format is graph-model, or whose modelTopology is a GraphDef', () => {
    expect(tfjsGraphLoader.matches('web/model.json', bytes(small().text()))).toBe(true);
    expect(tfjsGraphLoader.matches('web/face_landmarks.json', bytes(small().text(undefined)))).toBe(true);
    expect(loaderFor('web/model.json', bytes(small().text()))?.format).toBe('tfjs');
  });

  it('leaves layers models, other JSON and other names alone', () => {
    const layers = '{"format": "layers-model", "modelTopology": {"class_name": "Sequential", "config": {}}}';
    expect(tfjsGraphLoader.matches('model.json', bytes(layers))).toBe(false);
    expect(tfjsGraphLoader.matches('model.json', bytes('{"modelTopology": {"class_name": "Model", "config": {}}}'))).toBe(false);
    expect(tfjsGraphLoader.matches('package.json', bytes('{"name": "app", "version": "1.0.0"}'))).toBe(false);
    expect(tfjsGraphLoader.matches('model.txt', bytes(small().text()))).toBe(false);
  });
});

describe('reading a GraphDef', () => {
  it('names the model after its folder, takes the input size from the Placeholder and every node as a tensor', () => {
    const m = model(load(small().text()));
    expect(m.format).toBe('tfjs');
    expect(m.name).toBe('web_model');
    expect(m.inputSize).toEqual([64, 64]);
    expect(m.assumptions).toEqual(['input 64×64 (height × width) from the shape of Placeholder "image"']);
    expect([...m.tensors!.keys()]).toEqual(['image', 'c1', 'c2']);
    expect(m.outputs.map((o) => o.name)).toEqual(['c2']);
    expect(figures(rfOf(m, 'c2'))).toEqual({ rf: 7, rfMin: 7, stride: 2, start: -2, size: [32, 32] });
  });

  it('points every node at its object in the file', () => {
    const text = small().text();
    const m = model(load(text));
    const line = text.slice(0, text.lastIndexOf('{', text.indexOf('"name": "c2"'))).split('\n').length;
    expect(m.positions[m.tensors!.get('c2')!]).toMatchObject({ line, column: 4 });
    expect(m.outputs[0]!.position).toMatchObject({ line });
  });

  it('an unknown input size (−1) leaves it open; --input-size sets it (one value: square)', () => {
    const g = new GraphJson();
    const x = g.node('x', 'Placeholder', [], { shape: { shape: { dim: [{ size: '-1' }, { size: '-1' }, { size: '-1' }, { size: '3' }] } } });
    g.conv('c', x, 3, { stride: 2 });
    expect(model(load(g.text())).inputSize).toBeUndefined();
    const m = model(load(g.text(), { inputSize: [100] }));
    expect(m.inputSize).toEqual([100, 100]);
    expect(m.assumptions).toEqual(['input 100×100 (height × width) from the input size given']);
  });

  it('reads NCHW strides, dilations and input shape in their own order', () => {
    const g = new GraphJson();
    const x = g.node('x', 'Placeholder', [], { shape: { shape: { dim: ['-1', '3', '40', '40'].map((size) => ({ size })) } } });
    g.conv('c', x, 3, { stride: 2, dilation: 2, format: 'NCHW', padding: 'VALID' });
    const m = model(load(g.text()));
    expect(m.inputSize).toEqual([40, 40]);
    expect(figures(rfOf(m, 'c'))).toEqual({ rf: 5, rfMin: 5, stride: 2, start: 0, size: [18, 18] });
  });

  it('skips control inputs (^name), reads output indexes (name:1) and filters behind Identity', () => {
    const g = small();
    const w = g.weight('c3/w', [5, 5, 4, 4]);
    const read = g.node('c3/w/read', 'Identity', [w]);
    g.node('c3', 'Conv2D', ['c2:0', read, '^c1'], { strides: ints([1, 1, 1, 1]), padding: { s: b64('VALID') } });
    const m = model(load(g.text()));
    expect(figures(rfOf(m, 'c3'))).toEqual({ rf: 15, rfMin: 15, stride: 2, start: -2, size: [28, 28] });
    expect(m.outputs.map((o) => o.name)).toEqual(['c3']);
  });

  it('folds what only constants and shapes feed, whatever its op', () => {
    const g = small();
    const shape = g.node('s', 'Shape', ['c2']);
    g.node('odd', 'StridedSlice', [shape, g.ints('b', [1], [1]), g.ints('e', [3], [1]), g.ints('st', [1], [1])]);
    expect(model(load(g.text())).outputs.map((o) => o.name)).toEqual(['c2']);
  });

  it('pointwise: activations, a Mul by a constant, Softmax over channels, a Mean over channels, a Squeeze of the batch', () => {
    const g = small();
    let x = g.node('relu', 'Relu6', ['c2']);
    x = g.node('scale', 'Mul', [x, g.weight('k', [])]);
    x = g.node('soft', 'Softmax', [x]);
    x = g.node('mean_c', 'Mean', [x, g.ints('axes', [-1], [1])], { keep_dims: { b: true } });
    g.node('sq', 'Squeeze', [x], { squeeze_dims: ints([0]) });
    expect(figures(rfOf(model(load(g.text())), 'sq'))).toEqual({ rf: 7, rfMin: 7, stride: 2, start: -2, size: [32, 32] });
  });

  it('global, with the reason: a Mean whose axes are in the weight shards, a Squeeze of the spatial axes, a MatMul', () => {
    const g = small();
    g.node('gap', 'Mean', ['c2', g.weight('axes', [2])]);
    g.node('sq', 'Squeeze', ['c2'], { squeeze_dims: ints([1, 2]) });
    g.node('fc', 'MatMul', ['c2', g.weight('fc/w', [4, 2])]);
    const m = model(load(g.text()));
    const reason = (name: string) => {
      const t = rfOf(m, name);
      return t.global ? (m.graph.nodes[t.globalAt!]!.op as { reason?: string }).reason : 'not global';
    };
    expect(reason('gap')).toBe('Mean (its axes are stored in the weight shards (Const "axes"): taken as spatial)');
    expect(reason('sq')).toBe('Squeeze of the spatial axes');
    expect(reason('fc')).toBe('MatMul');
  });

  it('a concat whose axis is in the weight shards joins channels, and says so', () => {
    const g = small();
    g.node('cat', 'ConcatV2', ['c2', 'c2', g.weight('axis', [])], { N: { i: '2' } });
    const m = model(load(g.text()));
    expect(figures(rfOf(m, 'cat'))).toEqual({ rf: 7, rfMin: 7, stride: 2, start: -2, size: [32, 32] });
    expect(m.assumptions).toContain('1 concat ("cat") joins channels: its axis is in the weight shards');
  });

  it('a split of the channels: every output (name:k) reads the same positions', () => {
    const g = small();
    g.node('halves', 'Split', [g.ints('axis', [3], []), 'c2'], { num_split: { i: '2' } });
    g.node('thirds', 'SplitV', ['c2', g.weight('sizes', [3]), g.weight('axis2', [])], { num_split: { i: '3' } });
    g.node('sum', 'AddV2', ['halves:0', 'halves:1']);
    g.node('last', 'Relu', ['thirds:2']);
    const m = model(load(g.text()));
    expect(figures(rfOf(m, 'sum'))).toEqual({ rf: 7, rfMin: 7, stride: 2, start: -2, size: [32, 32] });
    expect(figures(rfOf(m, 'last'))).toEqual({ rf: 7, rfMin: 7, stride: 2, start: -2, size: [32, 32] });
    expect(m.assumptions).toContain('1 split ("thirds") splits channels: its axis is in the weight shards');
  });

  it('an op it does not know after a global layer (a detector\'s post-processing) is global, not an error', () => {
    const g = small();
    const flat = g.node('flat', 'Reshape', ['c2', g.weight('shape', [2])]);
    const top = g.node('top', 'TopKV2', [flat, g.ints('k', [10], [])]);
    g.node('nms', 'NonMaxSuppressionV5', [top, 'top:1', g.weight('iou', [])]);
    const m = model(load(g.text()));
    const t = rfOf(m, 'nms');
    expect(t.global).toBe(true);
    expect(m.graph.nodes[t.globalAt!]!.name).toBe('flat');
  });

  it('--assume maps an op it does not know', () => {
    const g = small();
    g.node('norm', 'MyInstanceNorm', ['c2']);
    expect(figures(rfOf(model(load(g.text(), { assume: new Map([['MyInstanceNorm', 'pointwise']]) })), 'norm')).rf).toBe(7);
    const m = model(load(g.text(), { assume: new Map([['MyInstanceNorm', 'global']]) }));
    expect(rfOf(m, 'norm').global).toBe(true);
    expect(m.graph.nodes[m.tensors!.get('norm')!]!.op).toEqual({ kind: 'global', reason: 'MyInstanceNorm (assumed global)' });
  });

  it('resizes from an input size given when the Placeholder leaves it open', () => {
    const g = new GraphJson();
    const x = g.node('x', 'Placeholder', [], { shape: { shape: { dim: [{ size: '-1' }, { size: '-1' }, { size: '-1' }, { size: '3' }] } } });
    const c = g.conv('c', x, 3, { stride: 2 });
    g.node('up', 'ResizeNearestNeighbor', [c, g.ints('size', [64, 64], [2])]);
    expect(figures(rfOf(model(load(g.text(), { inputSize: [64, 64] })), 'up'))).toEqual({ rf: 3, rfMin: 3, stride: 1, start: 0, size: [64, 64] });
  });
});
