-- Webhook delivery of the alerts (see alerts.publish.WebhookNotifier).

-- Every transition of an alert while receivers are configured, written in the transaction that changed the alert (an
-- outbox): the AlertEvent JSON as it was then, pending until every receiver accepted it or ran out of attempts.
-- delivery_claimed_until: the instance delivering it holds it until then (the longest delivery twice over), so other
-- instances leave it alone and one cut short by a crash is taken up again once the claim lapses.
CREATE TABLE alert_transition (
    seq                    bigserial PRIMARY KEY,
    alert_id               text        NOT NULL REFERENCES alert (id),
    state                  text        NOT NULL CHECK (state IN ('firing', 'resolved')),
    event                  text        NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    webhook_pending        boolean     NOT NULL,
    delivery_claimed_until timestamptz
);
CREATE INDEX alert_transition_undelivered ON alert_transition (seq) WHERE webhook_pending;
CREATE INDEX alert_transition_by_alert ON alert_transition (alert_id);

-- Each webhook attempt. receiver is the receiver's configured name: its URL often carries a secret.
CREATE TABLE alert_delivery (
    id           bigserial PRIMARY KEY,
    alert_id     text        NOT NULL REFERENCES alert (id),
    state        text        NOT NULL CHECK (state IN ('firing', 'resolved')),
    receiver     text        NOT NULL,
    attempt      integer     NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    error        text
);
CREATE INDEX alert_delivery_by_alert ON alert_delivery (alert_id, id);
