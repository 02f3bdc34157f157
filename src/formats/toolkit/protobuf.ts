/**
 * A streaming reader of the protobuf wire format over a random-access ModelSource, shared by
 * the protobuf formats (ONNX, TensorFlow GraphDef); each names itself and its two codes in a
 * `WireDialect`, so a message says "not an ONNX file" or "not a TensorFlow GraphDef".
 *
 * Length-delimited fields are returned as byte spans and skipped by their length, so a
 * weight's `raw_data` is never read, let alone copied: reading a 500 MB model touches one
 * buffered chunk per field visited. Offsets are JS numbers (exact up to 2^53), so files over
 * 2 GB work. Every loop is bounded by the length of the message it walks; malformed input
 * raises a WireError that says what is wrong and at which byte.
 * Reference: https://protobuf.dev/programming-guides/encoding/
 */
import type { ModelSource } from '../model.js';

export const VARINT = 0;
export const FIXED64 = 1;
export const LEN = 2;
export const FIXED32 = 5;

const MAX_VARINT_BYTES = 10;
const TWO_32 = 2 ** 32;
const UTF8 = new TextDecoder();

/** Who reads the file: its name in messages and its codes for a truncated or a corrupt file. */
export interface WireDialect {
  /** `ONNX`, `TensorFlow GraphDef`: as in "this is not an ONNX (protobuf) file". */
  readonly format: string;
  readonly truncated: string;
  readonly corrupt: string;
}

/** A malformed file: the dialect's `truncated` code when it ends too early, `corrupt` when its bytes make no sense. */
export class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The byte offset the problem was found at. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'WireError';
  }
}

/** Bytes [start, end) of the file. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Field {
  readonly number: number;
  readonly wireType: number;
  /** Byte offset of the field's tag. */
  readonly at: number;
  /**
   * VARINT: the value as a signed int64 (exact within ±2^53, rounded beyond: only sentinels such
   * as INT64_MAX reach that far). FIXED32/FIXED64: the float/double it holds. LEN: the length.
   */
  readonly value: number;
  /** Where the field's payload lies (for LEN: its bytes, never read unless asked). */
  readonly span: Span;
}

export class WireReader {
  private buffer: Uint8Array = new Uint8Array(0);
  private bufferStart = 0;

  constructor(
    private readonly source: ModelSource,
    private readonly dialect: WireDialect,
    private readonly chunkSize = 1 << 16,
  ) {}

  get size(): number {
    return this.source.size;
  }

  /** The whole file as a span: the top-level message. */
  get all(): Span {
    return { start: 0, end: this.source.size };
  }

  /** Visits each field of the message in `span`, in file order. */
  async fields(span: Span, visit: (field: Field) => void | Promise<void>): Promise<void> {
    let pos = span.start;
    while (pos < span.end) {
      const at = pos;
      const tag = await this.varint(pos, span.end);
      pos = tag.next;
      const number = Math.floor(tag.value / 8);
      const wireType = tag.value % 8;
      if (number < 1 || tag.value < 0 || tag.value >= TWO_32) {
        throw new WireError(this.dialect.corrupt, `invalid field tag ${tag.value} at byte ${at}: this is not ${article(this.dialect.format)} (protobuf) file, or it is corrupt`, at);
      }
      let value: number;
      let payload: Span;
      switch (wireType) {
        case VARINT: {
          const v = await this.varint(pos, span.end);
          value = v.value;
          payload = { start: pos, end: v.next };
          break;
        }
        case FIXED64:
        case FIXED32: {
          const width = wireType === FIXED64 ? 8 : 4;
          this.within(pos, width, span, `field ${number} at byte ${at}`);
          const bytes = await this.view(pos, width);
          const data = new DataView(bytes.buffer, bytes.byteOffset, width);
          value = width === 8 ? data.getFloat64(0, true) : data.getFloat32(0, true);
          payload = { start: pos, end: pos + width };
          break;
        }
        case LEN: {
          const length = await this.varint(pos, span.end);
          if (length.value < 0) {
            throw new WireError(this.dialect.corrupt, `field ${number} at byte ${at} has a negative length (${length.value}): the file is corrupt`, at);
          }
          this.within(length.next, length.value, span, `field ${number} at byte ${at}`);
          value = length.value;
          payload = { start: length.next, end: length.next + length.value };
          break;
        }
        default:
          throw new WireError(this.dialect.corrupt, `field ${number} at byte ${at} has wire type ${wireType}, which ${this.dialect.format} never uses: the file is corrupt`, at);
      }
      pos = payload.end;
      await visit({ number, wireType, at, value, span: payload });
    }
  }

  /** A copy of the bytes of `span` (for names and small tensors only). */
  async bytes(span: Span): Promise<Uint8Array> {
    const length = span.end - span.start;
    if (length <= this.chunkSize) return (await this.view(span.start, length)).slice();
    const bytes = await this.source.read(span.start, length);
    if (bytes.length < length) throw this.truncated(span.start, length);
    return bytes;
  }

  async string(span: Span): Promise<string> {
    return UTF8.decode(await this.bytes(span));
  }

  /** The varints packed in `span` (a packed repeated int field). */
  async packedVarints(span: Span): Promise<number[]> {
    const values: number[] = [];
    let pos = span.start;
    while (pos < span.end) {
      const v = await this.varint(pos, span.end);
      values.push(v.value);
      pos = v.next;
    }
    return values;
  }

  /** The little-endian floats (width 4) or doubles (width 8) packed in `span`. */
  async packedFloats(span: Span, width: 4 | 8): Promise<number[]> {
    const length = span.end - span.start;
    if (length % width !== 0) {
      throw new WireError(this.dialect.corrupt, `packed ${width === 4 ? 'floats' : 'doubles'} at byte ${span.start} take ${length} bytes, not a multiple of ${width}: the file is corrupt`, span.start);
    }
    const bytes = await this.bytes(span);
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Array.from({ length: length / width }, (_, i) => (width === 4 ? data.getFloat32(i * 4, true) : data.getFloat64(i * 8, true)));
  }

  /** Reads a varint at `pos` that must end before `limit`. */
  private async varint(pos: number, limit: number): Promise<{ value: number; next: number }> {
    const available = Math.min(MAX_VARINT_BYTES, limit - pos);
    // Decoded in place from the buffer (no view object): this is the reader's hot path.
    if (pos < this.bufferStart || pos + available > this.bufferStart + this.buffer.length) await this.view(pos, available);
    const buffer = this.buffer;
    const base = pos - this.bufferStart;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < available; i++) {
      const b = buffer[base + i]!;
      const bits = b & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >> 4;
      } else hi |= bits << (7 * i - 32);
      if (b < 0x80) return { value: int64(lo >>> 0, hi >>> 0), next: pos + i + 1 };
    }
    if (available === MAX_VARINT_BYTES) {
      throw new WireError(this.dialect.corrupt, `the varint at byte ${pos} is longer than ${MAX_VARINT_BYTES} bytes: the file is corrupt`, pos);
    }
    if (limit === this.source.size) throw this.truncated(pos, available + 1);
    throw new WireError(this.dialect.corrupt, `the varint at byte ${pos} runs past the end of its message at byte ${limit}: the file is corrupt`, pos);
  }

  /** Checks that `length` bytes at `pos` fit in the enclosing message `span`. */
  private within(pos: number, length: number, span: Span, what: string): void {
    if (pos + length <= span.end) return;
    if (span.end === this.source.size) throw this.truncated(pos, length, what);
    throw new WireError(
      this.dialect.corrupt,
      `${what} declares ${length} bytes from byte ${pos}, past the end of its enclosing message at byte ${span.end}: the file is corrupt`,
      pos,
    );
  }

  private truncated(pos: number, length: number, what = 'a field'): WireError {
    return new WireError(
      this.dialect.truncated,
      `${what} needs bytes up to ${pos + length} but the file ends at byte ${this.source.size}: the file is truncated (an interrupted download or a Git LFS pointer?)`,
      pos,
    );
  }

  /** A view (not a copy) of `length` bytes at `pos`, refilling the buffer from the source when needed. */
  private async view(pos: number, length: number): Promise<Uint8Array> {
    const offset = pos - this.bufferStart;
    if (offset < 0 || offset + length > this.buffer.length) {
      const want = Math.min(Math.max(length, this.chunkSize), this.source.size - pos);
      if (want < length) throw this.truncated(pos, length);
      this.buffer = await this.source.read(pos, want);
      this.bufferStart = pos;
      if (this.buffer.length < length) throw this.truncated(pos, length);
      return this.buffer.subarray(0, length);
    }
    return this.buffer.subarray(offset, offset + length);
  }
}

/** The two's-complement int64 hi:lo as a number: exact within ±2^53, rounded beyond. */
function int64(lo: number, hi: number): number {
  if (hi < 0x200000) return hi * TWO_32 + lo;
  return Number(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)));
}

/** `an ONNX`, `a TensorFlow GraphDef`. */
function article(format: string): string {
  return /^[AEIOU]/i.test(format) ? `an ${format}` : `a ${format}`;
}
