import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockedFolders, startEmbeddedPostgres } from "../../src/db/embedded.js";
import { setVip } from "../../src/domain/customers/vip.js";
import { moveTicketToQueue } from "../../src/domain/routing/move.js";
import { runSlaSweep } from "../../src/domain/sla/sweep.js";
import { replyToCustomer } from "../../src/domain/tickets/agent-actions.js";
import { openTicket, ticketWait } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";

const tdb = useTestDatabase({ resetEach: true });

const HOUR = 3_600_000;
const open = (deps: ReturnType<typeof domainDeps>, customerId: number, topic: "feature" | "account" = "feature") =>
  openTicket(deps, { customerId, topic, text: "The export button does nothing", handoff: null, source: "bot" });

describe("the clarification reminder", () => {
  it("waits for the end of the customer's quiet hours", async () => {
    const deps = domainDeps(tdb.prisma, {}, { start: 22 * 60, end: 8 * 60 });
    deps.clock.set(new Date("2026-03-02T23:00:00Z"));
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await open(deps, customer.id);
    await replyToCustomer(deps, agent, ticket.number, { text: "Which browser do you use?", clarification: true });
    deps.clock.advance(24 * HOUR); // 23:00 the next night: the reminder is due, in quiet hours
    await runSlaSweep(deps);
    const reminder = await tdb.prisma.outboxMessage.findFirstOrThrow({
      where: { chatId: customer.telegramId, payload: { path: ["text"], string_contains: "A reminder" } },
    });
    expect(reminder.notBefore).toEqual(new Date("2026-03-04T08:00:00Z"));
  });
});

describe("working hours", () => {
  it("start the SLA clock at the opening, and the receipt says when the answer comes", async () => {
    const deps = domainDeps(tdb.prisma, { deskTimeZone: "Europe/Berlin" }); // Monday 2026-03-02 10:00 in Berlin
    await tdb.prisma.queue.update({ where: { code: "L1" }, data: { workingHours: "tue-fri 09:00-18:00" } });
    try {
      await makeAgent(tdb.prisma, ["L1"]); // on duty, yet the queue is closed today
      const customer = await makeCustomer(tdb.prisma);
      const { ticket } = await open(deps, customer.id);
      const opening = new Date("2026-03-03T08:00:00Z"); // Tuesday 09:00 in Berlin
      expect(ticket.firstResponseDueAt).toEqual(new Date(opening.getTime() + 15 * 60_000));
      expect(ticket.resolutionDueAt).toEqual(new Date(opening.getTime() + 240 * 60_000));
      const wait = await ticketWait(tdb.prisma, ticket, deps.clock.now(), deps.settings);
      expect(wait.opensAt).toEqual(opening);
      const receipt = await tdb.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: customer.telegramId, ticketId: ticket.id } });
      expect(String((receipt.payload as { text: string }).text)).toContain("Our team is offline now (working hours: tue-fri 09:00-18:00 (Europe/Berlin))");
    } finally {
      await tdb.prisma.queue.update({ where: { code: "L1" }, data: { workingHours: null } });
    }
  });
});

describe("one way to move a ticket between queues", () => {
  it("starts the new queue's clock, keeps the history, and briefs the agents on duty there with the conversation", async () => {
    const deps = domainDeps(tdb.prisma);
    const l2 = await makeAgent(tdb.prisma, ["L2"], { maxConcurrent: 0 }); // on duty, but no room: gets a card
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await open(deps, customer.id);
    const target = await tdb.prisma.queue.findUniqueOrThrow({ where: { code: "L2" } });
    deps.clock.advance(HOUR);
    const moved = await tdb.prisma.$transaction((tx) =>
      moveTicketToQueue(deps, tx, ticket.id, {
        to: target,
        kind: "transfer",
        reason: "billing expert",
        actor: { type: "system", id: null },
        now: deps.clock.now(),
      }),
    );
    expect(moved.queueId).toBe(target.id);
    expect(moved.firstResponseDueAt).toEqual(new Date(deps.clock.now().getTime() + 30 * 60_000));
    expect(moved.resolutionDueAt).toEqual(new Date(deps.clock.now().getTime() + 1440 * 60_000));
    expect(moved.nextSlaCheckAt).toEqual(new Date(deps.clock.now().getTime() + 20 * 60_000)); // L2 warns 10 min before
    const card = await tdb.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: l2.telegramId, kind: "ticket-card" } });
    expect(String((card.payload as { text: string }).text)).toContain("Test: The export button does nothing");
    const events = await tdb.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id, type: "escalated" } });
    expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ from: "L1", to: "L2", kind: "transfer", reason: "billing expert" })]);
  });
});

describe("overflow", () => {
  it("is a queue move like any other: the overflow queue's SLA applies from the move", async () => {
    const deps = domainDeps(tdb.prisma);
    await makeAgent(tdb.prisma, ["L1"], { maxConcurrent: 0 }); // on duty in L1, no room
    const spare = await makeAgent(tdb.prisma, ["OVERFLOW"]);
    const { ticket } = await open(deps, (await makeCustomer(tdb.prisma)).id);
    expect(ticket.assigneeId).toBe(spare.id);
    const now = deps.clock.now().getTime();
    expect(ticket.firstResponseDueAt).toEqual(new Date(now + 30 * 60_000)); // OVERFLOW: 30 min, not L1's 15
    expect(ticket.resolutionDueAt).toEqual(new Date(now + 480 * 60_000));
    expect(ticket.nextSlaCheckAt).toEqual(new Date(now + 20 * 60_000)); // warned 10 min before
  });
});

describe("VIP", () => {
  it("is for supervisors and admins, and puts the customer's waiting ticket first in the VIP queue", async () => {
    const deps = domainDeps(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    const supervisor = await makeAgent(tdb.prisma, [], { role: "supervisor", onDuty: false });
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await open(deps, customer.id);
    await expect(setVip(deps, agent, [customer.telegramId.toString()], true)).rejects.toThrow(/supervisors and admins/);
    const result = await setVip(deps, supervisor, [customer.telegramId.toString(), "@never_seen_here"], true);
    expect(result.changed.map((c) => c.id)).toEqual([customer.id]);
    expect(result.unknown).toEqual(["@never_seen_here"]);
    const after = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { queue: true } });
    expect(after).toMatchObject({ vip: true, queueRank: 1, queue: { code: "VIP" } });
    // A VIP is next in line even behind older tickets.
    const older = await open(deps, (await makeCustomer(tdb.prisma)).id);
    await tdb.prisma.ticket.update({ where: { id: older.ticket.id }, data: { queueId: after.queueId, createdAt: new Date(0) } });
    expect((await ticketWait(tdb.prisma, after, deps.clock.now(), {})).place).toBe(1);
    expect(await tdb.prisma.auditLog.count({ where: { action: "vip-on", staffId: supervisor.id } })).toBe(1);
    // Their next ticket is a "vip" hand-off straight to the VIP queue.
    const next = await open(deps, customer.id, "account");
    expect(next.ticket).toMatchObject({ handoffReason: "vip", vip: true, queueRank: 1 });
  });
});

describe("the embedded PostgreSQL in a private folder", () => {
  it("says exactly what to do when its system user cannot reach the data folder", async () => {
    const home = mkdtempSync(join(tmpdir(), "desk-private-"));
    try {
      chmodSync(home, 0o700);
      if (process.getuid?.() === 0) {
        // As root the server runs as "postgres", which cannot enter a 700 folder of root's.
        await expect(startEmbeddedPostgres(join(home, "data"), 55_999)).rejects.toThrow(new RegExp(`cannot enter ${home}.*chmod o\\+x ${home}.*DATABASE_URL`));
      } else {
        // Not root: the server runs as this user, who owns the folder.
        expect(blockedFolders(join(home, "data"), { uid: process.getuid!(), gid: process.getgid!() })).toEqual([]);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
