-- What the irregular-migration and unlawful-fee rules judge, kept by the "flags" projection. These rules are
-- judged when flags are read (licences, civil records and exchange rates may be recorded after the fact), so only
-- the facts are stored here.

create table flag_agency (
    agency_id      uuid         not null,
    name           varchar(300) not null,
    constraint flag_agency_pkey primary key (agency_id)
);

create table flag_agency_event (
    agency_id    uuid        not null,
    global_index bigint      not null,
    event        varchar(30) not null,
    first_day    date        not null,
    last_day     date,
    constraint flag_agency_event_pkey primary key (agency_id, global_index)
);

create table flag_contract (
    contract_id         uuid          not null,
    worker_person_id    uuid          not null,
    agency_id           uuid,
    sector              varchar(20)   not null,
    destination_country char(2)       not null,
    wage_amount         numeric(18,2) not null,
    wage_currency       char(3)       not null,
    signed_on           date          not null,
    registered_index    bigint        not null,
    registered_at       timestamptz   not null,
    constraint flag_contract_pkey primary key (contract_id)
);

create index flag_contract_worker_idx on flag_contract (worker_person_id);

-- Approvals, explanations, departures, returns, fees and savings of contracts, in event order.
create table flag_contract_step (
    contract_id   uuid          not null,
    global_index  bigint        not null,
    step          varchar(20)   not null,
    on_day        date          not null,
    stored_at     timestamptz   not null,
    acknowledged  boolean,
    payer         varchar(10),
    payee_agency  uuid,
    fee_type      varchar(20),
    amount        numeric(18,2),
    currency      char(3),
    receipt       varchar(100),
    constraint flag_contract_step_pkey primary key (contract_id, global_index)
);

create table flag_return (
    return_id    uuid        not null,
    person_id    uuid        not null,
    global_index bigint      not null,
    returned_on  date        not null,
    stored_at    timestamptz not null,
    constraint flag_return_pkey primary key (return_id)
);

-- Where a person's family book is, for the province of flags on people born elsewhere or not registered.
create table flag_household (
    family_book_id uuid       not null,
    province       varchar(5) not null,
    district       char(4)    not null,
    constraint flag_household_pkey primary key (family_book_id)
);

create table flag_membership (
    person_id      uuid not null,
    family_book_id uuid not null,
    constraint flag_membership_pkey primary key (person_id)
);

alter table flag_birth add column stored_at timestamptz;
