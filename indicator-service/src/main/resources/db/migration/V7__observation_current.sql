-- The cross-region view reads every region's latest revision of the listed indicators for a period.
-- With the values in the index, that read is an index-only scan instead of one heap page per region
-- (8 ms against 2 ms for 1,469 regions). Built concurrently so writes go on while it is built; a
-- build that was interrupted leaves an invalid index, dropped first so that a rerun builds it again.
-- The index it replaces has the same key, so it goes once the new one is in place.
drop index concurrently if exists observation_current;
create index concurrently observation_current
    on observation (indicator_code, period, region_code, revision desc)
    include (value, status, methodology, recorded_at);
drop index concurrently if exists observation_latest;
