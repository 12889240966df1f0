import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// The customer's side of the front desk, driven as a person drives it: reading what the bot says
// and pressing the buttons it shows, by their words.

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t?.stop();
});

const customerOf = (id: number) => t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(id) } });
const ticketsOf = async (id: number) =>
  t.db.prisma.ticket.findMany({
    where: { customer: { telegramId: BigInt(id) } },
    include: { messages: true, queue: true, events: true },
    orderBy: { id: "asc" },
  });
const RECEIPT = /Ticket #\d{5} created/;

/** /start, consent given: the customer is at the topic question. */
async function consented(id: number, name = "Ann", lang = "en"): Promise<ChatDriver> {
  const chat = new ChatDriver(t.emulator!, id, name, lang);
  await chat.send("/start");
  await chat.expect(lang === "ru" ? "сохраняем" : "we store this conversation");
  await chat.tap(lang === "ru" ? "Согласиться" : "Agree and continue");
  await chat.expect(lang === "ru" ? "О чём" : "What is it about?");
  return chat;
}

/** After the file step: through the article list (if any) to the receipt. */
async function toReceipt(chat: ChatDriver) {
  const m = await chat.find(/These articles might solve it|Ticket #\d{5} created/);
  if (RECEIPT.test(m.text)) return m;
  await chat.tap("No, I need help");
  return chat.find(RECEIPT);
}

describe("customer intake through the bot", () => {
  // Bob's status card counts the tickets ahead of his in L1: none of these opens one there.
  describe("while the L1 queue is empty", () => {
    it.concurrent("greets a new customer and asks consent in one message, then offers topics", async ({ expect }) => {
      const ann = new ChatDriver(t.emulator!, 1001, "Ann");
      await ann.send("/start");
      const consent = await ann.expect("Hi, Ann!");
      expect(consent.text).toContain("we store this conversation");
      expect(consent.buttons.map((b) => b.text)).toEqual(["Agree and continue", "No, thanks"]);

      await ann.tap("Agree and continue");
      const topics = await ann.expect("What is it about?");
      expect(topics.buttons.map((b) => b.text)).toEqual(["💳 Payment", "👤 Account", "🛠 How-to / feature", "😞 Complaint", "💡 Idea", "❓ Other"]);
      expect((await customerOf(1001)).consentAt).toBeInstanceOf(Date);

      await ann.tap("Payment");
      const q = await ann.expect("Topic: payment");
      expect(q.text).toContain("What happened with the payment?");
      expect(q.buttons.map((b) => b.text)).toEqual(["Skip", "◀ Change topic"]);
    });

    it.concurrent("goes from a topic through questions and the knowledge base to a ticket with a receipt", async ({ expect }) => {
      const bob = await consented(1002, "Bob");
      await bob.tap("Payment");
      await bob.expect("What happened with the payment?");
      await bob.send("My card was declined at checkout");
      await bob.expect("When did you pay");
      await bob.send("Today, with a Visa card");
      await bob.expect("screenshot");
      await bob.tap("Skip");
      const kb = await bob.expect("These articles might solve it");
      expect(kb.text).toContain("Did this solve it?");
      expect(kb.buttons.map((b) => b.text)).toEqual(["✅ Yes, solved", "❌ No, I need help"]);
      await bob.tap("No, I need help");

      const receipt = await bob.expect(RECEIPT);
      expect(receipt.text).toContain("Topic: payment");
      expect(receipt.buttons.map((b) => b.text)).toEqual(["Status", "Add details"]);

      const [ticket] = await ticketsOf(1002);
      expect(ticket).toMatchObject({ topic: "payment", status: "new", priority: "normal", source: "bot" });
      expect(ticket!.queue.code).toBe("L1");
      expect(ticket!.messages[0]!.text).toBe("My card was declined at checkout\n\nToday, with a Visa card");
      expect(ticket!.firstResponseDueAt.getTime() - ticket!.createdAt.getTime()).toBe(15 * 60_000);
      expect(ticket!.events.map((e) => e.type)).toEqual(["created"]);
      const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1002n } } });
      expect(outcome.solved).toBe(false);

      // A button of the finished intake points to the ticket, and starts nothing new.
      await bob.tap("No, I need help");
      await bob.expect(`already filed as ticket #${ticket!.number}`);
      expect(await t.db.prisma.intakeSession.count({ where: { customer: { telegramId: 1002n } } })).toBe(0);

      await bob.tap("Status");
      const card = await bob.expect(`Ticket #${ticket!.number}`);
      expect(card.text).toContain("Status: Open");
      // Nobody is on duty in this desk: the card gives the customer's place in line, and the
      // opening time in their own zone, named.
      expect(card.text).toContain("Your place in line: 1");
      expect(card.text).toMatch(/Opened: .*(UTC|GMT)/);

      // While the ticket is open, a new message joins it and the customer is told where it went.
      await bob.send("Also, the bank says the money is on hold");
      await bob.expect(`Added to your ticket #${ticket!.number}`);
      const [after] = await ticketsOf(1002);
      expect(after!.messages.map((m) => m.text)).toContain("Also, the bank says the money is on hold");
      expect(await ticketsOf(1002)).toHaveLength(1);
      expect(await t.db.prisma.intakeSession.count({ where: { customer: { telegramId: 1002n } } })).toBe(0);
    });

    it.concurrent("closes the request as auto-resolved when an article solves it", async ({ expect }) => {
      const cy = await consented(1003, "Cy");
      await cy.send("I forgot my password and can't log in");
      // The message already says what the account question asks: the topic, then the screenshot step.
      const next = await cy.expect("Topic: account");
      expect(next.text).toContain("screenshot");
      await cy.tap("Skip");
      await cy.expect("These articles might solve it");
      await cy.tap("Yes, solved");
      await cy.expect("glad it helped");
      expect(await ticketsOf(1003)).toHaveLength(0);
      const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1003n } } });
      expect(outcome.solved).toBe(true);
    });

    it.concurrent("answers a plain question with an article card, even one asked before consent", async ({ expect }) => {
      const gil = new ChatDriver(t.emulator!, 1008, "Gil");
      await gil.send("How do I change my email?");
      await gil.expect("we store this conversation");
      await gil.tap("Agree and continue");
      const card = await gil.expect("💡");
      expect(card.text).toMatch(/e-?mail/i);
      expect(card.buttons.map((b) => b.text).slice(0, 2)).toEqual(["✅ Yes, solved", "❌ No, I need help"]);
      await gil.tap("Yes, solved");
      await gil.expect("glad it helped");
      expect(await ticketsOf(1008)).toHaveLength(0);
      const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: 1008n } } });
      expect(outcome).toMatchObject({ solved: true, query: "How do I change my email?" });
    });

    it.concurrent("hands a hacked account straight to Security/Payments as critical", async ({ expect }) => {
      const dee = new ChatDriver(t.emulator!, 1004, "Dee");
      await dee.send("My account was hacked, someone changed my email!");
      await dee.expect("we store this conversation");
      await dee.tap("Agree and continue");
      const receipt = await dee.find("Security and Payments team");
      expect(receipt.text).toMatch(RECEIPT);
      expect(receipt.text).toContain("Topic: account");
      const [ticket] = await ticketsOf(1004);
      expect(ticket).toMatchObject({ priority: "critical", handoffReason: "security" });
      expect(ticket!.queue.code).toBe("SECURITY");
      expect(ticket!.messages[0]!.text).toBe("My account was hacked, someone changed my email!");
    });

    it.concurrent("classifies free text in Russian and answers in Russian", async ({ expect }) => {
      const ivan = await consented(1005, "Иван", "ru");
      await ivan.send("Списали деньги за подписку два раза");
      const [m] = await ivan.next(1);
      expect(m!.text).toMatch(/[А-Яа-я]/);
      expect((await customerOf(1005)).languageCode).toBe("ru");
    });

    it.concurrent("recognises a question without a question mark in Russian and answers it with an article", async ({ expect }) => {
      const olga = await consented(1010, "Ольга", "ru");
      await olga.send("как вернуть деньги за подписку");
      const card = await olga.expect("💡");
      expect(card.buttons.map((b) => b.text)).toContain("✅ Да, решено");
    });

    it.concurrent("keeps words written before the consent answer, and lets a customer change their mind", async ({ expect }) => {
      const fay = new ChatDriver(t.emulator!, 1007, "Fay");
      await fay.send("/start");
      await fay.expect("we store this conversation");
      await fay.send("my invoice has the wrong company name");
      const reminder = await fay.expect("I've kept what you wrote");
      expect(reminder.text).not.toContain("/start");
      expect(reminder.buttons.map((b) => b.text)).toEqual(["Agree and continue", "No, thanks"]);
      await fay.tap("No, thanks");
      await fay.expect("we store nothing");
      const c = await customerOf(1007);
      expect(c.consentAt).toBeNull();
      expect(c.consentDeclinedAt).toBeInstanceOf(Date);
      // Agree on the same earlier message still counts.
      await fay.tap("Agree and continue");
      await fay.expect("What is it about?");
      expect((await customerOf(1007)).consentAt).toBeInstanceOf(Date);
    });

    it.concurrent("after /cancel, an old button shows where to begin; /help mid-way says a question is waiting", async ({ expect }) => {
      const gus = await consented(1013, "Gus");
      await gus.tap("Account");
      await gus.expect("What do you need with your account?");
      await gus.send("/help");
      await gus.expect("Just write your question here");
      const waiting = await gus.expect("isn't filed yet");
      expect(waiting.text).toContain("What do you need with your account?");
      await gus.send("/cancel");
      await gus.expect("Stopped");
      await gus.tap("Skip");
      const fresh = await gus.expect("stopped or has ended");
      expect(fresh.buttons.map((b) => b.text)).toContain("💳 Payment");
      await gus.tap("Payment");
      await gus.expect("What happened with the payment?");
    });
  });

  describe("to a ticket in L1", () => {
    it.concurrent("goes on to a ticket when the article card does not help", async ({ expect }) => {
      const hil = new ChatDriver(t.emulator!, 1009, "Hil");
      await hil.send("How do I change my email?");
      await hil.tap("Agree and continue");
      await hil.find("💡");
      await hil.send("No, the confirmation link never arrives");
      // The question already says what is needed: next, an optional screenshot, and no second list.
      await hil.find("screenshot");
      await hil.tap("Skip");
      await hil.find(RECEIPT);
      const [ticket] = await ticketsOf(1009);
      expect(ticket!.topic).toBe("account");
      expect(ticket!.messages[0]!.text).toBe("How do I change my email?\n\nNo, the confirmation link never arrives");
    });

    it.concurrent("asks for a description when every question was skipped, and never loops on Try again", async ({ expect }) => {
      const sam = await consented(1011, "Sam");
      await sam.tap("Payment");
      await sam.expect("What happened with the payment?");
      await sam.tap("Skip");
      await sam.expect("When did you pay");
      await sam.tap("Skip");
      const ask = await sam.expect("In a sentence or two, what went wrong?");
      expect(ask.buttons.map((b) => b.text)).not.toContain("Try again");
      // Pressing Skip again (an older message's button) repeats where we are, not an error.
      await sam.tap("Skip");
      await sam.expect("what went wrong?");
      await sam.send("58213");
      await sam.expect("screenshot");
      await sam.tap("Skip");
      const receipt = await toReceipt(sam);
      expect(receipt.text).not.toContain("couldn't file");
      const [ticket] = await ticketsOf(1011);
      expect(ticket!.messages[0]!.text).toBe("58213");
    });

    it.concurrent("takes an order number as an answer and never says the same hint twice in a row", async ({ expect }) => {
      const ora = await consented(1012, "Ora");
      await ora.tap("Payment");
      await ora.expect("What happened with the payment?");
      await ora.send("😡");
      const hint = await ora.expect("I see an emoji");
      expect(hint.buttons.map((b) => b.text)).toEqual(["Skip", "◀ Change topic"]);
      await ora.send("😡😡");
      const again = await ora.expect("What happened with the payment?");
      expect(again.text).not.toContain("I see an emoji");
      await ora.send("The app shows an error for order 10001");
      await ora.expect("When did you pay");
      await ora.send("10001");
      await ora.expect("screenshot");
      // Words at the screenshot step are noted and the flow goes on: no "Got it (0 files)".
      await ora.send("no screenshot, sorry");
      const next = await ora.find(/Thanks, noted|Ticket #\d{5} created/);
      expect(next.text).not.toContain("0 files");
      if (!RECEIPT.test(next.text)) {
        expect(next.text).toContain("These articles might solve it");
        await ora.tap("No, I need help");
        await ora.find(RECEIPT);
      }
      const [ticket] = await ticketsOf(1012);
      expect(ticket!.messages[0]!.text).toBe("The app shows an error for order 10001\n\n10001\n\nno screenshot, sorry");
    });

    it.concurrent("lets the customer change the topic and send an album, acknowledged once", async ({ expect }) => {
      const eve = await consented(1006, "Eve");
      await eve.tap("Idea");
      await eve.expect("What would you like to see?");
      await eve.tap("Change topic");
      await eve.expect("What is it about?");
      await eve.tap("Other");
      await eve.expect("Topic: other");
      await eve.send("I need an invoice with my company details");
      await eve.expect("screenshot");
      const album = { media_group_id: "album-1" };
      await eve.send("", {
        ...album,
        photo: [
          { file_id: "p1-small", file_unique_id: "a1", width: 90, height: 90 },
          { file_id: "p1-big", file_unique_id: "a2", width: 1280, height: 960 },
        ],
      });
      await eve.send("", { ...album, photo: [{ file_id: "p2-big", file_unique_id: "b2", width: 1280, height: 960 }] });
      const got = await eve.expect("Got it (1 file)");
      expect(got.buttons.map((b) => b.text)).toEqual(["Continue ▶"]);
      await eve.tap("Continue");
      await toReceipt(eve);
      expect(eve.pending().filter((m) => m.text.startsWith("Got it"))).toHaveLength(0);
      const [ticket] = await ticketsOf(1006);
      expect(ticket!.topic).toBe("other");
      expect(ticket!.messages[0]!.attachments).toEqual([
        { kind: "photo", fileId: "p1-big", fileUniqueId: "a2" },
        { kind: "photo", fileId: "p2-big", fileUniqueId: "b2" },
      ]);
    });
  });
});

describe("state survives a restart, deep links, and customers the rules cannot place", () => {
  // Alone: every other chat would wait through the restart.
  it("resumes the intake where it was after the process restarts", async () => {
    const gus = await consented(1101, "Gus");
    await gus.tap("How-to");
    await gus.expect("What are you trying to do?");
    await t.restart();
    await gus.send("Export my invoices as a spreadsheet");
    await gus.expect("What happens instead?");
    const session = await t.db.prisma.intakeSession.findFirstOrThrow({ where: { customer: { telegramId: 1101n } } });
    expect(session.state).toMatchObject({ topic: "feature", parts: ["Export my invoices as a spreadsheet"] });
  });

  it.concurrent("lists tickets and shows one by number, and refuses someone else's", async ({ expect }) => {
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

  it.concurrent("starts with the topic from a deep link", async ({ expect }) => {
    const hal = new ChatDriver(t.emulator!, 1102, "Hal");
    await hal.send("/start topic-account");
    await hal.expect("we store this conversation");
    await hal.tap("Agree and continue");
    const q = await hal.expect("Topic: account");
    expect(q.text).toContain("What do you need with your account?");
  });

  it.concurrent("shows a ticket from a deep link", async ({ expect }) => {
    // Dee's, while Bob's chat is busy with the list above.
    const dee = new ChatDriver(t.emulator!, 1004, "Dee");
    const [ticket] = await ticketsOf(1004);
    await dee.send(`/start ticket-${ticket!.number}`);
    const card = await dee.expect(`Ticket #${ticket!.number}`);
    expect(card.text).toContain("Status:");
  });

  it.concurrent("hands over to a person after repeated messages it cannot classify", async ({ expect }) => {
    const ida = await consented(1103, "Ida");
    await ida.send("hello");
    await ida.expect("Which of these is it closest to?");
    await ida.send("hmm, not sure");
    await ida.expect("I still can't tell");
    await ida.send("well...");
    expect((await ida.expect("passing this to a person")).text).toMatch(RECEIPT);
    const [ticket] = await ticketsOf(1103);
    expect(ticket).toMatchObject({ topic: "other", handoffReason: "unmatched" });
    expect(ticket!.messages[0]!.text).toBe("hello\n\nhmm, not sure\n\nwell...");
  });
});
