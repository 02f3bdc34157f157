/**
 * Which files the ultralytics loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

const YAML_NAME = /\.ya?ml$/i;
/**
 * Unindented `backbone:` and `head:` keys, each followed by a list (`- [` rows or a flow `[`),
 * past blank lines and comments (a comment stops before `\r`: `[^\n]*\r?` would backtrack
 * exponentially over CRLF comment lines): other tools' configs (mmdetection's `backbone: {type: …}`, a
 * `backbone: resnet50` setting) are not Ultralytics models.
 */
const BACKBONE_LIST = /(^\uFEFF?|\n)backbone[ \t]*:(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*[ \t]*(\[|-[ \t\r\n])/;
const HEAD_KEY = /(^\uFEFF?|\n)head[ \t]*:/;

export const ultralyticsRecognition: Recognition = {
  format: 'ultralytics',
  recognises: 'Ultralytics model YAMLs (`backbone:` and `head:`)',
  matches(path: string, head: Uint8Array): boolean {
    if (!YAML_NAME.test(path)) return false;
    const text = textOf(head);
    return BACKBONE_LIST.test(text) && HEAD_KEY.test(text);
  },
  // A backbone given as a list of rows is a YOLO-style model file even without its head (a
  // `backbone: resnet50` setting or mmdetection's `backbone: {type: …}` is not a list).
  resembles(path: string, bytes: Uint8Array): string | undefined {
    if (!YAML_NAME.test(path)) return undefined;
    return BACKBONE_LIST.test(textOf(bytes)) ? 'it has a `backbone:` list, as an Ultralytics model YAML does, but no `head:`' : undefined;
  },
};
