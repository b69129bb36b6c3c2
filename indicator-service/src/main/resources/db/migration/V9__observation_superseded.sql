-- The export keeps the values that were current at its moment: those with no later revision of the
-- same region x indicator x period recorded by then. Asking an index for a later revision of every
-- value read was half the cost of each export chunk at 11.7 million values, so each revision now
-- carries when its first later revision was recorded (null while it has none), read from the row
-- the export reads anyway. Triggers keep it, so values written any way (the API, a bulk load, a
-- correction in the database) keep it right; revisions are recorded in order, as the API does.
alter table observation add column superseded_at timestamptz;

-- Sets superseded_at of every revision of the given values from the revisions in the table. With no
-- values it writes nothing: an update, even of no rows, would fire the update trigger below again.
create function record_superseded(region_codes varchar[], indicator_codes varchar[], periods varchar[])
    returns void
    language plpgsql
    set search_path from current
as $$
begin
    if coalesce(cardinality(region_codes), 0) = 0 then
        return;
    end if;
    update observation o
       set superseded_at = later.first_recorded_at
      from (select id,
                   min(recorded_at) over (partition by region_code, indicator_code, period
                                          order by revision desc
                                          rows between unbounded preceding and 1 preceding) first_recorded_at
              from observation
             where (region_code, indicator_code, period) in
                   (select * from unnest(region_codes, indicator_codes, periods))) later
     where o.id = later.id
       and o.superseded_at is distinct from later.first_recorded_at;
end
$$;

-- The revisions recorded before this migration.
select record_superseded(array_agg(region_code), array_agg(indicator_code), array_agg(period))
  from (select distinct region_code, indicator_code, period from observation where revision > 1) corrected;

-- A first revision supersedes nothing, so a bulk load of first revisions costs one pass over its
-- rows here.
create function supersede_by_recorded() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    perform record_superseded(array_agg(region_code), array_agg(indicator_code), array_agg(period))
       from (select distinct region_code, indicator_code, period from recorded where revision > 1) changed;
    return null;
end
$$;

-- The values whose revisions were moved, renumbered or re-timed; none when only superseded_at was
-- set, which is how the updates above end instead of firing this again.
create function supersede_by_changed() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    perform record_superseded(array_agg(region_code), array_agg(indicator_code), array_agg(period))
       from (select p.region_code, p.indicator_code, p.period
               from previous p
              where not exists (select 1 from current c
                                 where c.id = p.id
                                   and (c.region_code, c.indicator_code, c.period, c.revision, c.recorded_at)
                                     = (p.region_code, p.indicator_code, p.period, p.revision, p.recorded_at))
             union
             select c.region_code, c.indicator_code, c.period
               from current c
              where not exists (select 1 from previous p
                                 where p.id = c.id
                                   and (p.region_code, p.indicator_code, p.period, p.revision, p.recorded_at)
                                     = (c.region_code, c.indicator_code, c.period, c.revision, c.recorded_at))) changed;
    return null;
end
$$;

create function supersede_by_removed() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    perform record_superseded(array_agg(region_code), array_agg(indicator_code), array_agg(period))
       from (select distinct region_code, indicator_code, period from previous) changed;
    return null;
end
$$;

create trigger observation_recorded_supersedes
    after insert on observation
    referencing new table as recorded
    for each statement execute function supersede_by_recorded();

create trigger observation_changed_supersedes
    after update on observation
    referencing old table as previous new table as current
    for each statement execute function supersede_by_changed();

create trigger observation_removed_supersedes
    after delete on observation
    referencing old table as previous
    for each statement execute function supersede_by_removed();

-- Setting superseded_at changes nothing the standings are read from.
drop trigger observation_changes_every_standing on observation;
create trigger observation_changes_every_standing
    after update of id, region_code, indicator_code, period, revision, value, status, methodology,
                    source_document, source_url, source_hash, note, recorded_at, recorded_by
       or delete or truncate on observation
    for each statement execute function count_every_standing();
