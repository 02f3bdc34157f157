/**
 * The ONNX fixtures' networks written as ncnn .param and OpenVINO IR .xml files by
 * test/fixtures/gen/onnx_to_edge.py (its own conversion from the `onnx` package, sharing no code
 * with rflint). Each must give what the ONNX loader gives for the same network, and what PyTorch's
 * gradients measured for it (test/fixtures/onnx/measured.json): rf, rfMin, stride, start and
 * size per axis, for every tensor the ONNX file names as an output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/check/load-file.js';
import { DEFAULT_LIMITS, type LoadedModel } from '../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../src/rf/index.js';
import { rfOf } from '../support/loaded.js';

const measured = JSON.parse(readFileSync('test/fixtures/onnx/measured.json', 'utf8')) as {
  models: Record<string, { outputs: Record<string, { rf: number[]; rfMin: number[]; stride: number[]; global: boolean; size: number[] }> }>;
};

function figures(t: TensorRF): Record<string, unknown> {
  if (t.global) return { global: true };
  return { rf: t.rf, rfMin: t.rfMin, stride: t.stride!.map(toNumber), start: t.start, size: t.size };
}

async function load(dir: string, file: string): Promise<LoadedModel> {
  const result = await loadFile(dir, file, { limits: DEFAULT_LIMITS });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!;
}

const FORMATS = [
  { format: 'ncnn', dir: 'test/fixtures/ncnn', ext: '.param' },
  { format: 'openvino', dir: 'test/fixtures/openvino', ext: '.xml' },
] as const;

for (const { format, dir, ext } of FORMATS) {
  const files = readdirSync(dir).filter((f) => f.endsWith(ext)).sort();
  describe(`${format} twins of the ONNX fixtures`, () => {
    it('covers the torchvision backbones and the small special nets', () => {
      expect(files.length).toBeGreaterThanOrEqual(9);
    });
    for (const file of files) {
      const name = file.slice(0, -ext.length);
      it(`${name}: every ONNX output, as the ONNX loader and PyTorch's gradients have it`, async () => {
        const onnx = await load('test/fixtures/onnx', `${name}.onnx`);
        const twin = await load(dir, file);
        expect(twin.format).toBe(format);
        expect(twin.inputSize).toEqual(onnx.inputSize);
        for (const output of onnx.outputs) {
          const want = figures(rfOf(onnx, output.name));
          expect(figures(rfOf(twin, output.name)), `${name} ${output.name}`).toEqual(want);
          const truth = measured.models[name]?.outputs[output.name];
          if (!truth) continue;
          if (truth.global) expect(want).toEqual({ global: true });
          else expect({ rf: want.rf, rfMin: want.rfMin, stride: want.stride, size: want.size }).toEqual({ rf: truth.rf, rfMin: truth.rfMin, stride: truth.stride, size: truth.size });
        }
      });
    }
  });
}
