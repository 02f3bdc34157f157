/**
 * The JSON report (docs/design.md §6, a contract): what the CLI prints with --format json, what the
 * action writes to RUNNER_TEMP, and what every renderer reads. Add fields; rename none.
 */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FormatName, Thresholds } from '../formats/model.js';
import type { Shard } from './shard.js';

export type Status = 'pass' | 'fail' | 'unchecked' | 'error';

/** Why an output failed: which threshold, from where, and by how much. */
export interface ThresholdFailure {
  readonly threshold: 'min_rf' | 'max_rf' | 'min_coverage' | 'min_erf';
  /** `file` (the model file), `rules` (a workflow rule, with its index), `default` (--min-rf). */
  readonly source: 'file' | 'rules' | 'default';
  readonly rule?: number;
  readonly axis?: number;
  readonly expected: number;
  readonly actual: number | null;
  readonly message: string;
  /** A min_rf failure: one verified, priced entry per lever that can grow the RF (docs/design.md §7.2). */
  readonly advice?: Advice[];
}

/**
 * One way to reach a min_rf, applied to the graph and re-analysed at every position (rf/levers.ts).
 * Layers are named as in the report; `rf` is the smallest RF over positions after the change.
 */
export interface Advice {
  readonly lever: 'add_layers' | 'widen_kernel' | 'stride' | 'dilate';
  /** add_layers: `count` convs of kernel `kernel` after layer `after`. */
  readonly after?: string;
  readonly count?: number;
  /** add_layers: 3; widen_kernel: the layer's new kernel. */
  readonly kernel?: number;
  /** widen_kernel, stride, dilate: the layer changed. */
  readonly layer?: string;
  readonly stride?: number;
  readonly dilation?: number;
  readonly rf: number[];
  /** False when this lever alone cannot reach the target; `rf` is then the best it gives. */
  readonly reaches: boolean;
  /** What the change adds (negative: saves): params and MACs (null: channels unknown), the output's size after it, layers added. */
  readonly cost: { readonly params: number | null; readonly macs: number | null; readonly outputSize: number[] | null; readonly depth: number };
  /** dilate: the dilation exceeds the kernel, so some positions inside the RF are reached by no path. */
  readonly warning?: string;
}

/**
 * One layer of the path that sets an output's RF (`rflint explain`, src/rf/path.ts). Per-axis
 * arrays in model axis order.
 */
export interface ExplainRow {
  readonly layer: string;
  /** The op's kind: `input`, `conv`, `pool`, `deconv`, `resize`, `merge`… */
  readonly op: string;
  readonly kernel?: number[];
  readonly stride?: number[];
  readonly dilation?: number[];
  /** The jump J before the layer (its input's stride in input pixels; a fraction after upsampling). */
  readonly jump: number[];
  /** The exact RF after the layer (the engine's: the largest over positions). */
  readonly rf: number[];
  /** The inverse method: the window of this layer's input that one output position sees along the path. */
  readonly inverse: (number | null)[];
  /** The layer's share of the output's RF (its growth over the previous row / the final RF), 0–1. */
  readonly share: number[];
  /** Its learned parameters and multiply–accumulates (0 for layers that have none; null: unknown). */
  readonly params?: number | null;
  readonly macs?: number | null;
  /** After upsampling: the RF repeats every `period` positions (rf is the largest over them). */
  readonly period?: number[];
  /** At a merge: its inputs, the one the path follows, and those that reach the hull's ends. */
  readonly merge?: { readonly inputs: string[]; readonly followed: string; readonly lo: string[]; readonly hi: string[] };
}

/**
 * The window of every position of an output on one axis (the HTML report draws it): position
 * u = r + m·period sees input positions lo[r] + m·step … hi[r] + m·step (null: it reads nothing,
 * a transposed conv's hole). `period` is 1 without upsampling, where lo[0] is `start` and
 * step the stride.
 */
export interface OutputWindows {
  readonly period: number;
  readonly step: number;
  readonly lo: (number | null)[];
  readonly hi: (number | null)[];
  /** The model's input size and the output's size on this axis, when known. */
  readonly inputSize?: number;
  readonly outputSize?: number;
  /**
   * Per phase r, the ERF profile of position r: the weight of input position lo + i is
   * weights[i] per mille of the peak (shift by m·step for position r + m·period). Absent when too costly.
   */
  readonly erf?: ({ readonly lo: number; readonly weights: number[] } | null)[];
}

export interface OutputReport {
  readonly name: string;
  readonly rf: number[] | null;
  readonly rfMin: number[] | null;
  /** Per axis; a fraction such as 0.5 after upsampling. Null when global. */
  readonly stride: number[] | null;
  /** The exact stride, `1/3`, where a number would round. */
  readonly strideExact?: string[] | null;
  readonly start: (number | null)[] | null;
  readonly center: (number | null)[] | null;
  readonly global: boolean;
  /** When global: the layer that made it so, and what it is (`GlobalAveragePool`). */
  readonly globalBy?: { readonly node: string; readonly reason?: string };
  /** A stage end's tensor name (the output's name is its alias, `stride16`). */
  readonly tensor?: string;
  readonly aligned: boolean;
  readonly outputSize: number[] | null;
  /**
   * The smallest coverage over the axes and over the central positions, one of each phase
   * (TensorRF.coverage): what min_coverage is held to. Null without an input size.
   */
  readonly coverage: number | null;
  /**
   * The effective RF under uniform weights (src/rf/erf.ts), per axis: its standard deviation and
   * the shortest window holding 95 % of the mass, in input pixels. Absent when global or too costly.
   */
  readonly erf?: { readonly sigma: number[]; readonly width95: number[]; readonly width95Min?: number[] };
  /** The layer-by-layer table of the path that sets the RF (`--explain`, and the action). */
  readonly explain?: ExplainRow[];
  /** Per axis, the window of every position (`--format html`); absent when global or not asked. */
  readonly windows?: OutputWindows[];
  /** The thresholds in force (file, rules and default merged: the strictest wins). */
  readonly thresholds: Thresholds;
  readonly status: Status;
  readonly failures?: ThresholdFailure[];
  /** Where the output is declared, when the format says. */
  readonly line?: number;
  readonly column?: number;
}

export interface FileReport {
  readonly path: string;
  readonly format: FormatName | 'unknown';
  readonly name: string;
  readonly diagnostics: Omit<Diagnostic, 'file'>[];
  readonly outputs: OutputReport[];
  /** What the loader assumed where the file is silent (a scale, an input size), in words. */
  readonly assumptions?: string[];
  /**
   * Learned parameters and multiply–accumulates per input image of convs, transposed convs and
   * dense layers (torchvision's and fvcore's convention); null where the format does not know
   * the channels (or, for MACs, the sizes). Absent when the model has no such layer.
   */
  readonly cost?: { readonly params: number | null; readonly macs: number | null };
}

export interface Summary {
  readonly files: number;
  readonly outputs: number;
  readonly passed: number;
  readonly failed: number;
  /** Error diagnostics (files that could not be checked, outputs that could not be analysed). */
  readonly errors: number;
  readonly warnings: number;
  /** The smallest RF among checked outputs (min over axes), null when there is none. */
  readonly minRf: number | null;
  /** Warnings silenced by `ignore` (rules) or --ignore; not in `warnings`. */
  readonly ignored?: number;
}

export interface Report {
  readonly version: 1;
  readonly files: FileReport[];
  /** Problems about no single model file (the rules, a pattern that matched nothing), each with its own `file` when it has one. */
  readonly diagnostics?: readonly Diagnostic[];
  readonly summary: Summary;
  /** Where the action made it, so a later trusted workflow (workflow_run) can find the PR. */
  readonly github?: ReportOrigin;
  /** The same check on the pull request's base, for the deltas. */
  readonly base?: Report;
  /** The run checked only this shard of the files (`--shard K/N`); `rflint merge` combines them. */
  readonly shard?: Shard;
}

export interface ReportOrigin {
  /** owner/name */
  readonly repository: string;
  readonly event: string;
  readonly pullRequest?: number;
  readonly headSha?: string;
  readonly baseSha?: string;
}
