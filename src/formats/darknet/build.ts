/**
 * Darknet layers → the engine's graph IR. Node 0 is the network input (`input`); each layer is
 * one node named `<type>@<index>` (`conv@12`, `maxpool@13`, `yolo@16`), whose tensor is the
 * layer's output. An anti-aliased layer is two nodes: its own window (`conv@5.window`, at
 * stride 1) and the blur that takes the stride and the layer's name. A head (`[yolo]`,
 * `[region]`, `[detection]`) is a pointwise node over the tensor feeding it, and an output.
 * Darknet's spatial sizes are tracked alongside: a `[crop]` needs them for its offset.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { ModelOutput } from '../model.js';
import * as rf from '../../rf/index.js';
import { CODES } from './codes.js';
import { type Cost, type Layer, describeSection } from './layers.js';

export interface BuildOptions {
  readonly channelAttentionPointwise?: boolean;
  /** [height, width] of the network input, when known. */
  readonly inputSize?: readonly number[];
  /** [net] channels: prices the first conv. */
  readonly inputChannels?: number;
  /** The file's time budget (LoadOptions.deadline). */
  readonly deadline?: rf.Deadline;
}

export interface Built {
  readonly graph: rf.Graph;
  readonly outputs: readonly ModelOutput[];
  /** Every layer's name → its node (and `input`). */
  readonly tensors: ReadonlyMap<string, number>;
  readonly positions: readonly (Position | undefined)[];
  /** What the report should say was assumed. */
  readonly assumptions: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const AXES = 2;

export function buildGraph(layers: readonly Layer[], options: BuildOptions): Built | { readonly problem: Diagnostic } {
  // A [route] with groups keeps a share of the channels, which rf/cost.ts does not follow: such a
  // network is left unpriced (its cost null) rather than priced wrong.
  const priced = options.inputChannels !== undefined && !layers.some((l) => 'splitsChannels' in l.spec && l.spec.splitsChannels);
  const nodes: rf.GraphNode[] = [{ name: 'input', op: rf.input, inputs: [], ...(priced ? { channels: options.inputChannels } : {}) }];
  const positions: (Position | undefined)[] = [undefined];
  const tensors = new Map<string, number>([['input', 0]]);
  const outputs: ModelOutput[] = [];
  const assumptions: string[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Node of each layer's output, by Darknet index; index −1 is the input. */
  const nodeOf = (index: number): number => (index < 0 ? 0 : layerNode[index]!);
  const layerNode: number[] = [];
  /** Darknet's [height, width] of each layer's output, when the input size is known. */
  const sizes: (readonly number[] | undefined)[] = [];
  const sizeOf = (index: number): readonly number[] | undefined => (index < 0 ? options.inputSize : sizes[index]);
  let gateSeen = false;

  const add = (name: string, op: rf.Op, inputs: readonly number[], layer: Layer, cost?: Cost): number => {
    options.deadline?.check();
    nodes.push({ name, op, inputs, ...(cost ? { channels: cost.channels, ...(cost.groups > 1 ? { groups: cost.groups } : {}), ...(cost.bias ? { bias: true } : {}) } : {}) });
    positions.push(layer.section.at);
    return nodes.length - 1;
  };

  /**
   * pjreddie/darknet's shortcut_cpu adds `from` (w1 × h1) onto the previous layer (w2 × h2) with
   * stride = ⌊w1/w2⌋ and sample = ⌊w2/w1⌋ (each at least 1; Darknet asserts the same ratios on
   * the height): out[i·sample] += from[i·stride] for i < min(w1, w2). A larger `from` is read as a
   * strided view (a 1×1 window at the stride, cut to w2); a smaller one lands on every sample-th
   * position (a 1×1 transposed conv at the stride, padded to w2), the others read nothing of it.
   */
  const sampleShortcut = (name: string, from: number, w1: readonly number[], w2: readonly number[], layer: Layer): { node: number; assumption: string } | { problem: Diagnostic } => {
    const where = describeSection(layer.section, layer.index);
    const stride = w1.map((n, a) => Math.max(1, Math.floor(n / w2[a]!)));
    const sample = w1.map((n, a) => Math.max(1, Math.floor(w2[a]! / n)));
    if (stride[0] !== stride[1] || sample[0] !== sample[1]) {
      return {
        problem: error(
          CODES.shortcutSizes,
          `${where}: \`from\` is ${w1.join('×')} and the previous layer ${w2.join('×')} (height × width): Darknet samples one onto the other only with the same ratio on both axes (its shortcut_cpu asserts it); make the two layers' sizes proportional`,
          layer.section.at,
        ),
      };
    }
    let node: number;
    let size: number[];
    if (w1.some((n, a) => n > w2[a]!)) {
      node = add(`${name}.from`, rf.conv(AXES, { kernel: 1, stride }), [from], layer);
      size = w1.map((n, a) => Math.floor((n - 1) / stride[a]!) + 1);
    } else {
      node = add(`${name}.from`, rf.deconv(AXES, { kernel: 1, stride: sample }), [from], layer);
      size = w1.map((n, a) => (n - 1) * sample[a]! + 1);
    }
    // Only i < min(w1, w2) is added: cut what lies past it, and pad to the output's size.
    const kept = size.map((n, a) => Math.min(n, (Math.min(w1[a]!, w2[a]!) - 1) * sample[a]! + 1));
    const cut = size.map((n, a) => n - kept[a]!);
    const fill = w2.map((n, a) => n - kept[a]!);
    if (cut.some((c) => c > 0)) node = add(`${name}.from.crop`, rf.crop(AXES, 0, cut), [node], layer);
    if (fill.some((f) => f > 0)) node = add(`${name}.from.pad`, rf.pad(AXES, 0, fill), [node], layer);
    const smaller = w1.map((n, a) => Math.min(n, w2[a]!)).join('×');
    const how =
      stride[0]! > 1
        ? `one position in ${stride[0]} of \`from\` (${w1.join('×')}) to the previous layer (${w2.join('×')})`
        : sample[0]! > 1
          ? `\`from\` (${w1.join('×')}) to one position in ${sample[0]} of the previous layer (${w2.join('×')})`
          : `the first ${smaller} positions of \`from\` (${w1.join('×')}) to those of the previous layer (${w2.join('×')}), one to one`;
    return { node, assumption: `${where}: adds ${how}, as pjreddie/darknet's shortcut_cpu does (AlexeyAB's darknet asserts equal sizes)` };
  };

  for (const layer of layers) {
    const name = `${layer.kind.short}@${layer.index}`;
    const { spec } = layer;
    const inputs = layer.inputs.map(nodeOf);
    const inSize = sizeOf(layer.inputs[0]!);
    let node: number;
    let size: readonly number[] | undefined = inSize;
    switch (spec.kind) {
      case 'window': {
        const op = (stride: readonly number[]): rf.Op => ({
          kind: 'conv',
          ...(spec.pool ? { pool: spec.pool } : {}),
          kernel: [spec.kernel, spec.kernel],
          stride,
          dilation: [spec.dilation, spec.dilation],
          pad: [0, 1].map(() => ({ begin: spec.padBegin, end: spec.padEnd })),
        });
        size = inSize?.map((n, a) => Math.floor((n + spec.padBegin + spec.padEnd - spec.dilation * (spec.kernel - 1) - 1) / spec.stride[a]!) + 1);
        if (spec.blur) {
          const blur = spec.blur;
          const inner = add(`${name}.window`, op(spec.stride), inputs, layer, spec.cost);
          node = add(name, rf.conv(AXES, { kernel: blur.kernel, stride: [...blur.stride], pad: blur.pad, pool: 'avg' }), [inner], layer);
          size = size?.map((n, a) => Math.floor((n + 2 * blur.pad - blur.kernel) / blur.stride[a]!) + 1);
        } else {
          node = add(name, op(spec.stride), inputs, layer, spec.cost);
        }
        break;
      }
      case 'pointwise':
      case 'head':
        node = add(name, rf.pointwise, inputs, layer);
        break;
      case 'global':
        node = add(name, { kind: 'global', reason: spec.reason }, inputs, layer, spec.cost);
        size = [1, 1];
        break;
      case 'merge':
        node = add(name, rf.merge(spec.merge), inputs, layer);
        break;
      case 'shortcut': {
        const fromSize = sizeOf(layer.inputs[1]!);
        if (!inSize || !fromSize || fromSize.every((n, a) => n === inSize[a])) {
          // Equal sizes (or unknown: then a `from` at another stride is the engine's RF012).
          node = add(name, rf.merge('add'), inputs, layer);
          break;
        }
        const sampled = sampleShortcut(name, inputs[1]!, fromSize, inSize, layer);
        if ('problem' in sampled) return sampled;
        node = add(name, rf.merge('add'), [inputs[0]!, sampled.node], layer);
        assumptions.push(sampled.assumption);
        break;
      }
      case 'gate': {
        const where = describeSection(layer.section, layer.index);
        if (options.channelAttentionPointwise) {
          node = add(name, rf.pointwise, inputs, layer);
          assumptions.push(`${where}: the channel-attention gate is treated as pointwise, as asked`);
        } else {
          node = add(name, { kind: 'global', reason: `channel-attention gate (layer ${spec.gate})` }, inputs, layer);
          assumptions.push(`${where}: the channel-attention gate (from layer ${spec.gate}) makes what follows it global`);
          if (!gateSeen) {
            diagnostics.push(
              warning(
                CODES.gate,
                `${where} scales its input by a channel-attention gate (layer ${spec.gate}) computed from the whole input, so the outputs after it are global; treat such gates as pointwise (--channel-attention pointwise, or \`channel_attention: pointwise\` in rules) to get their spatial RF`,
                layer.section.at,
              ),
            );
          }
          gateSeen = true;
        }
        break;
      }
      case 'upsample':
        node = add(name, rf.resize(AXES, { scale: spec.factor }), inputs, layer);
        size = inSize?.map((n) => n * spec.factor);
        break;
      case 'downsample':
        // Darknet's negative-stride [upsample] sums each factor×factor block.
        node = add(name, rf.conv(AXES, { kernel: spec.factor, stride: spec.factor, pool: 'avg' }), inputs, layer);
        size = inSize?.map((n) => Math.floor(n / spec.factor));
        break;
      case 'space_to_depth':
        node = add(name, rf.spaceToDepth(AXES, spec.block), inputs, layer);
        size = inSize?.map((n) => Math.floor(n / spec.block));
        break;
      case 'depth_to_space':
        node = add(name, rf.depthToSpace(AXES, spec.block), inputs, layer);
        size = inSize?.map((n) => n * spec.block);
        break;
      case 'crop': {
        const where = describeSection(layer.section, layer.index);
        if (!inSize) {
          return { problem: error(CODES.needsInputSize, `${where}: a crop's offset depends on the size of its input; give \`width\` and \`height\` in [net], or --input-size`, layer.section.at) };
        }
        const crop = [spec.height, spec.width];
        const axis = crop.findIndex((c, a) => c > inSize[a]!);
        if (axis >= 0) {
          return { problem: error(CODES.invalidValue, `${where}: \`${axis === 0 ? 'crop_height' : 'crop_width'}\` is ${crop[axis]}, larger than its input (${inSize[axis]}); crop to at most the input size`, layer.section.at) };
        }
        // At inference Darknet keeps the centred window: offset (in − crop)/2.
        const begin = crop.map((c, a) => Math.floor((inSize[a]! - c) / 2));
        node = add(name, rf.crop(AXES, begin, crop.map((c, a) => inSize[a]! - c - begin[a]!)), inputs, layer);
        size = crop;
        break;
      }
    }
    layerNode[layer.index] = node;
    sizes[layer.index] = size;
    tensors.set(name, node);
    if (spec.kind === 'head') outputs.push({ name, node, thresholds: {}, position: layer.section.at });
  }
  if (outputs.length === 0) {
    const last = layers[layers.length - 1]!;
    const name = `${last.kind.short}@${last.index}`;
    outputs.push({ name, node: layerNode[last.index]!, thresholds: {}, position: last.section.at });
  }
  return { graph: { axes: AXES, nodes }, outputs, tensors, positions, assumptions, diagnostics };
}
