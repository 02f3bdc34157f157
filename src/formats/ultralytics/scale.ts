/**
 * Depth and width as Ultralytics' `parse_model` takes them (ultralytics/nn/tasks.py): from the
 * file's `scales:` at the scale chosen (a rule's `scale:` or --scale, else the one in the file
 * name, else the first, with a note), or from `depth_multiple` / `width_multiple` (YOLOv5).
 */
import { type Diagnostic, error } from '../diagnostic.js';
import type { Locator } from '../yaml/locate.js';
import { alternatives, didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { UltralyticsFile } from './document.js';

export interface Scaling {
  /** The scale used, when the file has `scales:`. */
  readonly scale?: string;
  readonly depth: number;
  readonly width: number;
  /** What the report should say about a choice the user did not make. */
  readonly assumption?: string;
}

/**
 * The scale letter in a file name, as Ultralytics' `guess_model_scale` reads it:
 * `yolov8n.yaml` → `n`, `yolo11s-seg.yaml` → `s`, `yoloe-v8l.yaml` → `l`, `yolov8.yaml` → none.
 */
export function scaleFromFileName(path: string): string | undefined {
  const stem = (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]*$/, '');
  return /yolo(e-)?v?\d+([nslmx])/.exec(stem)?.[2];
}

export function chooseScaling(file: UltralyticsFile, path: string, requested: string | undefined, locate: Locator): Scaling | Diagnostic {
  const scales = file.scales;
  if (!scales) return { depth: file.depth_multiple ?? 1, width: file.width_multiple ?? 1 };
  const names = Object.keys(scales);
  const fromName = scaleFromFileName(path);
  const scale = requested ?? fromName ?? names[0]!;
  const values = Object.hasOwn(scales, scale) ? scales[scale] : undefined;
  if (!values) {
    const how = requested !== undefined ? `scale \`${scale}\` was asked for (\`scale:\` in a rule, or --scale)` : `the file name asks for scale \`${scale}\``;
    const hint = scale.length > 1 ? didYouMean(scale, names) : '';
    return error(CODES.unknownScale, `${how}, but \`scales:\` has ${alternatives(names)}${hint}; choose one of them with \`scale:\` in a rule or --scale`, locate.key(['scales']));
  }
  const assumption =
    requested === undefined && fromName === undefined
      ? `scale ${scale} (the first in \`scales:\`; set \`scale:\` in a rule or --scale to choose)`
      : undefined;
  return { scale, depth: values[0]!, width: values[1]!, ...(assumption ? { assumption } : {}) };
}

/**
 * Repeats as `parse_model` scales them: `max(round(n · depth), 1)` when n > 1. Python's round
 * goes half to even, on the double n · depth (so 0.5 · 5 = 2.5 → 2, 0.25 · 6 = 1.5 → 2).
 */
export function scaledRepeats(n: number, depth: number): number {
  if (n <= 1) return n;
  return Math.max(roundHalfEven(n * depth), 1);
}

export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
