/**
 * Bad bytes never crash the Ultralytics loader: truncations, byte flips and splices of the
 * fixtures give a model or diagnostics of its own codes (or the engine's), never an exception;
 * and a model it gives can be checked without an exception either.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../../support/mutations.js';
import { checkModel } from '../../../src/check/model-check.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { ultralyticsLoader } from '../../../src/formats/ultralytics/index.js';

const memory = (bytes: Uint8Array) => memorySource('yolov8m.yaml', bytes);

const mutated = (original: Uint8Array) => mutations(original, '-0123456789[],: \nabcCNv');


describe('corrupt Ultralytics YAMLs', () => {
  it.each(['v8-like.yaml', 'assorted.yaml', 'v3-tiny-like.yaml'])('1,000 mutations of %s load or explain (RF0xx/RF3xx)', async (file) => {
    const original = new Uint8Array(readFileSync(`test/fixtures/ultralytics/${file}`));
    await fc.assert(
      fc.asyncProperty(mutated(original), async (bytes) => {
        const result = await ultralyticsLoader.load(memory(bytes), { limits: DEFAULT_LIMITS });
        for (const d of result.diagnostics) expect(d.code).toMatch(/^RF[03]\d\d$/);
        if (!result.model) expect(result.diagnostics.length).toBeGreaterThan(0);
        else checkModel('yolov8m.yaml', result.model, []);
      }),
      { numRuns: 1000 },
    );
  });
});
