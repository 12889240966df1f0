import type { Sql } from "../../db/index.js";
import { variantFor } from "./assignment.js";
import type { ExperimentView } from "./experiments.js";
import { METRIC_DEFINITIONS, metricValues } from "./metrics.js";
import { judge, meanInterval, sampleOf, type Interval, type Verdict, type VariantSample } from "./stats.js";

// An experiment's results: each variant's customers, value and 95 % interval, and the verdict.
// Customers are counted by the variant they were assigned to, whether or not the tested text
// reached them (everyone assigned counts, so the groups stay comparable).

export interface VariantResult {
  key: string;
  customers: number;
  value: number;
  interval: Interval;
}

export interface ExperimentResults {
  code: string;
  metric: string;
  unit: "share" | "minutes";
  variants: VariantResult[];
  verdict: Verdict;
}

/** Groups per-customer values by variant and judges them (pure: the simulations call it too). */
export function summarize(experiment: ExperimentView, values: ReadonlyArray<{ key: string; value: number }>): ExperimentResults {
  const def = METRIC_DEFINITIONS[experiment.metric];
  const groups = new Map<string, number[]>(experiment.variants.map((v) => [v.key, []]));
  for (const { key, value } of values) {
    const variant = variantFor(key, experiment);
    if (variant) groups.get(variant)!.push(value);
  }
  const samples: VariantSample[] = experiment.variants.map((v) => ({ key: v.key, ...sampleOf(groups.get(v.key)!) }));
  return {
    code: experiment.code,
    metric: experiment.metric,
    unit: def.unit,
    variants: samples.map((s) => {
      const ci = meanInterval(s);
      const clamp = (x: number) => (def.unit === "share" ? Math.min(1, Math.max(0, x)) : Math.max(0, x));
      return { key: s.key, customers: s.n, value: s.mean, interval: { low: clamp(ci.low), high: clamp(ci.high) } };
    }),
    verdict: judge(samples, def.higherIsBetter, def.smallestEffect),
  };
}

/** Results from the database, over the experiment's window (start to stop, or to now). */
export async function experimentResults(sql: Sql, experiment: ExperimentView, now: Date): Promise<ExperimentResults> {
  if (!experiment.startedAt) return summarize(experiment, []);
  const values = await metricValues(sql, experiment.metric, experiment.startedAt, experiment.stoppedAt ?? now);
  return summarize(experiment, values);
}
