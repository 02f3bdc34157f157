/**
 * torchvision's models exported the ways people export them (test/fixtures/gen/export_matrix.py:
 * opset 11 and 17, constant folding on and off, fixed and dynamic H/W, with and without
 * export_params), each read by the loader and checked against the RF measured by gradients in
 * PyTorch on the same network (measure_matrix.py → matrix/measured.json): rf, rfMin, stride and
 * start of every stage tensor, per axis, exactly. A dynamic export whose geometry depends on the
 * input size must be refused (RF207) without a size, and be exact at the size it was measured at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedModel } from '../../../src/formats/model.js';
import { type TensorRF, analyze, tensorRF, toNumber } from '../../../src/rf/index.js';
import { type Options, loadFile } from './helpers.js';

const DIR = process.env.RFLINT_MATRIX ?? join(import.meta.dirname, '../../fixtures/onnx/matrix');

interface Export {
  readonly file: string;
  readonly model: string;
  readonly settings: string;
  readonly dynamic: boolean;
  readonly params: boolean;
  readonly outputs: readonly string[];
}

interface Measured {
  readonly rf: number[] | null;
  readonly rfMin: number[] | null;
  readonly stride: number[] | null;
  readonly start: number[] | null;
  readonly global: boolean;
  /** Per axis: the input length it was measured on, and the other axis' length. */
  readonly input: number[];
  readonly inputOther: number[];
}

interface MeasuredModel {
  /** Gates neutralised for the spatial RF (SE as identity…); empty when there is none. */
  readonly spatialWith: readonly string[];
  readonly outputs: Readonly<Record<string, Measured>>;
}

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { exports: Export[] };
const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as { models: Record<string, MeasuredModel> };
const exports = manifest.exports.filter((e) => measured.models[e.model]);

/** Nets with `F.interpolate(x, size=y.shape[-2:])`: segmentation heads back to the input, an FPN's top-down path. */
const RESIZE_TO_A_TENSOR_SIZE = new Set(['fcn_resnet50', 'deeplabv3_mobilenet_v3_large', 'lraspp_mobilenet_v3_large', 'fpn_resnet18']);

/** The RF of a tensor, analysed at the given input size (or the model's). */
function rf(model: LoadedModel, tensor: string, inputSize?: readonly number[]): TensorRF {
  const node = model.tensors!.get(tensor) ?? model.outputs.find((o) => o.name === tensor)?.node;
  if (node === undefined) throw new Error(`no tensor ${tensor}`);
  const size = inputSize ?? model.inputSize;
  const result = tensorRF(analyze(model.graph, size ? { inputSize: size } : {}), node);
  if (result instanceof Error) throw result;
  return result;
}

/** Axis `a` of the RF, in the measurement's terms. */
function axis(t: TensorRF, a: number) {
  return { rf: t.rf?.[a], rfMin: t.rfMin?.[a], stride: t.stride ? toNumber(t.stride[a]!) : undefined, start: t.start?.[a] };
}

async function load(file: string, options: Options) {
  const result = await loadFile(join(DIR, file), options);
  return { model: result.model, errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

describe.each(exports.map((e) => [e.file, e] as const))('%s', (_file, e) => {
  const truth = measured.models[e.model]!;
  const gated = truth.spatialWith.length > 0;

  it('is exact at every stage tensor, or refused for the input size it needs and exact once given', async () => {
    const plain = await load(e.file, {});
    const sizeDependent = plain.errors.some((d) => d.code === 'RF207');
    // Exactly the nets that resize back to a size read from a tensor at run time, exported with
    // dynamic H/W: their RF really changes with the input size (FPN: for sizes not divisible by 32).
    expect(sizeDependent, 'RF207: the RF depends on the input size').toBe(e.dynamic && RESIZE_TO_A_TENSOR_SIZE.has(e.model));
    if (sizeDependent) {
      expect(plain.errors).toHaveLength(1);
    } else {
      expect(plain.errors).toEqual([]);
    }
    const spatial = gated ? await load(e.file, { channelAttentionPointwise: true }) : plain;
    for (const [name, m] of Object.entries(truth.outputs)) {
      for (let a = 0; a < 2; a++) {
        const size = a === 0 ? [m.input[0]!, m.inputOther[0]!] : [m.inputOther[1]!, m.input[1]!];
        // A size-dependent file is read at the measurement's size; another reads the same at any size.
        const at = sizeDependent ? await load(e.file, { inputSize: size }) : plain;
        expect(at.errors, `${name} at ${size.join('×')}`).toEqual([]);
        const asIs = rf(at.model!, name, sizeDependent ? size : undefined);
        expect(asIs.global, `${name}: global`).toBe(m.global);
        if (m.rf === null || (m.global && !gated)) continue;
        const withGates = sizeDependent ? (gated ? await load(e.file, { inputSize: size, channelAttentionPointwise: true }) : at) : spatial;
        const t = rf(withGates.model!, name, sizeDependent ? size : undefined);
        // Outputs global through something other than a gate (DeepLab's ASPP pooling) stay global.
        if (t.global) {
          expect(m.global, `${name}: global only where the measurement sees the whole input`).toBe(true);
          continue;
        }
        expect(axis(t, a), `${name}, axis ${a}`).toEqual({ rf: m.rf[a], rfMin: m.rfMin![a], stride: m.stride![a], start: m.start![a] });
      }
    }
  });
});

describe('the export matrix', () => {
  it('covers every setting for the core models, and every model at the default and the hardest setting', () => {
    // Every export has its network measured: none is left out of the checks above.
    expect(exports.length).toBe(manifest.exports.length);
    expect(exports.length).toBeGreaterThanOrEqual(146);
    const settings = new Set(exports.map((e) => e.settings));
    expect(settings.size).toBeGreaterThanOrEqual(16);
    for (const model of Object.keys(measured.models)) {
      const mine = exports.filter((e) => e.model === model).map((e) => e.settings);
      expect(mine.length, model).toBeGreaterThan(0);
    }
  });
});
