-- Read model of the "person-registry" projection: one row per registered person.

create table person_registry (
    person_id           uuid         not null,
    given_name          varchar(200) not null,
    family_name         varchar(200) not null,
    given_name_latin    varchar(200),
    family_name_latin   varchar(200),
    sex                 char(1)      not null,
    date_of_birth       date         not null,
    birth_province      varchar(5)   not null,
    birth_district      varchar(4),
    birth_village       varchar(200),
    mother_person_id    uuid,
    mother_name         varchar(400),
    father_person_id    uuid,
    father_name         varchar(400),
    informant           varchar(400),
    late_registration   boolean      not null,
    registered_at       timestamptz  not null,
    registration_office varchar(20),
    constraint person_registry_pkey primary key (person_id)
);

create index person_registry_mother_idx on person_registry (mother_person_id) where mother_person_id is not null;
