-- An incremental pull reads the rows of the transactions between two change tokens. Built
-- concurrently so writes go on while they are built; an interrupted build leaves an invalid index,
-- dropped first so that a rerun builds it again.
drop index concurrently if exists observation_change;
create index concurrently observation_change on observation (change_xid);
drop index concurrently if exists rollup_value_change;
create index concurrently rollup_value_change on rollup_value (change_xid);
drop index concurrently if exists report_fact_change;
create index concurrently report_fact_change on report_fact (change_xid);
