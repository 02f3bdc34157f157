/**
 * One string attribute of an HDF5 file's root group (a Keras `.h5` file's `model_config`), read
 * by following the file's own pointers: superblock → root object header (and its continuation
 * blocks) → attribute message → the string, in place (fixed length) or in the global heap
 * (variable length, as h5py writes a `str`). A few small reads: the weights are never touched,
 * whatever the file's size. Layout: the HDF5 File Format Specification version 3.0
 * (https://docs.hdfgroup.org/hdf5/develop/_f_m_t3.html), sections II.A, IV.A.1–2, IV.A.2.m/f/e, III.E.
 * Attributes kept in dense storage (a fractal heap: more than 8 attributes, or very large ones)
 * are not read; Keras files keep four.
 */
import type { ModelSource } from '../model.js';

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const MSG_CONTINUATION = 0x10;
const MSG_ATTRIBUTE = 0x0c;
const MSG_ATTRIBUTE_INFO = 0x15;
/** Object header blocks read at most (a root group has one or two). */
const MAX_BLOCKS = 64;

export type Hdf5String = { readonly text: string } | { readonly problem: string };

class Problem extends Error {}

/** Little-endian reads over a block of the file, with the file's offset and length sizes. */
class Reader {
  constructor(
    readonly bytes: Uint8Array,
    readonly offsetSize: number,
    readonly lengthSize: number,
  ) {}
  private view = () => new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  u8(at: number): number {
    this.need(at, 1);
    return this.bytes[at]!;
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view().getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view().getUint32(at, true);
  }
  uint(at: number, size: number): number {
    this.need(at, size);
    let value = 0;
    for (let i = size - 1; i >= 0; i--) value = value * 256 + this.bytes[at + i]!;
    return value;
  }
  offset(at: number): number {
    return this.uint(at, this.offsetSize);
  }
  length(at: number): number {
    return this.uint(at, this.lengthSize);
  }
  private need(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw new Problem('the file is damaged (a structure runs past its block)');
  }
}

export async function readRootStringAttribute(source: ModelSource, name: string, maxBytes: number): Promise<Hdf5String> {
  try {
    return await read(source, name, maxBytes);
  } catch (err) {
    if (err instanceof Problem) return { problem: err.message };
    throw err;
  }
}

async function read(source: ModelSource, name: string, maxBytes: number): Promise<Hdf5String> {
  // The superblock is at 0, or after a user block at 512, 1024, 2048, …
  let at = -1;
  for (let p = 0; p < source.size && p <= 1 << 20; p = p === 0 ? 512 : p * 2) {
    const head = await source.read(p, 8);
    if (SIGNATURE.every((b, i) => head[i] === b)) {
      at = p;
      break;
    }
  }
  if (at < 0) throw new Problem('it is not an HDF5 file (no HDF5 signature)');
  const sb = await source.read(at, 128);
  const version = sb[8]!;
  let r: Reader;
  let base: number;
  let root: number;
  if (version === 0 || version === 1) {
    r = new Reader(sb, sb[13]!, sb[14]!);
    const addresses = version === 0 ? 24 : 28;
    base = r.offset(addresses);
    // Base, free space, end of file, driver info, then the root group's symbol table entry.
    root = r.offset(addresses + 4 * r.offsetSize + r.offsetSize);
  } else if (version === 2 || version === 3) {
    r = new Reader(sb, sb[9]!, sb[10]!);
    base = r.offset(12);
    root = r.offset(12 + 3 * r.offsetSize);
  } else {
    throw new Problem(`its superblock version ${version} is unknown`);
  }
  if (![2, 4, 8].includes(r.offsetSize) || ![2, 4, 8].includes(r.lengthSize)) throw new Problem('its superblock is damaged');
  const file: FileInfo = { source, base, offsetSize: r.offsetSize, lengthSize: r.lengthSize, maxBytes };
  const messages = await objectHeaderMessages(file, base + root);
  let dense = false;
  for (const message of messages) {
    if (message.type === MSG_ATTRIBUTE_INFO) dense = true;
    if (message.type !== MSG_ATTRIBUTE) continue;
    const value = await attribute(file, message.data, name);
    if (value !== undefined) return { text: value };
  }
  throw new Problem(dense ? `its root group keeps its attributes in dense storage, which rflint does not read; no ${name} found among the others` : `its root group has no ${name} attribute (is it a weights-only file?)`);
}

interface FileInfo {
  readonly source: ModelSource;
  readonly base: number;
  readonly offsetSize: number;
  readonly lengthSize: number;
  readonly maxBytes: number;
}

interface Message {
  readonly type: number;
  readonly data: Reader;
}

async function block(file: FileInfo, at: number, length: number): Promise<Reader> {
  if (length > file.maxBytes) throw new Problem('an object header is larger than the limit');
  const bytes = await file.source.read(at, length);
  if (bytes.length < length) throw new Problem('the file is truncated');
  return new Reader(bytes, file.offsetSize, file.lengthSize);
}

/** Every message of an object header, following continuation messages. */
async function objectHeaderMessages(file: FileInfo, at: number): Promise<Message[]> {
  const first = await block(file, at, 16);
  const messages: Message[] = [];
  const continuations: [number, number][] = [];
  const collect = (r: Reader, start: number, end: number, v2: boolean, creationOrder: boolean) => {
    let p = start;
    const header = v2 ? 4 + (creationOrder ? 2 : 0) : 8;
    while (p + header <= end) {
      const type = v2 ? r.u8(p) : r.u16(p);
      const size = v2 ? r.u16(p + 1) : r.u16(p + 2);
      const data = p + header;
      if (data + size > end) throw new Problem('an object header message runs past its block');
      const body = new Reader(r.bytes.subarray(data, data + size), file.offsetSize, file.lengthSize);
      if (type === MSG_CONTINUATION) continuations.push([file.base + body.offset(0), body.length(file.offsetSize)]);
      else messages.push({ type, data: body });
      p = data + size;
    }
  };
  if (first.u8(0) === 1) {
    // Version 1: 16-byte prefix (with alignment), then messages of 8-byte-aligned sizes.
    const size = first.u32(8);
    collect(await block(file, at + 16, size), 0, size, false, false);
    for (let i = 0; i < continuations.length && i < MAX_BLOCKS; i++) {
      const [where, length] = continuations[i]!;
      collect(await block(file, where, length), 0, length, false, false);
    }
    return messages;
  }
  if (String.fromCharCode(first.u8(0), first.u8(1), first.u8(2), first.u8(3)) !== 'OHDR' || first.u8(4) !== 2) throw new Problem('its root object header is not one HDF5 describes');
  const flags = first.u8(5);
  let p = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
  const sizeBytes = 1 << (flags & 3);
  const prefix = await block(file, at, p + sizeBytes);
  const chunk = prefix.uint(p, sizeBytes);
  p += sizeBytes;
  const creationOrder = (flags & 0x04) !== 0;
  collect(await block(file, at + p, chunk), 0, chunk, true, creationOrder);
  for (let i = 0; i < continuations.length && i < MAX_BLOCKS; i++) {
    const [where, length] = continuations[i]!;
    // "OCHK", the messages, a 4-byte checksum.
    collect(await block(file, where, length), 4, length - 4, true, creationOrder);
  }
  return messages;
}

/** The attribute's string value when its name is `name`; undefined for other attributes. */
async function attribute(file: FileInfo, r: Reader, name: string): Promise<string | undefined> {
  const version = r.u8(0);
  const nameSize = r.u16(2);
  const typeSize = r.u16(4);
  const spaceSize = r.u16(6);
  const pad = (n: number) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
  let p = version === 3 ? 9 : 8;
  const attributeName = new TextDecoder().decode(r.bytes.subarray(p, p + nameSize)).replace(/\0+$/, '');
  if (attributeName !== name) return undefined;
  if (version === 2 || version === 3) {
    if (r.u8(1) & 1) throw new Problem(`the ${name} attribute has a shared datatype, which rflint does not read`);
  }
  p += pad(nameSize);
  const type = p;
  p += pad(typeSize);
  const space = p;
  p += pad(spaceSize);
  const data = p;
  const typeClass = r.u8(type) & 0x0f;
  const size = r.u32(type + 4);
  const rank = r.u8(space + 1);
  if (rank > 1) throw new Problem(`the ${name} attribute is an array of rank ${rank}, not a string`);
  const decode = (bytes: Uint8Array) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\0+$/, '');
    } catch {
      throw new Problem(`the ${name} attribute is not UTF-8 text`);
    }
  };
  if (typeClass === 3) {
    // A fixed-length string (h5py writes bytes so): the value is in the message.
    if (size > file.maxBytes) throw new Problem(`the ${name} attribute is ${size} bytes, over the ${file.maxBytes}-byte limit for model files`);
    return decode(r.bytes.subarray(data, data + size));
  }
  if (typeClass === 9 && (r.u8(type + 1) & 0x0f) === 1) {
    // A variable-length string (h5py writes str so): length, global heap collection, object index.
    const length = r.u32(data);
    if (length > file.maxBytes) throw new Problem(`the ${name} attribute is ${length} bytes, over the ${file.maxBytes}-byte limit for model files`);
    const collection = file.base + r.offset(data + 4);
    const index = r.u32(data + 4 + file.offsetSize);
    return decode(await heapObject(file, collection, index, length));
  }
  throw new Problem(`the ${name} attribute is not a string (HDF5 datatype class ${typeClass})`);
}

/** Object `index` of the global heap collection at `at`. */
async function heapObject(file: FileInfo, at: number, index: number, length: number): Promise<Uint8Array> {
  const head = await block(file, at, 8 + file.lengthSize);
  if (String.fromCharCode(head.u8(0), head.u8(1), head.u8(2), head.u8(3)) !== 'GCOL') throw new Problem('its global heap is damaged');
  const size = head.length(8);
  if (size > file.maxBytes + 4096 + length) throw new Problem('its global heap collection is larger than the limit');
  const heap = await block(file, at, size);
  let p = 8 + file.lengthSize;
  while (p + 8 + file.lengthSize <= size) {
    const id = heap.u16(p);
    const objectSize = heap.length(p + 8);
    const data = p + 8 + file.lengthSize;
    if (id === 0) break;
    if (id === index) {
      if (data + objectSize > size) throw new Problem('its global heap is damaged');
      return heap.bytes.subarray(data, data + Math.min(objectSize, length));
    }
    p = data + Math.ceil(objectSize / 8) * 8;
  }
  throw new Problem('its global heap has no such object (the file is damaged)');
}
