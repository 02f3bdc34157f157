/**
 * ncnn's own benchmark nets (test/fixtures/ncnn/benchmark, BSD-3 from Tencent/ncnn) against the
 * RFs test/fixtures/gen/ncnn_oracle.py measured by gradients in PyTorch, from its own reading of
 * the param text and of ncnn's layers: every output and every Pooling, Eltwise, Concat, Crop,
 * Interp and Deconvolution tensor, exactly (rf, rfMin, stride, start, size per axis); and the
 * published figures for the well-known architectures among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ncnnLoader } from '../../../src/formats/ncnn/index.js';
import { DEFAULT_LIMITS, type LoadedModel } from '../../../src/formats/model.js';
import { parseParam } from '../../../src/formats/ncnn/parse.js';
import { analyze, tensorRF } from '../../../src/rf/index.js';
import { fileSource, model, rfOf } from '../../support/loaded.js';
import { figures } from './helpers.js';

const DIR = 'test/fixtures/ncnn/benchmark';

type Measured = { global: true; size: number[] } | { rf: number[]; rfMin: number[]; stride: number[]; start: number[]; input: number[]; size: number[] };

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; inputSize: number[]; outputs: Record<string, Measured>; tensors: Record<string, Measured> }>;
};

async function load(file: string): Promise<LoadedModel> {
  return model(await ncnnLoader.load(await fileSource(join(DIR, file)), { limits: DEFAULT_LIMITS }));
}

describe(`ncnn's benchmark nets match RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('measures the eighteen nets kept here', () => {
    expect(Object.keys(measured.models)).toHaveLength(18);
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every output and measured tensor`, async () => {
      const m = await load(expected.file);
      expect(m.inputSize).toEqual(expected.inputSize);
      expect(m.outputs.map((o) => o.name)).toEqual(Object.keys(expected.outputs));
      for (const [tensor, e] of [...Object.entries(expected.outputs), ...Object.entries(expected.tensors)]) {
        const want = 'global' in e ? { global: true } : { rf: e.rf, rfMin: e.rfMin, stride: e.stride, start: e.start, size: e.size };
        expect(figures(rfOf(m, tensor)), `${name} ${tensor}`).toEqual(want);
      }
    });
  }

  // Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill
  // 2019, table 1: r, effective stride S, effective padding P (start = −P) at the last layer
  // before the classifier. AlexNet there is alexnet_v2 (a TF-Slim variant), so it is not used.
  it.each([
    ['vgg16', 'pool5', 212, 32, -90],
    ['mobilenet', 'conv6/sep_relu6/sep', 315, 32, undefined],
  ])('%s %s: the Distill table gives r = %i, S = %i', async (file, tensor, rf, stride, start) => {
    const t = figures(rfOf(await load(`${file}.param`), tensor));
    expect(t).toMatchObject({ rf: [rf, rf], rfMin: [rf, rf], stride: [stride, stride] });
    // TF-Slim's MobileNet pads SAME; this Caffe-born one pads 1 everywhere: only r and S compare.
    if (start !== undefined) expect(t.start).toEqual([start, start]);
  });

  // ncnnoptimize's shape inference wrote each blob's shape into the file (`-23330=4,3,w,h,c`
  // per top): ncnn's own answer for the sizes, which the engine must give too.
  it.each(Object.values(measured.models).map((m) => m.file))('%s: every size ncnn wrote as a shape hint', async (file) => {
    const m = await load(file);
    const parsed = parseParam(readFileSync(join(DIR, file), 'utf8'), 1_000_000);
    if (!('file' in parsed)) throw new Error('parse');
    const analysis = analyze(m.graph, { inputSize: m.inputSize! });
    let checked = 0;
    for (const layer of parsed.file.layers) {
      const hint = layer.params.get(30)?.value;
      if (hint?.kind !== 'array') continue;
      layer.tops.forEach((top, i) => {
        const [dims, w, h] = hint.values.slice(4 * i, 4 * i + 3);
        const node = m.tensors!.get(top.text);
        if (dims !== 3 || node === undefined) return;
        const t = tensorRF(analysis, node);
        if (t instanceof Error || t.global) return;
        expect(t.size, `${file} ${top.text}`).toEqual([h, w]);
        checked++;
      });
    }
    // Not every writer adds hints (pnnx-era files have none); those that do are checked whole.
    if (!readFileSync(join(DIR, file), 'utf8').includes('-23330=')) return;
    expect(checked).toBeGreaterThan(5);
  });
});
