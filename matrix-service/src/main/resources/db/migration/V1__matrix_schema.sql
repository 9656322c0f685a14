-- matrix-service's own schema (DESIGN.md §2: services never share tables).

-- Promotions defined here and published to the compacted promotions.v1.
CREATE TABLE promotion (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    theme           TEXT,
    start_date      DATE NOT NULL,
    end_date        DATE NOT NULL,
    goal            TEXT NOT NULL,
    core_count      INTEGER NOT NULL,
    auxiliary_count INTEGER NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Latest catalog entry per SKU (catalog.v1). The catalog is the set of active SKUs.
CREATE TABLE catalog_item (
    sku          TEXT PRIMARY KEY,
    platform     TEXT,
    category     TEXT NOT NULL,
    name         TEXT,
    list_price   NUMERIC NOT NULL,
    unit_cost    NUMERIC,
    launched_at  TIMESTAMP WITH TIME ZONE,
    tags         TEXT NOT NULL,            -- JSON array of strings
    rating       NUMERIC,
    review_count INTEGER,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_item_category ON catalog_item (category);

-- Daily traffic per SKU (traffic.v1); a corrected day replaces the earlier one. Pruned past the stats window.
CREATE TABLE traffic_day (
    sku                TEXT NOT NULL,
    day                DATE NOT NULL,
    views              BIGINT NOT NULL,
    search_impressions BIGINT NOT NULL,
    add_to_cart        BIGINT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sku, day)
);
CREATE INDEX traffic_day_day ON traffic_day (day);

-- Latest stock snapshot per SKU (inventory.v1): an older snapshot never replaces a newer one.
CREATE TABLE inventory_snapshot (
    sku                        TEXT PRIMARY KEY,
    at                         TIMESTAMP WITH TIME ZONE NOT NULL,
    on_hand                    INTEGER NOT NULL,
    inbound                    INTEGER NOT NULL,
    unit_cost                  NUMERIC,
    received_at                TIMESTAMP WITH TIME ZONE,
    age_buckets                TEXT,       -- JSON object bucket -> units, when the platform sent buckets
    storage_fee_per_unit_month NUMERIC,
    disposal_fee_per_unit      NUMERIC,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Trailing figures per SKU from metrics-service (product-stats.v1, compacted): latest per SKU.
CREATE TABLE product_stats (
    sku                TEXT PRIMARY KEY,
    category           TEXT,
    from_day           DATE NOT NULL,
    to_day             DATE NOT NULL,
    gmv                NUMERIC NOT NULL,
    units              BIGINT NOT NULL,
    orders             BIGINT NOT NULL,
    views              BIGINT,
    search_impressions BIGINT,
    conversion         NUMERIC,
    average_unit_price NUMERIC,
    stats_updated_at   TIMESTAMP WITH TIME ZONE,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Trailing figures per category from metrics-service (category-stats.v1, compacted): latest per category.
CREATE TABLE category_stats (
    category                   TEXT PRIMARY KEY,
    as_of                      DATE,
    gmv_30d                    NUMERIC,
    orders_30d                 BIGINT NOT NULL,
    customers_365d             BIGINT NOT NULL,
    cross_customers_365d       BIGINT NOT NULL,
    cross_category_penetration NUMERIC,
    year_over_year_growth      NUMERIC,
    month_over_month_growth    NUMERIC,
    stats_updated_at           TIMESTAMP WITH TIME ZONE,
    received_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Orders already counted into the baskets, by event id, written in the same transaction as the counts.
-- day = the order's day: ids are pruned with the days they belong to (an older redelivery is outside the window).
CREATE TABLE processed_event (
    event_id     TEXT PRIMARY KEY,
    day          DATE NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX processed_event_day ON processed_event (day);

-- Basket co-occurrence per day over the trailing window: orders, orders per SKU, orders per SKU pair
-- (sku_a sorts before sku_b). lift(a, b) = orders(a, b) * orders / (orders(a) * orders(b)).
CREATE TABLE basket_day (
    day    DATE PRIMARY KEY,
    orders BIGINT NOT NULL
);

CREATE TABLE basket_sku_day (
    sku    TEXT NOT NULL,
    day    DATE NOT NULL,
    orders BIGINT NOT NULL,
    PRIMARY KEY (sku, day)
);
CREATE INDEX basket_sku_day_day ON basket_sku_day (day);

CREATE TABLE basket_pair_day (
    sku_a  TEXT NOT NULL,
    sku_b  TEXT NOT NULL,
    day    DATE NOT NULL,
    orders BIGINT NOT NULL,
    PRIMARY KEY (sku_a, sku_b, day)
);
CREATE INDEX basket_pair_day_b ON basket_pair_day (sku_b);
CREATE INDEX basket_pair_day_day ON basket_pair_day (day);
