/**
 * Reading typed values out of a text-format message, each problem a diagnostic at the value's
 * position: integers, repeated integers, bools, enums, strings, and the check that every field
 * of a message is one Caffe defines (with the nearest one it defines).
 */
import { type Diagnostic, type Position, error } from '../diagnostic.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { Field, Message, Scalar } from './text.js';

export class MessageReader {
  constructor(
    readonly node: Message,
    /** How messages name where they are: `layer "conv1"`, `convolution_param of layer "conv1"`. */
    readonly where: string,
    /** Where problems with the message as a whole point: its field's name (`layer`), else its `{`. */
    readonly at: Position = node.at,
  ) {}

  all(name: string): readonly Field[] {
    return this.node.fields.filter((f) => f.name === name);
  }

  /** A non-repeated field: TextFormat keeps the last value given. */
  last(name: string): Field | undefined {
    const all = this.all(name);
    return all[all.length - 1];
  }

  has(name: string): boolean {
    return this.node.fields.some((f) => f.name === name);
  }

  /** The first field not in `known`, with the nearest known one. */
  unknown(known: readonly string[], accept: (name: string) => boolean = () => false): Diagnostic | undefined {
    const field = this.node.fields.find((f) => !known.includes(f.name) && !accept(f.name));
    if (!field) return undefined;
    const hint = didYouMean(field.name, known);
    return error(CODES.unknownField, `${this.where}: unknown field \`${field.name}\`${hint || '; Caffe does not define it here (see docs/caffe.md)'}`, field.at);
  }

  /** A sub-message (`convolution_param { … }`), or undefined when absent. */
  message(name: string): MessageReader | Diagnostic | undefined {
    const field = this.last(name);
    if (!field) return undefined;
    if (field.value.kind !== 'message') return this.invalid(field, `is a message: write \`${name} { … }\``);
    return new MessageReader(field.value, `${name} of ${this.where}`, field.at);
  }

  messages(name: string): (MessageReader | Diagnostic)[] {
    return this.all(name).map((field) => (field.value.kind === 'message' ? new MessageReader(field.value, `${name} of ${this.where}`, field.at) : this.invalid(field, `is a message: write \`${name} { … }\``)));
  }

  /** An integer ≥ min, `fallback` when absent. */
  int(name: string, fallback: number, min = -Infinity): number | Diagnostic {
    const field = this.last(name);
    return field ? this.intOf(field, min) : fallback;
  }

  /** Every value of a repeated integer field. */
  ints(name: string, min = -Infinity): number[] | Diagnostic {
    const out: number[] = [];
    for (const field of this.all(name)) {
      const v = this.intOf(field, min);
      if (typeof v !== 'number') return v;
      out.push(v);
    }
    return out;
  }

  bool(name: string, fallback: boolean): boolean | Diagnostic {
    const field = this.last(name);
    if (!field) return fallback;
    const v = field.value;
    if (v.kind === 'ident' && /^(true|True|t|false|False|f)$/.test(v.value)) return v.value.startsWith('t') || v.value.startsWith('T');
    if (v.kind === 'number' && (v.value === 0 || v.value === 1)) return v.value === 1;
    return this.invalid(field, 'must be `true` or `false`');
  }

  /** An enum by name (or by its number, which TextFormat also accepts). */
  enumOf<T extends string>(name: string, values: readonly T[], fallback: T, numbers: Readonly<Record<number, T>> = {}): T | Diagnostic {
    const field = this.last(name);
    if (!field) return fallback;
    const v = field.value;
    if (v.kind === 'ident' && (values as readonly string[]).includes(v.value)) return v.value as T;
    if (v.kind === 'number' && numbers[v.value] !== undefined) return numbers[v.value]!;
    const got = v.kind === 'message' ? 'a message' : v.kind === 'string' ? `"${v.value}"` : 'value' in v ? String(v.value) : '';
    const hint = v.kind === 'ident' ? didYouMean(v.value, values) : '';
    return this.invalid(field, `must be one of ${values.join(', ')}, got ${got}${hint}`);
  }

  string(name: string): string | Diagnostic | undefined {
    const field = this.last(name);
    if (!field) return undefined;
    return field.value.kind === 'string' ? field.value.value : this.invalid(field, 'must be a quoted string');
  }

  strings(name: string): { readonly value: string; readonly at: Position }[] | Diagnostic {
    const out: { value: string; at: Position }[] = [];
    for (const field of this.all(name)) {
      if (field.value.kind !== 'string') return this.invalid(field, 'must be a quoted string');
      out.push({ value: field.value.value, at: field.value.at });
    }
    return out;
  }

  invalid(field: Field, message: string): Diagnostic {
    const at = field.value.kind === 'message' ? field.at : field.value.at;
    return error(CODES.invalidValue, `${this.where}: \`${field.name}\` ${message}`, at);
  }

  missing(name: string, example: string): Diagnostic {
    return error(CODES.missingField, `${this.where}: missing \`${name}\`; add it, e.g. \`${example}\``, this.at);
  }

  private intOf(field: Field, min: number): number | Diagnostic {
    const v: Scalar | Message = field.value;
    if (v.kind !== 'number' || !Number.isSafeInteger(v.value)) {
      const got = v.kind === 'message' ? 'a message' : v.kind === 'number' ? v.text : v.kind === 'string' ? `"${v.value}"` : v.value;
      return this.invalid(field, `must be an integer, got ${got}`);
    }
    if (v.value < min) return this.invalid(field, `must be an integer ≥ ${min}, got ${v.value}`);
    return v.value;
  }
}

export function isProblem<T>(value: T | Diagnostic): value is Diagnostic {
  return typeof value === 'object' && value !== null && 'severity' in value && 'code' in value;
}
