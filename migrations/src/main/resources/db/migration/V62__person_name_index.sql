-- A name index built for names, written by the person-registry processing group (PersonNameIndexProjection).
-- Search no longer compares a query with every name sharing trigrams with it: the query's words are matched against
-- the dictionary of distinct name words (thousands of rows, not one per person), then the persons of the matched
-- words are gathered from an index keyed by word. Words are stored as romanization keys (Romanization): a Lao name
-- and its romanized spellings share one key, so a name typed from a passport finds the Lao-script record.

-- Each word of each of a person's four names (given and family, Lao and romanized), as its romanization key.
create table person_name_word (
    word      text     not null,
    person_id uuid     not null,
    field     smallint not null,
    constraint person_name_word_pkey primary key (word, person_id, field)
);

comment on column person_name_word.field is
    'Which name the word is part of: 1 given name, 2 family name, 3 romanized given name, 4 romanized family name.';

-- A correction replaces the words of one name of one person.
create index person_name_word_person_idx on person_name_word (person_id, field);

-- The distinct words, matched exactly, as part of a word or by trigram similarity.
create table person_name_dictionary (
    word text not null,
    constraint person_name_dictionary_pkey primary key (word)
);

create index person_name_dictionary_trigram_idx on person_name_dictionary using gin (word gin_trgm_ops);

-- The folded names are no longer searched by trigrams: their index only slowed every birth's projection.
drop index if exists person_registry_search_idx;

-- The index is filled from the events: the person-registry projection is rebuilt at the next start (as a reset does:
-- its tables emptied, its token removed; it only writes its own tables, which hold nothing but what events give).
delete from person_registry;
delete from person_registry_history;
delete from person_registry_household;
delete from person_registry_membership;
delete from person_registry_passport;
delete from person_registry_grievance;
delete from person_registry_certificate;
delete from dead_letter_entry where processing_group = 'person-registry';
delete from token_entry where processor_name = 'person-registry';
