/** Loading inline ncnn param texts through the ncnn loader, for the tests beside it. */
import { loadNcnnText } from '../../../src/formats/ncnn/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export { model, onlyError, rfOf } from '../../support/loaded.js';

export function load(text: string, options: Partial<LoadOptions> = {}, path = 'model.param'): LoadResult {
  return loadNcnnText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

/** A param file of the given layer lines after `Input data 0 1 data 0=64 1=64 2=3` (counts computed). */
export function net(lines: readonly string[], input = 'Input data 0 1 data 0=64 1=64 2=3'): string {
  const all = [input, ...lines];
  const blobs = all.reduce((n, l) => {
    const t = l.trim().split(/\s+/);
    return n + (Number(t[3]) || 0);
  }, 0);
  return `7767517\n${all.length} ${blobs}\n${all.join('\n')}\n`;
}

export function figures(t: TensorRF): Record<string, unknown> {
  if (t.global) return { global: true };
  return { rf: t.rf, rfMin: t.rfMin, stride: t.stride!.map(toNumber), start: t.start, size: t.size };
}
