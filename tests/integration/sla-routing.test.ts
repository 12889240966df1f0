import pino from "pino";
import { describe, expect, it } from "vitest";
import { runSlaSweep } from "../../src/domain/sla/sweep.js";
import { nextTicketFor, takeNextTicket, takeTicket } from "../../src/domain/routing/assignment.js";
import { ConflictError } from "../../src/domain/shared/errors.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { JobRunner } from "../../src/jobs/runner.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer, outboxTexts } from "../helpers/domain.js";

const tdb = useTestDatabase({ resetEach: true });

const MIN = 60_000;
const open = (deps: ReturnType<typeof domainDeps>, customerId: number, extra: Partial<Parameters<typeof openTicket>[1]> = {}) =>
  openTicket(deps, { customerId, topic: "payment", text: "My card was declined", handoff: null, source: "bot", ...extra });

describe("assignment", () => {
  it("gives a new ticket to the least-loaded agent on duty, and a returning customer to their last agent", async () => {
    const deps = domainDeps(tdb.prisma);
    const busy = await makeAgent(tdb.prisma, ["L1"]);
    const free = await makeAgent(tdb.prisma, ["L1"]);
    await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    for (let i = 0; i < 2; i++)
      await open(deps, (await makeCustomer(tdb.prisma)).id).then((r) =>
        tdb.prisma.ticket.update({ where: { id: r.ticket.id }, data: { assigneeId: busy.id } }),
      );

    const ann = await makeCustomer(tdb.prisma);
    const first = await open(deps, ann.id);
    expect(first.ticket.assigneeId).toBe(free.id);
    // Ann comes back while "free" now has more work than "busy": she still gets her agent.
    for (let i = 0; i < 3; i++)
      await tdb.prisma.ticket.update({ where: { id: (await open(deps, (await makeCustomer(tdb.prisma)).id)).ticket.id }, data: { assigneeId: free.id } });
    await tdb.prisma.ticket.update({ where: { id: first.ticket.id }, data: { status: "closed" } });
    const again = await open(deps, ann.id);
    expect(again.ticket.assigneeId).toBe(free.id);
  });

  it("respects the per-agent limit and overflows when the queue is full", async () => {
    const deps = domainDeps(tdb.prisma);
    const only = await makeAgent(tdb.prisma, ["L1"], { maxConcurrent: 1 });
    const spare = await makeAgent(tdb.prisma, ["OVERFLOW"]);
    const a = await open(deps, (await makeCustomer(tdb.prisma)).id);
    const b = await open(deps, (await makeCustomer(tdb.prisma)).id);
    expect(a.ticket.assigneeId).toBe(only.id);
    expect(b.ticket.assigneeId).toBe(spare.id);
    const overflowQueue = await tdb.prisma.queue.findUniqueOrThrow({ where: { code: "OVERFLOW" } });
    expect(b.ticket.queueId).toBe(overflowQueue.id);
    const events = await tdb.prisma.ticketEvent.findMany({ where: { ticketId: b.ticket.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["created", "overflowed"]);
    // With the overflow full as well, the ticket waits in its own queue.
    await tdb.prisma.staffMember.update({ where: { id: spare.id }, data: { onDuty: false } });
    const c = await open(deps, (await makeCustomer(tdb.prisma)).id);
    expect(c.ticket.assigneeId).toBeNull();
  });

  it("never lets two agents hold the same ticket", async () => {
    const deps = domainDeps(tdb.prisma);
    const ticket = (await open(deps, (await makeCustomer(tdb.prisma)).id)).ticket;
    const agents = await Promise.all(Array.from({ length: 8 }, () => makeAgent(tdb.prisma, ["L1"])));
    const results = await Promise.allSettled(agents.map((a) => takeTicket(deps, a.id, ticket.number)));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    const held = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(agents.map((a) => a.id)).toContain(held.assigneeId);
    expect(await tdb.prisma.ticketEvent.count({ where: { ticketId: ticket.id, type: "taken" } })).toBe(1);
  });

  it("hands out the next ticket in priority order: critical, VIP, then the longest waiting", async () => {
    const deps = domainDeps(tdb.prisma);
    const old = await open(deps, (await makeCustomer(tdb.prisma)).id, { text: "old normal" });
    deps.clock.advance(5 * MIN);
    const vip = await open(deps, (await makeCustomer(tdb.prisma, { isVip: true })).id, { text: "vip" });
    deps.clock.advance(5 * MIN);
    const critical = await open(deps, (await makeCustomer(tdb.prisma)).id, {
      text: "critical",
      handoff: { reason: "operator", queue: null, priority: "critical" },
    });
    // The VIP went to the VIP queue; an L1+VIP agent sees the critical L1 ticket first.
    const agent = await makeAgent(tdb.prisma, ["L1", "VIP"], { onDuty: false, maxConcurrent: 10 });
    expect((await nextTicketFor(tdb.prisma, agent.id))?.number).toBe(critical.ticket.number);
    const order = [];
    for (let i = 0; i < 3; i++) order.push((await takeNextTicket(deps, agent.id))?.number);
    expect(order).toEqual([critical.ticket.number, vip.ticket.number, old.ticket.number]);
    expect(await takeNextTicket(deps, agent.id)).toBeNull();
  });
});

describe("SLA clocks", () => {
  it("warns, breaches, escalates L1 -> L2 and alerts, each exactly once, across job-runner restarts", async () => {
    const alertChat = -100777n;
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: alertChat });
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    const l2agent = await makeAgent(tdb.prisma, ["L2"], { onDuty: false });
    const { ticket } = await open(deps, (await makeCustomer(tdb.prisma)).id);
    expect(ticket.nextSlaCheckAt).toEqual(new Date(ticket.createdAt.getTime() + 10 * MIN));
    const sla = { ...deps, settings: { ...deps.settings } };
    const runner = () => new JobRunner({ databaseUrl: tdb.url, log: pino({ level: "silent" }), sweepSeconds: 300, sweep: () => runSlaSweep(sla) });

    // Nothing is due yet.
    let jobs = runner();
    await jobs.start();
    expect(await jobs.sweepNow()).toEqual({ tickets: 0, events: 0 });

    deps.clock.advance(11 * MIN); // 4 minutes before the first-response deadline
    await tdb.prisma.staffMember.update({ where: { id: agent.id }, data: { onDuty: true } });
    expect(await jobs.sweepNow()).toEqual({ tickets: 1, events: 1 });
    expect(await outboxTexts(tdb.prisma, agent.telegramId, { kind: null })).toEqual([`⏰ Ticket #${ticket.number} (L1): the first answer is due in 4 min.`]);
    expect(await jobs.sweepNow()).toEqual({ tickets: 0, events: 0 });

    // Restart the job runner (a deploy): the breach still happens, once.
    await jobs.stop();
    jobs = runner();
    await jobs.start();
    deps.clock.advance(5 * MIN);
    expect(await jobs.sweepNow()).toEqual({ tickets: 1, events: 1 });
    expect(await jobs.sweepNow()).toEqual({ tickets: 0, events: 0 });
    await jobs.stop();

    const after = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { queue: true } });
    expect(after.queue.code).toBe("L2");
    expect(after.firstResponseDueAt).toEqual(new Date(deps.clock.now().getTime() + 30 * MIN));
    const types = (await tdb.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { id: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["created", "sla-first-response-warning", "sla-first-response-breach", "escalated"]);
    const alerts = await outboxTexts(tdb.prisma, alertChat);
    expect(alerts).toEqual([
      `🚨 SLA breached: ticket #${ticket.number} (L1) has waited 16 min without a first answer.`,
      `↗️ Ticket #${ticket.number} escalated from L1 to L2.`,
    ]);
    expect(await outboxTexts(tdb.prisma, l2agent.telegramId, { kind: null })).toEqual([]);
  });

  it("pauses the resolution clock while waiting for the customer and resumes it on their answer", async () => {
    const deps = domainDeps(tdb.prisma);
    const { ticket } = await open(deps, (await makeCustomer(tdb.prisma)).id);
    const { appendCustomerMessage } = await import("../../src/domain/tickets/tickets.js");
    // An agent answered at +2 min and asked for details at +60 min.
    await tdb.prisma.ticket.update({
      where: { id: ticket.id },
      data: {
        firstRespondedAt: new Date(ticket.createdAt.getTime() + 2 * MIN),
        lastStaffMessageAt: new Date(ticket.createdAt.getTime() + 60 * MIN),
        status: "waiting_customer",
        pausedAt: new Date(ticket.createdAt.getTime() + 60 * MIN),
        nextSlaCheckAt: null,
      },
    });
    deps.clock.advance(24 * 60 * MIN); // a day later: no resolution breach while paused
    expect(await runSlaSweep(deps)).toEqual({ tickets: 0, events: 0 });
    await appendCustomerMessage(deps, { ticketId: ticket.id, text: "Here are the details" });
    const resumed = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(resumed.status).toBe("in_progress");
    // The 240-minute resolution budget had 180 minutes left when the clock paused at +60 min.
    expect(resumed.resolutionDueAt!.getTime() - deps.clock.now().getTime()).toBe(180 * MIN);
    expect(resumed.nextSlaCheckAt).toEqual(new Date(deps.clock.now().getTime() + 10 * MIN)); // unanswered alert
  });

  it("alerts the assignee, then the queue, when a customer message stays unanswered", async () => {
    const deps = domainDeps(tdb.prisma);
    const a = await makeAgent(tdb.prisma, ["L1"]);
    const b = await makeAgent(tdb.prisma, ["L1"]);
    const { ticket } = await open(deps, (await makeCustomer(tdb.prisma)).id);
    const t0 = deps.clock.now();
    await tdb.prisma.ticket.update({
      where: { id: ticket.id },
      data: { assigneeId: a.id, status: "in_progress", firstRespondedAt: t0, lastStaffMessageAt: t0 },
    });
    const { appendCustomerMessage } = await import("../../src/domain/tickets/tickets.js");
    deps.clock.advance(MIN);
    await appendCustomerMessage(deps, { ticketId: ticket.id, text: "thanks!" });
    deps.clock.advance(11 * MIN);
    expect((await runSlaSweep(deps)).events).toBe(1);
    deps.clock.advance(10 * MIN);
    expect((await runSlaSweep(deps)).events).toBe(1);
    expect(await runSlaSweep(deps)).toEqual({ tickets: 0, events: 0 });
    expect(await outboxTexts(tdb.prisma, a.telegramId, { kind: null })).toEqual([
      `💬 Ticket #${ticket.number} (L1): the customer's last message has waited 10 min for an answer.`,
      `💬 Ticket #${ticket.number} (L1): the customer's last message has waited 20 min for an answer.`,
    ]);
    expect(await outboxTexts(tdb.prisma, b.telegramId, { kind: null })).toEqual([
      `💬 Ticket #${ticket.number} (L1): the customer's last message has waited 20 min for an answer.`,
    ]);
  });

  it("alerts the on-duty team at once for Security/Payments tickets", async () => {
    const alertChat = -100888n;
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: alertChat });
    const sec = await makeAgent(tdb.prisma, ["SECURITY"], { maxConcurrent: 0 });
    await open(deps, (await makeCustomer(tdb.prisma)).id, {
      topic: "account",
      text: "hacked",
      handoff: { reason: "security", queue: "SECURITY", priority: "critical" },
    });
    const [chat] = await outboxTexts(tdb.prisma, alertChat);
    expect(chat).toMatch(/^🛡 Security\/Payments: new ticket #\d+ \(account\), priority critical/);
    expect(await outboxTexts(tdb.prisma, sec.telegramId, { kind: null })).toHaveLength(1);
    // ...and the ticket card with its Take button.
    expect(await outboxTexts(tdb.prisma, sec.telegramId, { kind: "ticket-card" })).toHaveLength(1);
    const critical = await tdb.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: alertChat } });
    expect(critical.critical).toBe(true);
  });
});

describe("clarification requests", () => {
  it("reminds the customer after 24 h without an answer, then closes the ticket with a message", async () => {
    const { replyToCustomer } = await import("../../src/domain/tickets/agent-actions.js");
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await open(deps, customer.id);
    deps.clock.advance(5 * MIN);
    const asked = await replyToCustomer(deps, agent, ticket.number, { text: "Which order is it?", clarification: true });
    expect(asked.kind).toBe("sent");
    const waiting = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(waiting).toMatchObject({ status: "waiting_customer", assigneeId: agent.id });
    expect(waiting.nextSlaCheckAt).toEqual(new Date(deps.clock.now().getTime() + 24 * 60 * MIN));

    deps.clock.advance(24 * 60 * MIN);
    expect((await runSlaSweep(deps)).events).toBe(1);
    deps.clock.advance(12 * 60 * MIN);
    expect((await runSlaSweep(deps)).events).toBe(0);
    deps.clock.advance(12 * 60 * MIN);
    expect((await runSlaSweep(deps)).events).toBe(1);

    const closed = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(closed.status).toBe("closed");
    expect(closed.nextSlaCheckAt).toBeNull();
    expect(closed.events.map((e) => e.type).slice(-3)).toEqual(["clarification-requested", "sla-clarification-reminder", "sla-clarification-timeout"]);
    const texts = await outboxTexts(tdb.prisma, customer.telegramId, { kind: "customer-notice" });
    expect(texts).toEqual([
      `A reminder: ticket #${ticket.number} is waiting for your answer. Reply here and we'll carry on.`,
      `We closed ticket #${ticket.number} because we didn't hear back. Write here any time and we'll pick it up again.`,
    ]);
  });
});
