// Runs bench/run.ts as the action runs its code: bundled by ncc (TypeScript compiled, no
// loader hooks in the hot path), so the figures are those of the shipped bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'rflint-bench-'));
try {
  const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', 'bench/run.ts', '-o', dir, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['--expose-gc', join(dir, 'index.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
