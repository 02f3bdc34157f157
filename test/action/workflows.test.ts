/**
 * The workflows users copy, checked with GitHub's own workflow parser (@actions/workflow-parser,
 * the schema and expression checks the runner and the VS Code extension apply), and against
 * action.yml: every `with:` key of a step that uses rflint is one of its inputs, every
 * `steps.<id>.outputs.<name>` of such a step one of its outputs, and the README's Inputs and
 * Outputs tables list exactly what action.yml declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-action.js';

interface Snippet {
  /** `README.md:86`: the file and the line of the opening fence. */
  readonly where: string;
  readonly text: string;
}

/** The ```yaml blocks of a Markdown text, with the line each starts on. */
function yamlBlocks(file: string, markdown: string): Snippet[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({
    where: `${file}:${markdown.slice(0, m.index).split('\n').length}`,
    text: m[1]!,
  }));
}

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const markdownFiles = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const snippets = markdownFiles.flatMap((file) => yamlBlocks(file, read(file)));
const workflowFiles = readdirSync(join(REPO_ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);

/** A whole workflow (not a fragment of steps): it has the two keys every workflow has. */
const isWorkflow = (text: string) => /^on:/m.test(text) && /^jobs:/m.test(text);
const workflows: Snippet[] = [...snippets.filter((s) => isWorkflow(s.text)), ...workflowFiles.map((f) => ({ where: f, text: read(f) }))];

/** The errors GitHub's workflow parser reports, as "name (Line: L, Col: C): message". */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value === undefined) return errors;
  // Converting to the runner's model adds its checks (jobs, needs, matrix), reported in the same list.
  await convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((e) => e.message);
}

const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Step {
  readonly uses?: unknown;
  readonly id?: unknown;
  readonly with?: Record<string, unknown>;
}

/** `uses: ./` (this repository) or `uses: OWNER/rflint@ref`: a step that runs this action. */
const usesRflint = (uses: unknown) => typeof uses === 'string' && (uses === './' || /^[^/\s]+\/rflint@\S+$/.test(uses));

/** Every step that uses this action, anywhere in a parsed workflow or fragment. */
function rflintSteps(value: unknown): Step[] {
  if (Array.isArray(value)) return value.flatMap(rflintSteps);
  if (typeof value !== 'object' || value === null) return [];
  const here = usesRflint((value as Step).uses) ? [value as Step] : [];
  return [...here, ...Object.values(value).flatMap(rflintSteps)];
}

/** What a snippet asks of action.yml: `with:` keys that are no input, outputs that do not exist. */
function unknownNames(text: string, inputs: readonly string[], outputs: readonly string[]): string[] {
  const steps = rflintSteps(parse(text));
  const problems = steps.flatMap((s) => Object.keys(s.with ?? {}).filter((k) => !inputs.includes(k)).map((k) => `input ${k}`));
  for (const id of steps.map((s) => s.id).filter((id): id is string => typeof id === 'string')) {
    for (const m of text.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, 'g'))) {
      if (!outputs.includes(m[1]!)) problems.push(`output ${m[1]}`);
    }
  }
  return problems;
}

/** The first column of the table under a README heading: `| \`name\` | …`. */
function tableNames(markdown: string, heading: string): string[] {
  const section = markdown.split(new RegExp(`^### ${heading}$`, 'm'))[1]!.split(/^#{2,3} /m)[0]!;
  return [...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]!);
}

describe("the workflows users copy, under GitHub's parser", () => {
  it('finds the README\'s and docs\' workflows and the repository\'s own', () => {
    expect(workflows.map((w) => w.where)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']));
    expect(workflows.filter((w) => w.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(5);
  });

  for (const { where, text } of workflows) {
    it(`${where} parses without an error`, async () => {
      expect(await workflowErrors(where, text)).toEqual([]);
    });
  }

  it('every step that uses rflint passes only inputs of action.yml and reads only its outputs', () => {
    const inputs = Object.keys(action.inputs);
    const outputs = Object.keys(action.outputs);
    const all = [...snippets, ...workflowFiles.map((f) => ({ where: f, text: read(f) }))];
    const using = all.filter((s) => rflintSteps(parse(s.text)).length > 0);
    expect(using.length).toBeGreaterThanOrEqual(8);
    expect(using.flatMap((s) => unknownNames(s.text, inputs, outputs).map((p) => `${s.where}: ${p}`))).toEqual([]);
  });

  it("the README's Inputs and Outputs tables list exactly action.yml's inputs and outputs", () => {
    const readme = read('README.md');
    expect(tableNames(readme, 'Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
    expect(tableNames(readme, 'Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  // Each check above must be able to fail.
  it('the checks catch a schema error, a bad expression, an unknown input and output, and a missing table row', async () => {
    const quickStart = workflows.find((w) => w.where.startsWith('README.md'))!.text;
    expect(await workflowErrors('w.yml', quickStart.replace('runs-on:', 'run-on:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/Unexpected value 'run-on'/)]),
    );
    expect(await workflowErrors('w.yml', quickStart.replace('github.ref', 'matrixx.ref'))).toEqual([expect.stringMatching(/Unrecognized named-value: 'matrixx'/)]);
    const step = '      - uses: OWNER/rflint@v1\n        id: rf\n        with:\n          fail_on: never\n      - run: echo "${{ steps.rf.outputs.min_rf }}"\n';
    expect(unknownNames(step, Object.keys(action.inputs), Object.keys(action.outputs))).toEqual(['input fail_on', 'output min_rf']);
    expect(unknownNames(step.replace('OWNER/rflint@v1', './'), ['fail-on'], [])).toEqual(['input fail_on', 'output min_rf']);
    expect(unknownNames(step.replace('OWNER/rflint@v1', 'actions/checkout@v4'), [], [])).toEqual([]);
    const readme = read('README.md').replace(/^\| `badge-label` \|.*\n/m, '');
    expect(tableNames(readme, 'Inputs')).not.toContain('badge-label');
    expect(tableNames(readme, 'Inputs')).toContain('files');
  });
});
