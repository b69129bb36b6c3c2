-- The cross-region view keeps every region's current values of an indicator in a period, ranked,
-- between requests (its standings). They hold while nothing they are read from has changed: the
-- observations, the regions of each jurisdiction and the catalogue. Every statement that changes
-- one of these tables counts one more revision in its own transaction. The row lock orders the
-- counts as the commits, so a reader that sees a revision sees every write committed before it,
-- and standings read at that revision are current for as long as the revision stays.
create table standings_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);

insert into standings_revision (singleton, revision) values (true, 0);

-- search_path fixed at creation, so that a write through a connection on another search path
-- (a bulk load into indicator.observation) counts in this schema's table too.
create function count_standings_revision() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    update standings_revision set revision = revision + 1;
    return null;
end
$$;

create trigger observation_changes_standings
    after insert or update or delete or truncate on observation
    for each statement execute function count_standings_revision();

create trigger region_changes_standings
    after insert or update or delete or truncate on region
    for each statement execute function count_standings_revision();

create trigger indicator_changes_standings
    after insert or update or delete or truncate on indicator
    for each statement execute function count_standings_revision();
