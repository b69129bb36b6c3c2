-- Platform tables every service has in its own schema: the transactional outbox, the
-- idempotent inbox and stored responses for Idempotency-Key. Platform migrations are numbered
-- 0.x so they run before the service's own V1, V2, ...

create table outbox (
    id             bigserial primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    event_type     varchar(200) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(100) not null,
    region         varchar(20),
    data_schema    varchar(500),
    payload        text         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);

create index outbox_pending on outbox (id) where published_at is null;

create table inbox (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200),
    topic        varchar(200),
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    operation       varchar(200) not null,
    request_hash    char(64)     not null,
    response_body   text,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
