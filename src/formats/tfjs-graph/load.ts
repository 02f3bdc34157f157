/**
 * A TF.js graph model.json's text → LoadResult: parse (JSON with positions: yaml/json.ts),
 * schema, graph. Each stage stops the load at its problems.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { CODES as NATIVE } from '../native/codes.js';
import { parseJson } from '../yaml/json.js';
import { GraphError, validateGraph } from '../../rf/index.js';
import { buildGraph } from './build.js';
import type { GraphModelFile } from './graphdef.js';
import { CODES } from './codes.js';
import { validateSchema } from './schema.js';

const OURS: Readonly<Record<string, string>> = {
  [NATIVE.syntax]: CODES.syntax,
  [NATIVE.tooDeep]: CODES.limits,
};

export function loadTfjsGraphText(text: string, path: string, options: LoadOptions): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): LoadResult => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
  const parsed = parseJson(text, options.limits);
  if ('diagnostics' in parsed) return withFile(parsed.diagnostics.map((d) => ({ ...d, code: OURS[d.code] ?? d.code })));
  const { data, locate } = parsed.parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return withFile([error(CODES.structure, 'not a TF.js graph model: the file must be a JSON object with `modelTopology` (a GraphDef with a `node` list)', { line: 1, column: 1 })]);
  }
  const schemaProblems = validateSchema(data, locate);
  if (schemaProblems.length > 0) return withFile(schemaProblems);

  const built = buildGraph(data as GraphModelFile, locate, options);
  if ('diagnostics' in built) return withFile(built.diagnostics);
  try {
    validateGraph(built.graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return withFile([error(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node]), ...built.warnings]);
  }
  const model: LoadedModel = {
    format: 'tfjs',
    name: modelName(path),
    graph: built.graph,
    ...(built.inputSize ? { inputSize: built.inputSize } : {}),
    outputs: built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    ...(built.assumptions.length > 0 ? { assumptions: built.assumptions } : {}),
  };
  return { model, diagnostics: built.warnings.map((d) => ({ ...d, file: path })) };
}

/** `web_model/model.json` → `web_model`: every converted model is called model.json. */
function modelName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  const base = (parts.pop() ?? path).replace(/\.json$/i, '');
  return base === 'model' && parts.length > 0 ? parts[parts.length - 1]! : base;
}
