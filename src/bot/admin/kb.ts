import { Composer } from "grammy";
import { createDraftFromTicket, getArticleBySlugForEditing, publishArticle, updateArticle } from "../../domain/kb/articles.js";
import { articlesLeadingToTickets, topSearchMisses } from "../../domain/kb/search.js";
import { linkQuery, missByNumber } from "../../domain/kb/links.js";
import { can } from "../../domain/staff/permissions.js";
import { escapeHtml } from "../../i18n/index.js";
import { explainFailure, staffOf, usage } from "../agent/helpers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

const WEEK = 7 * 24 * 3_600_000;

/**
 * Content editors grow the knowledge base from their chat: a draft from a resolved ticket's
 * answer, edits, publishing, and the reports that say where it is missing or not helping.
 */
export function kbEditing(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  const COMMANDS = ["kb_from", "kb_edit", "kb_publish", "kb_unpublish", "kb_misses", "kb_report", "kb_link"];
  const MISSES_LISTED = 20;
  pm.filter((ctx) => !isEditor(ctx)).command(COMMANDS, (ctx) => ctx.reply(ctx.t("kb-editors-only")));
  const editors = pm.filter(isEditor);
  const by = (ctx: BotContext) => ({ staffId: staffOf(ctx).id, at: deps.clock.now() });

  // /kb_from 10001 slug-of-the-article
  editors.command("kb_from", async (ctx) => {
    const [num, slug] = ctx.match.trim().split(/\s+/);
    if (!num || !slug || !/^\d{1,9}$/.test(num)) return void (await usage(ctx, "/kb_from 10001 how-to-reset-2fa"));
    try {
      const article = await createDraftFromTicket(deps.db, { number: Number(num), slug }, by(ctx));
      if (!article) return void (await ctx.reply(ctx.t("ticket-not-found", { number: num })));
      await ctx.reply(ctx.t("kb-draft-created", { slug: article.slug, number: num }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  // /kb_edit slug lang Title | Body text
  editors.command("kb_edit", async (ctx) => {
    const m = /^(\S+)\s+([a-z]{2})\s+([^|]+)\|([\s\S]+)$/.exec(ctx.match.trim());
    if (!m) return void (await usage(ctx, "/kb_edit slug en Title | Body of the article"));
    const [, slug, lang, title, body] = m as unknown as [string, string, string, string, string];
    try {
      const article = await getArticleBySlugForEditing(deps.db, slug);
      const keywords = article.translations.find((t) => t.lang === lang)?.keywords ?? [];
      await updateArticle(deps.db, article.id, { translations: { [lang]: { title: title.trim(), body: body.trim(), keywords } } }, by(ctx));
      await ctx.reply(ctx.t("kb-saved", { slug, lang }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  editors.command(["kb_publish", "kb_unpublish"], async (ctx) => {
    const slug = ctx.match.trim();
    const publish = ctx.message.text.startsWith("/kb_publish");
    if (!slug) return void (await usage(ctx, "/kb_publish slug"));
    try {
      const article = await getArticleBySlugForEditing(deps.db, slug);
      await publishArticle(deps.db, article.id, publish, by(ctx));
      await ctx.reply(ctx.t(publish ? "kb-published" : "kb-unpublished", { slug }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  editors.command("kb_misses", async (ctx) => {
    const misses = await topSearchMisses(deps.db, new Date(deps.clock.now().getTime() - WEEK), MISSES_LISTED);
    if (!misses.length) return void (await ctx.reply(ctx.t("kb-misses-none")));
    // Numbered, so that /kb_link can name a line instead of retyping the question.
    const lines = misses.map((m, i) => ctx.t("kb-misses-numbered", { n: i + 1, count: String(m.count), query: escapeHtml(m.query), lang: m.lang }));
    await ctx.reply([ctx.t("kb-misses-header"), ...lines, "", ctx.t("kb-misses-link-hint")].join("\n"), { parse_mode: "HTML" });
  });

  // /kb_link 3 cant-log-in  ·  /kb_link ko 로그인이 안돼요 | cant-log-in
  editors.command("kb_link", async (ctx) => {
    const text = ctx.match.trim();
    const numbered = /^(\d{1,3})\s+(\S+)$/.exec(text);
    const typed = /^([a-z]{2})\s+([^|]+)\|\s*(\S+)$/.exec(text);
    if (!numbered && !typed) return void (await usage(ctx, "/kb_link 3 article-slug  ·  /kb_link en question words | article-slug"));
    try {
      const miss = numbered
        ? await missByNumber(deps.db, new Date(deps.clock.now().getTime() - WEEK), Number(numbered[1]), MISSES_LISTED)
        : { lang: typed![1]!, query: typed![2]!.trim() };
      if (!miss) return void (await ctx.reply(ctx.t("kb-link-no-such-miss", { n: Number(numbered![1]) })));
      const slug = numbered ? numbered[2]! : typed![3]!;
      const link = await linkQuery(deps.db, { query: miss.query, lang: miss.lang, article: slug }, by(ctx));
      await ctx.reply(ctx.t("kb-linked", { query: escapeHtml(link.query), lang: link.lang, slug: link.slug }), { parse_mode: "HTML" });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  editors.command("kb_report", async (ctx) => {
    const rows = await articlesLeadingToTickets(deps.db, new Date(deps.clock.now().getTime() - WEEK), 20);
    if (!rows.length) return void (await ctx.reply(ctx.t("kb-report-none")));
    const lines = rows.map((r) => ctx.t("kb-report-item", { count: String(r.notSolved), title: escapeHtml(r.title), slug: r.slug }));
    await ctx.reply([ctx.t("kb-report-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  return composer;
}

function isEditor(ctx: BotContext): boolean {
  return ctx.staff !== undefined && can(ctx.staff, "kb.edit");
}
