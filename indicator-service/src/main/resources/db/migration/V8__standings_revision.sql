-- The cross-region view keeps every region's current values of an indicator in a period, ranked,
-- between requests (its standings). They hold while nothing they are read from has changed: the
-- indicator's observations of the period, the regions of each jurisdiction and the catalogue.
-- Each change counts one more revision, in its own transaction: a recorded value for its period and
-- indicator, anything else (a correction or deletion in the table, a region, the catalogue) for
-- every standing at once, the row ('*', '*'). The row locks order the counts of a row as the
-- commits, so a reader that sees a revision sees every write committed before it, and standings
-- read at that revision are current for as long as the revision stays.
create table standings_revision (
    period         varchar(7)  not null,
    indicator_code varchar(50) not null,
    revision       bigint      not null,
    primary key (period, indicator_code)
);

insert into standings_revision (period, indicator_code, revision) values ('*', '*', 0);

-- Recorded values count per period and indicator, taken from the statement's rows in key order, so
-- that two statements recording values of the same keys lock their rows in the same order. The
-- search_path is fixed at creation, so that a write through a connection on another search path (a
-- bulk load into indicator.observation) counts in this schema's table too.
create function count_recorded_standings() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    insert into standings_revision (period, indicator_code, revision)
    select distinct period, indicator_code, 1 from recorded order by period, indicator_code
    on conflict (period, indicator_code) do update set revision = standings_revision.revision + 1;
    return null;
end
$$;

create function count_every_standing() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    update standings_revision set revision = revision + 1 where period = '*' and indicator_code = '*';
    return null;
end
$$;

create trigger observation_recorded_changes_standings
    after insert on observation
    referencing new table as recorded
    for each statement execute function count_recorded_standings();

create trigger observation_changes_every_standing
    after update or delete or truncate on observation
    for each statement execute function count_every_standing();

create trigger region_changes_every_standing
    after insert or update or delete or truncate on region
    for each statement execute function count_every_standing();

create trigger indicator_changes_every_standing
    after insert or update or delete or truncate on indicator
    for each statement execute function count_every_standing();
