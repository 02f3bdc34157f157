/**
 * The protobuf wire reader (formats/shared/protobuf.ts) in ONNX's words: RF201 for a truncated
 * file, RF202 for a corrupt one.
 */
import type { ModelSource } from '../model.js';
import { type WireDialect, WireReader as SharedWireReader } from '../shared/protobuf.js';

export { FIXED32, FIXED64, type Field, LEN, type Span, VARINT, WireError } from '../shared/protobuf.js';

export const ONNX_WIRE: WireDialect = { format: 'ONNX', truncated: 'RF201', corrupt: 'RF202' };

export class WireReader extends SharedWireReader {
  constructor(source: ModelSource, chunkSize?: number) {
    super(source, ONNX_WIRE, chunkSize);
  }
}
