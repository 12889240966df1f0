// The knowledge-base ranking query. Folding, typo correction and the full-text queries come
// from SQL functions of the kb_search migration (kb_fold, kb_correct, kb_terms); the ranking
// lives here, where it can be tuned without a migration.
//
// Parameters: $1 question (trimmed, at most MAX_QUERY_CHARS), $2 customer language, $3 limit.
// Two stages keep it within a few milliseconds on tens of thousands of translations:
// 1. candidates from indexes only, in tiers from narrow to wide (see below), put in order by what
//    the narrow row alone tells (how many of the question's words the title and keywords have);
//    the best PRE_RANKED go on (in the benchmark the right article was first here 33 times of 34);
// 2. those few get the expensive signals: full-text rank over the whole article, all words
//    present, the exact phrase, trigram similarity to the title and to the keywords, popularity.
// The customer's language is searched with its own configuration, English with 'english'; an
// English article counts less (FALLBACK_FACTOR). Only published articles come out, best first,
// one translation per article.

export const MAX_QUERY_CHARS = 200;
export const PRE_RANKED = 24;
/** Fewer candidates than this from one tier: the next, wider one is searched too. */
const FEW_CANDIDATES = 10;
/** Bounds the first stage for a question made only of very common words. */
const MAX_CANDIDATES = 3000;
const BODY_CANDIDATES = 300;

/** Weights of the final score; the sum of the signals (each 0..1) times the language factor. */
export const WEIGHTS = {
  rank: 1, // ts_rank over title (A), keywords (B) and body (C), length-normalized
  coverage: 1, // share of the question's words anywhere in the article
  headCoverage: 0.7, // share of them in the title or keywords
  phrase: 0.4, // the words in order (Chinese/Thai: the exact run of characters)
  title: 0.8, // trigram similarity of the question and the title
  keywords: 0.8, // trigram similarity of the question and the closest keyword phrasing
  popularity: 0.15, // helpful votes and views, log-scaled: a tie-breaker, not a signal
} as const;
export const FALLBACK_FACTOR = 0.8;
/** Popularity reaches 1 at this many (3 x helpful votes + views). */
const POPULARITY_SCALE = 100_000;

/** Options of ts_headline: «» around matches, one fragment of up to 24 words. */
export const HEADLINE_OPTIONS =
  'StartSel=«, StopSel=», MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "';

export interface SearchRow {
  article_id: number;
  slug: string;
  lang: string;
  title: string;
  body: string;
  score: number;
  headline: string | null;
  /** The question after folding and typo correction, for highlighting without full-text. */
  fixed: string;
}

// Picks the query of a row's own configuration: the customer's language or English.
const own = (u: string, e: string) => `CASE WHEN t.lang = x.lang THEN x.${u} ELSE x.${e} END`;
// What the narrow row alone tells: how well, and how many of, the question's words the title
// and keywords have.
const PRE_SCORE = `ts_rank(t.search_head, ${own("u_any", "e_any")}, 32)
      + 0.5 * coalesce(t.search_head @@ ${own("u_two", "e_two")}, false)::int
      + 0.5 * coalesce(t.search_head @@ ${own("u_all", "e_all")}, false)::int`;
const share = (column: string) =>
  `(SELECT count(*) FROM unnest(${own("u_each", "e_each")}) q WHERE t.${column} @@ q)::real / greatest(cardinality(${own("u_each", "e_each")}), 1)`;

export const SEARCH_SQL = `
WITH c AS MATERIALIZED (
  SELECT lower($2::text) AS lang, k.fixed, k.expanded FROM kb_correct(kb_fold($1::text)) k
),
x AS MATERIALIZED (
  SELECT c.lang, c.fixed,
    u.each_q AS u_each, u.any_q AS u_any, u.two_q AS u_two, u.all_q AS u_all, u.phrase_q AS u_phrase,
    e.each_q AS e_each, e.any_q AS e_any, e.two_q AS e_two, e.all_q AS e_all, e.phrase_q AS e_phrase
  FROM c, kb_terms(kb_regconfig(c.lang), c.fixed, c.expanded) u, kb_terms('english', c.fixed, c.expanded) e
),
-- Candidates, each tier only when the ones before found fewer than ${FEW_CANDIDATES}:
-- 1. two words of the question (or its only word) in the title or keywords;
paired AS MATERIALIZED (
  SELECT t.id, t.lang = x.lang AS own, ${PRE_SCORE} AS pre
  FROM kb_translations t, x
  WHERE (t.search_head @@ coalesce(x.u_two, x.u_any) AND t.lang = x.lang)
     OR (t.search_head @@ coalesce(x.e_two, x.e_any) AND t.lang = 'en' AND x.lang <> 'en')
  LIMIT ${MAX_CANDIDATES}
),
-- 2. any one word of it there;
single AS MATERIALIZED (
  SELECT t.id, t.lang = x.lang AS own, ${PRE_SCORE} AS pre
  FROM kb_translations t, x
  WHERE (SELECT count(*) FROM paired) < ${FEW_CANDIDATES} AND (x.u_two IS NOT NULL OR x.e_two IS NOT NULL)
    AND ((t.search_head @@ x.u_any AND t.lang = x.lang) OR (t.search_head @@ x.e_any AND t.lang = 'en' AND x.lang <> 'en'))
  LIMIT ${MAX_CANDIDATES}
),
-- 3. a title close to the question by trigrams (word_similarity >= 0.6): word boundaries
--    ("log in" / "login") and typos that correction left alone. Only as a fallback: for a
--    longer question the trigram index weighs thousands of titles (5 ms and more);
titled AS MATERIALIZED (
  SELECT t.id, t.lang = x.lang AS own, word_similarity(x.fixed, t.search_title) AS pre
  FROM kb_translations t, x
  WHERE (SELECT count(*) FROM paired) + (SELECT count(*) FROM single) < ${FEW_CANDIDATES}
    AND x.fixed <% t.search_title AND t.lang IN (x.lang, 'en')
),
-- 4. any word in the body.
bodied AS MATERIALIZED (
  SELECT t.id, t.lang = x.lang AS own, ts_rank(t.search_doc, ${own("u_any", "e_any")}, 32) AS pre
  FROM kb_translations t, x
  WHERE (SELECT count(*) FROM paired) + (SELECT count(*) FROM single) + (SELECT count(*) FROM titled) < ${FEW_CANDIDATES}
    AND ((t.search_doc @@ x.u_any AND t.lang = x.lang) OR (t.search_doc @@ x.e_any AND t.lang = 'en' AND x.lang <> 'en'))
  LIMIT ${BODY_CANDIDATES}
),
pre AS MATERIALIZED (
  SELECT id FROM (
    SELECT id, own, pre FROM paired UNION ALL SELECT id, own, pre FROM single
    UNION ALL SELECT id, own, pre FROM titled UNION ALL SELECT id, own, pre FROM bodied
  ) u
  GROUP BY id ORDER BY max(pre * CASE WHEN own THEN 1 ELSE ${FALLBACK_FACTOR} END) DESC, id LIMIT ${PRE_RANKED}
),
scored AS MATERIALIZED (
  SELECT t.id, t.article_id, t.lang, a.slug,
    (${WEIGHTS.rank} * ts_rank(t.search_doc, ${own("u_any", "e_any")}, 1 | 32)
     + ${WEIGHTS.coverage} * ${share("search_doc")}
     + ${WEIGHTS.headCoverage} * ${share("search_head")}
     + ${WEIGHTS.phrase} * coalesce(t.search_doc @@ ${own("u_phrase", "e_phrase")}, false)::int
     + ${WEIGHTS.title} * greatest(word_similarity(x.fixed, t.search_title), 0.8 * word_similarity(t.search_title, x.fixed), similarity(x.fixed, t.search_title))
     + ${WEIGHTS.keywords} * word_similarity(x.fixed, t.search_keywords)
     + ${WEIGHTS.popularity} * least(1, ln(1 + 3 * a.helpful_yes + a.views) / ln(${POPULARITY_SCALE}))
    ) * CASE WHEN t.lang = x.lang THEN 1 ELSE ${FALLBACK_FACTOR} END AS score
  FROM pre p
  JOIN kb_translations t ON t.id = p.id
  JOIN kb_articles a ON a.id = t.article_id AND a.status = 'published'
  CROSS JOIN x
),
best AS (
  SELECT DISTINCT ON (s.article_id) s.* FROM scored s ORDER BY s.article_id, s.score DESC, s.lang
)
SELECT b.article_id, b.slug, t.lang, t.title, t.body, b.score::float8 AS score, x.fixed,
  CASE WHEN t.search_doc @@ ${own("u_any", "e_any")}
    THEN ts_headline(kb_regconfig(t.lang), translate(t.body, '«»', '“”'), ${own("u_any", "e_any")}, '${HEADLINE_OPTIONS}')
  END AS headline
FROM (SELECT * FROM best ORDER BY score DESC, article_id LIMIT $3::int) b
JOIN kb_translations t ON t.id = b.id
CROSS JOIN x
ORDER BY b.score DESC, b.article_id
`;
