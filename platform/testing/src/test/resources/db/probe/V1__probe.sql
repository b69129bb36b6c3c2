-- Effects of the probe handler: one row per applied event, so duplicates would show.
create table probe_effect (
    id        bigserial primary key,
    event_id  varchar(200) not null,
    body      text         not null
);
