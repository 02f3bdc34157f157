/**
 * The protobuf wire reader (formats/toolkit/protobuf.ts) in ONNX's words: RF201 for a truncated
 * file, RF202 for a corrupt one.
 */
import type { ModelSource } from '../model.js';
import { type WireDialect, WireReader as SharedWireReader } from '../toolkit/protobuf.js';

export { FIXED32, FIXED64, type Field, LEN, type Span, VARINT, WireError } from '../toolkit/protobuf.js';

export const ONNX_WIRE: WireDialect = { format: 'ONNX', truncated: 'RF201', corrupt: 'RF202' };

export class WireReader extends SharedWireReader {
  constructor(source: ModelSource, chunkSize?: number) {
    super(source, ONNX_WIRE, chunkSize);
  }
}
