/**
 * What a badge shows, as the CLI's flags and the action's inputs name it. Apart from badge.ts so
 * reading the settings does not load badge-maker (a megabyte of font metrics) on every run.
 */
export type BadgeValue = 'pass' | 'min-rf';
export const BADGE_VALUES: readonly BadgeValue[] = ['pass', 'min-rf'];

export interface BadgeOptions {
  /** `pass`: `16/16 pass`; `min-rf`: the smallest RF, `427 px`. */
  readonly value?: BadgeValue;
  /** The left text; default `receptive field` (`min RF` for min-rf). */
  readonly label?: string;
  /** Show one output (by name, in any file) instead of the whole run. */
  readonly output?: string;
}
