/**
 * The tables of a TFLite model rflint reads (tensorflow/compiler/mlir/lite/schema/schema.fbs,
 * field indexes as declared there): the main subgraph's tensors (shapes, NHWC), its inputs,
 * outputs and operators, each operator's code (`max(deprecated_builtin_code, builtin_code)`, as
 * TFLite's own GetBuiltinCode), its custom code and its options. Buffers are never read, except
 * the few integers an op's geometry is given as a constant tensor (a PAD's paddings, a MEAN's
 * axes, a STRIDED_SLICE's begin, end and strides): at most MAX_CONST_INTS int32 or int64 each.
 */
import type { Deadline } from '../../rf/deadline.js';
import { FlatBuffer, FlatBufferError, type Table } from './flatbuffer.js';
import { OP, OPTIONS_READ } from './ops.js';

export interface TfliteTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly type: number;
  /** Whether its buffer holds data: a constant (weights, a padding) rather than an activation. */
  readonly constant: boolean;
  /** The values of a small integer constant that some op reads as geometry. */
  readonly ints?: readonly number[];
}

export interface TfliteOperator {
  readonly index: number;
  /** The builtin code (BuiltinOperator); CUSTOM (32) for a custom op. */
  readonly code: number;
  readonly custom?: string;
  readonly version: number;
  /** Tensor indexes; −1 is an omitted optional input. */
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  /** The builtin options the builder reads, by field name. */
  readonly options: Readonly<Record<string, number>>;
}

export interface TfliteModel {
  readonly version: number;
  readonly subgraphs: number;
  readonly name: string;
  readonly tensors: readonly TfliteTensor[];
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  readonly operators: readonly TfliteOperator[];
}

/** Paddings of a rank-8 tensor at most: a larger integer constant is data, not geometry. */
const MAX_CONST_INTS = 16;
const MAX_RANK = 64;
const INT32 = 2;
const INT64 = 4;

export interface ReadLimits {
  readonly maxNodes: number;
  readonly deadline?: Deadline;
}

export async function readModel(fb: FlatBuffer, limits: ReadLimits): Promise<TfliteModel> {
  const model = await fb.root();
  const version = await model.u32(0, 'version', 0);
  const codes = await model.tables(1, 'operator_codes', 100_000);
  const subgraphs = await model.tables(2, 'subgraphs', 100_000);
  if (!subgraphs || subgraphs.length === 0) throw new FlatBufferError('the model has no subgraph: a TFLite model holds its network in subgraph 0', model.pos);
  const buffers = await model.tables(4, 'buffers', 4 * limits.maxNodes + 1);

  const opcodes: { code: number; custom?: string; version: number }[] = [];
  for (let k = 0; k < (codes?.length ?? 0); k++) {
    const t = await codes!.at(k);
    const deprecated = await t.i8(0, 'deprecated_builtin_code', 0);
    const builtin = await t.i32(3, 'builtin_code', 0);
    const custom = await t.string(1, 'custom_code');
    opcodes.push({ code: Math.max(deprecated, builtin), ...(custom !== undefined ? { custom } : {}), version: await t.i32(2, 'version', 1) });
  }

  const main = await subgraphs.at(0);
  const tensorTables = await main.tables(0, 'tensors', 4 * limits.maxNodes);
  const operatorTables = await main.tables(3, 'operators', limits.maxNodes);
  const inputs = (await main.ints(1, 'inputs', 100_000)) ?? [];
  const outputs = (await main.ints(2, 'outputs', 100_000)) ?? [];
  const name = (await main.string(4, 'name')) ?? '';

  const bufferHasData = async (index: number): Promise<{ data?: { start: number; length: number } } | undefined> => {
    if (index === 0 || !buffers || index >= buffers.length) return undefined;
    const b = await buffers.at(index);
    const data = await b.byteVector(0, 'data');
    if (data && data.length > 0) return { data };
    // Models over 2 GB keep buffers outside the FlatBuffer: `offset` and `size` from the file start.
    const offset = await b.u64(1, 'offset', 0);
    const size = await b.u64(2, 'size', 0);
    return offset > 1 && size > 0 ? { data: { start: offset, length: size } } : {};
  };

  const tensors: TfliteTensor[] = [];
  const dataOf: ({ start: number; length: number } | undefined)[] = [];
  for (let k = 0; k < (tensorTables?.length ?? 0); k++) {
    limits.deadline?.check();
    const t = await tensorTables!.at(k);
    const shape = (await t.ints(0, 'shape', MAX_RANK)) ?? [];
    const signature = await t.ints(7, 'shape_signature', MAX_RANK);
    const buffer = await t.u32(2, 'buffer', 0);
    const held = await bufferHasData(buffer);
    dataOf.push(held?.data);
    // shape_signature writes an unknown dimension as −1 where `shape` holds a placeholder 1.
    const dims = signature && signature.length === shape.length ? shape.map((d, i) => (signature[i]! < 0 ? -1 : d)) : shape;
    tensors.push({ name: (await t.string(3, 'name')) ?? `tensor ${k}`, shape: dims, type: await t.i8(1, 'type', 0), constant: held?.data !== undefined });
  }

  const operators: TfliteOperator[] = [];
  for (let k = 0; k < (operatorTables?.length ?? 0); k++) {
    limits.deadline?.check();
    const t = await operatorTables!.at(k);
    const opcodeIndex = await t.u32(0, 'opcode_index', 0);
    const opcode = opcodes[opcodeIndex];
    if (!opcode) throw new FlatBufferError(`operator ${k} has opcode_index ${opcodeIndex}, but the model lists ${opcodes.length} operator codes: the file is corrupt`, t.pos);
    const ins = (await t.ints(1, 'inputs', 10_000)) ?? [];
    const outs = (await t.ints(2, 'outputs', 10_000)) ?? [];
    for (const i of [...ins, ...outs]) {
      if (i < -1 || i >= tensors.length) throw new FlatBufferError(`operator ${k} names tensor ${i}, but the subgraph has ${tensors.length} tensors: the file is corrupt`, t.pos);
    }
    const fields = OPTIONS_READ[opcode.code];
    const options: Record<string, number> = {};
    if (fields) {
      const table = await t.table(4, 'builtin_options');
      if (table) for (const [index, name, kind, fallback] of fields) options[name] = kind === 'i32' ? await table.i32(index, name, fallback) : await table.i8(index, name, fallback);
    }
    operators.push({ index: k, code: opcode.code, ...(opcode.custom !== undefined ? { custom: opcode.custom } : {}), version: opcode.version, inputs: ins, outputs: outs, options });
  }

  // The integer constants geometry reads: paddings, reduction axes, slice bounds.
  for (const op of operators) {
    if (!GEOMETRY_INPUTS.has(op.code)) continue;
    for (const i of op.inputs.slice(1)) {
      const tensor = tensors[i];
      const data = dataOf[i];
      if (!tensor || !data || tensor.ints || (tensor.type !== INT32 && tensor.type !== INT64)) continue;
      const width = tensor.type === INT64 ? 8 : 4;
      if (data.length % width !== 0 || data.length / width > MAX_CONST_INTS) continue;
      const bytes = await fb.bytes(data.start, data.length, `the buffer of tensor ${i}`);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const ints = Array.from({ length: data.length / width }, (_, j) => (width === 8 ? Number(view.getBigInt64(8 * j, true)) : view.getInt32(4 * j, true)));
      tensors[i] = { ...tensor, ints };
    }
  }
  for (const i of [...inputs, ...outputs]) {
    if (i < 0 || i >= tensors.length) throw new FlatBufferError(`the subgraph's inputs or outputs name tensor ${i}, but it has ${tensors.length} tensors: the file is corrupt`, main.pos);
  }
  return { version, subgraphs: subgraphs.length, name, tensors, inputs, outputs, operators };
}

/** Ops whose geometry is in a constant tensor after their data input. */
const GEOMETRY_INPUTS: ReadonlySet<number> = new Set([OP.TRANSPOSE, OP.PAD, OP.PADV2, OP.MIRROR_PAD, OP.MEAN, OP.SUM, OP.REDUCE_MAX, OP.REDUCE_MIN, OP.REDUCE_PROD, OP.STRIDED_SLICE, OP.SLICE]);

export type { Table };
