/**
 * PyTorch checkpoints and other Python pickles are refused, never read: unpickling runs
 * whatever code the file holds (pickle's REDUCE opcode calls any importable function), so a
 * pull request could run code in CI through a model file. They are recognised by name and by
 * content, so renaming one to `.onnx` or `.yaml` does not get it read either.
 */

import { caffeRecognition } from './caffe/recognise.js';

/** Names of pickled models: PyTorch (`torch.save`), Lightning checkpoints, plain pickles. */
const PICKLE_NAME = /\.(pt|pth|pkl|pickle|ckpt)$/i;
/** Pickle protocol 2–5 starts with PROTO (0x80) and the protocol number. */
const PROTO = 0x80;
/** `torch.save` since 1.6 writes a zip whose members live under `<name>/`, the pickle in `data.pkl`. */
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

/**
 * Why the file is a pickle, in words ("its name ends in .pt"), or undefined when it is not one.
 * The name alone is not enough when the bytes are a Caffe net's text: py-faster-rcnn names its
 * prototxts `train.pt`/`test.pt`. A pickle (any protocol, protocol 0's text too) or a zip never
 * starts like one, so the bytes decide.
 */
export function pickleEvidence(path: string, head: Uint8Array): string | undefined {
  const named = PICKLE_NAME.exec(path);
  if (named && !caffeRecognition.matches(path, head)) return `its name ends in .${named[1]}`;
  if (head[0] === PROTO && head[1]! >= 2 && head[1]! <= 5) return `it starts with the header of a protocol-${head[1]} pickle`;
  if (ZIP_LOCAL.every((b, i) => head[i] === b) && zipNames(head).some((n) => n === 'data.pkl' || n.endsWith('/data.pkl'))) {
    return 'it is a PyTorch zip checkpoint holding data.pkl';
  }
  return undefined;
}

/** The message for a refused pickle: why, and what to do instead. */
export function pickleMessage(evidence: string): string {
  return (
    `this is a PyTorch checkpoint or Python pickle (${evidence}): rflint never loads pickles, because loading one runs ` +
    'whatever code it holds. Export the model to ONNX and check that file instead: ' +
    '`torch.onnx.export(model, dummy, "model.onnx")`, with `dummy` an input of the model\'s shape (e.g. `torch.randn(1, 3, 224, 224)`)'
  );
}

/** The names of the zip's local file headers that lie in `head` (a zip's first members). */
function zipNames(head: Uint8Array): string[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const names: string[] = [];
  const decoder = new TextDecoder();
  // Member data may be stored uncompressed between headers: only the first few are reliable.
  for (let p = 0; p + 30 <= head.length && names.length < 8; ) {
    if (view.getUint32(p, true) !== 0x04034b50) break;
    const compressed = view.getUint32(p + 18, true);
    const nameLength = view.getUint16(p + 26, true);
    const extraLength = view.getUint16(p + 28, true);
    if (p + 30 + nameLength > head.length) break;
    names.push(decoder.decode(head.subarray(p + 30, p + 30 + nameLength)));
    p += 30 + nameLength + extraLength + compressed;
  }
  return names;
}
