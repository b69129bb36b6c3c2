-- Local replica of adopted programme versions, built only from ProgrammeVersionAdopted events.
-- Adopted versions never change, so a version is written once and later deliveries of the same
-- version are ignored; versions may arrive in any order.
create table replica_programme (
    programme_id   uuid         primary key,
    region_code    varchar(10)  not null,
    currency       char(3)      not null,
    title_uk       varchar(500) not null,
    first_year     integer      not null,
    last_year      integer      not null,
    latest_version integer      not null
);

create table replica_version (
    programme_id   uuid    not null references replica_programme (programme_id) on delete cascade,
    version_number integer not null,
    effective_from date    not null,
    primary key (programme_id, version_number)
);

create table replica_measure (
    programme_id     uuid        not null,
    version_number   integer     not null,
    code             varchar(20) not null,
    direction_number integer     not null,
    title            text        not null,
    first_year       integer     not null,
    last_year        integer     not null,
    primary key (programme_id, version_number, code),
    foreign key (programme_id, version_number) references replica_version (programme_id, version_number) on delete cascade
);

-- The yearly plan of a measure: its FIXED lines summed over funding sources, and whether any
-- of its lines for that year is within funding.
create table replica_plan (
    programme_id   uuid           not null,
    version_number integer        not null,
    measure_code   varchar(20)    not null,
    year           integer        not null,
    fixed_amount   numeric(18, 3) not null,
    within_funding boolean        not null,
    has_fixed      boolean        not null,
    primary key (programme_id, version_number, measure_code, year),
    foreign key (programme_id, version_number) references replica_version (programme_id, version_number) on delete cascade
);
