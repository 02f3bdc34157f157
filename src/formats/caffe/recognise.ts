/**
 * Which files the caffe loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

/** A net's field at the start of a line: `layer {`, `layers {`, `input: "data"`. */
const NET_FIELD = /(?:^|[\r\n])[ \t]*(?:layers?[ \t]*:?[ \t]*\{|input[ \t]*:[ \t]*["'])/;
const LAYER_BLOCK = /(?:^|[\r\n])[ \t]*layers?[ \t]*:?[ \t]*\{/;
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

export const caffeRecognition: Recognition = {
  format: 'caffe',
  recognises: 'Caffe *.prototxt nets',
  matches(_path: string, head: Uint8Array): boolean {
    const text = textOf(head);
    return startsLikeNet(text) && NET_FIELD.test(text);
  },
  // A `layer {` block at the start of a line is what a net has and a solver prototxt does not.
  resembles(path: string, bytes: Uint8Array): string | undefined {
    if (!/\.prototxt$/i.test(path)) return undefined;
    return LAYER_BLOCK.test(textOf(bytes)) ? 'it has `layer {` blocks, as a Caffe net does, but does not start like one (`name:`, `input:` or `layer {`)' : undefined;
  },
};
