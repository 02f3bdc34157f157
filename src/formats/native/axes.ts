/**
 * The number of spatial axes, and lists whose length disagrees with it. `input.size` decides
 * when given; otherwise the longest per-axis list in the file (a 3-D net says `kernel: [3, 3, 3]`
 * somewhere), else 2.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import { type Locator, type Path, describePath } from '../yaml/locate.js';
import { CODES } from './codes.js';
import { type NativeFile, type NativeLayer, PER_AXIS_LAYER_KEYS, PER_AXIS_OUTPUT_KEYS } from './document.js';

interface AxisList {
  readonly path: Path;
  readonly length: number;
}

export interface AxesResult {
  readonly axes: number;
  readonly diagnostics: Diagnostic[];
}

export function countAxes(file: NativeFile, locate: Locator): AxesResult {
  const lists: AxisList[] = [];
  const visit = (layers: readonly NativeLayer[], path: Path): void => {
    layers.forEach((layer, i) => {
      const here = [...path, i];
      for (const key of PER_AXIS_LAYER_KEYS) {
        const value = layer[key];
        if (Array.isArray(value)) lists.push({ path: [...here, key], length: value.length });
      }
      if (layer.block) visit(layer.block, [...here, 'block']);
    });
  };
  visit(file.layers, ['layers']);
  file.outputs?.forEach((output, i) => {
    for (const key of PER_AXIS_OUTPUT_KEYS) {
      const value = output[key];
      if (Array.isArray(value)) lists.push({ path: ['outputs', i, key], length: value.length });
    }
  });
  let axes = 2;
  let source = 'the default';
  if (file.input) {
    axes = file.input.size.length;
    source = `input.size has ${axes}`;
  } else {
    const longest = lists.reduce<AxisList | undefined>((best, l) => (best && best.length >= l.length ? best : l), undefined);
    if (longest) {
      axes = longest.length;
      source = `${describePath(longest.path)} has ${axes}`;
    }
  }
  const diagnostics = lists
    .filter((l) => l.length !== axes)
    .map((l) =>
      error(
        CODES.axisCount,
        `${describePath(l.path)}: ${l.length} value${l.length === 1 ? '' : 's'} for a model with ${axes} ax${axes === 1 ? 'is' : 'es'} (${source}); give one per axis, or a single number for all`,
        locate.at(l.path),
      ),
    );
  return { axes, diagnostics };
}
