/**
 * The Keras loader: `model.to_json()` files (Keras 1, 2, 3; also double-encoded), TF.js layers
 * models (`model.json` with a Keras `modelTopology`), `.keras` zips and `.h5` files. JSON files
 * are recognised by content; TF.js graph models (`format: "graph-model"`, a `node` list) are
 * left to their own loader. Every file of this loader reports format `keras`.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import { DEFAULT_LIMITS, type FormatLoader, type LoadOptions, type LoadResult, type ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { readRootStringAttribute } from './hdf5.js';
import { type KerasOrigin, loadKerasText } from './load.js';
import { readZipMember } from './zip.js';

export { KERAS_CODES } from './codes.js';
export { loadKerasConfig, loadKerasText } from './load.js';

const JSON_NAME = /\.json$/i;
const KERAS_NAME = /\.keras$/i;
const H5_NAME = /\.(h5|hdf5)$/i;
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
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

/**
 * An HDF5 file whose first bytes name a `model_config` attribute: h5py puts the root group's
 * attribute messages (names in place, long values in the heap) right after the superblock.
 */
function isKerasH5(head: Uint8Array): boolean {
  const at = [0, 512, 1024, 2048].find((p) => HDF5_SIGNATURE.every((b, i) => head[p + i] === b));
  return at !== undefined && new TextDecoder('latin1').decode(head).includes('model_config');
}

export const kerasLoader: FormatLoader = {
  format: 'keras',
  recognises: 'Keras model JSON, *.keras and *.h5 files and TF.js layers model.json',
  matches(path: string, head: Uint8Array): boolean {
    if (JSON_NAME.test(path)) return isKerasJson(head);
    if (KERAS_NAME.test(path)) return head[0] === 0x50 && head[1] === 0x4b;
    if (H5_NAME.test(path)) return isKerasH5(head);
    return false;
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const name = basename(file.replaceAll('\\', '/')).replace(/\.(json|keras|h5|hdf5)$/i, '');
    const max = options.limits.maxFileBytes;
    const fail = (code: string, message: string): LoadResult => ({ diagnostics: [error(code, message, { line: 1, column: 1 }, { file })] });
    let text: string;
    let origin: KerasOrigin = 'json';
    if (KERAS_NAME.test(file)) {
      // Keras 3: a zip of config.json, metadata.json and model.weights.h5; only config.json is read.
      const member = await readZipMember(source, 'config.json', max, options.limits.maxArchiveEntries ?? DEFAULT_LIMITS.maxArchiveEntries);
      if ('problem' in member) return fail(CODES.notZip, `not a Keras 3 .keras file: ${member.problem}`);
      text = member.text;
      origin = 'keras';
    } else if (H5_NAME.test(file)) {
      // Keras 2 (model.save('x.h5')): the model JSON is the root group's model_config attribute.
      const attribute = await readRootStringAttribute(source, 'model_config', max);
      if ('problem' in attribute) return fail(CODES.notHdf5, `not a Keras .h5 model: ${attribute.problem}`);
      text = attribute.text;
      origin = 'h5';
    } else {
      if (source.size > max) return fail(CODES.limits, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a Keras model JSON?`);
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
      } catch {
        return fail(CODES.syntax, 'the file is not UTF-8 text; Keras model JSON is UTF-8');
      }
    }
    return loadKerasText(text, file, options, name, origin);
  },
};
