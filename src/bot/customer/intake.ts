import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { classify, detectHandoff, normalize, type Handoff } from "../../domain/classification/classify.js";
import { TOPIC_POLICIES, isTopic, type Topic } from "../../domain/classification/topics.js";
import { recordConsent } from "../../domain/customers/customers.js";
import { recordSelfService, searchKb } from "../../domain/kb/search.js";
import { appendCustomerMessage, openTicket, reopenTicket } from "../../domain/tickets/tickets.js";
import type { Attachment } from "../../domain/tickets/types.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import {
  CB,
  consentKeyboard,
  fileKeyboard,
  questionKeyboard,
  reopenKeyboard,
  retryKeyboard,
  solvedKeyboard,
  topicKeyboard,
} from "../keyboards.js";
import { readMessage } from "../message-content.js";

export const INTAKE = "intake";

/** A good match scores 2 and more; below that an answer card is more noise than help. */
const ANSWER_CARD_MIN_SCORE = 2;
const QUESTION_START = /^\s*(how|what|where|when|why|can|could|is|are|do|does|как|где|что|почему|можно|когда|어떻게|어디|무엇|كيف|أين|ماذا|هل|ทำไม|อย่างไร|necə|harada|nə)\b/iu;

/** Whether a message reads as a question (rather than a report of a problem). */
export function looksLikeQuestion(text: string): boolean {
  return /[?？؟]\s*$/.test(text.trim()) || QUESTION_START.test(text) || /(怎么|如何|吗|ไหม|ยังไง)/.test(text);
}

/** Snippets mark the matched words with « »: bold them, after escaping everything else. */
function highlight(snippet: string): string {
  return escapeHtml(snippet).replace(/«([^«»]*)»/g, "<b>$1</b>");
}

/** Everything the flow starts from; JSON only, because the plugin stores it. */
export interface IntakeArgs {
  customerId: number;
  lang: string;
  hasConsent: boolean;
  /** Telegram update that started the flow: the ticket's idempotency key. */
  updateId: number;
  topic?: Topic;
  /** The customer's first free-text message, if the flow started from one. */
  text?: string;
  attachments?: Attachment[];
  messageId?: number;
  /** A recently resolved ticket the message may be about ("same issue or new?"). */
  resolved?: { id: number; number: number };
}

type Conv = Conversation<BotContext, Context>;

/**
 * The front desk: consent, topic, one or two clarifying questions, an optional file, the
 * knowledge base's best answers, and only then a ticket. Stop words skip straight to a person.
 */
export function createIntake(deps: BotDeps) {
  return async function intake(conversation: Conv, ctx: Context, args: IntakeArgs): Promise<void> {
    const t = (key: string, vars?: Record<string, string | number>) => deps.texts.t(args.lang, key, vars);
    const say = (key: string, vars?: Record<string, string | number>, other: Parameters<Context["reply"]>[1] = {}) =>
      ctx.reply(t(key, vars), { parse_mode: "HTML", ...other });
    const chatId = ctx.chatId!;
    // Commands (/tickets, /status, /cancel, /start...) pass through to their handlers; the flow
    // keeps waiting where it was.
    const receive = async (): Promise<Context> => {
      const update = await conversation.wait();
      const first = update.message?.entities?.[0];
      if (first?.type === "bot_command" && first.offset === 0) await conversation.skip({ next: true });
      return update;
    };
    /** Waits for one of the given buttons; anything else repeats the question. */
    const waitForButton = async (allowed: string[], repeat: () => Promise<unknown>): Promise<Context & { callbackQuery: { data: string } }> => {
      for (;;) {
        const update = await receive();
        const data = update.callbackQuery?.data;
        if (data && allowed.includes(data)) return update as Context & { callbackQuery: { data: string } };
        if (update.callbackQuery) await update.answerCallbackQuery();
        await repeat();
      }
    };

    if (args.resolved) {
      await say("reopen-ask", { number: String(args.resolved.number) }, { reply_markup: reopenKeyboard(t, args.resolved.number) });
      const resolvedNumber = args.resolved.number;
      const answer = await waitForButton([CB.reopen, CB.fresh], () =>
        say("reopen-ask", { number: String(resolvedNumber) }, { reply_markup: reopenKeyboard(t, resolvedNumber) }),
      );
      await answer.answerCallbackQuery();
      if (answer.callbackQuery.data === CB.reopen) {
        const resolved = args.resolved;
        await conversation.external(async () => {
          await reopenTicket(deps, resolved.id, args.customerId);
          await appendCustomerMessage(deps, {
            ticketId: resolved.id,
            text: args.text ?? "",
            attachments: args.attachments ?? [],
            ...(args.messageId ? { telegram: { chatId: BigInt(chatId), messageId: args.messageId } } : {}),
          });
        });
        await say("reopen-done", { number: String(resolved.number) });
        return;
      }
    }

    if (!args.hasConsent) {
      await say("consent-request", {}, { reply_markup: consentKeyboard(t) });
      const answer = await waitForButton([CB.consentYes, CB.consentNo], () =>
        say("consent-needed", {}, { reply_markup: consentKeyboard(t) }),
      );
      await answer.answerCallbackQuery();
      const given = answer.callbackQuery.data === CB.consentYes;
      await conversation.external(() => recordConsent(deps.db, deps.clock, args.customerId, given).then(() => undefined));
      if (!given) {
        await say("consent-declined");
        return;
      }
    }

    const parts: string[] = args.text ? [args.text] : [];
    const attachments: Attachment[] = [...(args.attachments ?? [])];
    let topic: Topic | undefined = args.topic;
    let handoff: Handoff | null = null;
    let unmatched = 0;
    const firstText = args.text ?? "";
    if (firstText) {
      const c = classify(firstText);
      handoff = c.handoff;
      topic ??= c.topic ?? undefined;
      if (!topic) unmatched++;
    }

    // A plain question may have a plain answer: the best article first, as a short card.
    let answeredByCard = false;
    if (firstText && !handoff && looksLikeQuestion(firstText)) {
      const [best] = await conversation.external(() => searchKb(deps.db, firstText, args.lang, 1));
      if (best && best.score >= ANSWER_CARD_MIN_SCORE) {
        const miniApp = deps.config.MINI_APP_URL ?? deps.config.PUBLIC_URL;
        const keyboard = solvedKeyboard(t);
        if (miniApp?.startsWith("https://")) {
          keyboard.row().webApp(t("kb-open-article"), new URL(`kb/${best.slug}`, miniApp.endsWith("/") ? miniApp : `${miniApp}/`).toString());
        }
        await ctx.reply(t("kb-answer-card", { title: escapeHtml(best.title), snippet: highlight(best.snippet) }), { parse_mode: "HTML", reply_markup: keyboard });
        // Words instead of a button mean "no, and here is more about it".
        const answer = await receive();
        if (answer.callbackQuery) await answer.answerCallbackQuery();
        const solved = answer.callbackQuery?.data === CB.solved;
        if (answer.message) {
          const more = readMessage(answer.message);
          if (more.kind === "content") {
            if (more.text) parts.push(more.text);
            attachments.push(...more.attachments);
          }
        }
        await conversation.external(() =>
          recordSelfService(deps.db, { customerId: args.customerId, articleId: best.id, query: firstText, solved, at: deps.clock.now() }),
        );
        if (solved) {
          await say("kb-glad");
          return;
        }
        answeredByCard = true;
      }
    }

    // Topic and clarifying questions; "back" returns here to change the topic.
    questions: for (;;) {
      let prompt = true;
      while (!topic && !handoff) {
        if (unmatched >= deps.config.HANDOFF_AFTER_UNMATCHED_TURNS) {
          handoff = { reason: "unmatched", queue: null, priority: "normal" };
          break;
        }
        // After a hint about unusable input the topic buttons are still right above it.
        if (prompt) await say("start-choose-topic", {}, { reply_markup: topicKeyboard(t) });
        prompt = true;
        const next = await receive();
        const data = next.callbackQuery?.data;
        if (data?.startsWith("i:topic:")) {
          await next.answerCallbackQuery();
          const picked = data.slice("i:topic:".length);
          if (isTopic(picked)) topic = picked;
        } else if (next.message) {
          const content = readMessage(next.message);
          if (content.kind !== "content") {
            await next.reply(t(content.kind === "unsupported" ? "unsupported-media" : content.kind === "empty" ? "empty-message" : "emoji-only"));
            prompt = false;
            continue;
          }
          if (content.text) parts.push(content.text);
          attachments.push(...content.attachments);
          const c = classify(content.text);
          handoff ??= c.handoff;
          if (c.topic) topic = c.topic;
          else unmatched++;
        } else if (data) {
          await next.answerCallbackQuery({ text: t("stale-button") });
          prompt = false;
        }
      }
      topic ??= "other";
      if (handoff) break;

      await say("intake-topic-chosen", { topic: t(`topic-name-${topic}`) });
      // A first message that already describes the problem answers the first question.
      const questions = TOPIC_POLICIES[topic].questions.slice(firstText.length >= 20 ? 1 : 0);
      for (const question of questions) {
        await say(question, {}, { reply_markup: questionKeyboard(t) });
        const answer = await receive();
        const data = answer.callbackQuery?.data;
        if (data) {
          await answer.answerCallbackQuery();
          if (data === CB.back) {
            topic = undefined;
            continue questions;
          }
          continue; // skip, or an old button
        }
        if (answer.message) {
          const content = readMessage(answer.message);
          if (content.kind === "content") {
            if (content.text) parts.push(content.text);
            attachments.push(...content.attachments);
            handoff ??= detectHandoff(normalize(content.text));
            if (handoff) break questions;
          } else {
            await answer.reply(t("intake-need-text"));
          }
        }
      }
      break;
    }

    if (!handoff) {
      // An optional screenshot or file; albums arrive as several messages with one group id.
      await say("intake-ask-file", {}, { reply_markup: fileKeyboard(t, attachments.length) });
      let lastGroup: string | undefined;
      for (;;) {
        const next = await receive();
        if (next.callbackQuery) {
          await next.answerCallbackQuery();
          if (next.callbackQuery.data === CB.back) {
            continue;
          }
          break;
        }
        if (!next.message) continue;
        const content = readMessage(next.message);
        if (content.kind !== "content") {
          await next.reply(t("intake-need-file"), { reply_markup: fileKeyboard(t, attachments.length) });
          continue;
        }
        if (content.text) parts.push(content.text);
        attachments.push(...content.attachments);
        const group = next.message.media_group_id;
        if (!group || group !== lastGroup) {
          await next.reply(t("intake-file-received", { count: attachments.length }), {
            reply_markup: fileKeyboard(t, attachments.length),
          });
        }
        lastGroup = group;
        if (!content.attachments.length) break; // words instead of a file: move on
      }

      const query = parts.join("\n");
      // The customer already said the article offered up front did not help.
      const hits = answeredByCard ? [] : await conversation.external(() => searchKb(deps.db, query, args.lang, 3));
      if (hits.length) {
        const list = hits.map((h) => t("kb-suggest-item", { title: escapeHtml(h.title), snippet: highlight(h.snippet) })).join("\n\n");
        await ctx.reply(`${t("kb-suggest-intro")}\n\n${list}\n\n${t("kb-did-it-help")}`, {
          parse_mode: "HTML",
          reply_markup: solvedKeyboard(t),
        });
        const answer = await receive();
        let solved = false;
        if (answer.callbackQuery) {
          await answer.answerCallbackQuery();
          solved = answer.callbackQuery.data === CB.solved;
        } else if (answer.message) {
          const content = readMessage(answer.message);
          if (content.kind === "content") {
            if (content.text) parts.push(content.text);
            attachments.push(...content.attachments);
          }
        }
        await conversation.external(() =>
          recordSelfService(deps.db, { customerId: args.customerId, articleId: hits[0]!.id, query, solved, at: deps.clock.now() }),
        );
        if (solved) {
          await say("kb-glad");
          return;
        }
      }
    }

    const finalTopic = topic ?? "other";
    const ticketHandoff = handoff;
    // If the ticket cannot be written right now (the database is away), nothing the customer
    // said is dropped: the flow keeps it and tries again on their next message or press.
    for (;;) {
      const failure = await conversation.external(async () => {
        try {
          await openTicket(deps, {
            customerId: args.customerId,
            topic: finalTopic,
            text: parts.join("\n\n"),
            attachments,
            handoff: ticketHandoff,
            source: "bot",
            idempotencyKey: `tg:${chatId}:${args.updateId}`,
            ...(args.messageId ? { telegram: { chatId: BigInt(chatId), messageId: args.messageId } } : {}),
          });
          return null;
        } catch (err) {
          deps.log.error({ err, chatId }, "could not open a ticket; keeping the request for a retry");
          return err instanceof Error ? err.message : String(err);
        }
      });
      if (failure === null) break;
      await say("intake-retry", {}, { reply_markup: retryKeyboard(t) });
      const again = await receive();
      if (again.callbackQuery) await again.answerCallbackQuery();
      if (again.message) {
        const more = readMessage(again.message);
        if (more.kind === "content") {
          if (more.text) parts.push(more.text);
          attachments.push(...more.attachments);
        }
      }
    }
    // The handoff notice and the receipt go out through the outbox, written with the ticket.
  };
}
