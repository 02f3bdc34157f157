/**
 * The Keras loader: `model.to_json()` files (Keras 1, 2, 3; also double-encoded), TF.js layers
 * models (`model.json` with a Keras `modelTopology`), `.keras` zips and `.h5` files. JSON files
 * are recognised by content; TF.js graph models (`format: "graph-model"`, a `node` list) are
 * left to their own loader. Every file of this loader reports format `keras`.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import { DEFAULT_LIMITS, type FormatLoader, type LoadOptions, type LoadResult, type ModelSource } from '../model.js';
import { H5_NAME, KERAS_NAME, kerasRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { readRootStringAttribute } from './hdf5.js';
import { type KerasOrigin, loadKerasText } from './load.js';
import { readZipMember } from './zip.js';

export { KERAS_CODES } from './codes.js';
export { isKerasJson } from './recognise.js';
export { loadKerasConfig, loadKerasText } from './load.js';

export const kerasLoader: FormatLoader = {
  ...kerasRecognition,
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
