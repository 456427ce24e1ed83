-- The person-registry projection learns deaths, households, name search and each record's history.
-- Households live in tables of their own, each written by the events of one aggregate type, so the projection
-- gives the same rows whatever order its segments process Person and FamilyBook events in.

create extension if not exists pg_trgm;

alter table person_registry
    add column date_of_death  date,
    add column death_province varchar(5),
    add column death_district char(4),
    add column death_village  varchar(200),
    add column search_names   text not null default '';

create index person_registry_search_idx on person_registry using gin (search_names gin_trgm_ops);
create index person_registry_birth_district_idx on person_registry (birth_district);
create index person_registry_birth_province_idx on person_registry (birth_province, date_of_birth);

-- Where each family book is, so that a member's household can be placed in a jurisdiction.
create table person_registry_household (
    family_book_id uuid       not null,
    province       varchar(5) not null,
    district       char(4)    not null,
    constraint person_registry_household_pkey primary key (family_book_id)
);

-- Each person's current household.
create table person_registry_membership (
    person_id      uuid not null,
    family_book_id uuid not null,
    constraint person_registry_membership_pkey primary key (person_id)
);

create index person_registry_membership_book_idx on person_registry_membership (family_book_id);

create table person_registry_history (
    person_id    uuid         not null,
    global_index bigint       not null,
    event        varchar(100) not null,
    summary      text         not null,
    actor        varchar(100),
    role         varchar(200),
    office       varchar(20),
    recorded_at  timestamptz,
    stored_at    timestamptz  not null,
    caused_by    varchar(100),
    constraint person_registry_history_pkey primary key (person_id, global_index)
);
