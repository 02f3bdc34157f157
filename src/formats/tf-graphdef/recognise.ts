/**
 * Which files the TensorFlow GraphDef loader reads. A GraphDef has no magic number, so the name
 * decides (`*.pb`) and the first bytes must agree: TensorFlow writes fields in number order, so
 * a frozen graph starts with its first node (field 1, length-delimited) whose first field is its
 * name (field 1 again), and a SavedModel with `saved_model_schema_version: 1` then a meta graph
 * (field 2). Anything else named `.pb` (another protobuf, a text file) is left alone.
 */
import type { Recognition } from '../model.js';

const PB_NAME = /\.pb$/i;

/** The varint at `pos`: its end, or undefined when it does not end within 10 bytes of `head`. */
function varintEnd(head: Uint8Array, pos: number): number | undefined {
  for (let i = pos; i < Math.min(head.length, pos + 10); i++) if (head[i]! < 0x80) return i + 1;
  return undefined;
}

/** `0a <len> 0a`: a GraphDef's first node, starting with its name. */
function startsLikeGraphDef(head: Uint8Array): boolean {
  if (head[0] !== 0x0a) return false;
  const end = varintEnd(head, 1);
  return end !== undefined && head[end] === 0x0a;
}

/** `08 01 12`: a SavedModel's schema version 1, then its first MetaGraphDef. */
function startsLikeSavedModel(head: Uint8Array): boolean {
  return head[0] === 0x08 && head[1] === 0x01 && head[2] === 0x12;
}

export const tfGraphdefRecognition: Recognition = {
  format: 'tf-graphdef',
  recognises: 'TensorFlow frozen *.pb graphs and saved_model.pb',
  matches(path: string, head: Uint8Array): boolean {
    if (!PB_NAME.test(path)) return false;
    return startsLikeGraphDef(head) || startsLikeSavedModel(head);
  },
};
