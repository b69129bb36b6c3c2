-- Programme versions name the bodies responsible as the source wrote them; each name is linked
-- to an organisation. An import that meets a name no registered organisation has creates a
-- DRAFT organisation for it, which stays a draft until someone registers the body properly.
alter table organisation add column status varchar(20) not null default 'REGISTERED';
alter table organisation add constraint organisation_status check (status in ('REGISTERED', 'DRAFT'));

-- The source's own wording of a measure's executors cell, when the document gives it, so that a
-- list split differently from the source is visible.
alter table version_measure add column responsible_executors_text varchar(4000);

-- One row per distinct name a version uses (passport and measures), in order of first use.
-- organisation_id is null when the name matched several organisations and none was named.
create table version_organisation (
    version_id       uuid          not null references programme_version (id) on delete cascade,
    position         integer       not null,
    name_as_written  varchar(1000) not null,
    organisation_id  uuid          references organisation (id),
    match            varchar(20)   not null,
    named            boolean       not null,
    primary key (version_id, position),
    constraint version_organisation_match check (match in ('MATCHED', 'UNMATCHED', 'AMBIGUOUS')),
    constraint version_organisation_linked check ((match = 'AMBIGUOUS') = (organisation_id is null))
);

create index version_organisation_by_organisation on version_organisation (organisation_id);
