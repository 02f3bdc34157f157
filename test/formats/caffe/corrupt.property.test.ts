/**
 * Bad text never crashes the Caffe loader: random truncations, byte flips and splices of
 * prototxts give a model or diagnostics of its own codes, each with a line, never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../../support/mutations.js';
import { caffeLoader } from '../../../src/formats/caffe/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { analyze } from '../../../src/rf/index.js';

const memory = (bytes: Uint8Array) => memorySource('deploy.prototxt', bytes);

/** Text-format syntax, so flips hit the grammar often. */
const SYNTAX = '{}<>[]:;,"\'#\\-.\n 0123456789';

describe('corrupt Caffe prototxts', () => {
  it.each(['fcn', 'legacy', 'ssd', 'misc'])('500 mutations of %s.prototxt load or explain with a position (RF0xx/RF38x/RF39x)', async (name) => {
    const original = new Uint8Array(readFileSync(new URL(`../../fixtures/caffe/${name}.prototxt`, import.meta.url)));
    await fc.assert(
      fc.asyncProperty(mutations(original, SYNTAX), async (bytes) => {
        const result = await caffeLoader.load(memory(bytes), { limits: DEFAULT_LIMITS });
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(/^RF(0\d\d|3[89]\d)$/);
          expect(d.line).toBeGreaterThan(0);
        }
        if (result.model) analyze(result.model.graph, result.model.inputSize ? { inputSize: result.model.inputSize } : {});
        else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
