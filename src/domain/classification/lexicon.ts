import type { Topic } from "./topics.js";

// Keyword lists per topic and language. Matching is by substring on normalised text, so stems
// ("платеж", "оплат") catch word forms and scripts without spaces (Chinese, Thai) work too.
// Entries are lower-case. Extend freely: more words only make routing better.

export const TOPIC_KEYWORDS: Record<Exclude<Topic, "other">, string[]> = {
  payment: [
    // en
    "payment", "pay ", "paid", "card", "charge", "refund", "invoice", "receipt", "billing", "bill ",
    "subscription", "money", "transaction", "withdraw", "deposit", "declined", "price",
    // ru
    "оплат", "платеж", "платёж", "карт", "деньг", "списа", "возврат", "счет", "счёт", "чек", "подписк", "транзакц", "заплат", "верните", "вернуть",
    // zh
    "支付", "付款", "退款", "扣款", "充值", "银行卡", "发票", "订阅", "扣费", "收费", "退钱", "扣钱", "付费",
    // ko
    "결제", "환불", "카드", "송금", "청구", "구독", "요금", "돈을", "돈이", "출금",
    // ar
    "دفع", "الدفع", "بطاقة", "استرداد", "فاتورة", "اشتراك", "مبلغ", "أسترد", "استرد", "استرجاع", "استرجع", "أموال", "اموال", "فلوس", "مصاري", "خصم", "سحب", "فيزا",
    // th
    "ชำระ", "จ่ายเงิน", "บัตร", "คืนเงิน", "ใบเสร็จ", "สมัครสมาชิก", "ตัดเงิน", "เงินคืน", "โอนเงิน", "คืนตัง",
    // az
    "ödəniş", "odenis", "kart", " pul", "geri qaytar", "abunə", "abune", "hesab-faktura", "ödə",
  ],
  account: [
    "account", "login", "log in", "sign in", "password", "email", "e-mail", "phone number", "2fa",
    "two-factor", "verify", "verification", "profile", "username", "locked", "delete my",
    "аккаунт", "учетн", "учётн", "логин", "войти", "вход", "парол", "почт", "номер телефона", "профил", "заблокир", "удалить",
    "账号", "账户", "登录", "密码", "邮箱", "手机号", "验证", "注销",
    "계정", "로그인", "비밀번호", "이메일", "인증", "탈퇴",
    "حساب", "تسجيل الدخول", "كلمة المرور", "البريد", "التحقق",
    "บัญชี", "เข้าสู่ระบบ", "รหัสผ่าน", "อีเมล", "ยืนยันตัวตน",
    "hesab", "giriş", "şifrə", "parol", "e-poçt", "doğrulama",
  ],
  feature: [
    "how do i", "how to", "how can i", "where is", "where can", "doesn't work", "does not work", "not working",
    "error", "bug", "crash", "feature", "setting", "app ", "update",
    " как ", " где ", "не работает", "ошибк", "баг", "вылета", "функци", "настройк", "приложени",
    "怎么", "如何", "在哪", "不能用", "错误", "闪退", "功能", "设置",
    "어떻게", "어디", "안 돼", "안돼", "오류", "버그", "기능", "설정",
    "كيف", "أين", "لا يعمل", "خطأ", "ميزة", "إعدادات", "التطبيق",
    "อย่างไร", "ยังไง", "ที่ไหน", "ใช้ไม่ได้", "ข้อผิดพลาด", "ฟีเจอร์", "ตั้งค่า",
    "necə", "harada", "işləmir", "xəta", "funksiya", "ayarlar", "tətbiq",
  ],
  complaint: [
    "complain", "complaint", "unacceptable", "rude", "disappointed", "poor service", "bad service",
    "жалоб", "недоволен", "недовольна", "хамств", "плохой сервис", "безобраз",
    "投诉", "不满", "态度差",
    "불만", "항의", "민원",
    "شكوى", "غير راض", "سيئة",
    "ร้องเรียน", "ไม่พอใจ",
    "şikayət", "narazı",
  ],
  idea: [
    "idea", "suggest", "suggestion", "feature request", "would be nice", "would be great", "please add", "wish",
    "идея", "идею", "идеи", "предлож", "было бы здорово", "добавьте", "хотелось бы",
    "建议", "希望增加", "想法",
    "제안", "아이디어", "추가해",
    "اقتراح", "فكرة", "أتمنى",
    "ข้อเสนอแนะ", "ไอเดีย", "อยากให้เพิ่ม",
    "təklif", "ideya", "əlavə edin",
  ],
};

export type HandoffKind = "security" | "payment" | "operator";

// Stop words: the bot steps aside for a human at once (the product's handoff rules).
export const STOP_WORDS: Record<HandoffKind, string[]> = {
  security: [
    "hacked", "hacker", "security", "fraud", "scam", "stolen", "phishing", "unauthorized", "unauthorised",
    "kyc", "someone logged", "identity theft",
    "взлом", "мошен", "безопасност", "украли", "фишинг", "kyc", "верификац", "несанкционир",
    "被盗", "盗号", "诈骗", "黑客", "安全问题", "钓鱼",
    "해킹", "사기", "보안", "도용", "피싱",
    "اختراق", "احتيال", "مخترق", "سرقة", "تصيد",
    "แฮก", "โกง", "ถูกขโมย", "ความปลอดภัย", "ฟิชชิ่ง",
    "sındırıl", "fırıldaq", "təhlükəsizlik", "oğurla",
  ],
  payment: [
    "payment failed", "charged twice", "double charge", "double charged", "charged but", "money gone",
    "chargeback", "payment declined",
    "платеж не прошел", "платёж не прошёл", "оплата не прошла", "списали дважды", "списали деньги", "деньги списались", "двойное списание",
    "支付失败", "重复扣款", "扣款两次", "扣了钱",
    "결제 실패", "이중 결제", "결제가 안",
    "فشل الدفع", "خصم مرتين", "تم خصم",
    "ชำระเงินไม่สำเร็จ", "ตัดเงินซ้ำ", "โดนตัดเงิน",
    "ödəniş alınmadı", "iki dəfə çıxıldı", "pul çıxıldı",
  ],
  operator: [
    "operator", "human", "real person", "live agent", "talk to someone", "speak to someone", "support agent",
    "оператор", "человек", "живой", "сотрудник",
    "人工", "转人工", "真人",
    "상담원", "상담사", "사람과",
    "موظف", "إنسان", "شخص حقيقي",
    "พนักงาน", "คุยกับคน", "เจ้าหน้าที่",
    "operator", "insanla", "əməkdaş",
  ],
};

// A small lexicon of strong negative emotion per language; enough to put an upset customer in
// front of a person quickly.
export const NEGATIVE_WORDS: string[] = [
  "terrible", "awful", "worst", "furious", "angry", "disgusting", "useless", "hate", "ridiculous",
  "unacceptable", "outraged", "wtf",
  "ужасн", "кошмар", "отвратит", "бесит", "безобраз", "худш", "достали", "позор", "возмутит",
  "垃圾", "太差", "气死", "愤怒", "恶心",
  "최악", "화나", "짜증", "열받",
  "سيء جدا", "غاضب", "فظيع", "مقرف",
  "แย่มาก", "โกรธ", "ห่วยแตก",
  "dəhşət", "əsəbi", "bərbad", "rəzalət",
];
