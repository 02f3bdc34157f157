/**
 * Bad bytes never crash a loader: random truncations, byte flips and splices of real files give
 * a model or positioned diagnostics of the loader's own codes, never an exception. (The CLI turns
 * an exception into "internal error", which is a bug by definition.)
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySource, mutations } from '../support/mutations.js';
import { DEFAULT_LIMITS, type FormatLoader, type LoadResult } from '../../src/formats/model.js';
import { nativeLoader } from '../../src/formats/native/index.js';
import { onnxLoader } from '../../src/formats/onnx/index.js';

const memory = (bytes: Uint8Array) => memorySource('model', bytes);

/** A mutation of `original`: cut it, flip some bytes, or splice random bytes in. */
const mutated = (original: Uint8Array) => mutations(original);

async function neverThrows(loader: FormatLoader, bytes: Uint8Array, codes: RegExp): Promise<void> {
  const result: LoadResult = await loader.load(memory(bytes), { limits: DEFAULT_LIMITS });
  if (!result.model) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.code).toMatch(codes);
  }
}

describe('corrupt files', () => {
  it('ONNX: 1,000 mutations of a real export load or explain (RF0xx/RF2xx)', async () => {
    const original = new Uint8Array(readFileSync(new URL('../fixtures/onnx/dilated.onnx', import.meta.url)));
    await fc.assert(fc.asyncProperty(mutated(original), (bytes) => neverThrows(onnxLoader, bytes, /^RF[02]\d\d$/)), { numRuns: 1000 });
  });

  it('native: 1,000 mutations of an example load or explain (RF0xx/RF1xx)', async () => {
    const original = new Uint8Array(readFileSync(new URL('../../examples/unet.rf.yaml', import.meta.url)));
    await fc.assert(fc.asyncProperty(mutated(original), (bytes) => neverThrows(nativeLoader, bytes, /^RF[01]\d\d$/)), { numRuns: 1000 });
  });
});
