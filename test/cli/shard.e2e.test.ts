/**
 * `--shard K/N` and `rflint merge`, run as users run them: N shards of one folder, each with
 * --format json to a file, merged, give exactly the report of one unsharded run.
 */
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, buildCli, runCli } from './cli-bundle.js';

let cli: string;
let cleanup = () => {};
let cwd: string;

// stem k/2 → 3×3: RF k+4 at stride 2; each model a different kernel, some below their min_rf.
const model = (i: number) => `rflint: 1
name: net${i}
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: ${2 * (i % 5) + 1}, stride: 2, padding: ${i % 5} }
  - { name: c1, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: feat, layer: c1, min_rf: ${i % 4 === 0 ? 99 : 3} }
`;

beforeAll(async () => {
  ({ cli, cleanup } = buildCli());
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-shard-')));
  for (let i = 0; i < 12; i++) {
    const path = join(cwd, 'models', `team${i % 3}`, `net${i}.rf.yaml`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, model(i));
  }
}, 300_000);
afterAll(async () => {
  cleanup();
  await rm(cwd, { recursive: true, force: true });
});

const rflint = (...args: string[]): Promise<Run> => runCli(cli, args, cwd);

async function shards(count: number, dir: string): Promise<void> {
  await mkdir(join(cwd, dir), { recursive: true });
  for (let k = 1; k <= count; k++) {
    const run = await rflint('models', '--shard', `${k}/${count}`, '--format', 'json');
    expect(run.stderr).toBe('');
    await writeFile(join(cwd, dir, `shard-${k}.json`), run.stdout);
  }
}

describe('rflint --shard K/N and rflint merge', () => {
  it('3 shards, merged, are the report of one unsharded run', async () => {
    const whole = await rflint('models', '--format', 'json');
    expect(whole.code).toBe(1); // net0, net4, net8 fail their min_rf 99
    await shards(3, 'reports');
    const parts = await Promise.all([1, 2, 3].map(async (k) => JSON.parse(await readFile(join(cwd, 'reports', `shard-${k}.json`), 'utf8'))));
    expect(parts.map((p) => p.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(parts.map((p) => p.files.length).reduce((a, b) => a + b)).toBe(12);
    expect(parts.every((p) => p.files.length > 0)).toBe(true);

    const merged = await rflint('merge', 'reports/*.json', '--format', 'json');
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));

    // Rendered like a normal run, text and badge included.
    const text = await rflint('merge', 'reports/shard-3.json', 'reports/shard-1.json', 'reports/shard-2.json', '--badge', 'badge.svg');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('FAIL 12 files, 12 outputs: 9 passed, 3 failed; 0 errors, 0 warnings');
    expect(await readFile(join(cwd, 'badge.svg'), 'utf8')).toContain('9/12 pass');
  });

  it('a missing shard, a different N, a file twice: exit 2, saying which', async () => {
    await shards(3, 'three');
    await shards(2, 'two');
    const missing = await rflint('merge', 'three/shard-1.json', 'three/shard-3.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('rflint: shard 2/3 missing: 2 of 3 reports given');

    const mixed = await rflint('merge', 'three/*.json', 'two/shard-1.json');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('rflint: three/shard-1.json is shard 1/3 but two/shard-1.json is shard 1/2: merge the reports of one run, all with the same N');

    const whole = await rflint('models', '--format', 'json');
    await writeFile(join(cwd, 'whole.json'), whole.stdout);
    await writeFile(join(cwd, 'copy.json'), whole.stdout);
    const twice = await rflint('merge', 'whole.json', 'copy.json');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('rflint: models/team0/net0.rf.yaml is in two reports, whole.json and copy.json: merge the reports of one run, each shard once');
    const mixedKinds = await rflint('merge', 'whole.json', 'three/shard-1.json');
    expect(mixedKinds.code).toBe(2);
    expect(mixedKinds.stderr).toContain('rflint: whole.json is not the report of a shard, but three/shard-1.json is (shard 1/3)');

    const noGlob = await rflint('merge', 'nope/*.json');
    expect(noGlob.code).toBe(2);
    expect(noGlob.stderr).toContain('rflint: nope/*.json matches no file in');
  });

  it('a bad --shard is a usage error', async () => {
    const run = await rflint('models', '--shard', '4/3');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rflint: --shard must be K/N with 1 ≤ K ≤ N ≤ 256 (such as 2/4: the second of four jobs), got '4/3'");
  });
});
