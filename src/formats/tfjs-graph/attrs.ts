/**
 * Attribute values as TensorFlow writes a NodeDef in JSON (proto3's JSON mapping): strings are
 * base64 (`"padding": {"s": "U0FNRQ=="}` is SAME), 64-bit integers are decimal strings
 * (`"strides": {"list": {"i": ["1", "2", "2", "1"]}}`), empty lists and default values are left
 * out (`"explicit_paddings": {"list": {}}`). A reader returns undefined for an attribute that is
 * absent and a `Problem` for one that is there but malformed, so the builder can apply TF's
 * defaults and still report a bad value.
 */

export type AttrMap = Readonly<Record<string, unknown>>;

/** What is wrong with an attribute, in words for the message. */
export interface Problem {
  readonly problem: string;
}

export const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'problem' in v;

function field(attrs: AttrMap | undefined, key: string, kind: string): unknown {
  const value = attrs?.[key];
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  return (value as Record<string, unknown>)[kind];
}

/** proto3 JSON writes int64 as a decimal string; int32 may be a number. */
export function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** A base64 `bytes` value (TF's `s`) as text. */
export function decodeBase64(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return undefined;
  return Buffer.from(value, 'base64').toString('latin1');
}

export function stringAttr(attrs: AttrMap | undefined, key: string): string | Problem | undefined {
  const raw = field(attrs, key, 's');
  if (raw === undefined) return undefined;
  return decodeBase64(raw) ?? { problem: `\`${key}.s\` must be a base64 string (TF writes strings as base64), got ${show(raw)}` };
}

export function intAttr(attrs: AttrMap | undefined, key: string): number | Problem | undefined {
  const raw = field(attrs, key, 'i');
  if (raw === undefined) return undefined;
  return toInteger(raw) ?? { problem: `\`${key}.i\` must be an integer (a decimal string), got ${show(raw)}` };
}

export function boolAttr(attrs: AttrMap | undefined, key: string): boolean | Problem | undefined {
  const raw = field(attrs, key, 'b');
  if (raw === undefined) return undefined;
  return typeof raw === 'boolean' ? raw : { problem: `\`${key}.b\` must be true or false, got ${show(raw)}` };
}

/** `list.i`; an attribute present with an empty `list: {}` is the empty list. */
export function intListAttr(attrs: AttrMap | undefined, key: string): number[] | Problem | undefined {
  const list = field(attrs, key, 'list');
  if (list === undefined) return undefined;
  if (typeof list !== 'object' || list === null) return { problem: `\`${key}.list\` must be an object, got ${show(list)}` };
  const raw = (list as Record<string, unknown>).i;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return { problem: `\`${key}.list.i\` must be a list of integers, got ${show(raw)}` };
  const values = raw.map(toInteger);
  if (values.some((v) => v === undefined)) return { problem: `\`${key}.list.i\` must be a list of integers (decimal strings), got ${show(raw)}` };
  return values as number[];
}

export function stringListAttr(attrs: AttrMap | undefined, key: string): string[] | Problem | undefined {
  const list = field(attrs, key, 'list');
  if (list === undefined) return undefined;
  const raw = typeof list === 'object' && list !== null ? (list as Record<string, unknown>).s : undefined;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return { problem: `\`${key}.list.s\` must be a list of base64 strings, got ${show(raw)}` };
  const values = raw.map(decodeBase64);
  if (values.some((v) => v === undefined)) return { problem: `\`${key}.list.s\` must be a list of base64 strings, got ${show(raw)}` };
  return values as string[];
}

/** A `TensorShapeProto` in JSON: `{dim: [{size: "-1"}, …]}` (−1: unknown; a missing size is 0). */
export function shapeDims(shape: unknown): number[] | undefined {
  if (typeof shape !== 'object' || shape === null) return undefined;
  const s = shape as { dim?: unknown; unknownRank?: unknown };
  if (s.unknownRank === true) return undefined;
  if (s.dim === undefined) return [];
  if (!Array.isArray(s.dim)) return undefined;
  const dims = s.dim.map((d: unknown) => (typeof d === 'object' && d !== null ? toInteger((d as { size?: unknown }).size ?? '0') : undefined));
  return dims.every((d) => d !== undefined) ? (dims as number[]) : undefined;
}

/** The shape of a Const node's tensor (`attr.value.tensor.tensorShape`). */
export function constShape(attrs: AttrMap | undefined): number[] | undefined {
  const tensor = field(attrs, 'value', 'tensor');
  if (typeof tensor !== 'object' || tensor === null) return undefined;
  return shapeDims((tensor as { tensorShape?: unknown }).tensorShape);
}

/**
 * The integer values of a Const node's tensor when the file holds them (`intVal`, `int64Val`,
 * or little-endian `tensorContent`): the TF.js converter moves every constant into the weight
 * shards, so a converted model usually has none and this returns undefined. Only small
 * tensors are decoded: an integer tensor the geometry needs (paddings, sizes, axes) has a few.
 */
export function constInts(attrs: AttrMap | undefined): number[] | undefined {
  const tensor = field(attrs, 'value', 'tensor');
  if (typeof tensor !== 'object' || tensor === null) return undefined;
  const t = tensor as { dtype?: unknown; tensorShape?: unknown; intVal?: unknown; int64Val?: unknown; tensorContent?: unknown };
  const dims = shapeDims(t.tensorShape) ?? [];
  const count = dims.reduce((a, b) => a * b, 1);
  if (!(count >= 0 && count <= MAX_CONST_VALUES)) return undefined;
  if (typeof t.tensorContent === 'string') {
    const width = t.dtype === 'DT_INT64' ? 8 : t.dtype === 'DT_INT32' ? 4 : 0;
    if (width === 0) return undefined;
    const bytes = Buffer.from(t.tensorContent, 'base64');
    if (bytes.length !== count * width) return undefined;
    return Array.from({ length: count }, (_, i) => (width === 8 ? Number(bytes.readBigInt64LE(i * 8)) : bytes.readInt32LE(i * 4)));
  }
  const raw = Array.isArray(t.intVal) ? t.intVal : Array.isArray(t.int64Val) ? t.int64Val : undefined;
  if (!raw || raw.length === 0) return undefined;
  const values = raw.map(toInteger);
  if (values.some((v) => v === undefined)) return undefined;
  // TensorProto: fewer values than elements repeat the last one (a splat constant).
  return Array.from({ length: count }, (_, i) => (values[Math.min(i, values.length - 1)] as number));
}

/** Paddings, sizes and axes have at most 2 × rank values; a larger tensor is data, not geometry. */
const MAX_CONST_VALUES = 64;

export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
