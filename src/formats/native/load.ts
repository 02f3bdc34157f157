/**
 * A native model's text → LoadResult: parse (with limits), schema, names, axes, expansion,
 * graph, outputs, then the graph's structure (cycles). Each stage stops the load when it
 * finds a problem, so one mistake gives one diagnostic, not a cascade.
 */
import type { Diagnostic, Position } from '../diagnostic.js';
import { error } from '../diagnostic.js';
import { GraphError, topologicalOrder, validateGraph } from '../../rf/index.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { type Locator, describePath } from '../yaml/locate.js';
import { countAxes } from './axes.js';
import { buildGraph } from './build.js';
import { CODES, CYCLE } from './codes.js';
import type { NativeFile, NativeLayer } from './document.js';
import { type FlatNode, countNodes, expand, overLimitAt } from './expand.js';
import { duplicateNames } from './names.js';
import { resolveOutputs } from './outputs.js';
import { parseText } from './parse.js';
import { parseJsonFast } from '../yaml/json.js';
import { validateSchema } from './schema.js';

const JSON_NAME = /\.json$/i;

export function loadNativeText(text: string, path: string, options: LoadOptions): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): LoadResult => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
  // JSON at JSON.parse's speed; a file it does not take gets the YAML parser's diagnostics.
  const fast = JSON_NAME.test(path) ? parseJsonFast(text, options.limits) : undefined;
  const parsed = fast ? { parsed: fast } : parseText(text, options.limits);
  if ('diagnostics' in parsed) return withFile(parsed.diagnostics);
  const { data, locate } = parsed.parsed;

  const schemaProblems = validateSchema(data, locate);
  if (schemaProblems.length > 0) return withFile(schemaProblems);
  const file = data as NativeFile;

  const duplicates = duplicateNames(file.layers, ['layers'], locate);
  if (duplicates.length > 0) return withFile(duplicates);

  const maxNodes = options.limits.maxNodes;
  if (countNodes(file.layers, maxNodes) > maxNodes) {
    const at = overLimitAt(file.layers, ['layers'], maxNodes);
    return withFile([
      error(CODES.tooManyLayers, `${describePath(at)}: the layers expand to more than ${maxNodes} nodes (the limit); lower \`repeat\``, locate.at(at)),
    ]);
  }

  const { axes, diagnostics: axisProblems } = countAxes(file, locate);
  if (axisProblems.length > 0) return withFile(axisProblems);

  const expanded = expand(file.layers, locate, options.deadline);
  if (!expanded.expansion) return withFile(expanded.diagnostics);
  const { nodes } = expanded.expansion;

  const { graph, diagnostics: opProblems } = buildGraph(nodes, axes, locate, options, file.input?.channels);
  if (opProblems.length > 0) return withFile(opProblems);

  // A size given (--input-size, rules `input_size`) holds over the file's own, as in every format.
  const given = options.inputSize;
  if (given && given.length !== axes && given.length !== 1) {
    return withFile([error(CODES.axisCount, `the input size given has ${given.length} values; this model has ${axes} ${axes === 1 ? 'axis' : 'axes'}`, locate.at(file.input ? ['input', 'size'] : []))]);
  }
  const inputSize = given && given.length > 0 ? (given.length === 1 ? Array<number>(axes).fill(given[0]!) : [...given]) : file.input?.size;

  const { outputs, diagnostics: outputProblems } = resolveOutputs(file, expanded.expansion, axes, locate, inputSize !== undefined);
  if (outputProblems.length > 0) return withFile(outputProblems);

  // Instances of a block share their definition's position.
  const byDefinition = new Map<NativeLayer, Position>();
  const positions = nodes.map((node) => {
    options.deadline?.check();
    if (node.path.length === 0) return file.input ? locate.at(['input']) : undefined;
    let at = byDefinition.get(node.layer);
    if (!at) byDefinition.set(node.layer, (at = locate.at(node.path)));
    return at;
  });

  try {
    validateGraph(graph);
    topologicalOrder(graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    if (err.code === CYCLE && err.node !== undefined) return withFile([cycleDiagnostic(err, nodes, positions, locate)]);
    return withFile([error(err.code, err.message, err.node === undefined ? undefined : positions[err.node])]);
  }

  const model: LoadedModel = {
    format: 'native',
    name: file.name ?? baseName(path),
    graph,
    ...(inputSize ? { inputSize } : {}),
    ...(file.max_params !== undefined || file.max_macs !== undefined ? { limits: { ...(file.max_params !== undefined ? { max_params: file.max_params } : {}), ...(file.max_macs !== undefined ? { max_macs: file.max_macs } : {}) } } : {}),
    outputs,
    positions,
    ...(given && given.length > 0 ? { assumptions: [`input ${inputSize!.join('×')} from the input size given`] } : {}),
  };
  return { model, diagnostics: [] };
}

/**
 * Names the layers of the cycle in data-flow order with their lines, and points at the
 * `inputs` that closes it (an explicit `inputs` naming a later layer is what makes a cycle).
 */
function cycleDiagnostic(err: GraphError, nodes: readonly FlatNode[], positions: readonly (Position | undefined)[], locate: Locator): Diagnostic {
  const cycle = [...new Set([err.node!, ...err.related])];
  const where = (i: number): string => `${nodes[i]!.name} (line ${positions[i]?.line ?? '?'})`;
  const culprit = cycle.find((i) => nodes[i]!.layer.inputs !== undefined) ?? cycle[0]!;
  const path = nodes[culprit]!.layer.inputs !== undefined ? [...nodes[culprit]!.path, 'inputs'] : nodes[culprit]!.path;
  return error(
    CYCLE,
    `the layers form a cycle: ${[...cycle, cycle[0]!].map(where).join(' → ')}; \`inputs\` of ${nodes[culprit]!.name} names a layer that depends on it`,
    locate.at(path),
  );
}

function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/(\.rf)?\.(ya?ml|json)$/i, '');
}
