/**
 * ncnn layers → the engine's graph IR. Each `Input` is an input node named after its blob; each
 * layer is one node per top blob, named after the layer (a second top: `layer/top`). A blob is
 * written once, by one layer (ncnn has no in-place blobs in its files). `MemoryData` blobs are
 * constants: no image position reaches them, so a merge with one reads only its other blobs.
 *
 * Spatial sizes are tracked alongside with ncnn's rules when the input size is known: a Crop or
 * an Interp to a fixed size needs them, and so does ncnn's "full" pooling (pad_mode 0), which
 * pads the end up to a whole stride and so keeps a last window that PyTorch's ceil rule drops.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { ModelOutput } from '../model.js';
import * as rf from '../../rf/index.js';
import type { Deadline } from '../../rf/deadline.js';
import { didYouMean } from '../yaml/suggest.js';
import { UniqueNames } from '../unique.js';
import { CODES } from './codes.js';
import type { LayerSpec } from './layers.js';
import type { LayerLine } from './parse.js';

export interface NcnnLayer {
  readonly line: LayerLine;
  readonly spec: LayerSpec;
}

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  /** Every blob and every layer name → its node. */
  readonly tensors: ReadonlyMap<string, number>;
  readonly positions: readonly (Position | undefined)[];
  readonly inputSize: readonly number[] | undefined;
  readonly assumptions: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface BuildOptions {
  /** [height, width] given by the user, over the file's own. */
  readonly inputSize?: readonly number[] | undefined;
  readonly channelAttentionPointwise?: boolean | undefined;
  readonly deadline?: Deadline | undefined;
}

const AXES = 2;

interface Blob {
  readonly name: string;
  /** Undefined for a constant. */
  readonly node: number | undefined;
  readonly global: boolean;
  /** [height, width] when spatial and known. */
  readonly size: readonly number[] | undefined;
  readonly at: Position;
  readonly input: boolean;
  consumed: boolean;
}

/** A decimal scale (`2.000000e+00`, `0.5`) as an exact fraction. */
export function decimalFraction(value: number): rf.Fraction | undefined {
  for (let den = 1; den <= 1_000_000; den *= 10) {
    const num = Math.round(value * den);
    if (!Number.isSafeInteger(num)) return undefined;
    if (Math.abs(value * den - num) < 1e-6 * den && num > 0) {
      const g = rf.gcd(num, den);
      return rf.frac(num / g, den / g);
    }
  }
  return undefined;
}

export function buildGraph(layers: readonly NcnnLayer[], options: BuildOptions): Built | { readonly problem: Diagnostic } {
  const nodes: rf.GraphNode[] = [];
  const positions: (Position | undefined)[] = [];
  const tensors = new Map<string, number>();
  const layerNames = new Map<string, number>();
  const blobs = new Map<string, Blob>();
  const order: Blob[] = [];
  const names = new UniqueNames();
  const assumptions: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let inputSize: readonly number[] | undefined;
  let firstInput = true;

  const add = (name: string, op: rf.Op, ins: readonly number[], at: Position): number => {
    options.deadline?.check();
    nodes.push({ name: names.take(name), op, inputs: ins });
    positions.push(at);
    return nodes.length - 1;
  };
  const write = (blob: Blob): Diagnostic | undefined => {
    const earlier = blobs.get(blob.name);
    if (earlier) return error(CODES.duplicate, `blob \`${blob.name}\` is written twice (first at line ${earlier.at.line}); ncnn blob names are unique: rename one`, blob.at);
    blobs.set(blob.name, blob);
    order.push(blob);
    if (blob.node !== undefined) tensors.set(blob.name, blob.node);
    return undefined;
  };

  for (const { line, spec } of layers) {
    const where = `layer "${line.name.text}" (${line.type.text})`;
    const bottoms: Blob[] = [];
    for (const bottom of line.bottoms) {
      const blob = blobs.get(bottom.text);
      if (!blob) {
        const known = [...blobs.keys()];
        const hint = didYouMean(bottom.text, known) || (known.length > 0 ? `; the blobs so far are ${known.slice(0, 8).map((k) => `\`${k}\``).join(', ')}${known.length > 8 ? ', …' : ''}` : '; an ncnn net starts with an `Input` layer');
        return { problem: error(CODES.badBottom, `${where}: blob \`${bottom.text}\` is not written by an earlier layer${hint}`, bottom.at) };
      }
      blob.consumed = true;
      bottoms.push(blob);
    }
    const at = line.at;
    const tops = line.tops;
    const writeAll = (make: (top: number) => Omit<Blob, 'name' | 'at' | 'input' | 'consumed'>): Diagnostic | undefined => {
      for (let i = 0; i < tops.length; i++) {
        const problem = write({ ...make(i), name: tops[i]!.text, at: tops[i]!.at, input: false, consumed: false });
        if (problem) return problem;
      }
      return undefined;
    };
    if (spec.kind === 'input') {
      if (tops.length === 0) return { problem: error(CODES.missing, `${where} writes no blob; give it one (\`Input data 0 1 data 0=224 1=224 2=3\`)`, at) };
      let size = spec.size;
      if (firstInput) {
        // The first input is the image; the engine measures every input on the same axis.
        if (options.inputSize) size = options.inputSize;
        inputSize = size;
      }
      const node = add(line.name.text, rf.input, [], at);
      layerNames.set(line.name.text, node);
      const problem = writeAll(() => ({ node, global: false, size: firstInput ? size : undefined }));
      if (problem) return { problem };
      firstInput = false;
      continue;
    }
    if (tops.length === 0) return { problem: error(CODES.missing, `${where} writes no blob; name its output after its inputs`, at) };
    if (spec.kind === 'constant') {
      const problem = writeAll(() => ({ node: undefined, global: false, size: undefined }));
      if (problem) return { problem };
      continue;
    }
    if (bottoms.length === 0) return { problem: error(CODES.missing, `${where} reads no blob; name its input before its output`, at) };
    const live = bottoms.filter((b) => b.node !== undefined);
    if (live.length === 0) {
      // Computed from constants only: a constant too.
      const problem = writeAll(() => ({ node: undefined, global: false, size: undefined }));
      if (problem) return { problem };
      continue;
    }
    const x = live[0]!;
    const n = x.size;
    if (spec.kind === 'split') {
      // The same tensor under new names: no node of its own, so stage ends and rules name the blob.
      const problem = writeAll(() => ({ node: x.node, global: x.global, size: x.size }));
      if (problem) return { problem };
      layerNames.set(line.name.text, x.node!);
      continue;
    }
    let op: rf.Op;
    let size: readonly number[] | undefined = n;
    let ins = [x.node!];
    let global = live.some((b) => b.global);
    const needsSize = (what: string): { problem: Diagnostic } => ({
      problem: error(CODES.needsInputSize, `${where}: ${what} depends on the input size, which the file does not give (its Input has no 0=w 1=h); give --input-size (rules: \`input_size\`)`, at),
    });
    switch (spec.kind) {
      case 'window': {
        const pads = [...spec.pad];
        let ceilMode = false;
        const extent = spec.kernel.map((k, a) => spec.dilation[a]! * (k - 1) + 1);
        if (spec.full) {
          if (n) {
            // ncnn pads the end up to a whole stride (`make_padding`, pad_mode 0): an explicit end pad.
            spec.pad.forEach((p, a) => {
              if (!('begin' in p)) return;
              const span = n[a]! + p.begin + p.end - extent[a]!;
              const tail = span % spec.stride[a]! === 0 ? 0 : spec.stride[a]! - (((span % spec.stride[a]!) + spec.stride[a]!) % spec.stride[a]!);
              pads[a] = { begin: p.begin, end: p.end + tail };
            });
          } else ceilMode = true;
        }
        op = { kind: 'conv', ...(spec.pool ? { pool: spec.pool } : {}), kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: pads, ...(ceilMode ? { ceilMode: true } : {}) };
        size = n?.map((len, a) => {
          const p = pads[a]!;
          if ('same' in p) return Math.ceil(len / spec.stride[a]!);
          return Math.floor((len + p.begin + p.end - extent[a]!) / spec.stride[a]!) + 1;
        });
        break;
      }
      case 'deconv': {
        const full = n?.map((len, a) => (len - 1) * spec.stride[a]! + spec.dilation[a]! * (spec.kernel[a]! - 1) + 1 + spec.outputPadding[a]!);
        let pad: (readonly [number, number])[];
        if (spec.pad === 'upper' || spec.pad === 'lower') {
          if (!full) return needsSize('a SAME transposed convolution cut to its output size (20=, 21=)');
          const same = spec.pad;
          const cuts = full.map((f, a) => f - spec.outputSize![a]!);
          if (cuts.some((c) => c < 0)) return { problem: error(CODES.invalidValue, `${where}: the output size ${spec.outputSize!.join('×')} is larger than the full transposed convolution (${full.join('×')}); ncnn cuts, it does not pad`, at) };
          pad = cuts.map((c): readonly [number, number] => (same === 'upper' ? [Math.floor(c / 2), c - Math.floor(c / 2)] : [c - Math.floor(c / 2), Math.floor(c / 2)]));
        } else pad = [...spec.pad];
        op = { kind: 'deconv', kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: pad.map(([begin, end]) => ({ begin, end })), outputPadding: [...spec.outputPadding] };
        size = full?.map((f, a) => f - pad[a]![0] - pad[a]![1]);
        break;
      }
      case 'pointwise':
        op = rf.pointwise;
        break;
      case 'global':
        op = { kind: 'global', reason: `${spec.reason}: layer "${line.name.text}"` };
        size = undefined;
        global = true;
        break;
      case 'copies':
      case 'concat': {
        if (!spec.channels && live.some((b) => !b.global)) {
          return { problem: error(CODES.unsupported, `${where}: a ${line.type.text} along axis ${spec.axis} (a spatial axis of a c×h×w blob) does not map positions one to one; rflint reads ${line.type.text} along the channels (axis 0)`, at) };
        }
        if (spec.kind === 'concat' && live.length > 1) {
          ins = live.map((b) => b.node!);
          op = rf.merge('concat');
        } else op = rf.pointwise;
        break;
      }
      case 'merge': {
        if (live.length === 1) {
          op = rf.pointwise;
          break;
        }
        ins = live.map((b) => b.node!);
        op = rf.merge(spec.merge);
        const gate = spec.merge === 'mul' && !x.global ? live.slice(1).find((b) => b.global) : undefined;
        if (!gate) break;
        // A product with a blob computed from the whole input (squeeze-and-excitation's
        // sigmoid after a global pool): a channel-attention gate.
        if (options.channelAttentionPointwise) {
          op = rf.pointwise;
          ins = [x.node!];
          global = false;
          assumptions.push(`${where}: the channel-attention gate \`${gate.name}\` is treated as pointwise, as asked`);
        } else {
          op = { kind: 'global', reason: `channel-attention gate \`${gate.name}\`: layer "${line.name.text}"` };
          ins = [x.node!];
          if (!diagnostics.some((d) => d.code === CODES.gate)) {
            diagnostics.push(
              warning(
                CODES.gate,
                `${where} scales \`${x.name}\` by \`${gate.name}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
                at,
              ),
            );
          }
        }
        break;
      }
      case 'resize': {
        let out: readonly number[] | undefined = spec.size;
        if (spec.reference) {
          const reference = bottoms[1];
          if (!reference || reference.node === undefined) return { problem: error(CODES.missing, `${where}: the output size comes from a second blob (5=1), which it does not read`, at) };
          if (!reference.size) return needsSize(`the size of \`${reference.name}\`, which it resizes to,`);
          out = reference.size;
        }
        const coordinates = spec.mode === 'nearest' ? 'asymmetric' : spec.alignCorners ? 'align_corners' : 'half_pixel';
        let scale: rf.Fraction[];
        if (out) {
          if (!n) return needsSize(`resizing to ${out.join('×')}`);
          scale = out.map((o, a) => {
            const g = rf.gcd(o, n[a]!);
            return rf.frac(o / g, n[a]! / g);
          });
        } else {
          const given = spec.scale!.map(decimalFraction);
          const bad = given.findIndex((f) => f === undefined);
          if (bad >= 0) return { problem: error(CODES.invalidValue, `${where}: the scale ${spec.scale![bad]} is not a decimal rflint can read exactly`, at) };
          scale = given as rf.Fraction[];
          out = n?.map((len, a) => Math.floor((len * scale[a]!.num) / scale[a]!.den));
          // Bilinear and bicubic map by in/out (`linear_coeffs`), nearest by 1/scale.
          if (out && spec.mode !== 'nearest') scale = out.map((o, a) => rf.frac(o / rf.gcd(o, n![a]!), n![a]! / rf.gcd(o, n![a]!)));
        }
        op = { kind: 'resize', scale, mode: spec.mode, rounding: 'floor', coordinates, ...(out && (spec.size || spec.reference) ? { size: [...out] } : {}) };
        size = out;
        break;
      }
      case 'pad':
        op = rf.pad(AXES, [...spec.begin], [...spec.end]);
        size = n?.map((len, a) => len + spec.begin[a]! + spec.end[a]!);
        break;
      case 'crop': {
        const reference = spec.reference ? bottoms[1] : undefined;
        if (spec.reference && (!reference || reference.node === undefined)) return { problem: error(CODES.missing, `${where}: a Crop without an output size crops to a second blob's size; give it one`, at) };
        if (reference && (!n || !reference.size)) return needsSize(`cropping \`${x.name}\` to the size of \`${reference.name}\``);
        const begin: number[] = [];
        const end: number[] = [];
        const out: number[] = [];
        for (let a = 0; a < AXES; a++) {
          const c = spec.axes[a]!;
          const len = n?.[a];
          const axisName = a === 0 ? 'height' : 'width';
          if (len === undefined) {
            if (c.begin < 0) return needsSize(`a crop from the end of the ${axisName}`);
            begin.push(c.begin);
            end.push(0);
            continue;
          }
          let b: number;
          let kept: number;
          if (c.form === 'numpy') {
            b = c.begin >= 0 ? c.begin : len + c.begin;
            const stop = c.end === undefined ? len : Math.min(len, c.end > 0 ? c.end : len + c.end);
            kept = stop - b;
          } else if (c.form === 'reference') {
            b = c.begin;
            kept = reference!.size![a]!;
          } else {
            b = c.begin;
            kept = len - c.begin - c.fromEnd;
            if (c.length !== undefined) kept = Math.min(c.length, kept);
          }
          if (b < 0 || kept < 1 || b + kept > len) {
            return { problem: error(CODES.invalidValue, `${where}: the crop keeps ${kept} of ${len} from offset ${b} on the ${axisName} axis, outside \`${x.name}\`; fix the offsets or the size`, at) };
          }
          begin.push(b);
          end.push(len - b - kept);
          out.push(kept);
        }
        op = rf.crop(AXES, begin, end);
        size = n ? out : undefined;
        break;
      }
      case 'space_to_depth':
        op = rf.spaceToDepth(AXES, spec.block);
        size = n?.map((len) => len / spec.block);
        if (n && n.some((len) => len % spec.block !== 0)) return { problem: error(CODES.invalidValue, `${where}: Reorg by ${spec.block} needs sizes divisible by ${spec.block}, got ${n.join('×')}`, at) };
        break;
      case 'depth_to_space':
        op = rf.depthToSpace(AXES, spec.block);
        size = n?.map((len) => len * spec.block);
        break;
    }
    let own: number | undefined;
    for (let i = 0; i < tops.length; i++) {
      const top = tops[i]!;
      const node = add(i === 0 ? line.name.text : `${line.name.text}/${top.text}`, op, ins, at);
      own ??= node;
      const problem = write({ name: top.text, node, global, size: global ? undefined : size, at: top.at, input: false, consumed: false });
      if (problem) return { problem };
    }
    layerNames.set(line.name.text, own!);
  }

  // A blob's name wins over a layer's.
  for (const [name, node] of layerNames) if (!tensors.has(name)) tensors.set(name, node);
  const outputs = order
    .filter((b) => !b.consumed && !b.input && b.node !== undefined && nodes[b.node]!.op.kind !== 'input')
    .map((b) => ({ name: b.name, node: b.node!, thresholds: {}, position: b.at }));
  return { graph: { axes: AXES, nodes }, outputs, tensors, positions, inputSize, assumptions, diagnostics };
}
