/**
 * Expanded layers → the engine's graph IR, through the op constructors of src/rf. Pools are
 * convs with a `pool` tag, crop is a negative pad, global_pool/dense/attention are `global`,
 * add/mul/concat are merges.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { LoadOptions } from '../model.js';
import * as rf from '../../rf/index.js';
import { type Locator, describePath } from '../yaml/locate.js';
import { CODES } from './codes.js';
import { type NativeLayer, OP_FAMILIES, type PerAxis } from './document.js';
import type { FlatNode } from './expand.js';
import { explicit, pads } from './padding.js';

type BuildResult = { readonly op: rf.Op } | { readonly problem: Diagnostic };

export function buildGraph(nodes: readonly FlatNode[], axes: number, locate: Locator, options: Pick<LoadOptions, 'channelAttentionPointwise' | 'deadline'>, inputChannels?: number) {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<unknown>();
  // Instances of a block share their definition's op (the IR is immutable): 10^6 nodes of a
  // repeated block cost one op each, not one per node.
  const built = new Map<NativeLayer, BuildResult>();
  const graphNodes: rf.GraphNode[] = nodes.map((node, index) => {
    if (index === 0) return { name: node.name, op: rf.input, inputs: [], ...(inputChannels !== undefined ? { channels: inputChannels } : {}) };
    options.deadline?.check();
    let result = built.get(node.layer);
    // Input-count problems depend on the node's inputs, so only valid ops are shared.
    if (!result || 'problem' in result) built.set(node.layer, (result = buildOp(node, axes, locate, options)));
    if ('problem' in result) {
      // Every instance of a block shares the definition: report it once.
      if (!reported.has(node.layer)) diagnostics.push(result.problem);
      reported.add(node.layer);
      return { name: node.name, op: rf.pointwise, inputs: node.inputs };
    }
    return { name: node.name, op: result.op, inputs: node.inputs, ...costFields(node.layer) };
  });
  return { graph: { axes, nodes: graphNodes } satisfies rf.Graph, diagnostics };
}

function buildOp(node: FlatNode, axes: number, locate: Locator, options: Pick<LoadOptions, 'channelAttentionPointwise'>): BuildResult {
  const layer = node.layer as NativeLayer & { op: string };
  const family = OP_FAMILIES[layer.op]!;
  const fail = (code: string, key: string | undefined, message: string): BuildResult => {
    const path = key ? [...node.path, key] : node.path;
    return { problem: error(code, `${describePath(path)}: ${message}`, locate.at(path)) };
  };
  const merges = family === 'merge';
  if (merges && node.inputs.length < 2) {
    return fail(CODES.inputCount, layer.inputs === undefined ? undefined : 'inputs', `\`${layer.op}\` merges two or more layers: list them in \`inputs\`, e.g. inputs: [conv2, ^]`);
  }
  if (!merges && node.inputs.length !== 1) {
    return fail(CODES.inputCount, 'inputs', `\`${layer.op}\` takes one input, got ${node.inputs.length}; merge them first with add or concat`);
  }
  const each = <T>(value: PerAxis<T> | undefined, fallback: T): T[] => rf.perAxis(value ?? fallback, axes);
  switch (family) {
    case 'conv':
    case 'pool': {
      const kernel = each(layer.kernel, 1);
      const dilation = each(layer.dilation, 1);
      const pad = pads(layer.padding, axes, kernel, dilation);
      if ('problem' in pad) return fail(CODES.paddingKind, 'padding', pad.problem);
      return {
        op: {
          kind: 'conv',
          ...(family === 'pool' ? { pool: layer.op === 'maxpool' ? 'max' : 'avg' } : {}),
          kernel,
          stride: each(layer.stride, 1),
          dilation,
          pad: pad.pads,
          ...(layer.ceil_mode ? { ceilMode: true } : {}),
        },
      };
    }
    case 'deconv': {
      const padding = layer.padding;
      if (typeof padding === 'string' && padding !== 'valid') {
        return fail(CODES.paddingKind, 'padding', `\`${padding}\` padding is not defined for a transposed conv; give the PyTorch padding (an integer or [begin, end] pairs)`);
      }
      return {
        op: rf.deconv(axes, {
          kernel: each(layer.kernel, 1),
          stride: each(layer.stride, 1),
          dilation: each(layer.dilation, 1),
          pad: explicit(typeof padding === 'string' || padding === undefined ? 0 : padding, axes).map((p) => [p.begin, p.end] as const),
          outputPadding: each(layer.output_padding, 0),
        }),
      };
    }
    case 'upsample': {
      const scale = each(layer.scale, 1).map((s) => rf.parse(s));
      const bad = scale.findIndex((f) => f === null || f.num <= 0);
      if (bad >= 0) return fail(CODES.invalidValue, 'scale', `must be a number > 0 or a ratio such as "3/2", got ${JSON.stringify(each(layer.scale, 1)[bad])}`);
      const linear = layer.mode !== undefined && layer.mode !== 'nearest';
      if (layer.align_corners && !linear) return fail(CODES.invalidValue, 'align_corners', '`align_corners` applies to bilinear upsampling only; add `mode: bilinear` or remove it');
      return {
        op: rf.resize(axes, {
          scale: scale as rf.Fraction[],
          mode: linear ? 'linear' : 'nearest',
          coordinates: layer.align_corners ? 'align_corners' : linear ? 'half_pixel' : 'asymmetric',
        }),
      };
    }
    case 'pad': {
      if (typeof layer.padding === 'string') {
        return fail(CODES.paddingKind, 'padding', `the \`pad\` op needs explicit amounts (an integer or [begin, end] pairs), not \`${layer.padding}\``);
      }
      const p = explicit(layer.padding!, axes);
      return { op: rf.pad(axes, p.map((x) => x.begin), p.map((x) => x.end)) };
    }
    case 'crop': {
      const c = explicit(layer.crop!, axes);
      return { op: rf.crop(axes, c.map((x) => x.begin), c.map((x) => x.end)) };
    }
    case 'space_to_depth':
      return { op: rf.spaceToDepth(axes, each(layer.block_size, 1)) };
    case 'depth_to_space':
      return { op: rf.depthToSpace(axes, each(layer.block_size, 1)) };
    case 'global':
      return { op: layer.op === 'se' && options.channelAttentionPointwise ? rf.pointwise : { kind: 'global', reason: layer.op } };
    case 'merge':
      return { op: rf.merge(layer.op) };
    case 'pointwise':
      return { op: rf.pointwise };
  }
}

/** What prices the layer (rf/cost.ts), as the file states it. */
function costFields(layer: NativeLayer): Pick<rf.GraphNode, 'channels' | 'groups' | 'bias'> {
  return {
    ...(layer.channels !== undefined ? { channels: layer.channels } : {}),
    ...(layer.groups !== undefined ? { groups: layer.groups } : {}),
    ...(layer.bias ? { bias: true } : {}),
  };
}
