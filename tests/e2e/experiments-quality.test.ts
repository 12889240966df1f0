import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variantFor } from "../../src/domain/experiments/assignment.js";
import { findExperiment } from "../../src/domain/experiments/experiments.js";
import { recordMacroUse } from "../../src/domain/macros/assist.js";
import { sampleForReview } from "../../src/domain/quality/reviews.js";
import { loadTexts } from "../../src/i18n/index.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { domainDeps } from "../helpers/domain.js";
import { ChatDriver } from "../helpers/telegram.js";

// Journeys through the Telegram emulator: an admin ships an experiment's winning text and
// customers read it; a supervisor scores a conversation and the agent reads the score.
const ADMIN = 9201;
const LEAD = 9202;
const AGENT = 9203;
const HELPER = 9204;

let t: TestDesk;
let admin: ChatDriver;
const texts = loadTexts("en");
const USUAL_HELP = texts.t("en", "help-text");
const NEW_HELP = "Tell us in one line what happened — a person or an article takes it from there.";

beforeAll(async () => {
  t = await startTestDesk({ env: { ADMIN_IDS: String(ADMIN) } });
  admin = new ChatDriver(t.emulator!, ADMIN, "Ada");
});
afterAll(async () => {
  await t?.stop();
});

describe("an experiment on the bot's words", () => {
  it("shows each customer one variant, and the shipped winner to everyone", async () => {
    await admin.send(`/exp_new short-help message help-text self-service 50\nB en: ${NEW_HELP}`);
    await admin.find("Experiment short-help is ready with 2 variants");
    // A security warning is never up for testing.
    await admin.send("/exp_new scary message handoff-security-notice csat 50\nB en: Hi");
    await admin.find(/cannot be tested: protected/);
    // A flow choice no flow reads would be a test of nothing: refused in the admin's words.
    await admin.send("/exp_new order flow question-order intake-drop-off 30\nA topic-first\nB problem-first");
    await admin.find(texts.t("en", "exp-refused-flow-not-wired", { target: "question-order", wired: "rating-timing, status-notice" }));
    // Words Telegram would refuse as HTML never reach a customer.
    await admin.send("/exp_new qa-help message help-text self-service 50\nB en: See our Q&A");
    await admin.find(/bare "&"/);
    await admin.send("/exp_start short-help");
    await admin.find("is running for 50% of customers");

    // Customers chosen by the assignment itself: one who sees B, one outside the test.
    const e = await findExperiment(t.db.prisma, "short-help");
    const ids = Array.from({ length: 200 }, (_, i) => 9300 + i);
    const inB = ids.find((id) => variantFor(id, e) === "B")!;
    const outside = ids.find((id) => variantFor(id, e) === null)!;
    const b = new ChatDriver(t.emulator!, inB, "Bea");
    const o = new ChatDriver(t.emulator!, outside, "Omar");
    for (let i = 0; i < 2; i++) {
      // Sticky: the same words every time.
      await b.send("/help");
      expect((await b.find(/Tell us in one line|Just write your question/)).text).toBe(NEW_HELP);
    }
    await o.send("/help");
    expect((await o.find(/Tell us in one line|Just write your question/)).text).toBe(USUAL_HELP);

    await admin.send("/exp_results short-help");
    const results = await admin.find("Not enough data yet");
    expect(results.text).toContain("short-help · help-text · self-service share · running");
    await admin.tap("🚀 Ship B");
    await admin.find("Variant B of short-help is now the text of help-text for every customer.");

    await o.send("/help");
    expect((await o.find(/Tell us in one line|Just write your question/)).text).toBe(NEW_HELP);
    expect(await t.db.prisma.experiment.findUniqueOrThrow({ where: { code: "short-help" } })).toMatchObject({ status: "shipped", winner: "B" });
  });
});

describe("quality review in Telegram", () => {
  it("lets a supervisor score a sampled conversation, and the agent sees the score", async () => {
    const db = t.db.prisma;
    await admin.send(`/staff_add ${LEAD} role=supervisor queues=L1 name=Lena`);
    await admin.find("Lena is now supervisor");
    await admin.send(`/staff_add ${AGENT} role=agent queues=L1 name=Tom`);
    await admin.find("Tom is now agent");
    const lead = new ChatDriver(t.emulator!, LEAD, "Lena");
    const agentChat = new ChatDriver(t.emulator!, AGENT, "Tom");
    const agent = await db.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(AGENT) } });

    const customer = await db.customer.create({ data: { telegramId: 9500n, firstName: "Kim", consentAt: new Date() } });
    const queue = await db.queue.findFirstOrThrow({ where: { code: "L1" } });
    const now = new Date();
    const at = (min: number) => new Date(now.getTime() - (120 - min) * 60_000);
    const ticket = await db.ticket.create({
      data: {
        customerId: customer.id,
        topic: "account",
        queueId: queue.id,
        subject: "Cannot change e-mail",
        language: "en",
        status: "resolved",
        assigneeId: agent.id,
        createdAt: at(0),
        firstResponseDueAt: at(15),
        etaAt: at(15),
        firstRespondedAt: at(5),
        resolvedAt: at(30),
        summary: "Changed the e-mail after checking the account",
        messages: {
          create: [
            { author: "customer", text: "I cannot change my e-mail", createdAt: at(1) },
            { author: "staff", staffId: agent.id, text: "Hello Kim! Done: your new e-mail is saved.", createdAt: at(5) },
          ],
        },
      },
    });
    expect(await sampleForReview({ ...domainDeps(db), db }, { perAgent: 2, now })).toBe(1);
    await lead.find("One conversation is waiting for quality review");

    await lead.send("/qa");
    await lead.expect("conversations to review");
    await lead.tap(`#${ticket.number} · Tom`);
    const card = await lead.find(`ticket #${ticket.number}`);
    expect(card.text).toContain("Done: your new e-mail is saved.");
    for (const icon of ["👋", "🎯", "✅", "🙂", "➡️", "📝"]) await lead.tap(`${icon} ✓`);
    await lead.tap("💾 Save the scorecard");
    await lead.find("Saved: 100/100");

    await agentChat.find(`Your conversation #${ticket.number} was reviewed: 100/100`);
    await agentChat.send("/my_quality");
    const mine = await agentChat.find("Your quality scores");
    expect(mine.text).toContain(`#${ticket.number} · 100/100`);

    // Agents cannot review.
    await agentChat.send("/qa");
    await agentChat.find("Quality review is for supervisors and admins.");
  });
});

describe("agent assist in Telegram", () => {
  it("offers the macros used most on tickets like the one taken, and one tap sends it", async () => {
    const db = t.db.prisma;
    await admin.send(`/staff_add ${HELPER} role=agent queues=L1,L2 name=Ivy`);
    await admin.find("Ivy is now agent");
    const ivy = new ChatDriver(t.emulator!, HELPER, "Ivy");
    const customer = new ChatDriver(t.emulator!, 9600, "Nora");
    await customer.send("I need an operator: my invoice is wrong");
    await customer.expect("we store this conversation");
    await customer.tap("Agree and continue");
    await customer.find("passing this to a person");
    const ticket = await db.ticket.findFirstOrThrow({ where: { customer: { telegramId: 9600n } } });
    // Colleagues answered tickets of this queue with an apology more than anything else.
    const staff = await db.staffMember.findUniqueOrThrow({ where: { telegramId: BigInt(HELPER) } });
    for (let i = 0; i < 3; i++)
      await recordMacroUse(db, "apology-for-wait", { id: ticket.id, topic: ticket.topic, queueId: ticket.queueId, language: "en" }, staff.id, new Date());
    await recordMacroUse(db, "ask-screenshot", { id: ticket.id, topic: ticket.topic, queueId: ticket.queueId, language: "en" }, staff.id, new Date());

    await ivy.send(`/take ${ticket.number}`);
    await ivy.find("Macros colleagues used most");
    expect(ivy.buttonsShown().map((b) => b.text)).toEqual(["⚡ Apology for the wait", "⚡ Ask for a screenshot"]);
    await ivy.tap("⚡ Apology for the wait");
    await customer.find(`I'm really sorry for the wait, Nora, and thank you for your patience. I'm on your request #${ticket.number} now`);
    expect(await db.macroUse.count({ where: { macroCode: "apology-for-wait" } })).toBe(4);
    // A press the desk refuses (the ticket closed meanwhile) sent nothing, so it counts for nothing.
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "closed" } });
    await ivy.tap("⚡ Ask for a screenshot");
    await ivy.find(`#${ticket.number} is closed`);
    expect(await db.macroUse.count({ where: { macroCode: "ask-screenshot" } })).toBe(1);
  });
});
