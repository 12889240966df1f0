import { beforeEach, describe, expect, it } from "vitest";
import { recordMacroUse, suggestMacros } from "../../src/domain/macros/assist.js";
import { releaseHeldReply, replyToCustomer, takeAndBrief } from "../../src/domain/tickets/agent-actions.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { resetDeskData, useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";

const tdb = useTestDatabase();
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

  it("counts a macro only when its reply goes to the customer: not when refused or held and discarded", async () => {
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    const open = async (text: string) =>
      (await openTicket(deps, { customerId: (await makeCustomer(tdb.prisma)).id, topic: "feature", text, handoff: null, source: "bot" })).ticket;
    const uses = () => tdb.prisma.macroUse.findMany({ orderBy: { id: "asc" } });

    // Sent: counted once, with the kind of ticket it answered.
    const sent = await open("Export does not work");
    expect((await replyToCustomer(deps, agent, sent.number, { text: "Could you send a screenshot?", macro: "ask-screenshot" })).kind).toBe("sent");
    expect(await uses()).toMatchObject([{ macroCode: "ask-screenshot", ticketId: sent.id, staffId: agent.id, topic: "feature", language: sent.language }]);

    // Refused (the ticket is closed): nothing reached the customer, nothing counts.
    const closed = await open("Old question");
    await tdb.prisma.ticket.update({ where: { id: closed.id }, data: { status: "closed" } });
    await expect(replyToCustomer(deps, agent, closed.number, { text: "Could you send a screenshot?", macro: "bug-confirmed" })).rejects.toThrow();
    expect(await uses()).toHaveLength(1);

    // Held by the quality check, then discarded: never sent, never counted.
    const held = await open("Login fails");
    const first = await replyToCustomer(deps, agent, held.number, { text: "Tell me your password", macro: "workaround-offered" });
    expect(first.kind).toBe("held");
    expect(await uses()).toHaveLength(1);
    await releaseHeldReply(deps, agent, first.messageId, false);
    expect(await uses()).toHaveLength(1);

    // Held, then confirmed: it goes now, and counts now.
    const again = await replyToCustomer(deps, agent, held.number, { text: "Tell me your password", macro: "workaround-offered" });
    expect(again.kind).toBe("held");
    await releaseHeldReply(deps, agent, again.messageId, true);
    expect((await uses()).map((u) => [u.macroCode, u.ticketId])).toEqual([
      ["ask-screenshot", sent.id],
      ["workaround-offered", held.id],
    ]);

    // A reply typed by hand is no macro.
    await replyToCustomer(deps, agent, sent.number, { text: "Thanks, looking into it." });
    expect(await uses()).toHaveLength(2);
  });
});
