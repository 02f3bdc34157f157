/**
 * TensorFlow.js graph models: a `model.json` whose `format` is `graph-model`, or whose
 * `modelTopology` is a GraphDef (a `node` list) for files written before `format` existed.
 * TF.js layers models (Keras JSON in `modelTopology`) are the Keras loader's.
 */
import { error } from '../diagnostic.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadTfjsGraphText } from './load.js';

export { TFJS_GRAPH_CODES } from './codes.js';
export { loadTfjsGraphText } from './load.js';

const JSON_NAME = /\.json$/i;
const GRAPH_FORMAT = /"format"\s*:\s*"graph-model"/;
const OTHER_FORMAT = /"format"\s*:\s*"(?!graph-model")/;
const GRAPHDEF_TOPOLOGY = /"modelTopology"\s*:\s*\{\s*"(?:node|versions|library)"\s*:/;

export const tfjsGraphLoader: FormatLoader = {
  format: 'tfjs',
  recognises: 'TF.js graph model.json',
  matches(path: string, head: Uint8Array): boolean {
    if (!JSON_NAME.test(path)) return false;
    const text = new TextDecoder().decode(head);
    if (GRAPH_FORMAT.test(text)) return true;
    return !OTHER_FORMAT.test(text) && GRAPHDEF_TOPOLOGY.test(text);
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const max = options.limits.maxFileBytes;
    if (source.size > max) {
      return { diagnostics: [error(CODES.limits, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a TF.js model.json?`, { line: 1, column: 1 }, { file: source.path })] };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
    } catch {
      return { diagnostics: [error(CODES.limits, 'the file is not UTF-8 text; a TF.js model.json is JSON text', { line: 1, column: 1 }, { file: source.path })] };
    }
    return loadTfjsGraphText(text, source.path, options);
  },
};
