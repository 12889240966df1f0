import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import type { ApiDeps } from "../../src/api/deps.js";
import { loadConfig } from "../../src/config.js";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { createArticle, publishArticle, updateArticle } from "../../src/domain/kb/articles.js";
import { articlesLeadingToTickets, recordSearchMiss, recordSelfService, searchKb, topSearchMisses } from "../../src/domain/kb/search.js";
import { fromHeadline, windowSnippet } from "../../src/domain/kb/snippet.js";
import { loadTexts } from "../../src/i18n/index.js";
import { signedInitData } from "../helpers/browser.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer } from "../helpers/domain.js";
import { TEST_TOKEN } from "../helpers/telegram.js";

// Real questions against the 48 seeded articles in all seven languages, through the domain and
// over HTTP; the full relevance suite is kb-relevance.test.ts.

let db: TestDatabase;
let sql: Sql;
let app: FastifyInstance;

async function addArticle(
  slug: string,
  category: string,
  translations: Record<string, { title: string; body: string; keywords?: readonly string[] }>,
  publish = true,
) {
  const created = await createArticle(db.prisma, {
    slug,
    category,
    tags: [],
    translations: Object.fromEntries(Object.entries(translations).map(([l, t]) => [l, { ...t, keywords: [...(t.keywords ?? [])] }])),
  });
  if (publish) await publishArticle(db.prisma, created.id);
  return created.id;
}

const slugs = async (query: string, lang: string, limit = 3) => (await searchKb(db.prisma, query, lang, limit)).map((h) => h.slug);
const idOf = async (slug: string) => (await db.prisma.kbArticle.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  db = await createTestDatabase();
  // The same English text in an article that also has a Russian translation, and in one that has
  // only English: for a Russian customer the Russian translation must win.
  await addArticle("gift-card-balance-ru", "payments", {
    ru: { title: "Gift card balance", body: "Open the wallet to see the gift card balance and its expiry date.", keywords: ["gift card"] },
  });
  await addArticle("gift-card-balance-en", "payments", {
    en: { title: "Gift card balance", body: "Open the wallet to see the gift card balance and its expiry date.", keywords: ["gift card"] },
  });
  await addArticle("quantum-draft", "drafts", { en: { title: "Quantum teleportation of invoices", body: "Not ready yet." } }, false);
  await addArticle("edit-me", "drafts", { en: { title: "An article to edit", body: "Its first text." } });
  await addArticle("unsafe-body", "technical", {
    en: { title: "Markup in an article", body: `Type <script>alert("x")</script> & «quoted» words in the zebrafish field.` },
  });

  sql = createSqlPool(db.url, 2);
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: db.url, BOT_TOKEN: TEST_TOKEN, SERVE_WEBAPP: "false" });
  const deps = { ...domainDeps(db.prisma), config, sql, texts: loadTexts("en") } as ApiDeps;
  app = await buildApp(deps);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await sql?.end();
  await db?.drop();
});

describe("knowledge-base search: the right article first", () => {
  it.each([
    ["forgot password", "en", "forgot-password"],
    ["i forgot my passwrd", "en", "forgot-password"],
    ["charged twice", "en", "double-charge"],
    ["I was charged two times for one order", "en", "double-charge"],
    ["My card was declined at checkout", "en", "card-declined"],
    ["cancel subscribtion", "en", "cancel-subscription"],
    ["change my email address", "en", "change-email"],
    ["delete my acount", "en", "delete-account"],
    ["how do I turn on dark mode", "en", "enable-dark-mode"],
    ["someone hacked my account", "en", "hacked-account"],
    ["app keeps crashing", "en", "app-crashes"],
    ["забыл пароль", "ru", "forgot-password"],
    ["двойное спсиание", "ru", "double-charge"],
    ["как вернуть деньги", "ru", "request-a-refund"],
    ["отменить подписку", "ru", "cancel-subscription"],
    ["промакод не работает", "ru", "promo-code-not-working"],
    ["темная тема", "ru", "enable-dark-mode"],
    ["приложение вылетает", "ru", "app-crashes"],
    ["forgot password", "ru", "forgot-password"],
  ])("%s (%s) -> %s", async (query, lang, slug) => {
    expect((await slugs(query, lang))[0]).toBe(slug);
  });

  it.each([
    ["refnd", "en", "request-a-refund"],
    ["refudn status", "en", "refund-status"],
    ["talk to a real person", "en", "contact-a-human"],
    ["2fa", "en", "set-up-2fa"],
    ["как сменить номер телефона", "ru", "change-phone"],
    ["не приходит смс код", "ru", "change-phone"],
  ])("%s (%s) -> %s in the top 3", async (query, lang, slug) => {
    expect(await slugs(query, lang)).toContain(slug);
  });

  it.each([
    // Pieces of longer runs of characters, without spaces.
    ["重置链接", "zh", "forgot-password"],
    ["怎么找回我的密码", "zh", "forgot-password"],
    ["申请退款", "zh", "request-a-refund"],
    ["ตั้งรหัสผ่านใหม่", "th", "forgot-password"],
    ["ขอคืนเงิน", "th", "request-a-refund"],
    ["كيف استعيد كلمة المرور", "ar", "forgot-password"],
    ["استرداد المبلغ", "ar", "request-a-refund"],
    ["비밀번호를 재설정", "ko", "forgot-password"],
    ["환불", "ko", "request-a-refund"],
    ["şifrəni unutdum", "az", "forgot-password"],
    ["sifreni unutdum", "az", "forgot-password"],
    ["pulun qaytarılması", "az", "request-a-refund"],
  ])("%s (%s) -> %s", async (query, lang, slug) => {
    const [hit] = await searchKb(db.prisma, query, lang);
    expect(hit!.slug).toBe(slug);
    expect(hit!.lang).toBe(lang);
  });

  it("takes any text: punctuation, quotes and operators are just text", async () => {
    for (const q of ["'; DROP TABLE kb_articles; --", "a:b & c|d !e (f) <-> 'g'", '\\ " « » :* ?', "   ", "?!"]) {
      await expect(searchKb(db.prisma, q, "en")).resolves.toBeInstanceOf(Array);
    }
    expect(await slugs("password???", "en")).toContain("forgot-password");
    expect(await db.prisma.kbArticle.count()).toBeGreaterThan(48);
  });

  it("prefers the customer's language, and looks in other languages only when it finds nothing good", async () => {
    const [ru] = await searchKb(db.prisma, "gift card balance", "ru", 5);
    expect(ru).toMatchObject({ slug: "gift-card-balance-ru", lang: "ru", otherLanguage: false, confident: true });
    // For an English reader the English-only article is the match.
    expect(await slugs("gift card balance", "en", 5)).toContain("gift-card-balance-en");
  });

  it("offers an article found in another language in the customer's language, else in English, saying so", async () => {
    // An English question from a Korean customer: the English translation matches, and the
    // article is shown in Korean, which it has.
    const [ko] = await searchKb(db.prisma, "I was billed two times for one order", "ko");
    expect(ko).toMatchObject({ slug: "double-charge", lang: "ko", matchedLang: "en", otherLanguage: false });
    expect(ko!.title).toBe((await db.prisma.kbTranslation.findFirstOrThrow({ where: { articleId: ko!.id, lang: "ko" } })).title);
    // An article written only in English, found by a Thai customer's English words: shown in English.
    const [th] = await searchKb(db.prisma, "gift card balance expiry", "th");
    expect(th).toMatchObject({ slug: "gift-card-balance-en", lang: "en", otherLanguage: true });
  });

  it("answers a Russian customer in Russian and an unknown language in English", async () => {
    const [ru] = await searchKb(db.prisma, "забыл пароль", "ru");
    expect(ru!.title).toBe("Забыли пароль?");
    const [de] = await searchKb(db.prisma, "forgot password", "de");
    expect(de!.title).toBe("Forgot your password?");
  });

  it("returns hits best first, at most the limit, one per article", async () => {
    const hits = await searchKb(db.prisma, "payment card money", "en", 5);
    expect(hits).toHaveLength(5);
    expect(new Set(hits.map((h) => h.id)).size).toBe(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it("never shows drafts", async () => {
    expect(await slugs("quantum teleportation", "en")).toEqual([]);
    await publishArticle(db.prisma, await idOf("quantum-draft"));
    expect(await slugs("quantum teleportation", "en")).toEqual(["quantum-draft"]);
    await publishArticle(db.prisma, await idOf("quantum-draft"), false);
  });

  it("finds an edited article by its new words", async () => {
    const id = await idOf("edit-me");
    expect(await slugs("platypus", "en")).toEqual([]);
    await updateArticle(db.prisma, id, { translations: { en: { title: "An article to edit", body: "The platypus field accepts text." } } });
    expect(await slugs("platypus", "en")).toEqual(["edit-me"]);
    expect(await slugs("platypos", "en")).toEqual(["edit-me"]); // the new word is known to typo correction
  });
});

describe("snippets", () => {
  it("marks full-text matches with « » around the words that matched", async () => {
    const [hit] = await searchKb(db.prisma, "charged twice", "en");
    const marked = [...hit!.snippet.matchAll(/«([^»]+)»/g)].map((m) => m[1]!.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^(charg|twice)/);
  });

  it("marks the corrected word of a misspelt question", async () => {
    const [hit] = await searchKb(db.prisma, "двойное спсиание", "ru");
    expect(hit!.snippet).toMatch(/«(двойное|списан\p{L}*)»/iu);
  });

  it("marks a Chinese or Thai piece found inside a sentence", async () => {
    const [zh] = await searchKb(db.prisma, "重置链接", "zh");
    expect(zh!.snippet).toContain("«重置链接»");
    const [th] = await searchKb(db.prisma, "ตั้งรหัสผ่านใหม่", "th");
    expect(th!.snippet).toContain("«ตั้งรหัสผ่านใหม่»");
  });

  it("turns an article's own « » quotes into “ ” so markers stay unambiguous", async () => {
    const [hit] = await searchKb(db.prisma, "как вернуть деньги", "ru");
    expect(hit!.slug).toBe("request-a-refund");
    const [body] = await db.prisma.kbTranslation.findMany({ where: { articleId: hit!.id, lang: "ru" } });
    expect(body!.body).toContain("«Запросить возврат»");
    expect(hit!.snippet).not.toContain("«Запросить");
    const [zebra] = await searchKb(db.prisma, "zebrafish", "en");
    expect(zebra!.snippet).toContain("“quoted”");
    expect(zebra!.snippet).toContain("«zebrafish»");
  });
});

describe("snippet helpers", () => {
  const body = "First line.\nOpen Settings > Payments and tap «Refund». Refunds take 5-10 days. Last line.";

  it("keeps a headline with highlights and marks what it leaves out", () => {
    expect(fromHeadline("Open Settings > «Payments» and tap “Refund”", body)).toBe("… Open Settings > «Payments» and tap “Refund” …");
    expect(fromHeadline("First «line». … take 5-10 days. Last line.", body)).toBe("First «line». … take 5-10 days. Last line.");
    expect(fromHeadline("First line. Open Settings", body)).toBeNull();
    expect(fromHeadline(null, body)).toBeNull();
  });

  it("finds a word by its beginning, or the longest piece of an unspaced run", () => {
    expect(windowSnippet(body, "refunding")).toBe("First line. Open Settings > Payments and tap “«Refund»”. Refunds take 5-10 days. Last line.");
    expect(windowSnippet("如果您忘记了登录密码，我们会发送重置链接。", "怎么重置链接呢")).toBe("如果您忘记了登录密码，我们会发送«重置链接»。");
    const long = `${"word ".repeat(60)}target ${"tail ".repeat(60)}`;
    const cut = windowSnippet(long, "target");
    expect(cut.startsWith("… ")).toBe(true);
    expect(cut.endsWith(" …")).toBe(true);
    expect(cut).toContain("«target»");
    expect(cut.length).toBeLessThan(200);
    expect(windowSnippet("Nothing matches here.", "zebra")).toBe("Nothing matches here.");
  });
});

describe("searches nothing answered and articles that did not help", () => {
  it("records a miss, masks personal data, and lists the most asked first", async () => {
    const since = new Date(Date.now() - 60_000);
    expect(await searchKb(db.prisma, "Xylophone  tuning", "en")).toEqual([]);
    expect(await searchKb(db.prisma, "xylophone tuning", "en")).toEqual([]);
    expect(await searchKb(db.prisma, "kazoo repair", "en")).toEqual([]);
    await recordSearchMiss(db.prisma, "refund to ann@example.com card 4111 1111 1111 1111", "en");
    const misses = await topSearchMisses(db.prisma, since);
    expect(misses[0]).toMatchObject({ query: "xylophone tuning", lang: "en", count: 2 });
    expect(misses.map((m) => m.query)).toContain("kazoo repair");
    expect(misses.map((m) => m.query)).toContain("refund to [email] card [number]");
    expect(await topSearchMisses(db.prisma, new Date(Date.now() + 60_000))).toEqual([]);
  });

  it("does not record a question it answered", async () => {
    const before = await db.prisma.kbSearchMiss.count();
    await searchKb(db.prisma, "forgot password", "en");
    expect(await db.prisma.kbSearchMiss.count()).toBe(before);
  });

  it("ranks articles by how often they were shown and did not solve the problem", async () => {
    const customer = await makeCustomer(db.prisma);
    const at = new Date();
    const [declined, charged] = [await idOf("card-declined"), await idOf("double-charge")];
    for (const [articleId, solved] of [
      [declined, false],
      [declined, false],
      [charged, false],
      [charged, true],
      [declined, true],
    ] as const) {
      await recordSelfService(db.prisma, { customerId: customer.id, articleId, query: "card", solved, at });
    }
    const worst = await articlesLeadingToTickets(db.prisma, new Date(at.getTime() - 1000));
    expect(worst.slice(0, 2)).toEqual([
      { articleId: declined, slug: "card-declined", title: "Why was my card declined?", notSolved: 2, solved: 1 },
      { articleId: charged, slug: "double-charge", title: "I was charged twice", notSolved: 1, solved: 1 },
    ]);
    expect(await articlesLeadingToTickets(db.prisma, new Date(at.getTime() + 1000))).toEqual([]);
  });
});

describe("knowledge-base HTTP API", () => {
  const auth = (id: number, language_code = "en") => ({ authorization: `tma ${signedInitData({ id, first_name: "Reader", language_code })}` });

  it("answers a search with id, slug, title, snippet, score, confidence and language, best first", async () => {
    const res = await app.inject({ url: `/api/kb/search?q=${encodeURIComponent("forgot password")}&lang=en` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(["results"]);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) expect(Object.keys(r).sort()).toEqual(["confident", "id", "lang", "otherLanguage", "score", "slug", "snippet", "title"]);
    expect(body.results[0]).toMatchObject({
      id: await idOf("forgot-password"),
      title: "Forgot your password?",
      confident: true,
      lang: "en",
      otherLanguage: false,
    });
    const scores = body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each([
    ["a missing q", "/api/kb/search?lang=en", /q/],
    ["an empty q", "/api/kb/search?q=%20&lang=en", /q/],
    ["a q over 200 characters", `/api/kb/search?q=${"a".repeat(201)}`, /q/],
    ["a language that is not two letters", "/api/kb/search?q=card&lang=english", /lang/],
  ])("refuses %s with 400 and a reason", async (_name, url, reason) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe("invalid_request");
    expect(res.json().reason).toMatch(reason);
  });

  it("searches in the signed-in customer's language when none is given", async () => {
    const res = await app.inject({ url: `/api/kb/search?q=${encodeURIComponent("пароль")}`, headers: auth(9001, "ru") });
    expect(res.json().results[0].title).toBe("Забыли пароль?");
    const anonymous = await app.inject({ url: `/api/kb/search?q=${encodeURIComponent("password")}` });
    expect(anonymous.json().results[0].title).toBe("Forgot your password?");
    // Telegram's language counts even where the bot has no texts in it (the articles may).
    const zh = await app.inject({ url: `/api/kb/search?q=${encodeURIComponent("重置链接")}`, headers: auth(9002, "zh-hans") });
    expect(zh.json().results[0].title).toBe("忘记密码了？");
  });

  it("records a search that found nothing", async () => {
    const res = await app.inject({ url: "/api/kb/search?q=ocarina%20lessons&lang=en" });
    expect(res.json()).toEqual({ results: [] });
    expect(await db.prisma.kbSearchMiss.count({ where: { query: "ocarina lessons", lang: "en" } })).toBe(1);
  });

  it("reads an article in the asked language and counts the view", async () => {
    const id = await idOf("forgot-password");
    const views = (await db.prisma.kbArticle.findUniqueOrThrow({ where: { id } })).views;
    const res = await app.inject({ url: "/api/kb/articles/forgot-password?lang=ru" });
    expect(res.statusCode).toBe(200);
    expect(res.json().article).toMatchObject({
      id,
      slug: "forgot-password",
      lang: "ru",
      title: "Забыли пароль?",
      languages: ["ar", "az", "en", "ko", "ru", "th", "zh"],
    });
    expect((await db.prisma.kbArticle.findUniqueOrThrow({ where: { id } })).views).toBe(views + 1);
    const byId = await app.inject({ url: `/api/kb/articles/${id}?lang=de` });
    expect(byId.json().article).toMatchObject({ slug: "forgot-password", lang: "en" });
  });

  it("describes the knowledge-base routes in the OpenAPI document", async () => {
    const res = await app.inject({ url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/api/kb/search", "/api/kb/articles", "/api/kb/articles/{slug}", "/api/kb/articles/{id}/vote"]));
    expect(paths["/api/kb/search"].get.security).toEqual([]);
    expect(paths["/api/kb/articles/{id}/vote"].post.security).toBeUndefined();
  });

  it("answers a missing or unpublished article with 404 and a reason", async () => {
    for (const slug of ["no-such-article", "quantum-draft"]) {
      const res = await app.inject({ url: `/api/kb/articles/${slug}` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: "not_found", reason: "Knowledge-base article not found" });
    }
  });

  it("counts one vote per person; voting again changes it", async () => {
    const id = await idOf("clear-cache");
    const vote = (helpful: boolean, user: number) =>
      app.inject({ method: "POST", url: `/api/kb/articles/${id}/vote`, payload: { helpful }, headers: auth(user) });
    expect((await app.inject({ method: "POST", url: `/api/kb/articles/${id}/vote`, payload: { helpful: true } })).statusCode).toBe(401);
    expect((await vote(true, 9101)).json()).toEqual({ helpfulYes: 1, helpfulNo: 0 });
    expect((await vote(true, 9101)).json()).toEqual({ helpfulYes: 1, helpfulNo: 0 });
    expect((await vote(false, 9101)).json()).toEqual({ helpfulYes: 0, helpfulNo: 1 });
    expect((await vote(true, 9102)).json()).toEqual({ helpfulYes: 1, helpfulNo: 1 });
    const bad = await app.inject({ method: "POST", url: `/api/kb/articles/${id}/vote`, payload: { helpful: "yes" }, headers: auth(9101) });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject({ method: "POST", url: "/api/kb/articles/999999/vote", payload: { helpful: true }, headers: auth(9101) })).statusCode).toBe(404);
  });

  it("lists articles by category, and the most helpful first when asked", async () => {
    const id = await idOf("app-slow");
    for (const user of [9201, 9202, 9203]) {
      await app.inject({ method: "POST", url: `/api/kb/articles/${id}/vote`, payload: { helpful: true }, headers: auth(user) });
    }
    const popular = (await app.inject({ url: "/api/kb/articles?lang=ru&popular=1" })).json().articles;
    expect(popular[0]).toMatchObject({ slug: "app-slow", lang: "ru", title: "Приложение тормозит", helpfulYes: 3 });
    const technical = (await app.inject({ url: "/api/kb/articles?category=technical" })).json().articles;
    expect(technical.map((a: { slug: string }) => a.slug).sort()).toEqual([
      "app-crashes",
      "app-slow",
      "clear-cache",
      "file-upload-fails",
      "unsafe-body",
      "update-the-app",
    ]);
  });

  it("lets only editors and admins create and publish articles", async () => {
    const article = {
      slug: "loyalty-points",
      category: "payments",
      translations: { en: { title: "Loyalty points expire", body: "Loyalty points expire after a year.", keywords: ["points expired"] } },
    };
    const post = (user: number) => app.inject({ method: "POST", url: "/api/kb/articles", payload: article, headers: auth(user) });
    expect((await post(9301)).statusCode).toBe(403);
    await db.prisma.staffMember.create({ data: { telegramId: 9302n, displayName: "Agent", role: "agent" } });
    expect((await post(9302)).statusCode).toBe(403);
    await db.prisma.staffMember.create({ data: { telegramId: 9303n, displayName: "Editor", role: "editor" } });
    const created = await post(9303);
    expect(created.statusCode).toBe(201);
    expect(created.json().article).toMatchObject({ slug: "loyalty-points", status: "draft" });
    expect((await post(9303)).statusCode).toBe(409);
    expect(await slugs("loyalty points", "en")).toEqual([]);
    const id = created.json().article.id;
    const published = await app.inject({ method: "POST", url: `/api/kb/articles/${id}/publish`, payload: {}, headers: auth(9303) });
    expect(published.json().article.status).toBe("published");
    expect((await slugs("loyalty points", "en"))[0]).toBe("loyalty-points");
    const invalid = await app.inject({ method: "POST", url: "/api/kb/articles", payload: { ...article, slug: "Bad Slug" }, headers: auth(9303) });
    expect(invalid.statusCode).toBe(400);
    expect(await db.prisma.auditLog.count({ where: { action: { startsWith: "kb-article-" } } })).toBe(2);
  });
});
