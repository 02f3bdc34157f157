/**
 * The native rflint format (docs/design.md §4.1): `*.rf.yaml|yml|json`, or any YAML/JSON file with a
 * top-level `rflint:` key.
 */
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { nativeRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadNativeText } from './load.js';

export { CODES } from './codes.js';
export { loadNativeText } from './load.js';
export { schema, schemaErrors } from './schema.js';

export const nativeLoader: FormatLoader = {
  ...nativeRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.syntax, kind: 'a model description' });
    if (typeof text !== 'string') return text;
    return loadNativeText(text, source.path, options);
  },
};
