// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both are ESM: package.json says "type": "module", and @actions/* 3+/9+ are ESM-only.
// RFLINT_DIST=DIR builds elsewhere (tests read the same variable), so parallel work never
// overwrites the committed bundle halfway.
//
// The code imports each format's loader and each rarely used library (badge-maker, Octokit…)
// with `import()`, which ncc emits as chunk files (NNN.index.js) loaded beside the entry. The
// two builds number their chunks alike, so each bundle lives in its own folder (dist/action/,
// dist/cli/) and dist/index.js and dist/cli.js are one-line entries that import it.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const out = process.env.RFLINT_DIST || 'dist';
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

async function bundle(entry, file, folder, shebang) {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-build-'));
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', '--no-source-map-register', '--license', 'licenses.txt', '--target', 'es2022'], { maxBuffer: 64 << 20 });
    if (stderr) process.stderr.write(stderr);
    // Third-party licences travel with the bundle that contains their code.
    if (existsSync(join(dir, 'licenses.txt'))) renameSync(join(dir, 'licenses.txt'), join(out, file.replace(/\.js$/, '.licenses.txt')));
    const code = readFileSync(join(dir, 'index.js'), 'utf8').replace(/^#!.*\n/, '');
    writeFileSync(join(dir, 'index.js'), code);
    // A folder of this build's files only: chunks of an older build must not linger.
    rmSync(join(out, folder), { recursive: true, force: true });
    mkdirSync(join(out, folder), { recursive: true });
    for (const name of readdirSync(dir)) cpSync(join(dir, name), join(out, folder, name), { recursive: true });
    writeFileSync(join(out, file), `${shebang ? '#!/usr/bin/env node\n' : ''}// The ${folder === 'cli' ? 'CLI' : 'action'}: its bundle and chunks are in ${folder}/ (scripts/build.mjs).\nimport './${folder}/index.js';\n`);
    if (shebang) chmodSync(join(out, file), 0o755);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The schemas' validators first (src/generated/, committed): the bundles import them.
execFileSync(process.execPath, [join('scripts', 'gen-validators.mjs')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
// The two bundles are independent: built side by side, the build takes half the time on 2 cores.
await Promise.all([bundle('src/action/index.ts', 'index.js', 'action', false), bundle('src/cli/index.ts', 'cli.js', 'cli', true)]);
