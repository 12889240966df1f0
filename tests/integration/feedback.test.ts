import { describe, expect, it } from "vitest";
import { sendDailyDigest } from "../../src/domain/analytics/digest.js";
import { setRule } from "../../src/domain/automation/rules.js";
import { answerFollowUp, inNpsSample, rateTicket, recordNps } from "../../src/domain/feedback/ratings.js";
import { runSlaSweep } from "../../src/domain/sla/sweep.js";
import { replyToCustomer, resolveTicket, takeAndBrief } from "../../src/domain/tickets/agent-actions.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { variantFor } from "../../src/domain/experiments/assignment.js";
import { defineExperiment, startExperiment } from "../../src/domain/experiments/experiments.js";
import { ExperimentTexts } from "../../src/domain/experiments/texts.js";
import { messageCatalog } from "../../src/i18n/catalog.js";
import { loadTexts } from "../../src/i18n/index.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer, outboxTexts } from "../helpers/domain.js";

const tdb = useTestDatabase({ resetEach: true });

const HOUR = 3_600_000;
const ALERTS = -100555n;

async function resolvedTicket(deps: ReturnType<typeof domainDeps>, who?: { id: number }, by?: Awaited<ReturnType<typeof makeAgent>>) {
  const agent = by ?? (await makeAgent(tdb.prisma, ["L1"]));
  const customer = who ? await tdb.prisma.customer.findUniqueOrThrow({ where: { id: who.id } }) : await makeCustomer(tdb.prisma);
  const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "feature", text: "Export does not work", handoff: null, source: "bot" });
  await replyToCustomer(deps, agent, ticket.number, { text: "Fixed on our side." });
  await resolveTicket(deps, agent, ticket.number, "Fixed the export", "Try again");
  return { agent, customer, ticket };
}

describe("closing the loop", () => {
  it("asks for a rating with the resolution, thanks for a good one, and asks NPS of the sample", async () => {
    const deps = domainDeps(tdb.prisma, { npsSamplePercent: 100 });
    const { agent, customer, ticket } = await resolvedTicket(deps);
    const resolution = await tdb.prisma.outboxMessage.findFirstOrThrow({
      where: { chatId: customer.telegramId, kind: "customer-notice" },
      orderBy: { id: "desc" },
    });
    const buttons = (resolution.payload as { reply_markup: { inline_keyboard: Array<Array<{ callback_data: string }>> } }).reply_markup.inline_keyboard[0]!;
    expect(buttons.map((b) => b.callback_data)).toEqual([1, 2, 3, 4, 5].map((n) => `csat:${ticket.number}:${n}`));

    expect(await rateTicket(deps, customer.id, ticket.number, 4)).toBe("thanks-nps");
    await recordNps(deps, customer.id, ticket.number, 9);
    expect(await tdb.prisma.rating.findUnique({ where: { ticketId: ticket.id } })).toMatchObject({ csat: 4, nps: 9, staffId: agent.id });
  });

  it("reopens the ticket for a supervisor after a rating of 1-2 and alerts the staff", async () => {
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: ALERTS });
    const { customer, ticket } = await resolvedTicket(deps);
    expect(await rateTicket(deps, customer.id, ticket.number, 1)).toBe("supervisor");
    const reopened = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(reopened).toMatchObject({ status: "in_progress", priority: "high", resolvedAt: null });
    expect(await outboxTexts(tdb.prisma, ALERTS)).toEqual([
      `⚠️ Ticket #${ticket.number} got a rating of 1 ⭐ and is open again: a supervisor should contact the customer.`,
    ]);
    await expect(rateTicket(deps, customer.id, ticket.number, 9)).rejects.toThrow(/1 to 5/);
  });

  it("follows up 48 h after resolution: 'no' reopens it to the same agent, silence closes it", async () => {
    const deps = domainDeps(tdb.prisma);
    const first = await resolvedTicket(deps);
    deps.clock.advance(47 * HOUR);
    expect((await runSlaSweep(deps)).events).toBe(0);
    deps.clock.advance(1 * HOUR);
    expect((await runSlaSweep(deps)).events).toBe(1);
    const ask = await tdb.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: first.customer.telegramId }, orderBy: { id: "desc" } });
    expect((ask.payload as { text: string }).text).toContain(`resolved ticket #${first.ticket.number}. Did the solution help?`);

    await answerFollowUp(deps, first.customer.id, first.ticket.number, false);
    const back = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: first.ticket.id }, include: { messages: true } });
    expect(back).toMatchObject({ status: "in_progress", assigneeId: first.agent.id });
    expect(back.messages.some((m) => m.internal && m.text.includes("did not help"))).toBe(true);
    expect(await outboxTexts(tdb.prisma, first.agent.telegramId, { kind: "agent-copy" })).toContain(
      `🔁 The customer says the solution for #${first.ticket.number} did not help; the ticket is open again.`,
    );

    // A second ticket whose customer never answers the follow-up is closed a day later.
    const second = await resolvedTicket(deps);
    deps.clock.advance(48 * HOUR);
    await runSlaSweep(deps);
    deps.clock.advance(24 * HOUR);
    await runSlaSweep(deps);
    expect((await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: second.ticket.id } })).status).toBe("closed");
  });

  it("asks a customer in the 'next-day' variant of a rating-timing experiment for the rating with the follow-up, not the resolution", async () => {
    const db = tdb.prisma;
    await db.experiment.deleteMany({ where: { code: "rating-later" } });
    const admin = { staffId: (await makeAgent(db, [], { role: "admin" })).id, at: new Date("2026-03-01T09:00:00Z") };
    const e = await defineExperiment(
      db,
      messageCatalog(loadTexts("en")),
      {
        code: "rating-later",
        targetKind: "flow",
        target: "rating-timing",
        metric: "csat",
        sharePercent: 100,
        variants: [
          { key: "A", texts: {}, value: "on-resolve" },
          { key: "B", texts: {}, value: "next-day" },
        ],
      },
      admin,
    );
    await startExperiment(db, e.code, admin);
    const live = new ExperimentTexts(db);
    await live.refresh();
    const deps = { ...domainDeps(db), experimentTexts: live };
    const ids = Array.from({ length: 40 }, (_, i) => BigInt(771_000 + i));
    const customerIn = (variant: string) =>
      db.customer.create({ data: { telegramId: ids.find((id) => variantFor(id, e) === variant)!, firstName: "Test", consentAt: new Date() } });
    const agent = await makeAgent(db, ["L1"]);
    const later = await resolvedTicket(deps, await customerIn("B"), agent);
    const usual = await resolvedTicket(deps, await customerIn("A"), agent);

    type Sent = { text: string; reply_markup?: { inline_keyboard: Array<Array<{ callback_data: string }>> } };
    const lastTo = async (chatId: bigint) =>
      (await db.outboxMessage.findFirstOrThrow({ where: { chatId, kind: "customer-notice" }, orderBy: { id: "desc" } })).payload as Sent;
    const rows = (m: Sent) => (m.reply_markup?.inline_keyboard ?? []).map((row) => row.map((b) => b.callback_data));
    const stars = (n: number) => [1, 2, 3, 4, 5].map((s) => `csat:${n}:${s}`);

    // At resolution: the usual customer is asked at once, the one in B is not.
    expect(rows(await lastTo(usual.customer.telegramId))).toEqual([stars(usual.ticket.number)]);
    const resolvedB = await lastTo(later.customer.telegramId);
    expect(resolvedB.text).toContain("Fixed the export");
    expect(rows(resolvedB)).toEqual([]);

    // At the follow-up: B gets the question and the stars in one message; A only the question.
    deps.clock.advance(48 * HOUR);
    expect((await runSlaSweep(deps)).events).toBe(2);
    const followB = await lastTo(later.customer.telegramId);
    expect(followB.text).toContain(`resolved ticket #${later.ticket.number}. Did the solution help?`);
    expect(followB.text).toContain(`How would you rate the help you got with ticket #${later.ticket.number}?`);
    expect(rows(followB)).toEqual([[`fu:${later.ticket.number}:yes`, `fu:${later.ticket.number}:no`], stars(later.ticket.number)]);
    const followA = await lastTo(usual.customer.telegramId);
    expect(followA.text).not.toContain("How would you rate");
    expect(rows(followA)).toEqual([[`fu:${usual.ticket.number}:yes`, `fu:${usual.ticket.number}:no`]]);
    expect(await rateTicket(deps, later.customer.id, later.ticket.number, 5)).toBe("thanks");
  });

  it("lets an admin switch automations off", async () => {
    const deps = domainDeps(tdb.prisma);
    const admin = await makeAgent(tdb.prisma, [], { role: "admin" });
    await setRule(tdb.prisma, "csat-request", false, admin.id, deps.clock.now());
    await setRule(tdb.prisma, "status-notifications", false, admin.id, deps.clock.now());
    const { customer } = await resolvedTicket(deps);
    const resolution = await tdb.prisma.outboxMessage.findFirstOrThrow({
      where: { chatId: customer.telegramId, kind: "customer-notice" },
      orderBy: { id: "desc" },
    });
    expect((resolution.payload as { reply_markup?: { inline_keyboard: unknown[][] } }).reply_markup?.inline_keyboard ?? []).toEqual([]);
    await expect(setRule(tdb.prisma, "no-such-rule", false, admin.id, deps.clock.now())).rejects.toThrow(/rule not found/);
    expect(await tdb.prisma.auditLog.count({ where: { action: "rule-off" } })).toBe(2);
  });

  it("tells the customer when an agent takes the ticket, unless they turned notifications off", async () => {
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    const on = await makeCustomer(tdb.prisma);
    const off = await tdb.prisma.customer.create({ data: { telegramId: 990002n, firstName: "Off", consentAt: new Date(), notificationsEnabled: false } });
    for (const c of [on, off]) {
      const { ticket } = await openTicket(deps, { customerId: c.id, topic: "other", text: "hello there, need help", handoff: null, source: "bot" });
      await takeAndBrief(deps, agent, ticket.number);
    }
    expect((await outboxTexts(tdb.prisma, on.telegramId, { kind: "customer-notice" })).at(-1)).toMatch(/is now handling ticket/);
    expect(await outboxTexts(tdb.prisma, off.telegramId, { kind: "customer-notice" })).toEqual([]);
  });

  it("sends the daily digest with the day's figures", async () => {
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: ALERTS });
    const { customer, ticket } = await resolvedTicket(deps);
    await rateTicket(deps, customer.id, ticket.number, 5);
    const other = await makeCustomer(tdb.prisma);
    await openTicket(deps, { customerId: other.id, topic: "payment", text: "card declined today", handoff: null, source: "bot" });
    deps.clock.advance(HOUR);
    const digest = await sendDailyDigest(deps);
    expect(digest).toMatchObject({ opened: 2, resolved: 1, csat: 5, ratings: 1 });
    const [text] = await outboxTexts(tdb.prisma, ALERTS);
    expect(text).toContain("Opened: 2 · resolved: 1");
    expect(text).toContain("CSAT: 5.00 (1 ratings)");
  });

  it("samples NPS evenly and stably", () => {
    const sampled = Array.from({ length: 1000 }, (_, i) => inNpsSample(10_001 + i, 20)).filter(Boolean).length;
    expect(sampled).toBeGreaterThan(150);
    expect(sampled).toBeLessThan(250);
    expect(inNpsSample(10_042, 20)).toBe(inNpsSample(10_042, 20));
  });
});
