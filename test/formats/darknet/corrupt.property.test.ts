/**
 * Bad text never crashes the Darknet loader: random truncations, byte flips and splices of a
 * real cfg give a model or diagnostics of its own codes, each with a line, never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../../support/mutations.js';
import { darknetLoader } from '../../../src/formats/darknet/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { analyze } from '../../../src/rf/index.js';

const memory = (bytes: Uint8Array) => memorySource('model.cfg', bytes);

const original = new Uint8Array(readFileSync(new URL('../../fixtures/darknet/yolov4-tiny.cfg', import.meta.url)));
/** Cfg syntax, so flips hit the grammar often. */
const mutated = mutations(original, '[]=#;,-\n 0123456789');

describe('corrupt Darknet cfgs', () => {
  it('1,000 mutations of yolov4-tiny load or explain with a position (RF0xx/RF32x/RF33x)', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (bytes) => {
        const result = await darknetLoader.load(memory(bytes), { limits: DEFAULT_LIMITS });
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(/^RF(0\d\d|3[23]\d)$/);
          expect(d.line).toBeGreaterThan(0);
        }
        if (result.model) analyze(result.model.graph, result.model.inputSize ? { inputSize: result.model.inputSize } : {});
        else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
