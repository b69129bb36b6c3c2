-- Every version of a target stays readable: a row per revision, written when the target is set
-- (the current one included), so a target can be read as it stood and who changed it is known.
create table target_revision (
    target_id          uuid           not null references target (id),
    revision           bigint         not null,
    region_code        varchar(10)    not null,
    indicator_code     varchar(50)    not null,
    target_year        integer        not null,
    baseline_value     numeric(20, 6),
    baseline_date      date,
    target_value       numeric(20, 6),
    target_min         numeric(20, 6),
    target_max         numeric(20, 6),
    per_unit_threshold numeric(20, 6),
    programme_id       uuid,
    set_at             timestamptz    not null,
    set_by             varchar(200)   not null,
    primary key (target_id, revision)
);

create index target_revision_key on target_revision (region_code, indicator_code, target_year, revision);

insert into target_revision (target_id, revision, region_code, indicator_code, target_year, baseline_value,
                             baseline_date, target_value, target_min, target_max, per_unit_threshold,
                             programme_id, set_at, set_by)
select id, version, region_code, indicator_code, target_year, baseline_value, baseline_date, target_value,
       target_min, target_max, per_unit_threshold, programme_id, updated_at, updated_by
  from target;
