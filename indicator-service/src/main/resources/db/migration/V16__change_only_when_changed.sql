-- A row rewritten with the values it already holds (an upsert of the same facts, a recomputation
-- that comes out the same) has not changed: it keeps its change_xid, so the next incremental pull
-- does not hand it out again.
create or replace function record_change_xid() returns trigger
    language plpgsql
as $$
begin
    if new is distinct from old then
        new.change_xid := pg_current_xact_id();
    end if;
    return new;
end
$$;
