/**
 * Parameters and MACs (rf/cost.ts) of torchvision's ONNX exports (test/fixtures/onnx, weights
 * left out: only the weights' shapes are in the files) against torchvision's own published
 * figures at 224×224 (the "GFLOPS" column of its model tables, which counts multiply–accumulates
 * of convs and linear layers, as fvcore does): ResNet-18 1.81 G, ResNet-50 4.09 G, VGG-16
 * 15.47 G, MobileNetV2 0.30 G. Within 1 %. Also with export_params=False, where the weights are
 * graph inputs with shapes and no initializer.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/check/run.js';

const REPO = new URL('../../..', import.meta.url).pathname;

/** https://docs.pytorch.org/vision/stable/models.html (GFLOPS, Params columns), at 224×224. */
const PUBLISHED: readonly { file: string; gmacs: number; mparams: number }[] = [
  { file: 'test/fixtures/onnx/matrix/resnet18__o17_fold_fixed_params.onnx', gmacs: 1.81, mparams: 11.69 },
  { file: 'test/fixtures/onnx/matrix/resnet18__o11_nofold_fixed_noparams.onnx', gmacs: 1.81, mparams: 11.69 },
  { file: 'test/fixtures/onnx/resnet50.onnx', gmacs: 4.09, mparams: 25.56 },
  { file: 'test/fixtures/onnx/vgg16.onnx', gmacs: 15.47, mparams: 138.36 },
  { file: 'test/fixtures/onnx/matrix/vgg16__o11_nofold_fixed_noparams.onnx', gmacs: 15.47, mparams: 138.36 },
  { file: 'test/fixtures/onnx/mobilenet_v2.onnx', gmacs: 0.3, mparams: 3.5 },
];

async function costOf(file: string) {
  const report = await runCheck({ cwd: REPO, patterns: [file] });
  expect(report.files[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return report.files[0]!.cost;
}

describe('cost of the torchvision exports', () => {
  for (const { file, gmacs, mparams } of PUBLISHED) {
    it(`${file.split('/').pop()}: ${gmacs} GMACs, ${mparams} M parameters (within 1 %)`, async () => {
      const cost = await costOf(file);
      expect(cost).toBeDefined();
      expect(Math.abs(cost!.macs! / 1e9 - gmacs) / gmacs).toBeLessThan(0.01);
      // Parameters of convs and linear layers only (weights and biases): BatchNorm's scale and
      // shift are not counted (0.04 % of ResNet-18's, 0.5 % of MobileNetV2's).
      expect(Math.abs(cost!.params! / 1e6 - mparams) / mparams).toBeLessThan(0.01);
    });
  }

  it('counts exactly: ResNet-18 and VGG-16 to the multiply–accumulate', async () => {
    // By hand from the architectures: MACs are Σ k²·Cin·Cout·H·W over the convs plus the fc's
    // in·out. ResNet-18's parameters: 11 678 912 weights, the fc's 1 000 biases and 4 800 conv
    // biases (the export folds each BatchNorm into the conv before it).
    expect(await costOf('test/fixtures/onnx/matrix/resnet18__o17_fold_fixed_params.onnx')).toEqual({ params: 11_684_712, macs: 1_814_073_344 });
    expect(await costOf('test/fixtures/onnx/vgg16.onnx')).toEqual({ params: 138_357_544, macs: 15_470_264_320 });
  });

  it('a dynamic input size: parameters known, MACs unknown (null), never a guess', async () => {
    expect(await costOf('test/fixtures/onnx/matrix/resnet18__o11_nofold_dyn_noparams.onnx')).toEqual({ params: 11_684_712, macs: null });
  });
});
