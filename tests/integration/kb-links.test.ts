import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import type { ApiDeps } from "../../src/api/deps.js";
import { loadConfig } from "../../src/config.js";
import { createPrismaClient, type Db } from "../../src/db/index.js";
import { seedDefaults } from "../../src/db/seed.js";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { updateArticle } from "../../src/domain/kb/articles.js";
import { linkQuery, missByNumber, unlinkQuery } from "../../src/domain/kb/links.js";
import { searchKb, topSearchMisses } from "../../src/domain/kb/search.js";
import { loadTexts } from "../../src/i18n/index.js";
import { signedInitData } from "../helpers/browser.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps } from "../helpers/domain.js";
import { TEST_TOKEN } from "../helpers/telegram.js";

// Editors teach search, the index follows the database across instances, and the seed adds
// translations without touching editors' text.

let db: TestDatabase;
let other: Db;
let sql: Sql;
let app: FastifyInstance;

const slugs = async (client: Db, q: string, lang: string, limit = 3) => (await searchKb(client, q, lang, limit)).map((h) => h.slug);

beforeAll(async () => {
  db = await createTestDatabase();
  // A second instance: its own client, so its own index.
  other = createPrismaClient(db.url, 2);
  sql = createSqlPool(db.url, 2);
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: db.url, BOT_TOKEN: TEST_TOKEN, SERVE_WEBAPP: "false" });
  app = await buildApp({ ...domainDeps(db.prisma), config, sql, texts: loadTexts("en") } as ApiDeps);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await sql?.end();
  await other?.$disconnect();
  await db?.drop();
});

describe("a question linked to the article that answers it", () => {
  it("is found from then on, and so are questions like it; the misses report drops it", async () => {
    const since = new Date(Date.now() - 60_000);
    const question = "the wombat nibbled my stuff";
    expect(await slugs(db.prisma, question, "en")).toEqual([]);
    expect((await topSearchMisses(db.prisma, since)).map((m) => m.query)).toContain(question);
    const n = (await topSearchMisses(db.prisma, since)).findIndex((m) => m.query === question) + 1;
    expect(await missByNumber(db.prisma, since, n)).toEqual({ query: question, lang: "en" });

    const link = await linkQuery(db.prisma, { query: "The  Wombat nibbled my STUFF", lang: "en", article: "download-invoice-receipt" });
    expect(link).toMatchObject({ query: question, lang: "en", slug: "download-invoice-receipt" });
    const [hit] = await searchKb(db.prisma, question, "en");
    expect(hit).toMatchObject({ slug: "download-invoice-receipt", confident: true });
    expect((await slugs(db.prisma, "wombat nibbled it again", "en"))[0]).toBe("download-invoice-receipt");
    expect((await topSearchMisses(db.prisma, since)).map((m) => m.query)).not.toContain(question);

    await unlinkQuery(db.prisma, link.id);
    expect(await slugs(db.prisma, "wombat nibbled", "en")).toEqual([]);
  });

  it("works for a language the article is not written in: the article is shown in English", async () => {
    await db.prisma.kbArticle.create({
      data: {
        slug: "english-only",
        category: "how-to",
        status: "published",
        translations: { create: { lang: "en", title: "Export to spreadsheets", body: "Use Export > CSV." } },
      },
    });
    await linkQuery(db.prisma, { query: "엑셀로 내보내기", lang: "ko", article: "english-only" });
    const [hit] = await searchKb(db.prisma, "엑셀로 내보내기", "ko");
    expect(hit).toMatchObject({ slug: "english-only", lang: "en", otherLanguage: true });
  });

  it("refuses an unknown article and a question without words", async () => {
    await expect(linkQuery(db.prisma, { query: "anything", lang: "en", article: "no-such-article" })).rejects.toThrow(/not found/i);
    await expect(linkQuery(db.prisma, { query: "?!", lang: "en", article: "cant-log-in" })).rejects.toThrow(/no words/);
  });
});

describe("the editors' API for linked questions", () => {
  const auth = (id: number) => ({ authorization: `tma ${signedInitData({ id, first_name: "Editor", language_code: "en" })}` });

  it("links, lists and forgets a question; only editors may", async () => {
    await db.prisma.staffMember.create({ data: { telegramId: 9701n, displayName: "Editor", role: "editor" } });
    await db.prisma.staffMember.create({ data: { telegramId: 9702n, displayName: "Agent", role: "agent" } });
    const payload = { query: "не пускает в приложение", lang: "ru", article: "cant-log-in" };
    expect((await app.inject({ method: "POST", url: "/api/kb/links", payload, headers: auth(9702) })).statusCode).toBe(403);
    const created = await app.inject({ method: "POST", url: "/api/kb/links", payload, headers: auth(9701) });
    expect(created.statusCode).toBe(201);
    const link = created.json().link;
    expect(link).toMatchObject({ query: "не пускает в приложение", lang: "ru", slug: "cant-log-in" });
    const listed = await app.inject({ url: "/api/kb/links", headers: auth(9701) });
    expect(listed.json().links.map((l: { id: number }) => l.id)).toContain(link.id);
    const bad = await app.inject({ method: "POST", url: "/api/kb/links", payload: { ...payload, article: "no-such-article" }, headers: auth(9701) });
    expect(bad.statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url: `/api/kb/links/${link.id}`, headers: auth(9701) })).statusCode).toBe(204);
    expect((await app.inject({ method: "DELETE", url: `/api/kb/links/${link.id}`, headers: auth(9701) })).statusCode).toBe(404);
    expect(await db.prisma.auditLog.count({ where: { action: { in: ["kb-query-linked", "kb-query-unlinked"] } } })).toBe(2);
  });
});

describe("every instance's index follows the database", () => {
  it("sees another instance's edit, publication and vote", async () => {
    expect(await slugs(other, "capybara", "en")).toEqual([]);
    const id = (await db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: "use-search" } })).id;
    // Written through the first instance; the second notices by its version check.
    await updateArticle(db.prisma, id, {
      translations: { en: { title: "Find things fast with search", body: "The capybara filter finds messages.", keywords: [] } },
    });
    await expect.poll(() => slugs(other, "capybara", "en"), { timeout: 5_000, interval: 100 }).toEqual(["use-search"]);
    await db.prisma.kbArticle.update({ where: { id }, data: { status: "draft" } });
    await expect.poll(() => slugs(other, "capybara", "en"), { timeout: 5_000, interval: 100 }).toEqual([]);
  });

  it("is not disturbed by views, which change nothing search uses", async () => {
    const before = await db.prisma.kbIndexState.findUniqueOrThrow({ where: { id: 1 } });
    await db.prisma.$executeRaw`UPDATE kb_articles SET views = views + 1`;
    expect((await db.prisma.kbIndexState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(before.version);
  });
});

describe("seed translations", () => {
  it("are added to an existing database without touching what editors wrote", async () => {
    const article = await db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: "enable-dark-mode" } });
    await db.prisma.kbTranslation.update({ where: { articleId_lang: { articleId: article.id, lang: "ko" } }, data: { title: "편집자가 고친 제목" } });
    await db.prisma.kbTranslation.delete({ where: { articleId_lang: { articleId: article.id, lang: "th" } } });
    const macro = await db.prisma.macro.findUniqueOrThrow({ where: { code: "greeting-take-ticket" } });
    await db.prisma.macroTranslation.delete({ where: { macroId_lang: { macroId: macro.id, lang: "zh" } } });
    await seedDefaults(db.prisma, []);
    const ts = await db.prisma.kbTranslation.findMany({ where: { articleId: article.id } });
    expect(ts.map((t) => t.lang).sort()).toEqual(["ar", "az", "en", "ko", "ru", "th", "zh"]);
    expect(ts.find((t) => t.lang === "ko")!.title).toBe("편집자가 고친 제목");
    expect(await db.prisma.macroTranslation.count({ where: { macroId: macro.id } })).toBe(7);
    expect(await db.prisma.kbArticle.count({ where: { category: { not: "how-to" } } })).toBeGreaterThan(0);
  });

  it("give every seed article and macro all seven languages", async () => {
    const langs = await db.prisma.kbTranslation.groupBy({ by: ["lang"], _count: true, where: { article: { slug: { not: "english-only" } } } });
    expect(Object.fromEntries(langs.map((l) => [l.lang, l._count]))).toEqual({ en: 48, ru: 48, ko: 48, az: 48, ar: 48, th: 48, zh: 48 });
    const macros = await db.prisma.macroTranslation.groupBy({ by: ["lang"], _count: true });
    expect(Object.fromEntries(macros.map((l) => [l.lang, l._count]))).toEqual({ en: 26, ru: 26, ko: 26, az: 26, ar: 26, th: 26, zh: 26 });
  });
});
