/**
 * The Darknet `.cfg` loader: recognised by content (a `[net]` or `[network]` first section and
 * Darknet layer sections near the top), whatever the file's extension.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadDarknetText } from './load.js';

export { DARKNET_CODES } from './codes.js';
export { loadDarknetText } from './load.js';

/** The first section, after blank and comment lines, is [net] or [network]. */
const NET_FIRST = /^\uFEFF?(?:[ \t]*(?:[#;][^\r\n]*)?(?:\r\n|\r|\n))*[ \t]*\[[ \t]*net(?:work)?[ \t]*\]/;
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
    const max = options.limits.maxFileBytes;
    if (source.size > max) {
      return { diagnostics: [error(CODES.fileTooLarge, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a Darknet cfg?`, { line: 1, column: 1 }, { file })] };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
    } catch {
      return { diagnostics: [error(CODES.notText, 'the file is not UTF-8 text; a Darknet cfg is a text file', { line: 1, column: 1 }, { file })] };
    }
    return loadDarknetText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.cfg$/i, ''));
  },
};
