-- A programme's passport. Versions, directions, measures and budget lines hang off it.
create table programme (
    id                     uuid         primary key,
    region_code            varchar(10)  not null references region (code),
    title_uk               varchar(500) not null,
    title_en               varchar(500),
    first_year             integer      not null,
    last_year              integer      not null,
    legal_basis            varchar(2000),
    initiator              varchar(500),
    responsible_executors  text[]       not null default '{}',
    strategic_goal_ref     varchar(1000),
    currency               char(3)      not null,
    status                 varchar(20)  not null,
    version                bigint       not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null,
    constraint programme_term check (first_year <= last_year)
);

create index programme_region on programme (region_code, id);
create index programme_term_years on programme (first_year, last_year);
