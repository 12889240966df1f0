import { Prisma, type DbClient } from "../../db/index.js";
import type { Queue, Ticket } from "../../db/generated/client.js";
import { camelRow } from "../../db/sql.js";
import type { Candidate } from "../routing/assignment.js";
import { OPEN_STATUSES_SQL } from "./statuses.js";

// What opening a ticket reads, in two statements before its transaction: the queues it may land
// in with the automation rules, then its wait and who could take it. Every ticket asks these; as
// separate Prisma calls they were six round trips, each compiled by Prisma's query compiler.

export interface StoredRule {
  code: string;
  config: unknown;
}

export interface OpeningCatalog {
  /** The routed queue when it is active, else the fallback queue. */
  queue: Queue;
  /** An active overflow queue other than `queue`, if the desk has one. */
  overflow: Queue | null;
  /** The enabled admin-defined rules (custom-*), as stored. */
  rules: StoredRule[];
}

type CatalogRow = Record<string, unknown> & { rules: StoredRule[] | string };

/** The queue a ticket routed to `code` goes to (`fallback` when that one is gone or switched off), the overflow queue and the rules. */
export async function openingCatalog(db: DbClient, code: string, fallback: string): Promise<OpeningCatalog> {
  const rows = await db.$queryRaw<CatalogRow[]>`
    SELECT q.*,
      (SELECT coalesce(json_agg(json_build_object('code', r.code, 'config', r.config) ORDER BY r.code), '[]'::json)
         FROM automation_rules r WHERE r.code LIKE 'custom-%' AND r.enabled) AS rules
    FROM queues q
    WHERE (q.code = ${code} AND q.active) OR q.code = ${fallback} OR (q.is_overflow AND q.active)
    ORDER BY q.id`;
  const queues = rows.map(({ rules: _rules, ...q }) => camelRow<Queue>(q));
  const queue = queues.find((q) => q.code === code && q.active) ?? queues.find((q) => q.code === fallback);
  if (!queue) throw new Error(`No queue "${code}" and no fallback queue "${fallback}"`);
  const first = rows[0]?.rules ?? [];
  return {
    queue,
    overflow: queues.find((q) => q.isOverflow && q.active && q.id !== queue.id) ?? null,
    rules: typeof first === "string" ? (JSON.parse(first) as StoredRule[]) : first,
  };
}

export type WaitFacts = { ahead: number; unanswered: number; agents: number; first: number; hours: string | null; minutes: number | null };

/** Who could take a ticket of a queue: people on duty there, with their load and limit (json). */
function candidatesJson(queueId: number): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('staffId', s.id, 'limit', s.max_concurrent,
       'load', (SELECT count(*) FROM tickets t WHERE t.assignee_id = s.id AND t.status IN ${Prisma.raw(OPEN_STATUSES_SQL)}))), '[]'::json)
     FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
     WHERE sq.queue_id = ${queueId} AND s.active AND s.on_duty)`;
}

export interface Candidates {
  candidates: Candidate[];
  /** Of the overflow queue (none when there is no overflow queue). */
  overflowCandidates: Candidate[];
}

/**
 * What a waiting ticket's place and ETA are made of, in one round trip: tickets before it still
 * waiting for someone to take them (`ahead`: its place) and still unanswered (`unanswered`: the
 * ETA counts those held by someone too), the people on duty, the queue's policy and hours, and
 * what the recent first answers took. With `overflowId` (a new ticket), also who in its queue and
 * in the overflow queue could take it.
 */
export async function waitFacts(db: DbClient, ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt">): Promise<WaitFacts | undefined>;
export async function waitFacts(
  db: DbClient,
  ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt">,
  assignment: { overflowId: number | null },
): Promise<(WaitFacts & Candidates) | undefined>;
export async function waitFacts(
  db: DbClient,
  ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt">,
  assignment?: { overflowId: number | null },
): Promise<(WaitFacts & Partial<Candidates>) | undefined> {
  const [row] = await db.$queryRaw<Array<WaitFacts & { candidates?: unknown; overflow_candidates?: unknown }>>`
    SELECT
      (SELECT count(*) FROM tickets
        WHERE queue_id = ${ticket.queueId} AND status IN ${Prisma.raw(OPEN_STATUSES_SQL)} AND first_responded_at IS NULL
          AND assignee_id IS NULL AND id <> ${ticket.id}
          AND (queue_rank, created_at, id) < (${ticket.queueRank}::smallint, ${ticket.createdAt}, ${ticket.id}))::int AS ahead,
      (SELECT count(*) FROM tickets
        WHERE queue_id = ${ticket.queueId} AND status IN ${Prisma.raw(OPEN_STATUSES_SQL)} AND first_responded_at IS NULL
          AND id <> ${ticket.id} AND (queue_rank, created_at) < (${ticket.queueRank}::smallint, ${ticket.createdAt}))::int AS unanswered,
      (SELECT count(*) FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
        WHERE sq.queue_id = ${ticket.queueId} AND s.active AND s.on_duty)::int AS agents,
      q.first_response_minutes AS first, q.working_hours AS hours,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_responded_at - created_at) / 60)
        FROM (SELECT first_responded_at, created_at FROM tickets
              WHERE queue_id = ${ticket.queueId} AND first_responded_at IS NOT NULL
              ORDER BY created_at DESC LIMIT 50) recent) AS minutes
      ${
        assignment
          ? Prisma.sql`, ${candidatesJson(ticket.queueId)} AS candidates,
              ${assignment.overflowId === null ? Prisma.sql`'[]'::json` : candidatesJson(assignment.overflowId)} AS overflow_candidates`
          : Prisma.empty
      }
    FROM queues q WHERE q.id = ${ticket.queueId}`;
  if (!row) return undefined;
  const { candidates, overflow_candidates, ...facts } = row;
  if (!assignment) return facts;
  return { ...facts, candidates: candidateList(candidates), overflowCandidates: candidateList(overflow_candidates) };
}

function candidateList(json: unknown): Candidate[] {
  const list = (typeof json === "string" ? JSON.parse(json) : json) as Array<{ staffId: number; limit: number; load: number | string }>;
  return list.map((c) => ({ staffId: c.staffId, limit: c.limit, load: Number(c.load) }));
}
