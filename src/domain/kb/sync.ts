import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { DbClient } from "../../db/index.js";
import { KbIndex, type IndexArticle } from "./engine/kb-index.js";

// Each process keeps the knowledge base's search index in memory (tens of thousands of
// translations at most) and follows the database: triggers count every change that search sees
// in kb_index_state and log the changed articles in kb_index_changes (see the kb_memory_index
// migration). Before a search, an index older than CHECK_INTERVAL_MS reads the counter (one row)
// and reloads only the articles changed since; edits made through this process mark the index
// stale at once, so its own next search sees them. Another instance's edit shows here within
// CHECK_INTERVAL_MS.

export const CHECK_INTERVAL_MS = 250;
/** Past this share of replaced translations, the index is rebuilt to free their space. */
const REBUILD_GARBAGE_SHARE = 0.3;
/** More changed articles than this share of the index: a rebuild is cheaper than patching. */
const REBUILD_CHANGED_SHARE = 0.25;

interface Synced {
  index: KbIndex;
  version: bigint;
  checkedAt: number;
  /** localEdits when last checked. */
  edits: number;
  refreshing: Promise<KbIndex> | null;
}

// By client object: each database (each test's, each benchmark's) has its own index.
const synced = new WeakMap<object, Synced>();
// Edits made through this process (through any client or transaction): every index re-checks.
let localEdits = 0;

interface ArticleRow {
  id: number;
  slug: string;
  published: boolean;
  helpful_yes: number;
  helpful_no: number;
  translations: unknown;
  learned: unknown;
}

const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

const ARTICLES_SQL = `
SELECT a.id, a.slug, a.status::text = 'published' AS published, a.helpful_yes, a.helpful_no,
  coalesce((SELECT json_agg(json_build_object('lang', t.lang, 'title', t.title, 'body', t.body, 'keywords', t.keywords) ORDER BY t.lang)
            FROM kb_translations t WHERE t.article_id = a.id), '[]'::json) AS translations,
  coalesce((SELECT json_agg(json_build_object('lang', l.lang, 'query', l.query) ORDER BY l.id)
            FROM kb_query_links l WHERE l.article_id = a.id), '[]'::json) AS learned
FROM kb_articles a`;

async function loadArticles(db: DbClient, ids: number[] | null): Promise<IndexArticle[]> {
  const rows = ids
    ? await db.$queryRawUnsafe<ArticleRow[]>(`${ARTICLES_SQL} WHERE a.id = ANY($1::int[])`, ids)
    : await db.$queryRawUnsafe<ArticleRow[]>(`${ARTICLES_SQL} WHERE a.status = 'published'`);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    published: r.published,
    helpfulYes: r.helpful_yes,
    helpfulNo: r.helpful_no,
    translations: json<IndexArticle["translations"]>(r.translations),
    learned: json<IndexArticle["learned"]>(r.learned),
  }));
}

async function readVersion(db: DbClient): Promise<bigint> {
  const rows = await db.$queryRawUnsafe<Array<{ version: bigint | number | string }>>(`SELECT version FROM kb_index_state WHERE id = 1`);
  return BigInt(rows[0]?.version ?? 0);
}

/** How long indexing runs before it lets waiting requests and updates through. */
const INDEXING_SLICE_MS = 10;

async function build(db: DbClient): Promise<{ index: KbIndex; version: bigint }> {
  // The version first: a change committed while loading is applied again on the next check.
  const version = await readVersion(db);
  const index = new KbIndex();
  // A whole knowledge base takes hundreds of milliseconds to index: in one go, every request and
  // update arriving meanwhile would wait for all of it.
  let sliceStart = performance.now();
  for (const a of await loadArticles(db, null)) {
    index.put(a);
    if (performance.now() - sliceStart > INDEXING_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return { index, version };
}

async function refresh(db: DbClient, s: Synced): Promise<KbIndex> {
  const version = await readVersion(db);
  if (version !== s.version) {
    const rows = await db.$queryRawUnsafe<Array<{ article_id: number; oldest: bigint | number | string }>>(
      `SELECT DISTINCT article_id, (SELECT min(version) FROM kb_index_changes) AS oldest
       FROM kb_index_changes WHERE version > $1::bigint AND version <= $2::bigint`,
      s.version.toString(),
      version.toString(),
    );
    const oldest = rows[0] ? BigInt(rows[0].oldest) : version;
    const ids = rows.map((r) => r.article_id);
    if (oldest > s.version + 1n || ids.length > Math.max(50, s.index.articles * REBUILD_CHANGED_SHARE)) {
      const fresh = await build(db);
      s.index = fresh.index;
      s.version = fresh.version;
    } else {
      const loaded = new Map((await loadArticles(db, ids)).map((a) => [a.id, a]));
      for (const id of ids) {
        const a = loaded.get(id);
        if (a) s.index.put(a);
        else s.index.remove(id);
      }
      s.version = version;
      if (s.index.garbageShare > REBUILD_GARBAGE_SHARE) {
        const fresh = await build(db);
        s.index = fresh.index;
        s.version = fresh.version;
      }
    }
  }
  s.checkedAt = Date.now();
  return s.index;
}

/** The in-memory index of this database's knowledge base, brought up to date when due. */
export async function kbIndex(db: DbClient): Promise<KbIndex> {
  let s = synced.get(db);
  if (!s) {
    const started = localEdits;
    const pending = build(db).then(({ index, version }) => {
      const fresh: Synced = { index, version, checkedAt: Date.now(), edits: started, refreshing: null };
      synced.set(db, fresh);
      return fresh;
    });
    // Searches that arrive while the first build runs wait for the same one. A failed build
    // fails them; with none waiting, it is the caller's to report, not an unhandled rejection.
    const refreshing = pending.then((f) => f.index);
    refreshing.catch(() => undefined);
    const placeholder: Synced = { index: new KbIndex(), version: -1n, checkedAt: 0, edits: started, refreshing };
    synced.set(db, placeholder);
    try {
      return (await pending).index;
    } catch (err) {
      synced.delete(db);
      throw err;
    }
  }
  if (s.refreshing) return s.refreshing;
  if (s.edits === localEdits && Date.now() - s.checkedAt < CHECK_INTERVAL_MS) return s.index;
  const current = s;
  current.edits = localEdits;
  current.refreshing = refresh(db, current).finally(() => {
    current.refreshing = null;
  });
  return current.refreshing;
}

/** The next search re-reads the version: for edits this process just made. */
export function kbIndexChanged(): void {
  localEdits++;
}
