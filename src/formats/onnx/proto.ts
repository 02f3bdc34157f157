/**
 * Decodes the part of onnx.proto that geometry needs, field numbers as in
 * https://github.com/onnx/onnx/blob/main/onnx/onnx.proto. Weights keep only their name, dims
 * and type; the values of small numeric tensors (≤ 1 KiB: Pad pads, Resize scales, Slice
 * starts, Reshape shapes) are read, larger ones skipped by length. Subgraphs (If/Loop bodies)
 * and docs are skipped.
 */
import { FIXED32, FIXED64, type Field, LEN, type Span, VARINT, WireError, type WireReader } from './wire.js';

/** Largest tensor whose values we read: geometry parameters are a handful of numbers. */
export const SMALL_TENSOR_BYTES = 1024;

/** TensorProto.DataType values we decode. */
const FLOAT = 1;
const INT32 = 6;
const INT64 = 7;
const DOUBLE = 11;
const ELEMENT_BYTES: Record<number, number> = { [FLOAT]: 4, [INT32]: 4, [INT64]: 8, [DOUBLE]: 8 };

export interface OnnxTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly dataType: number;
  /** The values, for small FLOAT/INT32/INT64/DOUBLE tensors stored in the file. */
  readonly values?: readonly number[];
}

/** A dimension: a concrete size, a symbolic name, or unknown. */
export type Dim = number | string | undefined;

export interface ValueInfo {
  readonly name: string;
  /** Undefined when the type carries no shape (rank unknown). */
  readonly shape?: readonly Dim[];
}

export interface Attribute {
  readonly name: string;
  /** In a function body: the caller's attribute this one stands for. */
  readonly refAttrName?: string;
  readonly i?: number;
  readonly f?: number;
  readonly s?: string;
  readonly t?: OnnxTensor;
  readonly ints?: readonly number[];
  readonly floats?: readonly number[];
  readonly strings?: readonly string[];
  /** A subgraph (If's then_branch / else_branch), decoded down to MAX_SUBGRAPH_DEPTH. */
  readonly g?: OnnxGraph;
}

/** Subgraphs nest (an If in an If); deeper ones are left undecoded, and their If stays unknown. */
const MAX_SUBGRAPH_DEPTH = 8;

export interface OnnxNode {
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly overload: string;
  /** '' marks an omitted optional input. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: ReadonlyMap<string, Attribute>;
}

export interface OnnxGraph {
  readonly name: string;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: ReadonlyMap<string, OnnxTensor>;
  readonly inputs: readonly ValueInfo[];
  readonly outputs: readonly ValueInfo[];
  readonly valueInfo: readonly ValueInfo[];
}

export interface OnnxFunction {
  readonly name: string;
  readonly domain: string;
  readonly overload: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** Defaults of attributes (attribute_proto); attributes without a default are only named. */
  readonly attributeDefaults: ReadonlyMap<string, Attribute>;
  readonly nodes: readonly OnnxNode[];
}

export interface OnnxModel {
  readonly irVersion: number;
  /** Opset version per domain ('' is the default ONNX domain). */
  readonly opsets: ReadonlyMap<string, number>;
  readonly graph?: OnnxGraph;
  readonly functions: readonly OnnxFunction[];
}

export async function decodeModel(reader: WireReader): Promise<OnnxModel> {
  let irVersion = 0;
  let graph: OnnxGraph | undefined;
  const opsets = new Map<string, number>();
  const functions: OnnxFunction[] = [];
  await reader.fields(reader.all, async (f) => {
    switch (f.number) {
      case 1:
        irVersion = expect(f, VARINT, 'ModelProto.ir_version').value;
        break;
      case 7:
        graph = await decodeGraph(reader, expect(f, LEN, 'ModelProto.graph').span);
        break;
      case 8: {
        const opset = await decodeOpset(reader, expect(f, LEN, 'ModelProto.opset_import').span);
        opsets.set(opset.domain === 'ai.onnx' ? '' : opset.domain, opset.version);
        break;
      }
      case 25:
        functions.push(await decodeFunction(reader, expect(f, LEN, 'ModelProto.functions').span));
        break;
    }
  });
  return { irVersion, opsets, ...(graph ? { graph } : {}), functions };
}

async function decodeOpset(reader: WireReader, span: Span): Promise<{ domain: string; version: number }> {
  let domain = '';
  let version = 0;
  await reader.fields(span, async (f) => {
    if (f.number === 1) domain = await reader.string(expect(f, LEN, 'OperatorSetIdProto.domain').span);
    else if (f.number === 2) version = expect(f, VARINT, 'OperatorSetIdProto.version').value;
  });
  return { domain, version };
}

async function decodeGraph(reader: WireReader, span: Span, depth = 0): Promise<OnnxGraph> {
  let name = '';
  const nodes: OnnxNode[] = [];
  const initializers = new Map<string, OnnxTensor>();
  const inputs: ValueInfo[] = [];
  const outputs: ValueInfo[] = [];
  const valueInfo: ValueInfo[] = [];
  await reader.fields(span, async (f) => {
    switch (f.number) {
      case 1:
        nodes.push(await decodeNode(reader, expect(f, LEN, 'GraphProto.node').span, depth));
        break;
      case 2:
        name = await reader.string(expect(f, LEN, 'GraphProto.name').span);
        break;
      case 5: {
        const tensor = await decodeTensor(reader, expect(f, LEN, 'GraphProto.initializer').span);
        initializers.set(tensor.name, tensor);
        break;
      }
      case 11:
        inputs.push(await decodeValueInfo(reader, expect(f, LEN, 'GraphProto.input').span));
        break;
      case 12:
        outputs.push(await decodeValueInfo(reader, expect(f, LEN, 'GraphProto.output').span));
        break;
      case 13:
        valueInfo.push(await decodeValueInfo(reader, expect(f, LEN, 'GraphProto.value_info').span));
        break;
    }
  });
  return { name, nodes, initializers, inputs, outputs, valueInfo };
}

async function decodeNode(reader: WireReader, span: Span, depth = 0): Promise<OnnxNode> {
  let name = '';
  let opType = '';
  let domain = '';
  let overload = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const attributes = new Map<string, Attribute>();
  await reader.fields(span, async (f) => {
    switch (f.number) {
      case 1:
        inputs.push(await reader.string(expect(f, LEN, 'NodeProto.input').span));
        break;
      case 2:
        outputs.push(await reader.string(expect(f, LEN, 'NodeProto.output').span));
        break;
      case 3:
        name = await reader.string(expect(f, LEN, 'NodeProto.name').span);
        break;
      case 4:
        opType = await reader.string(expect(f, LEN, 'NodeProto.op_type').span);
        break;
      case 5: {
        const attribute = await decodeAttribute(reader, expect(f, LEN, 'NodeProto.attribute').span, depth);
        attributes.set(attribute.name, attribute);
        break;
      }
      case 7:
        domain = await reader.string(expect(f, LEN, 'NodeProto.domain').span);
        break;
      case 8:
        overload = await reader.string(expect(f, LEN, 'NodeProto.overload').span);
        break;
    }
  });
  return { name, opType, domain: domain === 'ai.onnx' ? '' : domain, overload, inputs, outputs, attributes };
}

async function decodeAttribute(reader: WireReader, span: Span, depth = 0): Promise<Attribute> {
  const a: { -readonly [K in keyof Attribute]: Attribute[K] } = { name: '' };
  const ints: number[] = [];
  const floats: number[] = [];
  const strings: string[] = [];
  await reader.fields(span, async (f) => {
    switch (f.number) {
      case 1:
        a.name = await reader.string(expect(f, LEN, 'AttributeProto.name').span);
        break;
      case 21:
        a.refAttrName = await reader.string(expect(f, LEN, 'AttributeProto.ref_attr_name').span);
        break;
      case 2:
        a.f = expect(f, FIXED32, 'AttributeProto.f').value;
        break;
      case 3:
        a.i = expect(f, VARINT, 'AttributeProto.i').value;
        break;
      case 4:
        a.s = await reader.string(expect(f, LEN, 'AttributeProto.s').span);
        break;
      case 5:
        a.t = await decodeTensor(reader, expect(f, LEN, 'AttributeProto.t').span);
        break;
      case 6:
        if (depth < MAX_SUBGRAPH_DEPTH) a.g = await decodeGraph(reader, expect(f, LEN, 'AttributeProto.g').span, depth + 1);
        break;
      case 7:
        // proto2 repeated scalars: unpacked (one FIXED32 per value) or packed (one LEN).
        if (f.wireType === LEN) floats.push(...(await reader.packedFloats(f.span, 4)));
        else floats.push(expect(f, FIXED32, 'AttributeProto.floats').value);
        break;
      case 8:
        if (f.wireType === LEN) ints.push(...(await reader.packedVarints(f.span)));
        else ints.push(expect(f, VARINT, 'AttributeProto.ints').value);
        break;
      case 9:
        strings.push(await reader.string(expect(f, LEN, 'AttributeProto.strings').span));
        break;
    }
  });
  if (ints.length > 0) a.ints = ints;
  if (floats.length > 0) a.floats = floats;
  if (strings.length > 0) a.strings = strings;
  return a;
}

/**
 * Name, dims and type of a tensor; its values only when small and stored in the file. Small
 * payloads are copied as they pass (never re-read behind the reader's position), large ones
 * skipped by length.
 */
export async function decodeTensor(reader: WireReader, span: Span): Promise<OnnxTensor> {
  let name = '';
  let dataType = 0;
  const dims: number[] = [];
  let raw: Uint8Array | undefined;
  const values: number[] = [];
  let tooLarge = false;
  const small = (f: Field): boolean => {
    if (f.span.end - f.span.start <= SMALL_TENSOR_BYTES && values.length * 4 < SMALL_TENSOR_BYTES) return true;
    tooLarge = true;
    return false;
  };
  await reader.fields(span, async (f) => {
    switch (f.number) {
      case 1:
        if (f.wireType === LEN) dims.push(...(await reader.packedVarints(f.span)));
        else dims.push(expect(f, VARINT, 'TensorProto.dims').value);
        break;
      case 2:
        dataType = expect(f, VARINT, 'TensorProto.data_type').value;
        break;
      case 8:
        name = await reader.string(expect(f, LEN, 'TensorProto.name').span);
        break;
      case 9:
        if (small(expect(f, LEN, 'TensorProto.raw_data'))) raw = await reader.bytes(f.span);
        break;
      // Typed data: float_data (4), int32_data (5), int64_data (7), double_data (10); packed
      // (one LEN field) or unpacked (one field per value).
      case 4:
      case 10:
        if (!small(f)) break;
        if (f.wireType === LEN) values.push(...(await reader.packedFloats(f.span, f.number === 4 ? 4 : 8)));
        else values.push(expect(f, f.number === 4 ? FIXED32 : FIXED64, 'TensorProto.float_data').value);
        break;
      case 5:
      case 7:
        if (!small(f)) break;
        if (f.wireType === LEN) values.push(...(await reader.packedVarints(f.span)));
        else values.push(expect(f, VARINT, 'TensorProto.int_data').value);
        break;
    }
  });
  const decoded = tooLarge ? undefined : raw ? rawValues(dataType, raw) : ELEMENT_BYTES[dataType] !== undefined ? values : undefined;
  return { name, dims, dataType, ...(decoded ? { values: decoded } : {}) };
}

/** Little-endian raw_data of the element types geometry parameters use. */
function rawValues(dataType: number, bytes: Uint8Array): number[] | undefined {
  const width = ELEMENT_BYTES[dataType];
  if (width === undefined || bytes.length % width !== 0) return undefined;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / width }, (_, i) => {
    switch (dataType) {
      case FLOAT:
        return data.getFloat32(i * 4, true);
      case INT32:
        return data.getInt32(i * 4, true);
      case DOUBLE:
        return data.getFloat64(i * 8, true);
      default:
        return Number(data.getBigInt64(i * 8, true));
    }
  });
}

async function decodeValueInfo(reader: WireReader, span: Span): Promise<ValueInfo> {
  let name = '';
  let shape: Dim[] | undefined;
  await reader.fields(span, async (f) => {
    if (f.number === 1) name = await reader.string(expect(f, LEN, 'ValueInfoProto.name').span);
    else if (f.number === 2) shape = await decodeTypeShape(reader, expect(f, LEN, 'ValueInfoProto.type').span);
  });
  return { name, ...(shape ? { shape } : {}) };
}

/** TypeProto.tensor_type (1) or sparse_tensor_type (8) → shape (2) → dims (1). */
async function decodeTypeShape(reader: WireReader, span: Span): Promise<Dim[] | undefined> {
  let shape: Dim[] | undefined;
  await reader.fields(span, async (f) => {
    if (f.number !== 1 && f.number !== 8) return;
    await reader.fields(expect(f, LEN, 'TypeProto.tensor_type').span, async (t) => {
      if (t.number !== 2) return;
      shape = [];
      await reader.fields(expect(t, LEN, 'TypeProto.Tensor.shape').span, async (s) => {
        if (s.number === 1) shape!.push(await decodeDim(reader, expect(s, LEN, 'TensorShapeProto.dim').span));
      });
    });
  });
  return shape;
}

async function decodeDim(reader: WireReader, span: Span): Promise<Dim> {
  let dim: Dim;
  await reader.fields(span, async (f) => {
    if (f.number === 1) dim = expect(f, VARINT, 'Dimension.dim_value').value;
    else if (f.number === 2) dim = await reader.string(expect(f, LEN, 'Dimension.dim_param').span);
  });
  return dim;
}

async function decodeFunction(reader: WireReader, span: Span): Promise<OnnxFunction> {
  let name = '';
  let domain = '';
  let overload = '';
  const inputs: string[] = [];
  const outputs: string[] = [];
  const nodes: OnnxNode[] = [];
  const attributeDefaults = new Map<string, Attribute>();
  await reader.fields(span, async (f) => {
    switch (f.number) {
      case 1:
        name = await reader.string(expect(f, LEN, 'FunctionProto.name').span);
        break;
      case 4:
        inputs.push(await reader.string(expect(f, LEN, 'FunctionProto.input').span));
        break;
      case 5:
        outputs.push(await reader.string(expect(f, LEN, 'FunctionProto.output').span));
        break;
      case 7:
        nodes.push(await decodeNode(reader, expect(f, LEN, 'FunctionProto.node').span));
        break;
      case 10:
        domain = await reader.string(expect(f, LEN, 'FunctionProto.domain').span);
        break;
      case 11: {
        const attribute = await decodeAttribute(reader, expect(f, LEN, 'FunctionProto.attribute_proto').span);
        attributeDefaults.set(attribute.name, attribute);
        break;
      }
      case 13:
        overload = await reader.string(expect(f, LEN, 'FunctionProto.overload').span);
        break;
    }
  });
  return { name, domain: domain === 'ai.onnx' ? '' : domain, overload, inputs, outputs, attributeDefaults, nodes };
}

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32'];

/** The field if it has the wire type onnx.proto gives it; a corrupt file otherwise. */
function expect(f: Field, wireType: number, what: string): Field {
  if (f.wireType === wireType) return f;
  throw new WireError(
    'RF202',
    `${what} (field ${f.number}) at byte ${f.at} is ${WIRE_NAMES[f.wireType] ?? f.wireType}, expected ${WIRE_NAMES[wireType]}: the file is corrupt or not ONNX`,
    f.at,
  );
}
