/** docs/ultralytics.md: its workflow's rules parse, and hold a fixture the way the page says. */
import { cpSync, mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRules } from '../../../src/check/rules.js';
import { runCheck } from '../../../src/check/run.js';

const page = readFileSync('docs/ultralytics.md', 'utf8');
const workflow = /```yaml\n([\s\S]*?)```/.exec(page)![1]!;

describe('docs/ultralytics.md', () => {
  it('its workflow’s rules check a YOLOv8-style file at scale m: P5 and the P3 outputs', async () => {
    const step = (parse(workflow) as { jobs: { rflint: { steps: { with?: { rules?: string } }[] } } }).jobs.rflint.steps[1]!;
    const { rules, diagnostics } = parseRules(step.with!.rules!, 'rules');
    expect(diagnostics).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'rflint-ultralytics-'));
    mkdirSync(join(dir, 'models'));
    cpSync('test/fixtures/ultralytics/v8-like.yaml', join(dir, 'models/yolov8-custom.yaml'));
    const report = await runCheck({ cwd: dir, patterns: ['models/*.yaml'], rules });
    const file = report.files[0]!;
    // Nearest upsampling (PyTorch: floor) shifts the upsampled path's centre against the lateral
    // one at odd positions, but the upsampled path's RF contains the lateral's: by design, no RF020.
    expect(file.diagnostics).toEqual([]);
    expect(file.assumptions ?? []).toEqual([]);
    expect(file.outputs.filter((o) => o.status !== 'unchecked').map((o) => [o.name, o.rf?.[0], o.status])).toEqual([
      ['P3', 1055, 'pass'],
      ['P3.box', 1087, 'pass'],
      ['P5', 1471, 'fail'],
    ]);
  });
});
