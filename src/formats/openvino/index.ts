/**
 * The OpenVINO IR loader: recognised by content (an XML root `<net version="…">`), whatever the
 * file's extension. The `.bin` beside the `.xml` holds the weights and every constant, and is
 * never read.
 */
import { basename } from 'node:path/posix';
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { openvinoRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadOpenvinoText } from './load.js';

export { OPENVINO_CODES } from './codes.js';
export { loadOpenvinoText } from './load.js';

export const openvinoLoader: FormatLoader = {
  ...openvinoRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'an OpenVINO IR .xml', notTextHint: '; an OpenVINO IR .xml is a text file (the .bin beside it holds the weights)' });
    if (typeof text !== 'string') return text;
    return loadOpenvinoText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.xml$/i, ''));
  },
};
