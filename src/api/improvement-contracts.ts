import { z } from "zod";
import { METRICS } from "../domain/experiments/metric-names.js";

// The staff pages' contract for experiments and quality review (zod only: the Mini App imports it).

const variant = z.object({
  key: z.string(),
  texts: z.record(z.string(), z.string()),
  value: z.string().optional(),
});

export const experimentView = z.object({
  id: z.number().int(),
  code: z.string(),
  targetKind: z.enum(["message", "flow"]),
  target: z.string(),
  metric: z.enum(METRICS),
  sharePercent: z.number().int(),
  variants: z.array(variant),
  status: z.enum(["draft", "running", "stopped", "shipped"]),
  startedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
  winner: z.string().nullable(),
});
export type ExperimentViewJson = z.infer<typeof experimentView>;

export const experimentBody = z.object({
  code: z.string().min(2).max(40),
  targetKind: z.enum(["message", "flow"]),
  target: z.string().min(1).max(100),
  metric: z.enum(METRICS),
  sharePercent: z.number().int().min(1).max(100),
  variants: z
    .array(z.object({ key: z.string().length(1), texts: z.record(z.string(), z.string().max(3000)).default({}), value: z.string().max(40).optional() }))
    .min(2)
    .max(4),
});

export const experimentTargetsView = z.object({
  messages: z.array(z.object({ key: z.string(), text: z.string() })),
  flows: z.record(z.string(), z.array(z.string())),
  metrics: z.array(z.enum(METRICS)),
  languages: z.array(z.string()),
});

export const experimentCodeParams = z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/) });
export const shipBody = z.object({ variant: z.string().regex(/^[A-D]$/) });

export const verdictView = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("better"), variant: z.string(), control: z.string() }),
  z.object({ kind: z.literal("worse"), variant: z.string(), control: z.string() }),
  z.object({ kind: z.literal("no-difference"), variant: z.string(), control: z.string() }),
  z.object({ kind: z.literal("not-enough-data"), moreCustomers: z.number().int() }),
]);

export const experimentResultsView = z.object({
  experiment: experimentView,
  unit: z.enum(["share", "minutes"]),
  variants: z.array(z.object({ key: z.string(), customers: z.number().int(), value: z.number(), low: z.number(), high: z.number() })),
  verdict: verdictView,
});
export type ExperimentResultsJson = z.infer<typeof experimentResultsView>;

export const SCORECARD_LINES = ["greeting", "understood", "correct", "tone", "next_steps", "summary"] as const;
const lineScore = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const scores = z.partialRecord(z.enum(SCORECARD_LINES), lineScore);

export const finding = z.object({
  kind: z.string(),
  minutes: z.number().optional(),
  targetMinutes: z.number().optional(),
  words: z.array(z.string()).optional(),
});

export const reviewListView = z.array(z.object({ id: z.number().int(), ticketNumber: z.number().int(), agentName: z.string(), sampledAt: z.string() }));

export const reviewCardView = z.object({
  id: z.number().int(),
  ticketNumber: z.number().int(),
  agentName: z.string(),
  transcript: z.string(),
  findings: z.array(finding),
  scores,
  comment: z.string().nullable(),
  score: z.number().int().nullable(),
  scoredAt: z.string().nullable(),
});
export type ReviewCardJson = z.infer<typeof reviewCardView>;

export const reviewParams = z.object({ id: z.coerce.number().int().positive() });
export const reviewBody = z.object({ scores, comment: z.string().max(2000).optional() });
export const reviewSavedView = z.object({ score: z.number().int() });

export const qualityTrendView = z.array(
  z.object({
    agentId: z.number().int(),
    name: z.string(),
    weeks: z.array(z.object({ week: z.string(), average: z.number(), reviews: z.number().int(), flagged: z.number().int() })),
  }),
);
export type QualityTrendJson = z.infer<typeof qualityTrendView>;

export const myQualityView = z.object({
  average: z.number().nullable(),
  reviews: z.array(
    z.object({
      id: z.number().int(),
      ticketNumber: z.number().int().nullable(),
      score: z.number().int(),
      scores,
      comment: z.string().nullable(),
      scoredAt: z.string(),
    }),
  ),
});
export type MyQualityJson = z.infer<typeof myQualityView>;
