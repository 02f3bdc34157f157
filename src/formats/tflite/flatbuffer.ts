/**
 * A small reader of the FlatBuffers binary format over a random-access ModelSource, for the few
 * tables of a TFLite model rflint reads (https://flatbuffers.dev/internals/). Why our own and
 * not the `flatbuffers` runtime with code generated from schema.fbs: the runtime wants the whole
 * file in one ByteBuffer (a 300 MB model read into memory to look at its tables) and trusts its
 * offsets (a bad one reads out of bounds or throws a RangeError); the generated code is some
 * 20,000 lines for the ~60 fields used here. This reader fetches 64 KiB pages on demand, so
 * weights (buffers) are never read, and checks every offset against the file before it follows
 * it: an offset out of range, or one that points at itself, is a FlatBufferError, never a hang
 * or a crash. The schema is walked to a fixed depth (model → subgraph → tensor/operator →
 * options), so a cyclic offset can be followed at most once per field read.
 */
import type { ModelSource } from '../model.js';

const PAGE = 1 << 16;
/** Pages kept: the tables of a model are a few hundred KB, whatever its weights weigh. */
const MAX_PAGES = 256;

export class FlatBufferError extends Error {
  constructor(
    message: string,
    /** The byte offset the problem was found at. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'FlatBufferError';
  }
}

export class FlatBuffer {
  private readonly pages = new Map<number, Uint8Array>();

  constructor(private readonly source: ModelSource) {}

  get size(): number {
    return this.source.size;
  }

  /** `length` bytes at `pos`, which must lie inside the file. */
  async bytes(pos: number, length: number, what: string): Promise<Uint8Array> {
    if (!(Number.isSafeInteger(pos) && pos >= 0 && length >= 0 && pos + length <= this.source.size)) {
      throw new FlatBufferError(`${what} at byte ${pos} (${length} bytes) lies outside the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
    }
    const first = Math.floor(pos / PAGE);
    const last = Math.floor((pos + Math.max(length, 1) - 1) / PAGE);
    if (first === last) {
      const page = await this.page(first);
      return page.subarray(pos - first * PAGE, pos - first * PAGE + length);
    }
    const out = new Uint8Array(length);
    for (let p = first; p <= last; p++) {
      const page = await this.page(p);
      const from = Math.max(pos, p * PAGE);
      const to = Math.min(pos + length, p * PAGE + page.length);
      out.set(page.subarray(from - p * PAGE, to - p * PAGE), from - pos);
    }
    return out;
  }

  private async page(index: number): Promise<Uint8Array> {
    const cached = this.pages.get(index);
    if (cached) return cached;
    const start = index * PAGE;
    const data = await this.source.read(start, Math.min(PAGE, this.source.size - start));
    if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(index, data);
    return data;
  }

  private async view(pos: number, length: number, what: string): Promise<DataView> {
    const b = await this.bytes(pos, length, what);
    return new DataView(b.buffer, b.byteOffset, length);
  }

  async u8(pos: number, what: string): Promise<number> {
    return (await this.view(pos, 1, what)).getUint8(0);
  }
  async i8(pos: number, what: string): Promise<number> {
    return (await this.view(pos, 1, what)).getInt8(0);
  }
  async u16(pos: number, what: string): Promise<number> {
    return (await this.view(pos, 2, what)).getUint16(0, true);
  }
  async i32(pos: number, what: string): Promise<number> {
    return (await this.view(pos, 4, what)).getInt32(0, true);
  }
  async u32(pos: number, what: string): Promise<number> {
    return (await this.view(pos, 4, what)).getUint32(0, true);
  }
  async u64(pos: number, what: string): Promise<number> {
    const v = await this.view(pos, 8, what);
    return v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
  }

  /** Follows the uoffset at `pos` (relative to itself); zero would point at itself. */
  async follow(pos: number, what: string): Promise<number> {
    const offset = await this.u32(pos, what);
    if (offset === 0) throw new FlatBufferError(`${what} at byte ${pos} points at itself: the file is corrupt`, pos);
    const target = pos + offset;
    if (target >= this.source.size) throw new FlatBufferError(`${what} at byte ${pos} points to byte ${target}, past the end of the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
    return target;
  }

  /** The root table (the uoffset at byte 0). */
  async root(): Promise<Table> {
    return this.table(await this.follow(0, 'the root table offset'), 'the model');
  }

  async table(pos: number, what: string): Promise<Table> {
    const vtable = pos - (await this.i32(pos, `${what}'s vtable offset`));
    const vsize = await this.u16(vtable, `${what}'s vtable`);
    if (vsize < 4 || vsize % 2 !== 0) throw new FlatBufferError(`${what}'s vtable at byte ${vtable} has size ${vsize}, not an even number ≥ 4: the file is corrupt`, vtable);
    await this.bytes(vtable, vsize, `${what}'s vtable`);
    const tsize = await this.u16(vtable + 2, `${what}'s vtable`);
    return new Table(this, pos, vtable, vsize, tsize, what);
  }

  /** A vector at `pos` (already followed): its length and where its elements start. */
  async vector(pos: number, elementSize: number, what: string): Promise<{ length: number; start: number }> {
    const length = await this.u32(pos, `${what}'s length`);
    const start = pos + 4;
    if (start + length * elementSize > this.source.size) {
      throw new FlatBufferError(`${what} at byte ${pos} claims ${length} elements of ${elementSize} bytes, past the end of the file (${this.source.size} bytes): the file is truncated or corrupt`, pos);
    }
    return { length, start };
  }
}

/** A table: its fields by their index in the schema (a field's vtable slot). */
export class Table {
  constructor(
    readonly fb: FlatBuffer,
    readonly pos: number,
    private readonly vtable: number,
    private readonly vsize: number,
    private readonly tsize: number,
    readonly what: string,
  ) {}

  /** The absolute position of field `index`, or undefined when it is absent (its default). */
  private async field(index: number, width: number, name: string): Promise<number | undefined> {
    const slot = 4 + 2 * index;
    if (slot + 2 > this.vsize) return undefined;
    const offset = await this.fb.u16(this.vtable + slot, `${this.what}'s vtable`);
    if (offset === 0) return undefined;
    if (offset + width > this.tsize) throw new FlatBufferError(`${this.what}: field ${name} at offset ${offset} lies outside its table (${this.tsize} bytes): the file is corrupt`, this.pos);
    return this.pos + offset;
  }

  async i32(index: number, name: string, fallback: number): Promise<number> {
    const at = await this.field(index, 4, name);
    return at === undefined ? fallback : this.fb.i32(at, `${this.what}.${name}`);
  }
  async u32(index: number, name: string, fallback: number): Promise<number> {
    const at = await this.field(index, 4, name);
    return at === undefined ? fallback : this.fb.u32(at, `${this.what}.${name}`);
  }
  async i8(index: number, name: string, fallback: number): Promise<number> {
    const at = await this.field(index, 1, name);
    return at === undefined ? fallback : this.fb.i8(at, `${this.what}.${name}`);
  }
  async u8(index: number, name: string, fallback: number): Promise<number> {
    const at = await this.field(index, 1, name);
    return at === undefined ? fallback : this.fb.u8(at, `${this.what}.${name}`);
  }
  async bool(index: number, name: string): Promise<boolean> {
    return (await this.u8(index, name, 0)) !== 0;
  }
  async u64(index: number, name: string, fallback: number): Promise<number> {
    const at = await this.field(index, 8, name);
    return at === undefined ? fallback : this.fb.u64(at, `${this.what}.${name}`);
  }

  async table(index: number, name: string): Promise<Table | undefined> {
    const at = await this.field(index, 4, name);
    return at === undefined ? undefined : this.fb.table(await this.fb.follow(at, `${this.what}.${name}`), `${this.what}.${name}`);
  }

  async string(index: number, name: string, maxLength = 4096): Promise<string | undefined> {
    const at = await this.field(index, 4, name);
    if (at === undefined) return undefined;
    const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 1, `${this.what}.${name}`);
    // A name is for messages: a long one is cut, not read whole.
    return new TextDecoder().decode(await this.fb.bytes(start, Math.min(length, maxLength), `${this.what}.${name}`));
  }

  /** A vector of int32 (shapes, tensor indices), of at most `max` elements. */
  async ints(index: number, name: string, max: number): Promise<number[] | undefined> {
    const at = await this.field(index, 4, name);
    if (at === undefined) return undefined;
    const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 4, `${this.what}.${name}`);
    if (length > max) throw new FlatBufferError(`${this.what}.${name} has ${length} entries, more than the ${max} rflint reads: the file is corrupt or not a model`, start - 4);
    const bytes = await this.fb.bytes(start, 4 * length, `${this.what}.${name}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Array.from({ length }, (_, k) => view.getInt32(4 * k, true));
  }

  /** A vector of tables: its length, and each element on demand. */
  async tables(index: number, name: string, max: number): Promise<{ length: number; at: (k: number) => Promise<Table> } | undefined> {
    const at = await this.field(index, 4, name);
    if (at === undefined) return undefined;
    const { length, start } = await this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 4, `${this.what}.${name}`);
    if (length > max) throw new FlatBufferError(`${this.what}.${name} has ${length} entries, more than the limit (${max})`, start - 4);
    return { length, at: async (k) => this.fb.table(await this.fb.follow(start + 4 * k, `${this.what}.${name}[${k}]`), `${name}[${k}]`) };
  }

  /** The length of a byte vector (a buffer's data), never its bytes; and where they start. */
  async byteVector(index: number, name: string): Promise<{ length: number; start: number } | undefined> {
    const at = await this.field(index, 4, name);
    if (at === undefined) return undefined;
    return this.fb.vector(await this.fb.follow(at, `${this.what}.${name}`), 1, `${this.what}.${name}`);
  }
}
