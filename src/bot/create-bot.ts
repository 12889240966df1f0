import { Bot, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext } from "./context.js";
import { agentCommands } from "./agent/commands.js";
import { agentAssist } from "./agent/assist.js";
import { queueAdmin } from "./admin/queues.js";
import { staffAdmin } from "./admin/staff.js";
import { vipAdmin } from "./admin/vip.js";
import { staffIdentity } from "./agent/identity.js";
import { kbEditing } from "./admin/kb.js";
import { managerDesk } from "./manager/board.js";
import { staffMenuButtons } from "./manager/menu-button.js";
import { experimentsDesk } from "./manager/experiments.js";
import { qualityDesk } from "./manager/quality.js";
import { agentReplies } from "./agent/replies.js";
import { communityComposer } from "./community/community.js";
import { customerCommands } from "./customer/commands.js";
import { customerMessages } from "./customer/messages.js";
import type { BotDeps } from "./deps.js";
import { useTelegramClient } from "../notify/telegram-client.js";
import { attachPerson } from "./middleware/enrich.js";
import { experimentTextsForCustomers } from "./middleware/experiment-texts.js";
import { unhandled } from "./unhandled.js";

export interface CreateBotOptions {
  token: string;
  /** Known bot identity (tests, or a cached getMe) so start-up needs no network call. */
  botInfo?: UserFromGetMe;
}

export interface DeskBot {
  bot: Bot<BotContext>;
  /** Resolves when every update being handled right now is done (for a graceful stop). */
  idle(): Promise<void>;
}

/** Builds the bot; `desk.ts` decides whether it polls or takes webhooks. */
export function createBot(deps: BotDeps, opts: CreateBotOptions): DeskBot {
  const bot = new Bot<BotContext>(opts.token, {
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT },
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  // Replies share the outbox's rate budget and retries; a failed send is queued, never thrown.
  useTelegramClient(bot.api, {
    token: opts.token,
    apiRoot: deps.config.TELEGRAM_API_ROOT,
    perSecond: deps.config.OUTBOX_PER_SECOND,
    db: deps.db,
    log: deps.log,
  });

  // Errors outside the boundary below (the database being away): the inbox tries the update again.
  bot.catch((err) => deps.log.error({ err: err.error, updateId: err.ctx.update.update_id }, "update failed before handling"));

  const inFlight = new Set<Promise<unknown>>();
  bot.use(async (_ctx, next) => {
    const handling = next();
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  bot.use((ctx, next) => {
    ctx.log = deps.log.child({ updateId: ctx.update.update_id, chatId: ctx.chatId });
    return next();
  });
  // One update at a time per chat, in order: the inbox (src/bot/inbox.ts) hands them out so.

  const safe = bot.errorBoundary(async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    ctx.log.error(
      { err: e instanceof GrammyError ? { code: e.error_code, description: e.description, method: e.method } : e instanceof HttpError ? String(e) : e },
      "update handling failed",
    );
    if (ctx.chat?.type === "private") {
      await ctx.reply(ctx.t("error-generic")).catch(() => undefined);
    }
  });

  safe.use(attachPerson(deps));
  safe.use(deps.texts.i18n);
  safe.use(experimentTextsForCustomers(deps));
  // Staff get the Mini App menu button to their pages (after the update's own answer).
  safe.use(staffMenuButtons(deps));

  // Groups the bot guards (support group, the channel's discussion group), and the buttons of
  // captchas and moderation wherever they are pressed.
  safe.use(communityComposer(deps));

  // The support team's private chat with the bot is their desk; nothing of theirs reaches the
  // customer side.
  const staff = safe.filter((ctx) => ctx.staff !== undefined);
  staff.use(staffIdentity(deps));
  staff.use(staffAdmin(deps));
  staff.use(vipAdmin(deps));
  staff.use(queueAdmin(deps));
  staff.use(kbEditing(deps));
  staff.use(managerDesk(deps));
  staff.use(experimentsDesk(deps));
  staff.use(qualityDesk(deps));
  staff.use(agentAssist(deps));
  staff.use(agentCommands(deps));
  staff.use(agentReplies(deps));
  staff.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("stale-button") }));
  staff.use(() => undefined);

  // Customers: commands work at any point, the intake (src/domain/intake) remembers where it was.
  safe.use(customerCommands(deps));
  safe.use(customerMessages(deps));
  safe.use(unhandled());
  return { bot, idle: () => Promise.allSettled([...inFlight]).then(() => undefined) };
}
