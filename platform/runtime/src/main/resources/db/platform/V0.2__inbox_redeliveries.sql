-- How often each event reached its consumer again after it had been processed: a redelivery is
-- skipped (no second effect) but counted, so duplicate deliveries after crashes, rebalances and
-- broker restarts can be measured rather than assumed.
alter table inbox add column redeliveries integer not null default 0;
