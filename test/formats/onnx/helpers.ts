/** Loads hand-built or real ONNX bytes with the real loader and analyses them with the engine. */
import { openSource } from '../../../src/check/source.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { onnxLoader } from '../../../src/formats/onnx/index.js';
import { type TensorRF, analyze, tensorRF } from '../../../src/rf/index.js';
import { type Bytes, memorySource } from './encode.js';

export type Options = Partial<Omit<LoadOptions, 'limits'>>;

export async function loadBytes(data: Bytes, options: Options = {}): Promise<LoadResult> {
  return onnxLoader.load(memorySource(data), { limits: DEFAULT_LIMITS, ...options });
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadResult> {
  const { source, close } = await openSource(path, path);
  try {
    return await onnxLoader.load(source, { limits: DEFAULT_LIMITS, ...options });
  } finally {
    await close();
  }
}

/** The RF of a graph output or any named tensor, analysed with the model's input size. */
export function rfOf(model: LoadedModel, tensor: string): TensorRF {
  const node = model.outputs.find((o) => o.name === tensor)?.node ?? model.tensors?.get(tensor);
  if (node === undefined) throw new Error(`no tensor ${tensor}`);
  const result = tensorRF(analyze(model.graph, model.inputSize ? { inputSize: model.inputSize } : {}), node);
  if (result instanceof Error) throw result;
  return result;
}

export const strides = (t: TensorRF): string[] | undefined => t.stride?.map((s) => (s.den === 1 ? `${s.num}` : `${s.num}/${s.den}`));
