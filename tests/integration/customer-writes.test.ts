import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/index.js";
import { customerWrites, type CustomerWritesDeps, type CustomerMessage } from "../../src/domain/intake/customer-writes.js";
import type { MessageContent } from "../../src/domain/shared/message-content.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer, outboxTexts } from "../helpers/domain.js";

// What a customer's message is, decided by one use case: the intake under way, a follow-up on
// the open ticket, a question about a ticket resolved within the reopen window, or a new intake.
// Each message reads the intake session once.

const tdb = useTestDatabase({ resetEach: true });

const HOUR = 3_600_000;
const REOPEN_WINDOW_HOURS = 72;

/** The desk's deps with the intake session's reads counted, through Prisma or raw SQL (the rest of the client as it is). */
function countingDeps() {
  const reads = { count: 0 };
  const db = new Proxy(tdb.prisma, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      // Raw SQL that reads the session counts too (the decision's one read is a single statement).
      if (prop === "$queryRawUnsafe") {
        return (text: string, ...values: unknown[]) => {
          if (text.includes("intake_sessions")) reads.count++;
          return target.$queryRawUnsafe(text, ...values);
        };
      }
      if (prop === "intakeSession") {
        return new Proxy(value as object, {
          get(delegate, method) {
            const fn = Reflect.get(delegate, method, delegate) as unknown;
            if (typeof fn !== "function") return fn;
            return (...args: unknown[]) => {
              if (/^find/.test(String(method))) reads.count++;
              return (fn as (...a: unknown[]) => unknown).apply(delegate, args);
            };
          },
        });
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as Db;
  const base = domainDeps(tdb.prisma);
  const deps: CustomerWritesDeps & { clock: typeof base.clock } = {
    ...base,
    db,
    handoffAfterUnmatched: 3,
    idleMinutes: 60,
    reopenWindowHours: REOPEN_WINDOW_HOURS,
  };
  return { deps, reads };
}

let updateId = 1000;
let messageId = 500;
const text = (t: string): MessageContent => ({ kind: "content", text: t, attachments: [], long: t.length > 4096 });
const message = (content: MessageContent): CustomerMessage => ({ content, messageId: ++messageId });

async function writes(deps: CustomerWritesDeps, customer: Awaited<ReturnType<typeof makeCustomer>>, content: MessageContent) {
  return customerWrites(deps, { customer, chatId: customer.telegramId, updateId: ++updateId, message: message(content) });
}

describe("a customer's message", () => {
  it("starts the intake when there is nothing else, and goes to the intake under way after that, one session read each", async () => {
    const { deps, reads } = countingDeps();
    const customer = await makeCustomer(tdb.prisma);
    expect(await writes(deps, customer, text("hello"))).toEqual({ kind: "intake", outcome: "continues" });
    expect(reads.count).toBe(1);
    expect(await tdb.prisma.intakeSession.count({ where: { customerId: customer.id } })).toBe(1);

    reads.count = 0;
    expect(await writes(deps, customer, text("I need some help"))).toEqual({ kind: "intake", outcome: "continues" });
    expect(reads.count).toBe(1);
    expect(await tdb.prisma.ticketMessage.count({ where: { ticket: { customerId: customer.id } } })).toBe(0);
  });

  it("joins the open ticket, says so once in a while, and says kindly when there is nothing to add", async () => {
    const { deps, reads } = countingDeps();
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "payment", text: "Refund please", handoff: null, source: "bot" });
    const first = await writes(deps, customer, text("Order 4471, paid on Monday"));
    expect(first).toEqual({ kind: "appended", ticketNumber: ticket.number, say: [{ key: "ticket-appended", vars: { number: String(ticket.number) } }] });
    expect(reads.count).toBe(1);
    expect(await writes(deps, customer, text("and the receipt number is 88"))).toEqual({ kind: "appended", ticketNumber: ticket.number, say: [] });
    expect(await writes(deps, customer, { kind: "unsupported" })).toEqual({
      kind: "not-appended",
      ticketNumber: ticket.number,
      say: [{ key: "unsupported-media" }],
    });
    expect(await writes(deps, customer, { kind: "emoji-only", text: "🙏" })).toEqual({
      kind: "not-appended",
      ticketNumber: ticket.number,
      say: [{ key: "emoji-only" }],
    });
    const stored = await tdb.prisma.ticketMessage.findMany({ where: { ticketId: ticket.id, author: "customer" }, orderBy: { id: "asc" } });
    expect(stored.map((m) => m.text)).toEqual(["Refund please", "Order 4471, paid on Monday", "and the receipt number is 88"]);
  });

  it("asks about a ticket resolved within the reopen window, and not about one resolved before it", async () => {
    const { deps } = countingDeps();
    const customer = await makeCustomer(tdb.prisma);
    const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "account", text: "Locked out", handoff: null, source: "bot" });
    await tdb.prisma.ticket.update({ where: { id: ticket.id }, data: { status: "resolved", resolvedAt: deps.clock.now() } });

    deps.clock.advance((REOPEN_WINDOW_HOURS - 1) * HOUR);
    expect((await writes(deps, customer, text("Locked out again"))).kind).toBe("intake");
    expect((await tdb.prisma.intakeSession.findUniqueOrThrow({ where: { customerId: customer.id } })).state).toMatchObject({ step: { at: "reopen" } });
    expect((await outboxTexts(tdb.prisma, customer.telegramId)).at(-1)).toContain(`Is this about ticket #${ticket.number}`);

    await tdb.prisma.intakeSession.deleteMany({ where: { customerId: customer.id } });
    deps.clock.advance(2 * HOUR);
    expect((await writes(deps, customer, text("Locked out again"))).kind).toBe("intake");
    expect((await tdb.prisma.intakeSession.findUniqueOrThrow({ where: { customerId: customer.id } })).state).not.toMatchObject({ step: { at: "reopen" } });
  });

  it("notes that a long first message was kept whole, before the receipt of the ticket it becomes", async () => {
    const { deps } = countingDeps();
    const customer = await makeCustomer(tdb.prisma);
    expect((await writes(deps, customer, text(`My payment failed. ${"Details. ".repeat(600)}`))).kind).toBe("intake");
    const said = await outboxTexts(tdb.prisma, customer.telegramId);
    expect(said[0]).toBe("That's a long message: I kept all of it for the agent.");
    expect(said.slice(1).join("\n")).toContain("Ticket <b>#");
  });

  it("treats a message after an intake left idle as a new conversation", async () => {
    const { deps, reads } = countingDeps();
    const customer = await makeCustomer(tdb.prisma);
    await writes(deps, customer, text("hello"));
    deps.clock.advance(2 * HOUR);
    reads.count = 0;
    expect(await writes(deps, customer, text("I need some help"))).toEqual({ kind: "intake", outcome: "continues" });
    expect(reads.count).toBe(1);
    const session = await tdb.prisma.intakeSession.findUniqueOrThrow({ where: { customerId: customer.id } });
    expect((session.state as { parts: string[] }).parts).toEqual(["I need some help"]);
  });
});
