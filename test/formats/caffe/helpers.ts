/** Loading inline prototxt texts and fixture files through the Caffe loader, for the tests beside it. */
import { caffeLoader, loadCaffeText } from '../../../src/formats/caffe/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export { fileSource, model, onlyError, rfOf } from '../../support/loaded.js';
import { fileSource, model } from '../../support/loaded.js';

export function load(text: string, options: Options = {}, path = 'deploy.prototxt'): LoadResult {
  return loadCaffeText(text, path, { limits: DEFAULT_LIMITS, ...options }, 'model');
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadedModel> {
  return model(await caffeLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...options }));
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
