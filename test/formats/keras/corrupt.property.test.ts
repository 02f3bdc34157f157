/**
 * Bad bytes never crash the Keras loader: random truncations, byte flips and splices of the
 * JSON, the `.keras` zip and the `.h5` file give a model or diagnostics of its own codes (or the
 * engine's), never an exception, and the binary readers never loop or read past their limits.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kerasLoader } from '../../../src/formats/keras/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { analyze } from '../../../src/rf/index.js';

const memory = (path: string, bytes: Uint8Array) => ({ path, size: bytes.length, read: async (offset: number, length: number) => bytes.subarray(offset, offset + length) });

const mutated = (original: Uint8Array) =>
  fc.oneof(
    fc.nat({ max: original.length - 1 }).map((n) => original.subarray(0, n)),
    fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = original.slice();
      for (const [at, value] of flips) copy[at] = value;
      return copy;
    }),
    fc.tuple(fc.nat({ max: original.length }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
      const copy = new Uint8Array(original.length + junk.length);
      copy.set(original.subarray(0, at));
      copy.set(junk, at);
      copy.set(original.subarray(at), at + junk.length);
      return copy;
    }),
  );

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
