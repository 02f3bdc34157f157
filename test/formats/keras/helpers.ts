/** Loading inline Keras JSON and fixture files through the Keras loader, for the tests beside it. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { kerasLoader, loadKerasText } from '../../../src/formats/keras/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel, type ModelSource } from '../../../src/formats/model.js';
import { type TensorRF, analyze, tensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export function load(value: unknown, options: Options = {}, path = 'model.json'): LoadResult {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  return loadKerasText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

/** The one error a bad file must give. */
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
  const source = await fileSource(path);
  expect(kerasLoader.matches(path, await source.read(0, 4096)), `${path} is recognised`).toBe(true);
  return model(await kerasLoader.load(source, { limits: DEFAULT_LIMITS, ...options }));
}

/** The RF of an output or any named tensor, analysed at the model's input size. */
export function rfOf(m: LoadedModel, name: string): TensorRF {
  const node = m.outputs.find((o) => o.name === name)?.node ?? m.tensors?.get(name);
  expect(node, `tensor ${name}`).toBeDefined();
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), node!);
  if (t instanceof Error) throw t;
  return t;
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
