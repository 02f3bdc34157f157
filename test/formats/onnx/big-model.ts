/**
 * Writes an ONNX model whose weights carry huge raw_data, streaming the zeros so the writer never
 * holds them: a chain of 3×3 convs (kernel_shape omitted, so the loader needs the weights' dims)
 * whose initializers come before the nodes, the worst order for a reader that must skip them.
 * With `sparse`, the payloads are holes in the file (no disk space), for files over 2 GB.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { type Bytes, FLOAT, bytes, concat, int, lenHead, node, packedInts, str, valueInfo } from './encode.js';

export interface BigModel {
  readonly path: string;
  readonly size: number;
  /** The name of the last conv's output (the graph output). */
  readonly output: string;
}

/** Synchronous, so a benchmark's untimed setup can call it. */
export function writeBigModel(path: string, layers: number, bytesPerWeight: number, sparse = false): BigModel {
  const channels = Math.max(1, Math.floor(bytesPerWeight / 4 / 9));
  const payload = channels * 9 * 4;
  const weights = Array.from({ length: layers }, (_, i) => {
    const head = concat(packedInts(1, [channels, 1, 3, 3]), int(2, FLOAT), str(8, `w${i}`), lenHead(9, payload));
    return concat(lenHead(5, head.length + payload), head);
  });
  const nodes = Array.from({ length: layers }, (_, i) =>
    bytes(1, node({ op: 'Conv', name: `conv${i}`, inputs: [i === 0 ? 'x' : `c${i - 1}`, `w${i}`], outputs: [`c${i}`], attrs: [packedPads()] })),
  );
  const tail = concat(...nodes, str(2, 'big'), bytes(11, valueInfo('x', [1, 1, 224, 224])), bytes(12, valueInfo(`c${layers - 1}`)));
  const graphLength = weights.reduce((n, prefix) => n + prefix.length + payload, 0) + tail.length;
  // The model's fields before the graph, then the graph's head: everything up to the first weight.
  const header = concat(int(1, 8), msgOpset(), lenHead(7, graphLength));
  const fd = openSync(path, 'w');
  try {
    let at = 0;
    const write = (b: Bytes): void => {
      for (let done = 0; done < b.length; ) done += writeSync(fd, b, done, b.length - done, at + done);
      at += b.length;
    };
    write(header);
    const zeros = new Uint8Array(Math.min(payload, 8 << 20));
    for (const prefix of weights) {
      write(prefix);
      if (sparse) at += payload;
      else for (let left = payload; left > 0; left -= zeros.length) write(zeros.subarray(0, Math.min(left, zeros.length)));
    }
    write(tail);
    return { path, size: at, output: `c${layers - 1}` };
  } finally {
    closeSync(fd);
  }
}

function packedPads(): Bytes {
  return concat(str(1, 'pads'), int(20, 7), packedInts(8, [1, 1, 1, 1]));
}

function msgOpset(): Bytes {
  return bytes(8, concat(str(1, ''), int(2, 17)));
}
