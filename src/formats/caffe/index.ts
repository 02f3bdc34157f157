/**
 * The Caffe prototxt loader: recognised by content (a net's `layer {`/`layers {` blocks or its
 * `input:`), whatever the file's extension; a solver prototxt has neither and is left alone.
 */
import { basename } from 'node:path/posix';
import { readModelText } from '../text.js';
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
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'a Caffe prototxt', notTextHint: '; a Caffe prototxt is a text file (a .caffemodel holds weights: check the prototxt beside it)' });
    if (typeof text !== 'string') return text;
    return loadCaffeText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.prototxt$/i, ''));
  },
};
