/**
 * Resolves one op on one axis into its index map (window.ts) and its output size: SAME pads
 * from the input size, PyTorch/ONNX size rules (floor, ceil_mode), resize coordinate modes.
 */
import { frac } from './fraction.js';
import { GraphError, type Op } from './graph.js';
import type { AxisMap } from './window.js';

/**
 * The axis map of `op` on axis `a` with its pads resolved, and the output size when the input
 * size is known. `varies`: a SAME begin pad that depends on the unknown input size.
 */
export function resolveAxis(
  op: Exclude<Op, { kind: 'input' | 'global' | 'merge' }>,
  a: number,
  /** The input's size on this axis, when known. */
  n: number | undefined,
  /** The input's period: SAME pads that vary with the size are exact only when it is 1. */
  inputPeriod: number,
  name: string,
  index: number,
): { map: AxisMap; size: number | undefined; varies: boolean } {
  const sizeError = (out: number): never => {
    throw new GraphError('RF010', `${name}: the output size on axis ${a} would be ${out} (input size ${n}); the input is too small for this layer`, index);
  };
  switch (op.kind) {
    case 'pointwise':
      return { map: { kind: 'identity', offset: 0 }, size: n, varies: false };
    case 'pad': {
      const begin = op.begin[a]!;
      const size = n === undefined ? undefined : n + begin + op.end[a]!;
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'identity', offset: begin }, size, varies: false };
    }
    case 'conv': {
      const k = op.kernel[a]!;
      const s = op.stride[a]!;
      const d = op.dilation[a]!;
      const extent = d * (k - 1) + 1;
      const pad = op.pad[a]!;
      let begin: number;
      let varies = false;
      let size: number | undefined;
      if ('same' in pad) {
        // TF/ONNX SAME: out = ceil(n / s), total pad = max((out − 1)·s + extent − n, 0); the extra
        // pixel goes at the end (upper) or the start (lower). It depends on n mod s.
        const beginFor = (total: number): number => (pad.same === 'upper' ? Math.floor(total / 2) : Math.ceil(total / 2));
        if (n !== undefined) {
          size = Math.ceil(n / s);
          begin = beginFor(Math.max((size - 1) * s + extent - n, 0));
        } else {
          // n = s·m − r for r in 0..s−1 gives total = max(extent − s + r, 0).
          // The begin pad grows with r, so it varies iff r = s − 1 differs from r = 0 (a list
          // of all s begins would allocate s entries: a corrupt stride of 2^32 must not).
          begin = beginFor(Math.max(extent - s, 0));
          varies = beginFor(Math.max(extent - 1, 0)) !== begin;
          if (varies && inputPeriod > 1) {
            throw new GraphError(
              'RF015',
              `${name}: after upsampling, the RF through this SAME-padded stride-${s} layer depends on the input size; set the input size`,
              index,
            );
          }
        }
      } else {
        begin = pad.begin;
        if (n !== undefined) {
          const span = n + pad.begin + pad.end - extent;
          size = Math.floor(span / s) + 1;
          if (op.ceilMode) {
            size = Math.ceil(span / s) + 1;
            // PyTorch/ONNX: the last window must start inside the input or the begin padding.
            if ((size - 1) * s >= n + pad.begin) size--;
          }
        }
      }
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'window', kernel: k, stride: s, dilation: d, begin }, size, varies };
    }
    case 'deconv': {
      const k = op.kernel[a]!;
      const s = op.stride[a]!;
      const d = op.dilation[a]!;
      const pad = op.pad[a]!;
      const size = n === undefined ? undefined : (n - 1) * s - pad.begin - pad.end + d * (k - 1) + 1 + op.outputPadding[a]!;
      if (size !== undefined && size <= 0) sizeError(size);
      return { map: { kind: 'transposed', kernel: k, stride: s, dilation: d, begin: pad.begin }, size, varies: false };
    }
    case 'space_to_depth': {
      const b = op.block[a]!;
      if (n !== undefined && n % b !== 0) {
        throw new GraphError('RF010', `${name}: space-to-depth needs a size divisible by ${b} on axis ${a}, got ${n}`, index);
      }
      return { map: { kind: 'block', block: b }, size: n === undefined ? undefined : n / b, varies: false };
    }
    case 'depth_to_space': {
      const b = op.block[a]!;
      return { map: { kind: 'spread', block: b }, size: n === undefined ? undefined : n * b, varies: false };
    }
    case 'resize': {
      let scale = op.scale[a]!;
      const size = op.size?.[a] ?? (n === undefined ? undefined : Math.floor((n * scale.num) / scale.den));
      if (size !== undefined && size <= 0) sizeError(size);
      let halfIn = false;
      let halfOut = false;
      switch (op.coordinates) {
        case 'asymmetric':
          break;
        case 'half_pixel':
        case 'pytorch_half_pixel':
          halfIn = halfOut = true;
          break;
        case 'tf_half_pixel_for_nn':
          halfIn = true;
          break;
        case 'align_corners':
          if (n === undefined || size === undefined) {
            throw new GraphError('RF015', `${name}: align_corners resizing maps positions by the input size; set the input size`, index);
          }
          // x = u·(n − 1)/(size − 1). With one input pixel every output reads it.
          if (n === 1) return { map: { kind: 'spread', block: size }, size, varies: false };
          if (size > 1) scale = frac(size - 1, n - 1);
          break;
      }
      // An output of size 1 reads x = 0 (pytorch_half_pixel, align_corners): position 0 → 0.
      if (size === 1 && (op.coordinates === 'pytorch_half_pixel' || op.coordinates === 'align_corners')) {
        return { map: { kind: 'identity', offset: 0 }, size, varies: false };
      }
      return {
        map: { kind: 'resize', num: scale.num, den: scale.den, halfIn, halfOut, taps: op.mode, rounding: op.rounding },
        size,
        varies: false,
      };
    }
  }
}

