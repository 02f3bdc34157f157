/**
 * The Caffe prototxt loader: recognised by content (a net's `layer {`/`layers {` blocks or its
 * `input:`), whatever the file's extension; a solver prototxt has neither and is left alone.
 */
import { basename } from 'node:path/posix';
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { caffeRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadCaffeText } from './load.js';

export { CAFFE_CODES } from './codes.js';
export { loadCaffeText } from './load.js';

export const caffeLoader: FormatLoader = {
  ...caffeRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'a Caffe prototxt', notTextHint: '; a Caffe prototxt is a text file (a .caffemodel holds weights: check the prototxt beside it)' });
    if (typeof text !== 'string') return text;
    return loadCaffeText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.prototxt$/i, ''));
  },
};
