-- Command-side lookups of travel documents, written in the transaction that appends the events (see V11).

create table passport_number_lookup (
    passport_number varchar(20) not null,
    passport_id     uuid        not null,
    constraint passport_number_lookup_pkey primary key (passport_number)
);

create table passport_lookup (
    passport_id      uuid        not null,
    holder_person_id uuid        not null,
    status           varchar(10) not null,
    expires_on       date        not null,
    constraint passport_lookup_pkey primary key (passport_id)
);

create index passport_lookup_holder_idx on passport_lookup (holder_person_id);

-- One passport in force per person: issued, neither lost nor revoked. An expired one is set aside when the next
-- is issued, so the key settles two concurrent issues for one holder.
create unique index passport_lookup_one_in_force on passport_lookup (holder_person_id) where status = 'ISSUED';
