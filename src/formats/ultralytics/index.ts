/**
 * Ultralytics YOLO model YAMLs (YOLOv3/v5/v8/11 and their variants, and the YOLOv5
 * repository's): a `.yaml`/`.yml` whose text has top-level `backbone:` and `head:` keys.
 */
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadUltralyticsText } from './load.js';

export { ULTRALYTICS_CODES } from './codes.js';
export { DEFAULT_INPUT_SIZE, loadUltralyticsText } from './load.js';
export { scaleFromFileName, scaledRepeats } from './scale.js';

const YAML_NAME = /\.ya?ml$/i;
/**
 * Unindented `backbone:` and `head:` keys, each followed by a list (`- [` rows or a flow `[`),
 * past blank lines and comments (a comment stops before `\r`: `[^\n]*\r?` would backtrack
 * exponentially over CRLF comment lines): other tools' configs (mmdetection's `backbone: {type: …}`, a
 * `backbone: resnet50` setting) are not Ultralytics models.
 */
const BACKBONE_LIST = /(^\uFEFF?|\n)backbone[ \t]*:(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*[ \t]*(\[|-[ \t\r\n])/;
const HEAD_KEY = /(^\uFEFF?|\n)head[ \t]*:/;

export const ultralyticsLoader: FormatLoader = {
  format: 'ultralytics',
  recognises: 'Ultralytics model YAMLs (`backbone:` and `head:`)',
  matches(path: string, head: Uint8Array): boolean {
    if (!YAML_NAME.test(path)) return false;
    const text = new TextDecoder().decode(head);
    return BACKBONE_LIST.test(text) && HEAD_KEY.test(text);
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const text = await readModelText(source, options, { tooLarge: CODES.limits, notText: CODES.syntax, kind: 'a model description' });
    if (typeof text !== 'string') return text;
    return loadUltralyticsText(text, source.path, options);
  },
};
