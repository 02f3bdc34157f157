/**
 * Which files the darknet loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

/** The first section, after blank and comment lines, is [net] or [network]. */
// `\r(?!\n)`: a CRLF must end a line one way only, or the repetition backtracks exponentially.
const NET_FIRST = /^\uFEFF?(?:[ \t]*(?:[#;][^\r\n]*)?(?:\r\n|\r(?!\n)|\n))*[ \t]*\[[ \t]*net(?:work)?[ \t]*\]/;
/** A layer section Darknet reads, at the start of a line. */
const LAYER_SECTION = /(?:^|[\r\n])[ \t]*\[[ \t]*(?:convolutional|conv|maxpool|max|route|shortcut|connected|conn|avgpool|avg|local|crop|reorg|reorg3d|upsample|yolo|region|detection|dropout|softmax|soft|batchnorm|activation|scale_channels|sam|cost|local_avgpool|Gaussian_yolo|rnn|crnn|lstm|gru|conv_lstm)[ \t]*\]/;

export const darknetRecognition: Recognition = {
  format: 'darknet',
  recognises: 'Darknet *.cfg files',
  matches(_path: string, head: Uint8Array): boolean {
    const text = textOf(head);
    return NET_FIRST.test(text) && LAYER_SECTION.test(text);
  },
  // Darknet's parser insists on [net] first; other tools' .cfg files (setup.cfg, tox.ini-like
  // configs) start with their own sections.
  resembles(path: string, bytes: Uint8Array): string | undefined {
    if (!/\.cfg$/i.test(path)) return undefined;
    return NET_FIRST.test(textOf(bytes)) ? 'its first section is [net], as in a Darknet cfg, but it has no layer section rflint knows' : undefined;
  },
};
