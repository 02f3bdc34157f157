/**
 * Every kind of bad cfg gives a clear diagnostic with its stable code, a message that says what
 * to do, and the 1-based line and column of the section or key at fault.
 */
import { describe, expect, it } from 'vitest';
import { darknetLoader } from '../../../src/formats/darknet/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { cfg, load, model, onlyError } from './helpers.js';

function expectError(text: string, code: string, message: string, line: number, column: number): void {
  expect(onlyError(load(text))).toMatchObject({ severity: 'error', code, message, line, column, file: 'model.cfg' });
}

const CONV = '[convolutional]\nfilters=8\nsize=3\nstride=1\npad=1\n';

describe('Darknet cfg errors', () => {
  it('RF320: a line that is not a section, a key=value pair or a comment', () => {
    expectError(cfg(`${CONV}size 3\n`), 'RF320', '`size 3` is not a `key=value` pair, a [section] or a comment; add `=value` or start the line with `#`', 10, 1);
    expectError(cfg('[convolutional\nsize=3\n'), 'RF320', '`[convolutional` is not a section header; write it as `[convolutional]`, one per line', 5, 1);
    expectError('  width=416\n[net]\n', 'RF320', '`width` comes before any section; a Darknet cfg starts with `[net]`', 1, 3);
    expectError(cfg(`${CONV}  = 3\n`), 'RF320', 'a line starts with `=`: write the key before it (`size=3`)', 10, 3);
  });

  it('RF321: a file that does not start with [net]', () => {
    expectError(`# no net\n${CONV}`, 'RF321', 'the file starts with [convolutional]; a Darknet cfg starts with a [net] section giving width, height and channels', 2, 1);
    expectError('# nothing\n', 'RF321', 'the file has no sections; a Darknet cfg starts with a [net] section giving width, height and channels', 1, 1);
    expectError(cfg(`${CONV}\n[net]\nwidth=3\n`), 'RF321', '[net] (layer 1): [net] can only be the first section', 11, 1);
  });

  it('RF322: an unknown section, with the nearest one Darknet reads', () => {
    expectError(cfg(`${CONV}\n[maxpol]\nsize=2\n`), 'RF322', '[maxpol] (layer 1): unknown section; did you mean `maxpool`?', 11, 1);
    expectError(cfg('[transformer]\n'), 'RF322', '[transformer] (layer 0): unknown section; see docs/darknet.md for the sections rflint reads', 5, 1);
  });

  it('RF323: an unknown key, with the nearest key the section reads', () => {
    expectError(cfg(`${CONV}  strides = 2\n`), 'RF323', '[convolutional] (layer 0): unknown key `strides`; did you mean `stride`?', 10, 3);
    expectError(cfg('[avgpool]\nsize=2\n'), 'RF323', '[avgpool] (layer 0): unknown key `size`; [avgpool] takes no keys of its own', 6, 1);
    expectError('[net]\nwidht=416\n' + CONV, 'RF323', '[net]: unknown key `widht`; did you mean `width`?', 2, 1);
    expectError(cfg(`${CONV}foo=1\n`), 'RF323', '[convolutional] (layer 0): unknown key `foo`; remove it (Darknet ignores it)', 10, 1);
  });

  it('RF324: a value of the wrong type or range, at the value', () => {
    expectError(cfg('[convolutional]\nsize = three\n'), 'RF324', '[convolutional] (layer 0): `size` must be an integer, got `three`', 6, 8);
    expectError(cfg('[maxpool]\nsize=0\n'), 'RF324', '[maxpool] (layer 0): `size` must be an integer ≥ 1, got 0', 6, 6);
    expectError(cfg(`${CONV}\n[upsample]\nstride=0\n`), 'RF324', '[upsample] (layer 1): `stride` must not be 0 (2 doubles the size, −2 halves it)', 12, 8);
    expectError(cfg(`${CONV}\n[route]\nlayers=0\ngroups=2\ngroup_id=2\n`), 'RF324', '[route] (layer 1): `group_id` must be below `groups` (2), got 2', 14, 10);
    expectError(cfg('[crop]\ncrop_height=100\ncrop_width=32\n'), 'RF324', '[crop] (layer 0): `crop_height` is 100, larger than its input (64); crop to at most the input size', 5, 1);
    expectError(cfg('[route]\nlayers=-1,x\n'), 'RF324', '[route] (layer 0): `layers` must be an integer, got `x`', 6, 8);
  });

  it('RF325: a key the section needs', () => {
    expectError(cfg(`${CONV}\n[route]\n`), 'RF325', '[route] (layer 1): missing `layers`; add it, e.g. `layers=-1,61`', 11, 1);
    expectError(cfg(`${CONV}\n[shortcut]\nactivation=linear\n`), 'RF325', '[shortcut] (layer 1): missing `from`; add it, e.g. `from=-3`', 11, 1);
  });

  it('RF326: a reference to a layer that is not before this one', () => {
    expectError(cfg(`${CONV}\n[route]\nlayers = -1, 5\n`), 'RF326', '[route] (layer 1): `layers` names 5, which is not a layer before this one; use −1…−1 or 0…0', 12, 10);
    expectError(cfg(`${CONV}\n[shortcut]\nfrom=-3\n`), 'RF326', '[shortcut] (layer 1): `from` names -3 (layer -2), which is not a layer before this one; use −1…−1 or 0…0', 12, 6);
    expectError(cfg('[route]\nlayers=-1\n'), 'RF326', '[route] (layer 0): `layers` names -1 (layer -1), which is not a layer before this one; no layer comes before it', 6, 8);
  });

  it('RF327: a layer with no fixed geometry', () => {
    expectError(cfg(`${CONV}\n[lstm]\noutput=8\n`), 'RF327', '[lstm] (layer 1): rflint cannot map a [lstm] layer to positions (recurrent and implicit layers have no fixed geometry); remove it from the file rflint checks, or check an ONNX export instead', 11, 1);
  });

  it('RF328 and RF329: too large, not text', async () => {
    const bytes = new TextEncoder().encode(cfg(CONV));
    const source = (data: Uint8Array) => ({ path: 'big.cfg', size: data.length, read: async (o: number, n: number) => data.subarray(o, o + n) });
    const big = await darknetLoader.load(source(bytes), { limits: { ...DEFAULT_LIMITS, maxFileBytes: 10 } });
    expect(big.diagnostics).toMatchObject([{ code: 'RF328', message: `the file is ${bytes.length} bytes, over the 10-byte limit for model files; is it really a Darknet cfg?`, line: 1, column: 1, file: 'big.cfg' }]);
    const binary = await darknetLoader.load(source(new Uint8Array([0x5b, 0x6e, 0x65, 0x74, 0x5d, 0xff, 0xfe])), { limits: DEFAULT_LIMITS });
    expect(binary.diagnostics).toMatchObject([{ code: 'RF329', message: 'the file is not UTF-8 text; a Darknet cfg is a text file', line: 1, column: 1 }]);
  });

  it('RF330: a key given twice is a warning; Darknet reads the first', () => {
    const result = load(cfg('[convolutional]\nsize=3\nsize=5\npad=1\n'));
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', code: 'RF330', message: '[convolutional] (layer 0): `size` is given again; Darknet reads the first (line 6), remove one', line: 7, column: 1 }]);
    expect(model(result).graph.nodes[1]!.op).toMatchObject({ kernel: [3, 3] });
  });

  it('RF331: a crop without an input size', () => {
    expectError(cfg('[crop]\ncrop_height=32\ncrop_width=32\n', 'channels=3'), 'RF331', '[crop] (layer 0): a crop\'s offset depends on the size of its input; give `width` and `height` in [net], or --input-size', 3, 1);
  });

  it('RF332 and RF333: no layers, too many layers', () => {
    expectError('[net]\nwidth=416\nheight=416\n', 'RF332', "there are no layers after [net]; add the network's sections ([convolutional], …)", 1, 1);
    const result = load(cfg('[dropout]\n'.repeat(4)), { limits: { ...DEFAULT_LIMITS, maxNodes: 3 } });
    expect(onlyError(result)).toMatchObject({ code: 'RF333', message: 'more than 3 layers (the limit); is the file generated by mistake?', line: 8 });
  });

  it('RF334: a channel-attention gate warns once, at the first gate, and the head is global', () => {
    const text = cfg(`${CONV}\n[avgpool]\n\n[convolutional]\nsize=1\nfilters=8\n\n[scale_channels]\nfrom=-3\n\n[yolo]\n`);
    const result = load(text);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', code: 'RF334', line: 17, column: 1 }]);
    expect(result.diagnostics[0]!.message).toContain('[scale_channels] (layer 3) scales its input by a channel-attention gate (layer 2)');
    expect(load(text, { channelAttentionPointwise: true }).diagnostics).toEqual([]);
  });

  it('problems in different sections are all reported, in file order', () => {
    const result = load(cfg('[convolutional]\nsize=0\n\n[maxpol]\n\n[route]\nlayers=9\n'));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['RF324', 6], ['RF322', 8], ['RF326', 11]]);
  });
});
