/**
 * The Darknet `.cfg` loader: recognised by content (a `[net]` or `[network]` first section and
 * Darknet layer sections near the top), whatever the file's extension.
 */
import { basename } from 'node:path/posix';
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { darknetRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadDarknetText } from './load.js';

export { DARKNET_CODES } from './codes.js';
export { loadDarknetText } from './load.js';

export const darknetLoader: FormatLoader = {
  ...darknetRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'a Darknet cfg', notTextHint: '; a Darknet cfg is a text file' });
    if (typeof text !== 'string') return text;
    return loadDarknetText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.cfg$/i, ''));
  },
};
