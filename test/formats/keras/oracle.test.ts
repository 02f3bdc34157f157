/**
 * Keras files written for these tests (test/fixtures/keras, made by
 * test/fixtures/gen/keras_fixtures.py) against the receptive fields
 * test/fixtures/gen/keras_oracle.py measured by gradients in PyTorch from its own reading of
 * the JSON: an oracle that shares no code with rflint. Every tensor must match exactly: rf,
 * rfMin, stride and start on the measured axis, or global.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expected, figures, loadFile, rfOf } from './helpers.js';

const DIR = 'test/fixtures/keras';

const measured = JSON.parse(readFileSync(join(DIR, 'measured.json'), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; axis: number; tensors: Record<string, Record<string, unknown>> }>;
};

describe(`Keras JSON matches RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('has a fixture for each schema: Keras 1 (double-encoded), 2 (functional), 3 (functional), 1-D', () => {
    expect(Object.keys(measured.models).sort()).toEqual(['keras1-sequential-double', 'keras2-functional', 'keras3-functional', 'sequential-1d']);
  });

  for (const [name, m] of Object.entries(measured.models)) {
    it(`${name}: every measured tensor`, async () => {
      const model = await loadFile(join(DIR, m.file.replace('../keras/', '')));
      for (const [tensor, value] of Object.entries(m.tensors)) {
        expect(figures(rfOf(model, tensor), m.axis), `${name} ${tensor}`).toEqual(expected(value));
      }
    });
  }

  it('the .keras zip and the .h5 file give the same numbers as their JSON', async () => {
    for (const [file, json] of [['keras3.keras', 'keras3-functional'], ['keras2.h5', 'keras2-functional']] as const) {
      const model = await loadFile(join(DIR, file));
      const m = measured.models[json]!;
      for (const [tensor, value] of Object.entries(m.tensors)) {
        expect(figures(rfOf(model, tensor), m.axis), `${file} ${tensor}`).toEqual(expected(value));
      }
    }
  });
});
