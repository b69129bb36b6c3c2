-- Programmes are found by title and listed in title order. The service keeps each programme's
-- titles in the form they are searched in (Texts.searchable: lower case, one apostrophe, single
-- spaces); this fills it for the programmes registered before, for the letters their titles use,
-- whatever the database's locale.
alter table programme add column title_search varchar(1001);

update programme
   set title_search = btrim(regexp_replace(
           lower(translate(title_uk || coalesce(' ' || title_en, ''),
                           'АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ’ʼ‘`´′',
                           'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя''''''''''''')),
           '\s+', ' ', 'g'));

alter table programme alter column title_search set not null;
create index programme_title_order on programme (title_search, id);
