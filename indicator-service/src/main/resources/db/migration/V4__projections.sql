-- Projections of programme and report events, rebuilt identically by replaying the topics.
create table programme_fact (
    programme_id   uuid          not null,
    version_number integer       not null,
    region_code    varchar(10)   not null,
    currency       char(3)       not null,
    title_uk       varchar(500)  not null,
    first_year     integer       not null,
    last_year      integer       not null,
    effective_from date          not null,
    primary key (programme_id, version_number)
);

create table programme_year_plan (
    programme_id   uuid           not null,
    version_number integer        not null,
    year           integer        not null,
    planned_fixed  numeric(18, 3) not null,
    within_funding boolean        not null,
    primary key (programme_id, version_number, year),
    foreign key (programme_id, version_number) references programme_fact (programme_id, version_number) on delete cascade
);

-- The latest state of each report as its events tell it; event_time orders late deliveries.
create table report_fact (
    report_id        uuid           primary key,
    programme_id     uuid           not null,
    region_code      varchar(10)    not null,
    currency         char(3)        not null,
    period           varchar(7)     not null,
    period_type      varchar(10)    not null,
    year             integer        not null,
    status           varchar(20)    not null,
    due_date         date           not null,
    days_late        integer,
    overdue          boolean        not null default false,
    planned_fixed    numeric(18, 3) not null,
    funded_ytd       numeric(18, 3),
    spent_ytd        numeric(18, 3),
    accepted         boolean        not null default false,
    event_time       timestamptz    not null
);

create index report_fact_region_year on report_fact (region_code, year);
