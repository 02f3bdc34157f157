/**
 * Random graphs for the property tests: fast-check arbitraries of layer specs, and builders
 * that turn them into Graph IR. DAGs are built from stages whose branches all change the jump
 * by the same factor (a stride-2 conv beside a space-to-depth, a deconv beside a ×2 resize…),
 * so their merges are legal; skip connections join earlier tensors of equal jump (U-Net style).
 * The builders track the jump and period of what they build from their own knowledge of each
 * op, only to keep graphs small enough for the brute-force oracle.
 */
import fc from 'fast-check';
import type { CoordinateMode, Graph, GraphNode, NearestRounding, Op } from '../../src/rf/graph.js';

/** One op on one axis. A node of an N-axis graph is N specs of the same kind. */
export type OpSpec =
  | {
      readonly kind: 'conv';
      readonly k: number;
      readonly s: number;
      readonly d: number;
      readonly pb: number;
      readonly pe: number;
      readonly same?: 'upper' | 'lower';
      readonly pool?: 'max' | 'avg';
      readonly ceil: boolean;
    }
  | { readonly kind: 'deconv'; readonly k: number; readonly s: number; readonly d: number; readonly pb: number; readonly pe: number; readonly op: number }
  | {
      readonly kind: 'resize';
      /** Output/input scale num/den. */
      readonly num: number;
      readonly den: number;
      readonly mode: 'nearest' | 'linear' | 'cubic';
      readonly rounding: NearestRounding;
      readonly coords: CoordinateMode;
      readonly size?: number;
    }
  | { readonly kind: 'pad'; readonly b: number; readonly e: number }
  | { readonly kind: 'space_to_depth'; readonly b: number }
  | { readonly kind: 'depth_to_space'; readonly b: number }
  | { readonly kind: 'pointwise' }
  | { readonly kind: 'global' };

/** Whether specs may use what only makes sense with an input size (SAME, align_corners…). */
export interface SpecOptions {
  readonly sized: boolean;
}

type Ratio = readonly [number, number];
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const ratio = (num: number, den: number): Ratio => [num / gcd(num, den), den / gcd(num, den)];
const times = (a: Ratio, b: Ratio): Ratio => ratio(a[0] * b[0], a[1] * b[1]);

/** How a spec multiplies the jump (input positions per output step). Null: global. */
export function jumpFactor(spec: OpSpec): Ratio | null {
  switch (spec.kind) {
    case 'conv':
      return [spec.s, 1];
    case 'deconv':
      return [1, spec.s];
    case 'resize':
      return ratio(spec.den, spec.num);
    case 'space_to_depth':
      return [spec.b, 1];
    case 'depth_to_space':
      return [1, spec.b];
    case 'global':
      return null;
    default:
      return [1, 1];
  }
}

/** The period the spec adds on the output side (the oracle evaluates ~3× the product). */
export function periodCost(spec: OpSpec): number {
  switch (spec.kind) {
    case 'deconv':
      return spec.s;
    case 'resize':
      // align_corners uses (out − 1)/(in − 1), unknown here: count it as a typical 8.
      return spec.coords === 'align_corners' ? 8 : ratio(spec.num, spec.den)[0];
    case 'depth_to_space':
      return spec.b;
    default:
      return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries of single specs

const ROUNDINGS: NearestRounding[] = ['floor', 'ceil', 'round_prefer_floor', 'round_prefer_ceil'];
const PLAIN_COORDS: CoordinateMode[] = ['asymmetric', 'half_pixel', 'tf_half_pixel_for_nn'];
const SIZED_COORDS: CoordinateMode[] = [...PLAIN_COORDS, 'pytorch_half_pixel', 'align_corners'];
/** Output/input scales: integer and rational, up and down. */
export const SCALES: readonly Ratio[] = [[1, 1], [2, 1], [3, 1], [1, 2], [1, 3], [3, 2], [2, 3], [4, 3], [3, 4], [5, 3]];

export function convSpec(options: SpecOptions, strides: readonly number[] = [1, 2, 3]): fc.Arbitrary<OpSpec> {
  return fc
    .record({
      k: fc.integer({ min: 1, max: 5 }),
      s: fc.constantFrom(...strides),
      d: fc.integer({ min: 1, max: 3 }),
      pb: fc.integer({ min: 0, max: 4 }),
      pe: fc.integer({ min: 0, max: 4 }),
      same: options.sized ? fc.constantFrom(undefined, undefined, 'upper' as const, 'lower' as const) : fc.constant(undefined),
      pool: fc.constantFrom(undefined, undefined, 'max' as const, 'avg' as const),
      ceil: fc.boolean(),
    })
    .map(({ same, pool, ceil, ...geometry }): OpSpec => ({
      kind: 'conv',
      ...geometry,
      ...(same ? { same } : {}),
      ...(pool ? { pool } : {}),
      ceil: pool !== undefined && ceil,
    }));
}

export function deconvSpec(strides: readonly number[] = [1, 2, 3]): fc.Arbitrary<OpSpec> {
  return fc
    .record({
      k: fc.integer({ min: 1, max: 5 }),
      s: fc.constantFrom(...strides),
      d: fc.integer({ min: 1, max: 3 }),
      pb: fc.integer({ min: 0, max: 3 }),
      pe: fc.integer({ min: 0, max: 3 }),
      op: fc.integer({ min: 0, max: 2 }),
    })
    .map((r): OpSpec => ({ kind: 'deconv', ...r, op: r.op % r.s }));
}

/**
 * A resize. `fixed`: with an input size, also align_corners (whose ratio comes from the sizes,
 * not the scale) and explicit output sizes; branches that must keep a known jump pass false.
 */
export function resizeSpec(options: SpecOptions, scales: readonly Ratio[] = SCALES, fixed = options.sized): fc.Arbitrary<OpSpec> {
  const coords = fixed ? SIZED_COORDS : options.sized ? [...PLAIN_COORDS, 'pytorch_half_pixel' as const] : PLAIN_COORDS;
  return fc
    .record({
      scale: fc.constantFrom(...scales),
      mode: fc.constantFrom('nearest' as const, 'linear' as const, 'cubic' as const),
      rounding: fc.constantFrom(...ROUNDINGS),
      coords: fc.constantFrom(...coords),
      size: fixed ? fc.option(fc.integer({ min: 2, max: 12 }), { freq: 4 }) : fc.constant(null),
    })
    .map(({ scale, size, ...rest }): OpSpec => ({ kind: 'resize', num: scale[0], den: scale[1], ...rest, ...(size !== null ? { size } : {}) }));
}

const padSpec: fc.Arbitrary<OpSpec> = fc
  .record({ b: fc.integer({ min: -3, max: 4 }), e: fc.integer({ min: -3, max: 4 }) })
  .map((r): OpSpec => ({ kind: 'pad', ...r }));
const blockSpec = (kind: 'space_to_depth' | 'depth_to_space', blocks: readonly number[] = [1, 2, 3]): fc.Arbitrary<OpSpec> =>
  fc.constantFrom(...blocks).map((b): OpSpec => ({ kind, b }));
const pointwiseSpec: fc.Arbitrary<OpSpec> = fc.constant({ kind: 'pointwise' });
const globalSpec: fc.Arbitrary<OpSpec> = fc.constant({ kind: 'global' });

/** Any op, every kind represented (global rarely: it ends the interesting part). */
export function anySpec(options: SpecOptions): fc.Arbitrary<OpSpec> {
  return fc.oneof(
    { arbitrary: convSpec(options), weight: 6 },
    { arbitrary: deconvSpec(), weight: 3 },
    { arbitrary: resizeSpec(options), weight: 4 },
    { arbitrary: padSpec, weight: 2 },
    { arbitrary: blockSpec('space_to_depth'), weight: 1 },
    { arbitrary: blockSpec('depth_to_space'), weight: 1 },
    { arbitrary: pointwiseSpec, weight: 1 },
    { arbitrary: globalSpec, weight: 1 },
  );
}

/** Ops that keep the jump: stride-1 convs and pools, pads, crops, unit resizes and blocks. */
export function neutralSpec(options: SpecOptions): fc.Arbitrary<OpSpec> {
  return fc.oneof(
    { arbitrary: convSpec(options, [1]), weight: 5 },
    { arbitrary: padSpec, weight: 2 },
    { arbitrary: pointwiseSpec, weight: 1 },
    { arbitrary: resizeSpec(options, [[1, 1]], false), weight: 1 },
    { arbitrary: deconvSpec([1]), weight: 1 },
    { arbitrary: blockSpec('space_to_depth', [1]), weight: 1 },
  );
}

/** One node of an N-axis graph: one spec per axis, all of one kind, geometry drawn per axis. */
export function multiAxisSpec(axes: number, neutral = false): fc.Arbitrary<OpSpec[]> {
  const options: SpecOptions = { sized: false };
  const byKind: Record<string, fc.Arbitrary<OpSpec>> = neutral
    ? { conv: convSpec(options, [1]), pad: padSpec, pointwise: pointwiseSpec, deconv: deconvSpec([1]) }
    : {
        conv: convSpec(options),
        deconv: deconvSpec(),
        resize: resizeSpec(options),
        pad: padSpec,
        space_to_depth: blockSpec('space_to_depth'),
        depth_to_space: blockSpec('depth_to_space'),
        pointwise: pointwiseSpec,
      };
  const kinds = Object.keys(byKind);
  const weighted = neutral ? kinds : [...kinds, 'conv', 'conv', 'resize', 'deconv'];
  return fc.constantFrom(...weighted).chain((kind) => fc.array(byKind[kind]!, { minLength: axes, maxLength: axes }));
}

// ---------------------------------------------------------------------------------------------
// Stages: branches that all multiply the jump by the same factor

export const FACTORS: readonly Ratio[] = [[1, 1], [2, 1], [3, 1], [1, 2], [1, 3], [3, 2], [2, 3]];

/** Sequences of ops whose jump factors multiply to `factor`, by different means. */
export function realization(factor: Ratio, options: SpecOptions): fc.Arbitrary<OpSpec[]> {
  const one = (a: fc.Arbitrary<OpSpec>): fc.Arbitrary<OpSpec[]> => a.map((s) => [s]);
  const two = (a: fc.Arbitrary<OpSpec>, b: fc.Arbitrary<OpSpec>): fc.Arbitrary<OpSpec[]> => fc.tuple(a, b).map(([x, y]) => [x, y]);
  const [num, den] = factor;
  if (num === 1 && den === 1) return fc.oneof(fc.constant<OpSpec[]>([]), one(neutralSpec(options)));
  if (den === 1) {
    // Downsampling by num: stride, space-to-depth, or a 1/num resize.
    return fc.oneof(one(convSpec(options, [num])), one(blockSpec('space_to_depth', [num])), one(resizeSpec(options, [[1, num]], false)));
  }
  if (num === 1) {
    // Upsampling by den: transposed conv, resize, depth-to-space.
    return fc.oneof(one(deconvSpec([den])), one(resizeSpec(options, [[den, 1]], false)), one(blockSpec('depth_to_space', [den])));
  }
  // A rational factor num/den: a resize den/num, or up by den then down by num.
  const ups = [deconvSpec([den]), resizeSpec(options, [[den, 1]], false), blockSpec('depth_to_space', [den])];
  const downs = [convSpec(options, [num]), blockSpec('space_to_depth', [num]), resizeSpec(options, [[1, num]], false)];
  return fc.oneof(one(resizeSpec(options, [[den, num]], false)), two(fc.oneof(...ups), fc.oneof(...downs)));
}

export interface BranchSpec {
  readonly before: readonly OpSpec[];
  readonly core: readonly OpSpec[];
  readonly after: readonly OpSpec[];
}

export interface StageSpec {
  readonly factor: Ratio;
  readonly branches: readonly BranchSpec[];
  /** Also merge the latest earlier tensor of the same jump (a skip connection). */
  readonly skip: boolean;
  readonly merge: string;
  /** End the first branch with a global op (everything downstream turns global). */
  readonly global: boolean;
}

export function branchSpec(factor: Ratio, options: SpecOptions): fc.Arbitrary<BranchSpec> {
  return fc.record({
    before: fc.array(neutralSpec(options), { maxLength: 1 }),
    core: realization(factor, options),
    after: fc.array(neutralSpec(options), { maxLength: 2 }),
  });
}

export function stageSpec(options: SpecOptions, maxBranches = 3): fc.Arbitrary<StageSpec> {
  return fc.constantFrom(...FACTORS).chain((factor) =>
    fc.record({
      factor: fc.constant(factor),
      branches: fc.array(branchSpec(factor, options), { minLength: 1, maxLength: maxBranches }),
      skip: fc.boolean(),
      merge: fc.constantFrom('add', 'mul', 'concat'),
      global: fc.integer({ min: 0, max: 29 }).map((x) => x === 0),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Builders

/** Limits that keep the oracle's enumeration small. */
export const LIMITS = { maxJump: 16, minJump: 1 / 16, maxPeriod: 64 };

/** The IR op of a node from its per-axis specs (kind-wide fields come from axis 0). */
export function toOp(specs: readonly OpSpec[]): Op {
  const first = specs[0]!;
  const all = <K extends OpSpec['kind']>(_kind: K) => specs as readonly Extract<OpSpec, { kind: K }>[];
  switch (first.kind) {
    case 'conv': {
      const c = all('conv');
      return {
        kind: 'conv',
        ...(first.pool ? { pool: first.pool } : {}),
        kernel: c.map((s) => s.k),
        stride: c.map((s) => s.s),
        dilation: c.map((s) => s.d),
        pad: c.map((s) => (s.same ? { same: s.same } : { begin: s.pb, end: s.pe })),
        ...(first.ceil ? { ceilMode: true } : {}),
      };
    }
    case 'deconv': {
      const c = all('deconv');
      return {
        kind: 'deconv',
        kernel: c.map((s) => s.k),
        stride: c.map((s) => s.s),
        dilation: c.map((s) => s.d),
        pad: c.map((s) => ({ begin: s.pb, end: s.pe })),
        outputPadding: c.map((s) => s.op),
      };
    }
    case 'resize': {
      const c = all('resize');
      const sizes = c.map((s) => s.size);
      return {
        kind: 'resize',
        scale: c.map((s) => {
          const [num, den] = ratio(s.num, s.den);
          return { num, den };
        }),
        mode: first.mode,
        rounding: first.rounding,
        coordinates: first.coords,
        ...(sizes.every((s) => s !== undefined) ? { size: sizes as number[] } : {}),
      };
    }
    case 'pad':
      return { kind: 'pad', begin: all('pad').map((s) => s.b), end: all('pad').map((s) => s.e) };
    case 'space_to_depth':
    case 'depth_to_space':
      return { kind: first.kind, block: (specs as readonly { b: number }[]).map((s) => s.b) };
    case 'pointwise':
      return { kind: 'pointwise' };
    case 'global':
      return { kind: 'global' };
  }
}

/** Appends nodes to a growing graph, naming them n0, n1, … */
export class GraphSketch {
  readonly nodes: GraphNode[] = [{ name: 'n0', op: { kind: 'input' }, inputs: [] }];
  constructor(readonly axes: number) {}
  add(op: Op, inputs: readonly number[]): number {
    this.nodes.push({ name: `n${this.nodes.length}`, op, inputs });
    return this.nodes.length - 1;
  }
  graph(): Graph {
    return { axes: this.axes, nodes: this.nodes };
  }
}

/** A residual block in a chain: a branch of jump-keeping nodes added back to its input. */
export interface ResidualSpec {
  readonly residual: readonly (readonly OpSpec[])[];
  readonly merge: string;
}

/**
 * A chain; per node, one spec per axis (or a residual block). Ops that would exceed LIMITS
 * become pointwise.
 */
export function buildChain(layers: readonly (readonly OpSpec[] | ResidualSpec)[], axes: number): Graph {
  const sketch = new GraphSketch(axes);
  let head = 0;
  const jump: Ratio[] = Array.from({ length: axes }, () => [1, 1]);
  const period: number[] = Array.from({ length: axes }, () => 1);
  for (const specs of layers) {
    if ('residual' in specs) {
      let node = head;
      for (const inner of specs.residual) node = sketch.add(toOp(inner), [node]);
      head = sketch.add({ kind: 'merge', merge: specs.merge }, [node, head]);
      continue;
    }
    const next = specs.map((s, a) => {
      const f = jumpFactor(s);
      return f ? times(jump[a]!, f) : jump[a]!;
    });
    const fits = specs.every((s, a) => withinLimits(next[a]!, period[a]! * periodCost(s)));
    if (!fits) {
      head = sketch.add({ kind: 'pointwise' }, [head]);
      continue;
    }
    specs.forEach((s, a) => {
      jump[a] = next[a]!;
      period[a] = period[a]! * periodCost(s);
    });
    head = sketch.add(toOp(specs), [head]);
  }
  return sketch.graph();
}

function withinLimits(jump: Ratio, period: number): boolean {
  const j = jump[0] / jump[1];
  return j <= LIMITS.maxJump && j >= LIMITS.minJump && period <= LIMITS.maxPeriod;
}

/** A 1-D DAG from stages. Returns the graph; every merge joins tensors of equal jump. */
export function buildDag(stages: readonly StageSpec[]): Graph {
  const sketch = new GraphSketch(1);
  let head = 0;
  let jump: Ratio = [1, 1];
  let period = 1;
  const earlier: { node: number; jump: Ratio }[] = [{ node: 0, jump }];
  for (const stage of stages) {
    const cost = stage.branches.reduce((acc, b) => acc * [...b.before, ...b.core, ...b.after].reduce((p, s) => p * periodCost(s), 1), 1);
    const next = times(jump, stage.factor);
    const realize = withinLimits(next, period * cost);
    const ends = stage.branches.map((branch, i) => {
      let node = head;
      const ops = [...branch.before, ...(realize ? branch.core : []), ...branch.after];
      if (stage.global && i === 0) ops.push({ kind: 'global' });
      for (const spec of ops) node = sketch.add(toOp([spec]), [node]);
      return node;
    });
    if (realize) {
      jump = next;
      period *= cost;
    }
    const inputs = [...ends];
    if (stage.skip) {
      const partner = [...earlier].reverse().find((e) => e.jump[0] === jump[0] && e.jump[1] === jump[1] && !inputs.includes(e.node));
      if (partner) inputs.push(partner.node);
    }
    head = inputs.length === 1 ? inputs[0]! : sketch.add({ kind: 'merge', merge: stage.merge }, inputs);
    earlier.push({ node: head, jump });
  }
  return sketch.graph();
}
