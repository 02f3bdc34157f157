/**
 * src/generated/ holds the schemas' validators compiled at build time (scripts/gen-validators.mjs).
 * Like dist/, it is committed: this checks it is what the schemas give today, so a schema edited
 * without `npm run build` fails here instead of validating against the old schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const GENERATED = join(REPO, 'src', 'generated');
const fresh = mkdtempSync(join(tmpdir(), 'rflint-generated-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('src/generated', () => {
  execFileSync(process.execPath, ['scripts/gen-validators.mjs', fresh], { cwd: REPO, stdio: 'pipe' });
  const files = readdirSync(fresh).sort();

  it('has a validator for every schema, and no other file', () => {
    const schemas = readdirSync(join(REPO, 'schema')).filter((f) => f.endsWith('.schema.json'));
    expect(files).toEqual(schemas.flatMap((f) => [f.replace('.schema.json', '-schema.d.ts'), f.replace('.schema.json', '-schema.js')]).sort());
    expect(readdirSync(GENERATED).sort()).toEqual(files);
  });

  it.each(files)('%s matches the schemas (run `npm run build` after editing schema/)', (file) => {
    expect(readFileSync(join(GENERATED, file), 'utf8')).toBe(readFileSync(join(fresh, file), 'utf8'));
  });

  it('loads none of ajv but its runtime helpers', () => {
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const specifiers = [...readFileSync(join(fresh, file), 'utf8').matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier).toMatch(/^ajv\/dist\/runtime\//);
    }
  });
});
