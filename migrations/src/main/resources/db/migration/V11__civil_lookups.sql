-- Command-side lookups of the civil registry, written by a subscribing processor in the same transaction as
-- the events they follow, so that rules across aggregates are checked against committed facts, never against a
-- projection that may lag. Their keys make the rules hold under concurrent requests too.

create table civil_person_lookup (
    person_id      uuid       not null,
    date_of_birth  date       not null,
    birth_province varchar(5) not null,
    birth_district char(4),
    date_of_death  date,
    constraint civil_person_lookup_pkey primary key (person_id)
);

create table civil_family_book_lookup (
    family_book_id uuid        not null,
    province       varchar(5)  not null,
    district       char(4)     not null,
    book_number    varchar(50) not null,
    constraint civil_family_book_lookup_pkey primary key (family_book_id)
);

-- Book numbers are unique within a district, and a retired number (a lost book) is never given again.
create table civil_family_book_number (
    district       char(4)     not null,
    book_number    varchar(50) not null,
    family_book_id uuid        not null,
    constraint civil_family_book_number_pkey primary key (district, book_number)
);

-- A person is an active member of at most one household.
create table civil_household_membership (
    person_id      uuid not null,
    family_book_id uuid not null,
    constraint civil_household_membership_pkey primary key (person_id)
);
