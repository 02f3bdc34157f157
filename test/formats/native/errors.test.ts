/**
 * Every kind of bad file gives one clear diagnostic with a stable code, a message that says
 * what to do, and the 1-based line and column of the offending node.
 */
import { describe, expect, it } from 'vitest';
import { load, onlyDiagnostic } from './helpers.js';

function expectError(text: string, code: string, message: string, line: number, column: number): void {
  const d = onlyDiagnostic(load(text));
  expect(d).toMatchObject({ severity: 'error', code, message, line, column, file: 'model.rf.yaml' });
}

describe('schema errors', () => {
  it('kernel 0: must be ≥ 1, at the value', () => {
    expectError('rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 3 }\n  - { op: conv, kernel: 0 }\n', 'RF103', 'layers[1].kernel: must be ≥ 1, got 0', 4, 25);
  });

  it('a per-axis kernel with a 0 points at the entry', () => {
    expectError('rflint: 1\nlayers:\n  - op: conv\n    kernel: [3, 0]\n', 'RF103', 'layers[0].kernel[1]: must be ≥ 1, got 0', 4, 17);
  });

  it('an unknown key, with the nearest known key', () => {
    expectError('rflint: 1\nlayers:\n  - op: conv\n    kernel: 3\n    strides: 2\n', 'RF102', 'layers[0]: unknown key `strides`; did you mean `stride`?', 5, 5);
  });

  it('an unknown top-level key', () => {
    expectError('rflint: 1\nlayer:\n  - { op: relu }\n', 'RF102', 'the file: unknown key `layer`; did you mean `layers`?', 2, 1);
    expectError('rflint: 1\n', 'RF104', 'the file: missing `layers`', 1, 1);
    const d = load('rflint: 1\nlayers: [{ op: relu }]\noutput: []\n').diagnostics;
    expect(d).toMatchObject([{ code: 'RF102', message: 'the file: unknown key `output`; did you mean `outputs`?', line: 3, column: 1 }]);
  });

  it('an unknown op, with the nearest op', () => {
    expectError('rflint: 1\nlayers:\n  - { op: maxpol, kernel: 2 }\n', 'RF101', 'layers[0].op: unknown op `maxpol`; did you mean `maxpool`?', 3, 11);
  });

  it('a key that does not apply to the op', () => {
    expectError('rflint: 1\nlayers:\n  - { op: conv, kernel: 3, scale: 2 }\n', 'RF107', 'layers[0]: `scale` does not apply to op `conv`; remove it', 3, 28);
  });

  it('several keys that do not apply make one diagnostic', () => {
    expectError('rflint: 1\nlayers:\n  - { op: relu, kernel: 3, stride: 2 }\n', 'RF107', 'layers[0]: `kernel` and `stride` do not apply to op `relu`; remove them', 3, 17);
    expectError('rflint: 1\nlayers:\n  - { op: conv, kernel: 3, block: [{ op: relu }] }\n', 'RF107', 'layers[0]: a layer with `block` takes no `op` and `kernel` (put ops inside the block)', 3, 7);
  });

  it('empty lists and bad names', () => {
    expectError('rflint: 1\nlayers: []\n', 'RF103', 'layers: must have at least 1 item, got []', 2, 9);
    expectError('rflint: 1\nlayers:\n  - { name: a.b, op: relu }\n', 'RF103', 'layers[0].name: must be a name without `.`, `#`, `^` or spaces, got "a.b"', 3, 13);
    expectError('', 'RF103', 'the file: must be a mapping (key: value), got null', 1, 1);
  });

  it('a required key of the op', () => {
    expectError('rflint: 1\nlayers:\n  - { op: relu }\n  - { op: upsample, mode: nearest }\n', 'RF104', 'layers[1]: op `upsample` needs `scale`', 4, 5);
  });

  it('a layer without op nor block', () => {
    expectError('rflint: 1\nlayers:\n  - { name: x, kernel: 3 }\n', 'RF104', 'layers[0]: missing `op` (a layer has an `op`, or a `block` of layers)', 3, 5);
  });

  it('repeat without block', () => {
    expectError('rflint: 1\nlayers:\n  - { op: relu, repeat: 2 }\n', 'RF107', 'layers[0]: `repeat` needs a `block` of layers to repeat', 3, 17);
  });

  it('a misspelt padding kind', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: conv, kernel: 3, padding: sme }\n',
      'RF103',
      'layers[0].padding: must be one of `same`, `same_upper`, `same_lower`, `valid`, `causal`, got "sme"; did you mean `same`?',
      3,
      37,
    );
  });

  it('a padding that fits no form says what is accepted', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: conv, kernel: 3, padding: true }\n',
      'RF103',
      'layers[0].padding: must be an integer ≥ 0 (both sides), a list with one per axis, a list of [begin, end] pairs, or one of same, same_lower, valid, causal, got true',
      3,
      37,
    );
  });

  it('a bad upsampling ratio', () => {
    expectError('rflint: 1\nlayers:\n  - { op: upsample, scale: 3:2 }\n', 'RF103', 'layers[0].scale: must be a number or a ratio such as "3/2", got "3:2"', 3, 28);
  });

  it('min_coverage above 1', () => {
    expectError(
      'rflint: 1\ninput: { size: [64, 64] }\nlayers: [{ name: c, op: conv, kernel: 3 }]\noutputs:\n  - { layer: c, min_coverage: 1.5 }\n',
      'RF103',
      'outputs[0].min_coverage: must be ≤ 1, got 1.5',
      5,
      31,
    );
  });

  it('a missing or unsupported version', () => {
    expectError('layers: [{ op: relu }]\n', 'RF114', 'not an rflint model: add `rflint: 1` at the top', 1, 1);
    expectError('rflint: 2\nlayers: [{ op: relu }]\n', 'RF114', 'unsupported format version 2: this rflint reads `rflint: 1`', 1, 9);
  });
});

describe('YAML errors', () => {
  it('a syntax error', () => {
    const d = onlyDiagnostic(load('rflint: 1\nlayers:\n  - { op: conv, kernel: 3\n'));
    expect(d).toMatchObject({ code: 'RF100', line: 4, column: 1 });
    expect(d.message).toMatch(/^invalid YAML\/JSON: flow map/);
  });

  it('a key twice in one mapping', () => {
    expectError('rflint: 1\nlayers:\n  - { op: conv, kernel: 3, kernel: 5 }\n', 'RF100', 'a key appears twice in the same mapping; remove one', 3, 28);
  });
});

describe('semantic errors', () => {
  it('duplicate names among siblings', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 3 }\n  - { name: a, op: relu }\n',
      'RF105',
      'layers[1].name: duplicate name `a` (first used at line 3, layers[0]); names must be unique among the layers of a list',
      4,
      13,
    );
  });

  it('duplicate names inside a block', () => {
    expectError(
      'rflint: 1\nlayers:\n  - name: b\n    block:\n      - { name: x, op: relu }\n      - { name: x, op: relu }\n',
      'RF105',
      'layers[0].block[1].name: duplicate name `x` (first used at line 5, layers[0].block[0]); names must be unique among the layers of a list',
      6,
      17,
    );
  });

  it('a layer named like the network input', () => {
    expectError('rflint: 1\nlayers:\n  - { name: input, op: relu }\n', 'RF105', 'layers[0].name: duplicate name `input` (the network input is called `input`); names must be unique among the layers of a list', 3, 13);
  });

  it('an unknown input, with the nearest name', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { name: conv1, op: conv, kernel: 3 }\n  - { op: add, inputs: [conv1, conv2] }\n',
      'RF106',
      'layers[1].inputs[1]: no layer named `conv2` here; did you mean `conv1`?',
      4,
      32,
    );
  });

  it('an unknown input inside a repeated block is reported once', () => {
    expectError(
      'rflint: 1\nlayers:\n  - name: s\n    repeat: 3\n    block:\n      - { name: c, op: conv, kernel: 3 }\n      - { op: add, inputs: [cc, ^] }\n',
      'RF106',
      'layers[0].block[1].inputs[0]: no layer named `cc` here; did you mean `c`?',
      7,
      29,
    );
  });

  it("an output's unknown layer", () => {
    expectError(
      'rflint: 1\nlayers: [{ name: stage1, op: conv, kernel: 3 }]\noutputs:\n  - { layer: stage_1, min_rf: 3 }\n',
      'RF106',
      'outputs[0].layer: no layer named `stage_1`; did you mean `stage1`?',
      4,
      14,
    );
  });

  it('a cycle names its layers and points at the inputs that closes it', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 3, inputs: c }\n  - { name: b, op: relu }\n  - { name: c, op: relu }\n',
      'RF001',
      'the layers form a cycle: b (line 4) → c (line 5) → a (line 3) → b (line 4); `inputs` of a names a layer that depends on it',
      3,
      45,
    );
  });

  it('min_coverage without input.size', () => {
    expectError(
      'rflint: 1\nlayers: [{ name: c, op: conv, kernel: 3 }]\noutputs:\n  - { layer: c, min_coverage: 0.5 }\n',
      'RF109',
      'outputs[0].min_coverage: coverage is a fraction of the input size; add `input: { size: [...] }` at the top level, or give --input-size',
      4,
      17,
    );
  });

  it('a per-axis list longer than input.size', () => {
    expectError(
      'rflint: 1\ninput: { size: [64, 64] }\nlayers:\n  - { op: conv, kernel: [3, 3, 3] }\n',
      'RF108',
      'layers[0].kernel: 3 values for a model with 2 axes (input.size has 2); give one per axis, or a single number for all',
      4,
      25,
    );
  });

  it('per-axis lists that disagree, without input.size: the longest sets the axes', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: conv, kernel: [3, 3, 3] }\n  - { op: conv, kernel: 3, stride: [1, 2] }\n',
      'RF108',
      'layers[1].stride: 2 values for a model with 3 axes (layers[0].kernel has 3); give one per axis, or a single number for all',
      4,
      36,
    );
  });

  it('causal padding in 2-D', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: conv, kernel: 3, padding: causal }\n',
      'RF115',
      'layers[0].padding: `causal` padding is for 1-D models; for more axes give [begin, end] pairs, e.g. [[2, 0], [1, 1]]',
      3,
      37,
    );
  });

  it('same padding on a transposed conv', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: deconv, kernel: 2, stride: 2, padding: same }\n',
      'RF115',
      'layers[0].padding: `same` padding is not defined for a transposed conv; give the PyTorch padding (an integer or [begin, end] pairs)',
      3,
      50,
    );
  });

  it('a merge with one input', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: conv, kernel: 3 }\n  - { op: add }\n',
      'RF116',
      'layers[1]: `add` merges two or more layers: list them in `inputs`, e.g. inputs: [conv2, ^]',
      4,
      5,
    );
  });

  it('a conv with two inputs', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 3 }\n  - { op: conv, kernel: 3, inputs: [a, input] }\n',
      'RF116',
      'layers[1].inputs: `conv` takes one input, got 2; merge them first with add or concat',
      4,
      36,
    );
  });

  it('a block with two inputs', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { name: a, op: relu }\n  - { name: b, inputs: [a, input], block: [{ op: relu }] }\n',
      'RF116',
      'layers[1].inputs: a block takes one input (`^`), got 2',
      4,
      24,
    );
  });

  it('min_rf above max_rf', () => {
    expectError(
      'rflint: 1\nlayers: [{ name: c, op: conv, kernel: 3 }]\noutputs:\n  - { layer: c, min_rf: [9, 3], max_rf: 5 }\n',
      'RF117',
      'outputs[0]: min_rf 9 is above max_rf 5 on axis 0, so this output can never pass',
      4,
      25,
    );
  });

  it('align_corners with nearest upsampling', () => {
    expectError(
      'rflint: 1\nlayers:\n  - { op: upsample, scale: 2, align_corners: true }\n',
      'RF103',
      'layers[0].align_corners: `align_corners` applies to bilinear upsampling only; add `mode: bilinear` or remove it',
      3,
      46,
    );
  });
});

describe('JSON files', () => {
  it('get the same messages and positions (tabs and all)', () => {
    const json = '{\n\t"rflint": 1,\n\t"layers": [\n\t\t{"op": "conv", "kernel": 3},\n\t\t{"op": "conv", "kernel": 0}\n\t]\n}\n';
    const d = onlyDiagnostic(load(json, {}, 'model.rf.json'));
    expect(d).toMatchObject({ code: 'RF103', message: 'layers[1].kernel: must be ≥ 1, got 0', line: 5, column: 28, file: 'model.rf.json' });
  });

  it('unknown keys point at the key', () => {
    const json = '{"rflint": 1, "layers": [\n  {"op": "conv", "kernel": 3, "dilatation": 2}\n]}';
    const d = onlyDiagnostic(load(json, {}, 'model.rf.json'));
    expect(d).toMatchObject({ code: 'RF102', message: 'layers[0]: unknown key `dilatation`; did you mean `dilation`?', line: 2, column: 31 });
  });

  it('a JSON syntax error', () => {
    const d = onlyDiagnostic(load('{"rflint": 1, "layers": [\n  {"op": "relu"},\n]', {}, 'model.rf.json'));
    expect(d.code).toBe('RF100');
    expect(d.line).toBe(3);
  });
});
