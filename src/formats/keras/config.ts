/**
 * Typed access to one Keras layer's `config`, under the names of Keras 1 (`nb_row`,
 * `subsample`, `border_mode`, `dim_ordering`) and Keras 2/3 (`kernel_size`, `strides`,
 * `padding`, `data_format`), with a problem that names the key and its position.
 */
import type { Position } from '../diagnostic.js';
import type { Locator, Path } from '../yaml/locate.js';

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly at: Position | undefined,
  ) {
    super(message);
  }
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class LayerConfig {
  constructor(
    /** The layer's name, for messages. */
    readonly layer: string,
    readonly className: string,
    readonly config: Json,
    /** Where `config` sits in the document. */
    private readonly path: Path,
    private readonly locate: Locator | undefined,
  ) {}

  at(key?: string): Position | undefined {
    return this.locate?.at(key === undefined ? this.path : [...this.path, key]);
  }

  has(key: string): boolean {
    return this.config[key] !== undefined && this.config[key] !== null;
  }

  /** The first of `keys` the config sets (Keras 2/3 name first, then Keras 1's). */
  private first(keys: readonly string[]): { key: string; value: unknown } | undefined {
    for (const key of keys) if (this.has(key)) return { key, value: this.config[key] };
    return undefined;
  }

  fail(key: string, message: string): never {
    throw new ConfigError(`${this.layer} (${this.className}): \`${key}\` ${message}`, this.at(key));
  }

  /**
   * Per-axis integers ≥ min: a scalar for every axis or one per axis. Keras 1 splits them into
   * keys (`nb_row`, `nb_col`), given as `split`.
   */
  ints(keys: readonly string[], axes: number, fallback: readonly number[] | undefined, min: number, split?: readonly string[]): number[] {
    if (split && split.every((k) => this.has(k))) {
      return split.map((k) => this.int([k], undefined, min));
    }
    const found = this.first(keys);
    if (!found) {
      if (fallback) return [...fallback];
      this.fail(keys[0]!, 'is missing');
    }
    const { key, value } = found;
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 1 && axes > 1) while (list.length < axes) list.push(list[0]);
    if (list.length !== axes || !list.every((v) => Number.isSafeInteger(v) && (v as number) >= min)) {
      this.fail(key, `must be an integer ≥ ${min} or ${axes} of them, got ${show(value)}`);
    }
    return list as number[];
  }

  int(keys: readonly string[], fallback: number | undefined, min: number): number {
    const found = this.first(keys);
    if (!found) {
      if (fallback !== undefined) return fallback;
      this.fail(keys[0]!, 'is missing');
    }
    const v = Array.isArray(found.value) && found.value.length === 1 ? found.value[0] : found.value;
    if (!Number.isSafeInteger(v) || (v as number) < min) this.fail(found.key, `must be an integer ≥ ${min}, got ${show(found.value)}`);
    return v as number;
  }

  string<T extends string>(keys: readonly string[], allowed: readonly T[], fallback: T): T {
    const found = this.first(keys);
    if (!found) return fallback;
    if (typeof found.value !== 'string' || !(allowed as readonly string[]).includes(found.value)) {
      this.fail(found.key, `must be ${allowed.map((a) => `"${a}"`).join(', ')}, got ${show(found.value)}`);
    }
    return found.value as T;
  }

  raw(key: string): unknown {
    return this.config[key];
  }
}

export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
