/**
 * torchvision's classification backbones and a few small special nets, exported to ONNX by
 * test/fixtures/gen/export_torchvision.py (weights left out), against the RF that
 * test/fixtures/gen/measure_rf.py measured by gradients in PyTorch: an oracle that shares no
 * code with rflint. Every stage output must match it exactly: rf, rfMin, stride, size, global.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSource } from '../../../src/check/source.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadedModel } from '../../../src/formats/model.js';
import { onnxLoader } from '../../../src/formats/onnx/index.js';
import { type TensorRF, analyze, tensorRF, toNumber } from '../../../src/rf/index.js';

const DIR = 'test/fixtures/onnx';

interface Measured {
  /** Per axis, the largest RF over output positions (with SE gates as identity). */
  readonly rf: readonly number[];
  readonly rfMin: readonly number[];
  /** Per axis; a fraction after upsampling (0.5), always a binary fraction here. */
  readonly stride: readonly number[];
  /** True when the gradient reached the whole input with SE gates as they are. */
  readonly global: boolean;
  /** The output's spatial size at the export input size. */
  readonly size: readonly number[];
}

interface MeasuredModel {
  readonly file: string;
  readonly inputSize: readonly number[];
  readonly outputs: Readonly<Record<string, Measured>>;
}

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string; torchvision: string };
  models: Record<string, MeasuredModel>;
};

async function load(file: string, options: Partial<LoadOptions> = {}): Promise<LoadedModel> {
  const path = join(DIR, file);
  const { source, close } = await openSource(path, path);
  try {
    const { model, diagnostics } = await onnxLoader.load(source, { limits: DEFAULT_LIMITS, ...options });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
    return model!;
  } finally {
    await close();
  }
}

function rfAt(model: LoadedModel, name: string): TensorRF {
  const node = model.outputs.find((o) => o.name === name)?.node ?? model.tensors?.get(name);
  expect(node, `output ${name}`).toBeDefined();
  const result = tensorRF(analyze(model.graph, model.inputSize ? { inputSize: model.inputSize } : {}), node!);
  if (result instanceof Error) throw result;
  return result;
}

/** The oracle's figures (measured.json also notes the input length each was measured on). */
function figures(m: Measured): Measured {
  return { rf: m.rf, rfMin: m.rfMin, stride: m.stride, global: m.global, size: m.size };
}

/** What a user would read in the report, in the oracle's terms. */
function observed(t: TensorRF): Measured {
  return {
    rf: t.rf ?? [],
    rfMin: t.rfMin ?? [],
    stride: t.stride?.map(toNumber) ?? [],
    global: t.global,
    size: t.size ?? [],
  };
}

const withGates = Object.entries(measured.models).filter(([, m]) => Object.values(m.outputs).some((o) => o.global));

describe(`ONNX exports match RF measured by gradients (torch ${measured.versions.torch}, torchvision ${measured.versions.torchvision})`, () => {
  it('has the fixtures the issue names', () => {
    for (const name of ['resnet50', 'vgg16', 'densenet121', 'mobilenet_v2', 'inception_v3', 'googlenet', 'efficientnet_b0', 'convnext_tiny']) {
      expect(Object.keys(measured.models[name]?.outputs ?? {}).length, name).toBeGreaterThan(0);
    }
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: every stage output, channel-attention gates pointwise`, async () => {
      const model = await load(expected.file, { channelAttentionPointwise: true });
      expect(model.inputSize).toEqual(expected.inputSize);
      for (const [output, m] of Object.entries(expected.outputs)) {
        expect(observed(rfAt(model, output)), `${name} ${output}`).toEqual({ ...figures(m), global: false });
      }
    });
  }

  for (const [name, expected] of withGates) {
    it(`${name}: squeeze-and-excitation makes the outputs after a gate global by default`, async () => {
      const model = await load(expected.file);
      for (const [output, m] of Object.entries(expected.outputs)) {
        const t = rfAt(model, output);
        expect(t.global, `${name} ${output}`).toBe(m.global);
        if (!m.global) expect(observed(t), `${name} ${output}`).toEqual(figures(m));
      }
    });
  }

  for (const [name, expected] of Object.entries(measured.models).filter(([n]) => !withGates.some(([g]) => g === n))) {
    it(`${name}: the same without the channel-attention switch (no gates to treat)`, async () => {
      const model = await load(expected.file);
      for (const [output, m] of Object.entries(expected.outputs)) {
        expect(observed(rfAt(model, output)), `${name} ${output}`).toEqual(figures(m));
      }
    });
  }

  it('reports a classifier output as global, beside the stage outputs', async () => {
    const model = await load(measured.models.resnet50!.file);
    expect(model.outputs.map((o) => o.name)).toEqual(['logits', 'layer1', 'layer2', 'layer3', 'layer4']);
    expect(rfAt(model, 'logits').global).toBe(true);
  });
});
