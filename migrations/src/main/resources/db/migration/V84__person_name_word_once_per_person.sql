-- A word of a person's names is one row, whichever of the person's names hold it: a name in Lao script and its
-- romanized spelling mostly fold to the same key, so a person's words took two rows each. Search reads a word's
-- persons, not which name holds it; a correction clears the bits of the names it changes.
create table person_name_word_of_names (
    word       text     not null,
    person_id  uuid     not null,
    names      smallint not null,
    birth_area text,
    home_area  text,
    constraint person_name_word_of_names_check check (names between 1 and 15)
);

insert into person_name_word_of_names (word, person_id, names, birth_area, home_area)
select word, person_id, bit_or((1 << (field - 1))::smallint), min(birth_area), min(home_area)
from person_name_word
group by word, person_id;

drop table person_name_word;
alter table person_name_word_of_names rename to person_name_word;
alter table person_name_word rename constraint person_name_word_of_names_check to person_name_word_names_check;
alter table person_name_word add constraint person_name_word_pkey primary key (word, person_id);
create index person_name_word_person_idx on person_name_word (person_id);
create index person_name_word_birth_area_idx on person_name_word (birth_area, word, person_id);
create index person_name_word_home_area_idx on person_name_word (home_area, word, person_id)
    where home_area is not null;

comment on column person_name_word.names is
    'Which of the person''s names hold the word, one bit each: 1 given name, 2 family name, 4 romanized given name, '
    '8 romanized family name.';
comment on column person_name_word.birth_area is
    'Where the person was born: the district code, or the province code when no district was recorded.';
comment on column person_name_word.home_area is
    'Where the person''s household is (the district code, else the province code); null without a household, or '
    'when it is where the person was born (the birth area finds them there).';

analyze person_name_word;
