-- Who is responsible for each measure, from programme-service's events: the bodies a version
-- names per measure, as written, with the organisation each is linked to, and the organisations'
-- names over time (from OrganisationRegistered and OrganisationRenamed, each the whole state), so
-- a report line names its bodies as they were called at the period's end.
create table replica_organisation (
    organisation_id uuid        primary key,
    region_code     varchar(10) not null,
    status          varchar(20) not null,
    version         bigint      not null
);

create table replica_organisation_name (
    organisation_id uuid         not null references replica_organisation (organisation_id) on delete cascade,
    position        integer      not null,
    valid_from      date,
    valid_until     date,
    name_uk         varchar(500) not null,
    name_en         varchar(500),
    primary key (organisation_id, position)
);

create table replica_measure_body (
    programme_id    uuid          not null,
    version_number  integer       not null,
    measure_code    varchar(20)   not null,
    position        integer       not null,
    name_as_written varchar(1000) not null,
    organisation_id uuid,
    primary key (programme_id, version_number, measure_code, position),
    foreign key (programme_id, version_number) references replica_version (programme_id, version_number) on delete cascade
);
