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
/** After any comments, a protobuf text file starts with `name:` or one of the net's fields. */
const FIRST_FIELD = /^(?:name|input|input_shape|input_dim|layers?|force_backward|state|debug_info)[ \t]*[:{]/;

/**
 * Whether the text starts like a net. The comments are skipped by hand, not by a regular
 * expression: `(\s*#[^\n]*)*` backtracks exponentially over comment lines that end in spaces
 * (25 such lines took 20 s).
 */
function startsLikeNet(text: string): boolean {
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
    if (text[i] !== '#') break;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  }
  return FIRST_FIELD.test(text.slice(i, i + 64));
}

export const caffeLoader: FormatLoader = {
  format: 'caffe',
  recognises: 'Caffe *.prototxt nets',
  matches(_path: string, head: Uint8Array): boolean {
    const text = new TextDecoder().decode(head);
    return startsLikeNet(text) && NET_FIELD.test(text);
  },
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const text = await readModelText(source, options, { tooLarge: CODES.fileTooLarge, notText: CODES.notText, kind: 'a Caffe prototxt', notTextHint: '; a Caffe prototxt is a text file (a .caffemodel holds weights: check the prototxt beside it)' });
    if (typeof text !== 'string') return text;
    return loadCaffeText(text, file, options, basename(file.replaceAll('\\', '/')).replace(/\.prototxt$/i, ''));
  },
};
