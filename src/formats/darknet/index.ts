/**
 * The Darknet `.cfg` loader: recognised by content (a `[net]` or `[network]` first section and
 * Darknet layer sections near the top), whatever the file's extension.
 */
import { basename } from 'node:path/posix';
import { readModelText } from '../text.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadDarknetText } from './load.js';

export { DARKNET_CODES } from './codes.js';
export { loadDarknetText } from './load.js';

/** The first section, after blank and comment lines, is [net] or [network]. */
// `\r(?!\n)`: a CRLF must end a line one way only, or the repetition backtracks exponentially.
const NET_FIRST = /^\uFEFF?(?:[ \t]*(?:[#;][^\r\n]*)?(?:\r\n|\r(?!\n)|\n))*[ \t]*\[[ \t]*net(?:work)?[ \t]*\]/;
/** A layer section Darknet reads, at the start of a line. */
const LAYER_SECTION = /(?:^|[\r\n])[ \t]*\[[ \t]*(?:convolutional|conv|maxpool|max|route|shortcut|connected|conn|avgpool|avg|local|crop|reorg|reorg3d|upsample|yolo|region|detection|dropout|softmax|soft|batchnorm|activation|scale_channels|sam|cost|local_avgpool|Gaussian_yolo|rnn|crnn|lstm|gru|conv_lstm)[ \t]*\]/;

export const darknetLoader: FormatLoader = {
  format: 'darknet',
  recognises: 'Darknet *.cfg files',
  matches(_path: string, head: Uint8Array): boolean {
    const text = new TextDecoder().decode(head);
    return NET_FIRST.test(text) && LAYER_SECTION.test(text);
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'a Darknet cfg', notTextHint: '; a Darknet cfg is a text file' });
    if (typeof text !== 'string') return text;
    return loadDarknetText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.cfg$/i, ''));
  },
};
