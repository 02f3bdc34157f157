/**
 * The Keras loader: `model.to_json()` files (Keras 1, 2, 3; also double-encoded), TF.js layers
 * models (`model.json` with a Keras `modelTopology`), `.keras` zips and `.h5` files. JSON files
 * are recognised by content; TF.js graph models (`format: "graph-model"`, a `node` list) are
 * left to their own loader. Every file of this loader reports format `keras`.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadKerasText } from './load.js';

export { KERAS_CODES } from './codes.js';
export { loadKerasConfig, loadKerasText } from './load.js';

const JSON_NAME = /\.json$/i;
/** A Keras model's top class, as JSON or as JSON inside a JSON string (double-encoded). */
const KERAS_CLASS = /\\?"class_name\\?"\s*:\s*\\?"(Sequential|Model|Functional)\\?"/;
const TFJS_TOPOLOGY = /"modelTopology"\s*:/;
/** What a TF.js graph model has and a layers model does not. */
const GRAPH_MODEL = /"format"\s*:\s*"graph-model"|"node"\s*:\s*\[/;
const KERAS_KEYS = /"(class_name|model_config|keras_version)"\s*:|"format"\s*:\s*"layers-model"/;

export function isKerasJson(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head);
  if (TFJS_TOPOLOGY.test(text)) return !GRAPH_MODEL.test(text) && KERAS_KEYS.test(text);
  return KERAS_CLASS.test(text);
}

export const kerasLoader: FormatLoader = {
  format: 'keras',
  matches(path: string, head: Uint8Array): boolean {
    if (JSON_NAME.test(path)) return isKerasJson(head);
    return false;
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const max = options.limits.maxFileBytes;
    if (source.size > max) {
      return { diagnostics: [error(CODES.limits, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a Keras model JSON?`, { line: 1, column: 1 }, { file })] };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
    } catch {
      return { diagnostics: [error(CODES.syntax, 'the file is not UTF-8 text; Keras model JSON is UTF-8', { line: 1, column: 1 }, { file })] };
    }
    return loadKerasText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.json$/i, ''));
  },
};
