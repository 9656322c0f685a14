-- Webhook delivery of a transition is claimed until this time by the instance delivering it (the longest delivery
-- twice over): other instances leave it alone, and one cut short by a crash is taken up again once the claim lapses.
-- (alert_delivery.receiver holds the receiver's configured name from now on; older rows hold the URL's host and port.)
ALTER TABLE alert_transition ADD COLUMN delivery_claimed_until TIMESTAMPTZ;
