-- Targets per region and indicator, and observations with every revision kept.
create table target (
    id                 uuid           primary key,
    region_code        varchar(10)    not null references region (code),
    indicator_code     varchar(50)    not null references indicator (code),
    target_year        integer        not null,
    baseline_value     numeric(20, 6),
    baseline_date      date,
    target_value       numeric(20, 6),
    target_min         numeric(20, 6),
    target_max         numeric(20, 6),
    per_unit_threshold numeric(20, 6),
    programme_id       uuid,
    version            bigint         not null,
    created_at         timestamptz    not null,
    created_by         varchar(200)   not null,
    updated_at         timestamptz    not null,
    updated_by         varchar(200)   not null,
    constraint target_once unique (region_code, indicator_code, target_year),
    constraint target_value_or_range check (target_value is not null or (target_min is not null and target_max is not null))
);

-- region_code is an ISO 3166-2 subdivision or, for national aggregates (a published average),
-- an ISO 3166-1 country code.
create table observation (
    id                 uuid           primary key,
    region_code        varchar(10)    not null,
    indicator_code     varchar(50)    not null references indicator (code),
    period             varchar(7)     not null,
    revision           integer        not null,
    value              numeric(20, 6) not null,
    status             varchar(12)    not null check (status in ('PROVISIONAL', 'FINAL')),
    methodology        varchar(20)    not null,
    source_document    varchar(1000),
    source_url         varchar(2000),
    source_hash        varchar(128),
    note               text,
    recorded_at        timestamptz    not null,
    recorded_by        varchar(200)   not null,
    constraint observation_revision unique (region_code, indicator_code, period, revision),
    foreign key (indicator_code, methodology) references methodology (indicator_code, version)
);

create index observation_latest on observation (indicator_code, period, region_code, revision desc);
create index observation_recorded on observation (recorded_at, id);
