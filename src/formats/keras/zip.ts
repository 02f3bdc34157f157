/**
 * One member of a zip file (a Keras 3 `.keras` file's `config.json`), read without reading the
 * rest: the end-of-central-directory record (ZIP64 too), the central directory, then only that
 * member's bytes, inflated with fflate (a small pure-JS inflater). The weights beside it
 * (`model.weights.h5`, often hundreds of megabytes) are never read. Layout: PKWARE APPNOTE.TXT
 * §4.3 (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT).
 */
import { inflateSync } from 'fflate';
import type { ModelSource } from '../model.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The EOCD record (22 bytes) plus the longest comment (65535). */
const TAIL = 22 + 65535;
/** A central directory larger than this is not a Keras file's (it holds three members). */
const MAX_CENTRAL_DIRECTORY = 16 << 20;

export type ZipMember = { readonly text: string } | { readonly problem: string };

/**
 * Limits: the member's declared size (checked before anything is allocated), its actual inflated
 * size (inflated into a buffer one byte larger than declared, so a member that lies about its
 * size — a zip bomb — stops there), and the number of entries listed.
 */
export async function readZipMember(source: ModelSource, name: string, maxBytes: number, maxEntries: number): Promise<ZipMember> {
  const tailStart = Math.max(0, source.size - TAIL);
  const tail = await source.read(tailStart, source.size - tailStart);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { problem: 'it is not a zip file (no end-of-central-directory record)' };
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 20 + 8, true));
    const record = await source.read(at, 56);
    const r = new DataView(record.buffer, record.byteOffset, record.byteLength);
    if (record.length < 56 || r.getUint32(0, true) !== ZIP64_EOCD) return { problem: 'its ZIP64 end-of-central-directory record is damaged' };
    count = Number(r.getBigUint64(32, true));
    cdSize = Number(r.getBigUint64(40, true));
    cdOffset = Number(r.getBigUint64(48, true));
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > source.size) return { problem: 'its central directory is damaged or too large' };
  if (count > maxEntries) return { problem: `it lists ${count} entries, over the limit of ${maxEntries} (a Keras file holds three)` };
  const cd = await source.read(cdOffset, cdSize);
  const c = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let p = 0, i = 0; i < count && p + 46 <= cd.length; i++) {
    if (c.getUint32(p, true) !== CENTRAL) return { problem: 'its central directory is damaged' };
    const method = c.getUint16(p + 10, true);
    let compressed = c.getUint32(p + 20, true);
    let size = c.getUint32(p + 24, true);
    const nameLength = c.getUint16(p + 28, true);
    const extraLength = c.getUint16(p + 30, true);
    const commentLength = c.getUint16(p + 32, true);
    let local = c.getUint32(p + 42, true);
    const member = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
    names.push(member);
    if (member === name) {
      // ZIP64: the sizes and offset that do not fit 32 bits are in the 0x0001 extra field, in this order.
      // A damaged extra field may claim more bytes than the directory holds: never read past either.
      const extraEnd = Math.min(p + 46 + nameLength + extraLength, cd.length);
      const u64 = (q: number) => (q + 8 <= extraEnd ? Number(c.getBigUint64(q, true)) : Number.NaN);
      for (let e = p + 46 + nameLength; e + 4 <= extraEnd; ) {
        const id = c.getUint16(e, true);
        const length = c.getUint16(e + 2, true);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) (size = u64(q)), (q += 8);
          if (compressed === 0xffffffff) (compressed = u64(q)), (q += 8);
          if (local === 0xffffffff) local = u64(q);
        }
        e += 4 + length;
      }
      if ([size, compressed, local].some((n) => !Number.isSafeInteger(n))) return { problem: `its ${name} entry is damaged` };
      if (size > maxBytes) return { problem: `its ${name} is ${size} bytes, over the ${maxBytes}-byte limit for model files` };
      const header = await source.read(local, 30);
      const h = new DataView(header.buffer, header.byteOffset, header.byteLength);
      if (header.length < 30 || h.getUint32(0, true) !== LOCAL) return { problem: `its ${name} entry is damaged` };
      const start = local + 30 + h.getUint16(26, true) + h.getUint16(28, true);
      if (start + compressed > source.size) return { problem: `its ${name} entry runs past the end of the file (the zip is damaged)` };
      const data = await source.read(start, compressed);
      let bytes: Uint8Array;
      try {
        if (method === 0) bytes = data;
        else if (method === 8) bytes = inflateSync(data, { out: new Uint8Array(size + 1) });
        else return { problem: `its ${name} is compressed with method ${method}; only stored and deflated members are read` };
      } catch {
        return { problem: `its ${name} does not inflate (the zip is damaged)` };
      }
      if (bytes.length !== size) return { problem: `its ${name} ${bytes.length > size ? 'inflates to more than' : 'is shorter than'} the ${size} bytes its entry declares (the zip is damaged, or a zip bomb)` };
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { problem: `its ${name} is not UTF-8 text` };
      }
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  const shown = names.slice(0, 5).join(', ');
  return { problem: `it holds no ${name}${names.length > 0 ? ` (it holds ${shown}${names.length > 5 ? ', …' : ''})` : ''}` };
}
