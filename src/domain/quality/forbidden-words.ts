// The quality check holds an agent's message that contains a forbidden word until the agent
// confirms or edits it. Defaults cover asking for secrets and promises nobody can keep; the list
// is configurable (FORBIDDEN_WORDS).

// One line per language the desk answers in: asking for a secret (password, card code, one-time
// code), promising what nobody can keep, and rudeness, as agents would actually write them.
export const DEFAULT_FORBIDDEN_WORDS = [
  "password", "cvv", "cvc", "pin code", "sms code", "guarantee", "100%", "stupid", "idiot", "not my problem",
  "пароль", "cvv-код", "смс-код", "код из смс", "гарантирую", "тупой", "не моя проблема",
  "비밀번호", "비번", "인증번호", "카드 뒷면 번호", "보장합니다", "장담합니다", "멍청", "바보", "제 문제가 아니", "제 알 바 아니",
  "şifrə", "sifre", "parol", "pin kod", "sms kod", "zəmanət verirəm", "zemanet verirem", "axmaq", "mənim problemim deyil", "menim problemim deyil",
  "كلمة المرور", "كلمة السر", "الرقم السري", "رمز التحقق", "كود التحقق", "أضمن لك", "اضمن لك", "غبي", "أحمق", "احمق", "ليست مشكلتي", "مش مشكلتي", "مو مشكلتي",
  "รหัสผ่าน", "รหัส pin", "รหัส otp", "รหัสหลังบัตร", "รับประกันเลย", "รับรองว่า", "โง่", "ไม่ใช่ปัญหาของฉัน", "ไม่ใช่ปัญหาของผม",
  "密码", "验证码", "安全码", "cvv码", "我保证", "百分百", "笨蛋", "白痴", "不关我的事", "不是我的问题",
];

export function forbiddenWordsIn(text: string, words: readonly string[]): string[] {
  const lower = ` ${text.normalize("NFKC").toLowerCase()} `;
  return words.filter((w) => lower.includes(w.toLowerCase()));
}
