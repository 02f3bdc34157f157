/**
 * Which files the OpenVINO loader reads, from their name and first bytes: kept apart from the
 * loader so the registry (formats/index.ts) recognises every format without loading any of them.
 * Pure over (path, bytes): an IR's `<net … version="…">` comes in its first lines.
 */
import type { Recognition } from '../model.js';

/** After an XML declaration and comments, the root `<net` with a `version` attribute. */
const NET_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<net\b[^>]*\bversion\s*=\s*["']\d+["']/;

export const openvinoRecognition: Recognition = {
  format: 'openvino',
  recognises: 'OpenVINO IR *.xml files',
  matches(_path: string, head: Uint8Array): boolean {
    return NET_ROOT.test(new TextDecoder().decode(head.subarray(0, 4096)));
  },
};
