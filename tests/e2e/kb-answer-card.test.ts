import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTexts } from "../../src/i18n/index.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { ChatDriver } from "../helpers/telegram.js";

// A plain question, asked the way a customer of each language asks it, is answered with an
// article card in that language: the answer-card threshold means the same in all seven.

let t: TestDesk;
const texts = loadTexts("en");

beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t?.stop();
});

const QUESTIONS = [
  { lang: "en", id: 9901, name: "Ann", q: "How do I change my email?", slug: "change-email" },
  { lang: "ru", id: 9902, name: "Олег", q: "Как сменить номер телефона?", slug: "change-phone" },
  { lang: "ko", id: 9903, name: "지우", q: "다크 모드는 어떻게 켜나요?", slug: "enable-dark-mode" },
  { lang: "az", id: 9904, name: "Aysel", q: "Şifrəmi unutmuşam, nə edim?", slug: "forgot-password" },
  { lang: "ar", id: 9905, name: "سارة", q: "كيف ألغي الاشتراك؟", slug: "cancel-subscription" },
  { lang: "th", id: 9906, name: "นก", q: "ขอคืนเงินยังไงคะ?", slug: "request-a-refund" },
  { lang: "zh", id: 9907, name: "小李", q: "怎么修改邮箱地址？", slug: "change-email" },
] as const;

describe("the answer card in every language", () => {
  for (const c of QUESTIONS) {
    it(`answers a plain question in ${c.lang} with the article, in ${c.lang}`, async () => {
      const say = (key: string) => texts.t(c.lang, key);
      const chat = new ChatDriver(t.emulator!, c.id, c.name, c.lang);
      await chat.send(c.q);
      // The question comes before consent: it is kept and answered once the customer agrees.
      await chat.expect(say("consent-request").slice(0, 12));
      await chat.tap(say("consent-accept"));
      const card = await chat.expect("💡");
      const article = await t.db.prisma.kbArticle.findUniqueOrThrow({ where: { slug: c.slug }, include: { translations: { where: { lang: c.lang } } } });
      expect(card.text).toContain(article.translations[0]!.title);
      expect(card.buttons.map((b) => b.text)).toContain(say("kb-solved-yes"));
      await chat.tap(say("kb-solved-yes"));
      await chat.expect(say("kb-glad").slice(0, 8));
      const outcome = await t.db.prisma.selfServiceOutcome.findFirstOrThrow({ where: { customer: { telegramId: BigInt(c.id) } } });
      expect(outcome).toMatchObject({ solved: true, articleId: article.id });
    });
  }
});
