-- Read model of the "passports" projection: passports, their status and every change of hands.

create table passport (
    passport_id      uuid        not null,
    holder_person_id uuid        not null,
    passport_number  varchar(20) not null,
    issued_on        date        not null,
    expires_on       date        not null,
    status           varchar(10) not null,
    status_since     date        not null,
    constraint passport_pkey primary key (passport_id)
);

create index passport_holder_idx on passport (holder_person_id);
create index passport_number_idx on passport (passport_number);

create table passport_custody (
    passport_id    uuid         not null,
    global_index   bigint       not null,
    custodian      varchar(20)  not null,
    custodian_name varchar(200),
    agency_id      uuid,
    country        char(2),
    since          date         not null,
    holder_consent boolean      not null,
    note           text,
    until          date,
    recorded_by    varchar(100),
    stored_at      timestamptz  not null,
    constraint passport_custody_pkey primary key (passport_id, global_index)
);

-- The holder's passports in the person view (owned by the person-registry projection).
create table person_registry_passport (
    passport_id      uuid        not null,
    holder_person_id uuid        not null,
    passport_number  varchar(20) not null,
    expires_on       date        not null,
    status           varchar(10) not null,
    custodian        varchar(20) not null,
    custodian_name   varchar(200),
    custody_since    date        not null,
    constraint person_registry_passport_pkey primary key (passport_id)
);

create index person_registry_passport_holder_idx on person_registry_passport (holder_person_id);
