/**
 * The ncnn `.param` loader: recognised by content (the magic 7767517 and the count line),
 * whatever the file's extension. The `.bin` beside it holds the weights and is never read.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { isBinaryParam, ncnnRecognition } from './recognise.js';
import { CODES } from './codes.js';
import { loadNcnnText } from './load.js';

export { NCNN_CODES } from './codes.js';
export { loadNcnnText } from './load.js';

export const ncnnLoader: FormatLoader = {
  ...ncnnRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    if (isBinaryParam(await source.read(0, 16))) {
      // The binary form names layer types by their index in ncnn's build-time layer registry
      // and blobs by number: it is generated from the text form (ncnn2mem), which rflint reads.
      return { diagnostics: [error(CODES.binary, 'this is an ncnn binary param file (ncnn2mem writes it from the text .param); check the text .param it was made from instead', undefined, { file })] };
    }
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'an ncnn param file', notTextHint: '; an ncnn .param is a text file (the .bin beside it holds the weights)' });
    if (typeof text !== 'string') return text;
    return loadNcnnText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.param$/i, ''));
  },
};
