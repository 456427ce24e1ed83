-- Read model of the "grievances" projection. The case file (narrative, evidence, screening, referral details)
-- is shown only to the attaché of the grievance's country and to auditors; the API enforces that, these tables
-- simply keep it apart from what everyone may see.

create table grievance (
    grievance_id     uuid         not null,
    country          char(2)      not null,
    channel          varchar(20)  not null,
    categories       text[]       not null,
    status           varchar(10)  not null,
    reported_on      date         not null,
    resolved_on      date,
    closed_on        date,
    worker_person_id uuid,
    contract_id      uuid,
    constraint grievance_pkey primary key (grievance_id)
);

create index grievance_country_idx on grievance (country, status);

create table grievance_case_file (
    grievance_id      uuid         not null,
    worker_name       varchar(400),
    passport_number   varchar(20),
    employer_name     varchar(300) not null,
    city              varchar(200),
    narrative         text         not null,
    outcomes          text[],
    wages_recovered   numeric(18,2),
    wages_currency    char(3),
    screening_outcome varchar(20),
    screening_by      varchar(20),
    screening_on      date,
    indicators        text[],
    constraint grievance_case_file_pkey primary key (grievance_id)
);

create table grievance_evidence (
    grievance_id       uuid   not null,
    global_index       bigint not null,
    description        text   not null,
    document_reference varchar(200),
    added_on           date   not null,
    constraint grievance_evidence_pkey primary key (grievance_id, global_index)
);

create table grievance_referral (
    referral_id     uuid        not null,
    grievance_id    uuid        not null,
    target          varchar(30) not null,
    consent         boolean     not null,
    override_reason text,
    referred_on     date        not null,
    answer          varchar(10),
    answer_reason   text,
    answered_on     date,
    constraint grievance_referral_pkey primary key (referral_id)
);

create index grievance_referral_unanswered_idx on grievance_referral (referred_on) where answer is null;

create table grievance_history (
    grievance_id uuid         not null,
    global_index bigint       not null,
    event        varchar(100) not null,
    summary      text         not null,
    actor        varchar(100),
    role         varchar(200),
    office       varchar(20),
    recorded_at  timestamptz,
    stored_at    timestamptz  not null,
    caused_by    varchar(100),
    constraint grievance_history_pkey primary key (grievance_id, global_index)
);

-- Grievances as the contract and person views show them: category and status only.
create table recruitment_contract_grievance (
    grievance_id uuid        not null,
    contract_id  uuid        not null,
    categories   text[]      not null,
    status       varchar(10) not null,
    constraint recruitment_contract_grievance_pkey primary key (grievance_id)
);

create table person_registry_grievance (
    grievance_id     uuid        not null,
    worker_person_id uuid,
    categories       text[]      not null,
    status           varchar(10) not null,
    constraint person_registry_grievance_pkey primary key (grievance_id)
);

create index person_registry_grievance_worker_idx on person_registry_grievance (worker_person_id);
