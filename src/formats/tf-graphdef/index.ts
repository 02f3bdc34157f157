/**
 * The TensorFlow GraphDef loader: a frozen graph (`*.pb`) or a SavedModel's `saved_model.pb`
 * (its `variables/` folder, the weights, is never read). The protobuf is streamed with the shared
 * wire reader, weights skipped by length; the nodes go to the TF.js graph builder.
 */
import { basename, dirname } from 'node:path/posix';
import { error } from '../diagnostic.js';
import { describeContent } from '../sniff.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { type WireDialect, WireError, WireReader } from '../toolkit/protobuf.js';
import { CODES } from './codes.js';
import { loadDecoded } from './load.js';
import { decodeFile } from './proto.js';
import { tfGraphdefRecognition } from './recognise.js';

export { TF_GRAPHDEF_CODES } from './codes.js';

const TF_WIRE: WireDialect = { format: 'TensorFlow GraphDef', truncated: CODES.truncated, corrupt: CODES.corrupt };

export const tfGraphdefLoader: FormatLoader = {
  ...tfGraphdefRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    if (source.size === 0) return { diagnostics: [error(CODES.truncated, 'the file is empty: a GraphDef holds at least one node', undefined, { file })] };
    let decoded;
    try {
      decoded = await decodeFile(new WireReader(source, TF_WIRE), { maxNodes: options.limits.maxNodes, ...(options.deadline ? { deadline: options.deadline } : {}) });
    } catch (err) {
      if (!(err instanceof WireError)) throw err;
      const kind = describeContent(await source.read(0, 512));
      const message = kind && kind !== 'binary data, not text' ? `this is ${kind}, not a TensorFlow GraphDef (${err.message})` : err.message;
      return { diagnostics: [error(err.code, message, undefined, { file })] };
    }
    return loadDecoded(decoded, file, modelName(file), options);
  },
};

/** `frozen_inference_graph.pb` → its name; `resnet/1/saved_model.pb` → `resnet/1`'s folder name. */
function modelName(path: string): string {
  const p = path.replaceAll('\\', '/');
  const base = basename(p);
  if (base.toLowerCase() === 'saved_model.pb') {
    const dir = basename(dirname(p));
    if (dir !== '' && dir !== '.') return dir;
  }
  return base.replace(/\.pb$/i, '');
}
