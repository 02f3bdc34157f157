/**
 * What the loader knows of a Keras tensor's shape, enough to tell whether a Dense, Flatten,
 * Reshape or Permute mixes positions: its spatial sizes (null when the file leaves one open),
 * whether it has a channel axis, and how many channels. A rank-1 input (CREPE's 1024 samples,
 * a latent vector) has one spatial axis and no channel axis: a layer over its last axis mixes
 * positions.
 */
export interface Layout {
  /** Spatial sizes in the model's axis order; empty for a flat vector (after Flatten, a global pool). */
  readonly sizes: readonly (number | null)[];
  /** Whether the tensor has a channel axis (last with channels_last, first with channels_first). */
  readonly channelAxis: boolean;
  /** Channel count when known (1 for a tensor without a channel axis). */
  readonly channels: number | null;
}

export type DataFormat = 'channels_last' | 'channels_first';

/** The layout of a tensor of shape `dims` (batch excluded) in the model's data format. */
export function layoutOfShape(dims: readonly (number | null)[], format: DataFormat): Layout {
  if (dims.length === 0) return { sizes: [], channelAxis: false, channels: 1 };
  if (dims.length === 1) return { sizes: [dims[0]!], channelAxis: false, channels: 1 };
  return format === 'channels_last'
    ? { sizes: dims.slice(0, -1), channelAxis: true, channels: dims[dims.length - 1]! }
    : { sizes: dims.slice(1), channelAxis: true, channels: dims[0]! };
}

/** A flat vector of `channels` features: what Flatten, Dense and global pools give. */
export function flat(channels: number | null): Layout {
  return { sizes: [], channelAxis: true, channels };
}

/**
 * Whether reshaping `from` to `to` keeps every element at the same spatial position: the sizes
 * other than 1 are the same, on the same axes, and so is the channel count. Reshaping
 * (1024) to (1024, 1, 1) is such a re-view; (7, 7, 16) to (49, 16) is not.
 */
export function samePositions(from: Layout, to: Layout): boolean {
  if (from.channels === null || from.channels !== to.channels) return false;
  const axes = Math.max(from.sizes.length, to.sizes.length);
  for (let a = 0; a < axes; a++) {
    const x = from.sizes[a] ?? 1;
    const y = to.sizes[a] ?? 1;
    if (x === null || y === null || x !== y) return false;
  }
  return true;
}
