/** The wire-format reader on hand-built bytes: values, skipping, and malformed input. */
import { describe, expect, it } from 'vitest';
import type { ModelSource } from '../../../src/formats/model.js';
import { type Field, WireError, WireReader } from '../../../src/formats/onnx/wire.js';
import { type Bytes, bytes, concat, float32, int, lenHead, memorySource, str, tag, varint } from './encode.js';

async function fieldsOf(data: Bytes, source: ModelSource = memorySource(data)): Promise<Field[]> {
  const reader = new WireReader(source);
  const out: Field[] = [];
  await reader.fields(reader.all, (f) => void out.push(f));
  return out;
}

async function wireError(data: Bytes): Promise<WireError> {
  const err = await fieldsOf(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WireError);
  return err as WireError;
}

describe('WireReader', () => {
  it('reads varints up to 64 bits, negative int64 as 10-byte two\'s complement', async () => {
    const values = [0, 1, 127, 128, 300, 2 ** 32, 2 ** 53 - 1, -1, -3, -(2 ** 40)];
    const fields = await fieldsOf(concat(...values.map((v) => int(3, v))));
    expect(fields.map((f) => f.value)).toEqual(values);
    expect(fields.every((f) => f.number === 3 && f.wireType === 0)).toBe(true);
    // INT64_MAX, the "to the end" of Slice: beyond 2^53 it is rounded, which is all geometry needs.
    const [max] = await fieldsOf(int(1, 2n ** 63n - 1n));
    expect(max!.value).toBe(2 ** 63);
  });

  it('reads fixed32 floats and gives length-delimited fields as spans', async () => {
    const fields = await fieldsOf(concat(float32(2, 1.5), str(4, 'abc')));
    expect(fields[0]).toMatchObject({ number: 2, wireType: 5, value: 1.5, at: 0 });
    expect(fields[1]).toMatchObject({ number: 4, wireType: 2, value: 3, span: { start: 7, end: 10 } });
  });

  it('skips a large field by its length without reading its bytes', async () => {
    const payload = 50_000_000;
    const head = concat(int(1, 8), lenHead(9, payload));
    const tail = int(2, 42);
    const size = head.length + payload + tail.length;
    let bytesRead = 0;
    const source: ModelSource = {
      path: 'big.onnx',
      size,
      async read(offset, length) {
        const n = Math.max(0, Math.min(length, size - offset));
        bytesRead += n;
        const out = new Uint8Array(n);
        // Only the head and the tail hold fields; the payload is zeros.
        for (let i = 0; i < n; i++) {
          const at = offset + i;
          if (at < head.length) out[i] = head[at]!;
          else if (at >= size - tail.length) out[i] = tail[at - (size - tail.length)]!;
        }
        return out;
      },
    };
    const fields = await fieldsOf(new Uint8Array(0), source);
    expect(fields.map((f) => [f.number, f.value])).toEqual([
      [1, 8],
      [9, payload],
      [2, 42],
    ]);
    expect(bytesRead).toBeLessThan(200_000);
  });

  it('a file cut inside a field is truncated (RF201), with the byte offset', async () => {
    const whole = concat(int(1, 8), str(2, 'a graph name'));
    const err = await wireError(whole.subarray(0, whole.length - 4));
    expect(err.code).toBe('RF201');
    expect(err.offset).toBe(4);
    expect(err.message).toBe('field 2 at byte 2 needs bytes up to 16 but the file ends at byte 12: the file is truncated (an interrupted download or a Git LFS pointer?)');
  });

  it('a file cut inside a varint is truncated (RF201)', async () => {
    const err = await wireError(new Uint8Array([0x08, 0x80, 0x80]));
    expect(err).toMatchObject({ code: 'RF201', offset: 1 });
  });

  it('a varint longer than 10 bytes is corrupt (RF202)', async () => {
    const err = await wireError(new Uint8Array([0x08, ...new Array(11).fill(0xff), 0x01]));
    expect(err).toMatchObject({ code: 'RF202', offset: 1 });
    expect(err.message).toBe('the varint at byte 1 is longer than 10 bytes: the file is corrupt');
  });

  it('a length past the end of its enclosing message is corrupt (RF202)', async () => {
    // An outer message of 4 bytes whose inner field claims 100.
    const inner = concat(tag(1, 2), varint(100), [1, 2]);
    const reader = new WireReader(memorySource(concat(bytes(7, inner), int(1, 1))));
    let err: unknown;
    await reader.fields(reader.all, async (f) => {
      if (f.number === 7) await reader.fields(f.span, () => undefined);
    }).catch((e: unknown) => (err = e));
    expect(err).toMatchObject({ code: 'RF202', offset: 4 });
    expect((err as Error).message).toBe('field 1 at byte 2 declares 100 bytes from byte 4, past the end of its enclosing message at byte 6: the file is corrupt');
  });

  it('wire types 3, 4, 6, 7 and field number 0 are corrupt (RF202)', async () => {
    expect(await wireError(new Uint8Array([0x0b]))).toMatchObject({ code: 'RF202', offset: 0 });
    expect(await wireError(new Uint8Array([0x0e, 0x00]))).toMatchObject({ code: 'RF202' });
    const zero = await wireError(new Uint8Array([0x00, 0x00]));
    expect(zero.message).toBe('invalid field tag 0 at byte 0: this is not an ONNX (protobuf) file, or it is corrupt');
  });
});
