/**
 * Bad bytes never crash the Keras loader: random truncations, byte flips and splices of the
 * JSON, the `.keras` zip and the `.h5` file give a model or diagnostics of its own codes (or the
 * engine's), never an exception, and the binary readers never loop or read past their limits.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../../support/mutations.js';
import { kerasLoader } from '../../../src/formats/keras/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { analyze } from '../../../src/rf/index.js';

const memory = memorySource;

const mutated = (original: Uint8Array) => mutations(original);

describe('corrupt Keras files', () => {
  for (const file of ['keras2-functional.json', 'keras3.keras', 'keras2.h5']) {
    it(`${file}: 300 mutations load or explain (RF0xx/RF34x/RF35x)`, async () => {
      const original = new Uint8Array(readFileSync(new URL(`../../fixtures/keras/${file}`, import.meta.url)));
      await fc.assert(
        fc.asyncProperty(mutated(original), async (bytes) => {
          const result = await kerasLoader.load(memory(file, bytes), { limits: DEFAULT_LIMITS });
          for (const d of result.diagnostics) expect(d.code).toMatch(/^RF(0\d\d|3[45]\d)$/);
          if (!result.model) expect(result.diagnostics.length).toBeGreaterThan(0);
          else analyze(result.model.graph, result.model.inputSize ? { inputSize: result.model.inputSize } : {});
        }),
        { numRuns: 300 },
      );
    });
  }
});
