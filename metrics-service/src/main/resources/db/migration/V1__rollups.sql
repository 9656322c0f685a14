-- metrics-service keeps rollups, never a copy of the raw stream: queries read these tables only.

-- Facts already applied (orders, refunds), written in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     TEXT PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Sales and order counts per category and day (shop time zone). An order counts once per category it contains.
CREATE TABLE category_day (
    category            TEXT    NOT NULL,
    day                 DATE    NOT NULL,
    sales               NUMERIC NOT NULL DEFAULT 0,
    units               BIGINT  NOT NULL DEFAULT 0,
    orders              BIGINT  NOT NULL DEFAULT 0,
    new_customer_orders BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (category, day)
);
CREATE INDEX category_day_by_day ON category_day (day);

-- Site-wide orders per day: the denominator of the new-customer index.
CREATE TABLE site_day (
    day                 DATE   PRIMARY KEY,
    orders              BIGINT NOT NULL DEFAULT 0,
    new_customer_orders BIGINT NOT NULL DEFAULT 0
);

-- Sales per SKU and day: concentration, product stats.
CREATE TABLE sku_day (
    sku             TEXT    NOT NULL,
    day             DATE    NOT NULL,
    category        TEXT    NOT NULL,
    sales           NUMERIC NOT NULL DEFAULT 0,
    units           BIGINT  NOT NULL DEFAULT 0,
    orders          BIGINT  NOT NULL DEFAULT 0,
    refunded_amount NUMERIC NOT NULL DEFAULT 0,
    refunded_units  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (sku, day)
);
CREATE INDEX sku_day_by_day ON sku_day (day);

-- Which categories a customer bought on which day: cross-category penetration over any window.
CREATE TABLE customer_category_day (
    customer_id TEXT NOT NULL,
    category    TEXT NOT NULL,
    day         DATE NOT NULL,
    PRIMARY KEY (day, customer_id, category)
);

-- Each customer's earliest order seen so far. When an earlier order arrives late it takes over, and the
-- previous first order's new-customer count is withdrawn if that count came from derivation.
CREATE TABLE customer_first_order (
    customer_id TEXT        PRIMARY KEY,
    platform    TEXT        NOT NULL,
    order_id    TEXT        NOT NULL,
    placed_at   TIMESTAMPTZ NOT NULL,
    day         DATE        NOT NULL,
    categories  TEXT[]      NOT NULL,
    counted_new BOOLEAN     NOT NULL
);

-- The lines of each order, so a refund (keyed by order) finds the day, SKU and category it reduces.
CREATE TABLE order_line (
    platform TEXT    NOT NULL,
    order_id TEXT    NOT NULL,
    sku      TEXT    NOT NULL,
    category TEXT    NOT NULL,
    day      DATE    NOT NULL,
    units    INT     NOT NULL,
    amount   NUMERIC NOT NULL,
    PRIMARY KEY (platform, order_id, sku)
);

-- Refunds whose order has not arrived yet: kept, applied when it does, never dropped.
CREATE TABLE parked_refund (
    event_id   TEXT        PRIMARY KEY,
    platform   TEXT        NOT NULL,
    order_id   TEXT        NOT NULL,
    payload    TEXT        NOT NULL,
    parked_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX parked_refund_by_order ON parked_refund (platform, order_id);

-- Daily traffic per SKU (latest snapshot wins): views and conversion in product stats.
CREATE TABLE sku_traffic_day (
    sku                TEXT   NOT NULL,
    day                DATE   NOT NULL,
    views              BIGINT NOT NULL,
    search_impressions BIGINT NOT NULL,
    add_to_cart        BIGINT NOT NULL,
    PRIMARY KEY (sku, day)
);

-- The latest event time consumed per partition: completeThrough is the minimum over partitions.
CREATE TABLE consumer_progress (
    topic          TEXT        NOT NULL,
    kafka_partition INT        NOT NULL,
    max_event_time TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (topic, kafka_partition)
);

-- SKUs and categories whose published stats are out of date.
CREATE TABLE stats_dirty (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
