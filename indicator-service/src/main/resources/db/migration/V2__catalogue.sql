-- The indicator catalogue shared by all regions, so values compare; methodologies with their
-- scales, and mappings that make values of different methodologies comparable.
create table indicator (
    code                 varchar(50)   primary key,
    name_uk              varchar(500)  not null,
    name_en              varchar(500)  not null,
    unit                 varchar(20)   not null check (unit in ('PERCENT', 'COUNT', 'UAH_THOUSAND', 'RATIO', 'BOOLEAN')),
    higher_is_better     boolean       not null,
    region_aggregation   varchar(10)   not null check (region_aggregation in ('SUM', 'AVERAGE', 'LAST', 'NONE')),
    time_aggregation     varchar(10)   not null check (time_aggregation in ('SUM', 'AVERAGE', 'LAST', 'NONE')),
    cumulative           boolean       not null,
    category             varchar(30)   not null,
    methodology          varchar(20)   not null,
    derived              boolean       not null default false,
    description          text,
    version              bigint        not null default 0,
    updated_at           timestamptz   not null default now(),
    updated_by           varchar(200)  not null default 'migration'
);

create table methodology (
    indicator_code varchar(50)    not null references indicator (code),
    version        varchar(20)    not null,
    scale_min      numeric(20, 6),
    scale_max      numeric(20, 6),
    periodicity    varchar(10)    not null check (periodicity in ('QUARTER', 'YEAR')),
    description    text,
    primary key (indicator_code, version)
);

create table methodology_mapping (
    indicator_code varchar(50)    not null,
    from_version   varchar(20)    not null,
    to_version     varchar(20)    not null,
    factor         numeric(20, 6) not null,
    offset_value   numeric(20, 6) not null default 0,
    primary key (indicator_code, from_version, to_version),
    foreign key (indicator_code, from_version) references methodology (indicator_code, version),
    foreign key (indicator_code, to_version) references methodology (indicator_code, version)
);

insert into indicator (code, name_uk, name_en, unit, higher_is_better, region_aggregation, time_aggregation, cumulative, category, methodology, derived, description) values
('INTERNET_COVERAGE', 'Покриття території області мережею Інтернет', 'Internet coverage of the territory', 'PERCENT', true, 'AVERAGE', 'LAST', false, 'CONNECTIVITY', '1', false, 'Share of the oblast''s territory with internet coverage (Poltava 2021: 63%).'),
('DIGITAL_SERVICES', 'Кількість публічних послуг, переведених в електронну форму', 'Public services digitised', 'COUNT', true, 'SUM', 'LAST', true, 'E_SERVICES', '1', false, 'Public services available online.'),
('CNAP_COUNT', 'Кількість центрів надання адміністративних послуг', 'Administrative service centres (CNAP)', 'COUNT', true, 'SUM', 'LAST', false, 'CNAP', '1', false, 'CNAPs in operation.'),
('DIIA_CENTRES', 'Кількість центрів «Дія»', '"Diia" centres', 'COUNT', true, 'SUM', 'LAST', false, 'CNAP', '1', false, '"Дія" centres in operation.'),
('DIGITAL_WORKPLACES_PER_COMMUNITY', 'Цифрові робочі місця на громаду', 'Digital workplaces per community', 'RATIO', true, 'AVERAGE', 'LAST', false, 'GOVERNANCE', '1', false, 'Digital workplaces per territorial community; the Kharkiv programme expects at least 3.'),
('EMALYATKO_COMMUNITIES', 'Громади, де надається послуга «єМалятко»', 'Communities offering "eMalyatko"', 'COUNT', true, 'SUM', 'LAST', false, 'E_SERVICES', '1', false, 'Communities where the eMalyatko birth service package is provided.'),
('BUDGET_EXECUTION', 'Виконання бюджету програми', 'Programme budget execution', 'PERCENT', true, 'AVERAGE', 'LAST', true, 'GOVERNANCE', '1', true, 'Spent year-to-date over the fixed plan of the version in force, from accepted reports.'),
('REPORT_TIMELINESS', 'Своєчасність звітування', 'Report timeliness', 'PERCENT', true, 'AVERAGE', 'LAST', false, 'GOVERNANCE', '1', true, 'Share of due reports first submitted by their due date.'),
('DT_INDEX', 'Індекс цифрової трансформації регіонів', 'Regional digital transformation index', 'RATIO', true, 'AVERAGE', 'LAST', false, 'GOVERNANCE', '2025', false, 'The ministry''s index: 0-1 annually in 2024, 0-100 quarterly since 2025.');

insert into methodology (indicator_code, version, scale_min, scale_max, periodicity, description) values
('INTERNET_COVERAGE', '1', 0, 100, 'YEAR', null),
('DIGITAL_SERVICES', '1', 0, null, 'YEAR', null),
('CNAP_COUNT', '1', 0, null, 'YEAR', null),
('DIIA_CENTRES', '1', 0, null, 'YEAR', null),
('DIGITAL_WORKPLACES_PER_COMMUNITY', '1', 0, null, 'YEAR', null),
('EMALYATKO_COMMUNITIES', '1', 0, null, 'YEAR', null),
('BUDGET_EXECUTION', '1', 0, null, 'QUARTER', 'Derived from accepted reports'),
('REPORT_TIMELINESS', '1', 0, 100, 'YEAR', 'Derived from report events'),
('DT_INDEX', '2024', 0, 1, 'YEAR', 'Annual index on a 0-1 scale'),
('DT_INDEX', '2025', 0, 100, 'QUARTER', 'Quarterly index on a 0-100 scale');

insert into methodology_mapping (indicator_code, from_version, to_version, factor, offset_value) values
('DT_INDEX', '2024', '2025', 100, 0);
