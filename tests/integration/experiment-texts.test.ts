import { describe, expect, it } from "vitest";
import { variantFor } from "../../src/domain/experiments/assignment.js";
import { defineExperiment, findExperiment, shipWinner, startExperiment, type ExperimentInput } from "../../src/domain/experiments/experiments.js";
import { experimentRefusalText } from "../../src/domain/experiments/refusals.js";
import { telegramHtmlProblems } from "../../src/domain/experiments/variant-text.js";
import { ExperimentTexts } from "../../src/domain/experiments/texts.js";
import { messageCatalog } from "../../src/i18n/catalog.js";
import { loadTexts } from "../../src/i18n/index.js";
import { ManualClock } from "../../src/domain/shared/clock.js";
import { createOutboxNotifier } from "../../src/notify/notifier.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps } from "../helpers/domain.js";

// The text layer: a customer's notices (words and button labels) come in their variant, a
// critical notice never does, and a shipped winner reaches everyone.
const tdb = useTestDatabase();

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

describe("starting and shipping experiments", () => {
  const message = (code: string, target: string, b: Record<string, string>): ExperimentInput => ({
    code,
    targetKind: "message",
    target,
    metric: "self-service",
    sharePercent: 100,
    variants: [
      { key: "A", texts: {} },
      { key: "B", texts: b },
    ],
  });
  /** A row as an older version stored it, past today's checks. */
  const stored = (code: string, targetKind: string, target: string, variants: object[], status = "draft") =>
    tdb.prisma.experiment.create({
      data: { code, targetKind, target, metric: "self-service", sharePercent: 100, variants, status, startedAt: status === "running" ? actor.at : null },
    });

  it("lets only one of two experiments on the same text run, however the starts interleave", async () => {
    const db = tdb.prisma;
    await defineExperiment(db, catalog, message("race-one", "cancel-nothing", { en: "Nothing to cancel." }), actor);
    await defineExperiment(db, catalog, message("race-two", "cancel-nothing", { en: "There is nothing to cancel right now." }), actor);
    const outcomes = await Promise.allSettled([startExperiment(db, "race-one", actor), startExperiment(db, "race-two", actor)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected")!.reason as Error;
    expect(experimentRefusalText(refused)?.key).toBe("exp-refused-target-busy");
    expect(await db.experiment.count({ where: { target: "cancel-nothing", status: "running" } })).toBe(1);
    // The database holds the rule too, whoever writes.
    const loser = await db.experiment.findFirstOrThrow({ where: { target: "cancel-nothing", status: "draft" } });
    await expect(db.experiment.update({ where: { id: loser.id }, data: { status: "running" } })).rejects.toThrow();
    // The same draft started twice at once starts once.
    await defineExperiment(db, catalog, message("twice", "kb-article-gone", { en: "That article is no longer here." }), actor);
    const twice = await Promise.allSettled([startExperiment(db, "twice", actor), startExperiment(db, "twice", actor)]);
    expect(twice.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "experiment-start", data: { path: ["code"], equals: "twice" } } })).toBe(1);
  });

  it("refuses to start or ship a test of a flow choice no flow reads (a draft from before the rule)", async () => {
    const variants = [
      { key: "A", texts: {}, value: "topic-first" },
      { key: "B", texts: {}, value: "problem-first" },
    ];
    await stored("old-order", "flow", "question-order", variants);
    await stored(
      "old-order-live",
      "flow",
      "notice-style",
      [
        { key: "A", texts: {}, value: "one-summary" },
        { key: "B", texts: {}, value: "series" },
      ],
      "running",
    );
    const start = await startExperiment(tdb.prisma, "old-order", actor).catch((err: unknown) => err);
    expect(experimentRefusalText(start)).toMatchObject({ key: "exp-refused-flow-not-wired", vars: { target: "question-order" } });
    expect((await findExperiment(tdb.prisma, "old-order")).status).toBe("draft");
    const ship = await shipWinner(tdb.prisma, catalog, "old-order-live", "B", actor).catch((err: unknown) => err);
    expect(experimentRefusalText(ship)?.key).toBe("exp-refused-flow-not-wired");
    expect(await tdb.prisma.textOverride.findUnique({ where: { key_lang: { key: "flow:notice-style", lang: "*" } } })).toBeNull();
  });

  it("ships all of a winner's languages or none, and shipping A goes back to the message file's words", async () => {
    const db = tdb.prisma;
    // The database fails on the second language (a trigger stands in for a lost connection):
    // nothing of the ship may stay.
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_ru() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_ru BEFORE INSERT ON text_overrides FOR EACH ROW WHEN (NEW.lang = 'ru') EXECUTE FUNCTION fail_ru()`);
    await defineExperiment(db, catalog, message("half-ship", "intake-describe", { en: "Tell us what happened.", ru: "Расскажите, что случилось." }), actor);
    await startExperiment(db, "half-ship", actor);
    await expect(shipWinner(db, catalog, "half-ship", "B", actor)).rejects.toThrow();
    await db.$executeRawUnsafe(`DROP TRIGGER fail_ru ON text_overrides; DROP FUNCTION fail_ru()`);
    expect(await db.textOverride.findMany({ where: { key: "intake-describe" } })).toEqual([]);
    expect((await findExperiment(db, "half-ship")).status).toBe("running");
    expect(await db.auditLog.count({ where: { action: "experiment-ship", data: { path: ["code"], equals: "half-ship" } } })).toBe(0);

    // An earlier experiment shipped words for help-text; a new test of it keeps A.
    await defineExperiment(db, catalog, message("help-1", "help-text", { en: "Ask away.", ru: "Спрашивайте." }), actor);
    await startExperiment(db, "help-1", actor);
    await shipWinner(db, catalog, "help-1", "B", actor);
    expect(await db.textOverride.count({ where: { key: "help-text" } })).toBe(2);
    await defineExperiment(db, catalog, message("help-2", "help-text", { en: "Ask us anything." }), actor);
    await startExperiment(db, "help-2", actor);
    expect((await shipWinner(db, catalog, "help-2", "A", actor)).winner).toBe("A");
    expect(await db.textOverride.count({ where: { key: "help-text" } })).toBe(0);
    const live = new ExperimentTexts(db);
    await live.refresh();
    expect(live.render(123n, "en", "help-text")).toBeUndefined();
  });

  it("never sends customers a variant Telegram would refuse as HTML", async () => {
    const db = tdb.prisma;
    const refused = await defineExperiment(db, catalog, message("amp", "ticket-list-empty", { en: "No tickets yet: see Q&A" }), actor).catch((e: unknown) => e);
    expect(String(refused)).toMatch(/bare "&"/);
    // Escaped, it is fine, and what the customer gets parses.
    await defineExperiment(db, catalog, message("amp-ok", "ticket-list-empty", { en: "No tickets yet &lt; see <b>Q&amp;A</b>" }), actor);
    await startExperiment(db, "amp-ok", actor);
    const live = new ExperimentTexts(db);
    await live.refresh();
    const e = await findExperiment(db, "amp-ok");
    const inB = Array.from({ length: 50 }, (_, i) => BigInt(770_000 + i)).find((id) => variantFor(id, e) === "B")!;
    const text = live.render(inB, "en", "ticket-list-empty")!;
    expect(text).toBe("No tickets yet &lt; see <b>Q&amp;A</b>");
    expect(telegramHtmlProblems(text)).toEqual([]);

    // A variant stored before the check: its customers get today's words, not a refused message.
    await stored(
      "amp-old",
      "message",
      "empty-message",
      [
        { key: "A", texts: {} },
        { key: "B", texts: { en: "Nothing found, try the Q&A" } },
      ],
      "running",
    );
    await live.refresh();
    const old = await findExperiment(db, "amp-old");
    const oldB = Array.from({ length: 50 }, (_, i) => BigInt(660_000 + i)).find((id) => variantFor(id, old) === "B")!;
    expect(live.render(oldB, "en", "empty-message")).toBeUndefined();
    await expect(shipWinner(db, catalog, "amp-old", "B", actor)).rejects.toThrow(/bare "&"/);
  });
});
