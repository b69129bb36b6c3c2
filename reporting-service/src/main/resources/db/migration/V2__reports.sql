-- Reporting schedules, reports, their lines, every workflow transition and a snapshot of each
-- submission. Money is numeric in thousands of the programme's currency, cumulative from
-- 1 January (year-to-date).
create table reporting_schedule (
    programme_id  uuid        primary key,
    region_code   varchar(10) not null,
    quarterly     boolean     not null,
    annual        boolean     not null,
    due_day       integer     not null check (due_day between 1 and 28),
    zone          varchar(50) not null,
    version       bigint      not null,
    updated_at    timestamptz not null,
    updated_by    varchar(200) not null
);

create table report (
    id               uuid         primary key,
    programme_id     uuid         not null,
    region_code      varchar(10)  not null,
    currency         char(3)      not null,
    period           varchar(7)   not null,
    period_type      varchar(10)  not null check (period_type in ('QUARTER', 'YEAR')),
    year             integer      not null,
    quarter          integer      check (quarter between 1 and 4),
    programme_version integer     not null,
    status           varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    due_date         date         not null,
    due_zone         varchar(50)  not null,
    submitted_at     timestamptz,
    days_late        integer,
    submissions      integer      not null default 0,
    overdue_at       timestamptz,
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null,
    constraint report_one_per_period unique (programme_id, period)
);

create index report_region_period on report (region_code, year, period);
create index report_due on report (due_date) where status in ('DRAFT', 'RETURNED') and overdue_at is null;

create table report_line (
    report_id        uuid           not null references report (id) on delete cascade,
    position         integer        not null,
    measure_code     varchar(20)    not null,
    measure_title    text           not null,
    planned_fixed    numeric(18, 3) not null,
    planned_within_funding boolean  not null,
    planned_has_fixed boolean       not null,
    funded_ytd       numeric(18, 3),
    spent_ytd        numeric(18, 3),
    measure_status   varchar(20)    not null,
    narrative        text,
    evidence_links   text[]         not null default '{}',
    correction_note  text,
    review_comment   text,
    primary key (report_id, position),
    constraint report_line_measure unique (report_id, measure_code) deferrable initially deferred,
    constraint report_line_not_negative check ((funded_ytd is null or funded_ytd >= 0) and (spent_ytd is null or spent_ytd >= 0))
);

create table report_transition (
    id          bigserial    primary key,
    report_id   uuid         not null references report (id) on delete cascade,
    transition  varchar(20)  not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    actor       varchar(200) not null,
    at          timestamptz  not null,
    reason      text,
    days_late   integer
);

create index report_transition_report on report_transition (report_id, id);

create table report_submission (
    report_id    uuid        not null references report (id) on delete cascade,
    number       integer     not null,
    submitted_at timestamptz not null,
    lines        text        not null,
    primary key (report_id, number)
);

create table report_finding (
    report_id    uuid         not null references report (id) on delete cascade,
    position     integer      not null,
    code         varchar(50)  not null,
    severity     varchar(10)  not null,
    measure_code varchar(20),
    message      text         not null,
    primary key (report_id, position)
);
