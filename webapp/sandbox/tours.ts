import type { Translate } from "./i18n";
import type { ChatMessage } from "./types";

// Scripted scenarios of the guided tour. A scenario plays one side (usually the customer) through
// the same page API a person uses, and narrates; the visitor plays the other side in the phones.
// Steps recognise the bot's messages by their buttons' data and ticket numbers, never by wording,
// so they work in every language.

export interface TourKit {
  /** The page's texts, and the customer's (the scripted customer speaks their own language). */
  t: Translate;
  tc: Translate;
  narrate(text: string): void;
  customer(): number;
  agent(): number;
  newCustomer(): Promise<number>;
  say(userId: number, text: string, replyTo?: number): Promise<number>;
  press(userId: number, messageId: number, data: string): Promise<void>;
  /** Moves the desk's clock ahead and runs the SLA sweep. */
  later(minutes: number): Promise<void>;
  /** The first message in a chat after `afterId` that matches (one already there counts). */
  waitFor(chatId: number, predicate: (m: ChatMessage) => boolean, afterId: number): Promise<ChatMessage>;
  lastId(chatId: number): number;
}

export interface Tour {
  id: string;
  /** Whom the visitor plays. */
  visitor: "agent" | "customer";
  run(k: TourKit): Promise<void>;
}

const buttons = (m: ChatMessage) => (m.reply_markup?.inline_keyboard ?? []).flat();
const hasButton = (m: ChatMessage, prefix: string) => buttons(m).some((b) => b.callback_data?.startsWith(prefix));
const buttonData = (m: ChatMessage, prefix: string) => buttons(m).find((b) => b.callback_data?.startsWith(prefix))?.callback_data;
const fromBot = (m: ChatMessage) => Boolean(m.from?.is_bot);

/** Ticket number from a receipt's "Add details" button (details:<number>). */
const ticketOf = (m: ChatMessage) => Number(buttonData(m, "details:")?.split(":")[1] ?? NaN);

/**
 * Follows the bot's answers in the customer's chat until a message matches `done`, answering the
 * intake the way a customer who wants a person would: agrees to the terms, picks the topic, skips
 * optional questions, says the help article did not solve it, and describes the problem again
 * when asked to.
 */
async function follow(
  k: TourKit,
  customer: number,
  afterId: number,
  done: (m: ChatMessage) => boolean,
  want: { topic: string; text: string },
): Promise<ChatMessage> {
  let cursor = afterId;
  for (;;) {
    const m = await k.waitFor(customer, fromBot, cursor);
    cursor = m.message_id;
    if (done(m)) return m;
    const data = buttons(m).flatMap((b) => (b.callback_data ? [b.callback_data] : []));
    const pick = ["i:consent-yes", `i:topic-${want.topic}`, "i:topic-other", "i:not-solved", "i:skip", "i:continue", "i:fresh"].find((d) => data.includes(d));
    if (pick) await k.press(customer, m.message_id, pick);
    else if (data.length === 1 && data[0] === "i:back") cursor = Math.max(cursor, await k.say(customer, want.text));
  }
}

/** A fresh customer says hello and writes; resolves with their ticket's receipt. */
async function customerFilesTicket(
  k: TourKit,
  text: string,
  topic: string,
  customer?: number,
): Promise<{ customer: number; number: number; receipt: ChatMessage }> {
  const c = customer ?? (await k.newCustomer());
  const hello = await k.say(c, "/start");
  await k.waitFor(c, fromBot, hello);
  const asked = await k.say(c, text);
  const receipt = await follow(k, c, asked, (m) => hasButton(m, "details:"), { topic, text });
  return { customer: c, number: ticketOf(receipt), receipt };
}

/** The customer rates the ticket once the agent resolved it (the stars under the summary). */
async function rateWhenResolved(k: TourKit, customer: number, number: number, afterId: number): Promise<void> {
  const summary = await k.waitFor(customer, (m) => hasButton(m, `csat:${number}:`), afterId);
  k.narrate(k.t("tour-payment-step-rate"));
  await k.press(customer, summary.message_id, `csat:${number}:5`);
}

/** Waits for the agent to answer ticket `number`: a reply to its card, or /r <number>. */
async function agentAnswers(k: TourKit, number: number, afterId: number): Promise<ChatMessage> {
  const tag = `#${number}`;
  return k.waitFor(k.agent(), (m) => !fromBot(m) && (Boolean(m.reply_to_message?.text?.includes(tag)) || (m.text ?? "").startsWith(`/r ${number} `)), afterId);
}

export const TOURS: Tour[] = [
  {
    id: "tour-payment",
    visitor: "agent",
    async run(k) {
      const agentFrom = k.lastId(k.agent());
      const { customer, number, receipt } = await customerFilesTicket(k, k.tc("tour-payment-say-1"), "payment");
      k.narrate(k.t("tour-payment-step-consent"));
      k.narrate(k.t("tour-payment-step-answer"));
      const answer = await agentAnswers(k, number, agentFrom);
      const delivered = await k.waitFor(customer, (m) => fromBot(m) && !hasButton(m, ""), Math.max(receipt.message_id, answer.message_id));
      await k.say(customer, k.tc("tour-payment-say-2"));
      k.narrate(k.t("tour-payment-step-resolve", { number }));
      await rateWhenResolved(k, customer, number, delivered.message_id);
    },
  },
  {
    id: "tour-kb",
    visitor: "customer",
    async run(k) {
      const c = await k.newCustomer();
      const hello = await k.say(c, "/start");
      await k.waitFor(c, fromBot, hello);
      const asked = await k.say(c, k.tc("tour-kb-say-1"));
      const card = await follow(k, c, asked, (m) => hasButton(m, "i:solved"), { topic: "account", text: k.tc("tour-kb-say-1") });
      k.narrate(k.t("tour-kb-step-answer"));
      await k.press(c, card.message_id, "i:solved");
      await k.waitFor(c, fromBot, card.message_id);
    },
  },
  {
    id: "tour-vip",
    visitor: "agent",
    async run(k) {
      const c = await k.newCustomer();
      const hello = await k.say(c, "/start");
      await k.waitFor(c, fromBot, hello);
      k.narrate(k.t("tour-vip-step-mark"));
      const vip = await k.say(k.agent(), `/vip ${c}`);
      await k.waitFor(k.agent(), fromBot, vip);
      const agentFrom = k.lastId(k.agent());
      const { number, receipt } = await customerFilesTicket(k, k.tc("tour-vip-say-1"), "other", c);
      k.narrate(k.t("tour-vip-step-answer"));
      const answer = await agentAnswers(k, number, agentFrom);
      await k.waitFor(c, (m) => fromBot(m) && !hasButton(m, ""), Math.max(receipt.message_id, answer.message_id));
    },
  },
  {
    id: "tour-sla",
    visitor: "agent",
    async run(k) {
      const agentFrom = k.lastId(k.agent());
      const { number } = await customerFilesTicket(k, k.tc("tour-sla-say-1"), "payment");
      k.narrate(k.t("tour-sla-step-wait"));
      await k.waitFor(k.agent(), (m) => fromBot(m) && (m.text ?? "").includes(`#${number}`), agentFrom);
      const before = k.lastId(k.agent());
      k.narrate(k.t("tour-sla-step-jump"));
      await k.later(30);
      await k.waitFor(k.agent(), (m) => fromBot(m) && (m.text ?? "").includes(`#${number}`), before);
    },
  },
  {
    id: "tour-customer",
    visitor: "customer",
    async run(k) {
      const c = await k.newCustomer();
      const agentFrom = k.lastId(k.agent());
      k.narrate(k.t("tour-customer-step-write"));
      // The card the agent gets for the customer's new ticket.
      const card = await k.waitFor(k.agent(), (m) => fromBot(m) && isNewTicketCard(m), agentFrom);
      const number = Number(/#(\d+)/.exec(card.text ?? "")![1]);
      if (hasButton(card, "take:")) {
        await k.press(k.agent(), card.message_id, `take:${number}`);
        await k.waitFor(k.agent(), (m) => fromBot(m) && (m.text ?? "").includes(`#${number}`), card.message_id);
      }
      const first = await k.say(k.agent(), k.t("tour-customer-agent-1"), card.message_id);
      // Message ids grow across chats here, so "after the agent's message" orders both phones.
      const seen = await k.waitFor(c, (m) => fromBot(m) && !hasButton(m, ""), first);
      k.narrate(k.t("tour-customer-step-reply"));
      const answer = await k.waitFor(c, (m) => !fromBot(m), seen.message_id);
      await k.waitFor(k.agent(), (m) => fromBot(m) && (m.text ?? "").includes(`#${number}`), answer.message_id);
      const done = await k.say(k.agent(), `/resolve ${number} ${k.t("tour-customer-agent-2")}`);
      const summary = await k.waitFor(c, (m) => hasButton(m, `csat:${number}:`), done);
      k.narrate(k.t("tour-customer-step-rate"));
      await k.waitFor(c, (m) => fromBot(m) && m.message_id > summary.message_id, summary.message_id);
    },
  },
];

/** A card about a ticket just filed: assigned to the agent (no buttons) or offered to take. */
function isNewTicketCard(m: ChatMessage): boolean {
  const text = m.text ?? "";
  return /#\d+/.test(text) && (hasButton(m, "take:") || text.split("\n").length >= 3);
}
