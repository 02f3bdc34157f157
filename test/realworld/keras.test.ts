/**
 * Real Keras JSON and TF.js layers models (../shared/fixtures/realworld/keras-json and
 * tfjs-layers, see SOURCES.md there) through the loader and the engine, against the receptive
 * fields test/fixtures/gen/keras_oracle.py measured by gradients in PyTorch
 * (test/realworld/keras.measured.json: numbers only, the files are never copied into this
 * repository). Published figures agree: InceptionV3 mixed10 1311 @32, MobileNetV2 out_relu 491 @32.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kerasLoader } from '../../src/formats/keras/index.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { expected, figures, fileSource, loadFile, rfOf } from '../formats/keras/helpers.js';
import { REALWORLD } from './dir.js';

const measured = JSON.parse(readFileSync(new URL('./keras.measured.json', import.meta.url), 'utf8')) as {
  models: Record<string, { file: string; axis: number; tensors: Record<string, Record<string, unknown>> }>;
};

/** What each model's own outputs are, and why the global ones are global. */
const OUTPUTS: Record<string, readonly [string, string | null][]> = {
  'ml5-YOLO': [['conv2d_9', null]],
  'ml5-crepe': [['crepe_classifier', 'Flatten crepe_flatten']],
  'ml5-doodlenet': [['dense_1', 'Flatten flatten']],
  'ml5-CVAE-quick_draw': [['conv2d_transpose_3', 'Concatenate concatenate_2 along a spatial axis']],
  'nsfwjs-mobilenet_v2': [['dense_3', 'Flatten flatten_1']],
  'nsfwjs-inception_v3': [['dense_3', 'Flatten flatten_1']],
  steering_angle: [['dense_2', 'Flatten flatten_1']],
};

const ASSUME: Record<string, ReadonlyMap<string, 'pointwise' | 'global'>> = { steering_angle: new Map([['Lambda', 'pointwise']]) };

describe('real Keras JSON and TF.js layers models', () => {
  it('measured every file', () => {
    expect(Object.keys(measured.models).sort()).toEqual(Object.keys(OUTPUTS).sort());
  });

  for (const [name, m] of Object.entries(measured.models)) {
    it(`${name}: loads with no diagnostic; its outputs and named layers equal the gradient-measured RF`, async () => {
      const path = join(REALWORLD, m.file);
      const assume = ASSUME[name];
      const result = await kerasLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...(assume ? { assume } : {}) });
      expect(result.diagnostics).toEqual([]);
      const model = await loadFile(path, assume ? { assume } : {});
      expect(model.outputs.map((o) => o.name)).toEqual(OUTPUTS[name]!.map(([o]) => o));
      for (const [output, reason] of OUTPUTS[name]!) {
        const t = rfOf(model, output);
        expect(t.global ? (model.graph.nodes[t.globalAt!]!.op as { reason?: string }).reason : null, `${name} ${output}`).toBe(reason);
      }
      for (const [tensor, value] of Object.entries(m.tensors)) {
        expect(figures(rfOf(model, tensor), m.axis), `${name} ${tensor}`).toEqual(expected(value));
      }
    });
  }

  it('steering_angle: the Lambda layer is an error naming it and the assume that lifts it', async () => {
    const result = await kerasLoader.load(await fileSource(join(REALWORLD, 'keras-json/steering_angle.json')), { limits: DEFAULT_LIMITS });
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'RF345', line: 1 });
    expect(result.diagnostics[0]!.message).toMatch(/^lambda_1 is a Lambda layer: .*--assume Lambda=pointwise/);
  });

  it('CREPE is one-dimensional: 1024 samples reshaped to 1024×1 for Conv2D', async () => {
    const model = await loadFile(join(REALWORLD, 'tfjs-layers/ml5-crepe/model.json'));
    expect(model.graph.axes).toBe(1);
    expect(model.inputSize).toEqual([1024]);
  });
});
