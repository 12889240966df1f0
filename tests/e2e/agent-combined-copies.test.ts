import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// An agent whose chat is behind Telegram's per-chat pace gets waiting customer messages of several
// tickets in one message (src/notify/delivery.ts). A reply to such a message cannot say which
// ticket it answers: the bot asks, and the agent answers with /r.
const ADMIN = 9301;
const AGENT = 9302;

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk({ env: { ADMIN_IDS: String(ADMIN) } });
});
afterAll(async () => {
  await t?.stop();
});

describe("a reply to customer messages of several tickets sent together", () => {
  it("asks which ticket is meant, and /r with the number answers that customer", async () => {
    const admin = new ChatDriver(t.emulator!, ADMIN, "Ada");
    const agent = new ChatDriver(t.emulator!, AGENT, "Mira");
    await admin.send(`/staff_add ${AGENT} role=agent queues=L1,L2 limit=5 name=Mira`);
    await admin.expect("Mira is now agent");
    await agent.send("/duty on");
    await agent.expect("You're on duty");

    const open = async (id: number, name: string) => {
      const c = new ChatDriver(t.emulator!, id, name);
      await c.send("I need an operator: my invoice is wrong");
      await c.expect("we store this conversation");
      await c.tap("Agree and continue");
      await c.expect("passing this to a person");
      const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(id) } } });
      return { chat: c, ticket };
    };
    const first = await open(9311, "Ole");
    const card = await agent.expect(`Assigned to you: #${first.ticket.number}`);
    const second = await open(9312, "Pia");
    await agent.expect(`Assigned to you: #${second.ticket.number}`);

    // As the outbox records a combined send: the rows of both tickets carry the one message's id.
    const secondCopy = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: BigInt(AGENT), ticketId: second.ticket.id, kind: "agent-copy" } });
    await t.db.prisma.outboxMessage.update({ where: { id: secondCopy.id }, data: { telegramMessageId: card.messageId } });

    await agent.send("Checking it now", { reply_to_message: { message_id: card.messageId, date: 0, chat: { id: AGENT, type: "private" } } });
    const asked = await agent.expect("several tickets");
    expect(asked.text).toContain(`#${first.ticket.number}, #${second.ticket.number}`);
    expect(asked.text).toContain(`/r ${first.ticket.number}`);
    // Nothing reached either customer.
    expect(await t.db.prisma.ticketMessage.count({ where: { ticketId: { in: [first.ticket.id, second.ticket.id] }, author: "staff" } })).toBe(0);

    await agent.send(`/r ${second.ticket.number} Checking it now`);
    expect((await second.chat.expect("Checking it now")).text).toContain("Mira");
    expect(await t.db.prisma.ticketMessage.count({ where: { ticketId: first.ticket.id, author: "staff" } })).toBe(0);
  });
});
