import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { addNote, replyToCustomer, resolveTicket } from "../../src/domain/tickets/agent-actions.js";
import { customerMessagesAfter, customerTicketList, customerTicketPage } from "../../src/domain/tickets/customer-pages.js";
import { currentEtaMinutes, openTicket } from "../../src/domain/tickets/tickets.js";
import { createTestDatabase, resetDeskData, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer } from "../helpers/domain.js";

// The Mini App's page queries (one SQL statement each) against what the rest of the domain says
// about the same tickets.

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
beforeEach(() => resetDeskData(tdb.prisma));

const MINUTE = 60_000;

async function open(deps: ReturnType<typeof domainDeps>, customerId: number, text: string) {
  const { ticket } = await openTicket(deps, { customerId, topic: "feature", text, handoff: null, source: "bot" });
  deps.clock.advance(MINUTE);
  return ticket;
}

describe("the customer's ticket list and ticket page", () => {
  it("show each waiting ticket's ETA as currentEtaMinutes computes it, and none once answered", async () => {
    const deps = domainDeps(tdb.prisma);
    const ann = await makeCustomer(tdb.prisma);
    const bob = await makeCustomer(tdb.prisma);
    const answered = await open(deps, bob.id, "The export to CSV stops at the first row");
    const first = await open(deps, bob.id, "The report page shows an empty chart");
    const second = await open(deps, ann.id, "Export does not work for my team");
    const third = await open(deps, ann.id, "And the import hangs at 99 percent");
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    deps.clock.advance(7 * MINUTE);
    await replyToCustomer(deps, agent, answered.number, { text: "Looking at it now." });

    const expectEtasAsDomain = async () => {
      const etas = new Map<number, number | null>();
      for (const [customer, tickets] of [
        [ann, [second, third]],
        [bob, [first, answered]],
      ] as const) {
        const list = await customerTicketList(sql, Number(customer.telegramId), "all");
        for (const t of tickets) {
          const stored = await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
          const expected = await currentEtaMinutes(tdb.prisma, stored);
          expect(list.find((x) => x.number === t.number)?.etaMinutes, `list, #${t.number}`).toBe(expected);
          const page = await customerTicketPage(sql, Number(customer.telegramId), t.number, deps.clock.now());
          expect(page.ticket.etaMinutes, `page, #${t.number}`).toBe(expected);
          etas.set(t.number, expected);
        }
      }
      return etas;
    };
    const alone = await expectEtasAsDomain();
    expect(alone.get(second.number)).toBeGreaterThan(0);
    expect((await customerTicketList(sql, Number(bob.telegramId), "all")).find((x) => x.number === answered.number)?.etaMinutes).toBeNull();

    // Agents on duty in the tickets' queue change the estimate: the page follows.
    const queueId = (await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: second.id } })).queueId;
    const queue = await tdb.prisma.queue.findUniqueOrThrow({ where: { id: queueId } });
    await makeAgent(tdb.prisma, [queue.code], { onDuty: true });
    await makeAgent(tdb.prisma, [queue.code], { onDuty: true });
    const staffed = await expectEtasAsDomain();
    // Two agents take the first two in line at once; the third waits a round more.
    expect(staffed.get(third.number)).toBeGreaterThan(staffed.get(first.number)!);
  });

  it("lists only the customer's own tickets, newest activity first and filtered, and tells an unknown customer from one without tickets", async () => {
    const deps = domainDeps(tdb.prisma);
    const ann = await makeCustomer(tdb.prisma);
    const bob = await makeCustomer(tdb.prisma);
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    const older = await open(deps, ann.id, "The export to CSV stops at the first row");
    const newer = await open(deps, ann.id, "The report page shows an empty chart");
    await resolveTicket(deps, agent, older.number, "Fixed the export", "Try again");

    const all = await customerTicketList(sql, Number(ann.telegramId), "all");
    // The resolution is the newest activity.
    expect(all.map((t) => t.number)).toEqual([older.number, newer.number]);
    expect((await customerTicketList(sql, Number(ann.telegramId), "resolved")).map((t) => [t.number, t.status])).toEqual([[older.number, "resolved"]]);
    expect((await customerTicketList(sql, Number(ann.telegramId), "open")).map((t) => t.number)).toEqual([newer.number]);
    expect(await customerTicketList(sql, Number(ann.telegramId), "waiting")).toEqual([]);

    expect(await customerTicketList(sql, Number(bob.telegramId), "all")).toEqual([]);
    await expect(customerTicketList(sql, 987_654_321, "all")).rejects.toThrow("Customer profile not found");
    await expect(customerTicketPage(sql, Number(bob.telegramId), newer.number, deps.clock.now())).rejects.toThrow("ticket not found");
    await expect(customerTicketPage(sql, 987_654_321, newer.number, deps.clock.now())).rejects.toThrow("Customer profile not found");
    await expect(customerMessagesAfter(sql, Number(bob.telegramId), newer.number, 0, deps.clock.now())).rejects.toThrow("ticket not found");
  });

  it("shows no internal note or held reply, and writes the reading down only when it shows something new", async () => {
    const deps = domainDeps(tdb.prisma);
    const ann = await makeCustomer(tdb.prisma);
    const tg = Number(ann.telegramId);
    const agent = await makeAgent(tdb.prisma, ["L1"], { onDuty: false });
    const ticket = await open(deps, ann.id, "The export to CSV stops at the first row");
    await replyToCustomer(deps, agent, ticket.number, { text: "Which browser do you use?" });
    await addNote(deps, agent, ticket.number, "Internal: probably the old exporter");
    await tdb.prisma.ticketMessage.create({ data: { ticketId: ticket.id, author: "staff", staffId: agent.id, text: "Held: not checked yet", held: true } });
    const readAt = async () => (await tdb.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).customerReadAt;

    expect((await customerTicketList(sql, tg, "all"))[0]?.unread).toBe(1);
    const seenAt = new Date(deps.clock.now().getTime() + MINUTE);
    const page = await customerTicketPage(sql, tg, ticket.number, seenAt);
    expect(page.messages.map((m) => [m.author, m.staff?.displayName ?? null, m.text])).toEqual([
      ["customer", null, "The export to CSV stops at the first row"],
      ["staff", agent.displayName, "Which browser do you use?"],
    ]);
    expect(page.rating).toBeNull();
    expect(await readAt()).toEqual(seenAt);
    expect((await customerTicketList(sql, tg, "all"))[0]?.unread).toBe(0);

    // A re-read shows nothing new: the first reading stays.
    await customerTicketPage(sql, tg, ticket.number, new Date(seenAt.getTime() + MINUTE));
    expect(await readAt()).toEqual(seenAt);

    // The poll: nothing after the last message writes nothing; a new message is read.
    const last = page.messages.at(-1)!.id;
    expect(await customerMessagesAfter(sql, tg, ticket.number, last, new Date(seenAt.getTime() + 2 * MINUTE))).toEqual([]);
    expect(await readAt()).toEqual(seenAt);
    deps.clock.set(new Date(seenAt.getTime() + 3 * MINUTE));
    await replyToCustomer(deps, agent, ticket.number, { text: "Fixed, please try again." });
    const polledAt = new Date(seenAt.getTime() + 4 * MINUTE);
    const polled = await customerMessagesAfter(sql, tg, ticket.number, last, polledAt);
    expect(polled.map((m) => [m.author, m.text])).toEqual([["staff", "Fixed, please try again."]]);
    expect(polled[0]!.createdAt).toEqual(deps.clock.now());
    expect(await readAt()).toEqual(polledAt);
  });
});
