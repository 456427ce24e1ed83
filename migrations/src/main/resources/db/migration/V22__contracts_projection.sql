-- Read model of the "contracts" projection: recruitment contracts, their money and their history.

create table recruitment_contract (
    contract_id         uuid          not null,
    worker_person_id    uuid          not null,
    agency_id           uuid,
    channel             varchar(20)   not null,
    employer_name       varchar(300)  not null,
    destination_country char(2)       not null,
    sector              varchar(20)   not null,
    job_title           varchar(200)  not null,
    wage_amount         numeric(18,2) not null,
    wage_currency       char(3)       not null,
    duration_months     integer       not null,
    contract_language   varchar(3)    not null,
    signed_on           date          not null,
    state               varchar(20)   not null,
    approved_on         date,
    departed_on         date,
    returned_on         date,
    return_reason       varchar(30),
    terminated_on       date,
    explained_on        date,
    explained_language  varchar(3),
    worker_acknowledged boolean,
    constraint recruitment_contract_pkey primary key (contract_id)
);

create index recruitment_contract_worker_idx on recruitment_contract (worker_person_id);
create index recruitment_contract_agency_idx on recruitment_contract (agency_id);

create table recruitment_contract_money (
    contract_id   uuid          not null,
    global_index  bigint        not null,
    kind          varchar(20)   not null,
    payer         varchar(10),
    payee_agency  uuid,
    payee_name    varchar(300),
    fee_type      varchar(20),
    amount        numeric(18,2) not null,
    currency      char(3)       not null,
    on_day        date          not null,
    receipt       varchar(100),
    constraint recruitment_contract_money_pkey primary key (contract_id, global_index)
);

create table recruitment_contract_history (
    contract_id  uuid         not null,
    global_index bigint       not null,
    event        varchar(100) not null,
    summary      text         not null,
    actor        varchar(100),
    role         varchar(200),
    office       varchar(20),
    recorded_at  timestamptz,
    stored_at    timestamptz  not null,
    caused_by    varchar(100),
    constraint recruitment_contract_history_pkey primary key (contract_id, global_index)
);

-- Where workers were born and live, for the jurisdiction of registrars reading contracts.
create table recruitment_contract_worker_place (
    person_id      uuid       not null,
    birth_province varchar(5),
    birth_district char(4),
    constraint recruitment_contract_worker_place_pkey primary key (person_id)
);

-- Returns of migrants with no contract on file.
create table return_record (
    return_id     uuid         not null,
    person_id     uuid         not null,
    returned_on   date         not null,
    checkpoint    varchar(200) not null,
    from_country  char(2)      not null,
    worked_abroad boolean      not null,
    constraint return_record_pkey primary key (return_id)
);

create index return_record_person_idx on return_record (person_id);
