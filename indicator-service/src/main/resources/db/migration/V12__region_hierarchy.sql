-- Regions form a hierarchy: the country (its jurisdiction code), its oblasts (and the city and the
-- republic of oblast rank), and their territorial communities (hromadas). A community's parent is
-- its oblast, which both its code (UA-63-001) and its KATOTTG code (UA63...) name.
alter table region
    add column parent_code varchar(10) references region (code),
    add column population  integer check (population >= 0);

create index region_parent on region (parent_code);

-- How values combine across regions: the population-weighted mean, the least, the greatest, and
-- the share of children whose value of another indicator (the source) meets a threshold.
alter table indicator drop constraint indicator_region_aggregation_check;
alter table indicator
    alter column region_aggregation type varchar(20),
    add constraint indicator_region_aggregation_check
        check (region_aggregation in ('SUM', 'AVERAGE', 'WEIGHTED_AVERAGE', 'MIN', 'MAX', 'SHARE', 'LAST', 'NONE')),
    add column rollup_source    varchar(50) references indicator (code),
    add column rollup_threshold numeric(20, 6),
    add constraint indicator_share_source check (region_aggregation <> 'SHARE' or rollup_source is not null);

-- The Kharkiv programme's measure: at least 3 digital workplaces in every community.
insert into indicator (code, name_uk, name_en, unit, higher_is_better, region_aggregation, time_aggregation,
                       cumulative, category, methodology, derived, description, rollup_source, rollup_threshold) values
('DIGITAL_WORKPLACES_SHARE', 'Частка громад з щонайменше 3 цифровими робочими місцями',
 'Communities with at least 3 digital workplaces', 'PERCENT', true, 'SHARE', 'LAST', false, 'GOVERNANCE', '1', false,
 'Share of the communities whose digital workplaces meet the threshold: the oblast''s per-unit target, else 3.',
 'DIGITAL_WORKPLACES_PER_COMMUNITY', 3);

insert into methodology (indicator_code, version, scale_min, scale_max, periodicity, description) values
('DIGITAL_WORKPLACES_SHARE', '1', 0, 100, 'YEAR', 'Derived from the communities when the oblast reports none');

-- Values derived by the indicators' own rules where a region has none of its own: an oblast's from
-- its communities, the country's from its oblasts, a year's from its quarters. Kept as the values
-- they come from are recorded, and read beside them; a reported value always wins.
create table rollup_value (
    region_code    varchar(10)    not null,
    indicator_code varchar(50)    not null references indicator (code),
    period         varchar(7)     not null,
    value          numeric(20, 6) not null,
    methodology    varchar(20)    not null,
    rule           varchar(20)    not null,
    covered        integer        not null,
    of_total       integer        not null,
    revised_at     timestamptz    not null,
    primary key (region_code, indicator_code, period)
);

create index rollup_value_export
    on rollup_value (revised_at, region_code collate "C", indicator_code collate "C", period collate "C");
create index rollup_value_period on rollup_value (period, indicator_code);
