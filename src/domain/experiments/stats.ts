// The arithmetic behind a verdict: a difference between two variants with its 95 % confidence
// interval (normal approximation, fine from a few dozen customers per variant), and how many more
// customers a test needs before a difference of the size seen (or of the smallest size worth
// acting on) could be told from chance.

const Z95 = 1.959964;
/** 80 % power: the usual choice when planning how many customers a test needs. */
const Z_POWER = 0.841621;
/** No verdict below this many customers in any variant, whatever the interval says. */
export const MIN_PER_VARIANT = 30;

/** One variant's observations: a share (0/1 per customer) or a mean (minutes, ratings). */
export interface Sample {
  n: number;
  mean: number;
  /** Sample variance; for a share it is p(1-p). */
  variance: number;
}

export function sampleOf(values: readonly number[]): Sample {
  const n = values.length;
  if (!n) return { n: 0, mean: 0, variance: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}

export interface Interval {
  low: number;
  high: number;
}

export function meanInterval(s: Sample): Interval {
  const half = s.n ? Z95 * Math.sqrt(s.variance / s.n) : Infinity;
  return { low: s.mean - half, high: s.mean + half };
}

/** The difference b - a and its 95 % interval (Welch, normal approximation). */
export function differenceInterval(a: Sample, b: Sample): Interval & { diff: number } {
  const diff = b.mean - a.mean;
  const se = a.n && b.n ? Math.sqrt(a.variance / a.n + b.variance / b.n) : Infinity;
  return { diff, low: diff - Z95 * se, high: diff + Z95 * se };
}

/**
 * Customers needed per variant to tell a difference `delta` apart at 95 % confidence with 80 %
 * power, given the spread seen so far.
 */
export function neededPerVariant(a: Sample, b: Sample, delta: number): number {
  const spread = Math.max(a.variance + b.variance, 1e-9);
  return Math.ceil(((Z95 + Z_POWER) ** 2 * spread) / (delta * delta));
}

export type Verdict =
  | { kind: "better"; variant: string; control: string }
  | { kind: "worse"; variant: string; control: string }
  | { kind: "no-difference"; variant: string; control: string }
  | { kind: "not-enough-data"; moreCustomers: number };

export interface VariantSample extends Sample {
  key: string;
}

/**
 * Compares each variant with the control (the first) and says the plainest true thing: which one
 * is better with 95 % confidence, or roughly how many more customers it takes to know.
 * `higherIsBetter` is false for times and drop-offs. `smallestEffect` is the difference worth
 * acting on (in the metric's units), used when the difference seen so far is smaller than that.
 */
export function judge(samples: readonly VariantSample[], higherIsBetter: boolean, smallestEffect: number): Verdict {
  const [control, ...others] = samples;
  if (!control || !others.length) return { kind: "not-enough-data", moreCustomers: 0 };
  let more = 0;
  let best: { key: string; gain: number } | null = null;
  let worst: { key: string } | null = null;
  for (const v of others) {
    const d = differenceInterval(control, v);
    const enough = control.n >= MIN_PER_VARIANT && v.n >= MIN_PER_VARIANT;
    const gain = higherIsBetter ? d.diff : -d.diff;
    const clear = enough && (d.low > 0 || d.high < 0);
    if (clear && gain > 0) {
      if (!best || gain > best.gain) best = { key: v.key, gain };
    } else if (clear) {
      worst ??= { key: v.key };
    } else {
      // Plan for the effect seen, but never for one too small to matter.
      const delta = Math.max(Math.abs(d.diff), smallestEffect);
      const perVariant = Math.max(neededPerVariant(control, v, delta), MIN_PER_VARIANT);
      more = Math.max(more, perVariant - control.n, perVariant - v.n);
    }
  }
  if (best) return { kind: "better", variant: best.key, control: control.key };
  if (more > 0) return { kind: "not-enough-data", moreCustomers: more * samples.length };
  if (worst && others.length === 1) return { kind: "worse", variant: worst.key, control: control.key };
  return { kind: "no-difference", variant: others[0]!.key, control: control.key };
}
