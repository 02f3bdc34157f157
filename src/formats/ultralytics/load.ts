/**
 * An Ultralytics model YAML's text → LoadResult: parse, schema, scale, graph, structure. Each
 * stage stops the load at its first problem, so one mistake gives one diagnostic.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { LoadOptions, LoadResult, LoadedModel } from '../model.js';
import { GraphError, topologicalOrder, validateGraph } from '../../rf/index.js';
import { buildGraph } from './build.js';
import { YOLOV7_HEADS } from './heads.js';
import type { Dialect } from './primitives.js';
import { CODES } from './codes.js';
import type { UltralyticsFile } from './document.js';
import { parseYaml } from './parse.js';
import { chooseScaling, scaleFromFileName } from './scale.js';
import { validateSchema } from './schema.js';

/** Ultralytics' default image size (`imgsz=640`). */
export const DEFAULT_INPUT_SIZE: readonly number[] = [640, 640];

export function loadUltralyticsText(text: string, path: string, options: LoadOptions): LoadResult {
  const withFile = (diagnostics: readonly Diagnostic[]): LoadResult => ({ diagnostics: diagnostics.map((d) => ({ ...d, file: path })) });
  const parsed = parseYaml(text, options.limits);
  if ('diagnostics' in parsed) return withFile(parsed.diagnostics);
  const { data, locate } = parsed.parsed;

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return withFile([error(CODES.missingKey, 'not an Ultralytics model: the file must be a mapping with `backbone:` and `head:` lists', { line: 1, column: 1 })]);
  }
  const schemaProblems = validateSchema(data, locate);
  if (schemaProblems.length > 0) return withFile(schemaProblems);
  const file = data as UltralyticsFile;

  const assumptions: string[] = [];
  const inputSize = options.inputSize ?? DEFAULT_INPUT_SIZE;
  if (inputSize.length !== 2 || !inputSize.every((v) => Number.isSafeInteger(v) && v > 0)) {
    return withFile([error(CODES.inputSize, `the input size must be two positive integers (height, width) such as 640x640, got ${inputSize.join('x')}`)]);
  }
  if (!options.inputSize) assumptions.push(`input ${inputSize.join('×')} (Ultralytics' default; set input_size)`);

  const scaling = chooseScaling(file, path, options.scale, locate);
  if ('severity' in scaling) return withFile([scaling]);
  if (scaling.assumption) assumptions.push(scaling.assumption);

  const built = buildGraph(
    file,
    {
      dialect: dialectOf(file),
      // Without `scales:`, parse_model's scale is the file name's letter or '' (which is `in "mlx"`).
      scale: scaling.scale ?? scaleFromFileName(path) ?? '',
      depth: scaling.depth,
      attentionPointwise: options.attentionPointwise ?? false,
      assume: options.assume ?? new Map(),
      maxNodes: options.limits.maxNodes,
      deadline: options.deadline,
    },
    locate,
  );
  if ('diagnostics' in built) return withFile(built.diagnostics);

  const graph = { axes: 2, nodes: built.nodes };
  try {
    validateGraph(graph);
    topologicalOrder(graph);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return withFile([error(err.code, err.message, err.node === undefined ? undefined : built.positions[err.node])]);
  }
  const model: LoadedModel = {
    format: 'ultralytics',
    name: baseName(path),
    graph,
    inputSize,
    outputs: built.outputs,
    positions: built.positions,
    tensors: built.tensors,
    assumptions,
  };
  return { model, diagnostics: built.warnings.map((d) => ({ ...d, file: path })) };
}

/**
 * Which repository's modules the file means. The files of the YOLOv5 lineage (YOLOv5, YOLOv7,
 * YOLOv9) declare `anchors` (YOLOv9's anchor-free ones too) and share a Bottleneck of 1×1 then
 * 3×3; a YOLOv7 head marks YOLOv7's Conv, whose sixth argument is the activation. What the head
 * runs is decided by the head module (heads.ts), not here.
 */
function dialectOf(file: UltralyticsFile): Dialect {
  if (file.head.some((row) => YOLOV7_HEADS.has(row[2]))) return 'yolov7';
  return file.anchors !== undefined ? 'yolov5' : 'ultralytics';
}

function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.ya?ml$/i, '');
}
