/** The status badge: what it says, an SVG that parses, and shields.io's endpoint JSON. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/check/report.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../../src/report/badge.js';
import { SAMPLE } from './sample-report.js';

const withSummary = (summary: Partial<Report['summary']>): Report => ({ ...SAMPLE, summary: { ...SAMPLE.summary, ...summary } });

/** shields.io's endpoint badge: https://shields.io/badges/endpoint-badge (the fields we write). */
const ENDPOINT_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'label', 'message'],
  additionalProperties: false,
  properties: { schemaVersion: { const: 1 }, label: { type: 'string' }, message: { type: 'string', minLength: 1 }, color: { type: 'string' } },
};

/** The texts and the message's fill colour in a badge-maker SVG. */
function readSvg(svg: string): { texts: string[]; title: string; fills: string[] } {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg);
  const texts: string[] = [];
  const fills: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text') for (const t of [value].flat()) texts.push(typeof t === 'object' ? String((t as { '#text': unknown })['#text']) : String(t));
      if (key === 'rect') for (const r of [value].flat()) if ((r as { fill?: string }).fill) fills.push((r as { fill: string }).fill);
      walk(value);
    }
  };
  walk(doc);
  return { texts, title: String(doc.svg.title), fills };
}

describe('badge', () => {
  it('says passed/checked in green when everything passes, red otherwise', () => {
    expect(badgeFields(withSummary({ passed: 16, failed: 0, errors: 0 }))).toEqual({ label: 'receptive field', message: '16/16 pass', color: 'brightgreen' });
    expect(badgeFields(withSummary({ passed: 15, failed: 1, errors: 0 }))).toEqual({ label: 'receptive field', message: '15/16 pass', color: 'red' });
    expect(badgeFields(withSummary({ passed: 0, failed: 0, errors: 2, outputs: 0 }))).toEqual({ label: 'receptive field', message: '2 errors', color: 'red' });
    expect(badgeFields(withSummary({ passed: 0, failed: 0, errors: 0, outputs: 3 }))).toEqual({ label: 'receptive field', message: 'no threshold', color: 'lightgrey' });
  });

  it('shows the smallest RF, or one output, with a label of the user\'s', () => {
    expect(badgeFields(withSummary({ minRf: 427, failed: 0, errors: 0 }), { value: 'min-rf' })).toEqual({ label: 'min RF', message: '427 px', color: 'brightgreen' });
    const name = SAMPLE.files[0]!.outputs[0]!.name;
    const one = badgeFields(SAMPLE, { output: name, label: 'backbone' });
    expect(one.label).toBe('backbone');
    expect(one.message).toMatch(/^\d+ px( pass| fail)?$/);
    expect(badgeFields(SAMPLE, { output: 'nope' })).toEqual({ label: 'nope', message: 'not found', color: 'lightgrey' });
  });

  it('renders an SVG that parses as XML, with the text and colour of the report', () => {
    const green = readSvg(renderBadgeSvg({ label: 'receptive field', message: '16/16 pass', color: 'brightgreen' }));
    expect(green.title).toBe('receptive field: 16/16 pass');
    expect(green.texts).toContain('16/16 pass');
    expect(green.fills).toContain('#4b0'); // badge-maker 6's brightgreen
    const red = readSvg(renderBadgeSvg({ label: 'receptive <field>', message: '15/16 pass', color: 'red' }));
    expect(red.fills).toContain('#dd4343'); // badge-maker 6's red
    expect(red.title).toBe('receptive <field>: 15/16 pass'); // escaped in the XML, read back whole
  });

  it('writes JSON that matches shields.io\'s endpoint schema', () => {
    const json = JSON.parse(renderBadgeJson(badgeFields(withSummary({ passed: 3, failed: 0, errors: 0 }))));
    const validate = new Ajv2020({ strict: true }).compile(ENDPOINT_SCHEMA);
    expect(validate(json)).toBe(true);
    expect(json).toEqual({ schemaVersion: 1, label: 'receptive field', message: '3/3 pass', color: 'brightgreen' });
  });
});
