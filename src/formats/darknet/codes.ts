/**
 * Diagnostic codes of the Darknet `.cfg` loader (RF320–RF339), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
export const DARKNET_CODES = {
  RF320: 'a Darknet cfg line is neither a [section], a key=value pair nor a comment',
  RF321: 'a Darknet cfg does not start with a [net] section',
  RF322: 'a Darknet cfg has an unknown [section]',
  RF323: 'a Darknet cfg section has an unknown key',
  RF324: 'a Darknet cfg key has a value of the wrong type or range',
  RF325: 'a Darknet cfg section misses a key it needs',
  RF326: 'a [route], [shortcut], [sam] or [scale_channels] names a layer that is not before it',
  RF327: 'a Darknet layer type that rflint cannot map to geometry (recurrent, implicit)',
  RF328: 'a Darknet cfg file is larger than the size limit',
  RF329: 'a Darknet cfg file is not UTF-8 text',
  RF330: 'a Darknet cfg section repeats a key (Darknet uses the first)',
  RF331: 'a Darknet layer needs the input size, which [net] does not give',
  RF332: 'a Darknet cfg has no layers after [net]',
  RF333: 'a Darknet cfg has more layers than the limit',
  RF334: 'a channel-attention gate ([scale_channels]) makes the outputs after it global',
  RF335: 'a [shortcut] adds a layer whose size Darknet cannot sample onto the previous one (unequal width and height ratios)',
} as const;

export type DarknetCode = keyof typeof DARKNET_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF320',
  notNet: 'RF321',
  unknownSection: 'RF322',
  unknownKey: 'RF323',
  invalidValue: 'RF324',
  missingKey: 'RF325',
  badReference: 'RF326',
  unsupported: 'RF327',
  fileTooLarge: 'RF328',
  notText: 'RF329',
  duplicateKey: 'RF330',
  needsInputSize: 'RF331',
  noLayers: 'RF332',
  tooManyLayers: 'RF333',
  gate: 'RF334',
  shortcutSizes: 'RF335',
} as const satisfies Record<string, DarknetCode>;
