/**
 * Which files the caffe loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';

/** A net's field at the start of a line: `layer {`, `layers {`, `input: "data"`. */
const NET_FIELD = /(?:^|[\r\n])[ \t]*(?:layers?[ \t]*:?[ \t]*\{|input[ \t]*:[ \t]*["'])/;
/** The file starts like protobuf text: comments, then `name:` or one of the net's fields. */
const TEXT_START = /^\uFEFF?(?:[ \t\r\n]*#[^\r\n]*)*[ \t\r\n]*(?:name|input|input_shape|input_dim|layers?|force_backward|state|debug_info)[ \t]*[:{]/;

export const caffeRecognition: Recognition = {
  format: 'caffe',
  recognises: 'Caffe *.prototxt nets',
  matches(_path: string, head: Uint8Array): boolean {
    const text = new TextDecoder().decode(head);
    return TEXT_START.test(text) && NET_FIELD.test(text);
  },
};
