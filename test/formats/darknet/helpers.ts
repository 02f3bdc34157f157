/** Loading inline cfg texts and fixture files through the Darknet loader, for the tests beside it. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { darknetLoader, loadDarknetText } from '../../../src/formats/darknet/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel, type ModelSource } from '../../../src/formats/model.js';
import { type TensorRF, analyze, tensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export function load(text: string, options: Options = {}, path = 'model.cfg'): LoadResult {
  return loadDarknetText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

/** The one error a bad file must give (warnings aside). */
export function onlyError(result: LoadResult): Diagnostic {
  expect(result.model).toBeUndefined();
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return errors[0]!;
}

export function model(result: LoadResult): LoadedModel {
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.model).toBeDefined();
  return result.model!;
}

export async function fileSource(path: string): Promise<ModelSource> {
  const bytes = await readFile(path);
  return { path, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadedModel> {
  return model(await darknetLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...options }));
}

/** The RF of an output or any named tensor (`conv@12`), analysed at the model's input size. */
export function rfOf(m: LoadedModel, name: string): TensorRF {
  const node = m.outputs.find((o) => o.name === name)?.node ?? m.tensors?.get(name);
  expect(node, `tensor ${name}`).toBeDefined();
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), node!);
  if (t instanceof Error) throw t;
  return t;
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
