/**
 * A tiny protobuf encoder for hand-built ONNX models in tests and benchmarks: fields and
 * varints by hand (field numbers from onnx/onnx.proto), so the bytes are exactly what the test
 * says, including the variants real exporters write (packed and unpacked repeated ints).
 */
import type { ModelSource } from '../../../src/formats/model.js';

export type Bytes = Uint8Array;

export function varint(value: number | bigint): number[] {
  // Negative int64 values are 10-byte two's complement, as protobuf writes them.
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? low | 0x80 : low);
  } while (v > 0n);
  return out;
}

export function concat(...parts: readonly (Bytes | readonly number[])[]): Bytes {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const tag = (field: number, wireType: number): number[] => varint(field * 8 + wireType);
export const int = (field: number, value: number | bigint): Bytes => concat(tag(field, 0), varint(value));
/** The head of a length-delimited field whose payload the caller writes (or streams) next. */
export const lenHead = (field: number, length: number): Bytes => concat(tag(field, 2), varint(length));
export const bytes = (field: number, payload: Bytes): Bytes => concat(lenHead(field, payload.length), payload);
export const str = (field: number, s: string): Bytes => bytes(field, new TextEncoder().encode(s));
export const msg = (field: number, ...parts: Bytes[]): Bytes => bytes(field, concat(...parts));
export function float32(field: number, value: number): Bytes {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return concat(tag(field, 5), b);
}
export const packedInts = (field: number, values: readonly number[]): Bytes => bytes(field, concat(...values.map((v) => varint(v))));
export const unpackedInts = (field: number, values: readonly number[]): Bytes => concat(...values.map((v) => int(field, v)));

// --- ONNX messages --------------------------------------------------------------------------

export const FLOAT = 1;
export const INT64 = 7;

export interface TensorSpec {
  name: string;
  dims: readonly number[];
  dataType?: number;
  /** int64_data, packed (the default protobuf writes for it). */
  int64s?: readonly number[];
  /** float_data, packed. */
  floats?: readonly number[];
  /** raw_data bytes. */
  raw?: Bytes;
}

export function tensor(t: TensorSpec): Bytes {
  return concat(
    packedInts(1, t.dims),
    int(2, t.dataType ?? (t.int64s ? INT64 : FLOAT)),
    t.floats ? bytes(4, concat(...t.floats.map((f) => float32(0, f).subarray(1)))) : [],
    t.int64s ? packedInts(7, t.int64s) : [],
    str(8, t.name),
    t.raw ? bytes(9, t.raw) : [],
  );
}

/** A ValueInfoProto of a tensor: dims as numbers (dim_value) or names (dim_param). */
export function valueInfo(name: string, dims?: readonly (number | string)[]): Bytes {
  const dimMsgs = (dims ?? []).map((d) => msg(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  const type = dims ? msg(2, msg(1, int(1, FLOAT), msg(2, ...dimMsgs))) : msg(2, msg(1, int(1, FLOAT)));
  return concat(str(1, name), type);
}

export const attrInt = (name: string, i: number): Bytes => concat(str(1, name), int(20, 2), int(3, i));
export const attrFloat = (name: string, f: number): Bytes => concat(str(1, name), int(20, 1), float32(2, f));
export const attrString = (name: string, s: string): Bytes => concat(str(1, name), int(20, 3), str(4, s));
export const attrTensor = (name: string, t: TensorSpec): Bytes => concat(str(1, name), int(20, 4), msg(5, tensor(t)));
export const attrFloats = (name: string, fs: readonly number[]): Bytes => concat(str(1, name), int(20, 6), ...fs.map((f) => float32(7, f)));
/** INTS: unpacked (one varint field per value, as PyTorch and Caffe2 wrote) or packed. */
export function attrInts(name: string, values: readonly number[], packed = false): Bytes {
  return concat(str(1, name), int(20, 7), packed ? packedInts(8, values) : unpackedInts(8, values));
}
/** A GRAPH attribute (If's then_branch / else_branch). */
export const attrGraph = (name: string, g: GraphSpec): Bytes => concat(str(1, name), int(20, 5), msg(6, graph(g)));
/** A function body's attribute that stands for the caller's attribute `ref`. */
export const attrRef = (name: string, ref: string, type: number): Bytes => concat(str(1, name), int(20, type), str(21, ref));

export interface NodeSpec {
  op: string;
  inputs: readonly string[];
  outputs: readonly string[];
  name?: string;
  domain?: string;
  attrs?: readonly Bytes[];
}

export function node(n: NodeSpec): Bytes {
  return concat(
    ...n.inputs.map((i) => str(1, i)),
    ...n.outputs.map((o) => str(2, o)),
    n.name !== undefined ? str(3, n.name) : [],
    str(4, n.op),
    ...(n.attrs ?? []).map((a) => bytes(5, a)),
    n.domain !== undefined ? str(7, n.domain) : [],
  );
}

export interface GraphSpec {
  name?: string;
  nodes: readonly NodeSpec[];
  inputs: readonly Bytes[];
  outputs: readonly Bytes[];
  initializers?: readonly TensorSpec[];
  valueInfo?: readonly Bytes[];
}

export function graph(g: GraphSpec): Bytes {
  return concat(
    ...g.nodes.map((n) => bytes(1, node(n))),
    g.name !== undefined ? str(2, g.name) : [],
    ...(g.initializers ?? []).map((t) => bytes(5, tensor(t))),
    ...g.inputs.map((v) => bytes(11, v)),
    ...g.outputs.map((v) => bytes(12, v)),
    ...(g.valueInfo ?? []).map((v) => bytes(13, v)),
  );
}

export interface FunctionSpec {
  name: string;
  domain: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: readonly string[];
  nodes: readonly NodeSpec[];
}

export function fn(f: FunctionSpec): Bytes {
  return concat(
    str(1, f.name),
    ...f.inputs.map((i) => str(4, i)),
    ...f.outputs.map((o) => str(5, o)),
    ...(f.attributes ?? []).map((a) => str(6, a)),
    ...f.nodes.map((n) => bytes(7, node(n))),
    str(10, f.domain),
  );
}

export interface ModelSpec {
  ir?: number;
  opset?: number;
  graph: GraphSpec;
  functions?: readonly FunctionSpec[];
  /** Extra opset imports (domain → version), e.g. for a function's domain. */
  domains?: Readonly<Record<string, number>>;
}

export function model(m: ModelSpec): Bytes {
  const opsets = [msg(8, str(1, ''), int(2, m.opset ?? 17)), ...Object.entries(m.domains ?? {}).map(([d, v]) => msg(8, str(1, d), int(2, v)))];
  return concat(int(1, m.ir ?? 8), str(2, 'rflint-test'), bytes(7, graph(m.graph)), ...opsets, ...(m.functions ?? []).map((f) => bytes(25, fn(f))));
}

/** A ModelSource over bytes in memory (the loader's real interface; the CLI's reads a file). */
export function memorySource(data: Bytes, path = 'model.onnx'): ModelSource {
  return {
    path,
    size: data.length,
    async read(offset, length) {
      return data.slice(offset, Math.min(offset + length, data.length));
    },
  };
}
