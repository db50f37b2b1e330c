-- The lead search chooses between its two indexes by how many leads hold a fragment. With the default
-- statistics (a 100-value histogram of searchText) a fragment on about one lead in fifty ("sing") matched no
-- sampled value, was estimated at one in ten thousand, and was looked up through the trigram index: 1,800 rows
-- fetched and sorted (5-7 ms) where the createdAt walk finds the newest 20 in 0.3 ms. A 1,000-value histogram
-- tells them apart, and planning a search costs about 0.15 ms more.
--
-- The trigram index keeps hospitalId as its first GIN key. Without it a rare fragment's lookup was cheaper
-- (1.3-3.3 ms against 2.0-5.9) while the planner trusted it, but with these finer estimates the planner ANDed it
-- with a B-tree range over the hospital's 100,000 leads, 20-30 ms per search.
ALTER TABLE "CRMLead" ALTER COLUMN "searchText" SET STATISTICS 1000;

-- The new statistics apply from the next ANALYZE: gather them now (a few seconds per million leads).
ANALYZE "CRMLead" ("searchText");
