/**
 * The shape of an Ultralytics model YAML once the schema accepted it, and its module
 * arguments as `parse_model` reads them: a string argument is the value of a name the file
 * defines (`nc`), else a Python literal (`None`, `True`, `'nearest'`).
 */

export type From = number | readonly number[];
export type Row = readonly [From, number, string, readonly unknown[]];

export interface UltralyticsFile {
  readonly nc?: number;
  readonly depth_multiple?: number;
  readonly width_multiple?: number;
  readonly scales?: Readonly<Record<string, readonly number[]>>;
  readonly anchors?: unknown;
  readonly backbone: readonly Row[];
  readonly head: readonly Row[];
  readonly [key: string]: unknown;
}

/** A problem with one argument (its index in the row's args), or with the args as a whole. */
export class ArgError extends Error {
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message);
  }
}

export type Kernel = number | readonly number[];

/** Typed access to a row's args, with Ultralytics' defaults and our wording for a bad value. */
export class Args {
  constructor(
    private readonly values: readonly unknown[],
    private readonly names: Readonly<Record<string, unknown>>,
  ) {}

  get length(): number {
    return this.values.length;
  }

  /** The value at `index` after Python's evaluation of strings; undefined when absent or None. */
  raw(index: number): unknown {
    const v = this.values[index];
    if (typeof v !== 'string') return v ?? undefined;
    if (Object.hasOwn(this.names, v)) return this.names[v];
    if (v === 'None') return undefined;
    if (v === 'True' || v === 'False') return v === 'True';
    if (/^[-+]?\d+(\.\d*)?([eE][-+]?\d+)?$/.test(v)) return Number(v);
    const quoted = /^(['"])(.*)\1$/.exec(v);
    return quoted ? quoted[2] : v;
  }

  int(index: number, what: string, fallback: number, min = 1): number {
    const v = this.raw(index);
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw new ArgError(`${what} (argument ${index + 1}) must be an integer ≥ ${min}, got ${show(v)}`, index);
    return v;
  }

  /** A kernel size: an integer, or one per axis [height, width]. */
  kernel(index: number, what: string, fallback: Kernel): Kernel {
    const v = this.raw(index);
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return v;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 1)) return v as number[];
    throw new ArgError(`${what} (argument ${index + 1}) must be an integer ≥ 1 or a list [height, width] of them, got ${show(v)}`, index);
  }

  /** A padding: absent or None (Ultralytics' autopad), an integer ≥ 0, or one per axis. */
  padding(index: number, what: string): Kernel | undefined {
    const v = this.raw(index);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) return v as number[];
    throw new ArgError(`${what} (argument ${index + 1}) must be None (automatic), an integer ≥ 0 or a list [height, width] of them, got ${show(v)}`, index);
  }

  bool(index: number, fallback: boolean): boolean {
    const v = this.raw(index);
    if (v === undefined) return fallback;
    return Boolean(v);
  }

  number(index: number, what: string, fallback: number): number {
    const v = this.raw(index);
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new ArgError(`${what} (argument ${index + 1}) must be a number > 0, got ${show(v)}`, index);
    return v;
  }
}

export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
