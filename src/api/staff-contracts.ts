import { z } from "zod";
import { PERMISSIONS } from "../domain/staff/permissions.js";
import { PERIODS, SPLITS } from "../domain/analytics/metrics.js";
import { CSV_TABLES } from "../domain/analytics/csv.js";

// The staff pages' API contract: the server validates with it, the Mini App types its calls by it.

export const staffMeView = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.string(),
  languageCode: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
});

const figures = z.object({
  volume: z.number(),
  answered: z.number(),
  resolved: z.number(),
  frtP50: z.number().nullable(),
  frtP90: z.number().nullable(),
  resolutionP50: z.number().nullable(),
  resolutionP90: z.number().nullable(),
  slaMet: z.number().nullable(),
  csat: z.number().nullable(),
  csatCount: z.number(),
  csatResponseRate: z.number().nullable(),
  nps: z.number().nullable(),
  npsCount: z.number(),
  npsResponseRate: z.number().nullable(),
  fcr: z.number().nullable(),
  repeatRate: z.number().nullable(),
  reopenRate: z.number().nullable(),
  handoffRate: z.number().nullable(),
});

export const numbersView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  previous: z.object({ from: z.string(), to: z.string() }),
  split: z.enum(SPLITS),
  totals: figures,
  previousTotals: figures,
  rows: z.array(figures.extend({ key: z.string(), label: z.string() })),
  selfService: z.object({ solved: z.number(), share: z.number().nullable(), previousShare: z.number().nullable() }),
  handoffReasons: z.array(z.object({ reason: z.string(), count: z.number() })),
  heatmap: z.array(z.object({ weekday: z.number(), hour: z.number(), count: z.number() })),
  community: z
    .object({
      messages: z.number(),
      spam: z.number(),
      blocked: z.number(),
      spamShare: z.number().nullable(),
      previousSpamShare: z.number().nullable(),
      captchaStarted: z.number(),
      captchaPassRate: z.number().nullable(),
      questions: z.number(),
      questionsTurnedIntoTickets: z.number(),
      reports: z.number(),
    })
    .nullable(),
});

export const numbersQueryView = z.object({
  period: z.enum(PERIODS).default("7d"),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  split: z.enum(SPLITS).default("none"),
});

export const csvQuery = numbersQueryView.extend({ table: z.enum(CSV_TABLES) });

export const boardView = z.object({
  at: z.string(),
  queues: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      waiting: z.number(),
      oldestWaitingSince: z.string().nullable(),
      atRisk: z.number(),
      breached: z.number(),
      open: z.number(),
      unassigned: z.number(),
    }),
  ),
  agents: z.array(z.object({ id: z.number(), name: z.string(), role: z.string(), queues: z.array(z.string()), load: z.number(), limit: z.number() })),
  tickets: z.array(
    z.object({
      number: z.number(),
      subject: z.string(),
      queue: z.string(),
      priority: z.string(),
      status: z.string(),
      vip: z.boolean(),
      assigneeId: z.number().nullable(),
      assignee: z.string().nullable(),
      waitingSince: z.string(),
      state: z.enum(["breached", "at-risk", "waiting", "ok"]),
    }),
  ),
});

export const assignBody = z.object({ agentId: z.number().int().min(1) });
export const moveBody = z.object({ queue: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{1,19}$/), reason: z.string().max(200).default("") });
export const actionDone = z.object({ number: z.number(), queue: z.string().optional(), assigneeId: z.number().nullable() });

export type StaffMeView = z.infer<typeof staffMeView>;
export type NumbersView = z.infer<typeof numbersView>;
export type BoardView = z.infer<typeof boardView>;
export type Figures = z.infer<typeof figures>;
