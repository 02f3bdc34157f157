/**
 * `.rf.json` files go through JSON.parse, positions computed only when asked for
 * (formats/yaml/json.ts parseJsonFast); everything else about them must be as when the YAML
 * parser read them. The same text loaded as `.rf.yaml` takes the YAML path: both must give the
 * same model positions and the same diagnostics, at the same lines and columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { parseJsonFast } from '../../../src/formats/yaml/json.js';
import { load } from './helpers.js';

const GOOD = JSON.stringify(
  {
    rflint: 1,
    name: 'net',
    input: { size: [64, 64] },
    layers: [
      { name: 'c1', op: 'conv', kernel: 3, stride: 2, padding: 1 },
      { name: 'r', op: 'relu' },
      { name: 'blk', repeat: 3, block: [{ name: 'a', op: 'conv', kernel: [3, 1] }, { op: 'add', inputs: ['a', '^'] }] },
      { name: 'p', op: 'maxpool', kernel: 2, stride: 2 },
    ],
    outputs: [{ name: 'out', layer: 'p', min_rf: 8 }, { layer: 'c1' }],
  },
  null,
  2,
);

/** Texts with a problem for every stage: syntax, duplicate keys, depth, schema, names, graph. */
const BAD: Record<string, string> = {
  syntax: '{"rflint": 1, "layers": [\n  {"op": "relu"},\n]',
  'unclosed string': '{"rflint": 1, "layers": [\n  {"op": "relu}\n]}',
  'trailing text': '{"rflint": 1, "layers": []}\n}',
  'duplicate key': '{"rflint": 1,\n "layers": [{"op": "relu", "op": "conv"}]}',
  'duplicate top key': '{"rflint": 1, "rflint": 1, "layers": []}',
  'too deep': `{"rflint": 1, "layers": [], "x": ${'['.repeat(300)}${']'.repeat(300)}}`,
  'schema value': '{"rflint": 1, "layers": [\n  {"op": "conv", "kernel": 3},\n  {"op": "conv", "kernel": 0}\n]}',
  'unknown key': '{"rflint": 1, "layers": [\n  {"op": "conv", "kernel": 3, "dilatation": 2}\n]}',
  'missing layers': '{"rflint": 1}',
  'duplicate names': '{"rflint": 1, "layers": [{"name": "a", "op": "relu"},\n {"name": "a", "op": "relu"}]}',
  'unknown input': '{"rflint": 1, "layers": [{"name": "a", "op": "relu", "inputs": ["zz"]}]}',
  cycle: '{"rflint": 1, "layers": [{"name": "a", "op": "add", "inputs": ["^", "b"]},\n {"name": "b", "op": "relu"}]}',
  'escaped strings': '{"rflint": 1, "name": "q\\"uo:te\\\\", "layers": [{"op": "conv", "kernel": -1, "name": "\\u0041"}]}',
  'byte-order mark': '\uFEFF{"rflint": 1, "layers": [\n {"op": "conv"}]}',
  'not an object': '[1, 2]',
};

const asJson = (text: string) => load(text, {}, 'model.rf.json');
const asYaml = (text: string) => load(text, {}, 'model.rf.yaml');
const withoutFile = (ds: readonly { file?: string }[]) => ds.map(({ file: _file, ...d }) => d);

describe('.rf.json through JSON.parse', () => {
  it('gives the model and positions the YAML parser gives', () => {
    expect(parseJsonFast(GOOD, DEFAULT_LIMITS)?.data).toEqual(JSON.parse(GOOD));
    const json = asJson(GOOD);
    const yaml = asYaml(GOOD);
    expect(json.diagnostics).toEqual([]);
    expect(json.model!.positions).toEqual(yaml.model!.positions);
    expect(json.model!.outputs).toEqual(yaml.model!.outputs);
    expect(json.model!.graph).toEqual(yaml.model!.graph);
  });

  it.each(Object.entries(BAD))('%s: the same diagnostics, at the same places', (_, text) => {
    const json = asJson(text);
    expect(json.model).toBeUndefined();
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(withoutFile(json.diagnostics)).toEqual(withoutFile(asYaml(text).diagnostics));
  });

  it.each(['resnet50', 'unet', 'wavenet', 'fpn'])('the example %s, written as JSON, loads as the same JSON through YAML', (name) => {
    const data: unknown = parse(readFileSync(new URL(`../../../examples/${name}.rf.yaml`, import.meta.url), 'utf8'));
    const text = JSON.stringify(data, null, 2);
    const json = asJson(text);
    const yaml = asYaml(text);
    expect(json.diagnostics).toEqual([]);
    expect(json.model!.positions).toEqual(yaml.model!.positions);
    expect(json.model!.outputs).toEqual(yaml.model!.outputs);
  });
});

describe('parseJsonFast', () => {
  it('leaves to the full parser what JSON.parse would accept wrongly or cannot read', () => {
    expect(parseJsonFast('{"a": 1, "a": 2}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('{"a": {"b": 1, "b": 1}}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('{"a": 1,}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('[[[1]]]', { ...DEFAULT_LIMITS, maxDepth: 2 })).toBeUndefined();
  });

  it('counts keys, not strings that look like keys', () => {
    const parsed = parseJsonFast('{"a": "x\\": y", "b": ["c:", "d"], "e": {"f": ":"}}', DEFAULT_LIMITS);
    expect(parsed?.data).toEqual({ a: 'x": y', b: ['c:', 'd'], e: { f: ':' } });
  });

  it('finds positions only when asked, and then right', () => {
    const parsed = parseJsonFast('{\n  "layers": [\n    {"op": "relu"}\n  ]\n}', DEFAULT_LIMITS)!;
    expect(parsed.locate.at(['layers', 0, 'op'])).toMatchObject({ line: 3, column: 12 });
    expect(parsed.locate.key(['layers', 0, 'op'])).toMatchObject({ line: 3, column: 6 });
  });
});
