/**
 * Real Darknet cfgs (../shared/fixtures/realworld/darknet-cfg, AlexeyAB/darknet, see SOURCES.md
 * there) through the loader and the engine, against the heads test/fixtures/gen/darknet_oracle.py
 * measured by gradients in PyTorch (test/realworld/darknet.measured.json: numbers only, the
 * files are never copied into this repository). SOURCES.md's own reference values were a quick
 * script's: where they differ from the measured values, the measured ones are right.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darknetLoader } from '../../src/formats/darknet/index.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { figures, fileSource, loadFile, rfOf } from '../formats/darknet/helpers.js';
import { REALWORLD } from './dir.js';

const DIR = join(REALWORLD, 'darknet-cfg');

const measured = JSON.parse(readFileSync(new URL('./darknet.measured.json', import.meta.url), 'utf8')) as {
  models: Record<string, { file: string; inputSize: readonly number[]; heads: Record<string, { rf: number; rfMin: number; stride: number; start: number; size: readonly number[]; darknetReorgHeight?: { rf: number; rfMin: number } }> }>;
};

describe('real Darknet cfgs', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.cfg')).sort();

  it('measured every file, and the loader recognises each by its content', async () => {
    expect(files.map((f) => f.replace(/\.cfg$/, '')).sort()).toEqual(Object.keys(measured.models).sort());
    for (const file of files) {
      const source = await fileSource(join(DIR, file));
      expect(darknetLoader.matches('renamed.txt', await source.read(0, 4096)), file).toBe(true);
    }
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: loads with no diagnostic; every head equals the gradient-measured RF`, async () => {
      const result = await darknetLoader.load(await fileSource(join(DIR, expected.file)), { limits: DEFAULT_LIMITS });
      expect(result.diagnostics).toEqual([]);
      const model = await loadFile(join(DIR, expected.file));
      expect(model.inputSize).toEqual(expected.inputSize);
      expect(model.outputs.map((o) => o.name)).toEqual(Object.keys(expected.heads));
      for (const [head, m] of Object.entries(expected.heads)) {
        const t = rfOf(model, head);
        expect(figures(t), `${name} ${head}`).toEqual({ rf: m.rf, rfMin: m.rfMin, stride: m.stride, start: m.start, size: m.size, global: false });
        // YOLOv2's [reorg], measured with Darknet's own kernel too: the head's RF is the same.
        if (m.darknetReorgHeight) expect(m.darknetReorgHeight, `${name} ${head} with Darknet's reorg`).toEqual({ rf: t.rf![0], rfMin: t.rfMin![0] });
      }
    });
  }

  it('SOURCES.md was right for yolov3-tiny, yolov4-tiny, yolov2 and resnet152_trident, wrong after upsampling in yolov3 and yolov4', () => {
    const rf = (model: string, head: string) => [measured.models[model]!.heads[head]!.rf, measured.models[model]!.heads[head]!.rfMin];
    expect(rf('yolov3', 'yolo@106')).toEqual([981, 949]); // SOURCES.md: 965
    expect(rf('yolov4', 'yolo@139')).toEqual([1365, 1333]); // 1349
    expect(rf('yolov4', 'yolo@150')).toEqual([1461, 1429]); // 1445
    expect(rf('yolov4', 'yolo@161')).toEqual([1653, 1653]); // 1637
  });
});
