// Knowledge-base search on a big help centre: the 48 real articles in all seven languages among
// generated articles in the same seven languages (bench/support/kb-corpus.ts), 30,000+
// translations in all. Measures, through searchKb (the code the bot and the API call):
// - relevance per language: for the realistic customer questions in tests/kb-relevance/<lang>.json,
//   the share whose right article is in the top 3;
// - latency at 20 concurrent searches (p50, p99) and CPU per search (this process plus the
//   database backends, read from /proc when the server runs on this machine);
// each timing the median of three runs. Also how long the index takes to build.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import pg from "pg";
import { applyMigrations } from "../src/db/migrate.js";
import { createPrismaClient, MIGRATIONS_DIR } from "../src/db/index.js";
import { seedDefaults } from "../src/db/seed.js";
import { searchKb } from "../src/domain/kb/search.js";
import { kbIndex } from "../src/domain/kb/sync.js";
import { generateTranslation, generatorFromTexts, prng, type GeneratedTranslation } from "./support/kb-corpus.js";
import { benchDatabase } from "./support/database.js";
import { median, percentile, round, type Benchmark, type BenchRow } from "./types.js";
import { backendCpuMs } from "./support/backend-cpu.js";

const LANGUAGES = ["en", "ru", "ko", "az", "ar", "th", "zh"] as const;
/** Generated articles, each in all seven languages: with the seed, 30,000+ translations. */
const GENERATED = Number(process.env.BENCH_KB_ARTICLES ?? 4_250);
const CONCURRENCY = 20;
const SEARCHES_PER_RUN = 3_000;
const RUNS = 3;
const BATCH = 250;
const RELEVANCE_DIR = resolve(import.meta.dirname, "../tests/kb-relevance");

interface Case {
  q: string;
  expect: string[];
}

function relevanceCases(): Map<string, Case[]> {
  const out = new Map<string, Case[]>();
  if (!existsSync(RELEVANCE_DIR)) return out;
  for (const name of readdirSync(RELEVANCE_DIR).sort()) {
    const m = /^([a-z]{2})\.json$/.exec(name);
    if (m) out.set(m[1]!, JSON.parse(readFileSync(resolve(RELEVANCE_DIR, name), "utf8")) as Case[]);
  }
  return out;
}

async function addGenerated(client: pg.Client, count: number) {
  const rand = prng(42);
  // Languages without a hand-written vocabulary draw on the words of their real articles.
  const real = await client.query<{ lang: string; text: string }>(
    `SELECT lang, title || ' ' || body || ' ' || array_to_string(keywords, ' ') AS text FROM kb_translations`,
  );
  const generators = new Map<string, (r: () => number) => GeneratedTranslation>();
  for (const lang of LANGUAGES) {
    if (lang === "en" || lang === "ru" || lang === "zh") generators.set(lang, (r) => generateTranslation(lang, r));
    else
      generators.set(
        lang,
        generatorFromTexts(
          lang,
          real.rows.filter((r) => r.lang === lang).map((r) => r.text),
        ),
      );
  }
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const slugs: string[] = [];
    const views: number[] = [];
    const helpful: number[] = [];
    const rows: { slug: string[]; lang: string[]; title: string[]; body: string[]; keywords: string[] } = {
      slug: [],
      lang: [],
      title: [],
      body: [],
      keywords: [],
    };
    for (let i = 0; i < n; i++) {
      const slug = `generated-${String(start + i).padStart(6, "0")}`;
      slugs.push(slug);
      // Most articles are read rarely, a few a lot.
      views.push(Math.floor(5000 * rand() ** 4));
      helpful.push(Math.floor(200 * rand() ** 4));
      for (const lang of LANGUAGES) {
        const t = generators.get(lang)!(rand);
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

/** Questions for the timed runs: the relevance questions, real keywords (some misspelt), noise. */
function latencyQueries(cases: Map<string, Case[]>, keywords: Array<[string, string]>): Array<[string, string]> {
  const rand = prng(7);
  const out: Array<[string, string]> = [];
  for (const [lang, list] of cases) for (const c of list) out.push([c.q, lang]);
  const typo = (w: string) => {
    if (w.length < 5) return w;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return rand() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const target = Math.max(600, out.length * 2);
  while (out.length < target * 0.8) {
    const [kw, lang] = keywords[Math.floor(rand() * keywords.length)]!;
    out.push([rand() < 0.3 ? kw.split(" ").map(typo).join(" ") : kw, lang]);
  }
  while (out.length < target) {
    const lang = (["en", "ru", "zh"] as const)[out.length % 3]!;
    out.push([generateTranslation(lang, rand).keywords[0]!, lang]);
  }
  return out;
}

export const kb: Benchmark = {
  name: "kb",
  async run() {
    const db = await benchDatabase("kb");
    const client = new pg.Client({ connectionString: db.url });
    const prisma = createPrismaClient(db.url, 4);
    const database = new URL(db.url).pathname.slice(1);
    try {
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await seedDefaults(prisma, []);
      await client.connect();
      const loadStarted = performance.now();
      await addGenerated(client, GENERATED);
      const total = (await client.query("SELECT count(*)::int AS n FROM kb_translations")).rows[0].n as number;
      console.error(`kb: ${total} translations written in ${round((performance.now() - loadStarted) / 1000, 1)} s`);

      const buildStarted = performance.now();
      const index = await kbIndex(prisma);
      const buildMs = performance.now() - buildStarted;
      console.error(
        `kb: index of ${index.translations} translations built in ${round(buildMs / 1000, 1)} s, heap ${round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
      );

      const cases = relevanceCases();
      const keywords = (
        await client.query<{ k: string; lang: string }>(
          `SELECT unnest(t.keywords) AS k, t.lang FROM kb_translations t JOIN kb_articles a ON a.id = t.article_id WHERE a.category <> 'generated'`,
        )
      ).rows.map((r) => [r.k, r.lang] as [string, string]);
      const queries = latencyQueries(cases, keywords);
      for (const [q, lang] of queries.slice(0, 200)) await searchKb(prisma, q, lang, 3); // warm-up

      const p50s: number[] = [];
      const p99s: number[] = [];
      const cpuPerSearch: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const times: number[] = [];
        let next = 0;
        const cpu0 = process.cpuUsage();
        const db0 = await backendCpuMs(client, database);
        const worker = async () => {
          while (next < SEARCHES_PER_RUN) {
            const [q, lang] = queries[next++ % queries.length]!;
            const t0 = performance.now();
            await searchKb(prisma, q, lang, 3);
            times.push(performance.now() - t0);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        const cpu = process.cpuUsage(cpu0);
        const dbCpu = (await backendCpuMs(client, database)) - db0;
        times.sort((a, b) => a - b);
        p50s.push(percentile(times, 50));
        p99s.push(percentile(times, 99));
        cpuPerSearch.push(((cpu.user + cpu.system) / 1000 + dbCpu) / times.length);
        console.error(
          `kb: run ${run + 1}: ${times.length} searches, ${CONCURRENCY} at once: p50 ${round(percentile(times, 50), 2)} ms, p99 ${round(percentile(times, 99), 2)} ms, ` +
            `max ${round(times.at(-1)!, 2)} ms; CPU ${round(cpuPerSearch.at(-1)!, 3)} ms per search (database ${round(dbCpu, 0)} ms in all); ` +
            // Latency is only as good as the share of a core this process gets: say how busy the machine was.
            `machine load ${round(loadavg()[0]!, 1)} on ${cpus().length} cores`,
        );
      }

      const rows: BenchRow[] = [
        { name: "kb_search_p50_ms", value: round(median(p50s), 2), unit: "ms", target: "< 20" },
        { name: "kb_search_p99_ms", value: round(median(p99s), 2), unit: "ms", target: "< 20" },
        { name: "kb_search_cpu_ms", value: round(median(cpuPerSearch), 3), unit: "ms", target: "< 1" },
        { name: "kb_index_build_ms", value: round(buildMs, 0), unit: "ms", target: "-" },
        { name: "kb_translations", value: total, unit: "count", target: ">= 30000" },
      ];
      for (const lang of LANGUAGES) {
        const list = cases.get(lang);
        if (!list?.length) {
          console.error(`kb: no relevance questions for ${lang} (tests/kb-relevance/${lang}.json)`);
          continue;
        }
        let inTop3 = 0;
        for (const c of list) {
          const hits = await searchKb(prisma, c.q, lang, 3);
          if (hits.some((h) => c.expect.includes(h.slug))) inTop3++;
          else console.error(`kb: not in the top 3 (${lang}): "${c.q}" -> ${c.expect.join(" / ")}; got ${hits.map((h) => h.slug).join(", ") || "nothing"}`);
        }
        rows.push({
          name: `kb_top3_percent_${lang}`,
          value: round((100 * inTop3) / list.length, 1),
          unit: "percent",
          target: lang === "en" || lang === "ru" ? ">= 95" : ">= 90",
        });
      }
      return rows;
    } finally {
      await prisma.$disconnect().catch(() => undefined);
      await client.end().catch(() => undefined);
      await db.drop();
    }
  },
};
