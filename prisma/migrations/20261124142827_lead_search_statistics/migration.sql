-- The lead search chooses between its two indexes by how many leads hold a fragment. With the default
-- statistics (a 100-value histogram of searchText) a fragment on about one lead in fifty ("sing") matched no
-- sampled value, was estimated at one in ten thousand, and was looked up through the trigram index: 1,800 rows
-- fetched and sorted (5-7 ms) where the createdAt walk finds the newest 20 in 0.3 ms. A 1,000-value histogram
-- tells them apart, and planning a search costs about 0.15 ms more.
ALTER TABLE "CRMLead" ALTER COLUMN "searchText" SET STATISTICS 1000;

-- The trigram index without hospitalId as a GIN key: merging every lookup with the hospital's posting list
-- (100,000 entries in the bench's largest hospital) cost more than the rows of other hospitals it spared.
-- On the bench data a rare fragment's lookup went from 2.0-5.9 ms to 1.3-3.3 ms. The build takes about 12 s per
-- million leads, during which lead writes wait: deploy it at a quiet hour.
DROP INDEX "CRMLead_live_search_trgm_idx";
CREATE INDEX "CRMLead_live_search_trgm_idx" ON "CRMLead" USING GIN ("searchText" gin_trgm_ops) WHERE ("deletedAt" IS NULL);

-- The new statistics apply from the next ANALYZE: gather them now (a few seconds per million leads).
ANALYZE "CRMLead" ("searchText");
