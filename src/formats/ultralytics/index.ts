/**
 * Ultralytics YOLO model YAMLs (YOLOv3/v5/v8/11 and their variants, and the YOLOv5
 * repository's): a `.yaml`/`.yml` whose text has top-level `backbone:` and `head:` keys.
 */
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { ultralyticsRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadUltralyticsText } from './load.js';

export { ULTRALYTICS_CODES } from './codes.js';
export { DEFAULT_INPUT_SIZE, loadUltralyticsText } from './load.js';
export { scaleFromFileName, scaledRepeats } from './scale.js';

export const ultralyticsLoader: FormatLoader = {
  ...ultralyticsRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const text = await readModelText(source, options, { tooLarge: CODES.limits, notText: CODES.syntax, kind: 'a model description' });
    if (typeof text !== 'string') return text;
    return loadUltralyticsText(text, source.path, options);
  },
};
