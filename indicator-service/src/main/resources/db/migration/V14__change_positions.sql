-- Exports hand out a change token (the pull's snapshot: the first transaction id not yet started
-- and the ids still running) that the next pull sends back. Each exported row carries the id of the
-- transaction that last wrote it, so the next pull returns exactly the rows whose transactions had
-- not committed by the previous one, whatever time they say they were recorded at. Rows written
-- before this migration were committed before any token was handed out; they carry id 1.
alter table observation add column change_xid xid8 not null default '1';
alter table observation alter column change_xid set default pg_current_xact_id();
alter table rollup_value add column change_xid xid8 not null default '1';
alter table rollup_value alter column change_xid set default pg_current_xact_id();
alter table report_fact add column change_xid xid8 not null default '1';
alter table report_fact alter column change_xid set default pg_current_xact_id();

-- A revision is current in a pull until the pull holds its next revision: the transaction that
-- wrote the next one, kept beside superseded_at by the same triggers.
alter table observation add column superseded_xid xid8;

create or replace function record_superseded(region_codes varchar[], indicator_codes varchar[], periods varchar[])
    returns void
    language plpgsql
    set search_path from current
as $$
begin
    if coalesce(cardinality(region_codes), 0) = 0 then
        return;
    end if;
    update observation o
       set superseded_at = later.first_recorded_at,
           superseded_xid = later.next_xid
      from (select id,
                   min(recorded_at) over (partition by region_code, indicator_code, period
                                          order by revision desc
                                          rows between unbounded preceding and 1 preceding) first_recorded_at,
                   lag(change_xid) over (partition by region_code, indicator_code, period
                                         order by revision desc) next_xid
              from observation
             where (region_code, indicator_code, period) in
                   (select * from unnest(region_codes, indicator_codes, periods))) later
     where o.id = later.id
       and (o.superseded_at is distinct from later.first_recorded_at
            or o.superseded_xid is distinct from later.next_xid);
end
$$;

select record_superseded(array_agg(region_code), array_agg(indicator_code), array_agg(period))
  from (select distinct region_code, indicator_code, period from observation where revision > 1) corrected;

-- Rows rewritten in place (a derived value recomputed, a report's fact replaced, a value corrected
-- in the database) move to the transaction that rewrote them.
create function record_change_xid() returns trigger
    language plpgsql
as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger rollup_value_changed before update on rollup_value
    for each row execute function record_change_xid();
create trigger report_fact_changed before update on report_fact
    for each row execute function record_change_xid();
create trigger observation_corrected
    before update of region_code, indicator_code, period, revision, value, status, methodology,
                     source_document, source_url, source_hash, recorded_at on observation
    for each row execute function record_change_xid();
