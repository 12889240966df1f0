import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkResolvedConversations, findingsOf } from "../../src/domain/quality/automatic.js";
import type { Finding } from "../../src/domain/quality/checks.js";
import PgBoss from "pg-boss";
import pino from "pino";
import {
  agentQuality,
  commentReview,
  finishReview,
  pendingReviews,
  qualityTrend,
  reviewCard,
  sampleForReview,
  setItemScore,
} from "../../src/domain/quality/reviews.js";
import { DomainError, ForbiddenError, NotFoundError } from "../../src/domain/shared/errors.js";
import { DAILY_DIGEST, JobRunner, QA_SAMPLE } from "../../src/jobs/runner.js";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { createTestDatabase, resetDeskData, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer, outboxTexts } from "../helpers/domain.js";

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
beforeEach(async () => {
  await resetDeskData(tdb.prisma);
  await tdb.prisma.$executeRawUnsafe("TRUNCATE quality_checks, quality_reviews");
});

const MIN = 60_000;
const T0 = new Date("2026-03-02T08:00:00Z");

interface Seed {
  lang: string;
  customer: string[];
  staff: string[];
  summary?: string | null;
  nextSteps?: string;
  /** Minutes to the first answer (the queue's target is 15). */
  frt?: number;
  handoff?: string;
}

/** A resolved conversation written straight to the tables, as the desk would have left it. */
async function seed(agentId: number, s: Seed) {
  const customer = await makeCustomer(tdb.prisma, { languageCode: s.lang });
  const queue = await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L1" } });
  const frt = s.frt ?? 5;
  const ticket = await tdb.prisma.ticket.create({
    data: {
      customerId: customer.id,
      topic: "other",
      queueId: queue.id,
      subject: s.customer[0]!.slice(0, 60),
      language: s.lang,
      status: "resolved",
      assigneeId: agentId,
      handoffReason: s.handoff ?? null,
      createdAt: T0,
      firstResponseDueAt: new Date(T0.getTime() + 15 * MIN),
      resolutionDueAt: new Date(T0.getTime() + 240 * MIN),
      etaAt: new Date(T0.getTime() + 15 * MIN),
      firstRespondedAt: s.staff.length ? new Date(T0.getTime() + frt * MIN) : null,
      resolvedAt: new Date(T0.getTime() + 60 * MIN),
      summary: s.summary === undefined ? "Explained the steps and checked the result together" : s.summary,
    },
  });
  let at = T0.getTime();
  for (const text of s.customer)
    await tdb.prisma.ticketMessage.create({ data: { ticketId: ticket.id, author: "customer", text, createdAt: new Date((at += MIN)) } });
  at = T0.getTime() + frt * MIN;
  for (const text of s.staff)
    await tdb.prisma.ticketMessage.create({ data: { ticketId: ticket.id, author: "staff", staffId: agentId, text, createdAt: new Date((at += MIN)) } });
  await tdb.prisma.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "resolved",
      actorType: "staff",
      actorId: agentId,
      data: { summary: "x", nextSteps: s.nextSteps ?? "Write to us if it happens again" },
    },
  });
  return ticket;
}

const kinds = (f: Finding[]) => f.map((x) => x.kind).sort();

describe("automatic checks on every conversation", () => {
  it("flag seeded bad conversations in several languages and pass good ones", async () => {
    const agent = await makeAgent(tdb.prisma, ["L1"]);
    const bad = {
      rudeRu: await seed(agent.id, { lang: "ru", customer: ["Не приходят деньги"], staff: ["Здравствуйте! Сами виноваты, надо было читать условия."] }),
      cardKo: await seed(agent.id, { lang: "ko", customer: ["결제가 안 돼요"], staff: ["안녕하세요! 확인을 위해 카드 번호 전체를 보내주세요."] }),
      passwordAr: await seed(agent.id, { lang: "ar", customer: ["لا أستطيع الدخول"], staff: ["مرحبا، أرسل لي كلمة المرور لأتحقق من حسابك"] }),
      personZh: await seed(agent.id, { lang: "zh", customer: ["我要转人工"], staff: [], handoff: "operator" }),
      summaryTh: await seed(agent.id, { lang: "th", customer: ["แอปค้าง"], staff: ["สวัสดีครับ ลองอัปเดตแอปเป็นเวอร์ชันล่าสุดนะครับ"], summary: null }),
      slowAz: await seed(agent.id, { lang: "az", customer: ["Sifarişim gəlmədi"], staff: ["Salam! Sifarişinizi yoxladım, sabah çatdırılacaq."], frt: 40 }),
      noGreetingEn: await seed(agent.id, { lang: "en", customer: ["Where is my parcel?"], staff: ["It ships tomorrow."] }),
    };
    const good = {
      en: await seed(agent.id, { lang: "en", customer: ["How do I change my e-mail?"], staff: ["Hello Anna! Open Settings, then Account, and tap E-mail."] }),
      ru: await seed(agent.id, { lang: "ru", customer: ["Списали дважды"], staff: ["Здравствуйте! Вернули второй платёж, деньги придут за 3-5 дней."] }),
      zh: await seed(agent.id, { lang: "zh", customer: ["无法登录"], staff: ["您好！我们已重置登录，请重新打开应用试试。"] }),
      // Warning the customer not to send a card number is right, not a request for it.
      arWarning: await seed(agent.id, { lang: "ar", customer: ["تم خصم المبلغ مرتين"], staff: ["مرحبا! لا ترسل رقم البطاقة هنا، سنعيد المبلغ خلال ٣ أيام."] }),
      // Asked for a person, and a person answered.
      koPerson: await seed(agent.id, { lang: "ko", customer: ["상담원 연결해 주세요"], staff: ["안녕하세요, 상담원 민지입니다. 무엇을 도와드릴까요?"] }),
    };

    const checked = await checkResolvedConversations(tdb.prisma, domainDeps(tdb.prisma).settings.forbiddenWords, new Date(T0.getTime() + 2 * 60 * MIN));
    expect(checked).toBe(12);
    // Checked once: the next sweep finds nothing new.
    expect(await checkResolvedConversations(tdb.prisma, [], new Date(T0.getTime() + 3 * 60 * MIN))).toBe(0);

    expect(kinds(await findingsOf(tdb.prisma, bad.rudeRu.id))).toEqual(["forbidden-words"]);
    expect(kinds(await findingsOf(tdb.prisma, bad.cardKo.id))).toEqual(["personal-data-asked"]);
    expect(kinds(await findingsOf(tdb.prisma, bad.passwordAr.id))).toEqual(["forbidden-words"]);
    expect(kinds(await findingsOf(tdb.prisma, bad.personZh.id))).toEqual(["person-not-given"]);
    expect(kinds(await findingsOf(tdb.prisma, bad.summaryTh.id))).toEqual(["no-summary"]);
    expect(await findingsOf(tdb.prisma, bad.slowAz.id)).toEqual([{ kind: "frt-over-sla", minutes: 40, targetMinutes: 15 }]);
    expect(kinds(await findingsOf(tdb.prisma, bad.noGreetingEn.id))).toEqual(["no-greeting"]);
    for (const t of Object.values(good)) expect({ ticket: t.number, findings: await findingsOf(tdb.prisma, t.id) }).toEqual({ ticket: t.number, findings: [] });
  });
});

describe("quality review", () => {
  it("samples conversations per agent, a supervisor scores one, and the agent sees the score", async () => {
    const deps = domainDeps(tdb.prisma);
    const anna = await makeAgent(tdb.prisma, ["L1"]);
    const boris = await makeAgent(tdb.prisma, ["L1"]);
    const lead = await makeAgent(tdb.prisma, ["L1"], { role: "supervisor" });
    for (let i = 0; i < 4; i++) await seed(anna.id, { lang: "en", customer: [`Question ${i}`], staff: [`Hello! Answer ${i}.`] });
    const rude = await seed(boris.id, { lang: "ru", customer: ["Где заказ?"], staff: ["Здравствуйте. Успокойтесь, заказ в пути."] });

    const now = new Date(T0.getTime() + 3 * 60 * MIN);
    const rnd = (() => {
      let s = 1;
      return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
    })();
    expect(await sampleForReview({ ...deps, db: tdb.prisma }, { perAgent: 2, now, random: rnd })).toBe(3);
    // A second run the same day (a retry) neither takes the same conversations again nor goes over
    // the day's two per agent.
    expect(await sampleForReview({ ...deps, db: tdb.prisma }, { perAgent: 2, now, random: rnd })).toBe(0);
    const pending = await pendingReviews(tdb.prisma, lead.id);
    expect(pending.filter((p) => p.agentName === boris.displayName && p.ticketNumber === rude.number)).toHaveLength(1);
    // Supervisors were told there is something to review.
    expect(await outboxTexts(tdb.prisma, lead.telegramId)).toEqual([expect.stringContaining("3 conversations are waiting")]);

    // The automatic checks already marked Boris's tone "no" on his scorecard.
    const borisReview = pending.find((p) => p.ticketNumber === rude.number)!;
    const card = await reviewCard(tdb.prisma, borisReview.id);
    expect(card.findings.map((f) => f.kind)).toContain("forbidden-words");
    expect(card.scores.tone).toBe(0);
    expect(card.transcript).toContain("Успокойтесь");

    await expect(finishReview({ ...deps, db: tdb.prisma }, card.id, lead, now)).rejects.toThrow(/score every line/);
    for (const item of ["greeting", "understood", "correct", "next_steps", "summary"]) await setItemScore(tdb.prisma, card.id, item, 2, lead.id);
    const { score } = await finishReview({ ...deps, db: tdb.prisma }, card.id, lead, now, { comment: "Good answer, but never tell a customer to calm down." });
    expect(score).toBe(83);

    const toBoris = await outboxTexts(tdb.prisma, boris.telegramId);
    expect(toBoris.at(-1)).toContain("83");
    expect(toBoris.at(-1)).toContain(String(rude.number));
    expect(toBoris.at(-1)).toContain("never tell a customer to calm down");
    const mine = await agentQuality(tdb.prisma, boris.id, now);
    expect(mine).toMatchObject({ average: 83, reviews: [{ ticketNumber: rude.number, score: 83 }] });

    const trend = await qualityTrend(sql, now);
    expect(trend).toEqual([{ agentId: boris.id, name: boris.displayName, weeks: [{ week: "2026-03-02", average: 83, reviews: 1, flagged: 1 }] }]);
  });

  it("never samples more than the day's number per agent, even when two runs overlap", async () => {
    const deps = { ...domainDeps(tdb.prisma), db: tdb.prisma };
    const anna = await makeAgent(tdb.prisma, ["L1"]);
    const boris = await makeAgent(tdb.prisma, ["L1"]);
    for (let i = 0; i < 5; i++) await seed(anna.id, { lang: "en", customer: [`Question ${i}`], staff: [`Hello! Answer ${i}.`] });
    for (let i = 0; i < 3; i++) await seed(boris.id, { lang: "en", customer: [`Ask ${i}`], staff: [`Hello! Reply ${i}.`] });
    const now = new Date(T0.getTime() + 3 * 60 * MIN);
    const runs = await Promise.all([sampleForReview(deps, { perAgent: 2, now }), sampleForReview(deps, { perAgent: 2, now })]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(4);
    // A retry an hour later, the same day.
    expect(await sampleForReview(deps, { perAgent: 2, now: new Date(now.getTime() + 60 * MIN) })).toBe(0);
    const perAgent = await tdb.prisma.qualityReview.groupBy({ by: ["agentId"], _count: true, orderBy: { agentId: "asc" } });
    expect(perAgent.map((r) => [r.agentId, r._count])).toEqual([
      [anna.id, 2],
      [boris.id, 2],
    ]);
  });

  it("samples the day even when the digest fails, as a job of its own", async () => {
    const sampled: string[] = [];
    const runner = new JobRunner({
      databaseUrl: tdb.url,
      log: pino({ level: "silent" }),
      sweepSeconds: 300,
      sweep: async () => ({ tickets: 0, events: 0 }),
      digest: { run: () => Promise.reject(new Error("digest broke")), hour: 8, timeZone: "UTC" },
      qaSample: { run: async () => void sampled.push("sampled"), hour: 8, timeZone: "UTC" },
    });
    await runner.start();
    const boss = new PgBoss({ connectionString: tdb.url, schema: "pgboss", max: 1 });
    await boss.start();
    try {
      const digestJob = await boss.send(DAILY_DIGEST, {});
      await boss.send(QA_SAMPLE, {});
      await expect.poll(() => sampled, { timeout: 20_000 }).toEqual(["sampled"]);
      await expect.poll(async () => (await boss.getJobById(DAILY_DIGEST, digestJob!))?.state, { timeout: 20_000 }).toMatch(/retry|failed/);
      expect(sampled).toEqual(["sampled"]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await runner.stop();
    }
  });
});

describe("scoring a review", () => {
  async function sampledReview() {
    const agent = await makeAgent(tdb.prisma, ["L1"], { role: "supervisor" });
    const lead = await makeAgent(tdb.prisma, ["L1"], { role: "supervisor" });
    await seed(agent.id, { lang: "en", customer: ["Question"], staff: ["Hello! Answer."] });
    const deps = { ...domainDeps(tdb.prisma), db: tdb.prisma };
    expect(await sampleForReview(deps, { perAgent: 1, now: new Date(T0.getTime() + 3 * 60 * MIN) })).toBe(1);
    const review = await tdb.prisma.qualityReview.findFirstOrThrow({ where: { agentId: agent.id } });
    return { deps, agent, lead, review };
  }

  it("refuses a line scored while the scorecard is being saved, so the saved score and the lines agree", async () => {
    const { lead, review } = await sampledReview();
    const full = { greeting: 2, understood: 2, correct: 2, tone: 2, next_steps: 2, summary: 2 };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let saving!: () => void;
    const saved = new Promise<void>((r) => (saving = r));
    // The scorecard being saved: the row written, the transaction not yet committed.
    const save = tdb.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM quality_reviews WHERE id = ${review.id} FOR UPDATE`;
        await tx.qualityReview.update({ where: { id: review.id }, data: { scores: full, score: 100, scoredAt: new Date(), reviewerId: lead.id } });
        saving();
        await gate;
      },
      { timeout: 30_000 },
    );
    await saved;
    const line = setItemScore(tdb.prisma, review.id, "tone", 0, lead.id).then(
      () => "scored",
      (err: unknown) => (err instanceof DomainError ? err.code : String(err)),
    );
    // Release the save only once the line is waiting for the row.
    await expect
      .poll(
        async () =>
          (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"))
            .rows[0]!.n,
        { timeout: 10_000 },
      )
      .toBe(1)
      .finally(release);
    await save;
    expect(await line).toBe("already-scored");
    const after = await tdb.prisma.qualityReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(after.scores).toEqual(full);
    expect(after.score).toBe(100);
  });

  it("keeps a supervisor from scoring their own conversation, and leaves it out of their list", async () => {
    const { deps, agent, lead, review } = await sampledReview();
    expect((await pendingReviews(tdb.prisma, agent.id)).map((p) => p.id)).toEqual([]);
    expect((await pendingReviews(tdb.prisma, lead.id)).map((p) => p.id)).toEqual([review.id]);
    await expect(setItemScore(tdb.prisma, review.id, "greeting", 2, agent.id)).rejects.toBeInstanceOf(ForbiddenError);
    const full = { greeting: 2, understood: 2, correct: 2, tone: 2, next_steps: 2, summary: 2 } as const;
    await expect(finishReview(deps, review.id, agent, T0, { scores: full })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commentReview(deps, review.id, agent, "All fine", T0)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await tdb.prisma.qualityReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ scores: {}, scoredAt: null, comment: null });
    // Another supervisor may.
    expect(await finishReview(deps, review.id, lead, T0, { scores: full })).toEqual({ score: 100 });
  });

  it("calls only a missing review not found when commenting; other failures surface as they are", async () => {
    const { deps, lead, review } = await sampledReview();
    await expect(commentReview(deps, 999_999, lead, "Nice", T0)).rejects.toBeInstanceOf(NotFoundError);
    // PostgreSQL refuses a NUL character in text: a database failure, not a missing review.
    const failure = await commentReview(deps, review.id, lead, "Nice\u0000work", T0).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(NotFoundError);
    await commentReview(deps, review.id, lead, "Nice work", T0);
    expect(await tdb.prisma.qualityReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ comment: "Nice work" });
  });
});
