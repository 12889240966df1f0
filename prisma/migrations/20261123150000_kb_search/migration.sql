-- Knowledge-base search: full-text search per language, trigram matching for typos, character
-- bigrams for scripts written without spaces, and a log of searches nothing answered.
-- Hand-written: Prisma cannot express extensions, generated columns or operator-class indexes.
-- pg_trgm ships with PostgreSQL (contrib); the embedded PostgreSQL 17 and Debian's packages have it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Text-search configuration for an article language. Languages PostgreSQL has no stemmer for
-- (zh, ja, th, ko, az...) use 'simple': no stemming, no stop words.
CREATE FUNCTION kb_regconfig(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lower(split_part(coalesce(lang, ''), '-', 1))
    WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' WHEN 'ar' THEN 'arabic' WHEN 'de' THEN 'german'
    WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese'
    WHEN 'nl' THEN 'dutch' WHEN 'sv' THEN 'swedish' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
    WHEN 'da' THEN 'danish' WHEN 'fi' THEN 'finnish' WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian'
    WHEN 'tr' THEN 'turkish' WHEN 'el' THEN 'greek' WHEN 'id' THEN 'indonesian' WHEN 'hi' THEN 'hindi'
    WHEN 'ta' THEN 'tamil' WHEN 'ne' THEN 'nepali' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque'
    WHEN 'ca' THEN 'catalan' WHEN 'ga' THEN 'irish' WHEN 'lt' THEN 'lithuanian' WHEN 'sr' THEN 'serbian'
    WHEN 'yi' THEN 'yiddish'
    ELSE 'simple' END)::regconfig
$$;

-- Chinese, Japanese, Thai, Lao, Khmer, Burmese and Korean words are not separated by spaces (or,
-- in Korean, carry particles), so a query is usually a piece of a longer run of characters. Each
-- such run becomes its overlapping character pairs ("忘记密码" -> "忘记 记密 密码"): a query matches
-- as a phrase of pairs anywhere inside a sentence, for full-text and trigram search alike.
-- Everything else passes through unchanged. The query goes through the same function.
CREATE FUNCTION kb_segment(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           CASE WHEN char_length(r.m[1]) > 1
                 AND r.m[1] ~ '^[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]'
             THEN (SELECT string_agg(substr(r.m[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, char_length(r.m[1]) - 1) AS i)
             ELSE r.m[1] END,
           ' ' ORDER BY r.n), '')
  FROM regexp_matches(t,
    '[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+|[^\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+',
    'g') WITH ORDINALITY AS r(m, n)
$$;

-- The form trigram matching compares: lower case, Unicode-normalized, segmented.
CREATE FUNCTION kb_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT kb_segment(lower(normalize(t, NFKC)))
$$;

-- array_to_string is only STABLE (element output functions could depend on settings); for text[]
-- it is not, and generated columns need an immutable expression.
CREATE FUNCTION kb_join(words text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(coalesce(words, '{}'), ' ; ')
$$;

-- Title counts most, then the keywords (the ways customers phrase the problem), then the body.
CREATE FUNCTION kb_document(lang text, title text, keywords text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(kb_regconfig(lang), kb_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(kb_regconfig(lang), kb_fold(kb_join(keywords))), 'B')
      || setweight(to_tsvector(kb_regconfig(lang), kb_fold(coalesce(body, ''))), 'C')
$$;

-- Query building blocks. A lexeme as tsquery text (quoted, so nothing in it is an operator).
CREATE FUNCTION kb_quote(lexeme text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- The lexemes of a text as an article of that configuration stores them.
CREATE FUNCTION kb_lexemes(cfg regconfig, t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(tsvector_to_array(to_tsvector(cfg, coalesce(t, ''))), '{}')
$$;

-- "At least k of these lexemes": k = 1 is any, k >= their number is all, otherwise any two
-- (enough for ranking: which articles share more than one word with the question).
CREATE FUNCTION kb_min_match(lexemes text[], k int) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN coalesce(cardinality(lexemes), 0) = 0 THEN NULL
    WHEN k <= 1 THEN (SELECT string_agg(kb_quote(l), ' | ') FROM unnest(lexemes) AS l)::tsquery
    WHEN k >= cardinality(lexemes) THEN (SELECT string_agg(kb_quote(l), ' & ') FROM unnest(lexemes) AS l)::tsquery
    ELSE (SELECT string_agg('(' || kb_quote(a.l) || ' & ' || kb_quote(b.l) || ')', ' | ')
          FROM unnest(lexemes) WITH ORDINALITY AS a(l, i) JOIN unnest(lexemes) WITH ORDINALITY AS b(l, j) ON a.i < b.j)::tsquery
  END
$$;

-- Stored generated columns, kept right by PostgreSQL on every write (seeds, editors, imports):
-- - search_doc: the whole article, weighted; a match on every query word anywhere counts;
-- - search_head: title and keywords only; a match on any one query word there counts. Matching
--   single words against bodies too would make every common word ("app", "change") a candidate
--   in most articles, and ranking thousands of rows costs more than the whole search may take;
-- - search_title: the folded title, for trigram (typo and word-boundary tolerant) matching.
-- Trigrams over the whole body were measured and left out: with 30,000 translations a fuzzy
-- body match took 450-570 ms (every candidate re-checked over ~1 kB of text). Misspelt words
-- are corrected against kb_words instead (below), which costs well under a millisecond.
ALTER TABLE "kb_translations"
  ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (kb_fold("title")) STORED,
  ADD COLUMN "search_head" TSVECTOR GENERATED ALWAYS AS (kb_document("lang", "title", "keywords", NULL)) STORED,
  ADD COLUMN "search_doc" TSVECTOR GENERATED ALWAYS AS (kb_document("lang", "title", "keywords", "body")) STORED;

CREATE INDEX "kb_translations_search_doc_idx" ON "kb_translations" USING GIN ("search_doc");
CREATE INDEX "kb_translations_search_head_idx" ON "kb_translations" USING GIN ("search_head");
CREATE INDEX "kb_translations_search_title_trgm_idx" ON "kb_translations" USING GIN ("search_title" gin_trgm_ops);

-- Every word the articles use, for correcting misspelt query words ("pasword" -> "password")
-- before full-text search. Filled by a trigger; words of deleted text stay, which is harmless:
-- a correction to a word no article has any more simply matches nothing.
CREATE TABLE "kb_words" (
    "word" TEXT NOT NULL,
    CONSTRAINT "kb_words_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "kb_words_trgm_idx" ON "kb_words" USING GIN ("word" gin_trgm_ops);

-- Statement-level, so that a bulk import adds its words in one insert.
CREATE FUNCTION kb_collect_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "kb_words" ("word")
  SELECT DISTINCT w
  FROM changed, regexp_split_to_table(kb_fold(changed."title" || ' ' || kb_join(changed."keywords") || ' ' || changed."body"), '[^[:alnum:]]+') AS w
  WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "kb_translations_words_on_insert" AFTER INSERT ON "kb_translations"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kb_collect_words();
CREATE TRIGGER "kb_translations_words_on_update" AFTER UPDATE ON "kb_translations"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kb_collect_words();

INSERT INTO "kb_words" ("word")
SELECT DISTINCT w
FROM "kb_translations", regexp_split_to_table(kb_fold("title" || ' ' || kb_join("keywords") || ' ' || "body"), '[^[:alnum:]]+') AS w
WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;

-- Searches that found nothing: what editors should write next.
CREATE TABLE "kb_search_misses" (
    "id" SERIAL NOT NULL,
    "query" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kb_search_misses_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "kb_search_misses_created_at_idx" ON "kb_search_misses" ("created_at");

-- "Which articles were shown but did not solve the problem" groups outcomes by article.
CREATE INDEX "self_service_outcomes_article_id_created_at_idx" ON "self_service_outcomes" ("article_id", "created_at");
