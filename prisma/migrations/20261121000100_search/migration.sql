-- Search support that the Prisma schema language cannot express. Queried with
-- $queryRaw in lib/kb. The columns are left out of schema.prisma on purpose.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a
-- generated column or an index directly. Pinning the dictionary makes this
-- wrapper safe to declare IMMUTABLE, the usual PostgreSQL idiom.
CREATE FUNCTION saidwhat_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;

ALTER TABLE "Quote" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', saidwhat_unaccent("text"))) STORED;
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', saidwhat_unaccent("text"))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- Name lookups tolerate misspellings and transliteration variants.
CREATE INDEX "SpeakerAlias_normalized_trgm_idx" ON "SpeakerAlias" USING GIN ("normalized" gin_trgm_ops);
CREATE INDEX "TopicAlias_normalized_trgm_idx" ON "TopicAlias" USING GIN ("normalized" gin_trgm_ops);
