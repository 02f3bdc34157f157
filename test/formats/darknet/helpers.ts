/** Loading inline cfg texts and fixture files through the Darknet loader, for the tests beside it. */
import { expect } from 'vitest';
import { darknetLoader, loadDarknetText } from '../../../src/formats/darknet/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export { fileSource, model, onlyError, rfOf } from '../../support/loaded.js';
import { fileSource, model } from '../../support/loaded.js';

export function load(text: string, options: Options = {}, path = 'model.cfg'): LoadResult {
  return loadDarknetText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadedModel> {
  return model(await darknetLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...options }));
}

/** What the oracle measures, from rflint's per-axis figures (both axes must agree). */
export function figures(t: TensorRF): { rf: number; rfMin: number; stride: number; start: number; size: readonly number[] | undefined; global: boolean } {
  if (t.global) return { rf: NaN, rfMin: NaN, stride: NaN, start: NaN, size: t.size, global: true };
  const one = <T>(values: readonly T[]): T => {
    expect(new Set(values.map(String)).size, `the same on both axes: ${values.join(', ')}`).toBe(1);
    return values[0]!;
  };
  return { rf: one(t.rf!), rfMin: one(t.rfMin!), stride: one(t.stride!.map(toNumber)), start: one(t.start!) as number, size: t.size, global: false };
}

/** A small valid cfg around the given layer sections. */
export function cfg(layers: string, net = 'width=64\nheight=64\nchannels=3'): string {
  return `[net]\n${net}\n${layers}`;
}
