import { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import {
  defineExperiment,
  findExperiment,
  listExperiments,
  shipWinner,
  startExperiment,
  stopExperiment,
  type ExperimentInput,
  type ExperimentView,
} from "../../domain/experiments/experiments.js";
import { WIRED_FLOW_CHOICES } from "../../domain/experiments/catalog.js";
import { experimentRefusalText } from "../../domain/experiments/refusals.js";
import { experimentResults, type ExperimentResults } from "../../domain/experiments/results.js";
import { encode } from "../../domain/callback-data.js";
import { can } from "../../domain/staff/permissions.js";
import { messageCatalog } from "../../i18n/catalog.js";
import { escapeHtml } from "../../i18n/index.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { explainFailure as explainOtherFailure, staffOf, usage } from "../agent/helpers.js";

// Admins run A/B tests of the bot's words from their chat:
//   /exp_new short-help message help-text self-service 50
//   B en: Tell us what happened in one line and we'll take it from there.
//   B ru: Опишите, что случилось, одной строкой — дальше мы сами.
// then /exp_start, /exp_results (with Stop and Ship buttons), /exp_stop, /exp_ship.

const COMMANDS = ["experiments", "exp_new", "exp_start", "exp_results", "exp_stop", "exp_ship"];

/** "/exp_new" arguments: a head line and one line per variant text (or flow value). */
export function parseDefinition(text: string): ExperimentInput | null {
  const [head, ...lines] = text.trim().split("\n");
  const [code, kind, target, metric, share] = (head ?? "").trim().split(/\s+/);
  if (!code || (kind !== "message" && kind !== "flow") || !target || !metric || !share) return null;
  const variants = new Map<string, { key: string; texts: Record<string, string>; value?: string }>([["A", { key: "A", texts: {} }]]);
  for (const line of lines) {
    const m = kind === "message" ? /^\s*([A-D])\s+([a-z]{2})\s*:\s*(.+)$/.exec(line) : /^\s*([A-D])\s+([a-z-]+)\s*$/.exec(line);
    if (!m) continue;
    const v = variants.get(m[1]!) ?? { key: m[1]!, texts: {} };
    if (kind === "message") v.texts[m[2]!] = m[3]!.replace(/\\n/g, "\n");
    else v.value = m[2]!;
    variants.set(m[1]!, v);
  }
  return {
    code,
    targetKind: kind,
    target,
    metric: metric as ExperimentInput["metric"],
    sharePercent: Number(share.replace("%", "")),
    variants: [...variants.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** An experiment refusal in the admin's language; any other failure as the agent commands explain it. */
async function explainFailure(ctx: BotContext, err: unknown): Promise<void> {
  const refusal = experimentRefusalText(err);
  if (refusal) await ctx.reply(ctx.t(refusal.key, refusal.vars));
  else await explainOtherFailure(ctx, err);
}

export function experimentsDesk(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  const catalog = messageCatalog(deps.texts);
  const actor = (ctx: BotContext) => ({ staffId: staffOf(ctx).id, at: deps.clock.now() });
  const changed = () => deps.experimentTexts?.refresh();

  pm.filter((ctx) => !can(staffOf(ctx), "experiments.manage")).command(COMMANDS, (ctx) => ctx.reply(ctx.t("exp-not-allowed")));
  const admins = pm.filter((ctx) => can(staffOf(ctx), "experiments.manage"));

  admins.command("experiments", async (ctx) => {
    const list = await listExperiments(deps.db);
    if (!list.length) return void (await ctx.reply(ctx.t("exp-list-empty")));
    const lines = list.map((e) =>
      ctx.t("exp-list-item", { code: e.code, target: escapeHtml(e.target), status: ctx.t(`exp-status-${e.status}`), share: e.sharePercent }),
    );
    await ctx.reply([ctx.t("exp-list-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  admins.command("exp_new", async (ctx) => {
    const input = parseDefinition(ctx.match);
    if (!input) return void (await ctx.reply(ctx.t("exp-new-usage", { flows: WIRED_FLOW_CHOICES.join(", ") })));
    try {
      const e = await defineExperiment(deps.db, catalog, input, actor(ctx));
      await ctx.reply(ctx.t("exp-defined", { code: e.code, variants: e.variants.length }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  admins.command(["exp_start", "exp_stop"], async (ctx) => {
    const code = ctx.match.trim();
    const stop = ctx.message.text.startsWith("/exp_stop");
    if (!code) return void (await usage(ctx, stop ? "/exp_stop code" : "/exp_start code"));
    try {
      const e = stop ? await stopExperiment(deps.db, code, actor(ctx)) : await startExperiment(deps.db, code, actor(ctx));
      await changed();
      await ctx.reply(ctx.t(stop ? "exp-stopped" : "exp-started", { code: e.code, share: e.sharePercent }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  admins.command("exp_ship", async (ctx) => {
    const [code, winner] = ctx.match.trim().split(/\s+/);
    if (!code || !winner) return void (await usage(ctx, "/exp_ship code B"));
    await ship(ctx, code, winner.toUpperCase());
  });

  admins.command("exp_results", async (ctx) => {
    const code = ctx.match.trim();
    if (!code) return void (await usage(ctx, "/exp_results code"));
    try {
      const e = await findExperiment(deps.db, code);
      const results = await experimentResults(deps.sql, e, deps.clock.now());
      const buttons: InlineKeyboardButton[][] = [];
      if (e.status === "running" || e.status === "stopped") {
        const row: InlineKeyboardButton[] = e.variants.map((v) => ({
          text: ctx.t("exp-btn-ship", { variant: v.key }),
          callback_data: encode({ kind: "experiment-ship", code: e.code, variant: v.key }),
        }));
        buttons.push(row);
        if (e.status === "running") buttons.push([{ text: ctx.t("exp-btn-stop"), callback_data: encode({ kind: "experiment-stop", code: e.code }) }]);
      }
      await ctx.reply(resultsText(ctx, e, results), { parse_mode: "HTML", ...(buttons.length ? { reply_markup: { inline_keyboard: buttons } } : {}) });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  onAction(admins, "experiment-ship", async (ctx, { code, variant }) => {
    await ctx.answerCallbackQuery();
    await ship(ctx, code, variant);
  });

  onAction(admins, "experiment-stop", async (ctx, { code }) => {
    await ctx.answerCallbackQuery();
    try {
      const e = await stopExperiment(deps.db, code, actor(ctx));
      await changed();
      await ctx.reply(ctx.t("exp-stopped", { code: e.code, share: e.sharePercent }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  async function ship(ctx: BotContext, code: string, winner: string) {
    try {
      const e = await shipWinner(deps.db, catalog, code, winner, actor(ctx));
      await changed();
      await ctx.reply(ctx.t("exp-shipped", { code: e.code, variant: winner, target: escapeHtml(e.target) }), { parse_mode: "HTML" });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  }

  return composer;
}

function formatValue(unit: ExperimentResults["unit"], value: number): string {
  return unit === "share" ? `${(value * 100).toFixed(1)}%` : value.toFixed(1);
}

/** Per variant its customers, value and interval, then the verdict in plain words. */
export function resultsText(ctx: BotContext, e: ExperimentView, r: ExperimentResults): string {
  const lines = r.variants.map((v) =>
    ctx.t(r.unit === "share" ? "exp-result-share" : "exp-result-minutes", {
      variant: v.key,
      customers: v.customers,
      value: formatValue(r.unit, v.value),
      low: formatValue(r.unit, v.interval.low),
      high: formatValue(r.unit, v.interval.high),
    }),
  );
  const verdict = r.verdict;
  const said =
    verdict.kind === "not-enough-data"
      ? ctx.t("exp-verdict-more", { count: verdict.moreCustomers })
      : ctx.t(`exp-verdict-${verdict.kind}`, { variant: verdict.variant, control: verdict.control });
  return [
    ctx.t("exp-results-header", {
      code: e.code,
      target: escapeHtml(e.target),
      metric: ctx.t(`exp-metric-${e.metric}`),
      status: ctx.t(`exp-status-${e.status}`),
    }),
    ...lines,
    "",
    said,
  ].join("\n");
}
