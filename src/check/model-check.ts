/**
 * The pure part of a check: one loaded model → its outputs' reports and diagnostics. Analyses
 * the graph once, then for each output reads its RF, gathers and evaluates its thresholds, and
 * turns the engine's findings (errors, lopsided merges, size-dependent RFs) into diagnostics
 * positioned in the model file.
 */
import type { CostLimits, LoadedModel, ModelOutput } from '../formats/model.js';
import { costLimitDiagnostics, type FileCost, fileCost } from './cost-limits.js';
import { type Analysis, type Deadline, ERF_STEPS_PER_FILE, type EffectiveRF, GraphError, type TensorRF, analyze, effectiveRF, format, networkCost, tensorRF, toNumber } from '../rf/index.js';
import { withAdvice } from './advice.js';
import { type Diagnostic, error, warning } from '../formats/diagnostic.js';
import { explainOutput } from './explain.js';
import { outputWindows } from './windows.js';
import type { ExplainRow, OutputReport, OutputWindows } from './report.js';
import { ruleMatchesFile, ruleMatchesOutput } from './match.js';
import type { Rule } from './rules.js';
import { type StageEnd, stageEnds } from './stages.js';
import { evaluateThresholds, gatherThresholds, mergeThresholds } from './thresholds.js';

export interface ModelCheck {
  readonly outputs: OutputReport[];
  /** Without `file`: the caller knows which file it is. */
  readonly diagnostics: Diagnostic[];
  /** Indexes of the rules that set a threshold on some output of this model. */
  readonly rulesUsed: ReadonlySet<number>;
  /** Parameters and MACs, when the model has a layer to count (rf/cost.ts). */
  readonly cost?: FileCost;
}

export interface CheckOptions {
  /** The min_rf of outputs that get none from the file or a rule (`--min-rf`). */
  readonly defaultMinRf?: number;
  /** Check the stage ends too (`--stages`, rules `stages: true`). */
  readonly stages?: boolean;
  /** The min_erf of outputs that get none from the file or a rule (`--min-erf`). */
  readonly defaultMinErf?: number;
  /** Add each output's layer-by-layer table (`explain`). */
  readonly explain?: boolean;
  /** Add each output's per-position windows and ERF profiles (`windows`, the HTML report). */
  readonly windows?: boolean;
  /** The file's time budget, started when it was loaded: the engine keeps checking it. */
  readonly deadline?: Deadline;
  /** max_params / max_macs for files that set none (the action's `max-params`, `max-macs`). */
  readonly defaultLimits?: CostLimits;
}

export function checkModel(path: string, model: LoadedModel, rules: readonly Rule[], options: CheckOptions = {}): ModelCheck {
  const { defaultMinRf } = options;
  const diagnostics: Diagnostic[] = [];
  const rulesUsed = new Set<number>();
  const at = (node: number | undefined) => (node === undefined ? undefined : model.positions[node]);
  let analysis: Analysis;
  try {
    analysis = analyze(model.graph, { ...(model.inputSize ? { inputSize: model.inputSize } : {}), ...(options.deadline ? { deadline: options.deadline } : {}) });
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return { outputs: [], diagnostics: [error(err.code, err.message, at(err.node))], rulesUsed };
  }
  const cost = networkCost(analysis);
  const priced = fileCost(model, cost);
  const limits = costLimitDiagnostics(path, model, priced, rules, options.defaultLimits ?? {});
  diagnostics.push(...limits.diagnostics);
  for (const r of limits.rulesUsed) rulesUsed.add(r);
  // One ERF budget for all the file's outputs (rf/erf.ts).
  const erfSteps = { left: ERF_STEPS_PER_FILE };
  const reportedErrors = new Set<GraphError>();
  const reportedNodes = new Set<string>();
  const nodeName = (i: number) => model.graph.nodes[i]?.name ?? `#${i}`;
  let stages: StageEnd[] | undefined;
  const stageList = () => (stages ??= stageEnds(model, analysis));
  const stageOutputs: ModelOutput[] = options.stages ? stageList().map((s) => ({ name: s.alias, aliases: [s.name], node: s.node, thresholds: {}, ...(model.positions[s.node] ? { position: model.positions[s.node]! } : {}) })) : [];
  const declared = [...model.outputs, ...stageOutputs];
  const outputs = [...declared, ...tensorsNamedByRules(path, model, rules, declared)].map((output): OutputReport => {
    const entries = gatherThresholds(path, output, rules, defaultMinRf, options.defaultMinErf);
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
    // Only when the paths stick out on different sides: a path whose RF contains the others'
    // (a residual around a causal conv, an FPN's upsampled top) is off-centre by design.
    if (rf.misalignment && !rf.misalignment.contained && !reportedNodes.has(`m${rf.misalignment.merge}`)) {
      reportedNodes.add(`m${rf.misalignment.merge}`);
      const merge = model.graph.nodes[rf.misalignment.merge]!;
      const inputs = merge.inputs.map(nodeName);
      const { axis, position, centers } = rf.misalignment;
      const detail = centers.map((c, i) => `${inputs[i]} at ${c ?? '?'}`).join(' vs ');
      const known = centers.filter((c): c is number => c !== null);
      const by = known.length > 1 ? ` by ${Math.max(...known) - Math.min(...known)} px` : '';
      const onAxis = model.graph.axes > 1 ? ` on axis ${axis}` : '';
      diagnostics.push(
        warning(
          'RF020',
          `${merge.name} merges paths whose RFs are off-centre${by} at its position ${position}${onAxis} (${detail}) and stick out on different sides, so the RF of ${output.name} is lopsided; align their paddings or crops`,
          at(rf.misalignment.merge),
          { output: output.name },
        ),
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
    // Only thresholds set for this output (the file, a rule): --min-rf is everybody's default.
    if (rf.global && entries.some((e) => e.source !== 'default' && (e.threshold === 'min_rf' || e.threshold === 'max_rf'))) {
      diagnostics.push(warning('RF414', `${output.name} is global: ${describeGlobal(model, rf.globalAt)} sees the whole input, so an RF threshold on it says nothing; hold a tensor before it instead (\`--stages\` lists them)`, at(rf.globalAt), { output: output.name }));
    }
    const erf = rf.global ? undefined : effectiveRF(analysis, output.node, { shared: erfSteps });
    const evaluation = evaluateThresholds(entries, rf, model.graph.axes, erf);
    const failures = evaluation.failures.map((f) => withAdvice(analysis, output.node, f));
    for (const p of evaluation.problems) {
      diagnostics.push({ severity: p.severity, code: p.code, message: `${output.name}: ${p.message}`, output: output.name, ...where });
    }
    return {
      ...geometry(output.name, rf),
      ...(erf ? { erf: erfReport(erf) } : {}),
      ...explained(options.explain ? explainOutput(model, analysis, output.node, cost) : undefined),
      ...windowed(options.windows ? outputWindows(analysis, output.node) : undefined),
      ...(rf.global && rf.globalAt !== undefined ? { globalBy: globalBy(model, rf.globalAt) } : {}),
      ...(output.aliases && stageOutputs.includes(output) ? { tensor: output.aliases[0]! } : {}),
      thresholds,
      status: evaluation.status,
      ...(failures.length > 0 ? { failures } : {}),
      ...where,
    };
  });
  if (!options.stages && outputs.length > 0 && outputs.every((o) => o.global) && stageList().length > 0) {
    diagnostics.push(allGlobal(path, model, outputs, stageList()));
  }
  return { outputs, diagnostics, rulesUsed, ...(priced ? { cost: priced } : {}) };
}

function globalBy(model: LoadedModel, node: number): { node: string; reason?: string } {
  const n = model.graph.nodes[node]!;
  const reason = n.op.kind === 'global' ? n.op.reason : undefined;
  return { node: n.name, ...(reason ? { reason } : {}) };
}

/** `` `/avgpool/GlobalAveragePool` (GlobalAveragePool) `` */
function describeGlobal(model: LoadedModel, node: number | undefined): string {
  if (node === undefined) return 'a layer';
  const { node: name, reason } = globalBy(model, node);
  return `\`${name}\`${reason ? ` (${reason})` : ''}`;
}

/**
 * A classifier's outputs are all global: say it once, with what to check instead — the stage
 * ends and their RFs, and the rule that checks them.
 */
function allGlobal(path: string, model: LoadedModel, outputs: readonly OutputReport[], stages: readonly StageEnd[]): Diagnostic {
  const first = outputs[0]!;
  const by = first.globalBy ? ` (made global by \`${first.globalBy.node}\`${first.globalBy.reason ? `, ${first.globalBy.reason}` : ''})` : '';
  const list = stages.map((s) => `${s.alias} \`${s.name}\` RF ${s.rf.rf!.join('×')}`).join('; ');
  const last = stages[stages.length - 1]!;
  const rule = `- { files: "${path}", stages: true, outputs: "${last.alias}", min_rf: ${Math.max(...last.rf.rf!)} }`;
  return warning(
    'RF415',
    `every output is global${by}, so no RF threshold can say anything about this network; check its stage ends instead: ${list}. Run with --stages, or add the rule \`${rule}\``,
    model.outputs[0]?.position,
  );
}

/**
 * Intermediate tensors (ONNX) that a rule's `outputs` names: checked like declared outputs, so a
 * team can hold `p5*` of an exported detector to a threshold without editing the export.
 */
function tensorsNamedByRules(path: string, model: LoadedModel, rules: readonly Rule[], outputs: readonly ModelOutput[]): ModelOutput[] {
  if (!model.tensors) return [];
  const declared = new Set(outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])]));
  const selecting = rules.filter((r) => r.outputs && ruleMatchesFile(r, path));
  if (selecting.length === 0) return [];
  const extra: ModelOutput[] = [];
  for (const [name, node] of model.tensors) {
    if (!declared.has(name) && selecting.some((r) => ruleMatchesOutput(r, name))) extra.push({ name, node, thresholds: {} });
  }
  return extra;
}

/** The report fields the engine gives (docs/design.md §6): strides as numbers, exact where fractional. */
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

function explained(rows: ExplainRow[] | undefined): { explain?: ExplainRow[] } {
  return rows ? { explain: rows } : {};
}

function windowed(windows: OutputWindows[] | undefined): { windows?: OutputWindows[] } {
  return windows ? { windows } : {};
}

/** sigma to a thousandth of a pixel: the float is exact to ~1e-12, the rest is noise in a diff. */
function erfReport(erf: EffectiveRF): { sigma: number[]; width95: number[]; width95Min?: number[] } {
  return { sigma: erf.sigma.map((s) => Math.round(s * 1000) / 1000), width95: [...erf.width95], ...(erf.width95Min ? { width95Min: [...erf.width95Min] } : {}) };
}

function unknownGeometry(name: string): Omit<OutputReport, 'thresholds' | 'status'> {
  return { name, rf: null, rfMin: null, stride: null, start: null, center: null, global: false, aligned: true, outputSize: null, coverage: null };
}
