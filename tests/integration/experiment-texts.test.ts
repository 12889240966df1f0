import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variantFor } from "../../src/domain/experiments/assignment.js";
import { defineExperiment, findExperiment, shipWinner, startExperiment } from "../../src/domain/experiments/experiments.js";
import { ExperimentTexts } from "../../src/domain/experiments/texts.js";
import { messageCatalog } from "../../src/i18n/catalog.js";
import { loadTexts } from "../../src/i18n/index.js";
import { ManualClock } from "../../src/domain/shared/clock.js";
import { createOutboxNotifier } from "../../src/notify/notifier.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps } from "../helpers/domain.js";

// The text layer: a customer's notices (words and button labels) come in their variant, a
// critical notice never does, and a shipped winner reaches everyone.
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const texts = loadTexts("en");
const catalog = messageCatalog(texts);
const actor = { staffId: 1, at: new Date("2026-03-02T09:00:00Z") };

async function sent(chatId: bigint) {
  const row = await tdb.prisma.outboxMessage.findFirstOrThrow({ where: { chatId }, orderBy: { id: "desc" } });
  return row.payload as { text: string; reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } };
}

describe("experiment texts in the outbox", () => {
  it("renders the customer's variant in words and buttons, leaves critical notices alone, then ships", async () => {
    const db = tdb.prisma;
    const live = new ExperimentTexts(db);
    const notifier = createOutboxNotifier({
      t: texts.t,
      clock: new ManualClock(),
      defaultQuietHours: null,
      customerText: (id, lang, key, vars) => live.render(id, lang, key, vars),
    });
    const both = (key: string) => ({
      code: `t-${key}`,
      targetKind: "message" as const,
      target: key,
      metric: "intake-drop-off" as const,
      sharePercent: 100,
      variants: [
        { key: "A", texts: {} as Record<string, string> },
        { key: "B", texts: { en: key === "btn-cancel" ? "Never mind" : "All stopped, nothing went out. Write whenever you like." } },
      ],
    });
    for (const key of ["cancel-done", "btn-cancel"]) {
      await defineExperiment(db, catalog, both(key), actor);
      await startExperiment(db, `t-${key}`, actor);
    }
    await live.refresh();
    const e = await findExperiment(db, "t-cancel-done");
    const ids = Array.from({ length: 50 }, (_, i) => BigInt(880_000 + i));
    const inB = ids.find((id) => variantFor(id, e) === "B")!;
    const inA = ids.find((id) => variantFor(id, e) === "A")!;

    const notice = { key: "cancel-done", buttons: [[{ kind: "callback" as const, label: "btn-cancel", data: "x" }]] };
    await db.$transaction((tx) => notifier.send(tx, { telegramId: inB, languageCode: "en" }, notice));
    expect((await sent(inB)).text).toBe("All stopped, nothing went out. Write whenever you like.");
    // The two experiments hash the customer apart; the button's own variant decides its label.
    const buttonTest = await findExperiment(db, "t-btn-cancel");
    const label = (await sent(inB)).reply_markup!.inline_keyboard[0]![0]!.text;
    expect(label).toBe(variantFor(inB, buttonTest) === "B" ? "Never mind" : texts.t("en", "btn-cancel"));
    await db.$transaction((tx) => notifier.send(tx, { telegramId: inA, languageCode: "en" }, notice));
    expect((await sent(inA)).text).toBe(texts.t("en", "cancel-done"));
    const someoneInB = ids.find((id) => variantFor(id, buttonTest) === "B")!;
    await db.$transaction((tx) => notifier.send(tx, { telegramId: someoneInB, languageCode: "en" }, notice));
    expect((await sent(someoneInB)).reply_markup!.inline_keyboard[0]![0]!.text).toBe("Never mind");
    // A language the variant has no words for shows the usual text.
    await db.$transaction((tx) => notifier.send(tx, { telegramId: inB, languageCode: "ru" }, notice));
    expect((await sent(inB)).text).toBe(texts.t("ru", "cancel-done"));
    // Critical notices (security, payments) say the same words to everyone.
    await db.$transaction((tx) => notifier.send(tx, { telegramId: inB, languageCode: "en" }, { ...notice, critical: true }));
    expect((await sent(inB)).text).toBe(texts.t("en", "cancel-done"));

    await shipWinner(db, catalog, "t-cancel-done", "B", actor);
    await live.refresh();
    await db.$transaction((tx) => notifier.send(tx, { telegramId: inA, languageCode: "en" }, notice));
    expect((await sent(inA)).text).toBe("All stopped, nothing went out. Write whenever you like.");
  });

  it("tells a customer in the 'detailed-steps' variant of a status-notice experiment what happens next instead of offering the status button", async () => {
    const db = tdb.prisma;
    await db.experiment.deleteMany({ where: { code: "receipt-steps" } });
    const e = await defineExperiment(
      db,
      catalog,
      {
        code: "receipt-steps",
        targetKind: "flow",
        target: "status-notice",
        metric: "repeat-contacts",
        sharePercent: 100,
        variants: [
          { key: "A", texts: {}, value: "eta-button" },
          { key: "B", texts: {}, value: "detailed-steps" },
        ],
      },
      actor,
    );
    await startExperiment(db, e.code, actor);
    const live = new ExperimentTexts(db);
    await live.refresh();
    const deps = { ...domainDeps(db), experimentTexts: live };
    const ids = Array.from({ length: 40 }, (_, i) => BigInt(990_000 + i));
    const opened = async (variant: string) => {
      const customer = await db.customer.create({
        data: { telegramId: ids.find((id) => variantFor(id, e) === variant)!, firstName: "Test", consentAt: new Date() },
      });
      const { ticket } = await openTicket(deps, { customerId: customer.id, topic: "feature", text: "Export does not work", handoff: null, source: "bot" });
      const messages = await db.outboxMessage.findMany({ where: { chatId: customer.telegramId }, orderBy: { id: "asc" } });
      return { ticket, messages: messages.map((m) => m.payload as { text: string; reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } }) };
    };
    const labels = (m: { reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } }) => m.reply_markup!.inline_keyboard.flat().map((b) => b.text);

    const usual = await opened("A");
    expect(usual.messages).toHaveLength(1);
    expect(labels(usual.messages[0]!)).toEqual([texts.t("en", "btn-ticket-status"), texts.t("en", "btn-add-details")]);

    const steps = await opened("B");
    expect(steps.messages).toHaveLength(2);
    expect(steps.messages[0]!.text).toContain(`#${steps.ticket.number}`);
    expect(labels(steps.messages[0]!)).toEqual([texts.t("en", "btn-add-details")]);
    expect(steps.messages[1]!.text).toContain(`What happens next with ticket #${steps.ticket.number}:`);
  });
});
