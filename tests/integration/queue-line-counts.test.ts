import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { OPEN_STATUSES_SQL } from "../../src/domain/tickets/statuses.js";
import { createTestDatabase, resetDeskData, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";
import { seededRng } from "../helpers/fuzz.js";

// The lines' sums that a new ticket's place and ETA read (queue_line_counts, kept by triggers on
// tickets) against the tickets themselves, after every kind of change a ticket goes through,
// made from several database sessions at once (each writes to a shard of its own).

let db: TestDatabase;
const pools: Sql[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 3; i++) pools.push(createSqlPool(db.url, 2));
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await db?.drop();
});

interface Line {
  queue: number;
  rank: number;
  waiting: number;
  unanswered: number;
}

const key = (l: Line) => `${l.queue}/${l.rank}`;

async function lines(sql: string): Promise<Map<string, Line>> {
  const rows = await db.prisma.$queryRawUnsafe<Line[]>(sql);
  return new Map(rows.filter((l) => l.waiting !== 0 || l.unanswered !== 0).map((l) => [key(l), l]));
}

/** The sums kept, and the lines counted from the tickets, for comparison. */
async function keptAndCounted() {
  const kept = await lines(
    `SELECT queue_id AS queue, queue_rank::int AS rank, sum(waiting)::int AS waiting, sum(unanswered)::int AS unanswered
     FROM queue_line_counts GROUP BY 1, 2`,
  );
  const counted = await lines(
    `SELECT queue_id AS queue, queue_rank::int AS rank, count(*) FILTER (WHERE assignee_id IS NULL)::int AS waiting, count(*)::int AS unanswered
     FROM tickets WHERE status IN ${OPEN_STATUSES_SQL} AND first_responded_at IS NULL GROUP BY 1, 2`,
  );
  return { kept, counted };
}

describe("the lines' sums", () => {
  it("follow every change of a ticket, from three sessions at once", async () => {
    const { prisma } = db;
    const queues = (await prisma.queue.findMany({ select: { id: true } })).map((q) => q.id);
    const agents = [(await makeAgent(prisma, ["L1"])).id, (await makeAgent(prisma, ["L2"])).id];
    const customers = await Promise.all(Array.from({ length: 6 }, () => makeCustomer(prisma)));
    const rng = seededRng(20261130);
    const random = rng.next;
    const pick = rng.pick;
    const statuses = ["new", "in_progress", "waiting_customer", "resolved", "closed"] as const;

    // One change of a random kind to a random ticket (or a new one), through one session.
    const change = async (sql: Sql) => {
      const some = `(SELECT id FROM tickets ORDER BY random() LIMIT 1)`;
      switch (Math.floor(random() * 9)) {
        case 0:
        case 1:
          await sql.query(
            `INSERT INTO tickets (customer_id, topic, queue_id, subject, language, first_response_due_at, eta_at, queue_rank, status, assignee_id, first_responded_at, updated_at)
             VALUES ($1, 'other', $2, 's', 'en', now(), now(), $3, $4::"TicketStatus", $5, $6, now())`,
            [
              pick(customers).id,
              pick(queues),
              Math.floor(random() * 5),
              pick(statuses),
              random() < 0.3 ? pick(agents) : null,
              random() < 0.2 ? new Date() : null,
            ],
          );
          return;
        case 2:
          return sql.query(`UPDATE tickets SET assignee_id = $1 WHERE id = ${some}`, [random() < 0.5 ? pick(agents) : null]);
        case 3:
          return sql.query(`UPDATE tickets SET first_responded_at = $1 WHERE id = ${some}`, [random() < 0.7 ? new Date() : null]);
        case 4:
          return sql.query(`UPDATE tickets SET status = $1::"TicketStatus" WHERE id = ${some}`, [pick(statuses)]);
        case 5:
          return sql.query(`UPDATE tickets SET queue_id = $1, queue_rank = $2 WHERE id = ${some}`, [pick(queues), Math.floor(random() * 5)]);
        case 6:
          // Several tickets in one statement, across queues.
          return sql.query(`UPDATE tickets SET assignee_id = NULL, status = 'new' WHERE id % 7 = $1`, [Math.floor(random() * 7)]);
        case 7:
          // A change that puts no ticket in or out of a line.
          return sql.query(`UPDATE tickets SET subject = 'changed', updated_at = now() WHERE id = ${some}`);
        default:
          return sql.query(`DELETE FROM tickets WHERE id = ${some}`);
      }
    };

    for (let round = 0; round < 8; round++) {
      await Promise.all(
        pools.map(async (sql) => {
          for (let i = 0; i < 25; i++) await change(sql);
        }),
      );
      // Inside a transaction that is rolled back, nothing stays.
      const client = await pools[round % pools.length]!.connect();
      try {
        await client.query("BEGIN");
        await client.query(`UPDATE tickets SET status = 'closed' WHERE status = 'new'`);
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
      const { kept, counted } = await keptAndCounted();
      expect(counted.size).toBeGreaterThan(0);
      expect(kept).toEqual(counted);
    }

    // A customer erased takes their tickets, and their places, with them.
    await prisma.customer.delete({ where: { id: customers[0]!.id } });
    const afterErasure = await keptAndCounted();
    expect(afterErasure.kept).toEqual(afterErasure.counted);

    await resetDeskData(prisma);
    expect((await keptAndCounted()).kept.size).toBe(0);
  });

  it("give a new ticket the place that counting the tickets gives", async () => {
    await resetDeskData(db.prisma);
    const deps = domainDeps(db.prisma);
    const open = async (priority?: "high") => {
      const customer = await makeCustomer(db.prisma);
      const handoff = priority ? { reason: "operator" as const, queue: null, priority } : null;
      const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "other", text: "operator please", handoff, source: "bot" });
      const sent = await db.prisma.outboxMessage.findMany({ where: { ticketId: ticket.id } });
      const place = sent.map((m) => /Your place in line: (\d+)/.exec(JSON.stringify(m.payload))?.[1]).find(Boolean);
      return { ticket, place: Number(place) };
    };
    const first = await open();
    const second = await open();
    expect([first.place, second.place]).toEqual([1, 2]);
    // Taken: no longer anyone's place. A higher priority goes before the normal line of its queue.
    await db.prisma.ticket.update({ where: { id: first.ticket.id }, data: { assigneeId: (await makeAgent(db.prisma, [], { onDuty: false })).id } });
    expect((await open()).place).toBe(2);
    const urgent = await open("high");
    expect(urgent.ticket.queueId).toBe(second.ticket.queueId);
    expect(urgent.place).toBe(1);
    expect((await open()).place).toBe(4);
    // Answered and moved on: the line shortens.
    await db.prisma.ticket.update({ where: { id: second.ticket.id }, data: { firstRespondedAt: deps.clock.now(), status: "in_progress" } });
    expect((await open()).place).toBe(4);
  });
});
