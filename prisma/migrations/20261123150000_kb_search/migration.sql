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

-- The form both articles and questions are compared in: Unicode-normalized (full-width letters,
-- ligatures), lower case, Arabic without short-vowel marks and tatweel (customers rarely type them),
-- and with the scripts written without spaces split into overlapping character pairs. Chinese,
-- Japanese, Thai, Lao, Khmer, Burmese and Korean words are not separated by spaces (Korean ones
-- carry particles), so a question is usually a piece of a longer run of characters; as pairs
-- ("忘记密码" -> "忘记 记密 密码") it matches as a phrase anywhere inside a sentence, in full-text
-- and trigram search alike. PL/pgSQL keeps its plans for the session: this runs on every write and
-- on every question.
CREATE FUNCTION kb_fold(t text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  s text := lower(normalize(t, NFKC));
BEGIN
  IF s ~ '[\u0640\u064B-\u065F\u0670]' THEN
    s := regexp_replace(s, '[\u0640\u064B-\u065F\u0670]', '', 'g');
  END IF;
  IF s !~ '[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]' THEN
    RETURN s;
  END IF;
  RETURN (
    SELECT string_agg(
             CASE WHEN char_length(r.m[1]) > 1 AND r.m[1] ~ '^[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]'
               THEN (SELECT string_agg(substr(r.m[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, char_length(r.m[1]) - 1) AS i)
               ELSE r.m[1] END,
             ' ' ORDER BY r.n)
    FROM regexp_matches(s, '[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+|[^\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+', 'g') WITH ORDINALITY AS r(m, n));
END $$;

-- array_to_string is only STABLE (element output functions could depend on settings); for text[]
-- it is not, and generated columns need an immutable expression.
CREATE FUNCTION kb_join(words text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(coalesce(words, '{}'), ' ; ')
$$;

-- Title counts most (A), then the keywords, the ways customers phrase the problem (B), then the
-- body (C).
CREATE FUNCTION kb_document(lang text, title text, keywords text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(kb_regconfig(lang), kb_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(kb_regconfig(lang), kb_fold(kb_join(keywords))), 'B')
      || setweight(to_tsvector(kb_regconfig(lang), kb_fold(coalesce(body, ''))), 'C')
$$;

-- Stored generated columns, kept right by PostgreSQL on every write (seeds, editors, imports):
-- - search_doc: the whole article, weighted, for ranking and for "has every word of the question";
-- - search_head: title and keywords only, for "has some word of the question". Single-word
--   matches in bodies would make every common word ("app", "change") a candidate in most
--   articles, and ranking thousands of rows costs more than a whole search may take;
-- - search_title, search_keywords: folded, for trigram similarity with the question (typos, word
--   boundaries: "log in" / "login"); keywords stay separated by " ; ".
-- Trigrams over whole bodies were measured and left out: with 30,000 translations a fuzzy body
-- match took 450-570 ms (each candidate re-checked over ~1 kB of text). Misspelt words are
-- corrected against kb_words instead (below), in well under a millisecond.
ALTER TABLE "kb_translations"
  ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (kb_fold("title")) STORED,
  ADD COLUMN "search_keywords" TEXT GENERATED ALWAYS AS (kb_fold(kb_join("keywords"))) STORED,
  ADD COLUMN "search_head" TSVECTOR GENERATED ALWAYS AS (kb_document("lang", "title", "keywords", NULL)) STORED,
  ADD COLUMN "search_doc" TSVECTOR GENERATED ALWAYS AS (kb_document("lang", "title", "keywords", "body")) STORED;

CREATE INDEX "kb_translations_search_doc_idx" ON "kb_translations" USING GIN ("search_doc");
CREATE INDEX "kb_translations_search_head_idx" ON "kb_translations" USING GIN ("search_head");
CREATE INDEX "kb_translations_search_title_trgm_idx" ON "kb_translations" USING GIN ("search_title" gin_trgm_ops);

-- Every word the articles use, for correcting misspelt words of a question ("pasword" ->
-- "password") before full-text search. Filled by triggers; words of changed or deleted text
-- stay, which is harmless: a correction to a word no article has any more matches nothing.
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
  WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
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
WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
ON CONFLICT DO NOTHING;

-- A folded question with each word the articles never use replaced by the closest one they do
-- (`fixed`), and with up to two close words added per such word (`expanded`, for "matches any
-- word"). Short words and numbers are left alone: too many words are one letter away from them.
-- The similarity threshold is set here, for this function only: 0.35 still corrects "refnd"
-- (0.44 to "refund") and "спсиание" (0.38 to "списание"). A correction also starts with the same
-- letter and is at most two letters longer or shorter: typos rarely touch the first letter, and
-- a real word the articles lack ("lessons") must not turn into a shorter one they have ("less").
-- Sequential scans are off inside it too: with a few thousand words the planner prefers one,
-- which computes the trigrams of every word (4 ms), where the trigram index takes 0.3-1 ms.
CREATE FUNCTION kb_correct(q text, OUT fixed text, OUT expanded text)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET pg_trgm.similarity_threshold = 0.35
  SET enable_seqscan = off AS $$
DECLARE
  w text;
  close text[];
  kept text[] := '{}';
  extra text[] := '{}';
BEGIN
  FOREACH w IN ARRAY regexp_split_to_array(coalesce(q, ''), '[^[:alnum:]]+') LOOP
    CONTINUE WHEN w = '';
    close := '{}';
    IF char_length(w) >= 4 AND w !~ '[0-9]' AND NOT EXISTS (SELECT 1 FROM "kb_words" WHERE "word" = w) THEN
      close := ARRAY(SELECT k."word" FROM "kb_words" k
                     WHERE k."word" % w AND left(k."word", 1) = left(w, 1) AND abs(char_length(k."word") - char_length(w)) <= 2
                     ORDER BY similarity(k."word", w) DESC, k."word" LIMIT 2);
    END IF;
    kept := kept || coalesce(close[1], w);
    extra := extra || w || close;
  END LOOP;
  fixed := array_to_string(kept, ' ');
  expanded := array_to_string(kept || extra, ' ');
END $$;

-- A lexeme as tsquery text: quoted, so nothing in it reads as an operator.
CREATE FUNCTION kb_quote(lexeme text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- The full-text queries of a (corrected) question in one text-search configuration:
-- - lexemes / each_q: its distinct lexemes, alone, for "how many of them does an article have";
-- - any_q: any lexeme of the question or of a close word; two_q: any two of them; all_q: all;
-- - phrase_q: the words in order (for Chinese or Thai: the exact run of characters).
CREATE FUNCTION kb_terms(cfg regconfig, fixed text, expanded text,
    OUT lexemes text[], OUT each_q tsquery[], OUT any_q tsquery, OUT two_q tsquery, OUT all_q tsquery, OUT phrase_q tsquery)
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  wide text[] := coalesce(tsvector_to_array(to_tsvector(cfg, coalesce(expanded, ''))), '{}');
BEGIN
  lexemes := coalesce(tsvector_to_array(to_tsvector(cfg, coalesce(fixed, ''))), '{}');
  each_q := ARRAY(SELECT kb_quote(l)::tsquery FROM unnest(lexemes) AS l);
  IF cardinality(wide) > 0 THEN
    any_q := (SELECT string_agg(kb_quote(l), ' | ') FROM unnest(wide) AS l)::tsquery;
  END IF;
  IF cardinality(lexemes) > 0 THEN
    all_q := (SELECT string_agg(kb_quote(l), ' & ') FROM unnest(lexemes) AS l)::tsquery;
  END IF;
  IF cardinality(lexemes) > 1 THEN
    two_q := (SELECT string_agg('(' || kb_quote(a.l) || ' & ' || kb_quote(b.l) || ')', ' | ')
              FROM unnest(lexemes) WITH ORDINALITY AS a(l, i) JOIN unnest(lexemes) WITH ORDINALITY AS b(l, j) ON a.i < b.j)::tsquery;
    phrase_q := phraseto_tsquery(cfg, fixed);
  END IF;
END $$;

-- Searches that found nothing: what editors should write next.
CREATE TABLE "kb_search_misses" (
    "id" SERIAL NOT NULL,
    "query" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kb_search_misses_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "kb_search_misses_created_at_idx" ON "kb_search_misses" ("created_at");

-- One vote per person and article: voting again changes the vote instead of adding one.
CREATE TABLE "kb_article_votes" (
    "article_id" INTEGER NOT NULL,
    "telegram_id" BIGINT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kb_article_votes_pkey" PRIMARY KEY ("article_id", "telegram_id")
);
ALTER TABLE "kb_article_votes" ADD CONSTRAINT "kb_article_votes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "kb_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Which articles were shown but did not solve the problem" groups outcomes by article.
CREATE INDEX "self_service_outcomes_article_id_created_at_idx" ON "self_service_outcomes" ("article_id", "created_at");
