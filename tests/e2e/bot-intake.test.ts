import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t?.stop();
});

const customerOf = (id: number) => t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(id) } });
const ticketsOf = async (id: number) =>
  t.db.prisma.ticket.findMany({ where: { customer: { telegramId: BigInt(id) } }, include: { messages: true, queue: true, events: true }, orderBy: { id: "asc" } });

/** /start, consent given: the customer is at the topic question. */
async function consented(id: number, name = "Ann", lang = "en"): Promise<ChatDriver> {
  const chat = new ChatDriver(t.emulator!, id, name, lang);
  await chat.send("/start");
  await chat.next(2); // greeting, consent
  await chat.press("i:consent:yes");
  await chat.expect(lang === "ru" ? "О чём" : "What is it about?");
  return chat;
}

describe("customer intake through the bot", () => {
  it("greets a new customer, asks consent, and offers topics", async () => {
    const ann = new ChatDriver(t.emulator!, 1001, "Ann");
    await ann.send("/start");
    await ann.expect("Hi, Ann!");
    const consent = await ann.expect("we store this conversation");
    expect(consent.buttons.map((b) => b.data)).toEqual(["i:consent:yes", "i:consent:no"]);

    await ann.press("i:consent:yes");
    const topics = await ann.expect("What is it about?");
    expect(topics.buttons.map((b) => b.data)).toEqual([
      "i:topic:payment", "i:topic:account", "i:topic:feature", "i:topic:complaint", "i:topic:idea", "i:topic:other",
    ]);
    expect((await customerOf(1001)).consentAt).toBeInstanceOf(Date);

    await ann.press("i:topic:payment");
    await ann.expect("Topic: payment");
    const q = await ann.expect("What happened with the payment?");
    expect(q.buttons.map((b) => b.data)).toEqual(["i:skip", "i:back"]);
  });

  it("goes from a topic through questions and the knowledge base to a ticket with a receipt", async () => {
    const bob = await consented(1002, "Bob");
    await bob.press("i:topic:payment");
    await bob.next(2); // topic chosen, first question
    await bob.send("My card was declined at checkout");
    await bob.expect("When did you pay");
    await bob.send("Today, with a Visa card");
    await bob.expect("screenshot");
    await bob.press("i:skip");
    const kb = await bob.expect("These articles might solve it");
    expect(kb.text).toContain("Did this solve it?");
    expect(kb.buttons.map((b) => b.data)).toEqual(["i:kb:yes", "i:kb:no"]);
    await bob.press("i:kb:no");

    const receipt = await bob.expect(/Ticket #\d{5} created/);
    expect(receipt.text).toContain("Topic: payment");
    expect(receipt.text).toMatch(/ETA: about \d+ min/);
    const [status, details] = receipt.buttons;
    expect(status?.data).toMatch(/^status:\d{5}$/);
    expect(details?.data).toMatch(/^details:\d{5}$/);

    const [ticket] = await ticketsOf(1002);
    expect(ticket).toMatchObject({ topic: "payment", status: "new", priority: "normal", source: "bot" });
    expect(ticket!.queue.code).toBe("L1");
    expect(ticket!.messages[0]!.text).toContain("My card was declined at checkout");
    expect(ticket!.messages[0]!.text).toContain("Today, with a Visa card");
    expect(ticket!.firstResponseDueAt.getTime() - ticket!.createdAt.getTime()).toBe(15 * 60_000);
    expect(ticket!.resolutionDueAt!.getTime() - ticket!.createdAt.getTime()).toBe(4 * 3_600_000);
    expect(ticket!.events.map((e) => e.type)).toEqual(["created"]);
    const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1002n } } });
    expect(outcome.solved).toBe(false);

    // The receipt's status button shows the ticket.
    await bob.press(status!.data!);
    const card = await bob.expect(`Ticket #${ticket!.number}`);
    expect(card.text).toContain("Status: Open");

    // While the ticket is open, a new message joins it and the customer is told where it went.
    await bob.send("Also, the bank says the money is on hold");
    await bob.expect(`Added to your ticket #${ticket!.number}`);
    const [after] = await ticketsOf(1002);
    expect(after!.messages.map((m) => m.text)).toContain("Also, the bank says the money is on hold");
    expect(await ticketsOf(1002)).toHaveLength(1);
  });

  it("closes the request as auto-resolved when an article solves it", async () => {
    const cy = await consented(1003, "Cy");
    await cy.send("I forgot my password and can't log in");
    await cy.next(2); // topic chosen (account), remaining question or file prompt
    await cy.press("i:skip");
    const next = await cy.next(1);
    if (next[0]!.text.includes("screenshot")) {
      await cy.press("i:skip");
      await cy.expect("These articles might solve it");
    } else {
      expect(next[0]!.text).toContain("These articles might solve it");
    }
    await cy.press("i:kb:yes");
    await cy.expect("glad it helped");
    expect(await ticketsOf(1003)).toHaveLength(0);
    const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1003n } } });
    expect(outcome.solved).toBe(true);
  });

  it("answers a plain question with an article card first", async () => {
    const gil = new ChatDriver(t.emulator!, 1008, "Gil");
    await gil.send("How do I change my email?");
    await gil.expect("we store this conversation");
    await gil.press("i:consent:yes");
    const card = await gil.expect("💡");
    expect(card.text).toMatch(/e-?mail/i);
    expect(card.buttons.map((b) => b.data)).toEqual(["i:kb:yes", "i:kb:no"]);
    await gil.press("i:kb:yes");
    await gil.expect("glad it helped");
    expect(await ticketsOf(1008)).toHaveLength(0);
    const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1008n } }, include: {} });
    expect(outcome).toMatchObject({ solved: true, query: "How do I change my email?" });
  });

  it("goes on to a ticket when the article card does not help", async () => {
    const hil = new ChatDriver(t.emulator!, 1009, "Hil");
    await hil.send("How do I change my email?");
    await hil.next(1);
    await hil.press("i:consent:yes");
    await hil.expect("💡");
    await hil.send("No, the confirmation link never arrives");
    await hil.expect("Topic: account");
    // The question already says what is needed; next, an optional screenshot, and no second list of articles.
    await hil.expect("screenshot");
    await hil.press("i:skip");
    await hil.expect(/Ticket #\d+ created/);
    const [ticket] = await ticketsOf(1009);
    expect(ticket!.messages[0]!.text).toBe("How do I change my email?\n\nNo, the confirmation link never arrives");
  });

  it("hands a hacked account straight to Security/Payments as critical", async () => {
    const dee = new ChatDriver(t.emulator!, 1004, "Dee");
    await dee.send("My account was hacked, someone changed my email!");
    await dee.expect("we store this conversation");
    await dee.press("i:consent:yes");
    const receipt = await dee.expect("Security and Payments team");
    expect(receipt.text).toMatch(/Ticket #\d+ created/);
    expect(receipt.text).toContain("Topic: account");
    const [ticket] = await ticketsOf(1004);
    expect(ticket).toMatchObject({ priority: "critical", handoffReason: "security" });
    expect(ticket!.queue.code).toBe("SECURITY");
    expect(ticket!.messages[0]!.text).toBe("My account was hacked, someone changed my email!");
  });

  it("classifies free text in Russian and answers in Russian", async () => {
    const ivan = await consented(1005, "Иван", "ru");
    await ivan.send("Списали деньги за подписку два раза");
    const m = await ivan.next(1);
    expect(m[0]!.text).toMatch(/[А-Яа-я]/);
    const [cust] = [await customerOf(1005)];
    expect(cust.languageCode).toBe("ru");
  });

  it("lets the customer skip everything and change the topic", async () => {
    const eve = await consented(1006, "Eve");
    await eve.press("i:topic:idea");
    await eve.next(2);
    await eve.press("i:back");
    await eve.expect("What is it about?");
    await eve.press("i:topic:other");
    await eve.expect("Topic: other");
    await eve.expect("Tell us what you need");
    await eve.send("I need an invoice with my company details");
    await eve.expect("screenshot");
    await eve.send("", { photo: [{ file_id: "photo-small", file_unique_id: "u1", width: 90, height: 90 }, { file_id: "photo-big", file_unique_id: "u2", width: 1280, height: 960 }] });
    const got = await eve.expect("Got it (1 file)");
    expect(got.buttons.map((b) => b.data)).toEqual(["i:continue"]);
    await eve.press("i:continue");
    const after = await eve.next(1);
    if (after[0]!.text.includes("These articles")) {
      await eve.press("i:kb:no");
      await eve.expect(/Ticket #\d+ created/);
    } else {
      expect(after[0]!.text).toMatch(/Ticket #\d+ created/);
    }
    const [ticket] = await ticketsOf(1006);
    expect(ticket!.topic).toBe("other");
    expect(ticket!.messages[0]!.attachments).toEqual([{ kind: "photo", fileId: "photo-big", fileUniqueId: "u2" }]);
  });

  it("lists tickets and shows one by number, and refuses someone else's", async () => {
    const bob = new ChatDriver(t.emulator!, 1002, "Bob");
    await bob.send("/tickets");
    const list = await bob.expect("Your tickets:");
    const [own] = await ticketsOf(1002);
    expect(list.text).toContain(`#${own!.number} · Open`);

    const [other] = await ticketsOf(1004);
    await bob.send(`/status ${other!.number}`);
    await bob.expect(`couldn't find ticket #${other!.number}`);
    await bob.send("/status banana");
    await bob.expect("Send the ticket number like this");
  });

  it("lets a customer decline consent and still be answered politely", async () => {
    const fay = new ChatDriver(t.emulator!, 1007, "Fay");
    await fay.send("/start");
    await fay.next(2);
    await fay.press("i:consent:no");
    await fay.expect("we store nothing");
    const c = await customerOf(1007);
    expect(c.consentAt).toBeNull();
    expect(c.consentDeclinedAt).toBeInstanceOf(Date);
    // A button from the finished flow gets an answer, not silence.
    await fay.press("i:topic:payment");
    await fay.expect("Just write your question here");
  });
});

describe("conversation state survives a restart, deep links, and persistence of the unmatched", () => {
  it("resumes the intake where it was after the process restarts", async () => {
    const gus = await consented(1101, "Gus");
    await gus.press("i:topic:feature");
    await gus.expect("Topic: how-to / feature");
    await gus.expect("What are you trying to do?");
    await t.restart();
    await gus.send("Export my invoices as a spreadsheet");
    await gus.expect("What happens instead?");
    const state = await t.db.prisma.botSession.count({ where: { key: { contains: "1101" } } });
    expect(state).toBe(1);
  });

  it("starts with the topic from a deep link", async () => {
    const hal = new ChatDriver(t.emulator!, 1102, "Hal");
    await hal.send("/start topic-account");
    await hal.next(2);
    await hal.press("i:consent:yes");
    await hal.expect("Topic: account");
    await hal.expect("What do you need with your account?");
  });

  it("shows a ticket from a deep link", async () => {
    const bob = new ChatDriver(t.emulator!, 1002, "Bob");
    const [ticket] = await ticketsOf(1002);
    await bob.send(`/start ticket-${ticket!.number}`);
    const card = await bob.expect(`Ticket #${ticket!.number}`);
    expect(card.text).toContain("Status:");
  });

  it("hands over to a person after repeated messages it cannot classify", async () => {
    const ida = await consented(1103, "Ida");
    await ida.send("hello");
    await ida.expect("What is it about?");
    await ida.send("hmm, not sure");
    await ida.expect("What is it about?");
    await ida.send("well...");
    expect((await ida.expect("passing this to a person")).text).toMatch(/Ticket #\d+ created/);
    const [ticket] = await ticketsOf(1103);
    expect(ticket).toMatchObject({ topic: "other", handoffReason: "unmatched" });
    expect(ticket!.messages[0]!.text).toBe("hello\n\nhmm, not sure\n\nwell...");
  });
});
