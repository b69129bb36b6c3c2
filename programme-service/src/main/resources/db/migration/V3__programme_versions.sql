-- Programme versions (the adopted programme and each amendment) with their passport, stated
-- totals, directions, measures, budget lines and reconciliation findings. Money is numeric
-- in thousands of the programme's currency; WITHIN_FUNDING rows carry no amount.
create table programme_version (
    id                      uuid          primary key,
    programme_id            uuid          not null references programme (id),
    number                  integer       not null,
    status                  varchar(20)   not null,
    based_on_number         integer,
    title_uk                varchar(500)  not null,
    title_en                varchar(500),
    first_year              integer       not null,
    last_year               integer       not null,
    legal_basis             text,
    initiator               varchar(1000),
    developer               varchar(1000),
    responsible_executors   text[]        not null default '{}',
    strategic_goal_ref      varchar(1000),
    funding_sources_text    varchar(2000),
    stated_total_kind       varchar(20)   not null,
    stated_total_amount     numeric(18, 3),
    decision_body           varchar(500),
    decision_number         varchar(100),
    decision_date           date,
    decision_title          varchar(2000),
    effective_from          date,
    findings_acknowledgement text,
    adopted_at              timestamptz,
    adopted_by              varchar(200),
    superseded_at           timestamptz,
    version                 bigint        not null,
    created_at              timestamptz   not null,
    created_by              varchar(200)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(200)  not null,
    constraint programme_version_number unique (programme_id, number),
    constraint programme_version_status check (status in ('DRAFT', 'ADOPTED', 'SUPERSEDED')),
    constraint programme_version_stated_total check ((stated_total_kind = 'FIXED') = (stated_total_amount is not null))
);

create unique index programme_version_one_draft on programme_version (programme_id) where status = 'DRAFT';
create unique index programme_version_one_adopted on programme_version (programme_id) where status = 'ADOPTED';
create index programme_version_in_force on programme_version (programme_id, effective_from) where status <> 'DRAFT';

create table version_stated_year (
    version_id  uuid        not null references programme_version (id) on delete cascade,
    position    integer     not null,
    year        integer     not null,
    kind        varchar(20) not null,
    amount      numeric(18, 3),
    primary key (version_id, position),
    constraint version_stated_year_amount check ((kind = 'FIXED') = (amount is not null))
);

create table version_stated_source (
    version_id    uuid         not null references programme_version (id) on delete cascade,
    position      integer      not null,
    source        varchar(30)  not null,
    kind          varchar(20)  not null,
    amount        numeric(18, 3),
    share_percent numeric(5, 2),
    primary key (version_id, position),
    constraint version_stated_source_amount check ((kind = 'FIXED') = (amount is not null))
);

create table version_direction (
    version_id    uuid          not null references programme_version (id) on delete cascade,
    position      integer       not null,
    number        integer       not null,
    title         varchar(1000) not null,
    stated_kind   varchar(20),
    stated_amount numeric(18, 3),
    primary key (version_id, position),
    constraint version_direction_number unique (version_id, number) deferrable initially deferred
);

create table version_measure (
    version_id            uuid          not null references programme_version (id) on delete cascade,
    position              integer       not null,
    code                  varchar(20)   not null,
    direction_number      integer       not null,
    title                 text          not null,
    first_year            integer       not null,
    last_year             integer       not null,
    responsible_executors text[]        not null default '{}',
    funding_sources_text  varchar(2000),
    funding_sources       text[]        not null default '{}',
    primary key (version_id, position),
    constraint version_measure_code unique (version_id, code) deferrable initially deferred
);

create table budget_line (
    version_id    uuid           not null references programme_version (id) on delete cascade,
    position      integer        not null,
    measure_code  varchar(20)    not null,
    year          integer        not null,
    source        varchar(30)    not null,
    kind          varchar(20)    not null,
    amount        numeric(18, 3),
    primary key (version_id, position),
    constraint budget_line_key unique (version_id, measure_code, year, source) deferrable initially deferred,
    constraint budget_line_amount check ((kind = 'FIXED') = (amount is not null)),
    constraint budget_line_not_negative check (amount is null or amount >= 0)
);

create table reconciliation_finding (
    version_id      uuid          not null references programme_version (id) on delete cascade,
    position        integer       not null,
    code            varchar(50)   not null,
    severity        varchar(10)   not null,
    subject         varchar(200)  not null,
    message         text          not null,
    stated_kind     varchar(20),
    stated_amount   numeric(18, 3),
    computed_kind   varchar(20),
    computed_amount numeric(18, 3),
    primary key (version_id, position)
);
