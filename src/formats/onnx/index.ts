/**
 * The ONNX loader: streams the protobuf (never loading weights), decodes the graph, maps it to
 * the graph IR. Problems with the file are RF2xx diagnostics that name the byte offset or the node.
 */
import { basename } from 'node:path/posix';
import { error } from '../diagnostic.js';
import { describeContent } from '../sniff.js';
import type { FormatLoader, LoadOptions, LoadResult, ModelSource } from '../model.js';
import { onnxRecognition } from './recognise.js';
import { buildGraph } from './graph.js';
import { decodeModel } from './proto.js';
import { WireError, WireReader } from './wire.js';

export const onnxLoader: FormatLoader = {
  ...onnxRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    if (source.size === 0) return { diagnostics: [error('RF201', 'the file is empty: an ONNX model holds at least a graph', undefined, { file })] };
    let model;
    try {
      model = await decodeModel(new WireReader(source));
    } catch (err) {
      if (!(err instanceof WireError)) throw err;
      // A file that is something else (a zip, a saved web page) says so, not only "corrupt".
      const kind = describeContent(await source.read(0, 512));
      const message = kind && kind !== 'binary data, not text' ? `this is ${kind}, not an ONNX model (${err.message})` : err.message;
      return { diagnostics: [error(err.code, message, undefined, { file })] };
    }
    return buildGraph(model, basename(file.replaceAll('\\', '/')).replace(/\.onnx$/i, ''), file, options);
  },
};
