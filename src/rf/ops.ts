/**
 * Constructors for ops with the usual defaults (stride 1, dilation 1, padding 0), taking a
 * scalar for all axes or one value per axis, and a small builder that names nodes.
 */
import { type Fraction, frac } from './fraction.js';
import type { CoordinateMode, Graph, GraphNode, NearestRounding, Op, Pad } from './graph.js';

export type PerAxis<T> = T | readonly T[];

export function perAxis<T>(value: PerAxis<T>, axes: number): T[] {
  return Array.isArray(value) ? [...(value as readonly T[])] : Array.from({ length: axes }, () => value as T);
}

export interface WindowParams {
  kernel: PerAxis<number>;
  stride?: PerAxis<number>;
  dilation?: PerAxis<number>;
  /** A number (both sides), a [begin, end] pair per axis, or SAME. */
  pad?: PerAxis<number> | readonly (readonly [number, number])[] | 'same_upper' | 'same_lower';
  ceilMode?: boolean;
  pool?: 'max' | 'avg' | 'lp';
}

function pads(pad: WindowParams['pad'], axes: number): Pad[] {
  if (pad === 'same_upper' || pad === 'same_lower') {
    return perAxis<Pad>({ same: pad === 'same_upper' ? 'upper' : 'lower' }, axes);
  }
  return perAxis<number | readonly [number, number]>(pad ?? 0, axes).map((p) =>
    typeof p === 'number' ? { begin: p, end: p } : { begin: p[0], end: p[1] },
  );
}

export function conv(axes: number, params: WindowParams): Op {
  return {
    kind: 'conv',
    ...(params.pool ? { pool: params.pool } : {}),
    kernel: perAxis(params.kernel, axes),
    stride: perAxis(params.stride ?? 1, axes),
    dilation: perAxis(params.dilation ?? 1, axes),
    pad: pads(params.pad, axes),
    ...(params.ceilMode ? { ceilMode: true } : {}),
  };
}

export function deconv(
  axes: number,
  params: Omit<WindowParams, 'pad' | 'ceilMode' | 'pool'> & {
    pad?: PerAxis<number> | readonly (readonly [number, number])[];
    outputPadding?: PerAxis<number>;
  },
): Op {
  return {
    kind: 'deconv',
    kernel: perAxis(params.kernel, axes),
    stride: perAxis(params.stride ?? 1, axes),
    dilation: perAxis(params.dilation ?? 1, axes),
    pad: pads(params.pad, axes) as { begin: number; end: number }[],
    outputPadding: perAxis(params.outputPadding ?? 0, axes),
  };
}

export function resize(
  axes: number,
  params: {
    scale: PerAxis<number | Fraction>;
    mode?: 'nearest' | 'linear' | 'cubic';
    rounding?: NearestRounding;
    coordinates?: CoordinateMode;
    size?: PerAxis<number>;
  },
): Op {
  const mode = params.mode ?? 'nearest';
  return {
    kind: 'resize',
    scale: perAxis(params.scale, axes).map((f) => (typeof f === 'number' ? frac(f) : f)),
    mode,
    rounding: params.rounding ?? 'floor',
    // PyTorch's defaults: `nearest` is asymmetric + floor, `bilinear` is half_pixel.
    coordinates: params.coordinates ?? (mode === 'nearest' ? 'asymmetric' : 'half_pixel'),
    ...(params.size !== undefined ? { size: perAxis(params.size, axes) } : {}),
  };
}

export function pad(axes: number, begin: PerAxis<number>, end: PerAxis<number> = begin): Op {
  return { kind: 'pad', begin: perAxis(begin, axes), end: perAxis(end, axes) };
}

export function crop(axes: number, begin: PerAxis<number>, end: PerAxis<number> = begin): Op {
  return { kind: 'pad', begin: perAxis(begin, axes).map((c) => -c), end: perAxis(end, axes).map((c) => -c) };
}

export const spaceToDepth = (axes: number, block: PerAxis<number>): Op => ({ kind: 'space_to_depth', block: perAxis(block, axes) });
export const depthToSpace = (axes: number, block: PerAxis<number>): Op => ({ kind: 'depth_to_space', block: perAxis(block, axes) });
export const pointwise: Op = { kind: 'pointwise' };
export const global: Op = { kind: 'global' };
export const merge = (kind: string): Op => ({ kind: 'merge', merge: kind });
export const input: Op = { kind: 'input' };

/** Builds a graph by name, for tests, benchmarks and loaders that know their order. */
export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly ids = new Map<string, number>();

  constructor(readonly axes: number) {}

  /** Adds a node; `inputs` are names or ids of nodes added before. Returns the new id. */
  add(name: string, op: Op, inputs: readonly (string | number)[] = []): number {
    const ids = inputs.map((i) => (typeof i === 'number' ? i : this.id(i)));
    this.ids.set(name, this.nodes.length);
    this.nodes.push({ name, op, inputs: ids });
    return this.nodes.length - 1;
  }

  id(name: string): number {
    const id = this.ids.get(name);
    if (id === undefined) throw new Error(`no node named ${name}`);
    return id;
  }

  /** A graph of the nodes so far (a copy: adding more later must not change a built graph). */
  build(): Graph {
    return { axes: this.axes, nodes: [...this.nodes] };
  }
}
