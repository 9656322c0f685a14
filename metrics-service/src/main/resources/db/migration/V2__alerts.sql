-- The GMV over-concentration alert (package concentration.alerts): promotions to evaluate, the alert state of each
-- scope, one row per firing episode, the transitions to publish and deliver, and every webhook attempt.

-- Promotions mirrored from the compacted promotions.v1: the latest value per id; a tombstone deletes the row.
CREATE TABLE promotion (
    id         TEXT        PRIMARY KEY,
    name       TEXT,
    start_day  DATE        NOT NULL,
    end_day    DATE        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_day >= start_day)
);

-- ConcentrationAlertState per scope (trailing-24h, promotion:<id>), read back at every evaluation, so a restart
-- neither fires an alert twice nor forgets one that is firing.
CREATE TABLE concentration_alert_state (
    scope              TEXT        PRIMARY KEY,
    warning_since      TIMESTAMPTZ,
    critical_since     TIMESTAMPTZ,
    last_evaluated_at  TIMESTAMPTZ,
    last_top1pct_share NUMERIC
);

-- One row per firing episode (id = kind/scope/severity/startsAt), resolved in place. The figures are those that
-- fired it; resolved_top1pct_share is the share that resolved it (null while firing or when its scope ended).
CREATE TABLE alert (
    id                     TEXT        PRIMARY KEY,
    kind                   TEXT        NOT NULL,
    severity               TEXT        NOT NULL CHECK (severity IN ('warning', 'critical')),
    state                  TEXT        NOT NULL CHECK (state IN ('firing', 'resolved')),
    scope                  TEXT        NOT NULL,
    window_start           DATE        NOT NULL,
    window_end             DATE        NOT NULL,
    starts_at              TIMESTAMPTZ NOT NULL,
    ends_at                TIMESTAMPTZ,
    summary                TEXT        NOT NULL,
    top1pct_share          NUMERIC     NOT NULL,
    threshold              NUMERIC     NOT NULL,
    hysteresis             NUMERIC     NOT NULL,
    active_skus            INT         NOT NULL,
    gmv                    NUMERIC     NOT NULL,
    gini                   NUMERIC     NOT NULL,
    hhi                    NUMERIC     NOT NULL,
    resolved_top1pct_share NUMERIC
);
CREATE INDEX alert_by_state ON alert (state, starts_at DESC);
CREATE INDEX alert_by_scope ON alert (scope, starts_at DESC);

-- Every transition in the order it happened, written with the alert (an outbox): published to alerts.v1 once
-- Kafka acknowledged it, and delivered to the webhooks that were configured when it happened.
CREATE TABLE alert_transition (
    seq             BIGSERIAL   PRIMARY KEY,
    alert_id        TEXT        NOT NULL REFERENCES alert (id),
    state           TEXT        NOT NULL CHECK (state IN ('firing', 'resolved')),
    event           TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at    TIMESTAMPTZ,
    webhook_pending BOOLEAN     NOT NULL
);
CREATE INDEX alert_transition_unpublished ON alert_transition (seq) WHERE published_at IS NULL;
CREATE INDEX alert_transition_undelivered ON alert_transition (seq) WHERE webhook_pending;

-- Each webhook attempt. receiver is the URL's host and port only: a webhook path often carries a secret.
CREATE TABLE alert_delivery (
    id           BIGSERIAL   PRIMARY KEY,
    alert_id     TEXT        NOT NULL REFERENCES alert (id),
    state        TEXT        NOT NULL CHECK (state IN ('firing', 'resolved')),
    receiver     TEXT        NOT NULL,
    attempt      INT         NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    status_code  INT,
    error        TEXT
);
CREATE INDEX alert_delivery_by_alert ON alert_delivery (alert_id, id);
