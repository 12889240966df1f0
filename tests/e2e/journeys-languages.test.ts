import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTexts } from "../../src/i18n/index.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// A whole journey, customer and agent, for customers who write in Korean, Arabic and Chinese:
// from /start to the agent's answer, the customer's reply, the resolution and the rating. The
// customer presses the buttons by the words they read in their own language.

const ADMIN = 9801;
let t: TestDesk;
let agent: ChatDriver;
const texts = loadTexts("en");

beforeAll(async () => {
  t = await startTestDesk({ env: { ADMIN_IDS: String(ADMIN) } });
  agent = new ChatDriver(t.emulator!, ADMIN, "Mira");
  await agent.send("/staff_set 9801 queues=L1,L2,SECURITY limit=10 name=Mira");
  await agent.next(1);
  await agent.send("/duty on");
  await agent.next(1);
});
afterAll(async () => {
  await t?.stop();
});

const JOURNEYS = [
  {
    lang: "ko",
    id: 9811,
    name: "민준",
    problem: "어제 결제했는데 구독이 활성화되지 않았어요",
    when: "어제 저녁, 카카오페이로요",
    reply: "Thanks, checking it now",
    back: "감사합니다, 기다릴게요",
  },
  {
    lang: "ar",
    id: 9812,
    name: "ليلى",
    problem: "دفعت أمس لكن الاشتراك لم يتفعّل",
    when: "أمس مساءً بالبطاقة",
    reply: "Thanks, checking it now",
    back: "شكرًا، سأنتظر",
  },
  {
    lang: "zh",
    id: 9813,
    name: "小王",
    problem: "昨天付了款但是会员没有开通",
    when: "昨天晚上，用支付宝付的",
    reply: "Thanks, checking it now",
    back: "好的，谢谢，我等着",
  },
] as const;

/**
 * One journey at a time with the agent. The customers' intakes run side by side (each chat has its
 * own second-apart pace), but copies that reach an agent at once travel as one message, and a
 * reply to that message cannot tell which ticket it answers: the agent's part is taken in turns.
 */
let agentFree: Promise<unknown> = Promise.resolve();
function withTheAgent<T>(work: () => Promise<T>): Promise<T> {
  const turn = agentFree.then(work);
  agentFree = turn.catch(() => undefined);
  return turn;
}

describe("a whole customer and agent journey in the customer's language", () => {
  for (const j of JOURNEYS) {
    it.concurrent(
      `works end to end in ${j.lang}`,
      async ({ expect }) => {
        const say = (key: string, vars?: Record<string, string | number>) => texts.t(j.lang, key, vars);
        const c = new ChatDriver(t.emulator!, j.id, j.name, j.lang);
        await c.send("/start");
        const hello = await c.expect(j.name);
        expect(hello.text).toContain(say("consent-request").slice(0, 20));
        await c.tap(say("consent-accept"));
        await c.expect(say("start-choose-topic").slice(0, 10));
        await c.tap(say("topic-payment"));
        await c.expect(say("q-payment-what").slice(0, 10));
        await c.send(j.problem);
        await c.expect(say("q-payment-when").slice(0, 10));
        await c.send(j.when);
        await c.expect(say("intake-ask-file").slice(0, 10));
        // The ticket opens from here on, and its card goes to the agent.
        await withTheAgent(async () => {
          await c.tap(say("btn-skip"));
          let m = await c.next(1);
          if (m[0]!.buttons.some((b) => b.text === say("kb-solved-no"))) {
            await c.tap(say("kb-solved-no"));
            m = await c.next(1);
          }
          const receipt = m[0]!;
          const number = /#(\d{5})/.exec(receipt.text)?.[1];
          expect(number, receipt.text).toBeDefined();
          expect(receipt.text).toContain(say("topic-name-payment"));
          // Nothing in English reached the customer.
          expect(receipt.text).not.toMatch(/Ticket|created|Topic/);

          const card = await agent.find(`#${number}`);
          // A reply finds its ticket through the card's id, which the desk records once Telegram has
          // answered the send: an agent is never faster than that, a test can be.
          await expect
            .poll(() => t.db.prisma.outboxMessage.count({ where: { chatId: BigInt(ADMIN), telegramMessageId: card.messageId } }), { timeout: 10_000 })
            .toBe(1);
          await agent.send(j.reply, { reply_to_message: { message_id: card.messageId, date: 0, chat: { id: ADMIN, type: "private" } } });
          const answer = await c.find(j.reply);
          expect(answer.text).toContain("Mira");
          expect(answer.text).not.toContain(String(ADMIN));

          await c.send(j.back);
          await agent.find(j.back);

          await agent.send(`/resolve ${number} Activated the subscription manually | Restart the app`);
          const rate = await c.tap(say("csat-5"), 15_000);
          expect(rate.text).toContain("Activated the subscription manually");
          // Thanks, or thanks with the NPS question for the sampled share of customers.
          const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          await c.find(new RegExp(`^(${escape(say("rating-thanks", { number: number! }))}|${escape(say("rating-thanks-nps", { number: number! }))})$`));
          const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { number: Number(number) }, include: { messages: true } });
          expect(ticket.status).toBe("resolved");
          expect(ticket.language).toBe(j.lang);
          expect(ticket.messages.map((x) => x.author)).toEqual(["customer", "staff", "customer"]);
          expect(await t.db.prisma.rating.findFirst({ where: { ticketId: ticket.id } })).toMatchObject({ csat: 5 });
        });
      },
      60_000,
    );
  }
});
