/** A ModelSource over a real file: loaders read byte ranges, never the file system. */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { ModelSource } from '../formats/model.js';

export interface OpenSource {
  readonly source: ModelSource;
  close(): Promise<void>;
}

/** Throws the file system's error (ENOENT, EACCES, EISDIR): the caller makes it a diagnostic. */
export async function openSource(absolutePath: string, reportedPath: string): Promise<OpenSource> {
  // O_NONBLOCK: a FIFO named like a model would block the open until some writer came along
  // (forever, in CI); opened this way it fails the regular-file check below instead.
  const handle: FileHandle = await open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    const source: ModelSource = {
      path: reportedPath,
      size: info.size,
      async read(offset, length) {
        const size = Math.max(0, Math.min(length, info.size - offset));
        const buffer = new Uint8Array(size);
        let filled = 0;
        while (filled < size) {
          const { bytesRead } = await handle.read(buffer, filled, size - filled, offset + filled);
          if (bytesRead === 0) break; // the file shrank under us
          filled += bytesRead;
        }
        return filled === size ? buffer : buffer.subarray(0, filled);
      },
    };
    return { source, close: () => handle.close() };
  } catch (err) {
    await handle.close();
    throw err;
  }
}
