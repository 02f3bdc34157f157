/**
 * The JSON Schema editors use is the one the loader enforces: it compiles in ajv's strict
 * mode, every example validates against it, and its op list is the loader's op table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OP_FAMILIES } from '../../../src/formats/native/document.js';
import { schema, schemaErrors } from '../../../src/formats/native/index.js';

const EXAMPLES = 'examples';

function exampleFiles(dir = EXAMPLES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? exampleFiles(join(dir, e.name)) : /\.rf\.(ya?ml|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('schema/rflint.schema.json', () => {
  it('compiles on its own in strict mode (as editors and other tools would load it)', () => {
    const text = readFileSync('schema/rflint.schema.json', 'utf8');
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    expect(() => ajv.compile(JSON.parse(text))).not.toThrow();
    expect(JSON.parse(text)).toEqual(schema);
  });

  it('lists exactly the ops the loader knows', () => {
    const ops = (schema.$defs.layer.properties.op as { enum: string[] }).enum;
    expect([...ops].sort()).toEqual(Object.keys(OP_FAMILIES).sort());
  });

  it('has every op and key of docs/design.md §4.1', () => {
    const ops = (schema.$defs.layer.properties.op as { enum: string[] }).enum;
    for (const op of ['conv', 'deconv', 'maxpool', 'avgpool', 'upsample', 'pad', 'crop', 'global_pool', 'dense', 'add', 'mul', 'concat', 'identity', 'relu', 'bn', 'norm', 'act', 'dropout', 'space_to_depth', 'depth_to_space']) {
      expect(ops).toContain(op);
    }
    const keys = Object.keys(schema.$defs.layer.properties);
    for (const key of ['name', 'op', 'inputs', 'kernel', 'stride', 'padding', 'dilation', 'ceil_mode', 'scale', 'mode', 'output_padding', 'crop', 'repeat', 'block']) {
      expect(keys).toContain(key);
    }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['rflint', 'name', 'input', 'layers', 'outputs']));
    expect(Object.keys(schema.properties.outputs.items.properties)).toEqual(expect.arrayContaining(['name', 'layer', 'min_rf', 'max_rf', 'min_coverage']));
  });

  const files = exampleFiles();
  it('finds the examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s validates against the schema', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schema\/rflint\.schema\.json$/);
    expect(schemaErrors(parse(text))).toEqual([]);
  });

  it('rejects unknown keys everywhere', () => {
    const base = { rflint: 1, layers: [{ op: 'relu' }] };
    expect(schemaErrors({ ...base, extra: 1 })).not.toEqual([]);
    expect(schemaErrors({ ...base, input: { size: [8], shape: [8] } })).not.toEqual([]);
    expect(schemaErrors({ rflint: 1, layers: [{ op: 'relu', foo: 1 }] })).not.toEqual([]);
    expect(schemaErrors({ ...base, outputs: [{ layer: 'x', threshold: 1 }] })).not.toEqual([]);
    expect(schemaErrors({ rflint: 1, layers: [{ block: [{ op: 'relu', bar: 2 }] }] })).not.toEqual([]);
  });
});
