/** What a user sees for a bad OpenVINO IR: the code, the message, the line and column; and the limits. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { input, ir, load, onlyError, result } from './helpers.js';

const good = ir([input(), { name: 'r', type: 'ReLU', from: ['data'], out: [[1, 3, 64, 64]] }, result('r')]);

describe('OpenVINO IR errors', () => {
  it.each([
    ['not well-formed XML', '<net version="11">\n<layers>\n</net>', 'RF620', 3, 7, 'unexpected close tag'],
    ['an undefined entity', '<net version="11">&boom;</net>', 'RF620', 1, 25, 'undefined entity'],
    ['another root', '<model version="11"><layers/><edges/></model>', 'RF621', 1, 1, 'the root element is <model>'],
    ['a legacy IR v7', '<net version="7" name="x"><layers/><edges/></net>', 'RF621', 1, 6, 'IR version 7'],
    ['no edges', '<net version="11"><layers/></net>', 'RF621', 1, 1, '<net> has no <edges>'],
    ['a layer without id', good.replace('<layer id="0"', '<layer'), 'RF622', 4, 3, 'layer "data" has no `id`'],
    ['a duplicate id', good.replace('<layer id="1"', '<layer id="0"'), 'RF622', 7, 10, 'layer id 0 is used twice'],
    ['a dim that is not a size', good.replace('<dim>64</dim>', '<dim>sixty</dim>'), 'RF622', 5, 127, '<dim>sixty</dim>'],
    ['an edge to a missing layer', good.replace('to-layer="1"', 'to-layer="9"'), 'RF624', 15, 3, 'to-layer="9"'],
    ['an unconnected input', good.replace(/<edge from-layer="0"[^>]*>/, ''), 'RF624', 8, 11, 'input port 0 of "r" (ReLU) has no edge into it'],
    ['a bad stride', ir([input(), { name: 'c', type: 'Convolution', from: ['data', 'const:8,3,3,3'], data: { strides: '0,2', dilations: '1,1', pads_begin: '0,0', pads_end: '0,0' }, out: [[1, 8, 62, 31]] }, result('c')]), 'RF623', 11, 10, '`strides="0,2"` should be 2 integers ≥ 1'],
    ['no Result', ir([input(), { name: 'r', type: 'ReLU', from: ['data'], out: [[1, 3, 64, 64]] }]), 'RF632', 4, 3, 'no Result layer'],
  ])('%s', (_what, text, code, line, column, message) => {
    const e = onlyError(load(text));
    expect(e.message).toContain(message);
    expect([e.code, e.line, e.column]).toEqual([code, line, column]);
    expect(e.file).toBe('model.xml');
  });

  it('an XML bomb (entities in a DOCTYPE) is refused before any entity is expanded', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<net version="11">&lol9;</net>\n`;
    const started = Date.now();
    const e = onlyError(load(bomb));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(e).toMatchObject({ code: 'RF629', line: 13 });
    expect(e.message).toContain('document type declaration');
  });

  it('nesting and element counts over the limits are refused while parsing', () => {
    const deep = `<net version="11">${'<a>'.repeat(100)}${'</a>'.repeat(100)}</net>`;
    expect(onlyError(load(deep))).toMatchObject({ code: 'RF629', line: 1 });
    const many = `<net version="11"><layers>${'<layer/>'.repeat(3000)}</layers><edges/></net>`;
    expect(onlyError(load(many, { limits: { ...DEFAULT_LIMITS, maxNodes: 40 } })).message).toContain('XML elements (the limit)');
    expect(onlyError(load(`<net version="11"><layers>${'<layer/>'.repeat(50)}</layers><edges/></net>`, { limits: { ...DEFAULT_LIMITS, maxNodes: 40 } }))).toMatchObject({ code: 'RF629' });
  });
});
