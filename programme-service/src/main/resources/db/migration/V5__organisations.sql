-- Organisations: the bodies that initiate, develop and carry out programmes. One row per body,
-- with its names over time, so a renamed department keeps its history: a name is valid from a
-- date until the next name's date (open-ended for the current one); the first name may have no
-- known start. name_search holds each name, and the organisation its current one, in the form
-- they are searched and ordered in (Texts.searchable).
create table organisation (
    id           uuid         primary key,
    region_code  varchar(10)  not null references region (code),
    edrpou       char(8),
    kind         varchar(40)  not null,
    name_search  varchar(1001) not null,
    version      bigint       not null,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    constraint organisation_edrpou_digits check (edrpou ~ '^[0-9]{8}$')
);

create unique index organisation_edrpou on organisation (edrpou) where edrpou is not null;
create index organisation_name_order on organisation (name_search, id);
create index organisation_region on organisation (region_code, name_search, id);

create table organisation_name (
    organisation_id  uuid          not null references organisation (id),
    valid_from       date,
    valid_until      date,
    name_uk          varchar(500)  not null,
    name_en          varchar(500),
    name_search      varchar(1001) not null,
    constraint organisation_name_period check (valid_until is null or valid_from < valid_until)
);

create unique index organisation_name_start
    on organisation_name (organisation_id, coalesce(valid_from, '-infinity'::date));
create index organisation_name_search on organisation_name (name_search, organisation_id);
