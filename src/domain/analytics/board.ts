import type { Sql } from "../../db/index.js";
import { OPEN_STATUSES_SQL } from "../tickets/statuses.js";

// The live board: what a supervisor watches to rebalance the queues. Only open tickets are read
// (the (queue_id, status) and (assignee_id, status) indexes), so its cost follows the size of the
// backlog, not of the history.

export interface BoardQueue {
  code: string;
  name: string;
  /** Open tickets whose customer is waiting for staff: never answered, or a message unanswered since. */
  waiting: number;
  /** Since when the longest-waiting of them waits (the page counts the seconds). */
  oldestWaitingSince: string | null;
  /** Open, not yet breached, and a deadline (first answer or resolution) within the queue's warning time. */
  atRisk: number;
  /** Open with a breach recorded (first answer or resolution). */
  breached: number;
  open: number;
  unassigned: number;
}

export interface BoardAgent {
  id: number;
  name: string;
  role: string;
  queues: string[];
  load: number;
  limit: number;
}

export interface BoardTicket {
  number: number;
  subject: string;
  queue: string;
  priority: string;
  status: string;
  vip: boolean;
  assigneeId: number | null;
  assignee: string | null;
  waitingSince: string;
  state: "breached" | "at-risk" | "waiting" | "ok";
}

export interface Board {
  at: string;
  queues: BoardQueue[];
  agents: BoardAgent[];
  /** The open tickets that need an eye, worst first (breached, at risk, waiting longest). */
  tickets: BoardTicket[];
}

const OPEN = OPEN_STATUSES_SQL;

export async function liveBoard(sql: Sql, now: Date, limit = 50): Promise<Board> {
  const nowIso = now.toISOString();
  const [queues, agents, tickets] = await Promise.all([
    sql.query(
      `WITH o AS (
         SELECT t.queue_id, t.assignee_id, t.status,
                CASE WHEN t.status <> 'waiting_customer' AND (t.first_responded_at IS NULL OR t.unanswered_since IS NOT NULL)
                     THEN coalesce(t.unanswered_since, t.created_at) END AS waiting_since,
                (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL) AS breached,
                least(CASE WHEN t.first_responded_at IS NULL THEN t.first_response_due_at END,
                      CASE WHEN t.paused_at IS NULL THEN t.resolution_due_at END) AS next_due
         FROM tickets t WHERE t.status IN ${OPEN}
       )
       SELECT q.code, q.name,
              count(o.waiting_since)::int AS waiting,
              min(o.waiting_since) AS oldest,
              count(*) FILTER (WHERE NOT o.breached AND o.next_due < $1::timestamp + make_interval(mins => q.warn_before_minutes))::int AS at_risk,
              count(*) FILTER (WHERE o.breached)::int AS breached,
              count(o.queue_id)::int AS open,
              count(o.queue_id) FILTER (WHERE o.assignee_id IS NULL)::int AS unassigned
       FROM queues q LEFT JOIN o ON o.queue_id = q.id
       WHERE q.active
       GROUP BY q.id ORDER BY q.sort_order, q.code`,
      [nowIso],
    ),
    sql.query(
      `SELECT s.id, s.display_name AS name, s.role::text AS role, s.max_concurrent AS "limit",
              (SELECT count(*)::int FROM tickets t WHERE t.assignee_id = s.id AND t.status IN ${OPEN}) AS load,
              coalesce((SELECT array_agg(q.code ORDER BY q.code) FROM staff_queues sq JOIN queues q ON q.id = sq.queue_id WHERE sq.staff_id = s.id), '{}') AS queues
       FROM staff_members s WHERE s.active AND s.on_duty ORDER BY s.display_name, s.id`,
    ),
    sql.query(
      `SELECT t.number, t.subject, q.code AS queue, t.priority::text AS priority, t.status::text AS status, t.vip,
              t.assignee_id, s.display_name AS assignee,
              coalesce(t.unanswered_since, t.created_at) AS waiting_since,
              CASE WHEN t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL THEN 'breached'
                   WHEN least(CASE WHEN t.first_responded_at IS NULL THEN t.first_response_due_at END,
                              CASE WHEN t.paused_at IS NULL THEN t.resolution_due_at END) < $1::timestamp + make_interval(mins => q.warn_before_minutes) THEN 'at-risk'
                   WHEN t.status <> 'waiting_customer' AND (t.first_responded_at IS NULL OR t.unanswered_since IS NOT NULL) THEN 'waiting'
                   ELSE 'ok' END AS state
       FROM tickets t JOIN queues q ON q.id = t.queue_id LEFT JOIN staff_members s ON s.id = t.assignee_id
       WHERE t.status IN ${OPEN}
       ORDER BY CASE WHEN t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL THEN 0 ELSE 1 END,
                t.queue_rank, coalesce(t.unanswered_since, t.created_at), t.id
       LIMIT $2`,
      [nowIso, limit],
    ),
  ]);
  return {
    at: nowIso,
    queues: queues.rows.map((r) => ({
      code: r.code,
      name: r.name,
      waiting: r.waiting,
      oldestWaitingSince: r.oldest === null ? null : (r.oldest as Date).toISOString(),
      atRisk: r.at_risk,
      breached: r.breached,
      open: r.open,
      unassigned: r.unassigned,
    })),
    agents: agents.rows.map((r) => ({ id: r.id, name: r.name, role: r.role, queues: r.queues, load: r.load, limit: r.limit })),
    tickets: tickets.rows.map((r) => ({
      number: r.number,
      subject: r.subject,
      queue: r.queue,
      priority: r.priority,
      status: r.status,
      vip: r.vip,
      assigneeId: r.assignee_id,
      assignee: r.assignee,
      waitingSince: (r.waiting_since as Date).toISOString(),
      state: r.state,
    })),
  };
}

type Listener = (board: Board) => void;

/**
 * One board per process for every open page: while anyone watches, the board is read every
 * `everyMs` and sent only when it changed. Reading is cheap (open tickets only) and covers every
 * instance's changes, where an in-process event would miss tickets another instance opened.
 */
export class BoardFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | undefined;
  private last = "";
  private latest: Board | undefined;
  private running = false;

  constructor(
    private readonly read: () => Promise<Board>,
    private readonly everyMs = 2_000,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.latest) listener(this.latest);
    if (!this.timer) {
      this.timer = setInterval(() => void this.tick(), this.everyMs);
      this.timer.unref();
      void this.tick();
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
        this.latest = undefined;
        this.last = "";
      }
    };
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const board = await this.read();
      // "at" changes every read; only a change of content is news.
      const key = JSON.stringify({ ...board, at: "" });
      if (key === this.last) return;
      this.last = key;
      this.latest = board;
      for (const l of this.listeners) l(board);
    } catch (err) {
      this.onError(err);
    } finally {
      this.running = false;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }
}
