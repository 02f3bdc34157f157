/** `--chart DIR`: one standalone SVG of RF growth per output with a path (report/chart.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../check/report.js';
import { chartSeries, renderSvgChart } from '../report/chart.js';

/** Writes the charts; returns the lines to print on stderr (one per file written). */
export async function writeCharts(report: Report, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const used = new Set<string>();
  for (const file of report.files) {
    for (const output of file.outputs) {
      const series = chartSeries(output);
      if (!series) continue;
      const name = uniqueName(`${fileStem(file.path)}.${output.name}`, used);
      const path = join(dir, `${name}.svg`);
      await writeFile(path, renderSvgChart(series));
      written.push(`rflint: wrote ${path}\n`);
    }
  }
  return written.join('');
}

/** `models/resnet50.rf.yaml` → `resnet50`. */
function fileStem(path: string): string {
  return path.split('/').pop()!.replace(/\.rf\.(ya?ml|json)$/i, '').replace(/\.[^.]+$/, '');
}

/** A file name from untrusted names: safe characters only, and never twice the same. */
function uniqueName(raw: string, used: Set<string>): string {
  const base = raw.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_').slice(0, 120) || 'output';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
  used.add(name.toLowerCase());
  return name;
}
