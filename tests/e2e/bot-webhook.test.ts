import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { WebhookChat, type RawUpdate } from "../helpers/telegram.js";

const SECRET = "test-webhook-secret-0123456789";
let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk({ env: { BOT_MODE: "webhook", PUBLIC_URL: "https://desk.example.test", WEBHOOK_SECRET: SECRET } });
});
afterAll(async () => {
  await t?.stop();
});

async function post(update: RawUpdate, secret = SECRET): Promise<number> {
  const res = await t.desk.app.inject({
    method: "POST",
    url: "/telegram/webhook",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    payload: update,
  });
  // The webhook answers once the update is stored; the test goes on once it is handled.
  await t.desk.inbox!.idle();
  return res.statusCode;
}

function chat(id: number, name = "Wen", lang = "en") {
  return new WebhookChat(t.emulator!, (u) => post(u), id, name, lang);
}

const ticketsOf = (id: number) =>
  t.db.prisma.ticket.findMany({ where: { customer: { telegramId: BigInt(id) } }, include: { messages: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } });

/** A customer with an open ticket, made the fast way: a stop word skips the questions. */
async function withOpenTicket(c: WebhookChat) {
  await c.send("I want to talk to a human operator");
  await c.expect("we store this conversation");
  await c.tap("Agree and continue");
  const receipt = await c.expect("passing this to a person");
  expect(receipt.text).toMatch(/Ticket #\d+ created/);
  const [ticket] = await ticketsOf(c.userId);
  return ticket!;
}

describe("webhook mode", () => {
  it("refuses calls without Telegram's secret token", async () => {
    const c = chat(2001);
    expect(await post(c.message("hello"), "wrong-secret")).toBe(401);
    expect(await t.db.prisma.customer.count({ where: { telegramId: 2001n } })).toBe(0);
  });

  it("handles a replayed update exactly once", async () => {
    const c = chat(2002);
    const first = c.message("My payment failed but the money is gone");
    expect(await post(first)).toBe(200);
    await c.expect("we store this conversation");
    const consent = c.callback("i:consent-yes");
    expect(await post(consent)).toBe(200);
    await c.next(1); // the receipt, with the handoff notice
    // Telegram retries both (a timeout, a restart): nothing happens twice.
    expect(await post(first)).toBe(200);
    expect(await post(consent)).toBe(200);
    const tickets = await ticketsOf(2002);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.messages).toHaveLength(1);
    // The consent question and the receipt (with the handoff notice), once each.
    expect(await t.db.prisma.outboxMessage.count({ where: { chatId: 2002n } })).toBe(2);
    expect(c.pending()).toEqual([]);
  });

  it("never stores a follow-up message twice, even when replayed", async () => {
    const c = chat(2003);
    const ticket = await withOpenTicket(c);
    const follow = c.message("Here is more information");
    await post(follow);
    await c.expect(`Added to your ticket #${ticket.number}`);
    await post(follow);
    const [after] = await ticketsOf(2003);
    expect(after!.messages.map((m) => m.text)).toEqual([ticket.messages[0]!.text, "Here is more information"]);
  });

  it("turns an album into one ticket message with all its photos", async () => {
    const c = chat(2004);
    await withOpenTicket(c);
    const photo = (id: string) => [
      { file_id: `${id}-s`, file_unique_id: `${id}-us`, width: 90, height: 90 },
      { file_id: id, file_unique_id: `u-${id}`, width: 800, height: 600 },
    ];
    await c.deliver(c.message(undefined, { media_group_id: "album-1", photo: photo("p1"), caption: "Screens of the error" }));
    await c.deliver(c.message(undefined, { media_group_id: "album-1", photo: photo("p2") }));
    await c.deliver(c.message(undefined, { media_group_id: "album-1", photo: photo("p3") }));
    const [ticket] = await ticketsOf(2004);
    const album = ticket!.messages.filter((m) => m.mediaGroupId === "album-1");
    expect(album).toHaveLength(1);
    expect(album[0]!.text).toBe("Screens of the error");
    expect((album[0]!.attachments as Array<{ fileId: string }>).map((a) => a.fileId)).toEqual(["p1", "p2", "p3"]);
  });

  it("keeps a customer's edit of a message and marks it edited", async () => {
    const c = chat(2005);
    await withOpenTicket(c);
    const original = c.message("The order number is 1234");
    await c.deliver(original);
    await c.deliver(c.edited(original, "The order number is 4321"));
    const [ticket] = await ticketsOf(2005);
    const edited = ticket!.messages.find((m) => m.telegramMessageId === (original.message as { message_id: number }).message_id)!;
    expect(edited.text).toBe("The order number is 4321");
    expect(edited.editedAt).toBeInstanceOf(Date);
    const events = await t.db.prisma.ticketEvent.findMany({ where: { ticketId: ticket!.id, type: "message-edited" } });
    expect(events[0]!.data).toMatchObject({ before: "The order number is 1234" });
  });

  it("asks whether a message soon after a resolution is the same issue, and reopens it", async () => {
    const c = chat(2006);
    const ticket = await withOpenTicket(c);
    await t.db.prisma.ticket.update({ where: { id: ticket.id }, data: { status: "resolved", resolvedAt: new Date() } });
    await c.send("It broke again");
    const ask = await c.expect(`Is this about ticket #${ticket.number}`);
    expect(ask.buttons.map((b) => b.text)).toEqual([`Same issue, reopen #${ticket.number}`, "Something new"]);
    await c.tap("Same issue");
    await c.expect(`Ticket #${ticket.number} is open again`);
    const [after] = await ticketsOf(2006);
    expect(after!.status).toBe("in_progress");
    expect(after!.messages.at(-1)!.text).toBe("It broke again");
    expect(await ticketsOf(2006)).toHaveLength(1);
  });

  it("opens a new ticket when the customer says it is something new", async () => {
    const c = chat(2007);
    const ticket = await withOpenTicket(c);
    await t.db.prisma.ticket.update({ where: { id: ticket.id }, data: { status: "closed", resolvedAt: new Date(), closedAt: new Date() } });
    await c.send("Different question: please talk to an operator about my invoice");
    await c.expect("Is this about ticket");
    await c.tap("Something new");
    expect((await c.expect("passing this to a person")).text).toMatch(/Ticket #\d+ created/);
    expect(await ticketsOf(2007)).toHaveLength(2);
  });

  it("keeps the request when the ticket cannot be written, and files it on the next try", async () => {
    const c = chat(2009, "Ola");
    await c.send("I need a human operator: my payout is missing");
    await c.expect("we store this conversation");
    // The database refuses new tickets for a moment.
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE tickets ADD CONSTRAINT test_refuse_tickets CHECK (false) NOT VALID`);
    try {
      await c.tap("Agree and continue");
      const sorry = await c.expect("couldn't file your request just now");
      expect(sorry.buttons.map((b) => b.text)).toEqual(["Try again"]);
      expect(await ticketsOf(2009)).toHaveLength(0);
    } finally {
      await t.db.prisma.$executeRawUnsafe(`ALTER TABLE tickets DROP CONSTRAINT test_refuse_tickets`);
    }
    await c.send("It was 120 EUR on Monday");
    expect((await c.expect("passing this to a person")).text).toMatch(/Ticket #\d+ created/);
    const [ticket] = await ticketsOf(2009);
    expect(ticket!.messages[0]!.text).toBe("I need a human operator: my payout is missing\n\nIt was 120 EUR on Monday");
  });

  it("answers odd input helpfully and loses nothing", async () => {
    const c = chat(2008, 'Tom <script>&"');
    await c.send("/start");
    const hello = await c.expect('Hi, Tom <script>&"!');
    expect(hello.html).toContain("Tom &lt;script&gt;&amp;&quot;");
    expect(hello.text).toContain("we store this conversation");
    await c.tap("Agree and continue");
    await c.expect("What is it about?");

    await c.deliver(
      c.message(undefined, { sticker: { file_id: "s", file_unique_id: "us", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }),
    );
    await c.expect("I can't take this type of message");
    await c.send("🙂🙂");
    await c.expect("I need a few words");
    await c.send("   ");
    await c.expect("looks empty");
    await c.send("/status ../../etc/passwd");
    await c.expect("Send the ticket number like this");
    await c.send("/whatever now");
    await c.expect("Just write your question here");

    // Still in the flow: RTL text with HTML special characters is kept as written.
    const rtl = "لا أستطيع تسجيل الدخول <b>&</b>";
    await c.send(rtl);
    expect((await c.expect("Topic: account")).text).toMatch(/What do you need|screenshot/);
    const huge = "x".repeat(5000);
    await c.send("/cancel");
    await c.expect("Stopped");
    await c.send(`operator please ${huge}`);
    await c.expect("That's a long message");
    expect((await c.expect("passing this to a person")).text).toMatch(/Ticket #\d+ created/);
    const [ticket] = await ticketsOf(2008);
    expect(ticket!.messages[0]!.text).toBe(`operator please ${huge}`);
    expect((await t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: 2008n } })).firstName).toBe('Tom <script>&"');
  });
});
