/** A ModelSource over a real file: loaders read byte ranges, never the file system. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ModelSource } from '../formats/model.js';

export interface OpenSource {
  readonly source: ModelSource;
  close(): Promise<void>;
}

/**
 * Files up to this size are read whole, synchronously: four system calls instead of five
 * trips through the thread pool, which cost more than the reads on a run of 2,000 small files.
 */
const READ_WHOLE = 1 << 20;

/** Throws the file system's error (ENOENT, EACCES, EISDIR): the caller makes it a diagnostic. */
export async function openSource(absolutePath: string, reportedPath: string): Promise<OpenSource> {
  // O_NONBLOCK: a FIFO named like a model would block the open until some writer came along
  // (forever, in CI); opened this way it fails the regular-file check below instead.
  const fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  let size: number;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    size = info.size;
    if (size <= READ_WHOLE) {
      const bytes = readWhole(fd, size);
      return { source: { path: reportedPath, size: bytes.length, read: async (offset, length) => range(bytes, offset, length) }, close: async () => {} };
    }
  } finally {
    closeSync(fd);
  }
  // A large file (an ONNX model with its weights): only the ranges the loader asks for.
  const handle = await open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  const source: ModelSource = {
    path: reportedPath,
    size,
    async read(offset, length) {
      // Clamped to the file, as `range` clamps a small file's bytes.
      const start = Math.max(0, Math.min(offset, size));
      const want = Math.max(0, Math.min(size, offset + length) - start);
      const buffer = new Uint8Array(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, start + filled);
        if (bytesRead === 0) break; // the file shrank under us
        filled += bytesRead;
      }
      return filled === want ? buffer : buffer.subarray(0, filled);
    },
  };
  return { source, close: () => handle.close() };
}

/** The file's bytes, at most `size` of them (it may shrink under us). */
function readWhole(fd: number, size: number): Uint8Array {
  const buffer = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** bytes[offset, offset + length), clamped to the file: a damaged archive's offsets can point anywhere. */
export function range(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  const start = Math.max(0, Math.min(offset, bytes.length));
  return bytes.subarray(start, Math.max(start, Math.min(bytes.length, offset + length)));
}
