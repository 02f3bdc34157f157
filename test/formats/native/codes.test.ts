/** The RF1xx codes are a contract: unique, in range, and each documented in docs/format.md. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CODES } from '../../../src/formats/native/index.js';

it('every native-format code is unique, RF1xx, and listed in docs/format.md', () => {
  const codes = Object.values(CODES);
  expect(new Set(codes).size).toBe(codes.length);
  const docs = readFileSync('docs/format.md', 'utf8');
  for (const code of codes) {
    expect(code).toMatch(/^RF1\d\d$/);
    expect(docs).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  }
});
