/**
 * The README's snippets are documentation users copy: the model file must load and pass its
 * own threshold with the numbers its comment implies, and the rules and workflows must parse.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRules } from '../src/check/rules.js';
import { runCheck } from '../src/check/run.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const first = blocks('sh')[0]!;
    expect(first).toMatch(/^npm ci && npm start\b/m);
    expect(first).toMatch(/^npm test\b/m);
  });

  it('its model file loads and passes: stem 7/2 → pool 3/2 gives RF 11 at stride 4, kept by ×4 nearest upsampling', async () => {
    const model = blocks('yaml').find((b) => /^rflint: 1$/m.test(b))!;
    const dir = mkdtempSync(join(tmpdir(), 'rflint-readme-'));
    writeFileSync(join(dir, 'tiny.rf.yaml'), model);
    const report = await runCheck({ cwd: dir, patterns: ['tiny.rf.yaml'] });
    expect(report.files[0]!.diagnostics).toEqual([]);
    expect(report.files[0]!.outputs[0]).toMatchObject({ name: 'seg', rf: [11, 11], stride: [1, 1], status: 'pass' });
  });

  it('its sharding workflow: a matrix of 4 shards uploads one report each, and one job merges them', () => {
    type Step = { uses?: string; id?: string; with?: Record<string, unknown> };
    type Job = { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] };
    const text = blocks('yaml').find((b) => b.includes('merge-reports:'))!;
    const { jobs } = parse(text) as { jobs: Record<string, Job> };
    const [shardName, shardJob] = Object.entries(jobs).find(([, j]) => j.strategy)!;
    expect(shardJob.strategy!.matrix.shard).toEqual([1, 2, 3, 4]);
    const check = shardJob.steps.find((s) => s.with?.shard)!;
    expect(check.with).toMatchObject({ shard: '${{ matrix.shard }}/4', comment: 'never' });
    const upload = shardJob.steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload.with).toMatchObject({ name: 'rflint-report-${{ matrix.shard }}', path: `\${{ steps.${check.id}.outputs.report }}` });
    const merge = Object.values(jobs).find((j) => j.needs === shardName)!;
    const download = merge.steps.find((s) => s.uses === 'actions/download-artifact@v4')!;
    expect(download.with).toMatchObject({ pattern: 'rflint-report-*', path: 'reports', 'merge-multiple': true });
    expect(merge.steps.find((s) => s.with?.['merge-reports'])!.with).toEqual({ 'merge-reports': 'reports/*.json' });
  });

  it('its HTML report workflow: html-report on, and the page uploaded from its output even when the step fails', () => {
    type Step = { uses?: string; id?: string; if?: string; with?: Record<string, unknown> };
    const steps = parse(blocks('yaml').find((b) => b.includes('html-report: true'))!) as Step[];
    const check = steps.find((s) => s.with?.['html-report'] === true)!;
    const upload = steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload.with).toEqual({ name: 'rflint-report', path: `\${{ steps.${check.id}.outputs.html-report }}` });
    expect(upload.if).toContain('!cancelled()');
  });

  it('its workflows are valid YAML, and every `rules:` input parses without a diagnostic', () => {
    const workflows = blocks('yaml').filter((b) => /^jobs:/m.test(b));
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    for (const text of workflows) {
      const workflow = parse(text) as { jobs: Record<string, { steps: { with?: { rules?: string } }[] }> };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (step.with?.rules) expect(parseRules(step.with.rules, 'rules').diagnostics).toEqual([]);
        }
      }
    }
  });
});
