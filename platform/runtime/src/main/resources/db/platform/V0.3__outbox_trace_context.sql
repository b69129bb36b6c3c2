-- The W3C trace context of the transaction that wrote each event, so that the relay publishes the
-- event in the same trace (CloudEvents distributed-tracing extension) and the consumers continue it.
alter table outbox add column trace_parent varchar(55);
alter table outbox add column trace_state  varchar(512);
