/**
 * Which files the keras loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

const JSON_NAME = /\.json$/i;
export const KERAS_NAME = /\.keras$/i;
export const H5_NAME = /\.(h5|hdf5)$/i;
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/** A Keras model's top class, as JSON or as JSON inside a JSON string (double-encoded). */
const KERAS_CLASS = /\\?"class_name\\?"\s*:\s*\\?"(Sequential|Model|Functional)\\?"/;
const TFJS_TOPOLOGY = /"modelTopology"\s*:/;
/** What a TF.js graph model has and a layers model does not. */
const GRAPH_MODEL = /"format"\s*:\s*"graph-model"|"node"\s*:\s*\[/;
const KERAS_KEYS = /"(class_name|model_config|keras_version)"\s*:|"format"\s*:\s*"layers-model"/;

export function isKerasJson(head: Uint8Array): boolean {
  const text = textOf(head);
  // A word test first: these patterns start at every quote of a large JSON data file.
  if (!text.includes('class_name') && !text.includes('modelTopology')) return false;
  if (TFJS_TOPOLOGY.test(text)) return !GRAPH_MODEL.test(text) && KERAS_KEYS.test(text);
  return KERAS_CLASS.test(text);
}

/**
 * An HDF5 file whose first bytes name a `model_config` attribute: h5py puts the root group's
 * attribute messages (names in place, long values in the heap) right after the superblock.
 */
function isKerasH5(head: Uint8Array): boolean {
  const at = [0, 512, 1024, 2048].find((p) => HDF5_SIGNATURE.every((b, i) => head[p + i] === b));
  return at !== undefined && new TextDecoder('latin1').decode(head).includes('model_config');
}

/** Keys only Keras and TF.js model files write (Keras' own save, TF.js's converter). */
const MODEL_FILE_KEYS = /"(keras_version|model_config|modelTopology|weightsManifest)"\s*:/;
const MODEL_FILE_WORDS = ['keras_version', 'model_config', 'modelTopology', 'weightsManifest'];

export const kerasRecognition: Recognition = {
  format: 'keras',
  recognises: 'Keras model JSON, *.keras and *.h5 files and TF.js layers model.json',
  matches(path: string, head: Uint8Array): boolean {
    if (JSON_NAME.test(path)) return isKerasJson(head);
    if (KERAS_NAME.test(path)) return head[0] === 0x50 && head[1] === 0x4b;
    if (H5_NAME.test(path)) return isKerasH5(head);
    return false;
  },
  // An .h5 without `model_config` holds weights only: no architecture to read, not a model file.
  resembles(path: string, bytes: Uint8Array): string | undefined {
    if (!JSON_NAME.test(path)) return undefined;
    const text = textOf(bytes);
    if (!MODEL_FILE_WORDS.some((word) => text.includes(word))) return undefined;
    const key = MODEL_FILE_KEYS.exec(text)?.[1];
    return key ? `it has a \`${key}\` key, as Keras and TF.js model files do, but no model rflint reads` : undefined;
  },
};
