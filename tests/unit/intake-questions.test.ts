import { describe, expect, it } from "vitest";
import { looksLikeQuestion } from "../../src/domain/intake/questions.js";

// Questions as customers type them: often without a question mark, in seven languages.
const QUESTIONS: Record<string, string[]> = {
  en: ["how do i change my email", "where is my refund", "can I pay with PayPal"],
  ru: ["как вернуть деньги", "где мой возврат", "почему списали два раза", "привет, как поменять почту"],
  az: ["necə pulu geri qaytarım", "nece parolu deyisim", "pulum harada"],
  ar: ["كيف أسترد أموالي", "هل يمكنني تغيير البريد", "وين فلوسي", "ازاي اغير الباسورد"],
  ko: ["환불은 어떻게 받나요", "비밀번호를 바꾸려면 어떻게 해요", "이메일 변경 가능한가요"],
  th: ["ขอเงินคืนยังไง", "เปลี่ยนอีเมลได้ไหม", "ทำไมโดนตัดเงินสองครั้ง"],
  zh: ["怎么退款", "为什么扣了两次钱", "可以换邮箱吗"],
};
const REPORTS: Record<string, string[]> = {
  en: ["my card was declined", "the app crashes on start", "wrong charge on my statement"],
  ru: ["списали деньги два раза", "приложение вылетает", "карта не проходит"],
  az: ["kartım qəbul olunmur", "tətbiq açılmır"],
  ar: ["تم خصم المبلغ مرتين", "التطبيق لا يفتح"],
  ko: ["결제가 두 번 됐어요", "앱이 계속 꺼져요"],
  th: ["โดนตัดเงินสองครั้ง", "แอปเด้งออก"],
  zh: ["扣了两次钱", "应用一打开就闪退"],
};

describe("questions in every language", () => {
  for (const [lang, texts] of Object.entries(QUESTIONS)) {
    it(`recognises questions without a question mark in ${lang}`, () => {
      for (const q of texts) expect(looksLikeQuestion(q), q).toBe(true);
    });
  }
  for (const [lang, texts] of Object.entries(REPORTS)) {
    it(`does not take reports of a problem for questions in ${lang}`, () => {
      for (const r of texts) expect(looksLikeQuestion(r), r).toBe(false);
    });
  }
  it("takes a question mark in any script as a question", () => {
    for (const q of ["refund?", "возврат?", "退款？", "استرداد؟"]) expect(looksLikeQuestion(q)).toBe(true);
  });
});
