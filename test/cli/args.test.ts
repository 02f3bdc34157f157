import { describe, expect, it } from 'vitest';
import { UsageError, parseCliArgs } from '../../src/cli/args.js';

const usage = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('expected a usage error');
};

describe('parseCliArgs', () => {
  it('reads paths and options into settings', () => {
    expect(parseCliArgs(['models/', '**/*.onnx', '!vendor/**', '--format', 'json', '--min-rf', '128', '--rules', 'r.yaml', '-q', '--no-color'])).toEqual({
      patterns: ['models/', '**/*.onnx', '!vendor/**'],
      format: 'json',
      minRf: 128,
      rulesFile: 'r.yaml',
      stages: false,
      allowEmpty: false,
      quiet: true,
      color: false,
      debug: false,
      help: false,
      version: false,
      explain: false,
    });
  });

  it('reads the loader settings: --input-size, --input, --scale, --stages, --attention', () => {
    expect(parseCliArgs(['m.onnx', '--input-size', '512x384', '--input', 'images', '--scale', 'm', '--stages', '--attention', 'pointwise'])).toMatchObject({
      inputSize: [512, 384],
      dataInput: 'images',
      scale: 'm',
      stages: true,
      attention: 'pointwise',
    });
    expect(parseCliArgs(['--input-size=640']).inputSize).toEqual([640]);
    expect(parseCliArgs(['--allow-empty']).allowEmpty).toBe(true);
    expect(parseCliArgs(['--input-size', '16×112×112']).inputSize).toEqual([16, 112, 112]);
    expect(usage(['--input-size', '512x'])).toBe("--input-size takes whole numbers ≥ 1 per axis, height before width, such as 512x512 or 640, got '512x'");
    expect(usage(['--input-size', '0x512'])).toMatch(/^--input-size takes whole numbers ≥ 1/);
    expect(usage(['--attention', 'spatial'])).toBe("--attention must be pointwise or global, got 'spatial'");
    expect(usage(['--scale', ''])).toBe('--scale needs a value');
    expect(parseCliArgs(['--ignore', 'RF020,rf021', '--ignore', 'RF414']).ignore).toEqual(['RF020', 'RF021', 'RF414']);
    expect(usage(['--ignore', 'lopsided'])).toBe("--ignore takes diagnostic codes such as RF020 (comma-separated or repeated), got 'LOPSIDED'");
  });

  it('reads --assume (repeatable) and --channel-attention', () => {
    expect(parseCliArgs(['m.onnx', '--assume', 'MyGate=pointwise', '--assume=com.x.Attn=global', '--channel-attention', 'pointwise'])).toMatchObject({
      assume: new Map([
        ['MyGate', 'pointwise'],
        ['com.x.Attn', 'global'],
      ]),
      channelAttention: 'pointwise',
    });
    expect(usage(['--assume', 'MyGate'])).toBe("--assume takes OP=pointwise or OP=global (an operator type such as MyGate=pointwise), got 'MyGate'");
    expect(usage(['--channel-attention', 'spatial'])).toBe("--channel-attention must be pointwise or global, got 'spatial'");
  });

  it('defaults to text, colour allowed, no paths', () => {
    expect(parseCliArgs([])).toMatchObject({ patterns: [], format: 'text', color: true, quiet: false });
    expect(parseCliArgs(['--format=sarif', '-f', 'markdown']).format).toBe('markdown');
  });

  it('explains mistakes in one line', () => {
    expect(usage(['--fromat', 'json'])).toBe('unknown option --fromat; did you mean --format?');
    expect(usage(['--wat'])).toBe('unknown option --wat');
    expect(usage(['--format', 'xml'])).toBe("--format must be one of text, json, markdown, sarif, html, got 'xml'");
    expect(usage(['--format', 'jsn'])).toBe("--format must be one of text, json, markdown, sarif, html, got 'jsn'; did you mean 'json'?");
    expect(usage(['--format'])).toBe('--format needs a value');
    expect(usage(['--quiet=yes'])).toBe('--quiet takes no value');
    expect(usage(['--min-rf', '-3'])).toBe("--min-rf needs a value; to give one that starts with '-', write --min-rf=VALUE");
    for (const bad of ['0', '--min-rf=-3', '12.5', 'abc', '']) expect(usage(bad.startsWith('--') ? [bad] : ['--min-rf', bad])).toMatch(/^--min-rf must be a whole number ≥ 1/);
  });

  it('reads --jobs: a number of threads from 1 to 64', () => {
    expect(parseCliArgs(['--jobs', '4']).jobs).toBe(4);
    expect(parseCliArgs(['-j', '1']).jobs).toBe(1);
    expect(parseCliArgs([]).jobs).toBeUndefined();
    for (const bad of ['0', '65', '2.5', 'many']) expect(usage(['--jobs', bad])).toBe(`--jobs takes a number of threads from 1 to 64, got '${bad}'`);
  });
});
