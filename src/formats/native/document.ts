/**
 * The shape of a native model file once it passed the schema (schema/rflint.schema.json), and
 * the op table: which geometry each op name stands for. A test keeps this table and the
 * schema's `op` enum identical.
 */
export type PerAxis<T> = T | readonly T[];
export type PaddingValue = PerAxis<number> | readonly (readonly [number, number])[] | 'same' | 'same_upper' | 'same_lower' | 'valid' | 'causal';

export interface NativeLayer {
  readonly name?: string;
  readonly op?: string;
  readonly inputs?: string | readonly string[];
  readonly kernel?: PerAxis<number>;
  readonly stride?: PerAxis<number>;
  readonly dilation?: PerAxis<number>;
  readonly padding?: PaddingValue;
  readonly ceil_mode?: boolean;
  readonly scale?: PerAxis<number | string>;
  readonly mode?: 'nearest' | 'bilinear' | 'linear' | 'trilinear';
  readonly align_corners?: boolean;
  readonly output_padding?: PerAxis<number>;
  readonly crop?: PerAxis<number> | readonly (readonly [number, number])[];
  readonly block_size?: PerAxis<number>;
  /** Cost only (rf/cost.ts): output channels, groups, a bias per channel. */
  readonly channels?: number;
  readonly groups?: number;
  readonly bias?: boolean;
  readonly repeat?: number;
  readonly block?: readonly NativeLayer[];
}

export interface NativeOutput {
  readonly name?: string;
  readonly layer: string;
  readonly min_rf?: PerAxis<number>;
  readonly max_rf?: PerAxis<number>;
  readonly min_coverage?: number;
  readonly min_erf?: PerAxis<number>;
}

export interface NativeFile {
  readonly rflint: 1;
  readonly name?: string;
  readonly description?: string;
  readonly input?: { readonly size: readonly number[]; readonly channels?: number };
  /** Per file: the largest parameter count and MACs allowed (check/cost-limits.ts). */
  readonly max_params?: number;
  readonly max_macs?: number;
  readonly layers: readonly NativeLayer[];
  readonly outputs?: readonly NativeOutput[];
}

export type OpFamily = 'conv' | 'pool' | 'deconv' | 'upsample' | 'pad' | 'crop' | 'space_to_depth' | 'depth_to_space' | 'global' | 'merge' | 'pointwise';

/** Every op name of the format → the geometry it has. */
export const OP_FAMILIES: Readonly<Record<string, OpFamily>> = {
  conv: 'conv',
  maxpool: 'pool',
  avgpool: 'pool',
  deconv: 'deconv',
  upsample: 'upsample',
  pad: 'pad',
  crop: 'crop',
  space_to_depth: 'space_to_depth',
  depth_to_space: 'depth_to_space',
  // Every output reads the whole input. `se` (squeeze-and-excitation) too, unless the user
  // asks to treat channel attention as pointwise.
  global_pool: 'global',
  dense: 'global',
  attention: 'global',
  flatten: 'global',
  se: 'global',
  add: 'merge',
  sub: 'merge',
  mul: 'merge',
  concat: 'merge',
  max: 'merge',
  min: 'merge',
  mean: 'merge',
  identity: 'pointwise',
  relu: 'pointwise',
  relu6: 'pointwise',
  leaky_relu: 'pointwise',
  prelu: 'pointwise',
  elu: 'pointwise',
  gelu: 'pointwise',
  silu: 'pointwise',
  swish: 'pointwise',
  hardswish: 'pointwise',
  mish: 'pointwise',
  sigmoid: 'pointwise',
  tanh: 'pointwise',
  softmax: 'pointwise',
  bn: 'pointwise',
  batchnorm: 'pointwise',
  norm: 'pointwise',
  layernorm: 'pointwise',
  act: 'pointwise',
  dropout: 'pointwise',
};

/** The keys that hold one value per axis (for counting axes and checking list lengths). */
export const PER_AXIS_LAYER_KEYS = ['kernel', 'stride', 'dilation', 'padding', 'scale', 'output_padding', 'crop', 'block_size'] as const;
export const PER_AXIS_OUTPUT_KEYS = ['min_rf', 'max_rf', 'min_erf'] as const;
