import { describe, expect, it } from "vitest";
import { ruleMatches, saveCustomRule, type CustomRule } from "../../src/domain/automation/custom-rules.js";
import { setRule } from "../../src/domain/automation/rules.js";
import { appendCustomerMessage, openTicket } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer, outboxTexts } from "../helpers/domain.js";

const tdb = useTestDatabase({ resetEach: true });

const ALERTS = -100999n;

describe("admin-defined automation rules", () => {
  it("matches on every condition given and ignores the ones left out", () => {
    const rule: CustomRule = { event: "ticket-created", when: { topic: ["payment"], vip: true, textContains: ["Refund"] }, then: { action: "alert" } };
    const facts = { topic: "payment", queue: "VIP", priority: "high", vip: true, language: "en", text: "where is my refund?" };
    expect(ruleMatches(rule, facts)).toBe(true);
    expect(ruleMatches(rule, { ...facts, vip: false })).toBe(false);
    expect(ruleMatches(rule, { ...facts, text: "card declined" })).toBe(false);
    expect(ruleMatches({ ...rule, when: {} }, { ...facts, topic: "idea" })).toBe(true);
  });

  it("refuses a malformed rule with the reason", async () => {
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    await expect(saveCustomRule(tdb.prisma, "custom-x1", { event: "never", then: { action: "alert" } }, admin.id, new Date())).rejects.toThrow(/event/);
    await expect(
      saveCustomRule(tdb.prisma, "custom-x2", { event: "ticket-created", then: { action: "move-queue", queue: "l2" } }, admin.id, new Date()),
    ).rejects.toThrow(/queue/);
    await expect(
      saveCustomRule(tdb.prisma, "custom-x3", { event: "ticket-created", then: { action: "send-message", text: { ru: "привет" } } }, admin.id, new Date()),
    ).rejects.toThrow(/English/);
    await expect(saveCustomRule(tdb.prisma, "Bad Code", { event: "ticket-created", then: { action: "alert" } }, admin.id, new Date())).rejects.toThrow(
      /rule code/,
    );
  });

  it("raises priority, moves queue, alerts and writes to the customer when its conditions hold", async () => {
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: ALERTS });
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    const at = deps.clock.now();
    await saveCustomRule(
      tdb.prisma,
      "custom-vip-payments",
      { event: "ticket-created", when: { vip: true, topic: ["payment"] }, then: { action: "set-priority", priority: "critical" } },
      admin.id,
      at,
    );
    await saveCustomRule(
      tdb.prisma,
      "custom-ideas-to-l2",
      { event: "ticket-created", when: { topic: ["idea"] }, then: { action: "move-queue", queue: "L2" } },
      admin.id,
      at,
    );
    await saveCustomRule(
      tdb.prisma,
      "custom-lawyer",
      { event: "customer-message", when: { textContains: ["lawyer", "адвокат"] }, then: { action: "alert" } },
      admin.id,
      at,
    );
    await saveCustomRule(
      tdb.prisma,
      "custom-refund-times",
      {
        event: "customer-message",
        when: { textContains: ["refund", "возврат"] },
        then: { action: "send-message", text: { en: "Refunds take 3-10 business days.", ru: "Возврат занимает 3–10 рабочих дней." } },
      },
      admin.id,
      at,
    );

    const vip = await makeCustomer(tdb.prisma, { isVip: true });
    const a = await openTicket(deps, { customerId: vip.id, topic: "payment", text: "charged twice", handoff: null, source: "bot" });
    const afterA = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: a.ticket.id }, include: { events: true } });
    expect(afterA).toMatchObject({ priority: "critical", queueRank: 0 });
    expect(afterA.events.map((e) => e.type)).toContain("rule-fired");

    const plain = await makeCustomer(tdb.prisma, { languageCode: "ru" });
    const b = await openTicket(deps, { customerId: plain.id, topic: "idea", text: "please add dark mode", handoff: null, source: "bot" });
    expect((await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: b.ticket.id }, include: { queue: true } })).queue.code).toBe("L2");

    await appendCustomerMessage(deps, { ticketId: b.ticket.id, text: "Где мой возврат? Я позову адвоката" });
    expect(await outboxTexts(tdb.prisma, plain.telegramId, { kind: "customer-notice" })).toEqual(["Возврат занимает 3–10 рабочих дней."]);
    expect(await outboxTexts(tdb.prisma, ALERTS)).toEqual([`🔔 Rule custom-lawyer fired on ticket #${b.ticket.number}.`]);

    // Switched off, a rule does nothing.
    await setRule(tdb.prisma, "custom-refund-times", false, admin.id, at);
    await appendCustomerMessage(deps, { ticketId: b.ticket.id, text: "refund please" });
    expect(await outboxTexts(tdb.prisma, plain.telegramId, { kind: "customer-notice" })).toHaveLength(1);
  });
});
