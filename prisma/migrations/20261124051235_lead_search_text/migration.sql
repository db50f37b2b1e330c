-- The lead list's search reads indexes of one hospital's live leads instead of the table: a trigram GIN index
-- (hospital first, through btree_gin) and a createdAt walk with the search text in its key, over one generated
-- column. Adding the column rewrites "CRMLead" (about 40 s per million leads), which leaves its visibility map
-- empty: run VACUUM "CRMLead" after deploying, or index-only scans (the lists' counts) read the table until
-- autovacuum does.

-- GIN operator classes for plain types (here uuid), so hospitalId can lead a GIN index.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Superseded by CRMLead_live_search_trgm_idx: they matched every hospital's leads (deleted too) per field.
-- Dropped before the column is added, so the table rewrite does not rebuild them.
DROP INDEX "CRMLead_email_trgm_idx";
DROP INDEX "CRMLead_firstName_trgm_idx";
DROP INDEX "CRMLead_lastName_trgm_idx";
DROP INDEX "CRMLead_phone_trgm_idx";

-- Name, email and phone as one lower-case text. The newline separators cannot occur in a search word (the API
-- splits the query on whitespace), so a fragment never runs from one field into the next, and first and last
-- name are joined by a space like a full name. schema.prisma declares it with an empty dbgenerated(), so Prisma
-- never writes it nor diffs the expression.
ALTER TABLE "CRMLead" ADD COLUMN "searchText" TEXT NOT NULL
  GENERATED ALWAYS AS (lower("firstName" || ' ' || "lastName" || E'\n' || COALESCE("email", '') || E'\n' || COALESCE("phone", ''))) STORED;

CREATE INDEX "CRMLead_live_search_trgm_idx" ON "CRMLead" USING GIN ("hospitalId" uuid_ops, "searchText" gin_trgm_ops) WHERE ("deletedAt" IS NULL);

CREATE INDEX "CRMLead_live_search_walk_idx" ON "CRMLead"("hospitalId", "createdAt", "id", "searchText") WHERE ("deletedAt" IS NULL);

-- The planner weighs the two indexes by the new column's statistics: gather them now, not at autovacuum's leisure.
ANALYZE "CRMLead";
