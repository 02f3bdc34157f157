/**
 * Each section's geometry as Darknet defines it (AlexeyAB/darknet, src/parser.c and the
 * `*_layer.c` files), read from the section's keys with positions for every problem:
 *
 * - `[convolutional]`: `pad=1` means padding = size/2 (integer division), else `padding=`
 *   (default 0). The kernel reads input rows s·u − padding·dilation + dilation·j (im2col and
 *   cuDNN both pad by padding·dilation), and the output size is (in + 2·padding − size)/stride
 *   + 1, which ignores the dilation. A 1×1 kernel is never dilated. `antialiasing` moves the
 *   stride to a 3×3 blur (pad 1) after a stride-1 conv, or a 2×2 blur (pad 0) for `antialiasing=2`.
 * - `[maxpool]` / `[local_avgpool]`: padding defaults to size − 1; the window starts at
 *   −padding/2 and the output size is (in + padding − size)/stride + 1, so the rest of the
 *   padding is at the end (a size-2 stride-1 maxpool pads 0 before and 1 after and keeps the
 *   size). `maxpool_depth` pools over channels only.
 * - `[upsample]`: nearest (input row ⌊u/stride⌋); a negative stride sums stride×stride blocks.
 * - `[reorg]`: space-to-depth by `stride` (`reverse=1`: depth-to-space). See docs/darknet.md on
 *   how Darknet's own kernel orders the channels. pjreddie's `extra=` (a flat copy) and
 *   `flatten=` (positions and channels transposed) make it global.
 * - `[local]`: an unshared conv; padding `pad` (the value), output (in − (pad ? 1 : size))/stride + 1.
 * - `[crop]` (at inference): the centred crop_height × crop_width window.
 * - `[route]`: its layers' outputs concatenated along channels (`groups`/`group_id` keep one
 *   channel slice: no spatial effect); `[shortcut]` adds `from` to the previous layer (sampled
 *   when their sizes differ: see build.ts); `[sam]`
 *   multiplies them; `[scale_channels]` scales `from` per channel by the previous layer (a gate
 *   computed from a global pool: global), or by a map with `scale_wh=1`.
 * - `[avgpool]`, `[connected]`, and `[softmax]` without `spatial=1` see the whole input.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { CfgEntry, CfgSection } from './parse.js';
import { COMMON, type SectionKind } from './sections.js';

/** What prices a layer: output channels, groups, a bias per channel. */
export interface Cost {
  readonly channels: number;
  readonly groups: number;
  readonly bias: boolean;
}

/** Input `-1` is the network input, as for Darknet's first layer. */
export type LayerSpec =
  | {
      readonly kind: 'window';
      readonly pool?: 'max' | 'avg';
      readonly kernel: number;
      /** Per axis, height then width. */
      readonly stride: readonly [number, number];
      readonly dilation: number;
      readonly padBegin: number;
      readonly padEnd: number;
      /** Darknet's anti-aliasing: a blur conv after the layer takes the stride. */
      readonly blur?: { readonly kernel: number; readonly pad: number; readonly stride: readonly [number, number] };
      /** A conv's `filters`, `groups` and bias (none with batch_normalize): its cost (rf/cost.ts). */
      readonly cost?: Cost;
    }
  | { readonly kind: 'pointwise'; readonly splitsChannels?: true }
  /** `reason`: what the layer is, for the report's "made global by". */
  | { readonly kind: 'global'; readonly reason: string; readonly cost?: Cost }
  | { readonly kind: 'merge'; readonly merge: 'concat' | 'add' | 'mul'; readonly splitsChannels?: true }
  /** `[shortcut]` of one `from` layer: the previous layer plus `from`, sampled when sizes differ. */
  | { readonly kind: 'shortcut' }
  /** The input (`from`) scaled per channel by a gate: the layer `gate` (the previous one). */
  | { readonly kind: 'gate'; readonly gate: number }
  | { readonly kind: 'upsample'; readonly factor: number }
  | { readonly kind: 'downsample'; readonly factor: number }
  | { readonly kind: 'space_to_depth' | 'depth_to_space'; readonly block: number }
  | { readonly kind: 'crop'; readonly height: number; readonly width: number }
  | { readonly kind: 'head' };

export interface Layer {
  /** Darknet's index: sections after [net], from 0. */
  readonly index: number;
  readonly section: CfgSection;
  readonly kind: SectionKind;
  readonly spec: LayerSpec;
  /** Layer indices read, in order (−1: the network input). */
  readonly inputs: readonly number[];
}

export type LayerResult = { readonly layer: Layer } | { readonly problem: Diagnostic };

/** `[convolutional]` (layer 3): how every message names a section. */
export function describeSection(section: CfgSection, index: number | undefined): string {
  return index === undefined ? `[${section.type}]` : `[${section.type}] (layer ${index})`;
}

export class SectionReader {
  private readonly first = new Map<string, CfgEntry>();

  constructor(
    readonly section: CfgSection,
    readonly kind: SectionKind,
    readonly index: number | undefined,
  ) {
    for (const entry of section.entries) if (!this.first.has(entry.key)) this.first.set(entry.key, entry);
  }

  get name(): string {
    return describeSection(this.section, this.index);
  }

  /** The first unknown key, with the nearest key this section reads. */
  unknownKey(): Diagnostic | undefined {
    const known = new Set(this.kind.keys);
    const entry = this.section.entries.find((e) => !known.has(e.key));
    if (!entry) return undefined;
    const hint = didYouMean(entry.key, this.kind.keys);
    const own = this.kind.keys.some((k) => !COMMON.includes(k));
    const advice = hint !== '' ? hint : own ? '; remove it (Darknet ignores it)' : `; [${this.section.type}] takes no keys of its own`;
    return error(CODES.unknownKey, `${this.name}: unknown key \`${entry.key}\`${advice}`, entry.at);
  }

  /** Keys given twice: Darknet reads the first. */
  duplicates(): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const entry of this.section.entries) {
      if (seen.has(entry.key)) {
        out.push({ ...error(CODES.duplicateKey, `${this.name}: \`${entry.key}\` is given again; Darknet reads the first (line ${this.first.get(entry.key)!.at.line}), remove one`, entry.at), severity: 'warning' });
      }
      seen.add(entry.key);
    }
    return out;
  }

  has(key: string): boolean {
    return this.first.has(key);
  }

  entry(key: string): CfgEntry | undefined {
    return this.first.get(key);
  }

  /** An integer key, `fallback` when absent; a problem when it is not an integer ≥ min. */
  int(key: string, fallback: number, min = -Infinity): number | Diagnostic {
    const entry = this.first.get(key);
    if (!entry) return fallback;
    return this.parseInt(entry, entry.value, min);
  }

  /** A comma-separated list of integers (`layers=-1,61`). */
  ints(key: string): readonly number[] | Diagnostic | undefined {
    const entry = this.first.get(key);
    if (!entry) return undefined;
    const values: number[] = [];
    for (const part of entry.value.split(',')) {
      const v = this.parseInt(entry, part, -Infinity);
      if (typeof v !== 'number') return v;
      values.push(v);
    }
    return values;
  }

  missing(key: string, example: string): Diagnostic {
    return error(CODES.missingKey, `${this.name}: missing \`${key}\`; add it, e.g. \`${example}\``, this.section.at);
  }

  invalid(key: string, message: string): Diagnostic {
    const entry = this.first.get(key);
    return error(CODES.invalidValue, `${this.name}: \`${key}\` ${message}`, entry?.valueAt ?? this.section.at);
  }

  private parseInt(entry: CfgEntry, text: string, min: number): number | Diagnostic {
    if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      return error(CODES.invalidValue, `${this.name}: \`${entry.key}\` must be an integer, got \`${text}\``, entry.valueAt);
    }
    const v = Number(text);
    if (v < min) return error(CODES.invalidValue, `${this.name}: \`${entry.key}\` must be an integer ≥ ${min}, got ${v}`, entry.valueAt);
    return v;
  }
}

const isProblem = (v: unknown): v is Diagnostic => typeof v === 'object' && v !== null && 'code' in v;

/** Reads one layer section (not [net]); `index` is its Darknet index. */
export function readLayer(reader: SectionReader, index: number): LayerResult {
  const { section, kind } = reader;
  const previous = [index - 1];
  const done = (spec: LayerSpec, inputs: readonly number[] = previous): LayerResult => ({ layer: { index, section, kind, spec, inputs } });
  const ints: Record<string, number> = {};
  /** Reads integer keys into `ints`; the first problem, if any. */
  const read = (specs: readonly (readonly [key: string, fallback: number, min: number])[]): Diagnostic | undefined => {
    for (const [key, fallback, min] of specs) {
      const v = reader.int(key, fallback, min);
      if (isProblem(v)) return v;
      ints[key] = v;
    }
    return undefined;
  };
  switch (kind.family) {
    case 'convolutional': {
      const problem = read([['size', 1, 1], ['stride', 1, 1], ['dilation', 1, 1], ['pad', 0, 0], ['padding', 0, 0], ['antialiasing', 0, 0], ['groups', 1, 1], ['filters', 1, 1], ['batch_normalize', 0, 0]]);
      if (problem) return { problem };
      // Darknet adds biases only without batch_normalize (they are the norm's shift otherwise).
      const cost: Cost = { channels: ints.filters!, groups: ints.groups!, bias: ints.batch_normalize === 0 };
      const strideXY = strides(reader, ints.stride!);
      if (isProblem(strideXY)) return { problem: strideXY };
      const size = ints.size!;
      const dilation = size === 1 ? 1 : ints.dilation!;
      const padding = ints.pad! !== 0 ? Math.floor(size / 2) : ints.padding!;
      const padBegin = padding * dilation;
      // So that the output size is Darknet's (in + 2·padding − size)/stride + 1.
      const padEnd = 2 * padding - size + dilation * (size - 1) + 1 - padBegin;
      return done({ ...window(undefined, size, strideXY, dilation, padBegin, padEnd, ints.antialiasing!), cost } as LayerSpec);
    }
    case 'maxpool':
    case 'local_avgpool': {
      const problem = read([['stride', 1, 1]]);
      if (problem) return { problem };
      const more = read([['size', ints.stride!, 1], ['maxpool_depth', 0, 0], ['antialiasing', 0, 0]]);
      if (more) return { problem: more };
      const padding = reader.int('padding', ints.size! - 1, 0);
      if (isProblem(padding)) return { problem: padding };
      const strideXY = strides(reader, ints.stride!);
      if (isProblem(strideXY)) return { problem: strideXY };
      if (ints.maxpool_depth) return done({ kind: 'pointwise' });
      const begin = Math.floor(padding / 2);
      const pool = kind.family === 'maxpool' ? 'max' : 'avg';
      return done(window(pool, ints.size!, strideXY, 1, begin, padding - begin, ints.antialiasing!));
    }
    case 'local': {
      const problem = read([['size', 1, 1], ['stride', 1, 1], ['pad', 0, 0]]);
      if (problem) return { problem };
      const { size, stride, pad } = ints as { size: number; stride: number; pad: number };
      // Output (in − (pad ? 1 : size))/stride + 1 with im2col reading from −pad.
      return done({ kind: 'window', kernel: size, stride: [stride, stride], dilation: 1, padBegin: pad, padEnd: pad ? size - 1 - pad : 0 });
    }
    case 'avgpool':
      return done({ kind: 'global', reason: 'global average pool' });
    case 'connected': {
      const problem = read([['output', 1, 1], ['batch_normalize', 0, 0]]);
      if (problem) return { problem };
      return done({ kind: 'global', reason: 'fully connected', cost: { channels: ints.output!, groups: 1, bias: ints.batch_normalize === 0 } });
    }
    case 'softmax': {
      const problem = read([['spatial', 0, -Infinity]]);
      if (problem) return { problem };
      // Darknet's softmax runs over all h·w·c values (per group) unless `spatial=1`.
      return done(ints.spatial ? { kind: 'pointwise' } : { kind: 'global', reason: 'softmax over every position (`spatial=1` makes it per position)' });
    }
    case 'route': {
      const layers = reader.ints('layers');
      if (layers === undefined) return { problem: reader.missing('layers', 'layers=-1,61') };
      if (isProblem(layers)) return { problem: layers };
      const problem = read([['groups', 1, 1], ['group_id', 0, 0]]);
      if (problem) return { problem };
      if (ints.group_id! >= ints.groups!) return { problem: reader.invalid('group_id', `must be below \`groups\` (${ints.groups}), got ${ints.group_id}`) };
      const inputs = resolve(reader, 'layers', layers, index);
      if (isProblem(inputs)) return { problem: inputs };
      // With groups, the route keeps a share of the channels, which the cost does not follow.
      const split = ints.groups! > 1 ? { splitsChannels: true as const } : {};
      return done(inputs.length > 1 ? { kind: 'merge', merge: 'concat', ...split } : { kind: 'pointwise', ...split }, inputs);
    }
    case 'shortcut':
    case 'sam':
    case 'scale_channels': {
      const from = reader.ints('from');
      if (from === undefined) return { problem: reader.missing('from', 'from=-3') };
      if (isProblem(from)) return { problem: from };
      if (kind.family !== 'shortcut' && from.length !== 1) return { problem: reader.invalid('from', `names one layer in ${reader.name}, got ${from.length}`) };
      const sources = resolve(reader, 'from', from, index);
      if (isProblem(sources)) return { problem: sources };
      if (index === 0) return { problem: reader.invalid('from', 'needs a previous layer to combine with; [shortcut] cannot be the first layer') };
      // One `from`: pjreddie's shortcut_cpu, which samples a `from` of another size (build.ts).
      // Several (AlexeyAB's): their sizes must all be the previous layer's (its parser asserts it).
      if (kind.family === 'shortcut') return done(sources.length === 1 ? { kind: 'shortcut' } : { kind: 'merge', merge: 'add' }, [index - 1, ...sources]);
      const scaleWh = reader.int('scale_wh', 0);
      if (isProblem(scaleWh)) return { problem: scaleWh };
      if (kind.family === 'sam' || scaleWh) return done({ kind: 'merge', merge: 'mul' }, [index - 1, ...sources]);
      // The output is `from`'s tensor scaled per channel by the previous layer (the gate).
      return done({ kind: 'gate', gate: index - 1 }, sources);
    }
    case 'upsample': {
      const stride = reader.int('stride', 2);
      if (isProblem(stride)) return { problem: stride };
      if (stride === 0) return { problem: reader.invalid('stride', 'must not be 0 (2 doubles the size, −2 halves it)') };
      return done(stride > 0 ? { kind: 'upsample', factor: stride } : { kind: 'downsample', factor: -stride });
    }
    case 'reorg': {
      const problem = read([['stride', 1, 1], ['reverse', 0, -Infinity], ['extra', 0, -Infinity], ['flatten', 0, -Infinity]]);
      if (problem) return { problem };
      // pjreddie/darknet's reorg_layer.c: with `extra`, the output is the input copied into a flat
      // vector of inputs + extra values (out_w = out_h = 0: no longer an image); with `flatten`,
      // the input's positions and channels are transposed. Either way a position reads anywhere.
      if (ints.extra) return done({ kind: 'global', reason: `\`extra=${ints.extra}\` copies the input into a flat vector (pjreddie's [reorg])` });
      if (ints.flatten) return done({ kind: 'global', reason: "`flatten=1` transposes positions and channels (pjreddie's [reorg])" });
      return done({ kind: ints.reverse ? 'depth_to_space' : 'space_to_depth', block: ints.stride! });
    }
    case 'crop': {
      const problem = read([['crop_height', 1, 1], ['crop_width', 1, 1]]);
      if (problem) return { problem };
      return done({ kind: 'crop', height: ints.crop_height!, width: ints.crop_width! });
    }
    case 'pointwise':
      return done({ kind: 'pointwise' });
    case 'head':
      return done({ kind: 'head' });
    case 'unsupported':
      return {
        problem: error(
          CODES.unsupported,
          `${reader.name}: rflint cannot map a [${section.type}] layer to positions (recurrent and implicit layers have no fixed geometry); remove it from the file rflint checks, or check an ONNX export instead`,
          section.at,
        ),
      };
    case 'net':
      return { problem: error(CODES.notNet, `${reader.name}: [${section.type}] can only be the first section`, section.at) };
  }
}

function window(pool: 'max' | 'avg' | undefined, kernel: number, stride: readonly [number, number], dilation: number, padBegin: number, padEnd: number, antialiasing: number): LayerSpec {
  if (!antialiasing) return { kind: 'window', ...(pool ? { pool } : {}), kernel, stride, dilation, padBegin, padEnd };
  const blur = antialiasing === 2 ? { kernel: 2, pad: 0, stride } : { kernel: 3, pad: 1, stride };
  // The layer runs at stride 1 (its output size with stride 1), the blur takes the stride.
  return { kind: 'window', ...(pool ? { pool } : {}), kernel, stride: [1, 1], dilation, padBegin, padEnd, blur };
}

/** `stride_y`/`stride_x` override `stride` per axis; returned as [height, width]. */
function strides(reader: SectionReader, stride: number): readonly [number, number] | Diagnostic {
  const y = reader.int('stride_y', stride, 1);
  if (isProblem(y)) return y;
  const x = reader.int('stride_x', stride, 1);
  if (isProblem(x)) return x;
  return [y, x];
}

/** Darknet's layer references: negative values count back from this layer, others are absolute. */
function resolve(reader: SectionReader, key: string, refs: readonly number[], index: number): number[] | Diagnostic {
  const out: number[] = [];
  for (const ref of refs) {
    const target = ref < 0 ? index + ref : ref;
    if (target < 0 || target >= index) {
      const entry = reader.entry(key)!;
      const what = ref < 0 ? `${ref} (layer ${target})` : `${ref}`;
      const range = index === 0 ? 'no layer comes before it' : `use −1…−${index} or 0…${index - 1}`;
      return error(CODES.badReference, `${reader.name}: \`${key}\` names ${what}, which is not a layer before this one; ${range}`, entry.valueAt);
    }
    out.push(target);
  }
  return out;
}
