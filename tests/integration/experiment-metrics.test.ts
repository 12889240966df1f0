import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { metricValues } from "../../src/domain/experiments/metrics.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { makeCustomer } from "../helpers/domain.js";

// The per-customer values an experiment is judged by, from the desk's own tables.
let tdb: TestDatabase;
let sql: Sql;
beforeAll(async () => {
  tdb = await createTestDatabase();
  sql = createSqlPool(tdb.url, 2);
});
afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

const FROM = new Date("2026-03-02T00:00:00Z");
const TO = new Date("2026-03-09T00:00:00Z");
const at = (hours: number) => new Date(FROM.getTime() + hours * 3_600_000);

async function ticket(customerId: number, created: Date, extra: { firstRespondedAt?: Date; resolvedAt?: Date } = {}) {
  const queue = await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L1" } });
  return tdb.prisma.ticket.create({
    data: {
      customerId,
      topic: "other",
      queueId: queue.id,
      subject: "x",
      language: "en",
      createdAt: created,
      firstResponseDueAt: created,
      etaAt: created,
      ...extra,
    },
  });
}

describe("experiment metrics", () => {
  it("counts each customer once, inside the window only", async () => {
    const solved = await makeCustomer(tdb.prisma);
    const solvedThenTicket = await makeCustomer(tdb.prisma);
    const ticketOnly = await makeCustomer(tdb.prisma);
    const before = await makeCustomer(tdb.prisma);
    await tdb.prisma.selfServiceOutcome.create({ data: { customerId: solved.id, query: "refund", solved: true, createdAt: at(1) } });
    await tdb.prisma.selfServiceOutcome.create({ data: { customerId: solvedThenTicket.id, query: "refund", solved: true, createdAt: at(1) } });
    await ticket(solvedThenTicket.id, at(2), { firstRespondedAt: at(2.5), resolvedAt: at(3) });
    await ticket(ticketOnly.id, at(5), { firstRespondedAt: at(5.1), resolvedAt: at(6) });
    // A repeat contact 2 days after the resolution.
    await ticket(ticketOnly.id, at(54));
    await ticket(before.id, new Date(FROM.getTime() - 3_600_000), { firstRespondedAt: new Date(FROM.getTime() - 1_800_000) });

    const byKey = (rows: Array<{ key: string; value: number }>) => Object.fromEntries(rows.map((r) => [r.key, Math.round(r.value * 10) / 10]));
    const key = (c: { telegramId: bigint }) => String(c.telegramId);

    expect(byKey(await metricValues(sql, "self-service", FROM, TO))).toEqual({ [key(solved)]: 1, [key(solvedThenTicket)]: 0, [key(ticketOnly)]: 0 });
    // Minutes to the first answer, averaged over the customer's tickets (the unanswered one has none).
    expect(byKey(await metricValues(sql, "frt", FROM, TO))).toEqual({ [key(solvedThenTicket)]: 30, [key(ticketOnly)]: 6 });
    expect(byKey(await metricValues(sql, "repeat-contacts", FROM, TO))).toEqual({ [key(solvedThenTicket)]: 0, [key(ticketOnly)]: 1 });
  });
});
