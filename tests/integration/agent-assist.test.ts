import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordMacroUse, suggestMacros } from "../../src/domain/macros/assist.js";
import { takeAndBrief } from "../../src/domain/tickets/agent-actions.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { createTestDatabase, resetDeskData, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});
beforeEach(async () => {
  await resetDeskData(tdb.prisma);
  await tdb.prisma.$executeRawUnsafe("TRUNCATE macro_uses");
});

describe("agent assist", () => {
  it("suggests the macros most used on tickets like the one taken, best match first", async () => {
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1", "L2"]);
    const l1 = await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L1" } });
    const l2 = await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L2" } });
    const now = deps.clock.now();
    // Macro uses belong to a real ticket (a foreign key); what counts is the kind of ticket recorded with them.
    const earlier = await openTicket(deps, {
      customerId: (await makeCustomer(tdb.prisma)).id,
      topic: "feature",
      text: "Earlier one",
      handoff: null,
      source: "bot",
    });
    const id = earlier.ticket.id;
    const use = async (code: string, times: number, topic: string, queueId: number, language: string) => {
      for (let i = 0; i < times; i++) await recordMacroUse(tdb.prisma, code, { id, topic, queueId, language }, agent.id, now);
    };
    // Same topic, queue and language: weighs most even when used less often.
    await use("ask-screenshot", 2, "feature", l1.id, "en");
    // Same topic and language, another queue.
    await use("ask-device-app-version", 2, "feature", l2.id, "en");
    // Same topic, another language: still counts, less.
    await use("bug-confirmed", 3, "feature", l2.id, "ru");
    // Another topic in another queue: not like this ticket at all.
    await use("refund-started", 9, "payment", l2.id, "en");
    // Used long ago: forgotten.
    await recordMacroUse(
      tdb.prisma,
      "workaround-offered",
      { id, topic: "feature", queueId: l1.id, language: "en" },
      agent.id,
      new Date(now.getTime() - 200 * 86_400_000),
    );

    const suggested = await suggestMacros(tdb.prisma, { topic: "feature", queueId: l1.id, language: "en" }, "en", now);
    expect(suggested.map((s) => s.code)).toEqual(["ask-screenshot", "ask-device-app-version", "bug-confirmed"]);
    expect(suggested[0]).toEqual({ code: "ask-screenshot", title: "Ask for a screenshot", uses: 2 });

    // Taking a ticket brings them along with the articles.
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await openTicket(deps, {
      customerId: customer.id,
      topic: "feature",
      text: "The app crashes when I open my profile",
      handoff: null,
      source: "bot",
    });
    const taken = await takeAndBrief(deps, agent, ticket.number);
    expect(taken!.ticket.queueId).toBe(l1.id);
    expect(taken!.macros.map((m) => m.code)).toEqual(["ask-screenshot", "ask-device-app-version", "bug-confirmed"]);
  });

  it("suggests nothing on a desk that has never used a macro", async () => {
    const l1 = await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L1" } });
    expect(await suggestMacros(tdb.prisma, { topic: "feature", queueId: l1.id, language: "en" }, "en", new Date())).toEqual([]);
  });
});
