import { describe, expect, it } from "vitest";
import { deleteCustomerData } from "../../src/domain/customers/privacy.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";

// Erasing a customer leaves nothing of their conversations: the quality checks, reviews and macro
// uses of their tickets go with the tickets (foreign keys, ON DELETE CASCADE); other customers' stay.
const tdb = useTestDatabase({ resetEach: true });

async function ticketWithQualityRows(deps: ReturnType<typeof domainDeps>, agentId: number) {
  const db = tdb.prisma;
  const customer = await makeCustomer(db);
  const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "feature", text: "Export does not work", handoff: null, source: "bot" });
  const at = deps.clock.now();
  await db.qualityCheck.create({ data: { ticketId: ticket.id, agentId, findings: [{ kind: "missing-summary" }], checkedAt: at } });
  await db.qualityReview.create({ data: { ticketId: ticket.id, agentId, sampledAt: at } });
  await db.macroUse.create({
    data: { macroCode: "apology", ticketId: ticket.id, staffId: agentId, topic: "feature", queueId: ticket.queueId, language: "en", createdAt: at },
  });
  return { customer, ticket };
}

const rowsOf = async (ticketId: number) => {
  const db = tdb.prisma;
  const [checks, reviews, macros] = await Promise.all([
    db.qualityCheck.count({ where: { ticketId } }),
    db.qualityReview.count({ where: { ticketId } }),
    db.macroUse.count({ where: { ticketId } }),
  ]);
  return { checks, reviews, macros };
};

describe("erasing a customer's data", () => {
  it("removes the quality checks, reviews and macro uses of their tickets, and only theirs", async () => {
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    const erased = await ticketWithQualityRows(deps, agent.id);
    const kept = await ticketWithQualityRows(deps, agent.id);
    expect(await rowsOf(erased.ticket.id)).toEqual({ checks: 1, reviews: 1, macros: 1 });

    await deleteCustomerData(deps, erased.customer.id);

    expect(await rowsOf(erased.ticket.id)).toEqual({ checks: 0, reviews: 0, macros: 0 });
    expect(await rowsOf(kept.ticket.id)).toEqual({ checks: 1, reviews: 1, macros: 1 });
  });

  it("refuses quality rows for a ticket that does not exist", async () => {
    const at = new Date("2026-03-02T09:00:00Z");
    await expect(tdb.prisma.qualityCheck.create({ data: { ticketId: 987_654, agentId: null, checkedAt: at } })).rejects.toThrow();
    await expect(
      tdb.prisma.macroUse.create({ data: { macroCode: "apology", ticketId: 987_654, topic: "feature", queueId: 1, language: "en", createdAt: at } }),
    ).rejects.toThrow();
  });
});
