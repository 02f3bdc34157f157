/**
 * Prototxts written for these tests (test/fixtures/caffe) against the receptive fields
 * test/fixtures/gen/caffe_oracle.py measured by gradients in PyTorch, from its own reading of
 * the text format and of Caffe's layers: an oracle that shares no code with rflint. Every output
 * and every measured stage tensor must match exactly, per axis: rf, rfMin, stride, start, and
 * its size at the declared input size (Caffe's ceil pooling included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, loadFile, rfOf } from './helpers.js';

const DIR = 'test/fixtures/caffe';

type Measured =
  | { global: true; size: number[] }
  | { rf: number[]; rfMin: number[]; stride: number[]; start: number[]; input: number[]; size: number[]; gated?: { global: boolean } };

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; inputSize: number[]; outputs: Record<string, Measured>; tensors: Record<string, Measured> }>;
};

/** The oracle's entry without its measuring input length. */
function truth(m: Measured): Record<string, unknown> {
  if ('global' in m) return { global: true, size: undefined };
  const { input: _input, gated: _gated, ...rest } = m;
  return rest;
}

describe(`Caffe prototxts match RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('has a fixture for each construct the loader must get right', () => {
    expect(Object.keys(measured.models).sort()).toEqual(['fcn', 'legacy', 'misc', 'pooling', 'se-upsample', 'ssd']);
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every output and stage tensor (channel-attention gates pointwise)`, async () => {
      const model = await loadFile(join(DIR, expected.file), { channelAttentionPointwise: true });
      expect(model.inputSize).toEqual(expected.inputSize);
      expect(model.outputs.map((o) => o.name)).toEqual(Object.keys(expected.outputs));
      for (const [tensor, m] of [...Object.entries(expected.outputs), ...Object.entries(expected.tensors)]) {
        const got = figures(rfOf(model, tensor));
        expect('global' in m ? { global: got.global, size: undefined } : got, `${name} ${tensor}`).toEqual(truth(m));
      }
    });
  }

  it('se-upsample: the squeeze-and-excitation gate makes the output global by default, as measured with the gate', async () => {
    const expected = measured.models['se-upsample']!.outputs.out! as { gated: { global: boolean } };
    expect(expected.gated.global).toBe(true);
    const model = await loadFile(join(DIR, 'se-upsample.prototxt'));
    expect(rfOf(model, 'out').global).toBe(true);
  });

  it("pooling: Caffe keeps a last window PyTorch's ceil_mode drops (no pad), and drops one past input + pad", () => {
    const pooling = measured.models.pooling!;
    expect(pooling.tensors.pool1!.size).toEqual([7, 7]); // PyTorch ceil_mode: 6 × 7
    expect(pooling.tensors.pool3!.size).toEqual([3, 3]); // ceil without the rule: 4 × 4
    expect(pooling.outputs.pool_floor!.size).toEqual([2, 2]); // round_mode: FLOOR
  });
});
