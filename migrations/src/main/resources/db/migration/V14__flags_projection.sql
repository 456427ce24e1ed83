-- Read model of the "flags" projection: signs of irregular migration, withheld documents, unlawful fees and
-- doubtful civil records, each with the events it rests on.

create table flag (
    id          uuid         not null,
    rule        varchar(50)  not null,
    category    varchar(30)  not null,
    person_id   uuid,
    subject_id  uuid         not null,
    province    varchar(5),
    district    char(4),
    raised_at   timestamptz  not null,
    cleared_at  timestamptz,
    reason      text         not null,
    evidence    bigint[]     not null,
    constraint flag_pkey primary key (id)
);

create index flag_person_idx on flag (person_id);
create index flag_category_idx on flag (category, rule, raised_at);

-- What the civil-record rules compare a new birth with.
create table flag_birth (
    person_id        uuid         not null,
    global_index     bigint       not null,
    mother_person_id uuid,
    mother_name      varchar(400),
    date_of_birth    date         not null,
    child_name       text         not null,
    child_name_latin text,
    birth_province   varchar(5)   not null,
    birth_district   char(4),
    constraint flag_birth_pkey primary key (person_id)
);

create index flag_birth_mother_idx on flag_birth (mother_person_id, date_of_birth);
create index flag_birth_mother_name_idx on flag_birth (lower(mother_name), date_of_birth);
