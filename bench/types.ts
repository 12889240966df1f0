export type Unit = "ms" | "per_s" | "MB" | "kB" | "ratio" | "percent" | "count";

/** One figure of a benchmark run, comparable across runs by its name. */
export interface BenchRow {
  name: string;
  value: number;
  unit: Unit;
  target: string;
}

export interface Benchmark {
  /** What `npm run bench -- <name>` selects. */
  name: string;
  run(): Promise<BenchRow[]>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** The middle value of a benchmark's runs (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
