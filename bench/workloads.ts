/**
 * The files the whole-process rows run on, written into a temp folder (never committed): the
 * issue's table as a new user would measure it. Synthetic, so the bench needs nothing beside
 * the repository: ONNX weights are zeros (the loader skips them by length either way).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBigModel } from '../test/formats/onnx/big-model.js';

export interface Workloads {
  /** 10 small native models (the examples, and three of them again under other names). */
  readonly ten: string;
  /** 2,000 small native models in 40 folders. */
  readonly many: string;
  /** A 10^6-layer native file written with `repeat`. */
  readonly deep: string;
  /** A ~100 MB ONNX model: ResNet-50's 53 convs, ~1.9 MB of weights each. */
  readonly resnetOnnx: string;
  /** A ~500 MB ONNX model: 25 convs of 20 MiB weights. */
  readonly bigOnnx: string;
  /** A GitHub `push` event for the action, and the runner's files. */
  readonly runner: string;
}

export const SMALL_MODEL = (i: number): string => `rflint: 1
name: small${i}
input: { size: [224, 224] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { op: relu }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - name: stage
    repeat: ${1 + (i % 4)}
    block:
      - { name: a, op: conv, kernel: 3, padding: 1 }
      - { op: relu }
      - { name: b, op: conv, kernel: 3, padding: 1 }
      - { name: add, op: add, inputs: [b, ^] }
  - { name: head, op: conv, kernel: 1 }
outputs:
  - { layer: head, min_rf: 50 }
`;

export function writeWorkloads(dir: string, examples: string): Workloads {
  const ten = join(dir, 'ten');
  mkdirSync(ten, { recursive: true });
  const names = readdirSync(examples).filter((f) => f.endsWith('.rf.yaml')).sort();
  for (let i = 0; i < 10; i++) copyFileSync(join(examples, names[i % names.length]!), join(ten, `${i}-${names[i % names.length]}`));

  const many = join(dir, 'many');
  for (let i = 0; i < 2000; i++) {
    const folder = join(many, `group${i % 40}`);
    if (i < 40) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `model${i}.rf.yaml`), SMALL_MODEL(i));
  }

  const deep = join(dir, 'deep');
  mkdirSync(deep);
  writeFileSync(
    join(deep, 'deep.rf.yaml'),
    `rflint: 1
name: deep
input: { size: [224, 224] }
layers:
  - name: stage
    repeat: 249999
    block:
      - { name: a, op: conv, kernel: 3, padding: 1 }
      - { name: b, op: relu }
      - { name: c, op: conv, kernel: 1 }
      - { name: add, op: add, inputs: [c, ^] }
`,
  );

  const onnx = join(dir, 'onnx');
  mkdirSync(onnx);
  const resnetOnnx = writeBigModel(join(onnx, 'resnet50.onnx'), 53, 1_900_000).path;
  const bigOnnx = writeBigModel(join(onnx, 'big.onnx'), 25, 20 * 2 ** 20).path;

  const runner = join(dir, 'runner');
  mkdirSync(runner);
  writeFileSync(join(runner, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', after: 'f'.repeat(40), before: 'e'.repeat(40) }));
  return { ten, many, deep, resnetOnnx, bigOnnx, runner };
}
