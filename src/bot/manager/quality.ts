import { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Finding } from "../../domain/quality/checks.js";
import { encode } from "../../domain/callback-data.js";
import { agentQuality, commentReview, finishReview, pendingReviews, reviewCard, setItemScore, type ReviewCard } from "../../domain/quality/reviews.js";
import { SCORECARD_ITEMS, type ScorecardItem } from "../../domain/quality/scorecard.js";
import { can } from "../../domain/staff/permissions.js";
import { escapeHtml } from "../../i18n/index.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { explainFailure, staffOf, usage } from "../agent/helpers.js";

// Supervisors review sampled conversations in their chat with the bot (/qa): the transcript, the
// automatic checks' findings, and the scorecard as buttons; /qa_note adds a comment. Agents read
// their own scores with /my_quality.

const ICON: Readonly<Record<ScorecardItem, string>> = { greeting: "👋", understood: "🎯", correct: "✅", tone: "🙂", next_steps: "➡️", summary: "📝" };
const MARK = ["✗", "½", "✓"] as const;

export function qualityDesk(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  const reviewDeps = { db: deps.db, notifier: deps.notifier };

  pm.filter((ctx) => !can(staffOf(ctx), "quality.review")).command(["qa", "qa_note"], (ctx) => ctx.reply(ctx.t("qa-not-allowed")));
  const reviewers = pm.filter((ctx) => can(staffOf(ctx), "quality.review"));

  reviewers.command("qa", async (ctx) => {
    const id = Number(ctx.match.trim());
    if (id) return showCard(ctx, id);
    const pending = await pendingReviews(deps.db, staffOf(ctx).id, 10);
    if (!pending.length) return void (await ctx.reply(ctx.t("qa-none")));
    const buttons = pending.map((p) => [
      { text: ctx.t("qa-btn-open", { number: String(p.ticketNumber), agent: p.agentName }), callback_data: encode({ kind: "review-open", review: p.id }) },
    ]);
    await ctx.reply(ctx.t("qa-pending", { count: pending.length }), { reply_markup: { inline_keyboard: buttons } });
  });

  reviewers.command("qa_note", async (ctx) => {
    const m = /^(\d{1,9})\s+([\s\S]+)$/.exec(ctx.match.trim());
    if (!m) return void (await usage(ctx, "/qa_note 12 text"));
    try {
      await commentReview(reviewDeps, Number(m[1]), staffOf(ctx), m[2]!, deps.clock.now());
      await ctx.reply(ctx.t("qa-noted"));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  onAction(reviewers, "review-open", async (ctx, { review }) => {
    await ctx.answerCallbackQuery();
    await showCard(ctx, review);
  });

  onAction(reviewers, "review-score", async (ctx, { review, item, value }) => {
    try {
      await setItemScore(deps.db, review, item, value, staffOf(ctx).id);
      await ctx.answerCallbackQuery({ text: ctx.t("qa-line-set") });
      const card = await reviewCard(deps.db, review);
      // The card shows the choice; an old card that cannot be edited any more is left as it is.
      await ctx.editMessageText(cardText(ctx, card), { parse_mode: "HTML", reply_markup: { inline_keyboard: cardButtons(ctx, card) } }).catch(() => undefined);
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  onAction(reviewers, "review-save", async (ctx, { review }) => {
    await ctx.answerCallbackQuery();
    try {
      const { score } = await finishReview(reviewDeps, review, staffOf(ctx), deps.clock.now());
      await ctx.reply(ctx.t("qa-saved", { score, id: review }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  pm.command("my_quality", async (ctx) => {
    const mine = await agentQuality(deps.db, staffOf(ctx).id, deps.clock.now());
    if (!mine.reviews.length) return void (await ctx.reply(ctx.t("qa-mine-none")));
    const lines = mine.reviews.slice(0, 10).map((r) =>
      ctx.t(r.comment ? "qa-mine-item-comment" : "qa-mine-item", {
        number: String(r.ticketNumber ?? "—"),
        score: r.score,
        date: r.scoredAt.toISOString().slice(0, 10),
        comment: escapeHtml(r.comment ?? ""),
      }),
    );
    await ctx.reply([ctx.t("qa-mine-header", { average: mine.average ?? "—" }), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  async function showCard(ctx: BotContext, id: number) {
    try {
      const card = await reviewCard(deps.db, id);
      await ctx.reply(cardText(ctx, card), { parse_mode: "HTML", ...(card.scoredAt ? {} : { reply_markup: { inline_keyboard: cardButtons(ctx, card) } }) });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  }

  return composer;
}

function findingText(ctx: BotContext, f: Finding): string {
  switch (f.kind) {
    case "frt-over-sla":
    case "resolution-over-sla":
      return ctx.t(`qa-finding-${f.kind}`, { minutes: f.minutes, target: f.targetMinutes });
    case "forbidden-words":
    case "personal-data-asked":
      return ctx.t(`qa-finding-${f.kind}`, { words: escapeHtml(f.words.join(", ")) });
    default:
      return ctx.t(`qa-finding-${f.kind}`);
  }
}

function cardText(ctx: BotContext, card: ReviewCard): string {
  const lines = SCORECARD_ITEMS.map((item) => {
    const v = card.scores[item];
    return `${ICON[item]} ${ctx.t(`qa-item-${item}`)}: ${v === undefined ? "·" : MARK[v]}`;
  });
  return [
    ctx.t("qa-card-header", { id: card.id, number: String(card.ticketNumber), agent: escapeHtml(card.agentName) }),
    card.findings.length ? `${ctx.t("qa-card-findings")}\n${card.findings.map((f) => `• ${findingText(ctx, f)}`).join("\n")}` : ctx.t("qa-card-clean"),
    "",
    `<blockquote expandable>${escapeHtml(card.transcript)}</blockquote>`,
    ...lines,
    card.score !== null ? ctx.t("qa-card-score", { score: card.score }) : ctx.t("qa-card-hint", { id: card.id }),
  ].join("\n");
}

/** One row per line: ✓ yes, ½ partly, ✗ no; the chosen one marked. Then Save. */
function cardButtons(ctx: BotContext, card: ReviewCard): InlineKeyboardButton[][] {
  const rows = SCORECARD_ITEMS.map((item) =>
    ([2, 1, 0] as const).map((v) => ({
      text: `${card.scores[item] === v ? "● " : ""}${ICON[item]} ${MARK[v]}`,
      callback_data: encode({ kind: "review-score", review: card.id, item, value: v }),
    })),
  );
  return [...rows, [{ text: ctx.t("qa-btn-save"), callback_data: encode({ kind: "review-save", review: card.id }) }]];
}
