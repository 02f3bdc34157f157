/** `rflint --base REV` (the same files at a git revision, and what changed) and `--badge`, from the built CLI. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-bundle.js';

const ws = cliWorkspace('rflint-base-');
const { rflint, write } = ws;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws.cwd, stdio: 'pipe' });

// stem 7/2 → pool 3/2 → `convs` 3×3 convs: RF 11 + 8 per conv, at stride 4.
const model = (convs: number, extra = '') => `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
${Array.from({ length: convs }, (_, i) => `  - { name: c${i}, op: conv, kernel: 3, padding: 1 }`).join('\n')}
outputs:
  - { name: feat, layer: c${convs - 1} }
${extra}`;

describe('rflint --badge', () => {
  it('writes the SVG badge and the endpoint JSON where asked', async () => {
    await write({ 'a.rf.yaml': model(3).replace('{ name: feat, layer: c2 }', '{ name: feat, layer: c2, min_rf: 30 }') });
    const run = await rflint('a.rf.yaml', '--badge', 'out/badge.svg', '--badge-json', 'out/badge.json', '--badge-label', 'RF');
    expect(run.code).toBe(0);
    expect(await readFile(join(ws.cwd, 'out/badge.svg'), 'utf8')).toContain('<title>RF: 1/1 pass</title>');
    expect(JSON.parse(await readFile(join(ws.cwd, 'out/badge.json'), 'utf8'))).toEqual({ schemaVersion: 1, label: 'RF', message: '1/1 pass', color: 'brightgreen' });
    const usage = await rflint('a.rf.yaml', '--badge-value', 'min-rf');
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toContain('--badge-value, --badge-label and --badge-output go with --badge FILE or --badge-json FILE');
  });
});

describe('rflint --base REV', () => {
  it('shows each output\'s RF before and after, new and removed outputs, and a headline', async () => {
    await write({ 'models/a.rf.yaml': model(3, '  - { name: gone, layer: pool }\n'), 'models/b.rf.yaml': model(1) });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    await write({ 'models/a.rf.yaml': model(2, '  - { name: fresh, layer: stem }\n'), 'models/c.rf.yaml': model(1) });
    const run = await rflint('models', '--base', 'main', '--no-color');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        '1 output changed, 2 new, 1 removed against main',
        '  models/a.rf.yaml  feat   RF 35×35 → 27×27 (−8 × −8)',
        '  models/a.rf.yaml  fresh  new (RF 7×7)',
        '  models/a.rf.yaml  gone   removed (was RF 11×11)',
        '  models/c.rf.yaml  feat   new (RF 19×19)',
      ].join('\n'),
    );
    const json = JSON.parse((await rflint('models', '--base', 'main', '--format', 'json')).stdout);
    expect(json.base.files.map((f: { path: string }) => f.path)).toEqual(['models/a.rf.yaml', 'models/b.rf.yaml']);
    const markdown = (await rflint('models', '--base', 'main', '--format', 'markdown')).stdout;
    // Escaped for Markdown: `\.` and `\(` render as `.` and `(`.
    expect(markdown).toContain('**1 output changed, 2 new, 1 removed against main**: <code>models/a\\.rf\\.yaml</code> feat: RF 35×35 → 27×27 \\(−8 × −8\\);');
  });

  it('an unknown revision, or no repository, is one clear error and exit 2', async () => {
    await write({ 'a.rf.yaml': model(1) });
    const outside = await rflint('a.rf.yaml', '--base', 'main');
    expect(outside).toMatchObject({ code: 2, stdout: '' });
    expect(outside.stderr).toMatch(/^rflint: --base main: .* is not inside a git repository\n/);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const unknown = await rflint('a.rf.yaml', '--base', 'no-such-branch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("rflint: --base no-such-branch: no such revision in this repository (a branch, tag or commit, e.g. main or HEAD~1)");
  });
});
