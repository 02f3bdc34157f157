/**
 * The file's `outputs` → the outputs to check, each with its thresholds and position. Without
 * `outputs`, the last layer is the one output, named after it.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { ModelOutput, Thresholds } from '../model.js';
import { type Locator, describePath } from '../yaml/locate.js';
import { didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { NativeFile } from './document.js';
import type { Expansion } from './expand.js';

/** `sized`: whether the model has an input size, from the file or given (--input-size, rules). */
export function resolveOutputs(file: NativeFile, expansion: Expansion, axes: number, locate: Locator, sized: boolean): { outputs: ModelOutput[]; diagnostics: Diagnostic[] } {
  if (!file.outputs) {
    return { outputs: [{ name: expansion.last.name, node: expansion.last.node, thresholds: {}, position: locate.at(['layers', file.layers.length - 1]) }], diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const outputs: ModelOutput[] = [];
  file.outputs.forEach((output, i) => {
    const path = ['outputs', i];
    const node = expansion.resolve(output.layer);
    if (node === undefined) {
      diagnostics.push(error(CODES.unknownName, `${describePath([...path, 'layer'])}: no layer named \`${output.layer}\`${didYouMean(output.layer, expansion.topNames)}`, locate.at([...path, 'layer'])));
      return;
    }
    if (output.min_coverage !== undefined && !sized) {
      diagnostics.push(error(CODES.coverageWithoutSize, `${describePath([...path, 'min_coverage'])}: coverage is a fraction of the input size; add \`input: { size: [...] }\` at the top level, or give --input-size`, locate.key([...path, 'min_coverage'])));
    }
    if (output.min_rf !== undefined && output.max_rf !== undefined) {
      const min = perAxis(output.min_rf, axes);
      const max = perAxis(output.max_rf, axes);
      const axis = min.findIndex((m, a) => m > max[a]!);
      if (axis >= 0) {
        diagnostics.push(error(CODES.thresholdRange, `${describePath(path)}: min_rf ${min[axis]} is above max_rf ${max[axis]} on axis ${axis}, so this output can never pass`, locate.at([...path, 'min_rf'])));
      }
    }
    const thresholds: Thresholds = {
      ...(output.min_rf !== undefined ? { min_rf: output.min_rf } : {}),
      ...(output.max_rf !== undefined ? { max_rf: output.max_rf } : {}),
      ...(output.min_coverage !== undefined ? { min_coverage: output.min_coverage } : {}),
      ...(output.min_erf !== undefined ? { min_erf: output.min_erf } : {}),
    };
    outputs.push({ name: output.name ?? output.layer, node, thresholds, position: locate.at(path) });
  });
  return { outputs, diagnostics };
}

function perAxis(value: number | readonly number[], axes: number): readonly number[] {
  return typeof value === 'number' ? Array.from({ length: axes }, () => value) : value;
}
