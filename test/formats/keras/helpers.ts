/** Loading inline Keras JSON and fixture files through the Keras loader, for the tests beside it. */
import { expect } from 'vitest';
import { kerasLoader, loadKerasText } from '../../../src/formats/keras/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export { fileSource, model, onlyError, rfOf } from '../../support/loaded.js';
import { fileSource, model } from '../../support/loaded.js';

export function load(value: unknown, options: Options = {}, path = 'model.json'): LoadResult {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  return loadKerasText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadedModel> {
  const source = await fileSource(path);
  expect(kerasLoader.matches(path, await source.read(0, 4096)), `${path} is recognised`).toBe(true);
  return model(await kerasLoader.load(source, { limits: DEFAULT_LIMITS, ...options }));
}

export interface Figures {
  readonly rf: number;
  readonly rfMin: number;
  readonly stride: number;
  readonly start: number | null;
}

/** rflint's figures on one axis, in the oracle's terms; `{global: true}` when global. */
export function figures(t: TensorRF, axis: number): Figures | { global: true } {
  if (t.global) return { global: true };
  return { rf: t.rf![axis]!, rfMin: t.rfMin![axis]!, stride: toNumber(t.stride![axis]!), start: t.start![axis]! };
}

/** What the oracle measured, without its input length. */
export function expected(m: Record<string, unknown>): Figures | { global: true } {
  if ('global' in m) return { global: true };
  const { rf, rfMin, stride, start } = m as unknown as Figures;
  return { rf, rfMin, stride, start };
}
