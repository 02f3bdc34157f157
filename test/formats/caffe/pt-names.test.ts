/**
 * py-faster-rcnn names its Caffe prototxts `train.pt` and `test.pt`: read by their content, while
 * a real pickle named `.pt` (any protocol, the text of protocol 0 too) or a torch zip is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { loadFile } from '../../../src/check/load-file.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';

const dir = mkdtempSync(join(tmpdir(), 'rflint-pt-'));
async function loadNamed(name: string, bytes: Uint8Array | string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return loadFile(dir, name, { limits: DEFAULT_LIMITS });
}

const PROTOTXT = `name: "VGG_CNN_M_1024"
layer { name: "input-data" type: "Python" top: "data" top: "im_info" top: "gt_boxes" python_param { module: "roi_data_layer.layer" layer: "RoIDataLayer" } }
layer { name: "conv1" type: "Convolution" bottom: "data" top: "conv1" convolution_param { num_output: 96 kernel_size: 7 stride: 2 } }
`;

describe('files named .pt', () => {
  it('a prototxt named test.pt is read as Caffe', async () => {
    const result = await loadNamed('test.pt', PROTOTXT);
    expect(result.format).toBe('caffe');
    expect(result.diagnostics.filter((d) => d.code === 'RF510')).toEqual([]);
  });

  it.each([
    ['a protocol-2 pickle', new Uint8Array([0x80, 0x02, 0x7d, 0x71, 0x00, 0x2e])],
    ['a protocol-0 pickle (text)', '(dp0\nS\'name\'\np1\nS\'layer\'\np2\ns.'],
    ['a torch zip', zipSync({ 'archive/data.pkl': new Uint8Array([0x80, 0x02, 0x7d, 0x2e]), 'archive/version': strToU8('3\n') }, { level: 0 })],
  ])('%s named model.pt is still refused (RF510)', async (_what, bytes) => {
    const result = await loadNamed('model.pt', bytes);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['RF510']);
  });
});
