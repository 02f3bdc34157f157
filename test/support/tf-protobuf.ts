/**
 * A small protobuf writer, and TensorFlow's GraphDef and SavedModel written with it from a TF.js
 * model.json's NodeDefs (TensorFlow's JSON mapping of the same protos): the tests' way to have
 * the same network in both encodings. Field numbers from tensorflow/core/framework/*.proto and
 * tensorflow/core/protobuf/{saved_model,meta_graph}.proto, written here independently of the
 * loader's decoder (src/formats/tf-graphdef/proto.ts).
 */

export type Bytes = Uint8Array;

export function concat(...parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A varint; negative values as 10-byte two's complement, as protobuf writes int32/int64. */
export function varint(value: number | bigint): Bytes {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? byte | 0x80 : byte);
  } while (v > 0n);
  return Uint8Array.from(out);
}

const tag = (field: number, wireType: number): Bytes => varint(field * 8 + wireType);
export const int = (field: number, value: number | bigint): Bytes => concat(tag(field, 0), varint(value));
export const bytes = (field: number, payload: Bytes): Bytes => concat(tag(field, 2), varint(payload.length), payload);
export const str = (field: number, text: string): Bytes => bytes(field, new TextEncoder().encode(text));
export const packed = (field: number, values: readonly (number | bigint)[]): Bytes => bytes(field, concat(...values.map(varint)));
export function float32(field: number, value: number): Bytes {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return concat(tag(field, 5), b);
}

const DTYPE: Readonly<Record<string, number>> = { DT_FLOAT: 1, DT_DOUBLE: 2, DT_INT32: 3, DT_UINT8: 4, DT_STRING: 7, DT_INT64: 9, DT_BOOL: 10, DT_RESOURCE: 20 };

type Json = Record<string, unknown>;
export interface NodeJson {
  readonly name: string;
  readonly op: string;
  readonly input?: readonly string[];
  readonly attr?: Readonly<Record<string, Json>>;
}

const fromBase64 = (s: string): Bytes => Uint8Array.from(Buffer.from(s, 'base64'));
const toInt = (v: unknown): bigint => BigInt(v as string | number);

export function shapeProto(shape: Json): Bytes {
  if (shape.unknownRank === true) return int(3, 1);
  const dims = (shape.dim as Json[] | undefined) ?? [];
  return concat(...dims.map((d) => bytes(2, d.size === undefined ? new Uint8Array() : int(1, toInt(d.size)))));
}

/** A TensorProto; `contentBytes` writes a weight's tensor_content (zeros) of that length. */
export function tensorProto(t: Json, contentBytes = 0): Bytes {
  const parts: Bytes[] = [];
  if (t.dtype !== undefined) parts.push(int(1, DTYPE[t.dtype as string] ?? 0));
  if (t.tensorShape !== undefined) parts.push(bytes(2, shapeProto(t.tensorShape as Json)));
  if (typeof t.tensorContent === 'string') parts.push(bytes(4, fromBase64(t.tensorContent)));
  else if (contentBytes > 0) parts.push(bytes(4, new Uint8Array(contentBytes)));
  if (Array.isArray(t.intVal)) parts.push(packed(7, t.intVal.map(toInt)));
  if (Array.isArray(t.int64Val)) parts.push(packed(10, t.int64Val.map(toInt)));
  if (Array.isArray(t.floatVal)) parts.push(bytes(5, concat(...t.floatVal.map((f: number) => float32(0, f).subarray(1)))));
  return concat(...parts);
}

export function attrValue(v: Json, contentBytes = 0): Bytes {
  if (v.list !== undefined) {
    const l = v.list as Json;
    const parts: Bytes[] = [];
    for (const s of (l.s as string[] | undefined) ?? []) parts.push(bytes(2, fromBase64(s)));
    if (Array.isArray(l.i) && l.i.length > 0) parts.push(packed(3, l.i.map(toInt)));
    return bytes(1, concat(...parts));
  }
  if (typeof v.s === 'string') return bytes(2, fromBase64(v.s));
  if (v.i !== undefined) return int(3, toInt(v.i));
  if (typeof v.f === 'number') return float32(4, v.f);
  if (typeof v.b === 'boolean') return int(5, v.b ? 1 : 0);
  if (typeof v.type === 'string') return int(6, DTYPE[v.type] ?? 0);
  if (v.shape !== undefined) return bytes(7, shapeProto(v.shape as Json));
  if (v.tensor !== undefined) return bytes(8, tensorProto(v.tensor as Json, contentBytes));
  if (v.func !== undefined) return bytes(10, str(1, (v.func as Json).name as string));
  return new Uint8Array();
}

/** A NodeDef; `weights` gives a Const its shape (and zeros for content) from weightsManifest. */
export function nodeDef(node: NodeJson, weights: ReadonlyMap<string, readonly number[]> = new Map()): Bytes {
  const parts: Bytes[] = [str(1, node.name), str(2, node.op)];
  for (const input of node.input ?? []) parts.push(str(3, input));
  for (const [key, value] of Object.entries(node.attr ?? {})) {
    let v = value;
    let contentBytes = 0;
    const shape = weights.get(node.name);
    if (key === 'value' && node.op === 'Const' && shape) {
      const tensor = (value.tensor as Json | undefined) ?? {};
      if (tensor.tensorShape === undefined) v = { tensor: { ...tensor, tensorShape: { dim: shape.map((size) => ({ size: String(size) })) } } };
      // The weights themselves, as a frozen graph holds them (zeros here): the loader must skip them.
      contentBytes = 4 * shape.reduce((a, b) => a * b, 1);
    }
    parts.push(bytes(5, concat(str(1, key), bytes(2, attrValue(v, contentBytes)))));
  }
  return concat(...parts);
}

export interface ModelJson {
  readonly modelTopology: { readonly node: readonly NodeJson[] };
  readonly weightsManifest?: readonly { readonly weights?: readonly { readonly name: string; readonly shape: readonly number[] }[] }[];
}

function manifest(doc: ModelJson): Map<string, readonly number[]> {
  return new Map((doc.weightsManifest ?? []).flatMap((g) => g.weights ?? []).map((w) => [w.name, w.shape] as const));
}

/** A frozen GraphDef of a model.json's nodes (field 1 each; versions, field 4, last). */
export function graphDefOf(doc: ModelJson): Bytes {
  const weights = manifest(doc);
  return concat(...doc.modelTopology.node.map((n) => bytes(1, nodeDef(n, weights))), bytes(4, int(1, 1286)));
}

/**
 * The same network as a TF2 SavedModel writes it: the serving graph holds the Placeholders, one
 * VarHandleOp per weight, a saver (`saver_filename` → SaveV2, which the signature never reaches)
 * and `StatefulPartitionedCall` of a signature wrapper, which calls the model function, whose
 * body is the network with its weights read by ReadVariableOp from resource arguments. The
 * signature's outputs are the network's unconsumed nodes.
 */
export function savedModelOf(doc: ModelJson): Bytes {
  const nodes = doc.modelTopology.node;
  const weights = manifest(doc);
  const consts = nodes.filter((n) => n.op === 'Const' && weights.has(n.name));
  const placeholders = nodes.filter((n) => n.op === 'Placeholder');
  const body = nodes.filter((n) => n.op !== 'Placeholder' && !(n.op === 'Const' && weights.has(n.name)));
  const consumed = new Set(nodes.flatMap((n) => (n.input ?? []).map((r) => r.replace(/^\^/, '').replace(/:\d+$/, ''))));
  const outputs = body.filter((n) => !consumed.has(n.name) && n.op !== 'Const');
  const argOf = (name: string): string => `arg_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const args = [...placeholders.map((p) => argOf(p.name)), ...consts.map((c) => argOf(c.name))];
  const bodyName = new Set(body.map((n) => n.name));
  // Function form: a body node's output is `name:output:0`, an argument by its name.
  const ref = (r: string): string => {
    if (r.startsWith('^')) return r;
    const name = r.replace(/:\d+$/, '');
    const k = /:(\d+)$/.exec(r)?.[1] ?? '0';
    if (placeholders.some((p) => p.name === name)) return argOf(name);
    if (weights.has(name)) return `${name}/ReadVariableOp:value:0`;
    return bodyName.has(name) ? `${name}:output:${k}` : r;
  };
  const reads: NodeJson[] = consts.map((c) => ({ name: `${c.name}/ReadVariableOp`, op: 'ReadVariableOp', input: [argOf(c.name)], attr: { dtype: { type: 'DT_FLOAT' } } }));
  const modelBody = [...reads, ...body.map((n) => ({ ...n, input: (n.input ?? []).map(ref) }))];
  const outArgs = outputs.map((_, i) => `output_${i}`);
  const opDef = (name: string, inputs: readonly string[], outs: readonly string[]): Bytes =>
    concat(str(1, name), ...inputs.map((a) => bytes(2, str(1, a))), ...outs.map((a) => bytes(3, str(1, a))));
  const fn = (name: string, inputs: readonly string[], outs: readonly string[], fnNodes: readonly NodeJson[], ret: readonly string[]): Bytes =>
    bytes(1, concat(bytes(1, opDef(name, inputs, outs)), ...fnNodes.map((n) => bytes(3, nodeDef(n))), ...outs.map((o, i) => bytes(4, concat(str(1, o), str(2, ret[i]!))))));
  const call = (name: string, f: string, inputs: readonly string[]): NodeJson => ({ name, op: 'StatefulPartitionedCall', input: inputs, attr: { f: { func: { name: f } } } });
  const model = fn('__inference_model_100', args, outArgs, modelBody, outputs.map((o) => `${o.name}:output:0`));
  const wrapper = fn('__inference_signature_wrapper_200', args, outArgs, [call('StatefulPartitionedCall', '__inference_model_100', args)], outArgs.map((_, i) => `StatefulPartitionedCall:output:${i}`));
  const saver = fn('__inference_saver_300', ['file'], ['saved'], [{ name: 'save', op: 'SaveV2', input: ['file'] }], ['save:output:0']);
  const graphNodes: NodeJson[] = [
    ...placeholders.map((p) => ({ ...p, name: `serving_default_${p.name}` })),
    ...consts.map((c) => ({ name: c.name, op: 'VarHandleOp', attr: { shape: { shape: { dim: weights.get(c.name)!.map((size) => ({ size: String(size) })) } }, dtype: { type: 'DT_FLOAT' } } })),
    { name: 'saver_filename', op: 'Placeholder', attr: { dtype: { type: 'DT_STRING' } } },
    call('StatefulPartitionedCall_1', '__inference_saver_300', ['saver_filename']),
    call('StatefulPartitionedCall', '__inference_signature_wrapper_200', [...placeholders.map((p) => `serving_default_${p.name}`), ...consts.map((c) => c.name)]),
  ];
  const graphDef = concat(...graphNodes.map((n) => bytes(1, nodeDef(n))), bytes(2, concat(model, wrapper, saver)));
  const tensorInfo = (name: string): Bytes => str(1, name);
  const signature = concat(
    ...placeholders.map((p) => bytes(1, concat(str(1, p.name), bytes(2, tensorInfo(`serving_default_${p.name}:0`))))),
    ...outputs.map((o, i) => bytes(2, concat(str(1, o.name), bytes(2, tensorInfo(`StatefulPartitionedCall:${i}`))))),
    str(3, 'tensorflow/serving/predict'),
  );
  const metaGraph = concat(bytes(1, str(4, 'serve')), bytes(2, graphDef), bytes(5, concat(str(1, 'serving_default'), bytes(2, signature))));
  return concat(int(1, 1), bytes(2, metaGraph));
}
