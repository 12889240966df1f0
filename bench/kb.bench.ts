// Knowledge-base search on a big help centre: the 48 real articles (English and Russian, plus
// Chinese translations of eight of them, written here) among 10,000 generated articles in English,
// Russian and Chinese (bench/support/kb-corpus.ts), 30,000+ translations in all. Measures the
// latency of searchKb (the code the bot and the API call) over a few hundred questions, and
// relevance: for a fixed list of real questions, typos included, the share whose right article
// is in the top 3. The EXPLAIN of the main query is printed for the record.
import pg from "pg";
import { applyMigrations } from "../src/db/migrate.js";
import { createPrismaClient, MIGRATIONS_DIR } from "../src/db/index.js";
import { seedDefaults } from "../src/db/seed.js";
import { searchKb } from "../src/domain/kb/search.js";
import { generateTranslation, prng } from "./support/kb-corpus.js";
import { benchDatabase } from "./support/database.js";
import { percentile, round, type Benchmark } from "./types.js";

const GENERATED = Number(process.env.BENCH_KB_ARTICLES ?? 10_000);
const LATENCY_QUERIES = 400;
const BATCH = 500;

/** Chinese translations of some real articles, so Chinese questions have a right answer. */
const CHINESE: Record<string, { title: string; body: string; keywords: string[] }> = {
  "forgot-password": {
    title: "忘记密码了？",
    body: "没关系，几分钟就能设置新密码。1. 在登录页面点击“忘记密码”。2. 输入与账户绑定的邮箱。3. 打开我们的邮件并点击重置链接，链接只能使用一次，一小时内有效。4. 设置一个至少10个字符的新密码。没有收到邮件？请检查垃圾邮件文件夹。",
    keywords: ["忘记密码", "重置密码", "找回密码", "密码忘了", "修改密码"],
  },
  "request-a-refund": {
    title: "如何申请退款",
    body: "如果购买出现问题，可以直接在应用内申请退款。1. 打开设置 > 支付 > 历史记录。2. 点击该笔付款并选择“申请退款”。3. 选择原因并补充说明。大多数申请会在两个工作日内审核，款项会原路退回，银行卡通常需要5到10个工作日到账。",
    keywords: ["退款", "申请退款", "退钱", "把钱退回来", "退款政策"],
  },
  "double-charge": {
    title: "被重复扣款了",
    body: "很抱歉，我们来处理。先确认是否真的扣了两次：打开设置 > 支付 > 历史记录，查看当天成功的付款。如果只有一笔，银行应用里的第二笔通常是失败尝试的临时冻结，3到5个工作日内会自动消失。确认重复扣款后我们会全额退还。",
    keywords: ["重复扣款", "扣了两次", "扣费两次", "重复付款", "多扣钱"],
  },
  "cancel-subscription": {
    title: "如何取消订阅",
    body: "您可以随时取消订阅。打开设置 > 订阅，点击“取消订阅”并确认。当前计费周期结束前仍可使用付费功能，之后不会再扣费。",
    keywords: ["取消订阅", "退订", "停止订阅", "取消自动续费"],
  },
  "card-declined": {
    title: "为什么我的银行卡被拒绝？",
    body: "拒绝几乎总是来自您的发卡银行。请检查卡号、有效期和安全码是否正确，卡内余额是否充足，是否开通了网上支付和境外支付。如果银行发送了确认短信，请在几分钟内确认。仍然失败请联系银行。",
    keywords: ["银行卡被拒", "支付失败", "卡被拒绝", "付不了款", "余额不足"],
  },
  "change-email": {
    title: "修改邮箱地址",
    body: "打开设置 > 账户 > 邮箱，输入新的邮箱地址，我们会向新旧两个邮箱发送确认邮件。两个都确认后修改生效。",
    keywords: ["修改邮箱", "更换邮箱", "邮箱地址", "换邮箱"],
  },
  "enable-dark-mode": {
    title: "开启深色模式",
    body: "打开设置 > 外观，选择“深色”或“跟随系统”。深色模式在夜间更护眼，也更省电。",
    keywords: ["深色模式", "夜间模式", "暗黑模式", "黑色主题"],
  },
  "contact-a-human": {
    title: "如何联系人工客服",
    body: "在聊天中发送“人工”或点击“联系客服”按钮，我们的客服人员会尽快回复。紧急的支付和安全问题会优先处理。",
    keywords: ["人工客服", "联系客服", "转人工", "真人客服"],
  },
};

/** Real questions and the article that must be in the top 3. */
const RELEVANCE: Array<[query: string, lang: string, slug: string]> = [
  ["forgot password", "en", "forgot-password"],
  ["I forgot my passwrd and cant log in", "en", "forgot-password"],
  ["refnd", "en", "request-a-refund"],
  ["how do I get my money back", "en", "request-a-refund"],
  ["where is my refund", "en", "refund-status"],
  ["charged twice", "en", "double-charge"],
  ["I was billed two times for one order", "en", "double-charge"],
  ["card declined", "en", "card-declined"],
  ["my card keeps getting declined", "en", "card-declined"],
  ["cancel subscribtion", "en", "cancel-subscription"],
  ["change email address", "en", "change-email"],
  ["delete my acount", "en", "delete-account"],
  ["two factor authentication", "en", "set-up-2fa"],
  ["lost phone with 2fa codes", "en", "lost-2fa-device"],
  ["someone hacked my account", "en", "hacked-account"],
  ["app keeps crashing", "en", "app-crashes"],
  ["dark mode", "en", "enable-dark-mode"],
  ["promo code not working", "en", "promo-code-not-working"],
  ["download invoice", "en", "download-invoice-receipt"],
  ["talk to a human", "en", "contact-a-human"],
  ["upgrade plan", "en", "upgrade-or-downgrade-plan"],
  ["payment failed but money was taken", "en", "payment-failed-money-charged"],
  ["забыл пароль", "ru", "forgot-password"],
  ["двойное спсиание", "ru", "double-charge"],
  ["как вернуть деньги", "ru", "request-a-refund"],
  ["отменить подписку", "ru", "cancel-subscription"],
  ["карта отклонена", "ru", "card-declined"],
  ["аккаунт взломали", "ru", "hacked-account"],
  ["приложение вылетает", "ru", "app-crashes"],
  ["сменить номер телефона", "ru", "change-phone"],
  ["тёмная тема", "ru", "enable-dark-mode"],
  ["промакод не работает", "ru", "promo-code-not-working"],
  ["где мой возврат", "ru", "refund-status"],
  ["card declined", "ru", "card-declined"],
  ["忘记密码了怎么办", "zh", "forgot-password"],
  ["收不到重置密码的邮件", "zh", "forgot-password"],
  ["申请退款", "zh", "request-a-refund"],
  ["扣了两次钱", "zh", "double-charge"],
  ["取消订阅", "zh", "cancel-subscription"],
  ["银行卡被拒绝了", "zh", "card-declined"],
  ["深色模式", "zh", "enable-dark-mode"],
  ["转人工", "zh", "contact-a-human"],
];

async function addChinese(client: pg.Client) {
  for (const [slug, t] of Object.entries(CHINESE)) {
    await client.query(
      `INSERT INTO kb_translations (article_id, lang, title, body, keywords, updated_at)
       SELECT id, 'zh', $2, $3, $4, now() FROM kb_articles WHERE slug = $1`,
      [slug, t.title, t.body, t.keywords],
    );
  }
}

async function addGenerated(client: pg.Client, count: number) {
  const rand = prng(42);
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const slugs: string[] = [];
    const views: number[] = [];
    const helpful: number[] = [];
    const rows: { slug: string[]; lang: string[]; title: string[]; body: string[]; keywords: string[] } = { slug: [], lang: [], title: [], body: [], keywords: [] };
    for (let i = 0; i < n; i++) {
      const slug = `generated-${String(start + i).padStart(6, "0")}`;
      slugs.push(slug);
      // Most articles are read rarely, a few a lot.
      views.push(Math.floor(5000 * rand() ** 4));
      helpful.push(Math.floor(200 * rand() ** 4));
      for (const lang of ["en", "ru", "zh"] as const) {
        const t = generateTranslation(lang, rand);
        rows.slug.push(slug);
        rows.lang.push(lang);
        rows.title.push(t.title);
        rows.body.push(t.body);
        rows.keywords.push(JSON.stringify(t.keywords));
      }
    }
    await client.query(
      `INSERT INTO kb_articles (slug, category, status, views, helpful_yes, updated_at)
       SELECT s, 'generated', 'published', v, h, now() FROM unnest($1::text[], $2::int[], $3::int[]) AS x(s, v, h)`,
      [slugs, views, helpful],
    );
    await client.query(
      `INSERT INTO kb_translations (article_id, lang, title, body, keywords, updated_at)
       SELECT a.id, x.l, x.t, x.b, ARRAY(SELECT jsonb_array_elements_text(x.k::jsonb)), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(s, l, t, b, k)
       JOIN kb_articles a ON a.slug = x.s`,
      [rows.slug, rows.lang, rows.title, rows.body, rows.keywords],
    );
  }
}

/** Questions for the latency run: the relevance list, real keywords (some misspelt), noise words. */
function latencyQueries(seedKeywords: Array<[string, string]>): Array<[string, string]> {
  const rand = prng(7);
  const out: Array<[string, string]> = RELEVANCE.map(([q, lang]) => [q, lang]);
  const typo = (w: string) => {
    if (w.length < 5) return w;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return rand() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  while (out.length < LATENCY_QUERIES * 0.7) {
    const [kw, lang] = seedKeywords[Math.floor(rand() * seedKeywords.length)]!;
    out.push([rand() < 0.3 ? kw.split(" ").map(typo).join(" ") : kw, lang]);
  }
  while (out.length < LATENCY_QUERIES) {
    const lang = (["en", "ru", "zh"] as const)[out.length % 3]!;
    const t = generateTranslation(lang, rand);
    out.push([t.keywords[0]!, lang]);
  }
  return out;
}

export const kb: Benchmark = {
  name: "kb",
  async run() {
    const db = await benchDatabase("kb");
    const client = new pg.Client({ connectionString: db.url });
    const prisma = createPrismaClient(db.url, 4);
    try {
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await seedDefaults(prisma, []);
      await client.connect();
      await addChinese(client);
      const loadStarted = performance.now();
      await addGenerated(client, GENERATED);
      // Merges the GIN indexes' pending lists and gathers statistics, as autovacuum would.
      await client.query("VACUUM ANALYZE kb_translations");
      await client.query("VACUUM ANALYZE kb_articles");
      await client.query("VACUUM ANALYZE kb_words");
      const total = (await client.query("SELECT count(*)::int AS n FROM kb_translations")).rows[0].n;
      console.error(`kb: ${total} translations loaded in ${round((performance.now() - loadStarted) / 1000, 1)} s`);

      const seedKeywords = (
        await client.query<{ k: string; lang: string }>(
          `SELECT unnest(t.keywords) AS k, t.lang FROM kb_translations t JOIN kb_articles a ON a.id = t.article_id WHERE a.category <> 'generated'`,
        )
      ).rows.map((r) => [r.k, r.lang] as [string, string]);
      const queries = latencyQueries(seedKeywords);

      for (const [q, lang] of queries.slice(0, 50)) await searchKb(prisma, q, lang, 3); // warm-up
      const timed: Array<{ q: string; lang: string; ms: number }> = [];
      for (const [q, lang] of queries) {
        const t0 = performance.now();
        await searchKb(prisma, q, lang, 3);
        timed.push({ q, lang, ms: performance.now() - t0 });
      }
      const times = timed.map((t) => t.ms).sort((a, b) => a - b);
      const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5);
      console.error(`kb: slowest: ${slowest.map((t) => `"${t.q}" (${t.lang}) ${round(t.ms, 1)} ms`).join("; ")}`);

      let inTop3 = 0;
      for (const [q, lang, slug] of RELEVANCE) {
        const hits = await searchKb(prisma, q, lang, 3);
        if (hits.some((h) => h.slug === slug)) inTop3++;
        else console.error(`kb: not in the top 3: "${q}" (${lang}) -> ${slug}; got ${hits.map((h) => h.slug).join(", ") || "nothing"}`);
      }
      const top3 = (100 * inTop3) / RELEVANCE.length;
      console.error(
        `kb: ${queries.length} searches: p50 ${round(percentile(times, 50), 2)} ms, p99 ${round(percentile(times, 99), 2)} ms, max ${round(times.at(-1)!, 2)} ms; ` +
          `right article in the top 3 for ${inTop3}/${RELEVANCE.length}`,
      );

      return [
        { name: "kb_search_p50_ms", value: round(percentile(times, 50), 2), unit: "ms", target: "< 20" },
        { name: "kb_search_p99_ms", value: round(percentile(times, 99), 2), unit: "ms", target: "< 20" },
        { name: "kb_top3_percent", value: round(top3, 1), unit: "percent", target: ">= 90" },
      ];
    } finally {
      await prisma.$disconnect().catch(() => undefined);
      await client.end().catch(() => undefined);
      await db.drop();
    }
  },
};
