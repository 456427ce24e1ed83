-- A registrar's name search reads only the name words of the persons of their district or province, from indexes
-- keyed by area then word (PersonSearch): a search in a district of 200,000 persons no longer scores every person of
-- the country who shares a name word with the query. A person belongs to the area of their birth and to that of
-- their household; each is the district where it is known, else the province. A province is read as itself and its
-- districts. A household in the area of birth is left out (home_area null): the birth area finds the person there
-- already, and each household written costs its index an entry per word.

alter table person_name_word add column birth_area text, add column home_area text;

comment on column person_name_word.birth_area is
    'Where the person was born: the district code, or the province code when no district was recorded.';
comment on column person_name_word.home_area is
    'Where the person''s household is (the district code, else the province code); null without a household, or '
    'when it is where the person was born (the birth area finds them there).';

update person_name_word w
set birth_area = coalesce(p.birth_district, p.birth_province)
from person_registry p
where p.person_id = w.person_id;

update person_name_word w
set home_area = coalesce(h.district, h.province)
from person_registry_membership m
join person_registry_household h on h.family_book_id = m.family_book_id
where m.person_id = w.person_id and coalesce(h.district, h.province) is distinct from w.birth_area;

create index person_name_word_birth_area_idx on person_name_word (birth_area, word, person_id);
create index person_name_word_home_area_idx on person_name_word (home_area, word, person_id)
    where home_area is not null;
