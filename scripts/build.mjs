// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both are ESM: package.json says "type": "module", and @actions/* 3+/9+ are ESM-only.
// RFLINT_DIST=DIR builds elsewhere (tests read the same variable), so parallel work never
// overwrites the committed bundle halfway.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = process.env.RFLINT_DIST || 'dist';
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(entry, file, shebang) {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-build-'));
  try {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', '--no-source-map-register', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' });
    let code = readFileSync(join(dir, 'index.js'), 'utf8').replace(/^#!.*\n/, '');
    if (shebang) code = '#!/usr/bin/env node\n' + code;
    writeFileSync(join(out, file), code);
    if (shebang) chmodSync(join(out, file), 0o755);
    // Third-party licences travel with the bundle that contains their code.
    if (existsSync(join(dir, 'licenses.txt'))) renameSync(join(dir, 'licenses.txt'), join(out, file.replace(/\.js$/, '.licenses.txt')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The schemas' validators first (src/generated/, committed): the bundles import them.
execFileSync(process.execPath, [join('scripts', 'gen-validators.mjs')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
bundle('src/action/index.ts', 'index.js', false);
bundle('src/cli/index.ts', 'cli.js', true);
