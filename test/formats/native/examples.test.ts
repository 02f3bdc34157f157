/**
 * The examples' numbers, loaded with the native loader from their real files and analysed by
 * the engine: published figures where they exist, hand derivations (in each file's comments)
 * otherwise.
 */
import { describe, expect, it } from 'vitest';
import { loadFile, nodeRF, outputRF } from './helpers.js';

describe('published figures', () => {
  it('ResNet-50 (torchvision, V1.5): layer4 RF 427 at stride 32', async () => {
    const m = await loadFile('examples/resnet50.rf.yaml');
    expect(outputRF(m, 'layer4')).toMatchObject({ rf: [427, 427], rfMin: [427, 427], stride: ['32', '32'], start: [-213, -213], size: [7, 7], coverage: [1, 1] });
    expect(outputRF(m, 'layer3')).toMatchObject({ rf: [267, 267], stride: ['16', '16'] });
    // The 3×3 of each stage's first bottleneck carries the stride (V1.5).
    expect(nodeRF(m, 'layer2.0.down.0.conv2')).toMatchObject({ rf: [43, 43], stride: ['8', '8'] });
    expect(nodeRF(m, 'fc')).toMatchObject({ global: true, rf: null });
  });

  it('VGG-16: conv5_3 196 at stride 16, pool5 212 at stride 32', async () => {
    const m = await loadFile('examples/vgg16.rf.yaml');
    expect(outputRF(m, 'conv5_3')).toMatchObject({ rf: [196, 196], stride: ['16', '16'], size: [14, 14] });
    expect(outputRF(m, 'pool5')).toMatchObject({ rf: [212, 212], stride: ['32', '32'], start: [-90, -90], size: [7, 7] });
    expect(outputRF(m, 'pool5').thresholds).toEqual({ min_rf: 212, max_rf: 256, min_coverage: 0.9 });
  });
});

describe('hand-derived figures', () => {
  it('MobileNetV2: 491 at stride 32, 267 at stride 16', async () => {
    const m = await loadFile('examples/mobilenet_v2.rf.yaml');
    expect(outputRF(m, 'features')).toMatchObject({ rf: [491, 491], stride: ['32', '32'], size: [7, 7] });
    expect(outputRF(m, 'stride16')).toMatchObject({ rf: [267, 267], stride: ['16', '16'] });
    expect(nodeRF(m, 'g2.0.units.0.add')).toMatchObject({ rf: [19, 19], stride: ['4', '4'] });
  });

  it('U-Net: 572 → 388, RF 204 (188 at some phases), stride 1, from input position 0', async () => {
    const m = await loadFile('examples/unet.rf.yaml');
    expect(outputRF(m, 'segmentation')).toMatchObject({ rf: [204, 204], rfMin: [188, 188], stride: ['1', '1'], start: [0, 0], size: [388, 388] });
    expect(outputRF(m, 'bottleneck')).toMatchObject({ rf: [140, 140], stride: ['16', '16'], size: [28, 28] });
    expect(nodeRF(m, 'dec4.0.conv2')).toMatchObject({ rf: [172, 172], rfMin: [172, 172], stride: ['8', '8'], size: [52, 52] });
    expect(nodeRF(m, 'dec3.0.conv2')).toMatchObject({ rf: [188, 188], rfMin: [188, 188], stride: ['4', '4'] });
    expect(nodeRF(m, 'dec2.0.conv2')).toMatchObject({ rf: [204, 204], rfMin: [188, 188], stride: ['2', '2'] });
  });

  it('FPN on ResNet-18: C5 435, P5 499, P4 467, P3 467 (rfMin 435)', async () => {
    const m = await loadFile('examples/fpn.rf.yaml');
    expect(nodeRF(m, 'lat5')).toMatchObject({ rf: [435, 435], stride: ['32', '32'] });
    expect(nodeRF(m, 'lat4')).toMatchObject({ rf: [211, 211], stride: ['16', '16'] });
    expect(nodeRF(m, 'lat3')).toMatchObject({ rf: [99, 99], stride: ['8', '8'] });
    expect(nodeRF(m, 'merge4')).toMatchObject({ rf: [435, 435], rfMin: [435, 435] });
    expect(outputRF(m, 'P5')).toMatchObject({ rf: [499, 499], rfMin: [499, 499], stride: ['32', '32'], size: [16, 16] });
    expect(outputRF(m, 'P4')).toMatchObject({ rf: [467, 467], rfMin: [467, 467], stride: ['16', '16'], size: [32, 32] });
    expect(outputRF(m, 'P3')).toMatchObject({ rf: [467, 467], rfMin: [435, 435], stride: ['8', '8'], size: [64, 64] });
  });

  it('WaveNet: 1 + 1 + 3·1023 = 3071 samples, all in the past', async () => {
    const m = await loadFile('examples/wavenet.rf.yaml');
    expect(m.graph.axes).toBe(1);
    expect(outputRF(m, 'samples')).toMatchObject({ rf: [3071], stride: ['1'], start: [-3070], size: [16000] });
    expect(outputRF(m, 'first_stack')).toMatchObject({ rf: [1025], start: [-1024] });
  });

  it('C3D: conv5b [68, 134, 134], pool5 [76, 150, 150] at stride [16, 32, 32]', async () => {
    const m = await loadFile('examples/video3d.rf.yaml');
    expect(m.graph.axes).toBe(3);
    expect(outputRF(m, 'conv5b')).toMatchObject({ rf: [68, 134, 134], stride: ['8', '16', '16'], size: [2, 7, 7] });
    expect(outputRF(m, 'pool5')).toMatchObject({ rf: [76, 150, 150], stride: ['16', '32', '32'], size: [1, 3, 3], coverage: [1, 1, 1] });
  });

  it('the deliberately failing detector: RF 19, below its min_rf of 128', async () => {
    const m = await loadFile('examples/failing/shallow-detector.rf.yaml');
    const boxes = outputRF(m, 'boxes');
    expect(boxes).toMatchObject({ rf: [19, 19], stride: ['4', '4'], thresholds: { min_rf: 128 } });
    expect(boxes.rf![0]!).toBeLessThan(128);
  });
});
