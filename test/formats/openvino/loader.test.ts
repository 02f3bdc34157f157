/**
 * What the OpenVINO loader makes of each opset layer, against figures worked out by hand from the
 * operation specs (a k-window at stride s seen from output 0 starts at −begin pad; SAME_UPPER's
 * begin pad is ⌊total/2⌋, SAME_LOWER's ⌈total/2⌉; rounding_type ceil keeps the last partial
 * window, ceil_torch drops one that starts in the end padding).
 */
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/formats/index.js';
import { type L, figures, input, ir, load, model, onlyError, rfOf, result } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const conv = (name: string, from: string, k: number, out: number[], data: Record<string, string>): L => ({ name, type: 'Convolution', from: [from, `const:8,3,${k},${k}`], data: { strides: '1,1', dilations: '1,1', pads_begin: '0,0', pads_end: '0,0', auto_pad: 'explicit', ...data }, out: [out] });

describe('OpenVINO IRs', () => {
  it('are recognised by their <net version> root, whatever the name; other XML is not', () => {
    expect(loaderFor('a.xml', bytes('<?xml version="1.0"?>\n<!-- x -->\n<net name="m" version="11">'))?.format).toBe('openvino');
    expect(loaderFor('a.txt', bytes('<net version="10" name="m">'))?.format).toBe('openvino');
    expect(loaderFor('pom.xml', bytes('<?xml version="1.0"?>\n<project><version>1</version></project>'))).toBeUndefined();
    expect(loaderFor('a.xml', bytes('<annotation><net/></annotation>'))).toBeUndefined();
  });

  it('Convolution: strides, dilations, explicit pads, and SAME_UPPER / SAME_LOWER from the size', () => {
    const m = model(
      load(
        ir([
          input(),
          conv('c', 'data', 3, [1, 8, 31, 64], { strides: '2,1', dilations: '1,2', pads_begin: '0,2', pads_end: '0,2' }),
          conv('up', 'data', 3, [1, 8, 32, 32], { strides: '2,2', auto_pad: 'same_upper' }),
          conv('low', 'data', 3, [1, 8, 32, 32], { strides: '2,2', auto_pad: 'same_lower' }),
          result('c'),
          result('up'),
          result('low'),
        ]),
      ),
    );
    expect(m.outputs.map((o) => o.name)).toEqual(['c_out', 'up_out', 'low_out']);
    expect(figures(rfOf(m, 'c'))).toEqual({ rf: [3, 5], rfMin: [3, 5], stride: [2, 1], start: [0, -2], size: [31, 64 + 4 - 5 + 1] });
    expect(figures(rfOf(m, 'up'))).toMatchObject({ start: [0, 0], size: [32, 32] });
    expect(figures(rfOf(m, 'low'))).toMatchObject({ start: [-1, -1], size: [32, 32] });
  });

  it('GroupConvolution takes its kernel from the 5-D weights; the layer and its port names both name it', () => {
    const m = model(load(ir([input(), { name: 'g', type: 'GroupConvolution', from: ['data', 'const:3,1,1,5,5'], data: { strides: '1,1', dilations: '1,1', pads_begin: '2,2', pads_end: '2,2' }, out: [[1, 3, 64, 64]] }, result('g')])));
    expect(figures(rfOf(m, 'g'))).toEqual({ rf: [5, 5], rfMin: [5, 5], stride: [1, 1], start: [-2, -2], size: [64, 64] });
    expect(m.tensors!.get('g_out')).toBe(m.tensors!.get('g'));
  });

  it('MaxPool rounding: ceil keeps the last partial window (as the port dims say), ceil_torch drops it, floor floors', () => {
    const pool = (name: string, rounding: string, out: number, version = 'opset8'): L => ({ name, type: 'MaxPool', version, from: ['data'], data: { kernel: '2,2', strides: '2,2', pads_begin: '1,1', pads_end: '1,1', rounding_type: rounding, auto_pad: 'explicit' }, out: [[1, 3, out, out], [1, 3, out, out]] });
    // 5 + 2 − 2 = 5 over stride 2: ceil gives 4 windows, the 4th starting at 5 = in + pad begin.
    const m = model(load(ir([input(5, 5), pool('ceil', 'ceil', 4), pool('torch', 'ceil_torch', 3, 'opset14'), pool('floor', 'floor', 3), result('ceil'), result('torch'), result('floor')])));
    expect(figures(rfOf(m, 'ceil'))).toEqual({ rf: [2, 2], rfMin: [2, 2], stride: [2, 2], start: [-1, -1], size: [4, 4] });
    expect(figures(rfOf(m, 'torch')).size).toEqual([3, 3]);
    expect(figures(rfOf(m, 'floor')).size).toEqual([3, 3]);
  });

  it('ConvolutionBackpropData: explicit pads, and SAME cut to the output port with the extra pixel at the end or the start', () => {
    const deconv = (name: string, data: Record<string, string>, out: number): L => ({ name, type: 'ConvolutionBackpropData', from: ['data', 'const:3,8,3,3'], data: { strides: '2,2', dilations: '1,1', pads_begin: '0,0', pads_end: '0,0', output_padding: '0,0', ...data }, out: [[1, 8, out, out]] });
    const m = model(load(ir([input(), deconv('p', { pads_begin: '1,1', pads_end: '1,1' }, 127), deconv('u', { auto_pad: 'same_upper' }, 128), deconv('l', { auto_pad: 'same_lower' }, 128), result('p'), result('u'), result('l')])));
    expect(figures(rfOf(m, 'p')).size).toEqual([127, 127]);
    // Full output (64 − 1)·2 + 3 = 129, cut to 128.
    expect(m.graph.nodes[m.tensors!.get('u')!]!.op).toMatchObject({ kind: 'deconv', pad: [{ begin: 0, end: 1 }, { begin: 0, end: 1 }] });
    expect(m.graph.nodes[m.tensors!.get('l')!]!.op).toMatchObject({ kind: 'deconv', pad: [{ begin: 1, end: 0 }, { begin: 1, end: 0 }] });
    expect(figures(rfOf(m, 'u')).size).toEqual([128, 128]);
  });

  it('Interpolate: the scale from the ports, nearest (asymmetric, floor) and linear (half-pixel)', () => {
    const down = conv('down', 'data', 3, [1, 8, 32, 32], { strides: '2,2', pads_begin: '1,1', pads_end: '1,1' });
    const resize = (name: string, mode: string, extra: Record<string, string>): L => ({ name, type: 'Interpolate', version: 'opset11', from: ['down', 'const:4'], data: { mode, shape_calculation_mode: 'scales', antialias: 'false', pads_begin: '0,0,0,0', pads_end: '0,0,0,0', ...extra }, out: [[1, 8, 64, 64]] });
    const m = model(load(ir([input(), down, resize('near', 'nearest', { coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor' }), resize('lin', 'linear_onnx', { coordinate_transformation_mode: 'half_pixel' }), result('near'), result('lin')])));
    expect(figures(rfOf(m, 'near'))).toEqual({ rf: [3, 3], rfMin: [3, 3], stride: [1, 1], start: [-1, -1], size: [64, 64] });
    expect(figures(rfOf(m, 'lin'))).toMatchObject({ rf: [5, 5], size: [64, 64] });
    const aa = onlyError(load(ir([input(), down, resize('aa', 'linear', { antialias: 'true' }), result('aa')])));
    expect(aa).toMatchObject({ code: 'RF630' });
  });

  it('an NHWC input is read as channels last; Transpose and Reshape move the axes as the port dims say', () => {
    const m = model(
      load(
        ir([
          { name: 'img', type: 'Parameter', data: { shape: '1,48,64,3', element_type: 'f32' }, out: [[1, 48, 64, 3]] },
          { name: 'nchw', type: 'Transpose', from: ['img', 'const:4'], out: [[1, 3, 48, 64]] },
          conv('c', 'nchw', 3, [1, 8, 24, 32], { strides: '2,2', pads_begin: '1,1', pads_end: '1,1' }),
          // Space-to-depth as a reshape: [1, 8, 24, 32] → [1, 8, 12, 2, 16, 2] is not a regroup
          // the loader can follow through the transpose it needs, so keep to a channel regroup.
          { name: 'r', type: 'Reshape', from: ['c', 'const:5'], data: { special_zero: 'true' }, out: [[1, 2, 4, 24, 32]] },
          result('r'),
        ]),
      ),
    );
    expect(m.inputSize).toEqual([48, 64]);
    expect(m.assumptions).toContain('input "img" 1×48×64×3 read as N, H, W, C (channels last)');
    expect(figures(rfOf(m, 'r'))).toEqual({ rf: [3, 3], rfMin: [3, 3], stride: [2, 2], start: [-1, -1], size: [24, 32] });
  });

  it('a Pad whose split lives in the .bin: the total from the ports, split evenly, and said', () => {
    const m = model(load(ir([input(), { name: 'pad', type: 'Pad', from: ['data', 'const:4', 'const:4'], data: { pad_mode: 'constant' }, out: [[1, 3, 66, 68]] }, result('pad')])));
    expect(figures(rfOf(m, 'pad'))).toMatchObject({ start: [-1, -2], size: [66, 68] });
    expect(m.assumptions!.some((a) => a.startsWith('Pad "pad": its 2×4 pixels of padding split 1×2 before, 1×2 after'))).toBe(true);
  });

  it('global pooling by ReduceMean, a classifier MatMul: global with the layer that made it so', () => {
    const m = model(load(ir([input(), { name: 'gap', type: 'ReduceMean', from: ['data', 'const:2'], data: { keep_dims: 'true' }, out: [[1, 3, 1, 1]] }, { name: 'flat', type: 'Reshape', from: ['gap', 'const:2'], out: [[1, 3]] }, { name: 'fc', type: 'MatMul', from: ['flat', 'const:10,3'], out: [[1, 10]] }, result('fc')])));
    expect(m.graph.nodes[m.tensors!.get('gap')!]!.op).toEqual({ kind: 'global', reason: 'ReduceMean over the spatial axes: layer "gap"' });
    expect(rfOf(m, 'fc_out').global).toBe(true);
  });

  it('a squeeze-and-excitation Multiply is a channel-attention gate: global, or pointwise when asked', () => {
    const text = ir([input(), { name: 'gap', type: 'ReduceMean', from: ['data', 'const:2'], data: { keep_dims: 'true' }, out: [[1, 3, 1, 1]] }, { name: 's', type: 'Sigmoid', from: ['gap'], out: [[1, 3, 1, 1]] }, { name: 'se', type: 'Multiply', from: ['data', 's'], data: { auto_broadcast: 'numpy' }, out: [[1, 3, 64, 64]] }, result('se')]);
    const gated = load(text);
    expect(gated.diagnostics.map((d) => d.code)).toEqual(['RF631']);
    expect(rfOf(model(gated), 'se').global).toBe(true);
    expect(figures(rfOf(model(load(text, { channelAttentionPointwise: true })), 'se')).rf).toEqual([1, 1]);
  });

  it('a spatial Concat is refused; a channel one merges', () => {
    const a = conv('a', 'data', 3, [1, 8, 64, 64], { pads_begin: '1,1', pads_end: '1,1' });
    const b = conv('b', 'data', 5, [1, 8, 64, 64], { pads_begin: '2,2', pads_end: '2,2' });
    const m = model(load(ir([input(), a, b, { name: 'cat', type: 'Concat', from: ['a', 'b'], data: { axis: 1 }, out: [[1, 16, 64, 64]] }, result('cat')])));
    expect(figures(rfOf(m, 'cat'))).toMatchObject({ rf: [5, 5], start: [-2, -2] });
    const e = onlyError(load(ir([input(), a, b, { name: 'cat', type: 'Concat', from: ['a', 'b'], data: { axis: 3 }, out: [[1, 8, 64, 128]] }, result('cat')])));
    expect(e).toMatchObject({ code: 'RF630' });
    expect(e.message).toContain('concatenates along axis 3, a spatial axis');
  });

  it('an unknown type is refused at its type attribute, and --assume is the way out', () => {
    const text = ir([input(), { name: 'act', type: 'MyAct', version: 'extension', from: ['data'], out: [[1, 3, 64, 64]] }, result('act')]);
    const e = onlyError(load(text));
    expect(e).toMatchObject({ code: 'RF625' });
    expect(e.message).toContain('unknown layer type `MyAct`');
    expect(e.message).toContain('--assume MyAct=pointwise');
    expect(e.line).toBeGreaterThan(1);
    expect(model(load(text, { assume: new Map([['MyAct', 'pointwise']]) })).assumptions).toContain('layers of type MyAct are treated as pointwise, as asked');
  });
});
