// `npm run bench [-- FILTER]`. Builds the bundles into a temp folder (the whole-process rows run
// them as users do: `node dist/cli.js …`, the action's dist/index.js), then runs bench/run.ts
// bundled by ncc like the shipped code (TypeScript compiled, no loader hooks in the hot path).
// `api` runs only the action's API budget (bench/action-api.ts). A FILTER other than `process`
// or `api` runs only the in-process benchmarks it names (no build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'rflint-bench-'));
try {
  const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const dist = join(dir, 'dist');
  const env = { ...process.env };
  if (filter === '' || filter === 'process' || filter === 'api') {
    process.stderr.write('building the bundles…\n');
    execFileSync(process.execPath, [join('scripts', 'build.mjs')], { stdio: 'inherit', env: { ...process.env, RFLINT_DIST: dist } });
    env.RFLINT_BENCH_DIST = dist;
  }
  execFileSync(process.execPath, [ncc, 'build', 'bench/run.ts', '-o', join(dir, 'bench'), '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['--expose-gc', join(dir, 'bench', 'index.js'), ...process.argv.slice(2)], { stdio: 'inherit', env });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
