/**
 * Darknet cfgs written for these tests (test/fixtures/darknet) against the receptive fields
 * test/fixtures/gen/darknet_oracle.py measured by gradients in PyTorch, from its own reading of
 * the cfg: an oracle that shares no code with rflint. Every head must match exactly: rf, rfMin,
 * stride, start, and its size at the [net] size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, loadFile, rfOf } from './helpers.js';

const DIR = 'test/fixtures/darknet';

interface Measured {
  readonly rf: number;
  readonly rfMin: number;
  readonly stride: number;
  readonly start: number;
  readonly size: readonly number[];
  /** Measured with the channel-attention gates as they are (only for nets that have them). */
  readonly global?: boolean;
  /** Measured on the height axis with Darknet's own [reorg] kernel (only for nets with [reorg]). */
  readonly darknetReorgHeight?: { readonly rf: number; readonly rfMin: number };
}

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; inputSize: readonly number[]; heads: Record<string, Measured> }>;
};

describe(`Darknet cfgs match RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('has a fixture for each thing the loader must get right', () => {
    expect(Object.keys(measured.models).sort()).toEqual(['attention', 'dilated', 'fpn', 'reorg-region', 'spp', 'strided-shortcut', 'yolov3-tiny', 'yolov4-tiny']);
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every head, channel-attention gates pointwise`, async () => {
      const model = await loadFile(join(DIR, expected.file), { channelAttentionPointwise: true });
      expect(model.inputSize).toEqual(expected.inputSize);
      expect(model.outputs.map((o) => o.name)).toEqual(Object.keys(expected.heads));
      for (const [head, m] of Object.entries(expected.heads)) {
        expect(figures(rfOf(model, head)), `${name} ${head}`).toEqual({ rf: m.rf, rfMin: m.rfMin, stride: m.stride, start: m.start, size: m.size, global: false });
      }
    });
  }

  it('attention: the squeeze-and-excitation gate makes the head global by default, as measured with the gate', async () => {
    const expected = measured.models.attention!;
    const model = await loadFile(join(DIR, expected.file));
    expect(expected.heads['yolo@9']!.global).toBe(true);
    expect(rfOf(model, 'yolo@9').global).toBe(true);
  });

  it("reorg-region: Darknet's own [reorg] kernel (not an exact space-to-depth) gives the head the same RF", async () => {
    const expected = measured.models['reorg-region']!;
    const model = await loadFile(join(DIR, expected.file));
    const t = rfOf(model, 'region@18');
    expect(expected.heads['region@18']!.darknetReorgHeight).toEqual({ rf: t.rf![0], rfMin: t.rfMin![0] });
  });

  it('yolov3-tiny: the heads the Ultralytics yolov3-tiny.yaml must agree with', () => {
    // The same network as Ultralytics' yolov3-tiny.yaml (P5 stride 32, P4 stride 16).
    expect(measured.models['yolov3-tiny']!.heads).toMatchObject({
      'yolo@16': { rf: 318, rfMin: 318, stride: 32, start: -127 },
      'yolo@23': { rf: 286, rfMin: 286, stride: 16, start: -127 },
    });
  });
});
