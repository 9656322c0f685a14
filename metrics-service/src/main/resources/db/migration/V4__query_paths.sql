-- Paths of the dashboard's queries (BENCHMARKS.md, queries).

-- Cross-category penetration reads a window of days customer by customer. With the customer first, the primary key
-- is also the index that query scans in customer order (index only: no sort, no hash spilled to disk). Nothing
-- reads this table by day alone; inserts ignore duplicates whatever the key's column order.
ALTER TABLE customer_category_day DROP CONSTRAINT customer_category_day_pkey;
ALTER TABLE customer_category_day ADD PRIMARY KEY (customer_id, category, day);

-- Sales batches applied per partition, counted in the same transaction as their rollups: while the sum over all
-- partitions is unchanged, so is every figure, and a computed answer can be served again (any replica may apply).
ALTER TABLE consumer_progress ADD COLUMN applied_batches BIGINT NOT NULL DEFAULT 0;
