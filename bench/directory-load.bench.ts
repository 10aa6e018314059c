/**
 * Start-up cost of the directory: reading and validating every shipped file (loadResourceFiles), next to
 * the baseline of only reading and JSON-parsing the same files. The first call is what start-up pays
 * (zod compiles its checks then); the median is a warm call. Target: start-up well under 500 ms.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_RESOURCE_FILES, loadResourceFiles } from '../src/directory/load';

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function (): Promise<void> {
  const files = [...DEFAULT_RESOURCE_FILES];
  const parseOnly = () => files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
  let count = 0;
  const firstLoad = time(() => {
    count = loadResourceFiles(files).length;
  });
  const runs = 30;
  const load: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(time(parseOnly));
    load.push(time(() => loadResourceFiles(files)));
  }
  const m = median(load);
  const b = median(baseline);
  console.log(`${count} resources in ${files.length} files`);
  console.log(`first load + validate (start-up): ${firstLoad.toFixed(1)} ms`);
  console.log(`load + validate, median of ${runs}: ${m.toFixed(1)} ms`);
  console.log(`baseline read + JSON.parse only, median of ${runs}: ${b.toFixed(1)} ms`);
  console.log(`ratio validate/baseline: ${(m / b).toFixed(1)}x`);
}
