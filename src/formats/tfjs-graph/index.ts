/**
 * TensorFlow.js graph models: a `model.json` whose `format` is `graph-model`, or whose
 * `modelTopology` is a GraphDef (a `node` list) for files written before `format` existed.
 * TF.js layers models (Keras JSON in `modelTopology`) are the Keras loader's.
 */
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { tfjsGraphRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadTfjsGraphText } from './load.js';

export { TFJS_GRAPH_CODES } from './codes.js';
export { loadTfjsGraphText } from './load.js';

export const tfjsGraphLoader: FormatLoader = {
  ...tfjsGraphRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const text = await readModelText(source, options, { tooLarge: CODES.limits, notText: CODES.limits, kind: 'a TF.js model.json', notTextHint: '; a TF.js model.json is JSON text' });
    if (typeof text !== 'string') return text;
    return loadTfjsGraphText(text, source.path, options);
  },
};
