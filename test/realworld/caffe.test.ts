/**
 * Real Caffe prototxts (../shared/fixtures/realworld/caffe-prototxt, see SOURCES.md there)
 * through the loader and the engine, against test/fixtures/gen/caffe_oracle.py's gradient
 * measurements (test/realworld/caffe.measured.json: numbers only, the files are never copied
 * into this repository): every output and every Pooling / Eltwise / Concat tensor, per axis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caffeLoader } from '../../src/formats/caffe/index.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { figures, fileSource, loadFile, rfOf } from '../formats/caffe/helpers.js';
import { REALWORLD } from './dir.js';

const DIR = join(REALWORLD, 'caffe-prototxt');

type Measured = { global: true; size: number[] } | { rf: number[]; rfMin: number[]; stride: number[]; start: number[]; input: number[]; size: number[] };

const measured = JSON.parse(readFileSync(new URL('./caffe.measured.json', import.meta.url), 'utf8')) as {
  models: Record<string, { file: string; inputSize: number[]; outputs: Record<string, Measured>; tensors: Record<string, Measured> }>;
};

const FILES = ['MobileNetSSD_deploy.prototxt', 'ResNet-50-deploy.prototxt', 'bvlc_alexnet/deploy.prototxt', 'bvlc_googlenet/deploy.prototxt', 'lenet.prototxt'];

describe('real Caffe prototxts', () => {
  it('measured every file, and the loader recognises each by its content', async () => {
    expect(Object.values(measured.models).map((m) => m.file).sort()).toEqual(FILES);
    for (const file of FILES) {
      const source = await fileSource(join(DIR, file));
      expect(caffeLoader.matches('renamed.txt', await source.read(0, 4096)), file).toBe(true);
    }
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: loads with no diagnostic; every output and stage tensor equals the gradient-measured RF`, async () => {
      const result = await caffeLoader.load(await fileSource(join(DIR, expected.file)), { limits: DEFAULT_LIMITS });
      expect(result.diagnostics).toEqual([]);
      const model = await loadFile(join(DIR, expected.file));
      expect(model.inputSize).toEqual(expected.inputSize);
      expect(model.outputs.map((o) => o.name)).toEqual(Object.keys(expected.outputs));
      for (const [tensor, m] of [...Object.entries(expected.outputs), ...Object.entries(expected.tensors)]) {
        const got = figures(rfOf(model, tensor));
        if ('global' in m) expect(got.global, `${name} ${tensor}`).toBe(true);
        else expect(got, `${name} ${tensor}`).toEqual({ rf: m.rf, rfMin: m.rfMin, stride: m.stride, start: m.start, size: m.size });
      }
    });
  }

  it('the published figures: AlexNet pool5 195 and ResNet-50 v1 res5c 483, both at stride 32', () => {
    const at = (model: string, tensor: string) => {
      const m = measured.models[model]!.tensors[tensor]! as { rf: number[]; stride: number[] };
      return [m.rf[0], m.stride[0]];
    };
    expect(at('bvlc_alexnet', 'pool5')).toEqual([195, 32]);
    expect(at('ResNet-50-deploy', 'res5c')).toEqual([483, 32]);
  });
});
