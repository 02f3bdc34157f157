/**
 * Which files the onnx loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';

export const onnxRecognition: Recognition = {
  format: 'onnx',
  recognises: '*.onnx',
  matches(path: string): boolean {
    return path.toLowerCase().endsWith('.onnx');
  },
};
