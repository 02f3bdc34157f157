/** What every loader's tests do with a LoadResult: demand a model or one error, read a fixture, and ask the engine for a tensor's RF. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/formats/diagnostic.js';
import type { LoadResult, LoadedModel, ModelSource } from '../../src/formats/model.js';
import { type TensorRF, analyze, tensorRF } from '../../src/rf/index.js';

/** The one error a bad file must give (warnings aside). */
export function onlyError(result: LoadResult): Diagnostic {
  expect(result.model).toBeUndefined();
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return errors[0]!;
}

/** The model of a load that must have no error. */
export function model(result: LoadResult): LoadedModel {
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.model).toBeDefined();
  return result.model!;
}

export async function fileSource(path: string): Promise<ModelSource> {
  const bytes = await readFile(path);
  return { path, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** The RF of an output or any named tensor, analysed at the model's input size. */
export function rfOf(m: LoadedModel, name: string): TensorRF {
  const node = m.outputs.find((o) => o.name === name)?.node ?? m.tensors?.get(name);
  expect(node, `tensor ${name}`).toBeDefined();
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), node!);
  if (t instanceof Error) throw t;
  return t;
}
