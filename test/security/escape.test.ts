/**
 * report/escape.ts, by property: for any text at all (full Unicode, and text built from the
 * characters each syntax cares about), each function's output is inert in its target syntax.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annotationText,
  clip,
  htmlText,
  logLines,
  markdownCode,
  markdownText,
  MERMAID_LABEL_LIMIT,
  mermaidLabel,
  NAME_LIMIT,
  plainText,
  sarifText,
  xmlText,
} from '../../src/report/escape.js';

/** Text made of what breaks things: syntax characters, line breaks, controls, bidi, mentions. */
const PIECES = ['<', '>', '&', '"', "'", '|', '`', '[', ']', '(', ')', '*', '_', '\\', '!', '#', '@', ':', '/', '%', '\n', '\r', '\u2028', '\t', '\x1b', '\x00', '\x7f', '\u0085', '\u202E', '\u2066', '\u200F', '\uFEFF', 'www.', '://', '::', '##[', ' ', 'a', 'Z', '9', 'é', '😀', '%0A', 'javascript:'];
const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((p) => p.join('')));
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

describe('escape.ts, for any text', () => {
  it('clip keeps at most `max` code points and the whole text when it fits', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const out = clip(text, max);
        expect([...out].length).toBeLessThanOrEqual(max);
        if ([...text].length <= max) expect(out).toBe(text);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
  });

  it('markdownText: one line, no HTML, no table break, no unescaped link bracket, no mention, no bidi', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = markdownText(text);
        expect(out).not.toMatch(/[<>\n\r|]|(?<!\\)`/);
        expect(out).not.toMatch(CONTROLS);
        expect(out).not.toMatch(BIDI);
        expect(out).not.toMatch(/(?<!\\)[[\]()]/);
        expect(out.replace(/&#124;/g, '')).not.toMatch(/[@#](?!\u200D)/);
        expect(out).not.toMatch(/:\/\/|www\./i);
        // Every `&` starts an entity we wrote.
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#124;)/);
        expect(markdownCode(text)).toBe(`<code>${out}</code>`);
      }),
    );
  });

  it('plainText and the SVG/HTML escapes: one visible line, no markup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const out of [plainText(text), htmlText(text), xmlText(text)]) {
          expect(out).not.toMatch(CONTROLS);
          expect(out).not.toMatch(BIDI);
        }
        expect(htmlText(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
        expect(xmlText(text)).not.toMatch(/[<>"'\uFFFE\uFFFF]|&(?!amp;|lt;|gt;|quot;|apos;)/);
        expect([...plainText(text)].length).toBeLessThanOrEqual(NAME_LIMIT * 8);
      }),
    );
  });

  it('mermaidLabel: one quoted string of safe characters, never a fence, a quote or a directive', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = mermaidLabel(text);
        expect(out).toMatch(/^"[\p{L}\p{N} ._:/+\-…()]*"$/u);
        expect(out).not.toMatch(BIDI);
        expect([...out].length).toBeLessThanOrEqual(MERMAID_LABEL_LIMIT + 2);
      }),
    );
  });

  it('logLines: no line starts a workflow command, none holds `##[`; only those are changed', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = logLines(text);
        for (const line of out.split('\n')) {
          expect(line.trimStart().startsWith('::')).toBe(false);
          expect(line).not.toContain('##[');
        }
        expect(out.replace(/\u200B/g, '')).toBe(text.replace(/\u200B/g, '').split(/\r\n|[\r\n]/).join('\n'));
      }),
    );
  });

  it('sarifText and annotationText: no bidi, brackets escaped for SARIF, length bounded', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const sarif = sarifText(text);
        expect(sarif).not.toMatch(BIDI);
        expect(sarif.replace(/\\[\\[\]]/g, '')).not.toMatch(/[[\]]/);
        const annotation = annotationText(text);
        expect(annotation).not.toMatch(BIDI);
        expect(annotation).not.toMatch(/\x1b/);
      }),
    );
  });
});
