/**
 * Real ONNX files (../shared/fixtures/realworld/onnx, see SOURCES.md there) through the loader
 * and the engine. SOURCES.md's numbers come from a separate calculator; each is checked here,
 * and each also by hand from the layer list in the comment.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { loadFile, rfOf, strides } from '../formats/onnx/helpers.js';
import { REALWORLD } from './dir.js';

const DIR = join(REALWORLD, 'onnx');

describe('real ONNX files', () => {
  it('light_bvlc_alexnet: IR 3 inputs, group conv, LRN, asymmetric pool pads; pool5 RF 195, stride 32', async () => {
    const { model, diagnostics } = await loadFile(`${DIR}/light_bvlc_alexnet.onnx`);
    expect(diagnostics).toEqual([]);
    // IR 3 lists every weight among graph.input: the data input is the one that is not an initializer.
    expect(model!.graph.nodes[0]).toMatchObject({ name: 'data_0', op: { kind: 'input' } });
    expect(model!.inputSize).toEqual([224, 224]);
    // conv1 11/4 → 11; pool1 3/2 → 19; conv2 5 pad 2 → 51; pool2 → 67; conv3-5 3×3 → 99, 131, 163; pool5 3/2 → 195.
    expect(model!.graph.nodes[model!.tensors!.get('r14')!]!.op).toMatchObject({ kind: 'conv', pool: 'max', kernel: [3, 3] });
    const t = rfOf(model!, 'r14'); // pool5
    expect(t.rf).toEqual([195, 195]);
    expect(strides(t)).toEqual(['32', '32']);
    expect(t.size).toEqual([6, 6]);
    // The classifier (Flatten/Gemm) output is reported, as global.
    expect(model!.outputs).toEqual([{ name: 'prob_1', node: model!.graph.nodes.length - 1, thresholds: {} }]);
    expect(rfOf(model!, 'prob_1').global).toBe(true);
  });

  it('light_resnet50: Sum residuals, BatchNorm; last conv RF 427, after the 7×7 AveragePool 619, stride 32', async () => {
    const { model, diagnostics } = await loadFile(`${DIR}/light_resnet50.onnx`);
    expect(diagnostics).toEqual([]);
    const last = rfOf(model!, 'r170'); // the last residual Sum (res5c)
    expect(last.rf).toEqual([427, 427]);
    expect(strides(last)).toEqual(['32', '32']);
    expect(last.size).toEqual([7, 7]);
    const pooled = rfOf(model!, 'r172'); // AveragePool 7×7: 427 + 6·32 = 619
    expect(pooled.rf).toEqual([619, 619]);
    expect(pooled.size).toEqual([1, 1]);
    expect(rfOf(model!, 'gpu_0/softmax_1').global).toBe(true);
  });

  it('light_squeezenet: Concat fire modules, GlobalAveragePool output', async () => {
    const { model, diagnostics } = await loadFile(`${DIR}/light_squeezenet.onnx`);
    expect(diagnostics).toEqual([]);
    // SqueezeNet 1.1: conv1 3/2 → 3; pool 3/2 → 7; fire2, fire3 (+2·4 each) → 23; pool → 31;
    // fire4, fire5 (+2·8) → 63; pool → 79; fire6…9 (+2·16) → 207; conv10 1×1 → 207.
    const conv10 = rfOf(model!, 'r63');
    expect(conv10.rf).toEqual([207, 207]);
    expect(strides(conv10)).toEqual(['16', '16']);
    expect(conv10.size).toEqual([13, 13]);
    // The output [1, 1000, 1, 1] has spatial axes but comes from a global pool: reported global.
    expect(model!.outputs.map((o) => o.name)).toEqual(['softmaxout_1']);
    expect(rfOf(model!, 'softmaxout_1').global).toBe(true);
  });

  it('test_ConvTranspose2d: strides [3, 2], output_padding, pads: RF 1 and 2, stride 1/3 and 1/2', async () => {
    const { model, diagnostics } = await loadFile(`${DIR}/test_ConvTranspose2d/model.onnx`);
    expect(diagnostics).toEqual([]);
    const t = rfOf(model!, model!.outputs[0]!.name);
    // k = 3 with s = 3: each output has exactly one input tap; with s = 2 some have two.
    expect(t.rf).toEqual([1, 2]);
    expect(t.rfMin).toEqual([1, 1]);
    expect(strides(t)).toEqual(['1/3', '1/2']);
    // (7 − 1)·3 − 2 + 3 + 1 = 20 and (6 − 1)·2 − 2 + 3 + 1 = 12.
    expect(t.size).toEqual([20, 12]);
  });

  it('test_Conv2d_dilated: dilation 2, stride 2 → RF 5, stride 2', async () => {
    const { model } = await loadFile(`${DIR}/test_Conv2d_dilated/model.onnx`);
    const t = rfOf(model!, model!.outputs[0]!.name);
    expect(t.rf).toEqual([5, 5]);
    expect(strides(t)).toEqual(['2', '2']);
  });

  it('test_ZeroPad2d: Pad attribute form over all four axes [0,0,3,1, 0,0,4,2]', async () => {
    const { model } = await loadFile(`${DIR}/test_ZeroPad2d/model.onnx`);
    const t = rfOf(model!, model!.outputs[0]!.name);
    expect(t.rf).toEqual([1, 1]);
    expect(t.start).toEqual([-3, -1]);
    expect(t.size).toEqual([4 + 3 + 4, 4 + 1 + 2]);
  });
});

describe('runCheck on a real ONNX export', () => {
  it('checks intermediate tensors that a rule names, with the published ResNet-50 RF', async () => {
    const { rules } = parseRules(`- files: "*resnet50*.onnx"\n  outputs: ["r160", "r169"]\n  min_rf: 400\n`, 'rules.yaml');
    const report = await runCheck({ cwd: DIR, patterns: ['light_resnet50.onnx'], rules });
    const outputs = report.files[0]!.outputs;
    expect(report.files[0]!.format).toBe('onnx');
    // The graph output is the softmax: global. The last stage's tensor has RF 427 at stride 32.
    expect(outputs.map((o) => [o.name, o.rf, o.stride, o.status])).toEqual([
      ['gpu_0/softmax_1', null, null, 'unchecked'],
      ['r160', [363, 363], [32, 32], 'fail'],
      ['r169', [427, 427], [32, 32], 'pass'],
    ]);
    expect(report.diagnostics).toEqual([]);
  });
});
