/** Loading inline prototxt texts and fixture files through the Caffe loader, for the tests beside it. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { caffeLoader, loadCaffeText } from '../../../src/formats/caffe/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel, type ModelSource } from '../../../src/formats/model.js';
import { type TensorRF, analyze, tensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export function load(text: string, options: Options = {}, path = 'deploy.prototxt'): LoadResult {
  return loadCaffeText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
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
  return model(await caffeLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...options }));
}

/** The RF of an output or any named blob or layer, analysed at the model's input size. */
export function rfOf(m: LoadedModel, name: string): TensorRF {
  const node = m.outputs.find((o) => o.name === name)?.node ?? m.tensors?.get(name);
  expect(node, `tensor ${name}`).toBeDefined();
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), node!);
  if (t instanceof Error) throw t;
  return t;
}

/** What the oracle measures, per axis (height, width), from rflint's figures. */
export function figures(t: TensorRF): Record<string, unknown> {
  if (t.global) return { global: true, size: t.size };
  return { rf: t.rf, rfMin: t.rfMin, stride: t.stride!.map(toNumber), start: t.start, size: t.size };
}

/** A net with a 1×3×64×64 input `data` around the given layers. */
export function net(layers: string, input = 'input: "data"\ninput_shape { dim: 1 dim: 3 dim: 64 dim: 64 }'): string {
  return `name: "t"\n${input}\n${layers}`;
}

export function conv(name: string, bottom: string, param = 'kernel_size: 3 pad: 1', top = name): string {
  return `layer { name: "${name}" type: "Convolution" bottom: "${bottom}" top: "${top}" convolution_param { num_output: 4 ${param} } }\n`;
}
