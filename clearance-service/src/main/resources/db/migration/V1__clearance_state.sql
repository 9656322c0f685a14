-- clearance-service state (its own database). Writes are idempotent by these constraints: facts by event id,
-- snapshots by natural key with the latest winning.

-- Facts already applied (orders, purchase orders), written in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    topic        text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- Latest inventory snapshot per SKU (inventory.v1; the newest "at" wins).
CREATE TABLE inventory (
    sku                        text PRIMARY KEY,
    platform                   text,
    at                         timestamptz NOT NULL,
    on_hand                    integer     NOT NULL,
    inbound                    integer     NOT NULL,
    unit_cost                  numeric,
    storage_fee_per_unit_month numeric,
    disposal_fee_per_unit      numeric,
    updated_at                 timestamptz NOT NULL DEFAULT now()
);

-- Units of the latest snapshot by age, as of the snapshot: one lot for receivedAt, one per age bucket otherwise.
CREATE TABLE inventory_lot (
    id                   bigserial PRIMARY KEY,
    sku                  text    NOT NULL REFERENCES inventory (sku) ON DELETE CASCADE,
    age_days_at_snapshot integer NOT NULL,
    units                integer NOT NULL,
    UNIQUE (sku, age_days_at_snapshot)
);

-- One row per SKU line of an order (orders.v1), for sales velocity and channel attribution.
CREATE TABLE sale_line (
    id        bigserial PRIMARY KEY,
    event_id  text    NOT NULL,
    sku       text    NOT NULL,
    channel   text    NOT NULL,
    day       date    NOT NULL,
    units     integer NOT NULL,
    revenue   numeric NOT NULL,
    unit_cost numeric,
    UNIQUE (event_id, sku)
);
CREATE INDEX sale_line_sku_day ON sale_line (sku, day);

-- Daily ad spend per campaign (ad-spend.v1; a later snapshot of the same campaign and day replaces it) ...
CREATE TABLE ad_spend (
    campaign_id text    NOT NULL,
    day         date    NOT NULL,
    platform    text,
    channel     text    NOT NULL,
    spend       numeric NOT NULL,
    impressions bigint  NOT NULL,
    clicks      bigint  NOT NULL,
    PRIMARY KEY (campaign_id, day)
);

-- ... and its share per SKU of the campaign (spend and clicks split equally, see AdSpendSplit).
CREATE TABLE ad_spend_share (
    id          bigserial PRIMARY KEY,
    campaign_id text    NOT NULL,
    day         date    NOT NULL,
    sku         text    NOT NULL,
    channel     text    NOT NULL,
    spend       numeric NOT NULL,
    clicks      bigint  NOT NULL,
    UNIQUE (campaign_id, day, sku),
    FOREIGN KEY (campaign_id, day) REFERENCES ad_spend (campaign_id, day) ON DELETE CASCADE
);
CREATE INDEX ad_spend_share_sku_day ON ad_spend_share (sku, day);

-- Restock purchase orders (purchase-orders.v1), for the restock-under-clearance alert.
CREATE TABLE purchase_order (
    event_id text PRIMARY KEY,
    po_id    text        NOT NULL,
    platform text,
    sku      text        NOT NULL,
    quantity integer     NOT NULL,
    at       timestamptz NOT NULL
);
CREATE INDEX purchase_order_sku ON purchase_order (sku);

-- Alerts raised by this service; one firing episode per kind and SKU at a time.
CREATE TABLE alert (
    seq        bigserial PRIMARY KEY,
    id         text        NOT NULL UNIQUE,
    kind       text        NOT NULL,
    sku        text        NOT NULL,
    state      text        NOT NULL,
    severity   text        NOT NULL,
    summary    text        NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz,
    figures    jsonb       NOT NULL,
    -- every state change is a new version; published_version says which one alerts.v1 acknowledged
    version           integer     NOT NULL DEFAULT 1,
    published_version integer     NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX alert_one_firing_episode ON alert (kind, sku) WHERE state = 'firing';
CREATE INDEX alert_state ON alert (state);
