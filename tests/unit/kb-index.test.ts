import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CONFIDENT_QUALITY, KbIndex, type IndexArticle } from "../../src/domain/kb/engine/kb-index.js";

// The search engine alone, over the seeded help centre in seven languages (no database).

const SEED = resolve(import.meta.dirname, "../../prisma/seed");
const LANGS = ["en", "ru", "ko", "az", "ar", "th", "zh"] as const;

interface SeedArticle {
  slug: string;
  translations: Record<string, { title: string; body: string; keywords: string[] }>;
}

function seededArticles(): IndexArticle[] {
  const base = JSON.parse(readFileSync(resolve(SEED, "kb-articles.json"), "utf8")) as SeedArticle[];
  const extra = Object.fromEntries(
    (["ko", "az", "ar", "th", "zh"] as const).map((l) => [l, JSON.parse(readFileSync(resolve(SEED, `translations/${l}.json`), "utf8")).articles]),
  ) as Record<string, Record<string, { title: string; body: string; keywords: string[] }>>;
  return base.map((a, i) => ({
    id: i + 1,
    slug: a.slug,
    published: true,
    helpfulYes: 0,
    helpfulNo: 0,
    translations: [
      ...Object.entries(a.translations).map(([lang, t]) => ({ lang, ...t })),
      ...Object.entries(extra).flatMap(([lang, all]) => (all[a.slug] ? [{ lang, ...all[a.slug]! }] : [])),
    ],
    learned: [],
  }));
}

let index: KbIndex;
const top = (q: string, lang: string, n = 3) => index.search(q, lang, n).map((h) => h.slug);

beforeAll(() => {
  index = new KbIndex();
  for (const a of seededArticles()) index.put(a);
  index.put({
    id: 1000,
    slug: "gift-cards",
    published: true,
    helpfulYes: 0,
    helpfulNo: 0,
    translations: [
      { lang: "en", title: "Gift cards and their balance", body: "Open the wallet to see a gift card's balance and expiry date.", keywords: ["gift card"] },
    ],
    learned: [],
  });
});

describe("matching what customers mean, not only what they type", () => {
  it.each([
    ["I want my money back", "en", "request-a-refund"],
    ["let me talk to a person", "en", "contact-a-human"],
    ["stop charging me every month", "en", "cancel-subscription"],
    ["перестаньте списывать деньги каждый месяц", "ru", "cancel-subscription"],
    ["позовите живого человека", "ru", "contact-a-human"],
  ])("%s (%s) finds %s through synonyms", (q, lang, slug) => {
    expect(top(q, lang)).toContain(slug);
  });

  it("corrects typos against the words articles use", () => {
    expect(top("forgot my pasword", "en")[0]).toBe("forgot-password");
    expect(top("двойное спсиание", "ru")[0]).toBe("double-charge");
  });

  it("reads Azerbaijani typed without its letters", () => {
    expect(top("sifremi unutmusam", "az")[0]).toBe("forgot-password");
  });
});

describe("one threshold for every language", () => {
  it.each(LANGS)("%s: the article's own title is a confident answer; nonsense is no answer", (lang) => {
    const forgot = seededArticles().find((a) => a.slug === "forgot-password")!;
    const title = forgot.translations.find((t) => t.lang === lang)!.title;
    const [best] = index.search(title, lang, 1);
    expect(best).toMatchObject({ slug: "forgot-password", lang });
    expect(best!.quality).toBeGreaterThanOrEqual(CONFIDENT_QUALITY);
    const [noise] = index.search("zebrafish xylophone quantum", lang, 1);
    expect(noise === undefined || noise.quality < CONFIDENT_QUALITY).toBe(true);
  });
});

describe("other languages", () => {
  it("shows an article found through English in the customer's language when it has one", () => {
    const [hit] = index.search("I was billed two times for one order", "th", 1);
    expect(hit).toMatchObject({ slug: "double-charge", lang: "th", matchedLang: "en", otherLanguage: false });
  });

  it("shows it in English, saying so, when the customer's language has none", () => {
    const [hit] = index.search("gift card balance", "ko", 1);
    expect(hit).toMatchObject({ slug: "gift-cards", lang: "en", otherLanguage: true });
  });

  it("does not answer a question in the customer's language with a weak English match", () => {
    for (const h of index.search("hesabima gire bilmirem", "az", 3)) expect(h.matchedLang).toBe("az");
  });
});

describe("keeping up with edits", () => {
  it("learns a question an editor linked to an article, and ones like it", () => {
    expect(top("앱이 먹통이에요 아무것도 안 눌려요", "ko", 1)).not.toEqual(["app-crashes"]);
    const crashes = seededArticles().find((a) => a.slug === "app-crashes")!;
    index.put({ ...crashes, learned: [{ lang: "ko", query: "앱이 먹통이에요" }] });
    expect(top("앱이 먹통이에요", "ko", 1)).toEqual(["app-crashes"]);
    expect(top("앱이 먹통이에요 아무것도 안 눌려요", "ko", 1)).toEqual(["app-crashes"]);
  });

  it("forgets a draft and finds an article by its new words", () => {
    index.put({
      id: 2000,
      slug: "platypus",
      published: true,
      helpfulYes: 0,
      helpfulNo: 0,
      translations: [{ lang: "en", title: "Platypus mode", body: "Turn it on.", keywords: [] }],
      learned: [],
    });
    expect(top("platypus", "en")).toEqual(["platypus"]);
    index.put({
      id: 2000,
      slug: "platypus",
      published: false,
      helpfulYes: 0,
      helpfulNo: 0,
      translations: [{ lang: "en", title: "Platypus mode", body: "Turn it on.", keywords: [] }],
      learned: [],
    });
    expect(top("platypus", "en")).toEqual([]);
  });

  it("lets helpful votes decide between equal matches", () => {
    const twin = (id: number, slug: string, helpfulYes: number): IndexArticle => ({
      id,
      slug,
      published: true,
      helpfulYes,
      helpfulNo: 0,
      learned: [],
      translations: [{ lang: "en", title: "Wombat settings", body: "Wombat settings live under Profile.", keywords: [] }],
    });
    index.put(twin(3001, "wombat-a", 0));
    index.put(twin(3002, "wombat-b", 40));
    expect(top("wombat settings", "en", 2)).toEqual(["wombat-b", "wombat-a"]);
  });
});
