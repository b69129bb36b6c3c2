-- The export walks current values in revision-time order, starting after the last key a client
-- received; "C" so the database orders codes as the page key compares them. The second index serves
-- the same walk within one period, and the cross-region view's read of a period.
create index observation_export
    on observation (recorded_at, region_code collate "C", indicator_code collate "C", period collate "C");
create index observation_period_export
    on observation (period, recorded_at, region_code collate "C", indicator_code collate "C");
-- Superseded by observation_export, which leads with the same column.
drop index observation_recorded;
