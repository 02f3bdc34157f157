/**
 * The built action, run as the runner runs it, against a stateful GitHub REST harness.fake on 127.0.0.1.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionHarness, type HarnessRun, pullRequestPayload, writeWorkspace } from './run-action.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 7;
const MARKER = '<!-- rflint:. -->';

/** RF 7, stride 2 (docs/design.md §4.1): passes min_rf 7, fails min_rf 100. */
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

const workspace = (files: Record<string, string>): string => writeWorkspace(files, 'rflint-ws-');

const harness = actionHarness();

function onPullRequest(ws: string, inputs: Record<string, string> = {}): HarnessRun {
  return { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(PR, HEAD, BASE), inputs };
}

const commentWrites = () => harness.fake.requests.filter((r) => r.path.includes('/comments') && r.method !== 'GET');

describe('the action on a pull request', () => {
  it('creates one comment on the first run, updates it on the second, and turns green when the model is fixed', async () => {
    const ws = workspace({ 'models/det.rf.yaml': model(100) });

    const first = await harness.run(onPullRequest(ws));
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ passed: '0', failed: '1', errors: '0', warnings: '0', 'min-rf': '7' });
    expect(first.outputs.summary).toBe('rflint: 1 output in 1 file: 0 passed, 1 failed, 0 errors, 0 warnings; smallest RF 7');
    expect(first.stdout).toContain('::error::rflint: 1 output failed its threshold; see the annotations and the job summary.');
    const failed = first.annotations.find((a) => a.properties.title?.includes('head'));
    expect(failed).toMatchObject({ level: 'error', properties: { file: 'models/det.rf.yaml', line: '7' } });
    expect(failed?.message).toContain('RF 7 < min_rf 100');
    expect(harness.fake.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const comments = harness.fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 100 | ❌ fail');
    expect(comments[0]!.body).toContain(`https://github.com/octo-org/models/blob/${HEAD}/models/det.rf.yaml`);
    expect(first.summary).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 100 | ❌ fail');
    expect(first.summary).not.toContain(MARKER);
    // The report output is the JSON report in RUNNER_TEMP, with where it came from.
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ version: 1, summary: { failed: 1 }, github: { repository: 'octo-org/models', event: 'pull_request', pullRequest: PR, headSha: HEAD } });

    const second = await harness.run(onPullRequest(ws));
    expect(second.code).toBe(1);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
    expect(harness.fake.requestsTo('PATCH', new RegExp(`/issues/comments/${comments[0]!.id}$`))).toHaveLength(1);

    writeFileSync(join(ws, 'models/det.rf.yaml'), model(7));
    const fixed = await harness.run(onPullRequest(ws));
    expect(fixed.code).toBe(0);
    expect(fixed.outputs).toMatchObject({ passed: '1', failed: '0', errors: '0' });
    expect(fixed.annotations.filter((a) => a.level === 'error')).toEqual([]);
    // `comment: changes` has nothing new to say, but still updates the comment: no stale red.
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(harness.fake.commentsOn(PR)[0]!.body).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 7 | ✅ pass');
    expect(harness.fake.requestsTo('PATCH', /\/issues\/comments\//)).toHaveLength(2);
  });

  it('writes the status badge (SVG and endpoint JSON) into the workspace, with outputs', async () => {
    const ws = workspace({ 'models/det.rf.yaml': model(100), 'models/ok.rf.yaml': model(7) });
    const run = await harness.run(onPullRequest(ws, { 'badge-path': 'badges/rflint.svg', 'badge-json-path': 'badges/rflint.json' }));
    expect(run.code).toBe(1);
    expect(run.outputs.badge).toBe(join(ws, 'badges/rflint.svg'));
    expect(readFileSync(join(ws, 'badges/rflint.svg'), 'utf8')).toContain('<title>receptive field: 1/2 pass</title>');
    expect(JSON.parse(readFileSync(join(ws, 'badges/rflint.json'), 'utf8'))).toEqual({ schemaVersion: 1, label: 'receptive field', message: '1/2 pass', color: 'red' });
    const minRf = await harness.run(onPullRequest(ws, { 'badge-json-path': 'b.json', 'badge-value': 'min-rf' }));
    expect(JSON.parse(readFileSync(join(ws, 'b.json'), 'utf8'))).toMatchObject({ label: 'min RF', message: '7 px' });
    expect(minRf.outputs['badge-json']).toBe(join(ws, 'b.json'));
    const outside = await harness.run(onPullRequest(ws, { 'badge-path': '../../elsewhere.svg' }));
    expect(outside.code).toBe(1);
    expect(outside.stdout).toContain("Input 'badge-path' is");
  });

  it('does not post a passing report with comment: changes when no comment exists yet', async () => {
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(7) })));
    expect(run.code).toBe(0);
    expect(commentWrites()).toEqual([]);
    expect(harness.fake.requestsTo('GET', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(run.summary).toContain('✅ 1 of 1 output passed');
  });

  it('on a fork (403 on the comment) still exits with the verdict, warns once and writes the summary', async () => {
    harness.fake.forbidCommentWrites = true;
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(100) })));
    expect(run.code).toBe(1);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('read-only (HTTP 403)');
    expect(warnings[0]!.message).toContain('workflow_run');
    expect(run.stdout).toContain('::error::rflint: 1 output failed its threshold');
    expect(run.summary).toContain('❌ 1 of 1 output failed');
    expect(run.outputs.failed).toBe('1');
    // A 403 is not retried.
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
  });

  it('retries one 502 and posts the comment', async () => {
    harness.fake.failNext(502, (method, path) => method === 'POST' && path.endsWith('/comments'));
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(100) })));
    expect(run.code).toBe(1);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(2);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('finds its comment among 150 others (several pages) and posts no duplicate', async () => {
    harness.fake.seedComments(PR, 120);
    harness.fake.seedComments(PR, 1, () => `${MARKER}\n## rflint: an old report`, 'github-actions[bot]');
    harness.fake.seedComments(PR, 29);
    const ours = harness.fake.commentsOn(PR)[120]!;
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(100) })));
    expect(run.code).toBe(1);
    expect(harness.fake.commentsOn(PR)).toHaveLength(150);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toEqual([]);
    expect(harness.fake.requestsTo('PATCH', new RegExp(`/issues/comments/${ours.id}$`))).toHaveLength(1);
    expect(ours.body).toContain('RF ≥ 100');
    const pages = harness.fake.requestsTo('GET', /\/issues\/7\/comments$/).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('keeps one comment per working directory', async () => {
    const ws = workspace({ 'a/m.rf.yaml': model(100), 'b/m.rf.yaml': model(100) });
    await harness.run(onPullRequest(ws, { 'working-directory': 'a' }));
    await harness.run(onPullRequest(ws, { 'working-directory': 'b' }));
    await harness.run(onPullRequest(ws, { 'working-directory': 'a' }));
    const bodies = harness.fake.commentsOn(PR).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual(['<!-- rflint:a -->', '<!-- rflint:b -->']);
  });

  it('renders a hostile output name from a model file harmlessly in the comment', async () => {
    const hostile = model(100).replace('name: head', 'name: "<img src=x>|@octocat"');
    await harness.run(onPullRequest(workspace({ 'models/x.rf.yaml': hostile })));
    const body = harness.fake.commentsOn(PR)[0]!.body;
    const row = body.split('\n').find((l) => l.includes('octocat'))!;
    expect(row.startsWith('| &lt;img src=x&gt;&#124;@\u200Doctocat | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 100 | ❌ fail')).toBe(true);
    expect(body).not.toMatch(/<img|@octocat/);
  });

  it('shows the RF change against the base, fetched through the contents API', async () => {
    harness.fake.contents.set(`${BASE}:models/det.rf.yaml`, new TextEncoder().encode(model(7, 5)));
    harness.fake.pullFiles.set(PR, [{ filename: 'models/det.rf.yaml', status: 'modified' }, { filename: 'models/new.rf.yaml', status: 'added' }]);
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(7), 'models/new.rf.yaml': model(7) })));
    expect(run.code).toBe(0);
    // Base: kernel 5 then 3 → RF 5 + 2·2 = 9; head RF 7. A change is something to report.
    const body = harness.fake.commentsOn(PR)[0]!.body;
    expect(body).toContain('Δ RF vs base');
    expect(body).toMatch(/\| head \| 7 × 7 \|.*\| −2 × −2 \|/);
    expect(body).toMatch(/\| head \| 7 × 7 \|.*\| new \|/);
    // Issue 11: the changed output's growth chart (head, min_rf, base) and its table, c1 marked.
    expect(body).toContain('#### <code>head</code>: changed');
    expect(body).toContain('```mermaid\nxychart-beta\n    title "RF growth: head"\n    x-axis ["input", "c1", "c2"]');
    expect(body).toContain('    line [1, 3, 7]\n    line [7, 7, 7]\n    line [1, 5, 9]\n```');
    expect(body).toMatch(/\| \*\*c1\*\* \| \*\*conv\*\* \| \*\*3\*\* \| \*\*2\*\* \|.* ◀ changed \|/);
    expect(body).toMatch(/\| c2 \| conv \| 3 \| 1 \| 1 \| 2 \| 7 \|.*\|  \|/);
    const fetched = harness.fake.requestsTo('GET', /\/contents\//);
    expect(fetched.map((r) => r.query.get('ref'))).toEqual([BASE, BASE]);
    expect(fetched[0]!.headers.accept).toMatch(/^application\/vnd\.github(\.v3)?\.raw/);
  });

  it('html-report: writes the page to RUNNER_TEMP with the base side by side, sets its output, links the artifacts', async () => {
    harness.fake.contents.set(`${BASE}:models/det.rf.yaml`, new TextEncoder().encode(model(7, 5)));
    harness.fake.pullFiles.set(PR, [{ filename: 'models/det.rf.yaml', status: 'modified' }]);
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(7) }), { 'html-report': 'true', comment: 'always' }));
    expect(run.code).toBe(0);
    const path = run.outputs['html-report']!;
    expect(path).toMatch(/[\\/]temp[\\/]rflint-[^\\/]+[\\/]rflint-report\.html$/);
    const page = readFileSync(path, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<caption>head: base and this change</caption>');
    expect(page).toContain('<tr><th scope="row">RF</th><td>9×9</td><td>7×7</td></tr>');
    // The windows the canvas draws: the head's (−3 … 3) and the base's (its 5-wide c1, padding 1: −3 … 5).
    const data = JSON.parse(/<script type="application\/json" id="rflint-data">([^<]*)<\/script>/.exec(page)![1]!);
    expect(data.outputs[0].windows[0]).toMatchObject({ period: 1, step: 2, lo: [-3], hi: [3], inputSize: 64, outputSize: 32 });
    expect(data.outputs[0].base.windows[0]).toMatchObject({ period: 1, step: 2, lo: [-3], hi: [5] });
    const link = '[this run\'s artifacts](https://github.com/octo-org/models/actions/runs/4242#artifacts)';
    expect(run.summary).toContain(link);
    expect(harness.fake.commentsOn(PR)[0]!.body).toContain(link);
    // Without the input: no page, no link.
    const plain = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(7) }), { comment: 'always' }));
    expect(plain.outputs['html-report']).toBeUndefined();
    expect(plain.summary).not.toContain('#artifacts');
  });

  it('with changed-only checks only the files the pull request changes', async () => {
    harness.fake.pullFiles.set(PR, [
      { filename: 'models/changed.rf.yaml', status: 'modified' },
      { filename: 'models/gone.rf.yaml', status: 'removed' },
      { filename: 'README.md', status: 'modified' },
    ]);
    const ws = workspace({ 'models/changed.rf.yaml': model(7), 'models/untouched.rf.yaml': model(100) });
    const run = await harness.run(onPullRequest(ws, { 'changed-only': 'true' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['models/changed.rf.yaml']);
    expect(harness.fake.requestsTo('GET', /\/pulls\/7\/files$/)[0]!.query.get('per_page')).toBe('100');
  });

  it('applies the rules input and min-rf on top of the file thresholds', async () => {
    const plain = model(7).replace(/, min_rf: 7/, '');
    harness.fake.pullFiles.set(PR, [{ filename: 'models/det.rf.yaml', status: 'added' }, { filename: 'models/plain.rf.yaml', status: 'added' }]);
    const ws = workspace({ 'models/det.rf.yaml': model(7), 'models/plain.rf.yaml': plain });
    const run = await harness.run(onPullRequest(ws, { rules: '- files: "models/det*"\n  min_rf: 9\n', 'min-rf': '8', comment: 'never' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '2' });
    expect(run.summary).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 9 | ❌ fail');
    expect(run.summary).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 8 | ❌ fail');
    // comment: never makes no comment request at all; only the base lookups remain.
    expect(harness.fake.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/repos/octo-org/models/contents/models/det.rf.yaml']));
    expect(harness.fake.requests.filter((r) => r.path.includes('comments'))).toEqual([]);
  });

  it('fails with one clear line on a bad input', async () => {
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(7) }), { 'fail-on': 'sometimes' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'fail-on' is 'sometimes': use one of 'error', 'warning', 'never'.");
    expect(harness.fake.requests).toEqual([]);
  });

  it('with fail-on: never exits 0 on a failing model and still reports it', async () => {
    const run = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(100) }), { 'fail-on': 'never' }));
    expect(run.code).toBe(0);
    expect(run.outputs.failed).toBe('1');
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
  });
});

describe('the action when it finds no model file', () => {
  const push = (ws: string, inputs: Record<string, string>): HarnessRun => ({ workspace: ws, eventName: 'push', payload: { ref: 'refs/heads/main', after: HEAD }, sha: HEAD, inputs });

  it('fails the step on a files glob that matches none, whatever fail-on says, naming what was searched', async () => {
    const ws = workspace({ 'models/det.rf.yaml': model(7) });
    for (const failOn of ['error', 'never']) {
      const run = await harness.run(push(ws, { files: 'model/**/*.rf.yaml', 'fail-on': failOn }));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('::error::rflint: no model file found: searched `model/**/*.rf.yaml` and found no file there.');
      expect(run.stdout).toContain("allow it (`--allow-empty`, the action's `allow-empty: true`)");
      expect(run.summary).toContain('no model file found');
    }
  });

  it('fails a crawl that meets only workflows and package.json, and passes it with allow-empty: true', async () => {
    const ws = workspace({ '.github/workflows/ci.yml': 'on: push\n', 'package.json': '{"devDependencies": {"rflint": "^0.1.0"}}' });
    const failed = await harness.run(push(ws, {}));
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('no model file found: searched `.` and found 1 file, none of them a model of a format rflint reads (`package.json`)');
    const allowed = await harness.run(push(ws, { 'allow-empty': 'true' }));
    expect(allowed.code).toBe(0);
    expect(allowed.outputs).toMatchObject({ passed: '0', failed: '0', errors: '0' });
  });
});

describe('the action on other events', () => {
  it('on push writes the summary and the outputs, and makes no API request', async () => {
    const run = await harness.run({ workspace: workspace({ 'models/det.rf.yaml': model(100) }), eventName: 'push', payload: { ref: 'refs/heads/main', after: HEAD }, sha: HEAD });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 100 | ❌ fail');
    expect(run.outputs.failed).toBe('1');
    expect(harness.fake.requests).toEqual([]);
  });

  it('checks a monorepo of 70 models, with every file in the report in order', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 70; i++) files[`models/m${String(i).padStart(2, '0')}.rf.yaml`] = model(i % 2 ? 5 : 100);
    const run = await harness.run({ workspace: workspace(files), eventName: 'push', payload: { ref: 'refs/heads/main', after: HEAD }, sha: HEAD });
    expect(run.code).toBe(1);
    expect([run.outputs.passed, run.outputs.failed]).toEqual(['35', '35']);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { files: { path: string }[] };
    expect(report.files.map((f) => f.path)).toEqual(Object.keys(files).sort());
  });

  it('annotates the most important findings within GitHub\'s limit and says how many more there are', async () => {
    const files: Record<string, string> = { 'models/det.rf.yaml': model(100) };
    for (let i = 0; i < 12; i++) files[`models/broken${String(i).padStart(2, '0')}.rf.yaml`] = 'rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 0 }\n';
    const run = await harness.run({ workspace: workspace(files), eventName: 'workflow_dispatch', payload: { inputs: {} } });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    // 9 findings + the verdict: GitHub's 10. The broken files' errors outrank the failed threshold.
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((a) => a.properties.file?.startsWith('models/broken'))).toBe(true);
    expect(errors[9]!.message).toMatch(/^rflint: 1 output failed its threshold, \d+ errors; see the annotations and the job summary\.$/);
    const more = Number(run.outputs.errors) + 1 - 9;
    expect(run.summary).toContain(`GitHub shows only 10 annotations of each kind per step: ${more} more errors are not annotated`);
    expect(run.stdout).toContain('models/det.rf.yaml:7:5: error: RF 7 < min_rf 100');
  });

  it('from-report posts the comment of an earlier run for the PR the workflow_run names', async () => {
    // The untrusted run (a fork's PR): cannot comment, writes the report.
    harness.fake.forbidCommentWrites = true;
    const checked = await harness.run(onPullRequest(workspace({ 'models/det.rf.yaml': model(100) })));
    expect(checked.code).toBe(1);
    harness.fake.forbidCommentWrites = false;
    harness.fake.requests.length = 0;

    // The trusted run: the artifact downloaded into its workspace; a fork's workflow_run lists no PR.
    const trusted = workspace({});
    copyFileSync(checked.outputs.report!, join(trusted, 'rflint-report.json'));
    harness.fake.pulls.set(PR, { number: PR, head: { sha: HEAD }, base: { sha: BASE } });
    const payload = { action: 'completed', workflow_run: { id: 99, head_sha: HEAD, event: 'pull_request', conclusion: 'failure', pull_requests: [] } };
    const run = await harness.run({ workspace: trusted, eventName: 'workflow_run', payload, inputs: { 'from-report': 'rflint-report.json', 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(harness.fake.requestsTo('GET', /\/pulls\/7$/)).toHaveLength(1);
    const comments = harness.fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('| head | 7 × 7 | 7 × 7 (σ 1.8 × 1.8) | 2 × 2 | RF ≥ 100 | ❌ fail');
    expect(comments[0]!.body).toContain(`/blob/${HEAD}/models/det.rf.yaml`);
    expect(run.summary).toContain('❌ 1 of 1 output failed');
    expect(run.outputs.failed).toBe('1');
    // No annotations from the publishing run: they belong to the run that checked.
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('from-report does not comment on a PR whose head is not the commit the run checked', async () => {
    const report = { version: 1, files: [], summary: { files: 0, outputs: 0, passed: 0, failed: 0, errors: 0, warnings: 0, minRf: null }, github: { repository: 'octo-org/models', event: 'pull_request', pullRequest: 3 } };
    const ws = workspace({ 'r.json': JSON.stringify(report) });
    harness.fake.pulls.set(3, { number: 3, head: { sha: 'c'.repeat(40) }, base: { sha: BASE } });
    const payload = { action: 'completed', workflow_run: { id: 99, head_sha: HEAD, pull_requests: [] } };
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload, inputs: { 'from-report': 'r.json' } });
    expect(run.code).toBe(0);
    expect(commentWrites()).toEqual([]);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `The report names pull request #3, whose head ccccccc is not the commit the workflow run checked (aaaaaaa): not commenting.`,
    ]);
  });

  it('shard: K/N checks its shard; merge-reports publishes the shards as one run: one comment, one badge', async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`models/m${i}.rf.yaml`, model(i % 3 === 0 ? 100 : 7)]));
    const ws = workspace(files);
    mkdirSync(join(ws, 'reports'));
    for (const k of [1, 2, 3]) {
      const run = await harness.run(onPullRequest(ws, { shard: `${k}/3`, comment: 'never', 'fail-on': 'never' }));
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
      expect(report.shard).toEqual({ index: k, count: 3 });
      expect(run.outputs.report!).toMatch(new RegExp(`rflint-report-${k}-of-3\\.json$`));
      copyFileSync(run.outputs.report!, join(ws, 'reports', `rflint-${k}.json`));
    }
    expect(commentWrites()).toEqual([]);

    const merged = await harness.run(onPullRequest(ws, { 'merge-reports': 'reports/*.json', 'badge-path': 'badge.svg' }));
    expect(merged.code).toBe(1);
    expect(merged.outputs.summary).toBe('rflint: 6 outputs in 6 files: 4 passed, 2 failed, 0 errors, 0 warnings; smallest RF 7');
    expect(merged.stdout).toContain('::error::rflint: 2 outputs failed their threshold');
    expect(harness.fake.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const comments = harness.fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    for (let i = 0; i < 6; i++) expect(comments[0]!.body).toContain(`models/m${i}.rf.yaml`);
    expect(readFileSync(join(ws, 'badge.svg'), 'utf8')).toContain('4/6 pass');
    const report = JSON.parse(readFileSync(merged.outputs.report!, 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(Object.keys(files));
    expect(report).not.toHaveProperty('shard');

    rmSync(join(ws, 'reports', 'rflint-2.json'));
    const missing = await harness.run(onPullRequest(ws, { 'merge-reports': 'reports/*.json' }));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("::error::Input 'merge-reports': shard 2/3 missing: 2 of 3 reports given");
  });

  it('from-report rejects a file that is not a report, in one line', async () => {
    const summary = { files: 0, outputs: 0, passed: 0, failed: 0, errors: 0, warnings: 0, minRf: null };
    const ws = workspace({ 'r.json': JSON.stringify({ version: 1, files: 'rm -rf /', summary }) });
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload: { workflow_run: { head_sha: HEAD, pull_requests: [] } }, inputs: { 'from-report': 'r.json' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'from-report': .*r\.json is not an rflint report: \/files must be array\./);
    expect(harness.fake.requests).toEqual([]);
  });
});
