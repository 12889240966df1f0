// Whether a message reads as a question (rather than a report of a problem), in the seven
// languages the desk speaks. JavaScript's \b only sees ASCII word characters, so the question
// words are followed by an explicit "not a letter" instead.

const QUESTION_WORDS = [
  // en
  "how",
  "what",
  "where",
  "when",
  "why",
  "which",
  "can",
  "could",
  "is",
  "are",
  "do",
  "does",
  "should",
  "will",
  "would",
  // ru
  "как",
  "где",
  "что",
  "почему",
  "зачем",
  "можно",
  "когда",
  "какой",
  "какая",
  "какие",
  "сколько",
  "куда",
  "ли",
  // az
  "necə",
  "nece",
  "harada",
  "nə",
  "ne",
  "niyə",
  "niye",
  "nə vaxt",
  "ne vaxt",
  "hansı",
  "hansi",
  "mümkündür",
  "olar",
  // ar
  "كيف",
  "أين",
  "اين",
  "ماذا",
  "هل",
  "لماذا",
  "متى",
  "ما",
  "كم",
  "ليش",
  "وين",
  "شلون",
  "ازاي",
  "إزاي",
  // ko
  "어떻게",
  "어디",
  "무엇",
  "뭐",
  "왜",
  "언제",
  "어느",
  "얼마",
];
const START = new RegExp(`^\\s*(?:${QUESTION_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{M}])`, "iu");

// Question endings and particles that sit inside or at the end of the sentence.
const MARKERS = [
  /[?？؟]\s*$/u,
  // zh: how, why, where, can I, particles
  /(怎么|怎样|如何|为什么|为啥|哪里|哪儿|在哪|能不能|可以吗|吗|呢)/u,
  // th: question particles and words
  /(ไหม|มั้ย|หรือเปล่า|ยังไง|อย่างไร|ทำไม|ที่ไหน|เมื่อไร|เมื่อไหร่|ได้ไหม|ได้มั้ย|อะไร)/u,
  // ko: polite question endings (…나요, …까요, …니까, …어요? without the mark is ambiguous) and question words anywhere
  /(나요|까요|니까|는지|을까|ㄹ까|어떻게|어디서|어디에|왜|언제|뭐가|무엇을)/u,
  /(가요|나요|까요|죠|니)\s*$/u,
  // ar: question words anywhere
  /(^|\s)(كيف|كيفية|هل|لماذا|متى|أين|اين|ماذا)(\s|$)/u,
  // ru/az: question words after a greeting or a name ("привет, как ...", "salam, necə ...")
  /(^|[\s,])(как|почему|где|necə|nece|niyə|harada)(?![\p{L}\p{M}])/iu,
];

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return START.test(t) || MARKERS.some((m) => m.test(t));
}
