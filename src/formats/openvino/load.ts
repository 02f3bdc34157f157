/**
 * An OpenVINO IR's XML text → LoadResult: parse the XML with positions (no entities, limits on
 * elements and nesting), read the layers, ports and edges, build the graph from the edges.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import { GraphError, OverflowError, validateGraph } from '../../rf/index.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { buildGraph } from './build.js';
import { CODES } from './codes.js';
import { readIr } from './ir.js';
import { parseXml } from './xml.js';

/** XML elements per layer an IR spends at most (layer, data, ports, dims, rt_info): generous. */
const ELEMENTS_PER_LAYER = 64;

export function loadOpenvinoText(text: string, path: string, options: LoadOptions, fileName = 'model'): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.map((d) => ({ ...d, file: path }));
  const { limits } = options;
  const parsed = parseXml(text, { maxDepth: limits.maxDepth, maxElements: Math.min(limits.maxNodes * ELEMENTS_PER_LAYER, 50_000_000) }, options.deadline);
  if ('error' in parsed) return { diagnostics: withFile([error(parsed.error.limit ? CODES.limit : CODES.syntax, parsed.error.message, parsed.error.at)]) };
  const ir = readIr(parsed.root, limits.maxNodes);
  if ('problems' in ir) return { diagnostics: withFile(ir.problems) };
  const given = options.inputSize;
  const inputSize = given && given.length > 0 ? (given.length === 1 ? [given[0]!, given[0]!] : [...given]) : undefined;
  if (inputSize && (inputSize.length !== 2 || inputSize.some((n) => !Number.isSafeInteger(n) || n < 1))) {
    return { diagnostics: withFile([error(CODES.invalidValue, `the input size is ${inputSize.join('×')}; rflint reads 2-D OpenVINO IRs: give height × width (e.g. --input-size 224x224)`, parsed.root.at)]) };
  }
  let built: ReturnType<typeof buildGraph>;
  try {
    built = buildGraph(ir, { inputSize, assume: options.assume, channelAttentionPointwise: options.channelAttentionPointwise, deadline: options.deadline });
  } catch (err) {
    // Sizes so large their exact ratios overflow (a resize after a chain of huge layers).
    if (!(err instanceof OverflowError)) throw err;
    return { diagnostics: withFile([error('RF014', err.message)]) };
  }
  if ('problem' in built) return { diagnostics: withFile([built.problem]) };
  try {
    validateGraph(built.graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { diagnostics: withFile([error(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])]) };
  }
  const source = inputSize ? 'the input size given' : "the Parameter's dims";
  const notes = [...(built.inputSize ? [`input ${built.inputSize.join('×')} (height × width) from ${source}`] : []), ...built.assumptions];
  const model: LoadedModel = {
    format: 'openvino',
    name: ir.name && ir.name !== '' ? ir.name : fileName,
    graph: built.graph,
    ...(built.inputSize ? { inputSize: built.inputSize } : {}),
    outputs: built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    ...(notes.length > 0 ? { assumptions: notes } : {}),
  };
  return { model, diagnostics: withFile(built.diagnostics) };
}
