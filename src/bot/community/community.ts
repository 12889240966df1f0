import { Composer, InlineKeyboard, type Api } from "grammy";
import type { ChatPermissions, Message, User } from "grammy/types";
import { classify } from "../../domain/classification/classify.js";
import { findCustomer, hasConsent, pickLanguage } from "../../domain/customers/customers.js";
import { looksLikeQuestion } from "../../domain/intake/questions.js";
import { searchKb } from "../../domain/kb/search.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { can } from "../../domain/staff/permissions.js";
import { findStaff } from "../../domain/staff/staff.js";
import { openTicket } from "../../domain/tickets/tickets.js";
import {
  answerCaptcha,
  CAPTCHA_CHOICES,
  changeSettings,
  claimExpiredCaptchas,
  findCommunity,
  findMember,
  flagCloneOnArrival,
  teamModerators,
  memberLeft,
  memberOf,
  noteCaptchaMessage,
  policyFor,
  questionBecameTicket,
  recordEvent,
  recordJudged,
  recordModeration,
  saveQuestion,
  setupCommunity,
  startCaptcha,
  type Community,
} from "../../domain/community/community.js";
import { imitation, judgeMessage, type MessageFacts } from "../../domain/community/judge.js";
import { communitySettings } from "../../domain/community/policy.js";
import { encode } from "../../domain/callback-data.js";
import { escapeHtml } from "../../i18n/index.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

// The bot in the support group and the channel's discussion group: set-up, the join guard
// (captcha, newcomer limits), antispam and anti-phishing, moderators' commands, and questions
// carried over to the private chat. Decisions are the domain's (src/domain/community); this file
// turns updates into those calls and their results into Bot API calls.

/** Captcha pictures: the newcomer is asked to press one of them. */
export const CAPTCHA_EMOJI = ["🍎", "🚗", "🐶", "⭐", "🎈", "🌙", "🔑", "🎵"] as const;

const NONE: ChatPermissions = {
  can_send_messages: false,
  can_send_audios: false,
  can_send_documents: false,
  can_send_photos: false,
  can_send_videos: false,
  can_send_video_notes: false,
  can_send_voice_notes: false,
  can_send_polls: false,
  can_send_other_messages: false,
  can_add_web_page_previews: false,
};
const ALL: ChatPermissions = Object.fromEntries(Object.keys(NONE).map((k) => [k, true])) as ChatPermissions;
const GROUPS: Array<"group" | "supergroup"> = ["group", "supergroup"];

const displayName = (u: Pick<User, "first_name" | "last_name">) => [u.first_name, u.last_name].filter(Boolean).join(" ");
const nameLink = (u: Pick<User, "id" | "first_name" | "last_name">) => `<a href="tg://user?id=${u.id}">${escapeHtml(displayName(u))}</a>`;

export function communityComposer(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const now = () => deps.clock.now();
  const lang = (u: User | undefined) => pickLanguage(u?.language_code, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
  const t = deps.texts.t;

  /** Telegram's admins of the chat, and the team's moderators: who may moderate. */
  async function isModerator(c: Community, userId: number): Promise<{ ok: boolean; staffId: number | null }> {
    const staff = await findStaff(deps.db, BigInt(userId));
    if (staff && can(staff, "community.moderate")) return { ok: true, staffId: staff.id };
    return { ok: c.admins.some((a) => a.id === userId), staffId: staff?.id ?? null };
  }

  /** Tells the team's moderators (in their private chats) and the staff alert chat. */
  async function alertModerators(api: Api, key: string, vars: Record<string, string | number>, keyboard?: InlineKeyboard) {
    const targets = (await teamModerators(deps.db)).map((s) => ({ chat: Number(s.telegramId), lang: s.languageCode }));
    if (deps.settings.staffAlertChatId !== undefined) targets.push({ chat: Number(deps.settings.staffAlertChatId), lang: deps.config.DEFAULT_LANGUAGE });
    for (const target of targets) {
      await api
        .sendMessage(target.chat, t(target.lang, key, vars), { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) })
        .catch((err: unknown) => deps.log.warn({ err, chat: target.chat }, "could not alert a moderator"));
    }
  }

  const groups = composer.chatType(GROUPS);

  // The bot was added to a group: it says how to set it up (and nothing else until it is).
  composer.on("my_chat_member", async (ctx) => {
    const chat = ctx.myChatMember.chat;
    const now = ctx.myChatMember.new_chat_member.status;
    const was = ctx.myChatMember.old_chat_member.status;
    if ((chat.type === "group" || chat.type === "supergroup") && (now === "member" || now === "administrator") && (was === "left" || was === "kicked")) {
      await ctx.api.sendMessage(chat.id, t(lang(ctx.from), "community-added"));
    }
  });

  // --- Set-up -------------------------------------------------------------------------------

  groups.command("community_setup", async (ctx) => {
    const from = ctx.from;
    if (!from) return;
    const admins = await ctx.api.getChatAdministrators(ctx.chat.id);
    if (!admins.some((a) => a.user.id === from.id)) return void (await ctx.reply(t(lang(from), "community-setup-not-admin")));
    const language = lang(from);
    const humans = admins
      .filter((a) => !a.user.is_bot)
      .map((a) => ({ id: a.user.id, name: displayName(a.user), ...(a.user.username ? { username: a.user.username } : {}) }));
    // "/community_setup questions status faq" run inside forum topics names them; the topic it
    // is run in is remembered under the name given (or "questions").
    const topics: Record<string, number> = {};
    const threadId = ctx.msg.is_topic_message ? ctx.msg.message_thread_id : undefined;
    if (threadId !== undefined) topics[(ctx.match.trim().split(/\s+/)[0] || "questions").toLowerCase().slice(0, 30)] = threadId;
    const staff = await findStaff(deps.db, BigInt(from.id));
    const c = await setupCommunity(deps.db, {
      chatId: BigInt(ctx.chat.id),
      title: ctx.chat.title ?? "",
      language,
      admins: humans,
      topics,
      setupBy: BigInt(from.id),
      staffId: staff?.id ?? null,
      at: now(),
    });
    const bot = ctx.me.username;
    const team = humans.map((a) => (a.username ? `@${a.username}` : escapeHtml(a.name))).join(", ");
    const contacts = await ctx.api.sendMessage(ctx.chat.id, t(language, "community-contacts", { bot: `@${bot}`, team }), {
      parse_mode: "HTML",
      ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
    });
    await ctx.api
      .pinChatMessage(ctx.chat.id, contacts.message_id, { disable_notification: true })
      .catch((err: unknown) => ctx.log.warn({ err }, "could not pin the contacts"));
    await ctx.api.sendMessage(ctx.chat.id, t(language, "community-need-help"), {
      ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
      reply_markup: new InlineKeyboard()
        .url(t(language, "community-need-help-button"), `https://t.me/${bot}?start=topic-other`)
        .row()
        .text(t(language, "community-report-button"), encode({ kind: "report-how" })),
    });
    await ctx.reply(t(language, "community-setup-done", { admins: c.admins.length, settings: describeSettings(c) }));
  });

  // /community_set newcomerMessages 3 | officialDomains example.com,example.org | manualApproval on
  groups.command("community_set", async (ctx) => {
    const c = await findCommunity(deps.db, BigInt(ctx.chat.id));
    if (!c || !ctx.from) return;
    const who = await isModerator(c, ctx.from.id);
    if (!who.ok) return void (await ctx.reply(t(lang(ctx.from), "community-not-moderator")));
    const [key, ...rest] = ctx.match.trim().split(/\s+/);
    const raw = rest.join(" ");
    const shape = communitySettings.shape as Record<string, unknown>;
    if (!key || !(key in shape)) return void (await ctx.reply(t(lang(ctx.from), "community-settings", { settings: describeSettings(c) })));
    const value =
      key === "officialDomains"
        ? raw
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((d) => d.toLowerCase())
        : key === "manualApproval"
          ? /^(on|yes|true|1)$/i.test(raw)
          : Number(raw);
    const parsed = communitySettings.partial().safeParse({ [key]: value });
    if (!parsed.success) return void (await ctx.reply(t(lang(ctx.from), "community-settings-bad", { key })));
    const settings = await changeSettings(deps.db, c.chat.chatId, parsed.data, { telegramId: BigInt(ctx.from.id), staffId: who.staffId }, now());
    await ctx.reply(t(lang(ctx.from), "community-settings", { settings: describeSettings({ ...c, settings }) }));
  });

  // --- Join guard ---------------------------------------------------------------------------

  function captchaKeyboard(chatId: number, userId: number, answer: number) {
    // The right picture among others, in a shuffled order.
    const others = CAPTCHA_EMOJI.map((_, i) => i)
      .filter((i) => i !== answer)
      .sort(() => Math.random() - 0.5)
      .slice(0, CAPTCHA_CHOICES - 1);
    const choices = [answer, ...others].sort(() => Math.random() - 0.5);
    const kb = new InlineKeyboard();
    for (const i of choices) kb.text(CAPTCHA_EMOJI[i]!, encode({ kind: "captcha", chat: chatId, user: userId, choice: i }));
    return kb;
  }

  /** A newcomer (or a clone) has just arrived: a warning, or a captcha in their language. */
  async function greetNewcomer(ctx: BotContext, c: Community, user: User) {
    const chatId = Number(c.chat.chatId);
    const known = await findMember(deps.db, c.chat.chatId, BigInt(user.id));
    // Came in through a join request that already passed the captcha.
    if (known?.viaRequest && known.status === "member") return;
    const policy = await policyFor(deps.db, c, { id: ctx.me.id, names: [ctx.me.first_name, ctx.me.username] });
    if (c.admins.some((a) => a.id === user.id)) return;
    const imitates = imitation([displayName(user), ...(user.username ? [user.username] : [])], user.id, policy);
    if (imitates) return flagClone(ctx, c, user);
    const language = lang(user);
    const answer = Math.floor(Math.random() * CAPTCHA_EMOJI.length);
    await startCaptcha(deps.db, { chatId: c.chat.chatId, userId: BigInt(user.id), lang: language, answer, viaRequest: false, settings: c.settings, at: now() });
    await ctx.api.restrictChatMember(chatId, user.id, NONE).catch((err: unknown) => ctx.log.warn({ err }, "could not hold a newcomer's messages"));
    const sent = await ctx.api.sendMessage(
      chatId,
      t(language, "community-captcha", { name: nameLink(user), emoji: CAPTCHA_EMOJI[answer]!, seconds: c.settings.captchaSeconds }),
      {
        parse_mode: "HTML",
        reply_markup: captchaKeyboard(chatId, user.id, answer),
      },
    );
    await noteCaptchaMessage(deps.db, c.chat.chatId, BigInt(user.id), sent.message_id);
  }

  composer.on("chat_member", async (ctx) => {
    const u = ctx.chatMember;
    const c = await findCommunity(deps.db, BigInt(u.chat.id));
    if (!c || u.new_chat_member.user.is_bot) return;
    const inside = (s: string, isMember?: boolean) => s === "member" || s === "administrator" || s === "creator" || (s === "restricted" && isMember === true);
    const wasIn = inside(u.old_chat_member.status, "is_member" in u.old_chat_member ? u.old_chat_member.is_member : undefined);
    const isIn = inside(u.new_chat_member.status, "is_member" in u.new_chat_member ? u.new_chat_member.is_member : undefined);
    if (!wasIn && isIn) await greetNewcomer(ctx, c, u.new_chat_member.user);
    else if (wasIn && !isIn) await memberLeft(deps.db, c.chat.chatId, BigInt(u.new_chat_member.user.id));
  });

  // A join request: the captcha goes to the person's private chat (Telegram allows it for a while).
  composer.on("chat_join_request", async (ctx) => {
    const r = ctx.chatJoinRequest;
    const c = await findCommunity(deps.db, BigInt(r.chat.id));
    if (!c) return;
    const language = lang(r.from);
    const answer = Math.floor(Math.random() * CAPTCHA_EMOJI.length);
    await startCaptcha(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(r.from.id),
      lang: language,
      answer,
      viaRequest: true,
      settings: c.settings,
      at: now(),
    });
    const sent = await ctx.api.sendMessage(
      r.user_chat_id,
      t(language, "community-captcha-request", {
        name: escapeHtml(r.from.first_name),
        chat: escapeHtml(c.chat.title),
        emoji: CAPTCHA_EMOJI[answer]!,
        seconds: c.settings.captchaSeconds,
      }),
      {
        parse_mode: "HTML",
        reply_markup: captchaKeyboard(r.chat.id, r.from.id, answer),
      },
    );
    await noteCaptchaMessage(deps.db, c.chat.chatId, BigInt(r.from.id), sent.message_id);
  });

  onAction(composer, "captcha", async (ctx, { chat: chatId, user: userId, choice }) => {
    if (ctx.from.id !== userId) return void (await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-captcha-not-yours"), show_alert: true }));
    const c = await findCommunity(deps.db, BigInt(chatId));
    const result = await answerCaptcha(deps.db, BigInt(chatId), BigInt(userId), choice, now());
    await ctx.answerCallbackQuery();
    if (!c || result.outcome === "none") return;
    const language = result.member.languageCode;
    const where = ctx.chat?.id ?? chatId;
    if (result.member.captchaMessageId) await ctx.api.deleteMessage(where, result.member.captchaMessageId).catch(() => undefined);
    if (result.member.viaRequest) {
      if (result.outcome === "failed") {
        await ctx.api.declineChatJoinRequest(chatId, userId).catch((err: unknown) => ctx.log.warn({ err }, "could not decline a join request"));
        return void (await ctx.api.sendMessage(where, t(language, "community-captcha-failed")));
      }
      if (c.settings.manualApproval) {
        await alertModerators(
          ctx.api,
          "community-alert-join-request",
          { name: nameLink(ctx.from), chat: escapeHtml(c.chat.title) },
          new InlineKeyboard()
            .text("✅", encode({ kind: "join-verdict", approve: true, chat: chatId, user: userId }))
            .text("❌", encode({ kind: "join-verdict", approve: false, chat: chatId, user: userId })),
        );
        return void (await ctx.api.sendMessage(where, t(language, "community-request-waiting")));
      }
      await ctx.api.approveChatJoinRequest(chatId, userId).catch((err: unknown) => ctx.log.warn({ err }, "could not approve a join request"));
      return void (await ctx.api.sendMessage(where, t(language, "community-captcha-passed", { name: escapeHtml(ctx.from.first_name) })));
    }
    if (result.outcome === "failed") return removeMember(ctx.api, chatId, userId);
    await ctx.api.restrictChatMember(chatId, userId, ALL).catch((err: unknown) => ctx.log.warn({ err }, "could not release a newcomer"));
    await ctx.api.sendMessage(chatId, t(language, "community-captcha-passed", { name: escapeHtml(ctx.from.first_name) }));
  });

  // A moderator's decision on a join request that waited for one.
  onAction(composer, "join-verdict", async (ctx, { approve, chat, user }) => {
    const c = await findCommunity(deps.db, BigInt(chat));
    const who = c ? await isModerator(c, ctx.from.id) : { ok: false, staffId: null };
    if (!c || !who.ok) return void (await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-not-moderator"), show_alert: true }));
    if (approve) await ctx.api.approveChatJoinRequest(chat, user).catch((err: unknown) => ctx.log.warn({ err }, "could not approve"));
    else await ctx.api.declineChatJoinRequest(chat, user).catch((err: unknown) => ctx.log.warn({ err }, "could not decline"));
    await recordModeration(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(user),
      action: approve ? "approve" : "decline",
      byTelegramId: BigInt(ctx.from.id),
      staffId: who.staffId,
      at: now(),
    });
    await ctx.answerCallbackQuery({ text: approve ? "✅" : "❌" });
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  });

  // --- Moderation ---------------------------------------------------------------------------

  /** Who a command is about: the author of the message it replies to, or an id after it. */
  function targetOf(msg: Message, args: string): { id: number; name: string; rest: string[] } | null {
    const words = args.trim().split(/\s+/).filter(Boolean);
    const reply = msg.reply_to_message;
    if (reply?.from && !reply.from.is_bot) return { id: reply.from.id, name: nameLink(reply.from), rest: words };
    const id = /^\d{4,20}$/.test(words[0] ?? "") ? Number(words[0]) : null;
    return id ? { id, name: `<a href="tg://user?id=${id}">${id}</a>`, rest: words.slice(1) } : null;
  }

  groups.command(["warn", "mute", "ban", "unban"], async (ctx) => {
    const c = await findCommunity(deps.db, BigInt(ctx.chat.id));
    if (!c || !ctx.from) return;
    const language = c.chat.language;
    const who = await isModerator(c, ctx.from.id);
    if (!who.ok) return void (await ctx.reply(t(lang(ctx.from), "community-not-moderator")));
    const action = ctx.msg.text.slice(1).split(/[\s@]/)[0] as "warn" | "mute" | "ban" | "unban";
    const target = targetOf(ctx.msg, ctx.match);
    if (!target) return void (await ctx.reply(t(lang(ctx.from), "community-mod-usage")));
    if (c.admins.some((a) => a.id === target.id)) return void (await ctx.reply(t(lang(ctx.from), "community-mod-not-admins")));
    const minutes = Math.min(Math.max(Number(target.rest[0]) || 60, 1), 60 * 24 * 30);
    const chatId = ctx.chat.id;
    if (action === "mute") await ctx.api.restrictChatMember(chatId, target.id, NONE, { until_date: Math.floor(now().getTime() / 1000) + minutes * 60 });
    if (action === "ban") {
      await ctx.api.banChatMember(chatId, target.id);
      if (ctx.msg.reply_to_message) await ctx.api.deleteMessage(chatId, ctx.msg.reply_to_message.message_id).catch(() => undefined);
    }
    if (action === "unban") {
      await ctx.api.unbanChatMember(chatId, target.id, { only_if_banned: true });
      await ctx.api.restrictChatMember(chatId, target.id, ALL).catch(() => undefined);
    }
    const { warnings } = await recordModeration(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(target.id),
      action,
      byTelegramId: BigInt(ctx.from.id),
      staffId: who.staffId,
      ...(target.rest.length && action !== "mute" ? { reason: target.rest.join(" ").slice(0, 200) } : {}),
      at: now(),
    });
    await ctx.reply(t(language, `community-mod-${action}`, { name: target.name, count: warnings, minutes }), { parse_mode: "HTML" });
  });

  // A member points the moderators at a message: "/report" as a reply to it.
  groups.command("report", async (ctx) => {
    const c = await findCommunity(deps.db, BigInt(ctx.chat.id));
    if (!c || !ctx.from) return;
    const reported = ctx.msg.reply_to_message;
    if (!reported?.from) return void (await ctx.reply(t(lang(ctx.from), "community-report-how")));
    await recordEvent(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(reported.from.id),
      kind: "report",
      data: { by: String(ctx.from.id), messageId: reported.message_id },
      at: now(),
    });
    await alertModerators(
      ctx.api,
      "community-alert-report",
      {
        chat: escapeHtml(c.chat.title),
        name: nameLink(reported.from),
        by: nameLink(ctx.from),
        text: escapeHtml((reported.text ?? reported.caption ?? "").slice(0, 300)),
      },
      new InlineKeyboard().text("🚫 Ban", encode({ kind: "report-ban", chat: ctx.chat.id, user: reported.from.id, message: reported.message_id })),
    );
    await ctx.api.deleteMessage(ctx.chat.id, ctx.msg.message_id).catch(() => undefined);
    await ctx.reply(t(lang(ctx.from), "community-report-sent"), { reply_parameters: { message_id: reported.message_id, allow_sending_without_reply: true } });
  });

  onAction(composer, "report-how", (ctx) => ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-report-how"), show_alert: true }));

  // A moderator acts on a report from their private chat: delete and ban.
  onAction(composer, "report-ban", async (ctx, { chat, user, message }) => {
    const c = await findCommunity(deps.db, BigInt(chat));
    const who = c ? await isModerator(c, ctx.from.id) : { ok: false, staffId: null };
    if (!c || !who.ok) return void (await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-not-moderator"), show_alert: true }));
    await ctx.api.deleteMessage(chat, message).catch(() => undefined);
    await ctx.api.banChatMember(chat, user);
    await recordModeration(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(user),
      action: "ban",
      byTelegramId: BigInt(ctx.from.id),
      staffId: who.staffId,
      reason: "report",
      at: now(),
    });
    await ctx.answerCallbackQuery({ text: "🚫" });
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  });

  // The appeal path: the restricted member asks, a moderator lifts the restriction.
  onAction(composer, "appeal", async (ctx, { chat, user }) => {
    if (ctx.from.id !== user) return void (await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-appeal-not-yours"), show_alert: true }));
    const c = await findCommunity(deps.db, BigInt(chat));
    if (!c) return void (await ctx.answerCallbackQuery());
    await recordEvent(deps.db, { chatId: c.chat.chatId, userId: BigInt(user), kind: "appeal", at: now() });
    await alertModerators(
      ctx.api,
      "community-alert-appeal",
      { chat: escapeHtml(c.chat.title), name: nameLink(ctx.from) },
      new InlineKeyboard().text("↩️", encode({ kind: "lift", chat, user })),
    );
    await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-appeal-sent"), show_alert: true });
  });

  onAction(composer, "lift", async (ctx, { chat, user }) => {
    const c = await findCommunity(deps.db, BigInt(chat));
    const who = c ? await isModerator(c, ctx.from.id) : { ok: false, staffId: null };
    if (!c || !who.ok) return void (await ctx.answerCallbackQuery({ text: t(lang(ctx.from), "community-not-moderator"), show_alert: true }));
    await ctx.api.restrictChatMember(chat, user, ALL);
    await recordModeration(deps.db, {
      chatId: c.chat.chatId,
      userId: BigInt(user),
      action: "lift",
      byTelegramId: BigInt(ctx.from.id),
      staffId: who.staffId,
      reason: "appeal",
      at: now(),
    });
    await ctx.answerCallbackQuery({ text: "↩️" });
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  });

  async function flagClone(ctx: BotContext, c: Community, user: User, messageId?: number) {
    const chatId = Number(c.chat.chatId);
    if (messageId) await ctx.api.deleteMessage(chatId, messageId).catch(() => undefined);
    await ctx.api.restrictChatMember(chatId, user.id, NONE).catch((err: unknown) => ctx.log.warn({ err }, "could not restrict a clone"));
    if (!messageId) {
      // Flagged on arrival (a message is recorded by the judge otherwise).
      await flagCloneOnArrival(deps.db, c.chat.chatId, BigInt(user.id), lang(user), now());
    }
    await ctx.api.sendMessage(chatId, t(c.chat.language, "community-impersonation", { name: escapeHtml(displayName(user)) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(t(lang(user), "community-appeal-button"), encode({ kind: "appeal", chat: chatId, user: user.id })),
    });
    await alertModerators(
      ctx.api,
      "community-alert-impersonation",
      { chat: escapeHtml(c.chat.title), name: nameLink(user), id: user.id },
      new InlineKeyboard().text("↩️", encode({ kind: "lift", chat: chatId, user: user.id })),
    );
  }

  // --- Staff: a group message becomes a ticket -----------------------------------------------

  groups.command("ticket", async (ctx) => {
    const c = await findCommunity(deps.db, BigInt(ctx.chat.id));
    if (!c || !ctx.from) return;
    const staff = await findStaff(deps.db, BigInt(ctx.from.id));
    if (!staff && !c.admins.some((a) => a.id === ctx.from!.id)) return void (await ctx.reply(t(lang(ctx.from), "community-not-moderator")));
    const source = ctx.msg.reply_to_message;
    const text = source?.text ?? source?.caption ?? "";
    if (!source?.from || source.from.is_bot || !text.trim()) return void (await ctx.reply(t(lang(ctx.from), "community-ticket-usage")));
    const author = source.from;
    const at = now();
    const questionId = await saveQuestion(deps.db, { chatId: c.chat.chatId, messageId: source.message_id, userId: BigInt(author.id), text, via: "staff", at });
    const customer = await findCustomer(deps.db, author.id).catch((err: unknown) => {
      if (err instanceof NotFoundError) return null;
      throw err;
    });
    const reply = { reply_parameters: { message_id: source.message_id, allow_sending_without_reply: true }, parse_mode: "HTML" as const };
    if (customer && hasConsent(customer)) {
      // Someone who already agreed to the desk's terms: the ticket is opened now, its receipt
      // reaches them in the private chat.
      const opened = await openTicket(deps, {
        customerId: customer.id,
        topic: classify(text).topic ?? "other",
        text,
        handoff: null,
        source: "bot",
        idempotencyKey: `community:${ctx.chat.id}:${source.message_id}`,
      });
      await questionBecameTicket(deps.db, questionId, opened.ticket.id);
      return void (await ctx.reply(
        t(customer.languageCode, "community-ticket-filed", { name: nameLink(author), number: String(opened.ticket.number) }),
        reply,
      ));
    }
    const language = lang(author);
    await ctx.reply(t(language, "community-ticket-offered", { name: nameLink(author) }), {
      ...reply,
      reply_markup: new InlineKeyboard().url(t(language, "community-continue-button"), `https://t.me/${ctx.me.username}?start=q-${questionId}`),
    });
  });

  // --- Every other group message: judged, then perhaps answered -------------------------------

  groups.on("message", async (ctx, next) => {
    const from = ctx.from;
    const msg = ctx.msg;
    // Posts of the channel itself (forwarded into its discussion group), other bots, service messages.
    if (!from || from.is_bot || msg.sender_chat || msg.is_automatic_forward || msg.new_chat_members || msg.left_chat_member) return next();
    const c = await findCommunity(deps.db, BigInt(ctx.chat.id));
    if (!c) return next();
    const at = now();
    const language = lang(from);
    const member = await memberOf(deps.db, c.chat.chatId, BigInt(from.id), language, c.settings, at);
    if (member.status === "captcha") {
      // Telegram should have held the message back; if it did not, it waits for the captcha.
      return void (await ctx.api.deleteMessage(ctx.chat.id, msg.message_id).catch(() => undefined));
    }
    const policy = await policyFor(deps.db, c, { id: ctx.me.id, names: [ctx.me.first_name, ctx.me.username] });
    const team = policy.team.has(from.id);
    const facts = messageFacts(msg, from, at);
    const verdict = judgeMessage(facts, { ...member, trusted: team, flagged: member.flaggedAt !== null }, policy);
    await recordJudged(deps.db, c.chat.chatId, BigInt(from.id), verdict, at);
    const chatId = ctx.chat.id;
    const thread = msg.is_topic_message ? { message_thread_id: msg.message_thread_id! } : {};

    if (verdict.reason === "impersonation") return flagClone(ctx, c, from, msg.message_id);
    if (verdict.action !== "allow") {
      await ctx.api.deleteMessage(chatId, msg.message_id).catch(() => undefined);
      if (verdict.reason?.startsWith("newcomer-")) {
        return void (await ctx.api.sendMessage(
          chatId,
          t(language, "community-newcomer", {
            name: nameLink(from),
            what: verdict.reason.slice("newcomer-".length),
            messages: c.settings.newcomerMessages,
            hours: c.settings.newcomerHours,
          }),
          { parse_mode: "HTML", ...thread },
        ));
      }
      const until = verdict.reason === "flood" ? { until_date: Math.floor(at.getTime() / 1000) + c.settings.floodMuteMinutes * 60 } : {};
      await ctx.api.restrictChatMember(chatId, from.id, NONE, until).catch((err: unknown) => ctx.log.warn({ err }, "could not restrict a spammer"));
      await ctx.api.sendMessage(
        chatId,
        t(language, "community-spam-removed", { name: nameLink(from), why: verdict.reason ?? "flood", minutes: c.settings.floodMuteMinutes }),
        {
          parse_mode: "HTML",
          ...thread,
          reply_markup: new InlineKeyboard().text(t(language, "community-appeal-button"), encode({ kind: "appeal", chat: chatId, user: from.id })),
        },
      );
      if (verdict.reason !== "flood") {
        await alertModerators(
          ctx.api,
          "community-alert-spam",
          { chat: escapeHtml(c.chat.title), name: nameLink(from), reason: verdict.reason ?? "", text: escapeHtml(facts.text.slice(0, 300)) },
          new InlineKeyboard().text("↩️", encode({ kind: "lift", chat: chatId, user: from.id })),
        );
      }
      return;
    }
    if (team) return;
    const text = (msg.text ?? msg.caption ?? "").trim();
    if (!text || !looksLikeQuestion(text)) return;
    await answerQuestion(ctx, c, msg, from, text, language, thread);
  });

  /** A group question: the article when one answers it, else the way to the private chat. */
  async function answerQuestion(
    ctx: BotContext,
    c: Community,
    msg: Message,
    from: User,
    text: string,
    language: string,
    thread: { message_thread_id?: number },
  ) {
    const hits = await searchKb(deps.db, text, language, 1);
    const best = hits[0]?.confident ? hits[0] : null;
    if (!best && !classify(text).topic) return;
    const at = now();
    const questionId = await saveQuestion(deps.db, { chatId: c.chat.chatId, messageId: msg.message_id, userId: BigInt(from.id), text, via: "question", at });
    const bot = ctx.me.username;
    const privately = `https://t.me/${bot}?start=q-${questionId}`;
    const reply = { parse_mode: "HTML" as const, ...thread, reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true } };
    if (best) {
      await recordEvent(deps.db, { chatId: c.chat.chatId, userId: BigInt(from.id), kind: "answered", data: { article: best.slug }, at });
      return void (await ctx.api.sendMessage(
        ctx.chat!.id,
        t(language, "community-answer-article", {
          name: nameLink(from),
          title: escapeHtml(best.title),
          snippet: escapeHtml(best.snippet.replace(/[«»]/g, "")),
        }),
        {
          ...reply,
          reply_markup: new InlineKeyboard()
            .url(t(language, "community-read-article-button"), `https://t.me/${bot}?start=kb-${best.slug}`)
            .row()
            .url(t(language, "community-continue-button"), privately),
        },
      ));
    }
    await ctx.api.sendMessage(ctx.chat!.id, t(language, "community-answer-private", { name: nameLink(from) }), {
      ...reply,
      reply_markup: new InlineKeyboard().url(t(language, "community-continue-button"), privately),
    });
  }

  return composer;
}

/** A Telegram message as the judge sees it. */
export function messageFacts(msg: Message, from: User, at: Date): MessageFacts {
  const text = msg.text ?? msg.caption ?? "";
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const links: string[] = [];
  let hasMention = false;
  for (const e of entities) {
    if (e.type === "url") links.push(text.slice(e.offset, e.offset + e.length));
    else if (e.type === "text_link") links.push(e.url);
    else if (e.type === "mention" || e.type === "text_mention") hasMention = true;
  }
  return {
    senderId: from.id,
    senderNames: [displayName(from), ...(from.username ? [from.username] : [])],
    text,
    links,
    hasMedia: Boolean(msg.photo || msg.video || msg.document || msg.animation || msg.audio || msg.voice || msg.video_note || msg.sticker),
    isForward: Boolean(msg.forward_origin),
    hasMention,
    at,
  };
}

function describeSettings(c: Pick<Community, "settings">): string {
  const s = c.settings;
  return [
    `captchaSeconds ${s.captchaSeconds}`,
    `manualApproval ${s.manualApproval ? "on" : "off"}`,
    `newcomerMessages ${s.newcomerMessages}`,
    `newcomerHours ${s.newcomerHours}`,
    `floodMessages ${s.floodMessages}`,
    `floodSeconds ${s.floodSeconds}`,
    `floodMuteMinutes ${s.floodMuteMinutes}`,
    `officialDomains ${s.officialDomains.join(",") || "-"}`,
  ].join("\n");
}

/** Newcomers who let the captcha's time run out are removed (they may come back and try again). */
export async function sweepCaptchas(deps: Pick<BotDeps, "db" | "clock" | "log">, api: Api): Promise<number> {
  const due = await claimExpiredCaptchas(deps.db, deps.clock.now());
  for (const m of due) {
    const chatId = Number(m.chatId);
    const userId = Number(m.userId);
    if (m.viaRequest) {
      await api.declineChatJoinRequest(chatId, userId).catch((err: unknown) => deps.log.warn({ err }, "could not decline an expired join request"));
      continue;
    }
    if (m.captchaMessageId) await api.deleteMessage(chatId, m.captchaMessageId).catch(() => undefined);
    await removeMember(api, chatId, userId).catch((err: unknown) => deps.log.warn({ err }, "could not remove a newcomer"));
  }
  return due.length;
}

/** Out of the group, free to come back: a ban lifted at once. */
async function removeMember(api: Api, chatId: number, userId: number): Promise<void> {
  await api.banChatMember(chatId, userId);
  await api.unbanChatMember(chatId, userId, { only_if_banned: true });
}
