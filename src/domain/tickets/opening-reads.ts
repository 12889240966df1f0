import { readRows, type DbClient } from "../../db/index.js";
import type { Queue, Ticket } from "../../db/generated/client.js";
import { camelRow } from "../../db/sql.js";
import { arrayOf, int, nullable, num, objectOf, rowReader, text, type RowOf } from "../../db/rows.js";
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
  const rows = await readRows<CatalogRow>(
    db,
    `SELECT q.*,
       (SELECT coalesce(json_agg(json_build_object('code', r.code, 'config', r.config) ORDER BY r.code), '[]'::json)
          FROM automation_rules r WHERE r.code LIKE 'custom-%' AND r.enabled) AS rules
     FROM queues q
     WHERE (q.code = $1 AND q.active) OR q.code = $2 OR (q.is_overflow AND q.active)
     ORDER BY q.id`,
    [code, fallback],
  );
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

const waitColumns = { ahead: int, unanswered: nullable(int), agents: int, first: int, hours: nullable(text), minutes: nullable(num) };
const readWait = rowReader("ticket wait", waitColumns);
const candidate = objectOf("candidate", { staffId: int, limit: int, load: int });
const readNewTicketWait = rowReader("new ticket's wait and candidates", {
  ...waitColumns,
  candidates: arrayOf(candidate),
  overflow_candidates: arrayOf(candidate),
  number: int,
});

export type WaitFacts = RowOf<typeof waitColumns>;

/** Who could take a ticket of the queue whose id is parameter `$n`: people on duty there, with their load and limit (json). */
function candidatesJson(n: number): string {
  return `(SELECT coalesce(json_agg(json_build_object('staffId', s.id, 'limit', s.max_concurrent,
       'load', (SELECT count(*) FROM tickets t WHERE t.assignee_id = s.id AND t.status IN ${OPEN_STATUSES_SQL}))), '[]'::json)
     FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
     WHERE sq.queue_id = $${n} AND s.active AND s.on_duty)`;
}

export interface Candidates {
  candidates: Candidate[];
  /** Of the overflow queue (none when there is no overflow queue). */
  overflowCandidates: Candidate[];
}

// $1 queue, $2 queue rank; then $3 ticket id, $4 created at for a ticket in line, or $3 the
// overflow queue (with candidates) for a new one.
// A new ticket comes after every ticket of its rank and lower already in its queue: its counts are
// the sums the queue_line_count trigger keeps (see the migration), a few rows whatever the length
// of the line. A ticket in line is counted against the tickets before it, one by one.
// The unanswered tickets ahead are counted only when someone is on duty: the ETA ignores them
// otherwise (see estimateFirstResponseMinutes). A subquery in a CASE branch not taken is never run.
// "Before it in the queue" is written out (a lower rank, or the same rank and older) rather than
// as a row comparison: PostgreSQL estimates a row comparison by its first column alone, so with
// the values known it saw no ticket ahead of a new one, judged planning anew with them cheaper
// than its reusable plan, and planned this statement again on every call (about 0.6 ms each).
const AHEAD_IN_LINE = `
    (SELECT count(*) FROM tickets
      WHERE queue_id = $1 AND status IN ${OPEN_STATUSES_SQL} AND first_responded_at IS NULL
        AND assignee_id IS NULL AND id <> $3
        AND (queue_rank < $2::smallint OR (queue_rank = $2::smallint AND (created_at, id) < (($4::timestamptz AT TIME ZONE 'UTC'), $3::int))))::int AS ahead,
    CASE WHEN duty.agents > 0 THEN
      (SELECT count(*) FROM tickets
        WHERE queue_id = $1 AND status IN ${OPEN_STATUSES_SQL} AND first_responded_at IS NULL
          AND id <> $3 AND (queue_rank < $2::smallint OR (queue_rank = $2::smallint AND created_at < ($4::timestamptz AT TIME ZONE 'UTC'))))
    END::int AS unanswered`;
const AHEAD_OF_NEW = `
    (SELECT coalesce(sum(waiting), 0) FROM queue_line_counts WHERE queue_id = $1 AND queue_rank <= $2::smallint)::int AS ahead,
    CASE WHEN duty.agents > 0 THEN
      (SELECT coalesce(sum(unanswered), 0) FROM queue_line_counts WHERE queue_id = $1 AND queue_rank <= $2::smallint)
    END::int AS unanswered`;
const POLICY_AND_PACE = `
    duty.agents,
    q.first_response_minutes AS first, q.working_hours AS hours,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_responded_at - created_at) / 60)
      FROM (SELECT first_responded_at, created_at FROM tickets
            WHERE queue_id = $1 AND first_responded_at IS NOT NULL
            ORDER BY first_responded_at DESC LIMIT 50) recent)::float8 AS minutes`;
const WAIT_FROM = `FROM queues q CROSS JOIN LATERAL (
    SELECT count(*)::int AS agents FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
     WHERE sq.queue_id = q.id AND s.active AND s.on_duty) duty
  WHERE q.id = $1::int`;
const WAIT_IN_LINE_SQL = `SELECT ${AHEAD_IN_LINE}, ${POLICY_AND_PACE} ${WAIT_FROM}`;
const WAIT_OF_NEW_SQL = `SELECT ${AHEAD_OF_NEW}, ${POLICY_AND_PACE}, ${candidatesJson(1)} AS candidates,
    CASE WHEN $3::int IS NULL THEN '[]'::json ELSE ${candidatesJson(3)} END AS overflow_candidates,
    nextval('tickets_number_seq')::int AS number
  ${WAIT_FROM}`;

/**
 * What a waiting ticket's place and ETA are made of, in one round trip: tickets before it still
 * waiting for someone to take them (`ahead`: its place) and still unanswered (`unanswered`: the
 * ETA counts those held by someone too; null when nobody is on duty), the people on duty, the
 * queue's policy and hours, and what the recent first answers took.
 */
export async function waitFacts(db: DbClient, ticket: Pick<Ticket, "id" | "queueId" | "queueRank" | "createdAt">): Promise<WaitFacts | undefined> {
  const [row] = await readRows(db, WAIT_IN_LINE_SQL, [ticket.queueId, ticket.queueRank, ticket.id, ticket.createdAt.toISOString()]);
  return row === undefined ? undefined : readWait(row);
}

/**
 * waitFacts for a ticket about to be opened in `queueId` with `queueRank` (behind every ticket of
 * its rank and lower there), who in its queue and in the overflow queue could take it, and its
 * number, drawn now so that its receipt can be written with it (a number drawn for a request
 * that turns out to be a repeat is skipped, as one of a failed insert always was).
 */
export async function newTicketWaitFacts(
  db: DbClient,
  ticket: Pick<Ticket, "queueId" | "queueRank">,
  overflowId: number | null,
): Promise<(WaitFacts & Candidates & { number: number }) | undefined> {
  const [row] = await readRows(db, WAIT_OF_NEW_SQL, [ticket.queueId, ticket.queueRank, overflowId]);
  if (row === undefined) return undefined;
  const { candidates, overflow_candidates, ...facts } = readNewTicketWait(row);
  return { ...facts, candidates, overflowCandidates: overflow_candidates };
}
