import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';

const parse = (text: string) => parseRules(text, 'rules.yaml');

describe('parseRules', () => {
  it('refuses an alias inside the node its anchor marks (the rules would contain themselves), at its line', () => {
    const { rules, diagnostics } = parse('- &r\n  files: "**"\n  min_rf: 10\n  then: [*r]\n');
    expect(rules).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RF401', line: 4, message: expect.stringContaining('sits inside the node its anchor') })]);
  });

  it('reads the rules of docs/design.md §5, globs as lists, thresholds and positions', () => {
    const { rules, diagnostics } = parse(`- files: "export/**/*.onnx"
  outputs: "p5*"
  min_rf: 400
- files: ["**", "!vendor/**"]
  min_coverage: 0.25
  max_rf: [500, 600]
  assume: { MyOp: pointwise, Attn: global }
  channel_attention: pointwise
`);
    expect(diagnostics).toEqual([]);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({ files: ['export/**/*.onnx'], outputs: ['p5*'], thresholds: { min_rf: 400 }, index: 0, source: 'rules.yaml' });
    expect(rules[0]!.position).toMatchObject({ line: 1, column: 10 });
    expect(rules[0]!.outputsPosition).toMatchObject({ line: 2, column: 12 });
    expect(rules[1]).toMatchObject({ files: ['**', '!vendor/**'], thresholds: { min_coverage: 0.25, max_rf: [500, 600] }, channelAttention: 'pointwise', index: 1 });
    expect([...rules[1]!.assume!]).toEqual([
      ['MyOp', 'pointwise'],
      ['Attn', 'global'],
    ]);
  });

  it('treats an empty text as no rules', () => {
    expect(parse('')).toEqual({ rules: [], diagnostics: [] });
    expect(parse('# only a comment\n')).toEqual({ rules: [], diagnostics: [] });
  });

  it('suggests the nearest key for an unknown one, at the key', () => {
    const { rules, diagnostics } = parse(`- files: a\n  min_rff: 3\n`);
    expect(rules).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'RF403', message: 'rules[0]: unknown key `min_rff`; did you mean `min_rf`?', file: 'rules.yaml', line: 2, column: 3 }),
    ]);
  });

  it('reads the loader settings: input size, data input, scale, stages, attention', () => {
    const { rules, diagnostics } = parse(`- files: "seg.onnx"\n  input_size: [512, 384]\n  input: images\n  stages: true\n- files: "*.yaml"\n  input_size: 640\n  scale: m\n  attention: pointwise\n`);
    expect(diagnostics).toEqual([]);
    expect(rules[0]).toMatchObject({ inputSize: [512, 384], dataInput: 'images', stages: true });
    expect(rules[1]).toMatchObject({ inputSize: [640], scale: 'm', attention: 'pointwise' });
    const bad = parse(`- files: a\n  input_size: [0, 512]\n`).diagnostics;
    expect(bad[0]).toMatchObject({ code: 'RF402', line: 2 });
  });

  it('lists the keys when nothing is near', () => {
    const { diagnostics } = parse(`- files: a\n  banana: 3\n`);
    expect(diagnostics[0]!.message).toBe('rules[0]: unknown key `banana`; expected one of `files`, `outputs`, `min_rf`, `max_rf`, `min_erf`, `min_coverage`, `max_params`, `max_macs`, `assume`, `channel_attention`, `attention`, `input_size`, `input`, `scale`, `ignore`, `stages`');
  });

  it('points at a bad entry inside a per-axis list, one message per problem', () => {
    const { diagnostics } = parse(`- files: a\n  max_rf: [256, 0]\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RF402', message: 'rules[0].max_rf[1]: must be ≥ 1, got 0', line: 2, column: 17 })]);
  });

  it('explains a scalar of the wrong type without ajv wording', () => {
    const { diagnostics } = parse(`- files: a\n  min_rf: abc\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ message: 'rules[0].min_rf: must be an integer or a list of them, got "abc"', line: 2, column: 11 })]);
  });

  it('suggests the nearest value of an enum', () => {
    const { diagnostics } = parse(`- files: a\n  channel_attention: pointwse\n`);
    expect(diagnostics[0]!.message).toBe('rules[0].channel_attention: must be `pointwise` or `global`, got "pointwse"; did you mean `pointwise`?');
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 22 });
  });

  it('requires files, ranges min_coverage and counts axes', () => {
    const { diagnostics } = parse(`- outputs: x\n- files: b\n  min_coverage: 2\n  min_rf: [1, 2, 3, 4]\n`);
    expect(diagnostics.map((d) => [d.message, d.line])).toEqual([
      ['rules[0]: missing `files`: the globs of the model files this rule applies to', 1],
      ['rules[1].min_coverage: must be ≤ 1, got 2', 3],
      ['rules[1].min_rf: must have at most 3 values (one per axis), got 4', 4],
    ]);
  });

  it('keeps the valid rules when another is broken', () => {
    const { rules, diagnostics } = parse(`- files: a\n  min_rf: 10\n- files: b\n  min_rf: -1\n`);
    expect(diagnostics).toHaveLength(1);
    expect(rules.map((r) => r.index)).toEqual([0]);
  });

  it('reads files saved with a byte-order mark and CRLF line ends, with the same positions', () => {
    const { rules, diagnostics } = parse('\uFEFF- files: a\r\n  min_rff: 3\r\n- files: b\r\n');
    expect(rules.map((r) => r.index)).toEqual([1]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RF403', message: 'rules[0]: unknown key `min_rff`; did you mean `min_rf`?', line: 2, column: 3 })]);
    expect(parse('\uFEFF- files: a\n').rules[0]!.position).toMatchObject({ line: 1, column: 10 });
  });

  it('takes a misspelt required key for one mistake', () => {
    expect(parse('- file: a\n').diagnostics.map((d) => d.message)).toEqual(['rules[0]: unknown key `file`; did you mean `files`?']);
  });

  it('wants a list, not a mapping', () => {
    const { diagnostics } = parse(`files: a\nmin_rf: 3\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RF402', message: 'the rules must be a list of rules (`- files: ...`), got a mapping', line: 1, column: 1 })]);
  });

  it('reports YAML syntax errors with their position', () => {
    const { rules, diagnostics } = parse(`- files: a\n  min_rf: 3\n   bad: [\n`);
    expect(rules).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: 'RF401', file: 'rules.yaml' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(diagnostics[0]!.message).toMatch(/^the rules are not valid YAML: /);
  });

  it('rejects duplicate keys', () => {
    const { diagnostics } = parse(`- files: a\n  files: b\n`);
    expect(diagnostics[0]).toMatchObject({ code: 'RF401', line: 2 });
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(', ')}]`)].join('\n');
    const { diagnostics } = parse(bomb);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('RF401');
  });
});
