/**
 * Which files the ncnn loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them. Pure
 * over (path, bytes): it looks at the start of whatever it is given.
 */
import type { Recognition } from '../model.js';

/** The magic line, then the layer and blob counts (ncnn's `Net::load_param`). */
const TEXT_HEAD = /^\uFEFF?[ \t]*7767517[ \t]*\r?\n[ \t]*\d+[ \t]+\d+[ \t]*(?:\r?\n|$)/;

/** The binary `.param.bin` starts with the magic as a little-endian int32 (0x007686DD). */
export function isBinaryParam(head: Uint8Array): boolean {
  return head.length >= 12 && head[0] === 0xdd && head[1] === 0x86 && head[2] === 0x76 && head[3] === 0x00;
}

export const ncnnRecognition: Recognition = {
  format: 'ncnn',
  recognises: 'ncnn *.param files',
  matches(_path: string, head: Uint8Array): boolean {
    if (isBinaryParam(head)) return true;
    return TEXT_HEAD.test(new TextDecoder().decode(head.subarray(0, 256)));
  },
};
