-- Knowledge-base search moves into memory (src/domain/kb/engine): each instance keeps an index of
-- the published articles and brings it up to date from a change log. Hand-written: Prisma cannot
-- express triggers.

-- Questions editors linked to the article that answers them (from the searches nothing answered):
-- the index treats them as the article's own phrasings in that language.
CREATE TABLE "kb_query_links" (
    "id" SERIAL NOT NULL,
    "query" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "created_by" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kb_query_links_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "kb_query_links_lang_query_key" ON "kb_query_links"("lang", "query");
CREATE INDEX "kb_query_links_article_id_idx" ON "kb_query_links"("article_id");
ALTER TABLE "kb_query_links" ADD CONSTRAINT "kb_query_links_article_id_fkey"
    FOREIGN KEY ("article_id") REFERENCES "kb_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One counter for the whole knowledge base: it moves with every change that search sees. An
-- instance compares it with the one its index was built at (one row read, at most a few times a
-- second), and reads the changed articles from kb_index_changes. Writers take the row lock in
-- their transaction, so versions become visible in order and none is skipped.
CREATE TABLE "kb_index_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "kb_index_state_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kb_index_state_single_row" CHECK ("id" = 1)
);
INSERT INTO "kb_index_state" ("id", "version") VALUES (1, 0);

CREATE TABLE "kb_index_changes" (
    "version" BIGINT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kb_index_changes_pkey" PRIMARY KEY ("version", "article_id")
);

-- Records the articles a statement changed under the next version. A day of history is kept; an
-- instance further behind rebuilds its index from the tables.
CREATE FUNCTION kb_index_touch(ids INTEGER[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  v BIGINT;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  UPDATE "kb_index_state" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO v;
  INSERT INTO "kb_index_changes" ("version", "article_id")
  SELECT DISTINCT v, i FROM unnest(ids) AS i WHERE i IS NOT NULL;
  DELETE FROM "kb_index_changes" WHERE "changed_at" < CURRENT_TIMESTAMP - INTERVAL '1 day' AND "version" < v;
  PERFORM pg_notify('kb_index', v::text);
END $$;

CREATE FUNCTION kb_index_on_translations() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kb_index_touch(ARRAY(SELECT DISTINCT "article_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kb_index_touch(ARRAY(SELECT DISTINCT "article_id" FROM old_rows));
  ELSE
    PERFORM kb_index_touch(ARRAY(SELECT "article_id" FROM new_rows UNION SELECT "article_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- Views are counted on every read; only what search uses (publication, slug, votes) is a change.
CREATE FUNCTION kb_index_on_articles() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kb_index_touch(ARRAY(SELECT "id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kb_index_touch(ARRAY(SELECT "id" FROM old_rows));
  ELSE
    PERFORM kb_index_touch(ARRAY(
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."status", n."slug", n."helpful_yes", n."helpful_no") IS DISTINCT FROM (o."status", o."slug", o."helpful_yes", o."helpful_no")));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION kb_index_on_links() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kb_index_touch(ARRAY(SELECT DISTINCT "article_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kb_index_touch(ARRAY(SELECT DISTINCT "article_id" FROM old_rows));
  ELSE
    PERFORM kb_index_touch(ARRAY(SELECT "article_id" FROM new_rows UNION SELECT "article_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "kb_translations_index_insert" AFTER INSERT ON "kb_translations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_translations();
CREATE TRIGGER "kb_translations_index_update" AFTER UPDATE ON "kb_translations"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_translations();
CREATE TRIGGER "kb_translations_index_delete" AFTER DELETE ON "kb_translations"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_translations();

CREATE TRIGGER "kb_articles_index_insert" AFTER INSERT ON "kb_articles"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_articles();
CREATE TRIGGER "kb_articles_index_update" AFTER UPDATE ON "kb_articles"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_articles();
CREATE TRIGGER "kb_articles_index_delete" AFTER DELETE ON "kb_articles"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_articles();

CREATE TRIGGER "kb_query_links_index_insert" AFTER INSERT ON "kb_query_links"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_links();
CREATE TRIGGER "kb_query_links_index_update" AFTER UPDATE ON "kb_query_links"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_links();
CREATE TRIGGER "kb_query_links_index_delete" AFTER DELETE ON "kb_query_links"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_index_on_links();

-- The full-text machinery of the kb_search migration is replaced by the in-memory index: its
-- generated columns, GIN indexes and word list only slowed every write down.
DROP TRIGGER "kb_translations_words_on_insert" ON "kb_translations";
DROP TRIGGER "kb_translations_words_on_update" ON "kb_translations";
DROP FUNCTION kb_collect_words();
ALTER TABLE "kb_translations"
  DROP COLUMN "search_doc",
  DROP COLUMN "search_head",
  DROP COLUMN "search_keywords",
  DROP COLUMN "search_title";
DROP TABLE "kb_words";
DROP FUNCTION kb_terms(regconfig, text, text);
DROP FUNCTION kb_correct(text);
DROP FUNCTION kb_quote(text);
DROP FUNCTION kb_document(text, text, text[], text);
DROP FUNCTION kb_join(text[]);
DROP FUNCTION kb_fold(text);
DROP FUNCTION kb_regconfig(text);
