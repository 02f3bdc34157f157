/**
 * Rows → graph IR, the way Ultralytics' `parse_model` walks them: backbone then head, layer i
 * reading `from` (−1: the previous layer, −k: layer i − k, k ≥ 0: layer k, or a list), each
 * module a small subgraph named `layer i (Module).part`, its last node `layer i (Module)`. Head
 * modules add no node: their inputs are the outputs, named P3, P4… by their stride.
 */
import { type Diagnostic, type Position, error, warning } from '../diagnostic.js';
import type { ModelOutput } from '../model.js';
import { type GraphNode, type Op, conv, deconv, input, merge, pointwise, resize } from '../../rf/index.js';
import type { Locator } from '../yaml/locate.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import { ArgError, Args, type From, type Row, type UltralyticsFile } from './document.js';
import { type HeadDef, HEADS, planHead } from './heads.js';
import { type Dialect, type Emit, KNOWN_MODULES, MODULES } from './modules.js';
import { scaledRepeats } from './scale.js';
import type { Deadline } from '../../rf/deadline.js';

export interface BuildSettings {
  readonly dialect: Dialect;
  /** The scale as parse_model sees it (C3k2 tests `scale in "mlx"`). */
  readonly scale: string;
  readonly depth: number;
  readonly attentionPointwise: boolean;
  readonly assume: ReadonlyMap<string, 'pointwise' | 'global'>;
  readonly maxNodes: number;
  /** The file's time budget (LoadOptions.deadline). */
  readonly deadline?: Deadline | undefined;
}

export interface Built {
  readonly nodes: GraphNode[];
  readonly positions: (Position | undefined)[];
  readonly outputs: ModelOutput[];
  readonly tensors: Map<string, number>;
  readonly warnings: Diagnostic[];
}

/** Stops the build at the first problem: one mistake, one diagnostic. */
class Stop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export function buildGraph(file: UltralyticsFile, settings: BuildSettings, locate: Locator): Built | { diagnostics: Diagnostic[] } {
  try {
    return build(file, settings, locate);
  } catch (err) {
    if (err instanceof Stop) return { diagnostics: [err.diagnostic] };
    throw err;
  }
}

function build(file: UltralyticsFile, settings: BuildSettings, locate: Locator): Built {
  const nodes: GraphNode[] = [];
  const positions: (Position | undefined)[] = [];
  /** Per node, its jump per axis (a power of two, or a fraction after upsampling). */
  const strides: number[][] = [];
  const layerOut: number[] = [];
  const outputs: ModelOutput[] = [];
  const tensors = new Map<string, number>();
  const attentionLayers: { label: string; at: Position }[] = [];
  const rows: { row: Row; path: [string, number] }[] = [
    ...file.backbone.map((row, i) => ({ row, path: ['backbone', i] as [string, number] })),
    ...file.head.map((row, i) => ({ row, path: ['head', i] as [string, number] })),
  ];
  const names: Record<string, unknown> = { nc: file.nc ?? 80 };
  for (const [key, value] of Object.entries(file)) if (!Object.hasOwn(names, key) && key !== 'backbone' && key !== 'head') names[key] = value;

  const tooMany = (name: string, at: Position | undefined): never => {
    throw new Stop(error(CODES.tooManyNodes, `${name.replace(/\).*$/, ')')}: the model expands to more than ${settings.maxNodes} nodes (the limit); lower the repeats`, at));
  };
  const addNode = (name: string, op: Op, inputs: readonly number[], at: Position | undefined): number => {
    settings.deadline?.check();
    if (nodes.length >= settings.maxNodes) tooMany(name, at);
    nodes.push({ name, op, inputs: [...inputs] });
    positions.push(at);
    strides.push(jump(op, inputs.length > 0 ? strides[inputs[0]!]! : [1, 1]));
    return nodes.length - 1;
  };
  const network = addNode('input', input, [], undefined);

  rows.forEach(({ row, path }, i) => {
    const [from, repeats, moduleName, args] = row;
    const at = locate.at(path);
    const label = `layer ${i} (${moduleName})`;
    const sources = resolveFrom(from, i, label, layerOut, network, [...path, 0], locate);
    // Own keys only: a row's module named `constructor` or `__proto__` is unknown, not Object's.
    const head = Object.hasOwn(HEADS, moduleName) ? HEADS[moduleName] : undefined;
    if (head) {
      layerOut.push(-1);
      headOutputs(head, moduleName, sources, i, at);
      return;
    }
    const def = Object.hasOwn(MODULES, moduleName) ? MODULES[moduleName] : undefined;
    const assumed = def ? undefined : settings.assume.get(moduleName);
    if (!def && !assumed) {
      throw new Stop(
        error(
          CODES.unknownModule,
          `${label}: unknown module \`${moduleName}\`${didYouMean(moduleName, KNOWN_MODULES)}; if you know how it maps positions, say so with assume (--assume ${moduleName}=pointwise or ${moduleName}=global, or \`assume\` in rules)`,
          locate.at([...path, 2]),
        ),
      );
    }
    const list = Array.isArray(from);
    if (def && (def.inputs === 'one') === list) {
      throw new Stop(
        error(
          CODES.inputCount,
          def.inputs === 'one' ? `${label}: \`${moduleName}\` takes one input, but \`from\` lists ${sources.length}; merge them with a Concat row first` : `${label}: \`${moduleName}\` merges several layers: \`from\` must be a list such as [-1, 6]`,
          locate.at([...path, 0]),
        ),
      );
    }
    const n = scaledRepeats(repeats, settings.depth);
    // Every repeat adds a node at least: a count of 10^20 is over the limit before any is built.
    if (n > settings.maxNodes - nodes.length) tooMany(label, at);
    const created = nodes.length;
    const emitFor = (prefix: string): Emit => ({
      dialect: settings.dialect,
      scale: settings.scale,
      jump: (node) => strides[node]!,
      node: (part, op, inputs) => addNode(`${label}.${prefix}${part}`, op, inputs, at),
      attention: (part, x) => {
        if (settings.attentionPointwise) return addNode(`${label}.${prefix}${part}`, pointwise, [x], at);
        if (!attentionLayers.some((l) => l.label === label)) attentionLayers.push({ label, at });
        // `reason` tells the report which layer made the outputs after it global.
        return addNode(`${label}.${prefix}${part}`, { kind: 'global', reason: `attention (${moduleName})` }, [x], at);
      },
    });
    let out: number;
    if (!def) {
      const joined = sources.length > 1 ? addNode(`${label}.inputs`, merge('concat'), sources, at) : sources[0]!;
      out = addNode(label, assumed === 'global' ? { kind: 'global', reason: `${moduleName}, assumed global` } : pointwise, [joined], at);
    } else {
      const argsOf = new Args(args, names);
      try {
        if (def.repeatsInside || n <= 1) out = def.build(emitFor(''), sources, argsOf, def.repeatsInside ? n : 1);
        else {
          out = sources[0]!;
          for (let r = 0; r < n; r++) out = def.build(emitFor(`${r}.`), [out], argsOf, 1);
        }
      } catch (err) {
        if (!(err instanceof ArgError)) throw err;
        const where = err.index !== undefined && err.index < args.length ? [...path, 3, err.index] : [...path, 3];
        throw new Stop(error(CODES.badArgs, `${label}: ${err.message}`, locate.at(where)));
      }
      // The module's last node is the layer: engine messages then name it as Ultralytics does.
      if (out >= created && out === nodes.length - 1) nodes[out] = { ...nodes[out]!, name: label };
      else out = addNode(label, pointwise, [out], at);
    }
    layerOut.push(out);
    tensors.set(`layer${i}`, out);
  });

  const warnings = attentionLayers.map(({ label, at }) =>
    warning(
      CODES.attention,
      `${label} is attention: every output after it sees the whole input (global); to check the RF of the convolutions around it, treat attention as pointwise (--attention pointwise, or \`attention: pointwise\` in rules)`,
      at,
    ),
  );
  return { nodes, positions, outputs, tensors, warnings };

  function headOutputs(head: HeadDef, moduleName: string, sources: readonly number[], i: number, at: Position): void {
    if (head.kind === 'classify') {
      // Classify(c1, c2, k=1, s=1, p=None): a Conv, a global average pool, a linear layer.
      const args = new Args(rows[i]!.row[3], names);
      let x = sources[0]!;
      try {
        const k = args.kernel(1, 'kernel', 1);
        const s = args.kernel(2, 'stride', 1);
        if (k !== 1 || s !== 1) {
          const kk = typeof k === 'number' ? [k, k] : [...k];
          x = addNode(`layer ${i} (${moduleName}).conv`, conv(2, { kernel: kk, stride: typeof s === 'number' ? s : [...s], pad: kk.map((v) => Math.floor(v / 2)) }), [x], at);
        }
      } catch (err) {
        if (!(err instanceof ArgError)) throw err;
        throw new Stop(error(CODES.badArgs, `layer ${i} (${moduleName}): ${err.message}`, at));
      }
      const out = addNode(`layer ${i} (${moduleName})`, { kind: 'global', reason: `global average pool (${moduleName})` }, [x], at);
      outputs.push({ name: unique(moduleName), node: out, thresholds: {}, position: at });
      return;
    }
    const plan = planHead(head, moduleName, new Args(rows[i]!.row[3], names), sources.length);
    if (typeof plan === 'string') throw new Stop(error(CODES.inputCount, `layer ${i} (${moduleName}): ${plan}`, locate.at([...rows[i]!.path, 0])));
    const label = `layer ${i} (${moduleName})`;
    const seen = new Set<string>();
    for (const { input: j, group, groupIndex } of plan.levels) {
      const source = sources[j]!;
      const peers = plan.levels.filter((l) => l.groupIndex === groupIndex).map((l) => strides[sources[l.input]!]!);
      const level = levelName(strides[source]!, peers);
      const base = level ? `${group}${level.slice(1)}` : `layer${layerIndex(source)}${group === 'A' ? '.aux' : ''}`;
      // TripleDDetect's two lead groups read the same layers: one output each.
      if (seen.has(`${base}@${source}`)) continue;
      seen.add(`${base}@${source}`);
      const name = unique(base);
      outputs.push({ name, node: source, thresholds: {}, position: at });
      if (head.kind === 'detect' && plan.branch === 'v8') {
        // cv2[j]: Conv(x, c2, 3), Conv(c2, c2, 3), then a 1×1: the box branch's RF.
        const conv3 = conv(2, { kernel: 3, pad: 1 });
        const first = addNode(`${label}.cv2.${j}.0`, conv3, [source], at);
        const box = addNode(`${label}.cv2.${j}.1`, conv3, [first], at);
        outputs.push({ name: unique(`${name}.box`), node: box, thresholds: {}, position: at });
      }
    }
    if (head.proto === 'first') {
      // Proto on the first input: Conv 3×3, 2× up, Conv 3×3, 1×1: the mask prototypes, at half
      // the first input's stride. Ultralytics upsamples by ConvTranspose2d(2, 2); the YOLOv5 and
      // YOLOv9 repositories by nn.Upsample(scale_factor=2, mode='nearest').
      const name = `${label}.proto`;
      const cv1 = addNode(`${name}.cv1`, conv(2, { kernel: 3, pad: 1 }), [sources[0]!], at);
      const upOp = settings.dialect === 'ultralytics' ? deconv(2, { kernel: 2, stride: 2 }) : resize(2, { scale: 2, mode: 'nearest' });
      const up = addNode(`${name}.upsample`, upOp, [cv1], at);
      const proto = addNode(name, conv(2, { kernel: 3, pad: 1 }), [up], at);
      outputs.push({ name: unique('proto'), node: proto, thresholds: {}, position: at });
    } else {
      plan.protoInputs.forEach((j, k) => {
        const part = k === 0 ? 'proto' : `proto${k + 1}`;
        const proto = addNode(`${label}.${part}`, pointwise, [sources[j]!], at);
        outputs.push({ name: unique(part), node: proto, thresholds: {}, position: at });
      });
    }
    if (head.semantic) {
      // Panoptic's UConv on the first input: Conv 3×3, a 1×1, nn.Upsample(2, bilinear, align_corners=True).
      const name = `${label}.uconv`;
      const cv1 = addNode(`${name}.cv1`, conv(2, { kernel: 3, pad: 1 }), [sources[0]!], at);
      const up = addNode(name, resize(2, { scale: 2, mode: 'linear', coordinates: 'align_corners' }), [cv1], at);
      outputs.push({ name: unique('semantic'), node: up, thresholds: {}, position: at });
    }
  }

  function layerIndex(node: number): number {
    return layerOut.indexOf(node);
  }

  function unique(name: string): string {
    let candidate = name;
    for (let k = 2; outputs.some((o) => o.name === candidate); k++) candidate = `${name}#${k}`;
    return candidate;
  }
}

/** `P3` for a stride of 8 on both axes, when that level is the only one of the head's inputs. */
function levelName(stride: readonly number[], all: readonly (readonly number[])[]): string | undefined {
  const s = stride[0]!;
  if (stride.some((v) => v !== s) || !Number.isInteger(s) || s < 1 || (s & (s - 1)) !== 0) return undefined;
  if (all.filter((t) => t[0] === s && t[1] === s).length > 1) return undefined;
  return `P${Math.log2(s)}`;
}

function jump(op: Op, before: readonly number[]): number[] {
  switch (op.kind) {
    case 'conv':
      return before.map((j, a) => j * op.stride[a]!);
    case 'deconv':
      return before.map((j, a) => j / op.stride[a]!);
    case 'resize':
      return before.map((j, a) => (j * op.scale[a]!.den) / op.scale[a]!.num);
    case 'space_to_depth':
      return before.map((j, a) => j * op.block[a]!);
    case 'depth_to_space':
      return before.map((j, a) => j / op.block[a]!);
    default:
      return [...before];
  }
}

function resolveFrom(from: From, i: number, label: string, layerOut: readonly number[], network: number, path: (string | number)[], locate: Locator): number[] {
  const list = Array.isArray(from) ? from : [from as number];
  return list.map((f, k) => {
    const target = f < 0 ? i + f : f;
    const where = locate.at(Array.isArray(from) ? [...path, k] : path);
    if (f === -1 && i === 0) return network;
    if (target < 0 || target >= i) {
      const why = target >= i ? `reads layer ${target}, which comes at or after this one` : `reaches before the first layer`;
      const fix = i === 0 ? 'the first layer reads the image: use -1' : `use -1 for the previous layer, or the index of an earlier layer (0 to ${i - 1})`;
      throw new Stop(error(CODES.badFrom, `${label}: \`from\` ${f} ${why}; ${fix}`, where));
    }
    const node = layerOut[target]!;
    if (node < 0) throw new Stop(error(CODES.badFrom, `${label}: \`from\` ${f} reads layer ${target}, a head (its outputs are not a tensor); read one of its inputs instead`, where));
    return node;
  });
}
