/**
 * Which files the native loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';

const NATIVE_NAME = /\.rf\.(ya?ml|json)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `rflint:` key: unindented in YAML, `"rflint":` anywhere in a JSON head. */
const RFLINT_KEY = /(^|\n)(rflint|"rflint"|'rflint')\s*:|"rflint"\s*:/;

export const nativeRecognition: Recognition = {
  format: 'native',
  recognises: '*.rf.yaml, *.rf.yml, *.rf.json (with a top-level `rflint:` key)',
  matches(path: string, head: Uint8Array): boolean {
    if (NATIVE_NAME.test(path)) return true;
    return YAML_OR_JSON.test(path) && RFLINT_KEY.test(new TextDecoder().decode(head));
  },
};
