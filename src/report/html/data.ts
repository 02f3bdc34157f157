/**
 * What the page's script needs, and nothing more: per output its id in the page, names, status,
 * RF and the per-position windows (check/windows.ts), plus the base's when the RF changed. The
 * tables and charts are rendered on the server side; the script draws only the canvas.
 */
import type { FileReport, OutputReport, OutputWindows, Report } from '../../check/report.js';
import { outputDelta } from '../deltas.js';

export interface PageGeometry {
  readonly rf: number[] | null;
  readonly global: boolean;
  /** `32`, `1/3`, per axis. */
  readonly stride: string[] | null;
  readonly windows?: OutputWindows[];
}

export interface PageOutput extends PageGeometry {
  /** The element id of the output's section (`out-3`); the viewer's select uses the index. */
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly status: OutputReport['status'];
  /** The base's geometry when the RF changed against it. */
  readonly base?: PageGeometry;
}

export interface PageData {
  readonly outputs: PageOutput[];
  /** What the base is called (`main`, `origin/main`), when there is one. */
  readonly baseName?: string;
}

/** The id of the section of output `index` (in report order); the server and the script agree on it. */
export function outputId(index: number): string {
  return `out-${index}`;
}

export function pageData(report: Report, baseName?: string): PageData {
  const outputs: PageOutput[] = [];
  for (const file of report.files) {
    for (const output of file.outputs) {
      const before = changedBase(output, file, report.base);
      outputs.push({
        id: outputId(outputs.length),
        file: file.path,
        name: output.name,
        status: output.status,
        ...geometry(output),
        ...(before ? { base: geometry(before) } : {}),
      });
    }
  }
  return { outputs, ...(report.base ? { baseName: baseName ?? 'base' } : {}) };
}

/** The base's output of the same file and name, when its RF differs from the head's. */
export function changedBase(output: OutputReport, file: FileReport, base: Report | undefined): OutputReport | undefined {
  if (!base || outputDelta(output, file, base).kind !== 'changed') return undefined;
  return base.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
}

function geometry(output: OutputReport): PageGeometry {
  const stride = output.strideExact ?? output.stride?.map(String) ?? null;
  return { rf: output.rf, global: output.global, stride, ...(output.windows ? { windows: output.windows } : {}) };
}
