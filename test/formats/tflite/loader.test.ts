/**
 * The TFLite loader on models written by hand as FlatBuffers (test/support/tflite-writer.ts,
 * test/fixtures/gen/tflite_fixtures.ts), against figures known without it: the classic
 * recurrence (computed here, on its own), Distill's table for MobileNet v1 (RF 315, effective
 * padding 126), and the native format's twin of a decoder read by the native loader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/formats/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult } from '../../../src/formats/model.js';
import { nativeLoader } from '../../../src/formats/native/index.js';
import { tfliteLoader } from '../../../src/formats/tflite/index.js';
import { OP, OP_NAMES } from '../../../src/formats/tflite/ops.js';
import { toNumber } from '../../../src/rf/index.js';
import { affine, decoder, mobilenetV1 } from '../../fixtures/gen/tflite_fixtures.js';
import { fileSource, model, onlyError, rfOf } from '../../support/loaded.js';
import { SAME, i32, i8, tfliteModel } from '../../support/tflite-writer.js';

const DIR = 'test/fixtures/tflite';

function source(path: string, data: Uint8Array, counter?: { read: number }) {
  return { path, size: data.length, read: async (offset: number, length: number) => {
    if (counter) counter.read += Math.max(0, Math.min(length, data.length - offset));
    return data.subarray(offset, offset + length);
  } };
}

async function load(data: Uint8Array, options: Partial<LoadOptions> = {}, path = 'model.tflite'): Promise<LoadResult> {
  return tfliteLoader.load(source(path, data), { limits: DEFAULT_LIMITS, ...options });
}

/** Per axis: rf, stride, start after each layer, by the recurrence r += d(k−1)J, start −= p·J, J *= s. */
function recurrence(layers: readonly { k: number; s: number; d?: number; p: number }[]): { rf: number; stride: number; start: number } {
  let rf = 1;
  let jump = 1;
  let start = 0;
  for (const { k, s, d = 1, p } of layers) {
    rf += d * (k - 1) * jump;
    start -= p * jump;
    jump *= s;
  }
  return { rf, stride: jump, start };
}

/** TF SAME's begin pad for a window of extent e, stride s, on a size n. */
const sameBegin = (n: number, e: number, s: number) => Math.floor(Math.max((Math.ceil(n / s) - 1) * s + e - n, 0) / 2);

const axis = (t: ReturnType<typeof rfOf>, a: number) => ({ rf: t.rf![a], stride: toNumber(t.stride![a]!), start: t.start![a] });

describe('generated TFLite models', () => {
  it('the committed fixtures are what the generator writes', () => {
    for (const [name, make] of [['mobilenet_v1', mobilenetV1], ['affine', affine], ['decoder', decoder]] as const) {
      expect(Buffer.compare(Buffer.from(make()), readFileSync(`${DIR}/${name}.tflite`)), name).toBe(0);
    }
  });

  it("MobileNet v1 at 224×224: RF 315 at stride 32, effective padding 126 (Distill), every block as the recurrence gives; the classifier is global with its reason", async () => {
    const m = model(await tfliteLoader.load(await fileSource(`${DIR}/mobilenet_v1.tflite`), { limits: DEFAULT_LIMITS }));
    expect(m.format).toBe('tflite');
    expect(m.inputSize).toEqual([224, 224]);
    expect(m.outputs.map((o) => o.name)).toEqual(['Predictions', 'Conv2d_13_pointwise']);
    const predictions = rfOf(m, 'Predictions');
    expect(predictions.global).toBe(true);
    const layers: { k: number; s: number; p: number }[] = [{ k: 3, s: 2, p: sameBegin(224, 3, 2) }];
    let size = 112;
    [1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1].forEach((s, i) => {
      layers.push({ k: 3, s, p: sameBegin(size, 3, s) }, { k: 1, s: 1, p: 0 });
      size = Math.ceil(size / s);
      const t = rfOf(m, `Conv2d_${i + 1}_pointwise`);
      expect(axis(t, 0), `block ${i + 1}`).toEqual(recurrence(layers));
      expect(axis(t, 1)).toEqual(recurrence(layers));
    });
    expect(axis(rfOf(m, 'Conv2d_13_pointwise'), 0)).toEqual({ rf: 315, stride: 32, start: -126 });
  });

  it('every affine op: explicit PAD, VALID, dilation, a 1×3 kernel, pools, a residual, a concat, a strided slice, SPACE_TO_DEPTH', async () => {
    const m = model(await load(affine()));
    const h = recurrence([{ k: 1, s: 1, p: 2 }, { k: 5, s: 2, p: 0 }, { k: 3, s: 1, d: 2, p: 2 }, { k: 1, s: 1, p: 0 }, { k: 3, s: 2, p: 0 }, { k: 3, s: 1, p: 1 }, { k: 3, s: 1, p: 0 }, { k: 1, s: 2, p: -1 }, { k: 2, s: 2, p: 0 }]);
    const w = recurrence([{ k: 1, s: 1, p: 3 }, { k: 5, s: 2, p: 0 }, { k: 3, s: 1, d: 2, p: 2 }, { k: 3, s: 1, p: 1 }, { k: 3, s: 2, p: 0 }, { k: 3, s: 1, p: 1 }, { k: 3, s: 1, p: 0 }, { k: 1, s: 2, p: -2 }, { k: 2, s: 2, p: 0 }]);
    const features = rfOf(m, 'features');
    expect([axis(features, 0), axis(features, 1)]).toEqual([h, w]);
    expect(h).toEqual({ rf: 41, stride: 16, start: -6 });
    expect(features.size).toEqual([3, 3]);
    const detections = rfOf(m, 'detections');
    expect(detections.global).toBe(true);
    // Every tensor on the data path can be held by a rule.
    expect([...m.tensors!.keys()]).toEqual(expect.arrayContaining(['image', 'pad', 'conv1', 'residual', 'slice', 's2d', 'boxes', 'detections']));
  });

  it('the decoder gives what its native twin gives: TRANSPOSE_CONV SAME and VALID, bilinear half-pixel, nearest, DEPTH_TO_SPACE', async () => {
    const tflite = model(await load(decoder()));
    const native = model(await nativeLoader.load(await fileSource(`${DIR}/decoder.rf.yaml`), { limits: DEFAULT_LIMITS }));
    for (const name of ['down1', 'down2', 'up_same', 'up_valid', 'bilinear', 'nearest', 'd2s']) {
      const a = rfOf(tflite, name);
      const b = rfOf(native, name);
      expect({ rf: a.rf, rfMin: a.rfMin, stride: a.stride?.map(toNumber), start: a.start, size: a.size }, name).toEqual({ rf: b.rf, rfMin: b.rfMin, stride: b.stride?.map(toNumber), start: b.start, size: b.size });
    }
    expect(rfOf(tflite, 'up_valid').rfMin).toEqual([7, 7]);
  });
});

/** x → conv 3×3 stride 2, optionally after something. */
function small(extra: Parameters<typeof tfliteModel>[0]['layers'] = [], inputShape = [1, 32, 32, 4], input = 'x') {
  return tfliteModel({
    input: 'x',
    inputShape,
    layers: [...extra, { code: OP.CONV_2D, inputs: [input, { const: [4, 3, 3, 4] }], output: 'conv', shape: [1, 16, 16, 4], options: [i8(SAME), i32(2), i32(2), i8(0), i32(1), i32(1)] }],
    outputs: ['conv'],
  });
}

describe('reading a TFLite model', () => {
  it('is recognised by its TFL3 identifier whatever the name, and by the name .tflite', () => {
    expect(loaderFor('assets/model.bin', small())?.format).toBe('tflite');
    expect(loaderFor('x.tflite', new TextEncoder().encode('version https://git-lfs'))?.format).not.toBe(undefined);
    expect(tfliteLoader.matches('x.bin', new Uint8Array(16))).toBe(false);
  });

  it('a .tflite without the identifier is RF660, saying what it is', async () => {
    expect(onlyError(await load(new TextEncoder().encode('<!doctype html><html>not found</html>')))).toMatchObject({ code: 'RF660', message: expect.stringMatching(/not a TFLite model: this is an HTML page/) });
    expect(onlyError(await load(new Uint8Array(3))).code).toBe('RF660');
  });

  it('reads the tables by ranges: 4 MB of weights are never read', async () => {
    const big = tfliteModel({
      input: 'x',
      inputShape: [1, 32, 32, 512],
      layers: [{ code: OP.CONV_2D, inputs: ['x', { const: [512, 2, 2, 512] }], output: 'conv', shape: [1, 16, 16, 512], options: [i8(SAME), i32(2), i32(2), i8(0), i32(1), i32(1)] }],
      outputs: ['conv'],
    });
    expect(big.length).toBeGreaterThan(4_000_000);
    const counter = { read: 0 };
    const m = model(await tfliteLoader.load(source('big.tflite', big, counter), { limits: DEFAULT_LIMITS }));
    expect(axis(rfOf(m, 'conv'), 0)).toEqual({ rf: 2, stride: 2, start: 0 });
    expect(counter.read).toBeLessThan(400_000);
  });

  it('an NCHW input transposed to NHWC first (a PyTorch conversion) is read as NCHW', async () => {
    const m = model(await load(small([{ code: OP.TRANSPOSE, inputs: ['x', { const: [4], ints: [0, 2, 3, 1] }], output: 'nhwc', shape: [1, 32, 32, 4] }], [1, 4, 32, 32], 'nhwc')));
    expect(m.inputSize).toEqual([32, 32]);
    expect(axis(rfOf(m, 'conv'), 0)).toEqual({ rf: 3, stride: 2, start: 0 });
  });

  it('names an unknown operator by index, op and tensor; --assume maps it', async () => {
    const svdf = small([{ code: 27, inputs: ['x'], output: 'svdf', shape: [1, 32, 32, 4] }], [1, 32, 32, 4], 'svdf');
    expect(onlyError(await load(svdf))).toMatchObject({ code: 'RF663', message: expect.stringMatching(/^operator 0 SVDF \("svdf"\): rflint does not know how op `SVDF` maps positions; .*--assume SVDF=pointwise/) });
    const m = model(await load(svdf, { assume: new Map([['SVDF', 'pointwise']]) }));
    expect(axis(rfOf(m, 'conv'), 0).rf).toBe(3);
  });

  it('knows every builtin by its schema name', () => {
    for (const [name, code] of Object.entries(OP)) expect(OP_NAMES.get(code), name).toBe(name);
    expect(OP_NAMES.get(27)).toBe('SVDF');
    expect(OP_NAMES.size).toBe(162);
  });

  it('truncated, out-of-range and self-pointing offsets are errors, never a throw or a hang', async () => {
    const whole = small();
    for (let cut = 0; cut < whole.length; cut += 5) {
      const r = await load(whole.subarray(0, cut));
      expect(r.model === undefined ? r.diagnostics.map((d) => d.code) : [], `cut at ${cut}`).toEqual(r.model === undefined ? [expect.stringMatching(/^RF66\d$/)] : []);
    }
    const self = Uint8Array.from(whole);
    new DataView(self.buffer).setUint32(0, 0, true);
    expect(onlyError(await load(self))).toMatchObject({ code: 'RF661', message: expect.stringMatching(/points at itself/) });
    const far = Uint8Array.from(whole);
    new DataView(far.buffer).setUint32(0, 0x7fffffff, true);
    expect(onlyError(await load(far))).toMatchObject({ code: 'RF661', message: expect.stringMatching(/past the end of the file/) });
    // A vector whose length claims four billion entries.
    const huge = Uint8Array.from(whole);
    const root = new DataView(huge.buffer).getUint32(0, true);
    const vtable = root - new DataView(huge.buffer).getInt32(root, true);
    const subgraphsField = root + new DataView(huge.buffer).getUint16(vtable + 4 + 2 * 2, true);
    const subgraphs = subgraphsField + new DataView(huge.buffer).getUint32(subgraphsField, true);
    new DataView(huge.buffer).setUint32(subgraphs, 0xffffffff, true);
    expect(onlyError(await load(huge)).code).toBe('RF661');
  });
});
