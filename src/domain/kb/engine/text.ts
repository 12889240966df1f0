// Text as the search index sees it: the same steps for an article and for a customer's question,
// so that both meet in one form. Per language: Unicode and letter-form folding, word segmentation
// for scripts written without spaces (ICU's dictionaries via Intl.Segmenter), and a light stemmer
// or particle stripper. Light on purpose: customers write colloquially and with typos, so a
// stemmer that guesses wrong on an unusual form costs more than one that leaves the form alone
// (prefix matching and typo tolerance in the index pick up what is left).

/** Languages whose words are not separated by spaces (Korean separates phrases, not words). */
const UNSPACED_LANGS = new Set(["zh", "ja", "th", "lo", "km", "my"]);
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3040-\u30FF]/u;
const HANGUL = /[\uAC00-\uD7AF]/u;
const THAI = /[\u0E00-\u0E7F]/u;
const OTHER_UNSPACED = /[\u0E80-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;
const LETTER = /[\p{L}\p{N}]/u;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

export interface Token {
  /** The form the index stores (folded and stemmed). */
  term: string;
  /** Position in the text, for phrase matching (synonyms). */
  pos: number;
  /** The word as written, folded. */
  surface: string;
}

/** The two-letter language the text of an article or a question is processed as. */
export function baseLanguage(lang: string): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? "").slice(0, 8) || "en";
}

// Arabic: short vowels, shadda, sukun, dagger alif and tatweel are dropped (customers rarely type
// them); the forms of alif, alif maqsura, ta marbuta and hamza carriers are folded to one letter;
// Arabic-Indic and Persian digits become ASCII.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const ARABIC_LETTERS: Record<string, string> = {
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u0649": "\u064A",
  "\u0629": "\u0647",
  "\u0624": "\u0648",
  "\u0626": "\u064A",
  "\u06CC": "\u064A",
  "\u06A9": "\u0643",
};
const ARABIC_FOLD = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06CC\u06A9]/gu;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

// Azerbaijani (and Turkish) letters customers often type without their marks, on keyboards that
// lack them: folded both ways so "sifre" finds "şifrə".
const AZ_FOLD: Record<string, string> = { ə: "e", ı: "i", ö: "o", ü: "u", ş: "s", ç: "c", ğ: "g", â: "a", î: "i", û: "u" };
const AZ_LETTERS = /[əıöüşçğâîû]/gu;

/** Lower case, NFKC, marks and letter forms folded; the same for every language. */
export function fold(text: string): string {
  // NFKC splits Thai and Lao SARA AM (ำ) into two marks, which ICU then segments wrongly: put back.
  let s = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u0E4D\u0E32/gu, "\u0E33")
    .replace(/\u0ECD\u0EB2/gu, "\u0EB3");
  // "İ".toLowerCase() is "i" + combining dot; the dot carries nothing.
  s = s.replace(/\u0307/gu, "");
  s = s.replace(/ё/gu, "е");
  if (/[\u0600-\u06FF]/u.test(s)) {
    s = s.replace(ARABIC_MARKS, "").replace(ARABIC_FOLD, (c) => ARABIC_LETTERS[c] ?? c);
    s = s.replace(EASTERN_DIGITS, (d) => String(d.codePointAt(0)! - (d >= "\u06F0" ? 0x06f0 : 0x0660)));
  }
  s = s.replace(AZ_LETTERS, (c) => AZ_FOLD[c] ?? c);
  // Apostrophes inside words ("can't", "don’t") join them: customers drop them as often as not.
  s = s.replace(/(\p{L})['’ʼ`´](\p{L})/gu, "$1$2");
  return s;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, s);
  }
  return s;
}

/** Words of folded text: ICU segmentation where a script has no spaces, else letters and digits. */
export function words(folded: string, lang: string): string[] {
  const out: string[] = [];
  // Only text with characters of a script written without spaces needs the dictionary (a Chinese
  // product name in an English article does; English words in a Thai question do not).
  const needsSegmenter = HAN.test(folded) || THAI.test(folded) || OTHER_UNSPACED.test(folded);
  if (!needsSegmenter) {
    for (const w of folded.split(NOT_WORD)) if (w) out.push(w);
    return out;
  }
  const segLang = UNSPACED_LANGS.has(lang) ? lang : HAN.test(folded) ? "zh" : THAI.test(folded) ? "th" : lang;
  for (const part of segmenter(segLang).segment(folded)) {
    if (part.isWordLike && LETTER.test(part.segment)) out.push(part.segment);
  }
  return out;
}

// --- stemmers -------------------------------------------------------------------------------

function stemEnglish(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith("ies") && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith("sses")) s = s.slice(0, -2);
  else if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith("es") && s.length > 4 && /(?:sh|ch|x|ss|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith("ly") && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith("y") && s.length > 3) s = `${s.slice(0, -1)}i`;
  if (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  // Doubled final consonants: "cancelled"/"cancel", "billing"/"bill".
  if (/([bcdfgklmnprstvz])\1$/.test(s) && s.length > 3) s = s.slice(0, -1);
  return s;
}

const RU_REFLEXIVE = ["ся", "сь"];
// Longest first; a stem keeps at least three letters.
const RU_ENDINGS = [
  "ывающ",
  "ивающ",
  "ениями",
  "ениях",
  "ением",
  "ениям",
  "ения",
  "ение",
  "ений",
  "ению",
  "ость",
  "ости",
  "остью",
  "ировать",
  "ировал",
  "ировала",
  "ирован",
  "ованы",
  "ованн",
  "иями",
  "ями",
  "ами",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ешь",
  "ете",
  "ишь",
  "ите",
  "ают",
  "яют",
  "уют",
  "ала",
  "яла",
  "ила",
  "ела",
  "ыла",
  "али",
  "яли",
  "или",
  "ели",
  "ыли",
  "ало",
  "ило",
  "ело",
  "ное",
  "ная",
  "ные",
  "ный",
  "ний",
  "ной",
  "ным",
  "ных",
  "ать",
  "ять",
  "еть",
  "ить",
  "уть",
  "ыть",
  "ешь",
  "ует",
  "ают",
  "ает",
  "яет",
  "ится",
  "ется",
  "ую",
  "юю",
  "ая",
  "яя",
  "ое",
  "ее",
  "ые",
  "ие",
  "ый",
  "ий",
  "ой",
  "ей",
  "ем",
  "ам",
  "ям",
  "ом",
  "ах",
  "ях",
  "ов",
  "ев",
  "ию",
  "ия",
  "ть",
  "ла",
  "ли",
  "ло",
  "ет",
  "ит",
  "ут",
  "ют",
  "ат",
  "ят",
  "ал",
  "ял",
  "ил",
  "ел",
  "ыл",
  "им",
  "ым",
  "ых",
  "их",
  "ю",
  "у",
  "а",
  "я",
  "о",
  "е",
  "ы",
  "и",
  "ь",
  "й",
].sort((a, b) => b.length - a.length);

function stripLongest(w: string, endings: readonly string[], minStem: number): string {
  for (const e of endings) {
    if (w.length - e.length >= minStem && w.endsWith(e)) return w.slice(0, -e.length);
  }
  return w;
}

function stemRussian(w: string): string {
  if (w.length <= 3 || !/[а-я]/.test(w)) return w;
  let s = w;
  for (const r of RU_REFLEXIVE)
    if (s.length > 5 && s.endsWith(r)) {
      s = s.slice(0, -2);
      break;
    }
  s = stripLongest(s, RU_ENDINGS, 3);
  // "денег"/"деньги", "пароль"/"пароля": a soft sign at the end of a stem says little.
  if (s.endsWith("ь") && s.length > 3) s = s.slice(0, -1);
  return s;
}

// Azerbaijani suffixes after folding (ə→e, ı→i, ü→u, ö→o, ş→s, ç→c, ğ→g), so one list covers both
// vowel harmonies and both ways of typing. Stripped up to three times, longest first.
const AZ_SUFFIXES = [
  "misam",
  "musam",
  "mis",
  "mus",
  "mirem",
  "miram",
  "muram",
  "yirem",
  "yiram",
  "yuram",
  "irem",
  "iram",
  "uram",
  "meyib",
  "mayib",
  "mayir",
  "meyir",
  "mir",
  "mur",
  "acaq",
  "ecek",
  "ecem",
  "acam",
  "maq",
  "mek",
  "dim",
  "dum",
  "dik",
  "duk",
  "tim",
  "tum",
  "tik",
  "tuk",
  "diniz",
  "dunuz",
  "siniz",
  "sunuz",
  "iniz",
  "unuz",
  "imiz",
  "umuz",
  "miz",
  "muz",
  "niz",
  "nuz",
  "lari",
  "leri",
  "larin",
  "lerin",
  "lar",
  "ler",
  "dan",
  "den",
  "tan",
  "ten",
  "nin",
  "nun",
  "nda",
  "nde",
  "sin",
  "sun",
  "ini",
  "unu",
  "ina",
  "ine",
  "una",
  "ya",
  "ye",
  "da",
  "de",
  "ta",
  "te",
  "ni",
  "nu",
  "na",
  "ne",
  "si",
  "su",
  "di",
  "du",
  "ti",
  "tu",
  "im",
  "um",
  "in",
  "un",
  "ir",
  "ur",
  "ar",
  "er",
  "ib",
  "ub",
  "a",
  "e",
  "i",
  "u",
].sort((a, b) => b.length - a.length);

function stemAzerbaijani(w: string): string {
  if (w.length <= 4 || /\d/.test(w)) return w;
  let s = w;
  for (let i = 0; i < 3; i++) {
    const next = stripLongest(s, AZ_SUFFIXES, 3);
    if (next === s) break;
    s = next;
  }
  return s;
}

// Arabic light stemming (after "Light10"): the article and conjunction prefixes, and the common
// plural, dual and pronoun suffixes.
const AR_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const AR_SUFFIXES = ["هما", "كما", "تها", "ها", "ان", "ات", "ون", "ين", "يه", "ته", "نا", "كم", "هم", "ني", "ه", "ي"];

function stemArabic(w: string): string {
  if (!/[\u0600-\u06FF]/u.test(w)) return w;
  let s = w;
  if (s.length > 3 && s.startsWith("و")) s = s.slice(1);
  for (const p of AR_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 2) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const suffix of AR_SUFFIXES) {
    if (s.length - suffix.length >= 2 && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s;
}

// Korean: a phrase is a word plus particles (비밀번호를 = password + object marker). The particles
// and the politest sentence endings are cut; the rest is matched by syllable pairs (see terms()).
const KO_PARTICLES = [
  "에서는",
  "으로는",
  "에게서",
  "한테서",
  "이라도",
  "까지",
  "부터",
  "에서",
  "에게",
  "한테",
  "으로",
  "처럼",
  "보다",
  "하고",
  "이랑",
  "이나",
  "이요",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "에",
  "의",
  "도",
  "만",
  "로",
  "와",
  "과",
  "랑",
  "요",
].sort((a, b) => b.length - a.length);

function stemKorean(w: string): string {
  if (!HANGUL.test(w) || [...w].length < 2) return w;
  for (const p of KO_PARTICLES) {
    if (w.endsWith(p) && [...w].length - [...p].length >= 1) return w.slice(0, -p.length);
  }
  return w;
}

// Articles repeat their words: each language remembers the stems it computed (bounded).
const stemCache = new Map<string, Map<string, string>>();
const STEM_CACHE_SIZE = 100_000;

export function stem(word: string, lang: string): string {
  let cache = stemCache.get(lang);
  if (!cache) stemCache.set(lang, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    s = stemUncached(word, lang);
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    cache.set(word, s);
  }
  return s;
}

function stemUncached(word: string, lang: string): string {
  switch (lang) {
    case "en":
      return stemEnglish(word);
    case "ru":
      return stemRussian(word);
    case "az":
      return stemAzerbaijani(word);
    case "ar":
      return stemArabic(word);
    case "ko":
      return stemKorean(word);
    default:
      // Words of another script inside the text get their own language's treatment.
      if (/[а-я]/.test(word)) return stemRussian(word);
      if (/^[a-z]+$/.test(word)) return stemEnglish(word);
      if (/[\u0600-\u06FF]/u.test(word)) return stemArabic(word);
      return word;
  }
}

/** Characters of a word, by code point. */
export const chars = (w: string): string[] => [...w];

/** Pieces two characters long, for Chinese, Japanese and Korean words (matching inside compounds). */
export function pairs(w: string): string[] {
  const c = chars(w);
  if (c.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(`${c[i]}${c[i + 1]}`);
  return out;
}

/** Whether a word is written in a script that is matched by character pairs. */
export const usesPairs = (w: string) => HAN.test(w) || HANGUL.test(w);

/**
 * Tokens of a text in one language: folded, segmented, stemmed. Chinese and Japanese single
 * characters that ICU left apart ("重|置") are joined back into one word first: a customer's
 * spelling often splits a word the dictionary does not know.
 */
export function tokenize(text: string, lang: string): Token[] {
  const ws = words(fold(text), lang);
  const merged: string[] = [];
  for (const w of ws) {
    const prev = merged[merged.length - 1];
    if (
      prev !== undefined &&
      HAN.test(w) &&
      chars(w).length === 1 &&
      HAN.test(prev) &&
      chars(prev).length === 1 &&
      !STOP_ZH_SINGLE.has(w) &&
      !STOP_ZH_SINGLE.has(prev)
    ) {
      merged[merged.length - 1] = prev + w;
    } else merged.push(w);
  }
  return merged.map((w, pos) => ({ term: stem(w, lang), pos, surface: w }));
}

const STOP_ZH_SINGLE = new Set("的了吗呢吧啊呀我你他她它是在有和就都也还要想会能把被给让对从向跟与及或个这那哪么么".split(""));
