-- Who changed what and when: one row per write, appended in the write's own transaction, with the
-- change as an RFC 6902 JSON Patch from the previous state to the new one. Rows are never changed
-- or removed: the trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks.
create table audit_record (
    id             bigint generated always as identity primary key,
    recorded_at    timestamptz  not null,
    actor_subject  varchar(255) not null,
    actor_region   varchar(16),
    actor_roles    text[]       not null,
    client_id      varchar(255),
    operation      varchar(128) not null,
    object_type    varchar(64)  not null,
    object_id      varchar(255) not null,
    object_region  varchar(16),
    patch          jsonb        not null,
    trace_id       varchar(32)
);

create index audit_record_object on audit_record (object_type, object_id, id);
create index audit_record_actor on audit_record (actor_subject, id);
create index audit_record_region on audit_record (object_region, id);
create index audit_record_time on audit_record (recorded_at, id);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records cannot be changed or removed (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
