/**
 * Real OpenVINO IRs from openvinotoolkit/datumaro (MIT, kept with its licence), against truth from
 * outside rflint: the same network's ONNX export read by the ONNX loader and measured by PyTorch
 * gradients (torchvision's mobilenet_v2), and the Distill table (Araujo, Norris & Sim 2019,
 * "Computing Receptive Fields of Convolutional Neural Networks": mobilenet_v1 r 315, S 32, P 126).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/check/load-file.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadedModel } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';
import { readIr } from '../../../src/formats/openvino/ir.js';
import { parseXml } from '../../../src/formats/openvino/xml.js';
import { analyze, tensorRF as engineRF } from '../../../src/rf/index.js';
import { rfOf } from '../../support/loaded.js';

const DIR = 'test/fixtures/openvino/datumaro';

function figures(t: TensorRF): Record<string, unknown> {
  if (t.global) return { global: true };
  return { rf: t.rf, rfMin: t.rfMin, stride: t.stride!.map(toNumber), start: t.start, size: t.size };
}

async function load(dir: string, file: string, options: Partial<LoadOptions> = {}): Promise<LoadedModel> {
  const result = await loadFile(dir, file, { limits: DEFAULT_LIMITS, ...options });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!;
}

const measured = JSON.parse(readFileSync('test/fixtures/onnx/measured.json', 'utf8')) as {
  models: Record<string, { outputs: Record<string, { rf: number[]; rfMin: number[]; stride: number[]; size: number[] }> }>;
};

describe('OpenVINO IRs from openvinotoolkit/datumaro', () => {
  it("mobilenet-v2-pytorch: Open Model Zoo's torchvision mobilenet_v2 reads as the ONNX export of it does", async () => {
    const ir = await load(DIR, 'mobilenet-v2-pytorch.xml');
    const onnx = await load('test/fixtures/onnx', 'mobilenet_v2.onnx');
    expect([ir.format, ir.inputSize, ir.outputs.map((o) => o.name)]).toEqual(['openvino', [224, 224], ['prob']]);
    expect(rfOf(ir, 'prob').global).toBe(true);
    // The last tensor of each stride stage in the IR (named after the ONNX node outputs of the
    // export Open Model Zoo converted) and in torchvision's module names.
    for (const [tensor, stage] of [
      ['368', 'features.6'],
      ['429', 'features.13'],
      ['463', 'features.18'],
    ] as const) {
      const got = figures(rfOf(ir, tensor));
      expect(got, tensor).toEqual(figures(rfOf(onnx, stage)));
      const truth = measured.models.mobilenet_v2!.outputs[stage]!;
      expect({ rf: got.rf, rfMin: got.rfMin, stride: got.stride, size: got.size }).toEqual({ rf: truth.rf, rfMin: truth.rfMin, stride: truth.stride, size: truth.size });
    }
  });

  it('ssd_mobilenet_v1_coco: the MobileNet v1 backbone has the Distill figures (r 315, S 32, P 126 at 224)', async () => {
    const tensor = 'FeatureExtractor/MobilenetV1/MobilenetV1/Conv2d_13_pointwise/Relu6';
    const at300 = await load(DIR, 'ssd_mobilenet_v1_coco.xml');
    expect(at300.inputSize).toEqual([300, 300]);
    // TF SAME padding: at 300 the begin pads are 0, 0, 1, 0, 1, 1 at strides 1…16 (a closed-form
    // sum over the layers gives −146); at 224 they give Distill's P = 126.
    expect(figures(rfOf(at300, tensor))).toEqual({ rf: [315, 315], rfMin: [315, 315], stride: [32, 32], start: [-146, -146], size: [10, 10] });
    const at224 = await load(DIR, 'ssd_mobilenet_v1_coco.xml', { inputSize: [224, 224] });
    expect(figures(rfOf(at224, tensor))).toEqual({ rf: [315, 315], rfMin: [315, 315], stride: [32, 32], start: [-126, -126], size: [7, 7] });
    // The detector's output is global: its box predictors are reshaped into one list of boxes.
    expect(at300.outputs.map((o) => o.name)).toEqual(['DetectionOutput']);
    expect(rfOf(at300, 'DetectionOutput').global).toBe(true);
  });

  // OpenVINO's own shape inference wrote every port's dims: the engine's sizes must agree with
  // them at every convolution, pooling and merge (the layers whose sizes rflint computes itself).
  it.each(['mobilenet-v2-pytorch.xml', 'ssd_mobilenet_v1_coco.xml'])('%s: every convolution, pooling and Add has the size its output port says', async (file) => {
    const m = await load(DIR, file);
    const parsed = parseXml(readFileSync(`${DIR}/${file}`, 'utf8'), { maxDepth: 64, maxElements: 10_000_000 });
    if (!('root' in parsed)) throw new Error('parse');
    const ir = readIr(parsed.root, 1_000_000);
    if (!('layers' in ir)) throw new Error('ir');
    const analysis = analyze(m.graph, { inputSize: m.inputSize! });
    let checked = 0;
    for (const layer of ir.layers) {
      if (!['Convolution', 'GroupConvolution', 'MaxPool', 'AvgPool', 'Add'].includes(layer.type)) continue;
      const node = m.tensors!.get(layer.name);
      const dims = layer.outputs[0]!.dims;
      if (node === undefined || dims.length !== 4) continue;
      const t = engineRF(analysis, node);
      if (t instanceof Error || t.global) continue;
      expect(t.size, layer.name).toEqual([dims[2], dims[3]]);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
