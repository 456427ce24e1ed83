-- Read model of the "family-books" projection: household registers, their members and their history.

create table family_book (
    family_book_id uuid         not null,
    book_number    varchar(50)  not null,
    province       varchar(5)   not null,
    district       char(4)      not null,
    village        varchar(200),
    head_person_id uuid,
    issued_on      date         not null,
    constraint family_book_pkey primary key (family_book_id)
);

create index family_book_number_idx on family_book (district, book_number);

create table family_book_previous_number (
    family_book_id uuid        not null,
    book_number    varchar(50) not null,
    district       char(4)     not null,
    replaced_at    bigint      not null,
    constraint family_book_previous_number_pkey primary key (family_book_id, book_number)
);

create index family_book_previous_number_idx on family_book_previous_number (district, book_number);

create table family_book_member (
    family_book_id uuid        not null,
    person_id      uuid        not null,
    relationship   varchar(20) not null,
    reason         varchar(20),
    since          date        not null,
    constraint family_book_member_pkey primary key (family_book_id, person_id)
);

create table family_book_history (
    family_book_id uuid         not null,
    global_index   bigint       not null,
    event          varchar(100) not null,
    summary        text         not null,
    actor          varchar(100),
    role           varchar(200),
    office         varchar(20),
    recorded_at    timestamptz,
    stored_at      timestamptz  not null,
    caused_by      varchar(100),
    constraint family_book_history_pkey primary key (family_book_id, global_index)
);
