/**
 * The native rflint format (DESIGN §4.1): `*.rf.yaml|yml|json`, or any YAML/JSON file with a
 * top-level `rflint:` key.
 */
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadNativeText } from './load.js';

export { CODES } from './codes.js';
export { loadNativeText } from './load.js';
export { schema, schemaErrors } from './schema.js';

const NATIVE_NAME = /\.rf\.(ya?ml|json)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `rflint:` key: unindented in YAML, `"rflint":` anywhere in a JSON head. */
const RFLINT_KEY = /(^|\n)(rflint|"rflint"|'rflint')\s*:|"rflint"\s*:/;

export const nativeLoader: FormatLoader = {
  format: 'native',
  recognises: '*.rf.yaml, *.rf.yml, *.rf.json (with a top-level `rflint:` key)',
  matches(path: string, head: Uint8Array): boolean {
    if (NATIVE_NAME.test(path)) return true;
    return YAML_OR_JSON.test(path) && RFLINT_KEY.test(new TextDecoder().decode(head));
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.syntax, kind: 'a model description' });
    if (typeof text !== 'string') return text;
    return loadNativeText(text, source.path, options);
  },
};
