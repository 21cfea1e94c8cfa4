-- Indexes for the date order, the date filters, names in other scripts and the
-- near-match claim lookup.
-- Like the search columns, the new Quote columns stay out of schema.prisma and
-- are read with $queryRaw in lib/kb.

-- When a statement was made, as the timeline sorts and filters it: the date the
-- article gives for the statement, else the publication date of the article.
-- It spans two tables, so no generated column or expression index can hold it.
-- Triggers keep it in step with both tables, whoever writes them, and a plain
-- btree index on it then serves the sorts and the date filters.
ALTER TABLE "Quote" ADD COLUMN "effectiveOn" DATE;
ALTER TABLE "Quote" ADD COLUMN "effectivePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN';

UPDATE "Quote" q
SET "effectiveOn" = COALESCE(q."statedOn", a."publishedOn"),
    "effectivePrecision" = CASE WHEN q."statedOn" IS NOT NULL THEN q."statedPrecision"
      WHEN a."publishedOn" IS NOT NULL THEN a."publishedPrecision" ELSE 'UNKNOWN' END
FROM "Article" a
WHERE a.id = q."articleId";

-- The migration runner cuts scripts at every semicolon, even inside quoted
-- text, so the function bodies below are Unicode-escaped strings that spell
-- each semicolon as the escape 003B.

CREATE FUNCTION saidwhat_quote_effective_date() RETURNS trigger
  LANGUAGE plpgsql AS U&'
BEGIN
  IF NEW."statedOn" IS NOT NULL THEN
    NEW."effectiveOn" := NEW."statedOn"\003B
    NEW."effectivePrecision" := NEW."statedPrecision"\003B
  ELSE
    SELECT a."publishedOn", CASE WHEN a."publishedOn" IS NULL THEN ''UNKNOWN'' ELSE a."publishedPrecision" END
      INTO NEW."effectiveOn", NEW."effectivePrecision"
      FROM "Article" a WHERE a.id = NEW."articleId"\003B
  END IF\003B
  RETURN NEW\003B
END
';

CREATE TRIGGER "Quote_effectiveOn_trigger"
  BEFORE INSERT OR UPDATE OF "statedOn", "statedPrecision", "articleId" ON "Quote"
  FOR EACH ROW EXECUTE FUNCTION saidwhat_quote_effective_date();

CREATE FUNCTION saidwhat_article_effective_date() RETURNS trigger
  LANGUAGE plpgsql AS U&'
BEGIN
  UPDATE "Quote"
  SET "effectiveOn" = NEW."publishedOn",
      "effectivePrecision" = CASE WHEN NEW."publishedOn" IS NULL THEN ''UNKNOWN'' ELSE NEW."publishedPrecision" END
  WHERE "articleId" = NEW.id AND "statedOn" IS NULL\003B
  RETURN NULL\003B
END
';

CREATE TRIGGER "Article_effectiveOn_trigger"
  AFTER UPDATE OF "publishedOn", "publishedPrecision" ON "Article"
  FOR EACH ROW
  WHEN (OLD."publishedOn" IS DISTINCT FROM NEW."publishedOn" OR OLD."publishedPrecision" IS DISTINCT FROM NEW."publishedPrecision")
  EXECUTE FUNCTION saidwhat_article_effective_date();

-- Newest first and oldest first both put undated statements last, which one
-- btree read forwards or backwards cannot do, hence two.
CREATE INDEX "Quote_effectiveOn_idx" ON "Quote" ("effectiveOn");
CREATE INDEX "Quote_effectiveOn_desc_idx" ON "Quote" ("effectiveOn" DESC NULLS LAST);
CREATE INDEX "Quote_speakerId_effectiveOn_idx" ON "Quote" ("speakerId", "effectiveOn");

-- A speaker name typed in a script that folding does not keep (Cyrillic, say)
-- is matched against the aliases as written, ignoring case.
CREATE INDEX "SpeakerAlias_alias_trgm_idx" ON "SpeakerAlias" USING GIN ((lower("alias")) gin_trgm_ops);

-- Near matches for a search that found nothing compare the search with claim
-- wording by trigram word similarity, folded like the search itself. The
-- indexable operator reads its threshold from a setting, and claims are long
-- while a search is a few words, so the lookup is a function that lowers the
-- threshold for its own run only: one statement, no transaction around it.
CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ((lower(saidwhat_unaccent("text"))) gin_trgm_ops);

CREATE FUNCTION saidwhat_near_claims(search text, max_rows integer)
  RETURNS TABLE (id text, text text)
  LANGUAGE sql STABLE
  SET pg_trgm.word_similarity_threshold = 0.4
  AS $$
    SELECT c.id, c.text FROM "Claim" c
    WHERE lower(saidwhat_unaccent(search)) <% lower(saidwhat_unaccent(c.text))
    ORDER BY word_similarity(lower(saidwhat_unaccent(search)), lower(saidwhat_unaccent(c.text))) DESC, c.text
    LIMIT max_rows
  $$;
