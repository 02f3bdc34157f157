/**
 * TFLite models written by hand as FlatBuffers (https://flatbuffers.dev/internals/), for the
 * tests and test/fixtures/gen/tflite_fixtures.ts: a forward writer (each table before what it
 * points to, so every uoffset is positive), then a model builder over schema.fbs's tables
 * (field indexes as declared there), written independently of the loader's reader.
 */

export type Scalar = { readonly t: 'i8' | 'u8' | 'i32' | 'u32' | 'u64'; readonly v: number };
export type Value = Table | Vec | Str | TableVec;
export interface Table { readonly kind: 'table'; readonly fields: readonly (Scalar | Value | undefined)[] }
interface Vec { readonly kind: 'ints'; readonly values: readonly number[]; readonly width: 1 | 4 }
interface Str { readonly kind: 'string'; readonly text: string }
interface TableVec { readonly kind: 'tables'; readonly items: readonly Table[] }

export const table = (...fields: (Scalar | Value | undefined)[]): Table => ({ kind: 'table', fields });
export const ints = (values: readonly number[]): Vec => ({ kind: 'ints', values, width: 4 });
export const ubytes = (values: readonly number[]): Vec => ({ kind: 'ints', values, width: 1 });
export const string = (text: string): Str => ({ kind: 'string', text });
export const tables = (items: readonly Table[]): TableVec => ({ kind: 'tables', items });
export const i8 = (v: number): Scalar => ({ t: 'i8', v });
export const u8 = (v: number): Scalar => ({ t: 'u8', v });
export const i32 = (v: number): Scalar => ({ t: 'i32', v });
export const u32 = (v: number): Scalar => ({ t: 'u32', v });
export const u64 = (v: number): Scalar => ({ t: 'u64', v });

const WIDTH: Record<Scalar['t'], number> = { i8: 1, u8: 1, i32: 4, u32: 4, u64: 8 };
const isScalar = (f: Scalar | Value): f is Scalar => 't' in f;

class Writer {
  bytes: number[] = [];
  private readonly queue: { value: Value; at: number }[] = [];

  align(n: number): void {
    while (this.bytes.length % n !== 0) this.bytes.push(0);
  }
  private put(pos: number, width: number, value: number): void {
    const b = new DataView(new ArrayBuffer(8));
    if (width === 8) b.setBigUint64(0, BigInt(value), true);
    else if (width === 4) b.setUint32(0, value >>> 0, true);
    else if (width === 2) b.setUint16(0, value, true);
    else b.setUint8(0, value & 0xff);
    for (let i = 0; i < width; i++) this.bytes[pos + i] = b.getUint8(i);
  }
  private reserve(width: number): number {
    this.align(width);
    const at = this.bytes.length;
    for (let i = 0; i < width; i++) this.bytes.push(0);
    return at;
  }

  /** A uoffset slot at `at`, to point at `value` once it is written. */
  refer(value: Value, at: number): void {
    this.queue.push({ value, at });
  }

  flush(): void {
    while (this.queue.length > 0) {
      const { value, at } = this.queue.shift()!;
      const pos = this.write(value);
      this.put(at, 4, pos - at);
    }
  }

  private write(value: Value): number {
    switch (value.kind) {
      case 'table':
        return this.table(value);
      case 'string': {
        const text = new TextEncoder().encode(value.text);
        const at = this.reserve(4);
        this.put(at, 4, text.length);
        this.bytes.push(...text, 0);
        return at;
      }
      case 'ints': {
        const at = this.reserve(4);
        this.put(at, 4, value.values.length);
        if (value.width === 1) for (let i = 0; i < value.values.length; i++) this.bytes.push(value.values[i]! & 0xff);
        else for (const v of value.values) this.put(this.reserve(value.width), value.width, v);
        return at;
      }
      case 'tables': {
        const at = this.reserve(4);
        this.put(at, 4, value.items.length);
        for (const item of value.items) this.refer(item, this.reserve(4));
        return at;
      }
    }
  }

  /** The vtable, then the table (soffset to the vtable, then its fields, each aligned). */
  private table(t: Table): number {
    const fields = t.fields;
    // Layout of the table: soffset, then fields in order.
    const layout: { index: number; offset: number; width: number }[] = [];
    let size = 4;
    fields.forEach((f, index) => {
      if (f === undefined) return;
      const width = isScalar(f) ? WIDTH[f.t] : 4;
      while (size % width !== 0) size++;
      layout.push({ index, offset: size, width });
      size += width;
    });
    this.align(2);
    const vtable = this.bytes.length;
    const vsize = 4 + 2 * fields.length;
    for (let i = 0; i < vsize; i++) this.bytes.push(0);
    this.put(vtable, 2, vsize);
    this.put(vtable + 2, 2, size);
    for (const l of layout) this.put(vtable + 4 + 2 * l.index, 2, l.offset);
    this.align(8);
    const at = this.bytes.length;
    for (let i = 0; i < size; i++) this.bytes.push(0);
    this.put(at, 4, at - vtable);
    for (const l of layout) {
      const f = fields[l.index]!;
      if (isScalar(f)) this.put(at + l.offset, l.width, f.v);
      else this.refer(f, at + l.offset);
    }
    return at;
  }
}

/** A FlatBuffer with its root table and a file identifier (`TFL3`). */
export function finish(root: Table, identifier = 'TFL3'): Uint8Array {
  const w = new Writer();
  w.bytes.push(0, 0, 0, 0, ...new TextEncoder().encode(identifier.padEnd(4).slice(0, 4)));
  w.refer(root, 0);
  w.flush();
  return Uint8Array.from(w.bytes);
}

// ---- TFLite models -------------------------------------------------------------------------

export const SAME = 0;
export const VALID = 1;

export interface LayerSpec {
  /** A BuiltinOperator value, or 32 (CUSTOM) with `custom`. */
  readonly code: number;
  readonly custom?: string;
  /** Tensor names read; a constant is `{ const: shape, ints? }`. */
  readonly inputs: readonly (string | { readonly const: readonly number[]; readonly ints?: readonly number[] })[];
  readonly output: string;
  readonly shape: readonly number[];
  /** The builtin options table's fields, by index (schema.fbs). */
  readonly options?: readonly (Scalar | undefined)[];
}

/**
 * A model of one subgraph: an input tensor of `inputShape` (NHWC), then the layers in order;
 * `outputs` are the subgraph's outputs. Weights get a buffer of the right size, filled with
 * zeros (or left empty with `emptyWeights`: the loader must never read them anyway).
 */
export function tfliteModel(spec: { readonly input: string; readonly inputShape: readonly number[]; readonly layers: readonly LayerSpec[]; readonly outputs: readonly string[]; readonly description?: string }): Uint8Array {
  const tensors: Table[] = [];
  const buffers: Table[] = [table()];
  const index = new Map<string, number>();
  const tensor = (name: string, shape: readonly number[], type = 0, buffer = 0): number => {
    tensors.push(table(ints(shape), i8(type), u32(buffer), string(name)));
    return tensors.length - 1;
  };
  index.set(spec.input, tensor(spec.input, spec.inputShape));
  const opcodes: { code: number; custom?: string }[] = [];
  const operators: Table[] = [];
  spec.layers.forEach((layer, k) => {
    const ins = layer.inputs.map((input, j) => {
      if (typeof input === 'string') {
        const t = index.get(input);
        if (t === undefined) throw new Error(`layer ${layer.output}: no tensor ${input}`);
        return t;
      }
      const count = input.const.reduce((a, b) => a * b, 1);
      const data = input.ints ? input.ints.flatMap((v) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff]) : new Array<number>(Math.min(count * 4, 1 << 24)).fill(0);
      buffers.push(table(ubytes(data)));
      return tensor(`${layer.output}/const${j}`, input.const, input.ints ? 2 : 0, buffers.length - 1);
    });
    const out = tensor(layer.output, layer.shape);
    index.set(layer.output, out);
    let opcode = opcodes.findIndex((o) => o.code === layer.code && o.custom === layer.custom);
    if (opcode < 0) opcode = opcodes.push({ code: layer.code, ...(layer.custom ? { custom: layer.custom } : {}) }) - 1;
    // Operator { opcode_index, inputs, outputs, builtin_options_type, builtin_options }
    operators.push(table(u32(opcode), ints(ins), ints([out]), layer.options ? u8(k + 1) : undefined, layer.options ? table(...layer.options) : undefined));
  });
  const opcodeTables = opcodes.map((o) =>
    // OperatorCode { deprecated_builtin_code: byte, custom_code, version, builtin_code }: a code
    // above 127 only in builtin_code, as the converter writes it.
    table(i8(Math.min(o.code, 127)), o.custom ? string(o.custom) : undefined, i32(1), i32(o.code)),
  );
  const subgraph = table(tables(tensors), ints([0]), ints(spec.outputs.map((o) => index.get(o)!)), tables(operators), string('main'));
  // Model { version, operator_codes, subgraphs, description, buffers }
  return finish(table(u32(3), tables(opcodeTables), tables([subgraph]), string(spec.description ?? 'rflint test/support/tflite-writer.ts'), tables(buffers)));
}
