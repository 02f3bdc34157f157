/**
 * GitHub's local runner, @github/local-action: it runs a JavaScript action from its sources by
 * importing the entrypoint, calling its exported `run()` (actions/typescript-action's
 * convention), and stubbing @actions/core with its own implementation (quibble swaps the file
 * `node_modules/@actions/core/lib/core.js`, which @actions/core 3, ESM, still has). Inputs come
 * from a dotenv file, defaults from action.yml. Its stub of `setFailed` logs the error and keeps
 * the process's exit code 0, so the verdict is read from the log.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, writeWorkspace } from './run-action.js';

function model(minRf: number): string {
  return `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: 3, stride: 2, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: head, layer: c2, min_rf: ${minRf} }
`;
}

/** `npx local-action . src/action/main.ts FILE` with the variables in FILE, as the README shows. */
async function localAction(variables: Record<string, string>): Promise<{ stdout: string; outputs: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-local-action-'));
  const envFile = join(dir, '.env');
  writeFileSync(envFile, Object.entries(variables).map(([k, v]) => `${k}=${v}`).join('\n'));
  const { stdout } = await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js'), '.', 'src/action/main.ts', envFile], {
    cwd: REPO_ROOT,
    // None of this process's GITHUB_* variables: the dotenv file is the whole runner.
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    maxBuffer: 16 << 20,
  });
  const outputs = Object.fromEntries([...stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  return { stdout, outputs };
}

describe('@github/local-action runs the action from its sources', () => {
  it('on a workspace: inputs (and action.yml defaults), outputs, the summary, the failing verdict', async () => {
    const workspace = writeWorkspace({ 'models/det.rf.yaml': model(100), 'models/ok.rf.yaml': model(7) }, 'rflint-la-ws-');
    const temp = join(workspace, '..', `${workspace.split('/').pop()}-temp`);
    mkdirSync(temp);
    const summary = join(temp, 'summary.md');
    writeFileSync(summary, '');
    const { stdout, outputs } = await localAction({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
      // Only the inputs this run sets; the others are action.yml's defaults (github-token's is an expression: none here).
      'INPUT_GITHUB-TOKEN': '',
      'INPUT_BADGE-PATH': 'badge.svg',
    });
    expect(stdout).toContain('Entrypoint');
    // The stub, not @actions/core 3, took the outputs: local-action tables what its setOutput kept.
    // (And the process exited 0 although the step failed: the real setFailed sets exit code 1.)
    expect(stdout).toMatch(/Action Outputs[\s\S]*'failed'\s*│\s*'1'\s*│/);
    expect(outputs).toMatchObject({ passed: '1', failed: '1', errors: '0', warnings: '0', 'min-rf': '7', badge: join(workspace, 'badge.svg') });
    expect(outputs.summary).toBe('rflint: 2 outputs in 2 files: 1 passed, 1 failed, 0 errors, 0 warnings; smallest RF 7');
    expect(JSON.parse(readFileSync(outputs.report!, 'utf8')).summary).toMatchObject({ passed: 1, failed: 1 });
    expect(readFileSync(join(workspace, 'badge.svg'), 'utf8')).toContain('<title>receptive field: 1/2 pass</title>');
    expect(readFileSync(summary, 'utf8')).toContain('## rflint: ❌ 1 of 2 outputs failed');
    expect(stdout).toMatch(/^::error title=rflint: output head fails its threshold,file=models\/det\.rf\.yaml,line=7/m);
    expect(stdout).toMatch(/^::error::rflint: 1 output failed its threshold; see the annotations and the job summary\.$/m);
  });
});
