/**
 * The modules of WongKinYiu's YOLO repositories (YOLOv7, YOLOv9, YOLOR and ScaledYOLOv4), as
 * their models/common.py define them, in the same small subgraphs as the Ultralytics modules:
 * 1×1 convolutions and channel splits are pointwise; every k×k convolution, pool, resize and
 * merge is kept. Arguments are read as their parse_model passes them: the YAML's args without
 * the input channels, with the repeats inserted as `n` for the CSP blocks (`repeatsInside`).
 */
import { merge, pointwise, resize, spaceToDepth } from '../../rf/index.js';
import { ArgError, type Args, show } from './document.js';
import { AXES, type Emit, type ModuleDef, add, bottleneck, cat, convolve, one, pool, pw } from './primitives.js';

/** A CSP block's inner unit (Bottleneck, Res, ResX, their Rep forms, Ghost): `part` names it. */
type Unit = (e: Emit, part: string, x: number, shortcut: boolean) => number;

/**
 * YOLOv7's Bottleneck (1×1, 3×3) and Res/ResX (1×1, 3×3, 1×1; grouped for ResX), with RepConv in
 * the Rep forms (a 3×3 beside a 1×1 inside its window): all the same positions, a 3×3 and the input.
 */
const plainUnit: Unit = (e, part, x, shortcut) => bottleneck(e, part, x, 1, 3, shortcut);

/** YOLOv7's Ghost (stride 1): GhostConv 1×1 (a 1×1 and a 5×5 depthwise on it), twice; plus the input. */
const ghostUnit: Unit = (e, part, x) => {
  const ghost = (name: string, y: number): number => cat(e, `${name}.cat`, [y, convolve(e, `${name}.cv2`, pw(e, `${name}.cv1`, y), 5)]);
  return add(e, `${part}.add`, [x, ghost(`${part}.conv.2`, ghost(`${part}.conv.0`, x))]);
};

function units(e: Emit, x: number, n: number, unit: Unit, shortcut: boolean): number {
  let y = x;
  for (let i = 0; i < n; i++) y = unit(e, `m.${i}`, y, shortcut);
  return y;
}

/** BottleneckCSPA(c1, c2, n, shortcut, g, e): cv3(cat(m(cv1(x)), cv2(x))). */
const cspA = (unit: Unit, shortcut: boolean): ModuleDef =>
  one((e, x, a, n) => pw(e, 'cv3', cat(e, 'cat', [units(e, pw(e, 'cv1', x), n, unit, a.bool(1, shortcut)), pw(e, 'cv2', x)])), { repeatsInside: true });

/** BottleneckCSPB: x1 = cv1(x); cv3(cat(m(x1), cv2(x1))). */
const cspB = (unit: Unit, shortcut: boolean): ModuleDef =>
  one(
    (e, x, a, n) => {
      const x1 = pw(e, 'cv1', x);
      return pw(e, 'cv3', cat(e, 'cat', [units(e, x1, n, unit, a.bool(1, shortcut)), pw(e, 'cv2', x1)]));
    },
    { repeatsInside: true },
  );

/** BottleneckCSPC: cv4(cat(cv3(m(cv1(x))), cv2(x))). */
const cspC = (unit: Unit, shortcut: boolean): ModuleDef =>
  one((e, x, a, n) => pw(e, 'cv4', cat(e, 'cat', [pw(e, 'cv3', units(e, pw(e, 'cv1', x), n, unit, a.bool(1, shortcut))), pw(e, 'cv2', x)])), { repeatsInside: true });

/** A list of pool sizes (SPP's and SPPCSPC's `k`), (5, 9, 13) by default. */
function poolSizes(a: Args, index: number): number[] {
  const ks = a.raw(index) ?? [5, 9, 13];
  if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => typeof k === 'number' && Number.isSafeInteger(k) && k >= 1)) {
    throw new ArgError(`the pool sizes (argument ${index + 1}) must be a list of integers ≥ 1, got ${show(ks)}`, index);
  }
  return ks as number[];
}

/** Stride-1 max pools of k // 2 padding beside their input, concatenated (SPP's pyramid). */
function pyramid(e: Emit, x: number, ks: readonly number[]): number {
  return cat(e, 'cat', [x, ...ks.map((k, i) => pool(e, `m.${i}`, x, 'max', k, 1, Math.floor(k / 2)))]);
}

export const WONGKINYIU_MODULES: Readonly<Record<string, ModuleDef>> = {
  // MP(k=2): nn.MaxPool2d(k, stride=k). SP(k=3, s=1): nn.MaxPool2d(k, s, padding=k // 2).
  // parse_model passes their args as written (no channels).
  MP: one((e, x, a) => {
    const k = a.int(0, 'kernel', 2);
    return pool(e, 'm', x, 'max', k, k, 0);
  }),
  SP: one((e, x, a) => {
    const k = a.int(0, 'kernel', 3);
    return pool(e, 'm', x, 'max', k, a.int(1, 'stride', 1), Math.floor(k / 2));
  }),
  // ReOrg: cat(x[::2, ::2], x[1::2, ::2], x[::2, 1::2], x[1::2, 1::2]): space-to-depth by 2.
  ReOrg: one((e, x) => e.node('slice', spaceToDepth(AXES, 2), [x])),
  // Shortcut: x[0] + x[1] (only the first two of `from`).
  Shortcut: {
    inputs: 'many',
    build: (e, xs) => {
      if (xs.length < 2) throw new ArgError(`Shortcut adds x[0] and x[1]: \`from\` must list two layers, got ${xs.length}`);
      return add(e, 'add', xs.slice(0, 2));
    },
  },
  // Stem(c1, c2, k, s, p, g, act) ignores k and s: cv1 3×3 s2; cv4(cat(cv3 3×3 s2 of cv2 1×1, a 2×2 s2 max pool)).
  Stem: one((e, x) => {
    const y = convolve(e, 'cv1', x, 3, 2);
    return pw(e, 'cv4', cat(e, 'cat', [convolve(e, 'cv3', pw(e, 'cv2', y), 3, 2), pool(e, 'pool', y, 'max', 2, 2, 0)]));
  }),
  // DownC(c1, c2, n, k=2): cat(cv2 (3×3 stride k) of cv1 (1×1), cv3 (1×1) of a k×k stride-k max pool).
  DownC: one((e, x, a) => {
    const k = a.int(1, 'stride', 2);
    return cat(e, 'cat', [convolve(e, 'cv2', pw(e, 'cv1', x), 3, k), pw(e, 'cv3', pool(e, 'mp', x, 'max', k, k, 0))]);
  }, { repeatsInside: true }),
  // SPPCSPC(c1, c2, n, shortcut, g, e, k=(5, 9, 13)): cv7(cat(cv6 3×3(cv5(pyramid(x1))), cv2(x))),
  // x1 = cv4(cv3 3×3(cv1(x))). YOLOv9 defines it the same.
  SPPCSPC: one(
    (e, x, a) => {
      const x1 = pw(e, 'cv4', convolve(e, 'cv3', pw(e, 'cv1', x), 3));
      const y1 = convolve(e, 'cv6', pw(e, 'cv5', pyramid(e, x1, poolSizes(a, 4))), 3);
      return pw(e, 'cv7', cat(e, 'cat2', [y1, pw(e, 'cv2', x)]));
    },
    { repeatsInside: true },
  ),
  BottleneckCSPA: cspA(plainUnit, true),
  BottleneckCSPB: cspB(plainUnit, false),
  BottleneckCSPC: cspC(plainUnit, true),
  ResCSPA: cspA(plainUnit, true),
  ResCSPB: cspB(plainUnit, true),
  ResCSPC: cspC(plainUnit, true),
  ResXCSPA: cspA(plainUnit, true),
  ResXCSPB: cspB(plainUnit, true),
  ResXCSPC: cspC(plainUnit, true),
  RepBottleneckCSPA: cspA(plainUnit, true),
  RepBottleneckCSPB: cspB(plainUnit, false),
  RepBottleneckCSPC: cspC(plainUnit, true),
  RepResCSPA: cspA(plainUnit, true),
  RepResCSPB: cspB(plainUnit, false),
  RepResCSPC: cspC(plainUnit, true),
  RepResXCSPA: cspA(plainUnit, true),
  RepResXCSPB: cspB(plainUnit, false),
  RepResXCSPC: cspC(plainUnit, true),
  GhostCSPA: cspA(ghostUnit, true),
  GhostCSPB: cspB(ghostUnit, true),
  GhostCSPC: cspC(ghostUnit, true),
  // Res(c1, c2, shortcut=True, g, e) and ResX: 1×1, 3×3, 1×1, plus the input.
  Res: one((e, x, a) => plainUnit(e, 'r', x, a.bool(1, true))),
  ResX: one((e, x, a) => plainUnit(e, 'r', x, a.bool(1, true))),

  // YOLOv9. Silence: the identity (the first layer, so that later rows can read the image).
  Silence: one((e, x) => e.node('op', pointwise, [x])),
  // CBLinear(c1, c2s, k=1, s=1, p=None, g=1): one conv whose output is split by channels.
  CBLinear: one((e, x, a) => convolve(e, 'conv', x, a.kernel(1, 'kernel', 1), a.kernel(2, 'stride', 1), a.padding(3, 'padding'))),
  // CBFuse(idx): every input but the last resized to the last one's size (nearest), all summed.
  CBFuse: {
    inputs: 'many',
    build: (e, xs) => {
      const target = xs[xs.length - 1]!;
      const resized = xs.slice(0, -1).map((x, i) => {
        const ratio = e.jump(x).map((j, axis) => j / e.jump(target)[axis]!);
        if (ratio.some((r) => !Number.isInteger(r) || r < 1)) {
          // F.interpolate(size=…) down to a finer level reads positions that depend on both sizes.
          throw new ArgError(`CBFuse resizes input ${i + 1} (stride ${e.jump(x).join('×')}) to the stride of the last (${e.jump(target).join('×')}): rflint reads only upsampling by an integer factor there`);
        }
        return ratio.every((r) => r === 1) ? x : e.node(`resize.${i}`, resize(AXES, { scale: ratio, mode: 'nearest' }), [x]);
      });
      return e.node('sum', merge('add'), [...resized, target]);
    },
  },
};
