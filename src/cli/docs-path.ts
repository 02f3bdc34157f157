/**
 * Where `--help` sends the reader: docs/cli.md as installed beside this script (the package
 * ships docs/; the bundle is dist/cli/index.js, the source src/cli/docs-path.ts, both two
 * folders below the package root), else the file's place in rflint's repository.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from parts so the bundler does not take it for an asset to copy into dist/.
const FROM_HERE = ['..', '..', 'docs', 'cli.md'];

export function docsLine(): string {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), ...FROM_HERE);
  return existsSync(path) ? `Docs: ${path}` : "Docs: docs/cli.md in rflint's repository";
}
