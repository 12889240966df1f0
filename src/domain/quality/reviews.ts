import type { Db, DbClient, Prisma, Sql } from "../../db/index.js";
import type { Notifier } from "../notifications.js";
import { audit } from "../audit/audit.js";
import { conversationSoFar, staffRecipient } from "../tickets/briefing.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../shared/errors.js";
import { staffAlertTargets, type AlertSettings } from "../staff/audience.js";
import { checkTicket, findingsOf } from "./automatic.js";
import { FINDING_ITEM, type Finding } from "./checks.js";
import { SCORECARD_ITEMS, isComplete, scorePercent, type ItemScore, type ScorecardItem, type Scores } from "./scorecard.js";

// Quality review: each day a sample of every agent's resolved conversations waits for a
// supervisor, with the automatic checks' findings already on the scorecard (a flagged line starts
// at "no"; the supervisor may overrule it). The agent is told their score and sees it any time.

export interface ReviewDeps {
  db: Db;
  notifier: Notifier;
  settings: AlertSettings & { forbiddenWords: readonly string[] };
}

export interface SampleOptions {
  perAgent: number;
  now: Date;
  /** Whose calendar day `perAgent` counts in (the digest's); UTC when not given. */
  timeZone?: string;
  /** A number in [0, 1) per call: Math.random in production, a seeded one in tests. */
  random?: () => number;
}

/** One sampling at a time across instances and retries (a transaction-level advisory lock). */
const SAMPLING_LOCK = 72_707_380;

/**
 * Picks conversations resolved in the last day, not sampled before, so that each agent has at most
 * `perAgent` sampled on the day: run again the same day (a retry, a second instance) it only tops
 * up. The day's reviews are created in one transaction, so a failure leaves none half-made.
 */
export async function sampleForReview(deps: ReviewDeps, opts: SampleOptions): Promise<number> {
  if (opts.perAgent <= 0) return 0;
  const since = new Date(opts.now.getTime() - 86_400_000);
  const timeZone = opts.timeZone ?? "UTC";
  const random = opts.random ?? Math.random;
  const created = await deps.db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SAMPLING_LOCK})`;
      const resolved = await tx.ticket.findMany({
        where: { resolvedAt: { gte: since, lte: opts.now }, assigneeId: { not: null } },
        select: { id: true, assigneeId: true },
        orderBy: { id: "asc" },
      });
      const already = new Set(
        (await tx.qualityReview.findMany({ where: { ticketId: { in: resolved.map((t) => t.id) } }, select: { ticketId: true } })).map((r) => r.ticketId),
      );
      // Sampled today already, per agent (sampled_at is stored as UTC without a zone).
      const today = await tx.$queryRaw<Array<{ agent_id: number; n: bigint }>>`
        SELECT agent_id, count(*) AS n FROM quality_reviews
        WHERE (sampled_at AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone})::date
            = (${opts.now}::timestamptz AT TIME ZONE ${timeZone})::date
        GROUP BY agent_id`;
      const sampledToday = new Map(today.map((r) => [r.agent_id, Number(r.n)]));
      const byAgent = new Map<number, number[]>();
      for (const t of resolved) if (!already.has(t.id)) byAgent.set(t.assigneeId!, [...(byAgent.get(t.assigneeId!) ?? []), t.id]);
      let made = 0;
      for (const [agentId, ids] of byAgent) {
        const room = Math.max(0, opts.perAgent - (sampledToday.get(agentId) ?? 0));
        // A partial Fisher-Yates shuffle: each conversation equally likely to be picked.
        for (let i = 0; i < Math.min(room, ids.length); i++) {
          const j = i + Math.floor(random() * (ids.length - i));
          [ids[i], ids[j]] = [ids[j]!, ids[i]!];
          const ticketId = ids[i]!;
          const findings = (await tx.qualityCheck.findUnique({ where: { ticketId } }))
            ? await findingsOf(tx, ticketId)
            : await checkTicket(tx, ticketId, deps.settings.forbiddenWords, opts.now);
          await tx.qualityReview.create({
            data: { ticketId, agentId, sampledAt: opts.now, scores: prefilled(findings) as Prisma.InputJsonValue },
          });
          made++;
        }
      }
      if (made) for (const r of await staffAlertTargets(tx, deps.settings)) await deps.notifier.send(tx, r, { key: "qa-sampled", vars: { count: made } });
      return made;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return created;
}

/** Lines the automatic checks flagged start at "no". */
function prefilled(findings: Finding[]): Scores {
  const scores: Scores = {};
  for (const f of findings) {
    const item = FINDING_ITEM[f.kind];
    if (item) scores[item] = 0;
  }
  return scores;
}

export interface ReviewCard {
  id: number;
  ticketNumber: number;
  agentId: number;
  agentName: string;
  transcript: string;
  findings: Finding[];
  scores: Scores;
  comment: string | null;
  score: number | null;
  scoredAt: Date | null;
}

export async function reviewCard(db: DbClient, reviewId: number): Promise<ReviewCard> {
  const r = await db.qualityReview.findUnique({ where: { id: reviewId } });
  if (!r) throw new NotFoundError("review", { reviewId });
  const ticket = await db.ticket.findUnique({ where: { id: r.ticketId }, include: { customer: { select: { firstName: true } } } });
  if (!ticket) throw new NotFoundError("ticket", { ticketId: r.ticketId });
  const agent = await db.staffMember.findUnique({ where: { id: r.agentId }, select: { displayName: true } });
  return {
    id: r.id,
    ticketNumber: ticket.number,
    agentId: r.agentId,
    agentName: agent?.displayName ?? "?",
    transcript: (await conversationSoFar(db, ticket)).text,
    findings: await findingsOf(db, r.ticketId),
    scores: r.scores as Scores,
    comment: r.comment,
    score: r.score,
    scoredAt: r.scoredAt,
  };
}

/**
 * Reviews waiting for a supervisor, oldest first; the reviewer's own conversations are left out
 * (nobody scores their own work).
 */
export async function pendingReviews(db: DbClient, reviewerId: number | null, limit = 20) {
  const rows = await db.qualityReview.findMany({
    where: { scoredAt: null, ...(reviewerId !== null ? { agentId: { not: reviewerId } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
  });
  const tickets = await db.ticket.findMany({ where: { id: { in: rows.map((r) => r.ticketId) } }, select: { id: true, number: true } });
  const agents = await db.staffMember.findMany({ where: { id: { in: rows.map((r) => r.agentId) } }, select: { id: true, displayName: true } });
  return rows
    .filter((r) => tickets.some((t) => t.id === r.ticketId))
    .map((r) => ({
      id: r.id,
      ticketNumber: tickets.find((t) => t.id === r.ticketId)!.number,
      agentName: agents.find((a) => a.id === r.agentId)?.displayName ?? "?",
      sampledAt: r.sampledAt,
    }));
}

/**
 * The review, held until the transaction ends: a line scored and the scorecard saved at the same
 * moment must not interleave (the saved score would disagree with the lines). Refuses a reviewer
 * scoring their own conversation.
 */
async function lockedReview(tx: DbClient, reviewId: number, reviewerId: number) {
  const [row] = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM quality_reviews WHERE id = ${reviewId} FOR UPDATE`;
  const r = row ? await tx.qualityReview.findUnique({ where: { id: reviewId } }) : null;
  if (!r) throw new NotFoundError("review", { reviewId });
  if (r.agentId === reviewerId) throw new ForbiddenError("this is your own conversation: another supervisor reviews it");
  return r;
}

export async function setItemScore(db: Db, reviewId: number, item: string, value: number, reviewerId: number): Promise<Scores> {
  if (!(SCORECARD_ITEMS as readonly string[]).includes(item)) throw new ValidationError(`no scorecard line "${item}"`);
  if (value !== 0 && value !== 1 && value !== 2) throw new ValidationError("a line scores 0, 1 or 2");
  return db.$transaction(async (tx) => {
    const r = await lockedReview(tx, reviewId, reviewerId);
    if (r.scoredAt) throw new ConflictError("already-scored", "this review is already saved");
    const scores: Scores = { ...(r.scores as Scores), [item as ScorecardItem]: value as ItemScore };
    await tx.qualityReview.update({ where: { id: reviewId }, data: { scores: scores as Prisma.InputJsonValue, reviewerId } });
    return scores;
  });
}

/**
 * Saves the scorecard (every line scored) with an optional comment, and tells the agent their
 * score. A comment added after saving reaches the agent too.
 */
export async function finishReview(
  deps: Pick<ReviewDeps, "db" | "notifier">,
  reviewId: number,
  reviewer: { id: number },
  now: Date,
  input: { scores?: Scores; comment?: string } = {},
): Promise<{ score: number }> {
  return deps.db.$transaction(async (tx) => {
    const r = await lockedReview(tx, reviewId, reviewer.id);
    if (r.scoredAt) throw new ConflictError("already-scored", "this review is already saved");
    const scores: Scores = { ...(r.scores as Scores), ...input.scores };
    if (!isComplete(scores)) throw new ValidationError(`score every line first: ${SCORECARD_ITEMS.filter((i) => scores[i] === undefined).join(", ")}`);
    const score = scorePercent(scores);
    const comment = input.comment?.trim() || r.comment;
    await tx.qualityReview.update({
      where: { id: reviewId },
      data: { scores: scores as Prisma.InputJsonValue, score, comment, reviewerId: reviewer.id, scoredAt: now },
    });
    await audit(tx, { staffId: reviewer.id, action: "quality-review", ticketId: r.ticketId, data: { reviewId, score }, at: now });
    await tellAgent(deps.notifier, tx, r.agentId, r.ticketId, score, comment);
    return { score };
  });
}

export async function commentReview(
  deps: Pick<ReviewDeps, "db" | "notifier">,
  reviewId: number,
  reviewer: { id: number },
  comment: string,
  now: Date,
): Promise<void> {
  const text = comment.trim().slice(0, 2000);
  if (!text) throw new ValidationError("write the comment after the review number");
  // Only a missing review is "not found": any other failure is the database's and surfaces as such.
  await deps.db.$transaction(async (tx) => {
    await lockedReview(tx, reviewId, reviewer.id);
    const r = await tx.qualityReview.update({ where: { id: reviewId }, data: { comment: text, reviewerId: reviewer.id } });
    await audit(tx, { staffId: reviewer.id, action: "quality-comment", ticketId: r.ticketId, data: { reviewId }, at: now });
    if (r.scoredAt && r.score !== null) await tellAgent(deps.notifier, tx, r.agentId, r.ticketId, r.score, text);
  });
}

async function tellAgent(notifier: Notifier, tx: DbClient, agentId: number, ticketId: number, score: number, comment: string | null) {
  const agent = await tx.staffMember.findUnique({ where: { id: agentId } });
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { number: true } });
  if (!agent?.active || !ticket) return;
  await notifier.send(tx, staffRecipient(agent), {
    key: comment ? "qa-scored-comment" : "qa-scored",
    vars: { number: String(ticket.number), score, comment: comment ?? "" },
  });
}

/** An agent's own scores, newest first, with the average of the last 30 days. */
export async function agentQuality(db: DbClient, agentId: number, now: Date) {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await db.qualityReview.findMany({ where: { agentId, scoredAt: { not: null } }, orderBy: { scoredAt: "desc" }, take: 20 });
  const tickets = await db.ticket.findMany({ where: { id: { in: rows.map((r) => r.ticketId) } }, select: { id: true, number: true } });
  const recent = rows.filter((r) => r.scoredAt! >= since);
  return {
    average: recent.length ? Math.round(recent.reduce((a, r) => a + r.score!, 0) / recent.length) : null,
    reviews: rows.map((r) => ({
      id: r.id,
      ticketNumber: tickets.find((t) => t.id === r.ticketId)?.number ?? null,
      score: r.score!,
      scores: r.scores as Scores,
      comment: r.comment,
      scoredAt: r.scoredAt!,
    })),
  };
}

/** Each agent's average score per week (Monday-based, UTC) over the last `weeks` weeks. */
export async function qualityTrend(sql: Sql, now: Date, weeks = 8) {
  const since = new Date(now.getTime() - weeks * 7 * 86_400_000);
  const { rows } = await sql.query<{ agent_id: number; name: string; week: Date; average: string; reviews: string; flagged: string }>(
    `SELECT r.agent_id, s.display_name AS name, date_trunc('week', r.scored_at) AS week,
            avg(r.score) AS average, count(*) AS reviews,
            count(*) FILTER (WHERE jsonb_array_length(COALESCE(q.findings, '[]'::jsonb)) > 0) AS flagged
     FROM quality_reviews r
     JOIN staff_members s ON s.id = r.agent_id
     LEFT JOIN quality_checks q ON q.ticket_id = r.ticket_id
     WHERE r.scored_at >= $1
     GROUP BY r.agent_id, s.display_name, week
     ORDER BY s.display_name, week`,
    [since],
  );
  const agents = new Map<number, { agentId: number; name: string; weeks: Array<{ week: string; average: number; reviews: number; flagged: number }> }>();
  for (const r of rows) {
    const a = agents.get(r.agent_id) ?? { agentId: r.agent_id, name: r.name, weeks: [] };
    a.weeks.push({ week: r.week.toISOString().slice(0, 10), average: Math.round(Number(r.average)), reviews: Number(r.reviews), flagged: Number(r.flagged) });
    agents.set(r.agent_id, a);
  }
  return [...agents.values()];
}
