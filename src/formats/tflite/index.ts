/**
 * The TensorFlow Lite loader: reads a `.tflite` FlatBuffer's tables by ranges (never its
 * buffers, the weights), builds its main subgraph, and reports in RF660–RF679.
 */
import { basename } from 'node:path/posix';
import { error, warning } from '../diagnostic.js';
import { describeContent } from '../sniff.js';
import type { FormatLoader, LoadOptions, LoadResult, LoadedModel, ModelSource } from '../model.js';
import { gateAssumption, gateChannelAttention, gateMessage } from '../toolkit/channel-attention.js';
import { GraphError, TimeBudgetExceeded, validateGraph } from '../../rf/index.js';
import { buildGraph } from './build.js';
import { CODES } from './codes.js';
import { FlatBuffer, FlatBufferError } from './flatbuffer.js';
import { hasTfliteIdentifier, tfliteRecognition } from './recognise.js';
import { readModel } from './tables.js';

export { TFLITE_CODES } from './codes.js';

export const tfliteLoader: FormatLoader = {
  ...tfliteRecognition,
  async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
    const file = source.path;
    const fail = (code: string, message: string): LoadResult => ({ diagnostics: [error(code, message, undefined, { file })] });
    const head = await source.read(0, Math.min(source.size, 512));
    if (!hasTfliteIdentifier(head)) {
      const kind = describeContent(head);
      return fail(CODES.notTflite, `the file has no TFL3 identifier at bytes 4–7, so it is not a TFLite model${kind && kind !== 'binary data, not text' ? `: this is ${kind}` : source.size < 8 ? ` (it has ${source.size} bytes)` : ''}`);
    }
    let tables;
    try {
      tables = await readModel(new FlatBuffer(source), { maxNodes: options.limits.maxNodes, ...(options.deadline ? { deadline: options.deadline } : {}) });
    } catch (err) {
      if (err instanceof TimeBudgetExceeded) throw err;
      if (!(err instanceof FlatBufferError)) throw err;
      return fail(/more than the limit/.test(err.message) ? CODES.tooMany : /no subgraph/.test(err.message) ? CODES.structure : CODES.corrupt, err.message);
    }
    const built = buildGraph(tables, options);
    if ('diagnostics' in built) return { diagnostics: built.diagnostics.map((d) => ({ ...d, file })) };
    const diagnostics = [];
    const assumptions = [...built.assumptions];
    let graph = built.graph;
    try {
      const gated = gateChannelAttention(graph.axes, graph.nodes, (n) => n.op.kind === 'merge' && n.op.merge === 'MUL', options.channelAttentionPointwise ?? false);
      const first = gated.gates[0];
      if (first) {
        const name = (node: number) => graph.nodes[node]!.name;
        if (options.channelAttentionPointwise) {
          for (const gate of gated.gates) assumptions.push(gateAssumption(built.labels[gate.node]!, name(gate.gate)));
          graph = { axes: graph.axes, nodes: gated.nodes };
        } else {
          diagnostics.push(warning('RF022', gateMessage(built.labels[first.node]!, name(first.scaled), name(first.gate)), undefined, { file }));
        }
      }
      validateGraph(graph);
    } catch (err) {
      if (!(err instanceof GraphError)) throw err;
      return fail(err.code, err.node === undefined ? err.message : `${built.labels[err.node]}: ${err.message}`);
    }
    const model: LoadedModel = {
      format: 'tflite',
      name: basename(file.replaceAll('\\', '/')).replace(/\.tflite$/i, ''),
      graph,
      ...(built.inputSize ? { inputSize: built.inputSize } : {}),
      outputs: built.outputs,
      positions: graph.nodes.map(() => undefined),
      tensors: built.tensors,
      ...(assumptions.length > 0 ? { assumptions } : {}),
    };
    return { model, diagnostics };
  },
};
