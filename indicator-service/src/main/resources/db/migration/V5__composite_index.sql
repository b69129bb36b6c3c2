-- DT Monitor's own composite index: published weights per methodology. Each component is
-- normalised min-max across the jurisdiction's regions with a value in the period (inverted
-- when lower is better); a region's index is the weighted mean of its components x 100.
create table index_weight (
    methodology    varchar(20)   not null,
    indicator_code varchar(50)   not null references indicator (code),
    weight         numeric(6, 4) not null check (weight > 0),
    primary key (methodology, indicator_code)
);

insert into index_weight (methodology, indicator_code, weight) values
('DTM-1', 'INTERNET_COVERAGE', 0.25),
('DTM-1', 'DIGITAL_WORKPLACES_PER_COMMUNITY', 0.25),
('DTM-1', 'BUDGET_EXECUTION', 0.25),
('DTM-1', 'REPORT_TIMELINESS', 0.25);
