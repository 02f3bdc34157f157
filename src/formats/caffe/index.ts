/**
 * The Caffe prototxt loader: recognised by content (a net's `layer {`/`layers {` blocks or its
 * `input:`), whatever the file's extension; a solver prototxt has neither and is left alone.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { CODES } from './codes.js';
import { loadCaffeText } from './load.js';

export { CAFFE_CODES } from './codes.js';
export { loadCaffeText } from './load.js';

/** A net's field at the start of a line: `layer {`, `layers {`, `input: "data"`. */
const NET_FIELD = /(?:^|[\r\n])[ \t]*(?:layers?[ \t]*:?[ \t]*\{|input[ \t]*:[ \t]*["'])/;
/** The file starts like protobuf text: comments, then `name:` or one of the net's fields. */
const TEXT_START = /^\uFEFF?(?:[ \t\r\n]*#[^\r\n]*)*[ \t\r\n]*(?:name|input|input_shape|input_dim|layers?|force_backward|state|debug_info)[ \t]*[:{]/;

export const caffeLoader: FormatLoader = {
  format: 'caffe',
  recognises: 'Caffe *.prototxt nets',
  matches(_path: string, head: Uint8Array): boolean {
    const text = new TextDecoder().decode(head);
    return TEXT_START.test(text) && NET_FIELD.test(text);
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const max = options.limits.maxFileBytes;
    if (source.size > max) {
      return { diagnostics: [error(CODES.fileTooLarge, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really a Caffe prototxt?`, { line: 1, column: 1 }, { file })] };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
    } catch {
      return { diagnostics: [error(CODES.notText, 'the file is not UTF-8 text; a Caffe prototxt is a text file (a .caffemodel holds weights: check the prototxt beside it)', { line: 1, column: 1 }, { file })] };
    }
    return loadCaffeText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.prototxt$/i, ''));
  },
};
