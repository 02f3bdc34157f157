/**
 * Bad bytes never crash the TF.js graph loader: truncations, byte flips and splices of a
 * fixture give a model or positioned diagnostics of its own codes (or the engine's), never an
 * exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../../support/mutations.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { tfjsGraphLoader } from '../../../src/formats/tfjs-graph/index.js';

const memory = (bytes: Uint8Array) => memorySource('model.json', bytes);

const original = new Uint8Array(readFileSync(new URL('../../fixtures/tfjs-graph/decoder.json', import.meta.url)));

const mutated = mutations(original, '0123456789-"[]{},:abcAZ ');


describe('corrupt TF.js graph models', () => {
  it('300 mutations of a fixture load or explain, at a line and column (RF0xx/RF36x/RF37x)', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (bytes) => {
        const result = await tfjsGraphLoader.load(memory(bytes), { limits: DEFAULT_LIMITS });
        if (result.model) return;
        expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(/^RF(0\d\d|3[67]\d)$/);
          expect(d.line, d.message).toBeGreaterThanOrEqual(1);
          expect(d.column, d.message).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
