import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { parse as parseInitData, validate as validateInitData } from "@telegram-apps/init-data-node";
import { z } from "zod";
import {
  articleInput,
  articlePatch,
  createArticle,
  getArticle,
  listArticles,
  publishArticle,
  readerLanguageOf,
  requireEditor,
  updateArticle,
  voteArticle,
  type ArticleDetail,
} from "../../domain/kb/articles.js";
import { articlesLeadingToTickets, articleLanguage, searchKb, topSearchMisses } from "../../domain/kb/search.js";
import { linkQuery, listQueryLinks, unlinkQuery } from "../../domain/kb/links.js";
import type { ApiDeps } from "../deps.js";
import { safeText } from "../safe-text.js";
import { errorBody } from "../schemas.js";

// One knowledge-base API for the bot, the Mini App and scripts. Searching and reading are public
// (no sign-in, no rate limit yet); voting needs Telegram sign-in so that each person votes once;
// editing needs a staff member whose role holds "kb.edit" (src/domain/staff/permissions.ts).

const lang = z.string().regex(/^[A-Za-z]{2}$/, "expected a two-letter language code");
const isPublic = { security: [] as Array<Record<string, string[]>> };

const searchQuery = z.object({
  q: safeText().min(1).max(200),
  lang: lang.optional(),
});
const searchResponse = z.object({
  results: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      title: z.string(),
      snippet: z.string(),
      /** 0..4, the same scale in every language; 2 and above answers the question (confident). */
      score: z.number(),
      confident: z.boolean(),
      /** The language of title and snippet. */
      lang: z.string(),
      /** Shown in another language than the reader's: the article has no translation in theirs. */
      otherLanguage: z.boolean(),
    }),
  ),
});

const listQuery = z.object({
  lang: lang.optional(),
  category: safeText().min(1).max(40).optional(),
  popular: z.enum(["0", "1", "false", "true"]).optional(),
});
const summary = z.object({
  id: z.number().int(),
  slug: z.string(),
  category: z.string(),
  lang: z.string(),
  title: z.string(),
  helpfulYes: z.number().int(),
  views: z.number().int(),
});
const listResponse = z.object({ articles: z.array(summary) });

const articleParams = z.object({ slug: safeText().min(1).max(80) });
const articleResponse = z.object({
  article: z.object({
    id: z.number().int(),
    slug: z.string(),
    category: z.string(),
    tags: z.array(z.string()),
    lang: z.string(),
    title: z.string(),
    body: z.string(),
    helpfulYes: z.number().int(),
    helpfulNo: z.number().int(),
    views: z.number().int(),
    languages: z.array(z.string()),
    updatedAt: z.string(),
  }),
});

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const voteBody = z.object({ helpful: z.boolean() });
const voteResponse = z.object({ helpfulYes: z.number().int(), helpfulNo: z.number().int() });

const detail = z.object({
  id: z.number().int(),
  slug: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  status: z.enum(["draft", "published"]),
  views: z.number().int(),
  helpfulYes: z.number().int(),
  helpfulNo: z.number().int(),
  updatedAt: z.string(),
  translations: z.array(z.object({ lang: z.string(), title: z.string(), body: z.string(), keywords: z.array(z.string()) })),
});
const detailResponse = z.object({ article: detail });
const publishBody = z.object({ published: z.boolean().default(true) });
const insightsQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });
const insightsResponse = z.object({
  misses: z.array(z.object({ query: z.string(), lang: z.string(), count: z.number().int(), lastAt: z.string() })),
  unsolved: z.array(z.object({ articleId: z.number().int(), slug: z.string(), title: z.string(), notSolved: z.number().int(), solved: z.number().int() })),
});

const authErrors = { 401: errorBody, 403: errorBody, 503: errorBody };
const queryLink = z.object({ id: z.number().int(), query: z.string(), lang: z.string(), articleId: z.number().int(), slug: z.string() });
const linkBody = z.object({
  query: z.string().trim().min(1).max(200),
  lang,
  /** The article that answers the question: its slug or id. */
  article: z.union([z.string().min(1).max(80), z.number().int().positive()]),
});
const linksQuery = z.object({ articleId: z.coerce.number().int().positive().optional() });
const toDetail = (a: ArticleDetail) => ({ article: { ...a, updatedAt: a.updatedAt.toISOString() } });

export async function kbRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Language of the signed-in customer when the request carries valid init data; else none. */
  async function readerLanguage(request: FastifyRequest): Promise<string | undefined> {
    const raw = /^tma (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if (!raw || !deps.config.BOT_TOKEN) return undefined;
    try {
      validateInitData(raw, deps.config.BOT_TOKEN, { expiresIn: deps.config.INIT_DATA_MAX_AGE_SECONDS });
    } catch {
      return undefined; // public endpoints: bad init data only loses the language default
    }
    const user = (() => {
      try {
        return parseInitData(raw).user;
      } catch {
        return undefined;
      }
    })();
    if (!user || !Number.isSafeInteger(user.id)) return undefined;
    // A language the customer picked in settings wins; otherwise Telegram's, which may be one the
    // bot has no texts for (the stored one then fell back) but articles exist in.
    const customer = await readerLanguageOf(deps.db, BigInt(user.id));
    if (customer?.languageChosen) return customer.languageCode;
    const telegramLanguage = /^[a-z]{2,3}(?:[-_][a-z0-9]+)?$/i.test(user.language_code ?? "") ? user.language_code : undefined;
    return telegramLanguage ? articleLanguage(telegramLanguage) : customer?.languageCode;
  }
  const languageOf = async (request: FastifyRequest, asked: string | undefined) => asked?.toLowerCase() ?? (await readerLanguage(request)) ?? "en";

  /** Those who may edit articles only: the signed-in Telegram user's staff record, else 403. */
  async function editor(request: FastifyRequest) {
    return requireEditor(deps.db, BigInt(request.telegramUser!.id));
  }

  r.get(
    "/api/kb/search",
    {
      schema: {
        tags: ["kb"],
        summary: "Search the knowledge base; snippets mark matches with « »",
        ...isPublic,
        querystring: searchQuery,
        response: { 200: searchResponse, 400: errorBody },
      },
    },
    async (request) => {
      const hits = await searchKb(deps.db, request.query.q, await languageOf(request, request.query.lang), 5);
      return {
        results: hits.map((h) => ({
          id: h.id,
          slug: h.slug,
          title: h.title,
          snippet: h.snippet,
          score: h.score,
          confident: h.confident,
          lang: h.lang,
          otherLanguage: h.otherLanguage,
        })),
      };
    },
  );

  r.get(
    "/api/kb/articles",
    {
      schema: {
        tags: ["kb"],
        summary: "Published articles, by category or most helpful first",
        ...isPublic,
        querystring: listQuery,
        response: { 200: listResponse, 400: errorBody },
      },
    },
    async (request) => {
      const { category, popular } = request.query;
      const articles = await listArticles(deps.db, {
        lang: await languageOf(request, request.query.lang),
        category,
        popular: popular === "1" || popular === "true",
      });
      return { articles };
    },
  );

  r.get(
    "/api/kb/articles/:slug",
    {
      schema: {
        tags: ["kb"],
        summary: "One published article (by slug or id) in the reader's language, else English",
        ...isPublic,
        params: articleParams,
        querystring: z.object({ lang: lang.optional() }),
        response: { 200: articleResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const a = await getArticle(deps.db, request.params.slug, await languageOf(request, request.query.lang));
      return { article: { ...a, updatedAt: a.updatedAt.toISOString() } };
    },
  );

  r.post(
    "/api/kb/articles/:id/vote",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb"],
        summary: "Was this article helpful? One vote per person; voting again changes it",
        params: idParams,
        body: voteBody,
        response: { 200: voteResponse, 400: errorBody, 401: errorBody, 404: errorBody, 503: errorBody },
      },
    },
    async (request) => voteArticle(deps.db, request.params.id, request.body.helpful, BigInt(request.telegramUser!.id)),
  );

  // Editors

  r.post(
    "/api/kb/articles",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "New article (a draft)",
        body: articleInput,
        response: { 201: detailResponse, 400: errorBody, 409: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const staff = await editor(request);
      const created = await createArticle(deps.db, request.body, { staffId: staff.id, at: deps.clock.now() });
      return reply.code(201).send(toDetail(created));
    },
  );

  r.patch(
    "/api/kb/articles/:id",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Change an article",
        params: idParams,
        body: articlePatch,
        response: { 200: detailResponse, 400: errorBody, 404: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const staff = await editor(request);
      return toDetail(await updateArticle(deps.db, request.params.id, request.body, { staffId: staff.id, at: deps.clock.now() }));
    },
  );

  r.post(
    "/api/kb/articles/:id/publish",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Publish an article, or take it back to draft",
        params: idParams,
        body: publishBody,
        response: { 200: detailResponse, 400: errorBody, 404: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const staff = await editor(request);
      return toDetail(await publishArticle(deps.db, request.params.id, request.body.published, { staffId: staff.id, at: deps.clock.now() }));
    },
  );

  r.get(
    "/api/kb/links",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Questions linked to the articles that answer them, newest first",
        querystring: linksQuery,
        response: { 200: z.object({ links: z.array(queryLink) }), 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      await editor(request);
      return { links: await listQueryLinks(deps.db, { ...(request.query.articleId ? { articleId: request.query.articleId } : {}) }) };
    },
  );

  r.post(
    "/api/kb/links",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Teach search: this question (and ones like it) is answered by this article",
        body: linkBody,
        response: { 201: z.object({ link: queryLink }), 400: errorBody, 404: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const staff = await editor(request);
      const link = await linkQuery(
        deps.db,
        { query: request.body.query, lang: request.body.lang, article: request.body.article },
        { staffId: staff.id, at: deps.clock.now() },
      );
      return reply.code(201).send({ link });
    },
  );

  r.delete(
    "/api/kb/links/:id",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Forget a linked question",
        params: idParams,
        response: { 204: z.null(), 400: errorBody, 404: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const staff = await editor(request);
      await unlinkQuery(deps.db, request.params.id, { staffId: staff.id, at: deps.clock.now() });
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/api/kb/insights",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["kb-editor"],
        summary: "Questions nothing answered, and articles that did not solve the problem",
        querystring: insightsQuery,
        response: { 200: insightsResponse, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      await editor(request);
      const since = new Date(deps.clock.now().getTime() - request.query.days * 86_400_000);
      const [misses, unsolved] = await Promise.all([topSearchMisses(deps.db, since), articlesLeadingToTickets(deps.db, since)]);
      return { misses: misses.map((m) => ({ ...m, lastAt: m.lastAt.toISOString() })), unsolved };
    },
  );
}
