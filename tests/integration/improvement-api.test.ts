import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInitData, type TestUser } from "../helpers/browser.js";
import { loadTexts } from "../../src/i18n/index.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

// The staff API of experiments and quality review: who may do what, and the contract's shapes.
const ADMIN: TestUser = { id: 7901, first_name: "Ada", language_code: "en" };
const LEAD: TestUser = { id: 7902, first_name: "Lena", language_code: "en" };
const AGENT: TestUser = { id: 7903, first_name: "Tom", language_code: "en" };
const CUSTOMER: TestUser = { id: 7904, first_name: "Cleo", language_code: "en" };

let t: TestDesk;
const call = (user: TestUser, method: "GET" | "POST", url: string, payload?: object) =>
  t.desk.app.inject({ method, url, headers: { authorization: `tma ${signedInitData(user)}` }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestDesk();
  const db = t.db.prisma;
  await db.staffMember.create({ data: { telegramId: BigInt(ADMIN.id), displayName: "Ada", role: "admin" } });
  await db.staffMember.create({ data: { telegramId: BigInt(LEAD.id), displayName: "Lena", role: "supervisor" } });
  await db.staffMember.create({ data: { telegramId: BigInt(AGENT.id), displayName: "Tom", role: "agent" } });
  await db.customer.create({ data: { telegramId: BigInt(CUSTOMER.id), firstName: "Cleo", consentAt: new Date() } });
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe("staff API: experiments", () => {
  it("lets an admin define, start, read and ship an experiment; refuses protected texts and other roles", async () => {
    const targets = (await call(ADMIN, "GET", "/api/staff/experiments/targets")).json<{ messages: Array<{ key: string }>; flows: Record<string, string[]> }>();
    expect(targets.messages.map((m) => m.key)).toContain("help-text");
    expect(targets.messages.map((m) => m.key)).not.toContain("handoff-security-notice");
    // Only the flow choices a flow reads are offered; the others would be tests of nothing.
    expect(Object.keys(targets.flows).sort()).toEqual(["rating-timing", "status-notice"]);
    expect(targets.flows["rating-timing"]).toEqual(["on-resolve", "next-day"]);
    const flowTest = (code: string, target: string, values: [string, string]) => ({
      code,
      targetKind: "flow",
      target,
      metric: "intake-drop-off",
      sharePercent: 50,
      variants: [
        { key: "A", texts: {}, value: values[0] },
        { key: "B", texts: {}, value: values[1] },
      ],
    });
    const unwired = await call(ADMIN, "POST", "/api/staff/experiments", flowTest("order", "question-order", ["topic-first", "problem-first"]));
    expect(unwired.statusCode).toBe(400);
    expect(unwired.json<{ reason: string }>().reason).toBe(
      loadTexts("en").t("en", "exp-refused-flow-not-wired", { target: "question-order", wired: "rating-timing, status-notice" }),
    );
    // In the admin's own language.
    await t.db.prisma.staffMember.update({ where: { telegramId: BigInt(ADMIN.id) }, data: { languageCode: "ru" } });
    const inRussian = await call(ADMIN, "POST", "/api/staff/experiments", flowTest("order", "question-order", ["topic-first", "problem-first"]));
    expect(inRussian.json<{ reason: string }>().reason).toMatch(/^«question-order» пока не читает ни один сценарий/);
    await t.db.prisma.staffMember.update({ where: { telegramId: BigInt(ADMIN.id) }, data: { languageCode: "en" } });
    // Two tests of one flow choice: the second cannot start while the first runs.
    for (const code of ["late-rating", "late-rating-2"])
      expect((await call(ADMIN, "POST", "/api/staff/experiments", flowTest(code, "rating-timing", ["on-resolve", "next-day"]))).statusCode).toBe(200);
    expect((await call(ADMIN, "POST", "/api/staff/experiments/late-rating/start")).statusCode).toBe(200);
    const busy = await call(ADMIN, "POST", "/api/staff/experiments/late-rating-2/start");
    expect(busy.statusCode).toBe(409);
    expect(busy.json<{ reason: string }>().reason).toMatch(/late-rating is already testing “rating-timing”/);
    expect((await call(ADMIN, "POST", "/api/staff/experiments/late-rating/stop")).statusCode).toBe(200);

    const refused = await call(ADMIN, "POST", "/api/staff/experiments", {
      code: "scary",
      targetKind: "message",
      target: "handoff-security-notice",
      metric: "csat",
      sharePercent: 50,
      variants: [
        { key: "A", texts: {} },
        { key: "B", texts: { en: "Hi" } },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ reason: string }>().reason).toMatch(/protected/);

    const body = {
      code: "help-short",
      targetKind: "message",
      target: "help-text",
      metric: "self-service",
      sharePercent: 20,
      variants: [
        { key: "A", texts: {} },
        { key: "B", texts: { en: "Write your question, any language." } },
      ],
    };
    for (const user of [LEAD, AGENT, CUSTOMER]) expect((await call(user, "POST", "/api/staff/experiments", body)).statusCode).toBe(403);
    const created = await call(ADMIN, "POST", "/api/staff/experiments", body);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ code: "help-short", status: "draft" });
    expect((await call(ADMIN, "POST", "/api/staff/experiments/help-short/start")).json()).toMatchObject({ status: "running" });
    const results = (await call(ADMIN, "GET", "/api/staff/experiments/help-short/results")).json<{ verdict: { kind: string }; variants: unknown[] }>();
    expect(results.verdict.kind).toBe("not-enough-data");
    expect(results.variants).toHaveLength(2);
    expect((await call(ADMIN, "POST", "/api/staff/experiments/help-short/ship", { variant: "B" })).json()).toMatchObject({ status: "shipped", winner: "B" });
    expect(await t.db.prisma.textOverride.findUnique({ where: { key_lang: { key: "help-text", lang: "en" } } })).toMatchObject({
      text: "Write your question, any language.",
    });
  });
});

describe("staff API: quality", () => {
  it("shows reviews and the trend to supervisors, each agent their own scores, and nothing to customers", async () => {
    expect((await call(LEAD, "GET", "/api/staff/quality/reviews")).statusCode).toBe(200);
    expect((await call(LEAD, "GET", "/api/staff/quality/trend")).json()).toEqual([]);
    expect((await call(AGENT, "GET", "/api/staff/quality/reviews")).statusCode).toBe(403);
    expect((await call(AGENT, "GET", "/api/staff/quality/mine")).json()).toEqual({ average: null, reviews: [] });
    expect((await call(CUSTOMER, "GET", "/api/staff/quality/mine")).statusCode).toBe(403);
    expect((await call(LEAD, "GET", "/api/staff/quality/reviews/999")).statusCode).toBe(404);
  });
});
