-- The composite index's methodology, stated as the OECD/JRC handbook asks: each component is
-- normalised between goalposts (the bounds of its scale, stated here) rather than min-max across
-- the regions that happen to have a value, so a lone region is not 100 by construction; and a
-- region whose values cover less than a minimum share of the weights is not ranked.
create table index_methodology (
    methodology   varchar(20)   primary key,
    min_coverage  numeric(5, 4) not null check (min_coverage > 0 and min_coverage <= 1),
    description   text          not null
);

insert into index_methodology (methodology, min_coverage, description) values
('DTM-1', 0.75, 'DT Monitor''s regional digital-transformation index');

alter table index_weight
    add column lower_bound numeric(20, 6),
    add column upper_bound numeric(20, 6);

update index_weight set lower_bound = 0, upper_bound = 100
 where indicator_code in ('INTERNET_COVERAGE', 'BUDGET_EXECUTION', 'REPORT_TIMELINESS');
-- The Kharkiv programme's goal: at least 3 digital workplaces per community.
update index_weight set lower_bound = 0, upper_bound = 3
 where indicator_code = 'DIGITAL_WORKPLACES_PER_COMMUNITY';

alter table index_weight
    alter column lower_bound set not null,
    alter column upper_bound set not null,
    add constraint index_weight_goalposts check (upper_bound > lower_bound),
    add constraint index_weight_methodology foreign key (methodology) references index_methodology (methodology);
