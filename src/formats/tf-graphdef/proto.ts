/**
 * Decodes the part of TensorFlow's protos that geometry needs, field numbers as in
 * tensorflow/core/framework/{graph,node_def,attr_value,tensor,tensor_shape,function,op_def}.proto
 * and tensorflow/core/protobuf/{saved_model,meta_graph}.proto. Each NodeDef's attributes come out
 * in the form TensorFlow's JSON mapping gives them (what a TF.js model.json holds, and what the
 * shared builder reads: strings base64, `list.i`, `tensor.tensorShape`…), so a binary GraphDef and
 * a model.json are one graph to the builder.
 *
 * Weights are never read: a Const's `tensor_content` is skipped by its length unless it is a
 * small integer tensor (a padding, a size, an axis), whose values the geometry needs. Nothing
 * self-nested is decoded (a `func` attribute keeps only its name; `_output_shapes` lists,
 * variant tensors and gradients are skipped), so the decoder's depth is the schema's, whatever
 * the file nests: a protobuf of unbounded nesting is skipped by length, never recursed into.
 */
import type { Deadline } from '../../rf/deadline.js';
import { FIXED32, type Field, LEN, type Span, VARINT, WireError, type WireReader } from '../toolkit/protobuf.js';
import { CODES } from './codes.js';

export type Attr = Record<string, unknown>;

export interface TfNode {
  readonly name: string;
  readonly op: string;
  readonly input: readonly string[];
  readonly attr: Readonly<Record<string, Attr>>;
}

export interface TfFunction {
  readonly name: string;
  readonly inputArgs: readonly string[];
  readonly outputArgs: readonly string[];
  readonly nodes: readonly TfNode[];
  /** Output arg → the body tensor it returns (`conv/BiasAdd:output:0`). */
  readonly ret: ReadonlyMap<string, string>;
}

export interface TfGraph {
  readonly nodes: readonly TfNode[];
  readonly functions: ReadonlyMap<string, TfFunction>;
}

/** A SavedModel signature: its keys → tensor names (`serving_default_input_1:0`). */
export interface Signature {
  readonly key: string;
  readonly inputs: ReadonlyMap<string, string>;
  readonly outputs: ReadonlyMap<string, string>;
}

export interface MetaGraph {
  readonly tags: readonly string[];
  readonly graph?: TfGraph;
  readonly signatures: readonly Signature[];
}

export type Decoded = { readonly kind: 'graphdef'; readonly graph: TfGraph } | { readonly kind: 'saved_model'; readonly metaGraphs: readonly MetaGraph[] };

/** The largest integer tensor whose values are read: 64 int64s (paddings of a rank-32 tensor). */
const SMALL_INT_BYTES = 512;

/** DataType values (types.proto) by the names TF's JSON mapping writes. */
const DTYPES: Readonly<Record<number, string>> = { 1: 'DT_FLOAT', 2: 'DT_DOUBLE', 3: 'DT_INT32', 4: 'DT_UINT8', 7: 'DT_STRING', 9: 'DT_INT64', 10: 'DT_BOOL', 19: 'DT_HALF', 20: 'DT_RESOURCE' };

export interface DecodeLimits {
  /** Nodes in the graph and its functions together (limits.maxNodes). */
  readonly maxNodes: number;
  readonly deadline?: Deadline;
}

class Decoder {
  private nodes = 0;

  constructor(
    private readonly reader: WireReader,
    private readonly limits: DecodeLimits,
  ) {}

  /** A GraphDef or a SavedModel, told apart by their first field (recognise.ts does the same). */
  async file(): Promise<Decoded> {
    const all = this.reader.all;
    // Tag 0x08 is field 1 as a varint: SavedModel.saved_model_schema_version (a GraphDef's field 1 is its nodes).
    const [tag] = await this.reader.bytes({ start: 0, end: Math.min(1, all.end) });
    if (tag === 0x08) return { kind: 'saved_model', metaGraphs: await this.savedModel(all) };
    return { kind: 'graphdef', graph: await this.graphDef(all) };
  }

  private async savedModel(span: Span): Promise<MetaGraph[]> {
    const metaGraphs: MetaGraph[] = [];
    await this.reader.fields(span, async (f) => {
      if (f.number === 2) metaGraphs.push(await this.metaGraph(expect(f, LEN, 'SavedModel.meta_graphs').span));
    });
    return metaGraphs;
  }

  private async metaGraph(span: Span): Promise<MetaGraph> {
    const tags: string[] = [];
    let graph: TfGraph | undefined;
    const signatures: Signature[] = [];
    await this.reader.fields(span, async (f) => {
      switch (f.number) {
        case 1: // meta_info_def: its tags (field 4) say which graph serves
          await this.reader.fields(expect(f, LEN, 'MetaGraphDef.meta_info_def').span, async (g) => {
            if (g.number === 4) tags.push(await this.reader.string(expect(g, LEN, 'MetaInfoDef.tags').span));
          });
          break;
        case 2:
          graph = await this.graphDef(expect(f, LEN, 'MetaGraphDef.graph_def').span);
          break;
        case 5: {
          const entry = await this.mapEntry(expect(f, LEN, 'MetaGraphDef.signature_def').span);
          signatures.push(await this.signature(entry.key, entry.value));
          break;
        }
      }
    });
    return { tags, ...(graph ? { graph } : {}), signatures };
  }

  private async signature(key: string, span: Span | undefined): Promise<Signature> {
    const inputs = new Map<string, string>();
    const outputs = new Map<string, string>();
    if (span) {
      await this.reader.fields(span, async (f) => {
        if (f.number !== 1 && f.number !== 2) return;
        const entry = await this.mapEntry(expect(f, LEN, 'SignatureDef.inputs').span);
        let name = '';
        if (entry.value) {
          await this.reader.fields(entry.value, async (g) => {
            if (g.number === 1) name = await this.reader.string(expect(g, LEN, 'TensorInfo.name').span);
          });
        }
        (f.number === 1 ? inputs : outputs).set(entry.key, name);
      });
    }
    return { key, inputs, outputs };
  }

  private async graphDef(span: Span): Promise<TfGraph> {
    const nodes: TfNode[] = [];
    const functions = new Map<string, TfFunction>();
    await this.reader.fields(span, async (f) => {
      if (f.number === 1) nodes.push(await this.node(expect(f, LEN, 'GraphDef.node').span));
      else if (f.number === 2) {
        await this.reader.fields(expect(f, LEN, 'GraphDef.library').span, async (g) => {
          if (g.number !== 1) return; // gradients are not the forward graph
          const fn = await this.function(expect(g, LEN, 'FunctionDefLibrary.function').span);
          functions.set(fn.name, fn);
        });
      }
    });
    return { nodes, functions };
  }

  private async function(span: Span): Promise<TfFunction> {
    let name = '';
    const inputArgs: string[] = [];
    const outputArgs: string[] = [];
    const nodes: TfNode[] = [];
    const ret = new Map<string, string>();
    await this.reader.fields(span, async (f) => {
      switch (f.number) {
        case 1: // signature: OpDef
          await this.reader.fields(expect(f, LEN, 'FunctionDef.signature').span, async (g) => {
            if (g.number === 1) name = await this.reader.string(expect(g, LEN, 'OpDef.name').span);
            else if (g.number === 2 || g.number === 3) {
              let arg = '';
              await this.reader.fields(expect(g, LEN, 'OpDef.ArgDef').span, async (h) => {
                if (h.number === 1) arg = await this.reader.string(expect(h, LEN, 'ArgDef.name').span);
              });
              (g.number === 2 ? inputArgs : outputArgs).push(arg);
            }
          });
          break;
        case 3:
          nodes.push(await this.node(expect(f, LEN, 'FunctionDef.node_def').span));
          break;
        case 4: {
          const entry = await this.mapEntry(expect(f, LEN, 'FunctionDef.ret').span);
          ret.set(entry.key, entry.value ? await this.reader.string(entry.value) : '');
          break;
        }
      }
    });
    return { name, inputArgs, outputArgs, nodes, ret };
  }

  private async node(span: Span): Promise<TfNode> {
    if (++this.nodes > this.limits.maxNodes) {
      throw new WireError(CODES.tooManyNodes, `the file holds more than ${this.limits.maxNodes} nodes (the limit, graph and functions together); is it generated by mistake?`, span.start);
    }
    this.limits.deadline?.check();
    let name = '';
    let op = '';
    const input: string[] = [];
    const attr: Record<string, Attr> = {};
    await this.reader.fields(span, async (f) => {
      switch (f.number) {
        case 1:
          name = await this.reader.string(expect(f, LEN, 'NodeDef.name').span);
          break;
        case 2:
          op = await this.reader.string(expect(f, LEN, 'NodeDef.op').span);
          break;
        case 3:
          input.push(await this.reader.string(expect(f, LEN, 'NodeDef.input').span));
          break;
        case 5: {
          const entry = await this.mapEntry(expect(f, LEN, 'NodeDef.attr').span);
          if (entry.value) attr[entry.key] = await this.attrValue(entry.value);
          break;
        }
      }
    });
    return { name, op, input, attr };
  }

  /** A map entry: `key` (field 1, a string) and the span of `value` (field 2). */
  private async mapEntry(span: Span): Promise<{ key: string; value: Span | undefined }> {
    let key = '';
    let value: Span | undefined;
    await this.reader.fields(span, async (f) => {
      if (f.number === 1) key = await this.reader.string(expect(f, LEN, 'map key').span);
      else if (f.number === 2) value = f.wireType === LEN ? f.span : undefined;
    });
    return { key, value };
  }

  private async attrValue(span: Span): Promise<Attr> {
    const value: Attr = {};
    await this.reader.fields(span, async (f) => {
      switch (f.number) {
        case 1:
          value.list = await this.listValue(expect(f, LEN, 'AttrValue.list').span);
          break;
        case 2:
          value.s = await this.base64(expect(f, LEN, 'AttrValue.s').span);
          break;
        case 3:
          value.i = expect(f, VARINT, 'AttrValue.i').value;
          break;
        case 4:
          value.f = expect(f, FIXED32, 'AttrValue.f').value;
          break;
        case 5:
          value.b = expect(f, VARINT, 'AttrValue.b').value !== 0;
          break;
        case 6:
          value.type = DTYPES[expect(f, VARINT, 'AttrValue.type').value] ?? `DT_${f.value}`;
          break;
        case 7:
          value.shape = await this.shape(expect(f, LEN, 'AttrValue.shape').span);
          break;
        case 8:
          value.tensor = await this.tensor(expect(f, LEN, 'AttrValue.tensor').span);
          break;
        case 9:
          value.placeholder = await this.reader.string(expect(f, LEN, 'AttrValue.placeholder').span);
          break;
        case 10: {
          // NameAttrList: its name only; its attributes nest AttrValues again, never read.
          let name = '';
          await this.reader.fields(expect(f, LEN, 'AttrValue.func').span, async (g) => {
            if (g.number === 1) name = await this.reader.string(expect(g, LEN, 'NameAttrList.name').span);
          });
          value.func = { name };
          break;
        }
      }
    });
    return value;
  }

  /** `list.i` and `list.s` (strides, ksize, fused_ops); lists of shapes, tensors and functions are skipped. */
  private async listValue(span: Span): Promise<Attr> {
    const i: number[] = [];
    const s: string[] = [];
    await this.reader.fields(span, async (f) => {
      if (f.number === 2) s.push(await this.base64(expect(f, LEN, 'ListValue.s').span));
      else if (f.number === 3) {
        // Packed as TF writes it; a writer may also emit one varint per value.
        if (f.wireType === LEN) i.push(...(await this.reader.packedVarints(f.span)));
        else i.push(expect(f, VARINT, 'ListValue.i').value);
      }
    });
    return { ...(i.length > 0 ? { i } : {}), ...(s.length > 0 ? { s } : {}) };
  }

  private async shape(span: Span): Promise<Attr> {
    const dim: { size: number }[] = [];
    let unknownRank = false;
    await this.reader.fields(span, async (f) => {
      if (f.number === 2) {
        let size = 0;
        await this.reader.fields(expect(f, LEN, 'TensorShapeProto.dim').span, (g) => {
          if (g.number === 1) size = expect(g, VARINT, 'Dim.size').value;
        });
        dim.push({ size });
      } else if (f.number === 3) unknownRank = expect(f, VARINT, 'TensorShapeProto.unknown_rank').value !== 0;
    });
    return unknownRank ? { unknownRank: true } : { dim };
  }

  /** dtype, shape and, for a small integer tensor, its values; weights are skipped by length. */
  private async tensor(span: Span): Promise<Attr> {
    let dtype = 0;
    let tensorShape: Attr | undefined;
    let content: Span | undefined;
    const ints: number[] = [];
    await this.reader.fields(span, async (f) => {
      switch (f.number) {
        case 1:
          dtype = expect(f, VARINT, 'TensorProto.dtype').value;
          break;
        case 2:
          tensorShape = await this.shape(expect(f, LEN, 'TensorProto.tensor_shape').span);
          break;
        case 4:
          content = expect(f, LEN, 'TensorProto.tensor_content').span;
          break;
        case 7: // int_val
        case 10: // int64_val
          if (f.wireType === LEN) {
            if (f.span.end - f.span.start <= SMALL_INT_BYTES) ints.push(...(await this.reader.packedVarints(f.span)));
          } else if (ints.length < SMALL_INT_BYTES) ints.push(expect(f, VARINT, 'TensorProto.int_val').value);
          break;
      }
    });
    const out: Attr = { dtype: DTYPES[dtype] ?? `DT_${dtype}`, ...(tensorShape ? { tensorShape } : {}) };
    const width = dtype === 3 ? 4 : dtype === 9 ? 8 : 0;
    const c = content as Span | undefined;
    if (c && width > 0 && c.end - c.start <= SMALL_INT_BYTES && (c.end - c.start) % width === 0) {
      const bytes = await this.reader.bytes(c);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      out.intVal = Array.from({ length: bytes.length / width }, (_, k) => (width === 8 ? Number(view.getBigInt64(k * 8, true)) : view.getInt32(k * 4, true)));
    } else if (!c && ints.length > 0 && width > 0) {
      out.intVal = ints;
    }
    return out;
  }

  private async base64(span: Span): Promise<string> {
    return Buffer.from(await this.reader.bytes(span)).toString('base64');
  }
}

export function decodeFile(reader: WireReader, limits: DecodeLimits): Promise<Decoded> {
  return new Decoder(reader, limits).file();
}

function expect(f: Field, wireType: number, what: string): Field {
  if (f.wireType === wireType) return f;
  throw new WireError(CODES.corrupt, `${what} at byte ${f.at} has wire type ${f.wireType}, not ${wireType}: this is not a TensorFlow GraphDef, or it is corrupt`, f.at);
}
