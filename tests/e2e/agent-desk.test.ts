import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// One customer at a time and two agents, all through the Telegram emulator.
const ADMIN = 9001;
const ANNA = 9002;
const BORIS = 9003;

let t: TestDesk;
let admin: ChatDriver;
let anna: ChatDriver;
let boris: ChatDriver;

beforeAll(async () => {
  t = await startTestDesk({ env: { ADMIN_IDS: String(ADMIN) } });
  admin = new ChatDriver(t.emulator!, ADMIN, "Ada");
  anna = new ChatDriver(t.emulator!, ANNA, "Anna");
  boris = new ChatDriver(t.emulator!, BORIS, "Boris");
});
afterAll(async () => {
  await t?.stop();
});

const ticketOf = (telegramId: number) =>
  t.db.prisma.ticket.findFirstOrThrow({
    where: { customer: { telegramId: BigInt(telegramId) } },
    orderBy: { id: "desc" },
    include: { messages: { orderBy: { id: "asc" } }, events: { orderBy: { id: "asc" } }, queue: true },
  });

/** A customer who gets straight to a person ("operator") and has their receipt. */
async function customerWithTicket(id: number, name: string, text = "I need an operator: my invoice is wrong") {
  const c = new ChatDriver(t.emulator!, id, name);
  await c.send(text);
  await c.expect("we store this conversation");
  await c.tap("Agree and continue");
  expect((await c.expect("passing this to a person")).text).toMatch(/Ticket #\d+ created/);
  return { chat: c, ticket: await ticketOf(id) };
}

describe("the agent desk in Telegram", () => {
  it("lets an admin build the team, and refuses staff commands to everyone else", async () => {
    await admin.send("/staff_add 9002 role=agent queues=L1,L2 limit=1 name=Anna K.");
    await admin.expect("Anna K. is now agent in L1,L2 (limit 1)");
    await admin.send("/staff_add 9003 role=agent queues=L1 limit=0 name=Boris");
    await admin.expect("Boris is now agent in L1 (limit 0)");
    await admin.send("/staff_add @nobody_here role=agent");
    await admin.expect("I don't know @nobody_here yet");
    await admin.send("/staff_add 9004 role=wizard");
    await admin.expect(/role/);

    const stranger = new ChatDriver(t.emulator!, 9100, "Sam");
    await stranger.send("/queue");
    await stranger.expect("This command is for the support team.");
    expect(stranger.pending()).toEqual([]);
    await anna.send("/staff_add 9100 role=admin");
    await anna.expect("Only admins can do that.");
    expect(await t.db.prisma.staffMember.count({ where: { telegramId: 9100n } })).toBe(0);

    await anna.send("/duty on");
    await anna.expect("You're on duty");
    await boris.send("/duty on");
    await boris.expect("You're on duty");
  });

  it("assigns a new ticket, carries the agent's reply to the customer and the answer back", async () => {
    const { chat: cy, ticket } = await customerWithTicket(9201, "Cy");
    expect(ticket.assigneeId).not.toBeNull();
    const assigned = await anna.expect(`Assigned to you: #${ticket.number}`);
    expect(assigned.text).toContain("Cy: I need an operator: my invoice is wrong");

    await anna.send("Hi Cy, I'm looking at your invoice now.", {
      reply_to_message: { message_id: assigned.messageId, date: 0, chat: { id: ANNA, type: "private" } },
    });
    const reply = await cy.expect("Anna K., support:");
    expect(reply.text).toContain("Hi Cy, I'm looking at your invoice now.");
    expect(reply.text).not.toContain("9002");
    // The desk confirms a sent reply with a 👍 reaction, which the emulator does not show.

    await cy.send("Thanks! It shows the wrong VAT number: DE123456789, card 4111 1111 1111 1111");
    const back = await anna.expect(`#${ticket.number} · Cy:`);
    expect(back.text).toContain("•••• 1111");
    expect(back.text).not.toContain("4111 1111 1111 1111");

    const after = await ticketOf(9201);
    expect(after.status).toBe("in_progress");
    expect(after.firstRespondedAt).toBeInstanceOf(Date);
    expect(after.messages.map((m) => [m.author, m.text.slice(0, 20)])).toEqual([
      ["customer", "I need an operator: "],
      ["staff", "Hi Cy, I'm looking a"],
      ["customer", "Thanks! It shows the"],
    ]);
    // The customer's message is kept whole; only what agents are shown is masked.
    expect(after.messages[2]!.text).toContain("4111 1111 1111 1111");
  });

  it("offers a waiting ticket to the agents on duty; the first Take wins and the other card updates", async () => {
    const { ticket, chat: dee } = await customerWithTicket(9202, "Dee", "operator please, my refund is late");
    expect(ticket.assigneeId).toBeNull(); // Anna is at her limit, Boris has none
    const annaCard = await anna.expect(`🆕 #${ticket.number}`);
    const borisCard = await boris.expect(`🆕 #${ticket.number}`);
    expect(borisCard.buttons.map((b) => b.text)).toEqual(["Take"]);

    await admin.send("/staff_set 9003 limit=3");
    await admin.expect("Boris is now agent in L1 (limit 3)");
    expect((await boris.tap("Take")).messageId).toBe(borisCard.messageId);
    await boris.find(`You took ticket #${ticket.number}`);
    await boris.find(`📋 #${ticket.number} · Dee`);
    await boris.find(`💬 #${ticket.number} · Dee: operator please`);
    const suggested = await boris.find("📚 Articles that may answer it:");
    expect(suggested.text).toMatch(/refund/i);
    await dee.find(`Boris from support is now handling ticket #${ticket.number}.`);
    // The card's edit reaches Anna's copy of it.
    await expect
      .poll(() => t.emulator!.storage.botMessages.find((m) => m.messageId === annaCard.messageId)?.message.text, { timeout: 10_000 })
      .toContain("was taken by Boris");

    // Anna presses Take on her copy as she saw it before the edit reached her screen: too late.
    await anna.tapAsShown(annaCard, "Take");
    await anna.find("already taken by Boris");
    expect((await ticketOf(9202)).assigneeId).toBe((await t.db.prisma.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(BORIS) } })).id);
  });

  it("asks for details (the clock pauses), holds a message that fails the quality check, and keeps notes internal", async () => {
    const dee = new ChatDriver(t.emulator!, 9202, "Dee");
    const { number } = await ticketOf(9202);
    await boris.send(`/ask ${number} Which order number is it?`);
    const question = await dee.expect("needs a detail for ticket");
    expect(question.text).toContain("Which order number is it?");
    expect((await ticketOf(9202)).status).toBe("waiting_customer");
    expect((await ticketOf(9202)).pausedAt).toBeInstanceOf(Date);

    await dee.send("Order 5512");
    await dee.expect(`Added to your ticket #${number}`);
    await boris.expect(`#${number} · Dee: Order 5512`);
    expect((await ticketOf(9202)).status).toBe("in_progress");

    await boris.send(`/note ${number} Refund was sent on Monday, bank delay`);
    await boris.expect("Note added");

    await boris.send(`/r ${number} Please send me your password so I can check`);
    const held = await boris.expect("contains: password");
    expect(dee.pending()).toEqual([]);
    expect(held.buttons.map((b) => b.text)).toEqual(["Send anyway", "Discard"]);
    await boris.tap("Discard");
    await boris.expect("Discarded");
    await boris.send(`/r ${number} The refund left us on Monday; banks take up to 5 days.`);
    await dee.expect("The refund left us on Monday");
    const tk = await ticketOf(9202);
    expect(tk.messages.filter((m) => m.internal).map((m) => m.text)).toEqual(["Refund was sent on Monday, bank delay"]);
    expect(tk.messages.some((m) => m.text.includes("password"))).toBe(false);
    expect(dee.pending().some((m) => m.text.includes("bank delay"))).toBe(false);
  });

  it("carries an agent's edit to the customer's copy", async () => {
    const dee = new ChatDriver(t.emulator!, 9202, "Dee");
    const { number } = await ticketOf(9202);
    await boris.send(`/r ${number} Your refund is 50 EUR.`);
    const copy = await dee.expect("Your refund is 50 EUR.");
    const sent = await t.db.prisma.ticketMessage.findFirstOrThrow({ where: { text: "Your refund is 50 EUR." } });
    await t.desk.bot!.handleUpdate({
      update_id: 990_001,
      edited_message: {
        message_id: sent.telegramMessageId!,
        date: 0,
        edit_date: 1,
        chat: { id: BORIS, type: "private", first_name: "Boris" },
        from: { id: BORIS, is_bot: false, first_name: "Boris" },
        text: `/r ${number} Your refund is 55 EUR.`,
      },
    } as never);
    // Messages to one chat are spaced a second apart (Telegram's limit), so the edit may take a moment.
    await expect.poll(() => t.emulator!.storage.botMessages.find((m) => m.messageId === copy.messageId)?.message.text, { timeout: 10_000 }).toContain("55 EUR");
    // The edit carries the new words, not the command they were sent with.
    expect(t.emulator!.storage.botMessages.find((m) => m.messageId === copy.messageId)?.message.text).not.toContain("/r ");
    expect((await t.db.prisma.ticketMessage.findUniqueOrThrow({ where: { id: sent.id } })).text).toBe("Your refund is 55 EUR.");
  });

  it("sends macros in the customer's language, escalates, transfers and resolves with a summary", async () => {
    const dee = new ChatDriver(t.emulator!, 9202, "Dee");
    const { number } = await ticketOf(9202);
    await boris.send("/macros");
    await boris.expect("apology-for-wait");
    await boris.send(`/m apology-for-wait ${number}`);
    const macro = await dee.expect("Boris, support:");
    expect(macro.text).not.toMatch(/\{(name|id|eta|agent)\}/);

    await boris.send(`/escalate ${number} L2 needs a refund specialist`);
    await boris.expect(`#${number} moved to L2`);
    let tk = await ticketOf(9202);
    expect(tk.queue.code).toBe("L2");
    expect(tk.events.find((e) => e.type === "escalated")?.data).toMatchObject({ from: "L1", to: "L2", reason: "needs a refund specialist" });
    // Anna, on duty in L2, gets the card with the whole conversation; Dee is told.
    const card = await anna.find(`#${number} moved from L1 to L2 (needs a refund specialist)`);
    expect(card.text).toContain("Dee: Order 5512");
    await dee.find(`Ticket #${number} has been passed to colleagues`);

    await anna.send(`/resolve ${number} Refund confirmed with the bank | It reaches your card within 5 days`);
    await anna.find("✅");
    tk = await ticketOf(9202);
    expect(tk.status).toBe("resolved");
    const done = await dee.find(`Ticket #${number} is resolved`);
    expect(done.text).toContain("What we did: Refund confirmed with the bank");
    expect(done.text).toContain("What next: It reaches your card within 5 days");
    expect(done.buttons.map((b) => b.text)).toEqual(["1 ⭐", "2 ⭐", "3 ⭐", "4 ⭐", "5 ⭐"]);
    expect((await dee.tap("5 ⭐")).messageId).toBe(done.messageId);
    await dee.find(`Thank you for rating ticket #${number}!`);
    expect(await t.db.prisma.rating.findUnique({ where: { ticketId: tk.id } })).toMatchObject({ csat: 5 });

    const actions = (await t.db.prisma.auditLog.findMany({ where: { ticketId: tk.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["take", "clarification", "note", "reply-held", "reply-discarded", "reply", "escalate", "resolve"]));
  });

  it("answers bad input from agents clearly", async () => {
    await anna.send("/take 99999");
    await anna.expect("not found");
    await anna.send("/r 99999 hello");
    await anna.expect("not found");
    await anna.send("/note");
    await anna.expect("Usage: /note 10001 text");
    await anna.send("Just some text that is not a reply");
    await anna.expect("isn't linked to a ticket");
    const { number } = await ticketOf(9201);
    await boris.send(`/r ${number} I'll take over`);
    await boris.expect("handled by Anna K.");
  });

  it("lets editors turn a resolved ticket's answer into an article, publish it, and read the reports", async () => {
    const { number } = await ticketOf(9202); // resolved above
    await anna.send(`/kb_publish anything`);
    await anna.expect("Only knowledge-base editors, supervisors and admins can do that.");
    await admin.send(`/kb_from ${number} refund-bank-delay`);
    await admin.find(`Draft refund-bank-delay created from ticket #${number}`);
    const draft = await t.db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: "refund-bank-delay" }, include: { translations: true } });
    expect(draft.status).toBe("draft");
    expect(draft.translations[0]!.body).toContain("Refund confirmed with the bank");
    await admin.send("/kb_edit refund-bank-delay en Refund on its way | Refunds reach your card within 5 business days.");
    await admin.find("Article refund-bank-delay (en) saved.");
    await admin.send("/kb_publish refund-bank-delay");
    await admin.find("Article refund-bank-delay is published.");
    expect((await t.db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: "refund-bank-delay" } })).status).toBe("published");
    await admin.send("/kb_misses");
    await admin.find(/Searches that found nothing|Every search found something/);
    await admin.send("/kb_report");
    await admin.find(/did not solve it|No article led to a ticket/);
  });

  it("lets an admin tune queues and automations by command", async () => {
    await admin.send("/queue_set L1 first=10 resolution=180 warn=3 escalate=L2");
    await admin.find("Queue L1 saved.");
    expect(await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "L1" } })).toMatchObject({
      firstResponseMinutes: 10,
      resolutionMinutes: 180,
      warnBeforeMinutes: 3,
      escalateToCode: "L2",
    });
    await admin.send("/queue_set L1 first=soon");
    await admin.find("first needs a whole number of minutes");
    await admin.send("/queue_set L1 escalate=L1");
    await admin.find("cannot escalate to itself");
    await admin.send("/queue_add ES Spanish speakers");
    await admin.find("Queue ES saved.");
    expect(await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "ES" } })).toMatchObject({ name: "Spanish speakers", firstResponseMinutes: 10 });
    await anna.send("/queue_set L1 first=1");
    await anna.find("Only admins can do that.");
    expect((await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "L1" } })).firstResponseMinutes).toBe(10);

    await admin.send("/rule_off follow-up");
    await admin.find("Automation follow-up is off.");
    await admin.send("/rules");
    const rules = await admin.find("Automations");
    expect(rules.text).toMatch(/⏸ follow-up/);
    await admin.send("/rule_on follow-up");
    await admin.find("Automation follow-up is on.");

    await admin.send(
      '/rule_add custom-complaints {"event":"ticket-created","when":{"topic":["complaint"]},"then":{"action":"set-priority","priority":"critical"}}',
    );
    await admin.find("Automation custom-complaints is on.");
    await admin.send("/rule_add custom-broken {not json");
    await admin.find("The rule must be JSON after its code");
    await admin.send('/rule_add custom-broken {"event":"ticket-created","then":{"action":"teleport"}}');
    await admin.find("then");
    await admin.send("/rules");
    expect((await admin.find("Automations")).text).toContain("custom-complaints");
    await admin.send("/rule_del custom-complaints");
    await admin.find("Rule custom-complaints deleted.");
    expect(await t.db.prisma.automationRule.count({ where: { code: { startsWith: "custom-" } } })).toBe(0);
  });

  it("hands a ticket to a colleague, who gets the customer's message to reply to", async () => {
    const { number } = await ticketOf(9201);
    await anna.send(`/transfer ${number} ${BORIS}`);
    await anna.find(`#${number} handed to Boris`);
    // The whole conversation so far, not only the first message.
    const handed = await boris.find(`↪️ #${number} was handed to you. The conversation so far:`);
    expect(handed.text).toContain("Cy: I need an operator: my invoice is wrong");
    expect(handed.text).toContain("Anna K.: Hi Cy, I'm looking at your invoice now.");
    const tk = await ticketOf(9201);
    expect(tk.assigneeId).toBe((await t.db.prisma.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(BORIS) } })).id);
    expect(tk.events.map((e) => e.type)).toContain("transferred");
  });
});
