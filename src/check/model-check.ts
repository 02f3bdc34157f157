/**
 * The pure part of a check: one loaded model → its outputs' reports and diagnostics. Analyses
 * the graph once, then for each output reads its RF, gathers and evaluates its thresholds, and
 * turns the engine's findings (errors, lopsided merges, size-dependent RFs) into diagnostics
 * positioned in the model file.
 */
import type { LoadedModel, ModelOutput } from '../formats/model.js';
import { type Analysis, GraphError, type TensorRF, analyze, format, tensorRF, toNumber } from '../rf/index.js';
import { withAdvice } from './advice.js';
import { type Diagnostic, error, warning } from '../formats/diagnostic.js';
import type { OutputReport } from './report.js';
import { ruleMatchesFile, ruleMatchesOutput } from './match.js';
import type { Rule } from './rules.js';
import { evaluateThresholds, gatherThresholds, mergeThresholds } from './thresholds.js';

export interface ModelCheck {
  readonly outputs: OutputReport[];
  /** Without `file`: the caller knows which file it is. */
  readonly diagnostics: Diagnostic[];
  /** Indexes of the rules that set a threshold on some output of this model. */
  readonly rulesUsed: ReadonlySet<number>;
}

export function checkModel(path: string, model: LoadedModel, rules: readonly Rule[], defaultMinRf?: number): ModelCheck {
  const diagnostics: Diagnostic[] = [];
  const rulesUsed = new Set<number>();
  const at = (node: number | undefined) => (node === undefined ? undefined : model.positions[node]);
  let analysis: Analysis;
  try {
    analysis = analyze(model.graph, model.inputSize ? { inputSize: model.inputSize } : {});
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { outputs: [], diagnostics: [error(err.code, err.message, at(err.node))], rulesUsed };
  }
  const reportedErrors = new Set<GraphError>();
  const reportedNodes = new Set<string>();
  const nodeName = (i: number) => model.graph.nodes[i]?.name ?? `#${i}`;
  const outputs = [...model.outputs, ...tensorsNamedByRules(path, model, rules)].map((output): OutputReport => {
    const entries = gatherThresholds(path, output, rules, defaultMinRf);
    for (const e of entries) if (e.rule !== undefined) rulesUsed.add(e.rule);
    const thresholds = mergeThresholds(entries, model.graph.axes);
    const where = output.position ? { line: output.position.line, column: output.position.column } : {};
    const rf = tensorRF(analysis, output.node);
    if (rf instanceof GraphError) {
      if (!reportedErrors.has(rf)) {
        reportedErrors.add(rf);
        diagnostics.push(error(rf.code, rf.message, at(rf.node)));
      }
      return { ...unknownGeometry(output.name), thresholds, status: 'error', ...where };
    }
    if (rf.misalignment && !reportedNodes.has(`m${rf.misalignment.merge}`)) {
      reportedNodes.add(`m${rf.misalignment.merge}`);
      const merge = model.graph.nodes[rf.misalignment.merge]!;
      const inputs = merge.inputs.map(nodeName);
      const { axis, position, centers } = rf.misalignment;
      const detail = centers.map((c, i) => `${inputs[i]} at ${c ?? '?'}`).join(' vs ');
      const onAxis = model.graph.axes > 1 ? ` on axis ${axis}` : '';
      diagnostics.push(
        warning('RF020', `${merge.name} merges paths whose RFs have different centres at its position ${position}${onAxis} (${detail}), so the RF of ${output.name} is lopsided; align their paddings or crops`, at(rf.misalignment.merge), {
          output: output.name,
        }),
      );
    }
    if (rf.sizeDependentAt !== undefined && !reportedNodes.has(`s${rf.sizeDependentAt}`)) {
      reportedNodes.add(`s${rf.sizeDependentAt}`);
      diagnostics.push(
        warning(
          'RF021',
          `${nodeName(rf.sizeDependentAt)} merges paths whose SAME paddings shift with the input size: the RF of ${output.name} is exact only for sizes divisible by every stride upstream; set the input size to check one exactly`,
          at(rf.sizeDependentAt),
          { output: output.name },
        ),
      );
    }
    const evaluation = evaluateThresholds(entries, rf, model.graph.axes);
    const failures = evaluation.failures.map((f) => withAdvice(analysis, output.node, f));
    for (const p of evaluation.problems) {
      diagnostics.push({ severity: p.severity, code: p.code, message: `${output.name}: ${p.message}`, output: output.name, ...where });
    }
    return {
      ...geometry(output.name, rf),
      thresholds,
      status: evaluation.status,
      ...(failures.length > 0 ? { failures } : {}),
      ...where,
    };
  });
  return { outputs, diagnostics, rulesUsed };
}

/**
 * Intermediate tensors (ONNX) that a rule's `outputs` names: checked like declared outputs, so a
 * team can hold `p5*` of an exported detector to a threshold without editing the export.
 */
function tensorsNamedByRules(path: string, model: LoadedModel, rules: readonly Rule[]): ModelOutput[] {
  if (!model.tensors) return [];
  const declared = new Set(model.outputs.map((o) => o.name));
  const selecting = rules.filter((r) => r.outputs && ruleMatchesFile(r, path));
  if (selecting.length === 0) return [];
  const extra: ModelOutput[] = [];
  for (const [name, node] of model.tensors) {
    if (!declared.has(name) && selecting.some((r) => ruleMatchesOutput(r, name))) extra.push({ name, node, thresholds: {} });
  }
  return extra;
}

/** The report fields the engine gives (DESIGN §6): strides as numbers, exact where fractional. */
function geometry(name: string, rf: TensorRF): Omit<OutputReport, 'thresholds' | 'status'> {
  const fractional = rf.stride?.some((s) => s.den !== 1) ?? false;
  return {
    name,
    rf: rf.rf ? [...rf.rf] : null,
    rfMin: rf.rfMin ? [...rf.rfMin] : null,
    stride: rf.stride ? rf.stride.map(toNumber) : null,
    ...(fractional ? { strideExact: rf.stride!.map(format) } : {}),
    start: rf.start ? [...rf.start] : null,
    center: rf.center ? [...rf.center] : null,
    global: rf.global,
    aligned: rf.aligned,
    outputSize: rf.size ? [...rf.size] : null,
    coverage: rf.coverage && rf.coverage.length > 0 ? Math.min(...rf.coverage) : null,
  };
}

function unknownGeometry(name: string): Omit<OutputReport, 'thresholds' | 'status'> {
  return { name, rf: null, rfMin: null, stride: null, start: null, center: null, global: false, aligned: true, outputSize: null, coverage: null };
}
