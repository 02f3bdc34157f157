/**
 * What every loader produces: the graph IR, the outputs to check with the thresholds the file
 * sets, and source positions so the engine's errors can point into the file.
 */
import type { Diagnostic, Position } from './diagnostic.js';
import type { Deadline } from '../rf/deadline.js';
import type { Graph } from '../rf/graph.js';

export type FormatName = 'native' | 'onnx' | 'keras' | 'tfjs' | 'ultralytics' | 'darknet' | 'caffe' | 'tf-graphdef' | 'tflite' | 'ncnn' | 'openvino';

/** Thresholds as a model file or a rule states them; a scalar applies to every axis. */
export interface Thresholds {
  readonly min_rf?: number | readonly number[];
  readonly max_rf?: number | readonly number[];
  /** 0–1: the fraction of the input, per axis, that a central output's RF must cover. */
  readonly min_coverage?: number;
  /** The smallest 95 % width of the effective RF (uniform weights), per axis. */
  readonly min_erf?: number | readonly number[];
}

/** Limits on what a whole model costs (rf/cost.ts), from the file or a rule. */
export interface CostLimits {
  /** Largest number of learned parameters (weights and biases of convs and dense layers). */
  readonly max_params?: number;
  /** Largest number of multiply–accumulates per input image. */
  readonly max_macs?: number;
}

export interface ModelOutput {
  /** The name reported (native: the output's `name`; ONNX: the graph output's name). */
  readonly name: string;
  /** The graph node whose tensor this output is. */
  readonly node: number;
  /** Other names a rule's `outputs` may use for it (a stage end: its tensor name). */
  readonly aliases?: readonly string[];
  readonly thresholds: Thresholds;
  /** Where the file declares it (and its thresholds), for annotations. */
  readonly position?: Position;
}

export interface LoadedModel {
  readonly format: FormatName;
  /** The model's name (native `name`, ONNX graph name, else the file's base name). */
  readonly name: string;
  readonly graph: Graph;
  /** Network input size per axis, when the file states it. */
  readonly inputSize?: readonly number[];
  readonly outputs: readonly ModelOutput[];
  /** The file's own limits on its cost (native `max_params`, `max_macs`). */
  readonly limits?: CostLimits;
  /** Source position of each node, by node index (for RF0xx errors), when known. */
  readonly positions: readonly (Position | undefined)[];
  /** Extra tensors rules may name as outputs (ONNX intermediate tensors): name → node. */
  readonly tensors?: ReadonlyMap<string, number>;
  /**
   * What the loader had to assume because the file does not say (the scale of a multi-scale
   * YOLO file, a default input size): shown with the file's results so a number is never read
   * without its premise.
   */
  readonly assumptions?: readonly string[];
}

/** A loader never throws for a bad file: it returns diagnostics (with positions) instead. */
export interface LoadResult {
  readonly model?: LoadedModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** The bytes of a model file, passed in so loaders stay free of file-system code. */
export interface ModelSource {
  /** The path as reported (relative to the working directory). */
  readonly path: string;
  readonly size: number;
  /** Reads `length` bytes at `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface Limits {
  /** Largest text model file, in bytes (binary formats stream and have no such limit). */
  readonly maxFileBytes: number;
  /** YAML aliases per document (billion-laughs guard). */
  readonly maxAliases: number;
  /** YAML/JSON nesting depth. */
  readonly maxDepth: number;
  /** Nodes in a graph after expanding `repeat`. */
  readonly maxNodes: number;
  /**
   * Wall-clock time one file may take to load and check, in ms (RF511 past it). Optional so a
   * caller that sets only the size limits keeps the default.
   */
  readonly timeBudgetMs?: number;
  /** Entries in an archive's central directory (a `.keras` zip holds three). */
  readonly maxArchiveEntries?: number;
}

/**
 * Every limit on hostile or runaway input, in one place (docs/cli.md, "Limits", lists them).
 * Sizes are checked before the bytes are read or inflated, so a zip bomb never allocates.
 */
export const DEFAULT_LIMITS: Required<Limits> = {
  maxFileBytes: 5_000_000,
  maxAliases: 1000,
  maxDepth: 64,
  maxNodes: 1_000_000,
  // The largest model maxNodes allows (10^6 nodes) loads and checks in about 16 s on a busy
  // 2-core machine; real models take well under 1 s. A budget is a guard, not a target.
  timeBudgetMs: 60_000,
  maxArchiveEntries: 10_000,
};

export interface LoadOptions {
  readonly limits: Limits;
  /** Unknown operators the user vouches for: op type → how it maps positions. */
  readonly assume?: ReadonlyMap<string, 'pointwise' | 'global'>;
  /** Treat channel-attention gates (squeeze-and-excitation) as pointwise, not global. */
  readonly channelAttentionPointwise?: boolean;
  /** Treat spatial attention (transformer blocks) as pointwise, to get the convolutions' RF. */
  readonly attentionPointwise?: boolean;
  /**
   * The network input's size per spatial axis (`--input-size`, rules `input_size`): used where
   * the file leaves a size open (symbolic ONNX dims) or sets none, and over a file's own size.
   */
  readonly inputSize?: readonly number[];
  /** Which graph input is the data (ONNX), when the file cannot tell (`--input`, rules `input`). */
  readonly dataInput?: string;
  /** The scale of a multi-scale model file (Ultralytics `scales:`: n, s, m, l, x). */
  readonly scale?: string;
  /** Also check the last tensor of each stride stage (`--stages`, rules `stages: true`). */
  readonly stages?: boolean;
  /** The file's time budget, checked in the loops that grow with the file (check/load-file.ts starts it). */
  readonly deadline?: Deadline;
}

/** Which files a loader reads: cheap, so every format is recognised without loading any. */
export interface Recognition {
  readonly format: FormatName;
  /** What it reads, in words for the "unknown format" message (`*.onnx`, `Darknet *.cfg files`). */
  readonly recognises: string;
  /**
   * Whether this loader reads the file, from its name and bytes: the first HEAD_BYTES, and for a
   * text file that they do not decide, the whole file (within the size limit).
   */
  matches(path: string, head: Uint8Array): boolean;
  /**
   * For a file no loader reads: whether it still looks like one of this format's files, and why
   * (`its first section is [net], as in a Darknet cfg`). Conservative: a folder search reports
   * such a file (RF512) instead of passing over it, so a mark other tools' files share (a
   * `backbone:` setting, a `[metadata]` section) must not count.
   */
  resembles?(path: string, bytes: Uint8Array): string | undefined;
}

export interface FormatLoader extends Recognition {
  load(source: ModelSource, options: LoadOptions): Promise<LoadResult>;
}
