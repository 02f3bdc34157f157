/**
 * Caffe layers → the engine's graph IR. Each network input (and each top of a data layer) is an
 * input node named after its blob; each layer is one node per top, named after the layer (a
 * second top of the same layer: `layer/top`). A blob name refers to its latest writer, as in
 * Caffe: an in-place layer (`top` == `bottom`: ReLU, BatchNorm, Scale) writes a new version of
 * the blob, and later bottoms read that. Spatial sizes are tracked alongside, with Caffe's
 * rules, when the input size is known: a Crop needs them, and so does Caffe's pooling, which
 * may keep a window the ceil rule of PyTorch would drop.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { ModelOutput } from '../model.js';
import * as rf from '../../rf/index.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { LayerSpec } from './layers.js';
import { UniqueNames } from '../unique.js';
import type { Deadline } from '../../rf/deadline.js';

export interface CaffeLayer {
  readonly name: string;
  readonly type: string;
  /** Where `layer {` is. */
  readonly at: Position;
  readonly bottoms: readonly { readonly name: string; readonly at: Position }[];
  readonly tops: readonly string[];
  readonly spec: LayerSpec;
}

export interface NetInput {
  readonly name: string;
  readonly at: Position;
  /** N, C, H, W as declared, when declared. */
  readonly shape?: readonly number[];
}

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  /** Every blob (its latest version) and every layer name → its node. */
  readonly tensors: ReadonlyMap<string, number>;
  readonly positions: readonly (Position | undefined)[];
  readonly assumptions: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const AXES = 2;

/** An SSD prediction head: its input is the feature map whose RF matters. */
const SSD_HEAD = /_mbox_(loc|conf)$/;

interface Blob {
  readonly node: number;
  /** Whether every position of it sees the whole input (a global layer upstream). */
  readonly global: boolean;
  /** [height, width] when spatial and known. */
  readonly size: readonly number[] | undefined;
  consumed: boolean;
  readonly at: Position | undefined;
  readonly name: string;
  readonly input: boolean;
}

export interface BuildOptions {
  /** [height, width] of the first input, when known. */
  readonly inputSize?: readonly number[] | undefined;
  readonly channelAttentionPointwise?: boolean | undefined;
  /** The file's time budget (LoadOptions.deadline). */
  readonly deadline?: Deadline | undefined;
}

export function buildGraph(inputs: readonly NetInput[], layers: readonly CaffeLayer[], options: BuildOptions): Built | { readonly problem: Diagnostic } {
  const { inputSize } = options;
  const nodes: rf.GraphNode[] = [];
  const positions: (Position | undefined)[] = [];
  const tensors = new Map<string, number>();
  const layerNames = new Map<string, number>();
  const blobs = new Map<string, Blob>();
  const versions: Blob[] = [];
  const names = new UniqueNames();
  const assumptions: string[] = [];
  const diagnostics: Diagnostic[] = [];
  /** The blob versions each layer read. */
  const read = new Map<CaffeLayer, readonly Blob[]>();

  const add = (name: string, op: rf.Op, ins: readonly number[], at: Position | undefined): number => {
    options.deadline?.check();
    const unique = names.take(name);
    nodes.push({ name: unique, op, inputs: ins });
    positions.push(at);
    return nodes.length - 1;
  };
  const write = (name: string, node: number, size: readonly number[] | undefined, at: Position | undefined, global: boolean, input = false): void => {
    const blob: Blob = { node, global, size, consumed: false, at, name, input };
    blobs.set(name, blob);
    versions.push(blob);
    tensors.set(name, node);
  };

  let first = true;
  const inputNode = (name: string, at: Position): void => {
    // The first input is the image; the engine measures every input on the same axis.
    write(name, add(name, rf.input, [], at), first ? inputSize : undefined, at, false, true);
    first = false;
  };
  for (const input of inputs) inputNode(input.name, input.at);

  /** A channel-attention gate on `x`: pointwise when asked (with a note), else global (RF393 once). */
  const gated = (layer: CaffeLayer, x: Blob, gate: Blob): { op: rf.Op; global: boolean } => {
    const where = `layer "${layer.name}" (${layer.type})`;
    if (options.channelAttentionPointwise) {
      assumptions.push(`${where}: the channel-attention gate \`${gate.name}\` is treated as pointwise, as asked`);
      return { op: rf.pointwise, global: false };
    }
    if (!diagnostics.some((d) => d.code === CODES.gate)) {
      diagnostics.push(
        warning(
          CODES.gate,
          `${where} scales \`${x.name}\` by \`${gate.name}\`, a channel-attention gate computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
          layer.at,
        ),
      );
    }
    return { op: { kind: 'global', reason: `channel-attention gate \`${gate.name}\`: layer "${layer.name}"` }, global: true };
  };

  for (const layer of layers) {
    const { spec } = layer;
    const bottoms: Blob[] = [];
    for (const bottom of layer.bottoms) {
      const blob = blobs.get(bottom.name);
      if (!blob) {
        const known = [...blobs.keys()];
        const hint = didYouMean(bottom.name, known);
        const advice = hint || (known.length > 0 ? `; the blobs so far are ${known.slice(0, 8).map((k) => `\`${k}\``).join(', ')}${known.length > 8 ? ', …' : ''}` : '; declare the input first (`input: "data"` with its shape, or an `Input` layer)');
        return { problem: error(CODES.badBottom, `layer "${layer.name}": bottom \`${bottom.name}\` is not produced by an earlier layer or input${advice}`, bottom.at) };
      }
      blob.consumed = true;
      bottoms.push(blob);
    }
    read.set(layer, bottoms);
    if (spec.kind === 'data') {
      for (const top of layer.tops) inputNode(top, layer.at);
      const image = layer.tops[0];
      if (image !== undefined) layerNames.set(layer.name, blobs.get(image)!.node);
      continue;
    }
    if (spec.kind === 'sink') continue;
    if (bottoms.length === 0) {
      return { problem: error(CODES.missingField, `layer "${layer.name}" (${layer.type}) has no \`bottom\`; name the blob it reads, e.g. \`bottom: "data"\``, layer.at) };
    }
    if (layer.tops.length === 0) {
      return { problem: error(CODES.missingField, `layer "${layer.name}" (${layer.type}) has no \`top\`; name the blob it writes, e.g. \`top: "${layer.name}"\``, layer.at) };
    }
    const x = bottoms[0]!;
    const n = x.size;
    let op: rf.Op;
    let size: readonly number[] | undefined = n;
    let ins = [x.node];
    let global = bottoms.some((b) => b.global);
    switch (spec.kind) {
      case 'window': {
        const extent = spec.kernel.map((k, a) => spec.dilation[a]! * (k - 1) + 1);
        const pads = spec.pad.map((p) => ({ begin: p, end: p }));
        let ceilMode = false;
        if (spec.caffeCeil) {
          ceilMode = true;
          if (n) {
            const out = n.map((len, a) => {
              const p = spec.pad[a]!;
              const s = spec.stride[a]!;
              let o = Math.ceil((len + 2 * p - extent[a]!) / s) + 1;
              if (p > 0 && (o - 1) * s >= len + p) o--;
              return o;
            });
            // With no padding Caffe keeps a last window starting at or past the input's end,
            // which PyTorch's ceil rule drops: say so with explicit end padding instead.
            if (out.some((o, a) => (o - 1) * spec.stride[a]! >= n[a]! + spec.pad[a]!)) {
              ceilMode = false;
              out.forEach((o, a) => (pads[a] = { begin: spec.pad[a]!, end: (o - 1) * spec.stride[a]! + extent[a]! - n[a]! - spec.pad[a]! }));
            }
            size = out;
          }
        } else if (n) {
          size = n.map((len, a) => Math.floor((len + 2 * spec.pad[a]! - extent[a]!) / spec.stride[a]!) + 1);
        }
        op = {
          kind: 'conv',
          ...(spec.pool ? { pool: spec.pool } : {}),
          kernel: [...spec.kernel],
          stride: [...spec.stride],
          dilation: [...spec.dilation],
          pad: pads,
          ...(ceilMode ? { ceilMode: true } : {}),
        };
        break;
      }
      case 'deconv':
        op = rf.deconv(AXES, { kernel: [...spec.kernel], stride: [...spec.stride], dilation: [...spec.dilation], pad: [...spec.pad] });
        size = n?.map((len, a) => (len - 1) * spec.stride[a]! + spec.dilation[a]! * (spec.kernel[a]! - 1) + 1 - 2 * spec.pad[a]!);
        break;
      case 'pointwise':
        op = rf.pointwise;
        break;
      case 'global':
        op = { kind: 'global', reason: `${spec.reason}: layer "${layer.name}"` };
        size = undefined;
        global = true;
        break;
      case 'merge': {
        if (bottoms.length < 2) return { problem: error(CODES.missingField, `layer "${layer.name}" (${layer.type}) combines blobs and needs two bottoms or more, got ${bottoms.length}`, layer.at) };
        ins = bottoms.map((b) => b.node);
        op = rf.merge(spec.merge);
        const gate = spec.merge === 'mul' && !x.global ? bottoms.slice(1).find((b) => b.global) : undefined;
        if (!gate) break;
        // A product with a blob computed from the whole input (squeeze-and-excitation's
        // sigmoid after a global pool): a channel-attention gate.
        ({ op, global } = gated(layer, x, gate));
        ins = [x.node];
        break;
      }
      case 'axpy': {
        // a·x + y (the SENet release's fused scale-and-add): with `a` a gate from a global pool,
        // the same channel attention as a Scale by it; otherwise every bottom's positions.
        const [a, xs, ys] = bottoms as [Blob, Blob, Blob];
        op = rf.merge('add');
        ins = [xs.node, ys.node];
        if (a.global && !xs.global) {
          const gate = gated(layer, xs, a);
          // Global: every position already, y adds nothing (and a global node reads one input).
          if (gate.op.kind === 'global') [op, ins] = [gate.op, [xs.node]];
          global = gate.global || ys.global;
        } else {
          ins = [a.node, xs.node, ys.node];
        }
        size = xs.size;
        break;
      }
      case 'interp': {
        if (!n) {
          return { problem: error(CODES.needsInputSize, `layer "${layer.name}": an Interp's corners-aligned map depends on its input and output sizes; declare the input's shape (\`input_shape { dim: … }\`) or give --input-size`, layer.at) };
        }
        // PSPNet's order when both are given: shrink first, then zoom (shrink alone, zoom alone, or the size otherwise).
        const eff = n.map((len) => len + spec.padBeg + spec.padEnd);
        if (eff.some((e) => e < 1)) return { problem: error(CODES.invalidValue, `layer "${layer.name}": \`pad_beg\`/\`pad_end\` crop more than \`${x.name}\` holds (${n.join('×')})`, layer.at) };
        let out = spec.size ? [...spec.size] : eff;
        if (spec.shrink !== undefined && !spec.size) out = out.map((o) => Math.floor((o - 1) / spec.shrink!) + 1);
        if (spec.zoom !== undefined && !spec.size) out = out.map((o) => o + (o - 1) * (spec.zoom! - 1));
        if (spec.padBeg < 0 || spec.padEnd < 0) ins = [add(`${layer.name}/crop`, rf.crop(AXES, -spec.padBeg, -spec.padEnd), ins, layer.at)];
        op = rf.resize(AXES, { scale: out.map((o, a) => rf.frac(o, eff[a]!)), mode: 'linear', coordinates: 'align_corners', size: out });
        size = out;
        break;
      }
      case 'upsample': {
        const pool = bottoms.length > 1 ? nodes[bottoms[1]!.node]!.op : undefined;
        if (pool?.kind === 'conv' && pool.pool === 'max') {
          // SegNet's max-unpooling: each input writes its value where its pool window's maximum
          // was (the mask), nothing elsewhere. Output u can receive from input i when u lies in
          // i's window: the pool's transposed geometry, the hull of what the mask allows.
          const p = pool.pad.map((q) => ('begin' in q ? q.begin : 0));
          op = rf.deconv(AXES, { kernel: [...pool.kernel], stride: [...pool.stride], pad: p });
          const natural = n?.map((len, a) => (len - 1) * pool.stride[a]! + pool.kernel[a]! - 2 * p[a]!);
          size = spec.size ?? (n ? n.map((len, a) => len * spec.factor[a]!) : undefined);
          if (natural && size) {
            // The output size is upsample_h × upsample_w (or in · scale − pad_out): cut or pad the end.
            const node = add(`${layer.name}/unpool`, op, ins, layer.at);
            const end = size.map((m, a) => m - natural[a]!);
            op = { kind: 'pad', begin: [0, 0], end };
            ins = [node];
          }
          break;
        }
        if (spec.size) {
          return { problem: error(CODES.invalidValue, `layer "${layer.name}": \`upsample_h\`/\`upsample_w\` unpool by the mask of a max Pooling, but \`${bottoms[1]?.name}\` is not one; give the pooling layer's mask top as the second bottom`, layer.at) };
        }
        op = rf.resize(AXES, { scale: [...spec.factor] });
        size = n?.map((len, a) => len * spec.factor[a]!);
        break;
      }
      case 'crop': {
        const reference = bottoms[1]!;
        if (!n || !reference.size) {
          return { problem: error(CODES.needsInputSize, `layer "${layer.name}": a Crop takes its size from \`${reference.name}\`, whose size depends on the input size; declare the input's shape (\`input_shape { dim: … }\`) or give --input-size`, layer.at) };
        }
        const begin = spec.offsets.map((o) => o ?? 0);
        const end = spec.offsets.map((o, a) => (o === undefined ? 0 : n[a]! - o - reference.size![a]!));
        const axis = end.findIndex((e) => e < 0);
        if (axis >= 0) {
          return { problem: error(CODES.invalidValue, `layer "${layer.name}": cropping ${reference.size[axis]} from ${n[axis]} at offset ${begin[axis]} on the ${axis === 0 ? 'height' : 'width'} axis runs past the end of \`${x.name}\`; lower the offset`, layer.at) };
        }
        op = rf.crop(AXES, begin, end);
        size = spec.offsets.map((o, a) => (o === undefined ? n[a]! : reference.size![a]!));
        break;
      }
    }
    let own: number | undefined;
    layer.tops.forEach((top, i) => {
      const node = i === 0 ? add(layer.name, op, ins, layer.at) : add(`${layer.name}/${top}`, op, ins, layer.at);
      own ??= node;
      write(top, node, global ? undefined : size, layer.at, global);
    });
    layerNames.set(layer.name, own!);
  }

  // A blob's name wins over a layer's: `conv1` is the blob after its in-place ReLU.
  for (const [name, node] of layerNames) if (!tensors.has(name)) tensors.set(name, node);
  return { graph: { axes: AXES, nodes }, outputs: outputsOf(layers, read, versions), tensors, positions, assumptions, diagnostics };
}

/** SSD: the feature maps its `*_mbox_loc`/`*_mbox_conf` heads read; otherwise the unread blobs. */
function outputsOf(layers: readonly CaffeLayer[], read: ReadonlyMap<CaffeLayer, readonly Blob[]>, versions: readonly Blob[]): ModelOutput[] {
  const heads = layers.filter((l) => l.spec.kind === 'window' && (SSD_HEAD.test(l.name) || l.tops.some((t) => SSD_HEAD.test(t))));
  const found = heads.map((l) => read.get(l)?.[0]).filter((b): b is Blob => b !== undefined);
  const chosen = found.length > 0 ? found.filter((b, i) => found.indexOf(b) === i) : versions.filter((b) => !b.consumed && !b.input);
  return chosen.map((b) => ({ name: b.name, node: b.node, thresholds: {}, ...(b.at ? { position: b.at } : {}) }));
}
