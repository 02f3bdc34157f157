// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both are ESM: package.json says "type": "module", and @actions/* 3+/9+ are ESM-only.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(entry, out, shebang) {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-build-'));
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', '--no-source-map-register', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' });
  let code = readFileSync(join(dir, 'index.js'), 'utf8').replace(/^#!.*\n/, '');
  if (shebang) code = '#!/usr/bin/env node\n' + code;
  writeFileSync(out, code);
  if (shebang) chmodSync(out, 0o755);
  return dir;
}


rmSync('dist', { recursive: true, force: true });
execFileSync('mkdir', ['-p', 'dist']);
const actionDir = bundle('src/action/index.ts', 'dist/index.js', false);
// Third-party licences travel with the bundle that contains their code.
if (existsSync(join(actionDir, 'licenses.txt'))) renameSync(join(actionDir, 'licenses.txt'), 'dist/licenses.txt');
rmSync(actionDir, { recursive: true, force: true });
rmSync(bundle('src/cli/index.ts', 'dist/cli.js', true), { recursive: true, force: true });
