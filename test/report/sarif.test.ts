import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/report/sarif.js';
import { SAMPLE } from './sample-report.js';

describe('toSarif', () => {
  const sarif = toSarif(SAMPLE, { toolVersion: '1.2.3' });
  const run = sarif.runs[0]!;

  it('is one SARIF 2.1.0 run with a rule per code', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'rflint', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['RF020', 'RF101', 'RF404', 'RF410']);
    expect(run.tool.driver.rules[3]!.shortDescription.text).toBe('the RF is smaller than min_rf');
  });

  it('gives every result its rule, level and region; failures sit on the output line', () => {
    expect(run.results).toHaveLength(4);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const failure = run.results.find((r) => r.ruleId === 'RF410')!;
    expect(failure).toMatchObject({ level: 'error', message: { text: expect.stringMatching(/^up: RF 212 < min_rf 256/) } });
    expect(failure.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'models/seg.rf.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 20, startColumn: 5 } });
    const broken = run.results.find((r) => r.ruleId === 'RF101')!;
    expect(broken.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'broken%20model.rf.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 13 },
    });
    expect(run.results.find((r) => r.ruleId === 'RF404')).toMatchObject({ level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'rules.yaml' } } }] });
  });
});
