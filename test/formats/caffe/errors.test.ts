/** What a user sees for a bad prototxt: the code, the message, the line and column. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { conv, load, net, onlyError } from './helpers.js';

describe('Caffe prototxt errors', () => {
  it.each([
    ['a syntax error', 'layer {\n  name: "a"\n', 'RF380', 3, 1, 'the file ends inside a message'],
    ['a solver given by name', 'net: "x.prototxt"\nbase_lr: 0.1\n', 'RF382', 1, 1, 'the net: unknown field `net`'],
    ['no layers', 'name: "x"\ninput: "data"\n', 'RF381', 1, 1, 'no `layer { … }` blocks'],
    ['a misspelt layer field', net('layer {\n  name: "c"\n  type: "ReLU"\n  botom: "data"\n  top: "c"\n}'), 'RF382', 7, 3, 'layer "c": unknown field `botom`; did you mean `bottom`?'],
    ['a misspelt parameter', net('layer { name: "c" type: "Convolution" bottom: "data" top: "c" convolution_param { kernal_size: 3 } }'), 'RF382', 4, 83, 'convolution_param of layer "c": unknown field `kernal_size`; did you mean `kernel_size`?'],
    ['an unknown type', net('layer { name: "act" type: "Relu" bottom: "data" top: "act" }'), 'RF386', 4, 27, 'layer "act": unknown layer type `Relu`; did you mean `ReLU`?'],
    ['an unknown legacy type', net('layers { name: "c" type: CONVOLUTON bottom: "data" top: "c" }'), 'RF386', 4, 26, 'unknown legacy layer type `CONVOLUTON`; did you mean `CONVOLUTION`?'],
    ['a missing kernel', net('layer { name: "c" type: "Convolution" bottom: "data" top: "c" convolution_param { num_output: 2 } }'), 'RF384', 4, 63, 'convolution_param of layer "c": missing `kernel_size`'],
    ['a kernel that is not an integer', net('layer { name: "c" type: "Convolution" bottom: "data" top: "c" convolution_param { kernel_size: 2.5 } }'), 'RF383', 4, 96, '`kernel_size` must be an integer, got 2.5'],
    ['a zero stride', net('layer { name: "p" type: "Pooling" bottom: "data" top: "p" pooling_param { kernel_size: 2 stride: 0 } }'), 'RF383', 4, 98, '`stride` must be an integer ≥ 1, got 0'],
    ['kernel_size with kernel_h', net('layer { name: "c" type: "Convolution" bottom: "data" top: "c" convolution_param { kernel_size: 3 kernel_h: 3 kernel_w: 3 } }'), 'RF383', 4, 108, 'cannot be given with `kernel_size`'],
    ['three kernel sizes for two axes', net('layer { name: "c" type: "Convolution" bottom: "data" top: "c" convolution_param { kernel_size: 3 kernel_size: 3 kernel_size: 3 } }'), 'RF383', 4, 126, 'is given 3 times'],
    ['a pad as large as the pooling kernel', net('layer { name: "p" type: "Pooling" bottom: "data" top: "p" pooling_param { kernel_size: 2 pad: 2 } }'), 'RF383', 4, 95, 'must be below the kernel size (2)'],
    ['a bad pool enum', net('layer { name: "p" type: "Pooling" bottom: "data" top: "p" pooling_param { pool: AVG kernel_size: 2 } }'), 'RF383', 4, 81, 'must be one of MAX, AVE, STOCHASTIC, got AVG; did you mean `AVE`?'],
    ['a type given as an enum in a V2 layer', net('layer { name: "c" type: RELU bottom: "data" top: "c" }'), 'RF383', 4, 25, '`type` must be a quoted string'],
    ['an unknown bottom', net(conv('conv1', 'data') + conv('conv2', 'cnov1')), 'RF385', 5, 51, 'layer "conv2": bottom `cnov1` is not produced by an earlier layer or input; did you mean `conv1`?'],
    ['a bottom before its writer', net(conv('b', 'a') + conv('a', 'data')), 'RF385', 4, 47, 'bottom `a` is not produced by an earlier layer'],
    ['no bottom', net('layer { name: "r" type: "ReLU" top: "r" }'), 'RF384', 4, 1, 'layer "r" (ReLU) has no `bottom`'],
    ['no top', net('layer { name: "r" type: "ReLU" bottom: "data" }'), 'RF384', 4, 1, 'layer "r" (ReLU) has no `top`'],
    ['an Eltwise of one blob', net('layer { name: "e" type: "Eltwise" bottom: "data" top: "e" }'), 'RF384', 4, 1, 'needs two bottoms or more'],
    ['a spatial Slice', net('layer { name: "s" type: "Slice" bottom: "data" top: "a" top: "b" slice_param { axis: 2 } }'), 'RF391', 4, 1, 'a Slice along axis 2'],
    ['input_dim not 4 per input', 'input: "data"\ninput_dim: 1\ninput_dim: 3\ninput_dim: 224\nlayer { name: "r" type: "ReLU" bottom: "data" top: "r" }', 'RF392', 1, 8, 'gives 3 `input_dim` for 1 input'],
    ['a 3-dim image input', 'input: "data"\ninput_shape { dim: 1 dim: 224 dim: 224 }\nlayer { name: "r" type: "ReLU" bottom: "data" top: "r" }', 'RF392', 1, 8, 'has 3 dims'],
    ['a crop past the end', net(`${conv('c', 'data', 'kernel_size: 1 stride: 2')}layer { name: "k" type: "Crop" bottom: "data" bottom: "c" top: "k" crop_param { offset: 40 } }`), 'RF383', 5, 1, 'runs past the end of `data`'],
    ['a crop with one bottom', net('layer { name: "k" type: "Crop" bottom: "data" top: "k" }'), 'RF383', 4, 1, 'a Crop takes two bottoms'],
  ])('%s', (_what, text, code, line, column, message) => {
    const e = onlyError(load(text));
    expect(e.message).toContain(message);
    expect([e.code, e.line, e.column]).toEqual([code, line, column]);
    expect(e.file).toBe('deploy.prototxt');
  });

  it('the unknown-type error names the way out', () => {
    const e = onlyError(load(net('layer { name: "up" type: "Mish" bottom: "data" top: "up" }')));
    expect(e.message).toBe('layer "up": unknown layer type `Mish`; if it maps each position to itself (an activation, a norm) say so with `--assume Mish=pointwise` (rules: `assume: { Mish: pointwise }`), or `=global` if it sees the whole input');
  });

  it('a Crop needs the sizes', () => {
    const text = net(`${conv('c', 'data', 'kernel_size: 1 stride: 2')}layer { name: "k" type: "Crop" bottom: "data" bottom: "c" top: "k" }`, 'input: "data"');
    const e = onlyError(load(text));
    expect([e.code, e.line]).toEqual(['RF389', 4]);
    expect(e.message).toContain('give --input-size');
    expect(load(text, { inputSize: [64, 64] }).model).toBeDefined();
  });

  it('reports every bad layer, not only the first', () => {
    const result = load(net('layer { name: "a" type: "Relu" bottom: "data" top: "a" }\nlayer { name: "b" type: "Sigmod" bottom: "a" top: "b" }'));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['RF386', 4], ['RF386', 5]]);
  });

  it('limits nesting and the number of layers', () => {
    const deep = onlyError(load(net('layer { name: "a" type: "ReLU" bottom: "data" top: "a" param { x { y { z: 1 } } } }'), { limits: { ...DEFAULT_LIMITS, maxDepth: 3 } }));
    expect(deep.code).toBe('RF380');
    const many = onlyError(load(net(conv('a', 'data') + conv('b', 'a')), { limits: { ...DEFAULT_LIMITS, maxNodes: 1 } }));
    expect([many.code, many.line]).toEqual(['RF390', 5]);
  });
});
