import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { error } from '../../../src/formats/diagnostic.js';
import { locator } from '../../../src/formats/yaml/locate.js';
import { type SchemaWording, schemaDiagnostics } from '../../../src/formats/yaml/schema-errors.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['size', 'name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    size: {
      description: 'A size in positions: a scalar, or one per axis.',
      oneOf: [
        { type: 'integer', minimum: 1 },
        { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 3 },
      ],
    },
    shape: { description: 'Shape: a list of two integers', type: 'array', minItems: 2, maxItems: 2 },
    mode: { enum: ['nearest', 'bilinear'] },
    tags: { type: 'array', minItems: 1 },
    kind: { const: 'box' },
  },
  if: { required: ['kind'], properties: { kind: { const: 'box' } } },
  then: { properties: { mode: false, tags: false } },
};
const validate = new Ajv2020({ strict: false, allErrors: true, verbose: true }).compile(schema);
const wording: SchemaWording = { root: 'spec', codes: { unknownKey: 'X1', missingKey: 'X2', invalidValue: 'X3' }, perAxisKeys: ['size'] };

function check(text: string, w: SchemaWording = wording) {
  const data = parse(text) as unknown;
  expect(validate(data)).toBe(false);
  return schemaDiagnostics(validate.errors ?? [], data, locator(parseDocument(text), text), w).map((d) => [d.code, d.message, d.line, d.column]);
}

describe('schemaDiagnostics', () => {
  it('keeps the branch the value took: a list reports its entries, a scalar its range', () => {
    expect(check('name: a\nsize: [4, 0]\n')).toEqual([['X3', 'spec.size[1]: must be ≥ 1, got 0', 2, 11]]);
    expect(check('name: a\nsize: 0\n')).toEqual([['X3', 'spec.size: must be ≥ 1, got 0', 2, 7]]);
  });

  it('says what a location accepts when no branch fits (prose descriptions are not used)', () => {
    expect(check('name: a\nsize: big\n')).toEqual([['X3', 'spec.size: must be an integer or a list of them, got "big"', 2, 7]]);
    expect(check('name: a\nsize: 1\nshape: [1]\n')).toEqual([['X3', 'spec.shape: must be a list of two integers, got [1]', 3, 8]]);
  });

  it('counts per-axis values, and items elsewhere', () => {
    expect(check('name: a\nsize: [1, 2, 3, 4]\ntags: []\n')).toEqual([
      ['X3', 'spec.size: must have at most 3 values (one per axis), got 4', 2, 7],
      ['X3', 'spec.tags: must have at least 1 item, got []', 3, 7],
    ]);
  });

  it('points at an unknown key, with the nearest known one, and drops the missing key it meant', () => {
    expect(check('name: a\nsise: 3\n')).toEqual([['X1', 'spec: unknown key `sise`; did you mean `size`?', 2, 1]]);
    expect(check('name: a\nsize: 3\nzzz: 1\n')).toEqual([['X1', 'spec: unknown key `zzz`; expected one of `name`, `size`, `shape`, `mode`, `tags`, `kind`', 3, 1]]);
    expect(check('size: 3\n')).toEqual([['X2', 'spec: missing `name`', 1, 1]]);
  });

  it('lists enum values and suggests one', () => {
    expect(check('name: a\nsize: 3\nmode: bilinaer\n')).toEqual([['X3', 'spec.mode: must be `nearest` or `bilinear`, got "bilinaer"; did you mean `bilinear`?', 3, 7]]);
  });

  it('merges the forbidden keys of one mapping into one problem', () => {
    expect(check('name: a\nsize: 3\nkind: box\nmode: nearest\ntags: [x]\n')).toEqual([['X1', 'spec: `mode` and `tags` are not allowed here; remove them', 4, 1]]);
  });

  it('lets the caller word what only its schema has, in file order', () => {
    const special: SchemaWording['special'] = (p) => (p.keyword === 'const' ? error('X9', `${p.label}: only boxes for now`, { line: 99, column: 1 }) : undefined);
    expect(check('kind: circle\nname: ""\nsize: 3\n', { ...wording, special })).toEqual([
      ['X3', 'spec.name: must not be empty', 2, 7],
      ['X9', 'spec.kind: only boxes for now', 99, 1],
    ]);
  });
});
