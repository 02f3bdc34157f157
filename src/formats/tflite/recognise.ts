/**
 * Which files the TFLite loader reads: a FlatBuffer whose file identifier (bytes 4–7) is `TFL3`,
 * whatever its name (TensorFlow's own test models are `.bin`), or any `*.tflite`, so that one
 * that is not a model (a Git LFS pointer, a saved web page) is told so.
 */
import type { Recognition } from '../model.js';

const TFL3 = [0x54, 0x46, 0x4c, 0x33];

export function hasTfliteIdentifier(head: Uint8Array): boolean {
  return head.length >= 8 && TFL3.every((b, i) => head[4 + i] === b);
}

export const tfliteRecognition: Recognition = {
  format: 'tflite',
  recognises: 'TensorFlow Lite *.tflite',
  matches(path: string, head: Uint8Array): boolean {
    return /\.tflite$/i.test(path) || hasTfliteIdentifier(head);
  },
};
