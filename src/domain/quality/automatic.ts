import type { DbClient, Prisma } from "../../db/index.js";
import { checkConversation, type CheckedConversation, type Finding } from "./checks.js";

// Every resolved conversation is checked once, by the SLA sweep's timer (idempotent: a ticket
// with a check row is skipped, so instances and retries never double the work). Findings are
// stored, and shown on the scorecard when the conversation is sampled for review.

/** Conversations checked per sweep: small batches keep the sweep short on a busy desk. */
const BATCH = 50;
/** Resolved longer ago than this when the checks were switched on: left alone. */
const LOOKBACK_DAYS = 14;

export async function loadConversation(db: DbClient, ticketId: number): Promise<(CheckedConversation & { agentId: number | null }) | null> {
  const t = await db.ticket.findUnique({
    where: { id: ticketId },
    include: {
      messages: { where: { held: false }, orderBy: { id: "asc" } },
      events: { where: { type: "resolved" }, orderBy: { id: "desc" }, take: 1 },
    },
  });
  if (!t) return null;
  const resolved = t.events[0]?.data as { nextSteps?: string } | undefined;
  return {
    agentId: t.assigneeId,
    createdAt: t.createdAt,
    firstRespondedAt: t.firstRespondedAt,
    firstResponseDueAt: t.firstResponseDueAt,
    resolvedAt: t.resolvedAt,
    resolutionDueAt: t.resolutionDueAt,
    summary: t.summary,
    nextSteps: resolved?.nextSteps ?? null,
    handoffReason: t.handoffReason,
    messages: t.messages.map((m) => ({ author: m.author, text: m.text, internal: m.internal, at: m.createdAt })),
  };
}

/** Checks one conversation now and stores what was found (again, if it was checked before). */
export async function checkTicket(db: DbClient, ticketId: number, forbiddenWords: readonly string[], now: Date): Promise<Finding[]> {
  const c = await loadConversation(db, ticketId);
  if (!c) return [];
  const findings = checkConversation(c, forbiddenWords);
  const data = { agentId: c.agentId, findings: findings as unknown as Prisma.InputJsonValue, checkedAt: now };
  await db.qualityCheck.upsert({ where: { ticketId }, create: { ticketId, ...data }, update: data });
  return findings;
}

/** Checks the resolved conversations not checked yet; returns how many it checked. */
export async function checkResolvedConversations(db: DbClient, forbiddenWords: readonly string[], now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT t.id FROM tickets t
    WHERE t.resolved_at >= ${since} AND t.resolved_at <= ${now}
      AND NOT EXISTS (SELECT 1 FROM quality_checks q WHERE q.ticket_id = t.id)
    ORDER BY t.resolved_at LIMIT ${BATCH}`;
  for (const { id } of rows) await checkTicket(db, id, forbiddenWords, now);
  return rows.length;
}

export async function findingsOf(db: DbClient, ticketId: number): Promise<Finding[]> {
  const row = await db.qualityCheck.findUnique({ where: { ticketId } });
  return (row?.findings as unknown as Finding[] | undefined) ?? [];
}
