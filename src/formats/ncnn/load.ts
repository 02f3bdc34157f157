/**
 * An ncnn `.param` text → LoadResult: parse the layer lines with positions, read every layer's
 * numbered parameters (unknown types, values), build the graph. Problems of different layers are
 * all reported; building runs only when reading found no error.
 */
import { type Diagnostic, error, warning } from '../diagnostic.js';
import { GraphError, OverflowError, validateGraph } from '../../rf/index.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { type NcnnLayer, buildGraph } from './build.js';
import { CODES } from './codes.js';
import { type LayerSpec, knownType, readLayer, unknownType } from './layers.js';
import { parseParam } from './parse.js';

export function loadNcnnText(text: string, path: string, options: LoadOptions, fileName = 'model'): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.map((d) => ({ ...d, file: path }));
  const parsed = parseParam(text, options.limits.maxNodes, options.deadline);
  if ('diagnostics' in parsed) return { diagnostics: withFile(parsed.diagnostics) };
  const { file } = parsed;

  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [...file.warnings];
  const layers: NcnnLayer[] = [];
  const assumptions: string[] = [];
  const layerNames = new Map<string, number>();
  let blobs = 0;
  for (const line of file.layers) {
    options.deadline?.check();
    blobs += line.tops.length;
    const seen = layerNames.get(line.name.text);
    if (seen !== undefined) {
      problems.push(error(CODES.duplicate, `layer name "${line.name.text}" is used twice (first on line ${seen}); ncnn layer names are unique: rename one`, line.name.at));
      continue;
    }
    layerNames.set(line.name.text, line.at.line);
    const type = line.type.text;
    let spec: LayerSpec;
    if (knownType(type)) {
      const read = readLayer(line);
      if ('code' in read) {
        problems.push(read);
        continue;
      }
      spec = read;
    } else {
      const assumed = options.assume?.get(type);
      if (!assumed) {
        problems.push(unknownType(line));
        continue;
      }
      spec = assumed === 'pointwise' ? { kind: 'pointwise' } : { kind: 'global', reason: `${type} (assumed global)` };
      const note = `layers of type ${type} are treated as ${assumed}, as asked`;
      if (!assumptions.includes(note)) assumptions.push(note);
    }
    layers.push({ line, spec });
  }
  if (problems.length > 0) return { diagnostics: withFile(problems) };
  if (blobs !== file.blobCount) {
    warnings.push(warning(CODES.duplicate, `the count line declares ${file.blobCount} blobs but the layers write ${blobs}; ncnn sizes its blob table by the count: fix it`, file.countsAt));
  }

  const given = options.inputSize;
  const inputSize = given && given.length > 0 ? (given.length === 1 ? [given[0]!, given[0]!] : [...given]) : undefined;
  if (inputSize && (inputSize.length !== 2 || inputSize.some((n) => !Number.isSafeInteger(n) || n < 1))) {
    return { diagnostics: withFile([error(CODES.invalidValue, `the input size is ${inputSize.join('×')}; rflint reads 2-D ncnn nets: give height × width (e.g. --input-size 224x224)`, file.layers[0]!.at)]) };
  }
  let built: ReturnType<typeof buildGraph>;
  try {
    built = buildGraph(layers, { inputSize, channelAttentionPointwise: options.channelAttentionPointwise, deadline: options.deadline });
  } catch (err) {
    // Sizes so large their exact ratios overflow (a resize after a chain of huge layers).
    if (!(err instanceof OverflowError)) throw err;
    return { diagnostics: withFile([error('RF014', err.message)]) };
  }
  if ('problem' in built) return { diagnostics: withFile([built.problem, ...warnings]) };
  if (!built.graph.nodes.some((n) => n.op.kind === 'input')) {
    return { diagnostics: withFile([error(CODES.missing, 'the net has no `Input` layer; an ncnn net starts with one (`Input data 0 1 data 0=224 1=224 2=3`)', file.layers[0]!.at), ...warnings]) };
  }
  try {
    validateGraph(built.graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { diagnostics: withFile([error(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node]), ...warnings]) };
  }
  const source = inputSize ? 'the input size given' : 'the Input layer (0=w 1=h)';
  const notes = [...(built.inputSize ? [`input ${built.inputSize.join('×')} (height × width) from ${source}`] : []), ...assumptions, ...built.assumptions];
  const model: LoadedModel = {
    format: 'ncnn',
    name: fileName,
    graph: built.graph,
    ...(built.inputSize ? { inputSize: built.inputSize } : {}),
    outputs: built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    ...(notes.length > 0 ? { assumptions: notes } : {}),
  };
  return { model, diagnostics: withFile([...warnings, ...built.diagnostics]) };
}
